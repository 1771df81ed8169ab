"""Meeting phrasings of round 11 (radio and wire copy of plans called off, signings between
bodies, groups of many members meeting), one family a table, negatives included.
Each sentence was written for these tests in a construction of its own;
tests/test_test_sentences_are_new.py checks that no run of eight words is shared with a dev
article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aidlib.events import events
from tests.event_cases import event_fields
from tests.test_event_families9 import _day
from tests.test_events import article

PUBLISHED = date(2025, 3, 11)  # a Tuesday


def _found(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    """Each event of ``text``: kind, status, first day, place."""
    return event_fields(text, published, ("kind", "status", "start", "place"))


# A plan, then "but" its calling off in the next clause of the sentence ("Biden was
# supposed to host ... in October, but he called off the trip": radio copy; "talks were
# scheduled for Friday, but they were cancelled": wire copy): cancelled, dated by the plan.
BUT_CALLED_OFF: dict[str, tuple[str, tuple[str, str]]] = {
    "supposed to host, he called off": (
        "The chancellor was supposed to host the Balkan leaders in Berlin last autumn, "
        "but she called off the trip after a storm hit the coast.",
        ("cancelled", "")),
    "due to meet, passive": (
        "Macron was due to meet Zelensky in Paris in February, but the meeting was "
        "cancelled at short notice.",
        ("cancelled", "2025-02-01")),
    "was to visit, later scrapped": (
        "Scholz was to visit Kyiv in January, but it was later scrapped for security "
        "reasons.",
        ("cancelled", "2025-01-01")),
}


@pytest.mark.parametrize("case", BUT_CALLED_OFF)
def test_a_plan_called_off_after_but_is_cancelled(case: str) -> None:
    text, (status, day) = BUT_CALLED_OFF[case]
    found = _found(text)
    assert [e["status"] for e in found] == [status]
    if day:
        assert found[0]["start"] == day


# Negatives: a new date after "but" keeps the meeting planned; a held meeting stays held
# when something else is called off after it.
def test_a_plan_moved_to_a_new_date_after_but_stays_planned() -> None:
    found = _found("Macron was due to meet Zelensky in Paris on Friday, but the talks "
                   "were postponed to March 20.")
    assert found and all(e["status"] == "planned" for e in found)


def test_a_held_meeting_stays_held_when_a_trip_is_called_off() -> None:
    found = _found("Macron met Zelensky in Paris on Monday, but he called off a trip to "
                   "the front.")
    assert [(e["kind"], e["status"]) for e in found if e["kind"] != "visit"] == [
        ("bilateral meeting", "held")]


# A timeline whose entries sit under dated heading lines ("MARCH 21, 2023", "MAY 20–21,
# 2023", "APRIL 2023", then the entry's paragraph right under it: explainers of one
# country's support, round 11): the heading dates the entry's meetings, gives its year to
# a day written without one, and a relative clause "which takes place <n> days later"
# counts from it.
_TIMELINE = (
    "How Norway has stood by Ukraine\n\nA short guide to the main steps.\n\n"
    "JUNE 3, 2023\n"
    "Norway's prime minister arrives unannounced in Kyiv and sits down for talks with the "
    "Ukrainian president.\n\n"
    "SEPTEMBER 2023\n"
    "On September 12 Nordic defence ministers meet in Bergen to weigh a winter package.\n\n"
    "NOVEMBER 8–9, 2023\n"
    "Nordic leaders gather in Oslo for a summit on security. They also announce a video "
    "call with Zelensky, which takes place two days later.\n")
TIMELINE_DAYS = {
    "talks on a trip": ("talks", "held", "2023-06-03"),
    "a day without a year under a month heading": (
        "summit or ministerial", "held", "2023-09-12"),
    "summit over two days": ("summit or ministerial", "held", "2023-11-08"),
    "a call counted from the heading": ("call or video link", "held", "2023-11-10"),
}


@pytest.mark.parametrize("case", TIMELINE_DAYS)
def test_a_timeline_heading_dates_its_entry(case: str) -> None:
    found = _found(_TIMELINE, date(2025, 2, 3))
    assert TIMELINE_DAYS[case] in {(e["kind"], e["status"], e["start"]) for e in found}


# Negative: one day on a line of its own, a blank line under it, is the article's own date,
# not a heading: an undated meeting of the paragraph below stays undated.
def test_an_articles_own_date_line_is_no_heading() -> None:
    text = ("Leaders weigh new aid\n\nFebruary 3, 2025\n\nThe Danish defence minister makes "
            "a trip to Kyiv and holds talks with his Ukrainian host.\n")
    found = _found(text, date(2025, 2, 3))
    assert found and all(e["start"] == "2025-02-03" for e in found)
    table = events([article(text, date(2025, 2, 3))])
    assert set(table["date_precision"]) == {"unknown"}


# A signing between two bodies with no person named ("<Country>'s Ministry of <Portfolio>
# and the <Name> Agency signed a grant agreement", "<City> and <City> had signed a deal",
# "the agreement was signed by <Body> and <Body>": agency releases, timelines, wire copy):
# a meeting of the signatories (guide, eighth round), held, with its day and place.
BODY_SIGNINGS: dict[str, tuple[str, tuple[str, str, str]]] = {
    "ministry and agency, past": (
        "In February, Moldova's Ministry of Energy and the Korea Trade Agency (KOTRA) signed "
        "a $40 million loan agreement in Chisinau.",
        ("held", "2025-02-01", "Chisinau")),
    "two capitals, pluperfect": (
        "Riga and Kyiv had signed a memorandum on drone production on Monday.",
        ("held", "2025-03-10", "")),
    "passive with two bodies after by": (
        "The grant agreement was signed on Friday by the Ministry of Health and the Nordic "
        "Investment Fund.",
        ("held", "2025-03-07", "")),
}


@pytest.mark.parametrize("case", BODY_SIGNINGS)
def test_two_bodies_signing_is_a_meeting(case: str) -> None:
    text, (status, day, place) = BODY_SIGNINGS[case]
    assert [(e["kind"], e["status"], e["start"], e["place"]) for e in _found(text)] == [
        ("bilateral meeting", status, day, place)]


# Negatives: one body signing a contract with another, or two governments signing a letter
# (no agreement between them), is no meeting.
@pytest.mark.parametrize("text", [
    "Poland signed a contract with a Korean shipyard for six frigates.",
    "Germany and France signed a joint letter to the Commission on the budget.",
])
def test_a_signature_without_two_signing_bodies_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# A signing on the opening day of a conference, no person named, is a meeting of its own
# beside the conference, not one with it.
def test_a_body_signing_at_a_conference_stays_apart() -> None:
    found = _found("On the first day of the Baltic Energy Forum in Vilnius, Lithuania's grid "
                   "operator Litgrid and the Nordic Investment Bank signed a loan agreement on "
                   "Tuesday.")
    assert sorted(e["kind"] for e in found) == ["bilateral meeting", "summit or ministerial"]


# A group subject followed by a long list of its members before the verb ("Security
# advisers from <A>, the <B>, ... including <E> and <F>, are due to meet in <City>": wire
# copy of multilateral talks): the list does not stop the group meeting.
LONG_LIST_GROUPS: dict[str, tuple[str, tuple[str, str, str]]] = {
    "advisers from a list with including": (
        "National security advisers from Ukraine, the UK, Canada and a dozen Asian states, "
        "including Japan, Indonesia and Vietnam, are due to meet in Valletta on Saturday.",
        ("planned", "2025-03-15", "Valletta")),
    "envoys of a list, held": (
        "Envoys of Poland, the Baltic states, Finland, Sweden and Norway met in Warsaw on "
        "Monday.",
        ("held", "2025-03-10", "Warsaw")),
}


@pytest.mark.parametrize("case", LONG_LIST_GROUPS)
def test_a_group_with_a_long_member_list_meets(case: str) -> None:
    text, (status, day, place) = LONG_LIST_GROUPS[case]
    assert [(e["status"], e["start"], e["place"]) for e in _found(text)] == [
        (status, day, place)]


# Negatives: a list of members before "meet" with an object is no meeting ("meet EU
# standards"), nor is a list broken by a verb of its own.
@pytest.mark.parametrize("text", [
    "Exporters from Poland, Hungary, Slovakia, Romania and Bulgaria meet the new EU rules "
    "on grain.",
    "Farmers from Poland, Hungary and Slovakia, who said imports hurt them, met stiff "
    "resistance in Brussels.",
])
def test_a_member_list_before_another_verb_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# A meeting moved to a new date after a relative clause giving the old one ("The meeting
# of the <Name> Council, which was scheduled for 9 <Month>, has been moved to 14 <Month>":
# city council and ministry copy): planned, on the new date; "the meeting of the <Name>
# Council" names its meeting (no anaphor of an earlier one).
MOVED_TO: dict[str, tuple[str, str]] = {
    "moved to, day first": (
        "The meeting of the Donor Coordination Group in Lviv, which was scheduled for 9 "
        "March, has been moved to 24 March.", "2025-03-24"),
    "postponed until, month first": (
        "The session of the Reconstruction Council in Odesa, which had been set for March 5, "
        "was postponed until March 19.", "2025-03-19"),
}


@pytest.mark.parametrize("case", MOVED_TO)
def test_a_meeting_moved_to_a_new_date_is_planned_then(case: str) -> None:
    text, day = MOVED_TO[case]
    assert [(e["status"], e["start"]) for e in _found(text)] == [("planned", day)]


def test_a_named_councils_meeting_joins_no_earlier_talks() -> None:
    text = ("Officials of the two cities held talks in Gdansk on Friday. The meeting of the "
            "Regional Energy Council, which was scheduled for 10 March, has been moved to "
            "20 March.")
    found = _found(text)
    assert sorted((e["status"], e["start"]) for e in found) == [
        ("held", "2025-03-07"), ("planned", "2025-03-20")]


# Negative: a bare plural meeting noun after "after" or "following" with no one named
# times another thing ("the decision is expected after consultations in <City>"): no event.
def test_a_decision_after_consultations_is_no_meeting() -> None:
    assert _found("The ministry says a decision on the turbines is expected after "
                  "consultations in Seoul later this month.") == []


# A vague time with a day set in apposition right after it ("next week, on January 9th",
# "later this month, on the 14th": radio and wire copy): the day.
@pytest.mark.parametrize(("text", "day"), [
    ("The envoy is due in Vilnius next week, on March 19th, to open a donor round.",
     "2025-03-19"),
    ("Baltic finance ministers will gather in Tallinn later this month (March 27) to sign "
     "off the fund.", "2025-03-27"),
])
def test_a_day_in_apposition_dates_the_meeting(text: str, day: str) -> None:
    assert [e["start"] for e in _found(text)] == [day]


# Negative: a vague time alone keeps its week.
def test_a_vague_time_alone_keeps_its_week() -> None:
    assert [e["start"] for e in _found("Nordic leaders will gather in Oslo next week, "
                                       "officials said.")] == ["2025-03-17"]


# A pair that "discussed <topic> by phone" (agency copy: "a day after he and <X> discussed
# <topic> by phone"): a call of the two, dated by the count from the sentence's day.
def test_a_pair_discussing_by_phone_is_a_call() -> None:
    found = _found("Latvia's president on Tuesday approved the grant, one day after he and "
                   "Zelensky had discussed air defence over the phone.")
    assert [(e["kind"], e["status"], e["start"]) for e in found] == [
        ("call or video link", "held", "2025-03-10")]


# Negatives: "discussed" with no medium is no call; calls with several unnamed counterparts
# identify none.
@pytest.mark.parametrize("text", [
    "The two ministers discussed grain exports, the ministry said.",
    "The minister said she discussed the plan over the phone with many of her fellow "
    "premiers this month.",
])
def test_discussed_without_a_call_of_two_is_no_call(text: str) -> None:
    assert _found(text) == []


# A statement made to a cabinet in session ("<PM> told a government meeting", "tells a
# cabinet meeting": government and agency copy; guide, eleventh round): the sitting is a
# meeting of ministers, the speaker in it.
@pytest.mark.parametrize("text", [
    "The grid has taken delivery of six transformers, Prime Minister Denys Shmyhal told a "
    "government meeting on Friday.",
    "Prime Minister Denys Shmyhal tells a cabinet meeting on Friday that the money is in.",
])
def test_a_statement_to_a_cabinet_sitting_is_a_meeting(text: str) -> None:
    table = events([article(text, PUBLISHED)])
    assert [(r["kind"], r["participants"], _day(r["date_start"]))
            for r in table.to_dict("records")] == [
        ("summit or ministerial", ("Denys Shmyhal",), "2025-03-07")]


# Negative: a statement to reporters is no cabinet sitting.
def test_a_statement_to_reporters_is_no_cabinet_sitting() -> None:
    assert _found("Prime Minister Denys Shmyhal told reporters on Friday that the money is "
                  "in.") == []


# A part of the gathering just reported ("X told the closing session", "at the opening
# plenary"): that gathering, its speaker placed there; no talks of its own.
def test_a_closing_session_is_part_of_the_gathering() -> None:
    text = ("Donors gathered in Warsaw on Monday for the Baltic Rebuilding Forum. Polish "
            "Foreign Minister Radoslaw Sikorski told the closing session that more money "
            "would follow.")
    table = events([article(text, PUBLISHED)])
    assert [(r["kind"], "Radosław Sikorski" in r["participants"] or "Radoslaw Sikorski"
             in r["participants"]) for r in table.to_dict("records")] == [
        ("summit or ministerial", True)]


# Negative: a session that opens no gathering's part ("a session with <X>") stays its own.
def test_a_plain_session_with_a_person_stays_a_meeting() -> None:
    found = _found("Polish Foreign Minister Radoslaw Sikorski held a session with Dutch "
                   "counterpart Caspar Veldkamp in Warsaw on Monday.")
    assert len(found) == 1 and found[0]["kind"] != "summit or ministerial"


# "<X> also saw his <Nationality> counterpart(, <Y>,) on the sidelines" (wire copy of side
# meetings): a meeting, as "met".
def test_seeing_a_counterpart_is_a_meeting() -> None:
    found = _found("Rubio also saw his Polish counterpart on the sidelines of the summit in "
                   "Rome on Monday.")
    assert ("bilateral meeting", "held", "2025-03-10") in {
        (e["kind"], e["status"], e["start"]) for e in found}


# Negatives: seeing a counterpart's remarks, or seeing anything else, is no meeting.
@pytest.mark.parametrize("text", [
    "Rubio saw his Polish counterpart's remarks as a warning, aides said on Monday.",
    "Rubio saw his approval rating fall on Monday.",
])
def test_seeing_no_counterpart_is_no_meeting(text: str) -> None:
    assert _found(text) == []


def test_a_long_list_subject_is_read_without_exponential_backtracking() -> None:
    """Each list word is atomic, so the engine cannot split one word into many items: long
    hostile windows are answered at once (each of these ran for minutes before)."""
    from aidlib.events.patterns import PARTY_LIST_SUBJECT

    hostile = [
        "Engineers from " + ", ".join(["the Northwestern Commonwealth Agency"] * 20) + " end",
        "Engineers from " + " and ".join(["Commonwealth Reconstruction"] * 30) + "; end",
        "Engineers from Commonwealth, " + "Reconstructionofthesouthernregions " * 30,
    ]
    assert [PARTY_LIST_SUBJECT.search(text) for text in hostile] == [None, None, None]
    listed = ("Advisers from Moldova, the Nordic Council, Estonia and several states of "
              "the Balkans, including Albania and Serbia, are due to ")
    assert PARTY_LIST_SUBJECT.search(listed) is not None
