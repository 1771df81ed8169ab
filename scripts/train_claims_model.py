"""Train and measure the learned kind/category stage (:mod:`aidlib.claims.learned`).

    python scripts/train_claims_model.py cv      # grouped CV on data/eval/dev: rules/model/combined
    python scripts/train_claims_model.py train   # write aidlib/data/claims_model.json
    python scripts/train_claims_model.py first-contact --new-ids H I  # train without, score them

The examples are the money figures the rules find (rules only, ``learned=False``), with the
features of :func:`aidlib.claims.learned.figure_features`, labelled by the gold figure they
are paired with (:mod:`aidlib.evaluate.features`). The training set is the dev part plus the
five seed articles (``data/gold``), which are always on the training side. The model per
field is a multinomial logistic regression (scikit-learn, the ``dev`` extra); it overrides
the rules' label only where its top label differs and reaches a probability threshold,
chosen by an inner grouped CV on the training side only. Since session 12 the rules' labels
the model sees (``rule_*`` features) and is weighed against are those the rules gave each
dev article at first contact, before it was read (``data/eval/first_contact_rules.csv``,
``scripts/first_contact_rules.py``): the present rules were tuned on these articles, and a
model trained on their labels learned to copy them. ``--present-rules``: the earlier method
(no rule features, thresholds against the present rules). Scores are the evaluator's F1
(:func:`aidlib.evaluate.score_claims`) over the out-of-fold predictions. Deterministic:
folds by a fixed seed, lbfgs, no sampling.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from first_contact_rules import read_labels  # noqa: E402  (the script beside this one)

from aidlib.claims.learned import FIELDS, MODEL_FILE, WINDOW, choose  # noqa: E402
from aidlib.evaluate.claims import gold_claims, score_claims  # noqa: E402
from aidlib.evaluate.features import Example, examples, training_hash  # noqa: E402

DEV = ROOT / "data" / "eval" / "dev"
SEEDS = ROOT / "data"
SEED = 0
FOLDS = 5
C = 1.0  # inverse regularization strength of the logistic regression
MIN_COUNT = 2  # a feature must occur in this many training examples
# Feature prefixes left out: the rules' own labels (measured in data/eval/README.md: with
# them the model learns to copy rules that were tuned on the dev articles; --drop to change).
DROP: tuple[str, ...] = ()
# The rules' labels at first contact (scripts/first_contact_rules.py): by default the model
# sees them as its rule features (``rule_*``) and its thresholds are chosen against them;
# --present-rules drops the rule features and weighs the model against the present rules.
FIRST_CONTACT = ROOT / "data" / "eval" / "first_contact_rules.csv"
# Articles of the fresh rounds (id prefixes): the thresholds are chosen by a grouped CV over
# these only (on articles the rules were tuned on, the rules always look right). H and I
# were tuned on after their first contact, J and K never (fixed before the sixth round was
# written; data/eval/README.md, "Learned kind and category").
FRESH: tuple[str, ...] = ("H", "I", "J", "K")
# The fields the model file holds. Which of them the learned stage changes when not told
# is aidlib.claims.learned.DEFAULT_FIELDS (data/eval/README.md, "Learned kind and category").
ADOPTED: tuple[str, ...] = ("category", "kind")
# Labels the model may change into each other (empty: all); --overridable to measure
OVERRIDABLE: tuple[str, ...] = ()
MEASURED: tuple[str, ...] = FIELDS  # the fields cv and first-contact measure (--fields)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: never override
# The first-contact labels of the dev figures (read from FIRST_CONTACT unless
# --present-rules): thresholds are chosen, and the CV scores "rules@fc" and "combined",
# against these labels instead of the present rules', which were tuned on the same articles.
EARLIER: dict[tuple[str, int], dict[str, str]] = {}  # (source_id, table row) -> labels
# --stack-scope: the scope feature from the first-contact labels too (measured, not shipped)
STACK_SCOPE = False


class Logistic:
    """A vectorizer of the features at least :data:`MIN_COUNT` training examples have (less
    those starting with a ``drop`` prefix) and a logistic regression over them (lbfgs)."""

    def __init__(self, feats: Sequence[Mapping[str, float]], labels: Sequence[str],
                 c: float = C, drop: tuple[str, ...] = ()) -> None:
        counts = Counter(k for f in feats for k in f)
        self.keep = {k for k, n in counts.items() if n >= MIN_COUNT and not k.startswith(drop)}
        self.vec = DictVectorizer(sort=True)
        x = self.vec.fit_transform([self._kept(f) for f in feats])
        self.clf = LogisticRegression(C=c, max_iter=5000)
        self.clf.fit(x, list(labels))

    def _kept(self, feats: Mapping[str, float]) -> dict[str, float]:
        return {k: v for k, v in feats.items() if k in self.keep}

    def proba(self, feats: Sequence[Mapping[str, float]]) -> np.ndarray:
        """Per row of ``feats``, the probability of each label (``clf.classes_``)."""
        x = self.vec.transform([self._kept(f) for f in feats])
        return np.asarray(self.clf.predict_proba(x))


class FieldModel(Logistic):
    """One field's vectorizer and logistic regression."""

    def __init__(self, train: Sequence[Example], field: str, c: float = C) -> None:
        super().__init__([e.features for e in train], [e.gold[field] for e in train], c, DROP)

    def predict(self, rows: Sequence[Example]) -> list[tuple[str, float]]:
        """(top label, its probability) per example."""
        if not rows:
            return []
        p = self.proba([e.features for e in rows])
        best = p.argmax(axis=1)
        return [(str(self.clf.classes_[b]), float(p[i, b])) for i, b in enumerate(best)]


