"""The money mention table over the real corpus: provenance, conversion, pairs."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from aidlib.corpus import load_corpus
from aidlib.mentions import MENTION_COLUMNS, money_mentions
from aidlib.rates import ecb_rates
from tests.spans import assert_spans_match


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return money_mentions(load_corpus())


def test_columns_and_ids(table: pd.DataFrame) -> None:
    assert list(table.columns) == MENTION_COLUMNS
    assert table["mention_id"].is_unique


def test_every_span_and_sentence_matches_its_article(table: pd.DataFrame) -> None:
    assert_spans_match(table, load_corpus())


def test_seed_figures_present_with_ranges(table: pd.DataFrame) -> None:
    by = table.set_index("surface")
    assert by.loc["more than €21 billion", "currency"] == "EUR"
    assert by.loc["around $24 billion", "currency"] == "USD"
    assert by.loc["2.4 billion euros", "qualifier"] == "exact"
    vague = table[table["vague"]]
    assert any("hundreds of millions of dollars" in s for s in vague["surface"])
    assert (table["low"].dropna() <= table["high"].dropna()).all()


def test_conversion_uses_the_publication_day(table: pd.DataFrame) -> None:
    row = table[table["surface"] == "2.4 billion euros"].iloc[0]
    usd_per_eur = ecb_rates().rate("USD", row["published"].date()).per_eur
    assert row["usd_low"] == pytest.approx(2.4e9 * usd_per_eur)
    assert row["eur_low"] == pytest.approx(2.4e9)
    assert row["rate_date"] == pd.Timestamp("2023-09-28")


def test_currency_pairs_are_linked_with_implied_rate(table: pd.DataFrame) -> None:
    paired = table[table["pair_id"].notna()]
    assert len(paired) == 4 and paired["pair_id"].nunique() == 2
    healey = paired[paired["source_id"] == "000_e8e64c1f65c5a224"]
    assert set(healey["currency"]) == {"EUR", "USD"}
    implied = healey["implied_rate"].iloc[0]
    assert implied == pytest.approx(24 / 21)
    ecb = ecb_rates().rate("USD", healey["published"].iloc[0].date()).per_eur
    assert healey["ecb_rate"].iloc[0] == pytest.approx(ecb)
    assert healey["rate_error_pct"].iloc[0] == pytest.approx((24 / 21 / ecb - 1) * 100)


def test_unconverted_rows_say_why(table: pd.DataFrame) -> None:
    missing = table[table["eur_low"].isna()]
    assert (missing["rate_note"] != "").all()
    converted = table[table["eur_low"].notna()]
    assert (converted["rate_note"] == "").all()
    assert all(math.isfinite(v) for v in converted["usd_high"])
