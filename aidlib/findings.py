"""The sentences of findings that state a number, computed from the tables as Markdown.

The notebooks and the site's landing page show these instead of hand-written results, so
what they say is true for whatever corpus they were run on. Each function returns a list
of Markdown sentences (one bullet each, see :func:`bullets`); an empty table gives a
sentence that says nothing was found, never an error. Every piece of text taken from an
article is escaped (:func:`md`): a ``$`` in "$24 billion" must not start maths in
JupyterLab or on the rendered pages.

>>> from aidlib.corpus import load_corpus
>>> from aidlib.claims import claims
>>> corpus = load_corpus()
>>> print(aid_totals(corpus, claims(corpus))[0])  # doctest: +ELLIPSIS
The 5 articles report ... money figures and ... counted quantities.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Final

import pandas as pd

from .compare import NOT_COMPARABLE, VERDICTS, fmt_money
from .corpus import Corpus
from .records import counted_claims

__all__ = [
    "aid_totals",
    "bullets",
    "claim_scores",
    "conflicts",
    "event_scores",
    "headlines",
    "md",
    "meetings",
    "overview",
    "sources",
]

# Characters that Markdown (and MathJax, for "$") would read as markup, not text.
_MARKUP: Final = re.compile(r"([\\`*_\[\]<>$#|])")

# Plain words for the codes of the claims table (the legend of data/README.md).
KIND_WORDS: Final[dict[str, str]] = {
    "pledged": "pledged",
    "provided": "provided",
    "contracted": "under contract",
    "to_spend": "to be spent",
    "requested": "requested",
    "other": "of no stated kind",
}
# At most this many conflicts or unheld events are spelled out, one sentence each.
MAX_LISTED: Final = 5

# The targets of issue 3 for events (the claims' are aidlib.evaluate.TARGETS).
EVENT_TARGETS: Final[dict[str, float]] = {"f1": 0.85, "date_accuracy": 0.9}

STATUS_WORDS: Final[dict[str, str]] = {
    "held": "held",
    "planned": "planned",
    "cancelled": "cancelled",
    "ongoing": "under way on the day of publication",
}


def md(text: object) -> str:
    r"""``text`` with Markdown's special characters escaped, ``$`` included.

    >>> md("more than $26 billion, *not* €21_bn")
    'more than \\$26 billion, \\*not\\* €21\\_bn'
    """
    return _MARKUP.sub(r"\\\1", str(text))


def bullets(items: Iterable[str]) -> str:
    """The sentences as one Markdown bullet list.

    >>> print(bullets(["One.", "Two."]))
    - One.
    - Two.
    """
    return "\n".join(f"- {item}" for item in items)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``1 figure``, ``3 figures``, with thousands separators."""
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def _be(n: int) -> str:
    return "is" if n == 1 else "are"


def _verb(n: int, stem: str, plural_ending: str = "") -> str:
    """``reports``/``report``, ``has``/``have``: the verb agreeing with ``n``."""
    return f"{stem}s" if n == 1 else f"{stem}{plural_ending}"


def _largest(frame: pd.DataFrame, column: str) -> pd.Series:
    """The row with the largest ``column`` (the first of equals, in table order)."""
    values = frame[column].astype(float)
    return frame[values.notna()].iloc[int(values.dropna().to_numpy().argmax())]


def _listing(counts: Iterable[tuple[object, int]]) -> str:
    """``6 pledged, 3 provided and 1 under contract``."""
    parts = [f"{n:,} {md(label)}" for label, n in counts if n]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _money(value: Any, currency: str | None) -> str:
    """``€21 bn``, ``US$24 bn`` (a bare "$" beside a euro figure is ambiguous)."""
    text = fmt_money(float(value), currency)
    return md("US" + text if currency == "USD" and text.startswith("$") else text)


