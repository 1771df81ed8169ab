"""The records the event stages share: a mention's provenance (public), a person named in
a clause, one mention of a meeting, and an event being merged from mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .. import event_vocab as vocab
from ..dates import ResolvedDate
from ..people import Person

# Kinds by priority when several triggers or mentions describe one event: a visit that
# included talks is a visit; talks held at a meeting are talks.
KIND_PRIORITY = ("summit or ministerial", "visit", "call or video link", "talks",
                  "bilateral meeting")
STATUS_PRIORITY = ("cancelled", "ongoing", "held", "planned")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


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
class SourceView:
    """What one article reports of an event merged across articles: its people, status and
    days there (an article written before the meeting calls it planned, one after held)."""

    source_id: str
    participants: tuple[str, ...]
    status: str
    date_start: date
    date_end: date

    def __str__(self) -> str:
        days = self.date_start.isoformat() + (
            f"..{self.date_end.isoformat()}" if self.date_end != self.date_start else "")
        return (f"{self.source_id}: {self.status} {days}"
                + (f" ({', '.join(self.participants)})" if self.participants else ""))


@dataclass(frozen=True)
class PersonRef:
    """A person named in the text (by alias or by a title held that day)."""

    person: Person
    start: int
    end: int
    speaker: bool
    modifier: bool


@dataclass(frozen=True)
class Mention:
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
    side: bool = False  # held on the margins of a gathering ("on the sidelines of")
    # dated from the event reported before it: (signed count, unit), "a day earlier" = (-1,
    # "day"); resolved when merging (:func:`aidlib.events.merge.link_offsets`)
    offset: tuple[int, str] | None = None
    indefinite: bool = False  # "a conference", "an emergency summit": a new gathering
    # "He also met <representatives, officials, ...>": a further meeting of a visit with an
    # unnamed group, a row of its own (guide v2.2: several meetings during one visit)
    also_group: bool = False
    # a stop of a tour named in its own clause ("began in <City> on Monday"): one event
    # only with mentions of the same city
    stop: bool = False
    # companions of a visitor ("With him were A and B"): the visitor the sentence's pronoun
    # or title names ("" when unknown); None for every other mention
    companion_of: str | None = None


@dataclass(frozen=True)
class _Summary:
    """What an event's mentions say together (see :class:`Event`)."""

    persons: frozenset[str]
    place: str | None
    statuses: frozenset[str]
    family: str
    side: bool
    named_groups: frozenset[str]
    best_date: ResolvedDate | None


@dataclass
class Event:
    """Mentions merged into one event. What they say together is worked out once for the
    mentions it holds (a mention added or replaced: again), not at every question: merging
    asks it of every event for every mention (a long sentence of meetings: quadratic)."""

    mentions: list[Mention] = field(default_factory=list)
    _seen: tuple[Mention, ...] | None = field(default=None, repr=False, compare=False)
    _said: _Summary | None = field(default=None, repr=False, compare=False)

    def _summary(self) -> _Summary:
        key = tuple(self.mentions)  # the mentions themselves: equal only to the same ones
        seen, said = self._seen, self._said
        if said is None or seen is None:
            said = _summarize(key)
        elif seen != key:  # mentions added at the end: only those read; else all again
            added = len(key) > len(seen) and key[:len(seen)] == seen
            said = _joined(said, _summarize(key[len(seen):])) if added else _summarize(key)
        self._seen, self._said = key, said
        return said

    @property
    def persons(self) -> set[str]:
        return set(self._summary().persons)

    @property
    def place(self) -> str | None:
        return self._summary().place

    @property
    def statuses(self) -> set[str]:
        return set(self._summary().statuses)

    @property
    def family(self) -> str:
        return self._summary().family

    @property
    def side(self) -> bool:
        """A meeting on the margins of a gathering (never merged with the gathering)."""
        return self._summary().side

    @property
    def named_groups(self) -> set[str]:
        return set(self._summary().named_groups)

    def best_date(self) -> ResolvedDate | None:
        return self._summary().best_date


_WEEKEND = re.compile(r"\bweekend\b", re.IGNORECASE)


def _date_rank(d: ResolvedDate) -> tuple[int, int]:
    """The finest precision first; among days, a span of several ("two days of talks that
    begin tomorrow") before one of them ("the talks open tomorrow")."""
    span = (d.end - d.start).days
    if d.precision == "day" and span and _WEEKEND.search(d.expression):
        # "over the weekend" is both days for want of one: after a day a mention names
        # ("On Sunday, <X> hosted ..."), as two days of its own are not
        return PRECISION_RANK[d.precision], 1
    return PRECISION_RANK[d.precision], -span if d.precision == "day" else span


def _summarize(mentions: tuple[Mention, ...]) -> _Summary:
    summit = any(m.kind == "summit or ministerial" for m in mentions)
    dated = [m.date for m in mentions if m.date is not None]
    best = min(dated, key=_date_rank) if dated else None
    return _Summary(
        persons=frozenset(p for m in mentions for p in m.persons),
        place=next((m.place for m in mentions if m.place), None),
        statuses=frozenset(m.status for m in mentions),
        family="summit" if summit else "small",
        side=any(m.side for m in mentions if m.role == "trigger"),
        named_groups=frozenset(g for m in mentions for g in m.groups
                               if g in NAMED_ORG_LABELS),
        best_date=best,
    )


def _joined(a: _Summary, b: _Summary) -> _Summary:
    """The summary of mentions ``a`` then mentions ``b`` (on a tie, ``a``'s date: the
    first of the mentions, as :func:`_summarize` picks)."""
    dates = [d for d in (a.best_date, b.best_date) if d is not None]
    return _Summary(
        persons=a.persons | b.persons, place=a.place or b.place,
        statuses=a.statuses | b.statuses,
        family="summit" if "summit" in (a.family, b.family) else "small",
        side=a.side or b.side, named_groups=a.named_groups | b.named_groups,
        best_date=min(dates, key=_date_rank) if dates else None,
    )


# Org groups that identify one organisation (two summits of different ones never merge).
NAMED_ORG_LABELS = vocab.NAMED_ORGS
