"""A prefilter before slow patterns, as RE2 and Hyperscan have: the words every match of a
pattern holds, and where a text holds none of them in the window a call would read, the
pattern is not run (it could not have matched).

Most rule patterns can only match where one of a few literal words occurs ("talks",
"summit", "respectively"). :func:`required_words` reads those words from the compiled
pattern (CPython's own parser): for an alternation, the union of its branches' words; for
a sequence, its best single necessary element; nothing (None: always run) where it cannot
tell. :func:`cued` puts a pattern behind that check (:class:`Cued`, the methods of
:class:`re.Pattern` that read a window, with the same answers).

Where the words are looked for, in the lower-cased window (the lower-cased article made
once): up to six words, each by ``str.find``; more, by the pattern's own cue regex (a trie
of its words behind a look-ahead for their first letters); a long window of a long text (a
sentence of many clauses, asked about at each one) by bisection in an index of the places
of the pattern's words in that text. Each check is exact: a skipped call is one whose
window holds none of the words every match holds.

A check costs 0.2-4 microseconds, about what a call that finds nothing costs a pattern
with first-character look-aheads (:mod:`aidlib.literals`): it pays in front of a slow
pattern or a block of work (the meeting words of a sentence), not in front of every
pattern; use it where replaying the calls says it does (README, "Where the time goes
now"). One scan of an article for the words of every cued pattern at once, with a
bisection per call, was measured slower than these checks and dropped.

>>> p = cued(re.compile(r"\\b(?:talks|meeting)\\s+in\\b", re.I))
>>> sorted(p.words), p.search("Talks in Geneva").group(), p.search("Nothing here") is None
(['meeting', 'talks'], 'Talks in', True)
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # (CPython's own parser)
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final

from .literals import alternation, with_first_chars

__all__ = ["Cued", "cued", "folded", "required_words"]


# --------------------------------------------------------------------------- the words


# Words too common to be a cue when a phrase has another: the most frequent words of
# English news copy (of at least three letters).
_COMMON: Final = frozenset({
    "the", "and", "was", "were", "are", "has", "have", "had", "been", "will", "would",
    "could", "with", "from", "for", "that", "this", "its", "their", "his", "her", "not",
    "but", "also", "into", "which", "who", "said"})
_MIN_CUE = 3  # a cue shorter than this ("in", "of") is in nearly every window: no filter
_MAX_PHRASES = 256  # the most phrases a run of a pattern is spelled out into


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""Lower-case words of which every match of ``pattern`` holds at least one, or None
    when no such set of words of at least three characters is found (look-arounds, classes
    and back-references count for nothing: the words are in the match itself).

    >>> sorted(required_words(re.compile(r"\b(?:talks|met\s+with)\b", re.I)))
    ['met', 'talks']
    >>> sorted(required_words(re.compile(r"(?:is|was|were)\s+due|talks", re.I)))
    ['due', 'talks']
    >>> sorted(required_words(re.compile(r"fl(?:ew|ies)\s+to|[Ss]ummits?")))
    ['flew', 'flies', 'summit']
    >>> required_words(re.compile(r"\d+ (?:in|at)")) is None
    True
    """
    try:
        words = _required(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except (re.error, ValueError, TypeError, AttributeError, RecursionError):
        return None
    return words if words and min(map(_letters, words)) >= _MIN_CUE else None


def _letters(word: str) -> int:
    """How much of a cue ``word`` is not space (" in" is as common as "in")."""
    return len(word) - word.count(" ")


def _required(items: list[Any]) -> frozenset[str] | None:
    """The best set of words one of which every match of the sequence ``items`` holds:
    the set whose shortest word is longest (then the smallest set); None if none."""
    candidates: list[frozenset[str]] = []
    run: list[frozenset[str]] = []  # what each item of a run of spelled-out items matches

    def close_run() -> None:
        if run:
            spelled = _product(run)
            words = _words(spelled) if spelled is not None else None
            if words is not None:
                candidates.append(words)
            else:  # too many, or one may be empty: each item alone
                candidates.extend(w for part in run if (w := _words(part)) is not None)
        run.clear()

    for op, av in items:
        exact = _spelled(op, av)
        if exact is not None:
            run.append(exact)
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            found = _required(list(av))
        elif op is sre.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*(b for b in branches if b is not None))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            candidates.append(found)
    close_run()
    return max(candidates, key=lambda ws: (min(map(_letters, ws)), -len(ws)), default=None)


_GAP = "\x00"  # spells "\s+": :func:`_words` cuts a phrase there, as at any non-ASCII


