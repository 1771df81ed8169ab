"""Corpus folders: init, add (text files and saved pages), check; refusals change nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from aidlib.cli import main
from aidlib.corpus import load_corpus
from aidlib.workspace import COLUMNS, AddOptions, AddRefused, add, article_id, check, init

OWN = Path(__file__).resolve().parent / "fixtures" / "own"
TODAY = date(2026, 1, 15)
DATED = AddOptions(published=date(2025, 6, 10), today=TODAY)
TEXTS = ["baltic-ammunition.txt", "canada-loan.txt", "ramstein-followup.txt", "eu-facility.txt"]


def folder_digest(root: Path) -> str:
    """One hash over every file's relative path and bytes (and every folder's name)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return init(tmp_path / "mine")


def test_init_makes_a_valid_empty_corpus(corpus_dir: Path) -> None:
    assert len(load_corpus(corpus_dir)) == 0
    assert check(corpus_dir) == []
    with pytest.raises(AddRefused, match="already a corpus folder"):
        init(corpus_dir)


def test_init_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(AddRefused, match="not an empty folder"):
        init(tmp_path)


def test_text_files_are_copied_unchanged_with_metadata(corpus_dir: Path) -> None:
    added = add(corpus_dir, [OWN / n for n in TEXTS],
                AddOptions(published=date(2025, 6, 10), outlet="Wire", today=TODAY))
    assert [a.status for a in added] == ["new"] * len(TEXTS)
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus] == [Path(n).stem for n in TEXTS]
    for name, article in zip(TEXTS, corpus, strict=True):
        assert article.path.read_bytes() == (OWN / name).read_bytes()
        assert article.meta.published == date(2025, 6, 10)
        assert article.meta.outlet == "Wire"
        assert article.meta.added == TODAY
        assert "command line" in article.meta.date_evidence
    headline = corpus["canada-loan"].meta.headline
    assert headline == "Canada to lend Kyiv C$2 billion for energy repairs"


def test_saved_page_keeps_the_page_and_analyses_its_text(corpus_dir: Path) -> None:
    (item,) = add(corpus_dir, [OWN / "nordic-air-defence.html"], AddOptions(today=TODAY))
    meta = item.meta
    assert meta.published == date(2025, 6, 12)
    assert "page's metadata" in meta.date_evidence and "htmldate" in meta.date_evidence
    assert item.date_found == "page metadata"
    assert meta.outlet == "The Harbour Herald"
    assert meta.headline == "Nordic states pledge new air defence package"
    page = corpus_dir / "pages" / "nordic-air-defence.html"
    assert page.read_bytes() == (OWN / "nordic-air-defence.html").read_bytes()
    text = load_corpus(corpus_dir)["nordic-air-defence"].text
    assert "€750 million (around $860 million)" in text
    assert "Subscribe" not in text and "<p>" not in text  # boilerplate and markup gone
    assert check(corpus_dir) == []


def test_command_line_date_wins_over_the_page_and_says_so(corpus_dir: Path) -> None:
    (item,) = add(corpus_dir, [OWN / "nordic-air-defence.html"],
                  AddOptions(published=date(2025, 6, 13), today=TODAY))
    assert item.meta.published == date(2025, 6, 13)
    assert "2025-06-12" in item.meta.date_evidence


def test_date_from_the_url_when_the_page_has_none(corpus_dir: Path) -> None:
    url = "https://news.example/2025/05/30/allies-discuss-more-aid"
    (item,) = add(corpus_dir, [OWN / "undated-page.html"], AddOptions(url=url, today=TODAY))
    assert item.meta.published == date(2025, 5, 30)
    assert "URL" in item.meta.date_evidence


