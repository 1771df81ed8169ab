"""Rebuild every derived table from the raw articles and curated files: one command.

``python -m aidlib.build`` writes ``data/derived/<table>.csv``. The files are committed,
so a change of output shows in review; ``tests/test_build.py`` checks they are current.
Decimal amounts are written as exact strings, tuples as "; "-joined text. A text cell that
a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return: a headline ``=cmd|...``) is written with a ``'`` in front (OWASP's advice
on CSV injection); numbers are written as they are.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import pandas as pd

from .claims import claims
from .compare import pair_verdicts
from .corpus import Corpus, default_data_dir, load_corpus
from .events import events
from .mentions import money_mentions

__all__ = ["FORMULA_STARTS", "TABLES", "derived_tables", "main", "neutralize_cell", "to_csv_text"]

log = logging.getLogger(__name__)


# The derived tables, in pipeline order; data/README.md documents each table.
TABLES: Final = ("mentions", "claims", "events", "verdicts")


def _tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every derived table; the verdicts compare the claims table built once for both."""
    claims_table = claims(corpus)
    built = {"mentions": money_mentions(corpus), "claims": claims_table,
             "events": events(corpus), "verdicts": pair_verdicts(claims_table)}
    return {name: built[name] for name in TABLES}


# First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(text: str) -> str:
    """``text`` made inert for spreadsheets: a leading ``'`` before a formula character.

    >>> neutralize_cell("=cmd|' /C calc'!A0"), neutralize_cell("Aid to Ukraine")
    ("'=cmd|' /C calc'!A0", 'Aid to Ukraine')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")  # a number, even when negative: never prefixed
    if isinstance(value, str):
        return neutralize_cell(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return neutralize_cell("; ".join(str(_cell(v)) for v in value))
    if hasattr(value, "source_id") and hasattr(value, "start") and hasattr(value, "end"):
        return f"{value.source_id}:{value.start}-{value.end}"  # a provenance record
    return value


def to_csv_text(table: pd.DataFrame) -> str:
    """The table as CSV text, the same bytes on every run for the same input."""
    clean = table.copy()
    for col in clean.columns:
        if clean[col].dtype == object or pd.api.types.is_string_dtype(clean[col]):
            clean[col] = clean[col].map(_cell, na_action="ignore")
    text: str = clean.to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d")
    return text


def derived_tables(corpus: Corpus | None = None) -> dict[str, str]:
    """Every derived table as CSV text, keyed by table name."""
    corpus = corpus or load_corpus()
    return {name: to_csv_text(table) for name, table in _tables(corpus).items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m aidlib.build [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m aidlib.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=default_data_dir() / "derived")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in derived_tables().items():
        path = args.out / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
