"""The learned kind/category stage (aidlib.claims.learned): its features on new sentences,
the linear model's arithmetic, the switch, and the committed model file's freshness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidlib.claims import extract_claims
from aidlib.claims.learned import (
    DEFAULT_FIELDS,
    MODEL_FILE,
    LinearModel,
    apply_model,
    figure_features,
    learned_fields,
    load_model,
    override,
    tokens,
)
from aidlib.evaluate.features import training_hash
from tests.claim_cases import DAY

ROOT = Path(__file__).resolve().parent.parent


def _features(text: str, surface: str, kind: str = "pledged",
              category: str = "unspecified") -> set[str]:
    start = text.index(surface)
    return set(figure_features(text, start, start + len(surface), rule_kind=kind,
                               rule_category=category))


# (sentence, figure, features it must have) — sentences written for this test
FEATURES = [
    ("Headline here\n\nFinland has transferred €40 million to the grain fund.", "€40 million",
     {"l1=transferred", "r1=to", "r2=to_the", "cue_l=provided", "h=headline"}),
    ("Oslo said it would earmark NOK 2 billion for air defence next year.", "NOK 2 billion",
     {"l1=earmark", "l2=would_earmark", "r1=for", "cat_r=military", "s=oslo"}),
    ("Of the total, $12 million has already been paid out, officials said.", "$12 million",
     {"l1=total", "r2=has_already", "c=paid"}),
    ("Sweden's cabinet asked parliament for SEK 5 billion; it pledged more later.",
     "SEK 5 billion", {"cue_l=requested", "c=asked", "s=pledged"}),
]


@pytest.mark.parametrize(("text", "surface", "expected"), FEATURES)
def test_features_of_new_sentences(text: str, surface: str, expected: set[str]) -> None:
    assert expected <= _features(text, surface)


def test_features_stop_at_the_sentence() -> None:
    text = "Kyiv received €5 million. Brussels will lend €9 million more."
    assert "r=brussels" not in _features(text, "€5 million")
    assert "l=received" not in _features(text, "€9 million")


def test_rule_labels_are_features() -> None:
    f = _features("Poland gave $1 million.", "$1 million", "provided", "military")
    assert {"rule_kind=provided", "rule_cat=military"} <= f


def test_tokens_fold_numbers_and_case() -> None:
    assert tokens("EU 2025: €3.2bn") == ["eu", "<num>", "€", "<num>", "bn"]


MODEL = LinearModel(("pledged", "provided"), {"l1=delivered": (-3.0, 3.0)}, (0.5, -0.5), 0.8)


@pytest.mark.parametrize(("rule", "feats", "expected"), [
    ("pledged", {"l1=delivered": 1.0}, "provided"),  # confident: overrides
    ("pledged", {}, "pledged"),                      # agrees with the rules
    ("provided", {}, "provided"),                    # top label 0.73 < 0.8: rules kept
    ("pledged", {"unknown": 1.0}, "pledged"),        # unseen feature: no weight
])
def test_override_only_above_threshold(rule: str, feats: dict[str, float],
                                       expected: str) -> None:
    assert override(MODEL, rule, feats) == expected


def test_probabilities_sum_to_one() -> None:
    p = MODEL.probabilities({"l1=delivered": 1.0, "r1=to": 1.0})
    assert sum(p.values()) == pytest.approx(1.0)
    assert p["provided"] > 0.99


def test_counts_keep_the_rules_labels() -> None:
    text = "Russia launched 40 drones overnight, and Canada gave $5 million in aid."
    rules = extract_claims(text, published=DAY, learned=False)
    always = {"kind": LinearModel(("requested",), {}, (0.0,), 0.0),
              "category": LinearModel(("total",), {}, (0.0,), 0.0)}
    out = apply_model(rules, text, always)
    by_measure = {c.measure: c for c in out}
    assert (by_measure["money"].kind, by_measure["money"].category) == ("requested", "total")
    count = next(c for c in rules if c.measure == "count")
    assert (by_measure["count"].kind, by_measure["count"].category) == (
        count.kind, count.category)


def test_off_is_the_rules() -> None:
    text = "Denmark will send DKK 1.2 billion in military aid to Ukraine, its minister said."
    assert extract_claims(text, published=DAY, learned=False) == extract_claims(
        text, published=DAY, learned=False)
    (c,) = extract_claims(text, published=DAY, learned=False)
    assert (c.kind, c.category) == ("pledged", "military")


# ----------------------------------------------------------------- the committed model file

def test_model_file_is_trained_on_the_current_gold() -> None:
    """A model trained on older gold or articles fails here: rerun
    ``python scripts/train_claims_model.py train``."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["training_hash"] == training_hash(
        [ROOT / "data" / "eval" / "dev", ROOT / "data"])


