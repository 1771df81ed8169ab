"""Each meeting stage alone, on small hand-made articles (the pipeline is in aidlib.events)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from aidlib.corpus import Article, ArticleMeta, load_corpus
from aidlib.events.detect import article_mentions
from aidlib.events.mention import Event, _summarize
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


def test_an_events_summary_follows_its_mentions() -> None:
    # worked out once for the mentions an event holds, then only for those added at the
    # end; a mention replaced in place makes it read them all again
    people = load_people()
    names = name_pattern(people)
    corpus = load_corpus()
    mentions = [m for a in corpus for m in article_mentions(a, people, names)][:60]
    assert len(mentions) >= 20
    ev = Event()
    for m in mentions:
        ev.mentions.append(m)
        assert ev._summary() == _summarize(tuple(ev.mentions))
    dated = next(i for i, m in enumerate(ev.mentions) if m.date is not None)
    ev.mentions[dated] = replace(ev.mentions[dated], date=None, place="Nowhere City")
    assert ev._summary() == _summarize(tuple(ev.mentions))
    assert ev.place == next(m.place for m in ev.mentions if m.place)
    del ev.mentions[1:]
    assert ev.persons == set(ev.mentions[0].persons)
