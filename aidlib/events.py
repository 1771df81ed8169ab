"""Meetings, visits, talks and summits reported in the articles: one row per event.

:func:`event_mentions` finds every sentence clause that reports a meeting (a *mention*);
:func:`events` merges the mentions of one event, within an article and across articles,
into one row. Scoring against ``data/gold/events.csv`` lives in
:mod:`aidlib.evaluate.events` (``score_events``, ``load_gold_events``; still importable
from here).

How a mention is found (word lists in :mod:`aidlib.event_vocab`, names in
:mod:`aidlib.gazetteer`):

1. Each sentence is cut into clauses at clause-opening words ("as", "amid", "but",
   "which", "who", ...), semicolons and dashes. A clause with a *trigger* ("met",
   "meeting", "talks", "negotiations", "visit", "summit", "conference", "call with",
   "welcomes", "hosted X", "will host European leaders") is a mention, and so is a group
   of ministers or leaders deciding on a named day ("EU finance ministers approved ... on
   Tuesday": a ministerial held that day, the group its participant). A meeting word that
   is denied ("no talks", "refused to meet", "ruled out a meeting", "froze talks", "talks
   were put on ice") is no trigger unless the clause calls a planned meeting off.
   Two triggers in different comma-separated parts of one
   clause are two mentions ("the meeting with Stoltenberg, France's defense minister
   met with Zelenskyy").
2. Participants are the people of the clause (aliases from ``people.yaml``, or a
   title such as "NATO's Secretary-General" that only one person held that day), minus
   speakers ("Stoltenberg told reporters") and possessive modifiers ("Putin's advisor");
   a clause without people borrows those of its sentence; "the pair" takes the two people
   of the previous mention. Groups ("allies", "foreign ministers", "NATO") are kept apart.
3. Place: a venue or city after "in"/"at" (or "visit to", "fly to"), or before the
   trigger ("the Brussels meeting"). Date: the time expression nearest the trigger,
   resolved with :func:`aidlib.dates.resolve_date` (future tense when the clause says
   "expected to", "will", ..., or a cancelled meeting was "scheduled for" it). A held
   meeting in the first paragraph that names no place takes the city of the article's
   dateline ("BRUSSELS, Dec 15 (Reuters) -", "KYIV —"); its summary says "(place from
   dateline)". Status:
   cancelled ("called off"), planned ("expected to"), ongoing ("ministers, meeting in
   Brussels today"), else held.
4. Anaphora: "the meeting", "these talks", "the conference" with no people of their own
   join the latest compatible event of the article (within 10 sentences); with people
   ("the meeting with Stoltenberg") the latest event that shares one of them.

Merging (within an article; across articles only for events dated to the same days):
mentions are taken most informative first; a mention joins an event when dates overlap,
places agree (or one is missing), statuses agree (cancelled never joins held/ongoing)
and either one participant set contains the other, or both are summits of the same
article, or both name the same place and one names nobody. Sentences without a trigger
that put people "in" an event's place add those people ("said Lloyd Austin in Ramstein").

Columns of :func:`events` (one row per event):

=================  =====================================================================
event_id           "<first source_id>:e<NN>", NN in text order of first mention
kind               bilateral meeting, talks, visit, summit or ministerial, call or video link
status             held, planned, cancelled, ongoing
participants       tuple of canonical names (people.yaml), sorted
participant_roles  tuple of roles on ``date_start``, aligned with participants ("" if none)
groups             tuple of collective participants ("allies", "NATO", "foreign ministers")
delegation         people grouped by the country/org they spoke for: "Russia: A, B | ..."
place              canonical city or None
venue              canonical venue ("the Kremlin", "US base in Ramstein") or None
remote             tuple of participants who took part "via video" / by phone
date_start         datetime64, first day
date_end           datetime64, last day (== date_start for a day)
date_precision     day, week, month, year, or "unknown" (no time expression: publication date)
date_basis         how the date was found: the expression and rule, or why it is inferred
duration_hours     float or NaN ("four and a half hours" -> 4.5)
duration_text      the words, or ""
sources            tuple of source ids
mentions           tuple of :class:`Provenance` (source_id, start, end, surface, sentence)
n_mentions         int
channel            lane: US-Russia, US-Ukraine, Ukraine-allies, NATO, Europe-Russia,
                   Russia-partners, other (from participants' orgs and groups)
summary            one line: kind, who, where, when, status
=================  =====================================================================

>>> from aidlib.corpus import load_corpus
>>> table = events(load_corpus())
>>> kremlin = table[table.venue == "the Kremlin"].iloc[0]
>>> str(kremlin.date_start.date()), float(kremlin.duration_hours), kremlin.status
('2025-12-02', 5.0, 'held')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import Any

import pandas as pd

from . import event_vocab as vocab
from .corpus import Article
from .dates import DateNotResolved, ResolvedDate, Tense, find_time_expressions, resolve_date
from .people import People, Person, load_people
from .text import Sentence, sentences

__all__ = [
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "Provenance",
    "event_mentions",
    "events",
]

EVENT_COLUMNS = (
    "event_id", "kind", "status", "participants", "participant_roles", "groups",
    "delegation", "place", "venue", "remote", "date_start", "date_end", "date_precision",
    "date_basis", "duration_hours", "duration_text", "sources", "mentions", "n_mentions",
    "channel", "summary",
)
MENTION_COLUMNS = (
    "source_id", "published", "start", "end", "surface", "sentence", "sentence_start",
    "sentence_end", "role", "kind", "status", "participants", "groups", "remote", "place",
    "venue", "date_start", "date_end", "date_precision", "date_basis", "date_surface",
    "duration_hours", "duration_text", "anaphoric",
)

# Kinds by priority when several triggers or mentions describe one event: a visit that
# included talks is a visit; talks held at a meeting are talks.
_KIND_PRIORITY = ("summit or ministerial", "visit", "call or video link", "talks",
                  "bilateral meeting")
_STATUS_PRIORITY = ("cancelled", "ongoing", "held", "planned")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_ANAPHOR_WINDOW = 10  # sentences an anaphor ("the meeting") may reach back


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so "Kyiv Post" beats "Kyiv")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- compiled patterns ------------------------------------------------------------------
_TRIGGER = re.compile(
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
  | (?P<collective>\b(?:{_alternation(vocab.COLLECTIVE_ACTS)})\b)     # "ministers approved"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words before "conference" that make it a press event, not a meeting.
_PRESS = re.compile(r"\b(?:press|news)\s+$", re.IGNORECASE)
# Objects after "meet"/"meeting" that make it "satisfy", not "see": "meet the demands".
_MEET_OBJECT = re.compile(
    r"""^\s+(?:\S+\s+){0,2}?(?:demands|needs|requirements|targets?|criteria|conditions
        |standards|goals|obligations|expectations|deadlines?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Verb forms of meeting words that need a person right after them ("welcomed the move").
_NEEDS_PERSON_OBJECT = frozenset({"meet", "meets", "met", "welcome", "welcomes",
                                  "welcomed", "host", "hosts", "hosted", "hosting"})
# The group subject of a collective decision, right before its verb: "EU finance ministers
# (on Tuesday) approved", "NATO defence ministers agreed", "the European Council endorsed".
_COLLECTIVE_SUBJECT = re.compile(
    rf"""
    (?<![\w])
    (?:(?:(?:{_alternation(vocab.COLLECTIVE_QUALIFIERS)})\s+){{1,3}}   # "EU finance"
       (?:{_alternation(vocab.COLLECTIVE_BODIES)})                       # "ministers"
      |(?:{_alternation(b for b in vocab.COLLECTIVE_BODIES if b[0].isupper())})
    )\s+(?:(?:on\s+)?[\w’'-]+\s+){{0,2}}$          # "on Tuesday", "unanimously"
    """,
    re.VERBOSE,
)
# "host European leaders", "hosted allies": a host and a group of people as guests.
_HOST_GROUP = re.compile(
    r"""^\s+(?:[\w’'-]+\s+){0,2}?(?:leaders|ministers|allies|partners|counterparts
        |heads\s+of\s+(?:state|government)|coalition\s+of\s+the\s+willing
        |Contact\s+Group)\b""",
    re.VERBOSE,
)
# A meeting word denied: "no talks", "refused to meet", "ruled out a meeting", "froze
# talks" (NEGATED_BEFORE, then up to two determiners or verbs), "talks were put on ice".
_NEGATED_BEFORE = re.compile(
    rf"""\b(?:{_alternation(vocab.NEGATED_BEFORE)})\s+
        (?:(?:a|an|any|the|further|new|direct|more|formal|bilateral|peace|immediate|such
           |face-to-face|hold|have|attend|join|resume|take\s+part\s+in)\s+){{0,2}}$""",
    re.VERBOSE | re.IGNORECASE,
)
_NEGATED_AFTER = re.compile(
    rf"""^[^.;]{{0,60}}?\b(?:(?:were|was|are|is|been|being|remain(?:s|ed)?|now|be)\s+
        (?:\w+\s+)?(?:{_alternation(vocab.NEGATED_AFTER)})
        |put\s+on\s+(?:ice|hold)|shelved|off\s+the\s+table)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A dateline opening an article: "BRUSSELS, Dec 15 (Reuters) -", "KYIV —" (one city, in
# capitals, on a line of its own start; optional date and agency; then a dash).
_DATELINE = re.compile(
    r"""^(?P<city>[A-Z][A-Z.’'-]*(?:\ [A-Z][A-Z.’'-]*){0,2})   # "BRUSSELS", "NEW YORK"
        (?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?                 # ", Dec 15"
        (?:\ ?\([A-Za-z .]{1,30}\))?                           # " (Reuters)"
        \ ?[-–—]\ """,
    re.VERBOSE | re.MULTILINE,
)
_DATELINE_CITY = {s.upper(): c for c, (_, spellings) in vocab.CITIES.items() for s in spellings}
# A determiner right before a meeting noun: "the meeting", "these talks" (an anaphor).
_ANAPHOR = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
# "joined the meeting", "took part in the talks": the gathering had several parties.
_JOINED = re.compile(
    r"\b(?:joined|joins|took\s+part\s+in|participated\s+in|attended)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    rf"""
    (?:[;:]                                   # semicolon, colon
      | \s[–—-]\s                             # a dash between spaces
      | \b(?:{_alternation(vocab.CLAUSE_BREAKS)})\b  # clause-opening words
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A clause cut at one of these reports a later event of its own ("... ahead of the summit").
_LATER = re.compile(rf"\s*(?:{_alternation(vocab.LATER_EVENT_OPENERS)})\b", re.IGNORECASE)
_SPEECH = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS)
_SPEECH_VERB_ONLY = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS if " " not in v)
# After a name: optional appositive ", a senior adviser to Putin," and adverb ("also"),
# then a reporting verb ("according to" only counts before a name).
_SPEAKER_AFTER = re.compile(
    rf"""^(?:\s*,[^,.;“”‘’]{{1,60}},)?    # appositive between commas
        \s*,?\s+(?:(?:also|then|later|again|\w+ly)\s+)?  # optional adverb
        (?:{_SPEECH_VERB_ONLY})\b            # the reporting verb""",
    re.IGNORECASE | re.VERBOSE,
)
# Before a name: a reporting verb, then only title words ("said US Secretary of Defense").
_SPEAKER_BEFORE = re.compile(
    rf"\b(?:{_SPEECH})\s+(?:(?:[A-Z][\w.’'-]*|of|the)\s+){{0,6}}$"
)
_POSSESSIVE = re.compile(r"^['’]s?\b")
# A possessive that owns an event: "Driscoll's visit", "Zelensky's planned meeting".
_OWN_EVENT = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|visit|trip|call|summit)\b"
)
# Names joined by a hyphen name a thing, not a meeting: "the Witkoff-Dmitriev plan".
_COMPOUND_AFTER = re.compile(r"^[-–][A-Z]")
_COMPOUND_BEFORE = re.compile(r"[A-Za-z][-–]$")
_PAIR = re.compile(r"\b(?:the\s+pair|the\s+two\s+(?:men|envoys)|both\s+men)\b", re.IGNORECASE)
_CANCELLED = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ation)?|call(?:ed|s)?\s+off|scrapped|postponed|put\s+off)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"""\b(?:will|shall|expected\s+to|plans?\s+to|planned|planning\s+to|scheduled
        |due\s+to|set\s+to|to\s+be\s+held|upcoming|(?:is|are)\s+to|intends?\s+to
        |pencil(?:l)?ed\s+in
        |next\s+(?:week|month)|later\s+this\s+(?:week|month|year))\b""",
    re.VERBOSE | re.IGNORECASE,
)
_ONGOING = re.compile(
    r"\b(?:is|are)\s+(?:still\s+)?(?:under\s*way|ongoing|meeting)\b", re.IGNORECASE
)
_REMOTE = re.compile(
    r"\b(?:via\s+video(?:\s+link)?|by\s+video(?:\s+link)?|videoconference|virtually"
    r"|remotely|by\s+(?:tele)?phone|online)\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(r"\bthe\s+same\s+day\b", re.IGNORECASE)
_NUMBER = _alternation(vocab.NUMBER_WORDS)
_DURATION = re.compile(
    rf"""
    \b(?P<num>\d+(?:\.\d+)?|{_NUMBER})        # "five", "4", "an"
    (?P<half>\s+and\s+a\s+half)?             # "four and a half"
    [\s-]+hours?\b                           # "hours", "-hour"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CITY_BY_SPELLING = {s: city for city, (_, spellings) in vocab.CITIES.items() for s in spellings}
_VENUE_BY_SPELLING = {s: v for v, (_, spellings) in vocab.VENUES.items() for s in spellings}
_PLACE_NAMES = _alternation([*_CITY_BY_SPELLING, *_VENUE_BY_SPELLING])
_PLACE = re.compile(
    rf"""
    (?:\b(?:in|at|inside)\s+                                # "in Brussels", "at the Kremlin"
      |\b(?:visit(?:s|ed|ing)?|trip|fly|flew|travel(?:led|ed|s)?|arrived?|came|went
          |heads?|headed)\s+(?:\w+\s+)?(?:to|in)\s+)        # "visit to Kiev", "fly to"
    (?P<place>{_PLACE_NAMES})(?![\w’'])
    |(?P<before>{_PLACE_NAMES})\s+(?=meeting|talks|summit|conference|visit)  # "Brussels meeting"
    """,
    re.VERBOSE,
)
_GROUP = re.compile(rf"(?<![\w])(?:{_alternation(vocab.GROUPS)})(?![\w])", re.IGNORECASE)
_ORG = _alternation(vocab.ORG_WORDS)
_TITLE = _alternation(vocab.TITLE_CONCEPTS)
_ROLE_PHRASE = re.compile(
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
_BARE_TITLE = re.compile(
    rf"""
    (?<![\w])[Tt]he\s+                      # "the" right before ...
    (?P<title>{_alternation(vocab.BARE_TITLES)})  # ... the title, as written
    (?![\w-])                               # whole word
    (?!\s+(?:of\b|[A-Z]))                   # not "the president of ...", "the PM Keir"
    """,
    re.VERBOSE,
)
# A country or org word anywhere (the hint for a bare title).
_ORG_WORD = re.compile(rf"(?<![\w])(?:{_ORG})(?![\w])")


@dataclass(frozen=True)
class Provenance:
    """Where a mention is: ``article.text[start:end] == surface`` (the trigger words)."""

    source_id: str
    start: int
    end: int
    surface: str
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class _PersonRef:
    person: Person
    start: int
    end: int
    speaker: bool
    modifier: bool


@dataclass(frozen=True)
class _Mention:
    """One clause reporting a meeting (internal; exported as a row of event_mentions)."""

    prov: Provenance
    published: date
    order: int  # sentence index in the article
    role: str  # "trigger", "presence"
    kind: str
    status: str
    persons: tuple[str, ...]
    groups: tuple[str, ...]
    remote: tuple[str, ...]
    place: str | None
    venue: str | None
    date: ResolvedDate | None
    duration_hours: float | None
    duration_text: str
    anaphoric: bool
    same_day: bool
    later: bool = False  # opened by "ahead of": an event of its own, never folded
    place_basis: str = ""  # "dateline" when the place is the article's dateline city


@dataclass
class _Event:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def persons(self) -> set[str]:
        return {p for m in self.mentions for p in m.persons}

    @property
    def place(self) -> str | None:
        return next((m.place for m in self.mentions if m.place), None)

    @property
    def statuses(self) -> set[str]:
        return {m.status for m in self.mentions}

    @property
    def family(self) -> str:
        summit = any(m.kind == "summit or ministerial" for m in self.mentions)
        return "summit" if summit else "small"

    @property
    def named_groups(self) -> set[str]:
        return {g for m in self.mentions for g in m.groups if g in _NAMED_ORGS}

    def best_date(self) -> ResolvedDate | None:
        dated = [m.date for m in self.mentions if m.date is not None]
        if not dated:
            return None
        return min(dated, key=lambda d: (_PRECISION_RANK[d.precision], d.end - d.start))


# Org groups that identify one organisation (two summits of different ones never merge).
_NAMED_ORGS = vocab.NAMED_ORGS


# --- people -----------------------------------------------------------------------------
def _name_pattern(people: People) -> re.Pattern[str]:
    aliases = [alias for alias, _ in people.aliases_longest_first()]
    return re.compile(rf"(?<![\w])(?:{_alternation(aliases)})(?![\w])")


def _concept(title: str, org: str | None) -> str:
    """The role concept a title names (for "leader", the country's head: LEADER_TITLES)."""
    concept = vocab.TITLE_CONCEPTS.get(title.lower(), vocab.TITLE_CONCEPTS.get(title, ""))
    if concept == "leader":
        return vocab.LEADER_TITLES.get(org or "", "")
    return concept


def _holders(people: People, concept: str, day: date) -> list[Person]:
    """Everyone whose role on ``day`` is ``concept`` ("defence" in "UK Defence Secretary")."""
    found = []
    for person in people.persons:
        role = (person.role_on(day) or "").lower().replace("defense", "defence")
        role = role.replace("-", " ")
        fits = role.startswith(concept) if concept == "president" else concept in role
        if concept and fits:
            found.append(person)
    return found


def _role_holder(people: People, org_word: str, title: str, day: date) -> Person | None:
    """The one person who held ``title`` for ``org_word`` on ``day`` (None if 0 or 2+)."""
    org = vocab.ORG_WORDS[org_word]
    concept = _concept(title, org)
    if concept == "secretary general" and title.lower() == "chief" and org != "NATO":
        return None
    found = [p for p in _holders(people, concept, day) if p.org_on(day) == org]
    return found[0] if len(found) == 1 else None


def _orgs_named(text: str, names: re.Pattern[str], people: People, day: date, lo: int,
                hi: int, titles: Sequence[tuple[int, int]]) -> set[str]:
    """Countries and orgs that ``text[lo:hi]`` names, directly or through a person's org;
    not the org of another title ("the Ukrainian leader" names his own country only)."""
    orgs = {vocab.ORG_WORDS[m.group()] for m in _ORG_WORD.finditer(text, lo, hi)
            if not any(a <= m.start() < b for a, b in titles)}
    for m in names.finditer(text, lo, hi):
        person = people.resolve(m.group())
        org = person.org_on(day) if person else None
        if org:
            orgs.add(org)
    return orgs


def _bare_holder(people: People, title: str, day: date, hints: Sequence[set[str]]
                 ) -> Person | None:
    """The holder of a bare title ("the PM") on ``day`` among the orgs of the first hint
    (sentence, then article) that names any holder's org; None if none or two."""
    found = _holders(people, _concept(title, None), day)
    for orgs in hints:
        narrowed = [p for p in found if p.org_on(day) in orgs]
        if narrowed:
            return narrowed[0] if len(narrowed) == 1 else None
    return None


def _person_refs(text: str, names: re.Pattern[str], people: People, day: date
                 ) -> tuple[list[_PersonRef], list[tuple[int, int]]]:
    """People named in ``text`` (and the spans of the titles that named them)."""
    refs: list[_PersonRef] = []
    title_spans: list[tuple[int, int]] = []
    name_spans = [(m.start(), m.end(), m.group(0)) for m in names.finditer(text)]
    for m in _ROLE_PHRASE.finditer(text):
        title_spans.append((m.start(), m.end()))
        after = text[m.end():m.end() + 3]
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans) or after[:1].isalpha():
            continue  # the title of a name that follows ("Russian President Vladimir Putin")
        holder = _role_holder(people, m.group("org"), m.group("title"), day)
        if holder is not None:
            name_spans.append((m.start(), m.end(), holder.name))
    article_orgs: set[str] | None = None
    role_spans = list(title_spans)
    for m in _BARE_TITLE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in title_spans):
            continue
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans):
            continue
        if article_orgs is None:
            article_orgs = _orgs_named(text, names, people, day, 0, len(text), role_spans)
        sent = next((s for s in sentences(text) if s.start <= m.start() < s.end), None)
        near = _orgs_named(text, names, people, day, sent.start, sent.end, role_spans
                           ) if sent else set()
        holder = _bare_holder(people, m.group("title"), day, (near, article_orgs))
        title_spans.append((m.start(), m.end()))
        if holder is not None:
            name_spans.append((m.start(), m.end(), holder.name))
    for start, end, surface in sorted(name_spans):
        person = people.resolve(surface)
        if person is None:
            continue
        following = text[end:]
        possessive = bool(_POSSESSIVE.match(following))
        trigger_next = bool(_OWN_EVENT.match(following))
        compound = bool(_COMPOUND_AFTER.match(following) or _COMPOUND_BEFORE.search(
            text[max(0, start - 2):start]))
        # "Putin's advisor" and "Witkoff-Dmitriev plan" are modifiers; "Driscoll's visit" not
        modifier = (possessive and not trigger_next) or compound
        speaker = bool(_SPEAKER_AFTER.match(following)) or bool(
            _SPEAKER_BEFORE.search(text[max(0, start - 80):start])
        )
        refs.append(_PersonRef(person, start, end, speaker, modifier))
    return refs, title_spans


# --- clauses and mentions ---------------------------------------------------------------
def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside ``text[start:end]``, cut before clause-opening words."""
    cuts = [m.start() + start for m in _CLAUSE_BREAK.finditer(text[start:end])]
    bounds = [start, *[c for c in cuts if c > start], end]
    return [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start, *[start + i + 1 for i, c in enumerate(text[start:end]) if c == ","], end]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _triggers(text: str, start: int, end: int, refs: Sequence[_PersonRef]
              ) -> list[re.Match[str]]:
    """Meeting words in ``text[start:end]`` that really report a meeting."""
    found = []
    called_off = bool(_CANCELLED.search(text, start, end))
    for m in _TRIGGER.finditer(text, start, end):
        word = m.group(0).lower()
        before = text[max(0, m.start() - 12):m.start()]
        if not called_off and (
                _NEGATED_BEFORE.search(text[max(start, m.start() - 40):m.start()])
                or _NEGATED_AFTER.match(text[m.end():end])):
            continue  # "no talks are planned", "talks were put on ice": nothing took place
        if m.lastgroup == "summit" and _PRESS.search(before):
            continue
        if word.startswith("meet") and _MEET_OBJECT.match(text[m.end():m.end() + 40]):
            continue
        if word == "host" and re.search(r"\b(?:a|an|the|whole)\s+$", before):
            continue  # "a whole host of people": the noun
        if m.lastgroup == "collective":
            if not _COLLECTIVE_SUBJECT.search(text[max(start, m.start() - 120):m.start()]):
                continue  # only a group of ministers or leaders, never one person
        elif word.startswith("host") and _HOST_GROUP.match(text[m.end():m.end() + 60]):
            pass  # "will host European leaders": the guests are a group
        elif word in _NEEDS_PERSON_OBJECT:
            nxt = [r for r in refs if m.end() <= r.start <= m.end() + 40]
            gap = text[m.end():nxt[0].start] if nxt else ""
            if not nxt or nxt[0].modifier or re.search(r"[.;]", gap):
                continue
        found.append(m)
    return found


def _kind_of(matches: Sequence[re.Match[str]], text: str, multilateral: bool) -> str:
    kinds = []
    for m in matches:
        group = m.lastgroup or "meet"
        kind = {"summit": "summit or ministerial", "collective": "summit or ministerial",
                "call": "call or video link",
                "visit": "visit", "talks": "talks"}.get(group, "bilateral meeting")
        joined = _JOINED.search(text[max(0, m.start() - 40):m.start()])
        if kind in ("bilateral meeting", "talks") and (multilateral or joined):
            kind = "summit or ministerial"
        kinds.append(kind)
    return min(kinds, key=_KIND_PRIORITY.index)


def _status_of(clause: str, trigger: re.Match[str], text: str) -> str:
    if _CANCELLED.search(clause):
        return "cancelled"
    before = text[max(0, trigger.start() - 3):trigger.start()]
    participle = trigger.group(0).lower() == "meeting" and before.rstrip().endswith(",")
    if _ONGOING.search(clause) or participle:
        return "ongoing"
    if _PLANNED.search(clause):
        return "planned"
    return "held"


def _nearest(spans: Sequence[tuple[int, int, str]], pos: int, lo: int, hi: int
             ) -> tuple[int, int, str] | None:
    inside = [s for s in spans if lo <= s[0] and s[1] <= hi]
    return min(inside, key=lambda s: min(abs(s[0] - pos), abs(s[1] - pos)), default=None)


def _places(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _PLACE.finditer(text, lo, hi):
        name = "place" if m.group("place") else "before"
        out.append((m.start(name), m.end(name), m.group(name)))
    return out


def _place_of(surface: str) -> tuple[str | None, str | None]:
    """(city, venue) of a place surface."""
    if surface in _VENUE_BY_SPELLING:
        venue = _VENUE_BY_SPELLING[surface]
        return vocab.VENUES[venue][0], venue
    return _CITY_BY_SPELLING.get(surface), None


def _duration(clause: str) -> tuple[float | None, str]:
    m = _DURATION.search(clause)
    if not m:
        return None, ""
    num = m.group("num").lower()
    value = float(num) if num[0].isdigit() else float(vocab.NUMBER_WORDS[num])
    return value + (0.5 if m.group("half") else 0.0), m.group(0)


def _resolve(surface: str, published: date, tense: Tense) -> ResolvedDate | None:
    try:
        return resolve_date(surface, published, tense=tense)
    except DateNotResolved:
        return None


def _article_mentions(article: Article, people: People, names: re.Pattern[str]
                      ) -> list[_Mention]:
    text, published = article.text, article.published
    refs, title_spans = _person_refs(text, names, people, published)
    times = find_time_expressions(text)
    mentions: list[_Mention] = []
    for order, sent in enumerate(sentences(text)):
        s_refs = [r for r in refs if sent.start <= r.start < sent.end]
        units: list[tuple[int, int, list[re.Match[str]]]] = []
        for c_start, c_end in _clauses(text, sent.start, sent.end):
            trig = _triggers(text, c_start, c_end, s_refs)
            if not trig:
                continue
            parts = _comma_parts(text, c_start, c_end)
            in_part = [[t for t in trig if a <= t.start() < b] for a, b in parts]
            if len(trig) > 1 and sum(1 for p in in_part if p) > 1:
                units += [(a, b, p) for (a, b), p in zip(parts, in_part, strict=True) if p]
            else:
                units.append((c_start, c_end, trig))
        sent_mentions: list[_Mention] = []
        bound = [(a, b) for a, b, _ in units]
        for u_start, u_end, trig in units:
            main = min(trig, key=lambda t: _KIND_PRIORITY.index(
                _kind_of([t], text, multilateral=False)))
            mention = _build_mention(
                article, sent, order, u_start, u_end, trig, main, s_refs, bound,
                title_spans, times, mentions,
            )
            if mention is not None:
                sent_mentions.append(mention)
        mentions += _fold_siblings(sent_mentions)
        if not units:
            presence = _presence(article, sent, order, s_refs)
            if presence is not None:
                mentions.append(presence)
    return _dateline_places(text, mentions)


def _dateline_places(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Give a meeting held in the dateline's paragraph ("BRUSSELS, Dec 15 (Reuters) - EU
    finance ministers approved ...", "KYIV — ...") that names no place the dateline city.
    Not for calls, remote, planned, cancelled, later or anaphoric mentions (the reporter's
    city says nothing about where those are)."""
    m = next((d for d in _DATELINE.finditer(text, 0, 800)
              if d.group("city") in _DATELINE_CITY), None)
    if m is None:
        return mentions
    city = _DATELINE_CITY[m.group("city")]
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    out = []
    for x in mentions:
        if (x.role == "trigger" and m.start() <= x.prov.start < end and x.place is None
                and x.status in ("held", "ongoing") and x.kind != "call or video link"
                and not (x.remote or x.later or x.anaphoric)):
            x = replace(x, place=city, place_basis="dateline")
        out.append(x)
    return out


def _build_mention(article: Article, sent: Sentence, order: int, u_start: int, u_end: int,
                   trig: list[re.Match[str]], main: re.Match[str], s_refs: list[_PersonRef],
                   bound: list[tuple[int, int]], title_spans: list[tuple[int, int]],
                   times: list[tuple[int, int, str]], earlier: list[_Mention]
                   ) -> _Mention | None:
    text, published = article.text, article.published
    s_start, s_end, s_text = sent.start, sent.end, sent.text
    clause = text[u_start:u_end]
    later = u_start > s_start and bool(_LATER.match(text, u_start, u_end))
    own = [r for r in s_refs if u_start <= r.start < u_end and not (r.speaker or r.modifier)]
    free = [r for r in s_refs if not (r.speaker or r.modifier)
            and not any(a <= r.start < b for a, b in bound)]
    with_only = bool(own) and all(r.start >= main.end() for r in own) and bool(
        re.search(r"\bwith\s*$", text[main.start():own[0].start]))
    if later:
        pass  # a later event has only its own people
    elif not own:  # borrow the sentence's people not tied to another trigger
        own = free
    elif with_only:  # "after a call with X": the sentence's subject is the other side
        own = [r for r in free if r.start < u_start] + own
    persons = list(dict.fromkeys(r.person.name for r in own))
    if _PAIR.search(clause):
        prev = next((m for m in reversed(earlier) if len(m.persons) == 2), None)
        if prev is not None:
            persons += [p for p in prev.persons if p not in persons]
    groups = []
    for g in _GROUP.finditer(text, u_start, u_end):
        if not any(a <= g.start() < b for a, b in title_spans):
            groups.append(vocab.GROUPS.get(g.group(0)) or vocab.GROUPS.get(
                g.group(0).lower(), g.group(0)))
    groups = list(dict.fromkeys(groups))
    orgs = {r.person.org_on(published) for r in own}
    multilateral = any(g in vocab.MULTILATERAL_ORGS for g in groups) or len(orgs) >= 3
    kind = _kind_of(trig, text, multilateral)
    status = _status_of(clause, main, text)
    # a meeting "scheduled for Thursday" and then cancelled was set for a day to come
    planned_for = status == "cancelled" and bool(_PLANNED.search(clause))
    if later and status != "cancelled":
        status = "planned"
    tense: Tense = "future" if status == "planned" or planned_for else "past"
    when = _nearest(times, main.start(), u_start, u_end) or (None if later else _nearest(
        times, main.start(), s_start, s_end))
    resolved = _resolve(when[2], published, tense) if when else None
    places = _places(text, u_start, u_end) or ([] if later else _places(text, s_start, s_end))
    where = _nearest(places, main.start(), s_start, s_end)
    city, venue = _place_of(where[2]) if where else (None, None)
    hours, hours_text = _duration(clause)
    remote = tuple(persons) if _REMOTE.search(clause) else ()
    if remote and kind != "summit or ministerial" and len(persons) <= 2:
        kind = "call or video link"
    anaphoric = bool(_ANAPHOR.search(text[max(0, main.start() - 8):main.start()]))
    if all(t.lastgroup == "collective" for t in trig) and not _nearest(
            times, main.start(), u_start, u_end):
        return None  # "ministers agreed" implies a meeting only on a day the clause names
    if main.group(0).lower() == "meetings" and not persons:
        return None  # "the meetings were part of ...": several events, none identified
    if not (persons or groups or city or anaphoric):
        return None  # "the peace talks are ongoing": no one, nowhere
    prov = Provenance(article.id, main.start(), main.end(), main.group(0), s_text,
                      s_start, s_end)
    return _Mention(
        prov, published, order, "trigger", kind, status, tuple(persons), tuple(groups),
        remote, city, venue, resolved, hours, hours_text,
        anaphoric and not (groups or city), bool(_SAME_DAY.search(s_text)), later,
    )


def _fold_siblings(found: list[_Mention]) -> list[_Mention]:
    """Fold a clause naming nobody into the first clause of the same sentence that names
    someone ("During his visit to Kiev on Thursday, the NATO chief held talks with ...")."""
    base = next((m for m in found if m.persons), None)
    if base is None:
        return found
    loose = [m for m in found if not (m.persons or m.groups or m.anaphoric or m.later)]
    merged = base
    for m in loose:
        merged = replace(
            merged,
            kind=min(merged.kind, m.kind, key=_KIND_PRIORITY.index),
            place=merged.place or m.place, venue=merged.venue or m.venue,
            date=merged.date or m.date,
            status=m.status if m.status in ("cancelled", "planned") else merged.status,
        )
    return [merged if m is base else m for m in found if m not in loose]


def _presence(article: Article, sent: Sentence, order: int, s_refs: list[_PersonRef]
              ) -> _Mention | None:
    """A sentence without a trigger that puts people in a place ("said Austin in
    Ramstein"); kept only if an event of the article is there (checked when merging)."""
    text = article.text
    s_start, s_end, s_text = sent.start, sent.end, sent.text
    for p_start, p_end, surface in _places(text, s_start, s_end):
        near = [r for r in s_refs if not r.modifier and abs(r.end - p_start) <= 12]
        if near:
            city, venue = _place_of(surface)
            prov = Provenance(article.id, p_start, p_end, surface, s_text, s_start, s_end)
            return _Mention(
                prov, article.published, order, "presence", "bilateral meeting", "held",
                tuple(dict.fromkeys(r.person.name for r in near)), (), (), city, venue,
                None, None, "", False, False,
            )
    return None


# --- merging ----------------------------------------------------------------------------
def _overlap(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _compatible(m: _Mention, ev: _Event) -> int:
    """How well mention ``m`` fits event ``ev`` (0 = it cannot be the same event)."""
    if not _overlap(m.date, ev.best_date()):
        return 0
    if m.place and ev.place and m.place != ev.place:
        return 0
    held = {"held", "ongoing"}
    if (m.status == "cancelled" and ev.statuses & held) or (
            m.status in held and "cancelled" in ev.statuses):
        return 0
    family = "summit" if m.kind == "summit or ministerial" else "small"
    named = {g for g in m.groups if g in _NAMED_ORGS}
    if named and ev.named_groups and not named & ev.named_groups:
        return 0
    mine, theirs = set(m.persons), ev.persons
    score = 0
    if mine and theirs and (mine <= theirs or theirs <= mine):
        score = 4
    elif family == ev.family == "summit" and (not mine or not theirs or mine & theirs
                                             or family == "summit"):
        score = 3
    elif m.place and m.place == ev.place and family == ev.family and not (mine and theirs):
        score = 2
    if not score:
        return 0
    same_place = bool(m.place and m.place == ev.place)
    return score + same_place + (family == ev.family)


def _merge_article(mentions: list[_Mention]) -> list[_Event]:
    primary = [m for m in mentions if m.role == "trigger" and not m.anaphoric]
    primary.sort(key=lambda m: (
        _PRECISION_RANK[m.date.precision] if m.date else 9, -len(m.persons),
        m.place is None, m.prov.start,
    ))
    found: list[_Event] = []
    for m in primary:
        _place_mention(m, found)
    for m in (m for m in mentions if m.anaphoric):
        target = _antecedent(m, found)
        if target is not None:
            target.mentions.append(m)
        elif m.persons:  # "who joined the meeting via video": no antecedent, merge anew
            _place_mention(m, found)
    for m in (m for m in mentions if m.role == "presence"):
        for ev in found:
            if ev.place == m.place and any(x.role == "trigger" for x in ev.mentions):
                ev.mentions.append(m)
                break
    return found


def _place_mention(m: _Mention, found: list[_Event]) -> None:
    """Add ``m`` to the event it fits best, or open a new event."""
    scored = [(_compatible(m, ev), i) for i, ev in enumerate(found)]
    best = max(scored, default=(0, -1))
    if best[0] > 0:
        found[best[1]].mentions.append(m)
    else:
        found.append(_Event([m]))


def _antecedent(m: _Mention, found: list[_Event]) -> _Event | None:
    """The latest event mentioned before anaphor ``m`` that it can refer to."""
    noun = m.prov.surface.lower()
    best: tuple[tuple[bool, int], _Event] | None = None
    for ev in found:
        for x in ev.mentions:
            if x.anaphoric or x.prov.start >= m.prov.start:
                continue
            if m.order - x.order > _ANAPHOR_WINDOW:
                continue
            if m.persons and not set(m.persons) & ev.persons:
                continue
            if noun in ("talks", "negotiations", "visit") and ev.family == "summit":
                continue
            if noun in ("summit", "conference") and ev.family != "summit":
                continue
            if not _overlap(m.date, ev.best_date()):
                continue
            # an event naming all the anaphor's people beats a later one naming some
            rank = (set(m.persons) <= ev.persons, x.prov.start)
            if best is None or rank > best[0]:
                best = (rank, ev)
    return best[1] if best else None


def _merge_across(found: list[_Event]) -> list[_Event]:
    """Join events of different articles dated to overlapping days with the same people
    (or the same place and kind)."""
    out: list[_Event] = []
    for ev in found:
        d = ev.best_date()
        target = None
        for other in out:
            od = other.best_date()
            if d is None or od is None or not _overlap(d, od):
                continue
            if {m.prov.source_id for m in other.mentions} & {
                    m.prov.source_id for m in ev.mentions}:
                continue
            same_people = bool(ev.persons and other.persons) and (
                ev.persons <= other.persons or other.persons <= ev.persons)
            same_place = bool(ev.place and ev.place == other.place
                              and ev.family == other.family)
            if (same_people or same_place) and not (
                    ev.place and other.place and ev.place != other.place):
                target = other
                break
        if target is None:
            out.append(ev)
        else:
            target.mentions += ev.mentions
    return out


# --- rows -------------------------------------------------------------------------------
def _channel(orgs: set[str], groups: set[str]) -> str:
    """The lane of the timeline, from the orgs of the participants and named groups."""
    europe = orgs - {"United States", "Russia", "Ukraine", "NATO"}
    if {"United States", "Russia"} <= orgs:
        return "US-Russia"
    if "Russia" in orgs and (europe or "European Union" in groups):
        return "Europe-Russia"
    if "Russia" in orgs or "CSTO" in groups:
        return "Russia-partners"
    if "Ukraine" in orgs:
        others = orgs - {"Ukraine"}
        multilateral = bool(groups & vocab.MULTILATERAL_ORGS)
        if others == {"United States"} and not multilateral:
            return "US-Ukraine"
        return "Ukraine-allies"
    if "NATO" in orgs or "NATO" in groups:
        return "NATO"
    if groups & {"allies", "Ukraine Defense Contact Group"}:
        return "Ukraine-allies"
    return "other"


def _event_row(ev: _Event, people: People) -> dict[str, object]:
    ms = sorted(ev.mentions, key=lambda m: (m.prov.source_id, m.prov.start))
    first = ms[0]
    resolved = ev.best_date()
    if resolved is not None:
        start, end = resolved.start, resolved.end
        precision: str = resolved.precision
        src = next(m for m in ms if m.date == resolved)
        basis = f"{resolved.basis} ({src.prov.source_id}, chars {src.prov.start}-)"
    else:
        start = end = first.published
        precision = "unknown"
        basis = (f"inferred: no time expression in any mention; publication date of "
                 f"{first.prov.source_id}")
    persons = sorted(ev.persons)
    groups = sorted({g for m in ms for g in m.groups})
    by_org: dict[str, list[str]] = {}
    roles = []
    for name in persons:
        person = people.resolve(name)
        role = person.role_on(start) if person else None
        org = person.org_on(start) if person else None
        roles.append(role or "")
        by_org.setdefault(org or "unknown", []).append(name)
    kind = min((m.kind for m in ms if m.role == "trigger"), key=_KIND_PRIORITY.index,
               default="bilateral meeting")
    status = min((m.status for m in ms if m.role == "trigger"), key=_STATUS_PRIORITY.index,
                 default="held")
    hours = next((m.duration_hours for m in ms if m.duration_hours is not None), None)
    placed = next((m for m in ms if m.place), None)
    place = placed.place if placed else None
    venue = next((m.venue for m in ms if m.venue), None)
    remote = sorted({p for m in ms for p in m.remote})
    channel = _channel(set(by_org) - {"unknown"}, set(groups))
    who = ", ".join(persons) or ", ".join(groups) or "unnamed participants"
    where = ", ".join(x for x in (venue, place) if x and x != venue) if venue else place
    when = start.isoformat() if precision in ("day", "unknown") else (
        f"{start.isoformat()}..{end.isoformat()}")
    if placed is not None and placed.place_basis == "dateline" and not venue:
        where = f"{where} (place from dateline)"
    summary = (f"{kind}: {who}" + (f" at {where}" if where else "")
               + f", {when}" + (" (date inferred)" if precision == "unknown" else "")
               + f" [{status}]")
    return {
        "kind": kind, "status": status, "participants": tuple(persons),
        "participant_roles": tuple(roles), "groups": tuple(groups),
        "delegation": " | ".join(f"{org}: {', '.join(n)}" for org, n in sorted(by_org.items())),
        "place": place, "venue": venue, "remote": tuple(remote),
        "date_start": pd.Timestamp(start), "date_end": pd.Timestamp(end),
        "date_precision": precision, "date_basis": basis,
        "duration_hours": float("nan") if hours is None else hours,
        "duration_text": next((m.duration_text for m in ms if m.duration_text), ""),
        "sources": tuple(dict.fromkeys(m.prov.source_id for m in ms)),
        "mentions": tuple(m.prov for m in ms), "n_mentions": len(ms),
        "channel": channel, "summary": summary,
        "_first": (first.prov.source_id, first.prov.start),
    }


def _all_mentions(corpus: Iterable[Article], people: People
                  ) -> list[tuple[Article, list[_Mention]]]:
    names = _name_pattern(people)
    return [(a, _article_mentions(a, people, names)) for a in corpus]


def _same_day(found: list[_Event]) -> None:
    """Give a mention saying "on the same day as the meeting with X" that meeting's date."""
    for ev in found:
        if ev.best_date() is not None:
            continue
        for m in ev.mentions:
            if not m.same_day:
                continue
            sources = [
                (x.prov.start, other) for other in found if other is not ev
                for x in other.mentions
                if x.prov.source_id == m.prov.source_id and x.order == m.order
            ]
            dated = [o for _, o in sorted(sources, key=lambda t: t[0])
                     if o.best_date() is not None]
            if dated:
                ref = dated[0].best_date()
                assert ref is not None
                basis = f"'the same day' as the meeting in the same sentence: {ref.basis}"
                i = ev.mentions.index(m)
                ev.mentions[i] = replace(m, date=replace(ref, basis=basis))
                break


def event_mentions(corpus: Iterable[Article], people: People | None = None) -> pd.DataFrame:
    """Every clause that reports a meeting, before merging: one row per mention.

    ``role`` is "trigger" (a meeting word) or "presence" (people put in a place).

    >>> from aidlib.corpus import load_corpus
    >>> rows = event_mentions(load_corpus())
    >>> bool((rows.apply(lambda r: r.sentence[r.start - r.sentence_start:
    ...       r.end - r.sentence_start] == r.surface, axis=1)).all())
    True
    """
    people = people or load_people()
    rows = []
    for _, found in _all_mentions(corpus, people):
        for m in found:
            rows.append({
                "source_id": m.prov.source_id, "published": pd.Timestamp(m.published),
                "start": m.prov.start, "end": m.prov.end, "surface": m.prov.surface,
                "sentence": m.prov.sentence, "sentence_start": m.prov.sentence_start,
                "sentence_end": m.prov.sentence_end, "role": m.role, "kind": m.kind,
                "status": m.status, "participants": m.persons, "groups": m.groups,
                "remote": m.remote, "place": m.place, "venue": m.venue,
                "date_start": pd.Timestamp(m.date.start) if m.date else pd.NaT,
                "date_end": pd.Timestamp(m.date.end) if m.date else pd.NaT,
                "date_precision": m.date.precision if m.date else "unknown",
                "date_basis": m.date.basis if m.date else "",
                "date_surface": m.date.expression if m.date else "",
                "duration_hours": float("nan") if m.duration_hours is None
                else m.duration_hours,
                "duration_text": m.duration_text, "anaphoric": m.anaphoric,
            })
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def events(corpus: Iterable[Article], people: People | None = None) -> pd.DataFrame:
    """One row per meeting, visit, talks or summit, merged over sentences and articles.

    Columns are listed in the module docstring; rows are sorted by date, then source.
    """
    people = people or load_people()
    per_article: list[_Event] = []
    for _, found in _all_mentions(corpus, people):
        merged = _merge_article(found)
        _same_day(merged)
        per_article += merged
    rows = [_event_row(ev, people) for ev in _merge_across(per_article)]
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=list(EVENT_COLUMNS))
    counters: dict[str, int] = {}
    ids = {}
    for key in sorted(table["_first"]):
        counters[key[0]] = counters.get(key[0], 0) + 1
        ids[key] = f"{key[0]}:e{counters[key[0]]:02d}"
    table["event_id"] = table["_first"].map(ids)
    table = table.sort_values(["date_start", "event_id"]).reset_index(drop=True)
    return table[list(EVENT_COLUMNS)]


# --- gold and scoring -------------------------------------------------------------------


def __getattr__(name: str) -> Any:
    """The scoring names that moved to :mod:`aidlib.evaluate.events`, still found here."""
    if name in ("EventScores", "load_gold_events", "score_events"):
        from .evaluate import events as scoring

        return getattr(scoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
