#!/usr/bin/env python3
"""Measure the library's speed on unique texts, against quantulum3 in the same run.

    python3 tasks.py bench                    # 200 unique articles (~1 MB), one core
    python3 tasks.py bench --scales 1,10,100  # also 1x/10x/100x: corpus size, article
                                              # length and figure count
    python3 tasks.py bench --workers 2        # also the per-article stages on 2 processes
    python3 tasks.py bench --notebooks        # also execute every notebook (as the build does)

The benchmark corpus is built from the sentences of the real articles (``data/`` and
``tests/fixtures/unseen/``), shuffled with a fixed seed into new articles, so that no two
texts are equal: a cache keyed on the text cannot make a repeated article look fast.
Sentences are cut with a fixed regular expression here, not with the library's splitter,
so the corpus stays the same whichever splitter the library uses.

Each stage is timed alone, its caches emptied first; "end to end" is the three tables
computed from scratch (the caches emptied once), the stages sharing what they share in
real use: each article's sentences and money mentions, computed once
(:data:`aidlib.text.ARTICLES_CACHED`).

Timings are CPU time on one core (``--wall``: wall time), best of ``--repeat`` runs; peak
memory is measured in a separate run under ``tracemalloc`` (which slows Python down, so it
never shares a run with a timing). A benchmark script, not a timed test: nothing here can
fail the test suite.
"""

from __future__ import annotations

import argparse
import csv
import gc
import hashlib
import random
import re
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCES = [ROOT / "data", ROOT / "tests" / "fixtures" / "unseen"]
SEED = 10  # issue 10

# A sentence end for building the corpus: . ! or ? (perhaps closing a quote or bracket),
# space, then what can start a sentence. Abbreviations such as "U.S." are protected by
# requiring a lower-case letter or digit before the full stop.
_SENTENCE_END = re.compile(
    r"""(?<=[a-z0-9%)][.!?])   # a word of at least one lower-case letter, then the end mark
        (?:["”’)]+)?            # perhaps closing a quote or a bracket
        \s+                     # the space between sentences
        (?=["“‘(]?[A-Z0-9])     # the next sentence starts with a capital or a digit
    """,
    re.VERBOSE,
)
_PARAGRAPH = re.compile(r"\n\s*\n")
_MONEY_HINT = re.compile(r"[$€£]|\b(?:euros?|dollars?|pounds?|hryvnias?|yen|bn)\b", re.I)


# --------------------------------------------------------------------------- the corpus


def source_sentences() -> tuple[list[str], list[str], list[str]]:
    """Sentences of every source article, split into (all, with money, without money)."""
    sents: list[str] = []
    for folder in SOURCES:
        for path in sorted((folder / "articles").glob("*.txt")):
            for para in _PARAGRAPH.split(path.read_text(encoding="utf-8")):
                sents += [s.strip() for s in _SENTENCE_END.split(para.strip()) if s.strip()]
    sents = sorted(set(sents))  # a fixed order, whatever the file system lists first
    money = [s for s in sents if _MONEY_HINT.search(s)]
    plain = [s for s in sents if not _MONEY_HINT.search(s)]
    return sents, money, plain


def publication_days(n: int = 1_000, seed: int = SEED) -> list[str]:
    """``n`` publication days drawn from the ECB era of the bundled rates (2022-2025), so
    that a cache keyed on (phrase, day) helps only within an article, as in real use."""
    rng = random.Random(seed)
    first = date(2022, 3, 1).toordinal()
    last = date(2025, 12, 31).toordinal()
    return [date.fromordinal(rng.randint(first, last)).isoformat() for _ in range(n)]


def make_article(rng: random.Random, pool: Sequence[str], size: int,
                 extra: Sequence[str] = (), n_extra: int = 0) -> str:
    """A new article of about ``size`` characters: a headline, then paragraphs of 1-4
    sentences drawn from ``pool``; ``n_extra`` of them drawn from ``extra`` instead."""
    picks = [rng.choice(extra) for _ in range(n_extra)]
    body_len = sum(len(s) + 1 for s in picks)
    while body_len < size:
        s = rng.choice(pool)
        picks.append(s)
        body_len += len(s) + 1
    rng.shuffle(picks)
    paras, i = [], 0
    while i < len(picks):
        n = rng.randint(1, 4)
        paras.append(" ".join(picks[i : i + n]))
        i += n
    headline = rng.choice(pool).rstrip(".")
    return headline + "\n\n" + "\n\n".join(paras) + "\n"


