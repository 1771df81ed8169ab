"""Scores on the held-out test part of the evaluation set (``data/eval/test``), never tuned on.

103 articles written after real reporting by forty-one writers in fifteen rounds and annotated
blind (``data/eval/README.md``). Rules are tuned on ``data/eval/dev`` only. The first 33 were
scored before issue 9 (commit 86c7d1c); 43, 49, 55 and 61 at the starts of the fourth to
seventh sessions (this file's history); all 67 at the end of the eighth (81cba49, default:
category and donors); all 73 at the start of the ninth (81cba49; that column is in README.md)
and at its end (the tenth round's rules); all 79 at the start of the tenth session (9e23af5,
the models of 123 dev articles) and at the end of the eleventh (18f06d2: category and donors,
retrained on 135 dev articles; the eleventh round's rules); all 97 at the end of the twelfth
(65f0ca4: default kind and category, their model trained on 171 dev articles by the first-
contact method); all 103 now (the thirteenth session: default category alone, the kind model
off again since the fifteenth round, the model retrained on 183 dev articles; the donor
ranking off since the twelfth; rules tuned on rounds 13-15's half A), and with the rules
alone; dev: the 183 dev articles now, rules alone (meeting scores with the per-article event
scorer; 86c7d1c with the earlier one):

=============  =======  =======  =======  =======  =======  =======  ========  =========  ======
field (F1)     33: 86c  61: 845  67: 81c  79: 9e2  79: 18f  97: 65f  103: now  103: rules  target
=============  =======  =======  =======  =======  =======  =======  ========  =========  ======
money span     0.98     0.98     0.99     0.985    0.985    0.982    0.975     0.975      0.98
money value    0.97     0.99     0.99     0.986    0.986    0.988    0.987     0.987      0.98
speaker        0.78     0.828    0.828    0.817    0.820    0.819    0.816     0.816      0.88
kind           0.50     0.757    0.746    0.737    0.741    0.790    0.758     0.758      0.85
donor          0.51     0.767    0.768    0.764    0.770    0.757    0.762     0.762      0.90
category       0.48     0.686    0.708    0.690    0.698    0.717    0.722     0.648      0.80
scope_type     0.59     0.753    0.749    0.747    0.748    0.745    0.752     0.752      0.75
events F1      0.54     0.798    0.806    0.801    0.798    0.786    0.779     0.779      0.85
event dates    0.48     0.800    0.815    0.830    0.830    0.827    0.812     0.812      0.90
participants   0.36     0.678    0.670    0.669    0.661    0.663    0.660     0.660      0.80
status         --       0.902    0.905    0.912    0.908    0.914    0.907     0.907      0.85
=============  =======  =======  =======  =======  =======  =======  ========  =========  ======

Dev (183, rules, tuned on) now: speaker 0.872, kind 0.857, donor 0.855, category 0.749, scope
0.833, events F1 0.852, dates 0.899, participants 0.803, status 0.956. The same 97 articles
as at the session's start, 65f0ca4 -> now (default): kind 0.790 -> 0.754 (the kind model
off; the rules 0.752 -> 0.754), donor 0.757 -> 0.762, category 0.717 -> 0.723, scope 0.745
-> 0.750, events F1 0.786 -> 0.789, dates 0.827 -> 0.824, participants 0.663 -> 0.661.

The floors below are the scores rounded down to a multiple of 0.05 (a ratchet: raise,
never lower, except when the part grows, a rule fixed in advance turns a stage off, or a
change decided on dev alone costs it: it is not reverted for a floor's sake); the
issue's targets not reached are strict xfails, so that reaching one is noticed (scope_type,
reached on 55, 61 and 73 articles, was 0.002 below its target on 79, 0.017 on 85 (whose
six twelfth-round articles score 0.59), 0.007 on 91 and 0.005 on 97; reached on 103).
Looking at these articles to fix a miss would end their use as a test part.
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

# kind 0.758 on 103 articles with the rules alone (the kind model off by the rule fixed before
# the fifteenth round; 0.790 with it); category 0.722 with the model trained on 183 dev
# articles; scope 0.752: its floor raised to the target
FLOORS = {"money_span": 0.95, "money_value": 0.95, "speaker": 0.80, "kind": 0.75,
          "donor": 0.75, "category": 0.70, "scope_type": 0.75}
# events F1 0.779 and participants 0.660 on 103 articles (0.786 and 0.663 on 97; 0.798 and
# 0.661 on 79 after the eleventh round's rules, decided on dev and its unread half B)
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


def test_scope_target(scores: dict[str, Score]) -> None:
    """Scope reaches its target on the held-out part (reached on 55, 61 and 73 articles,
    missed by 0.001-0.002 on 67 and 79, by 0.017 on 85, 0.007 on 91, 0.005 on 97; reached
    again on 103, 0.752, after the scope and kind rules tuned on rounds 13-15's half A)."""
    assert scores["scope_type"].f1 >= 0.75


def test_status_target(event_scores: EventScores) -> None:
    """Meeting status reaches its target on the held-out part (0.86 after round 4; it
    was 0.846 with part of the round-4 event rules merged)."""
    assert event_scores.status_accuracy >= 0.85
