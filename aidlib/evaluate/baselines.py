"""Baselines: what two general-purpose extractors find, as claims-shaped tables.

quantulum3 (quantities with units) and price-parser (one price per string) are applied
sentence by sentence, so :func:`aidlib.evaluate.claims.score_claims` can score them beside
aidlib. Both are dev dependencies, imported only when a baseline runs.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any, Final

import pandas as pd

from ..corpus import Corpus
from ..lexicon import CURRENCY_NAMES, PREFIX_SYMBOLS, SUFFIX_SYMBOLS
from ..text import sentences

__all__ = ["baseline_price_parser", "baseline_quantulum", "quantulum_parser"]

_SYMBOLS: Final[dict[str, str]] = {
    **{k.lower(): v for k, v in CURRENCY_NAMES.items()},
    **{k.lower(): v for k, v in SUFFIX_SYMBOLS.items()},
    **{k.lower(): v for k, v in PREFIX_SYMBOLS.items()},
}


def _baseline_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    cols = ["source_id", "start", "end", "surface", "measure", "unit", "value", "low", "high",
            "vague"]
    return pd.DataFrame(rows, columns=cols)


def quantulum_parser() -> Any:
    """quantulum3's parser module, as installed without scikit-learn.

    quantulum3 turns on its unit classifier when scikit-learn is importable (the dev extra
    has it, for ``scripts/train_claims_model.py``), but its pickled classifier does not load
    under current scikit-learn; without it quantulum3 runs as it was always measured here.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser = importlib.import_module("quantulum3.parser")
        vars(importlib.import_module("quantulum3.classifier"))["USE_CLF"] = False
    return parser


def baseline_quantulum(corpus: Corpus) -> pd.DataFrame:
    """Every quantity quantulum3 finds, sentence by sentence; currencies become money rows."""
    parser = quantulum_parser()
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
