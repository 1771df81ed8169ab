"""Records: one typed record per thing, and the one place records become tables and back.

- :class:`Claim`: one figure as a sourced claim (:mod:`aidlib.claims` makes them;
  :mod:`aidlib.compare` and :mod:`aidlib.charts` read them); :func:`claims_frame` turns
  claims into the documented table (:data:`CLAIM_COLUMNS`) and :func:`claims_from_frame`
  turns a table back into claims;
- :class:`~aidlib.money.MoneyMention`: one money figure as the parser found it;
- :class:`~aidlib.events.mention.Provenance`: one mention of a meeting (the events table's
  ``mentions`` column).

- :class:`Verdict`: the verdict on one pair of claims (:mod:`aidlib.compare.verdicts` makes
  them); :func:`verdicts_frame` turns them into the documented table (:data:`PAIR_COLUMNS`).

Events are rows of their table (:data:`aidlib.events.EVENT_COLUMNS`); the event stages keep
their own working records (:mod:`aidlib.events.mention`).

>>> claims_from_frame(claims_frame([EXAMPLE]))[0].donors
('Norway',)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Final

import numpy as np
import pandas as pd

from .events.mention import Provenance
from .money import MoneyMention
from .rates import EcbRates, ecb_rates

__all__ = [
    "CLAIM_COLUMNS",
    "PAIR_COLUMNS",
    "Claim",
    "MoneyMention",
    "Provenance",
    "Verdict",
    "cell_day",
    "cell_text",
    "claim_id_of",
    "claim_part",
    "claims_frame",
    "claims_from_frame",
    "counted_claims",
    "short_claim_id",
    "short_source",
    "verdicts_frame",
]


def claim_id_of(source_id: str, n: int) -> str:
    """The id of the ``n``-th claim (from 1, text order) of a source.

    >>> claim_id_of("000_e8e64c1f65c5a224", 4)
    '000_e8e64c1f65c5a224:c04'
    """
    return f"{source_id}:c{n:02d}"


def claim_part(claim_id: str) -> str:
    """The claim's own part of its id: ``000_e8e64c1f65c5a224:c04`` -> ``c04``."""
    return claim_id.partition(":")[2]


def short_source(source_id: str) -> str:
    """A source id as tables and charts show it: its first three characters (``000``)."""
    return source_id[:3]


def short_claim_id(claim_id: str) -> str:
    """A claim id as tables show it.

    >>> short_claim_id("000_e8e64c1f65c5a224:c04")
    '000:c04'
    """
    source, _, claim = claim_id.partition(":")
    return f"{short_source(source)}:{claim}"


@dataclass(frozen=True)
class Claim:
    """One figure as a sourced claim (see :data:`CLAIM_COLUMNS` for the table's columns).

    The extractor fills the fields up to ``mention_id``; :func:`claims_frame` adds the
    conversion (``eur_*``, ``usd_*``, ``rate_*``) and :func:`claims_from_frame` reads all of
    it back, with the ECB rate of the claim's day carried as ``eur_per_unit`` and
    ``usd_per_unit`` (NaN for counts or when there is no rate).
    """

    claim_id: str
    source_id: str
    published: date
    measure: str  # "money" | "count"
    unit: str | None
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    vague: bool
    speaker: str | None
    speaker_role: str | None
    speaker_text: str | None
    attribution: str
    donors: tuple[str, ...]
    recipient: str | None
    kind: str
    category: str
    scope_text: str
    scope_type: str
    period_start: date | None
    period_end: date | None
    part_of: str | None
    pair_id: str | None
    status: str
    reason: str
    mention_id: str | None
    boilerplate: bool = False  # in a teaser, related-story list or caption (not counted)
    eur_low: float | None = None
    eur_high: float | None = None
    usd_low: float | None = None
    usd_high: float | None = None
    rate_date: date | None = None
    rate_note: str = ""
    eur_per_unit: float = math.nan
    usd_per_unit: float = math.nan

    @property
    def is_money(self) -> bool:
        """A money figure (else a count)."""
        return self.measure == "money"

    @property
    def central(self) -> float:
        """The stated value, or for a vague figure ("hundreds of millions") its mid-range.

        >>> from dataclasses import replace
        >>> replace(EXAMPLE, value=None, low=1e8, high=1e10).central
        1000000000.0
        """
        if self.value is not None and math.isfinite(self.value):
            return self.value
        low = math.nan if self.low is None else self.low
        high = math.nan if self.high is None else self.high
        return math.sqrt(low * high) if low > 0 and high > 0 else (low + high) / 2

    @property
    def as_of(self) -> date:
        """The day a running total or fresh pledge refers to."""
        return self.period_end or self.published

    @property
    def who(self) -> str:
        """The speaker, or "the article" when no one is quoted."""
        return "the article" if self.speaker in (None, "", self.source_id) else str(self.speaker)

    @property
    def donors_text(self) -> str:
        """The donors as one phrase."""
        return ", ".join(self.donors) if self.donors else "donors not named"

    @property
    def quote(self) -> str:
        """The figure as written and who stated it: ``“€21 billion” (the article)``."""
        return f"“{self.surface}” ({self.who})"



