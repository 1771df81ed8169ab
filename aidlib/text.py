"""Sentence spans: where each sentence of an article starts and ends.

Paragraphs (separated by blank lines) are split first, since headlines and captions carry
no final full stop; each paragraph is then split by ``pysbd``, a rule-based sentence
boundary detector that knows abbreviations such as "U.S." and "Adm.".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import pysbd

__all__ = ["Sentence", "sentence_at", "sentences"]

# A paragraph break: a newline, optional blank-ish lines, another newline.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end] == sentence.text`` (surrounding space trimmed)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return Sentence(start + lead, start + lead + len(stripped), stripped)


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[Sentence, ...]:
    """All sentences of ``text`` in order, with character spans.

    >>> [s.text for s in sentences("Healey spoke in the U.S. on Friday. He left.\\n\\nHeadline")]
    ['Healey spoke in the U.S. on Friday.', 'He left.', 'Headline']
    """
    out: list[Sentence] = []
    pos = 0
    bounds = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for stop in bounds:
        para = text[pos:stop]
        if para.strip():
            for span in _segmenter().segment(para):
                sent = _trimmed(text, pos + span.start, pos + span.end)
                if sent is not None:
                    out.append(sent)
        pos = stop
    return tuple(out)


def sentence_at(text: str, offset: int) -> Sentence:
    """The sentence that contains character ``offset`` (the nearest one before it if none does).

    >>> sentence_at("One. Two pounds. Three.", 6).text
    'Two pounds.'
    """
    sents = sentences(text)
    if not sents:
        return Sentence(0, len(text), text)
    i = max(bisect_right([s.start for s in sents], offset) - 1, 0)
    return sents[i]
