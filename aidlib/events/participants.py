"""Participants: which people a clause names, by alias (``people.yaml``) or by a title
only one person held that day ("NATO's Secretary-General", "the Ukrainian leader").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar, cast

from .. import event_vocab as vocab
from ..dates import MONTH_GROUP, WEEKDAY_GROUP
from ..gazetteer import context_country
from ..people import People, Person, Role, holds_title, normalize_name, without_marks
from ..text import Sentence, sentence_at
from .mention import PersonRef
from .patterns import (
    BARE_TITLE,
    CLAUSE_SUBJECT,
    COMPOUND_AFTER,
    COMPOUND_BEFORE,
    COUNTERPART_OF,
    GOVERNMENT_AFTER,
    NOMINAL_AGENT,
    ORG_WORD,
    OWN_EVENT,
    PAIR_BEFORE_MEETING,
    PORTFOLIO_TITLE,
    POSSESSIVE,
    ROLE_PHRASE,
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    alternation,
)

_T = TypeVar("_T")

# --- people -----------------------------------------------------------------------------
# Characters after a name that the patterns read (a possessive, the reporting verb after an
# appositive): a window, so each name costs the same however long the article.
_AFTER_NAME = 1_000


# What is worked out once per people file, not per call or per article (the names
# pattern, the surname candidates), for the last few files: an entry keeps its People
# alive, so that no other People can take its id while it is kept.
_PER_FILE: dict[tuple[int, Callable[[People], Any]], tuple[People, Any]] = {}
_PER_FILE_KEPT = 8


def _per_file(people: People, make: Callable[[People], _T]) -> _T:
    """``make(people)``, made once per people file (kept for the last few)."""
    key = (id(people), make)
    cached = _PER_FILE.get(key)
    if cached is None or cached[0] is not people:
        _PER_FILE.pop(key, None)
        while len(_PER_FILE) >= _PER_FILE_KEPT:
            del _PER_FILE[next(iter(_PER_FILE))]  # the oldest
        cached = _PER_FILE[key] = (people, make(people))
    return cast(_T, cached[1])


def name_pattern(people: People) -> re.Pattern[str]:
    """One pattern of every spelling of every person's names (made once per people file:
    building it costs as much as reading a few articles)."""
    return _per_file(people, _name_pattern)


def _name_pattern(people: People) -> re.Pattern[str]:
    aliases = [alias for alias, _ in people.aliases_longest_first()]
    # names as English copy often prints them, without their diacritics ("Gitanas Nauseda",
    # "Viktor Orban"; resolve() already reads them so)
    aliases += [plain for a in aliases if (plain := without_marks(a)) != a]
    # names in capitals, as newsletters print a person's first mention ("Prime Minister
    # JO ROE is due in <City>": newsletter copy); longest first still
    aliases += [a.upper() for a in aliases if len(a) >= 4 and a.upper() != a]
    aliases.sort(key=len, reverse=True)
    # the aliases' first letters first: the same matches, found without trying every alias
    # at every word
    starts = "(?=[" + "".join(sorted({re.escape(a[0]) for a in aliases})) + "])" if aliases else ""
    names = alternation(aliases, case_sensitive=True)
    return re.compile(rf"(?<![\w]){starts}(?:{names})(?![\w])")


def _concept(title: str, org: str | None) -> str:
    """The role concept a title names (for "leader", the country's head: LEADER_TITLES)."""
    concept = vocab.TITLE_CONCEPTS.get(title.lower(), vocab.TITLE_CONCEPTS.get(title, ""))
    if concept == "leader":
        return vocab.LEADER_TITLES.get(org or "", "")
    return concept


def _holders(people: People, concept: str, day: date) -> list[Person]:
    """Everyone whose role on ``day`` is ``concept`` ("defence" in "UK Defence Secretary")."""
    return [person for person in _may_hold(people.persons, concept)
            if holds_title(person.role_on(day) or "", concept)]


# People files whose persons open the people of an article (:func:`introduced_people`
# adds the article's own after them), each with, per concept, those of its persons with a
# role of that concept on any day: only they can hold it on a given day. The last few files.
_FILES: list[tuple[tuple[Person, ...], dict[str, list[Person]]]] = []
_FILES_KEPT = 4


def _people_file(persons: tuple[Person, ...]) -> tuple[tuple[Person, ...], dict[str, list[Person]]]:
    """The known people file ``persons`` opens with (itself if none), and its index."""
    for known in _FILES:
        n = len(known[0])
        if len(persons) >= n and all(  # the same objects, not equal ones
                a is b for a, b in zip(known[0], persons[:n], strict=True)):
            return known
    known = (persons, {})
    _FILES.insert(0, known)
    del _FILES[_FILES_KEPT:]
    return known


def _may_hold(persons: tuple[Person, ...], concept: str) -> list[Person]:
    """Those of ``persons`` with any role of ``concept``, in order (worked out once per
    people file and concept, and for the few persons an article adds to it)."""
    base, index = _people_file(persons)
    if concept not in index:
        index[concept] = [p for p in base if any(holds_title(r.role, concept) for r in p.roles)]
    added = persons[len(base):]
    return index[concept] + [p for p in added if any(holds_title(r.role, concept) for r in p.roles)]


def _role_holder(people: People, org_word: str, title: str, day: date,
                 named_before: Sequence[str] = ()) -> Person | None:
    """The one person who held ``title`` for ``org_word`` on ``day``; of several (a
    country's ministers), the one the text named last before (``named_before``, canonical
    names in text order); None if none, or several and none named."""
    org = vocab.ORG_WORDS[org_word]
    concept = _concept(title, org)
    if concept == "secretary general" and title.lower() == "chief" and org != "NATO":
        return None
    found = [p for p in _holders(people, concept, day) if p.org_on(day) == org]
    if len(found) > 1:
        names = {p.name for p in found}
        last = next((n for n in reversed(named_before) if n in names), None)
        found = [p for p in found if p.name == last]
    return found[0] if len(found) == 1 else None


def _orgs_named(text: str, names: re.Pattern[str], people: People, day: date, lo: int,
                hi: int, titles: Sequence[tuple[int, int]]) -> set[str]:
    """Countries and orgs that ``text[lo:hi]`` names, directly or through a person's org;
    not the org of another title ("the Ukrainian leader" names his own country only).
    ``titles``: spans of the titles (role phrases), in text order and disjoint."""
    return set(_org_counts(text, names, people, day, lo, hi, titles))


def _org_counts(text: str, names: re.Pattern[str], people: People, day: date, lo: int,
                hi: int, titles: Sequence[tuple[int, int]]) -> Counter[str]:
    """How often ``text[lo:hi]`` names each country or org (see :func:`_orgs_named`)."""
    starts = [a for a, _ in titles]

    def in_title(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < titles[i][1]

    orgs = Counter(vocab.ORG_WORDS[m.group()] for m in ORG_WORD.finditer(text, lo, hi)
                   if not in_title(m.start()))
    for m in names.finditer(text, lo, hi):
        person = people.resolve(m.group())
        org = person.org_on(day) if person else None
        if org:
            orgs[org] += 1
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


@lru_cache(maxsize=64)
def _title_before(word: str) -> re.Pattern[str]:
    """A title's last word ("Minister") shortly before a name, in its sentence part (built
    once per word: the few bare titles come up in every article)."""
    return re.compile(rf"\b{re.escape(word)}\b[^.;]{{0,30}}$", re.IGNORECASE)


def _named_holder(people: People, title: str, day: date,
                  name_spans: Sequence[tuple[int, int, str]], before: int,
                  text: str | None = None) -> Person | None:
    """The holder of a bare title whom the text named last before ``before`` ("Jo
    Roe arrived ... the PM sat down", British wire copy): the title refers back to that person.
    With ``text``, a holder named with that title ("Minister Jo Roe", "the Defence Secretary,
    Jo Roe") comes first: "The Minister" of a ministry's release is the one it titled so,
    though a counterpart was named since."""
    holders = {p.name for p in _holders(people, _concept(title, None), day)}
    named = [(start, n) for start, _, surface in name_spans if start < before
             and (n := getattr(people.resolve(surface), "name", None)) in holders]
    if text is not None:
        word = _title_before(title.split()[-1])
        titled = [(start, n) for start, n in named
                  if word.search(text, max(0, start - 45), start)]
        named = titled or named
    return people.resolve(max(named)[1]) if named else None


@lru_cache(maxsize=64)
def _portfolio_before(word: str) -> re.Pattern[str]:
    """A minister's title with the portfolio ``word`` right before a name ("Minister of
    Defence, ", "Energy Minister "; built once per portfolio word)."""
    port = "defen[cs]e" if word == "defence" else re.escape(word)
    return re.compile(
        rf"""(?:\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?{port}
               (?:\s+(?:and\s+)?[A-Z][\w’'-]+){{0,3}}
             |\b{port}\s+Minister)
             ,?\s+$""", re.VERBOSE | re.IGNORECASE)


def _portfolio_holder(people: People, text: str, portfolio: str,
                      name_spans: Sequence[tuple[int, int, str]], before: int
                      ) -> Person | None:
    """The person the text named last before ``before`` with a minister's title of that
    portfolio ("the Minister of Defence, Jo Roe" ... "The Minister of Defence met"):
    the portfolio title refers back to that person; None if no one was named so."""
    word = portfolio.lower().replace("defense", "defence")
    title = _portfolio_before(word)
    named = [start for start, _, _ in name_spans if start < before
             and title.search(text, max(0, start - 90), start)]
    if not named:
        return None
    last = max(named)
    return next((people.resolve(surface) for start, _, surface in name_spans
                 if start == last), None)


def _counterpart(people: People, m: re.Match[str], day: date,
                 name_spans: Sequence[tuple[int, int, str]], sent: Sentence | None
                 ) -> Person | None:
    """The one holder in the country of "his <Country> counterpart" of the office held on
    ``day`` by the person the sentence names last before it ("Defence Secretary John Healey
    met his Ukrainian counterpart": Ukraine's defence minister then); None if none or
    several."""
    lo = sent.start if sent is not None and sent.start <= m.start() else 0
    named = [people.resolve(surface) for start, _, surface in sorted(name_spans)
             if lo <= start < m.start()]
    subject = next((p for p in reversed(named) if p is not None), None)
    role = (subject.role_on(day) or "").lower().replace("defense", "defence") if subject else ""
    concept = next((vocab.TITLE_CONCEPTS[t] for t in sorted(vocab.TITLE_CONCEPTS, key=len,
                                                              reverse=True)
                    if " " in t and t in role), "")
    if not concept or concept == "leader":
        return None
    org = vocab.ORG_WORDS[m.group("org")]
    found = [p for p in _holders(people, concept, day) if p.org_on(day) == org]
    return found[0] if len(found) == 1 else None


# A person named as a guest left out or only hoped for (wire copy and releases on
# summits: "Kyiv, which was not invited", "X is expected to be invited", "has yet to be
# invited"; "did not invite X"): not a participant of the meeting.
_NOT_INVITED_AFTER = re.compile(
    r"""(?:\s*,)?\s+(?:who\s+|which\s+)?(?:is|are|was|were|has|have|had|will)\s+
        (?:(?:also|still|reportedly)\s+)?
        (?:not|n['’]t|never|yet\s+to|still\s+to|expected\s+to|likely\s+to|hoping\s+to
           |set\s+to|due\s+to)\s+(?:been\s+|be\s+)?(?:formally\s+)?invited\b""",
    re.VERBOSE | re.IGNORECASE)
_NOT_INVITED_BEFORE = re.compile(
    r"""\b(?:did|does|do|has|have|had|will|would)(?:\s+not|n['’]t)\s+(?:yet\s+)?invite[ds]?
        \s+(?:[\w’'-]+\s+){0,3}$""",
    re.VERBOSE | re.IGNORECASE)


# A person another stands in for ("Jo Roe, standing in for President Al Doe, met ...",
# "on behalf of Chancellor Al Doe", "deputising for the Prime Minister"): absent, not a
# participant (wire copy on summits a leader skipped, round 12). Up to four title words
# between, no comma.
_STOOD_IN_FOR = re.compile(
    r"""\b(?:(?:stand(?:s|ing)?|stood)\s+in\s+for|in\s+place\s+of|on\s+behalf\s+of
        |deputi[sz](?:ing|ed|es)\s+for|substitut(?:ing|ed)\s+for|filling\s+in\s+for)
        \s+(?:[\w.’'-]+\s+){0,4}$""",
    re.VERBOSE | re.IGNORECASE)


# The country a secretary's title names by itself, its spelling and office being one
# government's: "Defence Secretary", "Foreign Secretary" (the British cabinet's), "Defense
# Secretary" (the American); a bare title no one was named with before (no name after the
# title anywhere before it) is that holder.
_SECRETARY_COUNTRY = {"Defence Secretary": "United Kingdom", "Foreign Secretary":
                      "United Kingdom", "Defense Secretary": "United States"}


def person_refs(text: str, names: re.Pattern[str], people: People, day: date,
                extra: re.Pattern[str] | None = None
                ) -> tuple[list[PersonRef], list[tuple[int, int]]]:
    """People named in ``text`` (and the spans of the titles that named them); ``extra``
    matches the names of people the article introduces (:func:`article_names`)."""
    refs: list[PersonRef] = []
    title_spans: list[tuple[int, int]] = []
    name_spans = [(m.start(), m.end(), m.group(0)) for m in names.finditer(text)]
    if extra is not None:
        taken = [(a, b) for a, b, _ in name_spans]
        # (a name the article introduced is written with a capital: its surname as a
        # common word, "power", "day", "kern", is no mention of it)
        name_spans += [(m.start(), m.end(), m.group(0)) for m in extra.finditer(text)
                       if not m.group(0)[:1].islower()
                       and not any(a < m.end() and m.start() < b for a, b in taken)]
    for m in ROLE_PHRASE.finditer(text):
        title_spans.append((m.start(), m.end()))
        after = text[m.end():m.end() + 3]
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans) or after[:1].isalpha():
            continue  # the title of a name that follows ("Russian President Vladimir Putin")
        named = [getattr(people.resolve(surface), "name", "")
                 for start, _, surface in sorted(name_spans) if start < m.start()]
        holder = _role_holder(people, m.group("org"), m.group("title"), day, named)
        if holder is not None:
            name_spans.append((m.start(), m.end(), holder.name))
    for m in COUNTERPART_OF.finditer(text):
        holder = _counterpart(people, m, day, name_spans, sentence_at(text, m.start()))
        if holder is not None:
            title_spans.append((m.start(), m.end()))
            name_spans.append((m.start(), m.end(), holder.name))
    for m in PORTFOLIO_TITLE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in title_spans) or any(
                m.start() <= s <= m.end() + 2 for s, _, _ in name_spans):
            continue  # a title of a name ("the Minister of Defence, Jo Roe")
        holder = _portfolio_holder(people, text, m.group("port") or m.group("port2"),
                                   name_spans, m.start())
        if holder is not None:
            title_spans.append((m.start(), m.end()))
            name_spans.append((m.start(), m.end(), holder.name))
    article_orgs: set[str] | None = None
    context: set[str] = set()
    role_spans = list(title_spans)
    for m in BARE_TITLE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in title_spans):
            continue
        if any(0 <= s - m.end() <= 2 for s, _, _ in name_spans):
            continue
        if article_orgs is None:
            counts = _org_counts(text, names, people, day, 0, len(text), role_spans)
            article_orgs = set(counts)
            context = {org} if (org := context_country(counts)) else set()
        sent: Sentence | None = sentence_at(text, m.start())
        if sent is not None and not sent.start <= m.start() < sent.end:
            sent = None
        near = _orgs_named(text, names, people, day, sent.start, sent.end, role_spans
                           ) if sent else set()
        # a deputy's title is the article's own country's deputy (an Australian or Polish
        # release), never the deputy of a country the sentence merely names
        deputy = m.group("title").lower().startswith(("deputy", "vice"))
        back = m.group("title") in vocab.BACK_TITLES
        holder = _named_holder(people, m.group("title"), day, name_spans, m.start(),
                               text if back else None)
        if holder is None and m.group("title") in _SECRETARY_COUNTRY and not re.search(
                rf"\b{m.group('title')},?\s+[A-Z]", text[:m.start()]):
            # "the Defence Secretary" of a Westminster answer or statement that never names
            # him: the British title ("Defense Secretary": the American) (round 12)
            holder = _bare_holder(people, m.group("title"), day,
                                  ({_SECRETARY_COUNTRY[m.group("title")]},))
        if holder is None and not back:
            holder = _bare_holder(people, m.group("title"), day,
                                  (context,) if deputy else (near, article_orgs))
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
            text[max(0, start - 2):start])) and not PAIR_BEFORE_MEETING.match(following)
        compound = compound or bool(GOVERNMENT_AFTER.match(following))
        agent = bool(NOMINAL_AGENT.search(text, max(0, start - 60), start))
        # "X, who was not invited", "to which X is expected to be invited", "did not
        # invite X": the guest left out, or only hoped for, is not placed there (guide,
        # round 10)
        agent = agent or bool(_NOT_INVITED_AFTER.match(following)
                              or _NOT_INVITED_BEFORE.search(text, max(0, start - 40), start))
        agent = agent or bool(_STOOD_IN_FOR.search(text, max(0, start - 60), start))
        # "Putin's advisor", "Witkoff-Dmitriev plan", "the decision by Trump": modifiers;
        # "Driscoll's visit" not
        modifier = (possessive and not trigger_next) or compound or agent
        speaker = bool(SPEAKER_AFTER.match(following)) or bool(
            SPEAKER_BEFORE.search(text[max(0, start - 80):start])
            and not CLAUSE_SUBJECT.match(following)  # "officials said Austin met ..."
        )
        refs.append(PersonRef(person, start, end, speaker, modifier))
    return refs, title_spans


