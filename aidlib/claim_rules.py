"""Word lists the claim rules read: attribution verbs, kind, category and scope cues, counts.

Data only, no logic (the patterns that use them are built in :mod:`aidlib.claims`). Donor
and speaker names (countries, alliances, bodies, media) are in ``aidlib/data/actors.yaml``,
people in ``aidlib/data/people.yaml`` and the recipient's spellings in the gazetteer
(:mod:`aidlib.gazetteer`), not here.

Sources: chosen by hand from English wire and web copy on aid to Ukraine, 2022-2026 (AP,
Reuters, AFP English, Bloomberg, Kyiv Independent, RBC-Ukraine English, Euronews): the verbs
that introduce reported speech in that register, the nouns and verbs that say what happened
to a sum of money (pledged, delivered, contracted, to be spent, requested), and the phrases
that say which period a figure covers. Each list is a set of words, lower case, matched
case-insensitively on word boundaries. Where order matters the table is a tuple and a
comment says why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from .curated import load_yaml
from .gazetteer import load_gazetteer

__all__ = [
    "ATTRIBUTION_VERBS",
    "CATEGORY_AID_VEHICLES",
    "CATEGORY_COMPOSITION_VERBS",
    "CATEGORY_CUES",
    "CATEGORY_ELABORATING_SUBJECTS",
    "CATEGORY_ENERGY_PURPOSES",
    "CATEGORY_EVENT_NAMES",
    "CATEGORY_FORMS",
    "CATEGORY_INSTRUMENTS",
    "CATEGORY_OTHER_BENEFICIARIES",
    "CATEGORY_TRANSPARENT",
    "COUNT_ANAPHORS",
    "COUNT_EVENT_CUES",
    "COUNT_MODIFIER_BREAKS",
    "COUNT_NOUNS",
    "FULL_SCALE_INVASION",
    "GOVERNMENT_BODIES",
    "INVERTIBLE_VERBS",
    "KIND_ANTECEDENT_VERBS",
    "KIND_BUDGET_LAW_NOT_AID",
    "KIND_BUDGET_LAW_NOUNS",
    "KIND_CUES",
    "KIND_DECIDING_BODIES",
    "KIND_DELIVERY_NOUNS",
    "KIND_FOR_RECIPIENT",
    "KIND_FOR_RECIPIENT_PEOPLE",
    "KIND_FUTURE_MARKERS",
    "KIND_FUTURE_NOUN_LEADS",
    "KIND_HEAD_NOUNS",
    "KIND_HOLE_CUES",
    "KIND_HOLE_FILLERS",
    "KIND_HOLE_FILL_VERBS",
    "KIND_LAW_NOUNS",
    "KIND_MARKER_ADVERBS",
    "KIND_MIX_JOINTS",
    "KIND_MIX_PLEDGES",
    "KIND_NOT_AID",
    "KIND_NOT_GIVERS",
    "KIND_NOUN_CUES",
    "KIND_OWN_ALLOCATION",
    "KIND_OWN_BODIES",
    "KIND_OWN_BUDGET",
    "KIND_OWN_BUDGET_NOUNS",
    "KIND_PART_OF_WHOLE",
    "KIND_PAST_AUXILIARIES",
    "KIND_PAST_BY_PHRASES",
    "KIND_PROGRESSIVE_MARKERS",
    "KIND_REBUILD_NEED_VERBS",
    "KIND_REBUILD_SUBJECTS",
    "KIND_SPENT_CUES",
    "KIND_TERMS_NOUNS",
    "KIND_VEHICLE_NOUNS",
    "KIND_WEAK_CUES",
    "KIND_WEAK_VERBS",
    "MEDIA_ANAPHORS",
    "NOT_NAMES",
    "NUMBER_WORDS",
    "ORG_PRONOUNS",
    "PART_OF_CUES",
    "PERSON_ANAPHORS",
    "PRONOUNS",
    "RECIPIENT_NAMES",
    "SCOPE_ACCUMULATION_WORDS",
    "SCOPE_ACT_VERBS",
    "SCOPE_AS_OF",
    "SCOPE_AS_OF_END",
    "SCOPE_CLAUSE_VERBS",
    "SCOPE_CUMULATIVE",
    "SCOPE_CUMULATIVE_BEFORE_ONLY",
    "SCOPE_CUMULATIVE_IF_DELIVERED",
    "SCOPE_LEVEL_VERBS",
    "SCOPE_NEW",
    "SCOPE_NEW_AFTER",
    "SCOPE_NEW_FIRST",
    "SCOPE_NEW_VEHICLES",
    "SCOPE_NEW_VEHICLE_LEADS",
    "SCOPE_NEW_VERBS",
    "SCOPE_NOT_NEW_BEFORE",
    "SCOPE_PART_COMPONENTS",
    "SCOPE_PART_OPENERS",
    "SCOPE_RAISE_VERBS",
    "SCOPE_RUNNING_TOTAL_HEADS",
    "SCOPE_RUNNING_TOTAL_NOUNS",
    "SCOPE_SINCE_COMPARISONS",
    "SCOPE_SUM_VERBS",
    "TITLE_WORDS",
    "TRACKER_VERBS",
    "VAGUE_COUNTS",
    "WHOLE_AFTER_CUES",
]

# Verbs of reported speech -> the ``attribution`` label. "according to" is a pattern of its
# own in claims.py. Gathered from wire copy: "said", "told reporters", "noted that",
# "wrote on X", "stressed", "announced", "reported", "claims to have".
ATTRIBUTION_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated",
         "states", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
         "remarked", "wrote", "writes", "conveyed", "disclosed", "reiterated", "cited",
         "confirmed", "confirms", "claimed", "claims", "estimated", "estimates", "insisted",
         "warned", "explained", "argued", "tweeted", "posted", "recalled", "pointed out",
         "underlined", "highlighted", "acknowledged", "assured", "believes", "believed",
         "acknowledge", "acknowledges", "reckons", "reckoned", "calculates", "estimate",
         "reckon", "show", "shows", "showed", "reaffirmed", "reaffirms", "reaffirm",
         "affirmed", "affirms", "asserted", "asserts", "underscored", "underscores",
         # answers at hearings, briefings and interviews ("Austin replied", "she responded")
         "replied", "replies", "responded", "answered",
         # a rebuttal, as wire copy writes it ("<speaker> countered that <clause>")
         "countered", "counters", "counter",
         # thanks for money as its statement, as government portals and Ukrainian outlets
         # write a leader's readout ("the Prime Minister thanked <donor> for the EUR X";
         # kmu.gov.ua, Interfax-Ukraine, Censor.NET). Not "thanks" (a noun as often:
         # "thanks to the $X"); never inverted (not in INVERTIBLE_VERBS)
         "thanked", "expressed gratitude", "expressed his gratitude",
         "expressed her gratitude", "expressed their gratitude"],
        "said",
    ),
    **dict.fromkeys(["announced", "announces", "announce", "declared"], "announced"),
    **dict.fromkeys(["reported", "reports", "revealed", "published", "informs", "informed"],
                    "reported"),
}


def _forms(lemma: str) -> tuple[str, str, str]:
    """A regular verb's base, third-person and past forms ("note" -> notes, noted; "stress"
    -> stresses; "clarify" -> clarifies, clarified; "point out" -> points out)."""
    verb, _, particle = lemma.partition(" ")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third, past = verb[:-1] + "ies", verb[:-1] + "ied"
    else:
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = verb + ("d" if verb.endswith("e") else "ed")
    base, third, past = (f"{v} {particle}".strip() for v in (verb, third, past))
    return base, third, past


# Every form of the regular reporting verbs real copy writes in any tense ("the ministry
# recalls that", "Blinken reiterates", "she points out", "the IMF warns"; wire and government
# copy, Ukrainian outlets' present tense): the lists above gave some forms only. Not "post"
# ("Ukraine posts a deficit") and not "add" (its object may be money: handled apart).
_REGULAR_REPORTING: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["note", "state", "stress", "emphasize", "emphasise", "remark", "convey", "disclose",
         "reiterate", "confirm", "claim", "insist", "warn", "explain", "argue", "recall",
         "point out", "underline", "highlight", "acknowledge", "assure", "reaffirm",
         "affirm", "assert", "underscore", "mention", "observe", "clarify",
         "specify", "tweet", "remind"], "said"),
    **dict.fromkeys(["announce", "declare"], "announced"),
    **dict.fromkeys(["report", "reveal", "inform"], "reported"),
}
# Forms that are nouns as often ("a note", "the report", "in his remarks", "highlights",
# "a series of tweets"): not added (the forms listed above stay). "recalls" is added: "the
# ministry recalls that" is Ukrainian outlets' present tense, the noun no aid copy.
_NOUN_FORMS: Final = frozenset(
    ["note", "state", "report", "claim", "remark", "remarks", "recall", "mention", "mentions",
     "stress", "tweet", "tweets", "highlight", "highlights", "underline", "underlines"])
# A document's wording ("the statement read", "it reads") and a quotation's speaker in
# the passive ("Kovacs was quoted as saying"; wire copy): verbs of saying where their
# subjects are a document or a person (``attribution`` checks the subject of "read").
ATTRIBUTION_VERBS.update(dict.fromkeys(
    ["read", "reads", "quoted as saying", "cited as saying"], "said"))
# A tracker's or a body's count as its statement ("the total the <institute> records",
# "<Tracker> already counted €X", "the ministry lists"; explainers citing an aid tracker).
# Weak: ``attribution`` keeps one only with a body as its subject and only where no other
# reporting verb of the sentence names a speaker ("Jo Roe recorded €X, Jo Doe said" is Jo
# Doe's; "Ukraine recorded a deficit" is no statement of Ukraine's).
TRACKER_VERBS: Final[frozenset[str]] = frozenset(
    ["records", "recorded", "counted", "counts", "lists", "listed", "tallied", "tallies"])
ATTRIBUTION_VERBS.update(dict.fromkeys(TRACKER_VERBS, "said"))
for _lemma, _label in _REGULAR_REPORTING.items():
    for _form in _forms(_lemma):
        if _form not in _NOUN_FORMS:
            ATTRIBUTION_VERBS.setdefault(_form, _label)

# Pronouns that point back to the last named person ("he said", "she told reporters").
PRONOUNS: Final[frozenset[str]] = frozenset(["he", "she"])

# Titles that, after "the", point back to the last named person ("the minister said",
# "the German chancellor added", "the prime minister told reporters").
PERSON_ANAPHORS: Final[frozenset[str]] = frozenset(
    ["minister", "president", "chancellor", "premier", "secretary", "commissioner",
     "ambassador", "envoy", "prime minister", "secretary-general", "taoiseach",
     "head of government", "head of state", "chief", "leader", "top diplomat", "spokesman",
     "spokeswoman", "spokesperson",
     # UK copy's "the PM said", "the PM told MPs" (Sky, the Sun, the Guardian)
     "pm"])

# Pronouns that point back to the last body, country, alliance or medium named as a speaker
# ("..., the Ukrainian Air Force said. Air defences shot down 389 drones, it said"); "they"
# also to a group ("allies said ... they added").
ORG_PRONOUNS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("body", "country", "alliance", "media"),
    "its": ("body", "country", "alliance", "media"),  # "its latest update puts ..."
    # a body's document standing for it: "The statement said ..." after "The Council ..."
    **dict.fromkeys(["the statement", "the report", "the release", "the communique",
                     "the communiqué", "the readout", "the announcement", "the press release"],
                    ("body", "country", "alliance", "media")),
    "they": ("body", "country", "alliance", "media", "group"),
}

# Nouns that, right after a country's name or demonym, make the phrase the country speaking
# through its institutions ("the Swedish government said", "Canada's defence ministry said",
# "the Norwegian embassy said"); the country is the speaker. Institutions that speak for
# themselves under their own name ("Russian Defence Ministry") are actors in actors.yaml and
# win, being longer.
GOVERNMENT_BODIES: Final[frozenset[str]] = frozenset(
    ["government", "cabinet", "ministry", "embassy", "administration", "foreign ministry",
     "defence ministry", "defense ministry", "finance ministry", "foreign office",
     "economy ministry", "ministry of defence", "ministry of defense", "ministry of finance",
     "ministry of foreign affairs", "mission", "consulate"]
)

# Noun phrases that point back to the last medium named ("the agency writes").
MEDIA_ANAPHORS: Final[frozenset[str]] = frozenset(
    ["the agency", "the newspaper", "the outlet", "the publication", "the broadcaster",
     "the paper", "the news agency"]
)

# Words that, right after a country or body name, make the name part of someone's title
# ("UK Defense Secretary", "NATO Secretary-General", "EU foreign policy chief", "US Army
# Secretary"); such a name is neither donor nor speaker. Also the titles stripped from an
# unknown speaker's name ("Chancellor Olaf Scholz" -> "Olaf Scholz").
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    ["president", "vice", "prime", "minister", "ministry", "secretary", "secretary-general",
     "general", "chief", "chancellor", "defense", "defence", "foreign", "army", "navy",
     "air", "armed", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
     "official", "officials", "commander", "commander-in-chief", "head", "leader", "leaders",
     "representative", "representatives", "member", "members", "state", "policy", "gov.",
     "governor", "mayor", "senator", "sen.", "rep.", "adviser", "advisor", "aide", "mr",
     "mr.", "mrs", "ms", "ms.", "dr", "dr.", "adm.", "gen.", "lt.", "col.", "king", "queen",
     "chair", "chairman", "chairwoman", "commissioner", "director", "deputy", "high", "special",
     "former", "managing",
     # heads of agencies ("USAID Administrator", "UNDP Administrator"; agency releases)
     "administrator",
     "economy", "finance", "energy", "state-run", "counterpart", "delegation", "forces",
     "intelligence", "military", "media", "news", "press", "correspondent", "correspondents",
     "parliament", "lawmakers", "embassy", "government", "administration", "staff", "troops",
     "affairs", "tánaiste", "taoiseach", "premier", "undersecretary", "under-secretary",
     "vice-president", "acting", "outgoing", "incoming", "force", "brigadier", "lieutenant",
     "colonel", "admiral", "marshal", "sergeant", "brig.", "maj.", "rear",
     # abbreviated titles of headlines and agency copy ("PM <Name>:", "FM Jo Roe said")
     "pm", "fm", "dpm"]
)

# The recipient's spellings (gazetteer); the first one found in a sentence is used.
RECIPIENT_NAMES: Final[tuple[str, ...]] = load_gazetteer().recipient.spellings

# Kind, category and scope cues live in data files beside the claim stages
# (``aidlib/claims/kind_cues.yaml``, ``aidlib/claims/scope_cues.yaml``; each says where its
# words come from and how they are used).
_CUES_DIR: Final = Path(__file__).resolve().parent / "claims"


def _load_cues(name: str) -> dict[str, Any]:
    """One cue file; every cue must be a string (YAML reads a bare ``on`` as a boolean)."""
    path = _CUES_DIR / name
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = load_yaml(fh.read())
    for key, value in data.items():
        lists = value.values() if isinstance(value, dict) else [value]
        for cues in lists:
            bad = [c for c in cues if not isinstance(c, str)]
            if bad:
                raise ValueError(f"{path}: {key}: cue {bad[0]!r} is not a string (quote it)")
    return data


_KIND: Final = _load_cues("kind_cues.yaml")
_SCOPE: Final = _load_cues("scope_cues.yaml")

# Kind of a money figure: (kind, cue phrases), in the file's order (the first listed wins a
# phrase listed twice).
KIND_CUES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(
    (kind, tuple(cues)) for kind, cues in _KIND["kinds"].items()
)
# Cue nouns that lose to any other cue before the figure.
KIND_NOUN_CUES: Final[frozenset[str]] = frozenset(_KIND["noun_cues"])
# Future/infinitive and progressive markers that make a delivery verb a promise.
KIND_FUTURE_MARKERS: Final[tuple[str, ...]] = tuple(_KIND["future_markers"])
KIND_PROGRESSIVE_MARKERS: Final[tuple[str, ...]] = tuple(_KIND["progressive_markers"])
KIND_MARKER_ADVERBS: Final[tuple[str, ...]] = tuple(_KIND["marker_adverbs"])
# Weak cues (an announced sum is a pledge) and those of them that are verbs.
KIND_WEAK_CUES: Final[dict[str, str]] = dict.fromkeys(_KIND["weak_cues"], "pledged")
KIND_WEAK_VERBS: Final[frozenset[str]] = frozenset(_KIND["weak_verbs"])
# Prepositions sending a to_spend sum to the recipient, and the spending verbs that then
# report a delivery.
KIND_FOR_RECIPIENT: Final[tuple[str, ...]] = tuple(_KIND["for_recipient"])
KIND_FOR_RECIPIENT_PEOPLE: Final[tuple[str, ...]] = tuple(_KIND["for_recipient_people"])
KIND_NOT_GIVERS: Final[tuple[str, ...]] = tuple(_KIND["not_givers"])
KIND_ANTECEDENT_VERBS: Final[tuple[str, ...]] = tuple(_KIND["antecedent_verbs"])
KIND_HOLE_CUES: Final[frozenset[str]] = frozenset(_KIND["hole_cues"])
KIND_HOLE_FILLERS: Final[tuple[str, ...]] = tuple(_KIND["hole_fillers"])
KIND_HOLE_FILL_VERBS: Final[tuple[str, ...]] = tuple(_KIND["hole_fill_verbs"])
KIND_SPENT_CUES: Final[frozenset[str]] = frozenset(_KIND["spent_cues"])
# Allocation cues that, with the recipient as subject, are its own spending.
KIND_OWN_ALLOCATION: Final[frozenset[str]] = frozenset(_KIND["own_allocation"])
KIND_OWN_BUDGET: Final[tuple[str, ...]] = tuple(_KIND["own_budget"])
KIND_OWN_BUDGET_NOUNS: Final[tuple[str, ...]] = tuple(_KIND["own_budget_nouns"])
KIND_OWN_BODIES: Final[tuple[str, ...]] = tuple(_KIND["own_bodies"])
KIND_OWN_BARE_BODIES: Final[tuple[str, ...]] = tuple(_KIND["own_bare_bodies"])
# A headline of a government's own budget law for a year, and its words that rule it out.
KIND_BUDGET_LAW_NOUNS: Final[tuple[str, ...]] = tuple(_KIND["budget_law_nouns"])
KIND_BUDGET_LAW_NOT_AID: Final[tuple[str, ...]] = tuple(_KIND["budget_law_not_aid"])
# A promise coordinated with a delivery ("committed or delivered"): pledged.
KIND_MIX_PLEDGES: Final[tuple[str, ...]] = tuple(_KIND["mix_pledges"])
KIND_MIX_JOINTS: Final[tuple[str, ...]] = tuple(_KIND["mix_joints"])
# Nouns whose -ing delivery verb states terms ("a bill providing $X"): pledged.
KIND_TERMS_NOUNS: Final[tuple[str, ...]] = tuple(_KIND["terms_nouns"])
KIND_LAW_NOUNS: Final[tuple[str, ...]] = tuple(_KIND["law_nouns"])
KIND_DECIDING_BODIES: Final[tuple[str, ...]] = tuple(_KIND["deciding_bodies"])
# Words before a figure that make it the whole a part is taken from ("their shares of").
KIND_PART_OF_WHOLE: Final[tuple[str, ...]] = tuple(_KIND["part_of_whole"])
# Aid vehicles that, right after a figure, name it ("a $2 billion package").
KIND_VEHICLE_NOUNS: Final[tuple[str, ...]] = tuple(_KIND["vehicle_nouns"])
# Words before a delivery noun that make it a prospect ("would unlock the disbursement").
KIND_FUTURE_NOUN_LEADS: Final[tuple[str, ...]] = tuple(_KIND["future_noun_leads"])
KIND_DELIVERY_NOUNS: Final[frozenset[str]] = frozenset(_KIND["delivery_nouns"])
# Payment by-phrases that, after a past auxiliary, report a delivery.
KIND_PAST_BY_PHRASES: Final[frozenset[str]] = frozenset(_KIND["past_by_phrases"])
KIND_PAST_AUXILIARIES: Final[frozenset[str]] = frozenset(_KIND["past_auxiliaries"])
# Money that is not aid (kind "other" when no kind cue is found).
KIND_NOT_AID: Final[tuple[str, ...]] = tuple(_KIND["not_aid"])
# What rebuilding will take, the rebuilding its subject: a need estimate (kind "other").
KIND_REBUILD_SUBJECTS: Final[tuple[str, ...]] = tuple(_KIND["rebuild_subjects"])
KIND_REBUILD_NEED_VERBS: Final[tuple[str, ...]] = tuple(_KIND["rebuild_need_verbs"])

# Category of a money figure: category -> cue phrases.
CATEGORY_CUES: Final[dict[str, tuple[str, ...]]] = {
    cat: tuple(cues) for cat, cues in _KIND["categories"].items()
}
# People fleeing or hit by the war are humanitarian (the recipient-people list, kept once).
CATEGORY_CUES["humanitarian"] += tuple(
    p for p in _KIND["for_recipient_people"] if p not in CATEGORY_CUES["humanitarian"])
# The recipient's accounts ("Ukraine's budget", "the treasury of Ukraine") are financial.
CATEGORY_CUES["financial"] += tuple(
    phrase for name in RECIPIENT_NAMES for noun in _KIND["recipient_accounts"]
    for phrase in (f"{name}'s {noun}", f"{name}’s {noun}", f"{noun} of {name}"))

# Verbal and valuing "total"s that hide no purpose before them; cues naming only a form.
CATEGORY_TRANSPARENT: Final[frozenset[str]] = frozenset(_KIND["transparent"])
CATEGORY_FORMS: Final[frozenset[str]] = frozenset(_KIND["forms"])
CATEGORY_ENERGY_PURPOSES: Final[tuple[str, ...]] = tuple(_KIND["energy_purposes"])

# Financial instruments (financial whatever they pay for) and kind nouns right after a figure.
CATEGORY_INSTRUMENTS: Final[tuple[str, ...]] = tuple(_KIND["instruments"])
KIND_HEAD_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    kind: tuple(nouns) for kind, nouns in _KIND["head_nouns"].items()
}

# Nouns naming the vehicle a sum travels in (a package, a fund, a loan).
CATEGORY_AID_VEHICLES: Final[tuple[str, ...]] = tuple(_KIND["aid_vehicles"])

# Capitalized words that make a category cue before them part of an event's name.
CATEGORY_EVENT_NAMES: Final[tuple[str, ...]] = tuple(_KIND["event_names"])
CATEGORY_OTHER_BENEFICIARIES: Final[tuple[str, ...]] = tuple(_KIND["other_beneficiaries"])

# Subjects opening a sentence that elaborates the money of the sentence before.
CATEGORY_ELABORATING_SUBJECTS: Final[tuple[str, ...]] = tuple(_KIND["elaborating_subjects"])
CATEGORY_COMPOSITION_VERBS: Final[tuple[str, ...]] = tuple(_KIND["composition_verbs"])

# Scope words: cumulative, new before the figure, new right after it.
SCOPE_CUMULATIVE: Final[tuple[str, ...]] = tuple(_SCOPE["cumulative"])
SCOPE_CUMULATIVE_BEFORE_ONLY: Final[frozenset[str]] = frozenset(_SCOPE["cumulative_before_only"])
SCOPE_CUMULATIVE_IF_DELIVERED: Final[tuple[str, ...]] = tuple(_SCOPE["cumulative_if_delivered"])
SCOPE_NEW: Final[tuple[str, ...]] = tuple(_SCOPE["new"])
# Present-tense verbs opening a second clause after a comma ("signs a pact, adds €1bn").
SCOPE_CLAUSE_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["clause_verbs"])
SCOPE_NEW_AFTER: Final[tuple[str, ...]] = tuple(_SCOPE["new_after"])
SCOPE_NOT_NEW_BEFORE: Final[tuple[str, ...]] = tuple(_SCOPE["not_new_before"])
SCOPE_NEW_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["new_verbs"])
# Superlatives and ordinals making "since ..." a comparison; words before an "as of" date;
# verbs of a one-off act whose date is no period.
SCOPE_PART_OPENERS: Final[tuple[str, ...]] = tuple(_SCOPE["part_openers"]) + tuple(
    f"{fraction} of the {noun}" for fraction in _SCOPE["part_fractions"]
    for noun in _SCOPE["part_nouns"])
SCOPE_PART_COMPONENTS: Final[tuple[str, ...]] = tuple(_SCOPE["part_components"])
SCOPE_SINCE_COMPARISONS: Final[tuple[str, ...]] = tuple(_SCOPE["since_comparisons"])
SCOPE_AS_OF: Final[tuple[str, ...]] = tuple(_SCOPE["as_of"])
SCOPE_AS_OF_END: Final[tuple[str, ...]] = tuple(_SCOPE["as_of_end"])
SCOPE_ACT_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["act_verbs"])
# Running totals told as a level ("now exceed", "brings ... support to") and ordinal or
# latest packages (new).
SCOPE_RUNNING_TOTAL_NOUNS: Final[tuple[str, ...]] = tuple(_SCOPE["running_total_nouns"])
SCOPE_LEVEL_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["level_verbs"])
SCOPE_RAISE_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["raise_verbs"])
SCOPE_SUM_VERBS: Final[tuple[str, ...]] = tuple(_SCOPE["sum_verbs"])
SCOPE_RUNNING_TOTAL_HEADS: Final[tuple[str, ...]] = tuple(_SCOPE["running_total_heads"])
SCOPE_ACCUMULATION_WORDS: Final[tuple[str, ...]] = tuple(_SCOPE["accumulation_words"])
SCOPE_NEW_VEHICLE_LEADS: Final[tuple[str, ...]] = tuple(_SCOPE["new_vehicle_leads"])
SCOPE_NEW_VEHICLES: Final[tuple[str, ...]] = tuple(_SCOPE["new_vehicles"])
SCOPE_NEW_ORDINAL_VEHICLES: Final[tuple[str, ...]] = tuple(_SCOPE["new_ordinal_vehicles"])
SCOPE_NEW_FIRST: Final[tuple[str, ...]] = tuple(_SCOPE["new_first"])

# The start of Russia's full-scale invasion, for "since the (full-scale) invasion".
FULL_SCALE_INVASION: Final[date] = date(2022, 2, 24)

# Words that open a part of a figure just given ("..., including $65 billion for ...").
PART_OF_CUES: Final[tuple[str, ...]] = (
    "including", "of which", "incl.", "among them", "among which", "out of which", "with",
    "comprising", "consisting of", "made up of", "composed of",
)

# Words between a part and the whole it is stated before ("€18.1 billion of the €50 billion
# Ukraine Facility", "$2 billion out of a total of $5 billion"): only these words may stand
# between the two figures.
WHOLE_AFTER_CUES: Final[tuple[str, ...]] = (
    "of", "of the", "of its", "of their", "of a total of", "of an overall", "out of",
    "out of the", "out of a total of",
)

# Counted nouns -> what is counted. Only these are extracted as count claims.
COUNT_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ["people", "persons", "civilians", "children", "officers", "soldiers", "servicemen",
         "troops", "residents", "women", "men", "others"],
        "people",
    ),
    **dict.fromkeys(["casualties"], "casualties"),
    **dict.fromkeys(["drone", "drones", "uavs", "shaheds"], "drones"),
    **dict.fromkeys(["missile", "missiles", "rockets"], "missiles"),
    **dict.fromkeys(["point", "points"], "points"),
    **dict.fromkeys(["countries", "nations"], "countries"),
}

# What happened to the counted things: cue stems -> suffix of the unit ("people_killed",
# "drones_fired"). The cue nearest the number, in its clause, wins.
COUNT_EVENT_CUES: Final[dict[str, tuple[str, ...]]] = {
    "killed": ("killed", "killing", "kills", "dead", "deaths", "death", "died", "lives"),
    "injured": ("injured", "injuring", "injuries", "wounded", "wounding", "hurt"),
    "fired": ("fired", "launched", "attacked with", "fire", "launch", "sent"),
    "destroyed": ("destroyed", "shot down", "downed", "intercepted", "eliminated",
                  "neutralized", "neutralised", "repelled"),
}

# Words that cannot open the modifiers between a count's number and its noun: a number
# followed by one of them ends a phrase of its own, most often a year ("<verb> in <year>
# for <purpose>", "<verb> in <year> that <clause>").
COUNT_MODIFIER_BREAKS: Final[frozenset[str]] = frozenset([
    "for", "that", "in", "to", "by", "from", "with", "when", "as", "since", "after",
    "before", "the", "and", "or", "but", "at", "on", "which", "who", "while"])

# Words after a number that count "the same as before" ("injuring three more").
COUNT_ANAPHORS: Final[frozenset[str]] = frozenset(["more", "others", "other"])

# English number words (cardinals to twenty, tens, hundred) for counts in text.
NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "a dozen": 12,
}

# Vague counts -> (low, high): "hundreds of thousands of drones" is kept as a wide range,
# bounded as aidlib.money bounds "hundreds of millions" (two of the unit up to the next power
# of ten). Ordered longest first so "hundreds of thousands" is tried before "hundreds".
VAGUE_COUNTS: Final[tuple[tuple[str, tuple[int, int]], ...]] = (
    ("hundreds of thousands of", (200_000, 1_000_000)),
    ("tens of thousands of", (20_000, 100_000)),
    ("thousands of", (2_000, 10_000)),
    ("hundreds of", (200, 1_000)),
    ("dozens of", (24, 100)),
)

# Reported-speech verbs that also come before their speaker ("..., said EU foreign policy
# chief Kaja Kallas"); "told" and "announced" take an object there, so they are not listed.
INVERTIBLE_VERBS: Final[frozenset[str]] = frozenset(
    ["said", "says", "added", "adds", "noted", "notes", "wrote", "writes", "stressed",
     "stated", "remarked", "emphasized", "emphasised", "explained", "insisted", "warned",
     "argued", "recalled", "underlined", "conveyed", "reiterated", "confirmed", "replied",
     "responded", "answered"]
)

# Capitalized words that are never a speaker's name (days, months, sentence openers).
NOT_NAMES: Final[frozenset[str]] = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "the", "a", "an", "on", "in", "this", "that", "it",
     "they", "he", "she", "we", "i", "overall", "meanwhile", "however", "but", "and",
     "also", "after", "before", "earlier", "later", "today", "yesterday", "last", "read"]
)
