"""An independent check of the money parser: money-looking text that no mention covers.

:func:`audit_money` scans text broadly and on its own terms (not with the parser's patterns):
every currency sign (any Unicode "Sc" character: ``$``, ``€``, ``₦``, ``₿`` ...), every
ISO 4217 code and every prefix symbol of the lexicon next to a number, and every currency
name (CLDR names, ambiguous names, slang) right after a number or scale word. A hit that no
mention of :func:`~aidlib.money.find_money` overlaps, parsed or rejected, is returned: the
promise "nothing that looks like money is dropped silently" is then checkable on any text.

It reads the text as a reader sees it, as the parser does: invisible characters and HTML
markup do not hide a figure from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from . import lexicon as lx
from .money import MoneyMention, _visible, find_money, rate_quote, weighed_before

__all__ = ["Uncovered", "audit_money"]

_SPACE: Final = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, as thousands groups use it
_GAP: Final = rf"{_SPACE}{{0,2}}(?:\n{_SPACE}{{0,2}})?"  # a little space, perhaps a line break

# Scale words that stand alone ("k", "m", "b" count only glued to digits: "$300m").
_SCALES: Final = sorted(set(lx.SCALE_WORDS) - lx.ATTACHED_SCALES)

# A number, or a scale word standing for one: digits, English number words, scale words.
_NUMBER_WORDS: Final = sorted([*lx.NUMBER_WORDS, *lx.MULTIPLIER_WORDS], key=len, reverse=True)
_NUMBER: Final = (
    r"(?:\.?\d|[\u00bc-\u00be\u2150-\u215e]"  # any script's digits, ".5", "½"
    rf"|(?i:\b(?:{'|'.join(_NUMBER_WORDS)})\b)"
    rf"|(?i:\b(?:{'|'.join(sorted(map(re.escape, _SCALES), key=len, reverse=True))})\b)"
    r"|(?i:\b(?:thousands|millions|billions|trillions|half)\b))"
)

# Signs and codes: next to a number on either side ("$5", "5 $", "EUR 5", "5 EUR").
_SIGN_OR_CODE: Final = (
    "(?:"
    + "|".join(sorted(map(re.escape, lx.PREFIX_SYMBOLS), key=len, reverse=True))
    + rf"|[{re.escape(lx.CURRENCY_SIGNS)}]"
    + r"|(?<![A-Za-z])(?:[Kk]r|Rs)\.?(?![A-Za-z])"
    + rf"|(?<![A-Za-z])(?!(?:{'|'.join(sorted(lx.WORDLIKE_CODES | lx.CAPITAL_WORDS))})\b)"
    + rf"(?:{'|'.join(sorted(lx.ISO_4217_CODES))})(?![A-Za-z])"
    + ")"
)

# Currency names: after a number or scale word ("5 euros", "billions of dollars", "5-dollar").
_NAMES: Final = sorted(
    {*lx.CURRENCY_NAMES, *lx.AMBIGUOUS_CURRENCIES}, key=len, reverse=True
)
_NAME_ALT: Final = "|".join(re.escape(n).replace("\\ ", _SPACE + "+") for n in _NAMES)
_NAME: Final = rf"(?i:(?<!\w)(?:{_NAME_ALT})(?!\w))"

_SIGN_RE: Final = re.compile(
    rf"""
    (?P<before>{_SIGN_OR_CODE}){_GAP}                  # "$", "EUR ", then a number:
    (?:[-\u2212+]?{_SPACE}{{0,2}}[0-9]|{_NUMBER})     # "5", "-5", "billion"
  | {_NUMBER}(?:[0-9.,]*[0-9])?{_GAP}(?P<after>{_SIGN_OR_CODE})   # "5 €", "5 EUR"
    """,
    re.VERBOSE,
)
_NAME_RE: Final = re.compile(
    rf"""
    {_NUMBER}(?:[0-9.,]*[0-9])?                       # "5", "billion", then a gap:
    (?:{_SPACE}+|{_SPACE}*\n{_SPACE}*|-)(?:(?i:of){_SPACE}+)?   # " ", "\n", "-", " of "
    (?!(?i:pounds?{_SPACE}+of)\b)                          # "500 pounds of explosives": weight
    (?P<name>{_NAME})
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Uncovered:
    """A currency sign, code or name next to a number that no mention covers."""

    start: int
    end: int
    surface: str  # text[start:end], the marker as written
    context: str  # a few characters around it, to read the hit in place


def _hits(text: str) -> list[tuple[int, int]]:
    """(start, end) of every money marker next to a number, in the text as given."""
    spans: list[tuple[int, int]] = []
    for m in _SIGN_RE.finditer(text):
        group = "before" if m["before"] is not None else "after"
        if group == "before" and rate_quote(text, m.start(group), _number_end(text, m.end())):
            continue  # "EUR/USD 1.08": an exchange rate, no amount
        spans.append(m.span(group))
    for m in _NAME_RE.finditer(text):
        if _weight(text, m.start("name"), m.end("name"), m.start()):
            continue
        spans.append(m.span("name"))
    return sorted(set(spans))


def _number_end(text: str, pos: int) -> int:
    """The end of the number (digits, "." and ",") that starts at or runs through ``pos``."""
    while pos < len(text) and (text[pos].isdigit() or text[pos] in ".,") and not (
            text[pos] in ".," and not text[pos + 1 : pos + 2].isdigit()):
        pos += 1
    return pos


def _weight(text: str, start: int, end: int, number: int) -> bool:
    """True for "pound" as a weight: "a 2,000-pound bomb", "500 pounds of explosives",
    "weighing about 2,000 pounds" (the number starting at ``number``)."""
    word = text[start:end].lower()
    if not word.startswith("pound"):
        return False
    if weighed_before(text, number):
        return True
    return text[max(0, start - 1) : start] == "-" or bool(
        re.match(rf"{_SPACE}+of\b", text[end : end + 5], re.IGNORECASE)
    )


def audit_money(
    text: str, mentions: Sequence[MoneyMention] | None = None
) -> list[Uncovered]:
    """Money markers next to a number that no mention (parsed or rejected) overlaps.

    ``mentions`` defaults to ``find_money(text)``. An empty list means every money-looking
    thing in the text was either read or rejected with a reason.

    >>> audit_money("Kyiv got €21 billion, 5 euros and Rs 500 crore.")
    []
    >>> [u.surface for u in audit_money("They gave €5 billion.", mentions=[])]
    ['€']
    """
    found = find_money(text) if mentions is None else mentions
    spans = [(m.start, m.end) for m in found]
    visible = _visible(text)
    out: list[Uncovered] = []
    for v_start, v_end in _hits(visible.text):
        start, end = visible.raw_start(v_start), visible.raw_end(v_end)
        if any(s <= end and start <= e for s, e in spans):
            continue  # read, rejected, or glued to a figure that was ("$2022$")
        context = text[max(0, start - 20) : end + 20]
        out.append(Uncovered(start, end, text[start:end], context))
    return out