# --- people introduced by the article ---------------------------------------------------
# A word; capitalization is checked after matching. Possessive (``*+``): what follows a
# word in every pattern below is a space, a comma or the pattern's end, none of which a
# word's last letters given back could match, so the same matches with less backtracking.
_CAP = r"[^\W\d_][\w’'-]*+"
_PARTICLE = alternation(vocab.NAME_PARTICLES, case_sensitive=True)  # (in case-sensitive patterns)
# a middle initial ("Lloyd J. Austin", "Charles E. Grassley": US style) is a word of the name
_INITIAL = r"[A-Z]\.(?=\s)"
_NAME = rf"(?P<name>{_CAP}(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}(?:{_INITIAL}|{_CAP})){{1,3}})"
# The title words as written in running text and in titles ("prime minister", "Prime
# minister", "Prime Minister"): a case-sensitive alternation is faster than (?i:...).
def _title_forms(title: str) -> tuple[str, ...]:
    """ "secretary of state" as written: lower, first letter up, and in title case with
    "of"/"the"/"and" kept low ("Secretary of State")."""
    headed = " ".join(w if w in ("of", "the", "and") else w[:1].upper() + w[1:]
                      for w in title.split())
    return title, title[:1].upper() + title[1:], headed, title.title()


_TITLE_WORDS = alternation({f for t in vocab.PERSON_TITLES for f in _title_forms(t)},
                           case_sensitive=True)
