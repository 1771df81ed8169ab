"""Currency checks: a figure printed in two currencies, checked against the ECB rate of
the publication day.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pandas as pd

from ..rates import ecb_rates
from ..records import cell_day
from .ranges import float_or_nan
from .totals import exact_widened

# --- currency checks ----------------------------------------------------------------------

CURRENCY_CHECK_COLUMNS = (
    "pair_id", "id_a", "id_b", "source_id", "published", "surface_a", "surface_b",
    "currency_a", "currency_b", "value_a", "value_b", "implied_rate", "implied_low",
    "implied_high", "ecb_rate", "rate_date", "error_pct", "within_rounding",
    "value_a_in_b_at_ecb", "latest_date", "latest_rate", "value_a_in_b_latest",
    "eur_latest", "usd_latest", "latest_label", "rate_note",
)


def currency_checks(frame: pd.DataFrame) -> pd.DataFrame:
    """For each figure printed in two currencies, its implied rate against the ECB's.

    Accepts the claims table (``claim_id``, ``unit``) or the money mentions table
    (``mention_id`` or the index, ``currency``); rows sharing a ``pair_id`` form a pair,
    ``a`` first in text order. Columns (:data:`CURRENCY_CHECK_COLUMNS`): ``implied_rate``
    (units of ``currency_b`` per ``currency_a`` the text implies), ``implied_low``,
    ``implied_high`` (the rates the rounded figures allow), ``ecb_rate`` and ``rate_date``
    (ECB reference rate of the publication day, or the last earlier one), ``error_pct``
    ((implied / ECB - 1) x 100), ``within_rounding`` (ECB rate inside the implied range),
    ``value_a_in_b_at_ecb``, and, labelled by ``latest_label``, the value of figure ``a``
    at the latest bundled rate (``latest_date``, ``latest_rate``, ``value_a_in_b_latest``,
    ``eur_latest``, ``usd_latest``): what it is worth now in the library's data, not then.

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([
    ...     dict(claim_id="x:c01", unit="EUR", value=2.4e9, pair_id="p", published="2023-09-28"),
    ...     dict(claim_id="x:c02", unit="USD", value=2.5e9, pair_id="p", published="2023-09-28"),
    ... ])
    >>> c = currency_checks(df).iloc[0]
    >>> [round(float(c[k]), 4) for k in ("implied_rate", "ecb_rate", "error_pct")]
    [1.0417, 1.0539, -1.1608]
    >>> bool(c.within_rounding), c.latest_label.endswith("(latest in bundled data)")
    (True, True)
    """
    if "pair_id" not in frame.columns:
        return pd.DataFrame(columns=list(CURRENCY_CHECK_COLUMNS))
    cur_col = "unit" if "unit" in frame.columns else "currency"
    id_col = next((c for c in ("claim_id", "mention_id") if c in frame.columns), None)
    data = _paired_money(frame)
    rows: list[dict[str, Any]] = []
    sort_cols = [c for c in ("source_id", "start") if c in data.columns]
    for pair, members in data.groupby("pair_id", sort=True):
        members = members.sort_values(sort_cols) if sort_cols else members
        recs = members.to_dict("records")
        ids = list(members[id_col]) if id_col else [str(i) for i in members.index]
        if len(recs) != 2 or recs[0][cur_col] == recs[1][cur_col]:
            continue
        date_col = "date_for_rate" if "date_for_rate" in frame.columns else "published"
        rows.append(_check(pair, ids, recs[0], recs[1], cur_col, date_col))
    return pd.DataFrame(rows, columns=list(CURRENCY_CHECK_COLUMNS))


def _paired_money(frame: pd.DataFrame) -> pd.DataFrame:
    """The parsed money rows that belong to a pair."""
    data = frame[frame["pair_id"].notna() & (frame["pair_id"].astype(str) != "")]
    if "measure" in data.columns:
        data = data[data["measure"] == "money"]
    if "status" in data.columns:
        data = data[data["status"].fillna("parsed") == "parsed"]
    return data


def _check(pair: Any, ids: list[Any], a: dict[Any, Any], b: dict[Any, Any], cur_col: str,
           date_col: str) -> dict[str, Any]:
    """One row of :func:`currency_checks`: figure ``a`` and ``b`` of one pair."""
    rates = ecb_rates()
    last = rates.last_date
    cur_a, cur_b = str(a[cur_col]), str(b[cur_col])
    on = cell_day(a[date_col]) or last
    va, vb = float_or_nan(a["value"]), float_or_nan(b["value"])
    la, ha = exact_widened(a)
    lb, hb = exact_widened(b)
    note = ""
    try:
        ra, rb = rates.rate(cur_a, on), rates.rate(cur_b, on)
        ecb = rb.per_eur / ra.per_eur
        rate_day: date | None = ra.rate_date
    except Exception as exc:  # RateNotFound / UnknownCurrency: keep the row, say why
        ecb, rate_day, note = math.nan, None, str(exc)
    try:
        lat_a, lat_b = rates.rate(cur_a, last).per_eur, rates.rate(cur_b, last).per_eur
        lat_usd = rates.rate("USD", last).per_eur
        latest = lat_b / lat_a
        eur_latest, usd_latest = va / lat_a, va / lat_a * lat_usd
    except Exception as exc:
        latest = eur_latest = usd_latest = math.nan
        note = note or str(exc)
    implied = vb / va if va else math.nan
    lo = lb / ha if ha else math.nan
    hi = hb / la if la > 0 else math.inf
    return {
        "pair_id": pair, "id_a": ids[0], "id_b": ids[1],
        "source_id": a.get("source_id", ""), "published": on,
        "surface_a": a.get("surface", ""), "surface_b": b.get("surface", ""),
        "currency_a": cur_a, "currency_b": cur_b, "value_a": va, "value_b": vb,
        "implied_rate": implied, "implied_low": lo, "implied_high": hi,
        "ecb_rate": ecb, "rate_date": rate_day,
        "error_pct": (implied / ecb - 1) * 100 if ecb == ecb else math.nan,
        "within_rounding": bool(lo <= ecb <= hi) if ecb == ecb else False,
        "value_a_in_b_at_ecb": va * ecb, "latest_date": last, "latest_rate": latest,
        "value_a_in_b_latest": va * latest, "eur_latest": eur_latest,
        "usd_latest": usd_latest, "latest_label": f"at ECB rate of {last} (latest in "
        "bundled data)", "rate_note": note,
    }
