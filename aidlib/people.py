"""People and their aliases, read from ``people.yaml``: one canonical name per person.

The bundled file is ``aidlib/data/people.yaml``; a corpus folder's own ``people.yaml``
extends it (see :mod:`aidlib.gazetteer`).

>>> people = load_people()
>>> people.resolve("Volodomyr Zelensky").name
'Volodymyr Zelensky'
>>> people.resolve("Zelenksy").name
'Volodymyr Zelensky'
>>> people.resolve("Healey").role_on(date(2025, 4, 11))
'UK Defence Secretary'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from .errors import CorpusError
from .gazetteer import merged_records

__all__ = ["PEOPLE_FILE", "People", "Person", "Role", "holds_title", "load_people", "without_marks"]

PEOPLE_FILE = "people.yaml"


class Role(BaseModel):
    """A role held from ``from_`` to ``to`` (open-ended when ``to`` is None)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    role: str
    org: str
    from_: date = Field(alias="from")
    to: date | None = None


class Person(BaseModel):
    """A person with canonical ``name``, ``aliases`` and dated ``roles``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=3)
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def role_on(self, day: date) -> str | None:
        """The role held on ``day`` (the latest one if several), or None."""
        held = self._held_on(day)
        return held.role if held else None

    def org_on(self, day: date) -> str | None:
        """The organisation or country the person spoke for on ``day``."""
        held = self._held_on(day)
        return held.org if held else None

    def _held_on(self, day: date) -> Role | None:
        """The last role in the file's order held on ``day``, or None."""
        for r in reversed(self.roles):
            if r.from_ <= day and (r.to is None or day < r.to):
                return r
        return None


# A word right before a title that makes the role another office (see holds_title).
_OTHER_OFFICE: Final = frozenset({"deputy", "vice", "prime"})
_OFFICE_OF: Final = ("office of the ",)


@lru_cache(maxsize=4096)
def holds_title(role: str, title: str) -> bool:
    """True where the role names the title itself, not another office whose name holds it:
    a deputy's ("prime minister" is in "Prime Minister of Japan", not in "Deputy Prime
    Minister and Defence Minister"; "president" not in "Vice President"), the head of
    government's for a minister ("minister" not in "Prime Minister of Japan"), or an
    office named after the title ("president" not in "Head of the Office of the
    President"). A title that has the qualifying word matches as written; "defense" is
    "defence"; an empty title holds nothing. (The same few roles and titles come up in
    every article: worked out once each.)

    >>> holds_title("Deputy Prime Minister and Defence Minister of Australia", "prime minister")
    False
    >>> holds_title("Deputy Prime Minister and Defence Minister of Australia", "defense")
    True
    >>> holds_title("Deputy Prime Minister of Australia", "deputy prime minister")
    True
    >>> holds_title("Prime Minister of Japan", "minister")
    False
    >>> holds_title("Presidential envoy of Russia", "president")
    False
    """
    role, title = _title_words(role), _title_words(title)
    own = set(title.split())
    at = role.find(title) if title else -1
    while at >= 0:
        before, after = role[:at].split(), role[at + len(title) : at + len(title) + 1]
        if not (before and before[-1] in _OTHER_OFFICE and before[-1] not in own) and (
                not role[:at].endswith(_OFFICE_OF)) and not (  # whole words only: not
                after.isalnum() or role[at - 1 : at].isalnum()):  # "presidential envoy"
            return True
        at = role.find(title, at + 1)
    return False


def _title_words(text: str) -> str:
    return text.lower().replace("-", " ").replace("defense", "defence")


def without_marks(text: str) -> str:
    """``text`` in compatibility decomposition without its combining diacritics.

    >>> without_marks("Nausėda")
    'Nauseda'
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def normalize_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a name.

    >>> normalize_name("Mr. Oleksiï  Reznikov")
    'mr oleksii reznikov'
    """
    plain = re.sub(r"[’'`]s\b", "", without_marks(text))  # possessive: "Putin's" -> "Putin"
    return " ".join(re.sub(r"[^\w\s-]", " ", plain.lower()).split())


@dataclass(frozen=True)
class People:
    """The people file, indexed by every normalized name and alias."""

    persons: tuple[Person, ...]
    index: dict[str, Person]

    def resolve(self, text: str) -> Person | None:
        """The person a name refers to, or None if unknown."""
        return self.index.get(normalize_name(text))

    def holders(self, title: str, day: date) -> list[Person]:
        """Everyone whose role on ``day`` holds ``title`` (:func:`holds_title`), in the
        file's order."""
        return [p for p in self.persons if (role := p.role_on(day)) and holds_title(role, title)]

    def aliases_longest_first(self) -> list[tuple[str, Person]]:
        """Every (alias, person) pair, longest alias first, for scanning text."""
        pairs = [(p.name, p) for p in self.persons]
        pairs += [(a, p) for p in self.persons for a in p.aliases]
        return sorted(pairs, key=lambda ap: -len(ap[0]))


@lru_cache(maxsize=4)
def load_people(root: Path | None = None) -> People:
    """The bundled people, extended by ``root/people.yaml``; a duplicate alias is an error.

    An entry of ``root``'s file with the name of a bundled person replaces that person.
    """
    persons = merged_records(PEOPLE_FILE, "people", Person, root, lambda p: p.name)
    path = Path(PEOPLE_FILE)
    index: dict[str, Person] = {}
    for person in persons:
        for alias in (person.name, *person.aliases):
            key = normalize_name(alias)
            if key in index and index[key].name != person.name:
                raise CorpusError(
                    path, f"alias {alias!r} names both {index[key].name} and {person.name}"
                )
            index[key] = person
    return People(tuple(persons), index)
