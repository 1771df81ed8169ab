"""The notebooks read like an analysis and run on any corpus (issues 11 and 12)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
BARE_DOLLAR = re.compile(r"(?<!\\)\$")


def _cells(path: Path) -> list[nbformat.NotebookNode]:
    cells: list[nbformat.NotebookNode] = nbformat.read(  # type: ignore[no-untyped-call]
        path, as_version=4).cells
    return cells


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell_reads_the_data_folder_and_currency(path: Path) -> None:
    cells = _cells(path)
    (params,) = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert cells.index(params) == 1  # right after the title, before anything runs
    assert "DATA = " in params.source and "default_data_dir()" in params.source
    assert 'CURRENCY = os.environ.get("AIDLIB_CURRENCY", "EUR")' in params.source
    code = "\n".join(c.source for c in cells if c.cell_type == "code")
    assert "load_corpus(DATA)" in code and "load_corpus()" not in code


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_title_question_findings_first_checks_last(path: Path) -> None:
    cells = _cells(path)
    title = cells[0].source.splitlines()
    assert title[0].startswith("# ") and title[-1].rstrip().endswith("?")
    headings = [line for c in cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
    assert headings.index("## What we found") < headings.index("## Findings")
    assert headings[-1] == "## Checks"
    found = cells.index(next(c for c in cells if "## What we found" in c.source))
    assert "Markdown(bullets(" in cells[found + 1].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_bare_dollar_and_no_hand_written_counts(path: Path) -> None:
    for cell in _cells(path):
        if cell.cell_type == "markdown":
            assert not BARE_DOLLAR.search(cell.source), cell.source
            assert not re.search(r"\b(five|5) articles\b", cell.source), cell.source
        for output in cell.get("outputs", []):
            markdown = output.get("data", {}).get("text/markdown", "")
            assert not BARE_DOLLAR.search(markdown), markdown


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_output_is_introduced_by_a_sentence(path: Path) -> None:
    cells = _cells(path)
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and cell.get("outputs") and i > 2:
            assert cells[i - 1].cell_type == "markdown", cell.source
