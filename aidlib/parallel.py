"""Run a per-article stage over a corpus: serially, on all cores, or on a Dask cluster.

Every stage of the pipeline reads one article at a time (figures, claims, event mentions)
before anything is joined across articles, so that part can run anywhere. The results come
back in corpus order, so a table built from them is identical whichever way it ran.

- ``workers=None`` (the default): serial for a corpus under :data:`PARALLEL_THRESHOLD`
  bytes of text (starting processes costs more than it saves), else one process per core.
- ``workers=1``: serial; ``workers=N``: ``N`` processes (``concurrent.futures``).
- ``executor=``: any ``concurrent.futures.Executor``, or a ``distributed.Client`` (install
  the ``dask`` extra: ``pip install 'aidlib[dask]'``); the work goes to it in chunks.

A progress bar (tqdm, on standard error) shows on long runs when standard error is a
terminal; ``progress=True`` or ``False`` forces it on or off.

>>> map_articles(len, ["ab", "c"], workers=1)
[2, 1]
"""

from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, Final, Protocol, TypeVar

__all__ = ["PARALLEL_THRESHOLD", "PROGRESS_THRESHOLD", "cpu_count", "map_articles"]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

# Bytes of text above which ``workers=None`` starts processes: about a second of work on
# one core (see the README's Speed section), so starting a pool is paid back.
PARALLEL_THRESHOLD: Final = 2_000_000
# Articles above which a progress bar shows (when standard error is a terminal).
PROGRESS_THRESHOLD: Final = 500
# Chunks per worker: enough to balance uneven articles, few enough to keep overhead low.
_CHUNKS_PER_WORKER: Final = 4


class _DaskClient(Protocol):
    def get_executor(self) -> Executor: ...


def cpu_count() -> int:
    """Cores this process may use (its CPU affinity where the system reports one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1


def _size(item: Any) -> int:
    text = getattr(item, "text", item)
    return len(text) if isinstance(text, str) else 1


def _run_chunk(func: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [func(item) for item in chunk]


def _chunks(items: Sequence[T], n_chunks: int) -> list[Sequence[T]]:
    size = max(math.ceil(len(items) / max(n_chunks, 1)), 1)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _progress_bar(total: int, progress: bool | None, desc: str) -> Any:
    show = progress if progress is not None else (
        total >= PROGRESS_THRESHOLD and sys.stderr.isatty())
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="article", file=sys.stderr)


def map_articles(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int | None = None,
    executor: Executor | _DaskClient | None = None,
    progress: bool | None = None,
    desc: str = "articles",
) -> list[R]:
    """``[func(item) for item in items]``, serially or in parallel (see the module doc).

    ``func`` must be a module-level function (it is pickled to other processes) and
    ``items`` (articles) picklable. Results are in the order of ``items``.
    """
    items = list(items)
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    if executor is None and workers is None:
        workers = cpu_count() if sum(map(_size, items)) >= PARALLEL_THRESHOLD else 1
    bar = _progress_bar(len(items), progress, desc)
    try:
        if executor is None and (workers == 1 or len(items) < 2):
            out = []
            for item in items:
                out.append(func(item))
                if bar is not None:
                    bar.update(1)
            return out
        if executor is not None:
            if hasattr(executor, "get_executor"):  # a distributed.Client
                executor = executor.get_executor()
            assert isinstance(executor, Executor)
            return _map(executor, func, items, workers or cpu_count(), bar)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return _map(pool, func, items, workers or 1, bar)
    finally:
        if bar is not None:
            bar.close()


def _map(executor: Executor, func: Callable[[T], R], items: Sequence[T], workers: int,
         bar: Any) -> list[R]:
    chunks = _chunks(items, workers * _CHUNKS_PER_WORKER)
    log.debug("%d items in %d chunks on %r", len(items), len(chunks), executor)
    futures: list[Future[list[R]]] = [executor.submit(_run_chunk, func, c) for c in chunks]
    out: list[R] = []
    for future, chunk in zip(futures, chunks, strict=True):
        out += future.result()
        if bar is not None:
            bar.update(len(chunk))
    return out
