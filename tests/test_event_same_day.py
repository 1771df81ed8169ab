"""'the same day' dates an undated meeting by the dated one its sentence names by city."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aidlib.corpus import Article, ArticleMeta
from aidlib.events.detect import article_mentions
from aidlib.events.merge import link_same_day, merge_article
from aidlib.events.participants import name_pattern
from aidlib.people import load_people

DAY = date(2025, 12, 5)  # a Friday


def _days(text: str) -> list[date | None]:
    meta = ArticleMeta(
        id="hand", file="hand.txt", headline="hand-made", language="en", published=DAY,
        published_earliest=DAY, published_latest=DAY,
        date_evidence="a hand-made text for a date test", sha256="0" * 64, added=DAY)
    people = load_people()
    found = merge_article(article_mentions(
        Article(meta=meta, path=Path("hand.txt"), text=text), people, name_pattern(people)))
    link_same_day(found)
    return sorted((d.start if (d := ev.best_date()) else None for ev in found),
                  key=lambda d: (d is None, d))


FIRST = "Rutte met Zelenskiy in Vienna on Tuesday to discuss air defence. "
CASES = {
    "city named before": (
        FIRST + "The Vienna talks fell on the same day that NATO ministers convened in Paris.",
        [date(2025, 12, 2), date(2025, 12, 2)]),
    "other city": (
        FIRST + "The Oslo talks fell on the same day that NATO ministers convened in Paris.",
        [date(2025, 12, 2), None]),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_same_day_as_a_meeting_named_by_city(case: tuple[str, list[date | None]]) -> None:
    text, expected = case
    assert _days(text) == expected
