"""Meeting phrasings of round 17 (session 13's second wave), one family a test, negatives
included.
Each sentence was written for these tests in a construction of its own;
tests/test_test_sentences_are_new.py checks that no run of eight words is shared with a dev
article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.event_cases import event_fields

PUBLISHED = date(2024, 10, 24)  # a Thursday


def _found(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    """Each event of ``text``: kind, status, first and last day, participants."""
    return event_fields(text, published, ("kind", "status", "start", "end", "people"))


def _people(text: str, published: date = PUBLISHED) -> list[list[str]]:
    return sorted(e["people"] for e in _found(text, published))


# One party meeting a list of named counterparts, each with its own title ("met <title> A
# and <title> B", "held talks with <title> A, <title> B and <title> C"): one meeting a
# counterpart (guide, eighth round: several counterparts met separately, one row each).
def test_met_a_list_of_titled_counterparts_is_one_meeting_each() -> None:
    text = ("German Chancellor Olaf Scholz met Poland's Prime Minister Donald Tusk and "
            "Secretary-General Mark Rutte of NATO in Warsaw on Tuesday to discuss air defence.")
    assert _people(text) == [["Donald Tusk", "Olaf Scholz"], ["Mark Rutte", "Olaf Scholz"]]


def test_held_talks_with_three_counterparts_is_three_meetings() -> None:
    text = ("On Wednesday the chancellor, Olaf Scholz, had talks with Foreign Minister Andrii "
            "Sybiha, Premier Denys Shmyhal and President Volodymyr Zelensky in turn.")
    assert _people(text) == [["Andrii Sybiha", "Olaf Scholz"], ["Denys Shmyhal", "Olaf Scholz"],
                             ["Olaf Scholz", "Volodymyr Zelensky"]]


def test_a_list_of_subjects_meeting_one_counterpart_stays_one_meeting() -> None:
    # the negative: the list is the meeting's subject, not its objects
    text = ("Donald Tusk, the Polish premier, and the NATO chief Mark Rutte met "
            "German Chancellor Olaf Scholz in Warsaw on Tuesday to discuss air defence.")
    assert _people(text) == [["Donald Tusk", "Mark Rutte", "Olaf Scholz"]]


def test_one_counterpart_and_a_second_verb_stays_one_meeting() -> None:
    # "and" opens the subject's next act, not a second counterpart
    text = ("German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on "
            "Tuesday and Mark Rutte later praised the talks.")
    assert len(_found(text)) == 1


def test_bare_names_after_met_stay_one_meeting() -> None:
    # no title of their own: read as one meeting of all of them
    text = "Olaf Scholz met Donald Tusk and Mark Rutte at a Warsaw hotel on Tuesday evening."
    assert _people(text) == [["Donald Tusk", "Mark Rutte", "Olaf Scholz"]]


# The past participle of a call ("had spoken to X by phone", "has spoken by telephone with
# X"): a call, as "spoke"; without a telephone word it stays a statement, no meeting.
def test_had_spoken_to_someone_by_phone_is_a_held_call() -> None:
    text = ("Chancellor Olaf Scholz said he had spoken to Volodymyr Zelensky by phone on "
            "Monday about winter air defence.")
    assert _found(text) == [{"kind": "call or video link", "status": "held",
                             "start": "2024-10-21", "end": "2024-10-21",
                             "people": ["Olaf Scholz", "Volodymyr Zelensky"]}]


def test_has_spoken_by_telephone_with_someone_is_a_call() -> None:
    text = "Mark Rutte has spoken by telephone with Olaf Scholz twice since the weekend."
    assert [e["kind"] for e in _found(text)] == ["call or video link"]


def test_had_spoken_to_reporters_is_no_call() -> None:
    text = ("Olaf Scholz had spoken to reporters on Monday about winter air defence before he "
            "left for the airport.")
    assert _found(text) == []


# A bare "after talks" times another act (a process, no meeting), unless the talks' parties
# follow ("after talks between <side> and <side> in <City>"): one meeting of those sides.
def test_after_talks_between_two_sides_is_a_meeting() -> None:
    text = ("Arms shipments restarted on Wednesday after talks between Ukrainian and "
            "American negotiators in Geneva on Monday.")
    assert [(e["kind"], e["status"], e["start"]) for e in _found(text)] == [
        ("talks", "held", "2024-10-21")]


def test_after_talks_with_no_parties_is_a_process() -> None:
    text = "Arms shipments restarted on Wednesday after talks in Geneva on Monday."
    assert _found(text) == []


# A roundtable is a gathering (ministerial roundtables of donors, a president's roundtable
# with investors), as a conference; a "roundtable discussion" on a panel is no meeting.
def test_a_roundtable_held_on_a_day_is_a_gathering() -> None:
    text = "A donors' roundtable on rebuilding schools was held in Vilnius on Monday."
    assert [(e["kind"], e["status"], e["start"]) for e in _found(text)] == [
        ("summit or ministerial", "held", "2024-10-21")]


def test_a_roundtable_discussion_is_no_gathering() -> None:
    text = "The report was presented at a roundtable discussion hosted by a think tank."
    assert _found(text) == []


# A habit named right after the meeting verb, with no one and no day ("a board that will
# meet regularly", "the council meets every quarter"): no one meeting; a dated meeting
# followed by its habit stays a meeting.
def test_a_body_that_will_meet_regularly_is_no_meeting() -> None:
    text = ("Spending will be checked by a joint board of donors and the Kyiv city council, "
            "which will meet regularly to track each school project.")
    assert _found(text) == []


def test_a_council_that_meets_every_quarter_is_no_meeting() -> None:
    assert _found("The donors' council meets every quarter to track spending.") == []


def test_a_dated_meeting_before_its_habit_stays_a_meeting() -> None:
    text = "The donors' council will meet in Riga on Friday and regularly after that."
    assert [(e["status"], e["start"]) for e in _found(text)] == [("planned", "2024-10-25")]


# A confrontation of two leaders in one room ("the Oval Office row between A and B", "a
# heated exchange between Presidents A and B", "Friday's showdown in the Oval Office"): a
# meeting of the two; fighting between forces or a dispute between countries is none.
def test_an_oval_office_row_between_two_leaders_is_a_meeting() -> None:
    text = ("Markets slid after the Oval Office row between Mr Donald Trump and his guest, "
            "Volodymyr Zelensky, on Friday.")
    found = event_fields(text, date(2025, 3, 3), ("kind", "status", "start", "people"))
    assert found == [{"kind": "bilateral meeting", "status": "held", "start": "2025-02-28",
                      "people": ["Donald Trump", "Volodymyr Zelensky"]}]


def test_a_showdown_in_the_oval_office_is_a_meeting_there() -> None:
    text = "European capitals were stunned by Friday's showdown in the Oval Office."
    found = event_fields(text, date(2025, 3, 3), ("kind", "start", "place"))
    assert found == [{"kind": "bilateral meeting", "start": "2025-02-28",
                      "place": "Washington"}]


def test_a_clash_of_forces_or_a_row_of_countries_is_no_meeting() -> None:
    text = ("Shelling resumed after a clash between Russian and Ukrainian forces, and a row "
            "between Hungary and Slovakia over gas deepened.")
    assert _found(text) == []


# The next gathering of a series told with its noun left out after the first's ("the first
# such conference met on <day>, and the second on <day>"): a gathering of its own that day.
def test_the_second_of_a_series_on_its_own_day_is_a_gathering() -> None:
    text = ("The first such donors' conference took place on March 3 in Oslo, and the second "
            "on September 9.")
    assert sorted((e["kind"], e["status"], e["start"]) for e in _found(text)) == [
        ("summit or ministerial", "held", "2024-03-03"),
        ("summit or ministerial", "held", "2024-09-09")]


def test_a_later_act_after_the_first_gathering_is_no_second_one() -> None:
    text = "The first donors' conference took place on March 3 in Oslo, and he left on Friday."
    assert [e["start"] for e in _found(text)] == ["2024-03-03"]


# Measured and dropped in round 17: one side signing a pact with another named after
# "with" ("signed its security accord with Kyiv") as a meeting of the signatories. A 0.850
# unchanged, B unchanged, all dev P 0.910 -> 0.908, F1 0.851 -> 0.850.
@pytest.mark.xfail(strict=True, reason="dropped: all dev P 0.910 -> 0.908 (round 17)")
def test_signing_a_pact_with_a_named_side_is_a_meeting() -> None:
    text = "Norway signed its security accord with Kyiv on Thursday after months of work."
    assert [(e["kind"], e["start"]) for e in _found(text)] == [
        ("bilateral meeting", "2024-10-24")]
