"""The one claim record: tables round-trip through it, and it carries the ECB rate."""

from __future__ import annotations

import math
from dataclasses import fields, replace

import pytest

from aidlib.claims import claims
from aidlib.corpus import load_corpus
from aidlib.records import CLAIM_COLUMNS, EXAMPLE, Claim, claims_frame, claims_from_frame


def test_table_round_trips_through_the_record() -> None:
    table = claims(load_corpus())
    back = claims_frame(claims_from_frame(table))
    assert list(back.columns) == CLAIM_COLUMNS
    assert back.astype(str).equals(table.astype(str))


def test_every_table_column_is_a_record_field() -> None:
    assert set(CLAIM_COLUMNS) <= {f.name for f in fields(Claim)}


def test_record_carries_the_rate_of_its_day() -> None:
    (claim,) = claims_from_frame(claims_frame([EXAMPLE]))
    assert claim.usd_per_unit == 1.0
    assert claim.eur_per_unit == pytest.approx(1 / 1.0849)  # ECB, 5 March 2024: 1.0849 USD
    assert claim.rate_date is not None and str(claim.rate_date) == "2024-03-05"


def test_counts_have_no_rate() -> None:
    count = replace(EXAMPLE, measure="count", unit="drones", surface="10 drones")
    (claim,) = claims_from_frame(claims_frame([count]))
    assert math.isnan(claim.eur_per_unit) and claim.eur_low is None


@pytest.mark.parametrize(("value", "low", "high", "central"), [
    (5.0, 5.0, 6.0, 5.0),  # stated: the value
    (None, 1e8, 1e10, 1e9),  # vague, positive: geometric mid-range
    (None, 0.0, 10.0, 5.0),  # vague from zero: arithmetic mid-range
], ids=["stated", "vague", "from-zero"])
def test_central_value(value: float | None, low: float, high: float, central: float) -> None:
    assert replace(EXAMPLE, value=value, low=low, high=high).central == pytest.approx(central)


def test_who_is_the_article_when_no_one_is_quoted() -> None:
    assert EXAMPLE.who == "the article"
    assert replace(EXAMPLE, speaker="Olaf Scholz").quote == "“$10 million” (Olaf Scholz)"


def test_verdict_records_make_the_documented_table() -> None:
    from aidlib.compare import pair_verdicts
    from aidlib.records import PAIR_COLUMNS, verdicts_frame

    empty = verdicts_frame([])
    assert list(empty.columns) == list(PAIR_COLUMNS)
    assert str(empty["overlap"].dtype) == "boolean"
    table = pair_verdicts(claims(load_corpus()))
    assert list(table.columns) == list(PAIR_COLUMNS) and len(table) > 0
