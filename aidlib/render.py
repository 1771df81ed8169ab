"""Execute the notebooks from a clean kernel and build the static site that shows them.

:func:`build_site` runs every ``notebooks/*.ipynb`` in a fresh kernel against a data folder
and a reporting currency (passed to the kernel as ``AIDLIB_DATA`` and ``AIDLIB_CURRENCY``),
then writes into the output folder:

- ``index.html``: the landing page, with headline findings computed from the tables, a
  chart or two, the list of sources and a link to each notebook's page;
- one ``<notebook>.html`` per notebook, findings as the notebook orders them, the code and
  the Load/Check sections folded, with navigation between pages;
- ``plotly.min.js`` (copied from the installed ``plotly`` package, loaded once by every
  page) and ``site.css``.

Nothing is fetched from the network: no require.js, MathJax or fonts from a CDN. Charts are
drawn from plotly's own mimetype with stable ids (see :func:`aidlib.charts.figure_html`),
and the copy of plotly.js that the notebooks embed for plain ``nbconvert`` exports is left
out, so the pages open from disk (``file://``) with no server.

``python -m aidlib.render --inplace`` instead writes the executed notebooks back over the
committed ones (after a change that alters outputs; ``python3 tasks.py refresh``).
"""

from __future__ import annotations

import argparse
import copy
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from jinja2 import Environment, FileSystemLoader, select_autoescape
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from plotly.offline import get_plotlyjs

from .charts import figure_html

__all__ = [
    "HTML_DIR",
    "NOTEBOOK_DIR",
    "Page",
    "build_site",
    "execute",
    "main",
    "refresh_notebooks",
    "site_notebook",
    "to_html",
]

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = REPO / "notebooks"
HTML_DIR = REPO / "build" / "html"
TEMPLATES = Path(__file__).resolve().parent / "site_template"
KERNEL = "python3"
TIMEOUT_S = 600
PLOTLY_MIME = "application/vnd.plotly.v1+json"

# Markdown headings (level 2) whose section is folded on the site: how the data were loaded
# and checked matters to a reviewer, not to a first reading. Lower-case, without "##".
FOLDED_SECTIONS = ("load", "check", "checks", "setup", "imports")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Page:
    """One notebook's page: file stem, title and the question it answers."""

    name: str
    title: str
    question: str

    @property
    def href(self) -> str:
        """The page's file name, relative to the site folder."""
        return f"{self.name}.html"


def execute(path: Path, env: Mapping[str, str] | None = None) -> nbformat.NotebookNode:
    """Run one notebook top to bottom in a new kernel; raise on the first failing cell.

    ``env`` (default: this process's environment) is the kernel's environment.
    """
    nb: nbformat.NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name=KERNEL,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=dict(env if env is not None else os.environ))
    for cell in nb.cells:  # timings of an earlier run would show as a spurious diff
        cell.metadata.pop("execution", None)
    return nb


