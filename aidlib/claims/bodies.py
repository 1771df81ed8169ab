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

from ..gazetteer import Actors, load_gazetteer, recipient_name
from .document import Name
from .donors import cues

__all__ = ["MINISTRY", "body_anaphor", "ministry_mentions", "ministry_name",
           "regional_administrations"]

MINISTRY: Final = re.compile(
    r"""(?:(?P<owner>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)(?:['’]s)?\s+)?   # "Canada's", "Ukrainian"
    (?:(?P<dom>(?:[A-Za-z]+\s+){0,1}[A-Za-z]+)\s+                   # "defence ministry",
        (?P<head>[Mm]inistry|[Dd]epartment)(?![\w-])                  # "Defense Department"
        (?!\s+(?:of|for)\s+(?!(?:the|a|an|its|their)\b)[A-Za-z])
      | (?P<head2>Ministry|Department)\s+(?P<prep>of|for)\s+           # "Ministry of Finance"
        (?P<named>[A-Z][\w’'-]*(?:(?:\s+|,\s+(?=[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*\s+and\s))
                                  (?:and\s+|of\s+|the\s+)*[A-Z][\w’'-]*)*)  # a comma only
                                  # in a list of domains ("Economy, Trade and Agriculture")
      | (?P<head3>ministry)\s+(?:of|for)\s+                            # "ministry for
        (?P<lower>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}))                # community development"
    (?![\w-])""",
    re.VERBOSE,
)
# The city a ministry sits in, after its name: "the Defence Ministry in Berlin".
_SEAT: Final = re.compile(r"\s+in\s+([A-Z][\w'’-]+)(?![\w'’-])")

# Words that end a lower-case ministry's domain ("the ministry of finance said", "the
# ministry for the first time"): the domain stops before them or is not one.
_NOT_DOMAIN: Final = frozenset([
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "first",
    "last", "said", "says", "has", "have", "had", "was", "were", "is", "are", "will", "would",
    "to", "in", "on", "at", "by", "with", "from", "as", "and", "or", "but", "which", "who",
    "also", "years", "months", "weeks", "days", "decades", "now", "example", "instance"])


# A MINISTRY match holds "inistry" or "epartment", at most four runs of space after its
# start (two in the owner, two in the domain words): a search needs to start no further back.
_MINISTRY_WORD: Final = re.compile("inistry|epartment")
_MINISTRY_SPACES: Final = 4
_SPACE: Final = re.compile(r"\s")


def _ministries(text: str) -> Iterator[re.Match[str]]:
    """``MINISTRY.finditer(text)``, without trying the positions too far from any
    "ministry" or "department" to start a match (most of the text, which cost most of the
    time)."""
    pos = 0
    while (hit := _MINISTRY_WORD.search(text, pos)) is not None:
        start, runs = hit.start(), 0  # back over _MINISTRY_SPACES + 1 runs of space
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


def _main_country(found: Sequence[Name], other_than: str | None = None) -> str | None:
    """The recipient if the text names it (ministries in this news are mostly Kyiv's),
    else the country named most (other than ``other_than``)."""
    counts = Counter(m.name for m in found if m.kind == "actor" and m.type == "country"
                     and m.name != other_than)
    if recipient_name() in counts and counts[recipient_name()] >= max(counts.values()):
        return recipient_name()
    return counts.most_common(1)[0][0] if counts else None


def ministry_mentions(text: str, actors: Actors, found: Sequence[Name]) -> list[Name]:
    """A mention (an actor of type body) for every ministry the text names; a department
    without its country ("the Defense Department") is not the recipient's (Kyiv has
    ministries), but that of the other country named most."""
    domains = _raw()["ministry_domains"]
    main = _main_country(found)
    out: list[Name] = []
    for m in _ministries(text):
        owner = m.group("owner")
        country = actors.resolve(owner) if owner else None
        if owner and country is None and " " in owner:  # "The Dutch Ministry of Defence"
            country = actors.resolve(owner.split()[-1])
        if owner and country is None:  # a demonym the gazetteer keeps out of the country's
            named = cues().country_of_demonym.get(owner.split()[-1])  # aliases ("Russian")
            country = actors.resolve(named) if named else None
        owned = country is not None and country.type == "country"
        head = m.group("head") or m.group("head2") or m.group("head3")
        prep, named_end = "of", m.end()
        if m.group("dom"):
            words = m.group("dom").split()
            domain = next((" ".join(words[i:]) for i in range(len(words))
                           if " ".join(words[i:]).lower() in domains), None)
            if domain is None:
                continue
            start = m.start() if owned else m.end("dom") - len(domain)
        elif m.group("lower"):
            words = m.group("lower").split()
            cut = next((i for i, w in enumerate(words) if w in _NOT_DOMAIN), len(words))
            if cut == 0:
                continue
            domain = " ".join(words[:cut]).title()
            start = m.start() if owned else m.start("head3")
        else:
            domain, prep = m.group("named"), m.group("prep")
            parts = domain.split(",")  # "Ministry of Finance of Ukraine, Japan has": the
            cut = next((i for i in range(1, len(parts))  # list stops at a country
                        if actors.resolve(parts[i].strip()) is not None), len(parts))
            domain = re.sub(r"['’]s$", "", ",".join(parts[:cut]))  # "Ministry of Finance's"
            named_end = m.start("named") + len(domain)
            start = m.start() if owned else m.start("head2")
            tail = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$", domain)
            of_country = actors.resolve(tail.group(1)) if tail else None
            if tail and of_country is not None and of_country.type == "country":
                domain, country, owned = domain[: tail.start()], of_country, True  # "of Ukraine"
        seat = _SEAT.match(text, m.end())  # "the Defence Ministry in Berlin"
        seat_country = actors.resolve(seat.group(1)) if seat else None
        if seat_country is not None and seat_country.type == "country" and not owned:
            country, owned = seat_country, True
        if country is not None and owned:
            name_country: str | None = country.name
        elif head.lower() == "department":
            name_country = _main_country(found, other_than=recipient_name())
        else:
            name_country = main
        if name_country is None:
            continue
        name = ministry_name(name_country, domain, prep)
        actor = actors.resolve(name)
        end = m.start("lower") + len(" ".join(m.group("lower").split()[: len(domain.split())])
                                     ) if m.group("lower") else (
            named_end if m.group("named") else m.end())
        out.append(Name(start, end, actor.name if actor else name, "actor", "body"))
    return out


