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
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..events.aid import meetings_and_aid
from . import PALETTE, bottom_legend, day_label, log_money_toggle, money_label

__all__ = [
    "CHANNEL_ORDER",
    "STATUS_COLOURS",
    "STATUS_WORDS",
    "aid_table",
    "event_label",
    "events_table",
    "meetings_and_aid",
    "meetings_and_aid_figure",
    "timeline_figure",
]

# Lanes from top to bottom; a channel not listed goes last.
CHANNEL_ORDER = ("US-Russia", "US-Ukraine", "Ukraine-allies", "NATO", "Europe-Russia",
                 "Russia-partners", "other")
STATUS_COLOURS = {"held": PALETTE[3], "ongoing": PALETTE[0], "planned": PALETTE[2],
                  "cancelled": PALETTE[1]}
# Status codes of aidlib.events in words for a legend.
STATUS_WORDS = {"held": "held", "ongoing": "under way", "planned": "planned",
                "cancelled": "cancelled"}
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


def event_label(row: Any, width: int = 28) -> str:
    """A meeting's label on the chart: who (surnames, or the group) and where.

    >>> from types import SimpleNamespace as Row
    >>> event_label(Row(participants=("Steve Witkoff", "Vladimir Putin"), groups=(),
    ...                 place="St Petersburg", kind="talks"))
    'Witkoff, Putin<br><i>St Petersburg</i>'
    """
    names = [str(p).split()[-1] for p in row.participants] or [str(g) for g in row.groups]
    if len(names) > 3:
        names = [*names[:2], f"+{len(names) - 2}"]
    who = ", ".join(names) or str(row.kind)
    place = row.place if isinstance(row.place, str) and row.place else ""
    lines = textwrap.wrap(who, width) + ([f"<i>{place}</i>"] if place else [])
    return "<br>".join(lines)


def _clusters(days: Sequence[pd.Timestamp], gap_days: int) -> list[list[int]]:
    """Indices of ``days`` (sorted) split wherever two neighbours are > ``gap_days`` apart."""
    order = sorted(range(len(days)), key=lambda i: days[i])
    out: list[list[int]] = []
    for i in order:
        if out and (days[i] - days[out[-1][-1]]).days <= gap_days:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def timeline_figure(events_df: pd.DataFrame, *, title: str = "",
                    gap_days: int = 60) -> go.Figure:
    """Events on a time axis, one lane per channel, coloured by status, each labelled
    with who met and where.

    Dates more than ``gap_days`` apart go to separate panels (the articles report bursts
    of meetings months apart), so that labels have room; events of the same lane and day
    are moved apart, and labels alternate above and below their lane.

    >>> from aidlib.corpus import load_corpus
    >>> from aidlib.events import events
    >>> fig = timeline_figure(events(load_corpus()))
    >>> sorted({t.name for t in fig.data})
    ['cancelled', 'held', 'under way']
    >>> "Witkoff, Putin" in " ".join(t.text[0] for t in fig.data if t.text)
    True
    """
    lanes = [c for c in CHANNEL_ORDER if c in set(events_df.channel)]
    lanes += sorted(set(events_df.channel) - set(lanes))
    lane_y = {lane: len(lanes) - 1 - i for i, lane in enumerate(lanes)}  # first lane on top
    rows: list[Any] = list(events_df.itertuples(index=False))
    days = [pd.Timestamp(r.date_start) for r in rows]
    panels = _clusters(days, gap_days) if rows else [[]]
    fig = make_subplots(rows=1, cols=len(panels), shared_yaxes=True,
                        horizontal_spacing=0.015 if len(panels) > 1 else 0.0)
    shown: set[str] = set()
    for col, members in enumerate(panels, start=1):
        seen: dict[tuple[str, pd.Timestamp], int] = {}
        in_lane: dict[str, int] = {}
        for i in sorted(members, key=lambda i: (days[i], rows[i].channel)):
            row = rows[i]
            status = STATUS_WORDS.get(str(row.status), str(row.status))
            colour = STATUS_COLOURS.get(row.status, PALETTE[11])
            slot = seen.get((row.channel, days[i]), 0)
            seen[(row.channel, days[i])] = slot + 1
            # labels alternate above and below their lane, so neighbours do not collide;
            # same-day events of one lane also move apart a little
            k = in_lane.get(row.channel, 0)
            in_lane[row.channel] = k + 1
            above = k % 2 == 0
            offset = 0.0 if slot == 0 else (0.14 if above else -0.14)
            day_only = row.date_precision in ("day", "unknown")
            end = days[i] if day_only else pd.Timestamp(str(row.date_end))
            fig.add_trace(go.Scatter(
                x=[days[i]] if day_only else [days[i], end],
                y=[lane_y[row.channel] + offset] * (1 if day_only else 2),
                mode="markers+text" if day_only else "lines+text",
                marker={"color": colour, "size": 12, "line": {"width": 2, "color": colour},
                        "symbol": "circle-open" if row.date_precision == "unknown"
                        else "circle"},
                line={"color": colour, "width": 10},
                text=[event_label(row)] + ([""] if not day_only else []),
                textposition="top center" if above else "bottom center",
                textfont={"size": 11},
                name=status, legendgroup=status, showlegend=status not in shown,
                hovertext=_hover(row), hoverinfo="text", cliponaxis=False,
            ), row=1, col=col)
            shown.add(status)
        if members:
            first = min(days[i] for i in members)
            last = max(days[i] for i in members)
            pad = pd.Timedelta(days=0.3 * max((last - first).days, 1) + 1.5)
            fig.update_xaxes(range=[first - pad, last + pad], tickformat="%-d %b<br>%Y",
                             nticks=3, row=1, col=col)
    fig.update_yaxes(tickvals=list(lane_y.values()), ticktext=list(lane_y),
                     range=[-0.6, len(lanes) - 0.4], showgrid=True, zeroline=False)
    fig.update_layout(
        title={"text": title or "Meetings, visits, talks and summits reported in the articles"},
        height=170 + 95 * len(lanes), hovermode="closest",
        margin={"l": 10, "r": 70, "t": 50, "b": 90},
        annotations=[*fig.layout.annotations, {
            "text": "filled: date given in the text · hollow: no date in the text, "
                    "publication day shown", "xref": "paper", "yref": "paper", "x": 0,
            "y": 0, "yshift": -50, "xanchor": "left", "yanchor": "top", "showarrow": False,
            "font": {"size": 11, "color": "#555"}}],
    )
    return bottom_legend(fig, "status")