def rule_of(e: Example, field: str) -> str:
    """The rules' label of ``e`` that the model is weighed against: the first-contact
    rules' (:data:`EARLIER`) where they found the same figure, else the present rules'."""
    return EARLIER.get((e.source_id, e.row), {}).get(field) or e.rule[field]


def stacked(rows: Sequence[Example]) -> list[Example]:
    """``rows`` with the rules' label features (``rule_*``) of the first-contact rules
    (:data:`EARLIER`) in place of the present rules'; rows without them lose them."""
    out = []
    for e in rows:
        f = {k: v for k, v in e.features.items() if not k.startswith("rule_")}
        old = EARLIER.get((e.source_id, e.row))
        if old and "kind" in old and "category" in old:
            f.update({f"rule_kind={old['kind']}": 1.0, f"rule_cat={old['category']}": 1.0,
                      f"rule_pair={old['kind']}_{old['category']}": 1.0})
        if STACK_SCOPE:  # the scope type the rules gave at first contact, too
            f = {k: v for k, v in f.items() if not k.startswith("scope=")}
            if old and old.get("scope_type"):
                f[f"scope={old['scope_type']}"] = 1.0
        out.append(replace(e, features=f))
    return out


def with_first_contact(args: argparse.Namespace, table: pd.DataFrame, dev: list[Example],
                       seeds: list[Example]) -> tuple[list[Example], list[Example]]:
    """Unless ``--present-rules``: :data:`EARLIER` read for the rows of ``table``, and
    ``dev`` and ``seeds`` with the first-contact rule features (:func:`stacked`)."""
    if args.present_rules:
        return dev, seeds
    EARLIER.update(read_earlier(FIRST_CONTACT, table))
    return stacked(dev), stacked(seeds)


def read_earlier(path: Path, table: pd.DataFrame) -> dict[tuple[str, int], dict[str, str]]:
    """The first-contact labels of ``path`` keyed by the row of ``table`` with the same
    source id and span (figures the earlier rules found at another span are left out)."""
    by_span = read_labels(path)
    out: dict[tuple[str, int], dict[str, str]] = {}
    for row, sid, start, end in zip(table.index, table["source_id"], table["start"], table["end"],
                                    strict=True):
        r = by_span.get((sid, int(start), int(end)))
        if r is not None:
            out[(str(sid), int(row))] = {f: r[f] for f in (*FIELDS, "scope_type") if f in r}
    return out


