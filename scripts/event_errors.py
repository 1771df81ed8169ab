"""List the meetings whose fields differ from the gold, and the unmatched ones (a tuning aid).

``python scripts/event_errors.py --data data/eval/dev`` prints, per article, each gold
meeting with the predicted one the scorer paired with it (participants, place, dates,
status, kind where any differs), the gold meetings nothing matched, and the predicted
meetings that match no gold one. Pairing is the scorer's (:func:`score_events`).
Never run it on a test split: that is the lead's measurement.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pandas as pd

from aidlib.corpus import load_corpus
from aidlib.evaluate.events import GOLD_EVENTS_FILE, _seen_in, load_gold_events, score_events
from aidlib.events import events


def _day(x: Any) -> str:
    return "" if pd.isna(x) else str(pd.Timestamp(x).date())


def _one(table: pd.DataFrame, label: str) -> pd.Series[Any]:
    """The row of ``table`` at ``label``, an index label that names one row."""
    row = table.loc[label]
    if not isinstance(row, pd.Series):
        raise SystemExit(f"{label!r} names {len(row)} rows, not one")
    return row


def _record(row: pd.Series[Any]) -> dict[str, Any]:
    """A row as the scorer reads it: cells by column name."""
    return {str(k): v for k, v in row.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--source", default=None, help="only articles whose id starts so")
    args = ap.parse_args()
    if "test" in args.data.parts:
        raise SystemExit("not on the test split")
    corpus = load_corpus(args.data)
    gold = load_gold_events(args.data / GOLD_EVENTS_FILE)
    pred = events(corpus)
    if args.source:
        gold = gold[gold.source_id.str.startswith(args.source)]
        pred = pred[pred.sources.map(lambda s: any(x.startswith(args.source) for x in s))]
    scores = score_events(pred, gold)
    by_pred = pred.set_index("event_id")
    by_gold = gold.set_index("gold_id")
    for pid, gid in sorted(scores.matches, key=lambda t: t[1]):
        g = _one(by_gold, gid)
        p: pd.Series[Any] = pd.Series(_seen_in(_record(_one(by_pred, pid)), _record(g)))
        diffs = []
        if set(p.participants) != set(g.participants):
            diffs.append(f"people {sorted(g.participants)} -> {sorted(p.participants)}")
        if g.precision != "unknown" and (
                _day(p.date_start), _day(p.date_end)) != (_day(g.date_start), _day(g.date_end)):
            diffs.append(f"date {_day(g.date_start)}..{_day(g.date_end)} ({g.precision}) -> "
                         f"{_day(p.date_start)}..{_day(p.date_end)} ({p.date_precision}: "
                         f"{p.date_basis[:90]})")
        if p.status != g.status:
            diffs.append(f"status {g.status} -> {p.status}")
        if (p.place if isinstance(p.place, str) else "") != g.place:
            diffs.append(f"place {g.place!r} -> {p.place!r}")
        if p.kind != g.kind:
            diffs.append(f"kind {g.kind} -> {p.kind}")
        if diffs:
            print(f"{gid} ~ {pid}: {g.quote!r}")
            for d in diffs:
                print(f"    {d}")
    print("\nMISSED (gold, no prediction):")
    for gid in scores.unmatched_gold:
        g = _one(by_gold, gid)
        print(f"  {gid}: {g.quote!r} [{g.status}; {';'.join(g.participants)}; {g.place}; "
              f"{_day(g.date_start)}]  note: {g.note}")
    print("\nSPURIOUS (predicted, no gold):")
    for pid in scores.unmatched_predicted:
        p = _one(by_pred, pid.split("@")[0])
        m = next((x for x in p.mentions if x.source_id == pid.split("@")[-1]), p.mentions[0])
        print(f"  {pid}: {p.summary}\n      {m.surface!r} in: {' '.join(m.sentence.split())[:200]}")
    print(f"\nP {scores.precision:.2f} R {scores.recall:.2f} F1 {scores.f1:.2f} "
          f"dates {scores.date_accuracy:.2f} people {scores.participant_accuracy:.2f} "
          f"status {scores.status_accuracy:.2f}")


if __name__ == "__main__":
    main()
