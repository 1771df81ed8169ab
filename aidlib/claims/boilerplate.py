"""Boilerplate: the parts of a page that are not the article's own reporting ("Also read:"
teasers and lists of related stories, photo captions and credits, newsletter boxes).

Figures there are kept as claims but marked (``boilerplate``), so that what a notebook
counts (:func:`aidlib.records.counted_claims`) leaves them out. The labels are data
(``aidlib/data/boilerplate.yaml``); the rules, by line:

1. a line opening with a label and a colon ("Also read: ...", "• Read more: ...",
   "[Photo caption: ...]", "PICTURED: ...") is boilerplate to its end;
2. a label alone on its line ("Related Posts", "RELATED STORIES", "Related coverage:")
   opens a list: it and the lines after it are boilerplate up to the next blank line;
3. a capitalized caption label inside a line ("... — Bloomberg Photo: US Army ...") makes
   the rest of the line boilerplate.

>>> text = "Norway gives $5 million.\\nAlso read: Denmark gives $3 million"
>>> spans = boilerplate_spans(text)
>>> [text[a:b] for a, b in spans]
['Also read: Denmark gives $3 million']
>>> in_boilerplate(spans, text.index("$3")), in_boilerplate(spans, text.index("$5"))
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from ..curated import load_yaml
from ..gazetteer import BUNDLED_DIR
from ..literals import words_alternation

__all__ = ["BOILERPLATE_FILE", "boilerplate_spans", "in_boilerplate"]

BOILERPLATE_FILE: Final = BUNDLED_DIR / "boilerplate.yaml"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_yaml(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    every = words_alternation([*raw["teasers"], *raw["captions"], *raw["boxes"]])
    lead = r"^[ \t]*(?:[•\-–—*·▪►>|\[(][ \t]*)?"  # a bullet or an opening bracket
    labelled = re.compile(rf"{lead}(?:{every})[ \t]*:", re.IGNORECASE | re.MULTILINE)
    alone = re.compile(rf"{lead}(?:{every})[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
    captions = "|".join(
        rf"{re.escape(c[:1].upper())}{re.escape(c[1:])}|{re.escape(c.upper())}"
        for c in sorted(raw["captions"], key=len, reverse=True))
    inline = re.compile(rf"(?<=\s)(?:{captions}):[ \t]+\S")
    return labelled, alone, inline


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that are page furniture, in text order, merged."""
    labelled, alone, inline = _patterns()
    spans: list[tuple[int, int]] = []
    for m in labelled.finditer(text):
        spans.append((m.start(), _line_end(text, m.start())))
    for m in alone.finditer(text):  # a list header: up to the next blank line
        blank = re.compile(r"\n[ \t]*\n").search(text, m.end())
        spans.append((m.start(), blank.start() if blank else len(text)))
    for m in inline.finditer(text):
        spans.append((m.start(), _line_end(text, m.start())))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def in_boilerplate(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """True where ``pos`` falls inside one of ``spans`` (as :func:`boilerplate_spans` gives)."""
    i = bisect_right([start for start, _ in spans], pos) - 1
    return i >= 0 and pos < spans[i][1]
