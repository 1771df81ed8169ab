"""Kind, category and scope rules of the eleventh round (session 11, from the errors of the
round-11 development articles and the older dev rounds): phrasing families real outlets
use. Aid named by what it is not ("non-military aid", "nonmilitary support": wire copy,
State Department fact sheets, parliamentary answers) is the civilian side of a donor's aid,
humanitarian. Negatives: military aid in the same list stays military.

Every sentence was written for these tests; none takes its frame, names or numbers from
an article of the corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, field, value)
CASES = [
    # aid named by what it is not: humanitarian
    ("Lisbon approved €35 million in non-military aid for Kyiv on Tuesday.", "€35 million",
     "category", "humanitarian"),
    ("The envoy promised $80 million of nonmilitary support and $150 million for air "
     "defence.", "$80 million", "category", "humanitarian"),
    # ... the military part of the same list stays military
    ("The envoy promised $80 million of nonmilitary support and $150 million for air "
     "defence.", "$150 million", "category", "military"),
]


@pytest.mark.parametrize(("text", "surface", "field", "value"), CASES)
def test_field(text: str, surface: str, field: str, value: str) -> None:
    assert getattr(one_claim(text, surface), field) == value
