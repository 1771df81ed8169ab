"""Ranges: a claim's honest range (qualifier and rounding) in its unit or converted at
the ECB rate it carries, and short money text for reasons and charts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..rates import ecb_rates
from ..records import Claim, claims_from_frame, counted_claims
from .rules import MAX_ROUNDING

_CURRENCY_SIGNS: Mapping[str, str] = {"EUR": "€", "USD": "$", "GBP": "£"}
_SCALES = ((1e12, " tn"), (1e9, " bn"), (1e6, " m"))


# --- small helpers ----------------------------------------------------------------------


def fmt_money(value: float, currency: str | None) -> str:
    """A short human form of an amount: sign or code, three significant digits, scale.

    >>> fmt_money(21e9, "EUR"), fmt_money(2.45e9, "USD"), fmt_money(5.8e8, "GBP")
    ('€21 bn', '$2.45 bn', '£580 m')
    >>> fmt_money(111, "drones"), fmt_money(float("nan"), "EUR")
    ('111 drones', 'n/a')
    """
    if value is None or not math.isfinite(value):
        return "n/a"
    for size, word in _SCALES:
        if abs(value) >= size:
            number, scale = value / size, word
            break
    else:
        number, scale = value, ""
    digits = 0 if abs(number) >= 100 else 1 if abs(number) >= 10 else 2
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if currency is not None and currency in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[currency]}{text}{scale}"
    return f"{text}{scale} {currency or ''}".rstrip()


def range_text(low: float, high: float, currency: str | None) -> str:
    """``€21–22 bn`` when both ends share the scale, else ``$200 m–$1 bn``."""
    if math.isclose(low, high, rel_tol=1e-9):
        return fmt_money(low, currency)
    lo, hi = fmt_money(low, currency), fmt_money(high, currency)
    sign = _CURRENCY_SIGNS.get(currency or "", "")
    if not sign and currency:
        unit = f" {currency}"
        if lo.endswith(unit) and hi.endswith(unit):
            return f"{lo[: -len(unit)]}–{hi}"
    for _, word in _SCALES:
        if lo.endswith(word) and hi.endswith(word):
            return f"{lo[: -len(word)]}–{hi[len(sign):]}"
    return f"{lo}–{hi}"


def latest_label() -> str:
    """The label of values at the latest bundled ECB rate (dated, never "today").

    >>> latest_label().startswith("at ECB rate of ") and latest_label().endswith(
    ...     "(latest in bundled data)")
    True
    """
    return f"at ECB rate of {ecb_rates().last_date} (latest in bundled data)"


def rounding_half_step(value: float) -> float:
    """Half the last non-zero digit of an exact figure, capped at :data:`MAX_ROUNDING`.

    >>> rounding_half_step(2.4e9), rounding_half_step(21e9), rounding_half_step(1e9)
    (50000000.0, 500000000.0, 50000000.0)
    """
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    power = 10.0 ** math.floor(math.log10(v))
    while power >= 1 and not math.isclose(round(v / power) * power, v, rel_tol=1e-9):
        power /= 10
    return float(min(power / 2, v * MAX_ROUNDING))


def float_or_nan(value: Any) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


# --- one claim, typed -------------------------------------------------------------------


def native_range(c: Claim, *, rounding: bool = True) -> tuple[float, float]:
    """The honest range in the claim's unit, widened for rounding if stated exact."""
    tol = 0.0
    if rounding and c.is_money and c.qualifier == "exact":
        tol = rounding_half_step(c.central)
    low = math.nan if c.low is None else c.low
    high = math.nan if c.high is None else c.high
    return low - tol, high + tol


def range_in(c: Claim, currency: str, *, slack: float = 0.0) -> tuple[float, float]:
    """The widened range converted to EUR or USD at the claim's own date."""
    factor = c.eur_per_unit if currency == "EUR" else c.usd_per_unit
    lo, hi = native_range(c)
    return lo * factor * (1 - slack), hi * factor * (1 + slack)


def central_in(c: Claim, currency: str) -> float:
    """The central value converted to EUR or USD at the claim's own date."""
    factor = c.eur_per_unit if currency == "EUR" else c.usd_per_unit
    return c.central * factor


def parsed_claims(frame: pd.DataFrame) -> list[Claim]:
    """The parsed claims of a claims table that are counted (not boilerplate:
    :func:`aidlib.records.counted_claims`), as records, in row order."""
    rows = counted_claims(frame)
    if "status" in rows.columns:
        rows = rows[rows["status"].fillna("parsed") == "parsed"]
    return claims_from_frame(rows)
