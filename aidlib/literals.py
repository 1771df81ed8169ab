"""Regex alternations of literal phrases (names, cue words), written as a trie.

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
from collections.abc import Iterable

__all__ = ["alternation"]

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
