"""Read curated YAML files (people, actors): a list of records validated with pydantic.

>>> from aidlib.people import Person
>>> from aidlib.gazetteer import BUNDLED_DIR
>>> people = read_records(BUNDLED_DIR / "people.yaml", "people", Person)
>>> people[0].name
'Volodymyr Zelensky'
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import CorpusError

__all__ = ["read_records"]

M = TypeVar("M", bound=BaseModel)


def read_records(path: Path, key: str, model: type[M]) -> list[M]:
    """The list under ``key`` in the YAML file ``path``, each item validated as ``model``.

    Every failure is a :class:`CorpusError` naming the file and, for a bad item, its
    position and field (``people[3].roles.0.from``).
    """
    if not path.is_file():
        raise CorpusError(path, f"{key} file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
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
