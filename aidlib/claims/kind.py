"""Cues: what kind of money a figure is (pledged, provided, contracted, to_spend,
requested, other) and its category (military, financial, humanitarian, total, unspecified,
other), as guide version 2 (``data/gold/README.md``) defines them.
"""

from __future__ import annotations

import re
from typing import Final

from .. import claim_rules as R
from .patterns import (
    CATEGORY_ANY,
    CATEGORY_OF,
    FOR_RECIPIENT,
    FUTURE_BEFORE,
    HEAD_NOUN,
    HEAD_NOUN_KIND,
    INSTRUMENT,
    KIND_ANY,
    KIND_OF,
    KIND_WEAK,
    NOT_AID,
    PASSIVE,
    PROGRESSIVE_BEFORE,
    PURPOSE,
    RECIPIENT,
)

# --------------------------------------------------------------------------- kind, scope ...


def find_kind(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Kind from cue words, read as the verb governing the figure's clause.

    A passive after the figure ("$X has been delivered") wins; else the nearest cue before
    it (a cue noun such as "package" only when no other cue stands before it); else a weak
    verb before it ("announced") over a purpose infinitive after it ("to buy"); else the
    first cue after it; else any weak cue; else ``other`` for money that is not aid (costs,
    damage, assets), and ``pledged`` for any other sum. A delivery verb after a future or
    infinitive marker ("will lend", "is giving", "$X will be sent") is a promise; spending
    sent to the recipient ("will spend $X to buy arms to donate to Ukraine") is aid.
    """
    kind, cue, at = _kind_and_cue(text, before, after)
    if kind == "to_spend" and (FOR_RECIPIENT.search(text, *after)
                               or FOR_RECIPIENT.search(text, *before)):
        return "provided" if cue in R.KIND_SPENT_CUES else "pledged"
    if cue in R.KIND_OWN_ALLOCATION and at < before[1] and _recipient_subject(text, before[0], at):
        return "to_spend"
    return kind


def _recipient_subject(text: str, lo: int, hi: int) -> bool:
    """The recipient named before a verb, not as a possessive ("Kyiv has allocated", not
    "Ukraine's partners allocated")."""
    return any(not re.match(r"['’]s\b", text[m.end() : m.end() + 3])
               for m in RECIPIENT.finditer(text, lo, hi))


def _kind_and_cue(text: str, before: tuple[int, int],
                  after: tuple[int, int]) -> tuple[str, str, int]:
    """The kind (see :func:`find_kind`), the cue it was read from ("" if none) and where."""
    head = HEAD_NOUN.match(text, after[0], after[1])
    if head:  # "a $95 million sale": the figure names what it is
        noun = " ".join(head.group("noun").lower().split())
        return HEAD_NOUN_KIND[noun], noun, head.start("noun")
    passive = PASSIVE.match(text, after[0], after[1])
    if passive:
        cue = " ".join(passive.group("cue").lower().split())
        future = passive.group("aux").lower().split()[0] in R.KIND_FUTURE_MARKERS
        kind = KIND_OF[cue]
        return ("pledged" if future and kind == "provided" else kind), cue, passive.start("cue")
    cues_before = list(KIND_ANY.finditer(text, *before))
    verbs_before = [m for m in cues_before if _cue_key(m) not in R.KIND_NOUN_CUES]
    if verbs_before or cues_before:
        m = (verbs_before or cues_before)[-1]
        return _cue_kind(text, m), _cue_key(m), m.start()
    weak_before = [m for m in KIND_WEAK.finditer(text, *before)
                   if m.group().lower() in R.KIND_WEAK_VERBS]
    first_after = KIND_ANY.search(text, *after)
    if first_after and not (weak_before and PURPOSE.match(first_after.group())):
        return _cue_kind(text, first_after), _cue_key(first_after), first_after.start()
    weak = list(KIND_WEAK.finditer(text, *before)) or list(KIND_WEAK.finditer(text, *after))
    if weak:
        return R.KIND_WEAK_CUES[weak[-1].group().lower()], _cue_key(weak[-1]), weak[-1].start()
    if NOT_AID.search(text, *before) or NOT_AID.search(text, *after):
        return "other", "", after[0]
    # a sum in aid reporting with no cue at all is most often a promise
    return "pledged", "", after[0]


def _cue_key(m: re.Match[str]) -> str:
    return " ".join(m.group().lower().split())


def _cue_kind(text: str, m: re.Match[str]) -> str:
    """The kind of one cue; a delivery verb after a future marker is a pledge."""
    kind = KIND_OF[_cue_key(m)]
    if kind == "provided" and (FUTURE_BEFORE.search(text, 0, m.start()) or (
            m.group().lower().endswith("ing") and PROGRESSIVE_BEFORE.search(text, 0, m.start()))):
        return "pledged"
    return kind


NOT_AID_KINDS: Final = frozenset({"to_spend", "other"})


def find_category(text: str, before: tuple[int, int], after: tuple[int, int],
                  kind: str = "pledged") -> str:
    """Category of a figure (guide v2).

    Money that is not aid (kind ``to_spend`` or ``other``) is ``other``; a financial
    instrument in the clause (a loan, a facility, budget support) makes it ``financial``
    whatever it pays for; categories coordinated right after it ("in military, economic and
    humanitarian aid") make it a ``total``; else the first cue after the figure, else the
    last one before it, else ``unspecified`` (aid whose purpose is not stated).
    """
    if kind in NOT_AID_KINDS:
        return "other"
    if INSTRUMENT.search(text, *before) or INSTRUMENT.search(text, *after):
        return "financial"
    cues_after = list(CATEGORY_ANY.finditer(text, *after))
    if cues_after:
        run = _coordinated_run(text, cues_after)
        if len({CATEGORY_OF[_cue_key(m)] for m in run} - {"total"}) >= 2:
            return "total"
        return CATEGORY_OF[_cue_key(cues_after[0])]
    cues_before = list(CATEGORY_ANY.finditer(text, *before))
    if cues_before:
        return CATEGORY_OF[_cue_key(cues_before[-1])]
    return "unspecified"


def _coordinated_run(text: str, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first cue and those joined to it by commas, "and", "or" or a slash."""
    run = cues[:1]
    for m in cues[1:]:
        if not _JOINED.fullmatch(text, run[-1].end(), m.start()):
            break
        run.append(m)
    return run


_JOINED: Final = re.compile(r"\s*(?:,|/|\band\b|\bor\b|,\s*and\b|,\s*or\b)\s*", re.I)
