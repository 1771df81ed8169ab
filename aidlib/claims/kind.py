"""Cues: what kind of money a figure is (pledged, provided, contracted, to_spend,
requested, other) and its category (military, financial, humanitarian, total, other).
"""

from __future__ import annotations

import re

from .. import claim_rules as R
from .patterns import (
    CATEGORY_ANY,
    CATEGORY_OF,
    FUTURE_BEFORE,
    KIND_ANY,
    KIND_OF,
    KIND_WEAK,
    PASSIVE,
    PROGRESSIVE_BEFORE,
    PURPOSE,
)

# --------------------------------------------------------------------------- kind, scope ...


def find_kind(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Kind from cue words, read as the verb governing the figure's clause.

    A passive after the figure ("$X has been delivered") wins; else the nearest cue before
    it (a cue noun such as "package" only when no other cue stands before it); else a weak
    verb before it ("announced") over a purpose infinitive after it ("to buy"); else the
    first cue after it; else any weak cue. A delivery verb after a future or infinitive
    marker ("will lend", "is giving", "$X will be sent") is a promise.
    """
    passive = PASSIVE.match(text, after[0], after[1])
    if passive:
        kind = KIND_OF[" ".join(passive.group("cue").lower().split())]
        future = passive.group("aux").lower().split()[0] in R.KIND_FUTURE_MARKERS
        return "pledged" if future and kind == "provided" else kind
    cues_before = list(KIND_ANY.finditer(text, *before))
    verbs_before = [m for m in cues_before if _cue_key(m) not in R.KIND_NOUN_CUES]
    if verbs_before or cues_before:
        return _cue_kind(text, (verbs_before or cues_before)[-1])
    weak_before = [m for m in KIND_WEAK.finditer(text, *before)
                   if m.group().lower() in R.KIND_WEAK_VERBS]
    first_after = KIND_ANY.search(text, *after)
    if first_after and not (weak_before and PURPOSE.match(first_after.group())):
        return _cue_kind(text, first_after)
    weak = list(KIND_WEAK.finditer(text, *before)) or list(KIND_WEAK.finditer(text, *after))
    if weak:
        return R.KIND_WEAK_CUES[weak[-1].group().lower()]
    return "other"


def _cue_key(m: re.Match[str]) -> str:
    return " ".join(m.group().lower().split())


def _cue_kind(text: str, m: re.Match[str]) -> str:
    """The kind of one cue; a delivery verb after a future marker is a pledge."""
    kind = KIND_OF[_cue_key(m)]
    if kind == "provided" and (FUTURE_BEFORE.search(text, 0, m.start()) or (
            m.group().lower().endswith("ing") and PROGRESSIVE_BEFORE.search(text, 0, m.start()))):
        return "pledged"
    return kind


def find_category(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Category from the first cue after the figure, else the last one before it."""
    first_after = CATEGORY_ANY.search(text, *after)
    if first_after:
        return CATEGORY_OF[" ".join(first_after.group().lower().split())]
    cues_before = list(CATEGORY_ANY.finditer(text, *before))
    if cues_before:
        return CATEGORY_OF[" ".join(cues_before[-1].group().lower().split())]
    return "other"
