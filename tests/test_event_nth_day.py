"""Which day of a multi-day meeting a clause reports ("the second and final day of ...")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aidlib.corpus import Article, ArticleMeta
from aidlib.events.detect import article_mentions
from aidlib.events.participants import name_pattern
from aidlib.people import load_people

DAY = date(2025, 12, 3)  # a Wednesday


def _dates(text: str) -> list[tuple[date, date] | None]:
    meta = ArticleMeta(
        id="hand", file="hand.txt", headline="hand-made", language="en", published=DAY,
        published_earliest=DAY, published_latest=DAY,
        date_evidence="a hand-made text for a date test", sha256="0" * 64, added=DAY)
    people = load_people()
    found = article_mentions(Article(meta=meta, path=Path("hand.txt"), text=text),
                             people, name_pattern(people))
    return [(m.date.start, m.date.end) if m.date else None for m in found]


CASES = {
    "final day under way": (
        "The third and final day of the donor conference is under way in Vienna.",
        [(date(2025, 12, 1), DAY)]),
    "second day, dated": (
        "Ministers met on Tuesday for the second day of the summit in Rome.",
        [(date(2025, 12, 1), date(2025, 12, 2))]),
    "no ordinal day": ("The donor conference is under way in Vienna.", [None]),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_nth_day_of_a_meeting(case: tuple[str, list[tuple[date, date] | None]]) -> None:
    text, expected = case
    assert _dates(text) == expected
