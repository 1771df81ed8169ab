"""The records the event stages share: a mention's provenance (public), a person named in
a clause, one mention of a meeting, and an event being merged from mentions.
"""

from __future__ import annotations

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


@dataclass
class Event:
    mentions: list[Mention] = field(default_factory=list)

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
    def side(self) -> bool:
        """A meeting on the margins of a gathering (never merged with the gathering)."""
        return any(m.side for m in self.mentions if m.role == "trigger")

    @property
    def named_groups(self) -> set[str]:
        return {g for m in self.mentions for g in m.groups if g in NAMED_ORG_LABELS}

    def best_date(self) -> ResolvedDate | None:
        dated = [m.date for m in self.mentions if m.date is not None]
        if not dated:
            return None
        # the finest precision; among days, a span of several ("two days of talks that
        # begin tomorrow") over one of them ("the talks open tomorrow")
        return min(dated, key=lambda d: (PRECISION_RANK[d.precision],
                                         -(d.end - d.start) if d.precision == "day"
                                         else d.end - d.start))


# Org groups that identify one organisation (two summits of different ones never merge).
NAMED_ORG_LABELS = vocab.NAMED_ORGS