def _spelled(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the item ``(op, av)`` of a parsed pattern can match, when it is a short
    finite list (a literal, a class of literals, an optional or alternative of those);
    zero-width items match ""; whitespace (``\\s+``) is spelled :data:`_GAP`; None
    otherwise."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""})
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= 4:
        return frozenset(chr(value) for _, value in av)
    if op is sre.SUBPATTERN:
        return _spelled_seq(list(av[3]))
    if op is sre.BRANCH:
        branches = [_spelled_seq(list(b)) for b in av[1]]
        if all(b is not None for b in branches) and sum(
                len(b) for b in branches if b is not None) <= _MAX_PHRASES:
            return frozenset().union(*(b for b in branches if b is not None))
        return None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and list(
            av[2]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
        return frozenset({_GAP})  # "\s+" between the words of a phrase (a trie's too)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] == 1:
        body = _spelled_seq(list(av[2]))
        if body is not None:
            return body | {""} if av[0] == 0 else body
    return None


def _spelled_seq(items: list[Any]) -> frozenset[str] | None:
    parts = [_spelled(op, av) for op, av in items]
    if any(p is None for p in parts):
        return None
    return _product([p for p in parts if p is not None])


def _product(parts: list[frozenset[str]]) -> frozenset[str] | None:
    """Every concatenation of one string of each part, or None when more than
    :data:`_MAX_PHRASES`."""
    out = frozenset({""})
    for part in parts:
        if len(out) * len(part) > _MAX_PHRASES:
            return None
        out = frozenset(a + b for a in out for b in part)
    return out


def _words(spelled: frozenset[str]) -> frozenset[str] | None:
    """The cue words of a run's strings: each lower-cased, cut to its longest piece of
    printable ASCII; None when one of them has none (it may match "" or only symbols)."""
    words = set()
    for phrase in spelled:
        # its longest word, unless that is one of the commonest words of English and
        # another is not ("due" of "was due"): nearly every sentence holds "was"
        word = max(re.split(r"[^\x20-\x7e]", phrase.lower()),
                   key=lambda w: (w not in _COMMON, len(w)))
        if not word.strip():
            return None
        words.add(word)
    # a word holding another is found whenever that one is: keep the shorter
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


# Characters outside ASCII that re.IGNORECASE reads as an ASCII letter, and that lower() does
# not turn into it (U+212A, the Kelvin sign, lowers to "k" by itself).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_CACHED_FROM = 512  # texts at least this long (articles) are folded once, not at every call


def folded(text: str) -> str:
    """``text`` lower-cased as re.IGNORECASE reads an ASCII letter, one character for one
    (so positions stay the same).

    >>> folded("KYIV Summit \u0130stanbul")
    'kyiv summit istanbul'
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


@lru_cache(maxsize=8)
def _folded_text(text: str) -> str:
    return folded(text)


_INDEXED_FROM = 2_000  # windows at least this long are checked in an index of the cues
_FIND_UP_TO = 6  # patterns of at most this many cue words look for each with str.find


@lru_cache(maxsize=64)
def _cue_index(text: str, cue: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Where every cue word of ``cue`` starts in ``text`` (overlaps included: no cue word
    holds another, so one starts at a place at most), and for each, the nearest end of a
    cue word starting there or later: a window holds a cue word when the first one starting
    in it ends in it."""
    spotted = re.compile(f"(?=({cue.pattern}))")
    found = [(m.start(), m.end(1)) for m in spotted.finditer(_folded_text(text))]
    starts = [a for a, _ in found]
    first_end = [b for _, b in found]
    for k in range(len(first_end) - 2, -1, -1):
        first_end[k] = min(first_end[k], first_end[k + 1])
    return starts, first_end


class Cued:
    """A compiled pattern behind a check for the words every match of it holds
    (:func:`required_words`): where none of them is in the text searched, the pattern is
    not run. The same matches as the pattern, for the methods below (which take the
    arguments of :class:`re.Pattern`'s); the cue words are found by one plain regex on the
    lower-cased text, much faster than a pattern of many look-arounds and alternatives.

    >>> p = cued(re.compile(r"\\b(?:talks|meeting)\\s+in\\b", re.I))
    >>> p.search("Talks in Geneva").group(), p.search("Nothing here") is None
    ('Talks in', True)
    """

    def __init__(self, regex: re.Pattern[str], words: frozenset[str] | None) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groupindex = regex.groupindex
        self.groups = regex.groups
        self.words = words
        self._cue = with_first_chars(re.compile(alternation(words, case_sensitive=True))
                                     ) if words else None
        # up to this many words, str.find of each costs less than the cue regex, which
        # tries every position its look-ahead lets through (most, for many words)
        self._few = tuple(sorted(words)) if words and len(words) <= _FIND_UP_TO else ()

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when ``string[pos:endpos]`` holds none of the cue words."""
        if self._cue is None:
            return True
        pos, endpos = max(pos, 0), max(min(endpos, len(string)), 0)  # as re reads them
        text = folded(string) if len(string) < _CACHED_FROM else _folded_text(string)
        if endpos - pos < _INDEXED_FROM or endpos - pos == len(string):
            if self._few:  # a few words: looked for one by one, with no regex and no copy
                find = text.find
                return any(find(word, pos, endpos) >= 0 for word in self._few)
            return self._cue.search(text, pos, endpos) is not None
        # a long window inside a text (a sentence of many clauses, asked about at each one):
        # by bisection in an index of the text's cues
        starts, first_end = _cue_index(string, self._cue)
        i = bisect_left(starts, pos)
        return i < len(starts) and first_end[i] <= endpos

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize
               ) -> re.Match[str] | None:
        return self.regex.search(string, pos, endpos) if self.may_match(
            string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize
              ) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos) if self.may_match(
            string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                  ) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos) if self.may_match(
            string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        return self.regex.finditer(string, pos, endpos) if self.may_match(
            string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.regex.findall(string, pos, endpos) if self.may_match(
            string, pos, endpos) else []

    def __repr__(self) -> str:
        return f"cued({self.regex!r})"


def cued(regex: re.Pattern[str]) -> Cued:
    """``regex`` behind a check for its cue words (:class:`Cued`); a pattern with no cue
    words found is run on every text, as it is."""
    return Cued(regex, required_words(regex))
