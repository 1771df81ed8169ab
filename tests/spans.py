"""Shared check: every figure's span and sentence are exactly the article's text."""

from __future__ import annotations

import pandas as pd

from aidlib.corpus import Corpus


def assert_spans_match(table: pd.DataFrame, corpus: Corpus) -> None:
    """``text[start:end] == surface`` and the sentence span holds the figure, for every row."""
    for row in table.itertuples():
        text = corpus[row.source_id].text
        assert text[row.start : row.end] == row.surface
        assert text[row.sentence_start : row.sentence_end] == row.sentence
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
