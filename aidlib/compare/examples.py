"""Constructed claims tables, for tests and examples (:func:`make_claims`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ..rates import ecb_rates
from .ranges import fmt_money, rounding_half_step

# --- constructed claims, for tests and examples -----------------------------------------

_DEFAULTS: Mapping[str, Any] = {
    "source_id": "example", "published": "2025-04-11", "measure": "money", "unit": "EUR",
    "qualifier": "exact", "vague": False, "rate_note": "", "speaker": None,
    "speaker_role": None, "speaker_text": None, "attribution": "outlet", "donors": (),
    "recipient": "Ukraine", "kind": "pledged", "category": "military", "scope_text": "",
    "scope_type": "new", "period_start": None, "period_end": None, "part_of": None,
    "pair_id": None, "status": "parsed",
}
_STEP_FOR = {"more_than": (0, 1), "at_least": (0, 1), "around": (-0.5, 0.5),
             "nearly": (-1, 0), "up_to": (None, 0), "less_than": (None, 0), "exact": (0, 0)}


def make_claims(records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A claims table (:data:`aidlib.records.CLAIM_COLUMNS`) from a few fields per claim.

    For tests and examples.

    Missing fields take defaults (a pledge of military aid to Ukraine, fresh, published
    2025-04-11, in EUR). ``low``/``high`` follow the parser's conventions from
    ``qualifier`` and ``step`` (default: the figure's last non-zero digit); EUR and USD
    columns use the ECB rate of ``published``.

    >>> make_claims([dict(claim_id="a:c01", value=21e9, qualifier="more_than")])[
    ...     ["low", "high"]].iloc[0].tolist()
    [21000000000.0, 22000000000.0]
    """
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        row = {**_DEFAULTS, **rec}
        row.setdefault("claim_id", f"{row['source_id']}:c{i + 1:02d}")
        value = float(row["value"])
        surface = row.get("surface") or fmt_money(value, row["unit"])
        row.setdefault("surface", surface)
        row.setdefault("sentence", f"Someone said {surface}.")
        row.setdefault("start", 100 * i)
        row.setdefault("end", 100 * i + len(surface))
        row.setdefault("sentence_start", 100 * i)
        row.setdefault("sentence_end", 100 * i + len(row["sentence"]))
        step = float(row.pop("step", rounding_half_step(value) / 0.5 if value else 1.0))
        if "low" not in rec or "high" not in rec:
            lo_k, hi_k = _STEP_FOR.get(row["qualifier"], (0, 0))
            row["low"] = 0.0 if lo_k is None else value + lo_k * step
            row["high"] = value + hi_k * step
        row["value"] = value
        row["donors"] = tuple(sorted(row["donors"]))
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame["published"] = pd.to_datetime(frame["published"])
    frame["period_start"] = pd.to_datetime(frame["period_start"])
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    money = frame["measure"] == "money"
    conv = ecb_rates().to_eur_usd(frame, amount_cols=("low", "high"), currency="unit",
                                  on="published")
    for col in ("eur_low", "eur_high", "usd_low", "usd_high"):
        frame[col] = conv[col].where(money)
    frame["rate_note"] = conv["rate_note"].where(money, "")
    return frame
