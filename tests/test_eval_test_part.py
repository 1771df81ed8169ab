"""Scores on the held-out test part of the evaluation set (``data/eval/test``), never tuned on.

73 articles written after real reporting by twenty-six writers in ten rounds and
annotated blind (``data/eval/README.md``). Rules are tuned on ``data/eval/dev`` only. The
first 33 were scored before issue 9 (commit 86c7d1c); 43, 49, 55 and 61 at the starts of the
fourth to seventh sessions (this file's history); all 67 at the start of the eighth (513c157)
and at its end (81cba49, default: category and donors); all 73 at the start of the ninth
(81cba49) and at its end (default: category and donors, retrained on 123 dev articles;
the tenth round's rules), and with the rules alone; dev: the 123 dev articles, rules
alone (meeting scores with the per-article event scorer; 86c7d1c with the earlier one):

=============  =======  =======  =======  =======  =======  =======  =======  =========  ======
field (F1)     33: 86c  61: 845  67: 513  67: 81c  73: 81c  73: now  rules    dev rules  target
=============  =======  =======  =======  =======  =======  =======  =======  =========  ======
money span     0.98     0.98     0.99     0.99     0.984    0.986    0.986    0.988      0.98
money value    0.97     0.99     0.99     0.99     0.989    0.989    0.989    0.988      0.98
speaker        0.78     0.828    0.827    0.828    0.822    0.822    0.822    0.892      0.88
kind           0.50     0.757    0.744    0.746    0.739    0.740    0.740    0.879      0.85
donor          0.51     0.767    0.761    0.768    0.764    0.765    0.765    0.887      0.90
category       0.48     0.686    0.645    0.708    0.703    0.697    0.644    0.779      0.80
scope_type     0.59     0.753    0.746    0.749    0.754    0.754    0.754    0.845      0.75
events F1      0.54     0.798    0.802    0.806    0.797    0.801    0.801    0.867      0.85
event dates    0.48     0.800    0.802    0.815    0.819    0.816    0.816    0.918      0.90
participants   0.36     0.678    0.677    0.670    0.657    0.680    0.680    0.800      0.80
status         --       0.902    0.884    0.905    0.903    0.904    0.904    0.972      0.85
=============  =======  =======  =======  =======  =======  =======  =======  =========  ======

The floors below are the scores rounded down to a multiple of 0.05 (a ratchet: raise,
never lower, except when the part grows, a rule fixed in advance turns a stage off, or a
change decided on dev alone costs the part: it is not reverted for a floor's sake); the
issue's targets not reached are strict xfails, so that reaching one is noticed (scope_type,
reached on 55 and 61 articles and below its target on 67, is above it on 73: a plain test
again). Looking at these articles to fix
a miss would end their use as a test part.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aidlib.claims import claims
from aidlib.corpus import load_corpus
from aidlib.evaluate import (
    EventScores,
    Score,
    gold_claims,
    load_gold_events,
    score_claims,
    score_events,
)
from aidlib.events import events

TEST_PART = Path(__file__).resolve().parent.parent / "data" / "eval" / "test"

# category: 0.703 on 73 articles at 81cba49, 0.697 with the claims model retrained after the
# tenth round's rules (its inner CV's thresholds; the part is not used to choose them)
FLOORS = {"money_span": 0.95, "money_value": 0.95, "speaker": 0.80, "kind": 0.70,
          "donor": 0.75, "category": 0.65, "scope_type": 0.70}
# events F1: 0.801 at the end of the ninth session; refusing another clause's time after an
# unnamed meeting's verb (decided on dev, where it changed nothing) takes it to 0.7985
EVENT_FLOORS = {"f1": 0.75, "date_accuracy": 0.80, "participant_accuracy": 0.65,
                "status_accuracy": 0.90}
# Issue 9's targets not yet reached on the test part (scope_type: see test_scope_target).
CLAIM_TARGETS = {"speaker": 0.88, "kind": 0.85, "donor": 0.90, "category": 0.80}
EVENT_TARGETS = {"f1": 0.85, "date_accuracy": 0.90, "participant_accuracy": 0.80}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return score_claims(claims(load_corpus(TEST_PART)), gold_claims(TEST_PART))


@pytest.fixture(scope="module")
def event_scores() -> EventScores:
    return score_events(events(load_corpus(TEST_PART)),
                        load_gold_events(TEST_PART / "gold" / "events.csv"))


@pytest.mark.parametrize("field", list(FLOORS))
def test_floor(field: str, scores: dict[str, Score]) -> None:
    assert scores[field].f1 >= FLOORS[field]


@pytest.mark.parametrize("name", list(EVENT_FLOORS))
def test_event_floor(name: str, event_scores: EventScores) -> None:
    assert getattr(event_scores, name) >= EVENT_FLOORS[name]


@pytest.mark.xfail(strict=True, reason="issue 9 targets not reached on the test part: tuned "
                   "rules gain much less here than on dev (see the module docstring)")
@pytest.mark.parametrize("field", list(CLAIM_TARGETS))
def test_claim_target(field: str, scores: dict[str, Score]) -> None:
    assert scores[field].f1 >= CLAIM_TARGETS[field]


@pytest.mark.xfail(strict=True, reason="issue 9 meeting targets not reached on the test part")
@pytest.mark.parametrize("name", list(EVENT_TARGETS))
def test_event_target(name: str, event_scores: EventScores) -> None:
    assert getattr(event_scores, name) >= EVENT_TARGETS[name]


@pytest.mark.xfail(strict=True, reason="scope hovers at its target: 0.747 on 79 articles")
def test_scope_target(scores: dict[str, Score]) -> None:
    """Scope reaches its target on the held-out part (reached on 55, 61 and 73 articles,
    missed by 0.001-0.004 on 67 and 79)."""
    assert scores["scope_type"].f1 >= 0.75


def test_status_target(event_scores: EventScores) -> None:
    """Meeting status reaches its target on the held-out part (0.86 after round 4; it
    was 0.846 with part of the round-4 event rules merged)."""
    assert event_scores.status_accuracy >= 0.85
