"""Scope to annotation guide version 2 (``data/gold/README.md``, "Scope" and v2.1).

Sentences written for these tests in the register of wire copy and press releases on aid to
Ukraine; none is copied from the corpus or the evaluation set. Published on DAY.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims

DAY = date(2024, 6, 14)

# (sentence, figure, scope_type, period_start, period_end)
SCOPES = [
    # stated periods: year ranges, "until", rates, spans, budgets, seasons, months of a year
    ("Brussels will provide €30 billion for 2025-2027.", "€30 billion", "period",
     date(2025, 1, 1), date(2027, 12, 31)),
    ("The programme, running until 2028, offers €12 billion in grants.", "€12 billion",
     "period", None, date(2028, 12, 31)),
    ("Oslo pays NOK 5 billion a year into the fund.", "NOK 5 billion", "period", None, None),
    ("Sweden will give SEK 20 billion over four years.", "SEK 20 billion", "period", None,
     None),
    ("Ottawa set aside C$900 million in its 2025 budget for Ukraine.", "C$900 million",
     "period", date(2025, 1, 1), date(2025, 12, 31)),
    ("Kyiv received $9 billion in the first six months of 2023.", "$9 billion", "period",
     date(2023, 1, 1), date(2023, 6, 30)),
    ("Italy delivered €200 million in the spring of 2023.", "€200 million", "period",
     date(2023, 3, 1), date(2023, 5, 31)),
    # a month: a period for a flow, the date of the act for a promise
    ("Ukraine received €1.2 billion in March.", "€1.2 billion", "period",
     date(2024, 3, 1), date(2024, 3, 31)),
    ("Congress approved $1 billion in March.", "$1 billion", "unspecified", None, None),
    # one-off acts are dated, not periods
    ("The government approved €500 million earlier this year.", "€500 million",
     "unspecified", None, None),
    ("Washington announced a $300 million package last week.", "$300 million",
     "unspecified", None, None),
    ("A year ago, Rome pledged €2 billion at the same conference.", "€2 billion",
     "unspecified", None, None),
    ("In 2023 Ottawa budgeted C$500 million for Ukraine for that year.", "C$500 million",
     "period", None, None),
    ("Canada has contributed US$5 million to demining, announced at a donor conference in "
     "2023.", "US$5 million", "unspecified", None, None),
    # "since" that starts no running total of this figure
    ("Since then Paris has pledged €400 million.", "€400 million", "unspecified", None,
     None),
    ("Tokyo has since pledged $600 million.", "$600 million", "unspecified", None, None),
    ("Kharkiv has been shelled daily since the invasion, and Spain pledged €1 billion.",
     "€1 billion", "unspecified", None, None),
    # "already": a running total of deliveries only
    ("Canada has already pledged $2 billion.", "$2 billion", "unspecified", None, None),
    ("Canada has already delivered $2 billion.", "$2 billion", "cumulative", None, DAY),
    # a running total's start date is no period
    ("Partners have shipped €40 billion in arms since the invasion started in February "
     "2022.", "€40 billion", "cumulative", date(2022, 2, 24), DAY),
]


@pytest.mark.parametrize(("text", "figure", "scope", "start", "end"), SCOPES,
                         ids=[t[:40] for t, *_ in SCOPES])
def test_scope(text: str, figure: str, scope: str, start: date | None,
               end: date | None) -> None:
    found = [c for c in extract_claims(text, published=DAY) if c.surface == figure]
    assert len(found) == 1
    c = found[0]
    assert (c.scope_type, c.period_start, c.period_end) == (scope, start, end)


def test_counts_keep_their_recent_periods() -> None:
    text = "Russia launched 80 drones overnight, the air force said."
    c = extract_claims(text, published=DAY)[0]
    assert c.scope_type == "period"