def _day(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return "an unknown day"
    return pd.Timestamp(value).date().isoformat()


def _quote(text: Any) -> str:
    return f"“{md(' '.join(str(text).split()))}”"


def _speaker(row: Any) -> str:
    """Who stated a claim, or that no one is quoted (the article's own statement)."""
    if row.get("attribution") == "outlet" or row.get("speaker") == row.get("source_id"):
        return f"article {md(row['source_id'])} (no one quoted)"
    return md(row["speaker"])


def overview(corpus: Corpus) -> list[str]:
    """What the corpus is: its size, its span of publication dates, its outlets.

    >>> from aidlib.corpus import load_corpus
    >>> overview(load_corpus())[0]
    'The corpus holds 5 articles published between 2023-04-21 and 2025-12-03.'
    """
    if not len(corpus):
        return ["The corpus holds no articles yet (none found): add some with `aidlib add`."]
    days: list[date] = sorted(a.published for a in corpus)
    span = (f"published on {days[0]}" if days[0] == days[-1]
            else f"published between {days[0]} and {days[-1]}")
    items = [f"The corpus holds {_plural(len(corpus), 'article')} {span}."]
    outlets = sorted({a.meta.outlet for a in corpus if a.meta.outlet})
    if outlets:
        items.append(f"{_plural(len(outlets), 'outlet')} named: {md(', '.join(outlets))}.")
    return items


def sources(corpus: Corpus) -> list[str]:
    """One line per article, oldest first: date, headline, outlet where known, id.

    >>> from aidlib.corpus import load_corpus
    >>> sources(load_corpus())[0]  # doctest: +ELLIPSIS
    '2023-04-21 · Kiev allies are coordinating their aid under pressure from Zelenskyy · ...'
    """
    items = []
    for article in sorted(corpus, key=lambda a: (a.published, a.id)):
        outlet = f" ({md(article.meta.outlet)})" if article.meta.outlet else ""
        items.append(f"{article.published} · {md(article.meta.headline)}{outlet} · "
                     f"`{article.id}`")
    return items


def aid_totals(corpus: Corpus, claims_df: pd.DataFrame) -> list[str]:
    """Notebook 01's findings: how many figures, from whom, of which kind, the largest."""
    counted = counted_claims(claims_df)  # not the figures in teasers or captions
    parsed = counted[counted["status"] == "parsed"]
    money = parsed[parsed["measure"] == "money"]
    counts = parsed[parsed["measure"] == "count"]
    n_articles = f"The {_plural(len(corpus), 'article')} {_verb(len(corpus), 'report')}"
    if money.empty and counts.empty:
        return [f"{n_articles} no money figures and no counted quantities (none found)."]
    n_counts = _plural(len(counts), "counted quantity", "counted quantities")
    items = [f"{n_articles} {_plural(len(money), 'money figure')} and {n_counts}."]
    if not money.empty:
        converted = int(money["eur_low"].notna().sum())
        rest = len(money) - converted
        items.append(
            f"{converted:,} of the {_plural(len(money), 'money figure')} can be converted at "
            "the ECB rate of the day they were reported"
            + (f"; {rest:,} state no currency or have no ECB rate (vague “billions”, a "
               "currency the ECB does not publish)." if rest else ".")
        )
        kinds = money["kind"].value_counts()
        items.append("By kind, the money figures are "
                     f"{_listing((KIND_WORDS.get(str(k), k), int(n)) for k, n in kinds.items())}.")
    if converted_any := (not money.empty and money["eur_high"].notna().any()):
        top = _largest(money, "eur_high")
        items.append(
            f"The largest figure is {_quote(top['surface'])} "
            f"({KIND_WORDS.get(top['kind'], md(top['kind']))}, {md(top['category'])}), "
            f"up to {_money(top['eur_high'], 'EUR')} or {_money(top['usd_high'], 'USD')}, "
            f"stated by {_speaker(top)} on {_day(top['published'])}."
        )
    if not converted_any and not money.empty:
        items.append("No money figure could be converted, so none is the largest.")
    named = money.loc[(money["attribution"] != "outlet") & money["speaker"].notna(), "speaker"]
    if len(named):
        ranked = sorted(named.value_counts().items(), key=lambda wn: (-wn[1], str(wn[0])))
        leaders = ", ".join(f"{md(who)} ({n:,})" for who, n in ranked[:3])
        items.append(f"{_plural(len(ranked), 'speaker')} {_be(len(ranked))} named; the most "
                     f"figures come from {leaders}.")
    if not counts.empty:
        units = counts["unit"].fillna("other").str.replace("_", " ").value_counts()
        listing = ", ".join(f"{md(unit)} ({n:,})" for unit, n in units.items())
        items.append(f"The counted quantities are of {listing}.")
    rejected = counted[counted["status"] != "parsed"]
    if len(rejected):
        items.append(f"{_plural(len(rejected), 'figure')} looked like money but could not be "
                     "read; the claims table gives the reason for each.")
    furniture = len(claims_df) - len(counted)
    if furniture:
        items.append(f"{_plural(furniture, 'figure')} in teasers, captions or related-story "
                     f"lists {_be(furniture)} not counted.")
    return items


def conflicts(
    pairs: pd.DataFrame,
    checks: pd.DataFrame,
    totals: pd.DataFrame,
    groups: pd.DataFrame | None = None,
) -> list[str]:
    """Notebook 02's findings: verdicts, conflicts, figures printed in two currencies."""
    items: list[str] = []
    if pairs.empty:
        items.append("There are fewer than two figures of one measure: no pairs to compare "
                     "(none found).")
    else:
        counts = pairs["verdict"].value_counts()
        n_conf = int(counts.get("conflicting", 0))
        lead = ("none is “conflicting”" if n_conf == 0
                else f"{_plural(n_conf, 'pair is', 'pairs are')} “conflicting”")
        items.append(
            f"Of {_plural(len(pairs), 'pair')} of figures judged, {lead}: "
            f"{_listing((v, int(counts.get(v, 0))) for v in VERDICTS)}; "
            f"“{NOT_COMPARABLE}” pairs differ in donors, times or kinds of aid."
        )
        for row in pairs[pairs["verdict"] == "conflicting"].head(MAX_LISTED).to_dict("records"):
            items.append(
                f"Conflicting: {_quote(row['surface_a'])} ({md(row['speaker_a'])}) and "
                f"{_quote(row['surface_b'])} ({md(row['speaker_b'])}): {md(row['reason'])}."
            )
        if n_conf > MAX_LISTED:
            items.append(f"{n_conf - MAX_LISTED:,} more conflicting pairs are in the verdict "
                         "table below.")
    if groups is not None and not groups.empty and "n_claims" in groups:
        multi = groups[groups["n_claims"] >= 2]
        if len(multi):
            overlap = int(multi["ranges_overlap"].fillna(False).astype(bool).sum())
            items.append(f"{_plural(len(multi), 'group')} of two or more figures measure the "
                         f"same thing; in {overlap:,} of them the ranges overlap.")
    if checks.empty:
        items.append("No figure is printed in two currencies (none found), so no printed "
                     "exchange rate can be checked.")
    for row in checks.to_dict("records"):
        within = ("within what the rounding of the printed numbers allows"
                  if row["within_rounding"] else
                  "more than the rounding of the printed numbers allows")
        ecb = ("no ECB rate that day" if pd.isna(row["ecb_rate"])
               else f"the ECB’s {row['ecb_rate']:.4g} on {_day(row['rate_date'])} "
                    f"({row['error_pct']:+.1f} %), {within}")
        items.append(
            f"{_quote(row['surface_a'])} printed as {_quote(row['surface_b'])} implies "
            f"{row['implied_rate']:.4g} {md(row['currency_b'])} per {md(row['currency_a'])}, "
            f"against {ecb}."
        )
    if totals.empty:
        items.append("No running total (“so far”, “since February 2022”) was found.")
    else:
        items.append(f"{_plural(len(totals), 'running total')} in "
                     f"{_plural(totals['series'].nunique(), 'series', 'series')} can be "
                     "followed over time.")
    return items


def meetings(events_df: pd.DataFrame, aid: pd.DataFrame | None = None) -> list[str]:
    """Notebook 03's findings: how many meetings, their status, dates and linked money."""
    if events_df.empty:
        return ["The articles report no meetings, visits, talks or summits (none found)."]
    status = events_df["status"].value_counts()
    n_events = _plural(len(events_df), "meeting, visit, talk or summit",
                       "meetings, visits, talks or summits")
    by_status = _listing((STATUS_WORDS.get(s, s), int(status.get(s, 0))) for s in STATUS_WORDS)
    items = [f"The articles report {n_events}: {by_status}."]
    undated = int((events_df["date_precision"] == "unknown").sum())
    dated = len(events_df) - undated
    if undated:
        items.append(
            f"{dated:,} {_be(dated)} dated by the text; {_plural(undated, 'event')} "
            f"{_verb(undated, 'ha', 've')} no time expression and {_be(undated)} drawn on "
            "the article’s publication day."
        )
    else:
        items.append(f"All {_plural(dated, 'event')} {_be(dated)} dated by the text.")
    not_held = events_df[events_df["status"].isin(["cancelled", "planned"])]
    for row in not_held.head(MAX_LISTED).to_dict("records"):
        place = f" in {md(row['place'])}" if isinstance(row.get("place"), str) else ""
        items.append(f"{md(str(row['status']).capitalize())}{place}, "
                     f"{_day(row['date_start'])}: {md(row['summary'])}.")
    if len(not_held) > MAX_LISTED:
        items.append(f"{len(not_held) - MAX_LISTED:,} more planned or cancelled events are "
                     "in the table below.")
    channels = events_df["channel"].fillna("unassigned").value_counts()
    items.append(f"By channel of talks: {_listing(channels.items())}.")
    if aid is not None:
        if aid.empty:
            items.append("No money figure is reported beside a meeting.")
        else:
            amounts = aid[aid["eur_high"].notna()]
            text = f"{_plural(len(aid), 'money figure')} {_be(len(aid))} reported beside a meeting"
            if len(amounts):
                top = _largest(amounts, "eur_high")
                text += (f"; the largest, {_quote(top['surface'])} "
                         f"(up to {_money(top['eur_high'], 'EUR')}), beside "
                         f"{md(top['summary'])}")
            items.append(text + ".")
    return items


def headlines(corpus: Corpus, currency: str = "EUR") -> list[str]:
    """A few sentences for the landing page: the corpus, its figures, verdicts, meetings."""
    from .claims import claims
    from .compare import cumulative_totals, currency_checks, pair_verdicts
    from .events import events

    table = claims(corpus)
    pairs = pair_verdicts(table)
    return [
        *overview(corpus)[:1],
        *aid_totals(corpus, table)[:1],
        *conflicts(pairs, currency_checks(table), cumulative_totals(table, currency))[:1],
        *meetings(events(corpus))[:1],
    ]


def _flag(value: float, target: float | None) -> str:
    if target is None or value >= target:
        return f"{value:.2f}"
    return f"{value:.2f} (below the target {target:.2f})"


def claim_scores(scores: Mapping[str, Any], targets: Mapping[str, float]) -> str:
    """One line of F1 per scored field of the claims, flagging those below their target.

    >>> from aidlib.evaluate import Score
    >>> claim_scores({"speaker": Score(3, 4, 4), "donor": Score(1, 1, 1)}, {"speaker": 0.85})
    'F1 on the gold file: speaker 0.75 (below the target 0.85), donor 1.00'
    """
    fields = [*targets, *(k for k in ("donor",) if k not in targets)]
    parts = [f"{k} {_flag(scores[k].f1, targets.get(k))}" for k in fields if k in scores]
    return "F1 on the gold file: " + ", ".join(parts)


def event_scores(scores: Any) -> str:
    """One line of event scores (an :class:`aidlib.events.EventScores`), flagging misses."""
    return (
        f"events P={scores.precision:.2f} R={scores.recall:.2f} "
        f"F1={_flag(scores.f1, EVENT_TARGETS['f1'])}; dates right to the day "
        f"{_flag(scores.date_accuracy, EVENT_TARGETS['date_accuracy'])} of {scores.n_dated} "
        f"dated, {scores.date_from_text:.0%} from a time expression; participants "
        f"{scores.participant_accuracy:.0%}"
    )


def numbers_in(items: Sequence[str]) -> list[str]:
    """Every number a list of sentences states (for tests that compare them with tables).

    >>> numbers_in(["Of 1,092 pairs, 3 are conflicting (+0.7 %)."])
    ['1092', '3', '+0.7']
    """
    found = re.findall(r"[+−-]?\d[\d,]*(?:\.\d+)?", " ".join(items))
    return [n.replace(",", "") for n in found]
