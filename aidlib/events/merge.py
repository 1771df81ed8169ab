"""Merging: which mentions are one event, within an article (anaphora, compatibility) and
across articles (same days), and events reported for the same day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from ..dates import ResolvedDate
from .mention import NAMED_ORG_LABELS, PRECISION_RANK, Event, Mention
from .patterns import JOINED, LATER, SAME_DAY, called_by_name

_ANAPHOR_WINDOW = 10  # sentences an anaphor ("the meeting") may reach back
_RECENT_DAYS = 30  # an undated report of a held meeting is of the last month
# Nouns that only a multilateral gathering is called by ("before the session opened": the
# contact group's session, not the bilateral meeting reported last).
_MULTILATERAL_NOUNS = frozenset({"summit", "conference", "session", "gathering",
                                 "ministerial", "forum", "plenary"})
# Nouns of a multilateral gathering, and "meeting": "X chaired the session" adds X to the
# gathering.
_GATHERING_NOUNS = _MULTILATERAL_NOUNS | {"meeting"}


# --- merging ----------------------------------------------------------------------------
def _overlap(a: ResolvedDate | None, b: ResolvedDate | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


# How many days a gathering can run past the one day a report gives it ("gathered on
# Tuesday for a summit", then a meeting "on Wednesday, on the sidelines of the summit").
_GATHERING_DAYS = 7


def _apart(a: ResolvedDate | None, b: ResolvedDate | None) -> int:
    """Days between two spans (0 when they overlap or one is unknown)."""
    if a is None or b is None:
        return 0
    return max((a.start - b.end).days, (b.start - a.end).days, 0)


def _compatible(m: Mention, ev: Event) -> int:
    """How well mention ``m`` fits event ``ev`` (0 = it cannot be the same event)."""
    if not _overlap(m.date, ev.best_date()):
        return 0
    if _long_before(m, ev) or _long_before(ev.mentions[0], Event([m])):
        return 0  # an undated report is of recent days, not of a meeting months before
    if m.place and ev.place and m.place != ev.place:
        return 0
    if m.same_day and any(x.order == m.order and x.prov.source_id == m.prov.source_id
                          for x in ev.mentions):
        return 0  # "that meeting ran alongside the gathering": two events at one time
    if any(x.order == m.order and x.later != m.later and x.prov.source_id == m.prov.source_id
           for x in ev.mentions):
        return 0  # "envoys convene in May, ahead of a leaders' summit in <City>": the
        # clause opened by "ahead of" is the later event, never the one it dates
    held = {"held", "ongoing"}
    if (m.status == "cancelled" and ev.statuses & held) or (
            m.status in held and "cancelled" in ev.statuses):
        return 0
    if _AGAIN.match(m.prov.sentence, m.prov.end - m.prov.sentence_start) and (
            "cancelled" in ev.statuses or m.status == "cancelled"):
        return 0  # "the group will meet again next month": not the one called off
    ahead = m.later or bool(LATER.match(m.prov.sentence))
    if not ahead and ((m.status == "planned" and "held" in ev.statuses) or (
            m.status == "held" and "planned" in ev.statuses)):
        return 0  # one reported as past, the other as to come: two events ("ahead of the
        # meeting" is later than the act it dates, not than the publication day)
    family = "summit" if m.kind == "summit or ministerial" else "small"
    if _signing(m) != any(_signing(x) for x in ev.mentions) and (
            "summit" in (family, ev.family) or not (m.persons and ev.persons)):
        return 0  # "on the opening day of the <City> conference, <Body> and <Body> signed
        # a grant agreement": the signing is a meeting of its own beside the gathering and
        # its sessions (one with the other only through the people they share)
    if family == ev.family == "summit" and not _same_gathering(m, ev):
        return 0  # "the Munich Security Conference" is not "a two-day European Council"
    if (m.side and ev.family == "summit") or (family == "summit" and ev.side):
        return 0  # a meeting on the margins of a gathering is not the gathering
    if (_by_phone(m) and any(_in_person(x) for x in ev.mentions)) or (
            _in_person(m) and any(_by_phone(x) for x in ev.mentions)):
        return 0  # "met X on the sidelines ... an idea first floated in a phone call
        # with X": a call and a meeting in person of the same two people are two events
    named = {g for g in m.groups if g in NAMED_ORG_LABELS}
    if named and ev.named_groups and not named & ev.named_groups:
        return 0
    if (m.stop or any(x.stop for x in ev.mentions)) and not (m.place and m.place == ev.place):
        return 0  # a tour's stop is the visit to its own city only
    if any(x.also_group != m.also_group and x.order != m.order for x in ev.mentions):
        return 0  # "He also met <a group>": a further meeting of the visit
    mine, theirs = set(m.persons), ev.persons
    same_place_unnamed = (not mine and bool(m.place) and m.place == ev.place
                          and not m.indefinite)  # "the Oslo meeting": the Oslo summit
    if family != ev.family and mine != theirs and not same_place_unnamed:
        return 0  # a bilateral on the margins of a summit is an event of its own
    score = 0
    if mine and theirs and (mine <= theirs or theirs <= mine):
        score = 4
    elif family == ev.family == "summit" and not (
            any(x.indefinite and x.date is not None and x.date.precision == "day"
                for x in (m, *ev.mentions))
            and not (m.place and m.place == ev.place)):
        score = 3  # (but "at a Senate conference on May 2" is a gathering of its own)
    elif m.place and m.place == ev.place and (family == ev.family or same_place_unnamed
                                              ) and not (mine and theirs):
        score = 2
    if not score:
        return 0
    same_place = bool(m.place and m.place == ev.place)
    return score + same_place + (family == ev.family)


# A meeting to come of a series after one called off ("<the group> to meet again", "will
# reconvene"): right after the meeting word.
_AGAIN = re.compile(r"\s+again\b")


def _signing(m: Mention) -> bool:
    """A signing reported by its verb ("<Body> and <Body> signed", "X and Y sign")."""
    return m.role == "trigger" and m.prov.surface.lower() in ("signed", "sign", "signs",
                                                               "co-signed")


def _by_phone(m: Mention) -> bool:
    """A call by phone ("phone call", "spoke by telephone", "called X", "during a call"),
    not a video link (a video link can join a meeting in person)."""
    return (m.role == "trigger" and m.kind == "call or video link"
            and "video" not in m.prov.surface.lower())


def _in_person(m: Mention) -> bool:
    """A bilateral meeting or a visit reported by a meeting word of its own."""
    return m.role == "trigger" and m.kind in ("bilateral meeting", "visit")


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}$")
_NAME_AFTER = re.compile(
    r"""[^.;,]{0,60}?\b(?:for|at|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?
        (?P<name>(?:[A-Z][\w’'-]*\s+){1,3}(?:Council|Conference|Summit|Forum|Assembly))\b""",
    re.VERBOSE)


def _gathering_name(m: Mention) -> str | None:
    """The proper name of a gathering a mention calls by name ("Munich Security
    Conference", "European Council", "IMF Executive Board"), lower-cased; None for a common
    noun ("the summit", "a meeting")."""
    surface = m.prov.surface
    start = m.prov.start - m.prov.sentence_start
    if not (called_by_name(m.prov.sentence, start, start + len(surface)) or _is_board(m)):
        # "leaders are gathering in Brussels for a two-day European Council": the name
        # the clause gives the gathering
        after = _NAME_AFTER.match(m.prov.sentence, m.prov.end - m.prov.sentence_start)
        return " ".join(after.group("name").lower().split()) if after else None
    before = m.prov.sentence[:m.prov.start - m.prov.sentence_start]
    words = _NAME_BEFORE.search(before)
    name = f"{words.group(0) if words else ''}{surface}".lower()
    return " ".join(w for w in name.split() if w not in ("the", "a", "an")) or None


def _is_board(m: Mention) -> bool:
    return m.prov.surface.lower().endswith("board")


def _same_gathering(m: Mention, ev: Event) -> bool:
    """Whether two reports of gatherings can be one: a board's session never joins a
    summit, and two gatherings called by different names are two ("the Ukraine Recovery
    Conference" and "the Recovery Conference" are one: one name ends the other)."""
    if any(_is_board(x) != _is_board(m) for x in ev.mentions if x.role != "presence"):
        return False
    mine = _gathering_name(m)
    theirs = {n for x in ev.mentions if (n := _gathering_name(x))}
    my_org = {g for g in m.groups if g in NAMED_ORG_LABELS}
    if (mine and not my_org and ev.named_groups) or (theirs and not ev.named_groups and my_org):
        return False  # "the G7 summit" and "the <Name> Conference" the same month: two
    return not (mine and theirs) or any(
        a.endswith(b) or b.endswith(a) for a in theirs for b in (mine,))


def _long_before(m: Mention, ev: Event) -> bool:
    """``m`` names no day and ``ev`` ended more than :data:`_RECENT_DAYS` before ``m``'s
    publication."""
    when = ev.best_date()
    return (m.date is None and m.role == "trigger" and when is not None
            and (m.published - when.end).days > _RECENT_DAYS)


def merge_article(mentions: list[Mention]) -> list[Event]:
    primary = [m for m in mentions if m.role == "trigger" and not m.anaphoric]
    primary.sort(key=lambda m: (
        PRECISION_RANK[m.date.precision] if m.date else 9, -len(m.persons),
        m.place is None, m.prov.start,
    ))
    found: list[Event] = []
    for m in primary:
        _place_mention(m, found)
    for m in (m for m in mentions if m.anaphoric):
        target = _antecedent(m, found)
        if target is not None:
            target.mentions.append(m)
        elif m.persons:  # "who joined the meeting via video": no antecedent, merge anew
            _place_mention(m, found)
    for m in (m for m in mentions if m.role == "heading" and not m.anaphoric):
        scored = [(_compatible(replace(m, status="held"), ev), i) for i, ev in enumerate(found)]
        best = max(scored, default=(0, -1))
        if best[0] > 0:  # a headline's meeting joins the body's event, never opens one
            found[best[1]].mentions.append(m)
    for m in (m for m in mentions if m.role == "presence"):
        if m.place is None and m.kind == "visit":  # "He told X": the visit's host
            _join_recent_visit(m, found)
            continue
        if m.place is None and m.kind == "talks":  # "the US side was led by X"
            _join_previous(m, found)
            continue
        if m.place is None:  # a presence cue: the latest gathering reported before it
            _join_recent_gathering(m, found)
            continue
        for ev in found:
            if ev.place == m.place and any(x.role == "trigger" for x in ev.mentions):
                ev.mentions.append(m)
                break
    return found


def _join_recent_visit(m: Mention, found: list[Event]) -> None:
    """Add ``m`` ("He told President X ...") to the visit its subject made, reported in the
    two sentences before it: the person spoken to was the host. Companions ("With him
    were A and B") join the last visit, in the :data:`_ANAPHOR_WINDOW` sentences before
    them, of the visitor their pronoun names (any visitor when it is unknown)."""
    best: tuple[int, Event] | None = None
    # companions ("With him were ...") came on the visit reported last, which may be a
    # paragraph before them
    companions = m.companion_of is not None
    reach = _ANAPHOR_WINDOW if companions else 2
    who = m.companion_of if companions else m.persons[0]
    for ev in found:
        visits = [x.prov.start for x in ev.mentions
                  if x.role == "trigger" and x.kind == "visit" and x.prov.start < m.prov.start
                  and m.order - x.order <= reach and (not who or who in x.persons)]
        if visits and (best is None or max(visits) > best[0]):
            best = (max(visits), ev)
    if best is not None:
        best[1].mentions.append(m)


def _join_previous(m: Mention, found: list[Event]) -> None:
    """Add ``m`` (who made up a delegation) to the event reported last in the
    :data:`_ANAPHOR_WINDOW` sentences before it or in its own, the news of the week (or to
    come) before earlier rounds; never a background meeting ended more than
    :data:`_RECENT_DAYS` before publication ("the failed Istanbul talks in March 2022")."""
    best: tuple[tuple[bool, int], Event] | None = None
    for ev in found:
        when = ev.best_date()
        if when is not None and (m.published - when.end).days > _RECENT_DAYS:
            continue
        before = [x.prov.start for x in ev.mentions if x.role == "trigger"
                  and x.prov.start < m.prov.start and 0 <= m.order - x.order <= _ANAPHOR_WINDOW]
        # the news of the day (this week's, or to come) before earlier rounds
        news = when is None or (m.published - when.start).days <= 7
        if before and (best is None or (news, max(before)) > best[0]):
            best = ((news, max(before)), ev)
    if best is not None:
        best[1].mentions.append(m)


def _join_recent_gathering(m: Mention, found: list[Event]) -> None:
    """Add presence ``m`` to the held summit or ministerial reported last before it (one
    of any status for a planned attendance: "X attends" in a diary's entry)."""
    best: tuple[int, Event] | None = None
    for ev in found:
        if ev.family != "summit" or (m.status != "planned"
                                     and not ev.statuses <= {"held", "ongoing"}):
            continue
        before = [x.prov.start for x in ev.mentions
                  if x.role == "trigger" and x.prov.start < m.prov.start
                  and m.order - x.order <= _ANAPHOR_WINDOW]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), ev)
    if best is not None:
        best[1].mentions.append(m)


def _place_mention(m: Mention, found: list[Event]) -> None:
    """Add ``m`` to the event it fits best, or open a new event."""
    scored = [(_compatible(m, ev), i) for i, ev in enumerate(found)]
    best = max(scored, default=(0, -1))
    if best[0] > 0:
        found[best[1]].mentions.append(m)
    else:
        found.append(Event([m]))


def _antecedent(m: Mention, found: list[Event]) -> Event | None:
    """The latest event mentioned before anaphor ``m`` that it can refer to; past the
    window, only when everything nearer is reported as to come (a readout that closes "The
    meeting was attended by X" after the next meeting's plans)."""
    near = _antecedent_within(m, found, _ANAPHOR_WINDOW)
    if near is not None or m.status != "held":
        return near
    return _antecedent_within(m, found, 3 * _ANAPHOR_WINDOW)


def _antecedent_within(m: Mention, found: list[Event], window: int) -> Event | None:
    noun = m.prov.surface.lower()
    # "X and Y also took part in the talks": X and Y joined the meeting just reported
    joined = bool(JOINED.search(m.prov.sentence[:m.prov.start - m.prov.sentence_start]))
    best: tuple[tuple[bool, bool, int], Event] | None = None
    for ev in found:
        for x in ev.mentions:
            if x.anaphoric or x.prov.start >= m.prov.start:
                continue
            if m.order - x.order > window:
                continue
            gathering = joined or (noun in _GATHERING_NOUNS and ev.family == "summit") or (
                noun in ("visit", "trip") and any(y.kind == "visit" for y in ev.mentions))
            # ("X thanked him for the visit": X, named with the visit, was its host)
            if m.persons and not set(m.persons) & ev.persons and not gathering:
                continue  # "the meeting with X" (but "X chaired the session": X joins)
            if noun in ("talks", "negotiations", "visit") and ev.family == "summit" and not (
                    joined):
                continue
            if noun in _MULTILATERAL_NOUNS and ev.family != "summit":
                continue
            if not _overlap(m.date, ev.best_date()):
                continue
            if m.status == "held" and ev.statuses == {"planned"}:
                continue  # "The meeting was attended by X": not the one agreed for later
            if window > _ANAPHOR_WINDOW and not ev.statuses & {"held", "ongoing"}:
                continue  # (past the window, only a meeting reported as held)
            if m.place and ev.place and m.place != ev.place:
                continue  # "a year ago in City A, ... the conference": not City B's
            if m.kind == "summit or ministerial" and not _same_gathering(m, ev):
                continue  # "the G7 leaders agreed at their summit": not the IMF board
            # an event naming all the anaphor's people beats a later one naming some
            # (past the window, the event called by the anaphor's own noun)
            rank = (set(m.persons) <= ev.persons,
                    window > _ANAPHOR_WINDOW and x.prov.surface.lower() == noun, x.prov.start)
            if best is None or rank > best[0]:
                best = (rank, ev)
    return best[1] if best else None


def link_sidelines(found: list[Event]) -> None:
    """A meeting held on the margins of a gathering ("met X on the sidelines of the
    summit"): its people were at the gathering too, and where it names no day or place it
    has the gathering's. The gathering is the one reported in the same sentence, else the
    latest reported before it (within :data:`_ANAPHOR_WINDOW` sentences)."""
    sided: dict[int, tuple[Event, list[Mention]]] = {}
    for ev in found:
        side = next((m for m in ev.mentions if m.side and m.role == "trigger"), None)
        if side is None:
            continue
        best: tuple[tuple[bool, bool, int], Event] | None = None
        for other in found:
            if other is ev or other.family != "summit":
                continue
            if _apart(ev.best_date(), other.best_date()) > _GATHERING_DAYS:
                continue  # "A year ago in Rome ...": not the gathering of today's sidelines
            # a gathering dated to the same days is that of the sidelines however far back
            dated = None not in (ev.best_date(), other.best_date()) and _apart(
                ev.best_date(), other.best_date()) == 0
            for x in other.mentions:
                if x.role == "presence" or x.prov.source_id != side.prov.source_id:
                    continue
                near = side.order - x.order <= _ANAPHOR_WINDOW
                if x.order > side.order or not (near or dated):
                    continue
                rank = (x.order == side.order, near, x.prov.start)
                if best is None or rank > best[0]:
                    best = (rank, other)
        if best is None:
            continue
        gathering = best[1]
        gathering.mentions.append(replace(side, role="presence", side=False))
        i = ev.mentions.index(side)
        when = gathering.best_date()
        if ev.best_date() is None and when is not None:
            side = replace(side, date=replace(when, basis=(
                f"the gathering it was held on the margins of: {when.basis}")))
        if ev.place is None and gathering.place is not None:
            side = replace(side, place=gathering.place)
        ev.mentions[i] = side
        if when is None or all(m.role == "presence" for m in gathering.mentions
                               if m.date is not None):
            sided.setdefault(id(gathering), (gathering, []))[1].append(side)
    for gathering, sides in sided.values():
        _span_of_sidelines(gathering, sides)


def _span_of_sidelines(gathering: Event, sides: list[Mention]) -> None:
    """A gathering no mention of its own dates, with talks on its margins dated to
    different days ("on November 29, at a meeting held on the margins of the ministerial
    ... also met X on November 30 on the sidelines"): it lasted from the first of those
    days to the last (a few days at most)."""
    days = [m.date for m in sides if m.date is not None and m.date.precision == "day"
            and m.date.start == m.date.end]
    if len({d.start for d in days}) < 2:
        return
    first = min(days, key=lambda d: d.start)
    last = max(days, key=lambda d: d.start)
    if (last.start - first.start).days >= _GATHERING_DAYS:
        return
    i = next(i for i, m in enumerate(gathering.mentions) if m.role == "presence"
             and m.date is not None)
    gathering.mentions[i] = replace(gathering.mentions[i], date=replace(
        first, end=last.end, basis=f"the days of the talks on its margins: {first.basis}; "
        f"{last.basis}"))


def shift_date(d: ResolvedDate, n: int, unit: str, basis: str) -> ResolvedDate:
    """``d`` moved by ``n`` days, weeks, months or years ("a day earlier": -1, "day"): from
    its first day going back, from its last going forward; a month or year away is that
    whole month.

    >>> day = ResolvedDate(date(2023, 3, 21), date(2023, 3, 21), "day", "21 March", "")
    >>> shift_date(day, 2, "month", "two months later").start
    datetime.date(2023, 5, 1)
    >>> shift_date(day, -1, "day", "a day earlier").end
    datetime.date(2023, 3, 20)
    """
    if unit in ("day", "week"):
        step = timedelta(days=n * (7 if unit == "week" else 1))
        base = d.start if n < 0 else d.end
        return replace(d, start=base + step, end=base + step, precision=(
            "day" if d.precision == "day" else d.precision), basis=basis)
    months = n * (12 if unit == "year" else 1)
    k = d.start.year * 12 + d.start.month - 1 + months
    year, month = divmod(k, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return replace(d, start=date(year, month, 1), end=date(year, month, last),
                   precision="month", basis=basis)


def link_offsets(found: list[Event]) -> None:
    """Date an event reported "a day earlier", "two months later", "the next day" from the
    dated event reported last before it (in its sentence or the three before)."""
    for ev in found:
        if ev.best_date() is not None:
            continue
        m = next((x for x in ev.mentions if x.offset is not None), None)
        if m is None or m.offset is None:
            continue
        best: tuple[tuple[int, int], ResolvedDate] | None = None
        for other in found:
            when = other.best_date()
            if other is ev or when is None:
                continue
            for x in other.mentions:
                if (x.prov.source_id == m.prov.source_id and x.prov.start < m.prov.start
                        and m.order - x.order <= 3 and x.role != "heading"):
                    rank = (x.order, x.prov.start)
                    if best is None or rank > best[0]:
                        best = (rank, when)
        if best is None:
            continue
        n, unit = m.offset
        i = ev.mentions.index(m)
        ev.mentions[i] = replace(m, date=shift_date(best[1], n, unit, (
            f"{n:+d} {unit}(s) from the event reported before: {best[1].basis}")))


def _months(d: ResolvedDate) -> list[tuple[int, int]]:
    """The (year, month) of every month the days ``d`` cover."""
    first, last = d.start.year * 12 + d.start.month - 1, d.end.year * 12 + d.end.month - 1
    return [divmod(k, 12) for k in range(first, last + 1)]


def merge_across(found: list[Event]) -> list[Event]:
    """Join events of different articles dated to overlapping days with the same people
    (or the same place and kind). Each event is compared with the earlier ones dated in
    the same months only (found through an index by month), in the order they came."""
    out: list[Event] = []
    dated: list[ResolvedDate | None] = []  # best date of out[i], kept current
    by_month: dict[tuple[int, int], list[int]] = {}

    def index(i: int) -> None:
        d = dated[i]
        for key in _months(d) if d is not None else ():
            by_month.setdefault(key, []).append(i)

    for ev in found:
        d = ev.best_date()
        target = None
        near = sorted({i for key in _months(d) for i in by_month.get(key, ())}) if d else []
        for i in near:
            other, od = out[i], dated[i]
            if d is None or od is None or not _overlap(d, od):
                continue
            if {m.prov.source_id for m in other.mentions} & {
                    m.prov.source_id for m in ev.mentions}:
                continue
            same_people = bool(ev.persons and other.persons) and (
                ev.persons <= other.persons or other.persons <= ev.persons) and (
                ev.family == other.family or "day" == d.precision == od.precision)
            # (a visit "earlier this month" is not another paper's summit of one day there)
            same_place = bool(ev.place and ev.place == other.place
                              and ev.family == other.family)
            if (same_people or same_place) and not (
                    ev.place and other.place and ev.place != other.place):
                target = i
                break
        if target is None:
            out.append(ev)
            dated.append(d)
            index(len(out) - 1)
        else:
            out[target].mentions += ev.mentions
            dated[target] = out[target].best_date()
            index(target)
    return out


def _named_by_place(m: Mention, ev: Event, found: list[Event]) -> list[Event]:
    """The dated events of the article whose city the sentence names before "the same day"
    ("The Vienna meeting was held on the same day that ..."), or, for "That meeting ran
    alongside ...", those of the sentence before; those with a mention of the noun after
    the city first ("the Vienna meeting"), then the latest reported."""
    cue = SAME_DAY.search(m.prov.sentence)
    before = m.prov.sentence[:cue.start()] if cue else ""
    named = [
        (_noun_fits(other, before), max(x.prov.start for x in other.mentions), other)
        for other in found
        if other is not ev and other.place and other.best_date() is not None
        and any(x.prov.source_id == m.prov.source_id and x.order < m.order
                for x in other.mentions)
        and re.search(rf"\b{re.escape(other.place)}\b", before)
    ]
    if not named and _BACK_REFERENCE.search(before):
        # "That meeting ran alongside ...": the event reported in the sentence before
        named = [
            (True, max(x.prov.start for x in other.mentions), other) for other in found
            if other is not ev and other.best_date() is not None
            and any(x.prov.source_id == m.prov.source_id and x.order == m.order - 1
                    for x in other.mentions)
        ]
    return [o for _, _, o in sorted(named, key=lambda t: (not t[0], -t[1]))]


def _day_before(m: Mention, ev: Event, found: list[Event]) -> list[Event]:
    """The event dated to one day in the sentence right before a bare "the same day"
    ("<X> said in <City> on <weekday>, after talks with <Y>. The deal was then signed
    the same day by ..."), the one reported last in it; not "the same day that/as/when
    <another event>", nor a meeting with a place of its own (the sentence names the other
    event or its city)."""
    cue = SAME_DAY.search(m.prov.sentence)
    if cue is None or m.place or _SAME_DAY_AS.match(m.prov.sentence, cue.end()):
        return []
    named = [
        (max(x.prov.start for x in other.mentions if x.order == m.order - 1), other)
        for other in found
        if other is not ev and (when := other.best_date()) is not None
        and when.precision == "day" and when.start == when.end
        and any(x.prov.source_id == m.prov.source_id and x.order == m.order - 1
                and x.date is not None for x in other.mentions)
    ]
    return [o for _, o in sorted(named, key=lambda t: -t[0])]


_SAME_DAY_AS = re.compile(r"\s+(?:that|as|when|on\s+which)\b", re.IGNORECASE)


def _noun_fits(ev: Event, before: str) -> bool:
    """The meeting noun after the city ("The Warsaw talks") is a word of one of ``ev``'s
    mentions (the talks, not a visit to Warsaw reported later)."""
    noun = re.search(rf"\b{re.escape(ev.place or '')}\s+([a-z]+)", before)
    return noun is not None and any(noun.group(1) in x.prov.surface.lower()
                                    for x in ev.mentions)


# A meeting named back before a same-time cue: "That meeting ran alongside ...".
_BACK_REFERENCE = re.compile(
    r"\b(?:that|this|the|those|these)\s+(?:same\s+)?(?:meeting|talks|summit|conference"
    r"|gathering|visit|session|call)\b", re.IGNORECASE)


def link_same_day(found: list[Event]) -> None:
    """Give a mention saying "on the same day as the meeting with X" that meeting's date."""
    for ev in found:
        if ev.best_date() is not None:
            continue
        for m in ev.mentions:
            if not m.same_day:
                continue
            sources = [
                (x.prov.start, other) for other in found if other is not ev
                for x in other.mentions
                if x.prov.source_id == m.prov.source_id and x.order == m.order
            ]
            dated = [o for _, o in sorted(sources, key=lambda t: t[0])
                     if o.best_date() is not None] or _named_by_place(
                         m, ev, found) or _day_before(m, ev, found)
            if dated:
                ref = dated[0].best_date()
                assert ref is not None
                basis = f"'the same day' as the meeting in the same sentence: {ref.basis}"
                i = ev.mentions.index(m)
                ev.mentions[i] = replace(m, date=replace(ref, basis=basis))
                break
