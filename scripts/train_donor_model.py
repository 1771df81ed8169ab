"""Train and measure the learned donor ranking (:mod:`aidlib.claims.learned_donors`;
issue 9, sessions 5-6; data/eval/README.md, "Learned donors").

    python scripts/train_donor_model.py train           # write aidlib/data/donor_model.json
    python scripts/train_donor_model.py cv              # grouped CV on data/eval/dev
    python scripts/train_donor_model.py first-contact --new-ids J K [--each-threshold]
    python scripts/train_donor_model.py other --data tests/fixtures/unseen  # train on all dev
    ... --rule                                          # keep the rules' choice as a feature
    ... --name-feature                                  # the candidate's name as a feature
    ... --context                                       # speaker's country, previous figure's giver
    ... --no-salience                                   # not how often the text names it
    ... --exclude L,M,N                                 # leave articles out (dev before round 6)
    ... --old-rules donors.csv                          # thresholds against older rules' donors
    ... --first-contact                                 # first-contact donors as rule features
                                                        # and baseline (session 12; not shipped)
    ... --dev DIR --folds N                             # another corpus; N folds (inner N-1)

The flags become one :class:`Options`, passed to every function that reads them.

The candidates of a money figure and their features are the library's
(:func:`aidlib.claims.learned_donors.candidates`, its module docstring says which), as is
the decision the shipped stage makes (:func:`~aidlib.claims.learned_donors.combined_donors`).
The label: the candidate is among the donors of the gold figure paired with the figure
(:func:`aidlib.evaluate.claims.align`, as the evaluator pairs them). Examples come from the
figures the rules find (``learned=False``) in the dev part plus the five seed articles
(``data/gold``, always on the training side).

A binary logistic regression (scikit-learn, the ``dev`` extra) gives each candidate a
probability. Systems: "model" takes the candidates at 0.5 or more; "model_top" that, or the
top candidate when none reaches 0.5; "fill" the rules' donors, or model_top where the rules
give an aid figure none; "combined" (the one shipped) flips the rules' decision on a
candidate only where the model's probability for the other decision reaches a threshold,
chosen by an inner grouped CV over the fresh rounds (``FRESH``) of the training side. Money
that is not aid keeps the rules' donors. Scores are the evaluator's donor F1.
Deterministic: folds by a fixed seed, lbfgs, no sampling. ``train`` fits the model on every
dev article and the seeds (thresholds as in the experiment) and writes the model file the
library reads (weights, intercept, the "combined" thresholds, the training hash).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

# the learned kind/category stage's script: its corpora, folds, thresholds and classifier
from first_contact_rules import Span, read_labels  # noqa: E402  (the script beside this one)
from train_claims_model import (  # noqa: E402
    DEV,
    FOLDS,
    FRESH,
    MIN_COUNT,
    SEEDS,
    THRESHOLDS,
    C,
    Logistic,
    folds,
)

from aidlib.claims.assemble import build_document, extract_claims  # noqa: E402
from aidlib.claims.donors import AID_KINDS  # noqa: E402
from aidlib.claims.learned_donors import (  # noqa: E402
    MODEL_FILE,
    DonorModel,
    FeatureSet,
    Givers,
    choose_donors,
    claim_candidates,
    combined_donors,
    model_json,
)
from aidlib.corpus import Article, load_corpus  # noqa: E402
from aidlib.evaluate.claims import align, gold_claims, records, score_claims  # noqa: E402
from aidlib.evaluate.features import training_hash  # noqa: E402
from aidlib.gazetteer import load_actors  # noqa: E402
from aidlib.people import load_people  # noqa: E402
from aidlib.records import Claim, claims_frame  # noqa: E402

RULE_FEATURES: tuple[str, ...] = ("rule=", "rule_n=")  # the rules' choice (--rule keeps it)
YES = "yes"  # the label of a candidate that is a donor
SHIPPED = "combined"  # the system the library runs (aidlib.claims.learned_donors)

# The donors the rules gave each dev figure at first contact (scripts/first_contact_rules.py)
FIRST_CONTACT = ROOT / "data" / "eval" / "first_contact_rules.csv"


@dataclass(frozen=True)
class Options:
    """What a run measures and how (the command line's flags)."""

    rule: bool = False  # keep the rules' choice as a feature (--rule)
    name_feature: bool = False  # the candidate's canonical name, a learned prior (--name-feature)
    context: bool = False  # the speaker's country, the previous figure's giver (--context)
    salience: bool = True  # how often the text names the candidate (--no-salience: not)
    exclude: tuple[str, ...] = ()  # id prefixes of articles left out entirely (--exclude)
    # the donors older rules gave each figure (--old-rules), used as the rules' choice (to
    # choose thresholds on a round as the rules first met it)
    old_rules: Mapping[Span, tuple[str, ...]] = field(default_factory=dict)
    # the candidates' rule features from old_rules too (--first-contact):
    # the model learns how far to trust rules on text they were not tuned on
    stack: bool = False
    c: float = C  # inverse regularization strength (--c)
    folds: int = FOLDS  # outer folds of cv; the inner CV has one fewer (--folds)
    dev: Path = DEV  # the annotated corpus cv and first-contact measure on (--dev)
    seeds: Path = SEEDS  # an annotated corpus always on the training side

    @property
    def features(self) -> FeatureSet:
        """The optional candidate features these options turn on."""
        return FeatureSet(name=self.name_feature, context=self.context, salience=self.salience)

    @property
    def drop(self) -> tuple[str, ...]:
        """The feature prefixes the model leaves out."""
        return () if self.rule else RULE_FEATURES


@dataclass(frozen=True)
class Fig:
    """One money figure the rules find: its table row, the rules' donors, the gold donors
    (None when no gold figure is paired), whether it is aid, and its candidates."""

    source_id: str
    row: int
    rule: tuple[str, ...]
    gold: tuple[str, ...] | None
    aid: bool
    cands: Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class Annotated:
    """An annotated corpus as the rules read it: their claims table, the gold claims, the
    money figures, and the ceiling counts: gold (figure, donor) pairs, and those among the
    candidates of the figure paired with the gold one."""

    table: pd.DataFrame
    gold: pd.DataFrame
    figs: list[Fig]
    n_gold: int
    covered: int

    @property
    def labelled(self) -> list[Fig]:
        """The figures paired with a gold figure."""
        return [f for f in self.figs if f.gold is not None]


def _outlet(article: Article) -> str:
    """The outlet :func:`aidlib.claims.claims` gives ``extract_claims`` (a copy of its one
    private line): the outlet's name, else the article's id."""
    return article.meta.outlet or article.id


def examples(root: Path, opts: Options) -> Annotated:
    """The rules-only claims (``learned=False``) of the corpus at ``root`` less the articles
    ``opts.exclude`` names, with the candidates of each money figure."""
    corpus = load_corpus(root)
    people, actors = load_people(root), load_actors(root)
    rows: list[Claim] = []
    figs: list[tuple[int, Claim, dict[str, dict[str, float]]]] = []
    for a in corpus:
        if opts.exclude and a.id.startswith(opts.exclude):
            continue
        doc = build_document(a.text, a.published, _outlet(a), people, actors)
        cs = extract_claims(a.text, source_id=a.id, published=a.published, outlet=_outlet(a),
                            people=people, actors=actors, dollar=a.dollar, learned=False)
        money_starts = sorted(c.start for c in cs if c.measure == "money")
        givers = Givers(doc)
        for c in cs:
            if c.measure == "money":
                seen = opts.old_rules.get((c.source_id, c.start, c.end)) if opts.stack else None
                as_ruled = c if seen is None else replace(c, donors=seen)
                figs.append((len(rows), c, claim_candidates(doc, as_ruled, money_starts,
                                                            opts.features, givers)))
            rows.append(c)
    gold = gold_claims(root)
    if opts.exclude:
        gold = gold[~gold["source_id"].str.startswith(opts.exclude)]
    gm = records(gold[gold["measure"] == "money"])
    aligned = align([{"source_id": c.source_id, "start": c.start, "end": c.end}
                     for _, c, _ in figs], gm)
    out = []
    covered = 0
    for i, (row, c, cands) in enumerate(figs):
        g = aligned.get(i)
        gd = tuple(g["donors"]) if g is not None else None
        covered += sum(1 for d in gd or () if d in cands)
        rule = opts.old_rules.get((c.source_id, c.start, c.end), tuple(sorted(c.donors)))
        out.append(Fig(c.source_id, row, rule, gd, c.kind in AID_KINDS, cands))
    return Annotated(claims_frame(rows).reset_index(drop=True), gold, out,
                     sum(len(g["donors"]) for g in gm), covered)


def read_old_rules(path: Path) -> dict[Span, tuple[str, ...]]:
    """Donors an older version of the rules gave (a CSV of source_id, start, end, donors
    joined by ";"): the rules as they were on first contact with a round of articles."""
    return {span: tuple(sorted(d for d in labels.get("donors", "").split(";") if d))
            for span, labels in read_labels(path).items()}


Thresholds = tuple[float, float]  # (add, remove)
NEVER: Thresholds = (1.01, 1.01)


class Ranker(Logistic):
    """The binary logistic regression over the (figure, candidate) pairs of the aid figures
    paired with a gold figure: is the candidate among its donors?"""

    def __init__(self, train: Sequence[Fig], opts: Options) -> None:
        pairs = [(f, name) for f in train if f.gold is not None and f.aid for name in f.cands]
        super().__init__([f.cands[name] for f, name in pairs],
                         [YES if name in (f.gold or ()) else "no" for f, name in pairs],
                         opts.c, opts.drop)
        self.yes = list(self.clf.classes_).index(YES)

    def probs(self, figs: Sequence[Fig]) -> list[dict[str, float]]:
        """Per figure: candidate -> probability that it is a donor."""
        pairs = [(i, name) for i, f in enumerate(figs) for name in f.cands]
        out: list[dict[str, float]] = [{} for _ in figs]
        if not pairs:
            return out
        p = self.proba([figs[i].cands[name] for i, name in pairs])[:, self.yes]
        for (i, name), q in zip(pairs, p, strict=True):
            out[i][name] = float(q)
        return out

    def exported(self, t: Thresholds, features: FeatureSet) -> DonorModel:
        """The model as the library runs it: a weight per kept feature (rounded, as the
        model file keeps it), the intercept, the (add, remove) thresholds ``t``."""
        sign = 1.0 if self.yes == 1 else -1.0  # sklearn's one row is the second class's
        names = self.vec.get_feature_names_out()
        weights = {str(n): round(sign * float(w), 6)
                   for n, w in zip(names, self.clf.coef_[0], strict=True) if abs(w) > 1e-6}
        return DonorModel(dict(sorted(weights.items())),
                          round(sign * float(self.clf.intercept_[0]), 6), *t, features)


SYSTEMS = ("model", "model_top", "fill", "fill_t", "combined", "combined2")
Labels = dict[str, dict[int, tuple[str, ...]]]  # system -> claims-table row -> donors


def decide(f: Fig, probs: Mapping[str, float], system: str,
           t: Thresholds = NEVER) -> tuple[str, ...]:
    """The donors a system gives a figure (money that is not aid keeps the rules')."""
    if not f.aid:
        return f.rule
    if system == "model":
        return tuple(sorted(n for n, p in probs.items() if p >= 0.5))
    if system == "model_top":
        chosen = sorted(n for n, p in probs.items() if p >= 0.5)
        return tuple(chosen) if chosen or not probs else (max(probs, key=lambda n: probs[n]),)
    if system == "fill":  # the model's only where the rules give an aid figure no donor
        return f.rule if f.rule else decide(f, probs, "model_top")
    if system == "fill_t":  # where the rules give none, the candidates reaching t[0]
        return f.rule if f.rule else choose_donors((), probs, t[0], t[1])
    return combined_donors(f.rule, f.aid, probs, *t)  # "combined", as the library decides


def grid(system: str) -> list[Thresholds]:
    """The thresholds an inner CV chooses among for a system (none for the fixed ones).

    >>> grid("combined")[:2], grid("model")
    ([(0.5, 0.5), (0.6, 0.6)], [(1.01, 1.01)])
    """
    if system == "combined":
        return [(t, t) for t in THRESHOLDS]
    if system == "combined2":
        return [(a, r) for a in THRESHOLDS for r in THRESHOLDS]
    if system == "fill_t":
        return [(a, 1.01) for a in THRESHOLDS]
    return [NEVER]


def _right(f: Fig, donors: Sequence[str]) -> int:
    """Right (figure, donor) decisions minus wrong ones (tp - fp - fn).

    >>> _right(Fig("x", 0, (), ("A", "B"), True, {}), ("A", "C"))
    -1
    """
    gold, got = set(f.gold or ()), set(donors)
    return len(gold & got) - len(got - gold) - len(gold - got)


def choose_thresholds(train: Sequence[Fig], always: Sequence[Fig],
                      opts: Options) -> dict[str, Thresholds]:
    """Per system, the thresholds with the most right donors over an inner grouped CV of
    ``train`` (``always`` on every inner training side); the highest of equals (fewest
    changes to the rules)."""
    train = [f for f in train if f.gold is not None]
    groups = [f.source_id for f in train]
    k = min(opts.folds - 1, len(set(groups)))
    if k < 2:
        return dict.fromkeys(SYSTEMS, NEVER)
    right = {s: dict.fromkeys(grid(s), 0) for s in SYSTEMS}
    for a, b in folds(groups, k):
        model = Ranker([*(train[i] for i in a), *always], opts)
        held = [train[i] for i in b]
        for f, p in zip(held, model.probs(held), strict=True):
            for s, counts in right.items():
                for t in counts:
                    counts[t] += _right(f, decide(f, p, s, t))
    return {s: max(counts, key=lambda t: (counts[t], t[0] + t[1]))
            for s, counts in right.items()}


def fit(train: Sequence[Fig], always: Sequence[Fig],
        opts: Options) -> tuple[Ranker, dict[str, Thresholds]]:
    """The model trained on ``train`` and ``always``, and per system the thresholds chosen
    over the fresh rounds of ``train`` (its other articles and ``always`` on every inner
    training side)."""
    if opts.stack:  # every dev article was fresh to the rules of its first contact
        fresh, stale = list(train), []
    else:
        fresh = [f for f in train if f.source_id.startswith(FRESH)]
        stale = [f for f in train if not f.source_id.startswith(FRESH)]
    return (Ranker([*train, *always], opts),
            choose_thresholds(fresh, [*stale, *always], opts))


def predict(held: Sequence[Fig], probs: Sequence[Mapping[str, float]],
            t: Mapping[str, Thresholds]) -> Labels:
    """The donors each system gives the ``held`` figures, given the model's ``probs``."""
    return {s: {f.row: decide(f, p, s, t[s]) for f, p in zip(held, probs, strict=True)}
            for s in SYSTEMS}


def _score(data: Annotated, donors: Mapping[int, tuple[str, ...]],
           ids: tuple[str, ...] = ()) -> float:
    """The donor F1 of ``data``'s table with ``donors`` in place of the rules' (only the
    articles whose ids start with ``ids``, if any)."""
    t, gold = data.table.copy(), data.gold
    t["donors"] = [donors.get(int(i), d) for i, d in zip(t.index, t["donors"], strict=True)]
    if ids:
        t = t[t["source_id"].str.startswith(ids)]
        gold = gold[gold["source_id"].str.startswith(ids)]
    return score_claims(t, gold)["donor"].f1


def scores(data: Annotated, labels: Labels, ids: tuple[str, ...] = ()) -> dict[str, float]:
    """Donor F1 of the rules and of each system."""
    return {"rules": _score(data, {}, ids), **{s: _score(data, labels[s], ids) for s in SYSTEMS}}


def _print(scored: Mapping[str, float]) -> None:
    for name, f1 in scored.items():
        print(f"  {name:<9} donor {f1:.3f}")


@dataclass(frozen=True)
class CrossValidation:
    """Out-of-fold donor F1 per system (and the rules'), the thresholds each fold chose,
    and the ceiling counts of the corpus (:class:`Annotated`)."""

    scores: dict[str, float]
    thresholds: list[dict[str, Thresholds]]
    n_gold: int
    covered: int


def cross_validate(opts: Options) -> CrossValidation:
    """Grouped ``opts.folds``-fold CV by article over ``opts.dev``, ``opts.seeds`` always on
    the training side."""
    dev = examples(opts.dev, opts)
    always = examples(opts.seeds, opts).labelled
    labelled = dev.labelled
    labels: Labels = {s: {} for s in SYSTEMS}
    chosen = []
    fold_of: dict[str, int] = {}
    for n, (a, b) in enumerate(folds([f.source_id for f in labelled], opts.folds)):
        fold_of.update({labelled[i].source_id: n for i in b})
        model, t = fit([labelled[i] for i in a], always, opts)
        held = [f for f in dev.figs if fold_of.get(f.source_id) == n]
        for s, rows in predict(held, model.probs(held), t).items():
            labels[s].update(rows)
        chosen.append(t)
    return CrossValidation(scores(dev, labels), chosen, dev.n_gold, dev.covered)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def cmd_cv(opts: Options) -> None:
    cv = cross_validate(opts)
    print(f"ceiling on {_shown(opts.dev)}: {cv.covered}/{cv.n_gold} gold (figure, donor) pairs "
          f"= {cv.covered / cv.n_gold:.3f} have the donor among the candidates")
    for n, t in enumerate(cv.thresholds):
        print(f"  fold {n}: thresholds {t}", file=sys.stderr)
    print(f"grouped {opts.folds}-fold CV, C={opts.c}, drop {opts.drop}:")
    _print(cv.scores)


def shipped(held: Sequence[Fig], model: DonorModel) -> dict[int, tuple[str, ...]]:
    """The donors the library's stage gives the ``held`` figures with ``model`` (its
    probabilities by hand, as :func:`aidlib.claims.learned_donors.apply_donor_model`)."""
    return {f.row: combined_donors(f.rule, f.aid, {n: model.probability(c)
                                                   for n, c in f.cands.items()},
                                   model.add, model.remove) for f in held}


def cmd_first_contact(opts: Options, new: tuple[str, ...], each_threshold: bool) -> None:
    """Train on the dev articles whose ids do not start with ``new`` (plus seeds), predict
    the ones that do."""
    dev = examples(opts.dev, opts)
    old = [f for f in dev.labelled if not f.source_id.startswith(new)]
    held = [f for f in dev.figs if f.source_id.startswith(new)]
    model, t = fit(old, examples(opts.seeds, opts).labelled, opts)
    probs = model.probs(held)
    source = "every other dev article" if opts.stack else f"{FRESH} minus them"
    print(f"first contact on {new} (thresholds (add, remove) from {source}: {t}), "
          f"C={opts.c}, drop {opts.drop}:")
    _print(scores(dev, predict(held, probs, t), new))
    exported = model.exported(t[SHIPPED], opts.features)
    print(f"  {'exported':<9} donor {_score(dev, shipped(held, exported), new):.3f}"
          f" (the {SHIPPED} system as the library runs it)")
    if each_threshold:  # diagnostic only: chosen on the held-out articles
        for u in THRESHOLDS:
            fixed = {f.row: decide(f, p, "combined", (u, u))
                     for f, p in zip(held, probs, strict=True)}
            print(f"  t={u:<6}  donor {_score(dev, fixed, new):.3f}")


def cmd_other(opts: Options, data: Path) -> None:
    """Train on every dev article plus seeds, predict another annotated corpus."""
    train = [*examples(opts.dev, opts).labelled, *examples(opts.seeds, opts).labelled]
    other = examples(data, opts)
    model, t = fit(train, [], opts)
    print(f"{data} (thresholds from {FRESH}: {t}), C={opts.c}, drop {opts.drop}:")
    _print(scores(other, predict(other.figs, model.probs(other.figs), t)))


def cmd_train(opts: Options, out: Path) -> None:
    """Fit the model on every dev article (less ``opts.exclude``) and the seeds, the
    thresholds of the shipped system by the inner CV over the fresh rounds, and write the
    model file."""
    dev = examples(opts.dev, opts)
    seeds = examples(opts.seeds, opts).labelled
    model, t = fit(dev.labelled, seeds, opts)
    exported = model.exported(t[SHIPPED], opts.features)
    n_pairs = sum(len(f.cands) for f in [*dev.labelled, *seeds] if f.aid)
    about = {"about": f"scripts/train_donor_model.py train; binary logistic regression over "
                      f"(figure, candidate) pairs, the {SHIPPED!r} system's thresholds",
             "training_hash": training_hash([opts.dev, opts.seeds]), "c": opts.c,
             "min_count": MIN_COUNT, "n_pairs": n_pairs, "dropped": list(opts.drop),
             "excluded": list(opts.exclude),
             "thresholds_from": "first contact, every dev article" if opts.stack else list(FRESH)}
    out.write_text(model_json(exported, about), encoding="utf-8")
    print(f"wrote {_shown(out)} ({n_pairs} pairs, {len(exported.weights)} weights; "
          f"thresholds (add, remove) {t[SHIPPED]})")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rule", action="store_true", help="keep the rules' choice as a feature")
    parser.add_argument("--name-feature", action="store_true",
                        help="the candidate's canonical name as a feature")
    parser.add_argument("--context", action="store_true",
                        help="features of the speaker's country and the previous figure's giver")
    parser.add_argument("--no-salience", action="store_true",
                        help="leave out how often the text names the candidate")
    parser.add_argument("--exclude", default="",
                        help="id prefixes of articles to leave out entirely (L,M,N)")
    parser.add_argument("--old-rules", type=Path,
                        help="CSV of the donors older rules gave (source_id,start,end,donors)")
    parser.add_argument("--first-contact", action="store_true",
                        help="the rules' donors at first contact (data/eval/"
                             "first_contact_rules.csv) as rule features and as the baseline of "
                             "the thresholds, over every dev article (measured in session 12, "
                             "not shipped)")
    parser.add_argument("--dev", type=Path, default=DEV,
                        help="the annotated corpus to measure on (default: data/eval/dev)")
    parser.add_argument("--folds", type=int, default=FOLDS,
                        help="folds of cv (the inner CV choosing thresholds: one fewer)")
    sub = parser.add_subparsers(dest="cmd", required=True)
    cv = sub.add_parser("cv")
    fc = sub.add_parser("first-contact")
    fc.add_argument("--new-ids", nargs="+", required=True)
    fc.add_argument("--each-threshold", action="store_true")
    ot = sub.add_parser("other")
    ot.add_argument("--data", type=Path, required=True)
    tr = sub.add_parser("train")
    tr.add_argument("--out", type=Path, default=MODEL_FILE)
    for p in (cv, fc, ot, tr):
        p.add_argument("--c", type=float, default=C)
    args = parser.parse_args(argv)
    first = args.first_contact  # the rules at first contact, as features and baseline
    old_rules = args.old_rules or (FIRST_CONTACT if first else None)
    opts = Options(rule=args.rule or first, name_feature=args.name_feature,
                   context=args.context, salience=not args.no_salience,
                   exclude=tuple(x for x in args.exclude.split(",") if x),
                   old_rules=read_old_rules(old_rules) if old_rules else {},
                   stack=first,
                   c=args.c, folds=args.folds, dev=args.dev)
    if args.cmd == "cv":
        cmd_cv(opts)
    elif args.cmd == "first-contact":
        cmd_first_contact(opts, tuple(args.new_ids), args.each_threshold)
    elif args.cmd == "train":
        cmd_train(opts, args.out)
    else:
        cmd_other(opts, args.data)


if __name__ == "__main__":
    main()
