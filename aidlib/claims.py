"""Claims: each figure an article states, with who said it, about what, for which period.

A money figure alone is not a claim. :func:`claims` turns every money mention found by
:mod:`aidlib.money` (and every count of drones, casualties, plan points, countries) into a
row saying who stated it (the speaker, canonical through ``aidlib/data/people.yaml`` and
``aidlib/data/actors.yaml``), who gives it to whom (donors, recipient), what kind of money it is
(pledged, provided, contracted, to be spent, requested), its category (military,
financial, humanitarian, total), the period it covers, and where it sits in the text.

>>> from datetime import date
>>> rows = extract_claims(
...     "Germany will provide €500 million in humanitarian aid, Chancellor Olaf Scholz said.",
...     published=date(2024, 3, 5))
>>> c = rows[0]
>>> c.surface, c.unit, c.speaker, c.donors, c.kind, c.category
('€500 million', 'EUR', 'Olaf Scholz', ('Germany',), 'pledged', 'humanitarian')

The rules are written by hand: no general-purpose library resolves reported speech,
donors or aid kinds in this register (spaCy-style NER would need a model download, which
the project does not allow), and each rule is small enough to be read and tested. Most word
lists live in :mod:`aidlib.claim_rules`, names in :mod:`aidlib.gazetteer` (a few short
cue words are still written in the patterns below).

How a speaker is found for a figure, in order:

1. the attributions in the figure's clause (a sentence is split at "; " and at ", while",
   ", but" ...), else in the whole sentence: "X said/announced/noted (that)" (X also an
   unknown full name, or its surname alone once the full name was given: "Morita told
   reporters"), "said X" (only when the figure comes before it: a figure after "said X in
   Ramstein, where ..." is the writer's), "according to X", "he said" (the last person named
   before it), "it/they said" (the last body, country or group named as a speaker before
   it), "the Swedish government said" (a country's institution: the country), "the agency
   writes" (the last medium named); the nearest one wins;
2. else the outlet itself (``attribution == "outlet"``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Final

import dateparser
import pandas as pd

from . import claim_rules as R
from .corpus import Article, Corpus
from .gazetteer import ACTORS_FILE, Actor, Actors, load_actors
from .mentions import mention_id, pair_id
from .money import MoneyMention, find_money, pair_numbers
from .people import People, load_people
from .rates import EcbRates
from .records import CLAIM_COLUMNS, Claim, claims_frame
from .text import Sentence, sentences

__all__ = [
    "ACTORS_FILE",
    "CLAIM_COLUMNS",
    "Actor",
    "Actors",
    "Claim",
    "claims",
    "claims_frame",
    "extract_claims",
    "load_actors",
]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class _Mention:
    """A name found in the text: a person, an actor, a pronoun or a media anaphor."""

    start: int
    end: int
    name: str  # canonical name ("" for a pronoun before resolution)
    kind: str  # "person" | "actor" | "pronoun" | "media_anaphor"
    type: str  # actor type, "person", or for "it"/"they" the pronoun (see R.ORG_PRONOUNS)


@dataclass(frozen=True)
class _Attribution:
    """Reported speech in a sentence: who, with which verb, and where."""

    verb_start: int
    verb_end: int
    label: str  # said | announced | reported | according_to
    speaker: str
    speaker_role: str | None
    text_start: int
    text_end: int
    inverted: bool  # "said X": content comes before the verb


@dataclass(frozen=True)
class _Figure:
    """A figure before it becomes a claim: a money mention or a count."""

    start: int
    end: int
    surface: str
    measure: str
    unit: str | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    vague: bool
    status: str = "parsed"
    reason: str = ""
    mention_id: str | None = None
    pair: int | None = None  # index of the pair among the article's pairs
    base: str = ""  # counts: what is counted ("people", "drones", ...)
    event: str = ""  # counts: killed | injured | fired | destroyed | ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# --------------------------------------------------------------------------- patterns


def _words(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


# Reported-speech verbs and "according to".
_VERB: Final = re.compile(
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
_SUBJECT_GAP: Final = re.compile(
    r"""
    ^\s*,?\s*                                    # optional comma closing an apposition
    (?:(?:also|then|later|again|further|reportedly|previously|already|has|have|had
       |was|were|is|are|would|will|had|once|on\s+\w+day|\w+ly)\s+)*   # adverbs, auxiliaries
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)

# An unknown name right before a verb: up to five capitalized words ("Chancellor Olaf Scholz").
_NAME_BEFORE: Final = re.compile(
    r"""
    (?P<name>(?:[A-Z][\w'’.\-]*\s+){0,4}         # capitalized words ...
             [A-Z][\w'’.\-]*)                    # ... ending in one
    \s*,?\s*$                                    # right before the verb
    """,
    re.VERBOSE,
)

# An unknown name right after "said": up to five capitalized words.
_NAME_AFTER: Final = re.compile(
    r"""
    \s+(?:the\s+)?                               # "said (the) ..."
    (?P<name>[A-Z][\w'’.\-]*                     # a capitalized word ...
      (?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,4})     # ... and more ("Secretary of Defense X")
    """,
    re.VERBOSE,
)

