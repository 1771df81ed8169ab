"""The scorer and the targets of issue 3: this test fails if aidlib drops below them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from aidlib.claims import claims
from aidlib.corpus import load_corpus
from aidlib.evaluate import (
    TARGETS,
    Score,
    baseline_price_parser,
    baseline_quantulum,
    gold_claims,
    report,
    score_claims,
)
from aidlib.evaluate.events import load_gold_events
from tests.cells import as_int, as_str


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return gold_claims()


@pytest.fixture(scope="module")
def scores(gold: pd.DataFrame) -> dict[str, Score]:
    return score_claims(claims(load_corpus()), gold)


def test_gold_spans_match_the_articles(gold: pd.DataFrame) -> None:
    corpus = load_corpus()
    for row in gold.itertuples():
        text = corpus[as_str(row.source_id)].text
        start, end = as_int(row.start), as_int(row.end)
        assert text[start:end] == row.surface, row
        assert as_int(row.sentence_start) <= start < end <= as_int(row.sentence_end)


def test_gold_is_complete_and_consistent(gold: pd.DataFrame) -> None:
    assert set(gold["source_id"]) == {a.id for a in load_corpus()}
    assert not gold.duplicated(["source_id", "start", "end"]).any()
    assert set(gold["kind"]) <= {"pledged", "provided", "contracted", "to_spend", "requested",
                                 "other"}
    starts = set(zip(gold["source_id"], gold["start"].astype(str), strict=True))
    for col in ("part_of_start", "pair_start"):
        linked = gold[gold[col] != ""]
        assert set(zip(linked["source_id"], linked[col], strict=True)) <= starts


@pytest.mark.parametrize("field", sorted(TARGETS))
def test_targets_hold(scores: dict[str, Score], field: str) -> None:
    assert scores[field].f1 >= TARGETS[field], (field, scores[field])


def test_donor_score_is_reported(scores: dict[str, Score]) -> None:
    assert scores["donor"].f1 >= 0.85


def test_perfect_prediction_scores_one(gold: pd.DataFrame) -> None:
    assert all(s.f1 == 1.0 for s in score_claims(gold, gold).values())


def test_missing_and_wrong_cost_recall_and_precision(gold: pd.DataFrame) -> None:
    pred = gold.iloc[1:].copy()
    pred.loc[pred.index[0], ["speaker", "attribution"]] = ["Somebody Else", "said"]
    s = score_claims(pred, gold)["speaker"]
    assert (s.tp, s.n_pred, s.n_gold) == (len(gold) - 2, len(gold) - 1, len(gold))


def test_baselines_run_and_fall_short(gold: pd.DataFrame, scores: dict[str, Score]) -> None:
    corpus = load_corpus()
    for frame in (baseline_quantulum(corpus), baseline_price_parser(corpus)):
        base = score_claims(frame, gold)
        assert "speaker" not in base
        assert base["money_value"].f1 < scores["money_value"].f1
    text = report({"aidlib": scores})
    assert "money_span" in text and "speaker" in text


def test_command_line_prints_all_systems_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    from aidlib.evaluate import main

    assert main([]) == 0
    out = capsys.readouterr().out
    assert "aidlib" in out and "quantulum3" in out and "price-parser" in out
    assert any(line.startswith("events       | precision") for line in out.splitlines())
    assert "meeting status accuracy" in out and "status gold \\ predicted" in out


def test_events_and_claims_share_one_f1_convention() -> None:
    """An empty side scores as evaluate.Score says, for events as for claims."""
    from aidlib.evaluate import Score, load_gold_events, score_events

    gold = load_gold_events()
    nothing = score_events(gold.iloc[0:0].assign(event_id=[], mentions=[]), gold)
    empty = Score(tp=0, n_pred=0, n_gold=len(gold))
    assert (nothing.precision, nothing.recall, nothing.f1) == (
        empty.precision, empty.recall, empty.f1) == (1.0, 0.0, 0.0)


def test_an_event_merged_across_articles_matches_one_gold_event_in_each() -> None:
    """The gold is annotated article by article: a meeting two articles report, merged
    into one predicted event, is right in both, and counts once per article it is in."""
    import pandas as pd

    from aidlib.evaluate import score_events
    from aidlib.events import Provenance

    day = pd.Timestamp("2024-07-10")
    mentions = (Provenance("a1", 10, 16, "summit", "", 0, 40),
                Provenance("a2", 50, 56, "summit", "", 40, 90))
    pred = pd.DataFrame([
        {"event_id": "a1:e01", "sources": ("a1", "a2"), "mentions": mentions,
         "participants": ("Jens Stoltenberg",), "date_start": day, "date_end": day,
         "date_precision": "day", "status": "held", "kind": "summit or ministerial"},
        {"event_id": "a2:e01", "sources": ("a2",), "mentions": (
            Provenance("a2", 200, 205, "talks", "", 190, 230),),
         "participants": (), "date_start": day, "date_end": day,
         "date_precision": "day", "status": "held", "kind": "talks"},
    ])
    gold = pd.DataFrame([
        {"gold_id": f"g{i}", "sources": (src,), "quote_start": a, "quote_end": b,
         "participants": ("Jens Stoltenberg",), "date_start": day, "date_end": day,
         "precision": "day", "status": "held", "kind": "summit or ministerial"}
        for i, (src, a, b) in enumerate((("a1", 0, 30), ("a2", 45, 60)))])
    scores = score_events(pred, gold)
    assert (scores.n_predicted, scores.n_matched, scores.recall) == (3, 2, 1.0)
    assert scores.unmatched_predicted == ("a2:e01",)
    one_article = score_events(pred.iloc[:1], gold.iloc[:1])
    assert one_article.unmatched_predicted == ("a1:e01@a2",)


def test_a_merged_event_is_compared_with_each_article_on_what_that_article_reports() -> None:
    """Two articles report one meeting, one before it (planned, one person named) and one
    after (held, both named): each gold row is compared with its own article's view."""
    from datetime import date

    import pandas as pd

    from aidlib.evaluate import score_events
    from aidlib.events import events
    from tests.test_events import article

    before = article("Kaja Kallas will meet Rustem Umerov in Kyiv on Friday.",
                     date(2025, 3, 5), "a1")
    after = article("Kaja Kallas met Rustem Umerov and Mark Rutte in Kyiv on Friday.",
                    date(2025, 3, 8), "a2")
    table = events([before, after])
    assert len(table) == 1 and len(table.iloc[0].by_source) == 2
    day = pd.Timestamp("2025-03-07")
    gold = pd.DataFrame([
        {"gold_id": "g1", "sources": ("a1",), "quote_start": 0, "quote_end": 60,
         "participants": ("Kaja Kallas", "Rustem Umerov"), "date_start": day,
         "date_end": day, "precision": "day", "status": "planned", "kind": "bilateral meeting"},
        {"gold_id": "g2", "sources": ("a2",), "quote_start": 0, "quote_end": 70,
         "participants": ("Kaja Kallas", "Mark Rutte", "Rustem Umerov"), "date_start": day,
         "date_end": day, "precision": "day", "status": "held", "kind": "bilateral meeting"},
    ])
    scores = score_events(table, gold)
    assert (scores.n_matched, scores.participant_accuracy, scores.status_accuracy,
            scores.date_accuracy) == (2, 1.0, 1.0, 1.0)


def test_a_gold_event_id_used_twice_is_refused(tmp_path: Path) -> None:
    gold = tmp_path / "events.csv"
    head = ("gold_id,source_id,quote,quote_start,quote_end,participants,remote,place,venue,"
            "date_start,date_end,precision,status,kind,duration_hours,duration_text,note\n")
    row = "e1,a,talks,0,5,,,,,2024-01-02,2024-01-02,day,held,talks,,,\n"
    gold.write_text(head + row + row.replace(",a,", ",b,"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold_id: 'e1'.*rows 2, 3"):
        load_gold_events(gold)
