"""Donors and recipient: who gives the money of a figure (actors named in its clause) and
to whom (the recipient named in its sentence).
"""

from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from ..text import Sentence
from .document import Document, is_title
from .patterns import RECIPIENT

_RECIPIENT_NAME = load_gazetteer().recipient.name  # the gazetteer's recipient


def find_donors(ctx: Document, clause: tuple[int, int], before: tuple[int, int],
            after: tuple[int, int], recipient: str | None) -> tuple[str, ...]:
    """Countries, alliances and groups named before the figure in its clause (not as part
    of a title, not the recipient), plus "from X" after it."""
    names: set[str] = set()
    for m in ctx.mentions_in(clause[0], before[1]):
        if m.kind == "actor" and m.type in ("country", "alliance", "group") and not is_title(
            ctx.text, m
        ) and m.name != recipient:
            names.add(m.name)
    for m in ctx.mentions_in(*after):
        if m.kind == "actor" and m.type in ("country", "alliance", "group") and re.search(
            r"\bfrom\s+(?:the\s+)?$", ctx.text[max(after[0], m.start - 12) : m.start]
        ):
            names.add(m.name)
    return tuple(sorted(names))


def find_recipient(text: str, sent: Sentence) -> str | None:
    return _RECIPIENT_NAME if RECIPIENT.search(text, sent.start, sent.end) else None
