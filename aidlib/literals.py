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
from collections.abc import Iterable
from typing import Any

__all__ = ["alternation", "case_folded", "with_first_chars", "words_alternation"]

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
    '(?=[mt]|(?i:[s]))(?:(?=[mt])\\b(?:talks|met)\\b|(?=(?i:[s]))(?i:summit))'
    >>> with_first_chars(re.compile(r"\b(?:talks|met)\b|\bsummit")).pattern  # all at \b
    '(?=[mst])\\b(?:\\b(?:talks|met)\\b|\\bsummit)'
    >>> with_first_chars(re.compile(r"x?")).pattern  # may match "": as it is
    'x?'

    Each alternative of a pattern that is a list of them gets its own look-ahead too
    (where every one can be read), so that at a position the engine tries only those that
    can start there:

    >>> with_first_chars(re.compile(r"(?:talks|discussions)\b|met")).pattern
    '(?=[dmt])(?:(?=[dt])(?:talks|discussions)\\b|met)'
    """
    try:
        ahead = _ahead(pattern.pattern, pattern.flags)
        if ahead is None:
            return pattern
        end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a comment on the last line
        return re.compile(f"{ahead}(?:{_each_ahead(pattern)}{end}", pattern.flags)
    except (_Unknown, re.error, ValueError, TypeError, AttributeError):
        return pattern  # as it is: slower, never wrong


def _ahead(source: str, flags: int, word_start: bool = True) -> str | None:
    """The look-ahead for the characters a match of ``source`` can start with (None when
    it may match an empty string), then ``\\b`` where every match starts with it (and
    ``word_start``); raises _Unknown where it cannot tell."""
    items = list(sre_parse.parse(source, flags))
    chars, nullable = _first(items, bool(flags & re.IGNORECASE))
    if nullable or not chars:
        return None
    exact = "".join(sorted(c for c, folded in chars if not folded))
    folded = "".join(sorted(c for c, folded in chars if folded))
    parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    ahead = "(?=" + "|".join(parts) + ")"
    if word_start and _at_word_start(items):
        # every alternative starts with \b: checked once, before any of them is tried,
        # a position inside a word fails at once (most positions a letter lets through)
        ahead += r"\b"
    return ahead


def _each_ahead(pattern: re.Pattern[str]) -> str:
    """The source of ``pattern`` with each of its top-level alternatives behind its own
    look-ahead (:func:`_ahead`); as it is when it has one, or one cannot be read alone."""
    branches = _top_branches(pattern.pattern, bool(pattern.flags & re.VERBOSE))
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    if len(branches) < 2 or len(parsed) != 1 or parsed[0][0] is not sre.BRANCH or len(
            parsed[0][1][1]) != len(branches):  # (the parser's own reading: the same split)
        return pattern.pattern
    try:
        aheads = [_ahead(b, pattern.flags, word_start=False) for b in branches]
    except (_Unknown, re.error):  # a reference to a group of another alternative
        return pattern.pattern
    if any(a is None for a in aheads):
        return pattern.pattern
    # (an alternative opening on a plain character needs none: the engine checks that
    # character before it tries the rest, and a look-ahead would only slow it down)
    return "|".join(b if branch[0][0] is sre.LITERAL else f"{a}{b}"
                    for a, b, branch in zip(aheads, branches, parsed[0][1][1], strict=True))


def _top_branches(source: str, verbose: bool) -> list[str]:
    """``source`` cut at its top-level ``|`` (not inside a group, a class, an escape or,
    with ``verbose``, a comment)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            i += source.startswith("^", i)
            i += source.startswith("]", i)  # a first "]" is literal
            continue
        elif verbose and c == "#":  # a comment, to the end of its line
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return [*out, source[start:]]


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