def test_adding_the_same_file_twice_is_a_no_op(corpus_dir: Path) -> None:
    add(corpus_dir, [OWN / "nordic-air-defence.html"], AddOptions(today=TODAY))
    add(corpus_dir, [OWN / TEXTS[0]], DATED)
    before = folder_digest(corpus_dir)
    again = add(corpus_dir, [OWN / "nordic-air-defence.html", OWN / TEXTS[0]],
                AddOptions(published=date(2025, 6, 11), today=TODAY))
    assert [a.status for a in again] == ["unchanged", "unchanged"]
    assert folder_digest(corpus_dir) == before


def _refused(corpus_dir: Path, tmp_path: Path, case: str) -> str:
    if case == "no date":
        source = OWN / TEXTS[0]
        date_arg = None
    elif case == "page without a date":
        source, date_arg = OWN / "undated-page.html", None
    elif case == "different file, same id":
        source = tmp_path / TEXTS[0]
        source.write_text("Another text about €5 million for Ukraine.\n", encoding="utf-8")
        date_arg = date(2025, 6, 10)
    elif case == "undecodable text":
        source, date_arg = OWN / "latin1.txt", date(2025, 6, 10)
    elif case == "missing file":
        source, date_arg = tmp_path / "nowhere.txt", date(2025, 6, 10)
    else:  # a date the loader refuses
        source, date_arg = OWN / TEXTS[1], date(1990, 1, 1)
    with pytest.raises(AddRefused) as info:
        add(corpus_dir, [OWN / TEXTS[2], source], AddOptions(published=date_arg, today=TODAY))
    return str(info.value)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no date", "no publication date found in a plain text file; give it with --published"),
        ("page without a date", "no publication date found in the page's metadata or URL"),
        ("different file, same id", "id 'baltic-ammunition' already holds a different file"),
        ("undecodable text", "is not valid UTF-8 (byte 12)"),
        ("missing file", "file not found"),
        ("date before the ECB", "published: Value error, must lie between 1999-01-04"),
    ],
)
def test_a_refused_add_names_the_file_and_changes_nothing(
    corpus_dir: Path, tmp_path: Path, case: str, message: str
) -> None:
    add(corpus_dir, [OWN / TEXTS[0]], DATED)
    before = folder_digest(corpus_dir)
    error = _refused(corpus_dir, tmp_path, case)
    assert message in error
    assert folder_digest(corpus_dir) == before


def test_a_file_without_a_row_is_never_overwritten(corpus_dir: Path) -> None:
    (corpus_dir / "articles" / "canada-loan.txt").write_text("left here", encoding="utf-8")
    before = folder_digest(corpus_dir)
    with pytest.raises(AddRefused, match=r"articles/canada-loan\.txt is already in"):
        add(corpus_dir, [OWN / "canada-loan.txt"], DATED)
    assert folder_digest(corpus_dir) == before


def test_two_files_with_one_id_in_one_add_are_refused(corpus_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    shutil.copy(OWN / TEXTS[1], tmp_path / "x" / TEXTS[0])
    before = folder_digest(corpus_dir)
    with pytest.raises(AddRefused, match="same id 'baltic-ammunition'"):
        add(corpus_dir, [OWN / TEXTS[0], tmp_path / "x" / TEXTS[0]], DATED)
    assert folder_digest(corpus_dir) == before


def test_check_lists_every_problem_at_once(corpus_dir: Path) -> None:
    add(corpus_dir, [OWN / TEXTS[0], OWN / TEXTS[1]], DATED)
    add(corpus_dir, [OWN / "nordic-air-defence.html"], AddOptions(today=TODAY))
    (corpus_dir / "articles" / "canada-loan.txt").write_text("edited", encoding="utf-8")
    (corpus_dir / "articles" / "stray.txt").write_text("no row", encoding="utf-8")
    (corpus_dir / "pages" / "nordic-air-defence.html").write_text("<p>edited</p>")
    (corpus_dir / "people.yaml").write_text("people: [{name: X}]\n", encoding="utf-8")
    problems = [str(p) for p in check(corpus_dir)]
    assert len(problems) == 4, problems
    assert any("canada-loan.txt" in p and "checksum" in p for p in problems)
    assert any("stray.txt" in p and "no row" in p for p in problems)
    assert any("nordic-air-defence.html" in p and "pages.csv" in p for p in problems)
    assert any("people.yaml" in p for p in problems)


def test_check_on_a_folder_that_is_not_a_corpus(tmp_path: Path) -> None:
    (problem,) = check(tmp_path)
    assert "aidlib init" in str(problem)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Nordic pledge (June).html", "Nordic-pledge-June"), ("a.b_c-1.txt", "a.b_c-1"),
     ("€€€.txt", "article")],
)
def test_article_id_from_file_name(name: str, expected: str) -> None:
    assert article_id(Path(name)) == expected


