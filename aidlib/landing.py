"""What the site's landing page says: headline findings, overview charts and the sources.

Every sentence is computed from the library's tables for the corpus at hand, so the page
stays true for any data folder. Used by :func:`aidlib.render.build_site`.

>>> lines = headline(None, "EUR")
>>> lines[0].startswith("The 5 articles")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from .charts import money_label
from .charts.overview import VERDICT_WORDS, verdicts_figure
from .charts.timeline import STATUS_WORDS, timeline_figure
from .claims import claims
from .compare import CONFLICTING, NOT_COMPARABLE, pair_verdicts
from .corpus import Corpus, load_corpus
from .events import events
from .records import counted_claims

__all__ = ["Overview", "Source", "headline", "overview"]


@dataclass(frozen=True)
class Source:
    """One article as the landing page lists it."""

    id: str
    headline: str
    outlet: str
    published: date
    date_evidence: str


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _money_sentences(table: pd.DataFrame, currency: str) -> list[str]:
    table = counted_claims(table)  # not the figures of teasers and captions
    money = table[(table["measure"] == "money") & (table["status"] == "parsed")]
    if money.empty:
        return ["The articles report no money figures."]
    col = f"{currency.lower()}_high"
    converted = money[money[col].notna()]
    named = money.loc[money["attribution"] != "outlet", "speaker"].dropna()
    out = [
        f"They report {_count(len(money), 'money figure')}, "
        f"{len(converted)} of them in a currency converted at the ECB rate of the "
        f"article's day, from {_count(named.nunique(), 'named speaker')}."
    ]
    if not converted.empty:
        top = converted.iloc[int(pd.to_numeric(converted[col]).to_numpy().argmax())]
        who = top["speaker"] if top["attribution"] != "outlet" else "the article itself"
        low = float(top[f"{currency.lower()}_low"])
        out.append(
            f"The largest is “{top['surface']}” ({who}, {str(top['kind']).replace('_', ' ')}, "
            f"{_day(top['published'])}), about {money_label(low, currency)}."
        )
    return out


def _verdict_sentence(pairs: pd.DataFrame) -> str:
    related = pairs[pairs["verdict"] != NOT_COMPARABLE]
    counts = related["verdict"].value_counts()
    conflicting = int(counts.get(CONFLICTING, 0))
    parts = [f"{n} {VERDICT_WORDS.get(str(verdict), verdict)}" for verdict, n in counts.items()
             if verdict != CONFLICTING]
    head = (f"Of {_count(len(pairs), 'pair')} of figures compared, "
            f"{_count(len(related), 'pair')} measure related things")
    detail = f" ({', '.join(parts)})" if parts else ""
    verdict = ("none conflicts" if conflicting == 0
               else f"{_count(conflicting, 'pair')} really conflict")
    return f"{head}{detail}; {verdict}."


def _meetings_sentence(meetings: pd.DataFrame) -> str:
    if meetings.empty:
        return "The articles report no meetings."
    counts = meetings["status"].value_counts()
    parts = ", ".join(f"{n} {STATUS_WORDS.get(str(status), status)}"
                      for status, n in counts.items())
    places = meetings["place"].dropna()
    where = ""
    if not places.empty:
        common = places.value_counts()
        times = _count(int(common.iloc[0]), "time")
        where = f"; the most frequent place is {common.index[0]} ({times})"
    return f"They report {_count(len(meetings), 'meeting')} ({parts}){where}."


@dataclass(frozen=True)
class Overview:
    """Everything the landing page shows, computed once from one corpus."""

    findings: list[str]
    figures: list[go.Figure]
    sources: list[Source]


def headline(data_dir: Path | None, currency: str = "EUR") -> list[str]:
    """The landing page's headline findings, one sentence each, computed from the tables."""
    return overview(data_dir, currency).findings


def overview(data_dir: Path | None, currency: str = "EUR") -> Overview:
    """Headline findings, small charts (verdicts in plain words, the meetings timeline)
    and the sources, from the corpus in ``data_dir`` (None: the default folder)."""
    corpus = load_corpus(data_dir) if data_dir is not None else load_corpus()
    days = sorted(article.published for article in corpus)
    listed = _sources(corpus)
    if not days:
        return Overview(["There are no articles."], [], listed)
    table = claims(corpus)
    pairs = pair_verdicts(table)
    meetings = events(corpus)
    findings = [
        f"The {_count(len(days), 'article')} were published between {_day(days[0])} and "
        f"{_day(days[-1])}.",
        *_money_sentences(table, currency),
        _verdict_sentence(pairs),
        _meetings_sentence(meetings),
    ]
    figures = [verdicts_figure(pairs)]
    if not meetings.empty:
        figures.append(timeline_figure(meetings, title="Meetings the articles report"))
    for figure in figures:
        figure.update_layout(template="plotly_white")
    return Overview(findings, figures, listed)


def _sources(corpus: Corpus) -> list[Source]:
    """The articles of the corpus, newest first, with how their date was established."""
    out = [
        Source(a.id, a.meta.headline, a.meta.outlet or "outlet not recorded", a.published,
               a.meta.date_evidence)
        for a in corpus
    ]
    return sorted(out, key=lambda s: (s.published, s.id), reverse=True)
