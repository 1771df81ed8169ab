"""Figures, nesting and pairs: the money figures (:mod:`aidlib.money`) and counts of an
article, the unit a count counts, and figures that belong together (one figure in two
currencies).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .. import claim_rules as R
from ..mentions import mention_id
from ..money import MoneyMention, find_money, pair_numbers
from ..text import sentence_at
from .document import Document, Figure, clause_of
from .patterns import COUNT, COUNT_EVENT, COUNT_QUALIFIER, EVENT_OF, EVENTS_FOR

# --------------------------------------------------------------------------- figures


def money_figures(text: str, source_id: str, dollar: str = "USD") -> list[Figure]:
    found = find_money(text, dollar=dollar)
    pair_of = pair_numbers(text, found)
    return [_money_figure(m, k, source_id, pair_of.get(k)) for k, m in enumerate(found)]


def _f(x: Any) -> float | None:
    return None if x is None else float(x)


def _money_figure(m: MoneyMention, k: int, source_id: str, pair: int | None) -> Figure:
    return Figure(
        start=m.start, end=m.end, surface=m.surface, measure="money", unit=m.currency,
        value=_f(m.value), low=_f(m.low), high=_f(m.high), qualifier=m.qualifier,
        vague=m.vague, status="parsed" if m.parsed else "rejected",
        reason=m.reason, mention_id=mention_id(source_id, k), pair=pair,
    )


def count_figures(ctx: Document, money: Sequence[Figure]) -> list[Figure]:
    """Counts of drones, people killed or injured, plan points, countries (hand-written:
    quantulum3 reads "111" but not what is counted or what happened to it)."""
    text = ctx.text
    taken = [(f.start, f.end) for f in money]
    out: list[Figure] = []
    for m in COUNT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        num = " ".join(m.group("num").lower().split())
        mods = (m.group("mods") or "").lower().split()
        if num == "one" and mods[:1] == ["of"]:
            continue  # "one of its largest drone attacks": one among many, not a count
        if mods[:1] and mods[0] in R.COUNT_MODIFIER_BREAKS:
            continue  # "in 2023 for developing countries": the number ends its own phrase
        vague = dict(R.VAGUE_COUNTS).get(num)
        if m.group("point"):
            base = "points"
        else:
            noun = m.group("noun").lower()
            if noun in R.COUNT_ANAPHORS and noun not in R.COUNT_NOUNS:
                prev = [f for f in out if f.base and f.end <= m.start()]
                sent = sentence_at(text, m.start())
                if not prev or prev[-1].start < sent.start:
                    continue
                base = prev[-1].base
            else:
                base = R.COUNT_NOUNS[noun]
        if vague:
            low, high, value = float(vague[0]), float(vague[1]), None
        else:
            n = int(num.replace(",", "")) if num[0].isdigit() else R.NUMBER_WORDS[num]
            low = high = value = float(n)
        qual = COUNT_QUALIFIER.get(" ".join((m.group("qual") or "").lower().split()), "exact")
        if vague:
            qual = "vague"
        start = m.start("num") if not m.group("qual") else m.start()
        out.append(Figure(start=start, end=m.end(), surface=text[start : m.end()],
                           measure="count", unit=None, value=value, low=low, high=high,
                           qualifier=qual, vague=bool(vague), base=base))
    return [f for f in (_count_unit(ctx, f) for f in out) if f is not None]


def _count_unit(ctx: Document, f: Figure) -> Figure | None:
    """The unit of a count: what is counted and what happened to it (nearest cue)."""
    if f.base in ("points", "countries", "casualties"):
        return replace(f, unit=f.base)
    sent = sentence_at(ctx.text, f.start)
    lo, hi = clause_of(ctx.text, sent, f.start)
    allowed = EVENTS_FOR.get(f.base, ())
    best: tuple[int, str] | None = None
    for c in COUNT_EVENT.finditer(ctx.text, max(lo, f.start - 60), min(hi, f.end + 40)):
        event = EVENT_OF[" ".join(c.group().lower().split())]
        if event not in allowed:
            continue
        dist = f.start - c.end() if c.end() <= f.start else c.start() - f.end
        if best is None or dist < best[0]:
            best = (dist, event)
    if best:
        return replace(f, unit=f"{f.base}_{best[1]}", event=best[1])
    if f.base in ("drones", "missiles"):
        return replace(f, unit=f.base)  # supplied as aid: its kind says so
    return None


# --------------------------------------------------------------------------- claims


def figure_groups(figures: Sequence[Figure]) -> list[list[int]]:
    """Indices of figures grouped so a currency pair ("€21 billion ($24 billion)") is one."""
    groups: list[list[int]] = []
    for i, f in enumerate(figures):
        if groups and f.pair is not None and figures[groups[-1][0]].pair == f.pair:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