# The fields claims_frame computes from the ECB rates (not set by the extractor).
_CONVERSION: Final = frozenset({"eur_low", "eur_high", "usd_low", "usd_high", "rate_date",
                                "rate_note", "eur_per_unit", "usd_per_unit"})

EXAMPLE: Final = Claim(
    claim_id="text:c01", source_id="text", published=date(2024, 3, 5), measure="money",
    unit="USD", surface="$10 million", start=15, end=26, sentence="Norway pledged $10 million.",
    sentence_start=0, sentence_end=27, value=1e7, low=1e7, high=1e7, qualifier="exact",
    vague=False, speaker="text", speaker_role=None, speaker_text=None, attribution="outlet",
    donors=("Norway",), recipient=None, kind="pledged", category="other", scope_text="",
    scope_type="unspecified", period_start=None, period_end=None, part_of=None, pair_id=None,
    status="parsed", reason="", mention_id="text:m01",
)


CLAIM_COLUMNS: Final[list[str]] = [
    "claim_id", "source_id", "published", "measure", "unit", "surface", "start", "end",
    "sentence", "sentence_start", "sentence_end", "value", "low", "high", "qualifier",
    "vague", "eur_low", "eur_high", "usd_low", "usd_high", "rate_date", "rate_note",
    "speaker", "speaker_role", "speaker_text", "attribution", "donors", "recipient", "kind",
    "category", "scope_text", "scope_type", "period_start", "period_end", "part_of",
    "pair_id", "status", "reason", "mention_id", "boilerplate",
]


def claims_frame(rows: Sequence[Claim], rates: EcbRates | None = None) -> pd.DataFrame:
    """Claims as one table with EUR and USD at the ECB rate of the publication day.

    >>> t = claims_frame([EXAMPLE])
    >>> t.loc[0, ["unit", "donors", "kind"]].tolist(), round(float(t.loc[0, "eur_low"]) / 1e6, 2)
    (['USD', ('Norway',), 'pledged'], 9.22)
    """
    rates = rates or ecb_rates()
    names = [f.name for f in fields(Claim) if f.name not in _CONVERSION]
    if not rows:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    table = pd.DataFrame([[getattr(c, n) for n in names] for c in rows], columns=names)
    table["published"] = pd.to_datetime(table["published"])
    for col in ("period_start", "period_end"):
        table[col] = pd.to_datetime(table[col])
    for col in ("value", "low", "high"):
        table[col] = table[col].astype(float)
    money = table["measure"] == "money"
    converted = rates.to_eur_usd(table[money], amount_cols=("low", "high"), currency="unit",
                                 on="published")
    for col in ("eur_low", "eur_high", "usd_low", "usd_high"):
        table[col] = np.nan
        table.loc[money, col] = converted[col]
    table["rate_date"] = pd.NaT
    table["rate_date"] = pd.to_datetime(table["rate_date"])
    table.loc[money, "rate_date"] = converted["rate_date"]
    table["rate_note"] = ""
    table.loc[money, "rate_note"] = converted["rate_note"]
    rejected = table["status"] == "rejected"
    table.loc[rejected, "rate_note"] = "not parsed: " + table.loc[rejected, "reason"]
    return table[CLAIM_COLUMNS].reset_index(drop=True)


def cell_day(value: Any) -> date | None:
    """A table cell as a date (None for empty, NaN, NaT)."""
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


def cell_text(value: Any) -> str:
    """A table cell as text ("" for None and NaN)."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _float(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def _int(value: Any) -> int:
    number = _float(value)
    return 0 if number is None else int(number)


def counted_claims(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a claims table that totals, verdicts and findings count: all but the
    figures in page furniture (``boilerplate``: teasers, related-story lists, captions).

    The one place that exclusion is made (:func:`aidlib.compare.parsed_claims` and the
    charts of notebook 01 read claims through it); a table without the column is kept whole.

    >>> from dataclasses import replace
    >>> t = claims_frame([EXAMPLE, replace(EXAMPLE, claim_id="text:c02", boilerplate=True)])
    >>> counted_claims(t)["claim_id"].tolist()
    ['text:c01']
    """
    if "boilerplate" not in frame.columns:
        return frame
    return frame[~frame["boilerplate"].map(lambda v: cell_text(v) == "True")]


def _rates_of(frame: pd.DataFrame, rates: EcbRates) -> tuple[list[float], list[float]]:
    """EUR and USD per unit on each row's publication day (NaN for counts, no rate)."""
    eur = [math.nan] * len(frame)
    usd = [math.nan] * len(frame)
    money = (frame["measure"].fillna("money") == "money").to_numpy() if "measure" in frame \
        else np.ones(len(frame), dtype=bool)
    if money.any():
        conv = rates.to_eur_usd(frame[money], amount_cols=(), currency="unit", on="published")
        per_usd = (conv["eur_per_unit"] * conv["usd_per_eur"]).tolist()
        for k, i in enumerate(np.flatnonzero(money)):
            eur[i] = float(conv["eur_per_unit"].iloc[k])
            usd[i] = float(per_usd[k])
    return eur, usd


