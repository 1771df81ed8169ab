"""Verdicts on constructed pairs of claims, then the same rules on the real corpus.

Each case is two claims built with :func:`aidlib.compare.make_claims` (defaults: a fresh
pledge of military aid to Ukraine in EUR, published 2025-04-11) and the verdict, rule
codes and grouping the rules must give. Rates are pinned by the publication dates.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pytest

from aidlib.compare import (
    COMPARABLE,
    DIFFERENCES,
    VERDICTS,
    comparable_groups,
    cumulative_totals,
    currency_checks,
    fmt_money,
    group_summary,
    make_claims,
    pair_verdicts,
    rounding_half_step,
)

Q1_2025 = {"scope_type": "period", "scope_text": "in the first three months of the year",
           "period_start": "2025-01-01", "period_end": "2025-03-31"}
Q4_2024 = {"scope_type": "period", "scope_text": "in the last quarter of 2024",
           "period_start": "2024-10-01", "period_end": "2024-12-31"}
OVERNIGHT = {"scope_type": "period", "scope_text": "overnight", "published": "2025-12-03",
             "period_start": "2025-12-02", "period_end": "2025-12-03"}
SINCE_2022 = {"scope_type": "cumulative", "scope_text": "since February 2022",
              "period_start": "2022-02-24"}

# (id, claim a, claim b, verdict, rule codes that must fire, grouped)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, set[str], bool]] = [
    # --- from the seeds (the articles' own figures, rebuilt by hand) ---
    ("same figure in two currencies",
     dict(value=21e9, qualifier="more_than", pair_id="p1"),
     dict(value=24e9, unit="USD", qualifier="around", pair_id="p1"),
     "consistent after conversion", {"same_figure"}, True),
    ("same figure, exact euros and dollars (2.4 bn = $2.5 bn)",
     dict(value=2.4e9, kind="contracted", published="2023-09-28", pair_id="p2"),
     dict(value=2.5e9, unit="USD", kind="contracted", published="2023-09-28", pair_id="p2"),
     "consistent after conversion", {"same_figure"}, True),
    ("pledged vs provided (€21 bn fresh vs $21 bn in Q1)",
     dict(value=21e9, qualifier="more_than"),
     dict(value=21e9, unit="USD", qualifier="around", kind="provided", **Q1_2025),
     "different scope", {"kind", "scope"}, False),
    ("nested total and part ($150 bn incl. $65 bn military)",
     dict(claim_id="s:c01", value=150e9, unit="USD", qualifier="more_than", kind="provided",
          category="total", published="2023-04-21", **SINCE_2022),
     dict(claim_id="s:c02", value=65e9, unit="USD", kind="provided", category="military",
          published="2023-04-21", part_of="s:c01", **SINCE_2022),
     "different scope", {"part_of"}, False),
    ("one country vs an alliance ($580 m UK+Norway vs €21 bn from NATO)",
     dict(value=580e6, unit="USD", qualifier="more_than", donors=("United Kingdom", "Norway")),
     dict(value=21e9, qualifier="more_than", donors=("NATO",)),
     "different scope", {"donors_nested"}, False),
    ("named countries vs donors not named",
     dict(value=580e6, unit="USD", donors=("Norway", "United Kingdom")),
     dict(value=21e9),
     "different scope", {"donors_nested"}, False),
    # --- new: the rules one at a time ---
    ("two periods (Q1 2025 vs Q4 2024)",
     dict(value=21e9, unit="USD", kind="provided", **Q1_2025),
     dict(value=18e9, unit="USD", kind="provided", **Q4_2024),
     "different scope", {"period"}, False),
    ("one quarter vs the whole war",
     dict(value=21e9, unit="USD", kind="provided", **Q1_2025),
     dict(value=150e9, unit="USD", kind="provided", **SINCE_2022),
     "different scope", {"scope"}, False),
    ("more-than vs around, two speakers, overlap after conversion",
     dict(value=21e9, qualifier="more_than", speaker="John Healey"),
     dict(value=24e9, unit="USD", qualifier="around", speaker="Reuters"),
     "consistent after conversion", set(), True),
    ("same currency, rounding honoured (2.4 bn vs 2.45 bn)",
     dict(value=2.4e9), dict(value=2.45e9),
     "consistent", set(), True),
    ("same currency, around vs exact",
     dict(value=24e9, unit="USD", qualifier="around"), dict(value=24.3e9, unit="USD"),
     "consistent", set(), True),
    ("clear conflict (€21 bn vs €30 bn, same everything)",
     dict(value=21e9, qualifier="more_than"), dict(value=30e9),
     "conflicting", set(), True),
    ("clear conflict across currencies (€21 bn vs $30 bn)",
     dict(value=21e9), dict(value=30e9, unit="USD"),
     "conflicting", set(), True),
    ("same figure, wrong conversion (€21 bn = $30 bn)",
     dict(value=21e9, pair_id="p3"), dict(value=30e9, unit="USD", pair_id="p3"),
     "conflicting", {"same_figure"}, True),
    ("running total grew (2023 vs 2024)",
     dict(value=150e9, unit="USD", kind="provided", published="2023-04-21", **SINCE_2022),
     dict(value=200e9, unit="USD", kind="provided", published="2024-04-19", **SINCE_2022),
     "different scope", {"growth"}, False),
    ("running total shrank",
     dict(value=150e9, unit="USD", kind="provided", published="2023-04-21", **SINCE_2022),
     dict(value=100e9, unit="USD", kind="provided", published="2024-04-19", **SINCE_2022),
     "conflicting", {"growth"}, False),
    ("all aid vs military aid, no part_of",
     dict(value=150e9, unit="USD", category="total"), dict(value=65e9, unit="USD"),
     "different scope", {"category_nested"}, False),
    ("vague plural vs a figure inside it",
     dict(value=2e8, unit="USD", qualifier="vague", low=2e8, high=1e9, kind="to_spend"),
     dict(value=5e8, unit="USD", kind="to_spend"),
     "consistent", set(), True),
    ("vague figure without a stated value",
     dict(value=float("nan"), unit="USD", qualifier="vague", low=2e8, high=1e9),
     dict(value=5e8, unit="USD"),
     "consistent", set(), True),
    ("currency not stated",
     dict(value=2e9, unit=None, qualifier="vague", low=2e9, high=1e10),
     dict(value=2e9, unit=None, qualifier="vague", low=2e9, high=1e10),
     "not comparable", {"no_rate"}, False),
    ("different donors",
     dict(value=1e9, donors=("Germany",)), dict(value=1e9, donors=("France",)),
     "not comparable", {"donors"}, False),
    ("different kinds of aid",
     dict(value=1e9), dict(value=1e9, category="humanitarian"),
     "not comparable", {"category"}, False),
    ("different recipients",
     dict(value=1e9), dict(value=1e9, recipient="Moldova"),
     "not comparable", {"recipient"}, False),
    ("separate announcements two years apart",
     dict(value=1e9, published="2023-04-21"), dict(value=1e9),
     "not comparable", {"time"}, False),
    ("no ECB rate for hryvnia",
     dict(value=40e9, unit="UAH"), dict(value=1e9),
     "not comparable", {"no_rate"}, False),
    ("counts of the same night that differ",
     dict(measure="count", unit="drones_fired", value=111, **OVERNIGHT),
     dict(measure="count", unit="drones_fired", value=102, **OVERNIGHT),
     "conflicting", set(), True),
    ("counts with no period that differ (maybe two events)",
     dict(measure="count", unit="people_killed", value=20, scope_type="unspecified"),
     dict(measure="count", unit="people_killed", value=2, scope_type="unspecified"),
     "not comparable", {"time"}, False),
    ("counts with no period that agree (28-point plan)",
     dict(measure="count", unit="points", value=28, scope_type="unspecified"),
     dict(measure="count", unit="points", value=28, scope_type="unspecified"),
     "consistent", set(), True),
    ("Western allies vs donors not named: the same donors",
     dict(value=21e9, qualifier="more_than", donors=("Western allies",)),
     dict(value=21e9, qualifier="more_than"),
     "consistent", set(), True),
    ("kind of aid not stated for one: taken as the same",
     dict(value=21e9, category="unspecified"), dict(value=30e9),
     "conflicting", set(), True),
    ("running totals, start stated for only one",
     dict(value=150e9, unit="USD", category="total", published="2023-04-21", **SINCE_2022),
     dict(value=26e9, unit="USD", category="total", scope_type="cumulative",
          scope_text="so far"),
     "different scope", {"period"}, False),
    ("count around vs exact",
     dict(measure="count", unit="countries", value=50, qualifier="around", step=10),
     dict(measure="count", unit="countries", value=52),
     "consistent", set(), True),
]


def _two(a: dict[str, Any], b: dict[str, Any]) -> pd.DataFrame:
    a = {"claim_id": "t:c01", **a}
    b = {"claim_id": "t:c02", **b}
    return make_claims([a, b])


@pytest.mark.parametrize(("a", "b", "verdict", "codes", "grouped"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pair_verdict(a: dict[str, Any], b: dict[str, Any], verdict: str, codes: set[str],
                      grouped: bool) -> None:
    pv = pair_verdicts(_two(a, b))
    assert len(pv) == 1
    row = pv.iloc[0]
    assert row["verdict"] == verdict, row["reason"]
    assert codes <= set(row["differences"]), row["differences"]
    assert bool(row["grouped"]) is grouped
    assert row["reason"]


@pytest.mark.parametrize(("a", "b", "verdict"), [c[1:4] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_verdict_does_not_depend_on_order(a: dict[str, Any], b: dict[str, Any],
                                          verdict: str) -> None:
    pv = pair_verdicts(make_claims([{"claim_id": "t:c01", **b}, {"claim_id": "t:c02", **a}]))
    assert pv.iloc[0]["verdict"] == verdict


def test_counts_compare_only_with_the_same_unit() -> None:
    df = make_claims([
        dict(claim_id="t:c01", measure="count", unit="drones", value=111),
        dict(claim_id="t:c02", measure="count", unit="people_killed", value=20),
        dict(claim_id="t:c03", value=1e9),
    ])
    assert pair_verdicts(df).empty


def test_rejected_claims_are_left_out() -> None:
    df = make_claims([dict(value=1e9), dict(value=2e9, status="rejected")])
    assert pair_verdicts(df).empty
    assert len(comparable_groups(df)) == 1


def test_vocabularies() -> None:
    df = make_claims([a for case in CASES for a in case[1:3] if "claim_id" not in a])
    pv = pair_verdicts(df)
    assert set(pv["verdict"]) <= set(VERDICTS)
    assert {d for ds in pv["differences"] for d in ds} <= set(DIFFERENCES)
    assert pv.loc[pv["grouped"], "verdict"].isin(COMPARABLE).all()


# --- groups and families --------------------------------------------------------------

APRIL_2025 = [
    dict(claim_id="a:c01", value=21e9, qualifier="more_than", pair_id="p1",
         speaker="John Healey"),
    dict(claim_id="a:c02", value=24e9, unit="USD", qualifier="around", pair_id="p1",
         speaker="John Healey"),
    dict(claim_id="a:c03", value=21e9, unit="USD", qualifier="around", kind="provided",
         speaker="Mark Rutte", **Q1_2025),
    dict(claim_id="a:c04", value=580e6, unit="USD", qualifier="more_than",
         donors=("Norway", "United Kingdom")),
    dict(claim_id="a:c05", value=1e9, category="humanitarian"),
]


def test_groups_and_families() -> None:
    g = comparable_groups(make_claims(APRIL_2025)).set_index("claim_id")
    assert g.loc[["a:c01", "a:c02"], "group_id"].tolist() == ["G01", "G01"]
    assert g.loc["a:c01", "group_size"] == 2
    assert "a:c02 (consistent after conversion" in str(g.loc["a:c01", "reason"])
    assert g.loc["a:c03", "group_size"] == 1
    assert g.loc["a:c03", "reason"] == "no comparable claim"
    assert "different stages" in str(g.loc["a:c03", "related"])
    assert g.loc[["a:c01", "a:c02", "a:c03", "a:c04"], "family_id"].nunique() == 1
    assert g.loc["a:c05", "family_size"] == 1


def test_group_summary_spread() -> None:
    df = make_claims(APRIL_2025)
    s = group_summary(df).set_index("group_id")
    assert list(s.index) == ["G01"]
    row = s.loc["G01"]
    assert row["verdict"] == "consistent after conversion"
    assert row["ranges_overlap"]
    assert row["eur_min"] == pytest.approx(21e9)
    assert row["usd_max"] == pytest.approx(24e9)
    assert row["eur_ratio"] == pytest.approx(24 / 1.1346 / 21, rel=1e-9)
    fam = group_summary(df, by="family_id").set_index("family_id")
    assert fam.loc["F01", "n_claims"] == 4
    assert "different scope" in str(fam.loc["F01", "verdicts"])


# --- currency checks and running totals ---------------------------------------------------


def test_currency_check_pinned_rates() -> None:
    df = make_claims(APRIL_2025[:2])
    c = currency_checks(df).iloc[0]
    assert (c["currency_a"], c["currency_b"]) == ("EUR", "USD")
    assert c["ecb_rate"] == pytest.approx(1.1346)
    assert c["implied_rate"] == pytest.approx(24 / 21)
    assert c["error_pct"] == pytest.approx((24 / 21 / 1.1346 - 1) * 100)
    assert c["within_rounding"]
    assert c["latest_label"].startswith("at ECB rate of ")
    assert c["latest_label"].endswith("(latest in bundled data)")
    assert c["eur_latest"] == pytest.approx(21e9)


def test_currency_check_without_ecb_rate_keeps_the_row() -> None:
    df = make_claims([dict(value=40e9, unit="UAH", pair_id="p"),
                      dict(value=1e9, unit="USD", pair_id="p")])
    c = currency_checks(df).iloc[0]
    assert math.isnan(c["ecb_rate"])
    assert "UAH" in c["rate_note"]


def test_cumulative_totals_on_one_axis() -> None:
    df = make_claims([
        dict(claim_id="b:c01", value=200e9, unit="USD", kind="provided", category="total",
             published="2024-04-19", **SINCE_2022),
        dict(claim_id="a:c01", value=150e9, unit="USD", qualifier="more_than",
             kind="provided", category="total", published="2023-04-21", **SINCE_2022),
        dict(claim_id="a:c02", value=65e9, unit="USD", kind="provided", category="military",
             published="2023-04-21", part_of="a:c01", **SINCE_2022),
        dict(claim_id="c:c01", value=1e9),  # fresh pledge: not a running total
    ])
    t = cumulative_totals(df, "USD")
    assert t["claim_id"].tolist() == ["a:c01", "a:c02", "b:c01"]
    assert t.loc[2, "change_vs_previous"] == pytest.approx(50e9)
    assert str(t.loc[2, "note"]).startswith("grew by $50 bn")
    assert t.loc[1, "part_of"] == "a:c01"
    with pytest.raises(ValueError, match="EUR"):
        cumulative_totals(df, "GBP")


@pytest.mark.parametrize(("value", "half"), [(2.4e9, 5e7), (580e6, 5e6), (150e9, 5e9),
                                             (1e9, 5e7), (24e9, 5e8), (0.0, 0.0)])
def test_rounding_half_step(value: float, half: float) -> None:
    assert rounding_half_step(value) == pytest.approx(half)


def test_fmt_money() -> None:
    assert fmt_money(21.59e9, "EUR") == "€21.6 bn"
    assert fmt_money(65e9, "USD") == "$65 bn"
    assert fmt_money(1234.0, "UAH") == "1,234 UAH"


# --- the real corpus ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_claims() -> pd.DataFrame:
    claims_mod = pytest.importorskip("aidlib.claims")
    if not hasattr(claims_mod, "claims"):
        pytest.skip("aidlib.claims.claims() not written yet")
    from aidlib.corpus import load_corpus

    frame: pd.DataFrame = claims_mod.claims(load_corpus())
    return frame


def test_real_claims_every_pair_has_a_verdict(real_claims: pd.DataFrame) -> None:
    pv = pair_verdicts(real_claims)
    assert not pv.empty
    assert set(pv["verdict"]) <= set(VERDICTS)
    assert pv["reason"].str.len().gt(0).all()
    parsed = real_claims[real_claims["status"] == "parsed"]
    sentences = dict(zip(parsed["claim_id"], parsed["sentence"], strict=True))
    assert (pv["sentence_a"] == pv["claim_a"].map(sentences)).all()


def test_real_currency_pairs_agree(real_claims: pd.DataFrame) -> None:
    checks = currency_checks(real_claims)
    # "€21 billion (around $24 billion)" and "2.4 billion euros ($2.5 billion)"
    assert len(checks) >= 2
    assert checks["within_rounding"].all()
    assert checks["error_pct"].abs().lt(2).all()
    pv = pair_verdicts(real_claims)
    same = pv[pv["same_figure"]]
    assert (same["verdict"] == "consistent after conversion").all()


def test_real_look_alikes_are_different_scope(real_claims: pd.DataFrame) -> None:
    pv = pair_verdicts(real_claims)
    assert not (pv["verdict"] == "conflicting").any(), pv.loc[pv["verdict"] == "conflicting"]
    healey_rutte = pv[(pv["surface_a"] == "more than €21 billion")
                      & (pv["surface_b"] == "around $21 billion")]
    assert len(healey_rutte) == 1
    assert healey_rutte.iloc[0]["verdict"] == "different scope"
    assert "kind" in healey_rutte.iloc[0]["differences"]
    total_part = pv[(pv["surface_a"] == "more than $150 billion")
                    & (pv["surface_b"] == "$65 billion")]
    assert total_part.iloc[0]["differences"] == ("part_of",)
