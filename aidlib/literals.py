"""Regex rewrites that change no match, only speed: alternations of literal phrases (names,
cue words) written as a trie, and a look-ahead for the characters a match can start with.

``alternation(["Kyiv Post", "Kyiv", "Kharkiv"])`` matches what ``Kyiv Post|Kharkiv|Kyiv``
(longest first) matches, but as ``K(?:yiv(?:\\ Post)?|harkiv)``: the regex engine reads each
character once instead of trying every phrase in turn, which made long lists of names the
slowest part of some patterns.

Why the two are the same: at a given position the text decides which branch of the trie
can go on, so the only choice left is where the phrase ends, and the trie tries the longer
ending first, as the longest-first list does, backtracking to a shorter one when the rest
of the pattern fails. Under ``re.IGNORECASE`` this holds while no two sibling characters
match the same characters (the same letter in another case, or one the engine folds
together with it: "s" and "ſ", "k" and the Kelvin sign; see ``_case_class``); otherwise
the plain longest-first list is returned (unless the caller says the pattern is
case-sensitive).

>>> alternation(["Kyiv Post", "Kyiv", "Kharkiv"])
'K(?:harkiv|yiv(?:\\\\ Post)?)'
>>> alternation(["NATO", "nato"])  # same letter in another case: the plain list
'NATO|nato'
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine's own lower case (_case_class)
import re
import re._casefix as sre_casefix  # type: ignore[import-not-found]  # for _case_class
import re._constants as sre  # type: ignore[import-not-found]  # for with_first_chars
import re._parser as sre_parse  # type: ignore[import-not-found]  # (CPython's own parser)
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Final

__all__ = ["Cued", "alternation", "case_folded", "cued", "folded", "required_words",
           "with_first_chars", "words_alternation"]

_Trie = dict[str, "_Trie"]
_END = ""  # the key marking that a phrase ends at a node


def alternation(phrases: Iterable[str], *, case_sensitive: bool = False,
                ignore_case: bool = False, space: str | None = None) -> str:
    """A regex matching what the alternation of ``phrases``, longest first, matches.
    ``case_sensitive``: the caller promises the regex is matched without re.IGNORECASE
    (inline flags included), so phrases that differ only in case still make a trie.
    ``ignore_case``: the caller promises the regex is matched with re.IGNORECASE, so each
    phrase is written in the one case the engine reads it in (:func:`case_folded`), and
    phrases that differ only in case ("Ukraine", "ukraine") make one trie too.
    ``space``: a regex of whitespace only (such as ``\\s+``) written between the words of
    each phrase instead of the space(s) in it; the trie stays exact, as no other character
    of a phrase can match where it does.

    >>> re.fullmatch(alternation(["a b", "a", "ab"]), "a b") is not None
    True
    >>> alternation(["NATO", "nato"], case_sensitive=True)
    '(?:NATO|nato)'
    >>> alternation(["military aid", "military"], space=r"\\s+")
    'military(?:\\\\s+aid)?'
    >>> alternation(["Ukraine", "ukrainian"], ignore_case=True)
    'ukrain(?:e|ian)'
    """
    if ignore_case:
        phrases = {case_folded(p) for p in phrases}
    if space is not None:
        phrases = {" ".join(p.split()) for p in phrases}
    words = sorted(set(phrases), key=lambda w: (-len(w), w))
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not case_sensitive and _case_twins(trie):
        if space is not None:
            return "|".join(space.join(re.escape(x) for x in w.split()) for w in words)
        return "|".join(re.escape(w) for w in words)
    return _pattern(trie, space)


def case_folded(phrase: str) -> str:
    """``phrase`` with each character written as the one the regex engine reads it as under
    re.IGNORECASE (:func:`_case_class`): in a pattern with that flag, the same matches.

    >>> case_folded("Verkhovna Rada's")
    "verkhovna rada's"
    """
    return "".join(chr(_case_class(c)) for c in phrase)


def words_alternation(phrases: Iterable[object], *, ignore_case: bool = False) -> str:
    """:func:`alternation` of the phrases (as strings; YAML gives numbers too) with any
    whitespace between their words: the one spelling of a cue list read from a data file.
    ``ignore_case`` as for :func:`alternation`.

    >>> re.fullmatch(words_alternation(["aid package", "aid"]), "aid   package") is not None
    True
    """
    return alternation({str(p) for p in phrases}, space=r"\s+", ignore_case=ignore_case)



def _case_class(ch: str) -> int:
    """The characters ``ch`` matches under re.IGNORECASE, as one number (the least lower
    case among them) worked out as the regex engine does: its one-character lower case of
    each, and its table of the characters it folds together beyond that ("ı" with "i").

    >>> _case_class("É") == _case_class("é") != _case_class("e")
    True
    >>> _case_class("\u017f") == _case_class("S"), _case_class("\u212a") == _case_class("k")
    (True, True)
    """
    low: int = _sre.unicode_tolower(ord(ch))
    extra: tuple[int, ...] = sre_casefix._EXTRA_CASES.get(low, ())
    return min((low, *extra))


def _case_twins(node: _Trie) -> bool:
    """True when two children of a node match the same characters under re.IGNORECASE."""
    keys = [k for k in node if k]
    return len({_case_class(k) for k in keys}) < len(keys) or any(
        _case_twins(child) for child in node.values())


def _pattern(node: _Trie, space: str | None = None) -> str:
    """The regex of a node: its children (sorted: one order for every run), then, if a
    phrase ends here, nothing (an optional group tries the longer phrases first); a space
    written as ``space`` when given."""
    kids = sorted(k for k in node if k)
    if not kids:
        return ""
    parts = [(space if k == " " and space is not None else re.escape(k))
             + _pattern(node[k], space) for k in kids]
    if len(parts) == 1 and _END not in node:
        return parts[0]
    body = "(?:" + "|".join(parts) + ")"
    return body + "?" if _END in node else body


class _Unknown(Exception):
    """A pattern whose first characters are not worked out here (``.``, ``[^...]``, ...)."""


_CLASSES: dict[Any, str] = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w",
                            sre.CATEGORY_SPACE: r"\s"}


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` behind a look-ahead for the characters its matches can start with.

    The same matches: the look-ahead lets through every character a match can start with
    (more, never fewer: look-arounds at the start are skipped, and a character read
    case-insensitively is let through case-insensitively), so the engine skips the other
    positions at once instead of trying every branch there. A pattern this cannot read (one
    that can match an empty string, or start with ``.`` or ``[^...]``) is returned as it is.

    >>> with_first_chars(re.compile(r"\b(?:talks|met)\b|(?i:summit)")).pattern
    '(?=[mt]|(?i:[s]))(?:\\b(?:talks|met)\\b|(?i:summit))'
    >>> with_first_chars(re.compile(r"\b(?:talks|met)\b|\bsummit")).pattern  # all at \b
    '(?=[mst])\\b(?:\\b(?:talks|met)\\b|\\bsummit)'
    >>> with_first_chars(re.compile(r"x?")).pattern  # may match "": as it is
    'x?'
    """
    try:
        icase = bool(pattern.flags & re.IGNORECASE)
        chars, nullable = _first(list(sre_parse.parse(pattern.pattern, pattern.flags)), icase)
        if nullable or not chars:
            return pattern
        exact = "".join(sorted(c for c, folded in chars if not folded))
        folded = "".join(sorted(c for c, folded in chars if folded))
        parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
        ahead = "(?=" + "|".join(parts) + ")"
        if _at_word_start(list(sre_parse.parse(pattern.pattern, pattern.flags))):
            # every alternative starts with \b: checked once, before any of them is tried,
            # a position inside a word fails at once (most positions a letter lets through)
            ahead += r"\b"
        end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a comment on the last line
        return re.compile(f"{ahead}(?:{pattern.pattern}{end}", pattern.flags)
    except (_Unknown, re.error, ValueError, TypeError, AttributeError):
        return pattern  # as it is: slower, never wrong


