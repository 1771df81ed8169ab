"""Plotly charts for the notebooks, and the renderer that makes them work everywhere.

Call :func:`setup_notebook` once in a notebook's imports cell. Each figure is then shown
as a bundle of two parts:

- ``application/vnd.plotly.v1+json``, drawn by JupyterLab's plotly extension;
- ``text/html``, a ``<div>`` plus ``Plotly.newPlot``, used by the HTML export, which puts
  plotly.js once into the page's head (see :mod:`aidlib.render`).

The ``<div>`` id is a hash of the figure, not a random id, so re-running a notebook gives
byte-identical outputs and nbval needs no sanitizing for charts.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import plotly.io as pio
from plotly.io.base_renderers import MimetypeRenderer

__all__ = ["PALETTE", "RENDERER", "figure_html", "setup_notebook"]

RENDERER = "aidlib"

# Qualitative colours (Plotly's "Safe" palette, colour-blind friendly), in a fixed order.
PALETTE = ("#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99",
           "#999933", "#882255", "#661100", "#6699CC", "#888888")

_CONFIG = {"displaylogo": False, "responsive": True}


def figure_html(fig_dict: dict[str, Any]) -> str:
    """A ``<div>`` and script drawing ``fig_dict`` with a page-level plotly.js, stable id."""
    fig_json = pio.to_json(fig_dict, validate=False, remove_uids=True)
    div_id = "aidlib-" + hashlib.sha256(fig_json.encode()).hexdigest()[:16]
    html: str = pio.to_html(
        fig_dict, include_plotlyjs=False, full_html=False, div_id=div_id,
        validate=False, config=_CONFIG,
    )
    return html


class _OfflineRenderer(MimetypeRenderer):  # type: ignore[misc]
    """Plotly mimetype for JupyterLab plus stable-id HTML for the static export."""

    def to_mimebundle(self, fig_dict: dict[str, Any]) -> dict[str, Any]:
        fig_json = json.loads(pio.to_json(fig_dict, validate=False, remove_uids=True))
        fig_json["config"] = _CONFIG
        return {"application/vnd.plotly.v1+json": fig_json, "text/html": figure_html(fig_dict)}


def setup_notebook() -> None:
    """Make plotly figures render with :data:`RENDERER` (call once per notebook)."""
    pio.renderers[RENDERER] = _OfflineRenderer()
    pio.renderers.default = RENDERER
    pio.templates.default = "plotly_white"
