"""Regex rewrites that change no match, only speed: alternations of literal phrases (names,
cue words) written as a trie, and a look-ahead for the characters a match can start with.

``alternation(["Kyiv Post", "Kyiv", "Kharkiv"])`` matches what ``Kyiv Post|Kharkiv|Kyiv``
(longest first) matches, but as ``K(?:yiv(?:\\ Post)?|harkiv)``: the regex engine reads each
character once instead of trying every phrase in turn, which made long lists of names the
slowest part of some patterns.

Why the two are the same: at a given position the text decides which branch of the trie
can go on, so the only choice left is where the phrase ends, and the trie tries the longer
ending first, as the longest-first list does, backtracking to a shorter one when the rest
of the pattern fails. Under ``re.IGNORECASE`` this holds while no two sibling characters are
the same letter in another case, and while no phrase holds a letter with cases outside
ASCII ("é"); otherwise the plain longest-first list is returned (unless the caller says
the pattern is case-sensitive).

>>> alternation(["Kyiv Post", "Kyiv", "Kharkiv"])
'K(?:harkiv|yiv(?:\\\\ Post)?)'
>>> alternation(["NATO", "nato"])  # same letter in another case: the plain list
'NATO|nato'
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # for with_first_chars
import re._parser as sre_parse  # type: ignore[import-not-found]  # (CPython's own parser)
from collections.abc import Iterable
from typing import Any

__all__ = ["alternation", "with_first_chars"]

_Trie = dict[str, "_Trie"]
_END = ""  # the key marking that a phrase ends at a node


def alternation(phrases: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A regex matching what the alternation of ``phrases``, longest first, matches.
    ``case_sensitive``: the caller promises the regex is matched without re.IGNORECASE
    (inline flags included), so phrases that differ only in case still make a trie.

    >>> re.fullmatch(alternation(["a b", "a", "ab"]), "a b") is not None
    True
    >>> alternation(["NATO", "nato"], case_sensitive=True)
    '(?:NATO|nato)'
    """
    words = sorted(set(phrases), key=lambda w: (-len(w), w))
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not case_sensitive and (any(_cased_beyond_ascii(w) for w in words) or _case_twins(trie)):
        return "|".join(re.escape(w) for w in words)
    return _pattern(trie)


def _cased_beyond_ascii(word: str) -> bool:
    """True when ``word`` holds a letter outside ASCII that has cases ("É"), whose matches
    under re.IGNORECASE are not checked here."""
    return not word.isascii() and any(c.lower() != c.upper() for c in word if not c.isascii())


def _case_twins(node: _Trie) -> bool:
    """True when two children of a node are the same letter in two cases."""
    keys = [k for k in node if k]
    return len({k.lower() for k in keys}) < len(keys) or any(
        _case_twins(child) for child in node.values())


def _pattern(node: _Trie) -> str:
    """The regex of a node: its children (sorted: one order for every run), then, if a
    phrase ends here, nothing (an optional group tries the longer phrases first)."""
    kids = sorted(k for k in node if k)
    if not kids:
        return ""
    parts = [re.escape(k) + _pattern(node[k]) for k in kids]
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
        end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a comment on the last line
        return re.compile(f"{ahead}(?:{pattern.pattern}{end}", pattern.flags)
    except (_Unknown, re.error, ValueError, TypeError, AttributeError):
        return pattern  # as it is: slower, never wrong


_Chars = set[tuple[str, bool]]  # class items, and whether each is read ignoring case


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