# Countries and orgs whose possessive introduces a person ("Italy's"): the org words and
# the countries of the gazetteer's cities.
_OWNERS = alternation({*vocab.ORG_WORDS, *(country for country, _ in vocab.CITIES.values())},
                      case_sensitive=True)
# "Prime Minister Fumio Kishida", "Italy's Giorgia Meloni" (title or possessive, then name).
INTRODUCED_AFTER = re.compile(
    rf"""(?<![\w’'-])(?:(?P<title>{_TITLE_WORDS})|(?:{_OWNERS})['’]s(?:\s+(?:{_TITLE_WORDS}))?)
        \s+{_NAME}""",
    re.VERBOSE,
)
# "Japan's new foreign minister, Takeshi Iwaya, said": a title, a comma, then the name set
# off by commas (the appositive of AP and wire copy); the name must end at a comma.
INTRODUCED_APPOSITIVE = re.compile(
    rf"""(?<![\w’'-])(?P<title>{_TITLE_WORDS}),\s+(?=[A-ZÀ-ÞĀ-Ž]){_NAME}(?=,)""",
    re.VERBOSE,
)
# "Denys Shmyhal, Ukraine's prime minister": a name, a comma, then a title within 4 words.
INTRODUCED_BEFORE = re.compile(
    rf"""(?<![\w’'-])(?=[A-ZÀ-ÞĀ-Ž]){_NAME},\s+(?:(?!(?:by|with)\s)[\w’'.-]+\s+){{0,4}}?
        (?:{_TITLE_WORDS})\b""",
    re.VERBOSE,
)
# "Minister for Foreign Affairs of <Country> Jo Roe", "Commissioner for Energy Jo Roe",
# "Ambassador to <Country> Jo Roe", "the Director of the <Body>, Jo Roe" (ministries'
# releases): a title, its portfolio (capitalized words, "and"/"of"/"for" between), then the
# name; the shortest portfolio first (leading portfolio words are trimmed from the name).
# A body's acronym and its country may end the portfolio ("the Representative of the UN
# <Agency> (ACRONYM) in <Country>, Jo Roe": UN agencies' and city councils' releases).
INTRODUCED_PORTFOLIO = re.compile(
    rf"""(?<![\w’'-])(?P<title>{_TITLE_WORDS})\s+(?:for|of|to)\s+(?:the\s+)?
        (?:[A-Z][\w’'-]*,?\s+(?:\([A-Z]{{2,}}\)\s+)?(?:(?:and|of|for|the|in)\s+)?){{1,5}}?
        (?P<name>[A-ZÀ-ÞĀ-Ž][\w’'-]+(?:\s+(?:{_INITIAL}|[A-ZÀ-ÞĀ-Ž][\w’'-]+)){{1,3}})
        (?=\s*[,.;:)]|\s+[a-z]|\s*$)""",
    re.VERBOSE,
)
# (after more words of a portfolio joined by commas and "and": "Minister of Labour,
# Social Affairs and Family, Jo Roe": Spanish and Slovak releases, round 10)
_APPOSED = re.compile(rf"(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*){{0,4}}?,\s+(?=[A-Z]){_NAME}"
                      rf"(?=\s*[,.;:)]|\s*$)")
