"""Participants: subjects after a reporting verb, pronoun subjects, titles an article gives
the people it introduces; and meetings under a condition, which are none."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.test_events import article

DAY = date(2025, 1, 10)  # a Friday

# text -> the participants of the one event it reports
PEOPLE: dict[str, tuple[str, set[str]]] = {
    "officials said X met": (
        "Aides said Healey held a private meeting with Umerov on Wednesday.",
        {"John Healey", "Rustem Umerov"}),
    "said X had": (
        "A spokesman said Rutte had talks with Umerov in Kyiv on Thursday.",
        {"Mark Rutte", "Rustem Umerov"}),
    "said X in (a speaker)": (
        "Kallas and Umerov met in Brussels on Thursday, said Rutte in Kyiv.",
        {"Kaja Kallas", "Rustem Umerov"}),
    "pronoun opening the sentence": (
        "Rustem Umerov reached Brussels on Thursday. He had held talks with Hegseth on the "
        "sidelines before the ministers convened.",
        {"Pete Hegseth", "Rustem Umerov"}),
    "pronoun after and": (
        "President Cyril Ramaphosa led a peace mission to Kyiv in 2023, and he hosted "
        "Zelensky in Pretoria on Thursday.",
        {"Cyril Ramaphosa", "Volodymyr Zelensky"}),
    "title, portfolio, country, name": (
        "Umerov met in Lviv with the Minister for Defence of the Netherlands Ruben Brekelmans "
        "on Thursday.",
        {"Ruben Brekelmans", "Rustem Umerov"}),
    "title for portfolio": (
        "Commissioner for Energy Kadri Simson met Rustem Umerov in Brussels on Thursday.",
        {"Kadri Simson", "Rustem Umerov"}),
    "secretary of state for": (
        "Secretary of State for Defence Alan Brook held talks with Umerov in London on "
        "Thursday.",
        {"Alan Brook", "Rustem Umerov"}),
    "she also met": (
        "Kaja Kallas arrived in Kyiv on Thursday. She also met Rustem Umerov.",
        {"Kaja Kallas", "Rustem Umerov"}),
}


def _people(text: str) -> list[set[str]]:
    return [set(p) for p in events([article(text, DAY)]).participants]


@pytest.mark.parametrize("case", PEOPLE.values(), ids=PEOPLE.keys())
def test_participants(case: tuple[str, set[str]]) -> None:
    text, people = case
    assert people in _people(text)


def test_a_title_the_article_gives_resolves_a_bare_title_later() -> None:
    """ "Prime Minister X" introduced, then "the Prime Minister": X, not another country's
    prime minister the bundled people know."""
    text = ("Prime Minister Ingrid Vold visited Kyiv today. During the visit, the Prime "
            "Minister and the President discussed air defence.")
    table = events([article(text, date(2023, 5, 3))])
    people = {p for row in table.participants for p in row}
    assert "Ingrid Vold" in people and "Denys Shmyhal" not in people


@pytest.mark.parametrize("text", [
    "Healey has yet to say whether he would attend next month's talks.",
    "The loan, if it gets through talks at the Eurogroup, would fund Kyiv's budget.",
    "Rutte could meet Zelensky in Kyiv next week if the talks go well.",
    "Diplomats said Trump might travel to Kyiv later this month.",
])
def test_speculative_meeting_is_no_event(text: str) -> None:
    assert events([article(text, DAY)]).empty


def test_could_be_the_last_gathering_is_an_event() -> None:
    text = ("Healey chaired what could be the final session of the coalition of the willing "
            "in Paris on Thursday.")
    assert len(events([article(text, DAY)])) == 1


HOSTS: dict[str, tuple[str, set[str]]] = {
    "he told the host": (
        "Kaja Kallas travelled to Odesa on Thursday. She told President Volodymyr Zelensky "
        "that the EU would keep paying.", {"Kaja Kallas", "Volodymyr Zelensky"}),
    "visitor named, assured": (
        "Kaja Kallas arrived in Kyiv on Thursday. Kallas assured Rustem Umerov that more air "
        "defence was coming.", {"Kaja Kallas", "Rustem Umerov"}),
    "host thanked him for the visit": (
        "Mark Rutte travelled to Kyiv on Thursday. Volodymyr Zelensky thanked him for the "
        "visit.", {"Mark Rutte", "Volodymyr Zelensky"}),
}


@pytest.mark.parametrize("case", HOSTS.values(), ids=HOSTS.keys())
def test_host_of_a_visit_named_in_the_next_sentence(case: tuple[str, set[str]]) -> None:
    text, people = case
    assert _people(text) == [people]


@pytest.mark.parametrize("text", [
    # no visit before: telling someone is no meeting
    "Mark Rutte told Volodymyr Zelensky on Thursday that more help was coming.",
    # told reporters: nobody was visited
    "Mark Rutte travelled to Kyiv on Thursday. He told reporters that more help was coming.",
    # another person's visit: the listener is not this visit's host
    "Mark Rutte travelled to Kyiv on Thursday. Kaja Kallas told Rustem Umerov that aid was "
    "coming.",
])
def test_no_host_from_a_sentence(text: str) -> None:
    assert all(len(p) <= 1 for p in _people(text))


@pytest.mark.parametrize(("text", "people"), [
    # a name followed by "in <Place>" ends before "in"
    ("Umerov recalled his talks with then Defence Secretary Grant Shapps in London on "
     "Thursday.", {"Grant Shapps", "Rustem Umerov"}),
    # a possessive owner of the meeting, with capitalized words between
    ("Mr Zelensky's Oval Office meeting with Donald Trump on Thursday ended badly.",
     {"Donald Trump", "Volodymyr Zelensky"}),
    # a bare title the article has given a person it introduced
    ("Taoiseach Micheál Martin spoke in Dublin. Zelensky stopped at Shannon on Thursday, "
     "meeting the Taoiseach.", {"Micheál Martin", "Volodymyr Zelensky"}),
])
def test_more_participants(text: str, people: set[str]) -> None:
    assert people in _people(text)


def test_a_title_case_headline_introduces_no_one() -> None:
    text = ("European Nations Commit Billions as U.S. Envoy Seeks Peace with Putin\n\n"
            "Officials said the meetings were part of a wider effort.")
    table = events([article(text, DAY)])
    assert not any("Seeks Peace" in p for row in table.participants for p in row)


def test_who_chaired_the_session_is_a_participant_who_spoke() -> None:
    text = ("Foreign ministers gathered in Oslo on Thursday. Boris Pistorius, who co-chaired "
            "the meeting, said partners had pledged further air defence.")
    assert {"Boris Pistorius"} <= {p for row in _people(text) for p in row}
    text = "Defence ministers met on Thursday, Boris Pistorius, a senior minister, said."
    assert "Boris Pistorius" not in {p for row in _people(text) for p in row}


@pytest.mark.parametrize(("text", "absent"), [
    ("Hegseth chaired the session of defence ministers in Brussels on Thursday, before "
     "Chancellor-elect Friedrich Merz takes office.", "Friedrich Merz"),
    ("Speaking after the cabinet meeting in Dublin on Thursday, Taoiseach Micheál Martin "
     "criticised the decision by President Donald Trump to pause aid.", "Donald Trump"),
])
def test_no_participant_from_another_happening_or_a_nominal_agent(text: str, absent: str
                                                                   ) -> None:
    assert absent not in {p for row in _people(text) for p in row}
