"""The patterns a meeting mention is found with: triggers, negation, status, places,
durations, titles and groups, compiled once from :mod:`aidlib.event_vocab` and the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import event_vocab as vocab


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so "Kyiv Post" beats "Kyiv")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- compiled patterns ------------------------------------------------------------------
TRIGGER = re.compile(
    rf"""
    (?P<summit>\b(?:summits?|conference|ministerial)\b)              # multilateral gatherings
  | (?P<call>\b(?:(?:phone|telephone|video)\s+call                   # "phone call"
        |call\s+with|videoconference|video\s+conference|video\s+link  # "call with Macron"
        |spoke\s+by\s+(?:phone|telephone))\b)                         # "spoke by phone"
  | (?P<visit>\b(?:visit(?:s|ed|ing)?|trip\s+to|delegation)\b)       # travel to meet
  | (?P<talks>\b(?:talks|negotiations                                 # nouns of talking
        |discussions?\s+with|discussed\s+with)\b)                     # "discussions with X"
  | (?P<meet>\b(?:meetings?|meet|meets|met                            # the meeting words
        |welcome[sd]?|host(?:s|ed|ing)?)\b)                             # "Macron welcomes X"
  | (?P<collective>\b(?:{alternation(vocab.COLLECTIVE_ACTS)})\b)     # "ministers approved"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words before "conference" that make it a press event, not a meeting.
