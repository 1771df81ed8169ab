"""Read and validate the article corpus: raw texts plus one metadata row per article.

Layout of a corpus folder (``data/`` in this repository)::

    articles.csv        one row per article (see data/README.md for the columns)
    articles/<file>     the raw text, exactly as received, UTF-8

Every problem found is reported as a :class:`CorpusError` naming the file, the row and
the field. With ``errors="collect"`` the good articles still load and the problems are
kept on :attr:`Corpus.problems`, so one bad file loses nothing else.

Rules for hostile input:

- ``articles.csv`` is read with the csv module as a spreadsheet writes it: a UTF-8 BOM is
  skipped, the separator (``,``, ``;`` or tab) is told from the header, line breaks inside
  quoted fields (CRLF, U+2028, U+0085) stay in the field, unknown columns are ignored with
  a logged warning.
- ``file`` must resolve (symlinks followed) to a file inside ``articles/``: no ``..``, no
  absolute path, no symlink out.
- An article above ``max_bytes`` (default :data:`DEFAULT_MAX_BYTES`, or
  ``$AIDLIB_MAX_ARTICLE_BYTES``) is refused before it is read.
- Publication dates lie in the ECB era: from 1999-01-04 (the first reference rate) to at
  most :data:`MAX_DAYS_AHEAD` days after today. Not "tomorrow": constructed test articles
  (``tests/fixtures/unseen``) are dated a few weeks ahead to test dates past the ECB data;
  a year catches the typos (9999-12-31, 2205) that broke date arithmetic downstream.
- Only English is supported: an article whose ``language`` is not ``en``, or whose text does
  not read as English, loads with a note (:attr:`Article.notes`, :attr:`Corpus.notes`) and
  a logged warning, so that finding no figures in it is not silence.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import CorpusError
from .lexicon import ENGLISH_STOP_WORDS, ISO_4217_CODES, OUTLET_DOLLARS

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ECB_FIRST_DAY",
    "MAX_DAYS_AHEAD",
    "METADATA_FILE",
    "Article",
    "ArticleMeta",
    "Corpus",
    "default_data_dir",
    "load_corpus",
]

log = logging.getLogger(__name__)

METADATA_FILE = "articles.csv"
ARTICLES_DIR = "articles"
DEFAULT_MAX_BYTES = 5_000_000  # a long feature is ~50 KB; 5 MB leaves room, refuses a dump
MAX_BYTES_ENV = "AIDLIB_MAX_ARTICLE_BYTES"
ECB_FIRST_DAY = date(1999, 1, 4)  # the first ECB reference rate: nothing earlier converts
MAX_DAYS_AHEAD = 366  # the latest publication date accepted, in days after today
SUPPORTED_LANGUAGE = "en"
SEPARATORS = (",", ";", "\t")  # what spreadsheets write, in order of preference

# Text reads as English when at least this share of its words are English stop words (the
# corpus's articles score 0.29-0.36, a French wire 0.02); shorter texts are not judged.
MIN_STOP_WORD_SHARE = 0.12
MIN_WORDS_TO_JUDGE = 40
_WORD_RE = re.compile(r"[^\W\d_]+")  # a run of letters, any script


def default_data_dir() -> Path:
    """The corpus folder: ``$AIDLIB_DATA`` if set, else ``data/`` of this repository."""
    env = os.environ.get("AIDLIB_DATA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"


# Columns ``articles.csv`` may leave out (a corpus made before they existed still loads).
OPTIONAL_COLUMNS: frozenset[str] = frozenset({"dollar"})


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
    dollar: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")  # a bare "$": optional

    @field_validator("published", "published_earliest", "published_latest")
    @classmethod
    def _ecb_era(cls, day: date) -> date:
        latest = date.today() + timedelta(days=MAX_DAYS_AHEAD)
        if not ECB_FIRST_DAY <= day <= latest:
            raise ValueError(
                f"must lie between {ECB_FIRST_DAY} (the first ECB rate) and {latest} "
                f"({MAX_DAYS_AHEAD} days after today)"
            )
        return day

    @field_validator("dollar")
    @classmethod
    def _iso_code(cls, code: str | None) -> str | None:
        if code is not None and code not in ISO_4217_CODES:
            raise ValueError(f"{code!r} is not an ISO 4217 currency code")
        return code

    @model_validator(mode="after")
    def _date_window(self) -> ArticleMeta:
        if not self.published_earliest <= self.published <= self.published_latest:
            raise ValueError(
                "published must lie between published_earliest and published_latest"
            )
        return self


_OUTLET_DOLLAR_RE: dict[str, re.Pattern[str]] = {
    code: re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")
    for code, words in OUTLET_DOLLARS.items()
}


def outlet_dollar(outlet: str) -> str:
    """The dollar a bare "$" means in ``outlet``'s copy: USD unless its name places it in
    one (and only one) other dollar country.

    >>> outlet_dollar("The Sydney Morning Herald"), outlet_dollar("Reuters")
    ('AUD', 'USD')
    """
    found = [code for code, pattern in _OUTLET_DOLLAR_RE.items() if pattern.search(outlet)]
    return found[0] if len(found) == 1 else "USD"


@dataclass(frozen=True)
class Article:
    """A raw article with its metadata. ``text`` is the file's content, never altered."""

    meta: ArticleMeta
    path: Path
    text: str
    notes: tuple[str, ...] = ()  # what a reader must know: "language 'fr' is not supported"

    @property
    def id(self) -> str:
        """The article's id (the source id of every figure taken from it)."""
        return self.meta.id

    @property
    def published(self) -> date:
        """Best estimate of the publication date; relative dates resolve against it."""
        return self.meta.published

    @property
    def dollar(self) -> str:
        """What a bare "$" or "dollars" means here: the ``dollar`` column, else the dollar of
        the country the outlet's name points to (:data:`~aidlib.lexicon.OUTLET_DOLLARS`),
        else USD."""
        return self.meta.dollar or outlet_dollar(self.meta.outlet or "")


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

    @property
    def notes(self) -> tuple[tuple[str, str], ...]:
        """(article id, note) for every article that loaded with a note."""
        return tuple((a.id, note) for a in self.articles for note in a.notes)

    def __getitem__(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"no article with id {article_id!r} in {self.root}")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (the checksum recorded in ``articles.csv``)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _separator(meta_path: Path, header: str) -> str:
    """The separator that splits the header into the most known column names."""
    known = set(ArticleMeta.model_fields)
    best = max(SEPARATORS, key=lambda sep: len(known & {c.strip() for c in header.split(sep)}))
    if len(known & {c.strip() for c in header.split(best)}) < 2:
        raise CorpusError(
            meta_path,
            f"cannot read the header {header[:60]!r}: expected column names such as id, file "
            f"separated by one of {', '.join(repr(s) for s in SEPARATORS)}",
            row=1,
        )
    return best


