#!/usr/bin/env python3
"""Time the library's stages and, with ``--notebooks``, the whole notebook run.

    python3 tasks.py bench                 # library stages, best of 3
    python3 tasks.py bench --notebooks     # also execute every notebook (as the build does)
    python3 tasks.py bench --scale 50      # also a corpus 50x the size (articles repeated)

A benchmark script, not a timed test: timings vary by machine, so nothing here can fail
the test suite. Results are printed as a table to paste into notes.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Best wall time of ``repeat`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def stages(corpus: Any) -> list[tuple[str, Callable[[], Any]]]:
    """The library's stages that exist in this checkout, in pipeline order."""
    out: list[tuple[str, Callable[[], Any]]] = []
    for module, func in [("aidlib.mentions", "money_mentions"), ("aidlib.claims", "claims"),
                         ("aidlib.events", "events")]:
        try:
            fn = getattr(importlib.import_module(module), func)
        except (ImportError, AttributeError):
            continue
        out.append((f"{func}(corpus)", lambda fn=fn: fn(corpus)))
    return out


def scaled_corpus(factor: int, workdir: Path) -> Path:
    """A copy of the corpus with every article repeated ``factor`` times under new ids."""
    import csv

    src = ROOT / "data"
    (workdir / "articles").mkdir(parents=True)
    with (src / "articles.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for n in range(factor):
        for row in rows:
            new = dict(row, id=f"{row['id']}_{n}", file=f"{n}_{row['file']}")
            shutil.copy(src / "articles" / row["file"], workdir / "articles" / new["file"])
            out.append(new)
    with (workdir / "articles.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    shutil.copy(src / "people.yaml", workdir / "people.yaml")
    return workdir


def main() -> None:
    """Run the benchmark and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, default=0, help="also time a corpus N times larger")
    parser.add_argument("--notebooks", action="store_true", help="also execute the notebooks")
    args = parser.parse_args()

    t0 = time.perf_counter()
    import aidlib.corpus
    import aidlib.rates

    print(f"{'import aidlib':<34} {time.perf_counter() - t0:8.3f} s")
    t, _ = best_of(lambda: aidlib.rates.ecb_rates.__wrapped__(), 1)
    print(f"{'load ECB rates (once per process)':<34} {t:8.3f} s")
    t, corpus = best_of(lambda: aidlib.corpus.load_corpus(), args.repeat)
    print(f"{'load_corpus (5 articles)':<34} {t:8.3f} s")
    for name, fn in stages(corpus):
        first, _ = best_of(fn, 1)
        t, result = best_of(fn, args.repeat)
        print(f"{name:<34} {t:8.3f} s  (first call {first:.3f} s, {len(result)} rows)")
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            big = aidlib.corpus.load_corpus(scaled_corpus(args.scale, Path(tmp)))
            for name, fn in stages(big):
                t, result = best_of(fn, 1)
                rate = len(big) / t if t else float("inf")
                print(f"{name + f' x{args.scale}':<34} {t:8.3f} s  ({len(result)} rows, "
                      f"{rate:.0f} articles/s)")
    if args.notebooks:
        from aidlib.render import render_all

        with tempfile.TemporaryDirectory() as tmp:
            t, pages = best_of(lambda: render_all(out_dir=Path(tmp)), 1)
        print(f"{'execute + export all notebooks':<34} {t:8.3f} s  ({len(pages)} files)")


if __name__ == "__main__":
    main()