# A portfolio candidate right after "and" or a comma: a part of a joined portfolio
_JOINED_BEFORE = re.compile(r"(?:,|\band)\s+$")
# Where a title or a country's name starts (not inside a word): every match of
# INTRODUCED_AFTER, INTRODUCED_PORTFOLIO and INTRODUCED_APPOSITIVE starts at one of these,
# found once for the three (a look-ahead: overlapping ones too)
_INTRODUCER = re.compile(rf"(?<![\w’'-])(?=(?:{_TITLE_WORDS}|{_OWNERS}))")
_OWNER_WORD = re.compile(rf"(?<![\w’'-])(?:{_OWNERS})(?![\w’'-])")
_NOT_NAME = frozenset(vocab.NOT_NAME_WORDS) | frozenset(vocab.ORG_WORDS) | frozenset(
    s for _, spellings in vocab.CITIES.values() for s in spellings) | frozenset(
    country for country, _ in vocab.CITIES.values())
_MONTH_OR_DAY = re.compile(rf"^(?:{MONTH_GROUP}|{WEEKDAY_GROUP})$")


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is written in title case (a headline): no final stop, and
    most of its longer words start with a capital."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end].strip()
    if line[-1:] in ".!?\"”’'":
        return False  # a sentence full of names and titles, not a headline
    words = [w for w in line.split() if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _name_words(name: str) -> list[str] | None:
    """The words of a candidate name, trimmed of trailing non-names; None if not a name."""
    words = name.split()
    particles = set(vocab.NAME_PARTICLES)
    while words and words[0] in _NOT_NAME:  # "Chief Executive Officer Jo Roe"
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if i and not w[0].isupper()
                and w not in particles), None)
    if cut is not None:  # "Jo Roe in New York": the name ends before "in"
        words = words[:cut]
    if words and (words[-1] in vocab.GATHERING_NAME_NOUNS
                  or words[-1] in vocab.VENUE_NAME_NOUNS):
        # "the <City> Recovery Conference, where ...": a gathering's name; "<Town> Air
        # Base, then-Defense Secretary ...": a venue's
        return None
    while words and (words[-1] in particles or not words[-1][0].isupper()
                     or words[-1] in _NOT_NAME or _MONTH_OR_DAY.match(words[-1])):
        words.pop()
    caps = [w for w in words if w not in particles]
    if len(caps) < 2 or any(not w[0].isupper() or w in _NOT_NAME or _MONTH_OR_DAY.match(w)
                            for w in caps):
        return None
    return words


