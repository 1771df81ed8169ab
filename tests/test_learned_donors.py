"""The learned donor stage (aidlib.claims.learned_donors): the arithmetic of a hand-made
model and the decision its thresholds make, the switch (off and default: the rules; on: the
bundled model), money that is not aid, and the committed model file's freshness. Every
sentence is written for this test (no article has it)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from aidlib.claims import extract_claims
from aidlib.claims.assemble import build_document
from aidlib.claims.document import Document
from aidlib.claims.learned import DEFAULT_FIELDS, DONORS, learned_fields
from aidlib.claims.learned_donors import (
    MODEL_FILE,
    DonorModel,
    FeatureSet,
    Givers,
    _bundled,
    apply_donor_model,
    candidates,
    claim_candidates,
    combined_donors,
    giver_counts,
    load_donor_model,
)
from aidlib.evaluate.features import training_hash
from aidlib.gazetteer import load_actors
from aidlib.people import load_people
from aidlib.records import Claim
from tests.claim_cases import DAY

ROOT = Path(__file__).resolve().parent.parent


def _doc(text: str) -> Document:
    return build_document(text, DAY, "Test Wire", load_people(), load_actors())


def _money(text: str, surface: str, learned: bool | None) -> Claim:
    (c,) = [c for c in extract_claims(text, published=DAY, learned=learned)
            if c.surface == surface]
    return c


# ------------------------------------------------------------- a hand-made model's decision

TEXT = "Malta looks on\n\nIceland will give $5 million to Ukraine's schools."
# p(donor) = sigmoid(-1 + 2) for a name in the figure's clause before it, sigmoid(-1 - 1)
# for a name in the headline only
HAND = {"loc=clause_before": 2.0, "loc=head": -1.0}


def _hand(add: float, remove: float) -> DonorModel:
    return DonorModel(HAND, -1.0, add, remove)


def test_probability_is_the_logistic_of_the_dot_product() -> None:
    doc = _doc(TEXT)
    rules = _money(TEXT, "$5 million", learned=False)
    cands = claim_candidates(doc, rules, [rules.start])
    assert set(cands) == {"Iceland", "Malta"}
    m = _hand(0.5, 0.5)
    assert m.probability(cands["Iceland"]) == pytest.approx(1 / (1 + math.exp(-1.0)))  # 0.731
    assert m.probability(cands["Malta"]) == pytest.approx(1 / (1 + math.exp(2.0)))  # 0.119
    assert m.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))  # the intercept alone


@pytest.mark.parametrize(("rule", "add", "remove", "expected"), [
    ((), 0.7, 0.7, ("Iceland",)),                  # p(Iceland) 0.731 reaches add: added
    ((), 0.75, 0.75, ()),                        # below add: the rules' (none) kept
    (("Malta",), 0.9, 0.85, ()),                  # p(not Malta) 0.881 reaches remove: dropped
    (("Malta",), 0.9, 0.9, ("Malta",)),            # below remove: kept
    (("Iceland", "Malta"), 0.99, 0.8, ("Iceland",)),  # Malta dropped, Iceland (p(not) 0.269) kept
], ids=["adds", "keeps-none-below-add", "drops", "keeps-below-remove", "drops-one-of-two"])
def test_decision_follows_the_thresholds(rule: tuple[str, ...], add: float, remove: float,
                                         expected: tuple[str, ...]) -> None:
    doc = _doc(TEXT)
    claim = replace(_money(TEXT, "$5 million", learned=False), donors=rule)
    (out,) = [c for c in apply_donor_model([claim], doc, _hand(add, remove))]
    assert out.donors == expected


def test_money_that_is_not_aid_keeps_the_rules_donors() -> None:
    """A model sure of every candidate changes an aid figure, not money a government
    budgets for its own spending (the rules' kind decides what is aid)."""
    text = ("Sweden backs drone makers\n\nStockholm said it would spend SEK 1 billion on "
            "Ukrainian-made drones. The money comes on top of SEK 3 billion set aside in March.")
    doc = _doc(text)
    rules = [c for c in extract_claims(text, published=DAY, learned=False)
             if c.measure == "money"]
    assert [(c.kind, c.donors) for c in rules] == [("to_spend", ()), ("pledged", ("Sweden",))]
    sure = DonorModel({}, 10.0, 0.9, 0.9)  # every candidate a donor at p = 0.99995
    spend, aid = apply_donor_model(rules, doc, sure)
    assert spend.donors == () and aid.donors == ("Sweden",)
    assert combined_donors((), False, {"Sweden": 1.0}, 0.5, 0.5) == ()
    # a model sure of Sweden as the giver of the spending leaves it the rules' too
    cands = claim_candidates(doc, rules[0], [c.start for c in rules])
    assert sure.probability(cands["Sweden"]) >= sure.add
    assert _money(text, "SEK 1 billion", learned=None).donors == ()


def test_counts_keep_their_donors() -> None:
    text = "Croatia sent 12 ambulances and €3 million in medical aid to Ukraine."
    rules = extract_claims(text, published=DAY, learned=False)
    out = apply_donor_model(rules, _doc(text), DonorModel({}, -10.0, 0.5, 0.5))
    assert [c.donors for c in out if c.measure == "count"] == [
        c.donors for c in rules if c.measure == "count"]
    assert [c.donors for c in out if c.measure == "money"] == [()]  # the model drops Croatia


# ------------------------------------------------------------- the bundled model, the switch

# The bundled model, retrained on 171 dev articles after the fourteenth round, chose by its
# inner cross-validation to override the rules above 0.95 (as on 147 and 159; 0.9 on 135).
# Since the twelfth round's first contact it runs only when asked (``learned=True``): retrained
# without that round, it lowered the round's donor F1 (data/eval/README.md, "Round 12"). Where it
# keeps the rules' answer on new sentences: (sentence, figure, donors of the rules)
BUNDLED = [
    # another country's minister after a sentence on a giver: an earlier model added his country
    ("Sweden has stepped up its support. Finnish Defence Minister Anna Koski said €40 "
     "million would fund the next package for Kyiv.", "€40 million", ()),
    ("Ireland will contribute €25 million in non-lethal aid to Ukraine, Dublin said.",
     "€25 million", ("Ireland",)),
    ("Kyiv took in €18 billion in grants last year, with Norway, Canada and the World "
     "Bank among the biggest contributors.", "€18 billion",
     ("Canada", "Norway", "World Bank")),
    # the model of 135 articles overrode these two wrongly; the models of 147 and 159 do not
    ("Back in 2023 the Kiel tracker already counted €9 billion in Japanese commitments, "
     "well before Tokyo's latest round.", "€9 billion", ()),
    ("Visiting Warsaw alongside the Polish president, Canada's prime minister committed "
     "C$500 million in military aid to Kyiv.", "C$500 million", ("Poland",)),
    # three the models of 135-159 articles overrode wrongly; the model of 171 does not
    ("Norway to give $100 million to Ukraine\n\nAt the donor conference, governments "
     "and businesses pledged $6.5 billion for humanitarian needs.", "$6.5 billion", ()),
    ("Estonia, Latvia and Lithuania have pledged €30 million, €20 million and €25 million "
     "respectively to Ukraine's drone coalition.", "€30 million", ("Estonia",)),
    ("The Nordics held talks in Helsinki. In a communiqué on Thursday, they said they had "
     "so far sent €9 billion to Ukraine.", "€9 billion", ("Nordic countries",)),
]


# Where the bundled model, when asked, overrides the rules wrongly: it drops a group whose
# lending scheme carries the lender's loan, and adds the second giver of a "respectively"
# list of two to the first amount. The rules are right in both. (The host the rules name
# beside a visiting giver, in BUNDLED above, is a wrong answer of the rules that the model
# keeps.)
BUNDLED_WRONG = [
    ("Kyiv received C$5 billion lent by Ottawa under the G7 loan programme.", "C$5 billion",
     ("Canada", "G7")),
    ("Japan and Canada pledged $500 million and $200 million respectively.",
     "$500 million", ("Japan",)),
]

# A bank the sentence names as one channel of the EU's money: the models of 147 to 171 dev
# articles added it; the one of 183 keeps the rules' answer.
BUNDLED.append(("Money from EU institutions (Commission budget support, European Investment "
                "Bank credit) reached €12 billion last year.", "€12 billion",
                ("European Union",)))


def test_the_bundled_model_overrides_by_its_cross_validation() -> None:
    assert (_bundled().add, _bundled().remove) == (0.95, 0.95)


@pytest.mark.parametrize(("text", "surface", "rules"), BUNDLED)
def test_bundled_model_on_new_sentences(text: str, surface: str,
                                        rules: tuple[str, ...]) -> None:
    assert _money(text, surface, learned=False).donors == rules  # off: the rules alone
    assert _money(text, surface, learned=None).donors == rules
    assert _money(text, surface, learned=True).donors == rules  # on: every model


@pytest.mark.parametrize(("text", "surface", "rules"), BUNDLED_WRONG)
def test_the_rules_are_right_where_the_bundled_model_is_not(
        text: str, surface: str, rules: tuple[str, ...]) -> None:
    assert _money(text, surface, learned=False).donors == rules
    assert _money(text, surface, learned=None).donors == rules  # the default: the rules


@pytest.mark.xfail(strict=True, reason="the bundled donor model overrides the rules wrongly")
@pytest.mark.parametrize(("text", "surface", "rules"), BUNDLED_WRONG)
def test_bundled_model_keeps_the_rules_answer(text: str, surface: str,
                                             rules: tuple[str, ...]) -> None:
    assert _money(text, surface, learned=True).donors == rules


def test_donors_are_not_a_default_field() -> None:
    assert DONORS not in DEFAULT_FIELDS and learned_fields(None) == DEFAULT_FIELDS
    assert DONORS in learned_fields(True) and learned_fields(False) == ()


def test_off_and_default_are_the_rules_and_on_is_the_stage_on_them() -> None:
    text = ("Visiting Warsaw alongside the Polish president, Canada's prime minister committed "
            "C$500 million in military aid to Kyiv, and Ottawa will add C$20 million for "
            "demining.")
    doc = _doc(text)
    rules = extract_claims(text, published=DAY, learned=False)
    staged = apply_donor_model(rules, doc, _bundled())
    on = extract_claims(text, published=DAY, learned=True)
    assert [c.donors for c in on] == [c.donors for c in staged]
    default = extract_claims(text, published=DAY)
    assert [c.donors for c in default] == [c.donors for c in rules]
    # a model that overrides (one sure of every candidate) changes the rules' donors
    assert [c.donors for c in apply_donor_model(rules, doc, DonorModel({}, 10.0, 0.9, 0.9))
            ] != [c.donors for c in rules]
    # the learned stage changes donors, kind and category only
    fixed = ("kind", "category", "donors")
    assert [replace(c, **{f: getattr(r, f) for f in fixed}) for c, r in
            zip(on, rules, strict=True)] == rules


def test_candidates_of_a_new_sentence() -> None:
    text = ("Nordic help for the front\n\n"
            "Norway will route NOK 250 million to Ukraine's engineers, while Denmark is "
            "still weighing a smaller package.\n")
    doc = _doc(text)
    start = text.index("NOK")
    end = text.index(" ", start + 4)
    cands = candidates(doc, start, end, (), [start])
    assert "Ukraine" not in cands  # the recipient is never a giver
    assert {"Norway", "Denmark"} <= set(cands)
    assert cands["Norway"]["loc=clause_before"] == 1.0
    assert cands["Denmark"].keys() & {"loc=clause_after", "loc=sent_after"}
    assert not any(k.startswith("name=") for k in cands["Norway"])
    named = candidates(doc, start, end, (), [start], FeatureSet(name=True))
    assert named["Norway"]["name=Norway"] == 1.0
    assert giver_counts(doc) == {"Norway": 1, "Denmark": 1}
    # what the figures of a text share, made once by the stage, gives the same features
    assert candidates(doc, start, end, (), [start], givers=Givers(doc)) == cands


# ----------------------------------------------------------------- the committed model file

def test_model_file_is_trained_on_the_current_gold() -> None:
    """A model trained on older gold or articles fails here: rerun
    ``python scripts/train_donor_model.py train``."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["training_hash"] == training_hash(
        [ROOT / "data" / "eval" / "dev", ROOT / "data"])
    assert data["excluded"] == []  # trained on every dev article


def test_model_file_loads() -> None:
    m = load_donor_model()
    assert m.features == FeatureSet()  # the features measured and shipped
    assert m.weights and not any(k.startswith(("rule=", "rule_n=")) for k in m.weights)
    assert 0.5 <= m.add <= 1.01 and 0.5 <= m.remove <= 1.01
