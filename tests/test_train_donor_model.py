"""Smoke tests of scripts/train_donor_model.py, which trains and measures the learned donor
ranking (data/eval/README.md, "Learned donors"): its CV runs end to end on a small annotated
corpus and scores as the evaluator does, its candidates hold every gold donor of the seeds,
and ``train`` writes a model file the library reads and runs as the script measured it.
scikit-learn is a dev extra: without it these tests are skipped."""

from __future__ import annotations

import doctest
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from aidlib.claims import claims, learned_donors
from aidlib.corpus import load_corpus
from aidlib.evaluate import gold_claims, score_claims

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


def test_the_script_uses_the_librarys_candidates(script: ModuleType) -> None:
    """One implementation: the experiment's features are the shipped stage's (their tests:
    tests/test_learned_donors.py); the script's options choose the optional ones."""
    assert script.claim_candidates is learned_donors.claim_candidates
    assert script.Options(name_feature=True, salience=False).features == (
        learned_donors.FeatureSet(name=True, salience=False))
    assert script.Options().features == learned_donors.FeatureSet()


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


def test_train_writes_a_model_file_the_library_runs(script: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "donor_model.json"
    script.main(["--dev", str(UNSEEN), "train", "--out", str(out)])
    model = learned_donors.load_donor_model(out)
    assert model.weights and model.features == learned_donors.FeatureSet()
    assert (model.add, model.remove) == script.NEVER  # no fresh round in unseen: never flip
    # what the script's model says of a figure, the library's file says (weights rounded)
    opts = script.Options(dev=UNSEEN)
    data = script.examples(UNSEEN, opts)
    ranker, _ = script.fit(data.labelled, script.examples(SEEDS, opts).labelled, opts)
    for f, p in zip(data.figs, ranker.probs(data.figs), strict=True):
        for name, q in p.items():
            assert model.probability(f.cands[name]) == pytest.approx(q, abs=1e-4)
    # the file is the script's output alone: a second run writes the same bytes
    again = tmp_path / "again.json"
    script.main(["--dev", str(UNSEEN), "train", "--out", str(again)])
    assert again.read_bytes() == out.read_bytes()
