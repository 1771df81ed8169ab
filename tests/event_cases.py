"""What the meeting-family tests read of the events aidlib finds in one short text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

import pandas as pd

from aidlib.events import events
from tests.test_event_families9 import _day
from tests.test_events import article

# A field a test compares, from a row of the events table.
_FIELDS: dict[str, Callable[[Mapping[Any, Any]], Any]] = {
    "kind": lambda r: r["kind"],
    "status": lambda r: r["status"],
    "start": lambda r: _day(r["date_start"]),
    "end": lambda r: _day(r["date_end"]),
    "place": lambda r: "" if pd.isna(r["place"]) else r["place"],
    "groups": lambda r: frozenset(r["groups"]),
    "people": lambda r: sorted(r["participants"]),
}


def event_fields(text: str, published: date, fields: Sequence[str]) -> list[dict[str, Any]]:
    """Each event of ``text`` (an article published on ``published``) as the ``fields``
    named: kind, status, start and end (days), place, groups, people (sorted)."""
    table = events([article(text, published)])
    return [{f: _FIELDS[f](r) for f in fields} for r in table.to_dict("records")]
