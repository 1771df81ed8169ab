"""Scope and kind rules of issue 9, session 9 (rules round 10, from the errors of the tenth
round's development articles). A qualifier phrase the guide keeps outside the figure's
span ("a minimum of", "a maximum of") belongs to the figure: the words before it are read
as right before the figure (a running total raised "to a minimum of" a sum is still a
running total; regjeringen.no and Ukrinform copy on Norway's Nansen programme write it so).
A purpose of two coordinated words before "needs" ("for food and medical needs") names what
an earlier sum is for, not a request of the next one. A year's allocation ("lifted the
<year> allocation by $X") and "the annual $X" are periods (Nordic government releases on
multi-year aid frames). Negatives: a bound with no running-total words before it; an
annual event in another clause; the recipient's own need.

Every sentence was written for these tests; none takes its frame, names or numbers from
an article of the corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, field, value)
CASES = [
    ("Following the vote, a minimum of €9 billion is now in the fund in total.", "€9 billion",
     "scope_type", "cumulative"),
    ("Parliament capped the fund at a maximum of €2 billion a year.", "€2 billion",
     "scope_type", "period"),
    ("Rome added €40 million for food and medical needs, bringing its total contribution "
     "to €300 million.", "€40 million", "kind", "pledged"),
    ("Rome added €40 million for food and medical needs, bringing its total contribution "
     "to €300 million.", "€300 million", "kind", "pledged"),
    # a year's allocation ("the <year> allocation") and "the annual <sum>": periods
    ("Helsinki's cabinet lifted the 2025 allocation by €60 million last week.",
     "€60 million", "scope_type", "period"),
    ("Treasury officials defend the annual €300 million as a floor, not a cap.",
     "€300 million", "scope_type", "period"),
    # ... not an annual event before the figure's clause
    ("At the annual meeting in Bratislava, Slovakia pledged €5 million.", "€5 million",
     "scope_type", "unspecified"),
    # negatives: the recipient's own need stays a request
    ("Kyiv still needs €40 million for schools and clinics, the mayor said.", "€40 million",
     "kind", "requested"),
]


@pytest.mark.parametrize(("text", "surface", "field", "value"), CASES)
def test_field(text: str, surface: str, field: str, value: str) -> None:
    assert getattr(one_claim(text, surface), field) == value


@pytest.mark.xfail(strict=True, reason="a purpose list with commas before 'needs' ('for "
                   "shelters, water and winter needs of ...') is still read as a request of "
                   "the next figure in the clause")
def test_purpose_list_with_commas_is_no_request() -> None:
    text = ("Madrid sent €15 million for shelters, water and winter needs of displaced "
            "families, raising its aid to €120 million.")
    assert one_claim(text, "€120 million").kind == "pledged"
