#!/usr/bin/env python3
"""Agreement of the second blind annotation (``data/eval/agreement/``) with the test gold.

The second annotation covers twenty-one test articles; it is scored against the first as aidlib
is scored (``score_claims``, ``score_events``), and aidlib on the same articles is printed beside
it. ``python scripts/agreement.py``.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aidlib.claims import claims  # noqa: E402
from aidlib.corpus import load_corpus  # noqa: E402
from aidlib.evaluate import gold_claims, load_gold_events, score_claims, score_events  # noqa: E402
from aidlib.events import events  # noqa: E402

TEST = ROOT / "data" / "eval" / "test"
SECOND = ROOT / "data" / "eval" / "agreement"
FIELDS = ("money_span", "money_value", "speaker", "kind", "donor", "category", "scope_type")


def _as_predicted(gold: pd.DataFrame) -> pd.DataFrame:
    """Gold events in the shape score_events reads predictions in (quotes as mentions)."""
    out = gold.copy()
    out["event_id"] = out["gold_id"]
    out["date_precision"] = out["precision"]
    out["mentions"] = pd.Series(
        [[SimpleNamespace(source_id=source_id, start=k, end=k + 1)
          for k in range(start, end, 10)]
         for source_id, start, end in zip(out["source_id"], out["quote_start"].astype(int),
                                          out["quote_end"].astype(int), strict=True)],
        index=out.index, dtype=object)
    return out


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    (folder / "gold").mkdir()
    shutil.copy(SECOND / "claims.csv", folder / "gold" / "claims.csv")
    second = gold_claims(folder)
    ids = set(second["source_id"])
    first = gold_claims(TEST)
    first = first[first["source_id"].isin(ids)].reset_index(drop=True)
    ev1 = load_gold_events(TEST / "gold" / "events.csv")
    ev1 = ev1[ev1["source_id"].isin(ids)]
    ev2 = load_gold_events(SECOND / "events.csv")

    sub = folder / "corpus"
    (sub / "articles").mkdir(parents=True)
    with (TEST / "articles.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["id"] in ids]
    with (sub / "articles.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    for r in rows:
        shutil.copy(TEST / "articles" / r["file"], sub / "articles" / r["file"])
    corpus = load_corpus(sub)

    print(f"{len(ids)} test articles, {len(first)} / {len(second)} figures, "
          f"{len(ev1)} / {len(ev2)} events (first / second annotation)")
    agree, tool = score_claims(second, first), score_claims(claims(corpus), first)
    print(f"{'field':12s} {'annotators':>10s} {'aidlib':>7s}")
    for f in FIELDS:
        print(f"{f:12s} {agree[f].f1:10.2f} {tool[f].f1:7.2f}")
    ea, et = score_events(_as_predicted(ev2), ev1), score_events(events(corpus), ev1)
    for name in ("f1", "date_accuracy", "participant_accuracy", "status_accuracy"):
        print(f"{'events ' + name:12s} {getattr(ea, name):10.2f} {getattr(et, name):7.2f}")


if __name__ == "__main__":
    main()
