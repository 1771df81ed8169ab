"""The verdicts, the rule codes behind them, and the tolerances they use (rounding,
conversion slack, how many days make "the same announcement"), with the memberships
that tell one country from an alliance (from the gazetteer).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..gazetteer import load_gazetteer

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

UNKNOWN_CATEGORY = "unspecified"  # aid whose purpose is not stated: compatible with any category
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
