"""Scores on articles the rules were not written on, against a gold file annotated blind.

``tests/fixtures/unseen/gold/`` was annotated by someone who never ran aidlib or read its
code. Measured on commit 79827cd (before any rule change informed by that gold): money
span and value F1 0.99; speaker 0.73, kind 0.55, donor 0.88; events F1 0.62 with dates
1.00 on matched events. After rule fixes driven by the fixture tests (not by this gold),
at ff9c53b: speaker 0.76, events F1 0.80 (recall 0.75). The money targets hold on unseen
text and are asserted as such; for the other fields the assertions are floors against
regression, and the issue's targets are kept as strict xfails so that reaching them is
noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aidlib.claims import claims
from aidlib.corpus import load_corpus
from aidlib.evaluate import TARGETS, Score, gold_claims, score_claims
from aidlib.events import EventScores, events, load_gold_events, score_events

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"

# Floors: the scores measured at ff9c53b, rounded down (a ratchet: raise them, never lower).
FLOORS = {"money_span": 0.95, "money_value": 0.95, "speaker": 0.75, "kind": 0.50,
          "donor": 0.85}
EVENT_FLOORS = {"f1": 0.78, "date_accuracy": 0.90}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return score_claims(claims(load_corpus(UNSEEN)), gold_claims(UNSEEN))


@pytest.fixture(scope="module")
def event_scores() -> EventScores:
    corpus = load_corpus(UNSEEN)
    return score_events(events(corpus), load_gold_events(UNSEEN / "gold" / "events.csv"))


@pytest.mark.parametrize("field", list(FLOORS))
def test_blind_floor(field: str, scores: dict[str, Score]) -> None:
    assert scores[field].f1 >= FLOORS[field]


@pytest.mark.parametrize("field", ["money_span", "money_value"])
def test_money_targets_hold_on_unseen_text(field: str, scores: dict[str, Score]) -> None:
    assert scores[field].f1 >= TARGETS[field]


@pytest.mark.xfail(strict=True, reason="speaker/kind on unseen text: bodies such as "
                   "ministries and air forces as speakers, and kind cues ('will lend', "
                   "'allocated') are not yet read as the blind annotator reads them")
def test_speaker_and_kind_targets_on_unseen_text(scores: dict[str, Score]) -> None:
    assert scores["speaker"].f1 >= TARGETS["speaker"] and scores["kind"].f1 >= TARGETS["kind"]


@pytest.mark.parametrize("name", list(EVENT_FLOORS))
def test_event_floor(name: str, event_scores: EventScores) -> None:
    assert getattr(event_scores, name) >= EVENT_FLOORS[name]


@pytest.mark.xfail(strict=True, reason="event recall on unseen text is 0.75: 'expected to "
                   "host European leaders' (no meeting trigger word) and 'finance ministers "
                   "approved ... on Tuesday' (meeting implied, not named) are missed; "
                   "'talks put on ice' is taken for talks held")
def test_event_target_on_unseen_text(event_scores: EventScores) -> None:
    assert event_scores.f1 >= 0.85
