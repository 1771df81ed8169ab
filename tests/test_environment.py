"""environment.yml (conda, Binder) and pyproject.toml must list the same dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


# Development tools environment.yml also lists (for running the project's scripts there).
DEV_IN_CONDA = ("scikit-learn",)


def _pyproject(extra: str | None = None) -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = data["project"]
    listed = project["optional-dependencies"][extra] if extra else project["dependencies"]
    reqs = [Requirement(r) for r in listed]
    return {r.name.lower(): str(r.specifier) for r in reqs}


def _conda() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    out = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and dep.split(">")[0].split("=")[0] not in ("python", "pip"):
            req = Requirement(dep)
            out[req.name.lower()] = str(req.specifier)
    return out


def test_same_packages_and_ranges() -> None:
    dev = {k: v for k, v in _pyproject("dev").items() if k in DEV_IN_CONDA}
    assert _conda() == {**_pyproject(), **dev}


def test_dev_tools_in_conda_are_in_the_dev_extra() -> None:
    dev = _pyproject("dev")
    assert all(name in dev and _conda()[name] == dev[name] for name in DEV_IN_CONDA)


def test_package_itself_installed_with_pip() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_parts = [d["pip"] for d in env["dependencies"] if isinstance(d, dict)]
    assert pip_parts == [["-e ."]]


def test_python_floor_matches() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert f"python{data['project']['requires-python']}" in env["dependencies"]
