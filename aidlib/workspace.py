"""Your own corpus folder: create it, add articles to it, check it.

A corpus folder is laid out like ``data/`` (see ``data/README.md``)::

    README.md          what the folder is (written by :func:`init`)
    articles.csv       one row per article: the metadata :func:`aidlib.corpus.load_corpus` reads
    articles/<id>.txt  the text that is analysed, UTF-8
    pages.csv          one row per saved web page (only once a page has been added)
    pages/<id>.html    the page exactly as saved: the raw file of that article

A plain text file is copied unchanged to ``articles/``. A saved web page is copied unchanged
to ``pages/``; trafilatura extracts its main text, written once to ``articles/<id>.txt``, and
htmldate its publication date. ``pages.csv`` records the page's checksum beside the checksum
of the text taken from it, so :func:`check` can tell if either was edited. The loader reads
only ``articles/``, so the analysis never depends on the trafilatura version installed later.

Every add is all or nothing: all files are read and judged first; if any is refused nothing
is written, and otherwise each file is written to a temporary name and moved into place with
``os.replace``, ``articles.csv`` last.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Final, Literal

from pydantic import ValidationError

from .corpus import ARTICLES_DIR, METADATA_FILE, SEPARATORS, ArticleMeta, load_corpus
from .errors import AidlibError, CorpusError

__all__ = [
    "HTML_SUFFIXES",
    "PAGES_DIR",
    "PAGES_FILE",
    "AddOptions",
    "AddRefused",
    "Added",
    "PageRecord",
    "add",
    "check",
    "init",
    "is_corpus",
    "prepare",
]

PAGES_DIR: Final = "pages"
PAGES_FILE: Final = "pages.csv"
PAGE_COLUMNS: Final = ("id", "page", "page_sha256", "text_sha256", "url", "extracted_with")
HTML_SUFFIXES: Final = frozenset({".html", ".htm"})
COLUMNS: Final = tuple(ArticleMeta.model_fields)  # articles.csv, in the loader's order
_UNSAFE_ID: Final = re.compile(r"[^A-Za-z0-9_.-]+")  # anything an id may not hold

README_TEXT: Final = """\
# A corpus folder for aidlib

Made by `aidlib init`. Add articles with `aidlib add`, never by editing `articles/`:

    aidlib add . story.txt --published 2025-06-12 --outlet "The Herald"
    aidlib add . saved-page.html          # date and text read from the page
    aidlib check .                        # every problem in the folder at once
    aidlib build .                        # tables in derived/, the site in site/

- `articles/`: the texts that are analysed, as received (UTF-8); `articles.csv`: one row
  per article with its checksum and how its publication date was found.
