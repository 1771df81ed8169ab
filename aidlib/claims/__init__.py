"""Claims: each figure an article states, with who said it, about what, for which period.

A money figure alone is not a claim. :func:`claims` turns every money mention found by
:mod:`aidlib.money` (and every count of drones, casualties, plan points, countries) into a
row saying who stated it (the speaker, canonical through ``aidlib/data/people.yaml`` and
``aidlib/data/actors.yaml``), who gives it to whom (donors, recipient), what kind of money it is
(pledged, provided, contracted, to be spent, requested), its category (military,
financial, humanitarian, total; ``unspecified`` for aid whose purpose is not stated,
``other`` for money that is not aid), the period it covers, and where it sits in the text.

>>> from datetime import date
>>> rows = extract_claims(
...     "Germany will provide €500 million in humanitarian aid, Chancellor Olaf Scholz said.",
...     published=date(2024, 3, 5))
>>> c = rows[0]
>>> c.surface, c.unit, c.speaker, c.donors, c.kind, c.category
('€500 million', 'EUR', 'Olaf Scholz', ('Germany',), 'pledged', 'humanitarian')

The rules are written by hand: no general-purpose library resolves reported speech,
donors or aid kinds in this register (spaCy-style NER would need a model download, which
the project does not allow), and each rule is small enough to be read and tested. Most word
lists live in :mod:`aidlib.claim_rules`, names in :mod:`aidlib.gazetteer` (a few short
cue words are still written in the patterns below).

How a speaker is found for a figure, in order:

1. the attributions in the figure's clause (a sentence is split at "; " and at ", while",
   ", but" ...), else in the whole sentence: "X said/announced/noted (that)" (X also an
   unknown full name, or its surname alone once the full name was given: "Morita told
   reporters"), "said X" (only when the figure comes before it: a figure after "said X in
   Ramstein, where ..." is the writer's), "according to X", "he said" (the last person named
   before it), "it/they said" (the last body, country or group named as a speaker before
   it), "the Swedish government said" (a country's institution: the country), "the agency
   writes" (the last medium named); the nearest one wins;
2. else the outlet itself (``attribution == "outlet"``).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

import pandas as pd

from ..corpus import Article, Corpus
from ..gazetteer import ACTORS_FILE, Actor, Actors, load_actors
from ..parallel import map_articles
from ..people import People, load_people
from ..rates import EcbRates
from ..records import CLAIM_COLUMNS, Claim, claims_frame
from .assemble import extract_claims

__all__ = [
    "ACTORS_FILE",
    "CLAIM_COLUMNS",
    "Actor",
    "Actors",
    "Claim",
    "claims",
    "claims_frame",
    "extract_claims",
    "load_actors",
]

log = logging.getLogger(__name__)


def claims(corpus: Corpus, rates: EcbRates | None = None, *, workers: int | None = None,
           executor: Any = None, learned: bool | None = None) -> pd.DataFrame:
    """One row per claim (money mention or count) in every article of the corpus.

    ``learned`` runs the learned stages (kind/category: :mod:`aidlib.claims.learned`;
    donors: :mod:`aidlib.claims.learned_donors`) after the rules: True (every field their
    models hold) or False (the rules alone), or None for the default fields
    (``DEFAULT_FIELDS``: category).

    Columns (grain: one row per figure; ``text[start:end] == surface``):

    - ``claim_id`` ("<source_id>:c<NN>", text order), ``source_id``, ``published``
    - ``measure`` ("money" | "count"), ``unit`` (ISO currency or None; for counts what is
      counted and what happened: "drones_fired", "drones_destroyed", "people_killed",
      "people_injured", "casualties", "points", "countries", or "drones" given as aid)
    - ``surface``, ``start``, ``end``; ``sentence``, ``sentence_start``, ``sentence_end``
    - ``value``, ``low``, ``high`` (float, in ``unit``; value NaN for a range), ``qualifier``,
      ``vague``
    - ``eur_low``, ``eur_high``, ``usd_low``, ``usd_high`` (ECB rate of ``published``, on
      ``rate_date``; NaN for counts and where ``rate_note`` says why)
    - ``speaker`` (canonical person, body, medium, "A, B" for a group of countries, or the
      outlet), ``speaker_role`` (on the publication day), ``speaker_text`` (as written),
      ``attribution`` (said | announced | reported | according_to | outlet)
    - ``donors`` (sorted tuple of canonical names), ``recipient``, ``kind`` (pledged,
      provided, contracted, to_spend, requested, other), ``category`` (military, financial,
      humanitarian, total, unspecified: aid of unstated purpose, other: money that is not
      aid or a count; guide version 2)
    - ``scope_text``, ``scope_type`` (cumulative, period, new, unspecified),
      ``period_start``, ``period_end``
    - ``part_of`` (claim_id of the enclosing figure), ``pair_id`` (same figure in two
      currencies; equals the ``pair_id`` of :func:`aidlib.mentions.money_mentions`),
      ``status`` (parsed | rejected), ``reason``, ``mention_id`` (row of ``money_mentions``)
    - ``boilerplate``: the figure sits in page furniture ("Also read:" teasers, related-story
      lists, captions; :mod:`aidlib.claims.boilerplate`); kept here, left out of what the
      library counts (:func:`aidlib.records.counted_claims`)

    >>> from aidlib.corpus import load_corpus
    >>> t = claims(load_corpus())
    >>> bool((t["surface"].str.len() == t["end"] - t["start"]).all())
    True
    """
    people, actors = load_people(corpus.root), load_actors(corpus.root)  # bundled + folder's
    found = map_articles(partial(_article_claims, people=people, actors=actors,
                                 learned=learned), list(corpus),
                         workers=workers, executor=executor, desc="claims")
    rows = [c for article_claims in found for c in article_claims]
    log.debug("%d claims in %d articles", len(rows), len(corpus))
    return claims_frame(rows, rates)


def _article_claims(article: Article, *, people: People, actors: Actors,
                    learned: bool | None = None) -> list[Claim]:
    """One article's claims (the per-article stage :func:`claims` maps over the corpus)."""
    return extract_claims(article.text, source_id=article.id, published=article.published,
                          outlet=_outlet(article), people=people, actors=actors,
                          dollar=article.dollar, learned=learned)


def _outlet(article: Article) -> str:
    return article.meta.outlet or article.id
