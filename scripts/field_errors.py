"""List the figures whose fields differ from the gold, with their sentence (a tuning aid).

``python scripts/field_errors.py --data data/eval/dev --fields kind category scope_type``
prints, per gold money figure, gold vs predicted for the chosen fields where any differs,
and a count of (gold, predicted) pairs per field. Pairing is the scorer's (overlapping span).
Never run it on a test split: that is the lead's measurement.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from aidlib.claims import claims
from aidlib.corpus import load_corpus
from aidlib.evaluate import gold_claims
from aidlib.evaluate.claims import align, records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fields", nargs="+", default=["kind", "category", "scope_type"])
    ap.add_argument("--only", default=None, help="only list errors of this field")
    args = ap.parse_args()
    if "test" in args.data.parts:
        raise SystemExit("not on the test split")
    corpus = load_corpus(args.data)
    gold = records(gold_claims(args.data).query("measure == 'money'"))
    pred = records(claims(corpus).query("measure == 'money'"))
    aligned = align(pred, gold)
    by_gold = {(g["source_id"], g["start"]): pred[i] for i, g in aligned.items()}
    pairs: dict[str, Counter[tuple[str, str]]] = {f: Counter() for f in args.fields}
    for g in gold:
        p = by_gold.get((g["source_id"], g["start"]))
        diffs = []
        for f in args.fields:
            pv = str(p[f]) if p is not None else "MISSING"
            gv = str(g[f])
            if f == "donors":
                gv, pv = ";".join(g[f]), ";".join(p[f]) if p is not None else "MISSING"
            pairs[f][(gv, pv)] += 1
            if gv != pv and (args.only is None or args.only == f):
                diffs.append(f"{f}: {gv} -> {pv}")
        if diffs:
            sent = str(g.get("sentence", "")) or corpus[g["source_id"]].text[
                g["sentence_start"] : g["sentence_end"]]
            print(f"{g['source_id'][:12]} {g['start']:>5} {g['surface']!r}  " + "; ".join(diffs))
            print(f"    {' '.join(sent.split())}")
            extra = f"scope_text gold={g['scope_text']!r} pred={p['scope_text']!r}" if p else ""
            if g["note"] or extra:
                print(f"    note: {g['note']}  {extra}")
    for f, c in pairs.items():
        print(f"\n{f} (gold -> pred):")
        for (gv, pv), n in c.most_common():
            if gv != pv:
                print(f"  {n:3d}  {gv} -> {pv}")


if __name__ == "__main__":
    main()