# Clause breaks inside a sentence: a figure's speaker is looked for in its clause first.
_CLAUSE_BREAK: Final = re.compile(
    r"""
    ;\s+                                         # a semicolon
    | ,\s+(?=(?:while|whereas|but|although|though|yet)\s)  # comma + contrastive conjunction
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A pronoun that can open reported speech.
_PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# "it said", "they said": a pronoun pointing back to a body, country or group.
_ORG_PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.ORG_PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A country's institution right after its name or demonym ("the Swedish government",
# "Canada's defence ministry"): the country speaks.
_INSTITUTION: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "Canada's defence ministry"
    (?:{_words(R.GOVERNMENT_BODIES)})(?![\w-])   # government, ministry, embassy ...
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Before a name: "according to (the)" or an invertible verb ("..., said the Pentagon").
_SPEAKER_CUE_BEFORE: Final = re.compile(
    rf"""(?<![\w-])(?:according\s+to|{_words(R.INVERTIBLE_VERBS)})\s+(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A part stated before its whole: only these words between the two figures.
_WHOLE_AFTER: Final = re.compile(
    rf"""^\s*(?:{_words(R.WHOLE_AFTER_CUES)})\s+$""", re.VERBOSE | re.IGNORECASE
)

# "the agency writes": a noun phrase pointing back to a medium.
_MEDIA_ANAPHOR: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.MEDIA_ANAPHORS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A title word right after a name ("UK Defense Secretary"), possibly after "'s".
_TITLE_AFTER: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "UK Defense", "Ukraine's Defense"
    (?:{_words(R.TITLE_WORDS)})(?![\w])          # a title word
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A part of a figure given just before ("..., including $65 billion for the military").
_PART_OF: Final = re.compile(
    rf"""(?:^|[\s,—–(-])(?:{_words(R.PART_OF_CUES)})\s*$""", re.VERBOSE | re.IGNORECASE
)
# A sibling part ("including $65 billion for X and $20 billion for Y").
_SIBLING: Final = re.compile(r"""(?:,|\band)\s*$""", re.VERBOSE | re.IGNORECASE)


def _cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words(phrases)})(?![\w-])", re.IGNORECASE)


_KIND_PATTERNS: Final = tuple((kind, _cue_pattern(cues)) for kind, cues in R.KIND_CUES)
_KIND_ANY: Final = _cue_pattern(c for _, cues in R.KIND_CUES for c in cues)
_KIND_OF: Final[dict[str, str]] = {
    c.lower(): kind for kind, cues in reversed(R.KIND_CUES) for c in cues
}
_KIND_WEAK: Final = _cue_pattern(R.KIND_WEAK_CUES)

# A passive right after the figure: "... had already been provided".
_PASSIVE: Final = re.compile(
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


_FUTURE_BEFORE: Final = _marker_before(R.KIND_FUTURE_MARKERS)
_PROGRESSIVE_BEFORE: Final = _marker_before(R.KIND_PROGRESSIVE_MARKERS)
# A purpose infinitive ("to buy", "to purchase"; not "to be covered").
_PURPOSE: Final = re.compile(r"to\s+(?!be\b)", re.IGNORECASE)

_CATEGORY_ANY: Final = _cue_pattern(c for cues in R.CATEGORY_CUES.values() for c in cues)
_CATEGORY_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): cat for cat, cues in R.CATEGORY_CUES.items() for c in cues
}