def combined(rule: str, top: tuple[str, float], threshold: float) -> str:
    """The label the run-time stage gives (:func:`aidlib.claims.learned.choose`)."""
    return choose(rule, top[0], top[1], threshold, OVERRIDABLE)


def folds(groups: Sequence[str], k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """``k`` grouped folds (no group on both sides), shuffled by :data:`SEED`: (train
    indices, held-out indices) of ``groups``."""
    splitter = GroupKFold(n_splits=k, shuffle=True, random_state=SEED)
    idx = np.zeros(len(groups))
    return [(a, b) for a, b in splitter.split(idx, groups=list(groups))]


def choose_threshold(train: Sequence[Example], always: Sequence[Example], field: str) -> float:
    """The threshold with the most right labels over an inner grouped CV of ``train``
    (``always`` on every inner training side); the highest of equals (fewest overrides)."""
    groups = [e.source_id for e in train]
    k = min(FOLDS - 1, len(set(groups)))
    right = dict.fromkeys(THRESHOLDS, 0)
    for a, b in folds(groups, k):
        model = FieldModel([*(train[i] for i in a), *always], field)
        held = [train[i] for i in b]
        for e, top in zip(held, model.predict(held), strict=True):
            for t in THRESHOLDS:
                right[t] += combined(rule_of(e, field), top, t) == e.gold[field]
    best = max(right.values())
    return max(t for t, n in right.items() if n == best)


def cross_validate(dev: Sequence[Example], seeds: Sequence[Example], c: float = C,
                   fresh: tuple[str, ...] = ()) -> dict[str, dict[int, str]]:
    """Out-of-fold labels per system and field ("model:kind", "combined:category", ...):
    claims-table row -> label. With ``fresh`` (id prefixes of articles the rules were not
    tuned on), only those are held out, the rest of dev always trains, and thresholds are
    chosen over the fresh training articles only."""
    labelled = [e for e in dev if e.gold]
    always = [e for e in seeds if e.gold]
    if fresh:
        always += [e for e in labelled if not e.source_id.startswith(fresh)]
        labelled = [e for e in labelled if e.source_id.startswith(fresh)]
    out: dict[str, dict[int, str]] = {f"{s}:{f}": {} for s in ("model", "combined")
                                      for f in MEASURED}
    groups = [e.source_id for e in labelled]
    fold_of = {}
    for n, (a, b) in enumerate(folds(groups, FOLDS)):
        fold_of.update({labelled[i].source_id: n for i in b})
        train = [labelled[i] for i in a]
        for field in MEASURED:
            t = choose_threshold(train, always, field)
            model = FieldModel([*train, *always], field, c)
            held = [e for e in dev if fold_of.get(e.source_id) == n]
            for e, top in zip(held, model.predict(held), strict=True):
                out[f"model:{field}"][e.row] = top[0]
                out[f"combined:{field}"][e.row] = combined(rule_of(e, field), top, t)
            print(f"  fold {n} {field}: threshold {t}", file=sys.stderr)
    return out


def _with(table: pd.DataFrame, labels: Mapping[str, dict[int, str]], system: str) -> pd.DataFrame:
    t = table.copy()
    for field in MEASURED:
        for row, label in labels.get(f"{system}:{field}", {}).items():
            t.at[row, field] = label
    return t


def _line(name: str, table: pd.DataFrame, gold: pd.DataFrame) -> str:
    s = score_claims(table, gold)
    return f"{name:<10} " + "  ".join(f"{f} {s[f].f1:.3f}" for f in MEASURED)


def cmd_cv(args: argparse.Namespace) -> None:
    dev_table, dev = examples(DEV)
    _, seeds = examples(SEEDS)
    dev, seeds = with_first_contact(args, dev_table, dev, seeds)
    gold = gold_claims(DEV)
    fresh = tuple(args.fresh)
    if fresh:  # score only the articles held out
        gold = gold[gold["source_id"].str.startswith(fresh)]
        dev_table = dev_table[dev_table["source_id"].str.startswith(fresh)]
    for c in args.c:
        labels = cross_validate(dev, seeds, c, fresh)
        print(f"grouped {FOLDS}-fold CV on {DEV.relative_to(ROOT)} "
              f"({int((gold['measure'] == 'money').sum())} money figures held out"
              + (f", only ids {' '.join(fresh)}" if fresh else "") + f"), C={c}, drop {DROP}:")
        print(_line("rules", dev_table, gold))
        if EARLIER:
            first = {f"r:{f}": {row: v[f] for (_, row), v in EARLIER.items() if f in v}
                     for f in MEASURED}
            print(_line("rules@fc", _with(dev_table, first, "r"), gold))
        for system in ("model", "combined"):
            print(_line(system, _with(dev_table, labels, system), gold))


def fit(dev: Sequence[Example], seeds: Sequence[Example],
        fresh: tuple[str, ...] = FRESH) -> dict[str, Any]:
    """The model file's content: per field the labels, weights, intercepts, threshold (by
    a grouped CV over the ``fresh`` articles, the rest always on the training side)."""
    labelled = [e for e in [*dev, *seeds] if e.gold]
    if EARLIER:  # every dev article was fresh to the rules of its first contact
        fresh = tuple(sorted({e.source_id.split("_")[0] for e in dev}))
    held = [e for e in dev if e.gold and e.source_id.startswith(fresh)]
    always = [*(e for e in dev if e.gold and not e.source_id.startswith(fresh)),
              *(e for e in seeds if e.gold)]
    fields: dict[str, Any] = {}
    for field in ADOPTED:
        t = choose_threshold(held, always, field)
        model = FieldModel(labelled, field)
        coef = model.clf.coef_
        labels = [str(x) for x in model.clf.classes_]
        if len(labels) == 2:  # binary: sklearn keeps one row (the second label's)
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = [-model.clf.intercept_[0] / 2, model.clf.intercept_[0] / 2]
        else:
            intercept = list(model.clf.intercept_)
        names = model.vec.get_feature_names_out()
        weights = {str(n): [round(float(w), 5) for w in coef[:, j]]
                   for j, n in enumerate(names) if np.any(np.abs(coef[:, j]) > 1e-6)}
        fields[field] = {"labels": labels, "intercept": [round(float(x), 6) for x in intercept],
                         "threshold": t, "weights": dict(sorted(weights.items())),
                         "overridable": list(OVERRIDABLE)}
    return {"about": "scripts/train_claims_model.py train; logistic regression per field",
            "training_hash": training_hash([DEV, SEEDS]), "window": WINDOW, "c": C,
            "min_count": MIN_COUNT, "n_examples": len(labelled), "dropped": list(DROP),
            "thresholds_from": list(fresh), "fields": fields}


def dumps(model: Mapping[str, Any]) -> str:
    """The model as JSON, one line per feature's weights (diffs stay readable)."""
    lines = []
    for key, value in sorted(model.items()):
        if key != "fields":
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}")
            continue
        fields = []
        for name, f in sorted(value.items()):
            rows = [f"    {json.dumps(k)}: {json.dumps(w)}" for k, w in f["weights"].items()]
            head = [f"   {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(f.items())
                    if k != "weights"]
            fields.append(f"  {json.dumps(name)}: {{\n" + ",\n".join(
                [*head, '   "weights": {\n' + ",\n".join(rows) + "\n   }"]) + "\n  }")
        lines.append(' "fields": {\n' + ",\n".join(fields) + "\n }")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def cmd_train(args: argparse.Namespace) -> None:
    dev_table, dev = examples(DEV)
    _, seeds = examples(SEEDS)
    dev, seeds = with_first_contact(args, dev_table, dev, seeds)
    model = fit(dev, seeds)
    args.out.write_text(dumps(model), encoding="utf-8")
    print(f"wrote {args.out} ({model['n_examples']} examples; thresholds "
          + ", ".join(f"{f} {model['fields'][f]['threshold']}" for f in ADOPTED) + ")")


