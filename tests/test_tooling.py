"""The README's commands, CI and the HTML export agree with one another."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import plotly.io as pio
import pytest

from aidlib.charts import figure_html, setup_notebook
from aidlib.render import to_html

ROOT = Path(__file__).resolve().parent.parent


def test_readme_names_the_two_commands_and_the_html_folder() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 tasks.py build" in readme
    assert "python3 tasks.py test" in readme
    assert "build/html/" in readme


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^python3 tasks\.py test$", ci, flags=re.M)


def test_every_notebook_is_committed_executed() -> None:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert [p.stem[:2] for p in notebooks] == ["01", "02", "03"]
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code and all(c.execution_count for c in code), f"{path.name} is not executed"
        assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


def test_chart_html_is_stable_and_offline() -> None:
    fig = {"data": [{"type": "bar", "x": ["a"], "y": [1]}], "layout": {}}
    first, second = figure_html(fig), figure_html(fig)
    assert first == second
    assert "Plotly.newPlot" in first and "<script src=" not in first


def test_notebook_charts_use_plotlys_standard_renderers() -> None:
    setup_notebook()
    bundle = pio.renderers._build_mime_bundle({"data": [{"type": "bar", "y": [1]}]})
    assert "application/vnd.plotly.v1+json" in bundle and "text/html" in bundle
    assert pio.renderers.default == "plotly_mimetype+notebook"


def test_exported_page_loads_the_sites_plotly_and_nothing_remote() -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title")])  # type: ignore[no-untyped-call]
    page = to_html(nb, "Title")
    head = page.split("</head>")[0]
    assert '<script charset="utf-8" src="plotly.min.js"></script>' in head
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", page)
    assert "require.js" not in page and "MathJax" not in page


def test_nbval_failure_names_the_refresh_command(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(  # type: ignore[no-untyped-call]
        "print(1 + 1)", outputs=[nbformat.v4.new_output("stream", name="stdout", text="3\n")],  # type: ignore[no-untyped-call]
        execution_count=1)])
    nbformat.write(nb, tmp_path / "stale.ipynb")  # type: ignore[no-untyped-call]
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env",
         "-p", "no:cacheprovider", "stale.ipynb"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1, done.stdout
    assert "python3 tasks.py refresh" in done.stdout
    assert "1 failed" in done.stdout


def test_binder_installs_the_locked_versions() -> None:
    lines = (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert "-c ../constraints.txt" in lines and "-e ." in lines
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    for name in ("plotly", "pandas", "currencyconverter", "nbval", "itables"):
        assert re.search(rf"^{name}==\S+$", pins, flags=re.M | re.I), name


def test_license_matches_pyproject() -> None:
    """The licence as an SPDX expression with its file (the form setuptools keeps building)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_test_setup_installs_chromium_when_missing_and_root(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT))
    import tasks

    calls: list[list[str]] = []

    def call(args: list[str], env: object = None) -> int:
        calls.append(list(args))
        return 0

    monkeypatch.setattr("shutil.which",
                        lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    monkeypatch.setattr("os.geteuid", lambda: 0)
    monkeypatch.setattr("subprocess.call", call)
    tasks.ensure_browser()
    assert calls[0][:2] == ["/usr/bin/apt-get", "update"]
    assert calls[1][:2] == ["/usr/bin/apt-get", "install"] and "chromium" in calls[1]

    calls.clear()  # not root: nothing is installed, the test will say why it skips
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    tasks.ensure_browser()
    assert calls == []
