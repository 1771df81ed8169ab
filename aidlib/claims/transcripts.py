"""A transcript's speaker labels, read once for the attribution of its turns
(:mod:`.attribution`) and for the reporter's voice that continues a story's givers
(:mod:`.donors`).

A label opens a paragraph, in capitals ("NATO SECRETARY GENERAL:", "PRESS SECRETARY JO
ROE:", "MR. ROE:", "Q:"), with the person in brackets where the label is a role
("QUESTION (Jo Roe, Reuters):", "MODERATOR (Ann Lee, spokesperson):"): press conferences
and briefings as NATO, the Pentagon and the White House publish them. Radio transcripts
give a person's full name and role on first turn ("JO ROE, HOST:", "ANN LEE, BYLINE:",
alone on its line), then the surname ("ROE:"; NPR's style). The label states the
paragraphs after it, up to the next label.

>>> text = "JO ROE, HOST:\\nGood morning.\\n\\nANN LEE, BYLINE: Hi.\\n\\nLEE: It is $5 billion."
>>> [label.label for label in turn_labels(text)]
['JO ROE', 'ANN LEE', 'LEE']
>>> reporter_turn(text, text.index("$5")), reporter_turn("NOTE: $5 billion.", 7)
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import Final, NamedTuple

__all__ = ["REPORTER_ROLES", "TURN_LABEL", "TurnLabel", "reporter_turn", "turn_labels"]

TURN_LABEL: Final = re.compile(
    r"""(?:\A|(?<=\n))[ \t]*(?P<label>[A-Z](?:[A-Z.'’\- ]{0,60}?[A-Z.])?)
        (?:,[ \t]*(?P<role>[A-Z][A-Z ]{0,30}[A-Z]))?
        (?:[ \t]*\((?P<paren>[^()\n]{3,80})\))?[ \t]*:(?=[ \t]|\n)""",
    re.VERBOSE,
)
# A name in title case alone on its line before a colon ("Ruth Okafor:\n"): a turn's label
# of TV news transcripts (PBS-style), read as one only where the same label opens two
# turns or more (people speak in turns; a heading such as "Key Points:" stands once).
TITLE_LABEL: Final = re.compile(
    r"(?:\A|(?<=\n))[ \t]*(?P<label>[A-Z][a-z'’\-]+\.?(?:[ \t]+[A-Z][a-z'’\-]+\.?){1,3})"
    r"[ \t]*:[ \t]*(?=\n)")
# The roles of a transcript's own reporters and hosts: the outlet's voice.
REPORTER_ROLES: Final = frozenset(["BYLINE", "HOST", "CORRESPONDENT", "ANCHOR", "REPORTER"])
_MAX_WORDS: Final = 6  # a longer capitalized line ending in a colon is a heading


class TurnLabel(NamedTuple):
    """One speaker label: its span (from the label's first letter to after the colon),
    the label, the bracketed person and the role after a comma, if any."""

    start: int
    end: int
    label: str
    paren: str | None
    role: str | None


@lru_cache(maxsize=16)
def turn_labels(text: str) -> tuple[TurnLabel, ...]:
    """The speaker labels of a transcript, or none where the text has fewer than two (a
    single capitalized "NOTE:" line makes no transcript)."""
    found = [TurnLabel(m.start("label"), m.end(), m.group("label"), m.group("paren"),
                       m.group("role"))
             for m in TURN_LABEL.finditer(text)
             if len(m.group("label").replace(".", "").split()) <= _MAX_WORDS]
    titled = [m for m in TITLE_LABEL.finditer(text)]
    counts = Counter(" ".join(m.group("label").split()) for m in titled)
    found += [TurnLabel(m.start("label"), m.end(), m.group("label"), None, None)
              for m in titled if counts[" ".join(m.group("label").split())] >= 2]
    found.sort(key=lambda t: t.start)
    return tuple(found) if len(found) >= 2 else ()


@lru_cache(maxsize=16)
def _reporters(text: str) -> frozenset[str]:
    """The labels (full names and surnames) of a transcript's reporters and hosts."""
    names = [t.label.strip() for t in turn_labels(text)
             if (t.role is not None and t.role.strip() in REPORTER_ROLES)
             or (not t.label.isupper() and _byline(text, t.label))]  # "By — Jo Roe"
    return frozenset(names + [n.split()[-1] for n in names])


def _byline(text: str, name: str) -> bool:
    """Whether a line of ``text`` opening with "By" names ``name`` (the story's byline)."""
    return re.search(r"(?m)^[ \t]*By\b[^\n]{0,80}?(?<![\w-])" + re.escape(" ".join(name.split()))
                     + r"(?![\w-])", text) is not None


def reporter_turn(text: str, pos: int) -> bool:
    """True where ``pos`` lies in a transcript turn of a reporter or host."""
    reporters = _reporters(text)
    if not reporters:
        return False
    labels = turn_labels(text)
    k = bisect_right([t.start for t in labels], pos) - 1
    return k >= 0 and labels[k].label.strip() in reporters