def write_corpus(folder: Path, texts: Sequence[str], dates: Sequence[str]) -> Path:
    """Write ``texts`` as a corpus folder that :func:`aidlib.corpus.load_corpus` reads."""
    if len(set(texts)) != len(texts):
        raise SystemExit("benchmark corpus has repeated texts: a cache could flatter it")
    (folder / "articles").mkdir(parents=True)
    rows = []
    for n, text in enumerate(texts):
        name = f"b{n:05d}"
        data = text.encode("utf-8")
        (folder / "articles" / f"{name}.txt").write_bytes(data)
        day = dates[n % len(dates)]
        rows.append({
            "id": name, "file": f"{name}.txt", "headline": text.split("\n", 1)[0],
            "outlet": "", "author": "", "language": "en", "published": day,
            "published_earliest": day, "published_latest": day,
            "date_evidence": "benchmark article: sentences of the corpus shuffled",
            "sha256": hashlib.sha256(data).hexdigest(), "added": day,
        })
    with (folder / "articles.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    for name in ("people.yaml", "actors.yaml"):
        if (ROOT / "data" / name).exists():
            (folder / name).write_bytes((ROOT / "data" / name).read_bytes())
    return folder


def benchmark_texts(n: int, size: int, seed: int = SEED) -> list[str]:
    """``n`` unique articles of about ``size`` characters each."""
    rng = random.Random(seed)
    pool, _, _ = source_sentences()
    return [make_article(rng, pool, rng.randint(size * 3 // 4, size * 5 // 4))
            for _ in range(n)]


# --------------------------------------------------------------------------- measuring


def clear_text_caches() -> None:
    """Empty every cache in aidlib keyed on an article's text (``functools.lru_cache`` of a
    function whose first parameter is ``text``), so that no run reuses an earlier one's work."""
    import inspect
    import pkgutil

    import aidlib

    for info in pkgutil.walk_packages(aidlib.__path__, "aidlib."):
        module = sys.modules.get(info.name)
        for obj in vars(module).values() if module else ():
            wrapped = getattr(obj, "__wrapped__", None)
            if callable(wrapped) and hasattr(obj, "cache_clear"):
                params = list(inspect.signature(wrapped).parameters)
                if params[:1] == ["text"]:
                    obj.cache_clear()


# The clock of a one-core timing: the CPU time of this process, which other programs on a
# shared machine do not inflate as they do wall time (``--wall`` to use wall time). Runs on
# several processes are always timed by the wall clock.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def best_of(fn: Callable[[], Any], repeat: int, timer: Callable[[], float] | None = None
            ) -> tuple[float, Any]:
    """Best time of ``repeat`` calls, each with empty text caches, and the last result."""
    timer = timer or clock
    best, result = float("inf"), None
    for _ in range(repeat):
        clear_text_caches()
        gc.collect()
        started = timer()
        result = fn()
        best = min(best, timer() - started)
    return best, result


def peak_memory(fn: Callable[[], Any]) -> int:
    """Peak bytes allocated by Python while ``fn`` runs (tracemalloc)."""
    clear_text_caches()
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def stages(corpus: Any, workers: int | None = None) -> list[tuple[str, Callable[[], Any]]]:
    """The pipeline's stages, and the whole pipeline, as (name, call)."""
    from aidlib import claims, events
    from aidlib.mentions import money_mentions

    kw: dict[str, Any] = {} if workers is None else {"workers": workers}
    parts: list[tuple[str, Callable[[], Any]]] = [
        ("money_mentions", lambda: money_mentions(corpus, **kw)),
        ("claims", lambda: claims(corpus, **kw)),
        ("events", lambda: events(corpus, **kw)),
    ]

    def end_to_end() -> list[Any]:
        return [fn() for _, fn in parts]

    return [*parts, ("end to end", end_to_end)]


def rows_of(result: Any) -> int:
    """Rows in a stage's table (or in all the tables of the whole pipeline)."""
    return sum(len(r) for r in result) if isinstance(result, list) else len(result)


def quantulum(texts: Sequence[str]) -> Callable[[], int]:
    """quantulum3 over every text, as a call returning the quantities found."""
    from aidlib.evaluate.baselines import quantulum_parser

    parser = quantulum_parser()  # its default: no scikit-learn classifier
    parser.parse("warm up: 3 billion euros")  # loads its classifier once, outside the timing

    def run() -> int:
        return sum(len(parser.parse(t)) for t in texts)

    return run


def mb(n_bytes: float) -> float:
    """Megabytes (10^6 bytes)."""
    return n_bytes / 1e6


def line(name: str, size: int, seconds: float, rows: int, peak: int | None = None) -> str:
    """One row of the results table."""
    speed = mb(size) / seconds if seconds else float("inf")
    mem = f"{mb(peak):9.1f}" if peak is not None else f"{'':9}"
    return (f"{name:<28} {mb(size):8.3f} {seconds:9.3f} {speed:9.3f} "
            f"{rows / seconds if seconds else 0:10.0f} {rows:8d} {mem}")


HEADER = (f"{'stage':<28} {'MB':>8} {'seconds':>9} {'MB/s':>9} {'rows/s':>10} {'rows':>8} "
          f"{'peak MB':>9}")


def measure_corpus(label: str, folder: Path, repeat: int, memory: bool,
                   workers: int | None = None, only: str | None = None) -> dict[str, float]:
    """Time (and measure) every stage on the corpus in ``folder``; print and return MB/s."""
    from aidlib.corpus import load_corpus

    corpus = load_corpus(folder)
    size = sum(len(a.text.encode("utf-8")) for a in corpus)
    speeds = {}
    for name, fn in stages(corpus, workers):
        if only and name != only:
            continue
        seconds, result = best_of(fn, repeat, time.perf_counter if workers else None)
        peak = peak_memory(fn) if memory else None
        print(line(f"{name} {label}".strip(), size, seconds, rows_of(result), peak), flush=True)
        speeds[name] = mb(size) / seconds
    return speeds


def scale_runs(factors: Sequence[int], tmp: Path, repeat: int) -> None:
    """Time and memory at 1x/10x/100x of corpus size, article length and figure count."""
    rng = random.Random(SEED + 1)
    pool, money, plain = source_sentences()
    dates = publication_days()
    base_n, base_len, base_figs, figs_len = 2, 5_000, 3, 100_000
    print(f"\nscaling (one core; base: {base_n} articles of ~{base_len // 1000} KB; one "
          f"article of ~{base_len // 1000} KB; {base_figs} money sentences in "
          f"~{figs_len // 1000} KB)")
    print(HEADER)
    for factor in factors:
        texts = [make_article(rng, pool, base_len) for _ in range(base_n * factor)]
        folder = write_corpus(tmp / f"n{factor}", texts, dates)
        measure_corpus(f"[{factor}x articles]", folder, repeat, True, only="end to end")
    for factor in factors:
        texts = [make_article(rng, pool, base_len * factor)]
        folder = write_corpus(tmp / f"len{factor}", texts, dates)
        measure_corpus(f"[{factor}x length]", folder, repeat, True, only="end to end")
    for factor in factors:
        texts = [make_article(rng, plain, figs_len, money, base_figs * factor)]
        folder = write_corpus(tmp / f"fig{factor}", texts, dates)
        measure_corpus(f"[{factor}x figures]", folder, repeat, True, only="end to end")


def worst_case_line(size: int = 100_000) -> str:
    """Time :func:`aidlib.text.sentences` on ``size`` characters with no sentence break."""
    from aidlib.text import sentences

    pool, _, _ = source_sentences()
    paragraph = " ".join(re.sub(r"[.!?]", ",", s) for s in pool * 100)[:size]
    clear_text_caches()
    started = time.perf_counter()
    sentences(paragraph)
    return (f"\nsentences() on a {size // 1000} KB paragraph without a sentence break: "
            f"{time.perf_counter() - started:.3f} s")


def main() -> None:
    """Build the benchmark corpus, time every stage and quantulum3, print the table."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="articles in the corpus")
    parser.add_argument("--size", type=int, default=4_900, help="mean characters an article")
    parser.add_argument("--repeat", type=int, default=3, help="timings: best of N runs")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--no-quantulum", action="store_true", help="skip quantulum3")
    parser.add_argument("--scales", default="", help="e.g. 1,10,100: also the scaling runs")
    parser.add_argument("--workers", type=int, default=0, help="also time N processes")
    parser.add_argument("--notebooks", action="store_true", help="also execute the notebooks")
    parser.add_argument("--wall", action="store_true", help="time one core by the wall clock")
    args = parser.parse_args()
    global clock
    clock = CLOCKS["wall" if args.wall else "cpu"]

    t0 = time.perf_counter()
    import aidlib
    import aidlib.rates

    print(f"import aidlib: {time.perf_counter() - t0:.2f} s; ", end="")
    t, _ = best_of(lambda: aidlib.rates.ecb_rates(), 1)
    print(f"ECB rates loaded once per process: {t:.2f} s")
    texts = benchmark_texts(args.articles, args.size)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"benchmark corpus: {len(texts)} unique articles, {mb(size):.3f} MB "
          f"(seed {SEED}); best of {args.repeat}; seconds: {'wall' if args.wall else 'CPU'} time "
          f"on one core (wall time with workers); peak memory by tracemalloc\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "bench", texts, publication_days())
        print(HEADER)
        speeds = measure_corpus("", folder, args.repeat, not args.no_memory)
        if args.workers:
            measure_corpus(f"[{args.workers} workers]", folder, args.repeat, False,
                           workers=args.workers)
        print(worst_case_line())
        if not args.no_quantulum:
            seconds, found = best_of(quantulum(texts), 1)  # the same clock as aidlib's
            print(line("quantulum3 (parse)", size, seconds, found))
            q = mb(size) / seconds
            print(f"\naidlib end to end vs quantulum3 on the same text: "
                  f"{speeds['end to end'] / q:.1f}x "
                  f"(money_mentions alone: {speeds['money_mentions'] / q:.1f}x)")
        if args.scales:
            scale_runs([int(x) for x in args.scales.split(",")], Path(tmp), args.repeat)
    if args.notebooks:
        from aidlib.render import build_site

        with tempfile.TemporaryDirectory() as tmp:
            t, _ = best_of(lambda: build_site(None, Path(tmp)), 1)
            pages = list(Path(tmp).glob("*.html"))
        print(f"\nexecute + export all notebooks: {t:.1f} s ({len(pages)} pages)")


if __name__ == "__main__":
    main()
