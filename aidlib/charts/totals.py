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

from ..records import counted_claims
from . import KIND_WORDS, PALETTE, day_label, log_money_toggle, money_label

__all__ = ["KIND_ORDER", "claims_overview", "counts_figure", "drones_table", "totals_figure"]

# Kinds in display order, each with a fixed colour from the shared palette.
KIND_ORDER = ("pledged", "provided", "contracted", "to_spend", "requested", "other")
_KIND_COLOUR = dict(zip(KIND_ORDER, PALETTE, strict=False))
_WRAP = 90  # characters per line of a sentence on hover
_BILLION = 1e9



def _who(row: pd.Series) -> str:
    return str(row["speaker"]) if row["attribution"] != "outlet" else "the article"


def _label(row: pd.Series) -> str:
    return f"{_who(row)}: “{row['surface']}”<br><sup>reported {day_label(row['published'])}</sup>"


def _hover(row: pd.Series) -> str:
    sentence = "<br>".join(textwrap.wrap(str(row["sentence"]), _WRAP))
    donors = ", ".join(row["donors"]) or "none named"
    kind = KIND_WORDS.get(row["kind"], row["kind"])
    return (f"<b>{row['surface']}</b> ({kind}, {row['category']})<br>"
            f"speaker: {row['speaker']} · donors: {donors}<br>{sentence}")


def _money_rows(table: pd.DataFrame) -> pd.DataFrame:
    table = counted_claims(table)
    money = table[(table["measure"] == "money") & table["eur_low"].notna()]
    return money.sort_values(["source_id", "start"], ascending=False)


def totals_figure(table: pd.DataFrame, currency: str = "EUR") -> go.Figure:
    """Every money claim with a rate as a range, coloured by kind; buttons switch between
    EUR and USD (``currency`` is shown first).

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> fig = totals_figure(claims(load_corpus()))
    >>> len(fig.data) > 0 and fig.layout.xaxis.title.text.split()[0]
    'EUR'
    """
    money = _money_rows(table)
    fig = go.Figure()
    trace_currency: list[str] = []
    for cur in ("EUR", "USD"):
        for kind in KIND_ORDER:
            part = money[money["kind"] == kind]
            if part.empty:
                continue
            low = part[f"{cur.lower()}_low"] / _BILLION
            high = part[f"{cur.lower()}_high"] / _BILLION
            per_unit = part[f"{cur.lower()}_low"] / part["low"]  # the ECB rate used for the row
            point = (part["value"] * per_unit / _BILLION).fillna((low + high) / 2)
            fig.add_trace(go.Scatter(
                x=point, y=[_label(r) for _, r in part.iterrows()], mode="markers",
                name=KIND_WORDS.get(kind, kind), legendgroup=kind,
                marker={"color": _KIND_COLOUR[kind], "size": 10},
                error_x={"type": "data", "symmetric": False, "array": high - point,
                         "arrayminus": point - low, "thickness": 4, "width": 0},
                hovertext=[_hover(r) for _, r in part.iterrows()], hoverinfo="text",
            ))
            trace_currency.append(cur)
    fig.update_layout(
        title={"text": "Every aid figure with a currency, by who stated it"},
        height=170 + 42 * len(money), yaxis={"automargin": True},
        margin={"l": 10, "r": 20, "t": 80, "b": 100},
    )
    return log_money_toggle(fig, trace_currency, currency,
                            "at the ECB rate of the article's day "
                            "(log scale; bar: the figure's honest range)",
                            "kind of money")


def claims_overview(table: pd.DataFrame) -> pd.DataFrame:
    """One line per money claim: when, who, what kind, for whom, the range in EUR and USD.

    >>> from aidlib.claims import claims
    >>> from aidlib.corpus import load_corpus
    >>> claims_overview(claims(load_corpus())).columns[:3].tolist()
    ['reported', 'speaker', 'figure']
    """
    money = table[table["measure"] == "money"].sort_values(["source_id", "start"])
    surface_of = dict(zip(table["claim_id"], table["surface"], strict=True))
    out = pd.DataFrame({
        "reported": money["published"].map(day_label),
        "speaker": [_who(r) for _, r in money.iterrows()],
        "figure": money["surface"],
        "kind": money["kind"].map(lambda k: KIND_WORDS.get(k, k)),
        "category": money["category"],
        "donors": money["donors"].map(lambda d: ", ".join(d) if d else "—"),
        "scope": money["scope_text"].replace("", "—"),
        "in EUR": [_range(lo, hi, "EUR") for lo, hi in zip(money["eur_low"], money["eur_high"],
                                                            strict=True)],
        "in USD": [_range(lo, hi, "USD") for lo, hi in zip(money["usd_low"], money["usd_high"],
                                                            strict=True)],
        "part of": money["part_of"].map(
            lambda c: f"“{surface_of[c]}”" if isinstance(c, str) and c in surface_of else ""),
    })
    return out.reset_index(drop=True)


def _range(low: float, high: float, currency: str) -> str:
    if pd.isna(low):
        return "no currency"
    if abs(high - low) < 5e-3 * max(abs(high), 1.0):
        return money_label(low, currency)
    return f"{money_label(low, currency)} – {money_label(high, currency)}"


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
        "reported": drones["published"].map(day_label),
        "claim": drones["unit"].str.removeprefix("drones_"),
        "drones": drones["value"].astype(int),
        "speaker": drones["speaker"],
        "period": drones["scope_text"].replace("", "—"),
        "sentence": drones["sentence"],
    }).sort_values(["reported", "claim"]).reset_index(drop=True)


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
            x=[f"{s}<br><sup>reported {day_label(d)}</sup>"
               for s, d in zip(part["speaker"], part["published"], strict=True)],
            y=part["value"], name=name, marker_color=PALETTE[i + 1],
            text=part["value"].astype(int), textposition="outside",
            hovertext=["<br>".join(textwrap.wrap(s, _WRAP)) for s in part["sentence"]],
            hoverinfo="text",
        ))
    fig.update_layout(title={"text": "Drones in one night's attack, as each side counts them"},
                      yaxis_title="drones", legend_title_text="claim", height=440,
                      margin={"l": 10, "r": 10, "t": 60, "b": 40})
    return fig