def article_names(text: str, people: People) -> tuple[People, re.Pattern[str] | None]:
    """The people of one article (:func:`introduced_people`) and a pattern of the names of
    those the bundled people do not know (None when the article introduces no one)."""
    extended = introduced_people(text, people)
    if extended is people:
        return people, None
    new = extended.persons[len(people.persons):]
    aliases = [a for p in new for a in (p.name, *p.aliases)]
    return extended, re.compile(rf"(?<![\w])(?i:{alternation(aliases)})(?![\w])")


def _overlapping(pattern: re.Pattern[str], text: str, starts: Sequence[int] | None = None
                 ) -> Iterator[re.Match[str]]:
    """The matches of ``pattern``, each searched from just inside the name of the one
    before: "Foreign Minister Jo Roe and President Al Doe" (a name candidate
    runs on over "and President", which would hide the second title). ``starts``: the
    positions, in order, where a match can start (:data:`_INTRODUCER`), tried alone
    instead of searching every position (the same matches)."""
    pos = 0
    if starts is None:
        while (m := pattern.search(text, pos)) is not None:
            yield m
            pos = max(m.start("name") + 1, m.start() + 1)
        return
    i = 0
    while i < len(starts):
        if (m := pattern.match(text, starts[i])) is None:
            i += 1
            continue
        yield m
        pos = max(m.start("name") + 1, m.start() + 1)
        i = bisect_left(starts, pos, i + 1)


