"""Presence cues: people a later sentence puts at the gathering just reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aidlib.corpus import Article, ArticleMeta
from aidlib.events.detect import article_mentions
from aidlib.events.merge import merge_article
from aidlib.events.participants import name_pattern
from aidlib.people import load_people

DAY = date(2025, 12, 3)


def _participants(text: str) -> list[set[str]]:
    meta = ArticleMeta(
        id="hand", file="hand.txt", headline="hand-made", language="en", published=DAY,
        published_earliest=DAY, published_latest=DAY,
        date_evidence="a hand-made text for a presence test", sha256="0" * 64, added=DAY)
    people = load_people()
    found = merge_article(article_mentions(
        Article(meta=meta, path=Path("hand.txt"), text=text), people, name_pattern(people)))
    return [ev.persons for ev in found]


SUMMIT = "NATO defence ministers gathered in Brussels on Tuesday for a two-day meeting. "
CASES = {
    "who attended": (SUMMIT + "Rutte, who attended in person, promised more air defence.",
                     [{"Mark Rutte"}]),
    "in the room": (SUMMIT + "Zelenskiy and Rutte were also in the room.",
                    [{"Mark Rutte", "Volodymyr Zelensky"}]),
    "no cue": (SUMMIT + "Rutte promised more air defence.", [set()]),
    "planned gathering": ("NATO defence ministers will gather in Brussels next month. "
                          "Rutte, who attended in person last time, was upbeat.", [set()]),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_presence_cue_joins_the_last_gathering(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


VISIT = "Zelenskiy visited Warsaw on Tuesday for talks on air defence. "
PARTS = {
    "during that visit": (VISIT + "During that visit, Zelenskiy also met Rutte.",
                          [{"Volodymyr Zelensky", "Mark Rutte"}]),
    "a later trip": (VISIT + "After that visit, Zelenskiy met Rutte in Berlin on Friday.",
                     [{"Volodymyr Zelensky"}, {"Volodymyr Zelensky", "Mark Rutte"}]),
}


@pytest.mark.parametrize("case", PARTS.values(), ids=PARTS.keys())
def test_meeting_during_that_visit_is_part_of_it(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert sorted(_participants(text), key=len) == expected