- `pages/`, `pages.csv`: saved web pages kept exactly as saved, with the text taken from them.
- Optional `people.yaml` and `actors.yaml` (same format as aidlib's `data/`) add people,
  aliases, countries and bodies to the bundled ones.
- `derived/` and `site/` are written by `aidlib build`: do not edit them.
"""


class AddRefused(AidlibError):
    """A file cannot be added; the message says why and how to fix it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class PageRecord:
    """One row of ``pages.csv``: a saved web page and the text extracted from it."""

    id: str
    page: str
    page_sha256: str
    text_sha256: str
    url: str
    extracted_with: str


@dataclass(frozen=True)
class Added:
    """What adding one file does: the metadata row, the bytes to write, or nothing."""

    source: Path
    meta: ArticleMeta
    text: bytes  # written to articles/<meta.file>
    page: bytes | None = None  # the raw page, written to pages/<page_record.page>
    page_record: PageRecord | None = None
    status: Literal["new", "unchanged"] = "new"
    note: str = ""
    date_found: str = ""  # where the date came from: command line, page metadata, URL


def is_corpus(root: Path) -> bool:
    """True if ``root`` holds an ``articles.csv``."""
    return (root / METADATA_FILE).is_file()


def _csv_text(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def init(root: str | Path) -> Path:
    """Create an empty, valid corpus folder at ``root`` (which must be new or empty).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = init(Path(tmp) / "mine")
    ...     sorted(p.name for p in folder.iterdir()), len(load_corpus(folder))
    (['README.md', 'articles', 'articles.csv'], 0)
    """
    base = Path(root)
    if is_corpus(base):
        raise AddRefused(base, "is already a corpus folder (it has an articles.csv)")
    if base.exists() and (not base.is_dir() or any(base.iterdir())):
        raise AddRefused(base, "exists and is not an empty folder; choose a new folder name")
    (base / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    (base / "README.md").write_text(README_TEXT, encoding="utf-8")
    _write_atomic(base / METADATA_FILE, _csv_text(COLUMNS, []).encode("utf-8"))
    return base


@dataclass(frozen=True)
class _Layout:
    """How an existing CSV file is written: separator, column order, line ending."""

    separator: str
    columns: tuple[str, ...]
    newline: str


def _layout(path: Path) -> _Layout:
    """The layout of ``path``, told from its header as the loader tells it (BOM, ``;``, CRLF)."""
    raw = path.read_bytes().decode("utf-8-sig")
    header = raw.split("\n", 1)[0].rstrip("\r")
    separator = max(SEPARATORS, key=lambda sep: len(header.split(sep)))
    columns = tuple(c.strip() for c in next(csv.reader([header], delimiter=separator), []))
    return _Layout(separator, columns, "\r\n" if "\r\n" in raw[: len(header) + 2] else "\n")


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file (none if it does not exist); unreadable is :class:`AddRefused`."""
    if not path.is_file():
        return []
    try:
        layout = _layout(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=layout.separator)
            reader.fieldnames = list(layout.columns)
            return [row for i, row in enumerate(reader) if i]  # row 0 is the header again
    except (UnicodeDecodeError, csv.Error) as exc:
        raise AddRefused(path, f"cannot be read ({exc}); see `aidlib check`") from exc


def _page_records(root: Path) -> list[PageRecord]:
    records = []
    for row in _rows(root / PAGES_FILE):
        records.append(PageRecord(**{k: row.get(k) or "" for k in PAGE_COLUMNS}))
    return records


def article_id(path: Path) -> str:
    """The id a file gets: its name without the extension, reduced to ``[A-Za-z0-9_.-]``.

    >>> article_id(Path("Nordic pledge (June).html"))
    'Nordic-pledge-June'
    """
    return _UNSAFE_ID.sub("-", path.stem).strip("-.") or "article"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return ""


@dataclass(frozen=True)
class _Page:
    text: str
    title: str | None
    sitename: str | None
    url: str | None
    published: date | None
    evidence: str | None
    found_in: str | None  # "page metadata" or "URL"


def _read_page(path: Path, data: bytes, url: str | None) -> _Page:
    """Main text (trafilatura) and publication date (htmldate) of a saved web page."""
    import htmldate  # imported here: only adding a web page needs them
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise AddRefused(path, f"cannot be read as an HTML page: {exc}") from exc
    text = trafilatura.extract(tree, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise AddRefused(path, "trafilatura found no article text in this page")
    meta = trafilatura.extract_metadata(tree)
    page_url = url or (meta.url if meta and meta.url else None)
    published: date | None = None
    evidence: str | None = None
    found_in: str | None = None
    tool = f"htmldate {version('htmldate')}"
    # The page's own markup first (metadata, structured data, <time>): no guessing from prose.
    found = htmldate.find_date(tree, extensive_search=False, original_date=True)
    if found:
        published = date.fromisoformat(found)
        evidence = f"Read by {tool} from the page's metadata ({path.name})."
        found_in = "page metadata"
    elif page_url:
        # A date in the URL (/2025/06/12/...): htmldate reads it without fetching anything.
        found = htmldate.find_date("<html><body></body></html>", url=page_url,
                                   extensive_search=False)
        if found:
            published = date.fromisoformat(found)
            evidence = f"Read by {tool} from the page's URL ({page_url})."
            found_in = "URL"
    return _Page(
        text=text.strip() + "\n",
        title=meta.title if meta else None,
        sitename=meta.sitename if meta else None,
        url=page_url,
        published=published,
        evidence=evidence,
        found_in=found_in,
    )


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise AddRefused(path, "is empty")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AddRefused(
            path,
            f"is not valid UTF-8 (byte {exc.start}); articles are stored unchanged, so save "
            "it as UTF-8 text first (e.g. `iconv -f cp1252 -t utf-8`)",
        ) from exc


@dataclass(frozen=True)
class AddOptions:
    """What the user says about the files being added (the options of ``aidlib add``).

    ``published`` wins over a date found in a page; without it, a plain text file is
    refused, since nothing in it says when it was published. ``today`` is the ``added`` date.
    """

    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    headline: str | None = None
    language: str = "en"
    today: date | None = None
    dollar: str | None = None  # what a bare "$" means, when the outlet's name does not say


def _publication(
    path: Path, page: _Page | None, given: date | None, today: date
) -> tuple[date, str, str]:
    """The publication date, how it was found (``date_evidence``) and where, in a few words."""
    if given is not None:
        evidence = f"Given on the command line (aidlib add --published {given}) on {today}."
        if page is not None and page.published is not None and page.published != given:
            evidence += f" The page's own date is {page.published}: {page.evidence}"
        published, found_in = given, "command line"
    elif page is not None and page.published is not None:
        published, evidence = page.published, page.evidence or ""
        found_in = page.found_in or "page"
    else:
        where = ("in the page's metadata or URL (or give --url if the page's address "
                 "carries the date)") if page is not None else "in a plain text file"
        raise AddRefused(path, f"no publication date found {where}; give it with "
                               "--published YYYY-MM-DD")
    return published, evidence, found_in


def prepare(root: str | Path, source: str | Path, options: AddOptions | None = None) -> Added:
    """Read and judge one file for ``root``, writing nothing; :class:`AddRefused` if refused."""
    opts = options or AddOptions()
    base, path = Path(root), Path(source)
    today = opts.today or date.today()
    if not path.is_file():
        raise AddRefused(path, "file not found")
    data = path.read_bytes()
    art_id = article_id(path)
    is_page = path.suffix.lower() in HTML_SUFFIXES
    page: _Page | None = None
    if is_page:
        if not data.strip():
            raise AddRefused(path, "is empty")
        page = _read_page(path, data, opts.url)
        text = page.text
        raw = text.encode("utf-8")
    else:
        text = _decode(path, data)
        raw = data
    existing = _existing(base, art_id, hashlib.sha256(data).hexdigest(), is_page, path)
    if existing is not None:
        return existing
    published, evidence, found_in = _publication(path, page, opts.published, today)
    title = opts.headline or (page.title if page else None) or _first_line(text)
    file_name = f"{art_id}.txt" if is_page else f"{art_id}{path.suffix.lower() or '.txt'}"
    page_name = f"{art_id}{path.suffix.lower()}"
    for target in (Path(ARTICLES_DIR) / file_name, Path(PAGES_DIR) / page_name)[: 1 + is_page]:
        if (base / target).exists():
            raise AddRefused(path, f"{target} is already in {base} but has no row in "
                                   f"{METADATA_FILE}; remove it (see `aidlib check`)")
    try:
        meta = ArticleMeta(
            id=art_id,
            file=file_name,
            headline=title or art_id,
            outlet=opts.outlet or (page.sitename if page else None),
            author=None,
            language=opts.language,
            published=published,
            published_earliest=published,
            published_latest=published,
            date_evidence=evidence,
            sha256=hashlib.sha256(raw).hexdigest(),
            added=today,
            dollar=opts.dollar,
        )
    except ValidationError as exc:  # the loader's own rules (dates, language, id)
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "row"
        raise AddRefused(path, f"{field}: {error['msg']}") from exc
    record = None
    if page is not None:
        record = PageRecord(
            id=art_id,
            page=page_name,
            page_sha256=hashlib.sha256(data).hexdigest(),
            text_sha256=meta.sha256,
            url=page.url or "",
            extracted_with=f"trafilatura {version('trafilatura')}",
        )
    return Added(source=path, meta=meta, text=raw, page=data if page else None,
                 page_record=record, date_found=found_in)


def _existing(base: Path, art_id: str, digest: str, is_page: bool, path: Path) -> Added | None:
    """``Added(status="unchanged")`` if this file is already in; refuse a clash of ids."""
    rows = _rows(base / METADATA_FILE)
    pages = {r.id: r for r in _page_records(base)}
    for row in rows:
        page = pages.get(row.get("id", ""))
        same = page.page_sha256 == digest if page else row.get("sha256") == digest
        if same:
            try:
                meta = ArticleMeta.model_validate({k: v or None for k, v in row.items()})
            except ValueError as exc:
                raise AddRefused(path, f"is already in the corpus as {row.get('id')!r}, but "
                                       "its row is invalid; see `aidlib check`") from exc
            return Added(source=path, meta=meta, text=b"", status="unchanged",
                         note=f"already in the corpus as {meta.id!r}")
    for row in rows:
        if row.get("id") == art_id:
            kind = "page" if is_page else "file"
            raise AddRefused(
                path,
                f"id {art_id!r} already holds a different {kind} ({row.get('file')}, added "
                f"{row.get('added')}); rename the new file to add it under another id",
            )
    return None


def add(
    root: str | Path, sources: Sequence[str | Path], options: AddOptions | None = None
) -> list[Added]:
    """Add ``sources`` to the corpus at ``root``: all of them, or (on any refusal) none.

    Raises :class:`AddRefused` listing every refused file; the folder is then unchanged.
    """
    base = Path(root)
    if not is_corpus(base):
        raise AddRefused(base, "is not a corpus folder (no articles.csv); create it with "
                               "`aidlib init`")
    opts = options or AddOptions()
    if len(sources) > 1 and (opts.url or opts.headline):
        raise AddRefused(base, "--url and --headline describe one file; add files one by one")
    plans: list[Added] = []
    refusals: list[AddRefused] = []
    for source in sources:
        try:
            plan = prepare(base, source, opts)
        except AddRefused as exc:
            refusals.append(exc)
            continue
        clash = next((p for p in plans if p.meta.id == plan.meta.id), None)
        if clash is not None and plan.status == "new":
            refusals.append(AddRefused(
                plan.source, f"gets the same id {plan.meta.id!r} as {clash.source}; rename one"))
            continue
        plans.append(plan)
    if refusals:
        if len(refusals) == 1:
            raise refusals[0]
        error = AddRefused(base, "; ".join(str(r) for r in refusals))
        error.refusals = tuple(refusals)  # type: ignore[attr-defined]
        raise error
    _commit(base, [p for p in plans if p.status == "new"])
    return plans


def _commit(base: Path, plans: Sequence[Added]) -> None:
    """Write the new files, then the metadata; undo the files if the metadata write fails."""
    if not plans:
        return
    written: list[Path] = []
    try:
        for plan in plans:
            target = base / ARTICLES_DIR / plan.meta.file
            _write_atomic(target, plan.text)
            written.append(target)
            if plan.page is not None and plan.page_record is not None:
                (base / PAGES_DIR).mkdir(exist_ok=True)
                page_path = base / PAGES_DIR / plan.page_record.page
                _write_atomic(page_path, plan.page)
                written.append(page_path)
        records = [p.page_record for p in plans if p.page_record is not None]
        if records:
            rows = [[getattr(r, c) for c in PAGE_COLUMNS]
                    for r in (*_page_records(base), *records)]
            _write_atomic(base / PAGES_FILE, _csv_text(PAGE_COLUMNS, rows).encode("utf-8"))
            written.append(base / PAGES_FILE)
        meta_path = base / METADATA_FILE
        layout = _layout(meta_path)  # rows are appended as the file is written, in its order
        new_rows = io.StringIO()
        writer = csv.DictWriter(new_rows, fieldnames=layout.columns, restval="",
                                extrasaction="ignore", delimiter=layout.separator,
                                lineterminator=layout.newline)
        writer.writerows(_meta_cells(p.meta) for p in plans)
        old = meta_path.read_bytes()
        sep = b"" if not old or old.endswith(b"\n") else layout.newline.encode()
        _write_atomic(meta_path, old + sep + new_rows.getvalue().encode("utf-8"))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _meta_cells(meta: ArticleMeta) -> dict[str, str]:
    values = meta.model_dump()
    return {c: "" if values[c] is None else str(values[c]) for c in COLUMNS}


def check(root: str | Path) -> list[CorpusError]:
    """Every problem in the corpus folder ``root`` at once (an empty list: all is well)."""
    base = Path(root)
    if not is_corpus(base):
        return [CorpusError(base, "not a corpus folder: no articles.csv (create one with "
                                  "`aidlib init`)")]
    problems: list[CorpusError] = []
    try:
        problems.extend(load_corpus(base, errors="collect").problems)
    except CorpusError as exc:
        problems.extend(exc.problems)
    problems.extend(_check_pages(base))
    problems.extend(_check_curated(base))
    return problems


def _check_pages(base: Path) -> list[CorpusError]:
    problems: list[CorpusError] = []
    table = base / PAGES_FILE
    try:
        records = _page_records(base)
        texts = {r.get("id"): r.get("sha256") for r in _rows(base / METADATA_FILE)}
    except (AddRefused, TypeError) as exc:
        return [CorpusError(table, f"cannot be read: {exc}")]
    listed = set()
    for row_no, rec in enumerate(records, start=2):
        listed.add(rec.page)
        page = base / PAGES_DIR / rec.page
        if rec.id not in texts:
            problems.append(CorpusError(table, f"id {rec.id!r} has no row in articles.csv",
                                        field="id", row=row_no))
        elif texts[rec.id] != rec.text_sha256:
            problems.append(CorpusError(
                table, "text_sha256 differs from the article's sha256 in articles.csv",
                field="text_sha256", row=row_no))
        if not page.is_file():
            problems.append(CorpusError(page, f"saved page for id {rec.id!r} not found"))
        elif hashlib.sha256(page.read_bytes()).hexdigest() != rec.page_sha256:
            problems.append(CorpusError(
                page, "checksum does not match pages.csv: saved pages are never edited"))
    folder = base / PAGES_DIR
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name not in listed and not path.name.startswith("."):
                problems.append(CorpusError(path, "saved page has no row in pages.csv"))
    return problems


def _check_curated(base: Path) -> list[CorpusError]:
    """The folder's own name files, where present, must validate and merge with the bundled ones."""
    from .gazetteer import load_actors, load_gazetteer  # late: they read yaml files
    from .people import load_people

    problems: list[CorpusError] = []
    for name, load in (("people.yaml", load_people), ("actors.yaml", load_actors),
                       ("gazetteer.yaml", load_gazetteer)):
        if (base / name).exists():
            try:
                load.__wrapped__(base)  # uncached: the files may have changed
            except CorpusError as exc:
                problems.append(exc)
    return problems
