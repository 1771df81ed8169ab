"""Relations between two claims: do their donors, categories and periods measure the
same thing, and if not, in which plain words do they differ.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..records import Claim
from .rules import (
    ADJACENT_PERIOD_DAYS,
    ALL_BACKERS,
    ALLIANCE_MEMBERS,
    SAME_ANNOUNCEMENT_DAYS,
    SAME_PERIOD_OVERLAP,
    SAME_TOTAL_DAYS,
    SCOPE_WORDS,
    TOTAL_CONTAINS,
    UNKNOWN_CATEGORY,
)


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


# --- relations between two claims -------------------------------------------------------


def _expand(donors: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in donors:
        out |= ALLIANCE_MEMBERS.get(name, frozenset({name}))
    return frozenset(out)


def donor_relation(a: Claim, b: Claim) -> tuple[str, str]:
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


def category_relation(a: Claim, b: Claim) -> tuple[str, str]:
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


def time_relation(a: Claim, b: Claim) -> tuple[str, str]:
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
