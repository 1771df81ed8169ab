"""Word lists that the meeting extractor (:mod:`aidlib.events`) depends on; names come from
the gazetteer.

Where they came from:

- ``CITIES``, ``VENUES``, ``ORG_WORDS``, ``LEADER_TITLES``, ``GROUPS``: read from the
  gazetteer (``aidlib/data/gazetteer.yaml``, sources there); no place is named here.
- ``TITLE_CONCEPTS``: the role names of ``people.yaml`` with the title variants met in
  news text ("France's defense minister", "the NATO chief").
- ``SPEECH_VERBS``: reporting verbs of news register (the AP Stylebook's "said" family).
- ``COLLECTIVE_BODIES`` and ``COLLECTIVE_ACTS``: how wire copy (Reuters, AP, AFP) reports
  the outcome of a Council of the EU configuration ("EU finance ministers approved"), a
  NATO ministerial ("NATO defence ministers agreed") or a leaders' summit ("G7 leaders
  endorsed"): the formations of the Council of the EU (consilium.europa.eu, "Council
  configurations") and of NATO ministerials, and the decision verbs of those reports.
- ``NEGATED_BEFORE`` and ``NEGATED_AFTER``: the ways news copy on the 2022-2026 peace
  efforts says talks did not or will not happen ("talks were put on ice", "froze talks",
  "no talks are planned", "refused to meet", "ruled out a meeting").

Nothing here is about one article; add words, never facts.
"""

from __future__ import annotations

from .claim_rules import NUMBER_WORDS as _COUNT_WORDS
from .gazetteer import load_gazetteer

__all__ = [
    "BARE_TITLES",
    "CITIES",
    "CLAUSE_BREAKS",
    "COLLECTIVE_ACTS",
    "COLLECTIVE_BODIES",
    "COLLECTIVE_QUALIFIERS",
    "GROUPS",
    "KINDS",
    "LATER_EVENT_OPENERS",
    "LEADER_TITLES",
    "MULTILATERAL_ORGS",
    "NAMED_ORGS",
    "NEGATED_AFTER",
    "NEGATED_BEFORE",
    "NUMBER_WORDS",
    "ORG_WORDS",
    "SPEECH_VERBS",
    "TITLE_CONCEPTS",
    "VENUES",
]

# The event kinds, in the order used on charts and in tables.
KINDS = ("bilateral meeting", "talks", "visit", "summit or ministerial", "call or video link")

# The names below come from the gazetteer (``aidlib/data/gazetteer.yaml``), in the shapes
# the extractor reads: canonical city -> (country, spellings); venue -> (city, spellings);
# word -> org; country -> the title its "leader" holds; group phrase -> label.
_G = load_gazetteer()
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    c.name: (c.country, c.spellings) for c in _G.cities}
VENUES: dict[str, tuple[str, tuple[str, ...]]] = {v.name: (v.city, v.spellings) for v in _G.venues}
ORG_WORDS: dict[str, str] = {w.word: w.org for w in _G.org_words}
LEADER_TITLES: dict[str, str] = {t.country: t.title for t in _G.leader_titles}
GROUPS: dict[str, str] = {g.phrase: g.label for g in _G.groups}
# Orgs whose meetings are multilateral by nature: every group label.
MULTILATERAL_ORGS = frozenset(GROUPS.values())
# Group labels that identify one organisation (two summits of different ones never merge).
NAMED_ORGS = frozenset(g.label for g in _G.groups if g.organisation)

# A title as written -> the concept it names; a person holds the concept when the role
# string of people.yaml (lower-cased, "defense" spelled "defence") contains every word of
# the concept's key. "chief" alone only names NATO's head ("the NATO chief").
TITLE_CONCEPTS: dict[str, str] = {
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "defence minister": "defence",
    "defense minister": "defence",
    "minister of defence": "defence",
    "minister of defense": "defence",
    "defence secretary": "defence",
    "defense secretary": "defence",
    "secretary of defense": "defence",
    "secretary of defence": "defence",
    "foreign minister": "foreign minister",
    "secretary general": "secretary general",
    "secretary-general": "secretary general",
    "chief": "secretary general",
    "army secretary": "army secretary",
    "special envoy": "special envoy",
    "pm": "prime minister",
    "leader": "leader",
}

# Titles that name a person with only "the" before them ("The PM promised ..."): the
# holder on the publication day among the countries the sentence, else the article, names;
# two holders (or none) leave the title unresolved. Matched case-sensitively as written.
BARE_TITLES: tuple[str, ...] = ("PM", "prime minister", "Prime Minister", "premier",
                                "Premier", "president", "President")

# Reporting verbs: a name right before or after one is a speaker, not a participant.
SPEECH_VERBS = ("said", "says", "told", "tells", "added", "wrote", "writes", "noted",
                "stressed", "remarked", "stated", "claimed", "claims", "insisted",
                "according to")

# Words that open a new clause; a participant is looked for in the trigger's clause.
CLAUSE_BREAKS = ("as", "amid", "while", "but", "although", "though", "because",
                 "following", "after", "before", "which", "who", "whereas", "since",
                 "ahead of")

# Clause openers that put the event they introduce after the one before them ("met Rutte
# in Brussels on Tuesday ahead of the alliance's summit in The Hague"): such a clause is
# an event of its own, planned, with only its own date and place.
LATER_EVENT_OPENERS = ("ahead of",)

# Number words of a duration ("four and a half hours"): "a", "an" and the single words up to
# twelve of the one number-word table (aidlib.claim_rules.NUMBER_WORDS).
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1,
    **{w: n for w, n in _COUNT_WORDS.items() if n <= 12 and " " not in w},
}

# A group subject whose collective decision implies it met ("EU finance ministers approved
# ... on Tuesday"): an optional org word, an optional portfolio, then the head noun. A
# single person ("the finance minister approved") is never such a subject.
COLLECTIVE_BODIES = (
    "ministers", "leaders", "heads of state and government", "heads of government",
    "heads of state", "European Council", "Council of the EU", "EU Council",
)
COLLECTIVE_QUALIFIERS = (
    "EU", "European Union", "European", "NATO", "Nato", "G7", "G20", "allied", "Allied",
    "finance", "foreign", "defence", "defense", "energy", "interior", "justice", "trade",
    "economy", "economic", "agriculture",
)
# Past-tense decision verbs of such reports (the act of a meeting held on the day).
COLLECTIVE_ACTS = (
    "approved", "agreed", "endorsed", "adopted", "signed off on", "signed off",
    "backed", "gave the green light", "green-lighted", "greenlighted", "rubber-stamped",
    "unanimously approved", "decided",
)

# Words right before a meeting word that deny it took place or will ("no talks",
# "refused to meet", "ruled out a meeting", "froze talks"); up to two words may follow.
NEGATED_BEFORE = (
    "no", "not", "never", "refused to", "refuses to", "refuse to", "declined to",
    "declines to", "won't", "wouldn't", "didn't", "did not", "will not", "would not",
    "ruled out", "rules out", "rule out", "ruling out", "froze", "freezes", "freeze",
    "frozen", "suspended", "suspends", "suspend", "halted", "halts", "broke off",
    "breaks off", "pulled out of", "walked out of", "withdrew from", "without",
)
# Words after a meeting word (within its clause) saying it is off: "talks were put on ice".
NEGATED_AFTER = (
    "put on ice", "on ice", "frozen", "suspended", "put on hold", "on hold", "shelved",
    "ruled out", "off the table", "halted",
)
