"""Meetings on the margins of a gathering: an event of their own, whose people were at
the gathering too, dated and placed by it when they say nothing of their own."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.test_events import article

DAY = date(2024, 7, 12)  # a Friday

# text -> (the side meeting's people, the gathering's people, the side meeting's day)
Case = tuple[str, set[str], set[str], str]
CASES: dict[str, Case] = {
    "sidelines, comma": (
        "NATO leaders gathered in Vilnius on Tuesday for a summit. Emmanuel Macron met Keir "
        "Starmer in Vilnius on Wednesday, on the sidelines of the summit.",
        {"Emmanuel Macron", "Keir Starmer"}, {"Emmanuel Macron", "Keir Starmer"}, "2024-07-10"),
    "after meeting X on the sidelines": (
        "Deputy Prime Minister Richard Marles pledged the loan on Wednesday after meeting Dmytro "
        "Kuleba on the sidelines of the alliance summit held in Washington.",
        {"Richard Marles", "Dmytro Kuleba"}, {"Richard Marles", "Dmytro Kuleba"},
        "2024-07-10"),
    "margins, undated: the gathering's day": (
        "EU farm ministers met in Brussels on Monday. Margus Tsahkna and Dmytro Kuleba "
        "then had a bilateral meeting on the margins of that Council session.",
        {"Margus Tsahkna", "Dmytro Kuleba"}, {"Margus Tsahkna", "Dmytro Kuleba"}, "2024-07-08"),
    "during the summit": (
        "The two-day summit of NATO leaders opened in Washington on Tuesday. Keir Starmer "
        "held talks with Mark Rutte during the alliance's summit.",
        {"Keir Starmer", "Mark Rutte"}, {"Keir Starmer", "Mark Rutte"}, "2024-07-09"),
    "on the NATO sidelines": (
        "NATO leaders met in Washington on Wednesday. Lloyd Austin met Volodymyr Zelensky on "
        "the NATO sidelines.",
        {"Lloyd Austin", "Volodymyr Zelensky"}, {"Lloyd Austin", "Volodymyr Zelensky"},
        "2024-07-10"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_meeting_on_the_margins_is_its_own_event(case: Case) -> None:
    text, side_people, gathering_people, day = case
    table = events([article(text, DAY)])
    gathering = table[table.kind == "summit or ministerial"]
    side = table[table.kind != "summit or ministerial"]
    assert len(gathering) == 1 and len(side) == 1
    assert side_people <= set(side.iloc[0].participants)
    assert gathering_people <= set(gathering.iloc[0].participants)
    assert str(side.iloc[0].date_start.date()) == day


@pytest.mark.parametrize("text", [
    "NATO leaders met at the summit in Washington on Wednesday.",
    "Leaders met on Wednesday for a summit in Washington.",
    "Profit margins of arms makers rose on Wednesday, Rutte said.",
])
def test_no_side_meeting(text: str) -> None:
    """A gathering alone stays one event; "margins" without a meeting makes none."""
    assert len(events([article(text, DAY)])) <= 1
