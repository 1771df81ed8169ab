"""Round 11 participants: a minister named once with a portfolio and then by the portfolio
title alone ("the Minister of Defence", "the Energy Minister") is found again."""

from __future__ import annotations

import pytest

from tests.test_event_presence import _participants

# (text, the people of each event): the portfolio title refers back to the person the
# article named with it; another country's minister of that portfolio, or a portfolio
# title nobody was named with, is no one.
PORTFOLIO = {
    "minister of <portfolio>, named with it before": (
        "The Prime Minister, Jo Doe, visited Riga with the Minister of Foreign Affairs, "
        "Maxim Pereira. On Monday the Minister of Foreign Affairs held talks with his "
        "counterpart Andrii Sybiha.",
        [{"Andrii Sybiha", "Maxim Pereira"}, {"Jo Doe", "Maxim Pereira"}]),
    "<portfolio> minister, named with it before": (
        "Energy Minister Lina Berg flew in on Monday. The Energy Minister met Prime "
        "Minister Denys Shmyhal in Kyiv on Tuesday.",
        [{"Denys Shmyhal", "Lina Berg"}]),
    "no one named with the portfolio before": (
        "On Monday the Minister of Defence held talks in Kyiv with Rustem Umerov.",
        [{"Rustem Umerov"}]),
    "another country's minister of the portfolio": (
        "Minister of Defence Tomas Varga arrived in Kyiv on Monday. On Friday Prime "
        "Minister Denys Shmyhal held a call with the Minister of Defence of Latvia, "
        "Andris Spruds.",
        [{"Andris Spruds", "Denys Shmyhal"}, {"Tomas Varga"}]),
}


@pytest.mark.parametrize("case", PORTFOLIO.values(), ids=PORTFOLIO.keys())
def test_a_portfolio_title_refers_back(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# (text, the people of each event): an EU commissioner named once with the title, then
# "The Commissioner" alone; a High Commissioner or a commissioner of a named body is not
# that person.
COMMISSIONER = {
    "the Commissioner after a titled name": (
        "Commissioner for Enlargement Marta Kos announced the grant. On Friday the "
        "Commissioner held talks in Kyiv with Prime Minister Denys Shmyhal.",
        [{"Denys Shmyhal", "Marta Kos"}]),
    "the Commissioner of another body": (
        "Commissioner for Enlargement Marta Kos announced the grant. On Friday Prime "
        "Minister Denys Shmyhal held talks in Kyiv with the Commissioner for Human Rights "
        "of the Council of Europe.",
        [{"Denys Shmyhal"}]),
    "no commissioner named before": (
        "On Friday the Commissioner held talks in Kyiv with Prime Minister Denys Shmyhal.",
        [{"Denys Shmyhal"}]),
}


@pytest.mark.parametrize("case", COMMISSIONER.values(), ids=COMMISSIONER.keys())
def test_the_commissioner_refers_back(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected
