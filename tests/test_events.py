"""Tests for aidlib.events: the targets on the gold file, sentences of the articles
(SEEDS), new constructed sentences in the same register (NEW), merging, and invariants."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pytest

from aidlib.corpus import Article, ArticleMeta, load_corpus
from aidlib.evaluate import load_gold_events, score_events
from aidlib.events import EVENT_COLUMNS, Provenance, event_mentions, events
from tests.cells import as_int, as_items, as_row, as_str, as_timestamp


def article(text: str, published: date, source_id: str = "t0") -> Article:
    """A constructed article (metadata is filler except the date)."""
    meta = ArticleMeta(
        id=source_id, file=f"{source_id}.txt", headline="constructed", language="en",
        published=published, published_earliest=published, published_latest=published,
        date_evidence="constructed test sentence, not an article",
        sha256=hashlib.sha256(text.encode()).hexdigest(), added=published,
    )
    return Article(meta, Path(f"{source_id}.txt"), text)


@pytest.fixture(scope="module")
def corpus_events() -> pd.DataFrame:
    return events(load_corpus())


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return load_gold_events()


# --- targets ------------------------------------------------------------------------------
def test_targets_on_gold(corpus_events: pd.DataFrame, gold: pd.DataFrame) -> None:
    scores = score_events(corpus_events, gold)
    assert scores.f1 >= 0.85, scores
    assert scores.date_accuracy >= 0.9, scores
    assert scores.participant_accuracy >= 0.8, scores


def test_gold_quotes_match_articles(gold: pd.DataFrame) -> None:
    corpus = load_corpus()
    for row in gold.itertuples():
        text = corpus[as_items(row.sources, str)[0]].text
        assert text[as_int(row.quote_start):as_int(row.quote_end)] == row.quote, row.gold_id


# --- one event per case -----------------------------------------------------------------
class Expect(NamedTuple):
    text: str
    published: date
    kind: str
    status: str
    participants: tuple[str, ...]
    place: str | None
    start: str
    end: str
    precision: str
    extra: dict[str, Any] = {}  # noqa: RUF012 - read only


D = date
SEEDS = {
    "kremlin-negotiations": Expect(
        "Steve Witkoff and Jared Kushner, the architects of the Gaza peace deal, concluded "
        "five hours of bruising negotiations at the Kremlin on Tuesday.", D(2025, 12, 3),
        "talks", "held", ("Jared Kushner", "Steve Witkoff"), "Moscow",
        "2025-12-02", "2025-12-02", "day", {"duration_hours": 5.0, "venue": "the Kremlin"}),
    "titles-only": Expect(
        "NATO’s Secretary-General held a meeting with Ukraine’s President to address the "
        "ongoing war situation.", D(2023, 9, 28), "bilateral meeting", "held",
        ("Jens Stoltenberg", "Volodymyr Zelensky"), None, "2023-09-28", "2023-09-28",
        "unknown"),
    "allies-meeting-friday": Expect(
        "Kiev’s international allies, meeting Friday at the US base in Ramstein, Germany, "
        "“are reviewing the various capabilities,” Stoltenberg told reporters.",
        D(2023, 4, 21), "summit or ministerial", "ongoing", (), "Ramstein",
        "2023-04-21", "2023-04-21", "day", {"venue": "US base in Ramstein"}),
    "caption-welcomes": Expect(
        "French president Emmanuel Macron welcomes Ukrainian president Volodymyr Zelenksy "
        "at Elysee Palace on December 1", D(2025, 12, 3), "bilateral meeting", "held",
        ("Emmanuel Macron", "Volodymyr Zelensky"), "Paris", "2025-12-01", "2025-12-01",
        "day"),
    "cancelled-today": Expect(
        "Donald Trump’s dreams of peace in Ukraine have suffered a brutal blow as Volodomyr "
        "Zelensky today cancelled his meeting with the president’s envoys.", D(2025, 12, 3),
        "bilateral meeting", "cancelled", ("Volodymyr Zelensky",), None,
        "2025-12-03", "2025-12-03", "day"),
    "delegation-this-week": Expect(
        "A delegation of top US military officials, led by Army Secretary Dan Driscoll, was "
        "in Kyiv this week discussing avenues for progress.", D(2025, 11, 21), "visit",
        "held", ("Dan Driscoll",), "Kyiv", "2025-11-17", "2025-11-23", "week"),
}
NEW = {
    "met-in-berlin": Expect(
        "German Defence Minister Boris Pistorius met Rustem Umerov in Berlin on Monday.",
        D(2024, 2, 14), "bilateral meeting", "held", ("Boris Pistorius", "Rustem Umerov"),
        "Berlin", "2024-02-12", "2024-02-12", "day"),
    "will-host-next-week": Expect(
        "Keir Starmer will host Volodymyr Zelensky at Downing Street next week.",
        D(2025, 3, 1), "bilateral meeting", "planned", ("Keir Starmer", "Volodymyr Zelensky"),
        "London", "2025-03-03", "2025-03-09", "week", {"venue": "Downing Street"}),
    "ministers-meeting-thursday": Expect(
        "NATO defence ministers, meeting in Brussels on Thursday, agreed to send more air "
        "defence.", D(2024, 6, 13), "summit or ministerial", "ongoing", (), "Brussels",
        "2024-06-13", "2024-06-13", "day", {"channel": "NATO"}),
    "postponed": Expect(
        "Zelensky's planned meeting with Trump in Washington was postponed.", D(2025, 2, 20),
        "bilateral meeting", "cancelled", ("Donald Trump", "Volodymyr Zelensky"),
        "Washington", "2025-02-20", "2025-02-20", "unknown", {"channel": "US-Ukraine"}),
    "phone-call": Expect(
        "Macron spoke by phone with Putin on Tuesday, the Elysee said.", D(2025, 7, 3),
        "call or video link", "held", ("Emmanuel Macron", "Vladimir Putin"), None,
        "2025-07-01", "2025-07-01", "day", {"channel": "Europe-Russia"}),
    "expected-later-this-month": Expect(
        "Witkoff is expected to travel to Moscow later this month for talks with Putin.",
        # guide v2: a visit and the talks held during it are one event of kind visit
        D(2025, 7, 3), "visit", "planned", ("Steve Witkoff", "Vladimir Putin"), "Moscow",
        "2025-07-01", "2025-07-31", "month", {"channel": "US-Russia"}),
    "joined-via-video": Expect(
        "Ukrainian President Volodymyr Zelensky joined the summit of EU leaders via video "
        "link on Thursday.", D(2025, 3, 21), "summit or ministerial", "held",
        ("Volodymyr Zelensky",), None, "2025-03-20", "2025-03-20", "day",
        {"remote": ("Volodymyr Zelensky",)}),
    "talks-then-speaker": Expect(
        "Kaja Kallas held talks with Rustem Umerov in Brussels on January 15, she said.",
        D(2025, 1, 20), "talks", "held", ("Kaja Kallas", "Rustem Umerov"), "Brussels",
        "2025-01-15", "2025-01-15", "day"),
    "bare-title-and-leader": Expect(  # "The PM": the UK named in the article; "leader": head
        "Britain will send more air defence. The PM held a phone call with the Ukrainian "
        "leader on Monday.", D(2025, 3, 5), "call or video link", "held",
        ("Keir Starmer", "Volodymyr Zelensky"), None, "2025-03-03", "2025-03-03", "day"),
    # hosting: the host is a participant; tense and "next week"/"later this month" decide
    "host-group-next-week": Expect(
        "Keir Starmer will host European leaders in London next week.", D(2025, 3, 1),
        "summit or ministerial", "planned", ("Keir Starmer",), "London",
        "2025-03-03", "2025-03-09", "week", {"groups": ("leaders",)}),
    "hosted-at-venue": Expect(
        "Keir Starmer hosted Volodymyr Zelensky at Lancaster House on Sunday.", D(2025, 3, 3),
        "bilateral meeting", "held", ("Keir Starmer", "Volodymyr Zelensky"), "London",
        "2025-03-02", "2025-03-02", "day", {"venue": "Lancaster House"}),
    "hosts-summit-later-this-month": Expect(
        "Emmanuel Macron hosts a summit on Ukraine in Paris later this month.", D(2025, 2, 5),
        "summit or ministerial", "planned", ("Emmanuel Macron",), "Paris",
        "2025-02-01", "2025-02-28", "month"),
    "host-coalition": Expect(
        "Keir Starmer will host the coalition of the willing at Downing Street on Thursday.",
        D(2025, 3, 4), "summit or ministerial", "planned", ("Keir Starmer",), "London",
        "2025-03-06", "2025-03-06", "day", {"groups": ("coalition of the willing",)}),
    # a body deciding on a day: a ministerial or summit held that day, the group takes part
    "finance-ministers-approved": Expect(
        "EU finance ministers approved a €4.2bn disbursement to Ukraine on Tuesday.",
        D(2025, 12, 17), "summit or ministerial", "held", (), None,
        "2025-12-16", "2025-12-16", "day", {"groups": ("European Union", "finance ministers")}),
    "defence-ministers-agreed": Expect(
        "NATO defence ministers agreed on Thursday to send more air defence to Ukraine.",
        D(2025, 6, 6), "summit or ministerial", "held", (), None,
        "2025-06-05", "2025-06-05", "day", {"channel": "NATO",
                                            "groups": ("NATO", "defence ministers")}),
    "leaders-endorsed-at-summit": Expect(
        "G7 leaders endorsed the reconstruction plan at their summit on Friday.",
        D(2024, 6, 15), "summit or ministerial", "held", (), None,
        "2024-06-14", "2024-06-14", "day", {"groups": ("G7", "leaders")}),
    "council-adopted": Expect(
        "The European Council on Thursday adopted its conclusions on Ukraine.",
        D(2024, 12, 20), "summit or ministerial", "held", (), None,
        "2024-12-19", "2024-12-19", "day", {"groups": ("European Council",)}),
    # datelines give the place of a held meeting in the first paragraph
    "dateline-reuters": Expect(
        "BRUSSELS, Dec 15 (Reuters) - Kaja Kallas met Rustem Umerov on Monday.\n"
        "She said more aid would come.", D(2025, 12, 15), "bilateral meeting", "held",
        ("Kaja Kallas", "Rustem Umerov"), "Brussels", "2025-12-15", "2025-12-15", "day"),
    "dateline-dash-after-headline": Expect(
        "Rutte arrives\n\nKYIV — Mark Rutte held talks with Zelensky on Tuesday.\n"
        "He later flew home.", D(2025, 12, 17), "talks", "held",
        ("Mark Rutte", "Volodymyr Zelensky"), "Kyiv", "2025-12-16", "2025-12-16", "day"),
    "dateline-not-for-a-call": Expect(
        "KYIV — Zelensky spoke by phone with Trump on Tuesday.", D(2025, 12, 17),
        "call or video link", "held", ("Donald Trump", "Volodymyr Zelensky"), None,
        "2025-12-16", "2025-12-16", "day"),
    # a specific planned meeting called off is cancelled, not dropped
    "summit-called-off": Expect(
        "Trump called off his planned summit with Putin in Budapest, the White House said.",
        D(2025, 10, 22), "summit or ministerial", "cancelled",
        ("Donald Trump", "Vladimir Putin"), "Budapest", "2025-10-22", "2025-10-22",
        "unknown"),
    # "frozen" describing the topic is no suspension
    "frozen-assets-topic": Expect(
        "Kaja Kallas held talks on the frozen assets with Umerov in Brussels on Monday.",
        D(2025, 10, 22), "talks", "held", ("Kaja Kallas", "Rustem Umerov"), "Brussels",
        "2025-10-20", "2025-10-20", "day"),
}


@pytest.mark.parametrize("case", [*SEEDS.values(), *NEW.values()],
                         ids=[*(f"seed-{k}" for k in SEEDS), *(f"new-{k}" for k in NEW)])
def test_one_event(case: Expect) -> None:
    table = events([article(case.text, case.published)])
    assert len(table) == 1, table.summary.tolist()
    row = table.iloc[0]
    assert (row.kind, row.status) == (case.kind, case.status)
    assert row.participants == tuple(sorted(case.participants))
    assert row.place == case.place
    assert str(row.date_start.date()) == case.start
    assert str(row.date_end.date()) == case.end
    assert row.date_precision == case.precision
    if case.precision == "unknown":
        assert row.date_basis.startswith("inferred")
    for column, value in case.extra.items():
        assert row[column] == value, column


NOT_EVENTS = {
    "meet-demands": "Russia failed to meet the demands of the ceasefire plan on Friday.",
    "meet-possessive": "The plan fails to meet Putin’s maximalist demands.",
    "generic-talks": "The peace talks are ongoing. That’s good, Rutte said.",
    "press-conference": "Rutte spoke at a press conference on Friday.",
    "host-noun": "It will be rejected by a whole host of people, starting with Zelensky.",
    "plan-named-after": "NATO is unhappy with the Witkoff-Dmitriev plan.",
    "call-for": "Zelensky renewed his call for more Patriot systems on Monday.",
    "generic-negotiations": "Europe had locked itself out of negotiations, Putin claimed.",
    # negation and suspension: no meeting took place or will
    "put-on-ice": "Talks between Russia and Ukraine were put on ice on Monday.",
    "froze-talks": "Russia froze talks with Ukraine on Monday.",
    "no-talks-planned": "No talks with Putin are planned, Zelensky said on Monday.",
    "refused-to-meet": "Putin refused to meet Zelensky on Monday.",
    "ruled-out-meeting": "The Kremlin ruled out a meeting between Putin and Zelensky on Monday.",
    "ruled-out-further-talks": "Macron ruled out any further talks with Putin on Friday.",
    "suspended-talks": "Russia suspended peace talks with Ukraine on Monday.",
    "wont-meet": "Trump said he won't meet Putin until a deal is ready.",
    # a collective decision needs a group subject and a day
    "one-minister-approved": "The finance minister approved a €4.2bn disbursement on Tuesday.",
    "parliament-approved": "Ukraine's parliament approved the budget on Tuesday.",
    "ministers-approved-no-day": "EU finance ministers approved the disbursement.",
    "people-agreed": "Putin and Witkoff agreed on Tuesday that more work was needed.",
    "hosts-troops": "Poland hosts NATO troops at Rzeszow.",
}


def test_later_event_keeps_the_meeting_its_own_place() -> None:
    """A clause opened by "ahead of" is an event of its own, planned; the meeting before it
    keeps its own place, date and kind."""
    text = "Kallas met Umerov in Kyiv on Friday ahead of the EU summit in Brussels."
    table = events([article(text, date(2025, 1, 20))]).set_index("place")
    assert as_row(table.loc["Kyiv"])[["kind", "status"]].tolist() == [
        "bilateral meeting", "held"]
    assert str(as_timestamp(table.loc["Kyiv", "date_start"]).date()) == "2025-01-17"
    assert as_row(table.loc["Brussels"])[["kind", "status"]].tolist() == [
        "summit or ministerial", "planned"]


def test_dateline_place_is_recorded() -> None:
    """A place taken from the dateline says so in the row; a later paragraph keeps none."""
    text = ("BRUSSELS, Dec 15 (Reuters) - Kaja Kallas met Rustem Umerov on Monday.\n\n"
            "Mark Rutte met Zelensky on Friday.")
    table = events([article(text, date(2025, 12, 15))]).set_index("date_start")
    first = table.loc[pd.Timestamp("2025-12-15")]
    assert first.place == "Brussels" and "(place from dateline)" in first.summary
    assert pd.isna(table.loc[pd.Timestamp("2025-12-12")].place)


def test_ambiguous_bare_title_stays_unresolved() -> None:
    """"The president" with no country hint outside another title names nobody."""
    text = "The president spoke by phone with the Russian leader on Tuesday, the Elysee said."
    assert events([article(text, date(2025, 7, 3))]).iloc[0].participants == (
        "Vladimir Putin",)


@pytest.mark.parametrize("text", NOT_EVENTS.values(), ids=NOT_EVENTS.keys())
def test_not_an_event(text: str) -> None:
    assert events([article(text, date(2025, 7, 4))]).empty


# --- merging ------------------------------------------------------------------------------
def test_two_sentences_one_event() -> None:
    text = ("Rutte met Zelensky in Kyiv on Tuesday. During the visit, the NATO chief "
            "promised more air defence. The meeting lasted two hours.")
    table = events([article(text, date(2025, 7, 3))])
    assert len(table) == 1
    row = table.iloc[0]
    assert row.n_mentions == 3 and row.duration_hours == 2.0
    assert row.participants == ("Mark Rutte", "Volodymyr Zelensky")


def test_two_articles_one_event() -> None:
    a = article("Rutte met Zelensky in Kyiv on Tuesday.", date(2025, 7, 3), "a")
    b = article("NATO Secretary General Mark Rutte held talks with Zelensky in Kyiv on "
                "Tuesday.", date(2025, 7, 2), "b")
    table = events([a, b])
    assert len(table) == 1
    assert table.iloc[0].sources == ("a", "b")
    assert {m.source_id for m in table.iloc[0].mentions} == {"a", "b"}


def test_different_days_stay_apart() -> None:
    a = article("Rutte met Zelensky in Kyiv on Tuesday.", date(2025, 7, 3), "a")
    b = article("Rutte met Zelensky in Kyiv on Tuesday.", date(2025, 9, 3), "b")
    assert len(events([a, b])) == 2


def test_cancelled_does_not_merge_with_held() -> None:
    text = ("Macron welcomed Zelensky in Paris on Monday. Zelensky cancelled his meeting with "
            "Trump scheduled for Wednesday.")
    table = events([article(text, date(2025, 7, 3))])
    assert sorted(table.status) == ["cancelled", "held"]


def test_seed_merges(corpus_events: pd.DataFrame) -> None:
    kremlin = corpus_events[corpus_events.venue == "the Kremlin"].iloc[0]
    assert kremlin.n_mentions >= 4 and len(set(kremlin.participants)) == 5
    brussels = corpus_events[(corpus_events.status == "cancelled")].iloc[0]
    assert brussels.place == "Brussels" and "Steve Witkoff" in brussels.participants


# --- invariants ---------------------------------------------------------------------------
def test_columns_and_provenance(corpus_events: pd.DataFrame) -> None:
    assert tuple(corpus_events.columns) == EVENT_COLUMNS
    corpus = load_corpus()
    for row in corpus_events.itertuples():
        assert as_timestamp(row.date_start) <= as_timestamp(row.date_end)
        assert len(as_items(row.participant_roles, str)) == len(as_items(row.participants, str))
        for m in as_items(row.mentions, Provenance):
            text = corpus[m.source_id].text
            assert text[m.start:m.end] == m.surface
            assert text[m.sentence_start:m.sentence_end] == m.sentence


def test_mentions_spans() -> None:
    corpus = load_corpus()
    for row in event_mentions(corpus).itertuples():
        assert corpus[as_str(row.source_id)].text[as_int(row.start):as_int(row.end)] == row.surface
