"""The per-article document the claim stages share: the text, its publication day and
outlet, the names found in it once (people, actors, pronouns, media), and its clauses;
plus the records the stages pass on (a name found, an attribution, a figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import Any, Final

from ..gazetteer import Actors
from ..literals import alternation
from ..people import People, holds_title
from ..text import Sentence
from .patterns import (
    CLAUSE_BREAK,
    FRONTED_PERSON_ANAPHOR,
    INSTITUTION,
    MEDIA_ANAPHOR,
    ORG_PRONOUN,
    PERSON_ANAPHOR,
    PRONOUN,
    SPEAKER_CUE_BEFORE,
    SPOKESPEOPLE_AFTER,
    SUBJECT_GAP,
    TITLE_AFTER,
    VERB,
)

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Name:
    """A name found in the text: a person, an actor, a pronoun or a media anaphor."""

    start: int
    end: int
    name: str  # canonical name ("" for a pronoun before resolution)
    kind: str  # "person" | "actor" | "pronoun" | "media_anaphor"
    type: str  # actor type, "person", or for "it"/"they" the pronoun (see R.ORG_PRONOUNS)


@dataclass(frozen=True)
class Attribution:
    """Reported speech in a sentence: who, with which verb, and where."""

    verb_start: int
    verb_end: int
    label: str  # said | announced | reported | according_to
    speaker: str
    speaker_role: str | None
    text_start: int
    text_end: int
    inverted: bool  # "said X": content comes before the verb
    forward: bool = False  # reports only what follows the verb ("put the cost at $X")


@dataclass(frozen=True)
class Figure:
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
    names = alternation(table, case_sensitive=True)
    # the names' first letters first: the same matches, but the engine skips at once the
    # words no name starts with instead of trying every name at each one
    starts = "(?=[" + "".join(sorted({re.escape(s[0]) for s in table})) + "])" if table else ""
    return re.compile(rf"(?<![\w]){starts}(?:{names})(?![\w])"), table


_OWNER_GAP: Final = re.compile(r"(?:['’]s)?\s+")  # "Germany's ", "German "


def _of_another_country(text: str, prev: Name | None, name: Name) -> bool:
    """True where ``name`` is a country's institution by a name other states' bodies share
    ("Federal Council", "Cabinet of Ministers": a spelling of more than one word with no
    word of the country's own name, so not "United States" or "Czech Republic") and another
    country's name or demonym owns it right before ("Germany's Federal Council", "the
    Austrian Federal Council"): the phrase names that other country's body."""
    surface = text[name.start : name.end]
    return (prev is not None and name.type == "country" and prev.type == "country"
            and prev.kind == "actor" and prev.name != name.name and " " in surface
            and not set(surface.lower().split()) & set(name.name.lower().split())
            and _OWNER_GAP.fullmatch(text, prev.end, name.start) is not None)


_POSSESSIVE_S: Final = re.compile(r"['’]s(?![\w-])")  # "Germany's Jo Roe": an apposition


def scan_names(text: str, people: People, actors: Actors) -> list[Name]:
    pattern, table = _name_pattern(people, actors)
    found = [
        Name(m.start(), m.end(), *table[m.group()]) for m in pattern.finditer(text)
    ]
    found = [n for prev, n in zip([None, *found], found, strict=False)
             if not (n.kind == "actor" and _of_another_country(text, prev, n))]
    found += [
        Name(m.start(), m.end(), "", "pronoun", "person") for m in PRONOUN.finditer(text)
    ]
    # "the NATO chief" is a title over an actor's name: only people and pronouns hide one
    spans = sorted((n.start, n.end) for n in found if n.kind != "actor")
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end up to each name
    found += [  # "the minister said": a title standing for the last person named
        Name(m.start(), m.end(), "", "pronoun", "person")
        for m in PERSON_ANAPHOR.finditer(text)
        if not ((i := bisect_left(starts, m.end())) and reach[i - 1] > m.start())  # no overlap
    ]
    actor_at = {n.start: n for n in found if n.kind == "actor"}
    found += [  # "According to the Premier, Romania has ...": the title opens no apposition
        Name(m.start("a"), m.end("a"), "", "pronoun", "person")
        for m in FRONTED_PERSON_ANAPHOR.finditer(text)
        if m.end() in actor_at and not _POSSESSIVE_S.match(text, actor_at[m.end()].end)
    ]
    found += [
        Name(m.start(), m.end(), "", "pronoun", m.group().lower())
        for m in ORG_PRONOUN.finditer(text)
    ]
    found += [
        Name(m.start(), m.end(), "", "media_anaphor", "media")
        for m in MEDIA_ANAPHOR.finditer(text)
    ]
    return sorted(found, key=lambda m: m.start)


def is_title(text: str, m: Name) -> bool:
    """True where a country or body name is part of a title ("UK Defense Secretary")."""
    return bool(TITLE_AFTER.match(text, m.end, min(len(text), m.end + 40)))


def _institution_end(text: str, m: Name) -> int | None:
    """End of "government"/"ministry"/... right after a country's name, or None."""
    if m.kind != "actor" or m.type != "country":
        return None
    inst = INSTITUTION.match(text, m.end, min(len(text), m.end + 40))
    return inst.end() if inst else None


def is_subject(text: str, m: Name, verb_start: int) -> bool:
    """True where ``m`` is the subject of a reported-speech verb at ``verb_start``: right
    before it ("Stoltenberg also said"), or a country's institution ("the Swedish
    government said"); a name inside a title ("UK Defense Secretary") is not."""
    if SUBJECT_GAP.match(text[m.end : verb_start]) and not is_title(text, m):
        return True
    if m.kind == "actor" or m.type == "its":  # "Kyiv officials said", "the World Bank's
        # latest assessment puts", "its latest update puts"
        spokes = SPOKESPEOPLE_AFTER.match(text, m.end, verb_start)
        if spokes and SUBJECT_GAP.match(text[spokes.end() : verb_start]):
            return True
    end = _institution_end(text, m)
    return end is not None and end <= verb_start and bool(
        SUBJECT_GAP.match(text[end:verb_start]))


# --------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class Document:
    """What the rules need to know about one article."""

    text: str
    published: date
    outlet: str
    people: People
    actors: Actors
    mentions: tuple[Name, ...]
    starts: tuple[int, ...]

    def mentions_in(self, start: int, end: int) -> list[Name]:
        i = bisect_right(self.starts, start - 1)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def antecedent(self, before: int, kind: str) -> Name | None:
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

    def org_antecedent(self, before: int, types: Sequence[str]) -> Name | None:
        """The last actor of ``types`` named as a speaker before ``before`` ("..., the
        Ukrainian Air Force said", "according to the Pentagon"), for "it"/"they"."""
        i = bisect_right(self.starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.kind == "actor" and m.type in types and m.end <= before:
                verb = VERB.search(self.text, m.end, min(len(self.text), m.end + 80))
                if (verb and " ".join(verb.group("verb").lower().split())
                         not in ("according to", "attributed to", "per")
                        and is_subject(self.text, m, verb.start())) or (
                        SPEAKER_CUE_BEFORE.search(self.text, max(0, m.start - 30), m.start)):
                    return m
            i -= 1
        return None


# Short forms of titles as roles spell them ("the PM" -> "prime minister").
_ROLE_SPELLINGS: Final = {"pm": "prime minister", "premier": "prime minister",
                          "head of state": "president"}
_TITLE_REACH: Final = 3000  # characters back to the person a title stands for


def titled_antecedent(ctx: Document, m: Name) -> Name | None:
    """The person a title standing alone stands for ("the PM", "the German chancellor",
    "the Ukrainian leader"): the last person named before it whose role on the day
    (``people.yaml``) holds the title's words and is the title's country's; None when no
    such person is named (a plain "he" or a title no listed role holds: the caller reads
    on to the last person named)."""
    words = ctx.text[m.start : m.end].split()[1:]  # without "the"
    if not words:
        return None
    orgs = [w[:1].isupper() and (a := ctx.actors.resolve(re.sub(r"['’]s$", "", w))
                                 ) is not None and a.type in ("country", "alliance")
            and a.name for w in words]
    country = next((o for o in orgs if o), None)
    # a capitalized title word is a title word too ("the President said"); only a country
    # or union is not ("the German Chancellor")
    title = " ".join(_ROLE_SPELLINGS.get(w.lower(), w.lower())
                     for w, o in zip(words, orgs, strict=True) if not o)
    title = _ROLE_SPELLINGS.get(title, title)
    for n in reversed(ctx.mentions_in(max(0, m.start - _TITLE_REACH), m.start)):
        person = ctx.people.resolve(n.name) if n.kind == "person" else None
        if person is None or n.end > m.start:
            continue
        role = (person.role_on(ctx.published) or "").lower()
        if role and (country is None or person.org_on(ctx.published) == country) and (
                not title or holds_title(role, title) or title in ("leader", "chief")):
            return n
    return None


def clause_of(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence containing ``pos``."""
    starts = _clause_starts(text, sent.start, sent.end)
    i = bisect_right(starts, pos) - 1
    lo = starts[max(i, 0)]
    hi = starts[i + 1] if i + 1 < len(starts) else sent.end
    return lo, hi


@lru_cache(maxsize=256)
def _clause_starts(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where each clause of the sentence ``text[start:end]`` starts (found once a sentence,
    so a sentence of many figures costs linear time)."""
    cuts = [start] + [m.end() for m in CLAUSE_BREAK.finditer(text, start, end)]
    return tuple(sorted(set(cuts)))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=64)
def paragraph_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where every paragraph break of ``text`` starts, and where each ends (once a text)."""
    spans = [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]