def test_model_file_loads_per_field() -> None:
    models = load_model()
    assert set(models) == {"category", "kind"}  # ADOPTED in scripts/train_claims_model.py
    for m in models.values():
        assert len(m.intercept) == len(m.labels)
        assert all(len(row) == len(m.labels) for row in m.weights.values())
        assert 0.5 <= m.threshold <= 1.01


def _money(text: str, learned: bool | None) -> tuple[str, str]:
    (c,) = [c for c in extract_claims(text, published=DAY, learned=learned)
            if c.measure == "money"]
    return c.kind, c.category


# The bundled model on sentences written for this test: (sentence, kind, category).
# Where the rules already read the category, the model keeps it; below the rules miss it.
BUNDLED = [
    ("Greece is sending €25 million worth of ammunition to Kyiv.", "pledged", "military"),
    ("Canada will provide C$60 million in budget support to Kyiv.", "pledged", "financial"),
    ("Slovakia will donate €4 million to rebuild a hospital in Kharkiv.", "pledged",
     "humanitarian"),
    ("The bank disbursed $250 million to support Ukraine's state budget.", "provided",
     "financial"),
    # a bare yearly pledge: the model retrained on 87 dev articles read it as a total; on 99
    # it leaves it unspecified
    ("Spain pledged €1 billion to Ukraine this year.", "pledged", "unspecified"),
    # the rules find no category cue at "purchase ... air-defence systems"; the model does
    ("Sweden will fund a SEK 2 billion purchase of air-defence systems for Ukraine.",
     "pledged", "military"),
]

# A bare 'package': the models retrained on 87 and 111 dev articles read it as military, the
# ones on 99 and 147 (the first trained on the rules' labels at first contact) leave it
# unspecified.
BUNDLED.append(("Lithuania announced a €15 million package for Ukraine.", "pledged",
                "unspecified"))

# A contribution with no purpose stated: the models of 147 to 171 dev articles read it as
# military; the one of 183 leaves it unspecified.
BUNDLED.append(("Italy's €140 million contribution was announced on Friday.", "pledged",
                "unspecified"))

# The model's errors on sentences written for this test (strict xfails: the guide's reading).
# 'air force' names no category cue of the rules, and the model of 183 articles has none either.
BUNDLED_ERRORS = [
    ("Denmark's parliament approved DKK 2 billion for Ukraine's air force on Thursday.",
     "pledged", "military"),
]


# The kind model (on by default in the fourteenth round only) on sentences written for this test.
BUNDLED_KIND = [
    ("Denmark's parliament approved DKK 2 billion for Ukraine's air force on Thursday.",
     "pledged"),
    ("The Commission paid out the €4.2 billion tranche to Kyiv yesterday.", "provided"),
    ("The firm won a €300 million order to build shells for Ukraine.", "contracted"),
    ("Zelensky called for another $60 billion in US aid.", "requested"),
    # 'contribution' read as a pledge over the rules' 'arrived': the models retrained after the
    # tenth round's rules did at thresholds of 0.8 and 0.7; the one of 147 articles does not
    ("Portugal's contribution of €50 million arrived in Kyiv on Monday.", "provided"),
]