# A Ukrainian region's administration ("the Kharkiv Regional Military Administration",
# "the head of the Odesa regional state administration", "Sumy oblast administration",
# "Kherson's regional administration"): Ukrainian outlets' commonest official source for
# local damage and aid; named as guide v2 names bodies, in full with capitals. Only the
# regions the gazetteer lists (its ``regions`` section), each under its canonical name.
@lru_cache(maxsize=1)
def _regional() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical = {sp: r.name for r in load_gazetteer().regions for sp in r.spellings}
    either = "|".join(re.escape(sp) for sp in sorted(canonical, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<region>{either})(?:['’]s)?\s+(?i:regional|oblast)\s+"
        r"(?P<kind>(?i:military|state)\s+)?(?i:administration)(?![\w-])")
    return pattern, canonical


def regional_administrations(text: str) -> list[Name]:
    """A mention (an actor of type body) for every regional administration named with a
    region of the gazetteer ("Poltava regional military administration" -> Poltava Regional
    Military Administration); "the regional administration" alone is an anaphor of
    ``body_anaphors``.

    >>> [m.name for m in regional_administrations("the Sumy oblast administration said")]
    ['Sumy Regional Administration']
    >>> [m.name for m in regional_administrations("the Poltava regional military administration")]
    ['Poltava Regional Military Administration']
    """
    pattern, canonical = _regional()
    out = []
    for m in pattern.finditer(text):
        kind = f"{m.group('kind').strip().title()} " if m.group("kind") else ""
        out.append(Name(m.start(), m.end(),
                        f"{canonical[m.group('region')]} Regional {kind}Administration",
                        "actor", "body"))
    return out


@lru_cache(maxsize=1)
def _anaphor_pattern() -> re.Pattern[str]:
    table = _raw()["body_anaphors"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(a) for a in sorted(table, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE)


def body_anaphor(text: str, found: Sequence[Name],
                 actors: Actors | None = None) -> list[Name]:
    """"the central bank", "the ministry", "the air force": the last body named before
    whose name holds the head word, as a mention of that body; with ``actors`` and none
    named before, the body of the article's main country that an alias names so ("the
    central bank" -> "Ukraine's central bank" -> National Bank of Ukraine)."""
    table = _raw()["body_anaphors"]  # bodies and international lenders ("the World Bank
    bodies = [m for m in found if m.kind == "actor"  # ... In February, the Bank announced")
              and m.type in ("body", "alliance")]
    main = _main_country(found) if actors is not None else None
    out: list[Name] = []
    for a in _anaphor_pattern().finditer(text):
        head = table[a.group().lower()]
        ref = next((b.name for b in reversed(bodies) if b.end <= a.start()
                    and head in b.name.lower()), None)
        noun = " ".join(a.group().lower().split()[1:])  # without "the"
        if ref is None and actors is not None and main is not None and " " in noun:
            ref = _own_body(actors, main, noun)  # not "the bank": any bank
        if ref is not None:
            out.append(Name(a.start(), a.end(), ref, "actor", "body"))
    return out


def _own_body(actors: Actors, country: str, noun: str) -> str | None:
    """The body of ``country`` an alias of which is the noun with the country's name or
    demonym ("Ukraine's central bank", "Ukrainian air force"); None if none or several."""
    owners = {country.lower(), str(_raw()["demonyms"].get(country, country)).lower()}
    found = {actor.name for actor in actors.actors if actor.type == "body"
             for alias in (actor.name, *actor.aliases)
             if noun in alias.lower() and any(o in alias.lower() for o in owners)}
    return found.pop() if len(found) == 1 else None
