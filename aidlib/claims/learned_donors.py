"""A learned donor choice for a money figure: a ranking of the candidate givers the text
names near it, and a binary logistic regression read from a JSON file, applied in plain
Python (no scikit-learn at run time).

The candidates of a money figure (:func:`candidates`) are the givers the gazetteer knows
(actors of a type in :data:`~aidlib.claims.donors.GIVER_TYPES`, not the recipient) named in
its sentence, the previous sentence and the headline, and the rules' own donors (which may
come from context resolution). Each (figure, candidate) pair has binary features: where the
candidate's nearest mention stands (the figure's clause before or after it, the rest of the
sentence, the previous sentence, the headline) and whether the sentence names any candidate,
the token distance in buckets, the words between it and the figure (the nearest
:data:`BETWEEN_CAP` each side), the word before and after the name (a preposition, a
possessive), whether another candidate or another money figure stands between, the kind cue
after the name and the nearest ones to the figure, the figure's own words, whether the
rules' filter (:func:`~aidlib.claims.donors.is_giver`) accepts the mention, how often the
text names the candidate (and whether most often), the number of candidates, and whether the
rules chose it (``rule=``; the bundled model is trained without it). :class:`FeatureSet`
names the optional features ``scripts/train_donor_model.py`` measured.

The model (:class:`DonorModel`, :data:`MODEL_FILE`, written by ``python
scripts/train_donor_model.py train``) gives each candidate the probability that it is a
donor. The decision (:func:`combined_donors`, the script's "combined" system) keeps the
rules' decision on each candidate unless the model's probability for the other decision
reaches a threshold: ``add`` to add a candidate the rules left out, ``remove`` to drop one
they chose. Money that is not aid (a kind outside
:data:`~aidlib.claims.donors.AID_KINDS`, as the rules read it) keeps the rules' donors.
Off by default since the twelfth round of articles (it runs with ``learned=True``); measured
in data/eval/README.md, "Learned donors" and "Round 12".

>>> m = DonorModel({"loc=clause_before": 3.0}, -1.0, add=0.85, remove=0.85)
>>> round(m.probability({"bias": 1.0, "loc=clause_before": 1.0}), 3)
0.881
>>> combined_donors(("Spain",), True, {"Spain": 0.3, "Norway": 0.9}, 0.85, 0.85)
('Norway', 'Spain')
>>> combined_donors(("Spain",), True, {"Spain": 0.1, "Norway": 0.8}, 0.85, 0.85)
()
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any, Final

from ..gazetteer import recipient_name
from ..records import Claim
from ..text import sentence_at
from .document import Document, Name, clause_of
from .donors import AID_KINDS, GIVER_TYPES, is_giver
from .learned import nearest_cue, tokens
from .patterns import KIND_ANY, KIND_OF

__all__ = [
    "BETWEEN_CAP",
    "FIGURE_WINDOW",
    "MODEL_FILE",
    "DonorModel",
    "FeatureSet",
    "apply_donor_model",
    "candidates",
    "choose_donors",
    "claim_candidates",
    "combined_donors",
    "donor_stage",
    "giver_counts",
    "load_donor_model",
]

MODEL_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "donor_model.json"
BETWEEN_CAP: Final = 6  # words between a name and the figure kept each side (nearest)
FIGURE_WINDOW: Final = 3  # the figure's own words each side
_DISTANCE_BUCKETS: Final = (0, 1, 2, 4, 8, 16)  # token distance: <= each, else "far"
_POSSESSIVE: Final = ("'s", "’s")
_CUE_REACH: Final = 50  # characters after a name in which its kind cue (a giving verb) stands
_FIGURE_REACH: Final = 60  # characters each side of the figure its own words are read from
_CONTEXT_REACH: Final = 300  # characters before the previous figure its giver is read from
# Characters each side of the figure in which names and cue words count (of the previous
# sentence its last ones, of the headline its first ones): a figure in a sentence of a
# thousand figures costs what it costs in a sentence of ten. No dev, seed or unseen figure
# has a candidate or cue further away.
REACH: Final = 1_000
# Where a mention stands, nearest first: a candidate's place is that of its nearest mention.
_PRIORITY: Final = ("clause_before", "clause_after", "sent_before", "sent_after", "prev",
                    "head")
_IN_SENTENCE: Final = frozenset(_PRIORITY[:4])


@dataclass(frozen=True)
class FeatureSet:
    """The optional features (the training script's flags; the bundled model's are in its
    file): the candidate's own name (a learned prior), the country of the figure's speaker
    and the giver named before the previous money figure (``context``), how often the text
    names the candidate (``salience``)."""

    name: bool = False
    context: bool = False
    salience: bool = True


# the bucket of each count up to the last bound (one look-up per feature, not a search)
_BUCKET_OF: Final = tuple(next(str(b) for b in _DISTANCE_BUCKETS if n <= b)
                          for n in range(_DISTANCE_BUCKETS[-1] + 1))


def _bucket(n: int) -> str:
    return _BUCKET_OF[n] if n < len(_BUCKET_OF) else "far"


def _is_candidate(m: Name) -> bool:
    return m.kind == "actor" and m.type in GIVER_TYPES and m.name != recipient_name()


def giver_counts(doc: Document) -> dict[str, int]:
    """How often the text names each candidate giver (its salience; counted once per text).

    >>> from datetime import date
    >>> from aidlib.claims.assemble import build_document
    >>> from aidlib.gazetteer import load_actors
    >>> from aidlib.people import load_people
    >>> text = "Estonia and Latvia sent aid. Estonia sent more."
    >>> giver_counts(build_document(text, date(2025, 1, 2), "W", load_people(), load_actors()))
    {'Estonia': 2, 'Latvia': 1}
    """
    return dict(Counter(m.name for m in doc.mentions if _is_candidate(m)))


class Givers:
    """What the candidates of every money figure of one text share, computed once per text:
    how often it names each giver (:func:`giver_counts`), and each mention's own features
    (the kind cue after it, the rules' giver filter, the words before and after it)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.counts = giver_counts(doc)
        self._own: dict[tuple[int, int], tuple[str | None, bool, str, str]] = {}

    def own(self, m: Name) -> tuple[str | None, bool, str, str]:
        """(kind cue after the name, whether the rules' filter accepts it as a giver, the
        word before it, the word after it or ``<poss>``) of the mention ``m``."""
        key = (m.start, m.end)
        if key not in self._own:
            text = self.doc.text
            before = tokens(text[max(0, m.start - 40) : m.start])
            after = "<poss>" if text.startswith(_POSSESSIVE, m.end) else next(
                iter(tokens(text[m.end : m.end + 40])), "</s>")
            self._own[key] = (
                nearest_cue(KIND_ANY, KIND_OF, text, m.end,
                            min(len(text), m.end + _CUE_REACH), last=False),
                is_giver(self.doc, m, recipient_name()), before[-1] if before else "<s>", after)
        return self._own[key]


def _where(m: Name, start: int, end: int, clause: tuple[int, int],
           sent: tuple[int, int]) -> str:
    if sent[0] <= m.start < sent[1]:
        side = "before" if m.end <= start else "after"
        return f"clause_{side}" if clause[0] <= m.start < clause[1] else f"sent_{side}"
    return "prev" if m.start < sent[0] and m.start > 0 else "head"


def candidates(doc: Document, start: int, end: int, rule_donors: Sequence[str],
               money_starts: Sequence[int], features: FeatureSet = FeatureSet(),
               speaker_country: str | None = None,
               givers: Givers | None = None) -> dict[str, dict[str, float]]:
    """The candidate givers of the money figure at ``doc.text[start:end]``, each with its
    features (see the module docstring; ``features`` says which optional ones);
    ``money_starts`` are where the text's money figures start (sorted), ``speaker_country`` the
    country the figure's speaker acts for (with ``features.context``, a candidate too),
    ``givers`` what the figures of ``doc`` share (made here if None)."""
    text = doc.text
    s = sentence_at(text, start)
    clause = clause_of(text, s, start)
    prev = sentence_at(text, s.start - 1) if s.start > 0 else None
    head = sentence_at(text, 0)
    lo_lim, hi_lim = start - REACH, end + REACH
    near = (max(clause[0], lo_lim), min(clause[1], hi_lim))  # the clause the cues come from
    spans = [(max(s.start, lo_lim), min(s.end, hi_lim))]
    if prev is not None and prev.start < s.start:
        spans.append((max(prev.start, prev.end - REACH), prev.end))
    if head.end <= (prev.start if prev is not None else s.start):
        spans.append((head.start, min(head.end, head.start + REACH)))
    found: dict[str, list[tuple[str, Name]]] = {}
    for lo, hi in spans:
        for m in doc.mentions_in(lo, hi):
            if _is_candidate(m):
                where = _where(m, start, end, clause, (s.start, s.end))
                found.setdefault(m.name, []).append((where, m))
    for name in rule_donors:
        found.setdefault(name, [])
    if features.context and speaker_country and speaker_country != recipient_name():
        found.setdefault(speaker_country, [])
    # the last giver named before the previous money figure (within its sentence's reach)
    k = bisect_left(money_starts, start)
    prev_fig = money_starts[k - 1] if k else None
    prev_giver, same_para = None, False
    if features.context and prev_fig is not None:
        named = [m for m in doc.mentions_in(max(0, prev_fig - _CONTEXT_REACH), prev_fig)
                 if _is_candidate(m)]
        if named:
            prev_giver = named[-1].name
            same_para = "\n\n" not in text[prev_fig:start]
    n = len(found)
    in_sent = sorted((m for ms in found.values() for w, m in ms if w in _IN_SENTENCE),
                     key=lambda m: m.start)
    fig_left = tokens(text[max(s.start, start - _FIGURE_REACH) : start])[-FIGURE_WINDOW:]
    fig_right = tokens(text[end : min(s.end, end + _FIGURE_REACH)])[:FIGURE_WINDOW]
    cue_l = nearest_cue(KIND_ANY, KIND_OF, text, near[0], start, last=True)
    cue_r = nearest_cue(KIND_ANY, KIND_OF, text, end, near[1], last=False)
    alone = "alone" if not in_sent else "among"
    shared = Givers(doc) if givers is None else givers
    freq = shared.counts
    ranked = sorted(found, key=lambda k: -freq.get(k, 0))
    common: dict[str, float] = {"bias": 1.0, f"ncand={min(n, 4)}": 1.0,
                                f"rule_n={min(len(rule_donors), 3)}": 1.0}
    for w in fig_left:
        common[f"fl={w}"] = 1.0
    for w in fig_right:
        common[f"fr={w}"] = 1.0
    if cue_l:
        common[f"cue_l={cue_l}"] = 1.0
    if cue_r:
        common[f"cue_r={cue_r}"] = 1.0
    out: dict[str, dict[str, float]] = {}
    for name, mentions in found.items():
        f = dict(common)
        if features.name:
            f[f"name={name}"] = 1.0
        f[f"rule={name in rule_donors}"] = 1.0
        if features.context:
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
        if features.salience:
            top = "top" if ranked and name == ranked[0] else "not_top"
            f[f"freq={_bucket(freq.get(name, 0))}"] = f[f"sal={top}"] = 1.0
            f[f"sal_loc={top}_{alone}_{where}"] = 1.0
        if in_sent and in_sent[0] is m:
            f["first_in_sent"] = 1.0
        ncue, giver, wb, wa = shared.own(m)
        if ncue:
            f[f"ncue={ncue}"] = f[f"ncue_loc={ncue}_{where}"] = 1.0
        f[f"type={m.type}"] = 1.0
        f[f"giver={giver}"] = 1.0
        f[f"wb={wb}"] = f[f"wa={wa}"] = 1.0
        f[f"wb_loc={wb}_{where}"] = f[f"wa_loc={wa}_{where}"] = 1.0
        if cue_l:
            f[f"cue_l_loc={cue_l}_{where}"] = 1.0
        if where in _IN_SENTENCE:
            lo, hi = (m.end, start) if m.end <= start else (end, m.start)
            between = tokens(text[lo:hi])
            f[f"dist={_bucket(len(between))}"] = 1.0
            f[f"dist_loc={_bucket(len(between))}_{where}"] = 1.0
            for w in {*between[:BETWEEN_CAP], *between[-BETWEEN_CAP:]}:
                f[f"btw={w}"] = 1.0
            if any(lo <= o.start and o.end <= hi and o.name != name for o in in_sent):
                f["cand_between"] = 1.0
                f[f"cand_between_loc={where}"] = 1.0
            else:
                f[f"nearest_loc={where}"] = 1.0
            if bisect_left(money_starts, hi) > bisect_left(money_starts, lo):
                f["fig_between"] = 1.0  # (the figure's own start is never between)
        out[name] = f
    return out


def claim_candidates(doc: Document, claim: Claim, money_starts: Sequence[int],
                     features: FeatureSet = FeatureSet(),
                     givers: Givers | None = None) -> dict[str, dict[str, float]]:
    """:func:`candidates` of one money claim as the rules made it (its donors are the
    rules'); ``money_starts`` are where the text's money claims start (sorted), ``givers`` what the
    figures of ``doc`` share (made here if None)."""
    country = None
    if features.context:
        person = doc.people.resolve(claim.speaker or "")
        org = person.org_on(doc.published) if person else None
        country = org if org and doc.actors.resolve(org) else None
    return candidates(doc, claim.start, claim.end, claim.donors, money_starts, features,
                      speaker_country=country, givers=givers)


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


def combined_donors(rule_donors: Sequence[str], aid: bool, probs: Mapping[str, float],
                    add: float, remove: float) -> tuple[str, ...]:
    """The donors the learned stage gives a money figure: the rules' where it is not aid,
    else :func:`choose_donors`.

    >>> combined_donors(("Chile",), False, {"Chile": 0.0, "Peru": 1.0}, 0.5, 0.5)
    ('Chile',)
    """
    return tuple(rule_donors) if not aid else choose_donors(rule_donors, probs, add, remove)


@dataclass(frozen=True)
class DonorModel:
    """A binary logistic regression over a (figure, candidate) pair's features (a weight per
    feature and an intercept), the thresholds of :func:`choose_donors`, and the optional
    features it was trained with."""

    weights: Mapping[str, float]
    intercept: float
    add: float
    remove: float
    features: FeatureSet = FeatureSet()

    def probability(self, feats: Iterable[str]) -> float:
        """The probability that the candidate with the binary features ``feats`` (their
        names; a mapping's keys, as :func:`candidates` gives them) is a donor."""
        score = self.intercept + sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-score)) if score >= 0 else (
            math.exp(score) / (1.0 + math.exp(score)))

    def donors(self, claim: Claim, cands: Mapping[str, Mapping[str, float]]) -> tuple[str, ...]:
        """The donors of a money claim (the rules' in ``claim.donors``) given its
        candidates: :func:`combined_donors` with this model's probabilities."""
        probs = {name: self.probability(f) for name, f in cands.items()}
        return combined_donors(claim.donors, claim.kind in AID_KINDS, probs, self.add,
                               self.remove)