# Period phrases; each resolves to dates against the publication day (see _resolve_period).
_NUM_WORD: Final = _words([*R.NUMBER_WORDS, "a", "an"])
_PERIOD: Final = re.compile(
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
_SINCE: Final = re.compile(
    r"""
    (?<![\w-])since\s+
    (?P<what>[^,;.()“”"]{1,70}?)                 # up to the next punctuation
    (?=\s*[,;.()“”"]|\s*$|\s+(?:including|and|but|to)\b)  # "since 2022 to $12 billion"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_INVASION: Final = re.compile(r"\b(?:invasion|war\s+began|start\s+of\s+the\s+war)\b", re.I)
_CUMULATIVE: Final = _cue_pattern(R.SCOPE_CUMULATIVE)
_NEW_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_NEW)})(?![\w-])", re.IGNORECASE
)
_NEW_AFTER: Final = re.compile(
    rf"\s+(?:{_words(R.SCOPE_NEW_AFTER)})(?![\w-])(?!\s+than)", re.IGNORECASE
)

# A count: a number, a few modifiers, and a counted noun ("111 strike and decoy drones"),
# or "28-point".
_COUNT: Final = re.compile(
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
_COUNT_EVENT: Final = _cue_pattern(c for cues in R.COUNT_EVENT_CUES.values() for c in cues)
_EVENT_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): ev for ev, cues in R.COUNT_EVENT_CUES.items() for c in cues
}
_EVENTS_FOR: Final[dict[str, tuple[str, ...]]] = {
    "people": ("killed", "injured"),
    "drones": ("fired", "destroyed"),
    "missiles": ("fired", "destroyed"),
}
_COUNT_QUALIFIER: Final[dict[str, str]] = {
    "at least": "at_least", "more than": "more_than", "over": "more_than",
    "around": "around", "about": "around", "some": "around", "nearly": "nearly",
    "almost": "nearly", "up to": "up_to",
}
_RECIPIENT: Final = re.compile(rf"(?<![\w-])(?:{_words(R.RECIPIENT_NAMES)})", re.UNICODE)


# --------------------------------------------------------------------------- name scanning


_NameTable = tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]
_NAME_PATTERNS: dict[tuple[int, int], _NameTable] = {}


def _name_pattern(people: People, actors: Actors) -> _NameTable:
    """One regex for every spelling of every person and actor, longest first (cached)."""
    key = (id(people), id(actors))
    if key not in _NAME_PATTERNS:
        _NAME_PATTERNS[key] = _build_name_pattern(people, actors)
    return _NAME_PATTERNS[key]


def _build_name_pattern(people: People, actors: Actors) -> _NameTable:
    table: dict[str, tuple[str, str, str]] = {}
    for alias, person in people.aliases_longest_first():
        table.setdefault(alias, (person.name, "person", "person"))
    for spelling, actor in actors.index.items():
        table.setdefault(spelling, (actor.name, "actor", actor.type))
    alternation = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), table


def _scan_names(text: str, people: People, actors: Actors) -> list[_Mention]:
    pattern, table = _name_pattern(people, actors)
    found = [
        _Mention(m.start(), m.end(), *table[m.group()]) for m in pattern.finditer(text)
    ]
    found += [
        _Mention(m.start(), m.end(), "", "pronoun", "person") for m in _PRONOUN.finditer(text)
    ]
    found += [
        _Mention(m.start(), m.end(), "", "pronoun", m.group().lower())
        for m in _ORG_PRONOUN.finditer(text)
    ]
    found += [
        _Mention(m.start(), m.end(), "", "media_anaphor", "media")
        for m in _MEDIA_ANAPHOR.finditer(text)
    ]
    return sorted(found, key=lambda m: m.start)


def _is_title(text: str, m: _Mention) -> bool:
    """True where a country or body name is part of a title ("UK Defense Secretary")."""
    return bool(_TITLE_AFTER.match(text, m.end, min(len(text), m.end + 40)))


def _institution_end(text: str, m: _Mention) -> int | None:
    """End of "government"/"ministry"/... right after a country's name, or None."""
    if m.kind != "actor" or m.type != "country":
        return None
    inst = _INSTITUTION.match(text, m.end, min(len(text), m.end + 40))
    return inst.end() if inst else None


def _is_subject(text: str, m: _Mention, verb_start: int) -> bool:
    """True where ``m`` is the subject of a reported-speech verb at ``verb_start``: right
    before it ("Stoltenberg also said"), or a country's institution ("the Swedish
    government said"); a name inside a title ("UK Defense Secretary") is not."""
    if _SUBJECT_GAP.match(text[m.end : verb_start]) and not _is_title(text, m):
        return True
    end = _institution_end(text, m)
    return end is not None and end <= verb_start and bool(
        _SUBJECT_GAP.match(text[end:verb_start]))


def _strip_titles(name: str, actors: Actors) -> str:
    words = name.replace(",", " ").split()
    while words and (
        words[0].lower() in R.TITLE_WORDS
        or words[0].lower() in R.NOT_NAMES
        or actors.resolve(words[0]) is not None
        or words[0].lower() == "of"
    ):
        words.pop(0)
    return " ".join(words)


# --------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class _Context:
    """What the rules need to know about one article."""

    text: str
    published: date
    outlet: str
    people: People
    actors: Actors
    mentions: tuple[_Mention, ...]
    starts: tuple[int, ...]

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect_right(self.starts, start - 1)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def antecedent(self, before: int, kind: str) -> _Mention | None:
        """The last person (or medium) named before ``before``."""
        i = bisect_right(self.starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= before and (
                (kind == "person" and m.kind == "person")
                or (kind == "media" and m.kind == "actor" and m.type == "media")
            ):
                return m
            i -= 1
        return None

    def org_antecedent(self, before: int, types: Sequence[str]) -> _Mention | None:
        """The last actor of ``types`` named as a speaker before ``before`` ("..., the
        Ukrainian Air Force said", "according to the Pentagon"), for "it"/"they"."""
        i = bisect_right(self.starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.kind == "actor" and m.type in types and m.end <= before:
                verb = _VERB.search(self.text, m.end, min(len(self.text), m.end + 80))
                if (verb and verb.group("verb").lower() != "according to"
                        and _is_subject(self.text, m, verb.start())) or (
                        _SPEAKER_CUE_BEFORE.search(self.text, max(0, m.start - 30), m.start)):
                    return m
            i -= 1
        return None


def _speaker_of(ctx: _Context, m: _Mention) -> tuple[str, str | None] | None:
    """Canonical speaker name and role for a mention (resolving pronouns)."""
    if m.kind == "pronoun" and m.type in R.ORG_PRONOUNS:
        ref = ctx.org_antecedent(m.start, R.ORG_PRONOUNS[m.type])
        if ref is None:
            return None
        if m.type == "they":  # "Norway and Denmark said ... they said": the whole list
            names = sorted({r.name for r in _subject_list(ctx, ref, max(0, ref.start - 200))})
            return ", ".join(names), None
        return _speaker_of(ctx, ref)
    if m.kind == "pronoun":
        ref = ctx.antecedent(m.start, "person")
        return _speaker_of(ctx, ref) if ref else None
    if m.kind == "media_anaphor":
        ref = ctx.antecedent(m.start, "media")
        return (ref.name, None) if ref else None
    if m.kind == "person":
        person = ctx.people.resolve(m.name)
        return m.name, person.role_on(ctx.published) if person else None
    return m.name, None


def _subject_list(ctx: _Context, head: _Mention, lo: int) -> list[_Mention]:
    """A coordinated list of actors ending in ``head``: "Canada, Germany and Poland"."""
    out = [head]
    if head.kind != "actor":
        return out
    for m in reversed(ctx.mentions_in(lo, head.start)):
        gap = ctx.text[m.end : out[-1].start]
        if m.kind == "actor" and re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?", gap):
            out.append(m)
        else:
            break
    return out[::-1]


def _left_edge(ctx: _Context, pos: int, lo: int) -> int:
    """Extend a speaker's span leftwards over his title ("UK Defense Secretary ...")."""
    text = ctx.text
    while True:
        m = re.search(r"([\w'’.\-]+)\s+$", text[lo:pos])
        if not m:
            return pos
        word = m.group(1)
        plain = re.sub(r"['’]s$", "", word)
        if word[:1].isupper() or word.lower() in R.TITLE_WORDS or ctx.actors.resolve(plain):
            if word.lower() in R.NOT_NAMES:
                return pos
            pos = lo + m.start(1)
        else:
            return pos


def _attributions(ctx: _Context, sent: Sentence) -> list[_Attribution]:
    """Every attribution in a sentence (hand-written rules, see the module docstring)."""
    text = ctx.text
    out: list[_Attribution] = []
    for v in _VERB.finditer(text, sent.start, sent.end):
        verb = " ".join(v.group("verb").lower().split())
        names_before = ctx.mentions_in(sent.start, v.start())
        if verb == "according to":
            after = [m for m in ctx.mentions_in(v.end(), sent.end) if m.start - v.end() < 40]
            gap_ok = after and re.fullmatch(
                r"\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,4}", text[v.end() : after[0].start]
            )
            relative = re.match(r"\s+(?:which|whom|whose|what|this|it|them)\b",
                                text[v.end() : v.end() + 12])
            if after and gap_ok and after[0].kind != "pronoun" and not relative:
                who = _speaker_of(ctx, after[0])
                if who:
                    out.append(_Attribution(v.start(), v.end(), "according_to", who[0], who[1],
                                            v.start(), after[0].end, False))
            continue
        label = R.ATTRIBUTION_VERBS[verb]
        # 1. subject right before the verb
        subject = next(
            (m for m in reversed(names_before) if _is_subject(text, m, v.start())), None
        )
        if subject is not None:
            group = _subject_list(ctx, subject, sent.start)
            speakers = [_speaker_of(ctx, m) for m in group]
            names = sorted({s[0] for s in speakers if s})
            if names:
                role = speakers[0][1] if len(names) == 1 and speakers[0] else None
                left = group[0].start if group[0].kind in ("pronoun", "media_anaphor") else (
                    _left_edge(ctx, group[0].start, sent.start))
                out.append(_Attribution(v.start(), v.end(), label, ", ".join(names), role,
                                        left, v.end(), False))
                continue
        # 2. "said X": the speaker comes after the verb
        if verb in R.INVERTIBLE_VERBS:
            after_verb = _inverted(ctx, v.end(), sent.end)
            if after_verb:
                name, role_after, end = after_verb
                out.append(_Attribution(v.start(), v.end(), label, name, role_after, v.start(),
                                        end, True))
                continue
        # 3. an unknown name right before the verb ("Chancellor Olaf Scholz said")
        m = _NAME_BEFORE.search(text, sent.start, v.start())
        if m:
            name = _strip_titles(m.group("name"), ctx.actors)
            if len(name.split()) == 1:  # "Morita told reporters": the full name given earlier
                name = _full_name(text, name, sent.start, ctx.actors) or name
            if len(name.split()) >= 2:
                out.append(_Attribution(v.start(), v.end(), label, name, None,
                                        m.start("name"), v.end(), False))
    return out


def _full_name(text: str, surname: str, before: int, actors: Actors) -> str | None:
    """The last full name ending in ``surname`` before ``before`` (news copy gives a person's
    full name on first reference, then the surname alone), titles stripped; None if none."""
    if actors.resolve(surname) or surname.lower() in R.NOT_NAMES:
        return None
    pattern = re.compile(rf"(?:[A-Z][\w'’.\-]*\s+){{1,4}}{re.escape(surname)}(?![\w'’-])")
    found = list(pattern.finditer(text, 0, before))
    if not found:
        return None
    name = _strip_titles(found[-1].group(), actors)
    return name if len(name.split()) >= 2 else None


def _inverted(ctx: _Context, pos: int, stop: int) -> tuple[str, str | None, int] | None:
    """The speaker named after "said": titles and capitalized words, then a name."""
    text = ctx.text
    window_end = min(stop, pos + 90)
    for m in ctx.mentions_in(pos, window_end):
        between = text[pos : m.start]
        if re.search(r"[.;:“”\"!?]", between):
            break
        words = between.replace(",", " ").split()
        ok = all(
            w[:1].isupper() or w.lower() in R.TITLE_WORDS or w.lower() in ("the", "of", "and")
            for w in words
        )
        if not ok or len(words) > 8:
            break
        if m.kind == "pronoun" or _is_title(text, m):
            continue
        who = _speaker_of(ctx, m)
        if who:
            return who[0], who[1], m.end
    named = _NAME_AFTER.match(text, pos, window_end)
    if named:
        name = _strip_titles(named.group("name").rstrip(".,"), ctx.actors)
        if len(name.split()) >= 2:
            return name, None, named.end("name")
    return None


def _clause(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence containing ``pos``."""
    cuts = [sent.start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end)]
    starts = sorted(set(cuts))
    i = bisect_right(starts, pos) - 1
    lo = starts[max(i, 0)]
    hi = starts[i + 1] if i + 1 < len(starts) else sent.end
    return lo, hi


def _choose(attrs: Sequence[_Attribution], start: int, end: int) -> _Attribution | None:
    """The nearest valid attribution for a figure at ``start:end``."""
    best: tuple[int, _Attribution] | None = None
    for a in attrs:
        if a.inverted and a.verb_start < start:  # "said X ..., where <figure>": the writer's
            continue
        if a.text_start <= start and end <= a.text_end:
            continue
        dist = start - a.verb_end if a.verb_end <= start else a.verb_start - end
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), a)
    return best[1] if best else None


# --------------------------------------------------------------------------- kind, scope ...


def _kind(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Kind from cue words, read as the verb governing the figure's clause.

    A passive after the figure ("$X has been delivered") wins; else the nearest cue before
    it (a cue noun such as "package" only when no other cue stands before it); else a weak
    verb before it ("announced") over a purpose infinitive after it ("to buy"); else the
    first cue after it; else any weak cue. A delivery verb after a future or infinitive
    marker ("will lend", "is giving", "$X will be sent") is a promise.
    """
    passive = _PASSIVE.match(text, after[0], after[1])
    if passive:
        kind = _KIND_OF[" ".join(passive.group("cue").lower().split())]
        future = passive.group("aux").lower().split()[0] in R.KIND_FUTURE_MARKERS
        return "pledged" if future and kind == "provided" else kind
    cues_before = list(_KIND_ANY.finditer(text, *before))
    verbs_before = [m for m in cues_before if _cue_key(m) not in R.KIND_NOUN_CUES]
    if verbs_before or cues_before:
        return _cue_kind(text, (verbs_before or cues_before)[-1])
    weak_before = [m for m in _KIND_WEAK.finditer(text, *before)
                   if m.group().lower() in R.KIND_WEAK_VERBS]
    first_after = _KIND_ANY.search(text, *after)
    if first_after and not (weak_before and _PURPOSE.match(first_after.group())):
        return _cue_kind(text, first_after)
    weak = list(_KIND_WEAK.finditer(text, *before)) or list(_KIND_WEAK.finditer(text, *after))
    if weak:
        return R.KIND_WEAK_CUES[weak[-1].group().lower()]
    return "other"


def _cue_key(m: re.Match[str]) -> str:
    return " ".join(m.group().lower().split())


def _cue_kind(text: str, m: re.Match[str]) -> str:
    """The kind of one cue; a delivery verb after a future marker is a pledge."""
    kind = _KIND_OF[_cue_key(m)]
    if kind == "provided" and (_FUTURE_BEFORE.search(text, 0, m.start()) or (
            m.group().lower().endswith("ing") and _PROGRESSIVE_BEFORE.search(text, 0, m.start()))):
        return "pledged"
    return kind


def _category(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Category from the first cue after the figure, else the last one before it."""
    first_after = _CATEGORY_ANY.search(text, *after)
    if first_after:
        return _CATEGORY_OF[" ".join(first_after.group().lower().split())]
    cues_before = list(_CATEGORY_ANY.finditer(text, *before))
    if cues_before:
        return _CATEGORY_OF[" ".join(cues_before[-1].group().lower().split())]
    return "other"


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return R.NUMBER_WORDS.get(word, 1 if word in ("a", "an") else 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _resolve_period(m: re.Match[str], published: date) -> tuple[date | None, date | None]:
    """Dates of a period phrase. Written by hand: dateparser reads points in time ("a week
    ago"), not spans ("the first three months of the year"), so spans are built here from
    the publication date; points go through dateparser."""
    y = published.year
    if m.group("months"):
        n = min(max(_number(m.group("n_months")), 1), 12)
        return date(y, 1, 1), _month_end(y, n)
    if m.group("quarter"):
        q = ("first", "second", "third", "fourth").index(m.group("q").lower()) + 1
        qy = int(m.group("q_year")) if m.group("q_year") else y
        return date(qy, 3 * q - 2, 1), _month_end(qy, 3 * q)
    if m.group("last_q"):
        q_start = date(y, 3 * ((published.month - 1) // 3) + 1, 1)
        prev_end = q_start - timedelta(days=1)
        return date(prev_end.year, prev_end.month - 2, 1), prev_end
    if m.group("this_year"):
        return date(y, 1, 1), published
    if m.group("last_year"):
        return date(y - 1, 1, 1), date(y - 1, 12, 31)
    if m.group("next_year"):
        return date(y + 1, 1, 1), date(y + 1, 12, 31)
    if m.group("in_year"):
        year = int(m.group("year"))
        return date(year, 1, 1), min(date(year, 12, 31), max(published, date(year, 12, 31)))
    if m.group("this_span"):
        phrase = m.group("this_span").lower()
        if phrase.endswith("week"):
            monday = published - timedelta(days=published.weekday())
            if phrase.startswith("last"):
                return monday - timedelta(days=7), monday - timedelta(days=1)
            return monday, published
        if phrase.startswith("last"):
            first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
            return first, _month_end(first.year, first.month)
        return published.replace(day=1), published
    if m.group("past"):
        n = _number(m.group("past_n")) if m.group("past_n") else 1
        unit = m.group("past_unit").lower()
        days = {"day": 1, "days": 1, "hours": 1 / 24, "week": 7, "weeks": 7, "month": 30,
                "months": 30}[unit] * n
        return published - timedelta(days=max(1, round(days))), published
    if m.group("ago"):
        n = _number(m.group("ago_n"))
        unit = m.group("ago_unit").lower().rstrip("s")
        base = datetime(published.year, published.month, published.day)
        when = dateparser.parse(f"{n} {unit}s ago", settings={"RELATIVE_BASE": base})
        day = when.date() if when else None
        return day, day
    if m.group("overnight"):
        return published - timedelta(days=1), published
    return None, None


# A month and year, or a year, inside a longer phrase ("since the talks in March 2023").
_MONTH_YEAR: Final = re.compile(
    r"""(?:(?:January|February|March|April|May|June|July|August|September|October
             |November|December)\s+)?(?:19|20)\d\d""",
    re.VERBOSE,
)


def _parse_day(phrase: str, published: date) -> date | None:
    """The first day a "since" phrase names, through dateparser (months and years start on
    their first day); a longer phrase is narrowed to the month and year in it first."""
    base = datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first",
                "PREFER_MONTH_OF_YEAR": "first", "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, settings=settings)
    if parsed is None:
        inner = _MONTH_YEAR.search(phrase)
        parsed = dateparser.parse(inner.group(), settings=settings) if inner else None
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class _Scope:
    text: str = ""
    type: str = "unspecified"
    start: date | None = None
    end: date | None = None


def _scope(text: str, before: tuple[int, int], after: tuple[int, int], fig_end: int,
           published: date) -> _Scope:
    """Scope of a figure: a period, else "since ...", else cumulative words, else "new"."""
    windows = (after, before)
    for lo, hi in windows:
        m = _PERIOD.search(text, lo, hi)
        if m:
            start, end = _resolve_period(m, published)
            return _Scope(m.group(), "period", start, end)
    for lo, hi in windows:
        m = _SINCE.search(text, lo, hi)
        if m:
            what = m.group("what")
            start = None
            if _INVASION.search(what) and not re.search(r"\b(?:19|20)(?!22)\d\d\b", what):
                start = R.FULL_SCALE_INVASION
            else:
                start = _parse_day(what, published)
            return _Scope(m.group(), "cumulative", start, published)
    for lo, hi in windows:
        found = [m for m in _CUMULATIVE.finditer(text, lo, hi)]
        if found:
            order = {c: i for i, c in enumerate(R.SCOPE_CUMULATIVE)}
            best = min(found, key=lambda m: order.get(" ".join(m.group().lower().split()), 99))
            return _Scope(best.group(), "cumulative", None, published)
    new_after = _NEW_AFTER.match(text, fig_end, after[1])
    if new_after:
        return _Scope(new_after.group().strip(), "new", None, None)
    lo, hi = after
    near_after = _NEW_BEFORE.search(text, lo, min(hi, lo + 30))
    near_before = list(_NEW_BEFORE.finditer(text, max(before[0], before[1] - 40), before[1]))
    hit = near_before[-1] if near_before else near_after
    if hit:
        return _Scope(hit.group(), "new", None, None)
    return _Scope()


def _donors(ctx: _Context, clause: tuple[int, int], before: tuple[int, int],
            after: tuple[int, int], recipient: str | None) -> tuple[str, ...]:
    """Countries, alliances and groups named before the figure in its clause (not as part
    of a title, not the recipient), plus "from X" after it."""
    names: set[str] = set()
    for m in ctx.mentions_in(clause[0], before[1]):
        if m.kind == "actor" and m.type in ("country", "alliance", "group") and not _is_title(
            ctx.text, m
        ) and m.name != recipient:
            names.add(m.name)
    for m in ctx.mentions_in(*after):
        if m.kind == "actor" and m.type in ("country", "alliance", "group") and re.search(
            r"\bfrom\s+(?:the\s+)?$", ctx.text[max(after[0], m.start - 12) : m.start]
        ):
            names.add(m.name)
    return tuple(sorted(names))


def _recipient(text: str, sent: Sentence) -> str | None:
    return "Ukraine" if _RECIPIENT.search(text, sent.start, sent.end) else None


# --------------------------------------------------------------------------- figures


def _money_figures(text: str, source_id: str) -> list[_Figure]:
    found = find_money(text)
    pair_of = pair_numbers(text, found)
    return [_money_figure(m, k, source_id, pair_of.get(k)) for k, m in enumerate(found)]


def _f(x: Any) -> float | None:
    return None if x is None else float(x)


def _money_figure(m: MoneyMention, k: int, source_id: str, pair: int | None) -> _Figure:
    return _Figure(
        start=m.start, end=m.end, surface=m.surface, measure="money", unit=m.currency,
        value=_f(m.value), low=_f(m.low), high=_f(m.high), qualifier=m.qualifier,
        vague=m.vague, status="parsed" if m.parsed else "rejected",
        reason=m.reason, mention_id=mention_id(source_id, k), pair=pair,
    )


def _count_figures(ctx: _Context, money: Sequence[_Figure]) -> list[_Figure]:
    """Counts of drones, people killed or injured, plan points, countries (hand-written:
    quantulum3 reads "111" but not what is counted or what happened to it)."""
    text = ctx.text
    taken = [(f.start, f.end) for f in money]
    out: list[_Figure] = []
    for m in _COUNT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        num = " ".join(m.group("num").lower().split())
        if num == "one" and (m.group("mods") or "").lower().startswith("of "):
            continue  # "one of its largest drone attacks": one among many, not a count
        vague = dict(R.VAGUE_COUNTS).get(num)
        if m.group("point"):
            base = "points"
        else:
            noun = m.group("noun").lower()
            if noun in R.COUNT_ANAPHORS and noun not in R.COUNT_NOUNS:
                prev = [f for f in out if f.base and f.end <= m.start()]
                sent = _sentence_of(text, m.start())
                if not prev or prev[-1].start < sent.start:
                    continue
                base = prev[-1].base
            else:
                base = R.COUNT_NOUNS[noun]
        if vague:
            low, high, value = float(vague[0]), float(vague[1]), None
        else:
            n = int(num.replace(",", "")) if num[0].isdigit() else R.NUMBER_WORDS[num]
            low = high = value = float(n)
        qual = _COUNT_QUALIFIER.get(" ".join((m.group("qual") or "").lower().split()), "exact")
        if vague:
            qual = "vague"
        start = m.start("num") if not m.group("qual") else m.start()
        out.append(_Figure(start=start, end=m.end(), surface=text[start : m.end()],
                           measure="count", unit=None, value=value, low=low, high=high,
                           qualifier=qual, vague=bool(vague), base=base))
    return [f for f in (_count_unit(ctx, f) for f in out) if f is not None]


def _sentence_of(text: str, pos: int) -> Sentence:
    sents = sentences(text)
    i = max(bisect_right([s.start for s in sents], pos) - 1, 0)
    return sents[i] if sents else Sentence(0, len(text), text)


def _count_unit(ctx: _Context, f: _Figure) -> _Figure | None:
    """The unit of a count: what is counted and what happened to it (nearest cue)."""
    if f.base in ("points", "countries", "casualties"):
        return replace(f, unit=f.base)
    sent = _sentence_of(ctx.text, f.start)
    lo, hi = _clause(ctx.text, sent, f.start)
    allowed = _EVENTS_FOR.get(f.base, ())
    best: tuple[int, str] | None = None
    for c in _COUNT_EVENT.finditer(ctx.text, max(lo, f.start - 60), min(hi, f.end + 40)):
        event = _EVENT_OF[" ".join(c.group().lower().split())]
        if event not in allowed:
            continue
        dist = f.start - c.end() if c.end() <= f.start else c.start() - f.end
        if best is None or dist < best[0]:
            best = (dist, event)
    if best:
        return replace(f, unit=f"{f.base}_{best[1]}", event=best[1])
    if f.base in ("drones", "missiles"):
        return replace(f, unit=f.base)  # supplied as aid: its kind says so
    return None


# --------------------------------------------------------------------------- claims


def _groups(figures: Sequence[_Figure]) -> list[list[int]]:
    """Indices of figures grouped so a currency pair ("€21 billion ($24 billion)") is one."""
    groups: list[list[int]] = []
    for i, f in enumerate(figures):
        if groups and f.pair is not None and figures[groups[-1][0]].pair == f.pair:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def extract_claims(
    text: str,
    *,
    source_id: str = "text",
    published: date,
    outlet: str | None = None,
    people: People | None = None,
    actors: Actors | None = None,
) -> list[Claim]:
    """Every money and count claim in one text, in text order.

    ``published`` is the day relative dates resolve against; ``outlet`` is the speaker when
    no one is quoted (``source_id`` if None).

    >>> text = ("Westerners have provided more than $150 billion in aid to Ukraine since "
    ...         "February 2022, including $65 billion for the military, he said.")
    >>> for c in extract_claims(text, source_id="s", published=date(2023, 4, 21)):
    ...     print(c.surface, c.part_of, c.category, c.scope_type, c.period_start)
    more than $150 billion None total cumulative 2022-02-01
    $65 billion s:c01 military cumulative 2022-02-01
    """
    people = people or load_people()
    actors = actors or load_actors()
    mentions = tuple(_scan_names(text, people, actors))
    ctx = _Context(text, published, outlet or source_id, people, actors, mentions,
                   tuple(m.start for m in mentions))
    money = _money_figures(text, source_id)
    counts = _count_figures(ctx, money)
    figures = sorted([*money, *counts], key=lambda f: f.start)
    attrs_by_sent: dict[int, list[_Attribution]] = {}
    groups = _groups(figures)
    ids = [f"{source_id}:c{i + 1:02d}" for i in range(len(figures))]
    result: dict[int, Claim] = {}
    parent_of: dict[int, int] = {}
    for group in groups:
        head = figures[group[0]]
        g_start, g_end = head.start, figures[group[-1]].end
        sent = _sentence_of(text, g_start)
        clause = _clause(text, sent, g_start)
        # windows around the figure stop at the next figure of the same measure
        same = [g for g in groups if figures[g[0]].measure == head.measure]
        k = same.index(group)
        prev_end = max(figures[same[k - 1][-1]].end if k else 0, clause[0])
        nxt = figures[same[k + 1][0]].start if k + 1 < len(same) else len(text)
        before = (prev_end, g_start)
        after = (g_end, min(nxt, clause[1]))
        # part of the figure just after? ("€18.1 billion of the €50 billion Facility"): the
        # part keeps its own kind, donors and scope (its verb governs it), only nests
        whole_after: int | None = None
        if k + 1 < len(same):
            nxt_head = same[k + 1][0]
            if figures[nxt_head].start < sent.end and _WHOLE_AFTER.match(
                    text[g_end : figures[nxt_head].start]):
                whole_after = nxt_head
        # part of the figure just before? ("..., including $65 billion for the military")
        parent: int | None = None
        if k and whole_after is None:
            prev_head = same[k - 1][0]
            same_sentence = figures[prev_head].start >= sent.start
            between = text[figures[same[k - 1][-1]].end : g_start]
            if same_sentence and _PART_OF.search(between):
                parent = prev_head
            elif same_sentence and prev_head in parent_of and _SIBLING.search(between):
                parent = parent_of[prev_head]
        if sent.start not in attrs_by_sent:
            attrs_by_sent[sent.start] = _attributions(ctx, sent)
        attrs = attrs_by_sent[sent.start]
        chosen = _choose([a for a in attrs if clause[0] <= a.verb_start < clause[1]],
                         g_start, g_end) or _choose(attrs, g_start, g_end)
        recipient = _recipient(text, sent)
        is_event = head.measure == "count" and (
            bool(head.event) or head.unit in ("points", "countries", "casualties"))
        if parent is not None:  # a part shares its whole's kind, donors and (unless it
            p = result[parent]   # names its own period) scope
            kind, donors, recipient_ = p.kind, p.donors, p.recipient
            own = _PASSIVE.match(text, *after)  # unless it states its own ("of which
            if own:                              # $3 billion has been delivered")
                kind = _KIND_OF[" ".join(own.group("cue").lower().split())]
            scope = _scope(text, (g_start, g_start), after, g_end, published)
            if scope.type not in ("period", "cumulative"):
                scope = _Scope(p.scope_text, p.scope_type, p.period_start, p.period_end)
            parent_of[group[0]] = parent
        else:
            kind = "other" if is_event else _kind(text, before, after)
            donors = () if is_event else _donors(ctx, clause, before, after, recipient)
            recipient_ = None if is_event else recipient
            if head.measure == "count":  # counts: the period anywhere in the clause
                scope = _Scope() if head.unit in ("points", "countries") else _scope(
                    text, (clause[0], g_start), (g_end, clause[1]), g_end, published)
            else:
                scope = _scope(text, before, after, g_end, published)
        category = "other" if is_event else _category(text, before, after)
        for i in group:
            f = figures[i]
            if chosen is not None:
                speaker, role, s_text, label = (chosen.speaker, chosen.speaker_role,
                                                text[chosen.text_start : chosen.text_end],
                                                chosen.label)
            else:
                speaker, role, s_text, label = ctx.outlet, None, None, "outlet"
            result[i] = Claim(
                claim_id=ids[i], source_id=source_id, published=published,
                measure=f.measure, unit=f.unit, surface=f.surface, start=f.start, end=f.end,
                sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end,
                value=f.value, low=f.low, high=f.high, qualifier=f.qualifier, vague=f.vague,
                speaker=speaker, speaker_role=role, speaker_text=s_text, attribution=label,
                donors=donors, recipient=recipient_, kind=kind, category=category,
                scope_text=scope.text, scope_type=scope.type, period_start=scope.start,
                period_end=scope.end,
                part_of=ids[parent] if parent is not None else (
                    ids[whole_after] if whole_after is not None else None),
                pair_id=pair_id(source_id, f.pair) if f.pair is not None else None,
                status=f.status, reason=f.reason, mention_id=f.mention_id,
            )
    # a figure with parts and no category of its own is a total
    parents = {c.part_of for c in result.values()}
    for group in groups:
        whole = result[group[0]]
        if whole.claim_id in parents and whole.category == "other" and whole.measure == "money":
            for i in group:
                result[i] = replace(result[i], category="total")
    return [result[i] for i in range(len(figures))]


def claims(corpus: Corpus, rates: EcbRates | None = None) -> pd.DataFrame:
    """One row per claim (money mention or count) in every article of the corpus.

    Columns (grain: one row per figure; ``text[start:end] == surface``):

    - ``claim_id`` ("<source_id>:c<NN>", text order), ``source_id``, ``published``
    - ``measure`` ("money" | "count"), ``unit`` (ISO currency or None; for counts what is
      counted and what happened: "drones_fired", "drones_destroyed", "people_killed",
      "people_injured", "casualties", "points", "countries", or "drones" given as aid)
    - ``surface``, ``start``, ``end``; ``sentence``, ``sentence_start``, ``sentence_end``
    - ``value``, ``low``, ``high`` (float, in ``unit``; value NaN for a range), ``qualifier``,
      ``vague``
    - ``eur_low``, ``eur_high``, ``usd_low``, ``usd_high`` (ECB rate of ``published``, on
      ``rate_date``; NaN for counts and where ``rate_note`` says why)
    - ``speaker`` (canonical person, body, medium, "A, B" for a group of countries, or the
      outlet), ``speaker_role`` (on the publication day), ``speaker_text`` (as written),
      ``attribution`` (said | announced | reported | according_to | outlet)
    - ``donors`` (sorted tuple of canonical names), ``recipient``, ``kind`` (pledged,
      provided, contracted, to_spend, requested, other), ``category`` (military, financial,
      humanitarian, total, other)
    - ``scope_text``, ``scope_type`` (cumulative, period, new, unspecified),
      ``period_start``, ``period_end``
    - ``part_of`` (claim_id of the enclosing figure), ``pair_id`` (same figure in two
      currencies; equals the ``pair_id`` of :func:`aidlib.mentions.money_mentions`),
      ``status`` (parsed | rejected), ``reason``, ``mention_id`` (row of ``money_mentions``)

    >>> from aidlib.corpus import load_corpus
    >>> t = claims(load_corpus())
    >>> bool((t["surface"].str.len() == t["end"] - t["start"]).all())
    True
    """
    rows = [
        c
        for article in corpus
        for c in extract_claims(article.text, source_id=article.id,
                                published=article.published, outlet=_outlet(article))
    ]
    log.debug("%d claims in %d articles", len(rows), len(corpus))
    return claims_frame(rows, rates)


def _outlet(article: Article) -> str:
    return article.meta.outlet or article.id
