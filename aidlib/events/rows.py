"""Rows: an event as one row of the events table (columns in :mod:`aidlib.events`),
with its lane (``channel``) and one-line summary.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from .. import event_vocab as vocab
from ..people import People
from .mention import KIND_PRIORITY, STATUS_PRIORITY, Event, Mention, SourceView

EVENT_COLUMNS = (
    "event_id", "kind", "status", "participants", "participant_roles", "groups",
    "delegation", "place", "venue", "remote", "date_start", "date_end", "date_precision",
    "date_basis", "duration_hours", "duration_text", "sources", "mentions", "n_mentions",
    "channel", "summary", "by_source",
)
MENTION_COLUMNS = (
    "source_id", "published", "start", "end", "surface", "sentence", "sentence_start",
    "sentence_end", "role", "kind", "status", "participants", "groups", "remote", "place",
    "venue", "date_start", "date_end", "date_precision", "date_basis", "date_surface",
    "duration_hours", "duration_text", "anaphoric",
)


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


def _dates(ev: Event, ms: list[Mention]) -> tuple[date, date, str, str]:
    """First and last day, precision and how the date was found (else inferred)."""
    resolved = ev.best_date()
    if resolved is not None:
        src = next(m for m in ms if m.date == resolved)
        return (resolved.start, resolved.end, resolved.precision,
                f"{resolved.basis} ({src.prov.source_id}, chars {src.prov.start}-)")
    first = ms[0]
    return (first.published, first.published, "unknown",
            f"inferred: no time expression in any mention; publication date of "
            f"{first.prov.source_id}")


def _summary(kind: str, who: str, where: str | None, start: date, end: date,
             precision: str, status: str) -> str:
    """One line: kind, who, where, when, status."""
    when = start.isoformat() if precision in ("day", "unknown") else (
        f"{start.isoformat()}..{end.isoformat()}")
    return (f"{kind}: {who}" + (f" at {where}" if where else "")
            + f", {when}" + (" (date inferred)" if precision == "unknown" else "")
            + f" [{status}]")


def _status(ms: list[Mention], end: date | None) -> str:
    """The status the trigger mentions give, by :data:`STATUS_PRIORITY` (else held); an
    event under way by one undated mention ("while the two were meeting") but dated by
    another to days before publication was held."""
    status = min((m.status for m in ms if m.role == "trigger"), key=STATUS_PRIORITY.index,
                 default="held")
    if status == "ongoing" and end is not None and all(
            end < m.published for m in ms if m.status == "ongoing" and m.date is None):
        status = "held" if all(m.date is None for m in ms if m.status == "ongoing") else status
    return status


def _by_source(ev: Event, ms: list[Mention], start: date, end: date) -> tuple[SourceView, ...]:
    """Per article, what it reports of the event (its own mentions' people, status and
    days; the event's days where its mentions name none)."""
    out = []
    for source in dict.fromkeys(m.prov.source_id for m in ms):
        own = [m for m in ms if m.prov.source_id == source]
        when = Event(own).best_date()
        out.append(SourceView(source, tuple(sorted(Event(own).persons)),
                              _status(own, when.end if when else None),
                              when.start if when else start, when.end if when else end))
    return tuple(out)


def event_row(ev: Event, people: People) -> dict[str, object]:
    """One row of the events table (columns in :mod:`aidlib.events`), plus its sort key."""
    ms = sorted(ev.mentions, key=lambda m: (m.prov.source_id, m.prov.start))
    # the first report of the meeting itself (a presence copied from a meeting on its
    # margins may come before it, and belongs to that meeting's id)
    first = next((m for m in ms if m.role != "presence"), ms[0])
    start, end, precision, basis = _dates(ev, ms)
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
    kind = min((m.kind for m in ms if m.role == "trigger"), key=KIND_PRIORITY.index,
               default="bilateral meeting")
    status = _status(ms, end if precision != "unknown" else None)
    hours = next((m.duration_hours for m in ms if m.duration_hours is not None), None)
    placed = next((m for m in ms if m.place), None)
    place = placed.place if placed else None
    venue = next((m.venue for m in ms if m.venue), None)
    remote = sorted({p for m in ms for p in m.remote})
    channel = _channel(set(by_org) - {"unknown"}, set(groups))
    who = ", ".join(persons) or ", ".join(groups) or "unnamed participants"
    where = ", ".join(x for x in (venue, place) if x and x != venue) if venue else place
    if placed is not None and placed.place_basis == "dateline" and not venue:
        where = f"{where} (place from dateline)"
    summary = _summary(kind, who, where, start, end, precision, status)
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
        "channel": channel, "summary": summary, "by_source": _by_source(ev, ms, start, end),
        "_first": (first.prov.source_id, first.prov.start),
    }