def cmd_first_contact(args: argparse.Namespace) -> None:
    """Train on the dev articles whose ids do not start with ``--new-ids`` (plus seeds),
    predict the ones that do: rules vs model vs combined on those only."""
    dev_table, dev = examples(DEV)
    _, seeds = examples(SEEDS)
    new = tuple(args.new_ids)
    old = [e for e in dev if not e.source_id.startswith(new) and e.gold]
    fresh = [e for e in dev if e.source_id.startswith(new)]  # as the present rules made them
    old, seeds = with_first_contact(args, dev_table, old, seeds)
    labels: dict[str, dict[int, str]] = {}
    tops = {}
    for field in MEASURED:
        t = choose_threshold(old, [e for e in seeds if e.gold], field)
        model = FieldModel([*old, *(e for e in seeds if e.gold)], field)
        tops[field] = model.predict(fresh)
        for e, top in zip(fresh, tops[field], strict=True):
            labels.setdefault(f"model:{field}", {})[e.row] = top[0]
            labels.setdefault(f"combined:{field}", {})[e.row] = combined(e.rule[field], top, t)
        print(f"  {field}: threshold {t}", file=sys.stderr)
    gold = gold_claims(DEV)
    keep_g = gold[gold["source_id"].str.startswith(new)]
    mask = dev_table["source_id"].str.startswith(new)
    print(f"first contact: {keep_g['source_id'].nunique()} articles {new}, "
          f"{int((keep_g['measure'] == 'money').sum())} money figures")
    print(_line("rules", dev_table[mask], keep_g))
    for system in ("model", "combined"):
        print(_line(system, _with(dev_table, labels, system)[mask], keep_g))
    if args.each_threshold:  # diagnostic: chosen on these articles, so not first contact
        for t in THRESHOLDS:
            fixed = {f"c:{f}": {e.row: combined(e.rule[f], top, t)
                                for e, top in zip(fresh, tops[f], strict=True)}
                     for f in MEASURED}
            print(_line(f"t={t}", _with(dev_table, fixed, "c")[mask], keep_g))


