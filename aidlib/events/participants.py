"""Participants: which people a clause names, by alias (``people.yaml``) or by a title
only one person held that day ("NATO's Secretary-General", "the Ukrainian leader").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from .. import event_vocab as vocab
from ..people import People, Person
from ..text import Sentence, sentence_at
from .mention import PersonRef
from .patterns import (
    BARE_TITLE,
    COMPOUND_AFTER,
    COMPOUND_BEFORE,
    ORG_WORD,
    OWN_EVENT,
    POSSESSIVE,
    ROLE_PHRASE,
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    alternation,
)

# --- people -----------------------------------------------------------------------------
# Characters after a name that the patterns read (a possessive, the reporting verb after an
# appositive): a window, so each name costs the same however long the article.
_AFTER_NAME = 1_000


def name_pattern(people: People) -> re.Pattern[str]:
    aliases = [alias for alias, _ in people.aliases_longest_first()]
    # the aliases' first letters first: the same matches, found without trying every alias
    # at every word
    starts = "(?=[" + "".join(sorted({re.escape(a[0]) for a in aliases})) + "])" if aliases else ""
    return re.compile(rf"(?<![\w]){starts}(?:{alternation(aliases)})(?![\w])")


def _concept(title: str, org: str | None) -> str:
    """The role concept a title names (for "leader", the country's head: LEADER_TITLES)."""
    concept = vocab.TITLE_CONCEPTS.get(title.lower(), vocab.TITLE_CONCEPTS.get(title, ""))
    if concept == "leader":
        return vocab.LEADER_TITLES.get(org or "", "")
    return concept


def _holders(people: People, concept: str, day: date) -> list[Person]:
    """Everyone whose role on ``day`` is ``concept`` ("defence" in "UK Defence Secretary")."""
    found = []
    for person in people.persons:
        role = (person.role_on(day) or "").lower().replace("defense", "defence")
        role = role.replace("-", " ")
        fits = role.startswith(concept) if concept == "president" else concept in role
        if concept and fits:
            found.append(person)
    return found


def _role_holder(people: People, org_word: str, title: str, day: date) -> Person | None:
    """The one person who held ``title`` for ``org_word`` on ``day`` (None if 0 or 2+)."""
    org = vocab.ORG_WORDS[org_word]
    concept = _concept(title, org)
    if concept == "secretary general" and title.lower() == "chief" and org != "NATO":
        return None
    found = [p for p in _holders(people, concept, day) if p.org_on(day) == org]
    return found[0] if len(found) == 1 else None


def _orgs_named(text: str, names: re.Pattern[str], people: People, day: date, lo: int,
                hi: int, titles: Sequence[tuple[int, int]]) -> set[str]:
    """Countries and orgs that ``text[lo:hi]`` names, directly or through a person's org;
    not the org of another title ("the Ukrainian leader" names his own country only).
    ``titles``: spans of the titles (role phrases), in text order and disjoint."""
    starts = [a for a, _ in titles]  # title spans are in text order and disjoint

    def in_title(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < titles[i][1]

    orgs = {vocab.ORG_WORDS[m.group()] for m in ORG_WORD.finditer(text, lo, hi)
            if not in_title(m.start())}
    for m in names.finditer(text, lo, hi):
        person = people.resolve(m.group())
        org = person.org_on(day) if person else None
        if org:
            orgs.add(org)
    return orgs


def _bare_holder(people: People, title: str, day: date, hints: Sequence[set[str]]
                 ) -> Person | None:
    """The holder of a bare title ("the PM") on ``day`` among the orgs of the first hint
    (sentence, then article) that names any holder's org; None if none or two."""
    found = _holders(people, _concept(title, None), day)
    for orgs in hints:
        narrowed = [p for p in found if p.org_on(day) in orgs]
        if narrowed:
            return narrowed[0] if len(narrowed) == 1 else None
    return None


def person_refs(text: str, names: re.Pattern[str], people: People, day: date
                 ) -> tuple[list[PersonRef], list[tuple[int, int]]]:
    """People named in ``text`` (and the spans of the titles that named them)."""
    refs: list[PersonRef] = []
    title_spans: list[tuple[int, int]] = []
    name_spans = [(m.start(), m.end(), m.group(0)) for m in names.finditer(text)]
    for m in ROLE_PHRASE.finditer(text):
        title_spans.append((m.start(), m.end()))
        after = text[m.end():m.end() + 3]
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans) or after[:1].isalpha():
            continue  # the title of a name that follows ("Russian President Vladimir Putin")
        holder = _role_holder(people, m.group("org"), m.group("title"), day)
        if holder is not None:
            name_spans.append((m.start(), m.end(), holder.name))
    article_orgs: set[str] | None = None
    role_spans = list(title_spans)
    for m in BARE_TITLE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in title_spans):
            continue
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans):
            continue
        if article_orgs is None:
            article_orgs = _orgs_named(text, names, people, day, 0, len(text), role_spans)
        sent: Sentence | None = sentence_at(text, m.start())
        if sent is not None and not sent.start <= m.start() < sent.end:
            sent = None
        near = _orgs_named(text, names, people, day, sent.start, sent.end, role_spans
                           ) if sent else set()
        holder = _bare_holder(people, m.group("title"), day, (near, article_orgs))
        title_spans.append((m.start(), m.end()))
        if holder is not None:
            name_spans.append((m.start(), m.end(), holder.name))
    for start, end, surface in sorted(name_spans):
        person = people.resolve(surface)
        if person is None:
            continue
        following = text[end:end + _AFTER_NAME]
        possessive = bool(POSSESSIVE.match(following))
        trigger_next = bool(OWN_EVENT.match(following))
        compound = bool(COMPOUND_AFTER.match(following) or COMPOUND_BEFORE.search(
            text[max(0, start - 2):start]))
        # "Putin's advisor" and "Witkoff-Dmitriev plan" are modifiers; "Driscoll's visit" not
        modifier = (possessive and not trigger_next) or compound
        speaker = bool(SPEAKER_AFTER.match(following)) or bool(
            SPEAKER_BEFORE.search(text[max(0, start - 80):start])
        )
        refs.append(PersonRef(person, start, end, speaker, modifier))
    return refs, title_spans
