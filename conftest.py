"""Test-run hooks for the whole repository.

When nbval finds that a notebook's outputs changed, say how to tell an intended change
(refresh the committed outputs) from a different environment (install the locked versions).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

REFRESH_HINT = (
    "A notebook's outputs differ from the committed ones. If the library changed them on "
    "purpose, run `python3 tasks.py refresh` and commit the notebooks. If not, check that "
    "this environment has the versions of constraints.txt (`python3 tasks.py test` "
    "installs them); `python3 tasks.py lock` then `python3 tasks.py refresh` moves the "
    "pins on."
)


def _is_notebook_cell(item: pytest.Item) -> bool:
    return type(item).__name__ == "IPyNbCell"  # nbval's test item: one notebook cell


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    """Append the refresh hint to every failing notebook cell's report."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.when == "call" and _is_notebook_cell(item):
        report.sections.append(("how to fix", REFRESH_HINT))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Repeat the hint once at the end of a run with failing notebook cells."""
    failed = terminalreporter.stats.get("failed", [])
    if any(str(getattr(r, "nodeid", "")).split("::")[0].endswith(".ipynb") for r in failed):
        terminalreporter.write_line(REFRESH_HINT, yellow=True, bold=True)