_Chars = set[tuple[str, bool]]  # class items, and whether each is read ignoring case
# Flags that change what \b means: a subpattern setting or clearing one is not read.
_WORD_FLAGS = sre.SRE_FLAG_ASCII | sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_UNICODE


def _at_word_start(items: list[Any]) -> bool:
    """True when every match of the sequence ``items`` starts with ``\b`` (perhaps after
    other zero-width checks, whose order among themselves does not matter)."""
    for op, av in items:
        if op is sre.AT:
            if av is sre.AT_BOUNDARY:
                return True
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            _, add, remove, inner = av
            return not (add | remove) & _WORD_FLAGS and _at_word_start(list(inner))
        if op is sre.BRANCH:
            return all(_at_word_start(list(branch)) for branch in av[1])
        return False
    return False


def _first(items: list[Any], icase: bool) -> tuple[_Chars, bool]:
    """(class items a match of the sequence ``items`` can start with, whether it can be
    empty), from the parsed pattern; ``icase``: read ignoring case here."""
    out: _Chars = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {(re.escape(chr(av)), icase)}, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add((re.escape(chr(value)), icase))
                elif kind is sre.RANGE:
                    out.add((re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])), icase))
                elif kind is sre.CATEGORY and value in _CLASSES:
                    out.add((_CLASSES[value], False))
                else:
                    raise _Unknown(kind)
            return out, False
        if op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _first(list(branch), icase)
                out |= chars
                nullable |= empty
        elif op is sre.SUBPATTERN:
            _, add, remove, inner = av
            inner_icase = (icase or bool(add & sre.SRE_FLAG_IGNORECASE)) and not (
                remove & sre.SRE_FLAG_IGNORECASE)
            chars, nullable = _first(list(inner), inner_icase)
            out |= chars
        elif op is sre.ATOMIC_GROUP:
            chars, nullable = _first(list(av), icase)
            out |= chars
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            chars, empty = _first(list(av[2]), icase)
            out |= chars
            nullable = empty or av[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: what follows starts the match
        else:
            raise _Unknown(op)
        if not nullable:
            return out, False
    return out, True


# --------------------------------------------------------------------------- cue words


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

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when ``string[pos:endpos]`` holds none of the cue words."""
        if self._cue is None:
            return True
        if len(string) < _CACHED_FROM:
            return self._cue.search(folded(string), pos, endpos) is not None
        pos, endpos = max(pos, 0), min(endpos, len(string))
        if endpos - pos < _INDEXED_FROM or endpos - pos == len(string):
            return self._cue.search(_folded_text(string), pos, endpos) is not None
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
