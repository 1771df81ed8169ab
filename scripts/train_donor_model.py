"""An experiment: a learned donor choice, as a ranking of candidate givers (issue 9, session
5). Measured, not shipped: see "Learned donors" in data/eval/README.md.

    python scripts/train_donor_model.py cv              # grouped CV on data/eval/dev
    python scripts/train_donor_model.py first-contact --new-ids J K [--each-threshold]
    python scripts/train_donor_model.py other --data tests/fixtures/unseen  # train on all dev
    ... --rule                                          # keep the rules' choice as a feature
    ... --name-feature                                  # the candidate's name as a feature
    ... --context                                       # speaker's country, previous figure's giver
    ... --exclude L,M,N                                 # leave articles out (dev before round 6)

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
(``is_giver``) accepts the mention, the number of candidates, and, with ``--rule``, whether
the rules chose it. The label: the candidate is among the donors of the gold figure paired
with the figure (as :func:`aidlib.evaluate.score_claims` pairs them). Examples come from the
figures the rules find (``learned=False``) in the dev part plus the five seed articles
(``data/gold``, always on the training side).

A binary logistic regression (scikit-learn, the ``dev`` extra) gives each candidate a
probability. Systems: "model" takes the candidates at 0.5 or more; "model_top" that, or the
top candidate when none reaches 0.5; "fill" the rules' donors, or model_top where the rules
give an aid figure none; "combined" flips the rules' decision on a candidate only where the
model's probability for the other decision reaches a threshold, chosen by an inner grouped
CV over the fresh rounds (:data:`FRESH`) of the training side. Money that is not aid keeps
the rules' (no) donors. Scores are the evaluator's donor F1. Deterministic: folds by a fixed
seed, lbfgs, no sampling.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from train_claims_model import DEV, FOLDS, MIN_COUNT, SEEDS, C, _folds  # noqa: E402

from aidlib.claims import _outlet  # noqa: E402
from aidlib.claims.assemble import build_document, extract_claims  # noqa: E402
from aidlib.claims.document import Document, Name, clause_of  # noqa: E402
from aidlib.claims.donors import AID_KINDS, GIVER_TYPES, is_giver  # noqa: E402
from aidlib.claims.learned import _nearest, tokens  # noqa: E402
from aidlib.claims.patterns import KIND_ANY, KIND_OF  # noqa: E402
from aidlib.corpus import load_corpus  # noqa: E402
from aidlib.evaluate.claims import _align, gold_claims, score_claims  # noqa: E402
from aidlib.gazetteer import load_actors, load_gazetteer  # noqa: E402
from aidlib.people import load_people  # noqa: E402
from aidlib.records import Claim, claims_frame  # noqa: E402
from aidlib.text import sentence_at  # noqa: E402

DROP: tuple[str, ...] = ("rule=", "rule_n=")  # the rules' choice (--rule keeps it)
FRESH: tuple[str, ...] = ("H", "I", "J", "K")  # rounds the rules were not tuned on at first
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: never flip
YES = "yes"  # the label of a candidate that is a donor
BETWEEN_CAP = 6  # words between a name and the figure kept each side (nearest)
FIGURE_WINDOW = 3  # the figure's own words each side
_DISTANCE_BUCKETS = (0, 1, 2, 4, 8, 16)  # token distance: <= each, else "far"
_RECIPIENT = load_gazetteer().recipient.name
EXCLUDE: tuple[str, ...] = ()  # id prefixes of articles left out entirely (--exclude)
# (source_id, start, end) -> the donors older rules gave (--old-rules): used as the rules'
# choice of those figures (to choose thresholds on a round as the rules first met it)
OLD_RULES: dict[tuple[str, int, int], tuple[str, ...]] = {}
# --context: the speaker's country, the giver named before the previous money figure
CONTEXT = False
NAME_FEATURE = False  # --name-feature: the candidate's canonical name (a learned prior)
SALIENCE = True  # how often the text names the candidate, and whether most often
_POSSESSIVE = ("'s", "’s")
_CUE_REACH = 50  # characters after a name in which its kind cue (a giving verb) stands


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
               money_starts: Sequence[int], *, rule: bool = True,
               speaker_country: str | None = None) -> dict[str, dict[str, float]]:
    """The candidate givers of the money figure at ``text[start:end]``, each with its
    features (see the module docstring); ``money_starts`` are where the text's other money
    figures start, ``rule`` whether to give the ``rule=`` feature, ``speaker_country`` the
    country the figure's speaker acts for (a candidate too)."""
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
    if CONTEXT and speaker_country and speaker_country != _RECIPIENT:
        found.setdefault(speaker_country, [])
    # the last giver named before the previous money figure (within its sentence's reach)
    prev_fig = max((p for p in money_starts if p < start), default=None)
    prev_giver, same_para = None, False
    if CONTEXT and prev_fig is not None:
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
    cue_l = _nearest(KIND_ANY, KIND_OF, text, clause[0], start, last=True)
    cue_r = _nearest(KIND_ANY, KIND_OF, text, end, clause[1], last=False)
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
        if NAME_FEATURE:
            f[f"name={name}"] = 1.0
        if rule:
            f[f"rule={name in rule_donors}"] = 1.0
            f[f"rule_n={min(len(rule_donors), 3)}"] = 1.0
        for w in fig_left:
            f[f"fl={w}"] = 1.0
        for w in fig_right:
            f[f"fr={w}"] = 1.0
        if cue_l:
            f[f"cue_l={cue_l}"] = 1.0
        if cue_r:
            f[f"cue_r={cue_r}"] = 1.0
        if CONTEXT:
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
        if SALIENCE:
            top = "top" if ranked and name == ranked[0] else "not_top"
            f[f"freq={_bucket(freq.get(name, 0))}"] = f[f"sal={top}"] = 1.0
            f[f"sal_loc={top}_{alone}_{where}"] = 1.0
        if in_sent and in_sent[0] is m:
            f["first_in_sent"] = 1.0
        ncue = _nearest(KIND_ANY, KIND_OF, text, m.end, min(len(text), m.end + _CUE_REACH),
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


def candidate_features(doc: Document, claim: Claim, others: Sequence[Claim], *,
                       rule: bool = True) -> dict[str, dict[str, float]]:
    """:func:`candidates` of one money claim among the text's claims ``others``."""
    person = doc.people.resolve(claim.speaker or "")
    org = person.org_on(doc.published) if person else None
    return candidates(doc, claim.start, claim.end, claim.donors,
                      [o.start for o in others if o.measure == "money"], rule=rule,
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


def examples(root: Path) -> tuple[pd.DataFrame, list[Fig], int, int]:
    """The rules-only claims table of the corpus at ``root``, its money figures, and the
    ceiling counts: gold (figure, donor) pairs, and those among the candidates."""
    corpus = load_corpus(root)
    people, actors = load_people(root), load_actors(root)
    rows: list[Claim] = []
    figs: list[tuple[int, Claim, dict[str, dict[str, float]]]] = []
    for a in corpus:
        if EXCLUDE and a.id.startswith(EXCLUDE):
            continue
        doc = build_document(a.text, a.published, _outlet(a), people, actors)
        cs = extract_claims(a.text, source_id=a.id, published=a.published, outlet=_outlet(a),
                            people=people, actors=actors, dollar=a.dollar, learned=False)
        for c in cs:
            if c.measure == "money":
                figs.append((len(rows), c, candidate_features(doc, c, cs)))
            rows.append(c)
    table = claims_frame(rows).reset_index(drop=True)
    gold = _gold(root)
    gm = [{str(k): v for k, v in r.items()}
          for r in gold[gold["measure"] == "money"].to_dict("records")]
    pred = [{"source_id": c.source_id, "start": c.start, "end": c.end} for _, c, _ in figs]
    aligned = _align(pred, gm)
    out = []
    n_gold = sum(len(g["donors"]) for g in gm)
    covered = 0
    for i, (row, c, cands) in enumerate(figs):
        g = aligned.get(i)
        gd = tuple(g["donors"]) if g is not None else None
        if gd:
            covered += sum(1 for d in gd if d in cands)
        rule = OLD_RULES.get((c.source_id, c.start, c.end), tuple(sorted(c.donors)))
        out.append(Fig(c.source_id, row, rule, gd, c.kind in AID_KINDS, cands))
    return table, out, n_gold, covered


def _gold(root: Path) -> pd.DataFrame:
    """The gold claims of ``root`` without the articles :data:`EXCLUDE` names."""
    gold = gold_claims(root)
    return gold[~gold["source_id"].str.startswith(EXCLUDE)] if EXCLUDE else gold


def read_old_rules(path: Path) -> dict[tuple[str, int, int], tuple[str, ...]]:
    """Donors an older version of the rules gave (a CSV of source_id, start, end, donors
    joined by ";"): the rules as they were on first contact with a round of articles."""
    t = pd.read_csv(path, keep_default_na=False)
    return {(str(r["source_id"]), int(str(r["start"])), int(str(r["end"]))):
            tuple(sorted(d for d in str(r["donors"]).split(";") if d))
            for r in t.to_dict("records")}


class DonorModel:
    """The vectorizer and binary logistic regression over (figure, candidate) pairs."""

    def __init__(self, train: Sequence[Fig], c: float = C) -> None:
        pairs = [(f, name) for f in train if f.gold is not None and f.aid for name in f.cands]
        counts: dict[str, int] = {}
        for f, name in pairs:
            for k in f.cands[name]:
                counts[k] = counts.get(k, 0) + 1
        self.keep = {k for k, n in counts.items()
                     if n >= MIN_COUNT and not (DROP and k.startswith(DROP))}
        self.vec = DictVectorizer(sort=True)
        x = self.vec.fit_transform([self._kept(f.cands[name]) for f, name in pairs])
        y = [YES if name in (f.gold or ()) else "no" for f, name in pairs]
        self.clf = LogisticRegression(C=c, max_iter=5000)
        self.clf.fit(x, y)
        self.yes = list(self.clf.classes_).index(YES)

    def _kept(self, feats: Mapping[str, float]) -> dict[str, float]:
        return {k: v for k, v in feats.items() if k in self.keep}

    def probs(self, figs: Sequence[Fig]) -> list[dict[str, float]]:
        """Per figure: candidate -> probability that it is a donor."""
        pairs = [(i, name) for i, f in enumerate(figs) for name in f.cands]
        out: list[dict[str, float]] = [{} for _ in figs]
        if not pairs:
            return out
        p = self.clf.predict_proba(self.vec.transform(
            [self._kept(figs[i].cands[name]) for i, name in pairs]))[:, self.yes]
        for (i, name), q in zip(pairs, p, strict=True):
            out[i][name] = float(q)
        return out


Thresholds = tuple[float, float]  # (add, remove)
NEVER: Thresholds = (1.01, 1.01)


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


def choose_thresholds(train: Sequence[Fig], always: Sequence[Fig]) -> dict[str, Thresholds]:
    """Per system, the thresholds with the most right donors over an inner grouped CV of
    ``train`` (``always`` on every inner training side); the highest of equals (fewest
    changes to the rules)."""
    train = [f for f in train if f.gold is not None]
    groups = [f.source_id for f in train]
    k = min(FOLDS - 1, len(set(groups)))
    if k < 2:
        return dict.fromkeys(SYSTEMS, NEVER)
    right = {s: dict.fromkeys(grid(s), 0) for s in SYSTEMS}
    for a, b in _folds(groups, k):
        model = DonorModel([*(train[i] for i in a), *always])
        held = [train[i] for i in b]
        for f, p in zip(held, model.probs(held), strict=True):
            for s, counts in right.items():
                for t in counts:
                    counts[t] += _right(f, decide(f, p, s, t))
    return {s: max(counts, key=lambda t: (counts[t], t[0] + t[1]))
            for s, counts in right.items()}


SYSTEMS = ("model", "model_top", "fill", "fill_t", "combined", "combined2")


def _score(table: pd.DataFrame, gold: pd.DataFrame, donors: Mapping[int, tuple[str, ...]],
           ids: tuple[str, ...] = ()) -> float:
    t = table.copy()
    t["donors"] = [donors.get(int(i), d) for i, d in zip(t.index, t["donors"], strict=True)]
    if ids:
        t = t[t["source_id"].str.startswith(ids)]
        gold = gold[gold["source_id"].str.startswith(ids)]
    return score_claims(t, gold)["donor"].f1


def _report(table: pd.DataFrame, gold: pd.DataFrame, labels: Mapping[str, dict[int, Any]],
            ids: tuple[str, ...] = ()) -> None:
    print(f"  rules     donor {_score(table, gold, {}, ids):.3f}")
    for s in SYSTEMS:
        print(f"  {s:<9} donor {_score(table, gold, labels[s], ids):.3f}")


def cmd_cv(args: argparse.Namespace) -> None:
    table, dev, n_gold, covered = examples(DEV)
    _, seeds, *_ = examples(SEEDS)
    print(f"ceiling on {DEV.relative_to(ROOT)}: {covered}/{n_gold} gold (figure, donor) pairs "
          f"= {covered / n_gold:.3f} have the donor among the candidates")
    labelled = [f for f in dev if f.gold is not None]
    always = [f for f in seeds if f.gold is not None]
    labels: dict[str, dict[int, tuple[str, ...]]] = {s: {} for s in SYSTEMS}
    groups = [f.source_id for f in labelled]
    fold_of: dict[str, int] = {}
    for n, (a, b) in enumerate(_folds(groups, FOLDS)):
        fold_of.update({labelled[i].source_id: n for i in b})
        train = [labelled[i] for i in a]
        fresh = [f for f in train if f.source_id.startswith(FRESH)]
        stale = [f for f in train if not f.source_id.startswith(FRESH)]
        t = choose_thresholds(fresh, [*stale, *always])
        model = DonorModel([*train, *always], args.c)
        held = [f for f in dev if fold_of.get(f.source_id) == n]
        for f, p in zip(held, model.probs(held), strict=True):
            for s in SYSTEMS:
                labels[s][f.row] = decide(f, p, s, t[s])
        print(f"  fold {n}: thresholds {t}", file=sys.stderr)
    print(f"grouped {FOLDS}-fold CV, C={args.c}, drop {DROP}:")
    _report(table, _gold(DEV), labels)


def cmd_first_contact(args: argparse.Namespace) -> None:
    table, dev, *_ = examples(DEV)
    _, seeds, *_ = examples(SEEDS)
    new = tuple(args.new_ids)
    old = [f for f in dev if not f.source_id.startswith(new) and f.gold is not None]
    always = [f for f in seeds if f.gold is not None]
    held = [f for f in dev if f.source_id.startswith(new)]
    fresh = [f for f in old if f.source_id.startswith(FRESH)]
    stale = [f for f in old if not f.source_id.startswith(FRESH)]
    t = choose_thresholds(fresh, [*stale, *always])
    model = DonorModel([*old, *always], args.c)
    probs = model.probs(held)
    labels = {s: {f.row: decide(f, p, s, t[s]) for f, p in zip(held, probs, strict=True)}
              for s in SYSTEMS}
    print(f"first contact on {new} (thresholds (add, remove) from {FRESH} minus them: {t}), "
          f"C={args.c}, drop {DROP}:")
    _report(table, _gold(DEV), labels, new)
    if args.each_threshold:  # diagnostic only: chosen on the held-out articles
        for u in THRESHOLDS:
            fixed = {f.row: decide(f, p, "combined", (u, u))
                     for f, p in zip(held, probs, strict=True)}
            print(f"  t={u:<6}  donor {_score(table, _gold(DEV), fixed, new):.3f}")


def cmd_other(args: argparse.Namespace) -> None:
    """Train on every dev article plus seeds, predict another annotated corpus."""
    _, dev, *_ = examples(DEV)
    _, seeds, *_ = examples(SEEDS)
    table, other, *_ = examples(args.data)
    labelled = [f for f in [*dev, *seeds] if f.gold is not None]
    fresh = [f for f in labelled if f.source_id.startswith(FRESH)]
    t = choose_thresholds(fresh, [f for f in labelled if not f.source_id.startswith(FRESH)])
    probs = DonorModel(labelled, args.c).probs(other)
    labels = {s: {f.row: decide(f, p, s, t[s]) for f, p in zip(other, probs, strict=True)}
              for s in SYSTEMS}
    print(f"{args.data} (thresholds from {FRESH}: {t}), C={args.c}, drop {DROP}:")
    _report(table, _gold(args.data), labels)


def main(argv: Sequence[str] | None = None) -> None:
    global DROP, NAME_FEATURE, EXCLUDE, OLD_RULES, CONTEXT
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    cv = sub.add_parser("cv")
    cv.add_argument("--c", type=float, default=C)
    fc = sub.add_parser("first-contact")
    fc.add_argument("--new-ids", nargs="+", required=True)
    fc.add_argument("--c", type=float, default=C)
    fc.add_argument("--each-threshold", action="store_true")
    ot = sub.add_parser("other")
    ot.add_argument("--data", type=Path, required=True)
    ot.add_argument("--c", type=float, default=C)
    parser.add_argument("--rule", action="store_true", help="keep the rules' choice as a feature")
    parser.add_argument("--name-feature", action="store_true",
                        help="the candidate's canonical name as a feature")
    parser.add_argument("--context", action="store_true",
                        help="features of the speaker's country and the previous figure's giver")
    parser.add_argument("--exclude", default="",
                        help="id prefixes of articles to leave out entirely (L,M,N)")
    parser.add_argument("--old-rules", type=Path,
                        help="CSV of the donors older rules gave (source_id,start,end,donors)")
    args = parser.parse_args(argv)
    EXCLUDE = tuple(x for x in args.exclude.split(",") if x)
    OLD_RULES = read_old_rules(args.old_rules) if args.old_rules else {}
    if args.rule:
        DROP = ()
    NAME_FEATURE = args.name_feature
    CONTEXT = args.context
    {"cv": cmd_cv, "first-contact": cmd_first_contact, "other": cmd_other}[args.cmd](args)


if __name__ == "__main__":
    main()
