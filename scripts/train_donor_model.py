"""An experiment: a learned donor choice, as a ranking of candidate givers (issue 9, session
5). Measured, not shipped: see "Learned donors" in data/eval/README.md.

    python scripts/train_donor_model.py cv              # grouped CV on data/eval/dev
    python scripts/train_donor_model.py first-contact --new-ids J K [--each-threshold]
    python scripts/train_donor_model.py other --data tests/fixtures/unseen  # train on all dev
    ... --rule                                          # keep the rules' choice as a feature
    ... --name-feature                                  # the candidate's name as a feature
    ... --context                                       # speaker's country, previous figure's giver
    ... --no-salience                                   # not how often the text names it
    ... --exclude L,M,N                                 # leave articles out (dev before round 6)
    ... --old-rules donors.csv                          # thresholds against older rules' donors
    ... --dev DIR --folds N                             # another corpus; N folds (inner N-1)

The flags become one :class:`Options`, passed to every function that reads them.

The candidates of a money figure (:func:`candidates`) are the givers the gazetteer knows
(actors of a type in ``GIVER_TYPES``, not the recipient) named in its sentence, the previous
sentence and the headline, and the rules' own donors (which may come from context
resolution). Each (figure, candidate) pair has binary features: where the candidate's
nearest mention stands (the figure's clause before or after it, the rest of the sentence,
the previous sentence, the headline) and whether the sentence names any candidate, the token
distance in buckets, the words between it and the figure (the nearest :data:`BETWEEN_CAP`
each side), the word before and after the name (a preposition, a possessive), whether
another candidate or another money figure stands between, the kind cue after the name and
the nearest ones to the figure, the figure's own words, whether the rules' filter
(``is_giver``) accepts the mention, how often the text names the candidate (and whether
most often), the number of candidates, and, with ``--rule``, whether the rules chose it.
The label: the candidate is among the donors of the gold figure paired with the figure
(:func:`aidlib.evaluate.claims.align`, as the evaluator pairs them). Examples come from the
figures the rules find (``learned=False``) in the dev part plus the five seed articles
(``data/gold``, always on the training side).

A binary logistic regression (scikit-learn, the ``dev`` extra) gives each candidate a
probability. Systems: "model" takes the candidates at 0.5 or more; "model_top" that, or the
top candidate when none reaches 0.5; "fill" the rules' donors, or model_top where the rules
give an aid figure none; "combined" flips the rules' decision on a candidate only where the
model's probability for the other decision reaches a threshold, chosen by an inner grouped
CV over the fresh rounds (``FRESH``) of the training side. Money that is not aid keeps
the rules' (no) donors. Scores are the evaluator's donor F1. Deterministic: folds by a fixed
seed, lbfgs, no sampling.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the learned kind/category stage's script: its corpora, folds, thresholds and classifier
from train_claims_model import DEV, FOLDS, FRESH, SEEDS, THRESHOLDS, C, Logistic, folds  # noqa: E402

from aidlib.claims.assemble import build_document, extract_claims  # noqa: E402
from aidlib.claims.document import Document, Name, clause_of  # noqa: E402
from aidlib.claims.donors import AID_KINDS, GIVER_TYPES, is_giver  # noqa: E402
from aidlib.claims.learned import nearest_cue, tokens  # noqa: E402
from aidlib.claims.patterns import KIND_ANY, KIND_OF  # noqa: E402
from aidlib.corpus import Article, load_corpus  # noqa: E402
from aidlib.evaluate.claims import align, gold_claims, records, score_claims  # noqa: E402
from aidlib.gazetteer import load_actors, load_gazetteer  # noqa: E402
from aidlib.people import load_people  # noqa: E402
from aidlib.records import Claim, claims_frame  # noqa: E402
from aidlib.text import sentence_at  # noqa: E402

RULE_FEATURES: tuple[str, ...] = ("rule=", "rule_n=")  # the rules' choice (--rule keeps it)
YES = "yes"  # the label of a candidate that is a donor
BETWEEN_CAP = 6  # words between a name and the figure kept each side (nearest)
FIGURE_WINDOW = 3  # the figure's own words each side
_DISTANCE_BUCKETS = (0, 1, 2, 4, 8, 16)  # token distance: <= each, else "far"
_RECIPIENT = load_gazetteer().recipient.name
_POSSESSIVE = ("'s", "’s")
_CUE_REACH = 50  # characters after a name in which its kind cue (a giving verb) stands

Span = tuple[str, int, int]  # (source_id, start, end) of a money figure


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
    c: float = C  # inverse regularization strength (--c)
    folds: int = FOLDS  # outer folds of cv; the inner CV has one fewer (--folds)
    dev: Path = DEV  # the annotated corpus cv and first-contact measure on (--dev)
    seeds: Path = SEEDS  # an annotated corpus always on the training side

    @property
    def drop(self) -> tuple[str, ...]:
        """The feature prefixes the model leaves out."""
        return () if self.rule else RULE_FEATURES


def _bucket(n: int) -> str:
    return next((str(b) for b in _DISTANCE_BUCKETS if n <= b), "far")


def _is_candidate(m: Name) -> bool:
    return m.kind == "actor" and m.type in GIVER_TYPES and m.name != _RECIPIENT


def _where(m: Name, start: int, end: int, clause: tuple[int, int],
           sent: tuple[int, int]) -> str:
    if sent[0] <= m.start < sent[1]:
        side = "before" if m.end <= start else "after"
        return f"clause_{side}" if clause[0] <= m.start < clause[1] else f"sent_{side}"
    return "prev" if m.start < sent[0] and m.start > 0 else "head"


_PRIORITY = ("clause_before", "clause_after", "sent_before", "sent_after", "prev", "head")


def candidates(doc: Document, start: int, end: int, rule_donors: Sequence[str],
               money_starts: Sequence[int], opts: Options,
               speaker_country: str | None = None) -> dict[str, dict[str, float]]:
    """The candidate givers of the money figure at ``text[start:end]``, each with its
    features (see the module docstring; ``opts`` says which optional ones);
    ``money_starts`` are where the text's money figures start, ``speaker_country`` the
    country the figure's speaker acts for (with ``opts.context``, a candidate too)."""
    text = doc.text
    s = sentence_at(text, start)
    clause = clause_of(text, s, start)
    prev = sentence_at(text, s.start - 1) if s.start > 0 else None
    head = sentence_at(text, 0)
    spans = [(s.start, s.end)]
    if prev is not None and prev.start < s.start:
        spans.append((prev.start, prev.end))
    if head.end <= (prev.start if prev is not None else s.start):
        spans.append((head.start, head.end))
    found: dict[str, list[tuple[str, Name]]] = {}
    for lo, hi in spans:
        for m in doc.mentions_in(lo, hi):
            if _is_candidate(m):
                where = _where(m, start, end, clause, (s.start, s.end))
                found.setdefault(m.name, []).append((where, m))
    for name in rule_donors:
        found.setdefault(name, [])
    if opts.context and speaker_country and speaker_country != _RECIPIENT:
        found.setdefault(speaker_country, [])
    # the last giver named before the previous money figure (within its sentence's reach)
    prev_fig = max((p for p in money_starts if p < start), default=None)
    prev_giver, same_para = None, False
    if opts.context and prev_fig is not None:
        named = [m for m in doc.mentions_in(max(0, prev_fig - 300), prev_fig)
                 if _is_candidate(m)]
        if named:
            prev_giver = named[-1].name
            same_para = "\n\n" not in text[prev_fig:start]
    n = len(found)
    names = [m for ms in found.values() for _, m in ms if _ in ("clause_before", "clause_after",
                                                                 "sent_before", "sent_after")]
    fig_left = tokens(text[max(s.start, start - 60) : start])[-FIGURE_WINDOW:]
    fig_right = tokens(text[end : min(s.end, end + 60)])[:FIGURE_WINDOW]
    cue_l = nearest_cue(KIND_ANY, KIND_OF, text, clause[0], start, last=True)
    cue_r = nearest_cue(KIND_ANY, KIND_OF, text, end, clause[1], last=False)
    in_sent = sorted((m for m in names), key=lambda m: m.start)
    alone = "alone" if not in_sent else "among"
    freq: dict[str, int] = {}  # how often the text names each giver (salience)
    for m in doc.mentions:
        if _is_candidate(m):
            freq[m.name] = freq.get(m.name, 0) + 1
    ranked = sorted(found, key=lambda k: -freq.get(k, 0))
    out: dict[str, dict[str, float]] = {}
    for name, mentions in found.items():
        f: dict[str, float] = {"bias": 1.0, f"ncand={min(n, 4)}": 1.0}
        if opts.name_feature:
            f[f"name={name}"] = 1.0
        f[f"rule={name in rule_donors}"] = 1.0  # left out unless opts.rule
        f[f"rule_n={min(len(rule_donors), 3)}"] = 1.0
        for w in fig_left:
            f[f"fl={w}"] = 1.0
        for w in fig_right:
            f[f"fr={w}"] = 1.0
        if cue_l:
            f[f"cue_l={cue_l}"] = 1.0
        if cue_r:
            f[f"cue_r={cue_r}"] = 1.0
        if opts.context:
            if name == speaker_country:
                f[f"spk_country_{alone}"] = 1.0
            if name == prev_giver:
                f[f"prevfig_giver_{same_para}_{alone}"] = 1.0
        if not mentions:
            f["loc=none"] = 1.0
            out[name] = f
            continue
        for where, _ in mentions:
            f[f"has={where}"] = 1.0
        f[f"nment={min(len(mentions), 3)}"] = 1.0
        where, m = min(mentions, key=lambda wm: (_PRIORITY.index(wm[0]),
                                                  min(abs(wm[1].start - end),
                                                      abs(start - wm[1].end))))
        f[f"loc={where}"] = 1.0
        f[f"{alone}_loc={where}"] = 1.0
        if opts.salience:
            top = "top" if ranked and name == ranked[0] else "not_top"
            f[f"freq={_bucket(freq.get(name, 0))}"] = f[f"sal={top}"] = 1.0
            f[f"sal_loc={top}_{alone}_{where}"] = 1.0
        if in_sent and in_sent[0] is m:
            f["first_in_sent"] = 1.0
        ncue = nearest_cue(KIND_ANY, KIND_OF, text, m.end, min(len(text), m.end + _CUE_REACH),
                           last=False)
        if ncue:
            f[f"ncue={ncue}"] = f[f"ncue_loc={ncue}_{where}"] = 1.0
        f[f"type={m.type}"] = 1.0
        f[f"giver={is_giver(doc, m, _RECIPIENT)}"] = 1.0
        before = tokens(text[max(0, m.start - 40) : m.start])
        wb = before[-1] if before else "<s>"
        wa = "<poss>" if text.startswith(_POSSESSIVE, m.end) else next(
            iter(tokens(text[m.end : m.end + 40])), "</s>")
        f[f"wb={wb}"] = f[f"wa={wa}"] = 1.0
        f[f"wb_loc={wb}_{where}"] = f[f"wa_loc={wa}_{where}"] = 1.0
        if cue_l:
            f[f"cue_l_loc={cue_l}_{where}"] = 1.0
        if where.startswith(("clause", "sent")):
            lo, hi = (m.end, start) if m.end <= start else (end, m.start)
            between = tokens(text[lo:hi])
            f[f"dist={_bucket(len(between))}"] = 1.0
            f[f"dist_loc={_bucket(len(between))}_{where}"] = 1.0
            for w in {*between[:BETWEEN_CAP], *between[-BETWEEN_CAP:]}:
                f[f"btw={w}"] = 1.0
            if any(lo <= o.start and o.end <= hi and o.name != name for o in names):
                f["cand_between"] = 1.0
                f[f"cand_between_loc={where}"] = 1.0
            else:
                f[f"nearest_loc={where}"] = 1.0
            if any(lo <= p < hi for p in money_starts if p != start):
                f["fig_between"] = 1.0
        out[name] = f
    return out


