"""Named errors: each says what was wrong and where.

Bad input (a file that cannot be read or does not validate) and missing data (no ECB
rate for a currency on a day) are different errors, so callers can tell them apart.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AidlibError",
    "BadDate",
    "CorpusError",
    "RateNotFound",
    "TextTooLong",
    "UnknownCurrency",
]


class AidlibError(Exception):
    """Base class of every error raised by aidlib."""


class CorpusError(AidlibError):
    """An article or metadata file is missing, malformed or inconsistent.

    >>> str(CorpusError("data/articles.csv", "duplicate id 'x'", field="id", row=3))
    "data/articles.csv, row 3, field 'id': duplicate id 'x'"
    """

    def __init__(
        self, path: str | Path, problem: str, *, field: str | None = None, row: int | None = None
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.field = field
        self.row = row
        self.problems: tuple[CorpusError, ...] = (self,)  # several, when one error sums up many
        where = str(path)
        if row is not None:
            where += f", row {row}"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {problem}")


class UnknownCurrency(AidlibError):
    """A currency code that is not ISO 4217 or that the ECB data does not know at all."""


class RateNotFound(AidlibError):
    """The ECB data has no rate for a currency on a date (before, after or outside its series).

    >>> str(RateNotFound("UAH has no ECB rate on 2024-03-01"))
    'UAH has no ECB rate on 2024-03-01'
    """


class BadDate(AidlibError, TypeError):
    """A date argument that is not a :class:`datetime.date` (a datetime, string, NaT, None).

    >>> str(BadDate("rate() needs a datetime.date, got str '2025-04-11'"))
    "rate() needs a datetime.date, got str '2025-04-11'"
    """


class TextTooLong(AidlibError, ValueError):
    """A text longer than a parser's size limit (see ``money.MAX_TEXT_CHARS``)."""
