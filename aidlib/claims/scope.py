"""Scope: which period a figure covers (a running total since a date, a stated period,
fresh money, or unspecified), with the period's first and last day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Final

import dateparser

from .. import claim_rules as R
from ..dates import MONTH_GROUP
from ..literals import words_alternation
from ..records import Claim
from ..text import list_line_at, sentence_at
from .patterns import (
    ACT_DATE_GROUPS,
    ACT_VERB_BEFORE,
    AS_OF,
    CUMULATIVE,
    CUMULATIVE_IF_DELIVERED,
    FIRST_ACT,
    FLOW_DATE_GROUPS,
    INVASION,
    MONTH_YEAR,
    NEW_AFTER,
    NEW_BEFORE,
    NEW_VEHICLE,
    NEW_VERB_BEFORE,
    NOT_NEW_BEFORE,
    NOW_LEVEL,
    PART_OPENER,
    PERIOD,
    PERIOD_ANCHOR,
    RUNNING_LEVEL,
    SCOPE_CLAUSE_BREAK,
    SECOND_ACT,
    SINCE,
    SINCE_COMPARISON,
    SINCE_COMPARISON_REACH,
    SINCE_OPENER,
    WORTH_BEFORE,
)

# Days into January in which a year-in-review looks back on the year just ended.
_LOOK_BACK_DAYS: Final = 21
# A past-tense verb of the clause before a period phrase, and no future or modal word there.
# A verb in the simple past: not after "has/have" (a present perfect, "has set aside", tells
# of the present: in January, of the new year's budget)
_PAST_VERB: Final = re.compile(
    r"(?<![\w-])(?<!has\s)(?<!have\s)"
    r"(?:\w+ed|gave|sent|set|put|paid|spent|made|took|got|won|brought|came|went"
    r"|had|was|were)(?![\w-])", re.IGNORECASE)
_FUTURE_WORD: Final = re.compile(
    r"(?<![\w-])(?:will|would|shall|plans?|planned|expects?|intends?|is\s+to|are\s+to"
    r"|to\s+be|aims?|budgeted)(?![\w-])", re.IGNORECASE)


def _looks_back(m: re.Match[str]) -> bool:
    """Whether the sentence of ``m`` tells in the simple past (and has no future word)."""
    sentence = sentence_at(m.string, m.start()).text
    return bool(_PAST_VERB.search(sentence)) and not _FUTURE_WORD.search(sentence)


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
    if m.group("years"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        y2 = y2 + (y1 // 100) * 100 if y2 < 100 else y2  # "2026-27"
        return (date(y1, 1, 1), date(y2, 12, 31)) if y1 <= y2 else (None, None)
    if m.group("until"):
        return None, date(int(m.group("until_year")), 12, 31)
    if m.group("months"):
        n = min(max(_number(m.group("n_months")), 1), 12)
        my = int(m.group("m_year")) if m.group("m_year") else y
        return date(my, 1, 1), _month_end(my, n)
    if m.group("war_start"):  # its end is not said
        return R.FULL_SCALE_INVASION, None
    if m.group("budget_year"):
        by = int(m.group("b_year") or m.group("a_year") or y)
        return date(by, 1, 1), date(by, 12, 31)
    if m.group("season"):
        if not m.group("s_year"):
            return None, None
        sy, first_month = int(m.group("s_year")), _SEASON_START[m.group().split()[2].lower()]
        if first_month == 12:  # a winter runs into the next year
            return date(sy, 12, 1), _month_end(sy + 1, 2)
        return date(sy, first_month, 1), _month_end(sy, first_month + 2)
    if m.group("in_month"):
        month = _MONTHS.index(m.group("month").lower()) + 1
        rel = (m.group("month_rel") or "").lower()
        my = int(m.group("month_year")) if m.group("month_year") else (
            y if rel == "this" else y - 1 if rel == "last"
            else y if month <= published.month else y - 1)  # "in March" of the last March
        return date(my, month, 1), _month_end(my, month)
    if m.group("quarter"):
        q = ("first", "second", "third", "fourth").index(m.group("q").lower()) + 1
        qy = int(m.group("q_year")) if m.group("q_year") else y
        return date(qy, 3 * q - 2, 1), _month_end(qy, 3 * q)
    if m.group("half"):
        h = 1 if m.group("h").lower() == "first" else 2
        hy = int(m.group("h_year")) if m.group("h_year") else y
        return date(hy, 6 * h - 5, 1), _month_end(hy, 6 * h)
    if m.group("last_q"):
        q_start = date(y, 3 * ((published.month - 1) // 3) + 1, 1)
        prev_end = q_start - timedelta(days=1)
        return date(prev_end.year, prev_end.month - 2, 1), prev_end
    if m.group("this_year"):
        return date(y, 1, 1), date(y + 1, 12, 31) if m.group("and_next") else published
    if m.group("the_year"):  # a sum "for the year" of the article's year, or of the year
        # just ended when an article of early January looks back on it in the past tense
        year = y - 1 if published.month == 1 and published.day <= _LOOK_BACK_DAYS and (
            _looks_back(m)) else y
        return date(year, 1, 1), date(year, 12, 31)
    if m.group("last_year"):
        return date(y - 1, 1, 1), date(y - 1, 12, 31)
    if m.group("next_year"):
        return date(y + 1, 1, 1), date(y + 1, 12, 31)
    if m.group("in_year"):
        year = int(m.group("year") or m.group("fy_year"))
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
                "months": 30, "year": 365, "years": 365}[unit] * n
        return published - timedelta(days=max(1, round(days))), published
    if m.group("ago"):
        n = _number(m.group("ago_n"))
        unit = m.group("ago_unit").lower().rstrip("s")
        day = _days_ago(n, unit, published)
        return day, day
    if m.group("overnight"):
        return published - timedelta(days=1), published
    return None, None


def _days_ago(n: int, unit: str, published: date) -> date | None:
    """The day ``n`` days, weeks or months before ``published``, as dateparser reads "``n``
    units ago" (days and weeks counted here: dateparser takes milliseconds a phrase, and
    tests/test_prefilters.py checks the two agree)."""
    if unit in ("day", "week"):
        try:
            return published - timedelta(days=n * (7 if unit == "week" else 1))
        except OverflowError:
            pass  # before the year 1: dateparser's answer, whatever it is
    base = datetime(published.year, published.month, published.day)
    when = dateparser.parse(f"{n} {unit}s ago", settings={"RELATIVE_BASE": base},
                           languages=["en"])
    return when.date() if when else None


# "2022", "February 2022": read here as their first day, as dateparser reads them with the
# settings of _parse_day (tests/test_prefilters.py checks the two agree), since it takes
# milliseconds a phrase.
_YEAR_OR_MONTH: Final = re.compile(
    rf"(?:(?P<month>{MONTH_GROUP})\s)?(?P<year>(?:19|20)\d\d)"
)


def _since_day(what: str, published: date) -> date | None:
    """The first day of a "since" phrase's words: the invasion's, unless another year than
    2022 is named with it, or the day they name."""
    if INVASION.search(what) and not re.search(r"\b(?:19|20)(?!22)\d\d\b", what):
        return R.FULL_SCALE_INVASION
    return _parse_day(what, published)


def _parse_day(phrase: str, published: date) -> date | None:
    """The first day a "since" phrase names, through dateparser (months and years start on
    their first day); a longer phrase is narrowed to the month and year in it first."""
    plain = _YEAR_OR_MONTH.fullmatch(phrase)
    if plain:
        month = plain.group("month")
        return date(int(plain.group("year")), _MONTHS.index(month.lower()) + 1 if month else 1, 1)
    base = datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first",
                "PREFER_MONTH_OF_YEAR": "first", "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, settings=settings, languages=["en"])
    if parsed is None:
        inner = MONTH_YEAR.search(phrase)
        parsed = (dateparser.parse(inner.group(), settings=settings, languages=["en"])
                  if inner else None)
    return parsed.date() if parsed else None


_MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
_SEASON_START: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class Scope:
    text: str = ""
    type: str = "unspecified"
    start: date | None = None
    end: date | None = None


def find_scope(text: str, before: tuple[int, int], after: tuple[int, int], fig_end: int,
               published: date, kind: str | None = None) -> Scope:
    """Scope of a figure: a period, else "since ...", else cumulative words, else "new".

    For money (``kind`` given) the date of a one-off act is no period ("approved earlier
    this year", "announced last week"), nor is a month or last year for a promise
    ("approved $13.6 billion in March"), while a flow in it is ("received €4.5 billion in
    March"; guide v2.1). The words searched stop at a clause joined by ", and" / ", as" /
    ", while" (the "since ..." of the next clause is not this figure's).
    """
    # the words before start right at an earlier figure of a list ("€2 billion in loans
    # in the autumn of 2023, €0.7 billion in grants"): a period there
    # followed by ", " or "and" is that figure's
    cut = _clause_cut_before(text, before)
    listed = cut == before[0] > 0 and text[cut - 1].isalnum()
    before = (cut, before[1])
    after = (after[0], _clause_cut_after(text, after))
    windows = (after, before)
    for k, (lo, hi) in enumerate(windows):
        if not PERIOD_ANCHOR.search(text, lo, hi):
            continue  # no period phrase nor "as of" date can be there (most windows)
        since = [(x.start(), x.end()) for x in SINCE.finditer(text, lo, hi)]
        period = next((pm for pm in PERIOD.finditer(text, lo, hi)
                       if (_alone(text, pm) or (
                           (_is_period(pm, kind) or _future_flow(text, pm, kind))
                           and not _act_date(text, pm, kind)
                           and not _allocation_date(text, pm, kind, lo, hi)))
                       and not (k == 1 and listed and _ITEM_BREAK.search(text, pm.end(), hi))
                       and not any(a <= pm.start() < b for a, b in since)), None)
        as_of = next((a for a in AS_OF.finditer(text, lo, hi)
                      if not any(x <= a.start() < y for x, y in since)), None)
        # the nearer to the figure of a period and an "as of" date ("which is due to total
        # €3bn by 2027": after it, the first; before it, the last)
        if as_of is not None and (period is None or (
                as_of.start() < period.start() if k == 0 else as_of.start() > period.start())):
            day = _as_of_day(as_of.group(), published)
            if (day is not None and day.year > published.year and kind in _PROMISES
                    and _BY_YEAR.fullmatch(as_of.group())  # "to mobilise $X by 2030": a
                    and not _LEVEL_TO.search(text, max(before[0], before[1] - 40), before[1])):
                return Scope(as_of.group(), "period", None, day)  # deadline, no running total
            return Scope(as_of.group(), "cumulative", None, day)
        if period is not None and k == 1 and NOW_LEVEL.match(text, period.end(), hi):
            return Scope(text[period.start() : hi].strip(), "cumulative", None, published)
        if period is not None:
            start, end = _resolve_period(period, published)
            return Scope(period.group(), "period", start, end)
    for lo, hi in windows:
        m = next((x for x in SINCE.finditer(text, lo, hi) if not SINCE_COMPARISON.search(
            text, max(lo, x.start() - SINCE_COMPARISON_REACH), x.start())), None)
        if m:
            return Scope(m.group(), "cumulative", _since_day(m.group("what"), published),
                         published)
    cumulative = [CUMULATIVE, CUMULATIVE_IF_DELIVERED] if kind in (None, "provided") else [
        CUMULATIVE]
    for k, (lo, hi) in enumerate(windows):
        found = [m for pattern in cumulative for m in pattern.finditer(text, lo, hi)
                 if not (k == 0 and _cue(m) in R.SCOPE_CUMULATIVE_BEFORE_ONLY)
                 and not SINCE_COMPARISON.search(  # "the largest package to date"
                     text, max(lo, m.start() - SINCE_COMPARISON_REACH), m.start())]
        if found:
            order = {c: i for i, c in enumerate(R.SCOPE_CUMULATIVE)}
            best = min(found, key=lambda m: order.get(" ".join(m.group().lower().split()), 99))
            return Scope(best.group(), "cumulative", None, published)
    level = RUNNING_LEVEL.search(text, max(before[0], before[1] - _LEVEL_REACH), before[1])
    if level is not None and (level.group("raise") or not NEW_BEFORE.search(
            text, max(before[0], level.start() - _SUBJECT_REACH), level.end())):  # "the new
        # aid will total $X" is one act's sum; "the new grant brings ... to $X" a total
        return Scope(" ".join(level.group().split()), "cumulative", None, published)
    new_after = NEW_AFTER.match(text, fig_end, after[1])
    if new_after:
        return Scope(new_after.group().strip(), "new", None, None)
    lo, hi = after
    near_after = NEW_BEFORE.search(text, lo, min(hi, lo + 30))
    if near_after is not None and _PART_LEAD.search(text, lo, near_after.start()):
        near_after = None  # "€73m, including the new €23m": the part's newness
    if near_after is not None and not _NEW_AFTER_LEAD.fullmatch(text, lo, near_after.start()):
        near_after = None  # "$X for new purchases", "$X funds new weapons": the goods' newness
    # newness words of the noun phrase a figure is the value of reach further ("one more
    # weapons package for Ukraine, worth $500 million")
    reach = _NEW_REACH_WORTH if WORTH_BEFORE.search(text, before[0], before[1]) else 40
    near_before = sorted([*NEW_BEFORE.finditer(text, max(before[0], before[1] - reach), before[1]),
                          *NEW_VEHICLE.finditer(text, max(before[0], before[1] - reach),
                                                before[1])], key=lambda m: m.start())
    if NOT_NEW_BEFORE.search(text, max(before[0], before[1] - _NEW_REACH_WORTH), before[1]):
        near_before = []  # "... comes on top of the £3 billion": the old money
    hit = near_before[-1] if near_before else near_after
    if hit is None and _TO_AFTER.match(text, fig_end, after[1]):  # "add €1bn to the fund"
        hit = NEW_VERB_BEFORE.search(text, max(before[0], before[1] - 20), before[1])
    if hit:
        return Scope(hit.group(), "new", None, None)
    return Scope()


# "alone" right after a date phrase ("In June 2022 alone, the Bank approved ...", "in 2024
# alone"): the sum of what was done over that span, a period even for acts of promising.
_ALONE: Final = re.compile(r",?\s+alone(?![\w-])", re.IGNORECASE)


def _alone(text: str, m: re.Match[str]) -> bool:
    return m.group().lower().endswith("alone") or bool(_ALONE.match(text, m.end()))


def _future_flow(text: str, m: re.Match[str], kind: str | None) -> bool:
    """A month or season after a verb of arrival or payment of a promise ("the next payment
    would arrive in March", "is to be disbursed in June"): the flow's date, a period (guide
    v2.1: a dated flow), not the date of the act of promising."""
    group = next((g for g, v in m.groupdict().items() if v and g in _TOP_GROUPS), None)
    return (kind in _PROMISES and group in FLOW_DATE_GROUPS
            and bool(_ARRIVAL_BEFORE.search(text, max(0, m.start() - _ACT_REACH), m.start())))


# A verb of arrival or payment in the future right before a date (a few words between): a
# passive ("is to be disbursed in June", "will be received in March"), or an active verb
# with the payment as its object ("would disburse a <sum> payment in <month>", the headline
# infinitive "<body> to pay out <sum> in <month>"; Commission and wire copy on Ukraine
# Facility tranches, ninth round).
_ARRIVAL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:will|would|should|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to"
    r"|is\s+expected\s+to|are\s+expected\s+to)\s+(?:be\s+)?(?:arrive|reach\s+[\w'’-]+"
    r"|paid|disbursed|transferred|wired|credited|paid\s+out|released|delivered|received)"
    r"(?:\s+[\w'’-]+){0,2}?"
    r"|(?:will|would|is\s+to|are\s+to|to)\s+(?:disburse|pay\s+out|transfer|wire|release)"
    r"(?:\s+[\w'’$€£.,-]+){1,8}?)\s+$", re.IGNORECASE)


def _cue(m: re.Match[str]) -> str:
    return " ".join(m.group().lower().split())


def _act_date(text: str, m: re.Match[str], kind: str | None) -> bool:
    """A date phrase right after a verb of a one-off act ("approved in April 2024", "agreed
    by leaders last year"): for money, the act's date, not a period (guide v2.1)."""
    if kind is None or not (m.group("in_month") or m.group("last_year") or m.group("this_span")
                            or (m.group("in_year") and m.group().lower().startswith("in"))):
        return False
    return bool(ACT_VERB_BEFORE.search(text, max(0, m.start() - _ACT_REACH), m.start()))


def _allocation_date(text: str, m: re.Match[str], kind: str | None, lo: int, hi: int) -> bool:
    """A month or last week opening a government's allocation of its own money ("In May,
    the Cabinet allocated UAH X"), or an estimate of money that is not aid ("In July
    auditors put the error at $X"): the date of the act of allocating or estimating,
    not a period of spending (as for a promise: guide v2.1)."""
    act = {"to_spend": _ALLOCATION, "other": _ESTIMATING}.get(kind or "")
    if act is None:
        return False
    group = next((g for g, v in m.groupdict().items() if v and g in _TOP_GROUPS), None)
    return group in FLOW_DATE_GROUPS and m.end() <= hi and bool(act.search(text, m.end(), hi))


# A verb of putting a figure on something ("In July auditors put the error at $X"):
# for money that is not aid, the date of the estimate, no period.
_ESTIMATING: Final = re.compile(
    r"(?<![\w-])(?:put|puts)\s+(?:[\w'’-]+\s+){1,4}?at\s+",
    re.IGNORECASE)
# A verb of allocating (own_allocation of the kind cues).
_ALLOCATION: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.KIND_OWN_ALLOCATION)})(?![\w-])",
    re.IGNORECASE)


