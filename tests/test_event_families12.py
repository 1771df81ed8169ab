"""Meeting phrasings of round 12 (wire diaries filed under day headings, verbless
expectations, a named day beside "over the weekend", a gathering dated by the talks on its
margins, committee hearings named by testimony, two gatherings in one clause, a bare "the
same day"), one family a table or test, negatives included.
Each sentence was written for these tests in a construction of its own;
tests/test_test_sentences_are_new.py checks that no run of eight words is shared with a dev
article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from aidlib.events import event_mentions
from tests.event_cases import event_fields
from tests.test_events import article

PUBLISHED = date(2025, 3, 11)  # a Tuesday


def _found(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    """Each event of ``text``: kind, status, first and last day, participants."""
    return event_fields(text, published, ("kind", "status", "start", "end", "people"))


# A wire diary: day headings with a weekday and no year ("WEDNESDAY, MAR. 12", a span
# "THURSDAY, MAR. 13 - FRIDAY, MAR. 14"), each over paragraphs opened by a city ("OSLO -
# Nordic defence ministers meet."), blank lines between. The heading dates the items
# filed under it, up to the next heading or a rule line; an item's own words come first.
_DIARY = (
    "DIARY-Energy and security aid for Ukraine: the days ahead\n\n"
    "Mar 11, 2025 - Listed below are planned and possible events of the next ten days.\n\n"
    "WEDNESDAY, MAR. 12\n\n"
    "OSLO - Nordic defence ministers meet; a session with Ukraine's defence minister "
    "likely in the afternoon.\n\n"
    "THURSDAY, MAR. 13 - FRIDAY, MAR. 14\n\n"
    "VIENNA - Danube Energy Security Conference, hosted by the Austrian government.\n"
    " - Austrian Chancellor Karl Nehammer due to meet Zelensky on Friday (TBC).\n\n"
    "MONDAY, MAR. 17\n\n"
    "ROME - EU finance ministers gather; the new loan tranche is on the table.\n\n"
    "-------------------------------------------------------------\n\n"
    "NO FIXED DATE\n\n"
    "BERLIN - Coalition leaders and the Greens meet to settle a budget for arms.\n"
)


def _by_start(found: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["start"]: e for e in found}


def test_a_diary_heading_dates_the_items_filed_under_it() -> None:
    found = _by_start(_found(_DIARY))
    assert found["2025-03-12"]["status"] == "planned"
    assert found["2025-03-17"]["status"] == "planned"
    assert found["2025-03-17"]["end"] == "2025-03-17"


def test_a_diary_heading_of_two_days_dates_the_conference_under_it() -> None:
    found = _found(_DIARY)
    assert any(e["start"] == "2025-03-13" and e["end"] == "2025-03-14"
               and e["kind"] == "summit or ministerial" and e["status"] == "planned"
               for e in found)


# Negatives: an item's own day wins over its heading; an item after a rule line belongs to
# no heading; a single weekday line (the article's own date) makes no diary.
def test_a_diary_item_with_its_own_day_keeps_it() -> None:
    found = _found(_DIARY)
    talks = [e for e in found if "Karl Nehammer" in e["people"]]
    assert [(e["start"], e["end"]) for e in talks] == [("2025-03-14", "2025-03-14")]


def test_a_diary_item_below_a_rule_line_is_not_dated_by_the_heading_above() -> None:
    rows = event_mentions([article(_DIARY, PUBLISHED)])
    below = rows[rows.sentence.str.startswith("BERLIN")]
    assert len(below) == 1 and pd.isna(below.date_start.iloc[0])


def test_one_weekday_line_over_the_body_is_no_diary() -> None:
    text = ("Monday, March 17\n\n"
            "ROME - EU finance ministers gather; the new loan tranche is on the table.\n")
    found = _found(text)
    assert found and all(e["start"] != "2025-03-17" for e in found)


# A verbless expectation (wire diaries, headlines): "<Person> expected in <place> for
# talks", "<Person> expected at <gathering>": planned, although a past verb follows in a
# bracket ("Trump said he was sending him"). Negative: "than expected" and "as expected"
# before a held meeting's place ("talks ran longer than expected at the ministry") keep it
# held.
EXPECTED_IN: dict[str, tuple[str, str]] = {
    "expected in, bracket after": (
        "LISBON - Norwegian Prime Minister Jonas Gahr Store expected in Kyiv for talks "
        "with Zelensky on gas supplies (the office said on Monday he was packing).",
        "planned"),
    "expected at": (
        "Belgian defence minister expected at the talks with Umerov in Odesa, aides "
        "confirmed when they were asked.",
        "planned"),
    "longer than expected at": (
        "Zelensky's talks with Store ran longer than expected at the ministry in Oslo.",
        "held"),
    "as expected in": (
        "As expected in Brussels, the talks of Kallas and Sybiha ended without a deal.",
        "held"),
}


def test_a_verbless_expectation_is_planned() -> None:
    for case, (text, status) in EXPECTED_IN.items():
        found = _found(text)
        assert found and all(e["status"] == status for e in found), (case, found)


# "Over the weekend" gives both days for want of one; a day another sentence names for the
# same gathering ("On Sunday, <host> hosted ...") wins over it. Negative: alone, the
# weekend stays both days.
def test_a_named_day_wins_over_the_weekend_of_the_same_gathering() -> None:
    text = ("Over the weekend, Nordic and Baltic leaders gathered in Riga to weigh new "
            "help for the Ukrainian army.\n\n"
            "On Sunday, Latvian President Edgars Rinkevics hosted the leaders at the castle "
            "by the river, where a shared plan for drones was agreed.")
    found = [e for e in _found(text) if e["kind"] == "summit or ministerial"]
    assert [(e["start"], e["end"]) for e in found] == [("2025-03-09", "2025-03-09")]


def test_the_weekend_alone_stays_both_days() -> None:
    text = ("Over the weekend, Nordic and Baltic leaders gathered in Riga to weigh new "
            "help for the Ukrainian army.")
    found = [e for e in _found(text) if e["kind"] == "summit or ministerial"]
    assert [(e["start"], e["end"]) for e in found] == [("2025-03-08", "2025-03-09")]


# A gathering no sentence dates, with talks on its margins dated to two days ("On June 3,
# X held talks with Y on the margins of the ministerial ... also met Z on June 4 on the
# sidelines of the ministerial"): it lasted from the first of those days to the last.
# Negatives: one dated side talk gives its one day; a gathering dated by its own words
# keeps them.
_JUNE = date(2025, 6, 10)
_SIDE_DAY_ONE = ("On June 3, Jonas Gahr Store held talks with Maia Sandu on the margins "
                 "of the OSCE ministerial in Vienna. ")
_SIDE_DAY_TWO = ("Mr. Store also met with Andrii Sybiha on June 4 on the sidelines of the "
                 "ministerial, and the two discussed prisoner swaps.")


def _gathering_days(text: str) -> list[tuple[str, str]]:
    return [(e["start"], e["end"]) for e in _found(text, _JUNE)
            if e["kind"] == "summit or ministerial"]


def test_talks_on_two_days_of_the_margins_date_the_gathering() -> None:
    assert _gathering_days(_SIDE_DAY_ONE + _SIDE_DAY_TWO) == [("2025-06-03", "2025-06-04")]


def test_one_dated_side_talk_gives_the_gathering_one_day() -> None:
    text = ("Mr. Store met with Andrii Sybiha on June 4 on the sidelines of the OSCE "
            "ministerial in Vienna, and the two discussed prisoner swaps.")
    assert _gathering_days(text) == [("2025-06-04", "2025-06-04")]


def test_a_gathering_dated_by_its_own_words_keeps_them() -> None:
    text = ("The OSCE ministerial in Vienna took place on June 2. " + _SIDE_DAY_ONE
            + _SIDE_DAY_TWO)
    assert ("2025-06-03", "2025-06-04") not in _gathering_days(text)


# A committee hearing named by the testimony given to it ("<witness> told a <parliament>
# committee on <day>", "testified before the <Name> Committee"): a sitting (`summit or
# ministerial`), held, dated by the sentence. Negatives: a committee acting ("the
# committee approved"), a bare "told the committee" (a sitting already named, or none),
# and testimony to a press conference are no new sitting.
HEARINGS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "told a parliament's committee": (
        "Ukraine's envoy to Berlin told a Bundestag committee on Tuesday that shells for "
        "the winter had not yet been paid for.",
        [("summit or ministerial", "held", "2025-03-11")]),
    "testified before a named committee": (
        "General Mark Hollis testified before the Senate Foreign Relations Committee on "
        "Monday about the pace of deliveries.",
        [("summit or ministerial", "held", "2025-03-10")]),
    "appeared before a standing committee": (
        "The deputy minister appeared before the Standing Committee on National Defence "
        "on Monday to answer for the delays.",
        [("summit or ministerial", "held", "2025-03-10")]),
    "a committee acting": (
        "The budget committee approved the transfer of the shells money on Monday.",
        []),
    "told the committee, bare": (
        "Asked about the delays, she told the committee that the plants were running.",
        []),
    "told a press conference": (
        "The envoy told a press conference on Monday that shells were short.",
        []),
}


def test_testimony_to_a_committee_is_a_sitting() -> None:
    for case, (text, expected) in HEARINGS.items():
        found = [(e["kind"], e["status"], e["start"]) for e in _found(text)]
        assert found == expected, (case, found)


# Two gatherings joined in one clause ("at the <Name> Summit in <City> in May and at the
# <ministerial> in <City> in December"): one event each, with its own month. Negatives:
# the same gathering named again after "and at the" ("and at the summit's close") stays
# one event.
def test_two_gatherings_joined_by_and_at_the_are_two_events() -> None:
    text = ("Donors are next expected to bring new pledges to the Nordic Energy Summit in "
            "Oslo in May and to the OSCE ministerial in Vienna in December.")
    found = [(e["kind"], e["status"], e["start"]) for e in _found(text)]
    assert found == [("summit or ministerial", "planned", "2025-05-01"),
                     ("summit or ministerial", "planned", "2025-12-01")]


def test_one_gathering_named_again_after_and_at_the_stays_one() -> None:
    for text in ("Nordic ministers gathered in Oslo on Monday and at the summit's close "
                 "they signed a pact on drones.",
                 "Leaders met at the Nordic summit in Oslo in May and at the end of the "
                 "summit they agreed a pact."):
        assert len(_found(text)) == 1, text


# A bare "the same day" with nothing dated in its own sentence: the day of the event the
# sentence right before dates to one day ("<X> announced in <City> on Friday, after
# talks with <Y>. The loan deal was signed the same day by ..."). Negative: a month in the
# sentence before gives no day.
def _signing_days(text: str) -> list[tuple[str, str]]:
    return [(e["start"], e["end"]) for e in _found(text) if "Denys Shmyhal" in e["people"]]


def test_the_same_day_takes_the_day_of_the_sentence_before() -> None:
    text = ("Norway will lend Ukraine fresh money for gas, Prime Minister Jonas Gahr Store "
            "announced in Kyiv on Friday, after talks with Volodymyr Zelensky. The loan "
            "deal was signed the same day by Mr Store and Denys Shmyhal.")
    assert _signing_days(text) == [("2025-03-07", "2025-03-07")]


def test_the_same_day_after_a_month_gets_no_day() -> None:
    text = ("Norway will lend Ukraine fresh money for gas, Prime Minister Jonas Gahr Store "
            "announced in Kyiv in February, after talks with Volodymyr Zelensky. The loan "
            "deal was signed the same day by Mr Store and Denys Shmyhal.")
    assert not any(start.startswith("2025-02") for start, _ in _signing_days(text))
