"""Round 10 participants: portfolios joined by "and" and parliaments are no person's name;
a speech whose object is the gathering ("told the conference") puts its speaker there."""

from __future__ import annotations

import pytest

from aidlib.events.participants import introduced_people
from aidlib.people import load_people
from tests.test_event_presence import _participants

PEOPLE = load_people()


def _introduced(text: str) -> list[str]:
    extended = introduced_people(text, PEOPLE)
    return [p.name for p in extended.persons[len(PEOPLE.persons):]]


# (sentence, the people it introduces that people.yaml does not know)
INTRODUCED = {
    "second half of a portfolio before the name": (
        "The Deputy Minister of Economy and European Integration Ion Vlasenko told "
        "reporters the fund was ready.", ["Ion Vlasenko"]),
    "portfolio with a US spelling": (
        "Minister for Labor and Social Policy Marta Novak signed the decree.", ["Marta Novak"]),
    "a joined portfolio with no name after it": (
        "In Chisinau, the agency's director met the Minister of Health and Social "
        "Protection on Tuesday.", []),
    "a parliament before a list of acts": (
        "On Tuesday he spoke in the Verkhovna Rada, thanked the Prime Minister and flew "
        "on to Lviv.", []),
    "a parliament before an apposed title": (
        "Deputies of the Verkhovna Rada, including the Speaker, applauded.", []),
    "a party before an apposed title": (
        "She was received by members of the Green Party, the minister's office said.", []),
    "a name before its title still read": (
        "Ilona Varga, Hungary's finance minister, said so.", ["Ilona Varga"]),
}


@pytest.mark.parametrize("case", INTRODUCED.values(), ids=INTRODUCED.keys())
def test_joined_portfolios_and_parliaments_are_no_names(case: tuple[str, list[str]]) -> None:
    text, expected = case
    assert _introduced(text) == expected


@pytest.mark.xfail(strict=True, reason="a portfolio word inside a joined portfolio ('Food "
                   "Industry') makes the name candidate no name, and the longer portfolio "
                   "is not tried")
def test_portfolio_with_an_inner_portfolio_word() -> None:
    assert _introduced("Moldova's Minister of Agriculture and Food Industry Vladimir Bolea "
                       "said the harvest was secured.") == ["Vladimir Bolea"]


GATHERING = ("Donors from 40 countries gathered in Vienna on Monday for a one-day "
             "conference on rebuilding Ukraine's power grid. ")
TOLD = {
    "told the conference, quote first": (
        GATHERING + '"We cannot wait for spring," Prime Minister Denys Shmyhal told the '
        "conference.", [{"Denys Shmyhal"}]),
    "told the conference, speaker first": (
        GATHERING + "Ursula von der Leyen told the conference that the Commission "
        "would add 500 million euros.", [{"Ursula von der Leyen"}]),
    "told reporters about the conference (no speech to it)": (
        GATHERING + "Mark Rutte told reporters the conference was a good start.",
        [set()]),
    "according to (no speech to it)": (
        GATHERING + "According to Foreign Minister Dmytro Kuleba, the conference raised "
        "less than hoped.", [set()]),
}


@pytest.mark.parametrize("case", TOLD.values(), ids=TOLD.keys())
def test_speech_to_the_gathering_puts_its_speaker_there(case: tuple[str, list[set[str]]]
                                                         ) -> None:
    text, expected = case
    assert _participants(text) == expected
