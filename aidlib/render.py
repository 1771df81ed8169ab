"""Execute the notebooks from a clean kernel and write them as standalone HTML.

``python -m aidlib.render`` runs every ``notebooks/*.ipynb`` in a fresh kernel (working
directory ``notebooks/``) and writes ``build/html/<name>.html`` plus an ``index.html``.
The pages open from disk with no server and no network: plotly.js, shipped inside the
``plotly`` package, is written once into each page's ``<head>``, and the charts' HTML parts
(see :mod:`aidlib.charts`) draw with it.

``python -m aidlib.render --inplace`` instead writes the executed notebooks back over the
committed ones (for contributors, after a change that alters outputs). Timing metadata is
not recorded, so a re-run that changes nothing leaves the files byte-identical.
"""

from __future__ import annotations

import argparse
import html
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from plotly.offline import get_plotlyjs

__all__ = ["HTML_DIR", "NOTEBOOK_DIR", "execute", "main", "render_all", "to_html"]

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = REPO / "notebooks"
HTML_DIR = REPO / "build" / "html"
KERNEL = "python3"
TIMEOUT_S = 600


def execute(path: Path) -> nbformat.NotebookNode:
    """Run one notebook top to bottom in a new kernel; raise on the first failing cell."""
    nb: nbformat.NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name=KERNEL,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return nb


def to_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Standalone HTML of an executed notebook, with plotly.js inlined once in the head."""
    exporter = HTMLExporter(template_name="lab")  # type: ignore[no-untyped-call]
    body: str
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    script = f'<script type="text/javascript">{get_plotlyjs()}</script>'
    return body.replace("</head>", script + "\n</head>", 1)


def _index(pages: Sequence[tuple[str, str]]) -> str:
    items = "\n".join(
        f'<li><a href="{html.escape(name)}.html">{html.escape(title)}</a></li>'
        for name, title in pages
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>aidlib notebooks</title>"
        "</head><body><h1>aidlib notebooks</h1><ul>\n" + items + "\n</ul></body></html>\n"
    )


def _title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return str(line[2:]).strip()
    return fallback


def render_all(
    notebooks: Sequence[Path] | None = None, *, out_dir: Path = HTML_DIR, inplace: bool = False
) -> list[Path]:
    """Execute ``notebooks`` (default: all) and write HTML to ``out_dir`` or back in place."""
    paths = list(notebooks) if notebooks else sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    written: list[Path] = []
    pages: list[tuple[str, str]] = []
    if not inplace:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in paths:
        started = time.perf_counter()
        nb = execute(path)
        if inplace:
            nbformat.write(nb, path)  # type: ignore[no-untyped-call]
            written.append(path)
        else:
            title = _title(nb, path.stem)
            target = out_dir / f"{path.stem}.html"
            target.write_text(to_html(nb, title), encoding="utf-8")
            pages.append((path.stem, title))
            written.append(target)
        log.info("%s: %.1f s", path.name, time.perf_counter() - started)
    if pages and not notebooks:
        index = out_dir / "index.html"
        index.write_text(_index(pages), encoding="utf-8")
        written.append(index)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m aidlib.render [--inplace] [--out DIR] [NOTEBOOK ...]``."""
    parser = argparse.ArgumentParser(prog="python -m aidlib.render", description=__doc__)
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    parser.add_argument("--inplace", action="store_true", help="write executed notebooks back")
    parser.add_argument("--out", type=Path, default=HTML_DIR, help=f"default: {HTML_DIR}")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in render_all(args.notebooks or None, out_dir=args.out, inplace=args.inplace):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