def _claim(row: Mapping[str, Any], eur: float, usd: float) -> Claim:
    published = cell_day(row.get("published"))
    if published is None:
        raise ValueError(f"claim {row.get('claim_id')!r} has no publication date")
    donors = row.get("donors") or ()
    return Claim(
        claim_id=str(row["claim_id"]), source_id=cell_text(row.get("source_id")),
        published=published, measure=cell_text(row.get("measure")) or "money",
        unit=cell_text(row.get("unit")) or None, surface=cell_text(row.get("surface")),
        start=_int(row.get("start")), end=_int(row.get("end")),
        sentence=cell_text(row.get("sentence")), sentence_start=_int(row.get("sentence_start")),
        sentence_end=_int(row.get("sentence_end")), value=_float(row.get("value")),
        low=_float(row.get("low")), high=_float(row.get("high")),
        qualifier=cell_text(row.get("qualifier")) or "exact",
        vague=cell_text(row.get("vague")) == "True",
        speaker=cell_text(row.get("speaker")) or None,
        speaker_role=cell_text(row.get("speaker_role")) or None,
        speaker_text=cell_text(row.get("speaker_text")) or None,
        attribution=cell_text(row.get("attribution")) or "outlet",
        donors=tuple(sorted(str(d) for d in donors)),
        recipient=cell_text(row.get("recipient")) or None,
        kind=cell_text(row.get("kind")) or "other",
        category=cell_text(row.get("category")) or "other",
        scope_text=cell_text(row.get("scope_text")),
        scope_type=cell_text(row.get("scope_type")) or "unspecified",
        period_start=cell_day(row.get("period_start")),
        period_end=cell_day(row.get("period_end")),
        part_of=cell_text(row.get("part_of")) or None,
        pair_id=cell_text(row.get("pair_id")) or None,
        status=cell_text(row.get("status")) or "parsed", reason=cell_text(row.get("reason")),
        mention_id=cell_text(row.get("mention_id")) or None,
        boilerplate=cell_text(row.get("boilerplate")) == "True",
        eur_low=_float(row.get("eur_low")), eur_high=_float(row.get("eur_high")),
        usd_low=_float(row.get("usd_low")), usd_high=_float(row.get("usd_high")),
        rate_date=cell_day(row.get("rate_date")), rate_note=cell_text(row.get("rate_note")),
        eur_per_unit=eur, usd_per_unit=usd,
    )


def claims_from_frame(frame: pd.DataFrame, rates: EcbRates | None = None) -> list[Claim]:
    """The claims of a claims table (as :func:`aidlib.claims.claims` returns), in row order.

    Missing fields take the table's "not stated" values (kind and category "other", scope
    "unspecified", the qualifier "exact"); the ECB rate of each money claim's publication
    day is looked up once and carried on the record.
    """
    if frame.empty:
        return []
    eur, usd = _rates_of(frame.reset_index(drop=True), rates or ecb_rates())
    records = [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]
    return [_claim(r, e, u) for r, e, u in zip(records, eur, usd, strict=True)]


PAIR_COLUMNS: Final = (
    "claim_a", "claim_b", "verdict", "reason", "differences", "grouped", "same_figure",
    "compared_in", "a_low", "a_high", "b_low", "b_high", "overlap", "overlap_eur",
    "overlap_usd", "eur_a", "eur_b", "usd_a", "usd_b", "eur_ratio", "usd_ratio",
    "surface_a", "surface_b", "speaker_a", "speaker_b", "source_a", "source_b",
    "sentence_a", "sentence_b",
)


@dataclass(frozen=True)
class Verdict:
    """The verdict on two claims and what it rests on (one row of :data:`PAIR_COLUMNS`;
    the columns are described in :func:`aidlib.compare.pair_verdicts`)."""

    claim_a: str
    claim_b: str
    verdict: str
    reason: str
    differences: tuple[str, ...]
    grouped: bool
    same_figure: bool
    compared_in: str | None
    a_low: float
    a_high: float
    b_low: float
    b_high: float
    overlap: bool | None
    overlap_eur: bool | None
    overlap_usd: bool | None
    eur_a: float
    eur_b: float
    usd_a: float
    usd_b: float
    eur_ratio: float
    usd_ratio: float
    surface_a: str
    surface_b: str
    speaker_a: str
    speaker_b: str
    source_a: str
    source_b: str
    sentence_a: str
    sentence_b: str


def verdicts_frame(rows: Sequence[Verdict]) -> pd.DataFrame:
    """Verdicts as one table (:data:`PAIR_COLUMNS`); ``overlap*`` are nullable booleans."""
    out = pd.DataFrame([[getattr(v, n) for n in PAIR_COLUMNS] for v in rows],
                       columns=list(PAIR_COLUMNS))
    for col in ("overlap", "overlap_eur", "overlap_usd"):
        out[col] = out[col].astype("boolean")
    out["grouped"] = out["grouped"].astype(bool)
    out["same_figure"] = out["same_figure"].astype(bool)
    return out
