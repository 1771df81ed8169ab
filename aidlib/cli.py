"""The ``aidlib`` command: from a folder of articles to a checked site.

    aidlib init DIR                      a new, empty corpus folder
    aidlib add DIR FILE... [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--headline TEXT]
    aidlib check DIR                     every problem in the folder at once
    aidlib build DIR [--out SITE] [--currency EUR|USD]

Exit codes: 0 done, 1 refused or problems found (each printed on its own line), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from .errors import AidlibError, CorpusError
from .workspace import AddOptions, AddRefused, add, check, init

__all__ = ["main"]

CURRENCIES = ("EUR", "USD")


class BuildFailed(AidlibError):
    """A notebook stopped with an error while running against the corpus."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aidlib",
        description="Turn a folder of news articles about aid to Ukraine into sourced, "
        "reconciled, charted facts.",
        epilog="Example: aidlib init mine && aidlib add mine story.txt --published 2025-06-12 "
        "&& aidlib build mine",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_init = sub.add_parser("init", help="create a new, empty corpus folder",
                            description="Create DIR with articles/, articles.csv and a README.")
    p_init.add_argument("dir", type=Path, metavar="DIR")

    p_add = sub.add_parser(
        "add", help="add article files (plain text or saved web pages)",
        description="Copy each FILE unchanged into DIR and record its metadata. A .txt file "
        "needs --published; a saved web page (.html) gives its own text and, usually, its "
        "date. All files go in, or (if any is refused) none.")
    p_add.add_argument("dir", type=Path, metavar="DIR")
    p_add.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p_add.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                       help="publication date (wins over a date found in a page)")
    p_add.add_argument("--url", help="where the article was published (one file only)")
    p_add.add_argument("--outlet", metavar="NAME", help="the newspaper, agency or site")
    p_add.add_argument("--dollar", metavar="CODE",
                       help='what a bare "$" means (e.g. AUD, CAD); default: from the outlet\'s '
                            "name, else USD")
    p_add.add_argument("--headline", metavar="TEXT",
                       help="default: the page's title or the text's first line (one file only)")
    p_add.add_argument("--language", default="en", metavar="CODE",
                       help="ISO 639-1 code (default: en; the rules read English)")

    p_check = sub.add_parser("check", help="list every problem in a corpus folder",
                             description="Validate DIR; exit code 1 if anything is wrong.")
    p_check.add_argument("dir", type=Path, metavar="DIR")

    p_build = sub.add_parser(
        "build", help="derived tables and the rendered site for a corpus folder",
        description="Write DIR/derived/*.csv, run every notebook against DIR and render the "
        "site (default DIR/site/, for the bundled data/ build/html/; open index.html).")
    p_build.add_argument("dir", type=Path, metavar="DIR")
    p_build.add_argument("--out", type=Path, metavar="SITE", help="default: DIR/site")
    p_build.add_argument("--currency", choices=CURRENCIES, default="EUR",
                         help="reporting currency of the notebooks (default: EUR)")
    return parser


def _problems(out: TextIO, problems: Sequence[CorpusError], hint: str) -> int:
    for problem in problems:
        print(f"error: {problem}", file=out)
    print(f"{len(problems)} problem(s); {hint}", file=out)
    return 1


def _add(args: argparse.Namespace) -> int:
    try:
        options = AddOptions(published=args.published, url=args.url, outlet=args.outlet,
                             headline=args.headline, language=args.language,
                             dollar=args.dollar)
        results = add(args.dir, args.files, options)
    except AddRefused as exc:
        refusals = getattr(exc, "refusals", (exc,))
        for refusal in refusals:
            print(f"error: {refusal}", file=sys.stderr)
        print(f"nothing added: {args.dir} is unchanged", file=sys.stderr)
        return 1
    for item in results:
        if item.status == "unchanged":
            print(f"{item.source}: {item.note}; nothing to do")
        else:
            print(f"{item.source}: added as {item.meta.id!r}, published {item.meta.published} "
                  f"(date from the {item.date_found})")
    return 0


def _build(args: argparse.Namespace) -> int:
    from .build import derived_tables
    from .corpus import load_corpus

    root: Path = args.dir.resolve()
    problems = check(root)
    if problems:
        return _problems(sys.stderr, problems, f"fix them first (`aidlib check {args.dir}`)")
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:5.1f} s] {message}", flush=True)

    corpus = load_corpus(root)
    progress(f"{len(corpus)} articles in {root}")
    derived = root / "derived"
    derived.mkdir(exist_ok=True)
    for name, text in derived_tables(corpus).items():
        (derived / f"{name}.csv").write_text(text, encoding="utf-8")
        progress(f"derived/{name}.csv: {text.count(chr(10)) - 1} rows")
    out = (args.out or _default_site(root)).resolve()
    index = _render(root, out, args.currency, progress)
    progress(f"site written: open {index}")
    return 0


def _default_site(root: Path) -> Path:
    """``DIR/site``; for the bundled ``data/``, ``build/html`` as ``tasks.py build`` writes."""
    from . import render

    bundled = Path(__file__).resolve().parent.parent / "data"
    return render.HTML_DIR if root == bundled.resolve() else root / "site"


def _render(root: Path, out: Path, currency: str, progress: Callable[[str], None]) -> Path:
    """Execute the notebooks against ``root`` and write the site to ``out``; its index.html."""
    from nbclient.exceptions import CellExecutionError

    from .render import build_site

    try:
        return build_site(root, out, currency=currency, progress=progress)
    except CellExecutionError as exc:
        raise BuildFailed(f"a notebook stopped on this corpus: {exc.ename}: {exc.evalue} "
                          "(run it in Jupyter with AIDLIB_DATA set to see where)") from exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aidlib`` command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "init":
            folder = init(args.dir)
            print(f"created {folder}: add articles with `aidlib add {args.dir} FILE...`")
            return 0
        if args.command == "add":
            return _add(args)
        if args.command == "check":
            problems = check(args.dir)
            if problems:
                return _problems(sys.stdout, problems, "nothing was changed")
            from .corpus import load_corpus

            print(f"{args.dir}: {len(load_corpus(args.dir))} articles, no problems found")
            return 0
        return _build(args)
    except AidlibError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
