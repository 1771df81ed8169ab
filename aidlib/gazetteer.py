"""The gazetteer: every place, organisation, membership and actor name, read from data files.

Where a name lives (all under ``aidlib/data/``, shipped with the package):

- ``gazetteer.yaml``: cities (with their country), regions (Ukraine's oblasts), venues
  (with their city), words naming a country or organisation ("French", "the NATO chief"),
  which title a country's "leader" holds, collective meeting participants ("Western
  allies", "G7"), the recipient, and organisations with their members (NATO, the EU,
  ...), each with a source and a date;
- ``actors.yaml``: donors, recipients and speaking bodies with their spellings
  (:func:`load_actors`);
- ``people.yaml``: people, their aliases and roles (:func:`aidlib.people.load_people`).

A corpus folder may hold its own ``gazetteer.yaml``, ``actors.yaml`` or ``people.yaml``:
its entries extend the bundled ones, and an entry with the same name replaces the bundled
entry (:func:`merged_records`). Every file is validated on load; a bad entry is a
:class:`~aidlib.errors.CorpusError` naming the file and the entry.

>>> g = load_gazetteer()
>>> g.city_of_venue("the Kremlin"), g.country_of_city("Ramstein")
('Moscow', 'Germany')
>>> sorted(g.members("Baltic states"))
['Estonia', 'Latvia', 'Lithuania']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .corpus import default_data_dir
from .curated import load_yaml, read_records
from .errors import CorpusError

__all__ = [
    "ACTORS_FILE",
    "BUNDLED_DIR",
    "GAZETTEER_FILE",
    "Actor",
    "Actors",
    "Gazetteer",
    "context_country",
    "load_actors",
    "load_gazetteer",
    "merged_records",
    "recipient_name",
]

BUNDLED_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_FILE = "gazetteer.yaml"
ACTORS_FILE = "actors.yaml"

M = TypeVar("M", bound=BaseModel)


def merged_records(file: str, key: str, model: type[M], root: Path | None,
                   name: Callable[[M], str]) -> list[M]:
    """The bundled records of ``file``, extended or replaced (same ``name``) by ``root``'s.

    ``root`` is a corpus folder (default: :func:`aidlib.corpus.default_data_dir`); a folder
    without the file leaves the bundled records as they are.
    """
    records = {name(r): r for r in read_records(BUNDLED_DIR / file, key, model)}
    local = (root or default_data_dir()) / file
    if local.is_file() and local.resolve() != (BUNDLED_DIR / file).resolve():
        for r in read_records(local, key, model):
            records[name(r)] = r
    return list(records.values())


# --------------------------------------------------------------------------- actors


class Actor(BaseModel):
    """A country, alliance, group, body or medium with its spellings (``actors.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=2)
    type: str = Field(pattern=r"^(country|alliance|group|body|media)$")
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actors:
    """The actors file, with every spelling mapped to its actor."""

    actors: tuple[Actor, ...]
    index: dict[str, Actor]

    def resolve(self, text: str) -> Actor | None:
        """The actor a spelling names, or None.

        >>> load_actors().resolve("the Netherlands").name
        'Netherlands'
        """
        return self.index.get(text) or self.index.get(text[:1].upper() + text[1:])


@lru_cache(maxsize=4)
def load_actors(root: Path | None = None) -> Actors:
    """The bundled actors, extended by ``root/actors.yaml``; a spelling naming two is an error."""
    actors = merged_records(ACTORS_FILE, "actors", Actor, root, lambda a: a.name)
    index: dict[str, Actor] = {}
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            spellings = {alias}
            if alias[:1].islower():  # "allies" also opens a sentence as "Allies"
                spellings.add(alias[:1].upper() + alias[1:])
            for spelling in spellings:
                if spelling in index and index[spelling].name != actor.name:
                    raise CorpusError(
                        Path(ACTORS_FILE), f"alias {spelling!r} names both "
                        f"{index[spelling].name} and {actor.name}"
                    )
                index[spelling] = actor
    return Actors(tuple(actors), index)


# --------------------------------------------------------------------------- gazetteer


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Place(_Entry):
    """A place inside a country: its name, the country and its spellings."""

    name: str = Field(min_length=2)
    country: str = Field(min_length=2)
    spellings: tuple[str, ...] = Field(min_length=1)


class City(_Place):
    """A city, the country it is in, and its spellings."""


class Region(_Place):
    """A first-level region of a country (a Ukrainian oblast) and its spellings."""


class Venue(_Entry):
    """A venue ("the Kremlin"), the city it is in, and its spellings."""

    name: str = Field(min_length=2)
    city: str = Field(min_length=2)
    spellings: tuple[str, ...] = Field(min_length=1)


class OrgWord(_Entry):
    """A word naming a country or organisation ("French" -> France)."""

    word: str = Field(min_length=2)
    org: str = Field(min_length=2)


class LeaderTitle(_Entry):
    """The title a country's "leader" holds (president or prime minister)."""

    country: str = Field(min_length=2)
    title: str = Field(pattern=r"^(president|prime minister)$")


class Group(_Entry):
    """A phrase naming a collective meeting participant, and its label."""

    phrase: str = Field(min_length=2)
    label: str = Field(min_length=2)
    organisation: bool = False


