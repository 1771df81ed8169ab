"""The generated findings: true to the tables, safe as Markdown, never failing on few data."""

from __future__ import annotations

import re

import pytest

from aidlib.charts.timeline import meetings_and_aid
from aidlib.claims import claims
from aidlib.compare import (
    comparable_groups,
    cumulative_totals,
    currency_checks,
    group_summary,
    pair_verdicts,
)
from aidlib.corpus import Corpus, load_corpus
from aidlib.events import events
from aidlib.findings import aid_totals, bullets, conflicts, headlines, md, meetings, overview
from aidlib.mentions import money_mentions
from aidlib.records import counted_claims

BARE_DOLLAR = re.compile(r"(?<!\\)\$")  # a "$" not escaped as "\$"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="module")
def every_finding(corpus: Corpus) -> list[str]:
    table = claims(corpus)
    pairs = pair_verdicts(table)
    summary = group_summary(table, comparable_groups(table, pairs), pairs)
    table_events = events(corpus)
    return [
        *overview(corpus),
        *aid_totals(corpus, table),
        *conflicts(pairs, currency_checks(table), cumulative_totals(table, "EUR"), summary),
        *meetings(table_events, meetings_and_aid(table_events, money_mentions(corpus))),
        *headlines(corpus),
    ]


def test_no_bare_dollar_in_any_finding(every_finding: list[str]) -> None:
    assert any("\\$" in item for item in every_finding)  # the data has dollar figures
    assert not [item for item in every_finding if BARE_DOLLAR.search(item)]


def test_findings_state_the_tables_counts(corpus: Corpus) -> None:
    table = claims(corpus)
    counted = counted_claims(table)
    parsed = counted[counted["status"] == "parsed"]
    money = parsed[parsed["measure"] == "money"]
    first = aid_totals(corpus, table)[0]
    assert first == (
        f"The {len(corpus)} articles report {len(money)} money figures and "
        f"{(parsed['measure'] == 'count').sum()} counted quantities."
    )
    pairs = pair_verdicts(table)
    verdicts = conflicts(pairs, currency_checks(table), cumulative_totals(table))[0]
    assert verdicts.startswith(f"Of {len(pairs)} pairs of figures judged, ")
    for verdict, n in pairs["verdict"].value_counts().items():
        assert f"{n} {verdict}" in verdicts
    table_events = events(corpus)
    held = (table_events["status"] == "held").sum()
    assert f"{len(table_events)} meetings, visits, talks or summits: {held} held" in (
        meetings(table_events)[0])


def test_each_currency_pair_is_a_sentence(corpus: Corpus) -> None:
    table = claims(corpus)
    checks = currency_checks(table)
    items = conflicts(pair_verdicts(table), checks, cumulative_totals(table))
    for row in checks.itertuples():
        (item,) = [i for i in items if f"“{md(row.surface_a)}” printed as" in i]
        assert f"{row.error_pct:+.1f} %" in item


def test_empty_tables_say_none_found(corpus: Corpus) -> None:
    empty_claims = claims(corpus).iloc[0:0]
    empty_pairs = pair_verdicts(empty_claims)
    empty = Corpus(articles=(), root=corpus.root)
    texts = [
        *overview(empty),
        *aid_totals(empty, empty_claims),
        *conflicts(empty_pairs, currency_checks(empty_claims),
                   cumulative_totals(empty_claims)),
        *meetings(events([])),
    ]
    assert sum("none found" in t for t in texts) == 5, texts
    assert "no money figures" in aid_totals(empty, empty_claims)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("$5 bn", "\\$5 bn"), ("to_spend", "to\\_spend"), ("*new*", "\\*new\\*"),
     ("[cancelled]", "\\[cancelled\\]"), ("€21 bn", "€21 bn")],
)
def test_md_escapes_markup(text: str, expected: str) -> None:
    assert md(text) == expected


def test_bullets_is_a_markdown_list() -> None:
    assert bullets(["a", "b"]) == "- a\n- b"
    assert bullets([]) == ""


def test_a_single_figure_reads_in_the_singular(corpus: Corpus) -> None:
    table = claims(corpus)
    one = table[(table["measure"] == "money") & table["eur_high"].notna()].head(1)
    first = aid_totals(Corpus(articles=corpus.articles[:1], root=corpus.root), one)
    assert first[0] == "The 1 article reports 1 money figure and 0 counted quantities."
    assert any(item.startswith("1 speaker is named;") for item in first)
