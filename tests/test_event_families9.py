"""Meeting phrasings of round 9 (US wire and newspaper style, UK government readouts,
ministry and budget reporting), one family a table, negatives included. Each sentence was
written for these tests in a construction of its own (verb, word order, actors, places,
numbers and dates differ from every dev article's sentence of the same family; the audit of
session 8 rewrote the ones that did not); tests/test_test_sentences_are_new.py checks that
no run of eight words is shared with a dev article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from aidlib.events import events
from tests.test_events import article

PUBLISHED = date(2025, 3, 11)  # a Tuesday


def _found(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    """Each event of ``text``: kind, status, first and last day, place, people, groups."""
    table = events([article(text, published)])
    return [{"kind": r["kind"], "status": r["status"], "start": _day(r["date_start"]),
             "end": _day(r["date_end"]), "place": "" if pd.isna(r["place"]) else r["place"],
             "people": frozenset(r["participants"]), "groups": frozenset(r["groups"])}
            for r in table.to_dict("records")]


def _day(value: Any) -> str:
    return "" if pd.isna(value) else str(pd.Timestamp(value).date())


# A group meets with a bare weekday or a dated day right after its verb, no "on" ("G7
# leaders gather Thursday for the first day of an Italy summit": AFP via zawya.com,
# 2024-06-13; US papers write "ministers meet Friday", "envoys convene June 12"): the group
# meets on that day, as with "on Thursday".
BARE_DAY: dict[str, tuple[str, tuple[str, str, str]]] = {
    "plural present, weekday after the verb": (
        "Nordic defence ministers meet Thursday in Oslo to pool ammunition orders.",
        ("2025-03-13", "planned", "Oslo")),
    "gather, weekday then place": (
        "Ahead of the vote, EU leaders gather Friday at a castle outside Prague.",
        ("2025-03-14", "planned", "")),
    "past tense, weekday after the verb": (
        "Baltic foreign ministers convened Monday in Riga, a day before the deadline.",
        ("2025-03-10", "held", "Riga")),
    "month and day after the verb": (
        "Alliance envoys meet March 20 to finish the text.",
        ("2025-03-20", "planned", "")),
}


@pytest.mark.parametrize("case", BARE_DAY)
def test_a_group_meets_on_a_bare_day(case: str) -> None:
    text, (day, status, place) = BARE_DAY[case]
    found = _found(text)
    assert [(e["start"], e["status"], e["place"]) for e in found] == [(day, status, place)]


# Negatives: a possessive weekday is an object ("met Friday's deadline": satisfied, not a
# meeting), and so is a month with no day after it in a noun phrase.
NOT_BARE_DAY = (
    "Finance ministers met Friday's deadline for the loan documents.",
    "Ministers met Sunday’s target for shell deliveries.",
)


@pytest.mark.parametrize("text", NOT_BARE_DAY)
def test_a_possessive_day_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# A bare "call" after "on a", "during a", "in a", "over a" ("both Ministers were
# professional and respectful on the call": UK MoD statement via wired-gov.net,
# 2022-10-25; readouts write "during a call on Sunday", "spent the evening on a call"): a
# call, dated by the clause. Not "a call for" (an appeal), "a call to" action, "a call on"
# governments.
CALL: dict[str, tuple[str, tuple[str, frozenset[str]]]] = {
    "during a call, a person named": (
        "Merz raised the air-defence gap with Rutte during a call on Sunday.",
        ("2025-03-09", frozenset({"Friedrich Merz", "Mark Rutte"}))),
    "on a call, bodies only, day before": (
        "Negotiators from the Commission and the Norwegian finance ministry were on a "
        "call for most of Monday.",
        ("2025-03-10", frozenset())),
    "in a call, weekday first": (
        "On Saturday, Tusk briefed Starmer in a call that lasted an hour.",
        ("2025-03-08", frozenset({"Donald Tusk", "Keir Starmer"}))),
}


@pytest.mark.parametrize("case", CALL)
def test_a_bare_call_is_a_call(case: str) -> None:
    text, (day, people) = CALL[case]
    found = _found(text)
    assert [(e["kind"], e["start"], e["people"]) for e in found] == [
        ("call or video link", day, people)]


NOT_CALL = (
    "Kallas renewed a call for more shells on Monday.",
    "Frederiksen issued a call to action to European capitals on Friday.",
    "The letter was a call on donors to move faster.",
    # the first noun of a compound, not a call
    "Sikorski toured a call centre for veterans in Lublin on Monday.",
    "Rutte waited in a call box at the station on Friday.",
    "Tusk was named in a call-up notice read out in Radom on Friday.",
)


@pytest.mark.parametrize("text", NOT_CALL)
def test_an_appeal_is_no_call(text: str) -> None:
    assert _found(text) == []


# A city as the subject of "hosted", "hosts", "will host" a gathering ("the biggest event
# the city has ever hosted": newsweek.com on Vilnius' NATO summit, 2023; "Rome will host
# the recovery conference", "Warsaw hosted a donor conference": wire copy) is the
# gathering's place, the words between being the gathering's own.
HOST_CITY: dict[str, tuple[str, tuple[str, str]]] = {
    "past, with a topic after the noun": (
        "Oslo hosted a donors' conference on energy repairs in January.",
        ("Oslo", "2025-01-01")),
    "future, with a year before the noun": (
        "Officials say Madrid will host a recovery conference of its own.",
        ("Madrid", "")),
}


@pytest.mark.parametrize("case", HOST_CITY)
def test_a_host_city_is_the_place(case: str) -> None:
    text, (place, start) = HOST_CITY[case]
    found = _found(text)
    assert [e["place"] for e in found] == [place]
    if start:
        assert found[0]["start"] == start


# Negative: a city hosting people before a gathering named elsewhere is not its place.
def test_a_city_hosting_people_is_not_the_gathering_place() -> None:
    found = _found("Rome hosted refugees from Kharkiv before the conference in Vienna "
                   "on Thursday.")
    assert [e["place"] for e in found if e["kind"] == "summit or ministerial"] == ["Vienna"]


# A cabinet in session ("Sunday's cabinet meeting": i24news.tv, 2023-08-29; "the cabinet
# met on <weekday> to <approve the budget>": budget reporting) is a meeting of the
# government on that day, with no person named, of the kind "summit or ministerial" (guide
# v2.1: a cabinet meeting), never a bilateral meeting; a cabinet acting ("the cabinet
# approved") or meeting a target is none.
@pytest.mark.parametrize(("text", "day", "status"), (
    ("On Monday morning the Danish cabinet met behind closed doors.", "2025-03-10", "held"),
    ("Lisbon's cabinet will convene on Friday.", "2025-03-14", "planned"),
    ("The Israeli cabinet met on Sunday to discuss Gaza.", "2025-03-09", "held"),
))
def test_a_cabinet_meets(text: str, day: str, status: str) -> None:
    found = _found(text)
    assert [(e["kind"], e["start"], e["status"]) for e in found] == [
        ("summit or ministerial", day, status)]


@pytest.mark.parametrize("text", (
    "The cabinet approved the package on Monday.",
    "The cabinet met its savings target last year.",
))
def test_a_cabinet_acting_is_no_meeting(text: str) -> None:
    assert _found(text) == []


# A call by phone and a meeting in person of the same two people are two events, however
# close in the text ("met X on the margins ...; the idea first came up in a phone call
# with X after the election": background calls in wire profiles and readouts, e.g. "It was
# their first conversation since the minister took office", military-online.blogspot.com,
# American Forces Press Service 2014-04-10). Two reports of one call stay one; a video
# link may still join a meeting in person.
def test_a_phone_call_is_not_the_meeting_in_person() -> None:
    found = _found("Scholz and Macron held a short meeting on the sidelines of the summit "
                   "in Brussels on Monday. The plan had first come up in a phone call "
                   "between Scholz and Macron after the election.")
    pair = frozenset({"Emmanuel Macron", "Olaf Scholz"})
    kinds = sorted(e["kind"] for e in found if e["people"] == pair)
    assert kinds == ["bilateral meeting", "call or video link", "summit or ministerial"]


def test_two_reports_of_one_call_stay_one() -> None:
    found = _found("Starmer telephoned Tusk on Monday. In the phone call, Starmer told Tusk "
                   "that London would send more drones.")
    assert [(e["kind"], e["start"]) for e in found] == [("call or video link", "2025-03-10")]


# A body named as the goal of a country's membership in the topic of a meeting ("talks on
# Kyiv's road to the EU", "to discuss accession to the EU", "NATO membership": foreign
# ministries' readouts list the topics after the meeting word) is no party to it: the
# meeting of two ministers stays bilateral. A body named as a party still is.
GOAL: dict[str, tuple[str, tuple[str, frozenset[str]]]] = {
    "road to the union, after the day": (
        "Sybiha held talks with Tajani in Rome on Monday on Ukraine's road to the European "
        "Union.", ("talks", frozenset())),
    "accession to, in a purpose clause": (
        "Tusk met Sybiha in Warsaw on Monday to discuss Kyiv's accession to the EU.",
        ("bilateral meeting", frozenset())),
    "a body as a party (negative)": (
        "Sybiha held talks with Tajani and European Union foreign ministers in Rome on "
        "Monday.", ("summit or ministerial", frozenset({"European Union",
                                                         "foreign ministers"}))),
}


@pytest.mark.parametrize("case", GOAL)
def test_a_membership_goal_is_no_party(case: str) -> None:
    text, (kind, groups) = GOAL[case]
    assert [(e["kind"], e["groups"]) for e in _found(text)] == [(kind, groups)]


# The companions of a visitor named in a sentence of their own ("He was accompanied by the
# Minister of X, A, and B", "With her were A and B"; "Morawiecki was to be joined by
# Deputy Prime Minister ...": Reuters via sursazilei.ro on the March 2022 train to Kyiv;
# government releases on official visits) were on the visit reported last, even a
# paragraph before. A sentence saying a thing came with something names no companion.
COMPANIONS: dict[str, tuple[str, frozenset[str]]] = {
    "was accompanied by, appositive titles": (
        "Tusk arrived in Vilnius on Monday for talks with Nauseda. He was accompanied by the "
        "foreign minister, Radoslaw Sikorski.",
        frozenset({"Donald Tusk", "Gitanas Nausėda", "Radosław Sikorski"})),
    "with her were, a paragraph later": (
        "Frederiksen flew to Kyiv on Friday on an unannounced visit.\n\nShe laid flowers at "
        "the wall of remembrance. Air-raid sirens sounded twice during the day.\n\nWith her "
        "were Foreign Minister Lars Lokke Rasmussen and Defence Minister Troels Lund "
        "Poulsen.",
        frozenset({"Mette Frederiksen", "Lars Løkke Rasmussen", "Troels Lund Poulsen"})),
}


@pytest.mark.parametrize("case", COMPANIONS)
def test_companions_were_on_the_visit(case: str) -> None:
    text, people = COMPANIONS[case]
    visits = [e["people"] for e in _found(text) if e["kind"] == "visit"]
    assert visits == [people]


# Who came with a visitor is named in the cue's object phrase only: not the speaker of a
# reporting clause after it, not a thing the visitor brought, and not on an earlier visit
# of someone else when the pronoun points to a later traveller.
NO_COMPANION: dict[str, tuple[str, list[frozenset[str]]]] = {
    "the speaker after the companions": (
        "Rutte flew into Vilnius on Friday. With him was Kaja Kallas, Nauseda told reporters.",
        [frozenset({"Mark Rutte", "Kaja Kallas"})]),
    "a thing brought, then a complaint": (
        "Rutte flew into Vilnius on Friday. He came with empty hands, Nauseda complained.",
        [frozenset({"Mark Rutte"})]),
    "the pronoun names a later traveller": (
        "Rutte flew into Vilnius on Friday. A month on, Tusk travelled to Ottawa for a "
        "hockey final. With him was Sikorski.",
        [frozenset({"Mark Rutte"}), frozenset({"Donald Tusk", "Radosław Sikorski"})]),
    "the pronoun names a later traveller, his trip no meeting": (
        "Rutte flew into Vilnius on Friday. A month on, Tusk cheered at a hockey final in "
        "Ottawa. With him was Sikorski.",
        [frozenset({"Mark Rutte"})]),
}


@pytest.mark.parametrize("case", NO_COMPANION)
def test_no_companion_outside_the_object_phrase(case: str) -> None:
    text, people = NO_COMPANION[case]
    assert [e["people"] for e in _found(text) if e["kind"] == "visit"] == people


def test_a_thing_accompanied_names_no_companion() -> None:
    found = _found("Tusk arrived in Vilnius on Monday for talks with Nauseda. The offer was "
                   "accompanied by a letter from Sikorski.")
    assert [e["people"] for e in found] == [frozenset({"Donald Tusk", "Gitanas Nausėda"})]


# A city named through what it is ("in the southern city of X", "to the <sea> port of
# X", "in the <adjective> town of X": wire copy; "in the Lithuanian capital, Vilnius" was
# read already) is the meeting's place; a region ("in the region of X") is none.
DESCRIBED_CITY: dict[str, tuple[str, str]] = {
    "port, travel verb": (
        "Rutte travelled to the Baltic port of Gdańsk on Monday for talks with Tusk.",
        "Gdańsk"),
    "town with an adjective, group meeting": (
        "Air defence topped the agenda when allies gathered on Thursday in the mountain "
        "town of Davos.", "Davos"),
    "the southern city of": (
        "Sybiha met Fidan in the southern city of Istanbul on Friday.", "Istanbul"),
}


@pytest.mark.parametrize("case", DESCRIBED_CITY)
def test_a_described_city_is_the_place(case: str) -> None:
    text, place = DESCRIBED_CITY[case]
    assert [e["place"] for e in _found(text)] == [place]


def test_a_region_is_no_place() -> None:
    assert [e["place"] for e in _found("Sybiha met Fidan in the region of Kurdistan on "
                                       "Friday.")] == [""]


# A group "meeting" in a participle between commas is under way, unless the month or week
# its report gives has ended by the publication day ("ministers, meeting in <City> in late
# <month>, said ..." in a paper of the month after: AFP and Reuters recaps) (the status
# stage's doctest covers the day-precision reading).
@pytest.mark.parametrize(("when", "status"), (
    ("in early February", "held"),
    ("last week", "held"),
    ("this month", "ongoing"),
))
def test_a_participle_meeting_of_a_past_month_is_held(when: str, status: str) -> None:
    found = _found(f"Shell orders were signed by the coalition's naval chiefs, meeting in "
                   f"Tallinn {when}, its secretariat reported.")
    assert [e["status"] for e in found] == [status]


# A meeting called off, named by a noun of the act right before it ("the postponement of
# the <group> meeting", "the cancellation of <day>'s talks": parliamentary reports
# and wire copy, e.g. "the postponement of the Ramstein meeting" after a US president's
# cancelled trip, October 2024) is cancelled; with a new date it is to come; a noun of
# another object ("talks on the cancellation of the debt") leaves the talks held.
CALLED_OFF_NOUN: dict[str, tuple[str, str]] = {
    "postponement, no new date": (
        "Storms forced the postponement of Thursday's donor conference in Tallinn; no new "
        "date was given.", "cancelled"),
    "cancellation of a day's talks": (
        "The cancellation of Friday's talks in Geneva dismayed the mediators.",
        "cancelled"),
    "postponement to a new day": (
        "Organisers confirmed the postponement of the donor conference in Tallinn until 4 "
        "November.",
        "planned"),
    "another object cancelled (negative)": (
        "Ministers held talks in Vienna on Tuesday on the cancellation of the debt.",
        "held"),
    "the meeting word a possessive (negative)": (
        "Haggling over the scrapping of the summit's closing statement went on in Vienna "
        "on Monday.", "held"),
}


@pytest.mark.parametrize("case", CALLED_OFF_NOUN)
def test_a_meeting_called_off_by_a_noun(case: str) -> None:
    text, status = CALLED_OFF_NOUN[case]
    assert [e["status"] for e in _found(text, date(2024, 10, 9))] == [status]


# A meeting "again" after one called off ("the group will meet again next month") is the
# next of the series, not the meeting called off.
def test_meeting_again_is_not_the_meeting_called_off() -> None:
    found = _found("Organisers called off the donors' conference in Vilnius that had been "
                   "due on 5 November. Its finance ministers will meet again before winter, "
                   "a diplomat said.", date(2024, 10, 23))
    assert sorted(e["status"] for e in found) == ["cancelled", "planned"]


# A gathering named back by its length in the next sentence ("... opened today in
# <City>. Delegates came for the <N>-day <event>": government releases; "the three-day
# forum closes on Friday") runs that many days from its day; a length given
# with "a" (another event) or two sentences on changes nothing.
N_DAY: dict[str, tuple[str, tuple[str, str]]] = {
    "the three-day forum, next sentence": (
        "The Nordic Energy Forum opened today in Oslo. Ministers from eight countries are "
        "attending the three-day forum, its hosts said.", ("2025-03-11", "2025-03-13")),
    "an abbreviation's full stop inside the next sentence": (
        "The Nordic Energy Forum opened today in Oslo. U.S. officials are attending the "
        "three-day forum, its hosts said.", ("2025-03-11", "2025-03-13")),
    "a two-day trip is another event (negative)": (
        "The Nordic Energy Forum opened today in Oslo. Its chair then left for a two-day "
        "trip of her own.", ("2025-03-11", "2025-03-11")),
    "two sentences on (negative)": (
        "The Nordic Energy Forum opened today in Oslo. Ministers arrived by train. A "
        "reception marks the two-day forum at its close.", ("2025-03-11", "2025-03-11")),
}


@pytest.mark.parametrize("case", N_DAY)
def test_the_length_of_a_gathering_named_back(case: str) -> None:
    text, days = N_DAY[case]
    found = [e for e in _found(text) if e["kind"] == "summit or ministerial"]
    assert [(e["start"], e["end"]) for e in found] == [days]


# A month after "planned for", "scheduled for", "set for", "slated for", "due for" ("a
# meeting of <group> is being planned for <month>", "the next round is slated for May": wire
# scoops) dates the meeting to that month; "for" with another verb ("voted for May")
# names no month.
@pytest.mark.parametrize(("text", "days"), (
    ("Nordic defence chiefs have a follow-up session in Oslo planned for July.",
     ("2025-07-01", "2025-07-31")),
    ("The next round of talks in Geneva is slated for May, a diplomat said.",
     ("2025-05-01", "2025-05-31")),
))
def test_a_month_a_meeting_is_planned_for(text: str, days: tuple[str, str]) -> None:
    assert [(e["start"], e["end"], e["status"]) for e in _found(text)] == [
        (*days, "planned")]


def test_for_with_another_verb_names_no_month() -> None:
    from aidlib.dates import find_time_expressions

    assert find_time_expressions("Delegates voted for May as chair of the talks.") == []
