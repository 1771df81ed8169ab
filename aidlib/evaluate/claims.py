"""Claims scoring: a claims table against the hand-annotated gold file, field by field.

:class:`Score` holds the one precision/recall/F1 convention of :mod:`aidlib.evaluate`
(claims and events alike): an empty side scores 1.0, nothing matched of a non-empty side 0.0.

Matching (see ``data/gold/README.md``): spans are scored exactly (same source, same start
and end). Every other field is scored on figures paired by overlapping span (one to one,
largest overlap first), as a set of (figure, field value) items, so a wrong speaker costs
one false positive and one false negative; donors are scored one (figure, donor) pair at a
time. ``*_value`` is right when the paired gold figure has the same number (the range for a
vague figure) and, for money, the same currency.

>>> s = score_claims(gold_claims(), gold_claims())
>>> s["money_span"].f1, s["speaker"].f1
(1.0, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pandas as pd

from ..corpus import default_data_dir

__all__ = ["CONFUSION_LABELS", "FIELDS", "GOLD_FILE", "TARGETS", "Row", "Score", "align",
           "confusion", "gold_claims", "records", "score_claims"]

GOLD_FILE: Final = Path("gold") / "claims.csv"
OUTLET: Final = "(outlet)"  # gold's speaker for a figure no one is quoted for

# The targets of issue 3; tests/test_evaluate.py fails if aidlib drops below them.
TARGETS: Final[dict[str, float]] = {
    "money_span": 0.95, "money_value": 0.95, "speaker": 0.85, "kind": 0.85,
}

# Fields scored, in print order: name -> (measure scored, what a row contributes).
FIELDS: Final[tuple[str, ...]] = (
    "money_span", "money_value", "count_span", "count_value", "count_unit", "speaker",
    "kind", "donor", "category", "scope_type", "qualifier", "boilerplate",
)


# The labels of the guide, in the order of a confusion matrix (money figures only).
CONFUSION_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "kind": ("pledged", "provided", "contracted", "to_spend", "requested", "other"),
    "category": ("military", "financial", "humanitarian", "total", "unspecified", "other"),
}
MISSED: Final = "(missed)"  # a gold figure no predicted figure is paired with


@dataclass(frozen=True)
class Score:
    """Counts and rates for one field."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        """Share of predicted items that are in the gold file (1.0 when none predicted)."""
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items predicted (1.0 when the gold file has none)."""
        return self.tp / self.n_gold if self.n_gold else 1.0

    @classmethod
    def of_sets(cls, pred: set[Hashable], gold: set[Hashable]) -> Score:
        """The score of a predicted set of items against a gold set.

        >>> Score.of_sets({1, 2}, {2, 3}).f1
        0.5
        """
        return cls(tp=len(pred & gold), n_pred=len(pred), n_gold=len(gold))

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall.

        >>> round(Score(tp=8, n_pred=10, n_gold=8).f1, 3)
        0.889
        """
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_claims(root: Path | None = None) -> pd.DataFrame:
    """The gold file, typed: donors as sorted tuples, empty strings as None.

    >>> g = gold_claims()
    >>> bool(len(g) > 0 and set(g["measure"]) == {"money", "count"})
    True
    """
    path = (root or default_data_dir()) / GOLD_FILE
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("start", "end", "sentence_start", "sentence_end"):
        gold[col] = gold[col].astype(int)
    for col in ("value", "low", "high"):
        gold[col] = pd.to_numeric(gold[col].replace("", None), errors="coerce")
    gold["vague"] = gold["vague"].eq("true")
    if "boilerplate" in gold.columns:
        gold["boilerplate"] = gold["boilerplate"].eq("true")
    gold["donors"] = gold["donors"].map(lambda s: tuple(sorted(d for d in s.split(";") if d)))
    for col in ("unit", "recipient", "scope_text"):
        gold[col] = gold[col].replace("", None)
    return gold


def _num(x: Any) -> float | None:
    """A float, or None for None/NaN/empty."""
    if x is None or x == "":
        return None
    f = float(x)
    return None if math.isnan(f) else f


def _close(a: Any, b: Any) -> bool:
    fa, fb = _num(a), _num(b)
    return fa is not None and fb is not None and math.isclose(fa, fb, rel_tol=1e-9)


def _unit(x: Any) -> str | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) or x == "" else str(x)


Row = dict[str, Any]
Span = tuple[str, int, int]


def records(frame: pd.DataFrame) -> list[Row]:
    """The rows of a claims table (predicted or gold) as dicts keyed by column name."""
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]


def _span(r: Row) -> Span:
    return (str(r["source_id"]), int(r["start"]), int(r["end"]))


def _number_ok(row: Row, gold_row: Row) -> bool:
    """Same number: the range for a vague figure or a range (gold ``value`` empty, guide
    v2), else the value."""
    if gold_row["vague"] or _num(gold_row["value"]) is None:
        return _close(row["low"], gold_row["low"]) and _close(row["high"], gold_row["high"])
    return _close(row["value"], gold_row["value"])


def align(pred: list[Row], gold: list[Row]) -> dict[int, Row]:
    """Pair each predicted row with at most one overlapping gold row of the same source,
    largest overlap first (as :func:`score_claims` pairs them): index in ``pred`` -> gold.

    >>> g = [{"source_id": "a", "start": 0, "end": 9}, {"source_id": "a", "start": 20, "end": 25}]
    >>> p = [{"source_id": "a", "start": 2, "end": 5}, {"source_id": "a", "start": 0, "end": 8},
    ...      {"source_id": "b", "start": 20, "end": 25}]
    >>> align(p, g) == {1: g[0]}
    True
    """
    candidates: list[tuple[int, int, int]] = []
    for i, r in enumerate(pred):
        src, start, end = _span(r)
        for j, g in enumerate(gold):
            g_src, g_start, g_end = _span(g)
            overlap = min(end, g_end) - max(start, g_start)
            if g_src == src and overlap > 0:
                candidates.append((-overlap, i, j))
    out: dict[int, Row] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in out and j not in used:
            out[i] = gold[j]
            used.add(j)
    return out


def _speaker(row: Row) -> str:
    return OUTLET if row["attribution"] == "outlet" else str(row["speaker"])


Key = Callable[[Row], Iterable[Hashable]]


def _field(pred: list[Row], gold: list[Row], aligned: dict[int, Row], key: Key) -> Score:
    """Score one field as (gold span, or own span if unpaired, value) items."""
    p: set[Hashable] = set()
    for i, r in enumerate(pred):
        span = _span(aligned[i]) if i in aligned else _span(r)
        p.update((span, k) for k in key(r))
    g_items: set[Hashable] = {(_span(g), k) for g in gold for k in key(g)}
    return Score.of_sets(p, g_items)


def _column_key(col: str) -> Key:
    def key(r: Row) -> list[Hashable]:
        return [r[col]]

    return key


def _keys(columns: Iterable[str], measure: str) -> dict[str, Key]:
    """The fields scored for one measure, among the columns a predictor gives."""
    cols = set(columns)
    out: dict[str, Key] = {}
    if "speaker" in cols:
        out["speaker"] = lambda r: [_speaker(r)]
    if measure == "money":
        for col in ("kind", "category", "scope_type", "qualifier"):
            if col in cols:
                out[col] = _column_key(col)
        if "donors" in cols:
            out["donor"] = lambda r: list(r["donors"])
    return out


def score_claims(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, Score]:
    """Precision, recall and F1 per field; ``pred`` is a :func:`aidlib.claims.claims` table.

    Spans are scored exactly; every other field on figures paired by overlapping span, so
    a baseline that leaves out "more than" still gets its value checked. Fields a
    predictor does not give (a baseline has no speaker) are left out of the result, and so
    are counts for a predictor that reports none.
    """
    out: dict[str, Score] = {}
    for measure in ("money", "count"):
        p = records(pred[pred["measure"] == measure])
        g = records(gold[gold["measure"] == measure])
        if measure == "count" and not p:
            continue
        aligned = align(p, g)
        out[f"{measure}_span"] = Score.of_sets({_span(r) for r in p}, {_span(r) for r in g})
        ok = sum(
            1 for i, r in enumerate(p)
            if i in aligned and _number_ok(r, aligned[i])
            and (measure == "count" or _unit(r["unit"]) == _unit(aligned[i]["unit"]))
        )
        out[f"{measure}_value"] = Score(tp=ok, n_pred=len(p), n_gold=len(g))
        if measure == "count":
            out["count_unit"] = _field(p, g, aligned, lambda r: [_unit(r["unit"])])
        for name, key in _keys(pred.columns, measure).items():
            sc = _field(p, g, aligned, key)
            if name in out:  # speaker: money and counts together
                prev = out[name]
                sc = Score(prev.tp + sc.tp, prev.n_pred + sc.n_pred, prev.n_gold + sc.n_gold)
            out[name] = sc
    if "boilerplate" in pred.columns and "boilerplate" in gold.columns:
        out["boilerplate"] = _boilerplate(records(pred), records(gold))
    return out


def _boilerplate(pred: list[Row], gold: list[Row]) -> Score:
    """The figures marked as boilerplate (teasers, captions), as spans paired like a field."""
    aligned = align(pred, gold)
    p: set[Hashable] = {_span(aligned[i]) if i in aligned else _span(r)
                        for i, r in enumerate(pred) if bool(r["boilerplate"])}
    g: set[Hashable] = {_span(r) for r in gold if bool(r["boilerplate"])}
    return Score.of_sets(p, g)


def confusion(pred: pd.DataFrame, gold: pd.DataFrame, field: str) -> str:
    """A text confusion matrix of one field over the money figures: rows gold, columns
    predicted (figures paired as in :func:`score_claims`; a gold figure with no prediction
    counts under "(missed)").

    >>> g = gold_claims()
    >>> print(confusion(g, g, "kind").splitlines()[1])  # doctest: +NORMALIZE_WHITESPACE
    pledged      8  0  0  0  0  0  0
    """
    p = records(pred[pred["measure"] == "money"])
    g = records(gold[gold["measure"] == "money"])
    aligned = align(p, g)
    paired = {id(row): p[i][field] for i, row in aligned.items()}
    pairs = [(str(row[field]), str(paired.get(id(row), MISSED))) for row in g]
    known = CONFUSION_LABELS.get(field, ())
    labels = [*known, *sorted({x for pair in pairs for x in pair} - {*known, MISSED})]
    columns = [*labels, MISSED]
    width = max(len(x) for x in columns) + 1
    rows = [f"{field} gold \\ predicted".ljust(24) + "".join(f"{x:>{width}}" for x in columns)]
    for gold_label in labels:
        counts = [sum(1 for a, b in pairs if a == gold_label and b == c) for c in columns]
        rows.append(f"{gold_label:<24}" + "".join(f"{n:>{width}}" for n in counts))
    return "\n".join(rows)
