"""Shared helpers: a writable copy of the real corpus and edits to its ``articles.csv``."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path
from typing import Any

from aidlib.corpus import METADATA_FILE

DATA = Path(__file__).resolve().parent.parent / "data"


def copy_corpus(tmp_path: Path) -> Path:
    """A writable copy of the real corpus in ``tmp_path/corpus`` (its parent stays free)."""
    root = tmp_path / "corpus"
    shutil.copytree(DATA / "articles", root / "articles")
    shutil.copy(DATA / METADATA_FILE, root / METADATA_FILE)
    return root


def rows(root: Path) -> list[dict[str, str]]:
    """The rows of ``root/articles.csv``."""
    with (root / METADATA_FILE).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(root: Path, table: list[dict[str, str]], **fmt: Any) -> None:
    """Write ``root/articles.csv``; ``fmt`` goes to the csv writer (e.g. ``delimiter``)."""
    with (root / METADATA_FILE).open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]), **{"lineterminator": "\n", **fmt})
        writer.writeheader()
        writer.writerows(table)


def edit(root: Path, row: int, **changes: str) -> None:
    """Change fields of one row (0-based, the header not counted)."""
    table = rows(root)
    table[row].update(changes)
    write(root, table)


def reseal(root: Path, row: int, data: bytes, name: str | None = None) -> Path:
    """Write an article's bytes (to ``name`` under articles/ if given) with a matching checksum."""
    table = rows(root)
    if name is not None:
        table[row]["file"] = name
    path = root / "articles" / table[row]["file"]
    path.write_bytes(data)
    table[row]["sha256"] = hashlib.sha256(data).hexdigest()
    write(root, table)
    return path
