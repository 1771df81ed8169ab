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

from ..records import PAIR_COLUMNS
from .checks import CURRENCY_CHECK_COLUMNS, currency_checks
from .examples import make_claims
from .groups import comparable_groups, group_summary
from .ranges import (
    central_in,
    fmt_money,
    latest_label,
    native_range,
    parsed_claims,
    range_in,
    rounding_half_step,
)
from .rules import (
    AFTER_CONVERSION,
    ALLIANCE_MEMBERS,
    COMPARABLE,
    CONFLICTING,
    CONSISTENT,
    CONVERSION_SLACK,
    DIFFERENCES,
    DIFFERENT_SCOPE,
    MAX_ROUNDING,
    NOT_COMPARABLE,
    SAME_ANNOUNCEMENT_DAYS,
    SAME_TOTAL_DAYS,
    VERDICTS,
)
from .totals import CUMULATIVE_COLUMNS, cumulative_totals
from .verdicts import pair_verdicts

__all__ = [
    "AFTER_CONVERSION",
    "ALLIANCE_MEMBERS",
    "COMPARABLE",
    "CONFLICTING",
    "CONSISTENT",
    "CONVERSION_SLACK",
    "CUMULATIVE_COLUMNS",
    "CURRENCY_CHECK_COLUMNS",
    "DIFFERENCES",
    "DIFFERENT_SCOPE",
    "MAX_ROUNDING",
    "NOT_COMPARABLE",
    "PAIR_COLUMNS",
    "SAME_ANNOUNCEMENT_DAYS",
    "SAME_TOTAL_DAYS",
    "VERDICTS",
    "central_in",
    "comparable_groups",
    "cumulative_totals",
    "currency_checks",
    "fmt_money",
    "group_summary",
    "latest_label",
    "make_claims",
    "native_range",
    "pair_verdicts",
    "parsed_claims",
    "range_in",
    "rounding_half_step",
]
