"""Conflicting figures: which claims are about the same thing, and do they agree?

Two figures "conflict" only if they measure the same thing. This module compares every
pair of claims from :func:`aidlib.claims.claims` (same measure; counts only with the same
unit) and gives one verdict per pair, from :data:`VERDICTS`:

- ``consistent``: same thing, same currency (or unit), ranges overlap;
- ``consistent after conversion``: same thing in two currencies, ranges overlap at the ECB
  rate of the day (this includes one figure printed in two currencies, ``pair_id``);
- ``different scope``: similar-looking figures that measure different things: pledged vs
  provided, a quarter vs the whole war, one country vs an alliance, a total and its part,
  a running total at two dates (growth);
- ``conflicting``: same thing, ranges do not overlap (or a running total that shrank);
- ``not comparable``: nothing to compare (other donors, recipient, kind of aid or time).

Every verdict comes with a plain-language ``reason`` and the rule codes that fired
(:data:`DIFFERENCES`), so a reader can follow it back to the two sentences.

Ranges and rounding (the tolerance). A claim's ``low``/``high`` already honour its
qualifier ("more than €21 billion" is €21–22 bn). A figure stated as exact is taken as
rounded to its last non-zero digit: "2.4 billion" stands for 2.35–2.45 bn, but never more
than ±5 % (:data:`MAX_ROUNDING`), so "1 billion" is 0.95–1.05 bn. Counts are exact.
Comparing across currencies adds ±1 % (:data:`CONVERSION_SLACK`): journalists convert at
a nearby day's or a rounded rate, and EUR/USD rarely moves more than that in a week.

Grouping. A *group* is a set of claims linked by pairs that measure the same thing
(verdict consistent, consistent after conversion, or conflicting with no scope
difference). A *family* is a set linked by any verdict other than ``not comparable``: the
figures a reader might confuse, shown side by side with why they differ.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from .gazetteer import load_gazetteer
from .rates import ecb_rates
from .records import Claim, cell_day, cell_text, claims_from_frame

__all__ = [
    "ALLIANCE_MEMBERS",
    "COMPARABLE",
    "CONVERSION_SLACK",
    "DIFFERENCES",
    "MAX_ROUNDING",
    "SAME_ANNOUNCEMENT_DAYS",
    "SAME_TOTAL_DAYS",
    "VERDICTS",
    "comparable_groups",
    "cumulative_totals",
    "currency_checks",
    "fmt_money",
    "group_summary",
    "latest_label",
    "make_claims",
    "pair_verdicts",
]

# --- vocabularies -----------------------------------------------------------------------

CONSISTENT = "consistent"
AFTER_CONVERSION = "consistent after conversion"
DIFFERENT_SCOPE = "different scope"
CONFLICTING = "conflicting"
NOT_COMPARABLE = "not comparable"
VERDICTS = (CONSISTENT, AFTER_CONVERSION, DIFFERENT_SCOPE, CONFLICTING, NOT_COMPARABLE)
#: Verdicts of pairs that measure the same thing (they share a group).
COMPARABLE = frozenset({CONSISTENT, AFTER_CONVERSION, CONFLICTING})

#: Rule codes recorded in ``differences`` (why a pair is not simply comparable).
DIFFERENCES: Mapping[str, str] = {
    "same_figure": "one figure printed in two currencies (a currency check)",
    "measure": "a sum of money vs a count",
    "unit": "counts of different things",
    "recipient": "different recipients",
    "donors": "different donors",
    "donors_nested": "some donors vs a larger group that includes them",
    "category": "different kinds of aid",
    "category_nested": "all aid vs one kind of aid",
    "part_of": "a total and a part of it",
    "kind": "different stages (pledged, contracted, provided ...)",
    "scope": "a running total vs a period or fresh commitments",
    "period": "different or partly overlapping periods",
    "growth": "a running total reported at two dates",
    "time": "far apart in time",
    "no_rate": "no exchange rate to compare",
}

KIND_WORDS: Mapping[str, str] = {
    "pledged": "pledged",
    "provided": "provided",
    "contracted": "contracted",
    "to_spend": "planned to be spent",
    "requested": "requested",
    "other": "of unclear stage",
}

SCOPE_WORDS: Mapping[str, str] = {
    "cumulative": "a running total",
    "period": "a stated period",
    "new": "fresh commitments",
    "unspecified": "no stated period",
}

UNKNOWN_CATEGORY = "other"  # the claims table's "not stated": compatible with any category
#: The categories a "total" claim contains (so total vs military is nested, not unrelated).
TOTAL_CONTAINS = frozenset({"military", "financial", "humanitarian"})

MAX_ROUNDING = 0.05  # an exact money figure stands for ±half its last digit, at most ±5 %
CONVERSION_SLACK = 0.01  # extra ±1 % when two figures are compared across currencies
SAME_ANNOUNCEMENT_DAYS = 7  # fresh pledges reported within a week are the same announcement
SAME_TOTAL_DAYS = 31  # running totals reported within a month are the same total
ADJACENT_PERIOD_DAYS = 366  # disjoint periods closer than this still look alike
SAME_PERIOD_OVERLAP = 0.8  # periods sharing 80 % of their union are "the same period"

# Members of the groups a donor set may name, to tell "one country vs an alliance": every
# organisation of the gazetteer (aidlib/data/gazetteer.yaml, each with its source and date)
# by name and alias ("Western allies", "European countries", "EU", ...).
ALLIANCE_MEMBERS: Mapping[str, frozenset[str]] = load_gazetteer().memberships()
#: Who "donors not named" stands for: a named set this large is the same donors.
ALL_BACKERS = ALLIANCE_MEMBERS["Ukraine Defense Contact Group"]

_CURRENCY_SIGNS: Mapping[str, str] = {"EUR": "€", "USD": "$", "GBP": "£"}
_SCALES = ((1e12, " tn"), (1e9, " bn"), (1e6, " m"))


# --- small helpers ----------------------------------------------------------------------


def fmt_money(value: float, currency: str | None) -> str:
    """A short human form of an amount: sign or code, three significant digits, scale.

    >>> fmt_money(21e9, "EUR"), fmt_money(2.45e9, "USD"), fmt_money(5.8e8, "GBP")
    ('€21 bn', '$2.45 bn', '£580 m')
    >>> fmt_money(111, "drones"), fmt_money(float("nan"), "EUR")
    ('111 drones', 'n/a')
    """
    if value is None or not math.isfinite(value):
        return "n/a"
    for size, word in _SCALES:
        if abs(value) >= size:
            number, scale = value / size, word
            break
    else:
        number, scale = value, ""
    digits = 0 if abs(number) >= 100 else 1 if abs(number) >= 10 else 2
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if currency is not None and currency in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[currency]}{text}{scale}"
    return f"{text}{scale} {currency or ''}".rstrip()


def _range_text(low: float, high: float, currency: str | None) -> str:
    """``€21–22 bn`` when both ends share the scale, else ``$200 m–$1 bn``."""
    if math.isclose(low, high, rel_tol=1e-9):
        return fmt_money(low, currency)
    lo, hi = fmt_money(low, currency), fmt_money(high, currency)
    sign = _CURRENCY_SIGNS.get(currency or "", "")
    if not sign and currency:
        unit = f" {currency}"
        if lo.endswith(unit) and hi.endswith(unit):
            return f"{lo[: -len(unit)]}–{hi}"
    for _, word in _SCALES:
        if lo.endswith(word) and hi.endswith(word):
            return f"{lo[: -len(word)]}–{hi[len(sign):]}"
    return f"{lo}–{hi}"


def latest_label() -> str:
    """The label of values at the latest bundled ECB rate (dated, never "today").

    >>> latest_label().startswith("at ECB rate of ") and latest_label().endswith(
    ...     "(latest in bundled data)")
    True
    """
    return f"at ECB rate of {ecb_rates().last_date} (latest in bundled data)"


def rounding_half_step(value: float) -> float:
    """Half the last non-zero digit of an exact figure, capped at :data:`MAX_ROUNDING`.

    >>> rounding_half_step(2.4e9), rounding_half_step(21e9), rounding_half_step(1e9)
    (50000000.0, 500000000.0, 50000000.0)
    """
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    power = 10.0 ** math.floor(math.log10(v))
    while power >= 1 and not math.isclose(round(v / power) * power, v, rel_tol=1e-9):
        power /= 10
    return float(min(power / 2, v * MAX_ROUNDING))


def _float(value: Any) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return math.nan
    return out


# --- one claim, typed -------------------------------------------------------------------


def native_range(c: Claim, *, rounding: bool = True) -> tuple[float, float]:
    """The honest range in the claim's unit, widened for rounding if stated exact."""
    tol = 0.0
    if rounding and c.is_money and c.qualifier == "exact":
        tol = rounding_half_step(c.central)
    low = math.nan if c.low is None else c.low
    high = math.nan if c.high is None else c.high
    return low - tol, high + tol


