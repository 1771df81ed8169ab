"""The speed short-cuts give the same answers as the slow code they stand in front of.

A short-cut skips text where a slow pattern cannot match (no "ministry", no period word);
each is checked here against the plain pattern on texts built from the words the pattern
is about, so that a word the short-cut forgets shows up as a difference. Dates read by hand
instead of by dateparser are checked against dateparser.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidlib
from aidlib import dates
from aidlib.claims import bodies, scope
from aidlib.claims.patterns import AS_OF, PERIOD, PERIOD_ANCHOR
from aidlib.claims.scope import _TOP_GROUPS
from aidlib.literals import alternation, with_first_chars
from aidlib.prefilter import Cued, folded, required_words

_MINISTRY_WORDS = ["Ministry", "ministry", "inistry", "Department", "department", "epartment",
                   "of", "for", "the", "and", "Canada's",
                   "Ukraine", "Defence", "defence", "Foreign", "foreign", "Affairs", "U.S.",
                   "Finance’s", "said", "Minis", "try", "x"]
_PERIOD_WORDS = ["in", "the", "first", "two", "three", "a", "an", "per", "each", "this", "last",
                 "next", "past", "just", "ago", "earlier", "later", "before", "over", "for",
                 "during", "within", "under", "running", "until", "through", "to", "and", "of",
                 "its", "state", "current", "that", "same", "coming", "short", "medium",
                 "2024", "2026", "27", "12", "years", "year", "months", "month", "week", "weeks",
                 "days", "day", "hours", "decade", "period", "term", "quarter", "second",
                 "budget", "year's", "winter", "spring", "fall", "overnight", "annually",
                 "as", "of", "by", "end", "latest", "update", "tally", "count",
                 "monthly", "yearly", "March", "May", "alone", "after", "three-year", "x",
                 "mid-", "long", "ahead", "course", "few", "summer", "autumn", "those"]
_SEPARATORS = [" ", "  ", "\n", ", ", "-", "", "\t"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(words), st.sampled_from(_SEPARATORS))
    return st.lists(piece, min_size=1, max_size=14).map(lambda ps: "".join(a + b for a, b in ps))


@settings(max_examples=1500, deadline=None)
@given(_texts(_MINISTRY_WORDS))
def test_ministries_are_the_matches_of_the_pattern(text: str) -> None:
    assert [m.span() for m in bodies._ministries(text)] == [
        m.span() for m in bodies.MINISTRY.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(_texts(_PERIOD_WORDS))
def test_every_period_phrase_holds_an_anchor(text: str) -> None:
    for m in PERIOD.finditer(text):
        assert PERIOD_ANCHOR.search(m.group()), m.group()
    for m in AS_OF.finditer(text):  # the "as of" dates share the prefilter
        assert PERIOD_ANCHOR.search(m.group()), m.group()


# One phrase for each kind of period, so that every branch is tried above and here.
PERIODS = {
    "years": "over 2024-27", "until": "running until the end of 2027",
    "months": "in the first three months of this year", "quarter": "in the second quarter",
    "war_start": "during the first few days of the full-scale invasion",
    "half": "in the first half of 2024",
    "last_q": "over the past quarter", "budget_year": "its 2025 state budget",
    "act_year": "earlier this year", "this_year": "the current year", "last_year": "last year",
    "next_year": "next year", "in_year": "during 2024", "season": "this winter",
    "in_month": "in May alone", "this_span": "this week", "past": "within the past 3 days",
    "ago": "just two weeks ago", "overnight": "overnight", "rate": "annually",
    "that_year": "for that year", "span": "over the short and medium term",
    "n_year": "three-year", "vague": "over the mid- to long term",
    "rel_season": "that summer", "the_year": "over the whole year", "annual": "its annual",
}


def test_every_kind_of_period_has_an_example() -> None:
    assert set(PERIODS) == _TOP_GROUPS  # every named top-level branch


@pytest.mark.parametrize(("group", "phrase"), PERIODS.items(), ids=list(PERIODS))
def test_period_examples_hold_an_anchor(group: str, phrase: str) -> None:
    m = PERIOD.fullmatch(phrase)
    assert m is not None and m.group(group) is not None
    assert PERIOD_ANCHOR.search(phrase)


def test_text_without_an_anchor_is_not_searched() -> None:
    assert not PERIOD_ANCHOR.search("the ministry said it would send more shells soon")
    assert PERIOD_ANCHOR.search("since Monday")  # "day" in a weekday: searched


_BASES = [date(2019, 1, 1) + timedelta(days=d) for d in range(0, 3000, 97)]


@pytest.mark.parametrize("published", _BASES, ids=str)
def test_years_and_months_read_by_hand_equal_dateparser(published: date) -> None:
    base = datetime(published.year, published.month, published.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first",
                "PREFER_MONTH_OF_YEAR": "first", "PREFER_DATES_FROM": "past"}
    for phrase in ["2018", "2022", "2029", "January 2022", "May 2020", "December 2027"]:
        asked = dateparser.parse(phrase, settings=settings, languages=["en"])
        assert asked is not None and scope._parse_day(phrase, published) == asked.date()


@pytest.mark.parametrize("published", _BASES, ids=str)
def test_days_ago_counted_by_hand_equal_dateparser(published: date) -> None:
    base = datetime(published.year, published.month, published.day)
    for n, unit in [(0, "day"), (1, "day"), (45, "day"), (1, "week"), (3, "week"),
                    (70, "week"), (4_000_000, "day")]:
        asked = dateparser.parse(f"{n} {unit}s ago", settings={"RELATIVE_BASE": base},
                                 languages=["en"])
        assert scope._days_ago(n, unit, published) == (asked.date() if asked else None)


# (letters the engine folds together beyond their cases too: "ſ" with "s", the Kelvin sign
# with "k", dotless "ı" and dotted "İ" with "i")
_LETTERS = ["a", "b", "A", " ", "-", "’", "é", "É", "s", "ſ", "K", "k", "\u212a", "i", "I",
            "ı", "İ"]


def _plain(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.text(st.sampled_from(_LETTERS), max_size=5), min_size=1, max_size=8),
       st.text(st.sampled_from([*_LETTERS, "c", "x"]), max_size=30), st.booleans())
def test_trie_alternation_matches_as_the_longest_first_list(
        phrases: list[str], text: str, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    for template in (r"(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})x"):
        plain = re.compile(template.format(_plain(phrases)), flags)
        trie = re.compile(template.format(alternation(phrases, case_sensitive=not ignore_case)),
                          flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
        if ignore_case:  # the phrases folded to one case: the same matches under the flag
            folded_trie = re.compile(template.format(alternation(phrases, ignore_case=True)),
                                     flags)
            assert [m.span() for m in folded_trie.finditer(text)] == [
                m.span() for m in plain.finditer(text)]


_PATTERNS = [
    (r"\bfoo|bar", 0), (r"(?i:Ab)c", 0), (r"(?<!x)y+", 0), (r"[a-c]z", 0), (r"(?:a|)b", 0),
    (r"a*b", 0), (r"a{0,2}b|\d+x", 0), (r"(?=q)qa|z", 0), (r"(?-i:F)orum|talks", re.I),
    (r"(?>ab|c)d", 0), (r"ab*+c|(?P<n>y)\b", 0), (r"\s+z|\w\d", 0), (r"x # comment", re.X),
    (r"(?:over|in)\s+(?:the\s+)?(?P<y>20\d\d)|(?:a|per)\s+year", re.I | re.X),
    (r"k|ſ", re.I), (r"K", 0), (r"[^a]b", 0), (r"a?", 0), (r".b", 0),
    (r"(?i:k)x|S|(?-i:F)a", 0), (r"Ab|(?i:c)d|(?i:[s-u])", 0), (r"(?-i:t)alks|x", re.I),
    # alternatives that get a look-ahead each: groups, classes holding "|", "#", "]", "(",
    # comments holding "|" and "(", escapes
    (r"(?P<a>ta|fo)lks|(?:[|x]+)z|(?:(?i:k)|\|)u", 0), (r"(?:[]a]|b)c|(?:[^]q(]|d)\(", 0),
    (r"""(?:over|in)\s+\d  # one | two (
         | (?:[#a]|s)\w   # "#": a class
         | (?<!x)(?:ta|ſ)  # after a look-behind""", re.I | re.X),
]


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("abcdfkqxyzFORUMtalks 12\nſK#-\u212aTSu"), max_size=40))
def test_first_char_lookahead_finds_the_same_matches(text: str) -> None:
    for source, flags in _PATTERNS:
        plain = re.compile(source, flags)
        fast = with_first_chars(plain)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)], source


