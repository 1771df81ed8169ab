"""Meetings dated from another event: "a day earlier", "two months later", "the next day",
"comes a day before the group meets"; and "ran alongside" (the same time)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.cells import as_str, as_timestamp
from tests.test_events import article

DAY = date(2023, 9, 29)  # a Friday

# text -> {kind: (first day, last day)} of the events the text reports
Case = tuple[str, dict[str, tuple[str, str]]]
CASES: dict[str, Case] = {
    "a day earlier": (
        "NATO defence ministers met in Brussels on September 12. A day earlier, G7 leaders "
        "held a video call with Volodymyr Zelensky.",
        {"summit or ministerial": ("2023-09-12", "2023-09-12"),
         "call or video link": ("2023-09-11", "2023-09-11")}),
    "months later": (
        "Keir Starmer visited Kyiv on 21 March. Two months later, Zelensky travelled to "
        "Hiroshima for the G7 summit.",
        {"visit": ("2023-03-21", "2023-03-21")}),
    "the next day": (
        "Kaja Kallas met Rustem Umerov in Kyiv on Tuesday. The next day, EU foreign ministers "
        "gathered in Brussels.",
        {"bilateral meeting": ("2023-09-26", "2023-09-26"),
         "summit or ministerial": ("2023-09-27", "2023-09-27")}),
    "comes a day before": (
        "Bulgaria's parliament passed the aid bill on Tuesday, a vote that comes a day before "
        "NATO defence ministers meet in Brussels.",
        {"summit or ministerial": ("2023-09-27", "2023-09-27")}),
    # a sentence opening on the act of the one before counts from that act's day (was a
    # strict xfail)
    "comes a day before, the act dated in the sentence before": (
        "Bulgaria's parliament passed the aid bill on Tuesday. The vote comes a day before "
        "NATO defence ministers meet in Brussels.",
        {"summit or ministerial": ("2023-09-27", "2023-09-27")}),
    "this came two days before": (
        "Oslo approved the loan on Monday. This came two days before EU finance ministers "
        "met in Luxembourg.",
        {"summit or ministerial": ("2023-09-27", "2023-09-27")}),
    "the decision came two days after": (
        "Oslo approved the loan on Monday.\nThe decision came two days after EU leaders "
        "gathered in Brussels.",
        {"summit or ministerial": ("2023-09-23", "2023-09-23")}),
    # the sentence before is found by the project's splitter: an abbreviation's full stop
    # ends no sentence, and a paragraph break does not hide the act
    "comes two days before, an abbreviation in the sentence before": (
        "On Monday the U.S. Senate cleared the aid bill. The vote comes two days before NATO "
        "defence ministers meet in Brussels.",
        {"summit or ministerial": ("2023-09-27", "2023-09-27")}),
    "came two days after, the act in the paragraph before": (
        "Oslo approved the loan on Monday.\n\nThe decision came two days after EU leaders "
        "gathered in Brussels.",
        {"summit or ministerial": ("2023-09-23", "2023-09-23")}),
    # a heading above the paragraph names the section's subject, no act: its day is not
    # the act's (the act is the publication day's)
    "comes a day before, under a heading": (
        "Brussels talks on Saturday\n\nThe vote comes a day before NATO defence ministers "
        "meet in Brussels.",
        {"summit or ministerial": ("2023-09-30", "2023-09-30")}),
    # ... but a time of its own sentence comes first
    "its own day before the count": (
        "Oslo approved the loan on Monday. The final vote on Wednesday came a day before "
        "EU finance ministers met in Luxembourg.",
        {"summit or ministerial": ("2023-09-28", "2023-09-28")}),
}
PARAMS = [pytest.param(case, id=name) for name, case in CASES.items()]


def _days(text: str) -> dict[str, tuple[str, str]]:
    table = events([article(text, DAY)])
    return {as_str(r.kind): (str(as_timestamp(r.date_start).date()),
                             str(as_timestamp(r.date_end).date()))
            for r in table.itertuples() if r.date_precision != "unknown"}


@pytest.mark.parametrize("case", PARAMS)
def test_dated_from_another_event(case: Case) -> None:
    text, expected = case
    found = _days(text)
    for kind, days in expected.items():
        assert found.get(kind) == days


def test_later_by_days_and_by_months() -> None:
    text = ("Rutte met Zelensky in Kyiv on September 3. Two days later, Lloyd Austin met "
            "Rustem Umerov in Brussels.")
    table = events([article(text, DAY)]).set_index("place")
    assert str(as_timestamp(table.loc["Brussels", "date_start"]).date()) == "2023-09-05"
    text = ("Keir Starmer visited Kyiv on 21 March. Two months later, Zelensky travelled to "
            "Hiroshima for the G7 summit.")
    table = events([article(text, DAY)])
    later = table[table.date_precision == "month"]
    assert [str(d.date()) for d in later.date_start] == ["2023-05-01"]


def test_ran_alongside_is_another_event_at_the_same_time() -> None:
    text = ("NATO foreign ministers met in Prague on Thursday. That meeting ran alongside "
            "a session of the Ukraine Defense Contact Group that Pete Hegseth chaired.")
    table = events([article(text, DAY)])
    assert len(table) == 2
    assert {str(d.date()) for d in table.date_start} == {"2023-09-28"}


@pytest.mark.parametrize("text", [
    # a time in a clause about another happening does not date the meeting
    "NATO ministers gathered at NATO headquarters, after the missile strikes on September 10.",
    # no event before to count from: the offset gives no day
    "A day earlier, G7 leaders held a video call with Volodymyr Zelensky.",
])
def test_no_day_from_elsewhere(text: str) -> None:
    table = events([article(text, DAY)])
    assert (table.date_precision == "unknown").all()
