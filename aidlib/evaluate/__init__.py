"""Scoring in one place: aidlib's tables against the hand-annotated gold files.

- :mod:`.claims`: the claims table field by field (:func:`score_claims`), and :class:`Score`,
  the one precision/recall/F1 convention used for claims and events;
- :mod:`.events`: events matched one to one (:func:`score_events`);
- :mod:`.baselines`: quantulum3 and price-parser as claims-shaped tables;
- :mod:`.report`: the printed table and ``python -m aidlib.evaluate [--data DIR]``.

Matching rules are in ``data/gold/README.md`` and ``data/gold/README_events.md``.

>>> s = score_claims(gold_claims(), gold_claims())
>>> s["money_span"].f1, s["speaker"].f1
(1.0, 1.0)
"""

from .baselines import baseline_price_parser, baseline_quantulum
from .claims import (
    FIELDS,
    GOLD_FILE,
    OUTLET,
    TARGETS,
    Score,
    confusion,
    gold_claims,
    score_claims,
)
from .events import GOLD_EVENTS_FILE, EventScores, load_gold_events, score_events
from .report import event_report, main, report

__all__ = [
    "FIELDS",
    "GOLD_EVENTS_FILE",
    "GOLD_FILE",
    "OUTLET",
    "TARGETS",
    "EventScores",
    "Score",
    "baseline_price_parser",
    "baseline_quantulum",
    "confusion",
    "event_report",
    "gold_claims",
    "load_gold_events",
    "main",
    "report",
    "score_claims",
    "score_events",
]