def test_first_char_lookahead_is_added_where_it_can_be() -> None:
    assert with_first_chars(re.compile(r"(?i:Ab)c")).pattern.startswith("(?=(?i:[A]))")
    assert with_first_chars(re.compile(r"Ab|(?i:c)")).pattern.startswith("(?=[A]|(?i:[c]))")
    for source in (r"a?", r".b", r"[^a]b"):  # may be empty; any character; a negated class
        assert with_first_chars(re.compile(source)).pattern == source
    # each alternative too, unless it opens on a plain character
    assert with_first_chars(re.compile(r"(?:ta|s)x|(?P<n>u)|m")).pattern == (
        "(?=[mstu])(?:(?=[st])(?:ta|s)x|(?=[u])(?P<n>u)|m)")
    assert with_first_chars(re.compile(r"(?:a|[|(])x|(?:b)(?# | )")).pattern == (
        "(?=[\\(\\|ab])(?:(?=[\\(\\|a])(?:a|[|(])x|(?:b)(?# | ))")


_DATE_WORDS = ["on", "in", "by", "since", "between", "from", "to", "and", "or", "until", "the",
               "early", "mid", "late", "last", "next", "this", "earlier", "later", "week",
               "month", "year", "morning", "night", "today", "tonight", "overnight", "Friday",
               "thursday", "May", "March", "Sept", "jun", "June", "December", "3", "14th", "25",
               "2022", "2025", "summit", "talks", "a", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from(_SEPARATORS)),
                min_size=1, max_size=12).map(lambda ps: "".join(a + b for a, b in ps)))