def main(argv: Sequence[str] | None = None) -> None:
    global DROP, MEASURED, OVERRIDABLE, STACK_SCOPE
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    cv = sub.add_parser("cv")
    cv.add_argument("--c", type=float, nargs="+", default=[C])
    cv.add_argument("--fresh", nargs="*", default=[],
                    help="hold out only articles whose ids start so (the rules' unseen)")
    tr = sub.add_parser("train")
    tr.add_argument("--out", type=Path, default=MODEL_FILE)
    fc = sub.add_parser("first-contact")
    fc.add_argument("--new-ids", nargs="+", required=True)
    fc.add_argument("--each-threshold", action="store_true")
    parser.add_argument("--fields", nargs="+", default=list(MEASURED),
                        choices=["kind", "category", "scope_type"], help="fields measured")
    parser.add_argument("--overridable", nargs="*", default=list(OVERRIDABLE),
                        help="labels the model may change into each other (default: all)")
    parser.add_argument("--present-rules", action="store_true",
                        help="weigh the model against the present rules, without rule features "
                             "(the method before session 12)")
    parser.add_argument("--stack-scope", action="store_true",
                        help="the scope feature (scope=) from the first-contact labels too")
    parser.add_argument("--drop", nargs="*", default=None,
                        help="feature prefixes to leave out")
    args = parser.parse_args(argv)
    DROP = tuple(args.drop) if args.drop is not None else (
        ("rule_",) if args.present_rules else DROP)
    MEASURED = tuple(args.fields)
    STACK_SCOPE = args.stack_scope
    OVERRIDABLE = tuple(args.overridable)
    {"cv": cmd_cv, "train": cmd_train, "first-contact": cmd_first_contact}[args.cmd](args)


if __name__ == "__main__":
    main()
