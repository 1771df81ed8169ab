"""Tests for aidlib.dates: time expressions of the articles (SEEDS), new ones (NEW), and
invariants (spans match, resolution never crashes on what the finder returns)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidlib.corpus import load_corpus
from aidlib.dates import DateNotResolved, find_time_expressions, resolve_date


class Case(NamedTuple):
    expression: str
    published: date
    tense: str
    start: date
    end: date
    precision: str


D = date
# From the five articles: expression, publication date, expected span.
SEEDS = {
    "friday-in-friday-article": Case("on Friday", D(2025, 4, 11), "past",
                                     D(2025, 4, 11), D(2025, 4, 11), "day"),
    "thursday-before-friday": Case("Thursday", D(2025, 4, 11), "past",
                                   D(2025, 4, 10), D(2025, 4, 10), "day"),
    "meeting-friday-ramstein": Case("Friday", D(2023, 4, 21), "present",
                                    D(2023, 4, 21), D(2023, 4, 21), "day"),
    "visit-on-thursday": Case("on Thursday", D(2023, 4, 21), "past",
                              D(2023, 4, 20), D(2023, 4, 20), "day"),
    "took-place-thursday": Case("Thursday", D(2023, 9, 28), "past",
                                D(2023, 9, 28), D(2023, 9, 28), "day"),
    "kremlin-tuesday": Case("on Tuesday", D(2025, 12, 3), "past",
                            D(2025, 12, 2), D(2025, 12, 2), "day"),
    "brussels-wednesday-expected": Case("on Wednesday", D(2025, 12, 3), "future",
                                        D(2025, 12, 3), D(2025, 12, 3), "day"),
    "last-night": Case("last night", D(2025, 12, 3), "past",
                       D(2025, 12, 2), D(2025, 12, 2), "day"),
    "today": Case("today", D(2025, 12, 3), "past", D(2025, 12, 3), D(2025, 12, 3), "day"),
    "last-month": Case("last month", D(2025, 12, 3), "past",
                       D(2025, 11, 1), D(2025, 11, 30), "month"),
    "caption-december-2": Case("December 2", D(2025, 12, 3), "past",
                               D(2025, 12, 2), D(2025, 12, 2), "day"),
    "caption-november-27": Case("November 27", D(2025, 12, 3), "past",
                                D(2025, 11, 27), D(2025, 11, 27), "day"),
    "on-november-20": Case("November 20", D(2025, 11, 21), "past",
                           D(2025, 11, 20), D(2025, 11, 20), "day"),
    "this-week": Case("this week", D(2025, 11, 21), "past",
                      D(2025, 11, 17), D(2025, 11, 23), "week"),
    "february-2022": Case("February 2022", D(2025, 12, 3), "past",
                          D(2022, 2, 1), D(2022, 2, 28), "month"),
}
# Constructed in the same register; the rules never saw them.
NEW = {
    "same-day-as-publication": Case("December 3", D(2025, 12, 3), "past",
                                    D(2025, 12, 3), D(2025, 12, 3), "day"),
    "future-month-day": Case("January 10", D(2025, 12, 3), "future",
                             D(2026, 1, 10), D(2026, 1, 10), "day"),
    "past-across-year": Case("December 28", D(2026, 1, 5), "past",
                             D(2025, 12, 28), D(2025, 12, 28), "day"),
    "next-week": Case("next week", D(2025, 3, 1), "future",
                      D(2025, 3, 3), D(2025, 3, 9), "week"),
    "last-friday-strict": Case("last Friday", D(2025, 4, 11), "past",
                               D(2025, 4, 4), D(2025, 4, 4), "day"),
    "future-weekday": Case("Monday", D(2025, 4, 9), "future",
                           D(2025, 4, 14), D(2025, 4, 14), "day"),
    "overnight": Case("overnight", D(2025, 12, 3), "past",
                      D(2025, 12, 3), D(2025, 12, 3), "day"),
    "yesterday": Case("yesterday", D(2024, 3, 1), "past",
                      D(2024, 2, 29), D(2024, 2, 29), "day"),
    "day-month-order": Case("20 November", D(2025, 11, 21), "past",
                            D(2025, 11, 20), D(2025, 11, 20), "day"),
    "year-only": Case("in 2024", D(2025, 6, 1), "past",
                      D(2024, 1, 1), D(2024, 12, 31), "year"),
    "earlier-this-month": Case("earlier this month", D(2025, 6, 20), "past",
                               D(2025, 6, 1), D(2025, 6, 30), "month"),
}


@pytest.mark.parametrize("case", [*SEEDS.values(), *NEW.values()],
                         ids=[*(f"seed-{k}" for k in SEEDS), *(f"new-{k}" for k in NEW)])
def test_resolve(case: Case) -> None:
    got = resolve_date(case.expression, case.published, tense=case.tense)  # type: ignore[arg-type]
    assert (got.start, got.end, got.precision) == (case.start, case.end, case.precision)
    assert got.basis and got.expression == case.expression


FIND = {
    "weekday-bare": ("allies, meeting Friday at the US base", ["Friday"]),
    "caption": ("at the Kremlin in Moscow, Russia, December 2", ["December 2"]),
    "two": ("flew on Wednesday but left last night", ["Wednesday", "last night"]),
    "this-week": ("was in Kyiv this week discussing", ["this week"]),
    "month-year": ("since the invasion began in February 2022", ["February 2022"]),
    "no-false-may": ("Ukraine may receive more", []),
    "no-number-alone": ("killed 20 people", []),
}


@pytest.mark.parametrize("text,expected", FIND.values(), ids=FIND.keys())
def test_find(text: str, expected: list[str]) -> None:
    assert [s for _, _, s in find_time_expressions(text)] == expected


def test_unresolvable_is_named_error() -> None:
    with pytest.raises(DateNotResolved, match="cannot resolve"):
        resolve_date("the day after", date(2025, 1, 1))


def test_spans_and_resolution_on_articles() -> None:
    for article in load_corpus():
        for start, end, surface in find_time_expressions(article.text):
            assert article.text[start:end] == surface
            got = resolve_date(surface, article.published)
            assert got.start <= got.end


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_finder_never_raises(text: str) -> None:
    for start, end, surface in find_time_expressions(text):
        assert text[start:end] == surface


# Phrases read once per publication weekday and shifted, or once per month or year.
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_PHRASES = [
    *_DAYS,
    *(f"{p} {d}" for p in ("last", "next", "this") for d in _DAYS),
    *(f"{d} {part}" for d in ("friday", "monday") for part in ("morning", "night")),
    "today", "yesterday", "tomorrow", "last week", "this week", "next week",
    # read once per month or year
    "last month", "this month", "next month", "last year", "this year", "next year",
    "february 2022", "2022", "november 20, 2024", "20 november 2024", "dec 2025",
]


@pytest.mark.parametrize("prefer", ["past", "future"])
def test_phrases_read_once_equal_dateparser_asked_each_day(prefer: str) -> None:
    """Two weeks that cross a month end, a leap day and a year end: the same span of days."""
    from datetime import timedelta

    from aidlib import dates

    def span(found: tuple[date, dates.Precision] | None) -> object:
        return found and (dates._span(*found), found[1])

    days = [date(2024, 2, 26) + timedelta(days=n) for n in range(7)]
    days += [date(2025, 12, 28) + timedelta(days=n) for n in range(7)]
    for day in days:
        for phrase in WEEKDAY_PHRASES:
            assert span(dates._dateparser(phrase, day, prefer)) == span(
                dates._ask_dateparser(phrase, day, prefer)), (phrase, day)