# "to" after a figure, past a bracketed conversion ("add SEK 1bn (€90m) to the fund").
_TO_AFTER: Final = re.compile(r"\s*\)?\s*(?:\([^()]*\)\s*)?to\s", re.IGNORECASE)
_ACT_REACH: Final = 60  # characters back from a date to the verb of the act it dates
_NEW_REACH_WORTH: Final = 80  # characters back from "worth $X" to a newness word
_LEVEL_REACH: Final = 120  # characters back from a figure to a running total's noun and verb
_SUBJECT_REACH: Final = 25  # characters back from a running-total noun to a newness word


def _as_of_day(phrase: str, published: date) -> date | None:
    """The last day an "as of" phrase names ("by mid-July 2023" -> 2023-07-31, "as of March
    31" -> that day of the last March, "by 2027" -> 2027-12-31); None for "the May update".
    Written by hand: a month, a day and a year read by pattern, no date parser needed."""
    year = _YEAR.search(phrase)
    month = _MONTH_NAME.search(phrase)
    if month is None:
        return date(int(year.group()), 12, 31) if year else None
    n = _MONTHS.index(month.group().lower()) + 1
    y = int(year.group()) if year else (
        published.year if n <= published.month else published.year - 1)
    day = _DAY.search(phrase)
    if day and 1 <= int(day.group(1)) <= monthrange(y, n)[1] and not phrase.lower().startswith(
            ("by mid", "by early", "by late", "as of mid")):
        return date(y, n, int(day.group(1)))
    return _month_end(y, n)


