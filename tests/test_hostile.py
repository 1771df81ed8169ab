"""Issue 10, robustness: input a hostile user would try, each row of the issue's table.

Loader rows use a writable copy of the real corpus; parser rows are tables of
(text, expected) with readable ids. Every row asserts something that failed before its fix.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from aidlib.build import neutralize_cell, to_csv_text
from aidlib.corpus import MAX_DAYS_AHEAD, METADATA_FILE, load_corpus
from aidlib.errors import BadDate, CorpusError, RateNotFound
from aidlib.rates import ecb_rates

from . import corpus_files as cf

# --- helpers over a writable copy of the corpus ------------------------------------------------


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the real corpus; its parent folder is outside it."""
    return cf.copy_corpus(tmp_path)


# --- files must resolve inside articles/ -------------------------------------------------------

OUTSIDE = "Secret budget: $5 billion.\n"


def _outside_file(root: Path) -> Path:
    path = root.parent / "secret.txt"
    path.write_text(OUTSIDE, encoding="utf-8")
    return path


def _dotdot(root: Path) -> str:
    _outside_file(root)
    return "../secret.txt"


def _absolute(root: Path) -> str:
    return str(_outside_file(root))


def _deep_dotdot(root: Path) -> str:
    _outside_file(root)
    return "sub/../../secret.txt"


def _symlink(root: Path) -> str:
    (root / "articles" / "link.txt").symlink_to(_outside_file(root))
    return "link.txt"


ESCAPES: dict[str, Callable[[Path], str]] = {
    "dotdot": _dotdot,
    "absolute": _absolute,
    "dotdot-inside-a-folder": _deep_dotdot,
    "symlink-out": _symlink,
}


@pytest.mark.parametrize("make", list(ESCAPES.values()), ids=list(ESCAPES))
def test_file_outside_articles_is_refused(corpus_dir: Path, make: Callable[[Path], str]) -> None:
    name = make(corpus_dir)
    rows = cf.rows(corpus_dir)
    rows[1]["file"] = name
    rows[1]["sha256"] = hashlib.sha256(OUTSIDE.encode()).hexdigest()  # checksum matches
    cf.write(corpus_dir, rows)
    corpus = load_corpus(corpus_dir, errors="collect")
    assert all(OUTSIDE not in a.text for a in corpus)
    (problem,) = [p for p in corpus.problems if p.field == "file"]
    assert problem.row == 3
    assert "inside articles/" in problem.problem
    assert name in str(problem)


def test_symlink_inside_articles_is_allowed(corpus_dir: Path) -> None:
    first = cf.rows(corpus_dir)[0]["file"]
    (corpus_dir / "articles" / "alias.txt").symlink_to(corpus_dir / "articles" / first)
    cf.edit(corpus_dir, 0, file="alias.txt")
    corpus = load_corpus(corpus_dir, errors="collect")
    assert len(corpus) == 5 and not [p for p in corpus.problems if p.field == "file"]


# --- a size limit on articles ------------------------------------------------------------------


def test_article_above_the_size_limit_is_refused(corpus_dir: Path) -> None:
    cf.reseal(corpus_dir, 0, b"Aid of $1 billion. " * 1000, name="big.txt")  # 19,000 bytes
    (corpus_dir / "articles" / cf.rows(cf.DATA)[0]["file"]).unlink()
    with pytest.raises(CorpusError, match=r"19000 bytes, above the limit of 10000") as err:
        load_corpus(corpus_dir, max_bytes=10_000)  # the real articles are 3-9 KB
    assert err.value.row == 2 and err.value.field == "file"
    assert len(load_corpus(corpus_dir, max_bytes=20_000)) == 5


