"""Typed reads of DataFrame cells in tests.

pandas-stubs types a cell (``row.start`` of ``itertuples()``, ``table.loc[i, col]``) as any
scalar pandas can hold; these narrow it to the type the column documents, and fail the test
with the value when it holds something else (a NaN where an offset should be, say).
"""

from __future__ import annotations

from typing import Any, TypeVar

import numpy as np
import pandas as pd

T = TypeVar("T")


def as_str(value: object) -> str:
    """A text cell."""
    assert isinstance(value, str), f"expected text, found {value!r}"
    return value


def as_int(value: object) -> int:
    """An integer cell (a character offset, a count); never a float or a bool."""
    assert isinstance(value, int | np.integer) and not isinstance(value, bool), (
        f"expected an integer, found {value!r}")
    return int(value)


def as_timestamp(value: object) -> pd.Timestamp:
    """A datetime cell that holds a time (NaT is not one)."""
    assert isinstance(value, pd.Timestamp), f"expected a timestamp, found {value!r}"
    return value


def as_items(value: object, kind: type[T]) -> list[T]:
    """A list or tuple cell whose every item is a ``kind``."""
    assert isinstance(value, list | tuple), f"expected a list, found {value!r}"
    items = [item for item in value if isinstance(item, kind)]
    assert len(items) == len(value), f"expected items of {kind.__name__}, found {value!r}"
    return items


def as_row(value: pd.Series[Any] | pd.DataFrame) -> pd.Series[Any]:
    """``table.loc[label]`` of a unique label: one row, not a frame of several."""
    assert isinstance(value, pd.Series), f"expected one row, found {len(value)}"
    return value
