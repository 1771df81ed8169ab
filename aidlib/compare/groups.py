"""Groups and families: claims linked by verdicts (same thing; figures a reader might
confuse), and one summary row per group.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from ..records import Claim
from .ranges import central_in, native_range, parsed_claims, range_in
from .rules import (
    AFTER_CONVERSION,
    COMPARABLE,
    CONFLICTING,
    CONSISTENT,
    CONVERSION_SLACK,
    DIFFERENCES,
    DIFFERENT_SCOPE,
    KIND_WORDS,
    NOT_COMPARABLE,
    VERDICTS,
)
from .verdicts import pair_verdicts, ratio


def _components(ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find: each id -> the first id (in ``ids`` order) of its component."""
    parent = {i: i for i in ids}
    rank = {i: n for n, i in enumerate(ids)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
            parent[drop] = keep
    return {i: find(i) for i in ids}


def _numbered(roots: Mapping[str, str], ids: Sequence[str], prefix: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for i in ids:
        root = roots[i]
        if root not in names:
            names[root] = f"{prefix}{len(names) + 1:02d}"
    return {i: names[roots[i]] for i in ids}


def comparable_groups(claims_df: pd.DataFrame, verdicts: pd.DataFrame | None = None,
                      ) -> pd.DataFrame:
    """Which group (same thing) and family (look-alikes) each parsed claim belongs to.

    Columns: ``claim_id``, ``group_id`` ("G01", numbered in text order), ``group_size``,
    ``reason`` (why grouped, or why it stands alone), ``family_id`` ("F01"),
    ``family_size``, ``related`` (claims in the family but not the group, with the reason
    in short).

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, kind="pledged", pair_id="p1"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, kind="pledged", pair_id="p1"),
    ...     dict(claim_id="a:c03", unit="USD", value=21e9, kind="provided"),
    ... ])
    >>> g = comparable_groups(df)
    >>> g["group_id"].tolist(), g["family_id"].tolist()
    (['G01', 'G01', 'G02'], ['F01', 'F01', 'F01'])
    """
    claims = parsed_claims(claims_df)
    ids = [c.claim_id for c in claims]
    pv = pair_verdicts(claims_df) if verdicts is None else verdicts
    grouped = pv[pv["grouped"]]
    related = pv[pv["verdict"] != NOT_COMPARABLE]
    groups = _numbered(_components(ids, zip(grouped["claim_a"], grouped["claim_b"],
                                            strict=True)), ids, "G")
    families = _numbered(_components(ids, zip(related["claim_a"], related["claim_b"],
                                              strict=True)), ids, "F")
    rows: list[dict[str, Any]] = []
    for cid in ids:
        mine = grouped[(grouped["claim_a"] == cid) | (grouped["claim_b"] == cid)]
        partners = [
            f"{r['claim_b'] if r['claim_a'] == cid else r['claim_a']} ({r['verdict']}: "
            f"{'same figure in two currencies' if r['same_figure'] else 'same thing'})"
            for r in mine.to_dict("records")
        ]
        others = related[((related["claim_a"] == cid) | (related["claim_b"] == cid))
                         & ~related["grouped"]]
        rel = [
            f"{r['claim_b'] if r['claim_a'] == cid else r['claim_a']} "
            f"({', '.join(DIFFERENCES[d] for d in r['differences'])})"
            for r in others.to_dict("records")
        ]
        reason = ("grouped with " + "; ".join(partners)) if partners else "no comparable claim"
        rows.append({"claim_id": cid, "group_id": groups[cid], "reason": reason,
                     "family_id": families[cid], "related": "; ".join(rel)})
    out = pd.DataFrame(rows, columns=["claim_id", "group_id", "reason", "family_id", "related"])
    out.insert(2, "group_size", out.groupby("group_id")["claim_id"].transform("size"))
    out.insert(5, "family_size", out.groupby("family_id")["claim_id"].transform("size"))
    return out


_VERDICT_RANK = {CONFLICTING: 0, AFTER_CONVERSION: 1, CONSISTENT: 2}


def _values(cs: list[Claim]) -> tuple[list[float], list[float], bool]:
    """The claims' central values in EUR and USD (NaN unless all are money with a rate),
    and whether all their ranges meet."""
    if all(c.is_money and math.isfinite(c.eur_per_unit) for c in cs):
        eur = [central_in(c, "EUR") for c in cs]
        usd = [central_in(c, "USD") for c in cs]
        slack = CONVERSION_SLACK if len({c.unit for c in cs}) > 1 else 0.0
        rngs = [range_in(c, "EUR", slack=slack) for c in cs]
    else:
        eur = usd = [math.nan]
        rngs = [native_range(c) for c in cs]
    return eur, usd, max(r[0] for r in rngs) <= min(r[1] for r in rngs)


def _label(first: Claim) -> str:
    """What a group measures, in words, from its first claim."""
    if first.is_money:
        return (f"{KIND_WORDS.get(first.kind, first.kind)} {first.category} aid, "
                f"{first.donors_text}{' → ' + first.recipient if first.recipient else ''}")
    return f"count of {(first.unit or '').replace('_', ' ')}"


def group_summary(claims_df: pd.DataFrame, groups: pd.DataFrame | None = None,
                  verdicts: pd.DataFrame | None = None, *, by: str = "group_id",
                  ) -> pd.DataFrame:
    """One row per group (``by="group_id"``) or family (``by="family_id"``) of 2+ claims.

    Columns: the id, ``n_claims``, ``claim_ids`` (tuple), ``label`` (what they measure),
    ``eur_min``, ``eur_max``, ``eur_ratio``, ``usd_min``, ``usd_max``, ``usd_ratio``
    (stated values, each at its own day's ECB rate; NaN for counts), ``ranges_overlap``
    (all ranges share a point once qualifiers and rounding are honoured), ``verdict``
    (worst pair verdict among comparable pairs; for families, "different scope" when
    the only links are scope differences), ``verdicts`` (counts per verdict).

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, qualifier="more_than", pair_id="p"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, qualifier="around", pair_id="p"),
    ... ])
    >>> s = group_summary(df).iloc[0]
    >>> s.verdict, round(float(s.eur_ratio), 3), bool(s.ranges_overlap)
    ('consistent after conversion', 1.007, True)
    """
    claims = {c.claim_id: c for c in parsed_claims(claims_df)}
    pv = pair_verdicts(claims_df) if verdicts is None else verdicts
    gr = comparable_groups(claims_df, pv) if groups is None else groups
    rows: list[dict[str, Any]] = []
    for key, members in gr.groupby(by, sort=True):
        cids = tuple(members["claim_id"])
        if len(cids) < 2:
            continue
        cs = [claims[c] for c in cids]
        inside = pv[pv["claim_a"].isin(cids) & pv["claim_b"].isin(cids)
                    & (pv["verdict"] != NOT_COMPARABLE)]
        comparable = inside[inside["verdict"].isin(COMPARABLE)]
        if len(comparable):
            verdict = min(comparable["verdict"], key=lambda v: _VERDICT_RANK[v])
        else:
            verdict = DIFFERENT_SCOPE
        eur, usd, overlap = _values(cs)
        label = _label(cs[0])
        counts = inside["verdict"].value_counts()
        rows.append({
            by: key, "n_claims": len(cids), "claim_ids": cids, "label": label,
            "eur_min": min(eur), "eur_max": max(eur), "eur_ratio": ratio(min(eur), max(eur)),
            "usd_min": min(usd), "usd_max": max(usd), "usd_ratio": ratio(min(usd), max(usd)),
            "ranges_overlap": bool(overlap), "verdict": verdict,
            "verdicts": "; ".join(f"{v}: {counts[v]}" for v in VERDICTS if v in counts),
        })
    columns = [by, "n_claims", "claim_ids", "label", "eur_min", "eur_max", "eur_ratio",
               "usd_min", "usd_max", "usd_ratio", "ranges_overlap", "verdict", "verdicts"]
    return pd.DataFrame(rows, columns=columns)
