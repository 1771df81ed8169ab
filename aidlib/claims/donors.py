"""Donors and recipient: who gives the money of a figure and to whom.

The givers are the countries, unions, lenders and groups (``actors.yaml``) the figure's clause
names before it, nearest first: only those after the previous figure when there are any, so
that in "Sweden is paying $275 million, Norway 1.5 billion kroner" each figure has its own
giver; else the whole clause before it. A name inside a title ("UK Defence Secretary") is
not a giver, but a collective after it is ("EU leaders", "US lawmakers", "the Norwegian
government"); a place or destination ("a summit in Brussels", "deliveries to Poland") is not.
After the figure, a giver in a by-phrase or a from-phrase counts ("financed by Germany",
"€2 billion from the European Investment Bank", "primarily from the EU, Japan and Canada"),
with the names coordinated with it. The cue words are data: ``speakers_and_donors.yaml``.
The recipient is Ukraine when the sentence names it (or Kyiv, or a Ukrainian body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final

import yaml

from ..gazetteer import BUNDLED_DIR, load_gazetteer
from ..records import Claim
from ..text import Sentence
from .document import Document, Name, is_title
from .patterns import RECIPIENT

__all__ = ["CUES_FILE", "GIVER_TYPES", "cues", "find_donors", "find_recipient", "is_giver"]

CUES_FILE: Final = BUNDLED_DIR / "speakers_and_donors.yaml"
# Actor types that can give money (a "body" speaks, a medium reports; neither gives).
GIVER_TYPES: Final = ("country", "alliance", "group")
_RECIPIENT_NAME: Final = load_gazetteer().recipient.name  # the gazetteer's recipient
_LIST_GAP: Final = re.compile(r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?")


def _alternation(phrases: Any) -> str:
    ordered = sorted({str(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@dataclass(frozen=True)
class Cues:
    """The compiled cue words of ``speakers_and_donors.yaml``."""

    raw: dict[str, Any]
    collective_after: re.Pattern[str]  # "EU leaders", "the Norwegian government"
    place_before: re.Pattern[str]  # "in Brussels", "to Poland"
    giver_after: re.Pattern[str]  # "financed by", "from"


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, read once."""
    raw = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    return Cues(
        raw,
        re.compile(rf"(?:['’]s)?\s+(?:{_alternation(raw['collective_after'])})(?![\w-])",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{_alternation(raw['place_before'])})\s+(?:the\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{_alternation(raw['giver_after'])})\s+(?:the\s+)?$",
                   re.IGNORECASE),
    )


def is_giver(ctx: Document, m: Name, recipient: str | None) -> bool:
    """True where a name can be a giver: a country, union, lender or group, not the
    recipient, not inside a title (unless a collective follows), not a place."""
    if m.kind != "actor" or m.type not in GIVER_TYPES or m.name == recipient:
        return False
    text, c = ctx.text, cues()
    if is_title(text, m) and not c.collective_after.match(text, m.end):
        return False
    return not c.place_before.search(text[max(0, m.start - 16) : m.start])


def find_donors(ctx: Document, clause: tuple[int, int], before: tuple[int, int],
                after: tuple[int, int], recipient: str | None) -> tuple[str, ...]:
    """The givers of a figure: named before it (after the previous figure if any are
    there, else in the whole clause), plus by-/from-phrases after it."""
    near = {m.name for m in ctx.mentions_in(*before) if is_giver(ctx, m, recipient)}
    names = near or {m.name for m in ctx.mentions_in(clause[0], before[1])
                     if is_giver(ctx, m, recipient)}
    text, giver_after = ctx.text, cues().giver_after
    chain_end: int | None = None
    for m in ctx.mentions_in(*after):
        cued = giver_after.search(text[max(after[0], m.start - 50) : m.start])
        listed = chain_end is not None and _LIST_GAP.fullmatch(text[chain_end : m.start])
        if (cued or listed) and m.kind == "actor" and m.type in GIVER_TYPES and (
                m.name != recipient):
            names.add(m.name)
            chain_end = m.end
        else:
            chain_end = None
    return tuple(sorted(names))


def find_recipient(text: str, sent: Sentence) -> str | None:
    return _RECIPIENT_NAME if RECIPIENT.search(text, sent.start, sent.end) else None


# Kinds of money that are a flow of aid (guide v2: money that is not aid has no donors).
AID_KINDS: Final = frozenset({"pledged", "provided", "contracted", "requested"})


def _paragraph_start(text: str, pos: int) -> int:
    found = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:pos])]
    return found[-1] if found else 0


def donors_in_context(ctx: Document, claims: list[Claim]) -> list[Claim]:
    """Donors of a text's claims resolved in context (claims in text order):

    - money that is not aid (kind ``to_spend`` or ``other``) has no donors;
    - aid whose clause names no giver takes the giver of the aid figure before it when
      it continues that announcement (same paragraph, or the headline's for the first
      paragraph after it), else the country of the person who announced it.
    """
    import os
    mode = os.environ.get("R9A_MODE", "para")
    out: list[Claim] = []
    last: Claim | None = None
    headline: Claim | None = None
    for c in claims:
        if c.measure != "money":
            out.append(c)
            continue
        if c.kind not in AID_KINDS and os.environ.get("R9A_BLANK", "1") == "1":
            c = replace(c, donors=())
        elif not c.donors and not c.boilerplate and mode != "none" and (
                c.kind in AID_KINDS or os.environ.get("R9A_ANYKIND") == "1"):
            inherited = None
            if last is not None and (mode == "any" or _paragraph_start(ctx.text, last.start) == _paragraph_start(ctx.text, c.start)):
                inherited = last.donors
            elif headline is not None and mode == "para+head":
                inherited = headline.donors
            if inherited:
                c = replace(c, donors=inherited)
        if c.donors and (c.kind in AID_KINDS or os.environ.get("R9A_ANYKIND") == "1") and not c.boilerplate:
            if last is None and c.sentence_start == 0:
                headline = c
            last = c
        out.append(c)
    return out
