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
from typing import Final

from .gazetteer import load_gazetteer

__all__ = [
    "ATTRIBUTION_VERBS",
    "CATEGORY_CUES",
    "COUNT_ANAPHORS",
    "COUNT_EVENT_CUES",
    "COUNT_NOUNS",
    "FULL_SCALE_INVASION",
    "GOVERNMENT_BODIES",
    "INVERTIBLE_VERBS",
    "KIND_CUES",
    "KIND_FUTURE_MARKERS",
    "KIND_MARKER_ADVERBS",
    "KIND_NOUN_CUES",
    "KIND_PROGRESSIVE_MARKERS",
    "KIND_WEAK_CUES",
    "KIND_WEAK_VERBS",
    "MEDIA_ANAPHORS",
    "NOT_NAMES",
    "NUMBER_WORDS",
    "ORG_PRONOUNS",
    "PART_OF_CUES",
    "PRONOUNS",
    "RECIPIENT_NAMES",
    "SCOPE_CUMULATIVE",
    "SCOPE_NEW",
    "SCOPE_NEW_AFTER",
    "TITLE_WORDS",
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
         "acknowledge", "acknowledges"],
        "said",
    ),
    **dict.fromkeys(["announced", "announces", "announce", "declared"], "announced"),
    **dict.fromkeys(["reported", "reports", "revealed", "published"], "reported"),
}

# Pronouns that point back to the last named person ("he said", "she told reporters").
PRONOUNS: Final[frozenset[str]] = frozenset(["he", "she"])

# Pronouns that point back to the last body, country, alliance or medium named as a speaker
# ("..., the Ukrainian Air Force said. Air defences shot down 389 drones, it said"); "they"
# also to a group ("allies said ... they added").
ORG_PRONOUNS: Final[dict[str, tuple[str, ...]]] = {
    "it": ("body", "country", "alliance", "media"),
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
     "former",
     "economy", "finance", "energy", "state-run", "counterpart", "delegation", "forces",
     "intelligence", "military", "media", "news", "press", "correspondent", "correspondents",
     "parliament", "lawmakers", "embassy", "government", "administration", "staff", "troops"]
)

# The recipient's spellings (gazetteer); the first one found in a sentence is used.
RECIPIENT_NAMES: Final[tuple[str, ...]] = load_gazetteer().recipient.spellings

# Kind of a money figure: cue stems -> kind. Checked as whole words (the stem plus an
# optional ending). The nearest cue before the figure in its clause wins, else the first
# after it; a passive right after the figure ("has been pledged", "$X has been delivered")
# beats everything (claims.py). The tuple order only decides a phrase listed twice.
# Gathered from wire, tabloid and Ukrainian-outlet copy on aid to Ukraine, 2022-2026 (AP,
# Reuters, AFP, Bloomberg, The Sun, Kyiv Independent, RBC-Ukraine, Ukrinform): promises and
# packages ("will lend", "is giving", "committed", "unveiled a package", headline "hands
# Ukraine"), deliveries ("has provided", "disbursed", "paid out", "brings the total
# delivered to"), needs ("needs", "a gap of", "to be covered by partners"), spending plans
# ("is preparing to spend", "to purchase"), contracts ("signed a deal worth", "ordered") and
# sales ("approved the sale of", "foreign military sale"), which are not aid: ``other``.
KIND_CUES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("other", ("sale", "sales", "sell", "sells", "selling", "sold",
               "foreign military sale", "foreign military sales")),
    ("contracted", ("contract", "contracts", "contracted", "ordered", "order", "orders",
                    "procured", "procurement", "purchase agreement", "signed deals",
                    "deal worth", "deals worth", "signed a deal", "signed an agreement worth",
                    "agreement worth")),
    ("to_spend", ("spend", "spending", "will spend", "to buy", "to purchase", "will invest",
                  "to invest", "budget", "budgeted", "earmark", "earmarked", "set aside",
                  "plans to allocate", "will allocate", "to allocate", "to finance",
                  "to fund", "will use", "to be spent", "to be used")),
    ("requested", ("request", "requests", "requested", "asked for", "asks for", "asking for",
                   "seek", "seeks", "seeking", "sought", "needs", "need", "needed", "appeal",
                   "appealed", "called for", "calls for", "urged", "gap", "gaps",
                   "funding gap", "shortfall", "to be covered", "must be covered",
                   "requires", "required")),
    ("provided", ("provided", "provides", "provide", "providing", "delivered", "delivers",
                  "delivery", "deliveries", "supplied", "supplies", "sent", "sends",
                  "sending", "given", "gave", "giving", "donated", "donates", "transferred",
                  "disbursed", "received", "receives", "shipped", "handed over", "allocated",
                  "paid", "paid out", "pays out", "lent", "loaned")),
    ("pledged", ("pledge", "pledged", "pledges", "pledging", "commit", "commits",
                 "committed", "commitment", "commitments", "promise", "promised",
                 "promises", "vowed", "offered", "offers", "approved", "approves",
                 "package", "packages", "agreed", "will provide", "will give",
                 "will send", "will supply", "will deliver", "to provide", "to supply",
                 "lend", "lends", "will lend", "hands", "will hand", "gives",
                 # bare infinitives never report a delivery ("we'll send", "must give")
                 "send", "give", "deliver", "supply", "transfer", "disburse", "hand over")),
)

