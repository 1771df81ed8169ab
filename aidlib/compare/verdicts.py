"""Where a verdict is made: every pair of comparable claims judged (consistent,
consistent after conversion, different scope, conflicting, not comparable), with a reason.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..records import Claim, Verdict, verdicts_frame
from .ranges import central_in, native_range, parsed_claims, range_in, range_text
from .relations import category_relation, donor_relation, time_relation
from .rules import (
    AFTER_CONVERSION,
    COMPARABLE,
    CONFLICTING,
    CONSISTENT,
    CONVERSION_SLACK,
    DIFFERENCES,
    DIFFERENT_SCOPE,
    KIND_WORDS,
    NOT_COMPARABLE,
)

# --- the verdict on one pair -------------------------------------------------------------


@dataclass(frozen=True)
class _Judgement:
    verdict: str
    reason: str
    differences: tuple[str, ...]
    compared_in: str = ""
    a_range: tuple[float, float] = (math.nan, math.nan)
    b_range: tuple[float, float] = (math.nan, math.nan)
    overlap: bool | None = None


def _ranges_overlap(ra: tuple[float, float], rb: tuple[float, float]) -> bool:
    return bool(ra[0] <= rb[1] and rb[0] <= ra[1])


def _claim_range_words(c: Claim, converted: tuple[float, float] | None) -> str:
    words = f"“{c.surface}” ({range_text(*native_range(c), c.unit)}"
    if converted is not None and c.unit != "EUR":
        words += f" = {range_text(*converted, 'EUR')} at the ECB rate of {c.published}"
    return words + ")"


def _compare_values(a: Claim, b: Claim, context: str, codes: tuple[str, ...]) -> _Judgement:
    """Consistent / consistent after conversion / conflicting for two comparable claims."""
    if a.unit == b.unit:
        ra, rb = native_range(a), native_range(b)
        ok = _ranges_overlap(ra, rb)
        verdict = CONSISTENT if ok else CONFLICTING
        how = "overlap" if ok else "do not overlap"
        words = f"{_claim_range_words(a, None)} and {_claim_range_words(b, None)} {how}"
        return _Judgement(verdict, f"{context}: {words}", codes, a.unit or "", ra, rb, ok)
    if not (math.isfinite(a.eur_per_unit) and math.isfinite(b.eur_per_unit)):
        note = a.rate_note or b.rate_note or "no ECB rate"
        return _Judgement(NOT_COMPARABLE, f"{context}, but no exchange rate: {note}",
                          (*codes, "no_rate"))
    ra = range_in(a, "EUR", slack=CONVERSION_SLACK)
    rb = range_in(b, "EUR", slack=CONVERSION_SLACK)
    ok = _ranges_overlap(ra, rb)
    verdict = AFTER_CONVERSION if ok else CONFLICTING
    how = "overlap" if ok else "do not overlap"
    words = (f"{_claim_range_words(a, range_in(a, 'EUR'))} and "
             f"{_claim_range_words(b, range_in(b, 'EUR'))} {how} "
             f"(±{CONVERSION_SLACK:.0%} allowed for the conversion)")
    return _Judgement(verdict, f"{context}: {words}", codes, "EUR", ra, rb, ok)


def _judge(a: Claim, b: Claim) -> _Judgement:
    if a.pair_id and a.pair_id == b.pair_id:
        return _compare_values(a, b, "one figure printed in two currencies", ("same_figure",))
    if a.measure != b.measure:
        return _Judgement(NOT_COMPARABLE, DIFFERENCES["measure"], ("measure",))
    if a.is_money and not (a.unit and b.unit):
        return _Judgement(NOT_COMPARABLE, "the currency is not stated", ("no_rate",))
    if not a.is_money and a.unit != b.unit:
        return _Judgement(NOT_COMPARABLE, f"counts of different things ({a.unit} vs {b.unit})",
                          ("unit",))
    if a.recipient and b.recipient and a.recipient != b.recipient:
        return _Judgement(NOT_COMPARABLE, f"different recipients ({a.recipient} vs "
                          f"{b.recipient})", ("recipient",))
    donor_rel, donor_words = donor_relation(a, b)
    if donor_rel in ("disjoint", "overlap"):
        return _Judgement(NOT_COMPARABLE, donor_words, ("donors",))
    cat_rel, cat_words = category_relation(a, b)
    if cat_rel == "category":
        return _Judgement(NOT_COMPARABLE, cat_words, ("category",))
    time_rel, time_words = time_relation(a, b)
    if time_rel == "time":
        return _Judgement(NOT_COMPARABLE, f"far apart in time: {time_words}", ("time",))

    codes: list[str] = []
    why: list[str] = []
    if donor_rel == "nested":
        codes.append("donors_nested")
        why.append(donor_words)
    if cat_rel in ("part_of", "category_nested"):
        codes.append(cat_rel)
        why.append(cat_words)
    if a.kind != b.kind:
        codes.append("kind")
        why.append(f"{a.quote} was {KIND_WORDS.get(a.kind, a.kind)}, {b.quote} "
                   f"{KIND_WORDS.get(b.kind, b.kind)}")
    if time_rel in ("scope", "period"):
        codes.append(time_rel)
        why.append(time_words)
    if time_rel == "growth" and not codes:
        return _growth(a, b, time_words)
    if time_rel == "growth":
        codes.append("growth")
        why.append(time_words)
    if codes:
        return _Judgement(DIFFERENT_SCOPE, "; ".join(why), tuple(codes))
    if a.is_money:
        context = (f"the same thing ({KIND_WORDS.get(a.kind, a.kind)}, {cat_words}, "
                   f"{donor_words}, {time_words})")
    else:
        context = f"the same count ({a.unit}, {time_words})"
        if "unspecified" in (a.scope_type, b.scope_type) and not _ranges_overlap(
                native_range(a), native_range(b)):
            return _Judgement(NOT_COMPARABLE, f"{a.quote} and {b.quote} differ, but with no "
                              "period stated they may count different events", ("time",))
    return _compare_values(a, b, context, ())


def _growth(a: Claim, b: Claim, words: str) -> _Judgement:
    """Two reports of one running total at different dates: growth unless it shrank."""
    early, late = (a, b) if a.as_of <= b.as_of else (b, a)
    cur = (early.unit or "") if early.unit == late.unit else "EUR"
    if cur == early.unit:
        re_, rl = native_range(early), native_range(late)
    else:
        re_ = range_in(early, "EUR", slack=CONVERSION_SLACK)
        rl = range_in(late, "EUR", slack=CONVERSION_SLACK)
    shrank = rl[1] < re_[0]
    change = f"{range_text(*re_, cur)} on {early.as_of} to {range_text(*rl, cur)} on {late.as_of}"
    ra, rb = (re_, rl) if early is a else (rl, re_)
    if shrank:
        return _Judgement(CONFLICTING, f"{words}: the running total fell from {change}",
                          ("growth",), cur, ra, rb, False)
    return _Judgement(DIFFERENT_SCOPE, f"{words}: it grew from {change}; growth, not a "
                      "conflict", ("growth",), cur, ra, rb, _ranges_overlap(ra, rb))


# --- public tables ------------------------------------------------------------------------



def ratio(x: float, y: float) -> float:
    lo, hi = sorted((abs(x), abs(y)))
    return hi / lo if lo > 0 else math.nan


def _pairs(claims: Sequence[Claim]) -> Iterable[tuple[Claim, Claim]]:
    for a, b in itertools.combinations(claims, 2):
        if a.measure != b.measure:
            continue
        if not a.is_money and a.unit != b.unit:
            continue
        yield a, b


def _pair_row(a: Claim, b: Claim) -> Verdict:
    """One row of :func:`pair_verdicts`: the verdict on two claims and what it rests on."""
    j = _judge(a, b)
    eur_a, eur_b = central_in(a, "EUR"), central_in(b, "EUR")
    usd_a, usd_b = central_in(a, "USD"), central_in(b, "USD")
    money = a.is_money and math.isfinite(a.eur_per_unit) and math.isfinite(b.eur_per_unit)
    slack = 0.0 if a.unit == b.unit else CONVERSION_SLACK
    return Verdict(
        claim_a=a.claim_id, claim_b=b.claim_id, verdict=j.verdict,
        reason=j.reason, differences=j.differences,
        grouped=j.verdict in COMPARABLE and not set(j.differences) - {"same_figure"},
        same_figure="same_figure" in j.differences, compared_in=j.compared_in,
        a_low=j.a_range[0], a_high=j.a_range[1],
        b_low=j.b_range[0], b_high=j.b_range[1],
        overlap=j.overlap,
        overlap_eur=_ranges_overlap(range_in(a, "EUR", slack=slack),
                                    range_in(b, "EUR", slack=slack)) if money else None,
        overlap_usd=_ranges_overlap(range_in(a, "USD", slack=slack),
                                    range_in(b, "USD", slack=slack)) if money else None,
        eur_a=eur_a, eur_b=eur_b, usd_a=usd_a, usd_b=usd_b,
        eur_ratio=ratio(eur_a, eur_b) if money else ratio(a.central, b.central),
        usd_ratio=ratio(usd_a, usd_b) if money else ratio(a.central, b.central),
        surface_a=a.surface, surface_b=b.surface,
        speaker_a=a.speaker or a.source_id, speaker_b=b.speaker or b.source_id,
        source_a=a.source_id, source_b=b.source_id,
        sentence_a=a.sentence, sentence_b=b.sentence,
    )


def pair_verdicts(claims_df: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of claims considered, with its verdict and plain-language reason.

    Pairs considered: every two parsed claims of the same measure (counts only with the
    same unit). Columns (see :data:`PAIR_COLUMNS`): ``claim_a``, ``claim_b`` (text order),
    ``verdict`` (one of :data:`VERDICTS`), ``reason``, ``differences`` (tuple of
    :data:`DIFFERENCES` codes), ``grouped`` (same thing: shares a group), ``same_figure``
    (shared ``pair_id``), ``compared_in`` (unit the ranges below are in), ``a_low``,
    ``a_high``, ``b_low``, ``b_high`` (ranges after qualifiers, rounding and conversion
    slack), ``overlap`` (those ranges meet; NA if not compared), ``overlap_eur``,
    ``overlap_usd`` (the same test in EUR and USD), ``eur_a``, ``eur_b``, ``usd_a``,
    ``usd_b`` (stated values converted at each claim's date), ``eur_ratio``,
    ``usd_ratio`` (larger / smaller), and ``surface_*``, ``speaker_*``, ``source_*``,
    ``sentence_*`` to trace the verdict back to the text.

    >>> from aidlib.compare import make_claims
    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, qualifier="more_than", pair_id="p1"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, qualifier="around", pair_id="p1"),
    ... ])
    >>> row = pair_verdicts(df).iloc[0]
    >>> row.verdict, row.differences, bool(row.grouped)
    ('consistent after conversion', ('same_figure',), True)
    """
    return verdicts_frame([_pair_row(a, b) for a, b in _pairs(parsed_claims(claims_df))])
