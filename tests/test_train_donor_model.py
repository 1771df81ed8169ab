"""Smoke tests of scripts/train_donor_model.py, the learned donor experiment (measured, not
shipped; data/eval/README.md, "Learned donors"): its CV runs end to end on a small annotated
corpus, scores as the evaluator does, and its candidates hold every gold donor of the seeds.
The hand-made sentences are new (no article has them). scikit-learn is a dev extra: without
it these tests are skipped."""

from __future__ import annotations

import doctest
import importlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from aidlib.claims import claims
from aidlib.claims.assemble import build_document
from aidlib.corpus import load_corpus
from aidlib.evaluate import gold_claims, score_claims
from aidlib.gazetteer import load_actors
from aidlib.people import load_people

pytest.importorskip("sklearn", reason="the dev extra is not installed: pip install 'aidlib[dev]'")

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
SEEDS = ROOT / "data"


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    """The script as a module (it imports its sibling train_claims_model from scripts/)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(ROOT / "scripts"))
        yield importlib.import_module("train_donor_model")


def test_cv_runs_end_to_end_on_a_small_corpus(script: ModuleType) -> None:
    opts = script.Options(dev=UNSEEN, seeds=SEEDS, folds=2)
    cv = script.cross_validate(opts)
    assert set(cv.scores) == {"rules", *script.SYSTEMS}
    assert all(0.0 <= f1 <= 1.0 for f1 in cv.scores.values())
    assert cv.scores["model"] > 0.5  # the model learned to find donors at all
    # the rules' score is the evaluator's donor F1 of the rules-only claims table
    rules = score_claims(claims(load_corpus(UNSEEN), learned=False), gold_claims(UNSEEN))
    assert cv.scores["rules"] == pytest.approx(rules["donor"].f1)
    # no fresh round (ids H-K) to choose thresholds on: never override, so combined = rules
    assert cv.thresholds == [dict.fromkeys(script.SYSTEMS, script.NEVER)] * 2
    assert cv.scores["combined"] == cv.scores["rules"]
    assert 0 < cv.covered <= cv.n_gold


def test_every_gold_donor_of_the_seeds_is_a_candidate(script: ModuleType) -> None:
    seeds = script.examples(SEEDS, script.Options())
    assert seeds.n_gold > 0 and seeds.covered == seeds.n_gold
    assert seeds.labelled and all(f.row in seeds.table.index for f in seeds.figs)


def _candidates(script: ModuleType, text: str, **options: bool) -> dict[str, dict[str, float]]:
    doc = build_document(text, date(2025, 3, 4), "Test Wire", load_people(), load_actors())
    start = text.index("NOK")
    end = text.index(" ", start + 4)
    cands: dict[str, dict[str, float]] = script.candidates(
        doc, start, end, (), [start], script.Options(**options))
    return cands


def test_candidates_of_a_new_sentence(script: ModuleType) -> None:
    text = ("Nordic help for the front\n\n"
            "Norway will route NOK 250 million to Ukraine's engineers, while Denmark is "
            "still weighing a smaller package.\n")
    cands = _candidates(script, text)
    assert "Ukraine" not in cands  # the recipient is never a giver
    assert {"Norway", "Denmark"} <= set(cands)
    assert cands["Norway"]["loc=clause_before"] == 1.0
    assert cands["Denmark"].keys() & {"loc=clause_after", "loc=sent_after"}
    assert not any(k.startswith("name=") for k in cands["Norway"])
    named = _candidates(script, text, name_feature=True)
    assert named["Norway"]["name=Norway"] == 1.0


def test_options_leave_out_the_rules_choice_unless_asked(script: ModuleType) -> None:
    assert script.Options().drop == script.RULE_FEATURES
    assert script.Options(rule=True).drop == ()


@pytest.mark.parametrize(("aid", "rule", "probs", "system", "expected"), [
    (False, ("Poland",), {"Estonia": 0.9}, "model", ("Poland",)),  # not aid: the rules'
    (True, (), {"Estonia": 0.3, "Latvia": 0.4}, "model", ()),
    (True, (), {"Estonia": 0.3, "Latvia": 0.4}, "model_top", ("Latvia",)),
    (True, ("Poland",), {"Poland": 0.2, "Latvia": 0.4}, "fill", ("Poland",)),
    (True, ("Poland",), {"Poland": 0.05, "Latvia": 0.95}, "combined", ("Poland",)),  # never
], ids=["not-aid", "model", "model-top", "fill-keeps-rules", "combined-never-flips"])
def test_decide(script: ModuleType, aid: bool, rule: tuple[str, ...],
                probs: dict[str, float], system: str, expected: tuple[str, ...]) -> None:
    fig = script.Fig("x", 0, rule, (), aid, {n: {} for n in probs})
    assert script.decide(fig, probs, system) == expected


def test_doctests(script: ModuleType) -> None:
    result = doctest.testmod(script)
    assert result.attempted > 0 and result.failed == 0