def test_size_limit_from_the_environment(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIDLIB_MAX_ARTICLE_BYTES", "100")
    corpus = load_corpus(corpus_dir, errors="collect")
    assert len(corpus) == 0 and all("above the limit of 100 bytes" in p.problem
                                    for p in corpus.problems)
    monkeypatch.setenv("AIDLIB_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(ValueError, match="AIDLIB_MAX_ARTICLE_BYTES"):
        load_corpus(corpus_dir)


# --- publication dates inside the ECB era, up to a year ahead ----------------------------------

LATEST = date.today() + timedelta(days=MAX_DAYS_AHEAD)
BAD_DATES = {
    "year-9999": "9999-12-31",
    "year-1": "0001-01-01",
    "before-the-euro": "1998-12-31",
    "over-a-year-ahead": (LATEST + timedelta(days=1)).isoformat(),
}


@pytest.mark.parametrize("day", list(BAD_DATES.values()), ids=list(BAD_DATES))
def test_published_outside_the_ecb_era_is_refused(corpus_dir: Path, day: str) -> None:
    cf.edit(corpus_dir, 2, published=day, published_earliest=day, published_latest=day)
    rule = r"between 1999-01-04 \(the first ECB rate\) and .* days after today"
    with pytest.raises(CorpusError, match=rule) as err:
        load_corpus(corpus_dir)
    assert err.value.row == 4 and err.value.field in {"published", "published_earliest"}


@pytest.mark.parametrize("day", ["1999-01-04", LATEST.isoformat()], ids=["first", "latest"])
def test_published_at_the_edges_is_accepted(corpus_dir: Path, day: str) -> None:
    cf.edit(corpus_dir, 2, published=day, published_earliest=day, published_latest=day)
    assert len(load_corpus(corpus_dir)) == 5


# --- articles.csv as a spreadsheet writes it ---------------------------------------------------


def test_utf8_bom_is_read(corpus_dir: Path) -> None:
    path = corpus_dir / METADATA_FILE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(load_corpus(corpus_dir)) == 5


def test_extra_column_is_ignored_with_a_warning(
    corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [{**r, "notes": "checked"} for r in cf.rows(corpus_dir)]
    cf.write(corpus_dir, rows)
    with caplog.at_level(logging.WARNING, logger="aidlib.corpus"):
        corpus = load_corpus(corpus_dir)
    assert len(corpus) == 5
    assert "unknown column(s) ignored: notes" in caplog.text


@pytest.mark.parametrize("sep", [";", "\t"], ids=["semicolon", "tab"])
def test_other_separators_are_sniffed(corpus_dir: Path, sep: str) -> None:
    cf.write(corpus_dir, cf.rows(corpus_dir), delimiter=sep)
    assert len(load_corpus(corpus_dir)) == 5


def test_unrecognisable_header_is_a_clear_error(corpus_dir: Path) -> None:
    (corpus_dir / METADATA_FILE).write_text("a|b|c\n1|2|3\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"articles\.csv, row 1: .*header"):
        load_corpus(corpus_dir)


@pytest.mark.parametrize("char", ["\u2028", "\u0085", "\r\n"], ids=["U+2028", "U+0085", "CRLF"])
def test_line_breaks_inside_a_quoted_field_are_kept(corpus_dir: Path, char: str) -> None:
    evidence = cf.rows(corpus_dir)[1]["date_evidence"]
    cf.edit(corpus_dir, 1, date_evidence=evidence + char + "second line")
    corpus = load_corpus(corpus_dir)
    assert len(corpus) == 5
    assert list(corpus)[1].meta.date_evidence.endswith(char + "second line")


def test_row_with_too_many_values_names_the_row(corpus_dir: Path) -> None:
    path = corpus_dir / METADATA_FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] += ",surplus"
    path.write_text("\n".join(lines), encoding="utf-8")
    corpus = load_corpus(corpus_dir, errors="collect")
    assert len(corpus) == 4
    (problem,) = corpus.problems
    assert problem.row == 4 and "more values than columns" in problem.problem


# --- a non-English article ---------------------------------------------------------------------

FRENCH = (
    "Les alliés de l'Ukraine ont promis vendredi une aide militaire de 21 milliards d'euros, "
    "a annoncé le ministre britannique de la Défense lors de la réunion du groupe de contact "
    "à Bruxelles. Les pays européens vont aussi livrer des systèmes de défense aérienne et des "
    "munitions dans les semaines qui viennent, selon les responsables présents à la réunion.\n"
)


def test_language_column_other_than_english_is_noted(
    corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cf.edit(corpus_dir, 4, language="fr")
    with caplog.at_level(logging.WARNING, logger="aidlib.corpus"):
        corpus = load_corpus(corpus_dir)
    article = list(corpus)[4]
    assert article.notes and "language 'fr' is not supported" in article.notes[0]
    assert (article.id, article.notes[0]) in corpus.notes
    assert "not supported" in caplog.text


def test_text_that_is_not_english_is_noted(corpus_dir: Path) -> None:
    cf.reseal(corpus_dir, 4, FRENCH.encode())
    article = list(load_corpus(corpus_dir))[4]
    assert article.meta.language == "en"
    assert any("does not look like English" in n for n in article.notes)


def test_english_articles_have_no_notes() -> None:
    corpus = load_corpus(cf.DATA)
    assert corpus.notes == ()
    unseen = load_corpus(Path(__file__).resolve().parent / "fixtures" / "unseen")
    assert unseen.notes == ()


# --- rates: a series that stopped, and dates of the wrong type ---------------------------------

RUB_AFTER_STOP = [date(2022, 3, 2), date(2022, 3, 4), date(2022, 3, 8)]


@pytest.mark.parametrize("on", RUB_AFTER_STOP, ids=str)
def test_no_rate_after_a_series_stopped(on: date) -> None:
    with pytest.raises(RateNotFound, match="its series stopped on 2022-03-01"):
        ecb_rates().rate("RUB", on)
    got = ecb_rates().lookup(pd.Series(["RUB"]), pd.Series([pd.Timestamp(on)]))
    assert pd.isna(got["per_eur"].iloc[0])
    assert "stopped on 2022-03-01" in str(got["rate_note"].iloc[0])


def test_weekend_fallback_still_applies_inside_a_series() -> None:
    assert ecb_rates().rate("RUB", date(2022, 2, 27)).rate_date == date(2022, 2, 25)


BAD_DAYS: dict[str, object] = {
    "datetime": datetime(2025, 4, 11, 12, 0),
    "timestamp": pd.Timestamp("2025-04-11"),
    "string": "2025-04-11",
    "NaT": pd.NaT,
    "None": None,
    "int": 20250411,
}


@pytest.mark.parametrize("day", list(BAD_DAYS.values()), ids=list(BAD_DAYS))
def test_rate_with_a_wrong_date_type_is_a_clear_error(day: object) -> None:
    with pytest.raises(BadDate, match=r"needs a datetime\.date, got") as err:
        ecb_rates().rate("USD", day)  # type: ignore[arg-type]  # the point of the test
    assert isinstance(err.value, TypeError)
    with pytest.raises(BadDate):
        ecb_rates().convert(1.0, "EUR", "USD", day)  # type: ignore[arg-type]


# --- CSV cells that a spreadsheet would run ----------------------------------------------------

FORMULAS = {
    "equals": ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    "plus": ("+1+1", "'+1+1"),
    "minus": ("-2+3", "'-2+3"),
    "at": ("@SUM(A1)", "'@SUM(A1)"),
    "tab": ("\t=1", "'\t=1"),
    "cr": ("\r=1", "'\r=1"),
    "plain": ("Aid to Ukraine", "Aid to Ukraine"),
    "empty": ("", ""),
}


@pytest.mark.parametrize(("cell", "safe"), list(FORMULAS.values()), ids=list(FORMULAS))
def test_formula_cells_are_neutralized(cell: str, safe: str) -> None:
    assert neutralize_cell(cell) == safe


def test_derived_csv_neutralizes_text_but_not_numbers() -> None:
    table = pd.DataFrame({"headline": ["=HYPERLINK(\"x\")", "ok"], "low": [Decimal("-5"), None],
                          "n": [-1.5, 2.0]})
    text = to_csv_text(table)
    assert "'=HYPERLINK" in text and ",-5," in text and "-1.5" in text


def test_size_limit_env_default_is_documented() -> None:
    readme = (cf.DATA / "README.md").read_text(encoding="utf-8")
    assert "AIDLIB_MAX_ARTICLE_BYTES" in readme and "prefixed with `'`" in readme


