"""The corpus loader: the real corpus loads; every kind of bad input names file and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aidlib.corpus import METADATA_FILE, load_corpus, outlet_dollar
from aidlib.errors import CorpusError
from aidlib.mentions import money_mentions

from . import corpus_files as cf


def test_real_corpus_loads_with_checksums_and_dates() -> None:
    corpus = load_corpus(cf.DATA)
    assert len(corpus) == 5
    assert not corpus.problems
    for article in corpus:
        assert article.text == article.path.read_text(encoding="utf-8")
        assert article.meta.published_earliest <= article.published <= article.meta.published_latest
        assert date(2022, 2, 24) <= article.published <= date(2026, 12, 31)
    assert corpus["003_ea4700d95adb2258"].published == date(2025, 12, 3)


def test_raw_articles_are_the_seeds_byte_for_byte() -> None:
    seeds = cf.DATA.parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds not beside this checkout")
    for seed in sorted(seeds.glob("*.txt")):
        assert (cf.DATA / "articles" / seed.name).read_bytes() == seed.read_bytes()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A writable copy of the real corpus."""
    return cf.copy_corpus(tmp_path)


def test_missing_metadata_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"articles\.csv: metadata file not found"):
        load_corpus(tmp_path)


def test_empty_metadata_file(corpus_dir: Path) -> None:
    (corpus_dir / METADATA_FILE).write_text("")
    with pytest.raises(CorpusError, match=r"metadata file is empty"):
        load_corpus(corpus_dir)


def test_missing_column(corpus_dir: Path) -> None:
    rows = cf.rows(corpus_dir)
    for r in rows:
        del r["date_evidence"]
    cf.write(corpus_dir, rows)
    with pytest.raises(CorpusError, match=r"missing column.*date_evidence"):
        load_corpus(corpus_dir)


def test_bad_date_names_row_and_field(corpus_dir: Path) -> None:
    cf.edit(corpus_dir, 2, published="2023-02-30")
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus_dir)
    assert err.value.field == "published" and err.value.row == 4
    assert "2023-02-30" in str(err.value) and "articles.csv" in str(err.value)


def test_date_outside_its_window(corpus_dir: Path) -> None:
    cf.edit(corpus_dir, 0, published="2025-05-01")
    with pytest.raises(CorpusError, match=r"between published_earliest and published_latest"):
        load_corpus(corpus_dir)


def test_duplicate_id(corpus_dir: Path) -> None:
    rows = cf.rows(corpus_dir)
    cf.edit(corpus_dir, 1, id=rows[0]["id"])
    with pytest.raises(CorpusError, match=r"row 3, field 'id': duplicate id .* \(first on row 2\)"):
        load_corpus(corpus_dir)


def test_missing_article_file(corpus_dir: Path) -> None:
    name = cf.rows(corpus_dir)[3]["file"]
    (corpus_dir / "articles" / name).unlink()
    with pytest.raises(CorpusError, match=rf"{name}: article file for id .* not found"):
        load_corpus(corpus_dir)


def test_empty_article(corpus_dir: Path) -> None:
    path = cf.reseal(corpus_dir, 1, b"  \n\n")
    with pytest.raises(CorpusError, match=rf"{path.name}: article file is empty"):
        load_corpus(corpus_dir)


def test_undecodable_bytes(corpus_dir: Path) -> None:
    path = cf.reseal(corpus_dir, 1, "Aid of €5 billion".encode("cp1252"))
    with pytest.raises(CorpusError, match=rf"{path.name}: not valid UTF-8 at byte 7"):
        load_corpus(corpus_dir)


def test_edited_article_fails_checksum(corpus_dir: Path) -> None:
    path = corpus_dir / "articles" / cf.rows(corpus_dir)[0]["file"]
    path.write_text(path.read_text(encoding="utf-8") + "edit", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"checksum .* never edited"):
        load_corpus(corpus_dir)


def test_unlisted_article_file(corpus_dir: Path) -> None:
    (corpus_dir / "articles" / "stray.txt").write_text("€1 billion", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"stray.txt: article file has no row"):
        load_corpus(corpus_dir)


def test_collect_keeps_the_good_articles(corpus_dir: Path) -> None:
    cf.reseal(corpus_dir, 1, b"")
    cf.edit(corpus_dir, 3, language="English")
    corpus = load_corpus(corpus_dir, errors="collect")
    assert len(corpus) == 3
    assert sorted(p.row or 0 for p in corpus.problems) == [0, 5]
    assert {p.field for p in corpus.problems} == {None, "language"}


def test_raise_lists_every_problem(corpus_dir: Path) -> None:
    cf.reseal(corpus_dir, 1, b"")
    cf.edit(corpus_dir, 3, language="English")
    with pytest.raises(CorpusError, match=r"2 problems: .*empty.*language") as exc:
        load_corpus(corpus_dir)
    assert [p.field for p in exc.value.problems] == [None, "language"]


# --- what a bare "$" means ---------------------------------------------------------------------

@pytest.mark.parametrize(("outlet", "dollar"), [
    ("The Sydney Morning Herald", "AUD"),
    ("ABC News (Australia)", "AUD"),
    ("CBC News", "CAD"),
    ("The Globe and Mail", "CAD"),
    ("RNZ", "NZD"),
    ("Reuters", "USD"),
    ("The Washington Post", "USD"),
    ("", "USD"),
    ("Canadian and Australian press digest", "USD"),  # two countries: no guess
])
def test_outlet_dollar(outlet: str, dollar: str) -> None:
    assert outlet_dollar(outlet) == dollar


def test_dollar_column_is_optional_and_checked(corpus_dir: Path) -> None:
    assert {a.dollar for a in load_corpus(corpus_dir)} == {"USD"}  # no such column
    rows = cf.rows(corpus_dir)
    for r in rows:
        r["dollar"] = ""
    rows[0]["dollar"] = "AUD"
    cf.write(corpus_dir, rows)
    corpus = load_corpus(corpus_dir)
    assert [a.dollar for a in corpus][:2] == ["AUD", "USD"]
    mentions = money_mentions(corpus)
    first = mentions[mentions["source_id"] == rows[0]["id"]]
    bare = first[first["surface"].str.contains(r"(?<![A-Z])\$", regex=True)]
    assert len(bare) and set(bare["currency"]) == {"AUD"}
    cf.edit(corpus_dir, 1, dollar="XYZ")
    with pytest.raises(CorpusError) as err:
        load_corpus(corpus_dir)
    assert err.value.field == "dollar" and "ISO 4217" in str(err.value)
