"""Sentence spans: where each sentence of an article starts and ends.

Every line break ends a sentence (headlines and captions carry no final full stop), and a
list marker opening a line ("- ", "* ") is not part of its sentence. Within
a line, a sentence ends at ``.``, ``!``, ``?`` or an ellipsis (perhaps closing a quote or a
bracket) followed by white space, unless

- the full stop ends an abbreviation from :mod:`aidlib.abbreviations` ("Adm. Viktor
  Sokolov", "Jan. 5", "No. 5"), an initial ("J. K. Rowling", "on X.") or a dotted acronym
  ("U.S. President"; "in the U.S. He said" does end one);
- the mark lies inside a quotation or brackets that close later ("‘This is normal. It
  was the first.’"), so a quoted passage stays one sentence with its "he said";
- it closes a quotation and the next word is not capitalised ("“We go.” he said").

Footnote marks after a sentence ("in 2023.[41] The") and the double brackets of a wire's
correction or editor's note ("((This story has been corrected ...))") are left out of the
sentences they stand around.

The rules are pysbd's (which this module used before, and which gave the gold sentence
spans), written as one pass over the text so that time is linear in its length: pysbd took
16-114 s on a 100 KB paragraph without a sentence break and spent 97% of the money
pipeline's time. The README's Speed section has the comparison that chose this splitter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from .abbreviations import (
    ABBREVIATIONS,
    BOUNDARY_ACRONYMS,
    NUMBER_ABBREVIATIONS,
    PREPOSITIVE_ABBREVIATIONS,
    SENTENCE_STARTERS,
)

__all__ = ["ARTICLES_CACHED", "BULLET", "SUBJECT_GAP_WORDS", "ListLine", "Sentence", "lines_at",
           "list_line_at", "list_lines", "sentence_at", "sentences",
           "split_spans", "subject_gap_words"]

# Adverbs and auxiliaries that may stand between a subject and its verb ("Jo Roe also
# said", "Country A has previously reported", "Jo Roe yesterday spoke with"): one list for
# the claims' speakers and the events' callers (words ending in "-ly" are matched apart).
SUBJECT_GAP_WORDS: Final = (
    "also", "then", "later", "earlier", "today", "yesterday", "tonight", "again", "further",
    "reportedly", "previously", "already", "has", "have", "had", "was", "were", "is", "are",
    "would", "will", "once", "just", "now")


def subject_gap_words() -> str:
    """:data:`SUBJECT_GAP_WORDS` as a regular-expression alternation (no group)."""
    return "|".join(SUBJECT_GAP_WORDS)


# How many articles' sentences (and money mentions, :mod:`aidlib.money`) stay cached: enough
# that the stages run one after another over a corpus (mentions, claims, events) split and
# read each article once, not three times. Keyed on the text, so a changed text is new.
ARTICLES_CACHED: Final = 1024

# A footnote mark of a page copied from a wiki ("[12]").
_FOOTNOTE: Final = r"\[\d{1,3}\]"
# A candidate sentence end: end marks, perhaps closing quotes or brackets, then space.
_END: Final = re.compile(
    rf"""(?P<mark>[.!?…]+)            # full stop(s), ! or ?, or an ellipsis
        (?P<close>["'”’)\]]*)        # closing quotes or brackets, if any
        (?:{_FOOTNOTE})*              # footnote marks
        (?=\s)                       # white space follows (so not "2.4" or "U.S.-led")
    """,
    re.VERBOSE,
)
# Marks that may open a word and are not part of it: "(U.S." is the acronym "U.S".
_OPENING: Final = "\"“‘'(["
# A dotted acronym without its final full stop: "U.S", "p.m", "e.u".
_ACRONYM: Final = re.compile(r"[A-Za-z](?:\.[A-Za-z])+")
# A list marker that opens a line, as plain-text lists are written: not part of its
# sentence ("- EUR 4.5 billion in March;"), as the evaluation set's gold has it. "•" is left
# in: the only text that has it ("• Also read: ...") would change its sentence in notebook 03.
_BULLET: Final = re.compile(r"[ \t]*[-–*][ \t\u00a0]+")
# A list item number at the start of a line: "1. First point".
_LIST_NUMBER: Final = re.compile(r"\s*\d{1,2}$")
# Quotations and brackets inside which no sentence ends, as (opening, closing) marks;
# straight quotes open only after white space or at the start of a line.
_PAIRS: Final = (("“", "”"), ('"', '"'), ("(", ")"), ("[", "]"))
# What stands around a sentence and is not part of it: footnote marks ("...in 2023.[41][42]
# The next"), and the double brackets of a wire's editor's note or correction ("((This
# story has been corrected to show ... An earlier version misstated ...))"), whose
# sentences end inside them as anywhere else.
_LEADING: Final = re.compile(rf"(?:\(\(|(?:{_FOOTNOTE})+)\s*")
# one footnote mark ending the text searched (at most five characters: "[123]")
_LAST_FOOTNOTE: Final = re.compile(rf"{_FOOTNOTE}$")
_SINGLE_PAIRS: Final = (("‘", "’"), ("'", "'"))


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text[start:end] == sentence.text`` (surrounding space trimmed)."""

    start: int
    end: int
    text: str


def _protect(line: str, inside: bytearray) -> None:
    """Mark in ``inside`` every position strictly after an opening quote or bracket up to
    and including its closing one; one pass per kind of mark, so linear in the line."""
    for opening, closing in _PAIRS:
        pos = line.find(opening)
        while pos != -1:
            if opening == "(" and line.startswith("((", pos):
                pos = line.find(opening, pos + 2)  # an editor's note: see _LEADING
                continue
            close = line.find(closing, pos + 1)
            if close == -1:
                break  # no closing mark after this opening, so none after a later one
            if opening != closing:
                again = line.rfind(opening, pos + 1, close)
                pos = again if again != -1 else pos  # the innermost pair: "(a (b) c)"
            inside[pos + 1 : close + 1] = b"\x01" * (close - pos)
            pos = line.find(opening, close + 1)
    for opening, closing in _SINGLE_PAIRS:
        pos = line.find(opening)
        while pos != -1:
            if not pos or not line[pos - 1].isspace():
                pos = line.find(opening, pos + 1)
                continue
            close = line.find(closing, pos + 1)
            while close != -1 and close + 1 < len(line) and line[close + 1].isalpha():
                close = line.find(closing, close + 1)  # an apostrophe: "Russia’s"
            if close == -1:
                break
            inside[pos + 1 : close + 1] = b"\x01" * (close - pos)
            pos = line.find(opening, close + 1)


def _next_word(line: str, pos: int) -> str:
    """The word that starts after the white space at ``pos``."""
    while pos < len(line) and line[pos].isspace():
        pos += 1
    stop = pos
    while stop < len(line) and not line[stop].isspace():
        stop += 1
    return line[pos:stop]


def _word_before(line: str, pos: int) -> str:
    """The word that ends at ``pos``, without opening quotes or brackets, nor what a dash
    joins to it ("WASHINGTON—U.S." ends in the acronym "U.S.")."""
    start = pos
    while start and not line[start - 1].isspace() and line[start - 1] not in "—–":
        start -= 1
    return line[start:pos].lstrip(_OPENING)


def _is_end(line: str, m: re.Match[str], inside: bytearray) -> bool:
    """Whether the candidate ``m`` ends a sentence (see the module docstring)."""
    if inside[m.end()]:
        return False  # inside a quotation or brackets that close later
    following = _next_word(line, m.end())
    first = following[:1]
    if m.group("close") or len(m.group("mark")) > 1 or m.group("mark") == "…":
        return first.isupper()  # '“We go.” he said', "as it were... and"
    if m.group("mark") != ".":
        return True
    word = _word_before(line, m.start())
    lower = word.lower()
    if lower in PREPOSITIVE_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    if lower in NUMBER_ABBREVIATIONS and first[:1].isdigit():
        return False
    if _ACRONYM.fullmatch(word):
        if lower in ("a.m", "p.m"):
            return first.isupper()
        return lower in BOUNDARY_ACRONYMS and following in SENTENCE_STARTERS
    if lower in ABBREVIATIONS:
        return first.isupper() and following not in ("I", "I'm", "I'll")
    return not _LIST_NUMBER.match(line, 0, m.start())  # "1. First point" is a list item


def lines_at(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (split at "\\n", without it) with the offset it starts at: the
    one walk over lines of the sentence splitter, the list reader and the events' heading
    scanners.

    >>> list(lines_at("ab\\n\\ncd"))
    [(0, 'ab'), (3, ''), (4, 'cd')]
    """
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def split_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of one line, untrimmed, covering the whole line.

    >>> line = "Healey spoke in the U.S. on Friday. “It is. It was,” he said. Mr. Ed left."
    >>> [line[a:b] for a, b in split_spans(line)]
    ['Healey spoke in the U.S. on Friday.', ' “It is. It was,” he said.', ' Mr. Ed left.']
    """
    inside = bytearray(len(line) + 1)
    _protect(line, inside)
    out, start = [], 0
    for m in _END.finditer(line):
        if _is_end(line, m, inside):
            out.append((start, m.end()))
            start = m.end()
    out.append((start, len(line)))
    return out


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    """The sentence in ``text[start:end]`` without the space, footnote marks and editor's
    note brackets around it (:data:`_LEADING`, :func:`_trailing_furniture`), or None if nothing
    is left."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    stripped = chunk.strip()
    if (m := _LEADING.match(stripped)) and m.end() < len(stripped):
        lead += m.end()
        stripped = stripped[m.end():]
    cut = _trailing_furniture(stripped)
    if cut and (not stripped.endswith("))") or "(" not in stripped):
        stripped = stripped[:cut]
    if not stripped:
        return None
    return Sentence(start + lead, start + lead + len(stripped), stripped)


def _trailing_furniture(stripped: str) -> int:
    """Where the closing "))" or the footnote marks that end ``stripped`` begin, the space
    before them included (``len(stripped)`` when none do): read from the end, so linear in
    the length however much space the sentence holds."""
    end = len(stripped)
    if stripped.endswith("))"):
        end -= 2
    else:
        while (m := _LAST_FOOTNOTE.search(stripped, max(0, end - 5), end)) is not None:
            end = m.start()
    return end if end == len(stripped) else len(stripped[:end].rstrip())


@lru_cache(maxsize=ARTICLES_CACHED)
def sentences(text: str) -> tuple[Sentence, ...]:
    """All sentences of ``text`` in order, with character spans (linear time).

    >>> [s.text for s in sentences("Healey spoke in the U.S. on Friday. He left.\\n\\nHeadline")]
    ['Healey spoke in the U.S. on Friday.', 'He left.', 'Headline']
    """
    out: list[Sentence] = []
    for pos, line in lines_at(text):
        for a, b in split_spans(line):
            if a == 0 and (bullet := _BULLET.match(line)):
                a = min(bullet.end(), b)
            sent = _trimmed(text, pos + a, pos + b)
            if sent is not None:
                out.append(sent)
    return tuple(out)


@lru_cache(maxsize=ARTICLES_CACHED)
def _starts(text: str) -> list[int]:
    return [s.start for s in sentences(text)]


def sentence_at(text: str, offset: int) -> Sentence:
    """The sentence that contains character ``offset`` (the nearest one before it if none does).

    >>> sentence_at("One. Two pounds. Three.", 6).text
    'Two pounds.'
    """
    sents = sentences(text)
    if not sents:
        return Sentence(0, len(text), text)
    i = max(bisect_right(_starts(text), offset) - 1, 0)
    return sents[i]


# One list bullet, as the claim stages read lists on lines of their own: a hyphen or dash,
# an asterisk, a bullet sign, or an item number of one or two digits ("1.", "2)"). (The
# sentence splitter keeps its own narrower ``_BULLET``: see there.)
BULLET: Final = r"(?:[-*•–—]|\d{1,2}[.)])"
# A line of a list: a bullet and a blank, or a table's row ("| Grant | $20 million |"; the
# rows of a table set out under "made up of four parts:" are its items, as bullets would be).
_LIST_ITEM: Final = re.compile(rf"[ \t]*(?:{BULLET}[ \t]+|\|[ \t]*)")
# The line leading into a list ends on a colon ("By country:"): the colon and what blanks
# follow it to the line's end.
_LIST_LEAD: Final = re.compile(r":[ \t]*$")


@dataclass(frozen=True)
class ListLine:
    """A line of a list: where the line starts, where its words start after the bullet,
    where it ends, and the span of the colon that ends the line leading into the list (back
    over blank lines and the list's earlier items), or None when no such line leads it."""

    start: int
    body: int
    end: int
    lead: tuple[int, int] | None


@lru_cache(maxsize=ARTICLES_CACHED)
def list_lines(text: str) -> tuple[ListLine, ...]:
    """Every bulleted or numbered line or table row of ``text``, in order (built once per
    text; the claim stages read it with :func:`list_line_at`: the one answer to "is this line
    an item of a list, and which colon leads that list").

    >>> [(text[l.body:l.end], l.lead) for text in ["By country:\\n\\n- A: 1\\n2) B: 2"]
    ...  for l in list_lines(text)]
    [('A: 1', (10, 11)), ('B: 2', (10, 11))]
    """
    out: list[ListLine] = []
    lead: tuple[int, int] | None = None
    for start, line in lines_at(text):
        end = start + len(line)
        item = _LIST_ITEM.match(line)
        if item is not None:
            out.append(ListLine(start, start + item.end(), end, lead))
        elif line.strip():  # a line of prose ends the list, or leads the next one
            colon = _LIST_LEAD.search(line)
            lead = (start + colon.start(), end) if colon else None
    return tuple(out)


@lru_cache(maxsize=ARTICLES_CACHED)
def _list_starts(text: str) -> tuple[int, ...]:
    return tuple(line.start for line in list_lines(text))


def list_line_at(text: str, pos: int) -> ListLine | None:
    """The list line (see :func:`list_lines`) that holds ``pos``, or None."""
    lines = list_lines(text)
    i = bisect_right(_list_starts(text), pos) - 1
    return lines[i] if i >= 0 and lines[i].start <= pos <= lines[i].end else None
