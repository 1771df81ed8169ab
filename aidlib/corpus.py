"""Read and validate the article corpus: raw texts plus one metadata row per article.

Layout of a corpus folder (``data/`` in this repository)::

    articles.csv        one row per article (see data/README.md for the columns)
    articles/<file>     the raw text, exactly as received, UTF-8

Every problem found is reported as a :class:`CorpusError` naming the file, the row and
the field. With ``errors="collect"`` the good articles still load and the problems are
kept on :attr:`Corpus.problems`, so one bad file loses nothing else.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import CorpusError

__all__ = ["METADATA_FILE", "Article", "ArticleMeta", "Corpus", "default_data_dir", "load_corpus"]

METADATA_FILE = "articles.csv"
ARTICLES_DIR = "articles"


def default_data_dir() -> Path:
    """The corpus folder: ``$AIDLIB_DATA`` if set, else ``data/`` of this repository."""
    env = os.environ.get("AIDLIB_DATA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"


class ArticleMeta(BaseModel):
    """One validated row of ``articles.csv``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    file: str = Field(min_length=1)
    headline: str = Field(min_length=1)
    outlet: str | None = None
    author: str | None = None
    language: str = Field(pattern=r"^[a-z]{2}$")
    published: date
    published_earliest: date
    published_latest: date
    date_evidence: str = Field(min_length=20)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    added: date

    @model_validator(mode="after")
    def _date_window(self) -> ArticleMeta:
        if not self.published_earliest <= self.published <= self.published_latest:
            raise ValueError(
                "published must lie between published_earliest and published_latest"
            )
        return self


@dataclass(frozen=True)
class Article:
    """A raw article with its metadata. ``text`` is the file's content, never altered."""

    meta: ArticleMeta
    path: Path
    text: str

    @property
    def id(self) -> str:
        """The article's id (the source id of every figure taken from it)."""
        return self.meta.id

    @property
    def published(self) -> date:
        """Best estimate of the publication date; relative dates resolve against it."""
        return self.meta.published


@dataclass(frozen=True)
class Corpus:
    """The loaded articles, in metadata order, and any problems met while loading."""

    articles: tuple[Article, ...]
    root: Path
    problems: tuple[CorpusError, ...] = field(default=())

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"no article with id {article_id!r} in {self.root}")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (the checksum recorded in ``articles.csv``)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_rows(meta_path: Path) -> list[dict[str, str]]:
    if not meta_path.is_file():
        raise CorpusError(meta_path, "metadata file not found")
    try:
        raw = meta_path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(meta_path, f"not valid UTF-8 at byte {exc.start}") from exc
    if not raw.strip():
        raise CorpusError(meta_path, "metadata file is empty")
    try:
        reader = csv.DictReader(raw.splitlines())
        rows = list(reader)
    except csv.Error as exc:
        raise CorpusError(meta_path, f"malformed CSV: {exc}") from exc
    missing = set(ArticleMeta.model_fields) - set(reader.fieldnames or ())
    if missing:
        raise CorpusError(meta_path, f"missing column(s): {', '.join(sorted(missing))}")
    return rows


def _validate_row(meta_path: Path, row_no: int, row: dict[str, str | None]) -> ArticleMeta:
    if None in row:
        raise CorpusError(meta_path, "more values than columns", row=row_no)
    clean = {k: (v if v not in ("", None) else None) for k, v in row.items()}
    try:
        return ArticleMeta.model_validate(clean)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or None
        value = row.get(loc, "") if loc else ""
        raise CorpusError(
            meta_path, f"{first['msg']} (got {value!r})", field=loc, row=row_no
        ) from exc


def _read_text(path: Path, meta: ArticleMeta) -> str:
    if not path.is_file():
        raise CorpusError(path, f"article file for id {meta.id!r} not found")
    data = path.read_bytes()
    if not data.strip():
        raise CorpusError(path, "article file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"not valid UTF-8 at byte {exc.start}") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != meta.sha256:
        raise CorpusError(
            path,
            f"checksum {digest[:12]}… does not match articles.csv ({meta.sha256[:12]}…): "
            "raw articles are never edited; record a new file instead",
        )
    return text


def load_corpus(
    root: str | Path | None = None, *, errors: Literal["raise", "collect"] = "raise"
) -> Corpus:
    """Load and validate every article listed in ``root/articles.csv``.

    ``errors="raise"`` raises the first :class:`CorpusError` after checking everything
    (its message lists all problems); ``errors="collect"`` returns the good articles and
    keeps the problems on ``Corpus.problems``.

    >>> corpus = load_corpus()
    >>> len(corpus) >= 5 and not corpus.problems
    True
    """
    base = Path(root) if root is not None else default_data_dir()
    meta_path = base / METADATA_FILE
    rows = _read_rows(meta_path)  # without a readable metadata file nothing can load
    problems: list[CorpusError] = []
    articles: list[Article] = []
    seen_ids: dict[str, int] = {}
    listed_files: set[str] = set()
    for row_no, row in enumerate(rows, start=2):  # row 1 is the header
        listed_files.add((row.get("file") or "").strip())  # listed, even if the row is bad
        try:
            meta = _validate_row(meta_path, row_no, dict(row))
            if meta.id in seen_ids:
                raise CorpusError(
                    meta_path,
                    f"duplicate id {meta.id!r} (first on row {seen_ids[meta.id]})",
                    field="id",
                    row=row_no,
                )
            seen_ids[meta.id] = row_no
            path = base / ARTICLES_DIR / meta.file
            articles.append(Article(meta=meta, path=path, text=_read_text(path, meta)))
        except CorpusError as exc:
            problems.append(exc)
    folder = base / ARTICLES_DIR
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name not in listed_files and not path.name.startswith("."):
                problems.append(CorpusError(path, "article file has no row in articles.csv"))
    if problems and errors == "raise":
        if len(problems) == 1:
            raise problems[0]
        listing = "; ".join(str(p) for p in problems)
        combined = CorpusError(meta_path, f"{len(problems)} problems: {listing}")
        combined.problems = tuple(problems)
        raise combined
    return Corpus(articles=tuple(articles), root=base, problems=tuple(problems))
