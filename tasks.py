#!/usr/bin/env python3
"""Set up and run the project with nothing but Python and pip.

    python3 tasks.py build     # venv + install, derived tables, notebooks -> build/html/
    python3 tasks.py test      # venv + install with dev tools, then the whole test suite
    python3 tasks.py refresh   # re-execute notebooks/*.ipynb in place (after changing outputs)
    python3 tasks.py lint      # ruff and mypy
    python3 tasks.py bench     # MB/s, rows/s, peak memory per stage on unique texts, vs quantulum3

The virtual environment lives in ``.venv`` (or ``$AIDLIB_VENV``). It is created on first
use; ``pip install`` runs again only when ``pyproject.toml`` changes. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("AIDLIB_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# The one test command; .ci/run and the README call it through `tasks.py test`.
TEST_CMD = ["-m", "pytest"]


def run(*args: str | Path) -> None:
    """Run a command from the repository root; stop with its exit code if it fails."""
    print("+", " ".join(str(a) for a in args), flush=True)
    code = subprocess.call([str(a) for a in args], cwd=ROOT)
    if code:
        sys.exit(code)


def ensure_env(extra: str) -> None:
    """Create the venv if needed and install the project (``extra`` like "dev" or "")."""
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
        run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    stamp = VENV / f".aidlib-installed-{extra or 'base'}"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == want:
        return
    target = f".[{extra}]" if extra else "."
    run(PY, "-m", "pip", "install", "--quiet", "--editable", target)
    stamp.write_text(want)


def main(argv: list[str]) -> None:
    """Dispatch one task."""
    task = argv[0] if argv else "help"
    rest = argv[1:]
    if task == "build":
        ensure_env("")
        run(PY, "-m", "aidlib.build")
        run(PY, "-m", "aidlib.render", *rest)
        print(f"HTML written to {ROOT / 'build' / 'html'} (open index.html in a browser)")
    elif task == "test":
        ensure_env("dev")
        run(PY, *TEST_CMD, *rest)
    elif task == "refresh":
        ensure_env("")
        run(PY, "-m", "aidlib.build")
        run(PY, "-m", "aidlib.render", "--inplace", *rest)
    elif task == "lint":
        ensure_env("dev")
        run(PY, "-m", "ruff", "check", ".")
        run(PY, "-m", "mypy", "aidlib")
    elif task == "bench":
        ensure_env("dev")
        run(PY, "scripts/benchmark.py", *rest)
    else:
        print(__doc__)
        sys.exit(0 if task in ("help", "-h", "--help") else 2)


if __name__ == "__main__":
    main(sys.argv[1:])
