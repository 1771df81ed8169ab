"""Find the time expressions of news text and resolve them against the publication date.

News reports date events relative to the day they appear: "on Friday", "last night",
"this week", "last month", "November 20". :func:`find_time_expressions` finds them (with
character spans) and :func:`resolve_date` turns one into a span of days with the precision
the words support: a day, a week (Monday to Sunday), a month or a year.

Resolution uses ``dateparser`` with ``RELATIVE_BASE`` = the publication date and
``PREFER_DATES_FROM`` = ``"past"`` (or ``"future"`` for a verb in the future tense). Three
rules are written by hand, because dateparser answers a different question:

- **Same weekday as publication.** dateparser reads a bare "Friday" in a Friday article as
  the Friday a week earlier (past) or later (future). In news copy "met on Friday" in a
  Friday paper means that very day, and so does "will meet on Friday" in a morning story,
  so a bare weekday equal to the publication weekday resolves to the publication date.
  "last Friday" / "next Friday" keep their strict meaning (7 days before / after).
- **Week and month spans.** dateparser returns one day and a ``period`` label; the span
  (Monday-Sunday, first-last of month, 1 January-31 December) is computed here.
- **Words dateparser does not know** ("overnight", "this morning", "earlier this week")
  are mapped to an equivalent phrase first (:data:`_REWRITES`).

>>> resolve_date("on Friday", date(2025, 4, 11)).start
datetime.date(2025, 4, 11)
>>> resolve_date("Tuesday", date(2025, 12, 3)).start
datetime.date(2025, 12, 2)
>>> r = resolve_date("this week", date(2025, 11, 21))
>>> (r.start, r.end, r.precision)
(datetime.date(2025, 11, 17), datetime.date(2025, 11, 23), 'week')
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final, Literal

from dateparser.date import DateDataParser

from .errors import AidlibError
from .literals import alternation, with_first_chars

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_ABBREVIATION_GROUP",
    "MONTH_GROUP",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_GROUP",
    "DateNotResolved",
    "Precision",
    "ResolvedDate",
    "Tense",
    "find_time_expressions",
    "resolve_date",
]

Precision = Literal["day", "week", "month", "year"]
Tense = Literal["past", "future", "present"]


class DateNotResolved(AidlibError, ValueError):
    """A time expression that no rule and no dateparser setting could turn into a date."""


@dataclass(frozen=True)
class ResolvedDate:
    """A time expression resolved to the days ``start``..``end`` (inclusive).

    ``basis`` says in words how it was resolved, for the ``date_basis`` column.
    """

    start: date
    end: date
    precision: Precision
    expression: str
    basis: str


# --- vocabulary -----------------------------------------------------------------------
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december")
# The month and weekday names as running text writes them ("March", "Friday"): one regex
# group each, for the patterns of the claim and event stages to build on.
MONTH_GROUP: Final = "(?:" + "|".join(m.title() for m in MONTH_NAMES) + ")"
WEEKDAY_GROUP: Final = "(?:" + "|".join(d.title() for d in WEEKDAYS) + ")"
# Month names written out (a bare month needs "in", "late", "last" ... before it: "may").
_MONTHS_LONG = ("|".join(m.title() for m in MONTH_NAMES if m != "may")
                + "|May(?=\\s+(?:or|\\d{4}|this|last|next)\\b)")
# The months' abbreviations ("Feb.", "Sept"): one group, as headings write them.
MONTH_ABBREVIATIONS: Final = (*(m[:3] for m in MONTH_NAMES[:9]), "sept",
                              *(m[:3] for m in MONTH_NAMES[9:]))
MONTH_ABBREVIATION_GROUP: Final = "(?:" + "|".join(a.title() for a in MONTH_ABBREVIATIONS) + ")"
_MONTHS = "|".join((*MONTH_NAMES, *(a for a in MONTH_ABBREVIATIONS if a not in MONTH_NAMES)))

# Phrases dateparser does not parse, rewritten to one it does (same meaning for a news day).
_REWRITES: dict[str, str] = {
    "overnight": "today",  # "fired 111 drones overnight": the night before the news day
    "this morning": "today",
    "this afternoon": "today",
    "this evening": "today",
    "tonight": "today",
    "last night": "yesterday",  # dateparser gives yesterday 20:00; the day is what counts
    "earlier this week": "this week",
    "earlier this month": "this month",
    "earlier this year": "this year",
    "later this week": "this week",
    "later this month": "this month",
    "later this year": "this year",
}

# A time expression, longest alternatives first inside each group; a range ("June 13 and
# 14", "25-26 June") is one expression. The look-ahead for the letters
# and digits an expression can start with changes no match; it lets the engine skip other
# words at once instead of trying every alternative (case-insensitively) at each one.
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# The counts of "two days ago", "a week ago" (real wire copy and live blogs date by them).
_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_AGO_COUNT = "|".join([*_AGO_WORDS, r"\d{1,2}"])
_TIME_EXPRESSION = re.compile(
    rf"""
    \b(?=[0-9abdefjlmnostwy])                               # how an expression can start
    (?:
        (?:between\s+|from\s+)?{_DAY}                              # 25-26 June,
          \s*(?:-|–|\s(?:to|and|until)\s)\s*                        #   3 to 5 March
          {_DAY}\s+(?:{_MONTHS})\b\.?(?:\s+\d{{4}})?
      | (?:{"|".join(WEEKDAYS)})\s+(?:and|to|through)\s+            # Thursday and Friday
          (?:{"|".join(WEEKDAYS)})
      | (?:earlier|later)\s+this\s+(?:week|month|year)        # earlier this week
      | (?:this|last|next)\s+(?:week|month|year)              # last month
      | (?:last|next|this)\s+(?:{"|".join(WEEKDAYS)})         # last Friday
      | (?:{"|".join(WEEKDAYS)})                             # Friday
          (?:\s+(?:morning|afternoon|evening|night))?          #   ... night
      | (?:today|yesterday|tomorrow|tonight|overnight)        # deictic days
      | (?:last\s+night|this\s+(?:morning|afternoon|evening)) # parts of a day
      | (?:between\s+|from\s+)?(?:{_MONTHS})\.?\s+{_DAY}\b        # November 20
          (?:\s*(?:-|–|\s(?:to|and|until|through)\s)\s*         #   to (June) 14,
             (?:(?:{_MONTHS})\.?\s+)?{_DAY}\b)?                  #   -15, and 14
          (?:,?\s+\d{{4}})?                                    #   , 2025
      | {_DAY}\s+(?:{_MONTHS})\b\.?                           # 20 November
          (?:\s+\d{{4}})?                                      #   2025
      | (?:{_MONTHS_LONG})\s+\d{{4}}                           # February 2022
      | (?:{_MONTHS_LONG})\s+(?:this|last|next)\s+year         # April this year
      | (?:{_MONTHS_LONG})(?=\s+(?:summit|meeting|talks|conference|visit|trip))  # June summit
      | (?:(?:early|mid|late)[\s-]+)?(?:{_MONTHS_LONG})         # late March or early April
          \s+or\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTHS_LONG})
      | (?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)
         |(?<=\bplanned\sfor\s)|(?<=\bscheduled\sfor\s)|(?<=\bset\sfor\s)
         |(?<=\bslated\sfor\s)|(?<=\bdue\sfor\s))
          (?:{_MONTHS_LONG})                                   # in June, from June,
                                                               # planned for July
      | (?:early|mid|late)[\s-]+(?:{_MONTHS_LONG})             # late January
      | (?-i:{_MONTHS_LONG})(?=,?\s+when\b)                   # "goes back to February,
                                                             #  when": the month of a clause
      | (?<=\bthe\s)(?:end|beginning|start|middle)\s+of\s+(?:{_MONTHS_LONG})  # the end of
          (?!\s+\d)                                            #   February (a month)
      | (?:last|next|this)\s+(?:{_MONTHS_LONG}|May)            # last May
      | (?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?:early|mid|late)[\s-]+
         |(?<=\bplanned\sfor\s)|(?<=\bscheduled\sfor\s)|(?<=\bset\sfor\s)
         |(?<=\bslated\sfor\s)|(?<=\bdue\sfor\s))
          (?-i:May)(?![\w-])                                   # in May (a capital: no verb)
      | (?:{_AGO_COUNT})\s+(?:days?|weeks?|months?|years?)\s+ago  # two days ago
      | (?:this|last|next|at\s+the|over\s+the)\s+weekend        # at the weekend
      | (?<=\bin\s)(?:19|20)\d{{2}}                            # in 2022
      | (?<=\bsince\s)(?:19|20)\d{{2}}                         # since 2014
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Where a time expression can start: a digit, or a word that one of its branches opens with
# (the first three letters of a month or weekday name). find_time_expressions tries the
# expression only there, which finds the same matches (tests/test_prefilters.py checks).
# The words lower-cased, as the pattern reads them (re.IGNORECASE): one spelling of each
# makes the alternation a trie ("Mar" and "mar" left it a list tried word by word).
_EXPRESSION_START = with_first_chars(re.compile(
    r"\b(?:[0-9]|" + alternation({word.lower() for word in (
        "between", "from", "earlier", "later", "this", "last", "next", "early", "mid", "late",
        "end", "beginning", "start", "middle",
        "today", "yesterday", "tomorrow", "tonight", "overnight",
        *(name[:3] for name in (*WEEKDAYS, *_MONTHS.split("|"))),
        *(name[:3] for name in re.findall(r"[A-Z][a-z]+", _MONTHS_LONG)),
    )}) + r"|(?:" + "|".join(_AGO_WORDS) + r")\s+(?:day|week|month|year)s?\s+ago\b"
    r"|(?:at|over)\s+the\s+weekend)",
    re.IGNORECASE,
))

