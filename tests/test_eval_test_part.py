"""Scores on the held-out test part of the evaluation set (``data/eval/test``), never tuned on.

61 articles written after real reporting by twenty writers in eight rounds and annotated
blind (``data/eval/README.md``). Rules are tuned on ``data/eval/dev`` only. The first 33
were scored before issue 9 (commit 86c7d1c); 43 and 49 at the starts of the fourth and
fifth sessions (in this file's history); 55 at the start of the sixth (2b463c9) and after
it (8458d04); all 61 at the start of the seventh (8458d04, with the learned stages of then:
category and donors), and now (default: the donor stage; the category stage turned off by
the rule fixed before the eighth round, data/eval/README.md) and with the rules alone
(meeting scores with the per-article event scorer; 86c7d1c with the earlier one):

=============  =======  =======  =======  =======  =======  =======  =========  =======
field (F1)     33: 86c  55: 2b4  55: 845  61: 845  61: now  rules    dev rules  target
=============  =======  =======  =======  =======  =======  =======  =========  =======
money span     0.98     0.98     0.98     0.98     0.98     0.98     0.99       0.98
money value    0.97     0.99     0.99     0.99     0.99     0.99     1.00       0.98
speaker        0.78     0.815    0.824    0.828    0.836    0.836    0.91       0.88
kind           0.50     0.759    0.766    0.757    0.757    0.757    0.89       0.85
donor          0.51     0.772    0.777    0.767    0.772    0.761    0.88       0.90
category       0.48     0.687    0.701    0.686    0.651    0.651    0.81       0.80
scope_type     0.59     0.750    0.756    0.753    0.756    0.756    0.86       0.75
events F1      0.54     0.799    0.802    0.798    0.798    0.798    0.87       0.85
event dates    0.48     0.778    0.779    0.800    0.800    0.800    0.93       0.90
participants   0.36     0.673    0.695    0.678    0.678    0.678    0.82       0.80
status         --       0.895    0.903    0.902    0.902    0.902    0.96       0.85
=============  =======  =======  =======  =======  =======  =======  =========  =======

The floors below are the scores rounded down to a multiple of 0.05 (a ratchet: raise,
never lower, except when the part grows or a rule fixed in advance turns a stage off); the
issue's targets not reached are strict xfails, so that reaching one is noticed. Looking at
these articles to fix a miss would end their use as a test part.
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

FLOORS = {"money_span": 0.95, "money_value": 0.95, "speaker": 0.80, "kind": 0.75,
          "donor": 0.75, "category": 0.60, "scope_type": 0.75}
EVENT_FLOORS = {"f1": 0.75, "date_accuracy": 0.75, "participant_accuracy": 0.65,
                "status_accuracy": 0.90}
# Issue 9's targets not yet reached on the test part, and those reached since (scope_type
# after the kind rules of round 2, branch t9k: the suite's strict xfail turned XPASS; the
# score itself was not looked at).
CLAIM_TARGETS = {"speaker": 0.88, "kind": 0.85, "donor": 0.90, "category": 0.80}
CLAIM_TARGETS_REACHED = {"scope_type": 0.75}
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


@pytest.mark.parametrize("field", list(CLAIM_TARGETS_REACHED))
def test_claim_target_reached(field: str, scores: dict[str, Score]) -> None:
    assert scores[field].f1 >= CLAIM_TARGETS_REACHED[field]


def test_status_target(event_scores: EventScores) -> None:
    """Meeting status reaches its target on the held-out part (0.86 after round 4; it
    was 0.846 with part of the round-4 event rules merged)."""
    assert event_scores.status_accuracy >= 0.85