def candidate_features(doc: Document, claim: Claim, others: Sequence[Claim],
                       opts: Options) -> dict[str, dict[str, float]]:
    """:func:`candidates` of one money claim among the text's claims ``others``."""
    person = doc.people.resolve(claim.speaker or "")
    org = person.org_on(doc.published) if person else None
    return candidates(doc, claim.start, claim.end, claim.donors,
                      [o.start for o in others if o.measure == "money"], opts,
                      speaker_country=org if org and doc.actors.resolve(org) else None)


def choose_donors(rule_donors: Sequence[str], probs: Mapping[str, float],
                  add: float, remove: float) -> tuple[str, ...]:
    """The donors after the model: each candidate keeps the rules' decision unless the
    model's probability for the other decision reaches ``add`` (to add a candidate the rules
    left out) or ``remove`` (to drop one they chose).

    >>> choose_donors(("A",), {"A": 0.05, "B": 0.95}, 0.9, 0.9)
    ('B',)
    >>> choose_donors(("A",), {"A": 0.5, "B": 0.6}, 0.9, 0.9)
    ('A',)
    """
    kept = []
    for name, p in probs.items():
        ruled = name in rule_donors
        if (ruled and 1.0 - p < remove) or (not ruled and p >= add):
            kept.append(name)
    return tuple(sorted(kept))


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
        for c in cs:
            if c.measure == "money":
                figs.append((len(rows), c, candidate_features(doc, c, cs, opts)))
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
    t = pd.read_csv(path, keep_default_na=False)
    return {(str(r["source_id"]), int(str(r["start"])), int(str(r["end"]))):
            tuple(sorted(d for d in str(r["donors"]).split(";") if d))
            for r in t.to_dict("records")}


