"""Meetings and aid: which money figure is reported with which meeting.

Decides the link between a figure and a meeting (nearest mention in the same article,
published on or after the meeting's first day); :mod:`aidlib.charts.timeline` draws it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["meetings_and_aid"]


def meetings_and_aid(events_df: pd.DataFrame, money_df: pd.DataFrame) -> pd.DataFrame:
    """Each money figure beside the meeting it is reported with: one row per figure.

    A figure is linked to the meeting whose mention is nearest to it in the same article
    (an article is a source of the meeting), provided the article was published on or after
    the meeting's first day. ``link`` is "same sentence" when the figure sits in a sentence
    that mentions the meeting, else "same article"; ``chars_apart`` is the distance in
    characters to that sentence. Figures of articles with no meeting are left out.

    >>> from aidlib.corpus import load_corpus
    >>> from aidlib.events import events
    >>> from aidlib.mentions import money_mentions
    >>> corpus = load_corpus()
    >>> table = meetings_and_aid(events(corpus), money_mentions(corpus))
    >>> {"event_id", "surface", "eur_high", "link"} <= set(table.columns)
    True
    """
    columns = ["event_id", "summary", "channel", "date_start", "status", "source_id",
               "published", "surface", "eur_low", "eur_high", "usd_low", "usd_high",
               "link", "chars_apart", "sentence"]
    evs: list[dict[str, Any]] = [{str(k): v for k, v in r.items()}
                                 for r in events_df.to_dict("records")]
    rows = []
    for fig in money_df.to_dict("records"):
        published = pd.Timestamp(fig["published"])
        best: tuple[int, int, dict[str, Any]] | None = None
        for ev in evs:
            if published < ev["date_start"]:
                continue
            for m in ev["mentions"]:
                if m.source_id != fig["source_id"]:
                    continue
                apart = max(m.sentence_start - fig["end"], fig["start"] - m.sentence_end, 0)
                if best is None or (apart, m.start) < best[:2]:
                    best = (apart, m.start, ev)
        if best is None:
            continue
        apart, _, ev = best
        rows.append({
            "event_id": ev["event_id"], "summary": ev["summary"], "channel": ev["channel"],
            "date_start": ev["date_start"], "status": ev["status"],
            "source_id": fig["source_id"], "published": published,
            "surface": fig["surface"], "eur_low": fig["eur_low"],
            "eur_high": fig["eur_high"], "usd_low": fig["usd_low"],
            "usd_high": fig["usd_high"],
            "link": "same sentence" if apart == 0 else "same article",
            "chars_apart": int(apart), "sentence": fig["sentence"],
        })
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["date_start", "event_id", "chars_apart"]).reset_index(drop=True)
