"""Charts for conflicting figures: each claim as a range, the verdicts beneath, totals over time.

All builders take the tables of :mod:`aidlib.compare` and return plotly figures; nothing
here decides a verdict. Values are in one reporting currency ("EUR" or "USD"), each claim
at the ECB rate of its own publication day, its bar spanning the honest range (qualifier
and rounding honoured). Hovering a claim shows the sentence it came from.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ..compare import (
    NOT_COMPARABLE,
    central_in,
    comparable_groups,
    pair_verdicts,
    parsed_claims,
    range_in,
)
from ..records import Claim
from . import PALETTE, add_currency_toggle, bottom_legend, day_label, money_axis, money_label

__all__ = [
    "checks_table",
    "claim_label",
    "cumulative_figure",
    "family_figure",
    "family_figures",
    "groups_table",
    "totals_table",
    "verdicts_table",
]

_VERDICT_MARK = {
    "consistent": "✓",
    "consistent after conversion": "✓",
    "different scope": "≠",
    "conflicting": "✗",
}
_BILLION = 1e9
_WRAP = 110  # characters per verdict line beneath a chart


def claim_label(c: Claim) -> str:
    """The y-axis label of a claim: speaker, the figure as written, source and day."""
    return f"{c.who}: “{c.surface}”<br><sup>reported {day_label(c.published)}</sup>"



def _wrap(text: str) -> str:
    return "<br>".join(textwrap.wrap(text, _WRAP, subsequent_indent="    "))


def family_figure(claims_df: pd.DataFrame, claim_ids: Sequence[str], *,
                  currency: str = "EUR", title: str = "",
                  verdicts: pd.DataFrame | None = None,
                  groups: pd.DataFrame | None = None) -> go.Figure:
    """One chart: the claims in ``claim_ids`` as ranges in ``currency``, verdicts beneath.

    Claims of the same group (same thing) share a colour; each verdict between two of the
    claims other than "not comparable" is written under the chart in plain words.

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([dict(claim_id="a:c01", value=21e9, qualifier="more_than", pair_id="p"),
    ...                   dict(claim_id="a:c02", unit="USD", value=24e9, pair_id="p")])
    >>> fig = family_figure(df, ["a:c01", "a:c02"], currency="USD")
    >>> len(fig.data), "consistent after conversion" in fig.layout.annotations[0].text
    (2, True)
    >>> [t.visible for t in fig.data], fig.layout.xaxis.tickprefix
    ([False, True], 'US$')
    """
    if currency not in ("EUR", "USD"):
        raise ValueError(f"currency must be 'EUR' or 'USD', not {currency!r}")
    pv = pair_verdicts(claims_df) if verdicts is None else verdicts
    gr = comparable_groups(claims_df, pv) if groups is None else groups
    by_id = {c.claim_id: c for c in parsed_claims(claims_df)}
    cs = [by_id[i] for i in claim_ids]
    group_of = dict(zip(gr["claim_id"], gr["group_id"], strict=True))
    group_ids = list(dict.fromkeys(group_of[c.claim_id] for c in cs))
    fig = go.Figure()
    trace_currency: list[str] = []
    lone = 0
    for cur in ("EUR", "USD"):
        for n, gid in enumerate(group_ids):
            members = [c for c in cs if group_of[c.claim_id] == gid]
            values = [central_in(c, cur) / _BILLION for c in members]
            ranges = [tuple(v / _BILLION for v in range_in(c, cur)) for c in members]
            alone = len(members) == 1
            colour = PALETTE[11] if alone else PALETTE[n % (len(PALETTE) - 1)]
            speakers = list(dict.fromkeys(c.who for c in members))
            name = ("measures something of its own" if alone
                    else "measure the same thing: " + ", ".join(speakers))
            lone += alone
            fig.add_trace(go.Scatter(
                x=values,
                y=[claim_label(c) for c in members],
                mode="markers",
                marker={"size": 11, "color": colour, "line": {"width": 1}},
                error_x={"type": "data", "symmetric": False, "thickness": 6, "width": 0,
                         "array": [r[1] - v for r, v in zip(ranges, values, strict=True)],
                         "arrayminus": [v - r[0] for r, v in zip(ranges, values, strict=True)]},
                name=name, legendgroup=f"{cur}-{name}",
                showlegend=not alone or lone == 1,
                customdata=[[c.surface, money_label(r[0] * _BILLION, cur),
                             money_label(r[1] * _BILLION, cur),
                             "<br>".join(textwrap.wrap(c.sentence, 90))]
                            for c, r in zip(members, ranges, strict=True)],
                hovertemplate=("“%{customdata[0]}”: %{customdata[1]} to %{customdata[2]}"
                               "<br><br>%{customdata[3]}<extra></extra>"),
            ))
            trace_currency.append(cur)
        lone = 0
    ids = set(claim_ids)
    inside = pv[pv["claim_a"].isin(ids) & pv["claim_b"].isin(ids)
                & (pv["verdict"] != NOT_COMPARABLE)]
    # the second figure of a "€21 billion (around $24 billion)" pair repeats the first:
    # keep its currency check, drop its other verdicts (they are the first one's)
    row_of = {claim_id: i for i, claim_id in enumerate(by_id)}  # table order
    repeats = {c.claim_id for c in cs if c.pair_id and any(
        o.pair_id == c.pair_id and row_of[o.claim_id] < row_of[c.claim_id] for o in cs)}
    inside = inside[inside["same_figure"] | ~(inside["claim_a"].isin(repeats)
                                              | inside["claim_b"].isin(repeats))]
    lines = [
        _wrap(f"{_VERDICT_MARK.get(r['verdict'], '')} <b>{r['verdict']}</b>: {r['reason']}.")
        for r in inside.to_dict("records")
    ]
    verdict_text = "<br>".join(lines) or "No two of these claims can be compared."
    n_lines = verdict_text.count("<br>") + 1
    values_all = [central_in(c, currency) for c in cs]
    lows = [range_in(c, currency)[0] for c in cs]
    spread = max(values_all) / max(min(lows), 1e-9) if values_all else 1.0
    log = spread > 20 and min(lows) > 0
    plot_h = 90 + 55 * len(cs)
    bottom = 85 + 19 * n_lines
    axis_title = "at the ECB rate of each figure's day (bar: the figure's honest range)"
    fig.update_layout(
        title={"text": title or "Claims compared", "x": 0, "xanchor": "left",
               "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 12}},
        height=plot_h + bottom + 80,
        margin={"l": 10, "r": 20, "t": 80, "b": bottom},
        xaxis={"type": "log" if log else "linear",
               "rangemode": "tozero" if not log else None},
        yaxis={"autorange": "reversed", "automargin": True},
        legend={"x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top",
                "title": {"text": "colour"}},
        showlegend=True,
    )
    fig.add_annotation(
        text=verdict_text, xref="paper", yref="paper", x=0, y=0, xanchor="left",
        yanchor="top", yshift=-62, showarrow=False, align="left", font={"size": 13},
    )
    return add_currency_toggle(fig, trace_currency, currency, {
        cur: {"xaxis": money_axis(cur, f"{cur} {axis_title}", log=log)}
        for cur in ("EUR", "USD")})


def family_figures(claims_df: pd.DataFrame, currency: str = "EUR") -> list[go.Figure]:
    """One :func:`family_figure` per family of two or more money claims, in text order.

    A family is a set of claims a reader might confuse (see :mod:`aidlib.compare`); its
    title names the family, what it holds and its worst verdict.
    """
    pv = pair_verdicts(claims_df)
    gr = comparable_groups(claims_df, pv)
    money = set(claims_df.loc[claims_df["measure"] == "money", "claim_id"])
    published = claims_df.set_index("claim_id")["published"]
    figs: list[go.Figure] = []
    for _, members in gr.groupby("family_id", sort=True):
        ids = [i for i in members["claim_id"] if i in money]
        if len(ids) < 2:
            continue
        inside = pv[pv["claim_a"].isin(ids) & pv["claim_b"].isin(ids)]
        verdicts = [v for v in ("conflicting", "consistent after conversion", "consistent",
                                "different scope") if v in set(inside["verdict"])]
        days = sorted({day_label(d) for d in published[ids]}, key=pd.Timestamp)
        title = (f"{len(ids)} look-alike figures reported {' and '.join(days)}"
                 f"{'<br><sup>verdicts: ' + ', '.join(verdicts) + '</sup>' if verdicts else ''}")
        figs.append(family_figure(claims_df, ids, currency=currency, title=title,
                                  verdicts=pv, groups=gr))
    return figs


def cumulative_figure(totals: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Running totals on one time axis (from :func:`aidlib.compare.cumulative_totals`).

    One colour per series (stage · kind of aid · donors); each total a point with its range
    as an error bar, labelled with speaker, figure and amount; a dotted line joins the
    totals of a series, from nothing on the date it counts from ("since February 2022");
    the hover shows the sentence and the change since the previous total.

    >>> from aidlib.compare import make_claims, cumulative_totals
    >>> df = make_claims([dict(value=150e9, unit="USD", scope_type="cumulative",
    ...                        published="2023-04-21")])
    >>> len(cumulative_figure(cumulative_totals(df, "USD")).data)
    2
    """
    fig = go.Figure()
    currency = str(totals["currency"].iloc[0]) if len(totals) else "EUR"
    for n, (series, rows) in enumerate(totals.groupby("series", sort=False)):
        colour = PALETTE[n % len(PALETTE)]
        rows = rows.sort_values("as_of")
        # a running total "since" a date grows from nothing on that date: draw that line
        start = rows["since"].dropna()
        xs = ([start.iloc[0]] if len(start) else []) + list(rows["as_of"])
        ys = ([0.0] if len(start) else []) + list(rows["value"] / _BILLION)
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="lines", line={"dash": "dot", "color": colour, "width": 2},
            name=str(series), legendgroup=str(series), hoverinfo="skip", showlegend=False,
        ))
        fig.add_trace(go.Scatter(
            x=rows["as_of"], y=rows["value"] / _BILLION, mode="markers+text",
            name=str(series), legendgroup=str(series),
            text=[f"{s}: “{f}”<br>{money_label(v, currency)}"
                  for s, f, v in zip(rows["speaker"], rows["surface"], rows["value"],
                                     strict=True)],
            textposition="middle left", cliponaxis=False,
            marker={"size": 11, "color": colour},
            error_y={"type": "data", "symmetric": False, "color": colour,
                     "array": (rows["high"] - rows["value"]) / _BILLION,
                     "arrayminus": (rows["value"] - rows["low"]) / _BILLION},
            customdata=[[nt, "<br>".join(textwrap.wrap(s, 90))]
                        for nt, s in zip(rows["note"], rows["sentence"], strict=True)],
            hovertemplate="%{customdata[0]}<br><br>%{customdata[1]}<extra></extra>",
        ))
    top = float(totals["high"].max()) / _BILLION if len(totals) else 1.0
    days = pd.concat([totals["as_of"], totals["since"].dropna()]) if len(totals) else None
    x_range = None
    if days is not None and len(days):
        span = max((days.max() - days.min()).days, 30)
        x_range = [days.min() - pd.Timedelta(days=0.35 * span),
                   days.max() + pd.Timedelta(days=0.1 * span)]
    fig.update_layout(
        title={"text": title or "Running totals reported at different dates"},
        height=500,
        xaxis={"title": {"text": "date the total refers to (dotted: growing since the date "
                                 "it counts from)"}, "range": x_range},
        yaxis={**money_axis(currency, f"{currency} at the ECB rate of each day"),
               "range": [0, top * 1.2 if math.isfinite(top) else 1]},
        margin={"l": 10, "r": 30, "t": 50, "b": 110},
    )
    return bottom_legend(fig, "series")


