"""Shared check: every figure's span and sentence are exactly the article's text."""

from __future__ import annotations

import pandas as pd

from aidlib.corpus import Corpus
from tests.cells import as_int, as_str


def assert_spans_match(table: pd.DataFrame, corpus: Corpus) -> None:
    """``text[start:end] == surface`` and the sentence span holds the figure, for every row."""
    for row in table.itertuples():
        text = corpus[as_str(row.source_id)].text
        start, end = as_int(row.start), as_int(row.end)
        sentence_start, sentence_end = as_int(row.sentence_start), as_int(row.sentence_end)
        assert text[start:end] == row.surface
        assert text[sentence_start:sentence_end] == row.sentence
        assert sentence_start <= start < end <= sentence_end
