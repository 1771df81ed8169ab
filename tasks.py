#!/usr/bin/env python3
"""Set up and run the project with nothing but Python and pip.

    python3 tasks.py build     # venv + install, derived tables, notebooks -> site in build/html/
    python3 tasks.py test      # venv + dev tools (+ Chromium as root), then the whole test suite
    python3 tasks.py refresh   # re-execute notebooks/*.ipynb in place (after changing outputs)
    python3 tasks.py lock      # re-resolve every dependency and rewrite constraints.txt
    python3 tasks.py lint      # ruff and mypy --strict (aidlib, tests, scripts)
    python3 tasks.py bench     # MB/s, rows/s, peak memory per stage on unique texts, vs quantulum3

The virtual environment lives in ``.venv`` (or ``$AIDLIB_VENV``). It is created on first
use and installed with the exact versions of ``constraints.txt``, so nbval compares the
notebooks' outputs against the same plotly, pandas and ECB data everywhere; ``pip install``
runs again only when ``pyproject.toml`` or ``constraints.txt`` changes. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("AIDLIB_VENV", ROOT / ".venv"))
CONSTRAINTS = ROOT / "constraints.txt"

# The one test command; .ci/run and the README call it through `tasks.py test`.
TEST_CMD = ["-m", "pytest"]
# Debian package the browser test drives (tests/browser.py talks to it over a pipe: no driver).
BROWSER_PACKAGES = ("chromium", "fonts-liberation")
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome")


def python_in(env: Path) -> Path:
    """The Python interpreter of the virtual environment ``env``."""
    if os.name == "nt":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


PY = python_in(VENV)


def run(*args: str | Path) -> None:
    """Run a command from the repository root; stop with its exit code if it fails."""
    print("+", " ".join(str(a) for a in args), flush=True)
    code = subprocess.call([str(a) for a in args], cwd=ROOT)
    if code:
        sys.exit(code)


def create_env(env: Path) -> Path:
    """Create a virtual environment with an up-to-date pip; return its Python."""
    print(f"creating virtual environment in {env}", flush=True)
    venv.create(env, with_pip=True)
    py = python_in(env)
    run(py, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    return py


def ensure_env(extra: str) -> None:
    """Create the venv if needed and install the project (``extra`` like "dev" or "")
    with the versions pinned in constraints.txt."""
    if not PY.exists():
        create_env(VENV)
    stamp = VENV / f".aidlib-installed-{extra or 'base'}"
    inputs = (ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()
    want = hashlib.sha256(inputs).hexdigest()
    if stamp.exists() and stamp.read_text() == want:
        return
    target = f".[{extra}]" if extra else "."
    run(PY, "-m", "pip", "install", "--quiet", "--constraint", CONSTRAINTS, "--editable", target)
    stamp.write_text(want)


def lock() -> None:
    """Resolve ``.[dev]`` afresh in a scratch venv and write its versions to constraints.txt."""
    with tempfile.TemporaryDirectory(prefix="aidlib-lock-") as scratch:
        py = create_env(Path(scratch) / "venv")
        run(py, "-m", "pip", "install", "--quiet", ".[dev]")
        frozen = subprocess.run(
            [str(py), "-m", "pip", "freeze", "--exclude-editable"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    pins = sorted((line for line in frozen.splitlines()
                   if "==" in line and not line.lower().startswith("aidlib")),
                  key=str.lower)
    header = [
        "# Exact versions for `tasks.py build`, `tasks.py test`, CI and Binder, so nbval",
        "# compares the notebooks against the same libraries everywhere.",
        f"# Written by `python3 tasks.py lock` (Python {sys.version_info.major}."
        f"{sys.version_info.minor}); then run `python3 tasks.py test`, and",
        "# `python3 tasks.py refresh` if the notebooks' outputs changed.",
    ]
    CONSTRAINTS.write_text("\n".join([*header, *pins]) + "\n", encoding="utf-8")
    print(f"{len(pins)} pins written to {CONSTRAINTS}")


def ensure_browser() -> None:
    """Install Debian's Chromium for the browser test if it is missing and we are root."""
    if any(shutil.which(name) for name in BROWSER_NAMES):
        return
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print("note: Chromium is missing and cannot be installed here (needs root and "
              "apt-get): the browser test will skip (and fail under CI)", flush=True)
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends",
                                     *BROWSER_PACKAGES]):
        print("+ apt-get", " ".join(args), flush=True)
        if subprocess.call([apt, *args], env=env):
            print("note: installing Chromium failed: the browser test will skip "
                  "(and fail under CI)", flush=True)
            return


def main(argv: list[str]) -> None:
    """Dispatch one task."""
    task = argv[0] if argv else "help"
    rest = argv[1:]
    if task == "build":
        ensure_env("")
        run(PY, "-m", "aidlib.build")
        run(PY, "-m", "aidlib.render", *rest)
        print(f"site written to {ROOT / 'build' / 'html'} (open index.html in a browser)")
    elif task == "test":
        ensure_env("dev")
        ensure_browser()
        run(PY, *TEST_CMD, *rest)
    elif task == "refresh":
        ensure_env("")
        run(PY, "-m", "aidlib.build")
        run(PY, "-m", "aidlib.render", "--inplace", *rest)
    elif task == "lock":
        lock()
    elif task == "lint":
        ensure_env("dev")
        run(PY, "-m", "ruff", "check", ".")
        run(PY, "-m", "mypy", "aidlib", "tests", "scripts")
    elif task == "bench":
        ensure_env("dev")
        run(PY, "scripts/benchmark.py", *rest)
    else:
        print(__doc__)
        sys.exit(0 if task in ("help", "-h", "--help") else 2)


if __name__ == "__main__":
    main(sys.argv[1:])
