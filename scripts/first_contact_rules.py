#!/usr/bin/env python3
"""The labels the rules gave each dev article before anyone had read it: for every round of
``data/eval/dev`` (the articles one commit added), the rules of that commit's parent run on
its articles, rules only. Written to ``data/eval/first_contact_rules.csv`` (source_id, start,
end, commit, kind, category, speaker, donors, scope_type: one row per money figure the old
rules found).

    python scripts/first_contact_rules.py            # all rounds (needs git history)
    python scripts/first_contact_rules.py --check    # only list rounds and commits

Why: the present rules were tuned on the dev articles, so on them they look right, and a
model weighed against them learns to copy them (data/eval/README.md, "Learned kind and
category"). The rules at first contact show how rules err on text they were not written on;
``scripts/train_claims_model.py --first-contact-rules`` trains and chooses thresholds
against these labels.

Each old commit is checked out in a temporary ``git worktree`` and imported from there with
this environment's packages. The round of the first 42 articles ran on a splitter this
project no longer depends on: ``--extra DIR`` puts a folder on the path (e.g. one made with
``pip install --target DIR pysbd``).
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "data" / "eval" / "dev"
OUT = ROOT / "data" / "eval" / "first_contact_rules.csv"
COLUMNS = ("source_id", "start", "end", "commit", "kind", "category", "speaker", "donors",
           "scope_type")
_KEY = ("source_id", "start", "end")

Span = tuple[str, int, int]  # (source_id, start, end) of a money figure

# Run inside the old checkout (its aidlib first on the path): the rules-only money claims of
# the corpus folder argv[1], as CSV rows on stdout. Old versions lack ``learned=``.
_RUN_OLD = """
import csv, inspect, sys
from pathlib import Path
from aidlib.claims import claims
from aidlib.corpus import load_corpus
corpus = load_corpus(Path(sys.argv[1]))
kw = {"learned": False} if "learned" in inspect.signature(claims).parameters else {}
t = claims(corpus, **kw)
w = csv.writer(sys.stdout)
for r in t[t["measure"] == "money"].to_dict("records"):
    d = r.get("donors", "")
    d = ";".join(sorted(d)) if isinstance(d, (list, tuple)) else (d or "")
    w.writerow([r["source_id"], r["start"], r["end"], r.get("kind", ""),
                r.get("category", ""), r.get("speaker", ""), d, r.get("scope_type", "")])
"""


def read_labels(path: Path = OUT) -> dict[Span, dict[str, str]]:
    """The labels of a file like :data:`OUT` (any CSV with ``source_id``, ``start``, ``end``
    and label columns) by figure span: column -> value, empty values left out."""
    with path.open(newline="", encoding="utf-8") as f:
        return {(r["source_id"], int(r["start"]), int(r["end"])):
                {k: v for k, v in r.items() if k not in _KEY and v}
                for r in csv.DictReader(f)}


def git(*args: str) -> str:
    """Run git in the repository; its stdout."""
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def rounds() -> dict[str, list[str]]:
    """Commit that added dev articles -> the ids it added (oldest first)."""
    out: dict[str, list[str]] = {}
    for line in git("log", "--reverse", "--diff-filter=A", "--name-only", "--format=@%h",
                    "--", "data/eval/dev/articles").splitlines():
        if line.startswith("@"):
            commit = line[1:]
        elif line.endswith(".txt") and (DEV / "articles" / Path(line).name).is_file():
            out.setdefault(commit, []).append(Path(line).stem)
    return out


def corpus_folder(ids: Sequence[str], header: Sequence[str], folder: Path) -> None:
    """A corpus folder of the dev articles ``ids``, its ``articles.csv`` cut to the columns
    ``header`` of the old commit's own ``articles.csv``."""
    (folder / "articles").mkdir(parents=True)
    with (DEV / "articles.csv").open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["id"] in ids]
    for r in rows:
        (folder / "articles" / r["file"]).write_bytes((DEV / "articles" / r["file"]).read_bytes())
    with (folder / "articles.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, list(header), extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def old_labels(commit: str, ids: Sequence[str], extra: Path | None) -> list[list[str]]:
    """The rows of the rules of ``commit``'s parent on the articles ``ids``."""
    parent = git("rev-parse", "--short", f"{commit}^").strip()
    header = git("show", f"{parent}:data/articles.csv").splitlines()[0].split(",")
    with tempfile.TemporaryDirectory() as tmp:
        wt, data = Path(tmp) / "wt", Path(tmp) / "data"
        git("worktree", "add", "--detach", str(wt), parent)
        try:
            corpus_folder(ids, header, data)
            path = os.pathsep.join(str(p) for p in (wt, extra) if p)
            run = subprocess.run([sys.executable, "-c", _RUN_OLD, str(data)], cwd=tmp,
                                 env={**os.environ, "PYTHONPATH": path}, check=True,
                                 capture_output=True, text=True)
        finally:
            git("worktree", "remove", "--force", str(wt))
    rows = list(csv.reader(run.stdout.splitlines()))
    return [[r[0], r[1], r[2], parent, *r[3:]] for r in rows]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--extra", type=Path, default=None,
                        help="a folder put on the old code's path (packages it needs)")
    parser.add_argument("--check", action="store_true", help="only list rounds and commits")
    args = parser.parse_args(argv)
    table: list[list[str]] = []
    for commit, ids in rounds().items():
        print(f"{commit}: {len(ids)} articles ({ids[0]} ...)", file=sys.stderr)
        if not args.check:
            table += old_labels(commit, ids, args.extra)
    if args.check:
        return
    table.sort(key=lambda r: (r[0], int(r[1]), int(r[2])))
    with args.out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(table)
    print(f"wrote {args.out} ({len(table)} figures)", file=sys.stderr)


if __name__ == "__main__":
    main()