def introduced_people(text: str, people: People) -> People:
    """``people`` extended by the people ``text`` introduces with a title and does not
    know (alias: the full name and, when no one else has it, the surname).

    >>> from aidlib.people import load_people
    >>> extra = introduced_people(
    ...     "Swedish Prime Minister Magdalena Andersson arrived. Andersson said so.",
    ...     load_people())
    >>> extra.resolve("Andersson").name
    'Magdalena Andersson'
    """
    found: dict[str, list[str]] = {}
    titles: dict[str, str] = {}  # "Prime Minister Jo Roe Doe": his title here
    orgs: dict[str, str] = {}  # and the country of that title, when the text names it
    starts = [m.start() for m in _INTRODUCER.finditer(text)]
    for pattern in (INTRODUCED_AFTER, INTRODUCED_PORTFOLIO, INTRODUCED_BEFORE,
                    INTRODUCED_APPOSITIVE):
        for m in _overlapping(pattern, text,
                              None if pattern is INTRODUCED_BEFORE else starts):
            words = _name_words(m.group("name"))
            if pattern is INTRODUCED_PORTFOLIO and m.group("name").split()[-1] in _NOT_NAME:
                words = None  # "... Grid Secretariat": a body's name, however it starts
            if pattern is INTRODUCED_PORTFOLIO and (words is None or _JOINED_BEFORE.search(
                    text, max(0, m.start("name") - 6), m.start("name"))):
                # "the Head of the <Body> Secretariat, Jo Roe", "Minister for Transport
                # and Civil Works, Jo Roe": the body's name or a joined portfolio ends
                # the portfolio, the person follows it after a comma
                apposed = _APPOSED.match(text, m.end("name"))
                words = (_name_words(apposed.group("name")) if apposed else None) or (
                    None if apposed else words)
            if words is None:
                continue
            full = " ".join(words)
            if people.resolve(full) is not None or any(
                    people.resolve(w) is not None for w in words):
                continue  # a known person (or a title around one: "President Zelensky")
            if _title_case_line(text, m.start()):  # (the costlier check last)
                continue  # "U.S. Envoy Seeks Peace with Putin": a headline, not a name
            found.setdefault(full, words)
            title = m.groupdict().get("title")
            if title:
                titles.setdefault(full, title.lower())
                # the country the title is of: "Swedish Prime Minister", "Minister for
                # Foreign Affairs of Japan", "Italy's"
                owner = [vocab.ORG_WORDS.get(w.group(0)) or w.group(0)
                         for w in _OWNER_WORD.finditer(text, max(0, m.start() - 25),
                                                       m.start("name"))]
                if owner:
                    orgs.setdefault(full, owner[-1])
    known = _known_surnames(text, people)
    if not found and not known:
        return people
    # "Minister <two-word surname>" after "Minister of <portfolio> <given name> <two-word
    # surname>": a name that ends another found one (a two-word surname) is that person's
    tails: dict[str, list[str]] = {}
    for full, words in list(found.items()):
        longer = [f for f, w in found.items() if len(w) > len(words) and w[-len(words):] == words]
        if len(longer) == 1:
            tails.setdefault(longer[0], []).append(full)
            del found[full]
    _people_file(people.persons)  # the file the extended people open with (for _holders)
    surnames: dict[str, list[str]] = {}
    surface: dict[str, str] = {}  # "roe" -> "Roé" as the text writes it
    for full, words in found.items():
        first_particle = next((i for i, w in enumerate(words[1:], 1)
                               if w in vocab.NAME_PARTICLES), None)
        surname = " ".join(words[first_particle:]) if first_particle else words[-1]
        surnames.setdefault(normalize_name(surname), []).append(full)
        surface.setdefault(normalize_name(surname), surname)
    index = dict(people.index)
    persons = list(people.persons)
    for full in found:
        aliases = []
        for key, fulls in surnames.items():
            if fulls == [full] and key not in index and key not in _NOT_NAME_KEYS:
                aliases.append(key)
                if surface[key] != key:  # "Roé": found as written, accents and all
                    aliases.append(surface[key])
        # the title the article gives, held on its day (its org unknown): "the Prime
        # Minister" later in the article refers back to him (:func:`_named_holder`)
        roles = (Role(role=titles[full], org=orgs.get(full, ""), from_=date.min),
                 ) if full in titles else ()
        aliases += tails.get(full, [])
        person = Person(name=full, aliases=tuple(aliases), roles=roles)
        persons.append(person)
        for alias in (full, *aliases):
            index.setdefault(normalize_name(alias), person)
    for key, (written, person) in known.items():
        if key not in index and key not in surnames:
            # no roles: the bundled entry keeps them, and a title still has one holder
            persons.append(Person(name=person.name, aliases=(written,)))
            index[key] = person
    return People(tuple(persons), index)