_WEEKDAY_ALONE = re.compile(
    rf"""
    ^(?:on\s+)?                         # optional "on"
    (?P<day>{"|".join(WEEKDAYS)})       # the weekday
    (?:\s+(?:morning|afternoon|evening|night))?$  # optional part of the day
    """,
    re.VERBOSE | re.IGNORECASE,
)


def find_time_expressions(text: str) -> list[tuple[int, int, str]]:
    """All time expressions in ``text`` as ``(start, end, surface)``, in order.

    >>> find_time_expressions("They met on Friday and will meet again next week.")
    [(12, 18, 'Friday'), (39, 48, 'next week')]
    >>> find_time_expressions("talks in Kyiv on November 20, after a visit in February 2022")
    [(17, 28, 'November 20'), (47, 60, 'February 2022')]
    """
    found: list[tuple[int, int, str]] = []
    for start in _EXPRESSION_START.finditer(text):  # as _TIME_EXPRESSION.finditer(text)
        if found and start.start() < found[-1][1]:
            continue
        if m := _TIME_EXPRESSION.match(text, start.start()):
            found.append((m.start(), m.end(), m.group(0)))
    return found


# Phrases whose dateparser reading is a number of days from the publication date that
# depends only on its weekday ("Friday", "last Friday", "next week", "yesterday"): dateparser
# is asked once per weekday and the answer shifted (tests/test_dates.py checks that this
# equals asking it for every day), since it takes milliseconds a phrase.
_WEEKDAY_RELATIVE = re.compile(
    rf"""
    ^(?:(?:last|next|this)\s+)?(?:{"|".join(WEEKDAYS)})      # "friday", "last friday"
        (?:\s+(?:morning|afternoon|evening|night))?$          #   ... morning
    | ^(?:today|yesterday|tomorrow)$                          # deictic days
    | ^(?:last|next|this)\s+week$                             # weeks
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Phrases whose reading depends only on the publication month ("last month"), or year
# ("this year", "February 2022", "2022"): dateparser is asked once per month or year (the
# same test checks the days they give are the same).
_MONTH_RELATIVE = re.compile(r"^(?:last|this|next)\s+month$", re.IGNORECASE)
_YEAR_RELATIVE = re.compile(r"^(?:(?:last|this|next)\s+year|.*\b(?:19|20)\d\d)$", re.IGNORECASE)
_PRECISIONS: dict[str, Precision] = {"day": "day", "week": "week", "month": "month",
                                     "year": "year"}


def _dateparser(query: str, published: date, prefer: str) -> tuple[date, Precision] | None:
    """dateparser's day and precision for ``query`` against ``published``, or None (for a
    month or a year, the day is any day in it: only the span of days is used)."""
    if _WEEKDAY_RELATIVE.match(query):
        found = _weekday_offset(query, published.weekday(), prefer)
        return None if found is None else (published + timedelta(days=found[0]), found[1])
    if _MONTH_RELATIVE.match(query):
        return _ask_once(query, published.replace(day=1), prefer)
    if _YEAR_RELATIVE.match(query):
        return _ask_once(query, date(published.year, 1, 1), prefer)
    return _ask_dateparser(query, published, prefer)


@lru_cache(maxsize=256)
def _weekday_offset(query: str, weekday: int, prefer: str) -> tuple[int, Precision] | None:
    reference = date(2024, 1, 1) + timedelta(days=weekday)  # 1 January 2024 was a Monday
    found = _ask_dateparser(query, reference, prefer)
    return None if found is None else ((found[0] - reference).days, found[1])


@lru_cache(maxsize=1024)
def _ask_once(query: str, published: date, prefer: str) -> tuple[date, Precision] | None:
    return _ask_dateparser(query, published, prefer)


def _ask_dateparser(query: str, published: date, prefer: str) -> tuple[date, Precision] | None:
    data = _parser(published, prefer).get_date_data(query)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), _PRECISIONS.get(str(data.period), "day")  # "time": a day


@lru_cache(maxsize=8)
def _parser(published: date, prefer: str) -> DateDataParser:
    base = datetime(published.year, published.month, published.day)
    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer},
    )


def _span(day: date, precision: Precision) -> tuple[date, date]:
    if precision == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


_MONTH_NUMBER = {name: i for i, names in enumerate(
    ("", "jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december")) for name in names.split()}
# Pieces of the forms resolved by hand (see :func:`_by_hand`).
_MONTH_DAY = re.compile(r"^(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$")
_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?$")
_BARE_MONTH = re.compile(r"^(?:(?:early|mid|late)[\s-]+|(?:end|beginning|start|middle)\s+of\s+"
                         r"|(?P<rel>last|next|this)\s+)?"
                         r"(?P<month>[a-z]+)(?:\s+(?P<year>this|last|next)\s+year)?$")
# (not the hyphen of "mid-January", "early-February")
_RANGE_SPLIT = re.compile(
    r"\s*(?:(?<!early)(?<!mid)(?<!late)-|–|\s(?:to|and|until|through|or)\s)\s*")


def _year_for(month: int, day: int | None, published: date, tense: Tense) -> int:
    """The year of a date written without one: the publication year, unless the tense
    contradicts it (a past event after publication: the year before; a future event before
    publication: the year after; the present contradicts neither). ``day`` None: the whole
    month is compared."""
    year = published.year
    first = date(year, month, day or 1)
    last = date(year, month, day or calendar.monthrange(year, month)[1])
    if tense == "past" and first > published:
        return year - 1
    if tense == "future" and last < published:
        return year + 1
    return year


def _one_end(phrase: str, published: date, tense: Tense, month_hint: str | None
             ) -> tuple[date, date, Precision] | None:
    """One day or month without a year ("July 11", "11 July", "11" after a month, "June")."""
    m = _MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase)
    if m is None and phrase.isdigit() and month_hint:
        m = _MONTH_DAY.match(f"{month_hint} {phrase}")
    if m is not None and m.group("month") in _MONTH_NUMBER:
        month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
        if not 1 <= day <= 31:
            return None
        year = _year_for(month, day, published, tense)
        try:
            return date(year, month, day), date(year, month, day), "day"
        except ValueError:
            return None
    b = _BARE_MONTH.match(phrase)
    if b is None or b.group("month") not in _MONTH_NUMBER:
        return None
    month = _MONTH_NUMBER[b.group("month")]
    if b.group("year"):  # "April this year"
        year = published.year + {"this": 0, "last": -1, "next": 1}[b.group("year")]
        start, end = _span(date(year, month, 1), "month")
        return start, end, "month"
    rel = b.group("rel")
    relative: Tense = "future" if rel == "next" else "past" if rel == "last" else tense
    year = published.year if rel == "this" else _year_for(month, None, published, relative)
    if rel == "last" and year == published.year and month >= published.month:
        year -= 1
    start, end = _span(date(year, month, 1), "month")
    return start, end, "month"


_WITH_YEAR = re.compile(r"^(?P<head>.*\d.*?),?\s+(?P<year>(?:19|20)\d\d)$")
_WEEKEND = re.compile(r"^(?:at\s+|over\s+)?(?P<which>this|last|next|the)\s+weekend$",
                      re.IGNORECASE)


def _weekend(phrase: str, published: date, tense: Tense) -> ResolvedDate | None:
    """ "this weekend" (the Saturday and Sunday of the publication week), "last weekend",
    "next weekend"; "at/over the weekend" is the last one for a past event and the coming
    one for a future one (this week's; next week's when published on a Sunday). A span of
    two days, precision day."""
    m = _WEEKEND.match(phrase)
    if m is None:
        return None
    saturday = published + timedelta(days=5 - published.weekday())  # this week's
    which = m.group("which").lower()
    if which == "the":
        if tense == "future":  # on a Sunday, this week's weekend is over but today
            which = "next" if published.weekday() == 6 else "this"
        else:
            which = "this" if saturday <= published else "last"
    saturday += timedelta(days={"this": 0, "last": -7, "next": 7}[which])
    return ResolvedDate(saturday, saturday + timedelta(days=1), "day", phrase,
                        f"'{phrase}': the Saturday and Sunday of {which} weekend from the "
                        f"publication date {published}")


_AGO = re.compile(rf"^(?P<n>{_AGO_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago$",
                  re.IGNORECASE)


def _ago(phrase: str, published: date) -> ResolvedDate | None:
    """ "two days ago" (that day), "a week ago" (that Monday-Sunday week), "a month ago"
    and "a year ago" (that month: a year back from a news day names a month, not a day)."""
    m = _AGO.match(phrase)
    if m is None:
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _AGO_WORDS[word]
    unit = m.group("unit").lower()
    if unit in ("day", "week"):
        day = published - timedelta(days=n * (7 if unit == "week" else 1))
        precision: Precision = "week" if unit == "week" else "day"
    else:
        months = published.year * 12 + published.month - 1 - n * (12 if unit == "year" else 1)
        day, precision = date(months // 12, months % 12 + 1, 1), "month"
    start, end = _span(day, precision)
    return ResolvedDate(start, end, precision, phrase,
                        f"'{phrase}' counted back from the publication date {published}")


def _by_hand(phrase: str, published: date, tense: Tense) -> ResolvedDate | None:
    """Dates without a year, bare months and ranges, resolved by the guide's year rule."""
    key = phrase.lower().removeprefix("between ").removeprefix("from ")
    parts = [p for p in _RANGE_SPLIT.split(key) if p]
    if not 1 <= len(parts) <= 2:
        return None
    months = [w for p in parts for w in re.findall(r"[a-z]+", p) if w in _MONTH_NUMBER]
    first = _one_end(parts[0], published, tense, months[-1] if months else None)
    if first is None:
        return None
    if len(parts) == 1:
        start, end, precision = first
    else:
        second = _one_end(parts[1], published, tense, months[0] if months else None)
        if second is None:
            return None
        start, end = first[0], second[1]
        if end < start:  # "December 30 to January 2"
            end = end.replace(year=end.year + 1)
        precision = "month" if "month" in (first[2], second[2]) else "day"
    return ResolvedDate(
        start, end, precision, phrase,
        f"'{phrase}' without a year: publication year {published.year} unless the "
        f"{tense} tense contradicts it",
    )


