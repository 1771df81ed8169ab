"""Each meeting stage alone, on small hand-made articles (the pipeline is in aidlib.events)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aidlib.corpus import Article, ArticleMeta
from aidlib.events.detect import article_mentions
from aidlib.events.merge import merge_article
from aidlib.events.participants import name_pattern, person_refs
from aidlib.events.rows import event_row
from aidlib.people import load_people

DAY = date(2025, 12, 3)


def _article(text: str) -> Article:
    meta = ArticleMeta(
        id="hand", file="hand.txt", headline="hand-made", language="en", published=DAY,
        published_earliest=DAY, published_latest=DAY,
        date_evidence="a hand-made text for a stage test", sha256="0" * 64, added=DAY)
    return Article(meta=meta, path=Path("hand.txt"), text=text)


def test_participants_by_alias_and_by_title() -> None:
    people = load_people()
    text = "Zelenskiy met NATO's Secretary-General in Brussels."
    refs, _ = person_refs(text, name_pattern(people), people, DAY)
    assert [r.person.name for r in refs] == ["Volodymyr Zelensky", "Mark Rutte"]


def test_detect_kind_status_place_date() -> None:
    text = "Zelenskiy met Rutte in Brussels on Tuesday."
    people = load_people()
    (m,) = article_mentions(_article(text), people, name_pattern(people))
    assert (m.status, m.place, set(m.persons)) == ("held", "Brussels",
                                                  {"Mark Rutte", "Volodymyr Zelensky"})
    assert m.date is not None and m.date.start == date(2025, 12, 2)


def test_detect_skips_denied_meetings() -> None:
    people = load_people()
    text = "Zelenskiy refused to meet Putin."
    assert article_mentions(_article(text), people, name_pattern(people)) == []


def test_merge_joins_an_anaphor_and_rows_summarise() -> None:
    people = load_people()
    text = ("Zelenskiy met Rutte in Brussels on Tuesday. "
            "The meeting lasted two hours, officials said.")
    found = merge_article(article_mentions(_article(text), people, name_pattern(people)))
    assert len(found) == 1
    row = event_row(found[0], people)
    assert row["place"] == "Brussels" and row["n_mentions"] == 2
    assert row["duration_hours"] == 2.0
