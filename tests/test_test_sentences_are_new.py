"""The rules' tests use sentences written for them, never copied from an article of the
evaluation set: a test on a dev sentence checks that sentence, not the phrasing family, and
overstates how well a rule generalizes. Any string in a test module that shares
:data:`RUN` consecutive words with a dev article fails here (the words of names of
institutions and common phrases are shorter than that)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "data" / "eval" / "dev" / "articles"
RUN = 9  # consecutive words

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@cache
def _dev_runs() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for path in sorted(DEV.glob("*.txt")):
        for run in _runs(path.read_text(encoding="utf-8")):
            out.setdefault(run, path.stem)
    return out


def _copies(module: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            shared = next((r for r in _runs(node.value) if r in _dev_runs()), None)
            if shared is not None:
                found.append(f"{module.name}:{node.lineno}: '{' '.join(shared)}' "
                             f"({_dev_runs()[shared]})")
    return found


def test_no_test_sentence_copies_a_dev_article() -> None:
    copies = [c for module in sorted((ROOT / "tests").glob("test_*.py"))
              for c in _copies(module)]
    assert copies == []


def test_the_check_finds_a_copy(tmp_path: Path) -> None:
    article = next(DEV.glob("*.txt")).read_text(encoding="utf-8")
    words = _WORD.findall(article.lower())[:RUN]
    module = tmp_path / "test_copy.py"
    module.write_text(f"SENTENCE = {' '.join(words)!r}\n", encoding="utf-8")
    assert len(_copies(module)) == 1