def test_cli_exit_codes_and_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "c"
    assert main(["init", str(folder)]) == 0
    assert main(["add", str(folder), str(OWN / TEXTS[0])]) == 1
    err = capsys.readouterr().err
    assert "--published" in err and "unchanged" in err
    assert main(["add", str(folder), str(OWN / TEXTS[0]), "--published", "2025-06-10"]) == 0
    assert "added as 'baltic-ammunition'" in capsys.readouterr().out
    assert main(["check", str(folder)]) == 0
    assert "1 articles, no problems" in capsys.readouterr().out
    (folder / "articles" / "stray.txt").write_text("x")
    assert main(["check", str(folder)]) == 1
    assert "stray.txt" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["add", str(folder), "x.txt", "--published", "12/06/2025"])
    assert usage.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_python_dash_m_aidlib_shows_help() -> None:
    done = subprocess.run([sys.executable, "-m", "aidlib", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    for command in ("init", "add", "check", "build"):
        assert command in done.stdout


def test_build_refuses_a_folder_with_problems(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "articles" / "stray.txt").write_text("x")
    assert main(["build", str(corpus_dir)]) == 1
    err = capsys.readouterr().err
    assert "stray.txt" in err and "aidlib check" in err
    assert not (corpus_dir / "derived").exists() and not (corpus_dir / "site").exists()


def test_add_to_an_unreadable_metadata_file_is_refused(corpus_dir: Path) -> None:
    meta = corpus_dir / "articles.csv"
    meta.write_bytes(meta.read_bytes() + b"x,\xff\n")
    before = folder_digest(corpus_dir)
    with pytest.raises(AddRefused, match=r"articles\.csv: cannot be read"):
        add(corpus_dir, [OWN / TEXTS[0]], DATED)
    assert folder_digest(corpus_dir) == before
    assert any("UTF-8" in str(p) for p in check(corpus_dir))


def test_check_reads_the_folder_name_files_with_the_bundled_ones(corpus_dir: Path) -> None:
    (corpus_dir / "people.yaml").write_text(
        "people:\n  - name: Olena Testenko\n    aliases: [Zelensky]\n", encoding="utf-8")
    (problem,) = check(corpus_dir)
    assert "Zelensky" in str(problem) and "Olena Testenko" in str(problem)
    (corpus_dir / "people.yaml").write_text(
        "people:\n  - name: Olena Testenko\n    aliases: [Testenko]\n", encoding="utf-8")
    assert check(corpus_dir) == []


def test_rows_are_appended_as_the_file_is_written(corpus_dir: Path) -> None:
    """A spreadsheet's file: BOM, ";" separator, CRLF, another column order, an extra column."""
    meta = corpus_dir / "articles.csv"
    columns = ["notes", *reversed(COLUMNS)]
    meta.write_bytes(b"\xef\xbb\xbf" + ";".join(columns).encode() + b"\r\n")
    add(corpus_dir, [OWN / TEXTS[0], OWN / TEXTS[1]], DATED)
    raw = meta.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3 and b",added" not in raw
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus] == ["baltic-ammunition", "canada-loan"]
    assert check(corpus_dir) == []