def model_json(model: DonorModel, about: Mapping[str, Any]) -> str:
    """A model file's text: ``about`` (provenance), the model, one line per weight (diffs
    stay readable); :func:`load_donor_model` reads it back."""
    head = {**about, "intercept": model.intercept,
            "thresholds": {"add": model.add, "remove": model.remove},
            "features": asdict(model.features)}
    lines = [f" {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(head.items())]
    rows = [f"  {json.dumps(k)}: {json.dumps(w)}" for k, w in sorted(model.weights.items())]
    return "{\n" + ",\n".join([*lines, ' "weights": {\n' + ",\n".join(rows) + "\n }"]) + "\n}\n"


def load_donor_model(path: Path = MODEL_FILE) -> DonorModel:
    """The donor model of a file written by ``scripts/train_donor_model.py train``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return DonorModel({str(k): float(w) for k, w in data["weights"].items()},
                      float(data["intercept"]), float(data["thresholds"]["add"]),
                      float(data["thresholds"]["remove"]),
                      FeatureSet(**{k: bool(v) for k, v in data["features"].items()}))


def apply_donor_model(claims: Sequence[Claim], doc: Document,
                      model: DonorModel) -> list[Claim]:
    """The claims of ``doc``'s text with each money figure's donors as ``model`` decides
    over the rules' (counts keep theirs). A model whose thresholds no probability reaches
    (above 1: its training chose never to override the rules) changes nothing, and its
    features are not computed."""
    money_starts = sorted(c.start for c in claims if c.measure == "money")
    if not money_starts or min(model.add, model.remove) > 1.0:
        return list(claims)
    givers = Givers(doc)
    out = []
    for c in claims:
        if c.measure == "money":
            donors = model.donors(c, claim_candidates(doc, c, money_starts, model.features,
                                                      givers))
            if donors != c.donors:
                c = replace(c, donors=donors)
        out.append(c)
    return out


@cache
def _bundled() -> DonorModel:
    return load_donor_model(MODEL_FILE)  # FileNotFoundError names the file if it is missing


def donor_stage(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """The learned donor stage: :func:`apply_donor_model` with the bundled model
    (:data:`MODEL_FILE`)."""
    return apply_donor_model(claims, doc, _bundled())
