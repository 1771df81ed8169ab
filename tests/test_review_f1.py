"""Review fixes (audit4, events and dates): each on a sentence written for it."""

from __future__ import annotations

from datetime import date

from aidlib.dates import find_time_expressions, resolve_date
from aidlib.events import event_mentions, events
from aidlib.events.patterns import RECEIVED_GAP, called_by_name
from tests.test_events import article

DAY = date(2025, 1, 10)  # a Friday


def _events(text: str) -> list[set[str]]:
    return [set(p) for p in events([article(text, DAY)]).participants]


def test_pronoun_and_named_cosubject_with_any_name_particle() -> None:
    # item 1: the co-subject after "he and" may carry any name particle, not only
    # "von/der/de/van"
    text = ("Chancellor Jo Roe arrived in Rome on Thursday, where he and Prime Minister "
            "Al di Marco held talks.")
    assert _events(text) == [{"Jo Roe", "Al di Marco"}]


def test_capitalized_back_reference_is_anaphoric() -> None:
    # item 5: "The Summit," is the summit named before, not a gathering's own name
    text = ("Leaders of ten countries gathered in Rome on Tuesday for a summit on recovery. "
            "The Summit, hosted by Prime Minister Jo Roe, ended on Wednesday.")
    rows = event_mentions([article(text, DAY)])
    assert bool(rows.loc[rows.surface == "Summit", "anaphoric"].all())


def test_called_by_name() -> None:
    # item 5: a capital on the noun is a name only after a name word, or in a proper trigger
    text = "At the Ukraine Recovery Conference and the Energy Council. The Conference ended."
    conf = text.index("Conference")
    assert called_by_name(text, conf, conf + len("Conference"))
    council = text.index("Energy Council")
    assert called_by_name(text, council, council + len("Energy Council"))
    last = text.rindex("Conference")
    assert not called_by_name(text, last, last + len("Conference"))
    headline = "Leaders Gather For Summit"
    assert not called_by_name(headline, headline.index("Summit"), len(headline))


def test_future_weekend_on_a_sunday_is_next_weeks() -> None:
    # item 6: published on a Sunday, a future "at the weekend" is not yesterday and today
    sunday = date(2024, 6, 2)
    when = resolve_date("at the weekend", sunday, tense="future")
    assert (when.start, when.end) == (date(2024, 6, 8), date(2024, 6, 9))
    past = resolve_date("at the weekend", sunday, tense="past")
    assert (past.start, past.end) == (date(2024, 6, 1), date(2024, 6, 2))
    saturday = resolve_date("at the weekend", date(2024, 6, 1), tense="future")
    assert (saturday.start, saturday.end) == (date(2024, 6, 1), date(2024, 6, 2))


def test_ago_prefilter_keeps_ago_and_skips_articles() -> None:
    # item 8: "a"/"an" open an expression only as "a week ago"
    from aidlib.dates import _EXPRESSION_START
    text = "An aid package was agreed a week ago and an envoy came two days ago."
    starts = [m.start() for m in _EXPRESSION_START.finditer(text)]
    assert starts == [text.index("a week"), text.index("two days")]
    assert [e[2] for e in find_time_expressions(text)] == ["a week ago", "two days ago"]


def test_received_by_a_nationality_and_title() -> None:
    # item 9: "Ukrainian" before a title is a capitalized word of the gap
    assert RECEIVED_GAP.match(" by Ukrainian President ")
    assert not RECEIVED_GAP.match(" support from ")


def test_capitalized_back_reference_is_no_named_gathering() -> None:
    # item 5: "The Conference" alone is no gathering called by its name
    text = "The Conference opened on Tuesday."
    assert events([article(text, DAY)]).empty


def test_they_meet_needs_two_people_named_before() -> None:
    # item 11: "they met in X" is a meeting of the two people the sentence named, and no
    # meeting at all when "they" has no such antecedent
    named = ("Prime Minister Jo Roe informed President Al Doe of the decision when they "
             "met in Oslo on Wednesday.")
    assert _events(named) == [{"Jo Roe", "Al Doe"}]
    for text in ("Farmers blocked roads across the country. They met in Oslo on Wednesday "
                 "to plan more protests.",
                 "The unions said they met in Oslo on Wednesday."):
        assert events([article(text, DAY)]).empty
