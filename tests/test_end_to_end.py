"""Issue 11, end to end: a folder of new articles to a checked site in three commands.

Five constructed articles (``tests/fixtures/own/``: four texts and one saved web page whose
date is in its metadata) go through ``aidlib init``, ``aidlib add`` and ``aidlib build`` in
a temporary folder; the site must have every page with its charts, and the findings on the
pages must state this corpus's counts, read back from the derived tables. Bad adds must
give clear errors and leave the folder byte-for-byte as it was.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from aidlib.cli import main
from aidlib.corpus import default_data_dir
from aidlib.records import counted_claims

from .test_workspace import OWN, TEXTS, folder_digest

PAGES = ("01_reported_aid_totals", "02_conflicting_figures", "03_meetings_timeline")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The corpus folder after init, add and build, and the site folder."""
    root = tmp_path_factory.mktemp("e2e") / "mine"
    site = root.parent / "site"
    assert main(["init", str(root)]) == 0
    texts = [str(OWN / name) for name in TEXTS]
    assert main(["add", str(root), *texts, "--published", "2025-06-10", "--outlet", "Wire"]) == 0
    assert main(["add", str(root), str(OWN / "nordic-air-defence.html")]) == 0
    assert main(["check", str(root)]) == 0
    assert main(["build", str(root), "--out", str(site)]) == 0
    return root, site


def _text(page: Path) -> str:
    """The page's visible text, roughly: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.read_text("utf-8"))).split())


def test_build_leaves_the_environment_as_it_was(built: tuple[Path, Path]) -> None:
    assert default_data_dir().name == "data"


def test_site_has_every_page_with_charts(built: tuple[Path, Path]) -> None:
    _, site = built
    assert (site / "index.html").is_file()
    for name in PAGES:
        page = (site / f"{name}.html").read_text("utf-8")
        assert name in (site / "index.html").read_text("utf-8")
        charts = page.count("Plotly.newPlot") + page.count("application/vnd.plotly.v1+json")
        assert charts >= 1, f"{name}: no chart"
        assert "Traceback" not in page


def test_findings_state_this_corpus_counts(built: tuple[Path, Path]) -> None:
    root, site = built
    table = pd.read_csv(root / "derived" / "claims.csv", dtype={"boilerplate": str})
    claims = counted_claims(table)  # teasers and captions are not counted
    parsed = claims[claims["status"] == "parsed"]
    money = parsed[parsed["measure"] == "money"]
    counts = parsed[parsed["measure"] == "count"]
    verdicts = pd.read_csv(root / "derived" / "verdicts.csv")
    events = pd.read_csv(root / "derived" / "events.csv")
    assert len(money) >= 10 and len(verdicts) >= 45 and len(events) >= 1  # a real corpus
    expected = {
        "01_reported_aid_totals": f"The 5 articles report {len(money)} money figures and "
        f"{len(counts)} counted quantit",
        "02_conflicting_figures": f"Of {len(verdicts)} pairs of figures judged,",
        "03_meetings_timeline": f"The articles report {len(events)} meeting",
    }
    for name, sentence in expected.items():
        assert sentence in _text(site / f"{name}.html"), f"{name}: {sentence!r} not found"
    assert "five articles" not in _text(site / "01_reported_aid_totals.html").lower()


def test_notebooks_say_there_is_no_gold_file(built: tuple[Path, Path]) -> None:
    _, site = built
    for name in ("01_reported_aid_totals", "03_meetings_timeline"):
        assert "no gold file" in _text(site / f"{name}.html")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/new.txt"], "no publication date found in a plain text file"),
        ([str(OWN / "undated-page.html")], "no publication date found in the page's metadata"),
        ([str(OWN / "latin1.txt"), "--published", "2025-06-10"], "is not valid UTF-8"),
    ],
    ids=["no date", "page without a date", "undecodable text"],
)
def test_bad_adds_change_nothing(
    built: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    root, _ = built
    (tmp_path / "new.txt").write_text("Sweden pledged €40 million for Ukraine.\n", "utf-8")
    args = [a.format(tmp=tmp_path) for a in args]
    before = folder_digest(root)
    capsys.readouterr()
    assert main(["add", str(root), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "unchanged" in err
    assert folder_digest(root) == before


def test_a_different_file_under_an_existing_id_changes_nothing(
    built: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _ = built
    other = tmp_path / "canada-loan.txt"
    other.write_text("Canada will send €10 million in winter clothing to Ukraine.\n", "utf-8")
    before = folder_digest(root)
    capsys.readouterr()
    assert main(["add", str(root), str(other), "--published", "2025-06-11"]) == 1
    assert "id 'canada-loan' already holds a different file" in capsys.readouterr().err
    assert folder_digest(root) == before


def test_a_tiny_corpus_builds_and_says_none_found(tmp_path: Path) -> None:
    """One article, one figure: no pairs, no currency pair, no meeting, no gold file."""
    story = tmp_path / "norway-update.txt"
    story.write_text("Norway sends more equipment\n\nNorway will give Ukraine 500 million "
                     "euros in equipment this year, its government said.\n", "utf-8")
    root, site = tmp_path / "tiny", tmp_path / "site"
    assert main(["init", str(root)]) == 0
    assert main(["add", str(root), str(story), "--published", "2025-03-03"]) == 0
    assert main(["build", str(root), "--out", str(site), "--currency", "USD"]) == 0
    first = _text(site / "01_reported_aid_totals.html")
    assert "The 1 article reports 1 money figure and 0 counted quantities." in first
    second = _text(site / "02_conflicting_figures.html")
    assert "no pairs to compare (none found)" in second
    assert "No figure is printed in two currencies (none found)" in second
    assert "(USD)" in second  # the reporting currency reached the notebook
    third = _text(site / "03_meetings_timeline.html")
    assert "no meetings, visits, talks or summits (none found)" in third