def meetings_and_aid_figure(table: pd.DataFrame, *, currency: str = "EUR") -> go.Figure:
    """The figures of :func:`meetings_and_aid` (parsed ones only) against their meeting:
    one row per meeting, figures as ranges on a log scale, colour by how close they are;
    buttons switch between EUR and USD (``currency`` first).

    >>> fig = meetings_and_aid_figure(pd.DataFrame(columns=["event_id", "summary",
    ...     "eur_low", "eur_high", "usd_low", "usd_high", "link", "surface", "sentence",
    ...     "source_id"]))
    >>> len(fig.data)
    0
    """
    fig = go.Figure()
    colours = dict(zip(_LINKS, (PALETTE[4], PALETTE[11]), strict=True))
    trace_currency: list[str] = []
    parsed = table
    for cur in ("EUR", "USD"):
        lo, hi = f"{cur.lower()}_low", f"{cur.lower()}_high"
        parsed = table[table[hi].notna()] if len(table) else table
        for link in _LINKS:
            rows = parsed[parsed.link == link]
            if rows.empty:
                continue
            labels = [_wrap(str(s), 60) for s in rows.summary]
            low, high = rows[lo].astype(float) / 1e9, rows[hi].astype(float) / 1e9
            mid = (low + high) / 2
            fig.add_trace(go.Scatter(
                x=mid, y=labels, mode="markers", name=f"figure in the {link}",
                legendgroup=link, marker=dict(color=colours[link], size=11),
                error_x=dict(type="data", symmetric=False, array=(high - mid).tolist(),
                             arrayminus=(mid - low).tolist()),
                hovertext=[f"“{r.surface}” ({money_label(float(r_lo), cur)} to "
                           f"{money_label(float(r_hi), cur)})<br>{_wrap(str(r.sentence))}"
                           for r, r_lo, r_hi in zip(rows.itertuples(index=False), rows[lo],
                                                    rows[hi], strict=True)],
                hoverinfo="text",
            ))
            trace_currency.append(cur)
    fig.update_layout(
        title={"text": "Aid figures reported with each meeting"},
        yaxis=dict(title="", automargin=True),
        height=max(300, 90 * parsed["event_id"].nunique() + 200) if len(parsed) else 300,
        margin={"l": 10, "r": 20, "t": 80, "b": 110},
    )
    return log_money_toggle(fig, trace_currency, currency,
                            "at the ECB rate of the publication day "
                            "(log scale; bar: the honest range)",
                            "")


def events_table(events_df: pd.DataFrame) -> pd.DataFrame:
    """The meetings for reading, oldest first: when, who, where, what, status, how dated.

    >>> from aidlib.corpus import load_corpus
    >>> from aidlib.events import events
    >>> events_table(events(load_corpus())).columns.tolist()[:3]
    ['date', 'who', 'where']
    """
    rows = events_df.sort_values("date_start")
    return pd.DataFrame({
        "date": rows["date_start"].map(day_label),
        "who": [", ".join(p) or ", ".join(g) for p, g in
                zip(rows["participants"], rows["groups"], strict=True)],
        "where": [", ".join(str(x) for x in (v, p) if isinstance(x, str) and x) or "not said"
                  for v, p in zip(rows["venue"], rows["place"], strict=True)],
        "what": rows["kind"],
        "status": rows["status"].map(lambda s: STATUS_WORDS.get(s, s)),
        "channel": rows["channel"],
        "date from": rows["date_precision"].map(
            lambda p: "publication day (no date in the text)" if p == "unknown"
            else f"the text ({p})"),
        "mentions": rows["n_mentions"],
    }).reset_index(drop=True)


def aid_table(aid: pd.DataFrame, currency: str = "EUR") -> pd.DataFrame:
    """:func:`meetings_and_aid` for reading: each figure, its amount in ``currency``
    written as money, the meeting it came with and how close in the text.

    >>> aid_table(pd.DataFrame(columns=["summary", "surface", "eur_low", "eur_high",
    ...     "published", "link", "date_start", "event_id"])).columns.tolist()[:3]
    ['meeting', 'figure', 'in EUR']
    """
    lo, hi = aid[f"{currency.lower()}_low"], aid[f"{currency.lower()}_high"]
    return pd.DataFrame({
        "meeting": aid["summary"],
        "figure": aid["surface"],
        f"in {currency}": [
            "no currency" if pd.isna(a) else money_label(float(a), currency) if a == b
            else f"{money_label(float(a), currency)} – {money_label(float(b), currency)}"
            for a, b in zip(lo, hi, strict=True)],
        "reported": aid["published"].map(day_label),
        "figure is in the": aid["link"],
    }).reset_index(drop=True)
