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
        "Lloyd Austin opened the meeting of the Ukraine Defense Contact Group in Ramstein on "
        "Thursday.", ("ongoing", "2026-02-05", "2026-02-05")),
    "opened and ended": (
        "Lloyd Austin opened and closed the meeting of the Ukraine Defense Contact Group in "
        "Ramstein on Thursday.", ("held", "2026-02-05", "2026-02-05")),
    "began, continue today": (
        "Delegations on Wednesday began a second round of talks in Abu Dhabi, which are "
        "expected to continue today.", ("ongoing", "2026-02-04", "2026-02-05")),
    "began, no more said": (
        "Delegations on Wednesday began a second round of talks in Abu Dhabi.",
        ("held", "2026-02-04", "2026-02-04")),
    "recalling": (
        "Zelensky invited investors to Kyiv, recalling the recovery conference held in Tokyo "
        "in November.", ("held", "2025-11-01", "2025-11-30")),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_status_and_days(case: tuple[str, tuple[str, str, str]]) -> None:
    text, (status, first, last) = case
    row = events([article(text, DAY)]).iloc[0]
    assert (row.status, str(row.date_start.date()), str(row.date_end.date())) == (
        status, first, last)
