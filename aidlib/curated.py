"""Read curated YAML files (people, actors): a list of records validated with pydantic.

>>> from aidlib.people import Person
>>> from aidlib.gazetteer import BUNDLED_DIR
>>> people = read_records(BUNDLED_DIR / "people.yaml", "people", Person)
>>> people[0].name
'Volodymyr Zelensky'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import CorpusError

__all__ = ["load_yaml", "read_records"]

M = TypeVar("M", bound=BaseModel)
# libyaml's parser where PyYAML was built with it (the same safe constructor and resolver:
# the same documents, read about ten times faster); else the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml's parser when PyYAML has it.

    >>> load_yaml("a: [1, two]")
    {'a': [1, 'two']}
    """
    return yaml.load(text, Loader=_LOADER)


def read_records(path: Path, key: str, model: type[M]) -> list[M]:
    """The list under ``key`` in the YAML file ``path``, each item validated as ``model``.

    Every failure is a :class:`CorpusError` naming the file and, for a bad item, its
    position and field (``people[3].roles.0.from``).
    """
    if not path.is_file():
        raise CorpusError(path, f"{key} file not found")
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CorpusError(path, f"cannot parse: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get(key), list):
        raise CorpusError(path, f"expected a mapping with a {key!r} list", field=key)
    records: list[M] = []
    for i, item in enumerate(raw[key], start=1):
        try:
            records.append(model.model_validate(item))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise CorpusError(path, err["msg"], field=f"{key}[{i}].{loc}") from exc
    return records
