"""The report: aidlib and the baselines scored on one annotated corpus, as printed text.

``python -m aidlib.evaluate [--data DIR]`` runs :func:`main`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ..claims import claims, learned_donors
from ..claims.learned import DEFAULT_FIELDS, DONORS, MODEL_FILE, learned_fields
from ..corpus import Corpus, default_data_dir, load_corpus
from ..events import events
from .baselines import baseline_price_parser, baseline_quantulum
from .claims import FIELDS, TARGETS, Score, confusion, gold_claims, score_claims
from .events import load_gold_events, score_events, status_confusion

__all__ = ["event_report", "main", "report"]

def report(scores: dict[str, dict[str, Score]]) -> str:
    """A text table: one line per field, P/R/F1 per system side by side.

    >>> print(report({"x": {"speaker": Score(1, 2, 2)}}))  # doctest: +NORMALIZE_WHITESPACE
    field        | x: P    R    F1
    speaker      |  0.50 0.50 0.50
    """
    systems = list(scores)
    head = "field        | " + " | ".join(f"{s}: P    R    F1".rjust(18) for s in systems)
    lines = [head]
    for name in FIELDS:
        if not any(name in scores[s] for s in systems):
            continue
        cells = []
        for s in systems:
            sc = scores[s].get(name)
            cell = f"{sc.precision:.2f} {sc.recall:.2f} {sc.f1:.2f}" if sc else "   —    —    —"
            cells.append(cell.rjust(18))
        lines.append(f"{name:<12} | " + " | ".join(cells))
    return "\n".join(lines)


def event_report(corpus: Corpus, gold_path: Path) -> str:
    """Event scores (:func:`aidlib.evaluate.events.score_events`) on ``gold_path``: one line,
    then the meeting status accuracy and its confusion matrix over matched events."""
    sc = score_events(events(corpus), load_gold_events(gold_path))
    parts = [f"{name} {getattr(sc, name):.2f}" for name in (
        "precision", "recall", "f1", "date_accuracy", "participant_accuracy")]
    status = (f"meeting status accuracy {sc.status_accuracy:.2f} over {sc.n_matched} "
              f"matched events")
    return "\n".join(["events       | " + ", ".join(parts), status,
                      status_confusion(sc.status_pairs)])


def learned_line(fields: Sequence[str]) -> str:
    """The report's line saying which learned fields were used, from which model files.

    >>> learned_line(("category", "donors")).split(" (")[1]
    'category from claims_model.json, donors from donor_model.json, over the rules)'
    >>> learned_line(())
    'Learned stage: off (kind, category and donors from the rules)'
    """
    if not fields:
        return "Learned stage: off (kind, category and donors from the rules)"
    claim_fields = [f for f in fields if f != DONORS]
    used = ([f"{', '.join(claim_fields)} from {MODEL_FILE.name}"] if claim_fields else []) + (
        [f"{DONORS} from {learned_donors.MODEL_FILE.name}"] if DONORS in fields else [])
    return f"Learned stage: on ({', '.join(used)}, over the rules)"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of aidlib and the baselines on a gold set.

    ``--data DIR`` scores another annotated corpus: DIR holds ``articles.csv``,
    ``articles/`` and ``gold/claims.csv`` (and optionally ``gold/events.csv``), as ``data/``
    does; ``tests/fixtures/unseen`` is one the rules were not written on. ``--learned
    on|off`` scores with the learned stage on every field its model holds, or with the rules
    alone (default: the fields the library changes when not told; the report says which).
    """
    parser = argparse.ArgumentParser(prog="python -m aidlib.evaluate", description=main.__doc__)
    parser.add_argument("--data", type=Path, default=None, help="default: data/")
    parser.add_argument("--learned", choices=("on", "off"), default=None,
                        help="the learned stage after the rules on every field of its model, "
                             "or none (default: " + (", ".join(DEFAULT_FIELDS) or "none") + ")")
    args = parser.parse_args(argv)
    root = args.data or default_data_dir()
    corpus = load_corpus(root)
    gold = gold_claims(root)
    learned = None if args.learned is None else args.learned == "on"
    table = claims(corpus, learned=learned)
    scores = {
        "aidlib": score_claims(table, gold),
        "quantulum3": score_claims(baseline_quantulum(corpus), gold),
        "price-parser": score_claims(baseline_price_parser(corpus), gold),
    }
    n_money = int((gold["measure"] == "money").sum())
    print(f"Gold: {len(gold)} claims ({n_money} money, {len(gold) - n_money} counts) "
          f"in {gold['source_id'].nunique()} articles of {root}; exact-span matching.")
    print(report(scores))
    print(learned_line(learned_fields(learned)))
    print("Targets (aidlib F1): " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))
    for field in ("kind", "category"):  # issue 9: where the labels go wrong
        print(confusion(table, gold, field))
    events_gold = root / "gold" / "events.csv"
    if events_gold.is_file():
        print(event_report(corpus, events_gold))
    return 0