def range_in(c: Claim, currency: str, *, slack: float = 0.0) -> tuple[float, float]:
    """The widened range converted to EUR or USD at the claim's own date."""
    factor = c.eur_per_unit if currency == "EUR" else c.usd_per_unit
    lo, hi = native_range(c)
    return lo * factor * (1 - slack), hi * factor * (1 + slack)


def central_in(c: Claim, currency: str) -> float:
    """The central value converted to EUR or USD at the claim's own date."""
    factor = c.eur_per_unit if currency == "EUR" else c.usd_per_unit
    return c.central * factor


def _scope_words(c: Claim) -> str:
    return f"“{c.scope_text}”" if c.scope_text else SCOPE_WORDS.get(c.scope_type, c.scope_type)


def _covers(c: Claim) -> str:
    """What the figure covers, as a verb phrase ("is fresh commitments", ...)."""
    text = f" (“{c.scope_text}”)" if c.scope_text else ""
    if c.scope_type == "new":
        return f"is fresh commitments{text}"
    if c.scope_type == "cumulative":
        return f"is a running total{text}"
    if c.scope_type == "period" and c.scope_text:
        return f"covers “{c.scope_text}”"
    return "states no period"


def parsed_claims(frame: pd.DataFrame) -> list[Claim]:
    """The parsed claims of a claims table, as records, in row order."""
    rows = frame
    if "status" in rows.columns:
        rows = rows[rows["status"].fillna("parsed") == "parsed"]
    return claims_from_frame(rows)


