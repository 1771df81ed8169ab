"""Scope: which period a figure covers (a running total since a date, a stated period,
fresh money, or unspecified), with the period's first and last day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from .. import claim_rules as R
from .patterns import CUMULATIVE, INVASION, MONTH_YEAR, NEW_AFTER, NEW_BEFORE, PERIOD, SINCE


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return R.NUMBER_WORDS.get(word, 1 if word in ("a", "an") else 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _resolve_period(m: re.Match[str], published: date) -> tuple[date | None, date | None]:
    """Dates of a period phrase. Written by hand: dateparser reads points in time ("a week
    ago"), not spans ("the first three months of the year"), so spans are built here from
    the publication date; points go through dateparser."""
    y = published.year
    if m.group("months"):
        n = min(max(_number(m.group("n_months")), 1), 12)
        return date(y, 1, 1), _month_end(y, n)
    if m.group("quarter"):
        q = ("first", "second", "third", "fourth").index(m.group("q").lower()) + 1
        qy = int(m.group("q_year")) if m.group("q_year") else y
        return date(qy, 3 * q - 2, 1), _month_end(qy, 3 * q)
    if m.group("last_q"):
        q_start = date(y, 3 * ((published.month - 1) // 3) + 1, 1)
        prev_end = q_start - timedelta(days=1)
        return date(prev_end.year, prev_end.month - 2, 1), prev_end
    if m.group("this_year"):
        return date(y, 1, 1), published
    if m.group("last_year"):
        return date(y - 1, 1, 1), date(y - 1, 12, 31)
    if m.group("next_year"):
        return date(y + 1, 1, 1), date(y + 1, 12, 31)
    if m.group("in_year"):
        year = int(m.group("year"))
        return date(year, 1, 1), min(date(year, 12, 31), max(published, date(year, 12, 31)))
    if m.group("this_span"):
        phrase = m.group("this_span").lower()
        if phrase.endswith("week"):
            monday = published - timedelta(days=published.weekday())
            if phrase.startswith("last"):
                return monday - timedelta(days=7), monday - timedelta(days=1)
            return monday, published
        if phrase.startswith("last"):
            first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
            return first, _month_end(first.year, first.month)
        return published.replace(day=1), published
    if m.group("past"):
        n = _number(m.group("past_n")) if m.group("past_n") else 1
        unit = m.group("past_unit").lower()
        days = {"day": 1, "days": 1, "hours": 1 / 24, "week": 7, "weeks": 7, "month": 30,
                "months": 30}[unit] * n
        return published - timedelta(days=max(1, round(days))), published
    if m.group("ago"):
        n = _number(m.group("ago_n"))
        unit = m.group("ago_unit").lower().rstrip("s")
        base = datetime(published.year, published.month, published.day)
        when = dateparser.parse(f"{n} {unit}s ago", settings={"RELATIVE_BASE": base})
        day = when.date() if when else None
        return day, day
    if m.group("overnight"):
        return published - timedelta(days=1), published
    return None, None


def _parse_day(phrase: str, published: date) -> date | None:
    """The first day a "since" phrase names, through dateparser (months and years start on
    their first day); a longer phrase is narrowed to the month and year in it first."""
    base = datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first",
                "PREFER_MONTH_OF_YEAR": "first", "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, settings=settings)
    if parsed is None:
        inner = MONTH_YEAR.search(phrase)
        parsed = dateparser.parse(inner.group(), settings=settings) if inner else None
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class Scope:
    text: str = ""
    type: str = "unspecified"
    start: date | None = None
    end: date | None = None


def find_scope(text: str, before: tuple[int, int], after: tuple[int, int], fig_end: int,
           published: date) -> Scope:
    """Scope of a figure: a period, else "since ...", else cumulative words, else "new"."""
    windows = (after, before)
    for lo, hi in windows:
        m = PERIOD.search(text, lo, hi)
        if m:
            start, end = _resolve_period(m, published)
            return Scope(m.group(), "period", start, end)
    for lo, hi in windows:
        m = SINCE.search(text, lo, hi)
        if m:
            what = m.group("what")
            start = None
            if INVASION.search(what) and not re.search(r"\b(?:19|20)(?!22)\d\d\b", what):
                start = R.FULL_SCALE_INVASION
            else:
                start = _parse_day(what, published)
            return Scope(m.group(), "cumulative", start, published)
    for lo, hi in windows:
        found = [m for m in CUMULATIVE.finditer(text, lo, hi)]
        if found:
            order = {c: i for i, c in enumerate(R.SCOPE_CUMULATIVE)}
            best = min(found, key=lambda m: order.get(" ".join(m.group().lower().split()), 99))
            return Scope(best.group(), "cumulative", None, published)
    new_after = NEW_AFTER.match(text, fig_end, after[1])
    if new_after:
        return Scope(new_after.group().strip(), "new", None, None)
    lo, hi = after
    near_after = NEW_BEFORE.search(text, lo, min(hi, lo + 30))
    near_before = list(NEW_BEFORE.finditer(text, max(before[0], before[1] - 40), before[1]))
    hit = near_before[-1] if near_before else near_after
    if hit:
        return Scope(hit.group(), "new", None, None)
    return Scope()