def test_time_expressions_are_the_matches_of_the_pattern(text: str) -> None:
    assert dates.find_time_expressions(text) == [
        (m.start(), m.end(), m.group()) for m in dates._TIME_EXPRESSION.finditer(text)]


# --- cue words before a pattern (prefilter.cued) --------------------------------------------


def _cued_in_library() -> dict[str, Cued]:
    """Every pattern of the library behind a cue-word check, by where it is defined."""
    found: dict[int, tuple[str, Cued]] = {}
    for info in pkgutil.walk_packages(aidlib.__path__, "aidlib."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Cued):  # (imported elsewhere too: named once)
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return dict(found.values())


_CUED = _cued_in_library()
_FILLER = ["the", "x", "Kyiv", "2024", "$5", ",", ".", "İ", "ı", "ſ", "\u212a", "é", "’", "of"]


def _spans(found: object) -> list[tuple[int, int]]:
    if isinstance(found, re.Match):
        return [found.span()]
    return [m.span() for m in found] if found is not None else []  # type: ignore[attr-defined]


def test_the_library_puts_cue_words_before_its_slow_patterns() -> None:
    assert len(_CUED) >= 10
    assert all(p.words for p in _CUED.values())  # each with its cue words found


@pytest.mark.parametrize("name", sorted(_CUED))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_cued_pattern_finds_what_its_pattern_finds(name: str, data: st.DataObject) -> None:
    cued_pattern = _CUED[name]
    words = sorted(cued_pattern.words or ())
    cased = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w[:-1]]))
    piece = st.tuples(st.one_of(cased, st.sampled_from(_FILLER)), st.sampled_from(_SEPARATORS))
    text = data.draw(st.lists(piece, min_size=1, max_size=12).map(
        lambda ps: "".join(a + b for a, b in ps)))
    if data.draw(st.booleans()):  # a long text: its cues found in an index, by bisection
        text = (text + " ") * (2_100 // (len(text) + 1) + 1)
    lo = data.draw(st.integers(-2, len(text) + 2))
    hi = data.draw(st.integers(lo, len(text) + 3))
    plain = cued_pattern.regex
    for method in ("search", "match", "fullmatch", "finditer"):
        assert _spans(getattr(cued_pattern, method)(text, lo, hi)) == _spans(
            getattr(plain, method)(text, lo, hi)), (method, text[:80])
    assert _spans(cued_pattern.search(text)) == _spans(plain.search(text))


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("abcSKſıİ\u212a t-x"), max_size=30), st.booleans())
def test_cue_words_are_in_every_match(text: str, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    for source in (r"\b(?:ski|ask(?:ed)?|tick)\s*x", r"(?:a|b)(?:cks|sks)",
                   r"[Ss]kix?|ca(?:bs|ts)"):
        plain = re.compile(source, flags)
        words = required_words(plain)
        assert words is not None
        for m in plain.finditer(text):
            assert any(w in folded(m.group()) for w in words), (source, m.group())


# --- the prefilter on real text ---------------------------------------------------------------

_ARTICLES = [path.read_text(encoding="utf-8") for folder in ("data", "tests/fixtures/unseen")
             for path in sorted((Path(__file__).parent.parent / folder / "articles").glob(
                 "*.txt"))]


def _library_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern the library's modules name (a cued one's own pattern too)."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(aidlib.__path__, "aidlib."):
        if info.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            pattern = value.regex if isinstance(value, Cued) else value
            if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                found.setdefault(id(pattern), (f"{info.name}.{name}", pattern))
    return dict(found.values())


def test_cue_words_are_in_every_match_of_the_library_patterns_on_real_articles() -> None:
    """The words :func:`required_words` reads from each of the library's own patterns are
    in every match of it in the real articles (each text searched whole, so windows need
    not be drawn: a match is a match wherever the search starts)."""
    checked = 0
    for name, pattern in _library_patterns().items():
        words = required_words(pattern)
        if words is None:
            continue
        checked += 1
        for text in _ARTICLES:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    assert any(w in folded(m.group()) for w in words), (name, m.group())
    assert checked >= 100


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_cued_patterns_find_what_their_patterns_find_in_real_windows(
        data: st.DataObject) -> None:
    """Every cued pattern, on a random window of a real article (short, long, whole, past
    either end), answers as its pattern: the cue check skips only calls that find nothing."""
    text = data.draw(st.sampled_from(_ARTICLES))
    if data.draw(st.booleans()):  # a piece of it as the whole string (a sentence, a slice)
        a = data.draw(st.integers(0, len(text)))
        text = text[a:a + data.draw(st.integers(0, 400))]
    lo = data.draw(st.integers(-3, len(text) + 3))
    hi = data.draw(st.one_of(st.integers(lo - 2, lo + 2_500), st.just(len(text) + 5)))
    for name, cued_pattern in _CUED.items():
        plain = cued_pattern.regex
        for method in ("search", "match", "fullmatch", "finditer"):
            assert _spans(getattr(cued_pattern, method)(text, lo, hi)) == _spans(
                getattr(plain, method)(text, lo, hi)), (name, method, lo, hi)
