"""Charts and tables for notebook 01: every reported aid figure, by source and speaker.

All builders take the table of :func:`aidlib.claims.claims` and return a plotly figure or
a small display table; nothing here changes a figure. Money is shown in EUR and USD at the
ECB rate of each article's publication day; a bar spans the figure's honest range ("more
than €21 billion" is 21-22 billion; "hundreds of millions" is 0.2-1 billion), the dot is
the number as stated, and hovering shows the sentence.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..records import claim_part, counted_claims, short_source
from . import PALETTE

__all__ = ["KIND_ORDER", "claims_overview", "counts_figure", "drones_table", "totals_figure"]

# Kinds in display order, each with a fixed colour from the shared palette.
KIND_ORDER = ("pledged", "provided", "contracted", "to_spend", "requested", "other")
_KIND_COLOUR = dict(zip(KIND_ORDER, PALETTE, strict=False))
_WRAP = 90  # characters per line of a sentence on hover
_BILLION = 1e9


def _label(row: pd.Series) -> str:
    speaker = row["speaker"] if row["attribution"] != "outlet" else "the outlet"
    where = f"{short_source(row['source_id'])} · {claim_part(row['claim_id'])}"
    return f"{speaker}: “{row['surface']}”<br><sup>{where}</sup>"


def _hover(row: pd.Series) -> str:
    sentence = "<br>".join(textwrap.wrap(str(row["sentence"]), _WRAP))
    donors = ", ".join(row["donors"]) or "none named"
    return (f"<b>{row['surface']}</b> ({row['kind']}, {row['category']})<br>"
            f"speaker: {row['speaker']} · donors: {donors}<br>{sentence}")


def _money_rows(table: pd.DataFrame) -> pd.DataFrame:
    table = counted_claims(table)
    money = table[(table["measure"] == "money") & table["eur_low"].notna()]
    return money.sort_values(["source_id", "start"], ascending=False)


def totals_figure(table: pd.DataFrame) -> go.Figure:
    """Every money claim with a rate, as a range in EUR (left) and USD (right), coloured by kind.

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> fig = totals_figure(claims(load_corpus()))
    >>> len(fig.data) > 0 and fig.layout.xaxis.title.text
    'EUR billion'
    """
    money = _money_rows(table)
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.03,
                        subplot_titles=("in EUR", "in USD"))
    for kind in KIND_ORDER:
        part = money[money["kind"] == kind]
        if part.empty:
            continue
        labels = [_label(r) for _, r in part.iterrows()]
        hover = [_hover(r) for _, r in part.iterrows()]
        for col, cur in ((1, "eur"), (2, "usd")):
            low, high = part[f"{cur}_low"] / _BILLION, part[f"{cur}_high"] / _BILLION
            per_unit = part[f"{cur}_low"] / part["low"]  # the ECB rate used for the row
            point = (part["value"] * per_unit / _BILLION).fillna((low + high) / 2)
            fig.add_trace(go.Scatter(
                x=point, y=labels, mode="markers", name=kind, legendgroup=kind,
                showlegend=col == 1, marker={"color": _KIND_COLOUR[kind], "size": 9},
                error_x={"type": "data", "symmetric": False, "array": high - point,
                         "arrayminus": point - low, "thickness": 3, "width": 0},
                hovertext=hover, hoverinfo="text",
            ), row=1, col=col)
    fig.update_xaxes(title_text="EUR billion", type="log", row=1, col=1)
    fig.update_xaxes(title_text="USD billion", type="log", row=1, col=2)
    fig.update_layout(height=120 + 42 * len(money), legend_title_text="kind",
                      margin={"l": 10, "r": 10, "t": 40, "b": 40})
    return fig


def claims_overview(table: pd.DataFrame) -> pd.DataFrame:
    """One line per money claim: who, what kind, for whom, the range in EUR and USD billions.

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> claims_overview(claims(load_corpus())).columns[:3].tolist()
    ['source', 'speaker', 'figure']
    """
    money = table[table["measure"] == "money"].sort_values(["source_id", "start"])
    out = pd.DataFrame({
        "source": money["source_id"].map(short_source),
        "speaker": money["speaker"].where(money["attribution"] != "outlet", "(outlet)"),
        "figure": money["surface"],
        "kind": money["kind"],
        "category": money["category"],
        "donors": money["donors"].map(lambda d: ", ".join(d) if d else "—"),
        "scope": money["scope_text"].replace("", "—"),
        "EUR bn": [_range(lo, hi) for lo, hi in zip(money["eur_low"], money["eur_high"],
                                                     strict=True)],
        "USD bn": [_range(lo, hi) for lo, hi in zip(money["usd_low"], money["usd_high"],
                                                     strict=True)],
        "part of": money["part_of"].fillna("").map(claim_part),
    })
    return out.reset_index(drop=True)


def _range(low: float, high: float) -> str:
    if pd.isna(low):
        return "no currency"
    lo, hi = low / _BILLION, high / _BILLION
    return f"{lo:.2f}" if abs(hi - lo) < 5e-3 else f"{lo:.2f}–{hi:.2f}"


def _drone_rows(table: pd.DataFrame) -> pd.DataFrame:
    """The counted claims of drones fired or destroyed (no teasers or captions)."""
    table = counted_claims(table)
    return table[table["unit"].isin(["drones_fired", "drones_destroyed"])]


def drones_table(table: pd.DataFrame) -> pd.DataFrame:
    """Drone counts claimed by each side, fired vs destroyed, with who claimed them.

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> drones_table(claims(load_corpus()))["claim"].tolist()  # not the teaser's 34 drones
    ['destroyed', 'fired']
    """
    drones = _drone_rows(table)
    return pd.DataFrame({
        "source": drones["source_id"].map(short_source),
        "claim": drones["unit"].str.removeprefix("drones_"),
        "drones": drones["value"].astype(int),
        "speaker": drones["speaker"],
        "period": drones["scope_text"].replace("", "—"),
        "sentence": drones["sentence"],
    }).sort_values(["source", "claim"]).reset_index(drop=True)


def counts_figure(table: pd.DataFrame) -> go.Figure:
    """Drones fired and destroyed as claimed, one bar per claim, labelled by speaker.

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> len(counts_figure(claims(load_corpus())).data)
    2
    """
    drones = _drone_rows(table)
    fig = go.Figure()
    for i, (unit, name) in enumerate((("drones_fired", "fired"),
                                      ("drones_destroyed", "destroyed"))):
        part = drones[drones["unit"] == unit]
        fig.add_trace(go.Bar(
            x=[f"{s}<br><sup>{short_source(src)}</sup>" for s, src in zip(part["speaker"],
                                                               part["source_id"], strict=True)],
            y=part["value"], name=name, marker_color=PALETTE[i + 1],
            text=part["value"].astype(int), textposition="outside",
            hovertext=["<br>".join(textwrap.wrap(s, _WRAP)) for s in part["sentence"]],
            hoverinfo="text",
        ))
    fig.update_layout(yaxis_title="drones", legend_title_text="claim", height=420,
                      margin={"l": 10, "r": 10, "t": 30, "b": 40})
    return fig
