"""Meeting phrasings of round 10 (council and ministry copy of remote contacts, wire copy of
ministerials to come, one clause dating another), one family a table, negatives included.
Each sentence was written for these tests in a construction of its own;
tests/test_test_sentences_are_new.py checks that no run of eight words is shared with a dev
article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from aidlib.events import events
from tests.event_cases import event_fields
from tests.test_event_families9 import _day
from tests.test_events import article

PUBLISHED = date(2025, 3, 11)  # a Tuesday


def _found(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    """Each event of ``text``: kind, status, first day, place, groups."""
    return event_fields(text, published, ("kind", "status", "start", "place", "groups"))


# A group of people joined or spoken to by video, with no gathering named in the clause
# ("Kuleba joined EU foreign ministers via video link": Ukrinform and ministry readouts;
# council minutes write "the Leader spoke to officials in Lviv by video link"): a video
# call of its own, not a remote seat at another meeting.
VIDEO_WITH_PARTY: dict[str, tuple[str, tuple[str, str, str]]] = {
    "spoke to, via, last week": (
        "Regional governors spoke to Dutch mayors via video link last week.",
        ("call or video link", "held", "2025-03-03")),
    "joined counterparts, weekday": (
        "The health minister joined her Baltic counterparts by video conference on Tuesday.",
        ("call or video link", "held", "2025-03-11")),
    "a place phrase after the party": (
        "Our mayor talked to council officials from Odesa by video link on Monday evening.",
        ("call or video link", "held", "2025-03-10")),
}


@pytest.mark.parametrize("case", VIDEO_WITH_PARTY)
def test_a_group_joined_by_video_is_a_call(case: str) -> None:
    text, (kind, status, day) = VIDEO_WITH_PARTY[case]
    assert [(e["kind"], e["status"], e["start"]) for e in _found(text)] == [
        (kind, status, day)]


# Negatives: a body or a hall addressed by video is a speech, and a gathering joined by
# video is that gathering (one event, not a call beside it).
def test_a_hall_addressed_by_video_is_no_call() -> None:
    assert _found("Zelensky addressed the parliament in Ottawa by video link.") == []


def test_a_summit_joined_by_video_stays_one_summit() -> None:
    found = _found("EU leaders met in Brussels on Thursday, with Zelensky joining "
                   "the leaders by video link.")
    assert [(e["kind"], e["place"]) for e in found] == [("summit or ministerial", "Brussels")]


# A meeting that names no one, dated by a week or a month after its verb ("EU finance
# ministers will meet again in July": Reuters; "officials will brief lawmakers by video
# next week"): an event, as one dated to the day.
WEEK_OR_MONTH: dict[str, tuple[str, tuple[str, str]]] = {
    "convene again in a month": (
        "Central bank governors are set to convene again in May.", ("planned", "2025-05-01")),
    "a video briefing next week": (
        "Inspectors from the agency will brief donor ambassadors on the audit by video call "
        "next week.", ("planned", "2025-03-17")),
}


@pytest.mark.parametrize("case", WEEK_OR_MONTH)
def test_an_unnamed_meeting_dated_by_week_or_month(case: str) -> None:
    text, (status, day) = WEEK_OR_MONTH[case]
    assert [(e["status"], e["start"]) for e in _found(text)] == [(status, day)]


# Negatives: a time before the meeting word refers to a meeting ("this week's
# negotiations", "the January meeting"), and talks continued are a process.
NOT_DATED_AFTER = (
    "After this week's negotiations, the tariff list was published.",
    "An earlier report misstated the sum agreed at the January meeting.",
    "Kyiv will continue consultations with Ankara on grain corridors in May.",
)


@pytest.mark.parametrize("text", NOT_DATED_AFTER)
def test_a_time_before_the_meeting_word_dates_no_new_meeting(text: str) -> None:
    assert _found(text) == []


# A clause opened by "ahead of" reports a later gathering of its own, never folded into the
# meeting of the same sentence it dates, though both name no one ("Ministers meet in
# Luxembourg in June ahead of the European Council at the end of the month": EU agendas).
AHEAD_OF: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "a month, then the summit's days": (
        "Ahead of a leaders' summit in Rome on July 7-8, the alliance's foreign ministers "
        "will gather in Oslo in May.", [("2025-05-01", "Oslo"), ("2025-07-07", "Rome")]),
    "no place for the first": (
        "A further session of EU farm ministers is planned for April ahead of the summit "
        "in Brussels on April 24-25.", [("2025-04-01", ""), ("2025-04-24", "Brussels")]),
}


@pytest.mark.parametrize("case", AHEAD_OF)
def test_an_ahead_of_clause_is_its_own_event(case: str) -> None:
    text, expected = AHEAD_OF[case]
    assert sorted((e["start"], e["place"]) for e in _found(text)) == expected


# Negative: "ahead of the summit" with no place or day of its own names no second event to
# keep apart (the summit is the one reported elsewhere).
def test_ahead_of_a_bare_summit_is_one_meeting() -> None:
    found = _found("Scholz met Tusk in Warsaw on Monday ahead of the summit.")
    assert [(e["kind"], e["place"]) for e in found] == [("bilateral meeting", "Warsaw")]


# A day without a year in a sentence opened by its year ("In March 2022, ... met on 16
# March": reference pages and explainers tell each year's aid in a paragraph that opens
# with it): that year, not the publication year's rule.
YEAR_OPENER: dict[str, tuple[str, str]] = {
    "month and year opener": (
        "In April 2021, the cabinet approved 4.5 million euros, and Tusk told Fiala about it "
        "when the two met in Prague on 9 April.", "2021-04-09"),
    "year opener, another month": (
        "In 2020, after months of delay, envoys met in Vienna on 14 October.", "2020-10-14"),
}


@pytest.mark.parametrize("case", YEAR_OPENER)
def test_a_sentence_opened_by_its_year_dates_its_days(case: str) -> None:
    text, day = YEAR_OPENER[case]
    assert [e["start"] for e in _found(text)] == [day]


# Negative: a year named in another sentence does not carry over.
def test_a_year_of_another_sentence_does_not_date_a_day() -> None:
    found = _found("The fund opened in 2021. Envoys met in Vienna on 14 October.")
    assert [e["start"] for e in found] == ["2024-10-14"]



# The city a statement came from is not the meeting's place ("the presidency in <City>
# said", "officials in <City> reported", "a spokesman said in <City>": wire copy that
# attributes a meeting to a government's readout).
REPORTED_FROM: dict[str, tuple[str, str]] = {
    "body in a city, then the verb": (
        "Scholz met Tusk on Friday, officials in Warsaw reported.", ""),
    "said in a city": ("The envoys held talks on Tuesday, a spokesman said in Ankara.", ""),
    "own place kept, the source's dropped": (
        "Tusk sat down with Scholz in Gdansk on Monday, diplomats in Vienna confirmed.",
        "Gdańsk"),
}


@pytest.mark.parametrize("case", REPORTED_FROM)
def test_a_statements_city_is_no_place(case: str) -> None:
    text, place = REPORTED_FROM[case]
    assert [e["place"] for e in _found(text)] == [place]


# Negative: a group meeting in a city that then acts ("ministers meeting in <City>
# announced") is at that city.
def test_a_meeting_group_acting_keeps_its_city() -> None:
    found = _found("Finance ministers meeting in Luxembourg announced a new loan on Friday.")
    assert [e["place"] for e in found] == ["Luxembourg"]


# Talks that name no one, dated only by the day of a document a participle phrase dates
# ("talks on the package unveiled on 4 March": presidency and ministry releases): no
# meeting of that day. Negative: a day of the talks themselves dates them.
DOCUMENT_DAY: dict[str, tuple[str, int]] = {
    "presented by a body on a day": (
        "The Polish presidency will steer negotiations on the directive presented by the "
        "European Commission on 4 March.", 0),
    "adopted on a day": ("Diplomats will start talks on the budget adopted on 3 March.", 0),
    "the talks' own day": ("Diplomats will start talks in Brussels on 3 March.", 1),
}


@pytest.mark.parametrize("case", DOCUMENT_DAY)
def test_a_documents_day_dates_no_talks(case: str) -> None:
    text, n = DOCUMENT_DAY[case]
    assert len(_found(text)) == n


# Two people who talk or chat at a gathering, present tense in photo captions ("X and Y
# talk on the sidelines of the summit", "chat during a break": agency galleries, AP and
# Reuters captions): a meeting of the pair. Negatives: the noun "talks", one person talking.
PAIR_TALKS: dict[str, tuple[str, frozenset[str]]] = {
    "present tense, sidelines": (
        "Frederiksen and Tusk talk on the sidelines of a working dinner.",
        frozenset({"Mette Frederiksen", "Donald Tusk"})),
    "past tense, during a break": (
        "Scholz and Macron chatted during a pause in the session.",
        frozenset({"Emmanuel Macron", "Olaf Scholz"})),
}


# Gaps found while rewriting the pair's cases: an adverb after the verb ("chatted briefly
# during") reads as talks, a caption's position marker (", right,") with no gathering
# named after "sidelines" loses the meeting, and so does an apposition after the pair.
PAIR_TALKS_GAPS: dict[str, tuple[str, frozenset[str]]] = {
    "an apposition after the pair": (
        "Donald Tusk and Mette Frederiksen, the Polish and Danish prime ministers, talk on "
        "the sidelines of a working dinner.",
        frozenset({"Mette Frederiksen", "Donald Tusk"})),
    "an adverb after the verb": (
        "Scholz and Macron chatted briefly during a pause in the session.",
        frozenset({"Emmanuel Macron", "Olaf Scholz"})),
    "a caption's position marker": (
        "Danish Prime Minister Mette Frederiksen, left, and Polish Prime Minister Donald "
        "Tusk, right, chat on the sidelines.",
        frozenset({"Mette Frederiksen", "Donald Tusk"})),
}


_GAP = pytest.mark.xfail(strict=True, reason="pair-talk rule: adverb, caption marker, apposition")


@pytest.mark.parametrize("case", [*PAIR_TALKS,
                                  *(pytest.param(c, marks=_GAP) for c in PAIR_TALKS_GAPS)])
def test_a_pair_talking_at_a_gathering_meets(case: str) -> None:
    text, people = {**PAIR_TALKS, **PAIR_TALKS_GAPS}[case]
    found = events([article(text, PUBLISHED)])
    assert [(r["kind"], frozenset(r["participants"])) for r in found.to_dict("records")] == [
        ("bilateral meeting", people)]


NOT_PAIR_TALKS = (
    "The talks on the sidelines of the summit were tense.",
    "Tusk talked during the debate about the budget.",
)


@pytest.mark.parametrize("text", NOT_PAIR_TALKS)
def test_talk_without_a_pair_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# Gap: a city that "will host" the next meeting in a clause after a semicolon gives the
# planned meeting the first meeting's place.
@pytest.mark.xfail(strict=True, reason="host city after a semicolon not read (gap)")
def test_a_host_city_after_a_semicolon_places_the_next_meeting() -> None:
    text = ("On Monday, Nordic foreign ministers met in Warsaw; Oslo will host their next "
            "ministerial conference in May.")
    assert ("planned", "Oslo", frozenset()) in _found_people(text)


# A city as the subject that holds or intends to host a gathering ("Lugano held the first
# recovery conference", "Rome intends to host the next one": wire and ministry copy), as
# "hosted" (round 9). Negative: a capital named for its government ("Berlin held talks with
# Paris") is no place.
HOST_CITY: dict[str, tuple[str, str]] = {
    "intends to host": ("On 3 May, Vienna intends to host a pledging conference for donors.",
                        "Vienna"),
    "held the first of a series": ("Last June, Oslo held the opening round of the Nordic "
                                   "summit series.", "Oslo"),
    "a government's talks": ("Berlin held talks with Paris on Monday.", ""),
}


@pytest.mark.parametrize("case", HOST_CITY)
def test_a_city_holding_a_gathering_is_its_place(case: str) -> None:
    text, place = HOST_CITY[case]
    assert [e["place"] for e in _found(text)] == [place]


# A summit of a named organisation and a gathering called by a proper name of its own in
# the same month are two ("at the G7 summit in mid-June" and "the <Name> Conference on June
# 11-12": wire copy listing a leader's month); two reports of one organisation's summit
# stay one.
def test_an_organisations_summit_and_a_named_conference_are_two() -> None:
    text = ("Trudeau expects to talk to Meloni during the G7 summit in June. "
            "The Ukraine Recovery Conference opens in Berlin on June 11.")
    found = _found(text, date(2024, 6, 1))
    assert sorted((e["start"], e["place"]) for e in found) == [
        ("2024-06-01", ""), ("2024-06-11", "Berlin")]


def test_two_reports_of_one_organisations_summit_are_one() -> None:
    text = ("NATO leaders meet at the summit in Vilnius in July. The NATO summit in Vilnius "
            "on July 11-12 will be the first for Finland.")
    assert [(e["start"], e["place"]) for e in _found(text, date(2024, 6, 1))] == [
        ("2024-07-11", "Vilnius")]


# A meeting the sides agreed or decided on ("agreed to meet again in <month>", "decided to
# hold the next round in <city>": readouts of talks): planned, in the months ahead, though
# the agreeing verb is past. Negative: a meeting where something was agreed was held.
AGREED_TO_MEET: dict[str, tuple[str, tuple[str, str]]] = {
    "agreed to meet again": ("The finance chiefs agreed to meet again in April.",
                             ("planned", "2025-04-01")),
    "decided to hold a round": (
        "The two sides decided to hold another round of talks in Geneva next month.",
        ("planned", "2025-04-01")),
    "agreed at a meeting": ("Envoys agreed on a truce text at a meeting in Oslo on Monday.",
                            ("held", "2025-03-10")),
}


@pytest.mark.parametrize("case", AGREED_TO_MEET)
def test_a_meeting_agreed_on_is_planned(case: str) -> None:
    text, expected = AGREED_TO_MEET[case]
    assert [(e["status"], e["start"]) for e in _found(text)] == [expected]


# "The meeting was attended by X" after the plans for the next meeting (government readouts
# close so: the meeting, then what was agreed, then who attended): the meeting reported as
# held, not the one to come, which stays planned.
def test_a_past_anaphor_skips_the_meeting_to_come() -> None:
    text = ("On Monday, Nordic foreign ministers met in Warsaw. Their next ministerial "
            "conference will be held in Oslo in May. The meeting was attended by Chancellor "
            "Olaf Scholz.")
    found = _found_people(text)
    assert found == [("held", "Warsaw", frozenset({"Olaf Scholz"})),
                     ("planned", "Oslo", frozenset())]


def _found_people(text: str) -> list[tuple[str, str, frozenset[str]]]:
    table = events([article(text, PUBLISHED)])
    return sorted((r["status"], "" if pd.isna(r["place"]) else r["place"],
                   frozenset(r["participants"])) for r in table.to_dict("records"))


# Across articles, a visit dated only by its month ("travelled to <City> earlier this
# month") and another paper's one-day summit in that city with one of its people are two
# events: only reports of one kind, or both dated to the day, join by their people.
def test_a_months_visit_is_not_another_papers_summit() -> None:
    summit = article("Donors and President Volodymyr Zelensky gathered in Kyiv on Thursday "
                     "for the fund's anniversary summit.", date(2024, 5, 24), "a1")
    visit = article("Earlier this month, Lloyd Austin flew to Kyiv and met President "
                    "Volodymyr Zelensky.", date(2024, 5, 31), "a2")
    found = events([summit, visit])
    assert sorted((r["kind"], r["sources"]) for r in found.to_dict("records")) == [
        ("summit or ministerial", ("a1",)), ("visit", ("a2",))]


# A gathering that "continues on <weekday>" (live pages and releases of two-day
# conferences): under way from its first day, or the publication day, to that day, not a
# past weekday. Negative: a gathering that "continued" on a past day stays in the past.
CONTINUES_ON: dict[str, tuple[str, tuple[str, str, str]]] = {
    "opened, then continues": (
        "The donor conference opened in Rome on Tuesday and continues on Wednesday.",
        ("ongoing", "2025-03-11", "2025-03-12")),
    "continues alone": (
        "The Rome conference, co-hosted by Italy and Ukraine, continues on Thursday.",
        ("ongoing", "2025-03-11", "2025-03-13")),
}


@pytest.mark.parametrize("case", CONTINUES_ON)
def test_a_gathering_continues_to_a_day_to_come(case: str) -> None:
    text, expected = CONTINUES_ON[case]
    found = events([article(text, PUBLISHED)])
    assert [(r["status"], _day(r["date_start"]), _day(r["date_end"]))
            for r in found.to_dict("records")] == [expected]


def test_a_meeting_continued_last_week_stays_past() -> None:
    found = _found("The donor conference in Rome continued on Monday after opening on Sunday.")
    assert [e["status"] for e in found] == ["held"]


# Talking on a gathering's margins makes a meeting only of a pair named as the subject
# ("X and Y talk on the sidelines", "they" after two people named), never of a group by
# its noun ("officials", "envoys"). Negatives; the pair positives are PAIR_TALKS above.
NOT_A_NAMED_PAIR = (
    "Diplomats talked on the margins of the conference about sanctions.",
    "Several envoys chat on the sidelines of the forum in Oslo.",
)


@pytest.mark.parametrize("text", NOT_A_NAMED_PAIR)
def test_a_group_talking_at_a_gathering_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# An unnamed meeting is not dated by a week or month after its verb when a clause or phrase
# about another thing comes between ("talks about <a thing> scheduled to <happen> in
# <month>"): that is the thing's time, and no meeting of its own
TIME_OF_ANOTHER_THING = (
    "Engineers held talks about the bridge scheduled to reopen in June.",
    "There were talks on a grant that the bank will approve next week.",
    "Consultations covered the tranche expected to reach Kyiv in April.",
)


@pytest.mark.parametrize("text", TIME_OF_ANOTHER_THING)
def test_a_time_of_another_thing_makes_no_meeting(text: str) -> None:
    assert _found(text) == []


def test_a_pair_named_before_they_talk_still_meets() -> None:
    found = events([article("Tusk welcomed Frederiksen in Warsaw, and later they chatted "
                            "during the concert.", PUBLISHED)])
    assert [frozenset(r["participants"]) for r in found.to_dict("records")] == [
        frozenset({"Donald Tusk", "Mette Frederiksen"})]


def test_an_unnamed_meeting_with_its_own_month_is_dated() -> None:
    assert [(e["status"], e["start"]) for e in _found(
        "Bankers will hold talks with donors later in June.")] == [("planned", "2025-06-01")]


# Known gap: a group subject that meets ("delegations met") passes on its party, and its
# date is still taken from a phrase about another thing after the verb. Skipping such
# times when choosing the date cost dev dates 0.009 (0.918 -> 0.909), so it waits.
@pytest.mark.xfail(strict=True, reason="a party meeting takes the time of a later phrase")
def test_a_party_meeting_is_not_dated_by_a_later_phrase() -> None:
    assert [e["status"] for e in _found(
        "Delegations met to settle the wording for the ballot next month.")] == ["held"]
