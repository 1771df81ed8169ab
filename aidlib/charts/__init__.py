"""Plotly charts for the notebooks, shown with plotly's own renderers.

Call :func:`setup_notebook` once in a notebook's imports cell. Figures are then shown with
plotly's standard ``plotly_mimetype+notebook`` renderer, so every reader draws them:

- ``application/vnd.plotly.v1+json``: JupyterLab (plotly ships its extension), VS Code,
  and the project's site (:mod:`aidlib.render`, which draws it with one shared plotly.js);
- ``text/html`` plus plotly.js embedded once per notebook (no network): a plain
  ``jupyter nbconvert --to html``, nbviewer, Jupyter Book and Quarto.

The ``text/html`` part carries a random ``<div>`` id; ``tests/nbval_sanitize.cfg``
masks it so nbval compares everything else. :func:`figure_html` gives the same chart with
a stable id, for pages the project writes itself.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

__all__ = [
    "CONFIG",
    "CURRENCY_SIGNS",
    "KIND_WORDS",
    "PALETTE",
    "RENDERER",
    "add_currency_toggle",
    "bottom_legend",
    "day_label",
    "figure_html",
    "log_money_toggle",
    "money_axis",
    "money_label",
    "setup_notebook",
]

# Plotly's standard renderers: its mimetype for JupyterLab, HTML + inlined plotly.js for exports.
RENDERER = "plotly_mimetype+notebook"

# Qualitative colours (Plotly's "Safe" palette, colour-blind friendly), in a fixed order.
PALETTE = ("#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99",
           "#999933", "#882255", "#661100", "#6699CC", "#888888")

# How a chart writes a currency: "US$" beside "€", never a bare "$" (it reads as maths in
# Markdown and is ambiguous beside other dollars).
CURRENCY_SIGNS = {"EUR": "€", "USD": "US$", "GBP": "£"}

# The claims table's kinds of money (aidlib.claims) in words a reader needs no key for.
KIND_WORDS = {
    "pledged": "pledged",
    "provided": "provided (delivered)",
    "contracted": "under contract",
    "to_spend": "to be spent",
    "requested": "requested",
    "other": "other",
}

# Plotly config for every chart: no logo, resize with the page, no link to plotly's cloud.
CONFIG: dict[str, Any] = {"displaylogo": False, "responsive": True}


def figure_html(fig_dict: dict[str, Any]) -> str:
    """A ``<div>`` and script drawing ``fig_dict`` with a page-level plotly.js, stable id.

    >>> html = figure_html({"data": [{"type": "bar", "y": [1]}], "layout": {}})
    >>> html == figure_html({"data": [{"type": "bar", "y": [1]}], "layout": {}})
    True
    >>> "Plotly.newPlot" in html and "<script src=" not in html
    True
    """
    fig_json = pio.to_json(fig_dict, validate=False, remove_uids=True)
    div_id = "aidlib-" + hashlib.sha256(fig_json.encode()).hexdigest()[:16]
    html: str = pio.to_html(
        fig_dict, include_plotlyjs=False, include_mathjax=False, full_html=False,
        div_id=div_id, validate=False, config=fig_dict.get("config") or CONFIG,
        default_width="100%",
    )
    return html


def setup_notebook() -> None:
    """Show plotly figures with :data:`RENDERER` and the house template (call once)."""
    for name in RENDERER.split("+"):
        pio.renderers[name].config = CONFIG
    pio.renderers.default = RENDERER
    pio.templates.default = "plotly_white"


def day_label(value: object) -> str:
    """A day as a reader writes it ("" for a missing one).

    >>> day_label("2025-04-11"), day_label(None)
    ('11 Apr 2025', '')
    """
    day = pd.Timestamp(str(value)) if value is not None else pd.NaT
    if day is pd.NaT:
        return ""
    return f"{day.day} {day:%b %Y}"


def money_label(value: float | None, currency: str) -> str:
    """An amount as a reader writes it: sign, three significant digits, scale word.

    >>> money_label(5.92e10, "EUR"), money_label(2.45e9, "USD"), money_label(5.8e8, "GBP")
    ('€59.2 bn', 'US$2.45 bn', '£580 m')
    >>> money_label(float("nan"), "EUR")
    'n/a'
    """
    if value is None or not math.isfinite(value):
        return "n/a"
    for size, word in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= size:
            number, scale = value / size, word
            break
    else:
        number, scale = value, ""
    text = f"{number:,.3g}" if abs(number) < 1000 else f"{number:,.0f}"
    return f"{CURRENCY_SIGNS.get(currency, currency + ' ')}{text}{scale}"


# Tick values of a logarithmic axis of billions: powers of ten (room for "US$100 bn" upright).
_LOG_TICKS = tuple(10.0**e for e in range(-3, 5))


def money_axis(currency: str, title: str = "", *, log: bool = False) -> dict[str, Any]:
    """Axis settings for amounts plotted in billions: "€20 bn", not "2e+10".

    A logarithmic axis gets a tick per power of ten, each written in full ("€10 bn").

    >>> money_axis("USD")["tickprefix"], money_axis("USD")["ticksuffix"]
    ('US$', ' bn')
    >>> money_axis("EUR", log=True)["ticktext"][2:5]
    ['€0.1 bn', '€1 bn', '€10 bn']
    """
    sign = CURRENCY_SIGNS.get(currency, currency + " ")
    axis: dict[str, Any] = {"tickprefix": sign, "ticksuffix": " bn", "tickformat": ",~g",
                            "title": {"text": title}}
    if log:
        axis = {"tickmode": "array", "tickvals": list(_LOG_TICKS), "tickangle": 0,
                "ticktext": [f"{sign}{v:,.3g} bn" for v in _LOG_TICKS], "title": {"text": title}}
    return axis


def bottom_legend(fig: go.Figure, title: str = "") -> go.Figure:
    """Put the legend in one row under the chart, clear of the title, and keep the title
    left-aligned at the top (so neither hides the other)."""
    fig.update_layout(
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom",
                "x": 0, "xanchor": "left", "title": {"text": title}},
        title={"x": 0, "xanchor": "left", "yref": "container", "y": 1, "yanchor": "top",
               "pad": {"t": 12}},
    )
    return fig


def add_currency_toggle(fig: go.Figure, trace_currency: Sequence[str], default: str,
                        layout_by_currency: dict[str, dict[str, Any]]) -> go.Figure:
    """Buttons switching the chart between EUR and USD traces; they work in any static page.

    ``trace_currency`` gives each trace's currency ("" for a trace shown in both);
    ``layout_by_currency`` the layout changes per currency (axis prefixes, titles).

    >>> fig = go.Figure([go.Bar(y=[1]), go.Bar(y=[1.1])])
    >>> fig = add_currency_toggle(fig, ["EUR", "USD"], "USD", {"EUR": {}, "USD": {}})
    >>> [t.visible for t in fig.data], fig.layout.updatemenus[0].active
    ([False, True], 1)
    """
    currencies = list(layout_by_currency)
    for trace, cur in zip(fig.data, trace_currency, strict=True):
        trace.visible = cur in ("", default)
    fig.update_layout(layout_by_currency[default])
    buttons = [
        {"label": f"in {CURRENCY_SIGNS.get(cur, cur)}", "method": "update",
         "args": [{"visible": [c in ("", cur) for c in trace_currency]},
                  layout_by_currency[cur]]}
        for cur in currencies
    ]
    fig.update_layout(updatemenus=[{
        "type": "buttons", "direction": "right", "buttons": buttons,
        "active": currencies.index(default), "showactive": True,
        "x": 1, "xanchor": "right", "y": 1, "yanchor": "bottom",
        "pad": {"b": 6}, "font": {"size": 12},
    }])
    return fig


def log_money_toggle(fig: go.Figure, trace_currency: Sequence[str], default: str,
                     axis_note: str, legend_title: str = "") -> go.Figure:
    """The house finish of a chart of amounts on a log x axis: legend under the chart and
    EUR/USD buttons, the axis titled "<currency> <axis_note>"."""
    bottom_legend(fig, legend_title)
    return add_currency_toggle(fig, trace_currency, default, {
        cur: {"xaxis": {**money_axis(cur, f"{cur} {axis_note}", log=True), "type": "log"}}
        for cur in ("EUR", "USD")})
