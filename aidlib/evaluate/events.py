"""Events scoring: a table of events against the gold file ``gold/events.csv``.

Events are matched one to one (see :func:`score_events`); precision, recall and F1 follow
the one convention of :class:`aidlib.evaluate.claims.Score`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import default_data_dir
from .claims import Score

__all__ = ["GOLD_EVENTS_FILE", "STATUSES", "EventScores", "load_gold_events", "score_events",
           "status_confusion"]

# The meeting statuses of the annotation guide, in the order of the confusion matrix.
STATUSES = ("held", "ongoing", "planned", "cancelled")

GOLD_EVENTS_FILE = Path("gold") / "events.csv"


def load_gold_events(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-annotated gold events (``data/gold/events.csv``), with list columns split;
    a ``ValueError`` names the rows of an id used twice.

    >>> gold = load_gold_events()
    >>> {"gold_id", "source_id", "quote", "participants", "date_start"} <= set(gold.columns)
    True
    """
    file = Path(path) if path is not None else default_data_dir() / GOLD_EVENTS_FILE
    gold = pd.read_csv(file, dtype=str, keep_default_na=False)
    repeated = gold["gold_id"][gold["gold_id"].duplicated(keep=False)]
    if len(repeated):  # events are paired and reported by their id
        rows = ", ".join(str(i + 2) for i in repeated.index)  # file rows, the header is 1
        raise ValueError(f"{file}: column gold_id: {sorted(set(repeated))[0]!r} and other ids "
                         f"repeated (rows {rows}); each event needs its own id")
    gold["participants"] = gold["participants"].map(
        lambda s: tuple(sorted(p.strip() for p in s.split(";") if p.strip())))
    gold["sources"] = gold["source_id"].map(lambda s: tuple(s.split(";")))
    gold["quote_start"] = gold["quote_start"].astype(int)
    gold["quote_end"] = gold["quote_end"].astype(int)
    for col in ("date_start", "date_end"):
        gold[col] = pd.to_datetime(gold[col].replace("", None))
    return gold


@dataclass(frozen=True)
class EventScores:
    """Event-level precision/recall/F1 and, over matched events, date and people accuracy.

    ``date_accuracy`` counts a matched event right when its first and last day equal the
    gold ones; events whose gold precision is "unknown" (the text gives no date) are left
    out (``n_dated``). ``participant_accuracy``: the sets of canonical names are equal.
    ``date_from_text``: share of those dated events whose predicted date came from a time
    expression with the gold precision (not from the publication-date fallback).
    ``unmatched_predicted``: event ids ("id@source" for an event of several articles, per
    article it is not matched in). ``status_accuracy`` and ``kind_accuracy``: over matched
    events; ``status_pairs`` holds the (gold, predicted) status of each matched event, for
    :func:`status_confusion`.
    """

    precision: float
    recall: float
    f1: float
    date_accuracy: float
    participant_accuracy: float
    date_from_text: float
    status_accuracy: float
    kind_accuracy: float
    n_predicted: int
    n_gold: int
    n_matched: int
    n_dated: int
    matches: tuple[tuple[str, str], ...]
    unmatched_predicted: tuple[str, ...]
    unmatched_gold: tuple[str, ...]
    status_pairs: tuple[tuple[str, str], ...] = ()


def score_events(predicted: pd.DataFrame, gold: pd.DataFrame) -> EventScores:
    """Match predicted events to gold events one-to-one and score them.

    Matching rule: a pair is possible when they share a source and either a mention of
    the predicted event (its trigger span) lies inside the gold quote span, or they share a
    participant and their dates overlap. Possible pairs are taken greedily, best first by
    (quote hit, Jaccard of participants, same first day), then the gold event with fewer
    possible pairs. The gold is annotated article by article, so an event merged across
    articles counts once per article it is reported in (``n_predicted`` counts those
    (event, article) pairs), may match one gold event in each, and is compared with it on
    what that article reports (its ``by_source`` view: people, status, days).

    >>> from aidlib.corpus import load_corpus
    >>> from aidlib.events import events
    >>> scores = score_events(events(load_corpus()), load_gold_events())
    >>> scores.f1 >= 0.85 and scores.date_accuracy >= 0.9
    True
    """
    preds = [{str(k): v for k, v in r.items()} for r in predicted.to_dict("records")]
    golds = [{str(k): v for k, v in r.items()} for r in gold.to_dict("records")]
    pairs = _greedy(_candidates(preds, golds), golds)
    matched = [(_seen_in(preds[i], golds[j]), golds[j]) for i, j in pairs]
    used_g = {j for _, j in pairs}
    used_units = {(i, str(golds[j]["sources"][0])) for i, j in pairs}
    n_p = sum(len(set(p["sources"])) for p in preds)
    n_g, n_m = len(golds), len(matched)
    overall = Score(tp=n_m, n_pred=n_p, n_gold=n_g)
    dated = [(p, g) for p, g in matched if g["precision"] != "unknown"]
    date_ok = sum(bool(p["date_start"] == g["date_start"] and p["date_end"] == g["date_end"])
                  for p, g in dated)
    from_text = sum(p["date_precision"] == g["precision"] for p, g in dated)
    people_ok = sum(set(p["participants"]) == set(g["participants"]) for p, g in matched)
    status_ok = sum(p["status"] == g["status"] for p, g in matched)
    kind_ok = sum(p["kind"] == g["kind"] for p, g in matched)
    return EventScores(
        overall.precision, overall.recall, overall.f1,
        _share(date_ok, len(dated)), _share(people_ok, n_m),
        _share(from_text, len(dated)), _share(status_ok, n_m), _share(kind_ok, n_m),
        n_p, n_g, n_m, len(dated),
        tuple((str(p["event_id"]), str(g["gold_id"])) for p, g in matched),
        tuple(sorted(_unit_name(p, src) for i, p in enumerate(preds)
                     for src in dict.fromkeys(p["sources"]) if (i, src) not in used_units)),
        tuple(sorted(str(g["gold_id"]) for j, g in enumerate(golds) if j not in used_g)),
        tuple((str(g["status"]), str(p["status"])) for p, g in matched),
    )


