"""ECB rates: pinned historical values, weekend rule, vectorized lookup, clear errors."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from currency_converter import CurrencyConverter

from aidlib.errors import RateNotFound, UnknownCurrency
from aidlib.rates import MAX_GAP_DAYS, ecb_rates
from tests.cells import as_str

# Pinned to historical days: new ECB data in a later package release cannot change them.
PINNED = [
    pytest.param("USD", date(2025, 4, 11), date(2025, 4, 11), 1.1346, id="usd-friday"),
    pytest.param("USD", date(2025, 4, 12), date(2025, 4, 11), 1.1346, id="usd-saturday"),
    pytest.param("USD", date(2025, 4, 13), date(2025, 4, 11), 1.1346, id="usd-sunday"),
    pytest.param("USD", date(2025, 4, 21), date(2025, 4, 17), None, id="usd-easter-monday"),
    pytest.param("EUR", date(2024, 1, 1), date(2023, 12, 29), 1.0, id="eur-on-new-year"),
    pytest.param("RUB", date(2022, 2, 28), date(2022, 2, 28), None, id="rub-before-stop"),
]


@pytest.mark.parametrize(("cur", "on", "rate_day", "value"), PINNED)
def test_pinned_rates(cur: str, on: date, rate_day: date, value: float | None) -> None:
    got = ecb_rates().rate(cur, on)
    assert got.rate_date == rate_day
    if value is not None:
        assert got.per_eur == pytest.approx(value)


@pytest.mark.parametrize("on", [date(2023, 4, 21), date(2023, 9, 28), date(2025, 12, 3)])
@pytest.mark.parametrize("cur", ["USD", "GBP", "NOK", "CAD", "JPY"])
def test_agrees_with_currencyconverter_on_business_days(cur: str, on: date) -> None:
    reference = CurrencyConverter(fallback_on_wrong_date=False).convert(1, "EUR", cur, date=on)
    assert ecb_rates().rate(cur, on).per_eur == pytest.approx(float(reference))


def test_convert_both_ways() -> None:
    rates = ecb_rates()
    usd = rates.convert(2.4e9, "EUR", "USD", date(2023, 9, 28))
    assert rates.convert(usd, "USD", "EUR", date(2023, 9, 28)) == pytest.approx(2.4e9)


@pytest.mark.parametrize(
    ("cur", "on", "message"),
    [
        ("UAH", date(2025, 1, 6), "UAH has no ECB reference rate"),
        ("RUB", date(2025, 4, 11), "its series stopped on 2022-03-01"),
        ("USD", date(1998, 6, 1), "series starts on 1999-01-04"),
        ("USD", date(2099, 1, 1), "bundled data .* ends on"),
    ],
)
def test_missing_rates_say_why(cur: str, on: date, message: str) -> None:
    with pytest.raises(RateNotFound, match=message):
        ecb_rates().rate(cur, on)


@pytest.mark.parametrize("code", ["usd", "DOLLAR", ""])
def test_unknown_currency(code: str) -> None:
    with pytest.raises(UnknownCurrency):
        ecb_rates().rate(code, date(2024, 1, 2))


def test_vectorized_lookup_matches_scalar_and_records_problems() -> None:
    rates = ecb_rates()
    cur = pd.Series(["USD", "GBP", "UAH", "RUB", None, "USD"], index=list("abcdef"))
    days = pd.Series(pd.to_datetime(["2025-04-12", "2023-09-28", "2025-01-06", "2025-04-11",
                                     "2025-04-11", "2099-01-01"]), index=cur.index)
    got = rates.lookup(cur, days)
    assert list(got.index) == list("abcdef")
    assert got.loc["a", "per_eur"] == rates.rate("USD", date(2025, 4, 12)).per_eur
    assert got.loc["b", "per_eur"] == rates.rate("GBP", date(2023, 9, 28)).per_eur
    assert got.loc["a", "rate_date"] == pd.Timestamp("2025-04-11")
    assert got.loc[["c", "d", "e", "f"], "per_eur"].isna().all()
    assert "UAH has no ECB reference rate" in as_str(got.loc["c", "rate_note"])
    assert "stopped on 2022-03-01" in as_str(got.loc["d", "rate_note"])
    assert got.loc["e", "rate_note"] == "no currency stated"
    assert "ends on" in as_str(got.loc["f", "rate_note"])
    assert (got.loc[["a", "b"], "rate_note"] == "").all()


def test_to_eur_usd_adds_columns() -> None:
    frame = pd.DataFrame({"currency": ["EUR", "USD"], "low": [21e9, 24e9], "high": [22e9, 24e9],
                          "published": pd.to_datetime(["2025-04-11", "2025-04-11"])})
    out = ecb_rates().to_eur_usd(frame, amount_cols=("low", "high"), currency="currency",
                                 on="published")
    assert out.loc[0, "usd_low"] == pytest.approx(21e9 * 1.1346)
    assert out.loc[1, "eur_low"] == pytest.approx(24e9 / 1.1346)
    assert out.loc[1, "usd_high"] == pytest.approx(24e9)


def test_gap_limit_is_a_week() -> None:
    assert MAX_GAP_DAYS == 7