@pytest.mark.parametrize(("text", "kind"), BUNDLED_KIND)
def test_bundled_kind_model_on_new_sentences(text: str, kind: str) -> None:
    assert _money(text, learned=True)[0] == kind


def test_default_leaves_kind_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """On by default in the fourteenth round, off again since the fifteenth (the rule fixed
    before each round; data/eval/README.md, "Round 15"): with a kind model sure of
    'requested' everywhere, the default keeps the rules' kind and ``learned=True`` does not."""
    from aidlib.claims import learned

    assert "kind" not in DEFAULT_FIELDS and learned_fields(None) == DEFAULT_FIELDS
    sure = LinearModel(("requested", "provided"), {}, (9.0, -9.0), 0.5)
    monkeypatch.setattr(learned, "_bundled", lambda: {"kind": sure})
    text = "The Commission paid out the €4.2 billion tranche to Kyiv yesterday."
    assert _money(text, learned=False)[0] == _money(text, learned=None)[0] == "provided"
    assert _money(text, learned=True)[0] == "requested"


@pytest.mark.parametrize(("text", "kind", "category"), BUNDLED)
def test_bundled_model_on_new_sentences(text: str, kind: str, category: str) -> None:
    assert _money(text, learned=True) == (kind, category)


@pytest.mark.xfail(strict=True, reason="the bundled model's errors on new sentences")
@pytest.mark.parametrize(("text", "kind", "category"), BUNDLED_ERRORS)
def test_bundled_model_errors(text: str, kind: str, category: str) -> None:
    assert _money(text, learned=True) == (kind, category)


def test_switch_compares_the_two() -> None:
    text = "Sweden will fund a SEK 2 billion purchase of air-defence systems for Ukraine."
    assert _money(text, learned=False) == ("pledged", "unspecified")
    assert _money(text, learned=True) == ("pledged", "military")
    assert learned_fields(True) == ("kind", "category", "donors")
    assert learned_fields(None) == DEFAULT_FIELDS == ("category",)
    assert _money(text, learned=None) == ("pledged", "military")  # default: the category stage


@pytest.mark.parametrize(("flags", "said"), [
    (["--learned", "on"], "Learned stage: on (kind, category from claims_model.json, "
                          "donors from donor_model.json, over the rules)"),
    ([], "Learned stage: on (category from claims_model.json, over the rules)"),
    (["--learned", "off"], "Learned stage: off (kind, category and donors from the rules)"),
])
def test_evaluate_says_which_was_used(flags: list[str], said: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from aidlib.evaluate import main

    assert main(flags) == 0
    assert said in capsys.readouterr().out


def test_overridable_labels_bound_the_override() -> None:
    m = LinearModel(("military", "other"), {"x": (3.0, -3.0)}, (0.0, 0.0), 0.5,
                    overridable=("military", "unspecified"))
    assert override(m, "unspecified", {"x": 1.0}) == "military"
    assert override(m, "other", {"x": 1.0}) == "other"  # "other" is the rules' to give


def test_the_script_measures_the_rule_that_runs() -> None:
    """The training script's cross-validated label is :func:`choose`, as at run time."""
    import importlib.util
    from pathlib import Path

    from aidlib.claims.learned import choose

    path = Path(__file__).parent.parent / "scripts" / "train_claims_model.py"
    spec = importlib.util.spec_from_file_location("train_claims_model", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for rule, top, t in [("b", ("a", 0.95), 0.9), ("b", ("a", 0.8), 0.9), ("a", ("a", 1.0), 0.5)]:
        assert script.combined(rule, top, t) == choose(rule, top[0], top[1], t)
    m = LinearModel(("a", "b"), {"x": (3.0, -3.0)}, (0.0, 0.0), 0.6)
    assert override(m, "b", {"x": 1.0}) == choose("b", "a", m.probabilities({"x": 1.0})["a"], 0.6)