# --- tables for reading (strings formatted once; the numeric tables stay in compare) -------


def _span(low: float, high: float, currency: str) -> str:
    return money_label(low, currency) if low == high else (
        f"{money_label(low, currency)} – {money_label(high, currency)}")


def groups_table(summary: pd.DataFrame, claims_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`aidlib.compare.group_summary` for reading: the figures (with who stated them,
    when ``claims_df`` is given), what they measure, the spreads written as money.

    >>> from aidlib.compare import group_summary, make_claims
    >>> df = make_claims([dict(value=21e9, qualifier="more_than", pair_id="p"),
    ...                   dict(unit="USD", value=24e9, qualifier="around", pair_id="p")])
    >>> row = groups_table(group_summary(df), df).iloc[0]
    >>> row["in EUR (min – max)"], row["figures"].count("“")
    ('€21 bn – €21.2 bn', 2)
    """
    if claims_df is not None:
        said = {str(c): f"“{f}” ({'the article' if s == src else s})" for c, f, s, src in
                zip(claims_df["claim_id"], claims_df["surface"], claims_df["speaker"],
                    claims_df["source_id"], strict=True)}
        listed = summary["claim_ids"].map(lambda ids: "; ".join(said[str(i)] for i in ids))
    else:
        listed = summary["n_claims"].map(lambda n: f"{n} figures")
    return pd.DataFrame({
        "figures": listed,
        "what they measure": summary["label"],
        "in EUR (min – max)": [_span(lo, hi, "EUR") for lo, hi in
                               zip(summary["eur_min"], summary["eur_max"], strict=True)],
        "in USD (min – max)": [_span(lo, hi, "USD") for lo, hi in
                               zip(summary["usd_min"], summary["usd_max"], strict=True)],
        "largest / smallest": summary["eur_ratio"].round(3),
        "ranges overlap": summary["ranges_overlap"].map({True: "yes", False: "no"}),
        "verdict": summary["verdict"],
        "pairs": summary["verdicts"],
    })


def verdicts_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """Pair verdicts for reading and sorting: the two figures and who stated them, the
    verdict and its reason first, then the two sentences."""
    who = {side: [s if s != src else "the article" for s, src in
                  zip(pairs[f"speaker_{side}"], pairs[f"source_{side}"], strict=True)]
           for side in ("a", "b")}
    return pd.DataFrame({
        "figure a": pairs["surface_a"],
        "a": who["a"],
        "figure b": pairs["surface_b"],
        "b": who["b"],
        "verdict": pairs["verdict"],
        "reason": pairs["reason"],
        "largest / smallest (EUR)": pairs["eur_ratio"].round(2),
        "sentence a": pairs["sentence_a"],
        "sentence b": pairs["sentence_b"],
    }).reset_index(drop=True)


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """:func:`aidlib.compare.currency_checks` for reading: rates to 4 places, error in %."""
    return pd.DataFrame({
        "figure": checks["surface_a"],
        "printed as": checks["surface_b"],
        "published": checks["published"].map(day_label),
        "implied rate": checks["implied_rate"].round(4),
        "rounding allows": [f"{lo:.4f} – {hi:.4f}" for lo, hi in
                            zip(checks["implied_low"], checks["implied_high"], strict=True)],
        "ECB rate": checks["ecb_rate"].round(4),
        "ECB day": checks["rate_date"].map(day_label),
        "error %": checks["error_pct"].round(2),
        "ECB within rounding": checks["within_rounding"].map({True: "yes", False: "no"}),
        "figure worth, latest": [
            f"{money_label(v, c)} {lab}" for v, c, lab in
            zip(checks["value_a_in_b_latest"], checks["currency_b"], checks["latest_label"],
                strict=True)],
    })


def totals_table(totals: pd.DataFrame) -> pd.DataFrame:
    """:func:`aidlib.compare.cumulative_totals` for reading: ranges and changes as money."""
    cur = str(totals["currency"].iloc[0]) if len(totals) else "EUR"
    return pd.DataFrame({
        "as of": totals["as_of"].map(day_label),
        "since": [day_label(d) if pd.notna(d) else "not stated" for d in totals["since"]],
        "series": totals["series"],
        "figure": totals["surface"],
        "speaker": totals["speaker"],
        f"range ({cur})": [_span(lo, hi, cur) for lo, hi in
                           zip(totals["low"], totals["high"], strict=True)],
        "change": [money_label(v, cur) if v == v else "" for v in totals["change_vs_previous"]],
        "note": totals["note"],
    })