def _kernel_env(data_dir: Path | None, currency: str) -> dict[str, str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["AIDLIB_DATA"] = str(Path(data_dir).resolve())
    env["AIDLIB_CURRENCY"] = currency
    return env


def _is_plotlyjs_bundle(output: nbformat.NotebookNode) -> bool:
    """The output by which plotly's notebook renderer embeds plotly.js (no chart in it)."""
    data = output.get("data", {})
    page = data.get("text/html", "")
    return PLOTLY_MIME not in data and "window.PlotlyConfig" in page and "plotly.js v" in page


def _fold_marks(cells: Sequence[nbformat.NotebookNode]) -> Iterator[tuple[int, int, str]]:
    """(first, last, heading) of each folded section: a ``## Load``-like heading to the cell
    before the next heading of level 1 or 2."""
    start: int | None = None
    heading = ""
    for i, cell in enumerate([*cells, None]):
        level2 = False
        text = ""
        if cell is not None and cell.cell_type == "markdown":
            first = cell.source.lstrip().split("\n", 1)[0]
            level2 = first.startswith(("# ", "## "))
            text = first.lstrip("#").strip()
        if start is not None and (cell is None or level2):
            yield start, i - 1, heading
            start = None
        if level2 and text.lower() in FOLDED_SECTIONS:
            start, heading = i, text


def site_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of an executed notebook prepared for the site.

    Charts become stable-id ``<div>``s drawn by the page's one plotly.js, the embedded
    plotly.js bundle is dropped, and cells of the Load/Check sections are marked to fold.
    """
    out = copy.deepcopy(nb)
    for cell in out.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            if _is_plotlyjs_bundle(output):
                continue
            data = output.get("data", {})
            if PLOTLY_MIME in data:
                output = copy.deepcopy(output)
                output["data"] = {"text/html": figure_html(dict(data[PLOTLY_MIME]))}
            outputs.append(output)
        cell.outputs = outputs
    for first, last, heading in _fold_marks(out.cells):
        out.cells[first].metadata["aidlib_fold_open"] = heading
        out.cells[last].metadata["aidlib_fold_close"] = True
    return out


def _title_and_question(nb: nbformat.NotebookNode, fallback: str) -> tuple[str, str]:
    """The notebook's ``# title`` and the first paragraph after it (the question)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("# "):
            head, _, rest = cell.source.lstrip().partition("\n")
            paragraphs = [p.strip() for p in rest.split("\n\n") if p.strip()]
            return head[2:].strip(), paragraphs[0] if paragraphs else ""
    return fallback, ""


def _exporter() -> HTMLExporter:
    exporter = HTMLExporter(  # type: ignore[no-untyped-call]
        template_name="lab",
        extra_template_paths=[str(TEMPLATES)],
        template_file="page.html.j2",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    return exporter


def to_html(
    nb: nbformat.NotebookNode,
    title: str,
    pages: Sequence[Page] = (),
    current: str = "",
) -> str:
    """The site page of an executed notebook: no CDN scripts, one shared plotly.js."""
    resources: dict[str, Any] = {
        "metadata": {"name": title},
        "aidlib_pages": list(pages),
        "aidlib_current": current,
    }
    body: str
    body, _ = _exporter().from_notebook_node(site_notebook(nb), resources=resources)
    return body


def _landing_env() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )


def _landing(data_dir: Path | None, currency: str, pages: Sequence[Page]) -> str:
    from .landing import overview  # imports the whole pipeline: only when a site is built

    content = overview(data_dir, currency)
    charts = [figure_html(fig.to_plotly_json()) for fig in content.figures]
    template = _landing_env().get_template("landing.html.j2")
    return template.render(findings=content.findings, charts=charts, sources=content.sources,
                           pages=pages, currency=currency)


def _notebooks(notebooks: Sequence[Path] | None) -> list[Path]:
    paths = list(notebooks) if notebooks else sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no notebooks found in {NOTEBOOK_DIR}")
    return paths


def build_site(
    data_dir: Path | None,
    out_dir: Path,
    currency: str = "EUR",
    progress: Progress | None = None,
    notebooks: Sequence[Path] | None = None,
) -> Path:
    """Execute every notebook against ``data_dir`` and write the site; return index.html.

    ``data_dir`` None means the default data folder (``$AIDLIB_DATA`` or ``data/``);
    ``currency`` (EUR or USD) is the notebooks' and the landing page's reporting currency;
    ``progress`` receives one short line per step.
    """
    say = progress or log.info
    if currency not in ("EUR", "USD"):
        raise ValueError(f"reporting currency must be EUR or USD, not {currency!r}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    env = _kernel_env(data_dir, currency)
    paths = _notebooks(notebooks)

    def run(path: Path) -> tuple[Page, nbformat.NotebookNode]:
        started = time.perf_counter()
        say(f"running {path.name}")
        nb = execute(path, env)
        log.info("%s: %.1f s", path.name, time.perf_counter() - started)
        return Page(path.stem, *_title_and_question(nb, path.stem)), nb

    # One kernel per notebook, as many at a time as there are cores: the run is CPU-bound.
    with ThreadPoolExecutor(max_workers=max(1, min(len(paths), os.cpu_count() or 1))) as pool:
        executed = list(pool.map(run, paths))
    pages = [page for page, _ in executed]
    for page, nb in executed:
        say(f"writing {page.href}")
        (out_dir / page.href).write_text(to_html(nb, page.title, pages, page.name),
                                         encoding="utf-8")
    (out_dir / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    shutil.copyfile(TEMPLATES / "site.css", out_dir / "site.css")
    say("writing index.html")
    index = out_dir / "index.html"
    index.write_text(_landing(data_dir, currency, pages), encoding="utf-8")
    return index


def refresh_notebooks(notebooks: Sequence[Path] | None = None) -> list[Path]:
    """Execute ``notebooks`` (default: all) and write them back in place, for nbval."""
    written = []
    for path in _notebooks(notebooks):
        nbformat.write(execute(path), path)  # type: ignore[no-untyped-call]
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m aidlib.render [--inplace] [--out DIR] [--data DIR] ...``."""
    parser = argparse.ArgumentParser(prog="python -m aidlib.render", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    parser.add_argument("--inplace", action="store_true", help="write executed notebooks back")
    parser.add_argument("--out", type=Path, default=HTML_DIR, help=f"default: {HTML_DIR}")
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: data/)")
    parser.add_argument("--currency", choices=("EUR", "USD"), default="EUR")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.inplace:
        for path in refresh_notebooks(args.notebooks or None):
            print(path)
        return 0
    started = time.perf_counter()
    index = build_site(args.data, args.out, args.currency, notebooks=args.notebooks or None)
    print(f"{index} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
