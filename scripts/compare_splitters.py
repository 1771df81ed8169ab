#!/usr/bin/env python3
"""Compare sentence splitters on accuracy and speed (how ``aidlib.text`` was chosen).

    pip install -e '.[splitters]'        # pysbd, syntok, blingfire, nltk, spaCy, nupunkt
    python scripts/compare_splitters.py  # one table; splitters not installed are skipped

Each splitter gets one line at a time (every line break ends a sentence in aidlib, and a
list marker "- " opening a line is not part of its sentence: all candidates get both for
free) and returns character spans, trimmed of white space.

- gold: the distinct sentence spans in the ``gold/claims.csv`` files (``data/``, the unseen
  fixtures and the evaluation set ``data/eval/``: the sentences the claims rules read) that
  the splitter reproduces exactly.
- same as before: share of the spans pysbd gave on the 51 articles of those folders that
  the splitter gives too (spans in either and not both count against it). The notebooks
  and derived tables show these sentences, so a change shows in them.
- MB/s on the ~1 MB benchmark corpus of ``scripts/benchmark.py`` (unique texts), by CPU time.
- seconds on two 100 KB paragraphs with no sentence break: the articles' sentences with
  their end marks made commas ("plain"), and "the U.S. and " repeated ("U.S."); a splitter
  still running after ``--timeout`` seconds is stopped and shown as ">timeout".
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import benchmark  # noqa: E402  (the benchmark corpus, from the script beside this one)

Spans = list[tuple[int, int]]
GOLD_DIRS = [*benchmark.SOURCES, ROOT / "data" / "eval" / "dev", ROOT / "data" / "eval" / "test"]


def _pysbd() -> Callable[[str], Spans]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda line: [(s.start, s.end) for s in seg.segment(line)] if line.strip() else []


def _syntok() -> Callable[[str], Spans]:
    from syntok import segmenter

    def split(line: str) -> Spans:
        return [(s[0].offset, s[-1].offset + len(s[-1].value))
                for para in segmenter.analyze(line) for s in para]

    return split


def _blingfire() -> Callable[[str], Spans]:
    import blingfire

    def split(line: str) -> Spans:
        if not line.strip():
            return []
        return list(blingfire.text_to_sentences_and_offsets(line)[1])

    return split


def _nltk_punkt() -> Callable[[str], Spans]:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tok = PunktSentenceTokenizer()  # no trained model ships with nltk: default parameters
    return lambda line: list(tok.span_tokenize(line))


def _nupunkt() -> Callable[[str], Spans]:
    import nupunkt

    return lambda line: list(nupunkt.sent_spans(line))


def _spacy() -> Callable[[str], Spans]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return lambda line: [(s.start_char, s.end_char) for s in nlp(line).sents]


def _aidlib() -> Callable[[str], Spans]:
    from aidlib.text import split_spans

    return split_spans


SPLITTERS: dict[str, Callable[[], Callable[[str], Spans]]] = {
    "pysbd 0.3 (before)": _pysbd,
    "syntok": _syntok,
    "blingfire": _blingfire,
    "nltk punkt (untrained)": _nltk_punkt,
    "nupunkt (Punkt + model)": _nupunkt,
    "spaCy sentencizer": _spacy,
    "aidlib.text (regex + list)": _aidlib,
}


def spans(split: Callable[[str], Spans], text: str) -> list[tuple[int, int]]:
    """Trimmed sentence spans of ``text``, splitting each line with ``split``."""
    from aidlib.text import _BULLET

    out, pos = [], 0
    for line in text.split("\n"):
        for a, b in split(line):
            if a == 0 and (bullet := _BULLET.match(line)):
                a = min(bullet.end(), b)
            chunk = line[a:b]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append((pos + a + lead, pos + a + lead + len(chunk.strip())))
        pos += len(line) + 1
    return out


def gold_spans() -> list[tuple[str, int, tuple[int, int]]]:
    """(text, figure offset, gold sentence span) for every distinct gold sentence."""
    rows, seen = [], set()
    for folder in GOLD_DIRS:
        with (folder / "gold" / "claims.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                key = (row["source_id"], row["sentence_start"], row["sentence_end"])
                if key in seen:
                    continue
                seen.add(key)
                text = (folder / "articles" / f"{row['source_id']}.txt").read_text("utf-8")
                rows.append((text, int(row["start"]),
                             (int(row["sentence_start"]), int(row["sentence_end"]))))
    return rows


def real_texts() -> list[str]:
    """The articles of the gold folders."""
    return [p.read_text("utf-8") for folder in GOLD_DIRS
            for p in sorted((folder / "articles").glob("*.txt"))]


def no_break_paragraph(size: int = 100_000) -> str:
    """``size`` characters of article sentences with every sentence end made a comma."""
    pool, _, _ = benchmark.source_sentences()
    parts, n, i = [], 0, 0
    while n < size:
        s = re.sub(r"[.!?]", ",", pool[i % len(pool)])
        parts.append(s)
        n += len(s) + 1
        i += 1
    return " ".join(parts)[:size]


def _time_worst(name: str, text: str, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    split = SPLITTERS[name]()
    started = time.process_time()
    spans(split, text)
    queue.put(time.process_time() - started)


def worst_case(name: str, text: str, timeout: float) -> str:
    """Seconds to split ``text`` in a child process, or ">timeout"."""
    queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=_time_worst, args=(name, text, queue))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return f">{timeout:.0f} s"
    return f"{queue.get():.3f} s"


def main() -> None:
    """Print one row per installed splitter."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    gold = gold_spans()
    reals = real_texts()
    corpus = benchmark.benchmark_texts(200, 4_900)
    size = sum(len(t.encode("utf-8")) for t in corpus)
    worst = {"plain": no_break_paragraph(), "U.S.": ("the U.S. and " * 8_000)[:100_000]}
    before = [set(spans(_pysbd(), t)) for t in reals] if _available("pysbd") else None
    print(f"gold: {len(gold)} distinct sentences; benchmark corpus {size / 1e6:.2f} MB; "
          f"worst cases: 100 KB paragraphs without a sentence break\n")
    print(f"{'splitter':<28} {'gold':>10} {'same as before':>15} {'MB/s':>8} "
          f"{'plain':>10} {'U.S.':>10}")
    for name, make in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            print(f"{name:<28} (not installed)")
            continue
        hits = 0
        for text, pos, want in gold:
            got = [s for s in spans(split, text) if s[0] <= pos < s[1]]
            hits += bool(got) and got[0] == want
        same = "n/a"
        if before is not None:
            agree = union = 0
            for old, text in zip(before, reals, strict=True):
                new = set(spans(split, text))
                agree += len(old & new)
                union += len(old | new)
            same = f"{agree / union:.1%}"
        started = time.process_time()
        for text in corpus:
            spans(split, text)
        speed = size / 1e6 / (time.process_time() - started)
        slow = [worst_case(name, text, args.timeout) for text in worst.values()]
        print(f"{name:<28} {hits:>4}/{len(gold):<5} {same:>15} {speed:8.2f} "
              f"{slow[0]:>10} {slow[1]:>10}", flush=True)


def _available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
