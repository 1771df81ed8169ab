"""The patterns the claim stages match with, compiled once from the word lists of
:mod:`aidlib.claim_rules` (attribution verbs, kind and category cues, periods, counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .. import claim_rules as R

# --------------------------------------------------------------------------- patterns


def _words(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


# Reported-speech verbs and "according to".
VERB: Final = re.compile(
    rf"""
    (?<![\w-])                                   # whole word
    (?P<verb>according\s+to                      # "according to Bloomberg"
      | {_words(R.ATTRIBUTION_VERBS)})           # said, announced, noted, reported ...
    (?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# What may stand between a subject and its verb: "Stoltenberg also said",
# "Haivanenko, said", "Ukraine has previously reported".
SUBJECT_GAP: Final = re.compile(
    r"""
    ^\s*,?\s*                                    # optional comma closing an apposition
    (?:(?:also|then|later|again|further|reportedly|previously|already|has|have|had
       |was|were|is|are|would|will|had|once|on\s+\w+day|\w+ly|since|just|now)\s+)*
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Right after a body's or country's name: its unnamed people or its document speaking for it
# ("Kyiv officials said", "Commission officials say", "EU diplomats", "the World Bank's
# latest assessment puts", "the Council's statement said"). Guide v2: an unnamed official,
# spokesperson or source of a body is the body.
SPOKESPEOPLE_AFTER: Final = re.compile(
    r"""(?:['’]s)?\s+(?:(?:senior|top|unnamed|two|three|several|some|other|latest|new|own
                       |annual|joint|latest\s+\w+|monthly|quarterly|october|\w+-\w+)\s+)?
        (?:officials?|diplomats?|sources?|spokes(?:man|woman|person|people)|ministers
          |negotiators|authorities|statement|report|assessment|estimate|estimates|data
          |figures|release|summary|tally|analysis|tracker|review|update)(?![\w-])""",
    re.VERBOSE | re.IGNORECASE,
)

# An unknown name right before a verb: up to five capitalized words ("Chancellor Olaf Scholz").
NAME_BEFORE: Final = re.compile(
    r"""
    (?P<name>(?:[A-Z][\w'’.\-]*\s+){0,4}         # capitalized words ...
             [A-Z][\w'’.\-]*)                    # ... ending in one
    \s*,?\s*$                                    # right before the verb
    """,
    re.VERBOSE,
)

# An unknown name right after "said": up to five capitalized words.
NAME_AFTER: Final = re.compile(
    r"""
    \s+(?:the\s+)?                               # "said (the) ..."
    (?P<name>[A-Z][\w'’.\-]*                     # a capitalized word ...
      (?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,4})     # ... and more ("Secretary of Defense X")
    """,
    re.VERBOSE,
)

# Clause breaks inside a sentence: a figure's speaker is looked for in its clause first.
CLAUSE_BREAK: Final = re.compile(
    r"""
    ;\s+                                         # a semicolon
    | ,\s+(?=(?:while|whereas|but|although|though|yet)\s)  # comma + contrastive conjunction
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A pronoun that can open reported speech.
PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# "it said", "they said": a pronoun pointing back to a body, country or group.
ORG_PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.ORG_PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A country's institution right after its name or demonym ("the Swedish government",
# "Canada's defence ministry"): the country speaks.
INSTITUTION: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "Canada's defence ministry"
    (?:{_words(R.GOVERNMENT_BODIES)})(?![\w-])   # government, ministry, embassy ...
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Before a name: "according to (the)" or an invertible verb ("..., said the Pentagon").
SPEAKER_CUE_BEFORE: Final = re.compile(
    rf"""(?<![\w-])(?:according\s+to|{_words(R.INVERTIBLE_VERBS)})\s+(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A part stated before its whole: only these words between the two figures.
WHOLE_AFTER: Final = re.compile(
    rf"""^\s*(?:{_words(R.WHOLE_AFTER_CUES)})\s+$""", re.VERBOSE | re.IGNORECASE
)

# "the agency writes": a noun phrase pointing back to a medium.
MEDIA_ANAPHOR: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.MEDIA_ANAPHORS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A title word right after a name ("UK Defense Secretary"), possibly after "'s".
TITLE_AFTER: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "UK Defense", "Ukraine's Defense"
    (?:{_words(R.TITLE_WORDS)})(?![\w])          # a title word
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A part of a figure given just before ("..., including $65 billion for the military").
PART_OF: Final = re.compile(
    rf"""(?:^|[\s,—–(-])(?:{_words(R.PART_OF_CUES)})\s*$""", re.VERBOSE | re.IGNORECASE
)
# A sibling part ("including $65 billion for X and $20 billion for Y").
SIBLING: Final = re.compile(r"""(?:,|\band)\s*$""", re.VERBOSE | re.IGNORECASE)


def _cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words(phrases)})(?![\w-])", re.IGNORECASE)


_KIND_PATTERNS: Final = tuple((kind, _cue_pattern(cues)) for kind, cues in R.KIND_CUES)
KIND_ANY: Final = _cue_pattern(c for _, cues in R.KIND_CUES for c in cues)
KIND_OF: Final[dict[str, str]] = {
    c.lower(): kind for kind, cues in reversed(R.KIND_CUES) for c in cues
}
KIND_WEAK: Final = _cue_pattern(R.KIND_WEAK_CUES)

# A passive right after the figure: "... had already been provided".
PASSIVE: Final = re.compile(
    rf"""
    [^,;.]{{0,40}}?                               # a few words after the figure
    \b(?P<aux>has|have|had|was|were|is|are|will\s+be|would\s+be)\s+
    (?:(?:already|now|also|so\s+far|been|being)\s+)*   # "had already been"
    (?P<cue>{_words(c for _, cues in R.KIND_CUES for c in cues)})(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A future or infinitive marker, or a progressive "is/are", right before a delivery verb
# ("will also send", "to provide", "is giving"): the verb is then a promise.
_ADVERBS: Final = rf"(?:(?:{_words(R.KIND_MARKER_ADVERBS)})\s+)?"
def _marker_before(markers: Iterable[str]) -> re.Pattern[str]:
    words = [m for m in markers if m[:1].isalpha()]
    clitics = [m for m in markers if not m[:1].isalpha()]  # "'ll", "'s" after a word
    return re.compile(rf"(?:(?<![\w'’-])(?:{_words(words)})|(?<=\w)(?:{_words(clitics)}))"
                      rf"\s+{_ADVERBS}$", re.IGNORECASE)


FUTURE_BEFORE: Final = _marker_before(R.KIND_FUTURE_MARKERS)
PROGRESSIVE_BEFORE: Final = _marker_before(R.KIND_PROGRESSIVE_MARKERS)
# A purpose infinitive ("to buy", "to purchase"; not "to be covered").
PURPOSE: Final = re.compile(r"to\s+(?!be\b)", re.IGNORECASE)

CATEGORY_ANY: Final = _cue_pattern(c for cues in R.CATEGORY_CUES.values() for c in cues)
CATEGORY_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): cat for cat, cues in R.CATEGORY_CUES.items() for c in cues
}

# Period phrases; each resolves to dates against the publication day (see _resolve_period).
_NUM_WORD: Final = _words([*R.NUMBER_WORDS, "a", "an"])
PERIOD: Final = re.compile(
    rf"""
    (?P<months>(?:in|during|over)\s+the\s+first\s+
        (?P<n_months>\d+|{_NUM_WORD})\s+months\s+of\s+(?:the|this)\s+year)
    | (?P<quarter>(?:in|during)\s+the\s+(?P<q>first|second|third|fourth)\s+quarter
        (?:\s+of\s+(?:the\s+year|this\s+year|(?P<q_year>20\d\d)))?)
    | (?P<last_q>(?:in|during|over)\s+the\s+(?:last|previous|past)\s+quarter)
    | (?P<this_year>(?:this|the\s+current)\s+year)
    | (?P<last_year>last\s+year)
    | (?P<next_year>next\s+year)
    | (?P<in_year>(?:in|for|during|throughout)\s+(?P<year>20\d\d))(?![\w-])
    | (?P<this_span>(?:this|last)\s+(?:week|month))
    | (?P<past>(?:within|in|over|during)\s+the\s+(?:past|last)\s+
        (?P<past_n>\d+\s+|{_NUM_WORD}\s+)?(?P<past_unit>day|hours|days|week|weeks|month|months))
    | (?P<ago>(?:just\s+)?(?P<ago_n>\d+|{_NUM_WORD})\s+
        (?P<ago_unit>day|days|week|weeks|month|months)\s+(?:earlier|ago|before))
    | (?P<overnight>overnight)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "since February 2022", "since the Russian invasion began in February 2022".
SINCE: Final = re.compile(
    r"""
    (?<![\w-])since\s+
    (?P<what>[^,;.()“”"]{1,70}?)                 # up to the next punctuation
    (?=\s*[,;.()“”"]|\s*$|\s+(?:including|and|but|to)\b)  # "since 2022 to $12 billion"
    """,
    re.VERBOSE | re.IGNORECASE,
)
INVASION: Final = re.compile(r"\b(?:invasion|war\s+began|start\s+of\s+the\s+war)\b", re.I)
CUMULATIVE: Final = _cue_pattern(R.SCOPE_CUMULATIVE)
NEW_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_NEW)})(?![\w-])", re.IGNORECASE
)
NEW_AFTER: Final = re.compile(
    rf"\s+(?:{_words(R.SCOPE_NEW_AFTER)})(?![\w-])(?!\s+than)", re.IGNORECASE
)

# A count: a number, a few modifiers, and a counted noun ("111 strike and decoy drones"),
# or "28-point".
COUNT: Final = re.compile(
    rf"""
    (?<![\w$€£.,-])                                # not inside a word, figure or decimal
    (?:(?P<qual>at\s+least|more\s+than|over|around|about|nearly|almost|up\s+to|some)\s+)?
    (?P<num>{_words(v for v, _ in R.VAGUE_COUNTS)}  # "hundreds of thousands of"
      | \d{{1,3}}(?:,\d{{3}})+ | \d+               # 111, 1,200
      | (?:{_words(R.NUMBER_WORDS)}))              # nine, two, fifty
    (?:
      -(?P<point>point)(?![\w-])                   # "28-point plan"
      | \s+(?P<mods>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?)  # up to three modifiers
        (?P<noun>{_words([*R.COUNT_NOUNS, *R.COUNT_ANAPHORS])})(?![\w-])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
COUNT_EVENT: Final = _cue_pattern(c for cues in R.COUNT_EVENT_CUES.values() for c in cues)
EVENT_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): ev for ev, cues in R.COUNT_EVENT_CUES.items() for c in cues
}
EVENTS_FOR: Final[dict[str, tuple[str, ...]]] = {
    "people": ("killed", "injured"),
    "drones": ("fired", "destroyed"),
    "missiles": ("fired", "destroyed"),
}
COUNT_QUALIFIER: Final[dict[str, str]] = {
    "at least": "at_least", "more than": "more_than", "over": "more_than",
    "around": "around", "about": "around", "some": "around", "nearly": "nearly",
    "almost": "nearly", "up to": "up_to",
}
RECIPIENT: Final = re.compile(rf"(?<![\w-])(?:{_words(R.RECIPIENT_NAMES)})", re.UNICODE)


# A month and year, or a year, inside a longer phrase ("since the talks in March 2023").
MONTH_YEAR: Final = re.compile(
    r"""(?:(?:January|February|March|April|May|June|July|August|September|October
             |November|December)\s+)?(?:19|20)\d\d""",
    re.VERBOSE,
)