def _known_surnames(text: str, people: People) -> dict[str, tuple[str, Person]]:
    """The surnames of listed people whom ``text`` names in full and whose surname alone the
    people file leaves out because others share it ("Mike Johnson ... Johnson said"): in
    this article the surname is that person's, unless two people it names share it."""
    found: dict[str, tuple[str, Person] | None] = {}
    for key, surname, person, full in _surname_candidates(people):
        if full not in text:
            continue
        if key not in found:
            found[key] = (surname, person)
        elif (seen := found[key]) is None or seen[1] is not person:
            found[key] = None  # two people share it
    return {k: v for k, v in found.items() if v is not None}


# surname key, surname as written, person, the full name or alias it ends
_Candidate = tuple[str, str, Person, str]


def _surname_candidates(people: People) -> list[_Candidate]:
    """The listed people's names and aliases of two words or more whose surname alone is
    no alias of anyone and no common word, in file order: what :func:`_known_surnames`
    looks for in each article (worked out once per people file, not per article). An alias
    in another spelling counts ("German Galushchenko ... Minister Galushchenko")."""
    return _per_file(people, _find_surname_candidates)


def _find_surname_candidates(people: People) -> list[_Candidate]:
    out = []
    for person in people.persons:
        for full in (person.name, *person.aliases):
            words = full.split()
            if len(words) < 2:
                continue
            key = normalize_name(words[-1])
            if key not in people.index and key not in _NOT_NAME_KEYS:
                out.append((key, words[-1], person, full))
    return out


_NOT_NAME_KEYS = frozenset(normalize_name(w) for w in _NOT_NAME)