def _read_rows(meta_path: Path) -> list[dict[str, str]]:
    if not meta_path.is_file():
        raise CorpusError(meta_path, "metadata file not found")
    try:
        raw = meta_path.read_bytes().decode("utf-8-sig")  # a spreadsheet's BOM is skipped
    except UnicodeDecodeError as exc:
        raise CorpusError(meta_path, f"not valid UTF-8 at byte {exc.start}") from exc
    if not raw.strip():
        raise CorpusError(meta_path, "metadata file is empty")
    header = raw.split("\n", 1)[0]  # the header has no quoted line breaks
    separator = _separator(meta_path, header)
    columns: list[str] = []
    rows: list[dict[str, str]] = []
    try:
        # newline="" semantics: csv splits records itself, so line breaks inside quoted
        # fields (CRLF, U+2028, U+0085) stay in the field; str.splitlines would cut them.
        reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=separator)
        columns = [c.strip() for c in reader.fieldnames or ()]
        reader.fieldnames = columns  # " id" in a hand-edited header is still "id"
        for row in reader:
            rows.append(row)
    except csv.Error as exc:  # e.g. a field above csv's size limit, an unclosed quote
        where = len(rows) + 2 if columns else 1  # the record that failed (header = row 1)
        raise CorpusError(meta_path, f"malformed CSV: {exc}", row=where) from exc
    missing = set(ArticleMeta.model_fields) - set(columns) - OPTIONAL_COLUMNS
    if missing:
        raise CorpusError(meta_path, f"missing column(s): {', '.join(sorted(missing))}", row=1)
    unknown = [c for c in columns if c not in ArticleMeta.model_fields]
    if unknown:
        log.warning("%s: unknown column(s) ignored: %s", meta_path, ", ".join(unknown))
    return rows


