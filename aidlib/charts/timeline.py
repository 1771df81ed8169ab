"""Charts of the meetings table (:func:`aidlib.events.events`) and of the aid figures
announced at or after each meeting.

- :func:`timeline_figure`: one lane per channel of talks, a point for a meeting dated to
  the day, a bar for one dated only to a week or a month, a hollow point for a date
  inferred from the publication day; colour by status; hover gives the sentence and source.
- :func:`meetings_and_aid_figure` draws :func:`aidlib.events.aid.meetings_and_aid` (each
  meeting beside the money figures of the articles that report it; re-exported here).
"""

from __future__ import annotations

import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ..events.aid import meetings_and_aid
from . import PALETTE

__all__ = [
    "CHANNEL_ORDER",
    "STATUS_COLOURS",
    "meetings_and_aid",
    "meetings_and_aid_figure",
    "timeline_figure",
]

# Lanes from top to bottom; a channel not listed goes last.
CHANNEL_ORDER = ("US-Russia", "US-Ukraine", "Ukraine-allies", "NATO", "Europe-Russia",
                 "Russia-partners", "other")
STATUS_COLOURS = {"held": PALETTE[3], "ongoing": PALETTE[0], "planned": PALETTE[2],
                  "cancelled": PALETTE[1]}
_LINKS = ("same sentence", "same article")


def _wrap(text: str, width: int = 80) -> str:
    return "<br>".join(textwrap.wrap(text, width))


def _hover(row: Any) -> str:
    first = row.mentions[0]
    return (
        f"<b>{_wrap(row.summary)}</b><br>date: {row.date_precision} — {_wrap(row.date_basis)}"
        f"<br>“{_wrap(first.sentence)}”<br>sources: {', '.join(row.sources)}"
        f" ({row.n_mentions} mentions)"
    )


def timeline_figure(events_df: pd.DataFrame, *, title: str = "") -> go.Figure:
    """Events on a time axis, one lane per channel, coloured by status.

    >>> from aidlib.corpus import load_corpus
    >>> from aidlib.events import events
    >>> fig = timeline_figure(events(load_corpus()))
    >>> sorted({t.name for t in fig.data})
    ['cancelled', 'held', 'ongoing']
    """
    lanes = [c for c in CHANNEL_ORDER if c in set(events_df.channel)]
    lanes += sorted(set(events_df.channel) - set(lanes))
    fig = go.Figure()
    shown: set[str] = set()
    for status, colour in STATUS_COLOURS.items():
        rows = events_df[events_df.status == status]
        if rows.empty:
            continue
        for row in rows.itertuples(index=False):
            legend = status not in shown
            shown.add(status)
            common: dict[str, Any] = dict(
                name=status, legendgroup=status, showlegend=legend,
                hovertext=_hover(row), hoverinfo="text",
            )
            if row.date_precision in ("day", "unknown"):
                symbol = "circle-open" if row.date_precision == "unknown" else "circle"
                fig.add_trace(go.Scatter(
                    x=[row.date_start], y=[row.channel], mode="markers",
                    marker=dict(color=colour, size=13, symbol=symbol,
                                line=dict(width=2, color=colour)),
                    **common,
                ))
            else:  # a week, month or year: a bar over the span
                end = pd.Timestamp(str(row.date_end)) + pd.Timedelta(days=1)
                fig.add_trace(go.Scatter(
                    x=[row.date_start, end], y=[row.channel, row.channel], mode="lines",
                    line=dict(color=colour, width=12), opacity=0.6, **common,
                ))
    fig.update_layout(
        title=title or "Meetings, visits, talks and summits reported in the articles",
        yaxis=dict(categoryorder="array", categoryarray=list(reversed(lanes)), title=""),
        xaxis=dict(title="date (hollow: no date in the text, publication day shown)",
                   type="date"),
        legend_title_text="status", height=120 + 60 * len(lanes), hovermode="closest",
    )
    return fig


def meetings_and_aid_figure(table: pd.DataFrame, *, currency: str = "EUR") -> go.Figure:
    """The figures of :func:`meetings_and_aid` (parsed ones only) against their meeting:
    one row per meeting, figures as ranges on a log scale, colour by how close they are.

    >>> fig = meetings_and_aid_figure(pd.DataFrame(columns=["event_id", "summary",
    ...     "eur_low", "eur_high", "link", "surface", "sentence", "source_id"]))
    >>> len(fig.data)
    0
    """
    lo, hi = f"{currency.lower()}_low", f"{currency.lower()}_high"
    parsed = table[table[hi].notna()] if len(table) else table
    fig = go.Figure()
    colours = dict(zip(_LINKS, (PALETTE[4], PALETTE[11]), strict=True))
    for link in _LINKS:
        rows = parsed[parsed.link == link]
        if rows.empty:
            continue
        labels = [_wrap(str(s), 60) for s in rows.summary]
        mid = (rows[lo].astype(float) + rows[hi].astype(float)) / 2
        fig.add_trace(go.Scatter(
            x=mid, y=labels, mode="markers", name=link,
            marker=dict(color=colours[link], size=11),
            error_x=dict(type="data", symmetric=False,
                         array=(rows[hi].astype(float) - mid).tolist(),
                         arrayminus=(mid - rows[lo].astype(float)).tolist()),
            hovertext=[f"“{r.surface}” ({r.source_id})<br>{_wrap(str(r.sentence))}"
                       for r in rows.itertuples(index=False)],
            hoverinfo="text",
        ))
    fig.update_layout(
        title=f"Aid figures reported with each meeting ({currency}, at the ECB rate of the"
              " publication day)",
        xaxis=dict(type="log", title=f"{currency} (range as stated)"),
        yaxis=dict(title="", automargin=True), legend_title_text="figure is in the",
        height=max(300, 90 * parsed["event_id"].nunique() + 150) if len(parsed) else 300,
    )
    return fig