def status_confusion(pairs: tuple[tuple[str, str], ...]) -> str:
    """A text confusion matrix of meeting status: rows gold, columns predicted.

    >>> print(status_confusion((("held", "held"), ("planned", "held"))))
    status gold \\ predicted       held    ongoing    planned  cancelled
    held                             1          0          0          0
    ongoing                          0          0          0          0
    planned                          1          0          0          0
    cancelled                        0          0          0          0
    """
    labels = list(STATUSES) + sorted({x for pair in pairs for x in pair} - set(STATUSES))
    head = "status gold \\ predicted " + "".join(f"{x:>11}" for x in labels)
    rows = [head]
    for gold in labels:
        counts = [sum(1 for g, p in pairs if g == gold and p == pred) for pred in labels]
        rows.append(f"{gold:<24}" + "".join(f"{n:>11}" for n in counts))
    return "\n".join(rows)


Row = dict[str, Any]
_Candidate = tuple[tuple[bool, float, bool], int, int]  # (rank, predicted, gold)


def _candidates(preds: list[Row], golds: list[Row]) -> list[_Candidate]:
    """Every possible (predicted, gold) pair with its rank (quote hit, Jaccard, same day)."""
    pairs: list[_Candidate] = []
    for i, p in enumerate(preds):
        p_people = set(p["participants"])
        for j, g in enumerate(golds):
            if not set(p["sources"]) & set(g["sources"]):
                continue
            hit = any(
                m.source_id in g["sources"]
                and g["quote_start"] <= m.start and m.end <= g["quote_end"]
                for m in p["mentions"]
            )
            g_people = set(g["participants"])
            union = p_people | g_people
            jaccard = len(p_people & g_people) / len(union) if union else 1.0
            days = _interval_overlap(p["date_start"], p["date_end"],
                                     g["date_start"], g["date_end"])
            if not hit and not (p_people & g_people and days):
                continue
            pairs.append(((hit, jaccard, bool(p["date_start"] == g["date_start"])), i, j))
    return pairs


def _greedy(candidates: list[_Candidate], golds: list[Row]) -> list[tuple[int, int]]:
    """One-to-one pairs of (predicted event, article) and gold event, best rank first."""
    used_p: set[tuple[int, str]] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    # among equal ranks, the gold event with fewer candidates first (two meetings quoted
    # in one sentence: each gets its own prediction)
    options = Counter(j for _, _, j in candidates)
    for _, i, j in sorted(candidates, key=lambda t: (t[0], -options[t[2]]), reverse=True):
        unit = (i, str(golds[j]["sources"][0]))
        if unit in used_p or j in used_g:
            continue
        used_p.add(unit)
        used_g.add(j)
        out.append((i, j))
    return out


def _seen_in(p: Row, g: Row) -> Row:
    """Predicted event ``p`` as the article of gold event ``g`` reports it: its
    ``by_source`` view of that article (people, status, days), when it has one."""
    views = p.get("by_source")
    if not isinstance(views, tuple) or len(views) < 2:
        return p
    view = next((v for v in views if getattr(v, "source_id", None) in g["sources"]), None)
    if view is None:
        return p
    return {**p, "participants": view.participants, "status": view.status,
            "date_start": pd.Timestamp(view.date_start), "date_end": pd.Timestamp(view.date_end)}


def _unit_name(p: Row, source: str) -> str:
    """An unmatched predicted event: its id, and the article when it has several."""
    return str(p["event_id"]) if len(set(p["sources"])) == 1 else f"{p['event_id']}@{source}"


def _share(k: int, n: int) -> float:
    return k / n if n else 0.0


def _interval_overlap(a0: Any, a1: Any, b0: Any, b1: Any) -> bool:
    if any(pd.isna(x) for x in (a0, a1, b0, b1)):
        return True
    return bool(a0 <= b1 and b0 <= a1)