# Cue nouns that name a kind without being the verb of the clause ("delivered the latest
# package, worth €500 million"): before the figure they lose to any other cue before it.
KIND_NOUN_CUES: Final[frozenset[str]] = frozenset(
    ["package", "packages", "commitment", "commitments", "budget", "delivery", "deliveries",
     "request", "requests", "appeal", "procurement"]
)

# Words right before a delivery verb that make it a promise: the future and the infinitive
# ("will provide", "would send", "is set to deliver", "plans to transfer", "'ll give"); and,
# before its -ing form, the present progressive of announcements ("Spain is giving",
# "Berlin is sending"). Gathered from the same copy.
KIND_FUTURE_MARKERS: Final[tuple[str, ...]] = ("will", "would", "shall", "'ll", "’ll", "to")
KIND_PROGRESSIVE_MARKERS: Final[tuple[str, ...]] = ("is", "are", "'s", "’s")
# Adverbs that may stand between such a marker and the verb ("will also provide").
KIND_MARKER_ADVERBS: Final[tuple[str, ...]] = (
    "also", "soon", "now", "still", "then", "jointly", "additionally", "quickly", "again",
    "further", "immediately", "likely", "reportedly",
)

# Verbs that say a figure was announced without saying what kind; used only when no cue
# above is found, except that before the figure they beat a purpose infinitive after it
# ("announced C$500 million to buy drones": the announced sum is a pledge, what it buys is
# not its kind). An announced sum in this register is a pledge.
KIND_WEAK_CUES: Final[dict[str, str]] = dict.fromkeys(
    ["announced", "announces", "announce", "unveiled", "unveils", "unveil", "new", "fresh",
     "additional", "further", "another"],
    "pledged",
)
# The weak cues above that are verbs (the adjectives do not govern a purpose infinitive).
KIND_WEAK_VERBS: Final[frozenset[str]] = frozenset(
    ["announced", "announces", "announce", "unveiled", "unveils", "unveil"]
)

# Category of a money figure: cue words -> category, searched right after the figure first
# ("in humanitarian aid", "for the military") then before it.
CATEGORY_CUES: Final[dict[str, tuple[str, ...]]] = {
    "military": ("military", "weapons", "weaponry", "arms", "ammunition", "munitions",
                 "defense", "defence", "air defense", "air defence", "drones", "missiles",
                 "tanks", "artillery", "shells", "radar", "mines", "jets", "aircraft",
                 "howitzers", "armored", "armoured", "patriot", "security assistance"),
    "financial": ("financial", "budget support", "budgetary", "macro-financial", "loan",
                  "loans", "grants", "economic", "reconstruction", "recovery", "salaries",
                  "pensions", "lend", "lends", "lent", "lending", "credit",
                  "credits", "budget gap", "budget deficit", "state budget",
                  "macro-financial assistance", "balance of payments"),
    "humanitarian": ("humanitarian", "relief", "food", "medical", "medicine", "shelter",
                     "refugees", "winterization"),
    "total": ("in total", "total", "overall", "all aid", "all forms"),
}

# Scope words: "since ..." and these mark a cumulative figure; the phrase patterns for
# periods ("in the first three months of the year", "this year", "in 2024") are in claims.py.
SCOPE_CUMULATIVE: Final[tuple[str, ...]] = (
    "so far", "to date", "thus far", "up to now", "until now", "in total", "overall",
    "altogether", "in all", "already",
)
# Words before a figure that mark it as new money ("fresh military commitments").
SCOPE_NEW: Final[tuple[str, ...]] = ("fresh", "new", "additional", "extra", "further")
# Words right after a figure that mark it as new money ("billions more").
SCOPE_NEW_AFTER: Final[tuple[str, ...]] = ("more", "extra")

# The start of Russia's full-scale invasion, for "since the (full-scale) invasion".
FULL_SCALE_INVASION: Final[date] = date(2022, 2, 24)

# Words that open a part of a figure just given ("..., including $65 billion for ...").
PART_OF_CUES: Final[tuple[str, ...]] = (
    "including", "of which", "incl.", "among them", "among which", "out of which", "with",
    "comprising",
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
     "argued", "recalled", "underlined", "conveyed", "reiterated", "confirmed"]
)

# Capitalized words that are never a speaker's name (days, months, sentence openers).
NOT_NAMES: Final[frozenset[str]] = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "the", "a", "an", "on", "in", "this", "that", "it",
     "they", "he", "she", "we", "i", "overall", "meanwhile", "however", "but", "and",
     "also", "after", "before", "earlier", "later", "today", "yesterday", "last", "read"]
)
