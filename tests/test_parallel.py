"""Per-article stages in parallel: same tables as the serial run, on processes and on Dask."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pandas as pd
import pytest

from aidlib import claims, events, parallel
from aidlib.corpus import Corpus, load_corpus
from aidlib.mentions import money_mentions
from aidlib.parallel import map_articles

# The per-article stages of the pipeline: each takes the corpus and workers= / executor=.
STAGES: tuple[Callable[..., pd.DataFrame], ...] = (money_mentions, claims, events)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus()


def _text_length(article: Any) -> int:
    return len(article.text)


def test_serial_and_processes_agree_in_order(corpus: Corpus) -> None:
    serial = map_articles(_text_length, corpus.articles, workers=1)
    assert serial == [len(a.text) for a in corpus]
    assert map_articles(_text_length, corpus.articles, workers=2) == serial


def test_money_mentions_on_two_processes_is_the_serial_table(corpus: Corpus) -> None:
    pd.testing.assert_frame_equal(money_mentions(corpus, workers=2), money_mentions(corpus))


@pytest.mark.parametrize("stage", [claims, events], ids=["claims", "events"])
def test_claims_and_events_on_two_processes_are_the_serial_tables(
        corpus: Corpus, stage: Any) -> None:
    """events merges across articles after the per-article stage: the same table too."""
    pd.testing.assert_frame_equal(stage(corpus, workers=2), stage(corpus))


def test_any_executor_gives_the_serial_table(corpus: Corpus) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        table = money_mentions(corpus, executor=pool)
    pd.testing.assert_frame_equal(table, money_mentions(corpus))


def test_small_corpus_stays_serial(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a process pool was started for a small corpus")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert len(money_mentions(corpus)) > 0


def test_large_corpus_goes_to_all_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int | None] = []

    class FakePool(ThreadPoolExecutor):
        def __init__(self, max_workers: int | None = None) -> None:
            started.append(max_workers)
            super().__init__(max_workers)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", FakePool)
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 10)
    assert map_articles(len, ["a" * 6, "b" * 6]) == [6, 6]
    assert started == [parallel.cpu_count()]


def test_bad_worker_count_is_refused() -> None:
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        map_articles(len, ["a"], workers=0)


def test_progress_bar_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert map_articles(len, ["ab", "c"], workers=1, progress=True, desc="demo") == [2, 1]
    assert "demo" in capsys.readouterr().err


def test_no_progress_bar_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    map_articles(len, ["x"] * (parallel.PROGRESS_THRESHOLD + 1), workers=1)
    assert capsys.readouterr().err == ""


def test_dask_local_cluster_gives_the_serial_tables(corpus: Corpus) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="the dask extra is not installed: pip install 'aidlib[dask]'")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        tables = [stage(corpus, executor=client) for stage in STAGES]
    for table, stage in zip(tables, STAGES, strict=True):
        pd.testing.assert_frame_equal(table, stage(corpus))