_YEAR: Final = re.compile(r"\b20\d\d\b")
# A level a sum rises to right before it ("is due to total $X by 2027", "will reach $X"): a
# running total by that year, not a deadline.
_LEVEL_TO: Final = re.compile(
    r"(?<![\w-])(?:total|reach|amount\s+to|rise\s+to|grow\s+to|climb\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "by 2030", "by the end of 2030": a deadline year (of a promise, a period ending then).
_BY_YEAR: Final = re.compile(r"by\s+(?:the\s+end\s+of\s+)?20\d\d", re.IGNORECASE)
_MONTH_NAME: Final = re.compile(rf"\b{MONTH_GROUP}\b", re.IGNORECASE)
_DAY: Final = re.compile(r"(?<![\d-])(\d{1,2})(?:st|nd|rd|th)?(?!\d)")


def _is_period(m: re.Match[str], kind: str | None) -> bool:
    """Whether a period phrase is a period of this figure (see :func:`find_scope`)."""
    if kind is None:  # counts: "overnight", "this week" are their periods
        return True
    group = next(g for g, v in m.groupdict().items() if v and g in _TOP_GROUPS)
    if group in ACT_DATE_GROUPS:
        return False
    return not (group in FLOW_DATE_GROUPS and kind in _PROMISES)


_TOP_GROUPS: Final = frozenset(PERIOD.groupindex) - {
    "y1", "y2", "until_year", "n_months", "m_year", "q", "q_year", "h", "h_year", "b_year",
    "a_year",
    "year", "fy_year", "s_year", "month", "month_year", "month_rel", "and_next", "past_n",
    "past_unit", "ago_n", "ago_unit"}
_PROMISES: Final = frozenset({"pledged", "contracted", "requested"})


def _clause_cut_before(text: str, window: tuple[int, int]) -> int:
    """Where the figure's clause starts in the words before it: after the last clause
    break, or the last sentence end a quotation hid from the sentence splitter ('... this
    winter. The Commission has set aside €50 million')."""
    cuts = [*SCOPE_CLAUSE_BREAK.finditer(text, *window), *_SENTENCE_END.finditer(text, *window),
            *(m for m in SECOND_ACT.finditer(text, *window)
              if FIRST_ACT.search(text, window[0], m.start()))]
    return max(c.end() for c in cuts) if cuts else window[0]


def _clause_cut_after(text: str, window: tuple[int, int]) -> int:
    brk = SCOPE_CLAUSE_BREAK.search(text, *window)
    if brk is not None and _SPAN_CLAUSE.match(text, brk.end() - 1):  # "the €50bn Facility,
        brk = SCOPE_CLAUSE_BREAK.search(text, brk.end(), window[1])  # which runs to 2027"
    cuts = [c for c in (brk,
                        _SENTENCE_END.search(text, *window),
                        _RAISING.search(text, *window)) if c is not None]
    return min(c.start() for c in cuts) if cuts else window[1]


# A relative clause after a figure's noun phrase that gives the span its money runs over
# ("the <fund>, which runs to <year>", "..., which spreads its grants over <n> years"; EU
# and budget copy): its period is the figure's, so the words searched go on.
_SPAN_CLAUSE: Final = re.compile(
    r"\s(?:will\s+)?(?:runs?|running|spans?|lasts?|stretch(?:es)?|(?:is\s+)?spread(?:s)?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:over|until|till|to|through|into|from|between)\s",
    re.IGNORECASE)
# Words after a figure that lead to a part of it ("including the new €23m", "of which a
# fresh €5m").
_PART_LEAD: Final = re.compile(r"(?<![\w-])(?:including|includes|of\s+which|among\s+them)"
                               r"(?![\w-])", re.IGNORECASE)
# A participle raising a running total after a figure (", taking the donor's total for
# the year to $X"): its words, a period among them, are the total's, not the figure's.
_RAISING: Final = re.compile(
    r",\s+(?:bringing|taking|raising|lifting|pushing|boosting)\s", re.IGNORECASE)
# Between a figure and a newness word after it that is the money's ("$X in new aid", "$X
# (about €Y) of fresh funding", "$X, a new package"): not a verb or "for" ("$X for new
# purchases", "$X funds new weapons purchases": the newness of what the money buys).
_NEW_AFTER_LEAD: Final = re.compile(
    r"\)?\s*(?:\([^()]{0,60}\)\s*)?(?:(?:in|of|worth\s+of|as|,|:|[-–—]|,?\s*or)\s+)?"
    r"(?:(?:an?|the|its|their)\s+)?",
    re.IGNORECASE)
# Between two items of a list: a comma or "and".
_ITEM_BREAK: Final = re.compile(r",|\band\b")
# A sentence end inside a window (after a lower-case word or a digit, so not "U.S."):
_SENTENCE_END: Final = re.compile(r"(?<=[a-z0-9])[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")


def scopes_from_context(claims: Sequence[Claim], text: str) -> list[Claim]:
    """Parts stated in a sentence after their whole ("... a further €100m in military aid.
    Of the total, €80m will ... The remaining €20m will ..."; "That includes $1 billion in
    weapons and $850 million ..."), or in the items of a list led by a colon after it: the
    money of a sentence opening on such words, or of such an item, shares the scope of the
    last whole stated before it (at most ``_PART_REACH`` characters back, from the part's
    sentence or the list's lead), unless it states its own, and its category unless it
    states one (guide v2: parts inherit). Money that is not aid is no such whole.
    """
    out = _parts_in_sentence(_raise_levels(_dated_table_row(_totalled_since_previous_sentence(
        _framed_by_previous_sentence(_framed_by_own_opener(
            _part_before_whole(list(claims), text), text), text), text), text), text), text)
    whole: Claim | None = None      # the last whole of an earlier sentence
    current: Claim | None = None    # the last whole of the sentence being read
    sentence = -1
    for i, c in enumerate(out):
        if c.measure != "money":
            continue
        if c.sentence_start != sentence:
            sentence, whole = c.sentence_start, current or whole
            current = None
        if (c.part_of is None and whole is not None and whole.kind not in ("to_spend", "other")
                and _opens_part(text, c, whole)):
            if c.scope_type == "unspecified" and whole.scope_type != "unspecified":
                c = _with_scope_of(c, whole)
            if c.category == "unspecified" and whole.category not in ("total", "unspecified"):
                c = replace(c, category=whole.category)
            out[i] = c  # its sentence's whole stays the earlier one ("The remaining ...")
        elif c.part_of is None and current is None:
            current = c
    return out


def _with_scope_of(c: Claim, source: Claim) -> Claim:
    """``c`` with ``source``'s scope: its words, type and period (a part taking its whole's)."""
    return replace(c, scope_text=source.scope_text, scope_type=source.scope_type,
                   period_start=source.period_start, period_end=source.period_end)


# Words after a whole that lead to its parts in the same sentence ("a further $X package
# combining a $Y loan, ...", "$X, including around $Y for ...", "$X, of which $Y ...").
_PARTS_LEAD: Final = re.compile(
    r"(?<![\w-])(?:including|combining|comprising|of\s+which)(?![\w-])", re.IGNORECASE)
_PARTS_REACH: Final = 160  # characters from a whole to its last part


def _parts_in_sentence(claims: list[Claim], text: str) -> list[Claim]:
    """Money of no stated scope after a part lead that follows a whole of its sentence
    ("a further $X package combining a $Y loan and a $Z grant"): a part, it shares the
    whole's scope (guide v2: parts inherit)."""
    money = [i for i, c in enumerate(claims) if c.measure == "money"]
    for k, i in enumerate(money):
        c = claims[i]
        if c.scope_type != "unspecified":
            continue
        for j in reversed(money[:k]):
            w = claims[j]
            if w.sentence_start != c.sentence_start or c.start - w.end > _PARTS_REACH:
                break
            gap = text[w.end : c.start]
            if ";" in gap:
                break
            if _PARTS_LEAD.search(gap):
                if w.scope_type != "unspecified":
                    claims[i] = _with_scope_of(c, w)
                break
    return claims


# The words joining the levels of a raise: "from X (originally planned) to Y", "to Y, from
# X", "by Z, from X to Y".
_FROM_BEFORE: Final = re.compile(r"(?<![\w-])from\s+(?:the\s+)?$", re.IGNORECASE)
_LEVELS_TO: Final = re.compile(r"(?:\s+(?:originally|first|initially|previously)\s+"
                               r"(?:planned|budgeted|envisaged|set))?\s+to\s+(?:the\s+)?")
_THEN_FROM: Final = re.compile(r",\s+from\s+(?:the\s+)?", re.IGNORECASE)


def _raise_levels(claims: list[Claim], text: str) -> list[Claim]:
    """The levels of a raise told in one clause ("the <year> provision rises from X to Y",
    "raised its support this year to Y, from X", "the line in the <year> budget rises by Z,
    from X to Y") share the period one of them states (guide, eleventh round: both levels
    keep the line's period): a level of no stated scope takes it."""
    money = [i for i, c in enumerate(claims) if c.measure == "money"]
    groups: list[list[int]] = []
    for a, b in pairwise(money):
        p, q = claims[a], claims[b]
        if p.sentence_start != q.sentence_start or q.start < p.end:
            continue
        linked = _THEN_FROM.fullmatch(text, p.end, q.start) or (
            _LEVELS_TO.fullmatch(text, p.end, q.start)
            and _FROM_BEFORE.search(text, max(p.sentence_start, p.start - 12), p.start))
        if not linked:
            continue
        if groups and groups[-1][-1] == a:
            groups[-1].append(b)
        else:
            groups.append([a, b])
    for group in groups:
        source = next((claims[i] for i in group if claims[i].scope_type == "period"), None)
        if source is None:
            continue
        for i in group:
            if claims[i].scope_type == "unspecified":
                claims[i] = _with_scope_of(claims[i], source)  # a period
    return claims


# Characters from the end of a whole's sentence to a part's sentence opening on "Of that":
# about two short paragraphs.
_PART_REACH: Final = 600


def _opens_part(text: str, c: Claim, whole: Claim) -> bool:
    """Whether ``c`` is told as a part of the earlier ``whole``: its sentence opens on a part
    opener, or it is an item of a list whose lead ends on a colon, in reach of the whole."""
    if PART_OPENER.match(text, c.sentence_start, c.start):
        return c.sentence_start - whole.sentence_end <= _PART_REACH
    lead = _list_lead_end(text, c.sentence_start)
    return lead is not None and 0 <= lead - whole.sentence_end <= _PART_REACH


def _list_lead_end(text: str, start: int) -> int | None:
    """Where the line leading into the list ends, when the sentence at ``start`` opens a
    line of a list (an item of a list, or the line after its lead) whose lead ends on a colon:
    "In <period>, donors committed €X billion. By country:\n\n- <Country>: €Y billion" (the
    family of tracker summaries: the items are parts of the whole before the lead, and
    share its scope)."""
    line = list_line_at(text, start)
    if line is None or line.lead is None or text[line.body : start].strip():
        return None  # not a list's line, or the sentence does not open the item
    return line.lead[1]


def _part_before_whole(claims: list[Claim], text: str) -> list[Claim]:
    """A part stated before its whole ("has disbursed €18.1 billion of the €50 billion
    Ukraine Facility so far"): the running-total words right after the whole are the part's
    verb's (the size of a facility is no running total), and the part shares the whole's
    category unless it states one (guide v2: parts inherit)."""
    at = {c.claim_id: i for i, c in enumerate(claims)}
    for i, c in enumerate(claims):
        j = at.get(c.part_of) if c.part_of is not None else None
        if j is None or claims[j].start < c.start or c.measure != "money":
            continue
        whole = claims[j]
        if (c.scope_type == "unspecified" and whole.scope_type == "cumulative"
                and whole.scope_text
                and text.find(whole.scope_text, whole.end, whole.end + _AFTER_WHOLE) >= 0):
            claims[i] = c = replace(c, scope_text=whole.scope_text, scope_type="cumulative",
                                    period_start=whole.period_start,
                                    period_end=whole.period_end)
            claims[j] = replace(whole, scope_text="", scope_type="unspecified",
                                period_start=None, period_end=None)
        if c.category == "unspecified" and claims[j].category not in ("total", "unspecified"):
            claims[i] = replace(c, category=claims[j].category)
    return claims


_AFTER_WHOLE: Final = 40  # characters after a whole in which its scope words are the part's


def _framed_by_previous_sentence(claims: list[Claim], text: str) -> list[Claim]:
    """Money received or delivered, of no stated scope, in the sentence right after one that
    opens on a period ("In June alone, the budget received UAH 245 billion. International
    partners provided USD 3 billion, ..."), in the same paragraph, with no date phrase of its
    own: the period frames it too (a dated flow; a promise there is dated by its act)."""
    frame: tuple[int, Claim] | None = None  # (sentence end, a claim of the framing sentence)
    dated: dict[int, bool] = {}  # sentence start -> it holds a date phrase
    for i, c in enumerate(claims):
        if c.measure != "money":
            continue
        opener = PERIOD.match(text, c.sentence_start)
        if (opener is not None and c.scope_type == "period"
                and c.scope_text == opener.group()):
            frame = (c.sentence_end, c)
            continue
        if frame is None or c.sentence_start == frame[1].sentence_start:
            continue
        gap = text[frame[0] : c.sentence_start]
        if gap.strip() or "\n" in gap:
            frame = None
            continue
        if c.sentence_start not in dated:  # each sentence searched once
            dated[c.sentence_start] = bool(PERIOD.search(text, c.sentence_start,
                                                         c.sentence_end))
        if (c.scope_type == "unspecified" and c.kind == "provided"
                and not dated[c.sentence_start]):
            f = frame[1]
            claims[i] = replace(c, scope_text=f.scope_text, scope_type="period",
                                period_start=f.period_start, period_end=f.period_end)
    return claims


def _totalled_since_previous_sentence(claims: list[Claim], text: str) -> list[Claim]:
    """Money of no stated scope in a sentence opening on a summing head (its or their
    combined or total value, "together they", "in all") right after a sentence of the same
    paragraph that opens on "since" and a day or the invasion and states no money of its
    own (a count of acts since a date, then their sum): that sum is the running total
    since the date (guide v2, cumulative)."""
    money_at = {c.sentence_start for c in claims if c.measure == "money"}
    for i, c in enumerate(claims):
        if (c.measure != "money" or c.scope_type != "unspecified"
                or not _SUMMING_OPENER.match(text, c.sentence_start)):
            continue
        head = text[: c.sentence_start].rstrip()
        if not head.endswith(".") or "\n" in text[len(head) : c.sentence_start]:
            continue
        start = sentence_at(text, len(head) - 1).start  # the sentence before
        since = SINCE_OPENER.match(text, start)
        if since is None or any(start <= m < c.sentence_start for m in money_at):
            continue
        begin = _since_day(since.group("what"), c.published)
        if begin is None:
            continue
        claims[i] = replace(c, scope_text=since.group(), scope_type="cumulative",
                            period_start=begin, period_end=c.published)
    return claims


# A sentence opening on a head that sums what was told before: a possessive with a summing
# adjective and a value noun ("Their combined value", "Its total worth"), or a summing
# adverb with a pronoun ("Together they", "Taken together, these", "In all,", "All told,").
# Not a bare "Their" ("Their repair will cost ...": no sum).
_SUMMING_OPENER: Final = re.compile(
    r"[\s\"“]*(?:(?:Their|Its|The)\s+(?:combined|total|overall|aggregate|joint)\s+"
    r"(?:value|worth|sum|cost|amount)|Together(?:,)?\s+(?:they|these|those)"
    r"|Taken\s+together|Combined,|In\s+all,|In\s+total,|All\s+told,|Altogether,)(?![\w-])")


def _framed_by_own_opener(claims: list[Claim], text: str) -> list[Claim]:
    """Money of no stated scope in a sentence opening on an "as of" date or a period and a
    comma ("By the June count, after the vote in parliament, the German total had
    climbed to €12 billion"): the clause cut kept the opener from the figure's words, but it
    frames the whole sentence. A period opener only frames money received or delivered
    (measured: for all kinds it gave "Last week" to "$300 billion in immobilized assets")."""
    openers: dict[int, Scope | None] = {}  # sentence start -> the scope its opener gives
    for i, c in enumerate(claims):
        if c.measure != "money" or c.scope_type != "unspecified":
            continue
        if c.sentence_start not in openers:
            openers[c.sentence_start] = _opener(text, c.sentence_start, c.published)
        scope = openers[c.sentence_start]
        if scope is None or (scope.type == "period" and c.kind != "provided"):
            continue  # a period opener frames a flow; it dates a promise's act or a stock
        claims[i] = replace(c, scope_text=scope.text, scope_type=scope.type,
                            period_start=scope.start, period_end=scope.end)
    return claims


def _opener(text: str, start: int, published: date) -> Scope | None:
    """The scope an "as of" date or a period opening a sentence before a comma gives."""
    as_of = AS_OF.match(text, start)
    if as_of is not None and text.startswith(",", as_of.end()):
        return Scope(as_of.group(), "cumulative", None, _as_of_day(as_of.group(), published))
    period = PERIOD.match(text, start)
    if period is not None and text.startswith(",", period.end()):
        begin, end = _resolve_period(period, published)
        return Scope(period.group(), "period", begin, end)
    return None


def _dated_table_row(claims: list[Claim], text: str) -> list[Claim]:
    """Money of no stated scope in a table row ("| Military support package 2026 | €1
    billion |") whose label cells before it end on a bare year ("..., 2026"): the row's line
    for that year, a period (guide, ninth round: a table's row headings give the scope;
    government releases summing their aid in a table)."""
    for i, c in enumerate(claims):
        if c.measure != "money" or c.scope_type != "unspecified":
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        if not text.startswith("|", line_start):
            continue
        cell_end = text.rfind("|", line_start, c.start)
        year = _ROW_YEAR.search(text, line_start, cell_end + 1) if cell_end > line_start else None
        if year is None:
            continue
        y = int(year.group(1))
        claims[i] = replace(c, scope_text=year.group(1), scope_type="period",
                            period_start=date(y, 1, 1), period_end=date(y, 12, 31))
    return claims


# A bare year closing a table's label cell ("package 2026 |", "assets, 2026 |").
_ROW_YEAR: Final = re.compile(r"(?<![\w-])(20\d\d)\s*(?=\|)")
