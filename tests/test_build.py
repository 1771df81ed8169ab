"""The committed derived tables are exactly what the code produces now."""

from __future__ import annotations

from pathlib import Path

import pytest

from aidlib.build import TABLES, derived_tables

DERIVED = Path(__file__).resolve().parent.parent / "data" / "derived"


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    return derived_tables()


@pytest.mark.parametrize("name", list(TABLES))
def test_derived_table_is_current(name: str, fresh: dict[str, str]) -> None:
    path = DERIVED / f"{name}.csv"
    assert path.is_file(), f"{path} missing: run python3 tasks.py build"
    assert path.read_text(encoding="utf-8") == fresh[name], (
        f"{path} is stale: run `python -m aidlib.build` and commit the result"
    )


def test_build_is_deterministic(fresh: dict[str, str]) -> None:
    assert derived_tables() == fresh