class DonorModel(Logistic):
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


Thresholds = tuple[float, float]  # (add, remove)
NEVER: Thresholds = (1.01, 1.01)
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
    return choose_donors(f.rule, probs, *t)


def grid(system: str) -> list[Thresholds]:
    """The thresholds an inner CV chooses among for a system (none for the fixed ones)."""
    if system == "combined":
        return [(t, t) for t in THRESHOLDS]
    if system == "combined2":
        return [(a, r) for a in THRESHOLDS for r in THRESHOLDS]
    if system == "fill_t":
        return [(a, 1.01) for a in THRESHOLDS]
    return [NEVER]


def _right(f: Fig, donors: Sequence[str]) -> int:
    """Right (figure, donor) decisions minus wrong ones (tp - fp - fn)."""
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
        model = DonorModel([*(train[i] for i in a), *always], opts)
        held = [train[i] for i in b]
        for f, p in zip(held, model.probs(held), strict=True):
            for s, counts in right.items():
                for t in counts:
                    counts[t] += _right(f, decide(f, p, s, t))
    return {s: max(counts, key=lambda t: (counts[t], t[0] + t[1]))
            for s, counts in right.items()}


def fit(train: Sequence[Fig], always: Sequence[Fig],
        opts: Options) -> tuple[DonorModel, dict[str, Thresholds]]:
    """The model trained on ``train`` and ``always``, and per system the thresholds chosen
    over the fresh rounds of ``train`` (its other articles and ``always`` on every inner
    training side)."""
    fresh = [f for f in train if f.source_id.startswith(FRESH)]
    stale = [f for f in train if not f.source_id.startswith(FRESH)]
    return (DonorModel([*train, *always], opts),
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


def cmd_first_contact(opts: Options, new: tuple[str, ...], each_threshold: bool) -> None:
    """Train on the dev articles whose ids do not start with ``new`` (plus seeds), predict
    the ones that do."""
    dev = examples(opts.dev, opts)
    old = [f for f in dev.labelled if not f.source_id.startswith(new)]
    held = [f for f in dev.figs if f.source_id.startswith(new)]
    model, t = fit(old, examples(opts.seeds, opts).labelled, opts)
    probs = model.probs(held)
    print(f"first contact on {new} (thresholds (add, remove) from {FRESH} minus them: {t}), "
          f"C={opts.c}, drop {opts.drop}:")
    _print(scores(dev, predict(held, probs, t), new))
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
    for p in (cv, fc, ot):
        p.add_argument("--c", type=float, default=C)
    args = parser.parse_args(argv)
    opts = Options(rule=args.rule, name_feature=args.name_feature, context=args.context,
                   salience=not args.no_salience,
                   exclude=tuple(x for x in args.exclude.split(",") if x),
                   old_rules=read_old_rules(args.old_rules) if args.old_rules else {},
                   c=args.c, folds=args.folds, dev=args.dev)
    if args.cmd == "cv":
        cmd_cv(opts)
    elif args.cmd == "first-contact":
        cmd_first_contact(opts, tuple(args.new_ids), args.each_threshold)
    else:
        cmd_other(opts, args.data)


if __name__ == "__main__":
    main()
