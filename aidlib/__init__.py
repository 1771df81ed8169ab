"""aidlib: reconcile the money figures and meetings that news reports give about aid to Ukraine.

The pipeline, each step a table with provenance (source id, character span, sentence):

>>> import aidlib
>>> corpus = aidlib.load_corpus()                 # validated raw articles + metadata
>>> mentions = aidlib.money_mentions(corpus)      # every money figure, EUR and USD
>>> table = aidlib.claims(corpus)                 # who said which figure about what
>>> verdicts = aidlib.pair_verdicts(table)        # do look-alike figures agree?
>>> meetings = aidlib.events(corpus)              # meetings, dated and sourced
>>> set(verdicts["verdict"]) <= set(aidlib.VERDICTS)
True
"""

from .audit import Uncovered, audit_money
from .claims import CLAIM_COLUMNS, Claim, claims, load_actors
from .compare import (
    VERDICTS,
    comparable_groups,
    cumulative_totals,
    currency_checks,
    group_summary,
    pair_verdicts,
)
from .corpus import Article, Corpus, load_corpus
from .dates import DateNotResolved, ResolvedDate, resolve_date
from .errors import (
    AidlibError,
    BadDate,
    CorpusError,
    RateNotFound,
    TextTooLong,
    UnknownCurrency,
)
from .evaluate import EventScores, score_events
from .events import Provenance, event_mentions, events
from .mentions import MENTION_COLUMNS, money_mentions
from .money import MoneyMention, find_currency_pairs, find_money, format_money
from .people import People, Person, load_people
from .rates import EcbRates, ecb_rates
from .text import Sentence, sentences

__all__ = [
    "CLAIM_COLUMNS",
    "MENTION_COLUMNS",
    "VERDICTS",
    "AidlibError",
    "Article",
    "BadDate",
    "Claim",
    "Corpus",
    "CorpusError",
    "DateNotResolved",
    "EcbRates",
    "EventScores",
    "MoneyMention",
    "People",
    "Person",
    "Provenance",
    "RateNotFound",
    "ResolvedDate",
    "Sentence",
    "TextTooLong",
    "Uncovered",
    "UnknownCurrency",
    "audit_money",
    "claims",
    "comparable_groups",
    "cumulative_totals",
    "currency_checks",
    "ecb_rates",
    "event_mentions",
    "events",
    "find_currency_pairs",
    "find_money",
    "format_money",
    "group_summary",
    "load_actors",
    "load_corpus",
    "load_people",
    "money_mentions",
    "pair_verdicts",
    "resolve_date",
    "score_events",
    "sentences",
]

__version__ = "0.1.0"
