"""Small overview charts for the site's landing page.

>>> from aidlib import claims, load_corpus, pair_verdicts
>>> fig = verdicts_figure(pair_verdicts(claims(load_corpus())))
>>> fig.layout.title.text
'How the figures that look alike compare'
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..compare import VERDICTS
from . import PALETTE

__all__ = ["VERDICT_WORDS", "verdicts_figure"]

# Each verdict in words a reader needs no key for, in the order of aidlib.compare.VERDICTS.
VERDICT_WORDS = {
    "consistent": "agree",
    "consistent after conversion": "agree once converted",
    "different scope": "measure different things",
    "conflicting": "conflict",
    "not comparable": "unrelated (not compared)",
}
_COLOURS = {"consistent": PALETTE[3], "consistent after conversion": PALETTE[6],
            "different scope": PALETTE[2], "conflicting": PALETTE[1],
            "not comparable": PALETTE[11]}


def verdicts_figure(pairs: pd.DataFrame) -> go.Figure:
    """Pairs of figures per verdict, as labelled horizontal bars (verdicts in plain words)."""
    counts = pairs["verdict"].value_counts()
    order = [v for v in VERDICTS if v in counts.index][::-1]  # first verdict on top
    fig = go.Figure(go.Bar(
        x=[int(counts[v]) for v in order],
        y=[VERDICT_WORDS.get(v, v) for v in order],
        orientation="h",
        marker_color=[_COLOURS.get(v, PALETTE[11]) for v in order],
        text=[int(counts[v]) for v in order], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x} pairs<extra></extra>",
    ))
    fig.update_layout(
        title={"text": "How the figures that look alike compare", "x": 0, "xanchor": "left"},
        xaxis={"title": {"text": "pairs of figures"}, "range": [0, 1.15 * max(counts.max(), 1)]},
        height=110 + 40 * len(order), margin={"l": 10, "r": 40, "t": 50, "b": 40},
        showlegend=False,
    )
    fig.update_yaxes(automargin=True)
    return fig
