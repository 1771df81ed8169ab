"""Running totals: cumulative figures over time, with the change since the previous one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..records import cell_text
from .ranges import central_in, float_or_nan, fmt_money, parsed_claims, range_in, rounding_half_step
from .rules import KIND_WORDS


def exact_widened(rec: Mapping[Any, Any]) -> tuple[float, float]:
    low, high = float_or_nan(rec.get("low")), float_or_nan(rec.get("high"))
    if (cell_text(rec.get("qualifier")) or "exact") == "exact":
        tol = rounding_half_step(float_or_nan(rec.get("value")))
        return low - tol, high + tol
    return low, high


# --- running totals over time -------------------------------------------------------------

CUMULATIVE_COLUMNS = (
    "claim_id", "source_id", "as_of", "since", "series", "currency", "value", "low", "high",
    "surface", "speaker", "kind", "category", "donors", "part_of", "change_vs_previous",
    "note", "sentence",
)


def _changes(records: list[dict[Any, Any]], currency: str) -> tuple[np.ndarray, list[str]]:
    """Each total's change since the previous one of its series, and a note saying so."""
    change = np.full(len(records), np.nan)
    notes = ["first in the series"] * len(records)
    last_seen: dict[str, int] = {}
    for i, row in enumerate(records):
        prev = last_seen.get(str(row["series"]))
        if prev is not None:
            p = records[prev]
            change[i] = float_or_nan(row["value"]) - float_or_nan(p["value"])
            if float_or_nan(row["high"]) < float_or_nan(p["low"]):
                notes[i] = (f"fell by {fmt_money(-change[i], currency)} since {p['as_of']}: "
                            "a running total should not shrink")
            else:
                notes[i] = f"grew by {fmt_money(change[i], currency)} since {p['as_of']}"
        last_seen[str(row["series"])] = i
    return change, notes


def cumulative_totals(claims_df: pd.DataFrame, currency: str = "EUR") -> pd.DataFrame:
    """Running totals ("since February 2022", "so far") on one time axis, in ``currency``.

    One row per cumulative money claim and per part of one, ordered by ``as_of`` (the
    period end, else the publication day). ``value``, ``low`` and ``high`` are in
    ``currency`` ("EUR" or "USD") at the ECB rate of each claim's own day, the range
    widened for rounding. ``series`` names what is being totalled (stage, kind of aid,
    donors); ``change_vs_previous`` is the change from the previous total of the same
    series (NaN for the first), and ``note`` says "growth" or "fell" in words.

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="USD", value=150e9, qualifier="more_than",
    ...          scope_type="cumulative", published="2023-04-21", kind="provided"),
    ...     dict(claim_id="b:c01", unit="USD", value=200e9, scope_type="cumulative",
    ...          published="2024-04-21", kind="provided"),
    ... ])
    >>> cumulative_totals(df, "USD")["note"].tolist()
    ['first in the series', 'grew by $50 bn since 2023-04-21']
    """
    if currency not in ("EUR", "USD"):
        raise ValueError(f"currency must be 'EUR' or 'USD', not {currency!r}")
    claims = parsed_claims(claims_df)
    by_id = {c.claim_id: c for c in claims}
    keep = [c for c in claims if c.is_money and (
        c.scope_type == "cumulative"
        or (c.part_of in by_id and by_id[c.part_of].scope_type == "cumulative"))]
    rows: list[dict[str, Any]] = []
    for c in keep:
        lo, hi = range_in(c, currency)
        series = (f"{KIND_WORDS.get(c.kind, c.kind)} · {c.category} · {c.donors_text}"
                  f"{' → ' + c.recipient if c.recipient else ''}")
        rows.append({
            "claim_id": c.claim_id, "source_id": c.source_id, "as_of": c.as_of,
            "since": c.period_start, "series": series, "currency": currency,
            "value": central_in(c, currency), "low": lo, "high": hi, "surface": c.surface,
            "speaker": c.speaker or c.source_id, "kind": c.kind, "category": c.category,
            "donors": c.donors_text, "part_of": c.part_of or None, "sentence": c.sentence,
        })
    out = pd.DataFrame(rows, columns=[c for c in CUMULATIVE_COLUMNS
                                      if c not in ("change_vs_previous", "note")])
    out = out.sort_values(["as_of", "claim_id"], kind="stable").reset_index(drop=True)
    change, notes = _changes(out.to_dict("records"), currency)
    out.insert(15, "change_vs_previous", change)
    out.insert(16, "note", notes)
    out["as_of"] = pd.to_datetime(out["as_of"])
    out["since"] = pd.to_datetime(out["since"])
    return out[list(CUMULATIVE_COLUMNS)]
