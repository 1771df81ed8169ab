"""One row per money mention in the corpus, with provenance and EUR/USD values.

>>> from aidlib.corpus import load_corpus
>>> table = money_mentions(load_corpus())
>>> row = table[table["surface"] == "more than €21 billion"].iloc[0]
>>> row["currency"], float(row["low"]), round(float(row["usd_low"]) / 1e9, 2)
('EUR', 21000000000.0, 23.83)
>>> bool((table["surface"] == table["check_surface"]).all())
True

Columns (see ``data/README.md`` for units and allowed values):

- ``mention_id`` "<source_id>:m<NN>", ``source_id``, ``published`` (datetime64)
- ``start``, ``end``, ``surface`` (``text[start:end] == surface``), ``check_surface`` (the
  same slice re-read from the article, kept so the invariant is visible in every table)
- ``sentence_start``, ``sentence_end``, ``sentence``
- ``currency`` (ISO 4217 or None), ``value``, ``low``, ``high``, ``step`` (``Decimal``,
  in units of ``currency``), ``qualifier``, ``vague``, ``parsed``, ``reason``
- ``eur_low``, ``eur_high``, ``usd_low``, ``usd_high`` (float64, at the ECB rate of the
  publication date; NaN with ``rate_note`` saying why when there is none), ``eur_per_unit``,
  ``usd_per_eur``, ``rate_date``, ``rate_note``
- ``pair_id`` (the same figure in two currencies), ``pair_base``, ``pair_quote``,
  ``implied_rate`` (units of ``pair_quote`` per ``pair_base`` implied by the text),
  ``ecb_rate`` (the same from the ECB), ``rate_error_pct`` (implied vs ECB, in percent)
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Article, Corpus
from .money import MoneyMention, find_money, pair_numbers
from .parallel import map_articles
from .rates import EcbRates, ecb_rates
from .text import sentence_at

__all__ = ["MENTION_COLUMNS", "mention_id", "money_mentions", "pair_id"]

log = logging.getLogger(__name__)

MENTION_COLUMNS = [
    "mention_id", "source_id", "published", "start", "end", "surface", "check_surface",
    "sentence_start", "sentence_end", "sentence", "currency", "value", "low", "high", "step",
    "qualifier", "vague", "parsed", "reason", "eur_low", "eur_high", "usd_low", "usd_high",
    "eur_per_unit", "usd_per_eur", "rate_date", "rate_note", "pair_id", "pair_base",
    "pair_quote", "implied_rate", "ecb_rate", "rate_error_pct",
]


def mention_id(source_id: str, k: int) -> str:
    """Id of the ``k``-th (0-based) money mention of an article: ``"<source_id>:mNN"``."""
    return f"{source_id}:m{k + 1:02d}"


def pair_id(source_id: str, n: int) -> str:
    """Id of an article's ``n``-th (1-based) currency pair: ``"<source_id>:pNN"``."""
    return f"{source_id}:p{n:02d}"


def _rows(article: Article) -> list[dict[str, Any]]:
    text = article.text
    found = find_money(text, dollar=article.dollar)
    pair_of = pair_numbers(text, found)
    rows: list[dict[str, Any]] = []
    for k, m in enumerate(found):
        sent = sentence_at(text, m.start)
        row = _row(article, k, m, sent.start, sent.end, sent.text)
        if k in pair_of:
            row["pair_id"] = pair_id(article.id, pair_of[k])
        rows.append(row)
    return rows


def _row(
    article: Article, k: int, m: MoneyMention, s_start: int, s_end: int, sentence: str
) -> dict[str, Any]:
    return {
        "mention_id": mention_id(article.id, k),
        "source_id": article.id,
        "published": pd.Timestamp(article.published),
        "start": m.start,
        "end": m.end,
        "surface": m.surface,
        "check_surface": article.text[m.start : m.end],
        "sentence_start": s_start,
        "sentence_end": s_end,
        "sentence": sentence,
        "currency": m.currency,
        "value": m.value,
        "low": m.low,
        "high": m.high,
        "step": m.step,
        "qualifier": m.qualifier,
        "vague": m.vague,
        "parsed": m.parsed,
        "reason": m.reason,
        "pair_id": None,
    }


def _add_pair_rates(table: pd.DataFrame) -> pd.DataFrame:
    """For each pair, the rate the text implies and the ECB's, on both rows of the pair."""
    table = table.copy()
    for col in ("pair_base", "pair_quote"):
        table[col] = None
    for col in ("implied_rate", "ecb_rate", "rate_error_pct"):
        table[col] = np.nan
    rows: dict[str, list[int]] = {}  # pair id -> its rows (positions), in table order
    for i, pair in enumerate(table["pair_id"].tolist()):
        if pd.notna(pair):
            rows.setdefault(pair, []).append(i)
    columns: dict[str, list[Any]] = {col: table[col].tolist() for col in (
        "pair_base", "pair_quote", "implied_rate", "ecb_rate", "rate_error_pct")}
    value, currency = table["value"].tolist(), table["currency"].tolist()
    eur = table["eur_per_unit"].tolist()
    for pair_rows in rows.values():  # plain lists, not a DataFrame cell at a time
        if len(pair_rows) != 2:
            continue
        a, b = pair_rows
        va, vb = value[a], value[b]
        if not isinstance(va, Decimal) or not isinstance(vb, Decimal) or va == 0:
            continue
        implied = float(vb / va)
        ecb = eur[a] / eur[b]
        for idx in (a, b):
            columns["pair_base"][idx] = currency[a]
            columns["pair_quote"][idx] = currency[b]
            columns["implied_rate"][idx] = implied
            columns["ecb_rate"][idx] = ecb
            columns["rate_error_pct"][idx] = (implied / ecb - 1.0) * 100.0
    if rows:
        for col, values in columns.items():
            table[col] = pd.Series(values, index=table.index, dtype=table[col].dtype)
    return table


def money_mentions(corpus: Corpus, rates: EcbRates | None = None, *,
                   workers: int | None = None, executor: Any = None) -> pd.DataFrame:
    """Every money mention of every article, converted at the ECB rate of its publication day.

    Rejected mentions (``parsed`` False) and mentions without a rate stay in the table with
    the reason; nothing that looks like money is dropped. ``workers`` and ``executor``: how
    the articles are read (serially, on N processes, on a Dask cluster; see
    :func:`aidlib.parallel.map_articles`); the table is the same either way.
    """
    rates = rates or ecb_rates()
    found = map_articles(_rows, list(corpus), workers=workers, executor=executor,
                         desc="money_mentions")
    rows = [row for article_rows in found for row in article_rows]
    if not rows:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    table = pd.DataFrame(rows)
    table = rates.to_eur_usd(table, amount_cols=("low", "high"), currency="currency",
                             on="published")
    unparsed = ~table["parsed"]
    table.loc[unparsed, "rate_note"] = "not parsed: " + table.loc[unparsed, "reason"]
    table = _add_pair_rates(table)
    log.debug("%d money mentions in %d articles", len(table), len(corpus))
    return table[MENTION_COLUMNS].reset_index(drop=True)