def _weekday_range(phrase: str, published: date, tense: Tense) -> ResolvedDate | None:
    """ "Thursday and Friday": the first weekday resolved, the second the days after it."""
    parts = re.split(r"\s+(?:and|to|through)\s+", phrase)
    if len(parts) != 2 or not all(p.lower() in WEEKDAYS for p in parts):
        return None
    first = resolve_date(parts[0], published, tense=tense)
    gap = (WEEKDAYS.index(parts[1].lower()) - WEEKDAYS.index(parts[0].lower())) % 7
    end = first.start + timedelta(days=gap)
    return ResolvedDate(first.start, end, "day", phrase,
                        f"'{phrase}': {first.basis}, through the {parts[1]} after it")


def resolve_date(expression: str, published: date, *, tense: Tense = "past") -> ResolvedDate:
    """Resolve a time expression against the publication date ``published``.

    ``tense`` is the tense of the verb the expression dates; "past" and "present" prefer
    the most recent matching date, "future" the next one.

    >>> resolve_date("November 20", date(2025, 11, 21)).start
    datetime.date(2025, 11, 20)
    >>> resolve_date("December 2", date(2025, 12, 3)).start
    datetime.date(2025, 12, 2)
    >>> resolve_date("last night", date(2025, 12, 3)).start
    datetime.date(2025, 12, 2)
    >>> r = resolve_date("last month", date(2025, 12, 3))
    >>> (r.start, r.end, r.precision)
    (datetime.date(2025, 11, 1), datetime.date(2025, 11, 30), 'month')
    >>> resolve_date("Friday", date(2025, 4, 9), tense="future").start
    datetime.date(2025, 4, 11)
    >>> resolve_date("sometime", date(2025, 4, 9))
    Traceback (most recent call last):
    ...
    aidlib.dates.DateNotResolved: cannot resolve 'sometime' against 2025-04-09
    """
    return _resolve(expression, published, tense)


