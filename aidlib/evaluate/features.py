"""The training set of the learned claim stage (:mod:`aidlib.claims.learned`): one example
per money figure the rules find in an annotated corpus, with the features the pipeline sees
and, where the figure is paired with a gold figure (as :func:`score_claims` pairs them), the
gold kind, category and scope type (:data:`LABELS`).

>>> table, rows = examples(default_data_dir())
>>> labelled = [e for e in rows if e.gold]
>>> bool(labelled) and all(set(e.gold) == set(LABELS) for e in labelled)
True
>>> all(table.loc[e.row, "measure"] == "money" for e in rows)
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pandas as pd

from ..claims import claims
from ..claims.learned import FIELDS, figure_features
from ..corpus import default_data_dir, load_corpus
from .claims import GOLD_FILE, align, gold_claims, records

__all__ = ["LABELS", "Example", "examples", "training_hash"]

# The fields an example is labelled with: the learned stage's, and scope_type (measured by
# scripts/train_claims_model.py --fields scope_type, not learned at run time).
LABELS: Final = (*FIELDS, "scope_type")


@dataclass(frozen=True)
class Example:
    """One money figure as the rules made it: ``row`` of the claims table, its features,
    the rules' labels and the gold labels (empty when no gold figure is paired with it)."""

    source_id: str
    row: int
    features: Mapping[str, float]
    rule: Mapping[str, str]
    gold: Mapping[str, str]


def examples(root: Path | None = None) -> tuple[pd.DataFrame, list[Example]]:
    """The rules-only claims table of the corpus at ``root`` and its money examples."""
    root = root or default_data_dir()
    corpus = load_corpus(root)
    texts = {a.id: a.text for a in corpus}
    table = claims(corpus, learned=False).reset_index(drop=True)
    gold = gold_claims(root)
    money = table[table["measure"] == "money"]
    pred = records(money)
    aligned = align(pred, records(gold[gold["measure"] == "money"]))
    out = []
    for i, (row, r) in enumerate(zip(money.index, pred, strict=True)):
        g = aligned.get(i)
        feats = figure_features(
            texts[str(r["source_id"])], int(r["start"]), int(r["end"]),
            rule_kind=str(r["kind"]), rule_category=str(r["category"]),
            scope_type=str(r["scope_type"]), qualifier=str(r["qualifier"]),
            is_part=isinstance(r["part_of"], str))
        out.append(Example(str(r["source_id"]), int(row), feats,
                           {f: str(r[f]) for f in LABELS},
                           {f: str(g[f]) for f in LABELS} if g is not None else {}))
    return table, out


def training_hash(roots: Iterable[Path]) -> str:
    """SHA-256 of the gold files and articles of the annotated corpora the model is trained
    on (in the order given): a model whose recorded hash differs is stale."""
    h = hashlib.sha256()
    for root in roots:
        files = [root / GOLD_FILE, root / "articles.csv",
                 *sorted((root / "articles").glob("*.txt"))]
        for path in files:
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()
