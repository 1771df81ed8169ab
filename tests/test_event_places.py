"""Places named as a country's capital, many-party meetings, habitual talks and "the two
ministers" (new sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.test_events import article

DAY = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(("text", "place"), [
    ("Rutte met Umerov in the Polish capital on Thursday.", "Warsaw"),
    ("The first round of talks was held in the Emirati capital on Tuesday, Umerov said.",
     "Abu Dhabi"),
    ("Kallas met Zelensky in Ukraine's capital on Thursday.", "Kyiv"),
    ("Starmer hosted Zelensky in the British capital on Thursday.", "London"),
    ("Austin met Pistorius in Germany’s capital on Thursday.", "Berlin"),
])
def test_a_capital_named_by_its_country(text: str, place: str) -> None:
    assert list(events([article(text, DAY)]).place) == [place]


def test_the_capital_of_no_known_country_is_no_place() -> None:
    table = events([article("Rutte met Umerov in the regional capital on Thursday.", DAY)])
    assert table.place.isna().all()


@pytest.mark.parametrize("text", [
    "Governments pledged $6bn at a one-day donor meeting in Warsaw on Thursday.",
    "Ministers gathered for a pledging session in Oslo on Thursday.",
    "Diplomats attended a high-level international meeting in Vienna on Thursday.",
])
def test_a_many_party_meeting_is_a_summit(text: str) -> None:
    assert list(events([article(text, DAY)]).kind) == ["summit or ministerial"]


@pytest.mark.parametrize("text", [
    "Kyiv has raised the gap repeatedly in talks with the IMF and G7 governments.",
    "Officials regularly meet their Polish counterparts in Warsaw.",
])
def test_habitual_talks_are_no_event(text: str) -> None:
    assert events([article(text, DAY)]).empty


def test_the_two_ministers_are_the_pair_not_the_next_clause() -> None:
    text = ("Kallas met Umerov in Warsaw on Thursday. While the two ministers were meeting, "
            "Mark Rutte was in Kyiv.")
    table = events([article(text, DAY)])
    assert [set(p) for p in table.participants] == [{"Kaja Kallas", "Rustem Umerov"}]