PRESS = re.compile(r"\b(?:press|news)\s+$", re.IGNORECASE)
# Objects after "meet"/"meeting" that make it "satisfy", not "see": "meet the demands".
MEET_OBJECT = re.compile(
    r"""^\s+(?:\S+\s+){0,2}?(?:demands|needs|requirements|targets?|criteria|conditions
        |standards|goals|obligations|expectations|deadlines?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Verb forms of meeting words that need a person right after them ("welcomed the move").
NEEDS_PERSON_OBJECT = frozenset({"meet", "meets", "met", "welcome", "welcomes",
                                  "welcomed", "host", "hosts", "hosted", "hosting"})
# The group subject of a collective decision, right before its verb: "EU finance ministers
# (on Tuesday) approved", "NATO defence ministers agreed", "the European Council endorsed".
COLLECTIVE_SUBJECT = re.compile(
    rf"""
    (?<![\w])
    (?:(?:(?:{alternation(vocab.COLLECTIVE_QUALIFIERS)})\s+){{1,3}}   # "EU finance"
       (?:{alternation(vocab.COLLECTIVE_BODIES)})                       # "ministers"
      |(?:{alternation(b for b in vocab.COLLECTIVE_BODIES if b[0].isupper())})
    )\s+(?:(?:on\s+)?[\w’'-]+\s+){{0,2}}$          # "on Tuesday", "unanimously"
    """,
    re.VERBOSE,
)
# "host European leaders", "hosted allies": a host and a group of people as guests.
HOST_GROUP = re.compile(
    r"""^\s+(?:[\w’'-]+\s+){0,2}?(?:leaders|ministers|allies|partners|counterparts
        |heads\s+of\s+(?:state|government)|coalition\s+of\s+the\s+willing
        |Contact\s+Group)\b""",
    re.VERBOSE,
)
# A meeting word denied: "no talks", "refused to meet", "ruled out a meeting", "froze
# talks" (NEGATED_BEFORE, then up to two determiners or verbs), "talks were put on ice".
NEGATED_BEFORE_RE = re.compile(
    rf"""\b(?:{alternation(vocab.NEGATED_BEFORE)})\s+
        (?:(?:a|an|any|the|further|new|direct|more|formal|bilateral|peace|immediate|such
           |face-to-face|hold|have|attend|join|resume|take\s+part\s+in)\s+){{0,2}}$""",
    re.VERBOSE | re.IGNORECASE,
)
NEGATED_AFTER_RE = re.compile(
    rf"""^[^.;]{{0,60}}?\b(?:(?:were|was|are|is|been|being|remain(?:s|ed)?|now|be)\s+
        (?:\w+\s+)?(?:{alternation(vocab.NEGATED_AFTER)})
        |put\s+on\s+(?:ice|hold)|shelved|off\s+the\s+table)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A dateline opening an article: "BRUSSELS, Dec 15 (Reuters) -", "KYIV —" (one city, in
# capitals, on a line of its own start; optional date and agency; then a dash).
DATELINE = re.compile(
    r"""^(?P<city>[A-Z][A-Z.’'-]*(?:\ [A-Z][A-Z.’'-]*){0,2})   # "BRUSSELS", "NEW YORK"
        (?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?                 # ", Dec 15"
        (?:\ ?\([A-Za-z .]{1,30}\))?                           # " (Reuters)"
        \ ?[-–—]\ """,
    re.VERBOSE | re.MULTILINE,
)
DATELINE_CITY = {s.upper(): c for c, (_, spellings) in vocab.CITIES.items() for s in spellings}
# A determiner right before a meeting noun: "the meeting", "these talks" (an anaphor).
ANAPHOR = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
# "joined the meeting", "took part in the talks": the gathering had several parties.
JOINED = re.compile(
    r"\b(?:joined|joins|took\s+part\s+in|participated\s+in|attended)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    rf"""
    (?:[;:]                                   # semicolon, colon
      | \s[–—-]\s                             # a dash between spaces
      | \b(?:{alternation(vocab.CLAUSE_BREAKS)})\b  # clause-opening words
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A clause cut at one of these reports a later event of its own ("... ahead of the summit").
LATER = re.compile(rf"\s*(?:{alternation(vocab.LATER_EVENT_OPENERS)})\b", re.IGNORECASE)
_SPEECH = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS)
_SPEECH_VERB_ONLY = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS if " " not in v)
# After a name: optional appositive ", a senior adviser to Putin," and adverb ("also"),
# then a reporting verb ("according to" only counts before a name).
SPEAKER_AFTER = re.compile(
    rf"""^(?:\s*,[^,.;“”‘’]{{1,60}},)?    # appositive between commas
        \s*,?\s+(?:(?:also|then|later|again|\w+ly)\s+)?  # optional adverb
        (?:{_SPEECH_VERB_ONLY})\b            # the reporting verb""",
    re.IGNORECASE | re.VERBOSE,
)
# Before a name: a reporting verb, then only title words ("said US Secretary of Defense").
SPEAKER_BEFORE = re.compile(
    rf"\b(?:{_SPEECH})\s+(?:(?:[A-Z][\w.’'-]*|of|the)\s+){{0,6}}$"
)
POSSESSIVE = re.compile(r"^['’]s?\b")
# A possessive that owns an event: "Driscoll's visit", "Zelensky's planned meeting".
OWN_EVENT = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|visit|trip|call|summit)\b"
)
# Names joined by a hyphen name a thing, not a meeting: "the Witkoff-Dmitriev plan".
COMPOUND_AFTER = re.compile(r"^[-–][A-Z]")
COMPOUND_BEFORE = re.compile(r"[A-Za-z][-–]$")
PAIR = re.compile(r"\b(?:the\s+pair|the\s+two\s+(?:men|envoys)|both\s+men)\b", re.IGNORECASE)
CANCELLED = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ation)?|call(?:ed|s)?\s+off|scrapped|postponed|put\s+off)\b",
    re.IGNORECASE,
)
PLANNED = re.compile(
    r"""\b(?:will|shall|expected\s+to|plans?\s+to|planned|planning\s+to|scheduled
        |due\s+to|set\s+to|to\s+be\s+held|upcoming|(?:is|are)\s+to|intends?\s+to
        |pencil(?:l)?ed\s+in
        |next\s+(?:week|month)|later\s+this\s+(?:week|month|year))\b""",
    re.VERBOSE | re.IGNORECASE,
)
ONGOING = re.compile(
    r"\b(?:is|are)\s+(?:still\s+)?(?:under\s*way|ongoing|meeting)\b", re.IGNORECASE
)
REMOTE = re.compile(
    r"\b(?:via\s+video(?:\s+link)?|by\s+video(?:\s+link)?|videoconference|virtually"
    r"|remotely|by\s+(?:tele)?phone|online)\b",
    re.IGNORECASE,
)
SAME_DAY = re.compile(r"\bthe\s+same\s+day\b", re.IGNORECASE)
_NUMBER = alternation(vocab.NUMBER_WORDS)
DURATION = re.compile(
    rf"""
    \b(?P<num>\d+(?:\.\d+)?|{_NUMBER})        # "five", "4", "an"
    (?P<half>\s+and\s+a\s+half)?             # "four and a half"
    [\s-]+hours?\b                           # "hours", "-hour"
    """,
    re.VERBOSE | re.IGNORECASE,
)
CITY_BY_SPELLING = {s: city for city, (_, spellings) in vocab.CITIES.items() for s in spellings}
VENUE_BY_SPELLING = {s: v for v, (_, spellings) in vocab.VENUES.items() for s in spellings}
_PLACE_NAMES = alternation([*CITY_BY_SPELLING, *VENUE_BY_SPELLING])
PLACE = re.compile(
    rf"""
    (?:\b(?:in|at|inside)\s+                                # "in Brussels", "at the Kremlin"
      |\b(?:visit(?:s|ed|ing)?|trip|fly|flew|travel(?:led|ed|s)?|arrived?|came|went
          |heads?|headed)\s+(?:\w+\s+)?(?:to|in)\s+)        # "visit to Kiev", "fly to"
    (?P<place>{_PLACE_NAMES})(?![\w’'])
    |(?P<before>{_PLACE_NAMES})\s+(?=meeting|talks|summit|conference|visit)  # "Brussels meeting"
    """,
    re.VERBOSE,
)
GROUP = re.compile(rf"(?<![\w])(?:{alternation(vocab.GROUPS)})(?![\w])", re.IGNORECASE)
_ORG = alternation(vocab.ORG_WORDS)
_TITLE = alternation(vocab.TITLE_CONCEPTS)
ROLE_PHRASE = re.compile(
    rf"""
    (?:\bthe\s+)?                          # "the NATO chief"
    (?<![\w])(?P<org>{_ORG})(?![\w.])      # "NATO", "France", "Ukrainian", "U.S."
    (?:['’]s)?\s+                          # possessive: "France's"
    (?:(?:former|acting|current|then)\s+)? # "former"
    (?i:(?P<title>{_TITLE}))\b             # "defense minister", "Secretary-General"
    """,
    re.VERBOSE,
)
# "The PM", "the president": a title with only "the" before it, not followed by a name or
# "of" ("the President of the European Commission" names no country's holder).
BARE_TITLE = re.compile(
    rf"""
    (?<![\w])[Tt]he\s+                      # "the" right before ...
    (?P<title>{alternation(vocab.BARE_TITLES)})  # ... the title, as written
    (?![\w-])                               # whole word
    (?!\s+(?:of\b|[A-Z]))                   # not "the president of ...", "the PM Keir"
    """,
    re.VERBOSE,
)
# A country or org word anywhere (the hint for a bare title).
ORG_WORD = re.compile(rf"(?<![\w])(?:{_ORG})(?![\w])")
