"""Places named as a country's capital, many-party meetings, habitual talks and "the two
ministers" (new sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.cells import as_timestamp
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
    text = ("Tsahkna met Kuleba in Tallinn on Tuesday. While the two ministers sat over lunch, "
            "Mark Rutte was in Kyiv.")
    table = events([article(text, DAY)])
    assert [set(p) for p in table.participants] == [{"Margus Tsahkna", "Dmytro Kuleba"}]


# The pair in a clause before a comma, and a person subject right after it: the journey
# is that person's (was a strict xfail)
@pytest.mark.parametrize(("text", "place", "people"), [
    ("Tsahkna met Kuleba in Tallinn on Tuesday. While the two ministers sat over lunch, "
     "Mark Rutte flew to Kyiv.", "Kyiv", {"Mark Rutte"}),
    ("Macron met Scholz in Paris on Monday. As the two leaders dined, Zelensky arrived in "
     "Warsaw.", "Warsaw", {"Volodymyr Zelensky"}),
    ("Tsahkna met Kuleba in Tallinn on Tuesday. While the two ministers sat over lunch, NATO "
     "Secretary General Mark Rutte flew to Kyiv.", "Kyiv", {"Mark Rutte"}),
])
def test_a_journey_after_the_two_ministers_is_its_subjects(text: str, place: str,
                                                           people: set[str]) -> None:
    table = events([article(text, DAY)])
    assert [set(p) for p in table[table.place == place].participants] == [people]


def test_the_two_ministers_as_the_subject_still_travel() -> None:
    text = ("Tsahkna met Kuleba in Tallinn on Thursday. Later, the two ministers, with Mark "
            "Rutte, flew to Kyiv.")
    table = events([article(text, DAY)])
    (kyiv,) = table[table.place == "Kyiv"].participants
    assert {"Margus Tsahkna", "Dmytro Kuleba"} <= set(kyiv)


@pytest.mark.parametrize(("text", "day"), [
    ("Kyiv's negotiators held closed sessions with a panel of lenders from May 6 to May 17.",
     "2024-05-06"),
    ("A second round of private discussions took place between July 12 and July 19.",
     "2024-07-12"),
    ("Speaking at a security conference in Tallinn on April 9, Kallas promised more "
     "support.", "2024-04-09"),
])
def test_a_meeting_with_its_own_days_is_an_event_without_named_people(text: str, day: str
                                                                       ) -> None:
    table = events([article(text, date(2024, 8, 2))])
    assert [str(d.date()) for d in table.date_start] == [day]


@pytest.mark.parametrize("text", [
    'Ushakov said on Tuesday that the Kremlin had received "no proposal" on a meeting.',
    "The peace talks are ongoing.",
])
def test_no_one_and_no_day_of_its_own_is_no_event(text: str) -> None:
    assert events([article(text, date(2024, 8, 2))]).empty


def test_speaking_at_a_conference_puts_the_speaker_there() -> None:
    text = ("Speaking at a security conference in Tallinn on April 9, Kaja Kallas promised "
            "more support.")
    table = events([article(text, date(2024, 8, 2))])
    assert list(table.participants) == [("Kaja Kallas",)]


def test_a_gathering_introduced_with_a_day_is_not_another_one() -> None:
    """ "at a security conference in Tallinn on April 9" is its own gathering, not the NATO
    ministers' meeting reported later; "a two-day gathering in London" and "the Ukraine Recovery
    Conference ... in central London" are one."""
    text = ("Kallas spoke at a security conference in Tallinn on April 9. The talks were held "
            "on the same day that NATO defence ministers met in Brussels.")
    assert len(events([article(text, date(2025, 3, 7))])) >= 2
    text = ("Donors met for a two-day gathering in London on Wednesday. Some forty "
            "governments sent ministers to the Ukraine Recovery Conference held at a hotel in "
            "central London.")
    assert len(events([article(text, date(2023, 6, 21))])) == 1


@pytest.mark.parametrize("text", [
    "Meloni was due to address a plenary session of the European Parliament on Tuesday.",
    "Since 2022 the coalition has met 14 times, last of all in Paris.",
    "The two sides have met several times in Istanbul.",
])
def test_speech_to_a_body_and_counted_meetings_are_no_event(text: str) -> None:
    assert events([article(text, DAY)]).empty


def test_the_place_meeting_is_the_gathering_there() -> None:
    text = ("Baltic leaders gathered in Riga on Monday for a summit with Zelensky. "
            "Officials said the Riga meeting would raise pressure on Bratislava.")
    assert len(events([article(text, date(2023, 12, 14))])) == 1


def test_talks_with_counterparts_at_the_summit_are_the_summit() -> None:
    text = ("Nordic leaders gathered in Oslo on Wednesday for a summit with Zelensky. "
            "Prime Minister Jonas Gahr Støre also held talks with his Nordic counterparts.")
    assert len(events([article(text, date(2023, 12, 13))])) == 1


@pytest.mark.parametrize(("text", "day"), [
    ("EU finance ministers on Tuesday, 3 February, endorsed the terms of the facility.",
     "2026-02-03"),
    ("In November, NATO ministers meeting in Brussels agreed to pool €3 billion.",
     "2025-11-01"),
])
def test_a_group_deciding_on_a_day(text: str, day: str) -> None:
    table = events([article(text, date(2026, 2, 5))])
    assert [str(d.date()) for d in table.date_start] == [day]
    assert list(table.kind) == ["summit or ministerial"]


@pytest.mark.parametrize(("text", "kind", "place", "status"), [
    ("Chancellor Friedrich Merz is due at the White House next Monday.", "visit",
     "Washington", "planned"),
    ("Kaja Kallas is due in Kyiv next week.", "visit", "Kyiv", "planned"),
    ("The opening round was held in the Turkish capital on Monday.", "talks", "Ankara",
     "held"),
    ("The coalition of the willing, which first met in Paris in February 2025, has since "
     "expanded.", None, "Paris", "held"),
    ("Kaja Kallas visited Kyiv on Thursday.", "visit", "Kyiv", "held"),
    ("Ramaphosa hosted Zelensky in Pretoria on Thursday.", "bilateral meeting", "Pretoria",
     "held"),
])
def test_more_ways_to_report_a_meeting(text: str, kind: str | None, place: str, status: str
                                       ) -> None:
    row = events([article(text, DAY)]).iloc[0]
    assert (row.place, row.status) == (place, status)
    assert kind is None or row.kind == kind


def test_the_city_talks_on_the_same_day_are_the_talks_there() -> None:
    """ "The Vilnius talks were held on the same day that ...": the talks in Vilnius, not
    a visit to Vilnius reported after them."""
    text = ("Tsahkna held talks with Kuleba in Vilnius on Thursday. Zelensky visited Vilnius "
            "on January 15. The Vilnius talks were held on the same day that NATO ministers "
            "gathered in Brussels.")
    table = events([article(text, DAY)]).set_index("place")
    assert str(as_timestamp(table.loc["Brussels", "date_start"]).date()) == "2025-03-06"
