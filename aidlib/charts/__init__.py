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
from typing import Any

import plotly.io as pio

__all__ = ["CONFIG", "PALETTE", "RENDERER", "figure_html", "setup_notebook"]

# Plotly's standard renderers: its mimetype for JupyterLab, HTML + inlined plotly.js for exports.
RENDERER = "plotly_mimetype+notebook"

# Qualitative colours (Plotly's "Safe" palette, colour-blind friendly), in a fixed order.
PALETTE = ("#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99",
           "#999933", "#882255", "#661100", "#6699CC", "#888888")

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
