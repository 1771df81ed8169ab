"""Government bodies as speakers: ministries named as guide v2 names them ("the Foreign
Ministry" of Ukraine -> ``Ukrainian Ministry of Foreign Affairs``; Canada's defence ministry
-> ``Canadian Ministry of Defence``; the US State Department -> ``US Department of State``)
and anaphors that point back to a body ("the central bank reported").

A ministry's country is the country or demonym right before it ("Canada's", "the Danish"),
else the recipient when the article names it (an unqualified "the Finance Ministry" in this
news is mostly Kyiv's), else the country the article names most. Names and words are data
(``speakers_and_donors.yaml``).

>>> from aidlib.gazetteer import load_actors
>>> text = "Canada's defence ministry said it had sent $20 million."
>>> [(m.name, text[m.start:m.end]) for m in ministry_mentions(text, load_actors(), [])]
[('Canadian Ministry of Defence', "Canada's defence ministry")]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, Final

from ..gazetteer import Actors, load_gazetteer
from .document import Name
from .donors import cues

__all__ = ["MINISTRY", "body_anaphor", "ministry_mentions", "ministry_name"]

_RECIPIENT: Final = load_gazetteer().recipient.name
MINISTRY: Final = re.compile(
    r"""(?:(?P<owner>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)(?:['’]s)?\s+)?   # "Canada's", "Ukrainian"
    (?:(?P<dom>(?:[A-Za-z]+\s+){0,1}[A-Za-z]+)\s+[Mm]inistry(?![\w-])     # "defence ministry"
        (?!\s+(?:of|for)\s+[A-Z])
      | Ministry\s+(?P<prep>of|for)\s+                                   # "Ministry of Finance"
        (?P<named>[A-Z][\w’'-]*(?:(?:\s+|,\s+(?=[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*\s+and\s))
                                  (?:and\s+|of\s+|the\s+)*[A-Z][\w’'-]*)*))""",  # a comma
    # only inside a list of domains ("Economy, Trade and Agriculture"), not before a clause
    re.VERBOSE,
)


# A MINISTRY match holds "inistry", at most four runs of space after its start (two in
# the owner, two in the domain words): a search needs to start no further back.
_MINISTRY_WORD: Final = "inistry"
_MINISTRY_SPACES: Final = 4
_SPACE: Final = re.compile(r"\s")


def _ministries(text: str) -> Iterator[re.Match[str]]:
    """``MINISTRY.finditer(text)``, without trying the positions too far from any
    "ministry" to start a match (most of the text, which cost most of the time)."""
    pos = 0
    while (k := text.find(_MINISTRY_WORD, pos)) >= 0:
        start, runs = k, 0  # back over _MINISTRY_SPACES + 1 runs of space
        while start > pos:
            if _SPACE.match(text[start - 1]):
                while start > pos and _SPACE.match(text[start - 1]):
                    start -= 1
                runs += 1
                if runs > _MINISTRY_SPACES:
                    break
            else:
                start -= 1
        m = MINISTRY.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    return cues().raw


def ministry_name(country: str, domain: str, prep: str = "of") -> str:
    """The canonical name of a country's ministry of ``domain`` (a domain as written is
    looked up in the domain table first).

    >>> ministry_name("Ukraine", "foreign"), ministry_name("United States", "Finance")
    ('Ukrainian Ministry of Foreign Affairs', 'US Department of the Treasury')
    """
    raw = _raw()
    domain = raw["ministry_domains"].get(domain.lower(), domain)
    if country == "United States":
        return str(raw["us_departments"].get(domain, f"US Department of {domain}"))
    prefix = raw["ministry_prefix"].get(country) or raw["demonyms"].get(country, country)
    return f"{prefix} Ministry {prep} {domain}"


def _main_country(found: Sequence[Name]) -> str | None:
    """The recipient if the text names it (ministries in this news are mostly Kyiv's),
    else the country named most."""
    counts = Counter(m.name for m in found if m.kind == "actor" and m.type == "country")
    if _RECIPIENT in counts:
        return _RECIPIENT
    return counts.most_common(1)[0][0] if counts else None


def ministry_mentions(text: str, actors: Actors, found: Sequence[Name]) -> list[Name]:
    """A mention (an actor of type body) for every ministry the text names."""
    domains = _raw()["ministry_domains"]
    main = _main_country(found)
    out: list[Name] = []
    for m in _ministries(text):
        owner = m.group("owner")
        country = actors.resolve(owner) if owner else None
        start = m.start() if country is not None and country.type == "country" else (
            m.start("dom") if m.group("dom") else m.start("prep") - len("Ministry "))
        if m.group("dom"):
            words = m.group("dom").split()
            domain = next((" ".join(words[i:]) for i in range(len(words))
                           if " ".join(words[i:]).lower() in domains), None)
            if domain is None:
                continue
            start = start if country is not None and country.type == "country" else (
                m.end("dom") - len(domain))
            prep = "of"
        else:
            domain, prep = m.group("named"), m.group("prep")
            tail = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$", domain)
            owned = actors.resolve(tail.group(1)) if tail else None
            if tail and owned is not None and owned.type == "country":  # "... of Ukraine"
                domain, country = domain[: tail.start()], owned
        name_country = country.name if country is not None and country.type == "country" \
            else main
        if name_country is None:
            continue
        name = ministry_name(name_country, domain, prep)
        actor = actors.resolve(name)
        out.append(Name(start, m.end(), actor.name if actor else name, "actor", "body"))
    return out


def body_anaphor(text: str, found: Sequence[Name]) -> list[Name]:
    """"the central bank", "the ministry": the last body named before whose name holds
    the head word, as a mention of that body."""
    table = _raw()["body_anaphors"]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(a) for a in sorted(table, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE)
    bodies = [m for m in found if m.kind == "actor" and m.type == "body"]
    out: list[Name] = []
    for a in pattern.finditer(text):
        head = table[a.group().lower()]
        ref = next((b for b in reversed(bodies) if b.end <= a.start()
                    and head in b.name.lower()), None)
        if ref is not None:
            out.append(Name(a.start(), a.end(), ref.name, "actor", "body"))
    return out
