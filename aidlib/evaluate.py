"""Score the claims table against the hand-annotated gold file, beside two baselines.

``python -m aidlib.evaluate`` prints precision, recall and F1 per field for aidlib and for
two general-purpose extractors a user might reach for instead, applied per sentence:
quantulum3 (quantities with units) and price-parser (one price per string).

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

import argparse
import importlib
import math
import sys
import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pandas as pd

from .claims import claims
from .corpus import Corpus, default_data_dir, load_corpus
from .events import events, load_gold_events, score_events
from .lexicon import CURRENCY_NAMES, PREFIX_SYMBOLS, SUFFIX_SYMBOLS
from .text import sentences

__all__ = [
    "GOLD_FILE",
    "TARGETS",
    "Score",
    "baseline_price_parser",
    "baseline_quantulum",
    "event_report",
    "gold_claims",
    "main",
    "report",
    "score_claims",
]

GOLD_FILE: Final = Path("gold") / "claims.csv"
OUTLET: Final = "(outlet)"  # gold's speaker for a figure no one is quoted for

# The targets of issue 3; tests/test_evaluate.py fails if aidlib drops below them.
TARGETS: Final[dict[str, float]] = {
    "money_span": 0.95, "money_value": 0.95, "speaker": 0.85, "kind": 0.85,
}

# Fields scored, in print order: name -> (measure scored, what a row contributes).
_FIELDS: Final[tuple[str, ...]] = (
    "money_span", "money_value", "count_span", "count_value", "count_unit", "speaker",
    "kind", "donor", "category", "scope_type", "qualifier",
)


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


def _records(frame: pd.DataFrame) -> list[Row]:
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]


def _span(r: Row) -> Span:
    return (str(r["source_id"]), int(r["start"]), int(r["end"]))


def _number_ok(row: Row, gold_row: Row) -> bool:
    if gold_row["vague"]:
        return _close(row["low"], gold_row["low"]) and _close(row["high"], gold_row["high"])
    return _close(row["value"], gold_row["value"])


def _align(pred: list[Row], gold: list[Row]) -> dict[int, Row]:
    """Pair each predicted row with at most one overlapping gold row (largest overlap first)."""
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


def _score(pred: set[Hashable], gold: set[Hashable]) -> Score:
    return Score(tp=len(pred & gold), n_pred=len(pred), n_gold=len(gold))


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
    return _score(p, g_items)


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
        p = _records(pred[pred["measure"] == measure])
        g = _records(gold[gold["measure"] == measure])
        if measure == "count" and not p:
            continue
        aligned = _align(p, g)
        out[f"{measure}_span"] = _score({_span(r) for r in p}, {_span(r) for r in g})
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
    return out


# --------------------------------------------------------------------------- baselines


_SYMBOLS: Final[dict[str, str]] = {
    **{k.lower(): v for k, v in CURRENCY_NAMES.items()},
    **{k.lower(): v for k, v in SUFFIX_SYMBOLS.items()},
    **{k.lower(): v for k, v in PREFIX_SYMBOLS.items()},
}


def _baseline_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    cols = ["source_id", "start", "end", "surface", "measure", "unit", "value", "low", "high",
            "vague"]
    return pd.DataFrame(rows, columns=cols)


def baseline_quantulum(corpus: Corpus) -> pd.DataFrame:
    """Every quantity quantulum3 finds, sentence by sentence; currencies become money rows."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser = importlib.import_module("quantulum3.parser")
    rows: list[dict[str, Any]] = []
    for article in corpus:
        for sent in sentences(article.text):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = parser.parse(sent.text)
            for q in found:
                is_money = q.unit.entity.name == "currency"
                start, end = sent.start + q.span[0], sent.start + q.span[1]
                rows.append({
                    "source_id": article.id, "start": start, "end": end,
                    "surface": article.text[start:end],
                    "measure": "money" if is_money else "count",
                    "unit": getattr(q.unit, "currency_code", None) if is_money else q.unit.name,
                    "value": q.value, "low": q.value, "high": q.value, "vague": False,
                })
    return _baseline_frame(rows)


def baseline_price_parser(corpus: Corpus) -> pd.DataFrame:
    """price-parser's one price per sentence, located in the sentence by its amount text."""
    price_cls = importlib.import_module("price_parser").Price
    rows: list[dict[str, Any]] = []
    for article in corpus:
        for sent in sentences(article.text):
            price = price_cls.fromstring(sent.text)
            if price.amount is None or not price.amount_text:
                continue
            at = sent.text.find(price.amount_text)
            start, end = sent.start + at, sent.start + at + len(price.amount_text)
            if price.currency:
                cur_at = sent.text.rfind(price.currency, 0, at + 1)
                if cur_at >= 0 and at - cur_at <= len(price.currency) + 1:
                    start = sent.start + cur_at
            cur = _SYMBOLS.get((price.currency or "").lower())
            rows.append({
                "source_id": article.id, "start": start, "end": end,
                "surface": article.text[start:end], "measure": "money", "unit": cur,
                "value": float(price.amount), "low": float(price.amount),
                "high": float(price.amount), "vague": False,
            })
    return _baseline_frame(rows)


# --------------------------------------------------------------------------- report


def report(scores: dict[str, dict[str, Score]]) -> str:
    """A text table: one line per field, P/R/F1 per system side by side.

    >>> print(report({"x": {"speaker": Score(1, 2, 2)}}))  # doctest: +NORMALIZE_WHITESPACE
    field        | x: P    R    F1
    speaker      |  0.50 0.50 0.50
    """
    systems = list(scores)
    head = "field        | " + " | ".join(f"{s}: P    R    F1".rjust(18) for s in systems)
    lines = [head]
    for name in _FIELDS:
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
    """One line of event scores (:func:`aidlib.events.score_events`) against ``gold_path``."""
    sc = score_events(events(corpus), load_gold_events(gold_path))
    parts = [f"{name} {getattr(sc, name):.2f}" for name in (
        "precision", "recall", "f1", "date_accuracy", "participant_accuracy")]
    return "events       | " + ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of aidlib and the baselines on a gold set.

    ``--data DIR`` scores another annotated corpus: DIR holds ``articles.csv``,
    ``articles/`` and ``gold/claims.csv`` (and optionally ``gold/events.csv``), as ``data/``
    does; ``tests/fixtures/unseen`` is one the rules were not written on.
    """
    parser = argparse.ArgumentParser(prog="python -m aidlib.evaluate", description=main.__doc__)
    parser.add_argument("--data", type=Path, default=None, help="default: data/")
    args = parser.parse_args(argv)
    root = args.data or default_data_dir()
    corpus = load_corpus(root)
    gold = gold_claims(root)
    scores = {
        "aidlib": score_claims(claims(corpus), gold),
        "quantulum3": score_claims(baseline_quantulum(corpus), gold),
        "price-parser": score_claims(baseline_price_parser(corpus), gold),
    }
    n_money = int((gold["measure"] == "money").sum())
    print(f"Gold: {len(gold)} claims ({n_money} money, {len(gold) - n_money} counts) "
          f"in {gold['source_id'].nunique()} articles of {root}; exact-span matching.")
    print(report(scores))
    print("Targets (aidlib F1): " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))
    events_gold = root / "gold" / "events.csv"
    if events_gold.is_file():
        print(event_report(corpus, events_gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
