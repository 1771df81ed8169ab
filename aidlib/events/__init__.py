"""Meetings, visits, talks and summits reported in the articles: one row per event.

:func:`event_mentions` finds every sentence clause that reports a meeting (a *mention*);
:func:`events` merges the mentions of one event, within an article and across articles,
into one row. The stages, one module each:

- :mod:`.patterns`: the compiled patterns (triggers, negation, status, places, titles);
- :mod:`.mention`: the records the stages share (``Provenance``, ``Mention``, ``Event``);
- :mod:`.participants`: which people a clause names (alias or a title held that day, and
  people the article introduces with a title: "Swedish Prime Minister Magdalena Andersson");
- :mod:`.status`: held, ongoing, planned or cancelled, from tense and modality, then dates;
- :mod:`.detect`: which clauses are mentions, with kind, status, place, date, duration;
- :mod:`.merge`: which mentions are one event (within and across articles);
- :mod:`.rows`: an event as a table row, its channel and summary;
- :mod:`.aid`: which money figure is reported with which meeting.

Scoring against ``data/gold/events.csv`` lives in :mod:`aidlib.evaluate.events`
(``score_events``, ``load_gold_events``; still importable from here).

How a mention is found (word lists in :mod:`aidlib.event_vocab`, names in
:mod:`aidlib.gazetteer`):

1. Each sentence is cut into clauses at clause-opening words ("as", "amid", "but",
   "which", "who", ...), semicolons and dashes. A clause with a *trigger* ("met",
   "meeting", "talks", "negotiations", "visit", "summit", "conference", "call with",
   "welcomes", "hosted X", "will host European leaders") is a mention, and so is a group
   of ministers or leaders deciding on a named day ("EU finance ministers approved ... on
   Tuesday": a ministerial held that day, the group its participant). A meeting word that
   is denied ("no talks", "refused to meet", "ruled out a meeting", "froze talks", "talks
   were put on ice") is no trigger unless the clause calls a planned meeting off.
   Two triggers in different comma-separated parts of one
   clause are two mentions ("the meeting with Stoltenberg, France's defense minister
   met with Zelenskyy").
2. Participants are the people of the clause (aliases from ``people.yaml``, or a
   title such as "NATO's Secretary-General" that only one person held that day), minus
   speakers ("Stoltenberg told reporters") and possessive modifiers ("Putin's advisor");
   a clause without people borrows those of its sentence; "the pair" takes the two people
   of the previous mention. Groups ("allies", "foreign ministers", "NATO") are kept apart.
3. Place: a venue or city after "in"/"at" (or "visit to", "fly to"), or before the
   trigger ("the Brussels meeting"). Date: the time expression nearest the trigger,
   resolved with :func:`aidlib.dates.resolve_date` (future tense when the clause says
   "expected to", "will", ..., or a cancelled meeting was "scheduled for" it). A held
   meeting in the first paragraph that names no place takes the city of the article's
   dateline ("BRUSSELS, Dec 15 (Reuters) -", "KYIV —"); its summary says "(place from
   dateline)". Status (:mod:`.status`): the tense or modality cue nearest the meeting word
   ("will", "is due to", "met", "are meeting", "called off"), then the dates against the
   publication day (after it: planned; a multi-day event that includes it: ongoing).
   Dates without a year take the publication year unless the tense contradicts it.
   Captions and teasers ("Photo caption:", "Read more:") hold no meetings; a headline's or
   short subhead's meeting only joins an event the body reports. Groups meet too ("NATO
   leaders will meet in Washington", "delegations met in Jeddah"), as do named gatherings
   ("the Ukraine Recovery Conference").
4. Anaphora: "the meeting", "these talks", "the conference" with no people of their own
   join the latest compatible event of the article (within 10 sentences); with people
   ("the meeting with Stoltenberg") the latest event that shares one of them.

Merging (within an article; across articles only for events dated to the same days):
mentions are taken most informative first; a mention joins an event when dates overlap,
places agree (or one is missing), statuses agree (cancelled never joins held/ongoing)
and either one participant set contains the other, or both are summits of the same
article, or both name the same place and one names nobody. Sentences without a trigger
that put people "in" an event's place add those people ("said Lloyd Austin in Ramstein").

Columns of :func:`events` (one row per event):

=================  =====================================================================
event_id           "<first source_id>:e<NN>", NN in text order of first mention
kind               bilateral meeting, talks, visit, summit or ministerial, call or video link
status             held, planned, cancelled, ongoing
participants       tuple of canonical names (people.yaml), sorted
participant_roles  tuple of roles on ``date_start``, aligned with participants ("" if none)
groups             tuple of collective participants ("allies", "NATO", "foreign ministers")
delegation         people grouped by the country/org they spoke for: "Russia: A, B | ..."
place              canonical city or None
venue              canonical venue ("the Kremlin", "US base in Ramstein") or None
remote             tuple of participants who took part "via video" / by phone
date_start         datetime64, first day
date_end           datetime64, last day (== date_start for a day)
date_precision     day, week, month, year, or "unknown" (no time expression: publication date)
date_basis         how the date was found: the expression and rule, or why it is inferred
duration_hours     float or NaN ("four and a half hours" -> 4.5)
duration_text      the words, or ""
sources            tuple of source ids
mentions           tuple of :class:`Provenance` (source_id, start, end, surface, sentence)
n_mentions         int
channel            lane: US-Russia, US-Ukraine, Ukraine-allies, NATO, Europe-Russia,
                   Russia-partners, other (from participants' orgs and groups)
summary            one line: kind, who, where, when, status
by_source          per article: what it reports of the event (people, status, days), as
                   :class:`~aidlib.events.mention.SourceView` records
=================  =====================================================================

>>> from aidlib.corpus import load_corpus
>>> table = events(load_corpus())
>>> kremlin = table[table.venue == "the Kremlin"].iloc[0]
>>> str(kremlin.date_start.date()), float(kremlin.duration_hours), kremlin.status
('2025-12-02', 5.0, 'held')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from typing import Any

import pandas as pd

from ..corpus import Article
from ..parallel import map_articles
from ..people import People, load_people
from .detect import article_mentions
from .mention import Event, Mention, Provenance
from .merge import link_offsets, link_same_day, link_sidelines, merge_across, merge_article
from .participants import name_pattern
from .rows import EVENT_COLUMNS, MENTION_COLUMNS, event_row

__all__ = [
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "Provenance",
    "event_mentions",
    "events",
]


def _all_mentions(corpus: Iterable[Article], people: People
                  ) -> list[tuple[Article, list[Mention]]]:
    names = name_pattern(people)
    return [(a, article_mentions(a, people, names)) for a in corpus]


def _article_events(article: Article, *, people: People, names: re.Pattern[str]
                    ) -> list[Event]:
    """One article's events, its mentions merged (the per-article stage of :func:`events`;
    merging across articles comes after)."""
    merged = merge_article(article_mentions(article, people, names))
    link_same_day(merged)
    link_sidelines(merged)
    link_offsets(merged)
    return merged


def event_mentions(corpus: Iterable[Article], people: People | None = None) -> pd.DataFrame:
    """Every clause that reports a meeting, before merging: one row per mention.

    ``role`` is "trigger" (a meeting word), "heading" (a meeting word in the headline or a
subhead: it only joins an event) or "presence" (people put in a place).

    >>> from aidlib.corpus import load_corpus
    >>> rows = event_mentions(load_corpus())
    >>> bool((rows.apply(lambda r: r.sentence[r.start - r.sentence_start:
    ...       r.end - r.sentence_start] == r.surface, axis=1)).all())
    True
    """
    people = people or load_people(getattr(corpus, "root", None))
    rows = []
    for _, found in _all_mentions(corpus, people):
        for m in found:
            rows.append({
                "source_id": m.prov.source_id, "published": pd.Timestamp(m.published),
                "start": m.prov.start, "end": m.prov.end, "surface": m.prov.surface,
                "sentence": m.prov.sentence, "sentence_start": m.prov.sentence_start,
                "sentence_end": m.prov.sentence_end, "role": m.role, "kind": m.kind,
                "status": m.status, "participants": m.persons, "groups": m.groups,
                "remote": m.remote, "place": m.place, "venue": m.venue,
                "date_start": pd.Timestamp(m.date.start) if m.date else pd.NaT,
                "date_end": pd.Timestamp(m.date.end) if m.date else pd.NaT,
                "date_precision": m.date.precision if m.date else "unknown",
                "date_basis": m.date.basis if m.date else "",
                "date_surface": m.date.expression if m.date else "",
                "duration_hours": float("nan") if m.duration_hours is None
                else m.duration_hours,
                "duration_text": m.duration_text, "anaphoric": m.anaphoric,
            })
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def events(corpus: Iterable[Article], people: People | None = None, *,
           workers: int | None = None, executor: Any = None) -> pd.DataFrame:
    """One row per meeting, visit, talks or summit, merged over sentences and articles.

    Columns are listed in the module docstring; rows are sorted by date, then source.
    """
    people = people or load_people(getattr(corpus, "root", None))
    stage = partial(_article_events, people=people, names=name_pattern(people))
    found = map_articles(stage, list(corpus), workers=workers, executor=executor,
                         desc="events")
    per_article = [ev for article_events in found for ev in article_events]
    rows = [event_row(ev, people) for ev in merge_across(per_article)]
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=list(EVENT_COLUMNS))
    counters: dict[str, int] = {}
    ids = {}
    for key in sorted(table["_first"]):
        counters[key[0]] = counters.get(key[0], 0) + 1
        ids[key] = f"{key[0]}:e{counters[key[0]]:02d}"
    table["event_id"] = table["_first"].map(ids)
    table = table.sort_values(["date_start", "event_id"]).reset_index(drop=True)
    return table[list(EVENT_COLUMNS)]


# --- gold and scoring -------------------------------------------------------------------


def __getattr__(name: str) -> Any:
    """The scoring names that moved to :mod:`aidlib.evaluate.events`, still found here."""
    if name in ("EventScores", "load_gold_events", "score_events"):
        from ..evaluate import events as scoring

        return getattr(scoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