def _validate_row(meta_path: Path, row_no: int, row: dict[str, str | None]) -> ArticleMeta:
    if None in row:
        raise CorpusError(meta_path, "more values than columns", row=row_no)
    clean = {
        k: (v if v not in ("", None) else None)
        for k, v in row.items()
        if k in ArticleMeta.model_fields  # unknown columns were reported once, by _read_rows
    }
    try:
        return ArticleMeta.model_validate(clean)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or None
        value = row.get(loc, "") if loc else ""
        raise CorpusError(
            meta_path, f"{first['msg']} (got {value!r})", field=loc, row=row_no
        ) from exc


def _article_path(meta_path: Path, row_no: int, folder: Path, meta: ArticleMeta) -> Path:
    """The article's path, refused unless it resolves (symlinks followed) inside ``folder``."""
    path = folder / meta.file
    inside = folder.resolve()
    if Path(meta.file).is_absolute() or not path.resolve().is_relative_to(inside):
        raise CorpusError(
            meta_path,
            f"{meta.file!r} is not inside articles/: files must resolve inside {folder} "
            "(no '..', no absolute path, no symlink out)",
            field="file",
            row=row_no,
        )
    return path


def _read_text(
    path: Path, meta: ArticleMeta, *, meta_path: Path, row_no: int, max_bytes: int
) -> str:
    if not path.is_file():
        raise CorpusError(path, f"article file for id {meta.id!r} not found")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            meta_path,
            f"{meta.file} is {size} bytes, above the limit of {max_bytes} bytes: raise it with "
            f"load_corpus(max_bytes=...) or ${MAX_BYTES_ENV}, or split the article",
            field="file",
            row=row_no,
        )
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


def language_notes(meta: ArticleMeta, text: str) -> tuple[str, ...]:
    """Notes for an article the English rules may not read: its language, or its words.

    >>> meta = load_corpus()["000_e8e64c1f65c5a224"].meta
    >>> language_notes(meta, "Les alliés ont promis une aide de la part des pays " * 5)[0][:39]
    'text does not look like English (0% of '
    """
    notes: list[str] = []
    if meta.language != SUPPORTED_LANGUAGE:
        notes.append(
            f"language {meta.language!r} is not supported: the rules read English only, "
            "so figures and events may be missed"
        )
    words = _WORD_RE.findall(text.lower())
    if len(words) >= MIN_WORDS_TO_JUDGE:
        share = sum(w in ENGLISH_STOP_WORDS for w in words) / len(words)
        if share < MIN_STOP_WORD_SHARE:
            notes.append(
                f"text does not look like English ({share:.0%} of its words are English stop "
                f"words; English text has about 30%): figures and events may be missed"
            )
    return tuple(notes)


def _max_bytes(given: int | None) -> int:
    if given is not None:
        return given
    env = os.environ.get(MAX_BYTES_ENV)
    if env is None:
        return DEFAULT_MAX_BYTES
    try:
        return int(env)
    except ValueError:
        raise ValueError(f"${MAX_BYTES_ENV} must be a whole number of bytes, got {env!r}") from None


def load_corpus(
    root: str | Path | None = None,
    *,
    errors: Literal["raise", "collect"] = "raise",
    max_bytes: int | None = None,
) -> Corpus:
    """Load and validate every article listed in ``root/articles.csv``.

    ``errors="raise"`` raises the first :class:`CorpusError` after checking everything
    (its message lists all problems); ``errors="collect"`` returns the good articles and
    keeps the problems on ``Corpus.problems``. An article larger than ``max_bytes`` (default
    ``$AIDLIB_MAX_ARTICLE_BYTES``, else :data:`DEFAULT_MAX_BYTES`) is refused.

    >>> corpus = load_corpus()
    >>> len(corpus) >= 5 and not corpus.problems
    True
    """
    base = Path(root) if root is not None else default_data_dir()
    limit = _max_bytes(max_bytes)
    meta_path = base / METADATA_FILE
    folder = base / ARTICLES_DIR
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
            path = _article_path(meta_path, row_no, folder, meta)
            text = _read_text(path, meta, meta_path=meta_path, row_no=row_no, max_bytes=limit)
            notes = language_notes(meta, text)
            for note in notes:
                log.warning("%s (row %d, id %s): %s", meta_path, row_no, meta.id, note)
            articles.append(Article(meta=meta, path=path, text=text, notes=notes))
        except CorpusError as exc:
            problems.append(exc)
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