@lru_cache(maxsize=1024)
def _resolve(expression: str, published: date, tense: Tense) -> ResolvedDate:
    """The work of :func:`resolve_date`, kept for the article's other mentions of the same
    day ("on Friday" again): dateparser takes milliseconds a phrase."""
    phrase = " ".join(expression.split())
    prefer = "future" if tense == "future" else "past"
    if re.search(r"\d{4}", phrase) is None:
        hand = (_ago(phrase, published) or _weekend(phrase, published, tense)
                or _by_hand(phrase, published, tense)
                or _weekday_range(phrase, published, tense))
        if hand is not None:
            return hand
    dated = _WITH_YEAR.match(phrase)
    if dated is not None and re.search(r"\d{4}", dated.group("head")) is None:
        # "July 10 and 11, 2025": the range as without a year, in that year
        year = int(dated.group("year"))
        hand = _by_hand(dated.group("head"), date(year, 1, 1), "future")
        if hand is not None:
            return replace(hand, expression=expression, basis=f"'{phrase}'")
    weekday = _WEEKDAY_ALONE.match(phrase)
    if weekday and WEEKDAYS.index(weekday.group("day").lower()) == published.weekday():
        return ResolvedDate(
            published, published, "day", expression,
            f"'{phrase}' is the publication weekday: read as the publication date {published}",
        )
    key = phrase.lower().removeprefix("on ").removeprefix("in ").removeprefix("since ")
    query = _REWRITES.get(key, key)
    found = _dateparser(query, published, prefer)
    if found is None:
        raise DateNotResolved(f"cannot resolve {expression!r} against {published}")
    start, end = _span(*found)
    precision = found[1]
    rewrite = f" (read as '{query}')" if query != key else ""
    return ResolvedDate(
        start, end, precision, expression,
        f"'{phrase}'{rewrite} resolved by dateparser against publication date {published},"
        f" preferring {prefer} dates",
    )