# --- relations between two claims -------------------------------------------------------


def _expand(donors: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in donors:
        out |= ALLIANCE_MEMBERS.get(name, frozenset({name}))
    return frozenset(out)


def _donor_relation(a: Claim, b: Claim) -> tuple[str, str]:
    """("same"|"nested"|"disjoint"|"overlap", plain words)."""
    if a.donors == b.donors:
        if a.donors:
            return "same", f"both by {a.donors_text}"
        return "same", "neither names the donors"
    if not a.donors or not b.donors:
        named = a if a.donors else b
        if _expand(named.donors) >= ALL_BACKERS:
            return "same", (f"{named.donors_text} and donors not named, taken as all of "
                            "Ukraine's Western backers")
        other = b if named is a else a
        return "nested", (f"{named.quote} is by {named.donors_text} only, {other.quote} names "
                          "no donors (all backers, presumably)")
    ea, eb = _expand(a.donors), _expand(b.donors)
    if ea == eb:
        return "same", f"{a.donors_text} and {b.donors_text} are the same donors"
    if ea < eb or eb < ea:
        small, big = (a, b) if ea < eb else (b, a)
        return "nested", (f"{small.quote} is by {small.donors_text} only, {big.quote} by "
                          f"{big.donors_text}, which includes them")
    if ea.isdisjoint(eb):
        return "disjoint", f"different donors ({a.donors_text} vs {b.donors_text})"
    return "overlap", f"donor sets only partly overlap ({a.donors_text} vs {b.donors_text})"


def _category_relation(a: Claim, b: Claim) -> tuple[str, str]:
    if a.part_of == b.claim_id or b.part_of == a.claim_id:
        part, whole = (a, b) if a.part_of == b.claim_id else (b, a)
        return "part_of", f"{part.quote} is part of {whole.quote}"
    if a.category == b.category:
        return "same", f"{a.category} aid"
    if UNKNOWN_CATEGORY in (a.category, b.category):
        known = b.category if a.category == UNKNOWN_CATEGORY else a.category
        return "same", f"{known} aid (kind of aid not stated for one, taken as the same)"
    cats = {a.category, b.category}
    if "total" in cats and cats - {"total"} <= TOTAL_CONTAINS:
        total, part = (a, b) if a.category == "total" else (b, a)
        return "category_nested", (f"{total.quote} counts all aid, {part.quote} "
                                   f"{part.category} aid only")
    return "category", f"different kinds of aid ({a.category} vs {b.category})"


def _overlap_days(a: tuple[date, date], b: tuple[date, date]) -> tuple[int, int]:
    inter = (min(a[1], b[1]) - max(a[0], b[0])).days
    union = (max(a[1], b[1]) - min(a[0], b[0])).days
    return inter, union


def _time_relation(a: Claim, b: Claim) -> tuple[str, str]:
    """("same"|"scope"|"period"|"growth"|"time", plain words)."""
    gap = abs((a.as_of - b.as_of).days)
    ta, tb = a.scope_type, b.scope_type
    if ta == tb == "cumulative":
        sa, sb = a.period_start, b.period_start
        if sa and sb and abs((sa - sb).days) > SAME_TOTAL_DAYS:
            return "period", f"running totals from different starts ({sa} vs {sb})"
        if gap <= SAME_TOTAL_DAYS:
            return "same", f"running totals as of {a.as_of} and {b.as_of}"
        if (sa is None) != (sb is None):
            dated, undated = (a, b) if sa else (b, a)
            return "period", (f"running totals as of {a.as_of} and {b.as_of}; {dated.quote} "
                              f"counts {_scope_words(dated)}, {undated.quote} does not say "
                              f"since when ({_scope_words(undated)})")
        return "growth", f"running totals as of {min(a.as_of, b.as_of)} and {max(a.as_of, b.as_of)}"
    if "cumulative" in (ta, tb):
        total, other = (a, b) if ta == "cumulative" else (b, a)
        # a running total with no start ("so far") is taken to reach back a year at most
        since = total.period_start or total.as_of - timedelta(days=ADJACENT_PERIOD_DAYS)
        inside = (other.as_of <= total.as_of + timedelta(days=SAME_ANNOUNCEMENT_DAYS)
                  and (other.period_start or other.as_of) >= since)
        if inside:
            return "scope", (f"{total.quote} is a running total {_scope_words(total)}, "
                             f"{other.quote} {_covers(other)}")
        return "time", f"{other.quote} falls outside the running total {_scope_words(total)}"
    if ta == tb == "period" and a.period_start and a.period_end and b.period_start \
            and b.period_end:
        pa, pb = (a.period_start, a.period_end), (b.period_start, b.period_end)
        inter, union = _overlap_days(pa, pb)
        if union <= 0 or inter / union >= SAME_PERIOD_OVERLAP:
            return "same", f"the same period ({_scope_words(a)})"
        if inter > 0:
            return "period", f"overlapping periods ({_scope_words(a)} vs {_scope_words(b)})"
        if -inter <= ADJACENT_PERIOD_DAYS:
            return "period", f"different periods ({_scope_words(a)} vs {_scope_words(b)})"
        return "time", f"periods {-inter} days apart"
    if ta == tb == "new":
        if gap <= SAME_ANNOUNCEMENT_DAYS:
            when = (str(a.published) if a.published == b.published
                    else f"{a.published} and {b.published}")
            return "same", f"fresh commitments reported {when}"
        return "time", f"separate announcements ({a.published} vs {b.published})"
    if "unspecified" in (ta, tb) or ta == tb:
        gap = abs((a.published - b.published).days)
        if gap <= SAME_ANNOUNCEMENT_DAYS:
            when = "the same day" if gap == 0 else f"{gap} days apart"
            return "same", f"period not stated, taken as the same: reported {when}"
        return "time", f"period not stated and reported {gap} days apart"
    # one "new" and one "period": the announcement must fall in or just after the period
    new, per = (a, b) if ta == "new" else (b, a)
    start = per.period_start or per.as_of
    margin = timedelta(days=SAME_TOTAL_DAYS)
    if start - margin <= new.as_of <= per.as_of + margin:
        return "scope", f"{new.quote} {_covers(new)}, {per.quote} {_covers(per)}"
    return "time", f"{new.quote} was announced outside the period of {per.quote}"


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
    words = f"“{c.surface}” ({_range_text(*native_range(c), c.unit)}"
    if converted is not None and c.unit != "EUR":
        words += f" = {_range_text(*converted, 'EUR')} at the ECB rate of {c.published}"
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
    donor_rel, donor_words = _donor_relation(a, b)
    if donor_rel in ("disjoint", "overlap"):
        return _Judgement(NOT_COMPARABLE, donor_words, ("donors",))
    cat_rel, cat_words = _category_relation(a, b)
    if cat_rel == "category":
        return _Judgement(NOT_COMPARABLE, cat_words, ("category",))
    time_rel, time_words = _time_relation(a, b)
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
    change = f"{_range_text(*re_, cur)} on {early.as_of} to {_range_text(*rl, cur)} on {late.as_of}"
    ra, rb = (re_, rl) if early is a else (rl, re_)
    if shrank:
        return _Judgement(CONFLICTING, f"{words}: the running total fell from {change}",
                          ("growth",), cur, ra, rb, False)
    return _Judgement(DIFFERENT_SCOPE, f"{words}: it grew from {change}; growth, not a "
                      "conflict", ("growth",), cur, ra, rb, _ranges_overlap(ra, rb))


# --- public tables ------------------------------------------------------------------------

PAIR_COLUMNS = (
    "claim_a", "claim_b", "verdict", "reason", "differences", "grouped", "same_figure",
    "compared_in", "a_low", "a_high", "b_low", "b_high", "overlap", "overlap_eur",
    "overlap_usd", "eur_a", "eur_b", "usd_a", "usd_b", "eur_ratio", "usd_ratio",
    "surface_a", "surface_b", "speaker_a", "speaker_b", "source_a", "source_b",
    "sentence_a", "sentence_b",
)


def _ratio(x: float, y: float) -> float:
    lo, hi = sorted((abs(x), abs(y)))
    return hi / lo if lo > 0 else math.nan


def _pairs(claims: Sequence[Claim]) -> Iterable[tuple[Claim, Claim]]:
    for a, b in itertools.combinations(claims, 2):
        if a.measure != b.measure:
            continue
        if not a.is_money and a.unit != b.unit:
            continue
        yield a, b


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

    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, qualifier="more_than", pair_id="p1"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, qualifier="around", pair_id="p1"),
    ... ])
    >>> row = pair_verdicts(df).iloc[0]
    >>> row.verdict, row.differences, bool(row.grouped)
    ('consistent after conversion', ('same_figure',), True)
    """
    claims = parsed_claims(claims_df)
    rows: list[dict[str, Any]] = []
    for a, b in _pairs(claims):
        j = _judge(a, b)
        eur_a, eur_b = central_in(a, "EUR"), central_in(b, "EUR")
        usd_a, usd_b = central_in(a, "USD"), central_in(b, "USD")
        money = a.is_money and math.isfinite(a.eur_per_unit) and math.isfinite(b.eur_per_unit)
        slack = 0.0 if a.unit == b.unit else CONVERSION_SLACK
        rows.append({
            "claim_a": a.claim_id, "claim_b": b.claim_id, "verdict": j.verdict,
            "reason": j.reason, "differences": j.differences,
            "grouped": j.verdict in COMPARABLE and not set(j.differences) - {"same_figure"},
            "same_figure": "same_figure" in j.differences, "compared_in": j.compared_in,
            "a_low": j.a_range[0], "a_high": j.a_range[1],
            "b_low": j.b_range[0], "b_high": j.b_range[1],
            "overlap": pd.NA if j.overlap is None else j.overlap,
            "overlap_eur": _ranges_overlap(range_in(a, "EUR", slack=slack),
                                           range_in(b, "EUR", slack=slack)) if money else pd.NA,
            "overlap_usd": _ranges_overlap(range_in(a, "USD", slack=slack),
                                           range_in(b, "USD", slack=slack)) if money else pd.NA,
            "eur_a": eur_a, "eur_b": eur_b, "usd_a": usd_a, "usd_b": usd_b,
            "eur_ratio": _ratio(eur_a, eur_b) if money else _ratio(a.central, b.central),
            "usd_ratio": _ratio(usd_a, usd_b) if money else _ratio(a.central, b.central),
            "surface_a": a.surface, "surface_b": b.surface,
            "speaker_a": a.speaker or a.source_id, "speaker_b": b.speaker or b.source_id,
            "source_a": a.source_id, "source_b": b.source_id,
            "sentence_a": a.sentence, "sentence_b": b.sentence,
        })
    out = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    for col in ("overlap", "overlap_eur", "overlap_usd"):
        out[col] = out[col].astype("boolean")
    out["grouped"] = out["grouped"].astype(bool)
    out["same_figure"] = out["same_figure"].astype(bool)
    return out


def _components(ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find: each id -> the first id (in ``ids`` order) of its component."""
    parent = {i: i for i in ids}
    rank = {i: n for n, i in enumerate(ids)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
            parent[drop] = keep
    return {i: find(i) for i in ids}


def _numbered(roots: Mapping[str, str], ids: Sequence[str], prefix: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for i in ids:
        root = roots[i]
        if root not in names:
            names[root] = f"{prefix}{len(names) + 1:02d}"
    return {i: names[roots[i]] for i in ids}


def comparable_groups(claims_df: pd.DataFrame, verdicts: pd.DataFrame | None = None,
                      ) -> pd.DataFrame:
    """Which group (same thing) and family (look-alikes) each parsed claim belongs to.

    Columns: ``claim_id``, ``group_id`` ("G01", numbered in text order), ``group_size``,
    ``reason`` (why grouped, or why it stands alone), ``family_id`` ("F01"),
    ``family_size``, ``related`` (claims in the family but not the group, with the reason
    in short).

    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, kind="pledged", pair_id="p1"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, kind="pledged", pair_id="p1"),
    ...     dict(claim_id="a:c03", unit="USD", value=21e9, kind="provided"),
    ... ])
    >>> g = comparable_groups(df)
    >>> g["group_id"].tolist(), g["family_id"].tolist()
    (['G01', 'G01', 'G02'], ['F01', 'F01', 'F01'])
    """
    claims = parsed_claims(claims_df)
    ids = [c.claim_id for c in claims]
    pv = pair_verdicts(claims_df) if verdicts is None else verdicts
    grouped = pv[pv["grouped"]]
    related = pv[pv["verdict"] != NOT_COMPARABLE]
    groups = _numbered(_components(ids, zip(grouped["claim_a"], grouped["claim_b"],
                                            strict=True)), ids, "G")
    families = _numbered(_components(ids, zip(related["claim_a"], related["claim_b"],
                                              strict=True)), ids, "F")
    rows: list[dict[str, Any]] = []
    for cid in ids:
        mine = grouped[(grouped["claim_a"] == cid) | (grouped["claim_b"] == cid)]
        partners = [
            f"{r['claim_b'] if r['claim_a'] == cid else r['claim_a']} ({r['verdict']}: "
            f"{'same figure in two currencies' if r['same_figure'] else 'same thing'})"
            for r in mine.to_dict("records")
        ]
        others = related[((related["claim_a"] == cid) | (related["claim_b"] == cid))
                         & ~related["grouped"]]
        rel = [
            f"{r['claim_b'] if r['claim_a'] == cid else r['claim_a']} "
            f"({', '.join(DIFFERENCES[d] for d in r['differences'])})"
            for r in others.to_dict("records")
        ]
        reason = ("grouped with " + "; ".join(partners)) if partners else "no comparable claim"
        rows.append({"claim_id": cid, "group_id": groups[cid], "reason": reason,
                     "family_id": families[cid], "related": "; ".join(rel)})
    out = pd.DataFrame(rows, columns=["claim_id", "group_id", "reason", "family_id", "related"])
    out.insert(2, "group_size", out.groupby("group_id")["claim_id"].transform("size"))
    out.insert(5, "family_size", out.groupby("family_id")["claim_id"].transform("size"))
    return out


_VERDICT_RANK = {CONFLICTING: 0, AFTER_CONVERSION: 1, CONSISTENT: 2}


def group_summary(claims_df: pd.DataFrame, groups: pd.DataFrame | None = None,
                  verdicts: pd.DataFrame | None = None, *, by: str = "group_id",
                  ) -> pd.DataFrame:
    """One row per group (``by="group_id"``) or family (``by="family_id"``) of 2+ claims.

    Columns: the id, ``n_claims``, ``claim_ids`` (tuple), ``label`` (what they measure),
    ``eur_min``, ``eur_max``, ``eur_ratio``, ``usd_min``, ``usd_max``, ``usd_ratio``
    (stated values, each at its own day's ECB rate; NaN for counts), ``ranges_overlap``
    (all ranges share a point once qualifiers and rounding are honoured), ``verdict``
    (worst pair verdict among comparable pairs; for families, "different scope" when
    the only links are scope differences), ``verdicts`` (counts per verdict).

    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="EUR", value=21e9, qualifier="more_than", pair_id="p"),
    ...     dict(claim_id="a:c02", unit="USD", value=24e9, qualifier="around", pair_id="p"),
    ... ])
    >>> s = group_summary(df).iloc[0]
    >>> s.verdict, round(float(s.eur_ratio), 3), bool(s.ranges_overlap)
    ('consistent after conversion', 1.007, True)
    """
    claims = {c.claim_id: c for c in parsed_claims(claims_df)}
    pv = pair_verdicts(claims_df) if verdicts is None else verdicts
    gr = comparable_groups(claims_df, pv) if groups is None else groups
    rows: list[dict[str, Any]] = []
    for key, members in gr.groupby(by, sort=True):
        cids = tuple(members["claim_id"])
        if len(cids) < 2:
            continue
        cs = [claims[c] for c in cids]
        inside = pv[pv["claim_a"].isin(cids) & pv["claim_b"].isin(cids)
                    & (pv["verdict"] != NOT_COMPARABLE)]
        comparable = inside[inside["verdict"].isin(COMPARABLE)]
        if len(comparable):
            verdict = min(comparable["verdict"], key=lambda v: _VERDICT_RANK[v])
        else:
            verdict = DIFFERENT_SCOPE
        money = all(c.is_money and math.isfinite(c.eur_per_unit) for c in cs)
        if money:
            eur = [central_in(c, "EUR") for c in cs]
            usd = [central_in(c, "USD") for c in cs]
            slack = CONVERSION_SLACK if len({c.unit for c in cs}) > 1 else 0.0
            rngs = [range_in(c, "EUR", slack=slack) for c in cs]
        else:
            eur = usd = [math.nan]
            rngs = [native_range(c) for c in cs]
        overlap = max(r[0] for r in rngs) <= min(r[1] for r in rngs)
        first = cs[0]
        if first.is_money:
            label = (f"{KIND_WORDS.get(first.kind, first.kind)} {first.category} aid, "
                     f"{first.donors_text}{' → ' + first.recipient if first.recipient else ''}")
        else:
            label = f"count of {(first.unit or '').replace('_', ' ')}"
        counts = inside["verdict"].value_counts()
        rows.append({
            by: key, "n_claims": len(cids), "claim_ids": cids, "label": label,
            "eur_min": min(eur), "eur_max": max(eur), "eur_ratio": _ratio(min(eur), max(eur)),
            "usd_min": min(usd), "usd_max": max(usd), "usd_ratio": _ratio(min(usd), max(usd)),
            "ranges_overlap": bool(overlap), "verdict": verdict,
            "verdicts": "; ".join(f"{v}: {counts[v]}" for v in VERDICTS if v in counts),
        })
    columns = [by, "n_claims", "claim_ids", "label", "eur_min", "eur_max", "eur_ratio",
               "usd_min", "usd_max", "usd_ratio", "ranges_overlap", "verdict", "verdicts"]
    return pd.DataFrame(rows, columns=columns)


# --- currency checks ----------------------------------------------------------------------

CURRENCY_CHECK_COLUMNS = (
    "pair_id", "id_a", "id_b", "source_id", "published", "surface_a", "surface_b",
    "currency_a", "currency_b", "value_a", "value_b", "implied_rate", "implied_low",
    "implied_high", "ecb_rate", "rate_date", "error_pct", "within_rounding",
    "value_a_in_b_at_ecb", "latest_date", "latest_rate", "value_a_in_b_latest",
    "eur_latest", "usd_latest", "latest_label", "rate_note",
)


def currency_checks(frame: pd.DataFrame) -> pd.DataFrame:
    """For each figure printed in two currencies, its implied rate against the ECB's.

    Accepts the claims table (``claim_id``, ``unit``) or the money mentions table
    (``mention_id`` or the index, ``currency``); rows sharing a ``pair_id`` form a pair,
    ``a`` first in text order. Columns (:data:`CURRENCY_CHECK_COLUMNS`): ``implied_rate``
    (units of ``currency_b`` per ``currency_a`` the text implies), ``implied_low``,
    ``implied_high`` (the rates the rounded figures allow), ``ecb_rate`` and ``rate_date``
    (ECB reference rate of the publication day, or the last earlier one), ``error_pct``
    ((implied / ECB - 1) x 100), ``within_rounding`` (ECB rate inside the implied range),
    ``value_a_in_b_at_ecb``, and, labelled by ``latest_label``, the value of figure ``a``
    at the latest bundled rate (``latest_date``, ``latest_rate``, ``value_a_in_b_latest``,
    ``eur_latest``, ``usd_latest``): what it is worth now in the library's data, not then.

    >>> df = make_claims([
    ...     dict(claim_id="x:c01", unit="EUR", value=2.4e9, pair_id="p", published="2023-09-28"),
    ...     dict(claim_id="x:c02", unit="USD", value=2.5e9, pair_id="p", published="2023-09-28"),
    ... ])
    >>> c = currency_checks(df).iloc[0]
    >>> [round(float(c[k]), 4) for k in ("implied_rate", "ecb_rate", "error_pct")]
    [1.0417, 1.0539, -1.1608]
    >>> bool(c.within_rounding), c.latest_label.endswith("(latest in bundled data)")
    (True, True)
    """
    if "pair_id" not in frame.columns:
        return pd.DataFrame(columns=list(CURRENCY_CHECK_COLUMNS))
    cur_col = "unit" if "unit" in frame.columns else "currency"
    id_col = next((c for c in ("claim_id", "mention_id") if c in frame.columns), None)
    date_col = "date_for_rate" if "date_for_rate" in frame.columns else "published"
    data = frame[frame["pair_id"].notna() & (frame["pair_id"].astype(str) != "")]
    if "measure" in data.columns:
        data = data[data["measure"] == "money"]
    if "status" in data.columns:
        data = data[data["status"].fillna("parsed") == "parsed"]
    rates = ecb_rates()
    last = rates.last_date
    rows: list[dict[str, Any]] = []
    sort_cols = [c for c in ("source_id", "start") if c in data.columns]
    for pair, members in data.groupby("pair_id", sort=True):
        members = members.sort_values(sort_cols) if sort_cols else members
        recs = members.to_dict("records")
        ids = list(members[id_col]) if id_col else [str(i) for i in members.index]
        if len(recs) != 2 or recs[0][cur_col] == recs[1][cur_col]:
            continue
        a, b = recs
        cur_a, cur_b = str(a[cur_col]), str(b[cur_col])
        on = cell_day(a[date_col]) or last
        va, vb = _float(a["value"]), _float(b["value"])
        la, ha = _exact_widened(a)
        lb, hb = _exact_widened(b)
        note = ""
        try:
            ra, rb = rates.rate(cur_a, on), rates.rate(cur_b, on)
            ecb = rb.per_eur / ra.per_eur
            rate_day: date | None = ra.rate_date
        except Exception as exc:  # RateNotFound / UnknownCurrency: keep the row, say why
            ecb, rate_day, note = math.nan, None, str(exc)
        try:
            lat_a, lat_b = rates.rate(cur_a, last).per_eur, rates.rate(cur_b, last).per_eur
            lat_usd = rates.rate("USD", last).per_eur
            latest = lat_b / lat_a
            eur_latest, usd_latest = va / lat_a, va / lat_a * lat_usd
        except Exception as exc:
            latest = eur_latest = usd_latest = math.nan
            note = note or str(exc)
        implied = vb / va if va else math.nan
        lo = lb / ha if ha else math.nan
        hi = hb / la if la > 0 else math.inf
        rows.append({
            "pair_id": pair, "id_a": ids[0], "id_b": ids[1],
            "source_id": a.get("source_id", ""), "published": on,
            "surface_a": a.get("surface", ""), "surface_b": b.get("surface", ""),
            "currency_a": cur_a, "currency_b": cur_b, "value_a": va, "value_b": vb,
            "implied_rate": implied, "implied_low": lo, "implied_high": hi,
            "ecb_rate": ecb, "rate_date": rate_day,
            "error_pct": (implied / ecb - 1) * 100 if ecb == ecb else math.nan,
            "within_rounding": bool(lo <= ecb <= hi) if ecb == ecb else False,
            "value_a_in_b_at_ecb": va * ecb, "latest_date": last, "latest_rate": latest,
            "value_a_in_b_latest": va * latest, "eur_latest": eur_latest,
            "usd_latest": usd_latest, "latest_label": f"at ECB rate of {last} (latest in "
            "bundled data)", "rate_note": note,
        })
    return pd.DataFrame(rows, columns=list(CURRENCY_CHECK_COLUMNS))


def _exact_widened(rec: Mapping[Any, Any]) -> tuple[float, float]:
    low, high = _float(rec.get("low")), _float(rec.get("high"))
    if (cell_text(rec.get("qualifier")) or "exact") == "exact":
        tol = rounding_half_step(_float(rec.get("value")))
        return low - tol, high + tol
    return low, high


# --- running totals over time -------------------------------------------------------------

CUMULATIVE_COLUMNS = (
    "claim_id", "source_id", "as_of", "since", "series", "currency", "value", "low", "high",
    "surface", "speaker", "kind", "category", "donors", "part_of", "change_vs_previous",
    "note", "sentence",
)


def cumulative_totals(claims_df: pd.DataFrame, currency: str = "EUR") -> pd.DataFrame:
    """Running totals ("since February 2022", "so far") on one time axis, in ``currency``.

    One row per cumulative money claim and per part of one, ordered by ``as_of`` (the
    period end, else the publication day). ``value``, ``low`` and ``high`` are in
    ``currency`` ("EUR" or "USD") at the ECB rate of each claim's own day, the range
    widened for rounding. ``series`` names what is being totalled (stage, kind of aid,
    donors); ``change_vs_previous`` is the change from the previous total of the same
    series (NaN for the first), and ``note`` says "growth" or "fell" in words.

    >>> df = make_claims([
    ...     dict(claim_id="a:c01", unit="USD", value=150e9, qualifier="more_than",
    ...          scope_type="cumulative", published="2023-04-21", kind="provided"),
    ...     dict(claim_id="b:c01", unit="USD", value=200e9, scope_type="cumulative",
    ...          published="2024-04-21", kind="provided"),
    ... ])
    >>> cumulative_totals(df, "USD")["note"].tolist()
    ['first in the series', 'grew by $50 bn since 2023-04-21']
    """
    if currency not in ("EUR", "USD"):
        raise ValueError(f"currency must be 'EUR' or 'USD', not {currency!r}")
    claims = parsed_claims(claims_df)
    by_id = {c.claim_id: c for c in claims}
    keep = [c for c in claims if c.is_money and (
        c.scope_type == "cumulative"
        or (c.part_of in by_id and by_id[c.part_of].scope_type == "cumulative"))]
    rows: list[dict[str, Any]] = []
    for c in keep:
        lo, hi = range_in(c, currency)
        series = (f"{KIND_WORDS.get(c.kind, c.kind)} · {c.category} · {c.donors_text}"
                  f"{' → ' + c.recipient if c.recipient else ''}")
        rows.append({
            "claim_id": c.claim_id, "source_id": c.source_id, "as_of": c.as_of,
            "since": c.period_start, "series": series, "currency": currency,
            "value": central_in(c, currency), "low": lo, "high": hi, "surface": c.surface,
            "speaker": c.speaker or c.source_id, "kind": c.kind, "category": c.category,
            "donors": c.donors_text, "part_of": c.part_of or None, "sentence": c.sentence,
        })
    out = pd.DataFrame(rows, columns=[c for c in CUMULATIVE_COLUMNS
                                      if c not in ("change_vs_previous", "note")])
    out = out.sort_values(["as_of", "claim_id"], kind="stable").reset_index(drop=True)
    change = np.full(len(out), np.nan)
    notes = ["first in the series"] * len(out)
    last_seen: dict[str, int] = {}
    records = out.to_dict("records")
    for i, row in enumerate(records):
        prev = last_seen.get(str(row["series"]))
        if prev is not None:
            p = records[prev]
            change[i] = _float(row["value"]) - _float(p["value"])
            if _float(row["high"]) < _float(p["low"]):
                notes[i] = (f"fell by {fmt_money(-change[i], currency)} since {p['as_of']}: "
                            "a running total should not shrink")
            else:
                notes[i] = f"grew by {fmt_money(change[i], currency)} since {p['as_of']}"
        last_seen[str(row["series"])] = i
    out.insert(15, "change_vs_previous", change)
    out.insert(16, "note", notes)
    out["as_of"] = pd.to_datetime(out["as_of"])
    out["since"] = pd.to_datetime(out["since"])
    return out[list(CUMULATIVE_COLUMNS)]


# --- constructed claims, for tests and examples -----------------------------------------

_DEFAULTS: Mapping[str, Any] = {
    "source_id": "example", "published": "2025-04-11", "measure": "money", "unit": "EUR",
    "qualifier": "exact", "vague": False, "rate_note": "", "speaker": None,
    "speaker_role": None, "speaker_text": None, "attribution": "outlet", "donors": (),
    "recipient": "Ukraine", "kind": "pledged", "category": "military", "scope_text": "",
    "scope_type": "new", "period_start": None, "period_end": None, "part_of": None,
    "pair_id": None, "status": "parsed",
}
_STEP_FOR = {"more_than": (0, 1), "at_least": (0, 1), "around": (-0.5, 0.5),
             "nearly": (-1, 0), "up_to": (None, 0), "less_than": (None, 0), "exact": (0, 0)}


def make_claims(records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A claims table (:data:`aidlib.records.CLAIM_COLUMNS`) from a few fields per claim.

    For tests and examples.

    Missing fields take defaults (a pledge of military aid to Ukraine, fresh, published
    2025-04-11, in EUR). ``low``/``high`` follow the parser's conventions from
    ``qualifier`` and ``step`` (default: the figure's last non-zero digit); EUR and USD
    columns use the ECB rate of ``published``.

    >>> make_claims([dict(claim_id="a:c01", value=21e9, qualifier="more_than")])[
    ...     ["low", "high"]].iloc[0].tolist()
    [21000000000.0, 22000000000.0]
    """
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        row = {**_DEFAULTS, **rec}
        row.setdefault("claim_id", f"{row['source_id']}:c{i + 1:02d}")
        value = float(row["value"])
        surface = row.get("surface") or fmt_money(value, row["unit"])
        row.setdefault("surface", surface)
        row.setdefault("sentence", f"Someone said {surface}.")
        row.setdefault("start", 100 * i)
        row.setdefault("end", 100 * i + len(surface))
        row.setdefault("sentence_start", 100 * i)
        row.setdefault("sentence_end", 100 * i + len(row["sentence"]))
        step = float(row.pop("step", rounding_half_step(value) / 0.5 if value else 1.0))
        if "low" not in rec or "high" not in rec:
            lo_k, hi_k = _STEP_FOR.get(row["qualifier"], (0, 0))
            row["low"] = 0.0 if lo_k is None else value + lo_k * step
            row["high"] = value + hi_k * step
        row["value"] = value
        row["donors"] = tuple(sorted(row["donors"]))
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame["published"] = pd.to_datetime(frame["published"])
    frame["period_start"] = pd.to_datetime(frame["period_start"])
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    money = frame["measure"] == "money"
    conv = ecb_rates().to_eur_usd(frame, amount_cols=("low", "high"), currency="unit",
                                  on="published")
    for col in ("eur_low", "eur_high", "usd_low", "usd_high"):
        frame[col] = conv[col].where(money)
    frame["rate_note"] = conv["rate_note"].where(money, "")
    return frame
