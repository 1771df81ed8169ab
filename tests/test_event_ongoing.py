"""Under way on the publication day (guide v2.2): opened that day and not said to have
ended, or begun before and said to go on; a conference recalled is past."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events import events
from tests.test_events import article

DAY = date(2026, 2, 5)  # a Thursday

# text -> (status, first day, last day)
CASES: dict[str, tuple[str, tuple[str, str, str]]] = {
    "opened today": (
        "Lloyd Austin opened a session of the Ukraine Defense Contact Group in Ramstein on "
        "Thursday.", ("ongoing", "2026-02-05", "2026-02-05")),
    "opened and ended": (
        "Lloyd Austin opened and closed a session of the Ukraine Defense Contact Group in "
        "Ramstein on Thursday.", ("held", "2026-02-05", "2026-02-05")),
    "began, continue today": (
        "Consultations in Geneva, which began on Wednesday, continue today.",
        ("ongoing", "2026-02-04", "2026-02-05")),
    "began, no more said": (
        "Consultations in Geneva began on Wednesday.",
        ("held", "2026-02-04", "2026-02-04")),
    "recalling": (
        "Zelensky invited investors to Kyiv, recalling the recovery conference held in Tokyo "
        "in November.", ("held", "2025-11-01", "2025-11-30")),
}


@pytest.mark.xfail(strict=True, reason=(
    "'began ... and are set to resume today' reads the weekday as the next one and the "
    "talks as planned"))
def test_begun_and_set_to_resume_today_is_ongoing() -> None:
    text = ("Talks between the two finance teams began in Geneva on Wednesday and are set "
            "to resume today.")
    row = events([article(text, DAY)]).iloc[0]
    assert (row.status, str(row.date_start.date())) == ("ongoing", "2026-02-04")


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_status_and_days(case: tuple[str, tuple[str, str, str]]) -> None:
    text, (status, first, last) = case
    row = events([article(text, DAY)]).iloc[0]
    assert (row.status, str(row.date_start.date()), str(row.date_end.date())) == (
        status, first, last)


@pytest.mark.parametrize(("expression", "first", "last"), [
    ("mid-January", "2027-01-01", "2027-01-31"),  # to come: next year
    ("early-March", "2026-03-01", "2026-03-31"),
    ("late-April", "2026-04-01", "2026-04-30"),
    ("25-26 June", "2026-06-25", "2026-06-26"),  # a range keeps its hyphen
])
def test_month_parts_written_with_a_hyphen(expression: str, first: str, last: str) -> None:
    from aidlib.dates import resolve_date

    r = resolve_date(expression, date(2026, 2, 5), tense="future")
    assert (str(r.start), str(r.end)) == (first, last)