class Recipient(_Entry):
    """The recipient of the aid, and the spellings that name it."""

    name: str = Field(min_length=2)
    spellings: tuple[str, ...] = Field(min_length=1)


class Organisation(_Entry):
    """An organisation or group of donors with its members, source and date."""

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    source: str = Field(min_length=3)
    date: date


# Section name -> (entry model, the field that names an entry), in file order.
_SECTIONS: dict[str, tuple[type[_Entry], str]] = {
    "cities": (City, "name"),
    "regions": (Region, "name"),
    "venues": (Venue, "name"),
    "org_words": (OrgWord, "word"),
    "leader_titles": (LeaderTitle, "country"),
    "groups": (Group, "phrase"),
    "organisations": (Organisation, "name"),
}


@dataclass(frozen=True)
class Gazetteer:
    """The gazetteer's entries, by section, in file order."""

    cities: tuple[City, ...]
    regions: tuple[Region, ...]
    venues: tuple[Venue, ...]
    org_words: tuple[OrgWord, ...]
    leader_titles: tuple[LeaderTitle, ...]
    groups: tuple[Group, ...]
    organisations: tuple[Organisation, ...]
    recipient: Recipient

    def city_of_venue(self, venue: str) -> str:
        """The city a canonical venue is in."""
        return next(v.city for v in self.venues if v.name == venue)

    def country_of_city(self, city: str) -> str:
        """The country a canonical city is in."""
        return next(c.country for c in self.cities if c.name == city)

    def members(self, name: str) -> frozenset[str]:
        """Every member of an organisation (by name or alias), ``includes`` followed."""
        org = self._orgs().get(name)
        if org is None:
            return frozenset({name})
        out = set(org.members)
        for other in org.includes:
            out |= self.members(other)
        return frozenset(out)

    def memberships(self) -> dict[str, frozenset[str]]:
        """Every organisation name and alias -> its members."""
        return {name: self.members(name) for name in self._orgs()}

    def _orgs(self) -> dict[str, Organisation]:
        return {n: o for o in self.organisations for n in (o.name, *o.aliases)}


def _section(path: Path, raw: dict[str, object], key: str) -> list[_Entry]:
    model, _ = _SECTIONS[key]
    items = raw.get(key, [])
    if not isinstance(items, list):
        raise CorpusError(path, f"expected a {key!r} list", field=key)
    out: list[_Entry] = []
    for i, item in enumerate(items, start=1):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            raise CorpusError(path, f"{err['msg']} (entry {item!r})",
                              field=f"{key}[{i}].{loc}") from exc
    return out


def _read(path: Path) -> dict[str, object]:
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CorpusError(path, f"cannot read the gazetteer: {exc}") from exc
    if not isinstance(raw, dict):
        raise CorpusError(path, "expected a mapping of sections")
    unknown = set(raw) - {*_SECTIONS, "recipient"}
    if unknown:
        raise CorpusError(path, f"unknown sections {sorted(unknown)}")
    return raw


def _merge(files: Iterable[Path]) -> Gazetteer:
    sections: dict[str, dict[str, _Entry]] = {key: {} for key in _SECTIONS}
    recipient: Recipient | None = None
    for path in files:
        raw = _read(path)
        for key, (_, name) in _SECTIONS.items():
            for entry in _section(path, raw, key):
                sections[key][getattr(entry, name)] = entry
        if "recipient" in raw:
            try:
                recipient = Recipient.model_validate(raw["recipient"])
            except ValidationError as exc:
                raise CorpusError(path, str(exc.errors()[0]["msg"]),
                                  field="recipient") from exc
    if recipient is None:
        raise CorpusError(BUNDLED_DIR / GAZETTEER_FILE, "no recipient", field="recipient")
    return Gazetteer(**{k: tuple(v.values()) for k, v in sections.items()},  # type: ignore[arg-type]
                     recipient=recipient)


@lru_cache(maxsize=4)
def load_gazetteer(root: Path | None = None) -> Gazetteer:
    """The bundled gazetteer, extended by ``root/gazetteer.yaml`` when there is one."""
    files = [BUNDLED_DIR / GAZETTEER_FILE]
    local = (root or default_data_dir()) / GAZETTEER_FILE
    if local.is_file() and local.resolve() != files[0].resolve():
        files.append(local)
    return _merge(files)


def recipient_name() -> str:
    """The name of the country the aid goes to (the bundled gazetteer's recipient): the one
    place the claim and event stages read it from."""
    return load_gazetteer().recipient.name


def context_country(counts: Counter[str]) -> str | None:
    """The country an article is about, from how often it names each country or union: the
    one other than the recipient named most, if named at least half as often as the
    recipient; else the recipient, if named; else None (the claims' speakers and the
    meetings' delegations read it alike).

    >>> [context_country(Counter(c))
    ...  for c in ({"Ukraine": 4, "Chile": 2}, {"Ukraine": 5, "Chile": 2})]
    ['Chile', 'Ukraine']
    """
    recipient = recipient_name()
    others = [(name, n) for name, n in counts.most_common() if name != recipient]
    if others and others[0][1] * 2 >= counts.get(recipient, 0):
        return others[0][0]
    return recipient if recipient in counts else None
