"""Detection: which clauses of an article report a meeting (a *mention*), with its kind,
status, participants, place, date and duration; datelines and presence sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from .. import event_vocab as vocab
from ..corpus import Article
from ..dates import (
    MONTH_ABBREVIATION_GROUP,
    MONTH_GROUP,
    WEEKDAY_GROUP,
    DateNotResolved,
    ResolvedDate,
    Tense,
    find_time_expressions,
    resolve_date,
)
from ..literals import alternation
from ..people import People
from ..text import Sentence, lines_at, sentence_at, sentences, subject_gap_words
from .mention import KIND_PRIORITY, Mention, PersonRef, Provenance
from .participants import article_names, person_refs
from .patterns import (
    A_CITY,
    ACTED_AT_GATHERING,
    ADDRESSED,
    ADDRESSED_BODY,
    ALSO_THEN,
    ANAPHOR,
    BULLET,
    CABINET_SUBJECT,
    CANCELLED,
    CITY_BY_SPELLING,
    CLAUSE_BREAK,
    CLAUSE_SUBJECT,
    COLLECTIVE_SUBJECT,
    COMPANIONS_CUE,
    COMPANIONS_END,
    COUNTERPART_OBJECT,
    DATELINE,
    DATELINE_CITY,
    DOCUMENT_ON,
    DURATION,
    DURING_VISIT,
    ENDED_ON,
    FURNITURE,
    GROUP,
    GROUP_OBJECT,
    HABITUAL,
    HOST_GROUP,
    INDEFINITE,
    INTRANSITIVE,
    INTRANSITIVE_AFTER,
    JOINED,
    JOINED_BY_VIDEO,
    JOINED_REMOTELY,
    JOINT_SIGNERS,
    LATER,
    MANY_PARTY,
    MEET_OBJECT,
    MEMBERS_CUE,
    MET_WITH,
    MULTI_DAY,
    NAME_WORD_BEFORE,
    NAMED_AFTER,
    NEEDS_PERSON_OBJECT,
    NEGATED_AFTER_RE,
    NEGATED_BEFORE_RE,
    NEXT_CITY,
    NO_STOP_GAP,
    NONFINITE,
    NOT_EVENT_TIME,
    NTH_DAY,
    OF_NAMED_BODY,
    OFFSET,
    OPENING_PHRASE,
    OTHER_HAPPENING,
    PAIR,
    PAIR_GAP,
    PARTY_LIST_SUBJECT,
    PARTY_SUBJECT,
    PLACE,
    PLANNED,
    PRESENCE_CUE,
    PRESS,
    PRONOUN_AFTER_PHRASE,
    PRONOUN_BEFORE,
    PRONOUN_SUBJECT,
    PROPOSED,
    RECEIVED_GAP,
    RELATIVE,
    RELATIVE_OPENER,
    REMOTE,
    REPORTED_AFTER_PLACE,
    REPORTED_BEFORE_PLACE,
    SAID_ON,
    SAME_DAY,
    SECOND_STOP,
    SIDELINE,
    SPEAKER_AFTER,
    SPEAKING_AT,
    SPECULATIVE,
    SPOKE_AT,
    STILL_GOING,
    STOP_VERB,
    SUBJECT_PRONOUN,
    THE_N_DAY_EVENT,
    TIME_REFERENCE,
    TIMES_OVER,
    TOGETHER_GAP,
    TOUR_LINK,
    TOUR_OPENING,
    TOUR_STOP,
    TRAVEL_FOR,
    TRAVEL_TO,
    TRIGGER,
    UNTIL,
    VENUE_BY_SPELLING,
    VIDEO_WITH_PARTY,
    WITH_COUNTERPARTS,
    called_by_name,
)
from .status import FINISHED as _FINISHED_HERE
from .status import called_off_after, has_cue, simple_present, status_by_date, tense_status


# --- clauses and mentions ---------------------------------------------------------------
@lru_cache(maxsize=256)
def _clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Clause spans inside ``text[start:end]``, cut before clause-opening words (found once
    a sentence: the meetings, the people elsewhere and the times of a sentence share them)."""
    cuts = [m.start() + start for m in CLAUSE_BREAK.finditer(text[start:end])]
    bounds = [start, *[c for c in cuts if c > start], end]
    return tuple((a, b) for a, b in pairwise(bounds) if text[a:b].strip())


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start, *[start + i + 1 for i, c in enumerate(text[start:end]) if c == ","], end]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _triggers(text: str, start: int, end: int, refs: Sequence[PersonRef]
              ) -> list[re.Match[str]]:
    """Meeting words in ``text[start:end]`` that really report a meeting."""
    found = []
    words = list(TRIGGER.finditer(text, start, end))
    called_off = bool(words) and bool(CANCELLED.search(text, start, end))  # (most have none)
    for m in words:
        word = m.group(0).lower()
        before = text[max(0, m.start() - 12):m.start()]
        if not called_off and (
                NEGATED_BEFORE_RE.search(text[max(start, m.start() - 40):m.start()])
                or NEGATED_AFTER_RE.match(text[m.end():end])):
            continue  # "no talks are planned", "talks were put on ice": nothing took place
        if PROPOSED.search(text, max(start, m.start() - 50), m.start()):
            continue  # "wants to meet Putin", "pushes for a Putin meeting": no agreed meeting
        if HABITUAL.search(text, max(start, m.start() - 20), m.start()):
            continue  # "raised repeatedly in talks with the IMF": no one meeting
        if SPECULATIVE.search(text, max(start, m.start() - 60), m.start()):
            continue  # "whether he would chair future sessions", "if it survives talks"
        if word in ("delegation", "tour") and not (PLACE.search(text, start, end)
                                                  or A_CITY.search(text, m.end(), end)):
            continue  # "the delegation is headed by ...": a visit only when it goes somewhere
        if m.lastgroup == "call" and JOINED_REMOTELY.search(
                text, max(start, m.start() - 60), m.start()) and not (
                VIDEO_WITH_PARTY.search(text, max(start, m.start() - 60), m.start())
                and all(w.lastgroup == "call" for w in words)):
            continue  # "addressed the hall by video link": a remote participant (but
            # "joined EU ministers by video link", no gathering named: a call)
        if ADDRESSED_BODY.search(text, max(start, m.start() - 40), m.start()):
            continue  # "to address a joint meeting of Congress": a speech to a body
        if TIMES_OVER.match(text, m.end(), min(end, m.end() + 30)):
            continue  # "the group has met 25 times": many meetings, none identified
        if m.lastgroup == "summit" and PRESS.search(before):
            continue
        if word == "conference" and _PARTY_CONFERENCE.search(
                text, max(start, m.start() - 40), m.start()):
            continue  # "a revolt inside his conference": a party caucus
        if m.lastgroup == "summit" and _SUMMIT_WITH.match(text, m.end()):
            continue  # "held a summit meeting with X": the meeting of two leaders decides
        if word.startswith("meet") and MEET_OBJECT.match(text[m.end():m.end() + 40]):
            continue
        if word.startswith("discuss") and _MANY_COUNTERPARTS.search(
                text, m.end(), min(end, m.end() + 100)):
            continue  # "discussed the plan by telephone with many leaders": many calls
        if word == "host" and re.search(r"\b(?:a|an|the|whole)\s+$", before):
            continue  # "a whole host of people": the noun
        if m.lastgroup == "signing" and not (
                _body_signing(text, start, m) or (
                    word.endswith("ed") and _joint_signing(text, m, refs))):
            continue  # "Poland signed a contract": a signing, not two parties together
        if m.lastgroup in ("receive", "join"):
            nxt = refs[bisect_left(refs, m.end(), key=lambda r: r.start):
                       bisect_right(refs, m.end() + 70, key=lambda r: r.start)]
            if not nxt or nxt[0].modifier or not RECEIVED_GAP.match(
                    text[m.end():nxt[0].start]):
                continue  # "received $1bn", "received support from X": no reception
            found.append(m)
            continue
        if m.lastgroup == "collective":
            if not COLLECTIVE_SUBJECT.search(text[max(start, m.start() - 120):m.start()]):
                continue  # only a group of ministers or leaders, never one person
        elif word.startswith("host") and HOST_GROUP.match(text[m.end():m.end() + 60]):
            pass  # "will host European leaders": the guests are a group
        elif word in NEEDS_PERSON_OBJECT or (m.lastgroup == "meet" and word.endswith(
                ("with", "alongside"))):  # "over dinner with X", "appeared with X"
            # "met in Lviv with the Deputy Minister of Economy of Chile X": further
            reach = 90 if MET_WITH.match(text, m.end()) else 40
            nxt = refs[bisect_left(refs, m.end(), key=lambda r: r.start):
                       bisect_right(refs, m.end() + reach, key=lambda r: r.start)]
            gap = text[m.end():nxt[0].start] if nxt else ""
            if word.startswith(("stood", "appear")) and not (
                    nxt and not nxt[0].speaker and TOGETHER_GAP.fullmatch(gap)):
                continue  # "stood with Ukraine, Jo Roe said": a person right after, no speaker
            if (not nxt or nxt[0].modifier or not NO_STOP_GAP.fullmatch(gap)) and not (
                    _party_meeting(text, start, m, refs) or _pair_meeting(text, m, refs)
                    or COUNTERPART_OBJECT.match(text, m.end())
                    or GROUP_OBJECT.match(text, m.end())):
                continue
        found.append(m)
    if len(found) > 1:  # "headed its delegation at the Istanbul talks": the talks decide
        found = [m for m in found if m.group(0).lower() != "delegation"] or found
    return found


# Many counterparts of calls, none identified ("by phone with several heads of government")
_MANY_COUNTERPARTS = re.compile(
    r"\bwith\s+(?:several|many|various|numerous|other|a\s+number\s+of|dozens\s+of)\b",
    re.IGNORECASE)


# A party's caucus called its conference (US congressional copy: "a revolt inside his
# conference", "the House Republican conference"): no gathering.
_PARTY_CONFERENCE = re.compile(
    r"\b(?:his|her|(?:House|Senate)\s+(?:Republican|Democratic)|Republican|Democratic|GOP)"
    r"\s+(?:[\w-]+\s+){0,1}$")


# "a summit meeting with X", "summit talks with X" (Japanese, Korean and Indian government
# releases): a meeting of two leaders, not a multilateral summit
_SUMMIT_WITH = re.compile(r"\s+(?:meeting|talks)\s+with\b", re.IGNORECASE)
# A sentence opened by the gathering a meeting came before or after ("Prior to the
# Conference, X held a meeting with Y", "After the summit, X met Y"): the meeting is one of
# its own beside the gathering, as one on its sidelines
_OPENED_BY_GATHERING = re.compile(
    r"""\s*(?:Prior\s+to|Ahead\s+of|Before|After|Following|On\s+the\s+(?:sidelines|margins)
        \s+of)\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,4}?(?:summit|conference|session
        |gathering|forum|ministerial|council)s?\s*,""", re.VERBOSE | re.IGNORECASE)


def _joint_signing(text: str, m: re.Match[str], refs: Sequence[PersonRef]) -> bool:
    """Two people signing together ("Roe and Doe signed", "Roe and Prime Minister Al
    Doe signed", wire copy of signings): a meeting of the two, the second name right before the
    verb ("he and Zelensky signed" is left to the visit or talks of its sentence)."""
    i = bisect_left(refs, m.start(), key=lambda r: r.start)
    after = [r for r in refs[i:i + 2] if not r.modifier]
    if len(after) == 2 and _SIGNED_BY.fullmatch(text, m.end(), after[0].start) and (
            JOINT_SIGNERS.match(text[after[0].end:after[1].start])
            or _AND_COUNTERPART.fullmatch(text, after[0].end, after[1].start)):
        return True  # "was signed on Monday by Roe and his Ukrainian counterpart, Doe"
    if i == 0 or text[refs[i - 1].end:m.start()].strip():
        return False
    second = refs[i - 1]
    return i >= 2 and bool(JOINT_SIGNERS.match(text[refs[i - 2].end:second.start]))


# A signing between two bodies, no person named ("<Country>'s Ministry of <Portfolio> and
# the <Name> Agency signed a grant agreement", "<City> and <City> had signed a deal", "the
# contract was signed by <Company> and the <Name> Fund": ministries' and agencies' releases,
# timelines in the present, wire copy): a meeting of the signatories. A body is a short
# phrase with a capitalised word, a possessive or an acronym in brackets allowed, no verb
# or pronoun; the thing signed is an agreement of some kind.
_BODY = (r"(?:the\s+)?(?:(?!(?:and|or|but|was|were|is|are|has|have|had|will|would|said|says"
         r"|to|that|which|who|whom|when|after|before|also|then|as|it|they|he|she|we|with|by"
         r"|in|at|on|from|not|[a-z]+ed)\b)[\w’'.&-]+['’]?s?\s+){0,6}?"
         r"(?-i:[A-Z])[\w’'.&-]*(?:\s+\((?-i:[A-Z])[\w.&-]*\))?")
_AGREEMENT = (r"(?:agreements?|memorand(?:um|a|ums)|MoUs?|deals?|accords?|contracts?"
              r"|treaty|treaties|grants?|loans?|pacts?|protocols?|declarations?|roadmaps?"
              r"|charters?|conventions?|letters?\s+of\s+intent)")
_BODY_SIGNERS_BEFORE = re.compile(
    rf"""(?:^|[,;:]\s*|^\s*(?:On|In|At\s+the\s+end\s+of)\s+[\w\s]{{1,20}}?,?\s+)
        (?:{_BODY})\s+and\s+(?:{_BODY})\s+
        (?:(?:had|have|has|also|jointly|on\s+\w+day|then)\s+)*$""",
    re.VERBOSE | re.IGNORECASE)
_SIGNED_AGREEMENT = re.compile(
    rf"\s+(?:(?:a|an|the|their|its)\s+)?(?:[^\s.,;]+\s+){{0,5}}?{_AGREEMENT}\b",
    re.IGNORECASE)
_SIGNED_BY_BODIES = re.compile(
    rf"""(?:\s+(?:on|in)\s+[\w\s]{{1,20}}?)?\s+by\s+(?:{_BODY})\s+and\s+(?:{_BODY})
        \s*(?:[.,;:]|$|\s+(?:on|in|at|during|for)\b)""", re.VERBOSE | re.IGNORECASE)
_AGREEMENT_SIGNED = re.compile(
    rf"\b{_AGREEMENT}\s+(?:[^\s.,;]+\s+){{0,4}}?(?:was|were|has\s+been|had\s+been)\s+$",
    re.IGNORECASE)


def _body_signing(text: str, start: int, m: re.Match[str]) -> bool:
    """Two bodies signing an agreement: "<Body> and <Body> signed|sign a <thing>" (the
    first opening its clause, or after a time phrase that opens it), or "the <thing> was
    signed by <Body> and <Body>"."""
    if _BODY_SIGNERS_BEFORE.search(text[start:m.start()]) and _SIGNED_AGREEMENT.match(
            text, m.end()):
        return True
    return m.group(0).lower() == "signed" and bool(
        _AGREEMENT_SIGNED.search(text, max(start, m.start() - 80), m.start())
        and _SIGNED_BY_BODIES.match(text, m.end()))


# The passive of a signing, its two signers after "by" (ministries' releases, Lusa, round 7)
_SIGNED_BY = re.compile(r"(?:\s+(?!(?:and|or|but)\b)(?![\w’'-]+ed\b)[\w’'-]+)*?"
                        r"\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                        r"(?:[A-Z][\w’'.-]*\s+){0,4}")
_AND_COUNTERPART = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+)?"
                              r"counterpart,?\s+(?:[A-Z][\w’'.-]*\s+){0,3}")


def _pair_meeting(text: str, m: re.Match[str], refs: Sequence[PersonRef]) -> bool:
    """Two people as the subject of an intransitive meeting verb with no object after it:
    "Macron and Zelensky met in Paris", "Trump and Putin will meet next week", "X and
    Polish President Y last met on ..." (not "met with criticism": "with" needs a person)."""
    if m.group(0).lower() not in INTRANSITIVE:
        return False
    after = text[m.end():m.end() + 30]
    if not INTRANSITIVE_AFTER.match(after) or re.match(r"\s*with\b", after, re.IGNORECASE):
        return False
    i = bisect_left(refs, m.start(), key=lambda r: r.start)
    if i < 2 or not PAIR_GAP.match(text[refs[i - 1].end:m.start()]):
        return False
    return bool(JOINT_SIGNERS.match(text[refs[i - 2].end:refs[i - 1].start]))


# Talking verbs that make a meeting only of a named pair ("X and Y talk on the sidelines",
# "they chatted during the break" after two people named), never of a group by its noun
_PAIR_VERBS = frozenset({"talk", "talked", "chat", "chatted"})


def _party_meeting(text: str, start: int, m: re.Match[str], refs: Sequence[PersonRef]
                   ) -> bool:
    """A group meeting with no person after the verb: "NATO leaders will meet in
    Washington", "delegations met in Jeddah" (a party subject before, no object after).
    "they" is a party only after two people named earlier in the sentence ("X informed Y
    of the decision when they met in City A"); ``refs`` are the sentence's people."""
    if RELATIVE_OPENER.match(text, start):  # "The contact group, which first met at ..."
        start = max(0, start - 60)
    if m.group(0).lower() not in INTRANSITIVE or not INTRANSITIVE_AFTER.match(
            text[m.end():m.end() + 30]):
        return False
    lo = max(start, m.start() - 90)
    party = PARTY_SUBJECT.search(text[lo:m.start()])
    if party is None:
        # "advisers from <A>, the <B>, ... and <F>, are due to meet": a long list of members
        # between the party and its verb
        return PARTY_LIST_SUBJECT.search(text[max(start, m.start() - 260):m.start()]) is not None
    they = re.match(r"they\b", party.group(0), re.IGNORECASE) is not None
    if m.group(0).lower() in _PAIR_VERBS and not they:
        return False  # "officials chat on the sidelines": no pair named, no meeting
    if they:
        named = {r.person.name for r in refs if r.end <= lo + party.start()}
        return len(named) >= 2
    return True


def _named_gathering(text: str, m: re.Match[str]) -> bool:
    """A summit or conference named as a proper noun ("the Ukraine Recovery Conference",
    "the Munich Security Conference"): an event with no people or place needed."""
    if m.group(0).lower() in ("meeting", "meetings") and OF_NAMED_BODY.match(text, m.end()):
        return True  # "further meetings of the <Name> Group"
    return m.lastgroup == "summit" and m.group(0)[:1].isupper() and bool(
        NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()))  # not "The"


def _kind_of(matches: Sequence[re.Match[str]], text: str, multilateral: bool) -> str:
    kinds = []
    for m in matches:
        group = m.lastgroup or "meet"
        kind = {"summit": "summit or ministerial", "collective": "summit or ministerial",
                "call": "call or video link",
                "visit": "visit", "talks": "talks"}.get(group, "bilateral meeting")
        joined = JOINED.search(text[max(0, m.start() - 40):m.start()]) or (
            MANY_PARTY.search(text, max(0, m.start() - 30), m.start())  # "donor meeting"
        ) or WITH_COUNTERPARTS.match(text, m.end()  # "talks with his Nordic counterparts"
        ) or OF_NAMED_BODY.match(text, m.end()  # "the meeting of the Working Group"
        ) or CABINET_SUBJECT.search(text, max(0, m.start() - 40), m.start())  # "cabinet met"
        if kind in ("bilateral meeting", "talks") and (multilateral or joined):
            kind = "summit or ministerial"
        kinds.append(kind)
    return min(kinds, key=KIND_PRIORITY.index)


def _nearest(spans: Sequence[tuple[int, int, str]], pos: int, lo: int, hi: int
             ) -> tuple[int, int, str] | None:
    """The span inside ``lo``-``hi`` nearest ``pos`` (``spans`` in text order, disjoint)."""
    first = bisect_left(spans, lo, key=lambda s: s[0])
    last = bisect_right(spans, hi, key=lambda s: s[0])
    inside = [s for s in spans[first:last] if s[1] <= hi]
    return min(inside, key=lambda s: min(abs(s[0] - pos), abs(s[1] - pos)), default=None)


# A month alone, with at most a year word after it ("June", "in June last year"), and a
# day of a month ("16 June", "June 16")
_MONTH_ALONE = re.compile(
    rf"(?i:in\s+)?(?P<month>{MONTH_GROUP})(?:\s+(?:last|this|next)\s+year)?")
_DAY_OF_MONTH = re.compile(
    rf"(?:\d{{1,2}}\s+(?P<m1>{MONTH_GROUP})|(?P<m2>{MONTH_GROUP})\.?\s+\d{{1,2}})"
    r"(?:st|nd|rd|th)?")


def _day_in_month(text: str, times: Sequence[tuple[int, int, str]],
                  when: tuple[int, int, str], lo: int, hi: int, published: date,
                  tense: Tense) -> tuple[int, int, str] | None:
    """A day of the same month in the clause that names the month alone ("led a mission
    in June last year, meeting X on 16 June"): that day, in the month's year."""
    month = _MONTH_ALONE.fullmatch(when[2].strip())
    if month is None:
        return None
    name = month.group("month").lower()[:3]
    clause = times[bisect_left(times, lo, key=lambda s: s[0]):
                   bisect_left(times, hi, key=lambda s: s[0])]
    for t in clause:
        d = _DAY_OF_MONTH.fullmatch(t[2].strip()) if t != when else None
        if d is not None and (d.group("m1") or d.group("m2")).lower()[:3] == name:
            whole = _resolve(_of_that_year(text, when), published, tense)
            if whole is None or whole.precision != "month":
                return None
            return (t[0], t[1], f"{t[2]} {whole.start.year}")
    return None


def _overhanging(times: Sequence[tuple[int, int, str]], lo: int, hi: int
                 ) -> tuple[int, int, str] | None:
    """A time expression that starts in ``lo``-``hi`` and runs past its end ("on July 10
    and 11, 2025": the comma before the year ends the clause part)."""
    i = bisect_left(times, lo, key=lambda t: t[0])
    return times[i] if i < len(times) and times[i][0] < hi < times[i][1] else None


def _places(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out = []
    for m in PLACE.finditer(text, lo, hi):
        name = "place" if m.group("place") else "before"
        out.append((m.start(name), m.end(name), m.group(name)))
    return out


def _place_of(surface: str) -> tuple[str | None, str | None]:
    """(city, venue) of a place surface."""
    if surface in VENUE_BY_SPELLING:
        venue = VENUE_BY_SPELLING[surface]
        return vocab.VENUES[venue][0], venue
    return CITY_BY_SPELLING.get(surface), None


def _duration(clause: str) -> tuple[float | None, str]:
    m = DURATION.search(clause)
    if not m:
        return None, ""
    num = m.group("num").lower()
    value = float(num) if num[0].isdigit() else float(vocab.NUMBER_WORDS[num])
    return value + (0.5 if m.group("half") else 0.0), m.group(0)


def _resolve(surface: str, published: date, tense: Tense) -> ResolvedDate | None:
    try:
        return resolve_date(surface, published, tense=tense)
    except DateNotResolved:
        return None


def _resolve_nearest(surface: str, published: date) -> ResolvedDate | None:
    """A time expression read with no tense to go by ("asked for support at the summit at
    the end of June"): a date without a year takes the year that puts it nearer the
    publication day (a month ahead is this year's, not last year's); a weekday keeps the
    past reading of a meeting reported as held."""
    past, future = _resolve(surface, published, "past"), _resolve(surface, published, "future")
    if past is None or future is None or (future.start - past.start).days < 300:
        return past or future
    return past if (published - past.end) <= (future.start - published) else future


def article_mentions(article: Article, people: People, names: re.Pattern[str]
                      ) -> list[Mention]:
    text, published = article.text, article.published
    people, introduced = article_names(text, people)
    refs, title_spans = person_refs(text, names, people, published, introduced)
    times = [t for t in find_time_expressions(text) if not (  # once an article
        NOT_EVENT_TIME.search(text, max(0, t[0] - 8), t[0]) and t[2].lower().endswith("year"))]
    mentions: list[Mention] = []
    ref_starts = [r.start for r in refs]  # refs are in text order
    for order, sent in enumerate(sentences(text)):
        furniture = _furniture(text, sent.start)
        if furniture == "caption":
            continue
        s_refs = refs[bisect_left(ref_starts, sent.start):bisect_left(ref_starts, sent.end)]
        units: list[tuple[int, int, list[re.Match[str]]]] = []
        # (a sentence with no cue word of a meeting, half of them, is not cut into clauses)
        maybe = TRIGGER.may_match(text, sent.start, sent.end)
        for c_start, c_end in _clauses(text, sent.start, sent.end) if maybe else ():
            trig = _triggers(text, c_start, c_end, s_refs)
            if not trig:
                continue
            parts = _comma_parts(text, c_start, c_end)
            in_part = [trig[bisect_left(trig, a, key=lambda t: t.start()):
                            bisect_left(trig, b, key=lambda t: t.start())] for a, b in parts]
            if len(trig) > 1 and sum(1 for p in in_part if p) > 1:
                units += [(a, b, p) for (a, b), p in zip(parts, in_part, strict=True) if p]
            else:
                units += _split_sideline(text, c_start, c_end, trig)
        units = _time_reference_joined(text, units, s_refs)
        sent_mentions: list[Mention] = []
        # people of a clause about another happening ("before Trump is sworn in") are no
        # one's participants: bound like a meeting's clause, to nothing
        clauses = _clauses(text, sent.start, sent.end) if units else ()
        elsewhere = [(a, b) for a, b in clauses  # (only a meeting's people are bound)
                     if OTHER_HAPPENING.match(text, a) and not TRIGGER.search(text, a, b)
                     ] if units else []
        # "a forum in Vienna, which Nehammer attended and at which Sandu spoke": the
        # relative clauses after a meeting's clause hold that meeting's people, no one else's
        ends = {b: b for _, b, _ in units}
        for a, b in clauses:
            if a in ends and RELATIVE_OPENER.match(text, a) and not TRIGGER.search(text, a, b):
                ends[b] = ends.pop(a)
        by_end = {unit_end: end for end, unit_end in ends.items()}
        units = [(a, by_end.get(b, b), t) for a, b, t in units]
        free = _free_people(s_refs, sorted([(a, b) for a, b, _ in units] + elsewhere))
        last_person = _last_subject(text, refs, sent.start) if units else None
        for u_start, u_end, trig in units:
            # a meeting word names the meeting better than a group's act ("leaders meeting
            # in Brussels agreed"): the act is the main trigger only alone
            named = [t for t in trig if t.lastgroup != "collective"] or trig
            main = min(named, key=lambda t: KIND_PRIORITY.index(
                _kind_of([t], text, multilateral=False)))
            built = _build_mention(
                article, sent, order, u_start, u_end, trig, main, s_refs, free,
                title_spans, times, mentions, last_person, headline=furniture == "heading",
            )
            for mention in _separate(text, u_start, u_end, main, s_refs, built):
                if furniture == "heading" and mention.role == "trigger":
                    mention = replace(mention, role="heading")
                elif mention.persons and DURING_VISIT.match(sent.text):
                    mention = replace(mention, anaphoric=True)  # a part of that visit
                sent_mentions.append(mention)
        mentions += _fold_siblings(sent_mentions)
        mentions += _second_stops(article, sent, sent_mentions, people)
        mentions += _tour_stops(article, sent, sent_mentions, times)
        mentions += _next_of_series(article, sent, sent_mentions, times)
        if units and (attending := _attending(article, sent, order, s_refs)) is not None:
            mentions.append(attending)
        # (each of these needs a person the sentence names, not as a modifier: most name none)
        if not units and any(not r.modifier for r in s_refs):
            presence = _presence(article, sent, order, s_refs) or _addressee(
                article, sent, order, s_refs, _last_subject(text, refs, sent.start)
            ) or _members(article, sent, order, s_refs) or _companions(
                article, sent, order, s_refs, _last_subject(text, refs, sent.start))
            if presence is not None:
                mentions.append(presence)
        elif units and not sent_mentions and (present := [r for r in s_refs
                                                           if not r.modifier]):
            # a meeting word that reports no meeting of its own ("<Name>, speaking by
            # video link, told delegates"): the act may still place the person
            presence = _acted_at_gathering(article, sent, order, present)
            if presence is not None:
                mentions.append(presence)
    return _dateline_places(text, mentions)


_THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A sentence opened by the year it tells of ("In March 2021, ...", "In 2019, ..."), up to a
# time expression of the same sentence (reference pages, explainers, timelines)
_YEAR_OPENER = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))In\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{MONTH_GROUP}\s+)?(?P<year>(?:19|20)\d\d),(?:[^.!?\n]|\.(?=\d))*$")  # ("4.5")


def _of_that_year(text: str, when: tuple[int, int, str]) -> str:
    """ "in May of that year", "in June that year": the month of the year the text named
    last before it ("the election in March 2019. She last came in June of that year"),
    not of the publication year; a day without a year in a sentence opened by its year
    ("In April 2021, ... met on 9 April") is of that year."""
    if _YEAR.search(when[2]):
        return when[2]
    if not _THAT_YEAR.match(text, when[1]):
        opener = _YEAR_OPENER.search(text, max(0, when[0] - 400), when[0])
        return f"{when[2]} {opener.group('year')}" if opener else when[2]
    years = _YEAR.findall(text, max(0, when[0] - 600), when[0])
    return f"{when[2]} {years[-1]}" if years else when[2]


def _counted(m: re.Match[str], text: str, times: Sequence[tuple[int, int, str]],
             s_start: int, published: date
             ) -> tuple[tuple[int, str] | None, ResolvedDate | None]:
    """A meeting dated by a count from another event: "A day earlier, ..." (the offset from
    the event reported before: resolved when merging) or "comes a day before the group
    meets" (the time the sentence gives before the count, else the publication day, as a
    time expression)."""
    if m.group("eve"):  # "on the eve of that meeting": a day before it
        return (-1, "day"), None
    n_word = (m.group("n") or "1").lower()
    n = int(n_word) if n_word.isdigit() else int(vocab.NUMBER_WORDS.get(n_word, 1))
    unit = (m.group("unit") or m.group("unit2")).lower()
    way = (m.group("dir") or m.group("dir2")).lower()
    if way in ("before", "after"):  # the meeting is the later (earlier) one
        anchor = _nearest(times, m.start(), s_start, m.start())
        if anchor is None and _ACT_COMES.fullmatch(text, s_start, m.start()):
            # "The <act> comes <n> days before ...": the act of the sentence before, its
            # time; a heading above the paragraph ("<Place> meeting on Friday") states no
            # act (it names what the section is about), so it gives no time
            prev = sentence_at(text, max(0, s_start - 1))
            if _STATEMENT_END.search(prev.text):
                anchor = next((t for t in reversed(times)
                               if prev.start <= t[0] and t[1] <= s_start), None)
        base = _resolve(anchor[2], published, "past") if anchor else None
        start = base.start if base else published
        days = n * {"day": 1, "week": 7}.get(unit, 0) * (1 if way == "before" else -1)
        if not days:
            return None, None
        day = start + timedelta(days=days)
        return None, ResolvedDate(day, day, "day", m.group(0), (
            f"'{m.group(0)}' {'the time the sentence gives' if base else 'the publication day'}"
            f" ({start.isoformat()})"))
    sign = -1 if way in ("earlier", "prior", "previous", "preceding") else 1
    return (sign * n, unit), None


# The end of a sentence that states something, as a heading's line does not: a full stop,
# question or exclamation mark, maybe inside closing quotes or brackets.
_STATEMENT_END = re.compile(r"[.!?][\"'’”)\]]*\s*\Z")
# A sentence opening on the act of the sentence before, then the count ("The vote comes
# a day before", "This came two days after", "It comes a week before")
_ACT_COMES = re.compile(r"\s*(?:(?:The|This|That|Its)\s+(?:[\w’'-]+\s+){0,2}?|It\s+)"
                        r"(?:comes|came|is\s+coming)\s+")


# A line that is only a day ("WEDNESDAY, FEB. 12", "Monday 10 February", "Feb. 12,
# 2025"): the heading of a dated digest, timeline or live blog, over the items of that day
_DAY_HEADING = re.compile(
    rf"""(?:{WEEKDAY_GROUP},?\s+)?
        (?:{MONTH_ABBREVIATION_GROUP}[a-z]*\.?\s+\d{{1,2}}
           (?:\s*[-–]\s*\d{{1,2}}\b)?
          |\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?
           \s+{MONTH_ABBREVIATION_GROUP}[a-z]*\.?)
        (?:,?\s+(?:19|20)\d\d)?\s*:?""", re.VERBOSE | re.IGNORECASE)

# The separator after a day that opens a timeline entry ("12 March - Leaders meet in
# Paris", "March 29: negotiators meet in Istanbul", "Feb. 3, 2024 — talks in Riyadh")
_ENTRY_SEPARATOR = re.compile(r"\s*(?::|[-–—](?=\s))\s*\S")


def _section_date(text: str, s_start: int) -> tuple[int, int, str] | None:
    """The day heading over the list item holding ``s_start`` (the items of a dated digest
    or timeline: "WEDNESDAY, FEB. 12" then "- Trump holds a call with Putin"), as a time
    expression; None outside such a list."""
    start, end = _line_at(text, s_start)
    if not BULLET.match(text[start:end]):
        return None  # not in a list item
    while start > 0:
        start, end = _line_at(text, start - 1)
        line = text[start:end]
        if not line.strip() or BULLET.match(line):
            continue
        stripped = line.strip()
        if not _DAY_HEADING.fullmatch(stripped):
            return None
        at = start + line.index(stripped)
        return at, at + len(stripped), stripped
    return None


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _opening_day(line: str, heading: bool) -> tuple[int, int, str] | None:
    """The day that opens a timeline entry's line ("March 29: negotiators meet", "12 March -
    Leaders in Paris"), as a time expression in ``line``; with ``heading``, only a title
    line (no full stop) over a paragraph. A day alone on its line is no entry (it may be
    the article's own date; see :func:`_section_date` for days over list items)."""
    stripped = line.lstrip()
    day = _DAY_HEADING.match(stripped)
    if day is None:
        return None
    rest = stripped[day.end():]
    if not rest.strip() or not (day.group().rstrip().endswith(":")
                                or _ENTRY_SEPARATOR.match(rest)):
        return None
    if heading and _STATEMENT_END.search(rest):
        return None
    at = len(line) - len(stripped)
    surface = day.group().rstrip(" :")
    return at, at + len(surface), surface


def _entry_date(text: str, s_start: int) -> tuple[int, int, str] | None:
    """The day that opens the timeline entry holding ``s_start``: its own line ("March 29:
    negotiators meet in Istanbul") or the title line just over its paragraph ("12 March -
    Leaders in Paris"), as a time expression; None for any other paragraph."""
    start, end = _line_at(text, s_start)
    own = _opening_day(text[start:end], heading=False)
    if own is not None:
        return start + own[0], start + own[1], own[2]
    above = text[:start].rstrip()
    if not above:
        return None
    a_start, a_end = _line_at(text, len(above) - 1)
    over = _opening_day(text[a_start:a_end], heading=True)
    return None if over is None else (a_start + over[0], a_start + over[1], over[2])


# A timeline's dated heading: a line that is only a day or a month with its year ("MARCH
# 21, 2023", "MAY 20–21, 2023", "APRIL 2023", "February 19, 2024"), the entry's paragraph
# right under it (explainers and "how X has backed Ukraine" timelines, round 11)
_MONTH_YEAR_HEADING = re.compile(
    rf"(?:(?:early|mid|late)[\s-]+)?{MONTH_ABBREVIATION_GROUP}[a-z]*\.?,?\s+(?:19|20)\d\d",
    re.IGNORECASE)


def _is_timeline_heading(line: str) -> bool:
    stripped = line.strip().rstrip(":")
    return bool(_YEAR.search(stripped)) and bool(
        _DAY_HEADING.fullmatch(stripped) or _MONTH_YEAR_HEADING.fullmatch(stripped))


@lru_cache(maxsize=64)
def _timeline_headings(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each dated heading line with an entry's paragraph right under
    it, when the article has at least two (a timeline; a single day on a line of its own
    may be the article's own date)."""
    found = []
    for pos, line in lines_at(text):
        end = pos + len(line)
        nxt = text.find("\n", end + 1)
        below = text[end + 1:len(text) if nxt < 0 else nxt]
        if below.strip() and not _is_timeline_heading(below) and _is_timeline_heading(line):
            at = pos + len(line) - len(line.lstrip())
            found.append((at, at + len(line.strip().rstrip(":"))))
    return tuple(found) if len(found) >= 2 else ()


def _timeline_date(text: str, s_start: int) -> tuple[int, int, str] | None:
    """The dated heading over the timeline paragraph holding ``s_start``, as a time
    expression; None outside a timeline."""
    headings = _timeline_headings(text)
    if not headings:
        return None
    start, _ = _line_at(text, s_start)
    while start > 0:
        a_start, a_end = _line_at(text, start - 1)
        if not text[a_start:a_end].strip():
            return None  # a blank line: the paragraph has no heading right over it
        heading = next(((a, b) for a, b in headings if a_start <= a < a_end), None)
        if heading is not None:
            return heading[0], heading[1], text[heading[0]:heading[1]]
        start = a_start
    return None


# A wire diary's day heading: a line that is only a weekday and its day, no year, maybe a
# span of days ("WEDNESDAY, FEB. 12", "FRIDAY, FEB. 14 - SUNDAY, FEB. 16"); the paragraphs
# under it ("BRUSSELS - NATO defence ministers meet.") up to the next heading or a rule
# line ("-----") are that day's items (Reuters "DIARY-" and "key dates" lists, round 12)
_DIARY_DAY = rf"{WEEKDAY_GROUP},?\s+(?:{MONTH_ABBREVIATION_GROUP}[a-z]*\.?\s+\d{{1,2}}" \
    rf"|\d{{1,2}}\s+{MONTH_ABBREVIATION_GROUP}[a-z]*\.?)"
_DIARY_HEADING = re.compile(rf"(?P<first>{_DIARY_DAY})(?:\s*[-–]\s*(?P<last>{_DIARY_DAY}))?:?",
                            re.IGNORECASE)
_RULE_LINE = re.compile(r"\s*[-=_*]{3,}\s*")


@lru_cache(maxsize=64)
def _diary_lines(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """The (start, end) of each diary day heading, when the article has at least two (one
    such line may be the article's own date), and the starts of the lines that close a
    day's items: rule lines and headings of another kind (all-capitals lines)."""
    found = []
    barriers = []
    for pos, line in lines_at(text):
        stripped = line.strip()
        if stripped and _DIARY_HEADING.fullmatch(stripped):
            at = pos + len(line) - len(line.lstrip())
            found.append((at, at + len(stripped)))
        elif _RULE_LINE.fullmatch(line) or (stripped and stripped.upper() == stripped
                                            and any(c.isalpha() for c in stripped)):
            barriers.append(pos)
    return (tuple(found), tuple(barriers)) if len(found) >= 2 else ((), ())


def _diary_date(text: str, s_start: int) -> tuple[int, int, str] | None:
    """The diary day heading over the paragraph holding ``s_start`` (blank lines and
    other items of the day between), as a time expression; None outside a diary or below
    a rule line or a heading of another kind (an all-capitals line)."""
    headings, barriers = _diary_lines(text)
    start, _ = _line_at(text, s_start)
    i = bisect_right(headings, start, key=lambda h: h[0]) - 1
    if i < 0:
        return None
    a, b = headings[i]
    if b > start or bisect_left(barriers, b) < bisect_left(barriers, start):
        return None  # the heading's own line, or a rule line between
    return a, b, text[a:b].rstrip(":")


def _heading_days(surface: str, published: date) -> ResolvedDate | None:
    """A day heading's days: one day, or the span of a diary heading ("FRIDAY, FEB. 14 -
    SUNDAY, FEB. 16") from its first day to its last."""
    span = _DIARY_HEADING.fullmatch(surface)
    if span is None or span.group("last") is None:
        return _heading_day(surface, published)
    first = _heading_day(span.group("first"), published)
    last = _heading_day(span.group("last"), published)
    if first is None or last is None or last.end < first.start:
        return first
    return replace(first, end=last.end, expression=surface,
                   basis=f"{first.basis}; to {span.group('last')}")


def _heading_day(surface: str, published: date) -> ResolvedDate | None:
    """A day heading's day: the reading nearer the publication day (a digest's week, a
    timeline's days before it, a "coming up" list's days after it), whatever the item's
    tense ("Bessent arrives in Kyiv" under last Wednesday's heading)."""
    found = [r for tense in ("past", "future")
             if (r := _resolve(surface, published, tense)) is not None]
    return min(found, key=lambda r: abs((r.start - published).days), default=None)


def _sentence_time(text: str, times: Sequence[tuple[int, int, str]], pos: int,
                   s_start: int, s_end: int) -> tuple[int, int, str] | None:
    """The time expression of the sentence nearest ``pos``, leaving out those of clauses
    about another happening that report no meeting ("after the strikes on October 10")."""
    first = bisect_left(times, s_start, key=lambda t: t[0])
    last = bisect_right(times, s_end, key=lambda t: t[0])
    if first == last:
        return None
    clauses = _clauses(text, s_start, s_end)
    keep = []
    for t in times[first:last]:
        if t[1] > s_end:
            continue
        c = next(((a, b) for a, b in clauses if a <= t[0] < b), None)
        if c is not None and not (c[0] <= pos < c[1]) and OTHER_HAPPENING.match(
                text, c[0]) and not TRIGGER.search(text, c[0], c[1]):
            continue
        keep.append(t)
    return min(keep, key=lambda t: min(abs(t[0] - pos), abs(t[1] - pos)), default=None)


def _before_other_subject(text: str, after: int, places: list[tuple[int, int, str]],
                          refs: Sequence[PersonRef]) -> list[tuple[int, int, str]]:
    """The places not after a person named past ``after`` and a comma as the subject of a
    clause of their own ("were meeting, X was in Kyiv"): only the first such person counts
    (``refs`` in text order), so each place is not checked against every person."""
    comma = text.find(",", after)
    if comma < 0 or not places:
        return places
    last = max(p[0] for p in places)
    for r in refs[bisect_right(refs, comma, key=lambda r: r.start):]:
        if r.start >= last:
            break
        if CLAUSE_SUBJECT.match(text[r.end:r.end + 40]):
            return [p for p in places if not r.start < p[0]]
    return places


def _split_sideline(text: str, start: int, end: int, trig: list[re.Match[str]]
                    ) -> list[tuple[int, int, list[re.Match[str]]]]:
    """A clause holding a meeting and the gathering on whose margins it was held ("after
    meeting Sandu on the sidelines of the EU summit") as two units, cut before
    "on the sidelines of"; any other clause as one."""
    for m in SIDELINE.finditer(text, start, end):
        before = [t for t in trig if t.start() < m.start()]
        after = [t for t in trig if t.start() >= m.start()]
        if any(t.lastgroup not in ("summit", "collective") for t in before) and after:
            return [(start, m.start(), before), (m.start(), end, after)]
    gatherings = [t for t in trig if t.lastgroup == "summit"]
    if len(gatherings) == len(trig) >= 2:
        # "to the <Name> Forum in <City> in May and to the <group> ministerial in <City>
        # in autumn": two gatherings, each with its own place and time
        for m in _AND_AT_THE.finditer(text, trig[0].end(), trig[-1].start()):
            before = [t for t in trig if t.start() < m.start()]
            after = [t for t in trig if t.start() >= m.end()]
            if before and after:
                return [(start, m.start(), before), (m.start(), end, after)]
    return [(start, end, trig)]


# "... and at the <gathering>", "... and to the <gathering>": a second gathering joined
# to the first in one clause
_AND_AT_THE = re.compile(r",?\s+and\s+(?:at|to|in|for)\s+(?:the|a|an)\s+", re.IGNORECASE)


# The agent of a passive before a name ("was received by President X"): the host, not
# the one who travels on
_PASSIVE_AGENT = re.compile(r"\bby\s+(?:(?:the\s+)?[A-Z][\w’'.-]*\s+)*$")


def _traveller(text: str, main: re.Match[str], s_start: int, s_refs: list[PersonRef],
               last_person: PersonRef | None) -> str | None:
    """Who travels for the meeting ("X has flown to Kyiv for talks", "..., when she is
    expected to come to Geneva for the conference", "she was welcomed ... before
    flying on to Prague for a meeting with Y"): the person right before the travel verb, else,
    through a subject pronoun, the sentence's first person (the one named last before it
    when the sentence names no one before)."""
    trip = TRAVEL_FOR.search(text, max(s_start, main.start() - 120), main.start())
    if trip is None:
        return None
    before = [r for r in s_refs if r.end <= trip.start() and not r.modifier
              and not _PASSIVE_AGENT.search(text, max(s_start, r.start - 40), r.start)]
    if before and re.fullmatch(r"[\s,]*(?:[a-z][\w’'-]*\s+){0,4}", text[before[-1].end:
                                                                        trip.start()]):
        return before[-1].person.name  # "Roe has flown to City A for talks" (wire copy)
    last = before[-1].end if before else s_start
    if SUBJECT_PRONOUN.search(text, last, trip.start()) is None:
        return None
    subject = before[0] if before else last_person
    return subject.person.name if subject is not None else None


def _last_subject(text: str, refs: list[PersonRef], start: int) -> PersonRef | None:
    """The first person named in the last sentence before ``start`` that names anyone (the
    likely antecedent of a sentence-opening "He" or "She")."""
    i = bisect_left(refs, start, key=lambda r: r.start) - 1  # refs are in text order
    while i >= 0 and refs[i].modifier and not _possessive(text, refs[i]):
        i -= 1
    if i < 0:
        return None
    last = refs[i].start
    opening = sentence_at(text, last).start
    j = bisect_left(refs, opening, key=lambda r: r.start)
    # "Zelensky's stop in the capital ... He was received": a possessive subject counts
    return next(r for r in refs[j : i + 1] if not r.modifier or _possessive(text, r))


def _possessive(text: str, r: PersonRef) -> bool:
    return text.startswith(("'s", "’s"), r.end)


def _named_before(text: str, main: re.Match[str]) -> bool:
    """A group names the meeting right before its noun, as its noun or right after "of"
    ("the NATO summit", "the European Council", "the meeting of the Contact Group"): no
    anaphor."""
    if GROUP.search(text, max(0, main.start() - 30), main.end()) is not None:
        return True
    if called_by_name(text, main.start(), main.end()):  # "the IMF board", "the Energy
        return True                                    # Council": by its name
    of = NAMED_AFTER.match(text, main.end())  # "the gathering of the Contact Group"
    return (of is not None and GROUP.match(text, of.end()) is not None) or bool(
        OF_NAMED_BODY.match(text, main.end()))  # "the meeting of the <Name> Council"


def _relative_end(text: str, end: int, limit: int) -> int:
    """The end of a relative clause right after a mention's clause ("the conference, which
    will be held in June"): its tense is the meeting's."""
    if not RELATIVE.match(text, end, limit):
        return end
    nxt = CLAUSE_BREAK.search(text, end + 6, limit)
    return nxt.start() if nxt else limit


def _next_sentence_end(text: str, end: int) -> int:
    """The end of the sentence after the one ending at ``end`` (``end`` itself when none
    follows), by the library's splitter (:func:`aidlib.text.sentence_at`)."""
    first = len(text) - len(text[end:].lstrip())  # its first character
    return sentence_at(text, first).end if first < len(text) else end


def _multi_day(when: ResolvedDate | None, clause: str) -> ResolvedDate | None:
    """A one-day date of a "two-day summit": the days from it (or up to it, when the
    clause says the event ended that day)."""
    m = MULTI_DAY.search(clause)
    if when is None or m is None or when.precision != "day" or when.start != when.end:
        return when
    num = m.group("num").lower()
    days = int(num) if num.isdigit() else int(vocab.NUMBER_WORDS.get(num, 1))
    if not 2 <= days <= 7:
        return when
    span = timedelta(days=days - 1)
    if ENDED_ON.search(clause):
        return replace(when, start=when.start - span, basis=f"{when.basis}; {m.group(0)} "
                       "ending that day")
    return replace(when, end=when.end + span, basis=f"{when.basis}; {m.group(0)} from that day")


def _nth_day(when: ResolvedDate | None, clause: str, published: date, status: str
             ) -> ResolvedDate | None:
    """ "the second day of the summit" on a day (the publication day when under way and
    undated): the meeting began that many days before; "and final" ends it that day."""
    m = NTH_DAY.search(clause)
    if m is None or (when is not None and (when.precision != "day" or when.start != when.end)):
        return when
    if when is None:
        if status != "ongoing":
            return None
        when = ResolvedDate(published, published, "day", m.group(0),
                            "publication day: the meeting is under way")
    nth = vocab.DAY_ORDINALS[m.group("nth").lower()]
    final = " and " in m.group(0).lower()
    return replace(when, start=when.start - timedelta(days=nth - 1),
                   basis=f"{when.basis}; {m.group(0)} it" + (", ending that day" if final else ""))


# A subhead is a short line without a full stop ("EU summit next"); a longer one is a
# caption printed without a label, whose meeting counts (guide v2, seed gold).
_SUBHEAD_WORDS = 8


_NOT_SPACE = re.compile(r"\S")


def _furniture(text: str, start: int) -> str | None:
    """ "caption" for a labelled caption or teaser paragraph ("Photo caption:", "Read
    more:"), "heading" for the headline or a subhead (a short line without a full stop),
    else None: a heading's meeting only joins an event the body reports; a labelled
    caption's or teaser's is none."""
    para_start, para_end = _line_at(text, start)
    line = text[para_start:para_end].strip()
    if FURNITURE.match(line) or (BULLET.match(line) and line[-1:] not in ".!?"):
        return "caption"  # a labelled caption or teaser, or a related-stories list line
    # (whether only space is before or after the line: found at the first character that is
    # not, not by copying the text around it at every sentence)
    headline = _NOT_SPACE.search(text, 0, para_start) is None
    alone = headline and _NOT_SPACE.search(text, para_end) is None  # one line: its own body
    unfinished = bool(line) and line[-1] not in ".!?\"”’'"
    if not alone and unfinished and (headline or len(line.split()) <= _SUBHEAD_WORDS):
        return "heading"
    return None


def _dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a meeting held in the dateline's paragraph ("BRUSSELS, Dec 15 (Reuters) - EU
    finance ministers approved ...", "KYIV — ...") that names no place the dateline city.
    Not for calls, remote, planned, cancelled, later or anaphoric mentions (the reporter's
    city says nothing about where those are)."""
    m = next((d for d in DATELINE.finditer(text, 0, 800)
              if d.group("city") in DATELINE_CITY), None)
    if m is None:
        return mentions
    city = DATELINE_CITY[m.group("city")]
    end = _line_at(text, m.end())[1]
    out = []
    for x in mentions:
        if (x.role == "trigger" and m.start() <= x.prov.start < end and x.place is None
                and x.status in ("held", "ongoing") and x.kind != "call or video link"
                and not (x.remote or x.later or x.anaphoric)):
            x = replace(x, place=city, place_basis="dateline")
        out.append(x)
    return out


def _time_reference_joined(text: str, units: list[tuple[int, int, list[re.Match[str]]]],
                           s_refs: list[PersonRef]
                           ) -> list[tuple[int, int, list[re.Match[str]]]]:
    """Fold a unit that opens with "after the meeting" and has no other meeting word into
    the unit before it when that one names no partner after its meeting word: "held
    separate <calls> after the meeting with X, and with Y" (ministry releases) are
    calls with X and Y ("met X after the meeting with Y" stays two)."""
    out: list[tuple[int, int, list[re.Match[str]]]] = []
    for a, b, trig in units:
        if (out and out[-1][1] == a and len(trig) == 1
                and (ref := TIME_REFERENCE.search(text, a, trig[0].end())) is not None
                and not text[a:ref.start()].strip() and ref.start("noun") == trig[0].start()
                and not any(max(t.end() for t in out[-1][2]) <= r.start < a for r in s_refs)):
            prev_a, _, prev_trig = out.pop()
            out.append((prev_a, b, prev_trig))
            continue
        out.append((a, b, trig))
    return out


# The next meeting of a series the article is about, to come ("The panel's next session is
# planned for the autumn", "Further expert talks are planned for the weeks ahead",
# "the next donor conference is set to take place in Spain"): an event, though it names
# no one and no place (ministry releases and wire copy end on it); "more" only opening its
# clause ("More technical consultations are expected"), not "wants more talks"
_NEXT_OF_SERIES = re.compile(
    r"(?:\b(?:next|further|upcoming|follow-up)|(?:^|(?<=[.;:\n])|(?<=[.;:\n]\s))more)"
    r"\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# Capitalised words only (a title before a name): "Secretary General "
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+)*")
# A coordinated verb with no subject of its own: ", then called", "and later met"
_THEN_VERB = re.compile(r"[\s,]*(?:and\s+)?(?:then|later|afterwards)\s+(?:also\s+)?",
                        re.IGNORECASE)
# A part of the meetings just named: "a series of meetings, including talks with X"
_INCLUDING = re.compile(r"\b(?:including|among\s+them|notably|in\s+particular)\s+"
                        r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _dated_by_reference(text: str, lo: int, hi: int, earlier: Sequence[Mention]
                        ) -> ResolvedDate | None:
    """The day of an undated act "after the meeting" (ministry releases: "held calls after
    the meeting with X"): that of the last meeting the article reported by the same noun,
    the same day (the guide's choice)."""
    ref = TIME_REFERENCE.search(text, lo, hi)
    if ref is None or ref.group(0).lower().startswith("before"):
        return None  # "before the summit" may be days before it
    noun = ref.group("noun").lower()[:5]
    prev = next((m for m in reversed(earlier) if m.date is not None
                 and m.prov.surface.lower().startswith(noun)), None)
    if prev is None or prev.date is None:
        return None
    return replace(prev.date, basis=f"{prev.date.basis}; '{ref.group(0)}' reported before")


# "held separate calls with X, and with Y", "met separately with X and with Y": one
# meeting with each (Ukrainian and Dutch ministry releases)
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
# "... and with Y", "and also with Y", "and separately with Y", "and, separately, with Y"
_AND_WITH = re.compile(r",?\s+and(?:\s+(?:also|separately)|\s*,\s*separately,)?\s+with\b",
                       re.IGNORECASE)


def _by_city(text: str, u_start: int, u_end: int, mention: Mention) -> list[Mention]:
    """A visit to a list of cities (a tour report: "a <region> tour, <City>, <City> and
    <City>", "had taken him to <City> and <City>") as one visit a city (guide v2.2: a trip
    to two cities is two rows), each reported from its city; any other visit as it is."""
    run: list[tuple[int, int, str]] = []
    for city in A_CITY.finditer(text, u_start, u_end):  # the first city a list goes on from
        run = [(city.start(), city.end(), city.group(0))]
        while (nxt := NEXT_CITY.match(text, run[-1][1], u_end)) is not None:
            run.append((nxt.start("place"), nxt.end("place"), nxt.group("place")))
        if len({CITY_BY_SPELLING[p[2]] for p in run}) >= 2:
            break
    else:
        return [mention]
    out = []
    for i, (p_start, p_end, surface) in enumerate(run):
        prov = mention.prov if i == 0 else replace(mention.prov, start=p_start, end=p_end,
                                                   surface=surface)
        out.append(replace(mention, prov=prov, place=CITY_BY_SPELLING[surface], venue=None))
    return out


def _separate(text: str, u_start: int, u_end: int, main: re.Match[str],
              s_refs: list[PersonRef], mention: Mention | None) -> list[Mention]:
    """``mention`` as one meeting a partner when its clause says the meetings were
    separate and names the partners each after its own "with" (else as it is)."""
    if mention is None:
        return []
    if mention.kind == "visit":
        return _by_city(text, u_start, u_end, mention)
    if (listed := _listed_counterparts(text, main, s_refs, mention)) is not None:
        return listed
    if not _SEPARATE.search(text, max(u_start, main.start() - 30), main.end() + 30):
        return [mention]
    cuts = [m.start() for m in _AND_WITH.finditer(text, main.end(), u_end)]
    if not cuts:
        return [mention]
    bounds = [main.end(), *cuts, u_end]
    groups = [[r.person.name for r in s_refs if a <= r.start < b and not r.modifier
               and r.person.name in mention.persons] for a, b in pairwise(bounds)]
    if len(groups) < 2 or not all(groups):
        return [mention]
    partners = {p for g in groups for p in g}
    subject = [p for p in mention.persons if p not in partners]
    # each meeting has its own parties: not multilateral for the countries of all of them
    mention = replace(mention, kind=_kind_of([main], text, multilateral=False))
    out = [replace(mention, persons=tuple(dict.fromkeys([*subject, *groups[0]])))]
    for cut, group in zip(cuts, groups[1:], strict=True):
        # each later meeting is reported from its own "and with" (its own provenance)
        with_ = _AND_WITH.match(text, cut)
        assert with_ is not None
        prov = replace(mention.prov, start=with_.start(), end=with_.end(),
                       surface=with_.group(0))
        out.append(replace(mention, prov=prov, persons=tuple(dict.fromkeys([*subject, *group]))))
    return out


# The verb of one party meeting others ("met", "held talks with"), its objects a list of
# named people each with its own title ("met Polish Prime Minister A and NATO Secretary
# General B", "held talks with President A, Prime Minister B and Defence Minister C"):
# separate meetings, one row per counterpart (guide, eighth round: "met X and Y").
_MET_VERB = re.compile(r"(?:met|meets)(?:\s+with)?\b|(?<=\bheld\s)talks\s+with\b"
                       r"|(?<=\bhad\s)talks\s+with\b", re.IGNORECASE)
_TITLE_GAP = r"(?:(?-i:[A-Z])[\w’'.-]*\s+){1,5}"
_FIRST_OBJECT = re.compile(rf"\s+{_TITLE_GAP}\Z")
_NEXT_OBJECT = re.compile(rf"(?:\s*,|,?\s+and)\s+{_TITLE_GAP}\Z")


def _listed_counterparts(text: str, main: re.Match[str], s_refs: list[PersonRef],
                         mention: Mention) -> list[Mention] | None:
    """``mention`` as one meeting a counterpart when its verb ("met", "held talks with")
    takes a list of two or more named people, each after a comma or "and" and its own
    title; its other people (the subject) at each. None when it is no such list."""
    verb = _MET_VERB.match(text, main.start())
    if verb is None:
        return None
    objects: list[PersonRef] = []
    pos = verb.end()
    for r in s_refs:
        if r.start < pos:
            continue
        gap = _FIRST_OBJECT if not objects else _NEXT_OBJECT
        if r.modifier or r.speaker or not gap.match(text[pos:r.start]) or (
                r.person.name not in mention.persons):
            break
        objects.append(r)
        pos = r.end
    names = list(dict.fromkeys(r.person.name for r in objects))
    subject = [p for p in mention.persons if p not in names]
    if len(names) < 2 or not subject:
        return None
    # each meeting has its own parties: not multilateral for the countries of all of them
    mention = replace(mention, kind=_kind_of([main], text, multilateral=False))
    out = []
    for i, r in enumerate(objects):
        if r.person.name in [o.person.name for o in objects[:i]]:
            continue
        prov = mention.prov if i == 0 else replace(
            mention.prov, start=r.start, end=r.end, surface=text[r.start:r.end])
        out.append(replace(mention, prov=prov,
                           persons=tuple(dict.fromkeys([*subject, r.person.name]))))
    return out


def _free_people(s_refs: list[PersonRef], bound: list[tuple[int, int]]) -> list[PersonRef]:
    """A sentence's people outside every mention's clause (``bound``: in order, disjoint),
    found once a sentence."""
    starts = [a for a, _ in bound]
    out = []
    for r in s_refs:
        i = bisect_right(starts, r.start) - 1
        if not (r.speaker or r.modifier) and not (i >= 0 and r.start < bound[i][1]):
            out.append(r)
    return out


_TALK_VERB = re.compile(r"(?:spoke|speaks|speaking|talked|talks|talking|told)\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(rf"\s*(?:(?:{subject_gap_words()}|\w+ly)\s+)*$", re.IGNORECASE)


_WHO = re.compile(r"\s*who\b")
# "meeting X on 16 June and Y a day later": the object with a later time of its own was
# met at another meeting, not at this one
_AND_BEFORE = re.compile(r"\band\s+(?:[A-Z][\w’'.-]*\s+){0,4}$")
_LATER_OWN = re.compile(r"\s+(?:(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)\s+later"
                        r"|the\s+(?:next|following)\s+(?:day|week))\b")
# "X unveiled a package on the eve of the summit": an act the day before, not at it
_ON_THE_EVE = re.compile(r"\bon\s+the\s+eve\s+of\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# A speech or a memory that the meeting is the content of, between its speaker and the
# meeting word, with no verb of presence after it ("X recalled the conference held in
# <City>", "X said aid would be on the agenda of the summit", "asked for support at the
# summit"): the speaker is not shown at the meeting ("X said he would attend": he is)
_SPOKEN_OF = re.compile(
    r"""\b(?:recall(?:s|ed|ing)?|said|says|saying|asked|asks|asking|described|describing
        |noted|noting|stressed|stressing|urged|urging|hoped|hoping)\b
        (?![^.;]{0,200}\b(?:attend|attends|attended|attending|join|joins|joined|joining
                   |travel(?:s|led|ed|ling|ing)?|take\s+part|took\s+part|taking\s+part
                   |participate[sd]?|participating|go|goes|went|going|host|hosts|hosted
                   |hosting|chair|chairs|chaired|chairing|address|addressed|addressing
                   |speak|spoke|speaking)\b)""", re.VERBOSE)
_SUBORDINATE = re.compile(r",\s*(?:when|while|as)\s+$")


def _other_subject(text: str, main: re.Match[str], r: PersonRef) -> bool:
    """The subject of a clause after the meeting's that reports another act ("made her own
    trip to Lviv last spring, when Sandu unveiled the plan"): not a participant
    (but "..., when he and Zelensky signed" is a meeting of theirs)."""
    return (r.start > main.end() and bool(_SUBORDINATE.search(text, main.end(), r.start))
            and TRIGGER.match(text, r.end + 1, r.end + 1 + 25) is None
            and not re.match(r"\s+and\b", text[r.end:r.end + 6]))


# ", when <subject> <meeting word>": a clause of its own that dates an earlier act
_WHEN_CLAUSE = re.compile(r",\s*(?:when|where)\s+")


def _before_when_clause(text: str, main: re.Match[str], r: PersonRef,
                        s_refs: Sequence[PersonRef]) -> bool:
    """A person named before a ", when <Subject> <meeting word>" clause that holds the
    meeting, its own subject named ("X congratulated Y on the deal reached on Friday, when
    <Name> hosted Y and Z"): the subject of the earlier act, not a participant. Not for a
    visit ("X announced it on <day>, when <Name> visited <City>": X may be the host)."""
    if r.end > main.start() or main.lastgroup == "visit":
        return False
    clauses = list(_WHEN_CLAUSE.finditer(text, r.end, main.start()))
    return bool(clauses) and any(clauses[-1].end() <= o.start < main.start()
                                 and not o.modifier for o in s_refs)


def _talker(text: str, main: re.Match[str], r: PersonRef) -> bool:
    """A person the speech verb of a call binds ("Macron spoke with X by phone", "Kishida
    told X by phone"): its subject right before it, or its object right after it, is on the
    call, not a speaker quoted about it."""
    if main.lastgroup != "call" or not _TALK_VERB.match(main.group(0)):
        return False
    if r.end <= main.start():
        return bool(_SUBJECT_GAP.match(text, r.end, main.start()))
    return 0 <= r.start - main.end() <= 40


# "met Zelensky there": the place of the meeting just reported
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)")
# "X, who met Y": a relative clause on a named person, its verb group (an auxiliary or an
# adverb or two) right before the meeting word
_WHO_VERB = re.compile(r"\s*who\s+(?:[a-z]+\s+){0,3}$")
_RIGHT_BEFORE_WHO = re.compile(r"\s*,\s*$")


def _relative_antecedent(text: str, u_start: int, trigger: int, refs: Sequence[PersonRef]
                         ) -> str | None:
    """The person a "who" clause opening at ``u_start`` is about, when its meeting word is
    the clause's verb ("Rutte, who spoke with Biden by phone, said"); else None."""
    if not _WHO_VERB.fullmatch(text, u_start, trigger):
        return None
    before = [r for r in refs if r.end <= u_start and not r.modifier]
    if before and _RIGHT_BEFORE_WHO.fullmatch(text, before[-1].end, u_start):
        return before[-1].person.name
    return None


_SENTENCE_ANAPHOR = re.compile(r"\s*(?:The|This|That|These|Those)\s+")


# A month right before a meeting word, as its modifier: "the December European Council",
# "at their June summit" (European Parliament and Council releases, round 7)
_MONTH_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Nn]ext|[Ll]ast)\s+"
    rf"(?P<month>{MONTH_GROUP})\s+(?:[A-Z][\w’'-]*\s+){{0,2}}$")


# A subordinate clause of time opening a meeting's unit with a group as its subject
# ("after allied defence ministers met", "a day before the Contact Group held its
# meeting"; not "after hosting leaders": a participle has the main clause's subject)
_OWN_SUBJECT_CLAUSE = re.compile(
    rf"""\s*(?:after|before|while|as)\s+(?:(?!\w+ing\b)[\w’'.-]+\s+){{0,4}}?
        (?:{alternation(vocab.MEETING_PARTIES, ignore_case=True)})(?![\w])""",
    re.VERBOSE | re.IGNORECASE)


# ", and" (or "; ") right before a speaker named after the meeting word, a title or
# honorific between
_JOINED_SPEAKER = re.compile(r"(?:,\s*and|;)\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")


def _own_people(text: str, u_start: int, u_end: int, main: re.Match[str],
                s_refs: list[PersonRef], free: list[PersonRef], later: bool
                ) -> list[PersonRef]:
    """The people of a mention's clause (else its sentence's people free of other triggers,
    ``free``)."""
    lo = bisect_left(s_refs, u_start, key=lambda r: r.start)  # s_refs are in text order
    hi = bisect_left(s_refs, u_end, key=lambda r: r.start)
    # ", and <Speaker> said he would talk it through with X": a speaker opening a joined
    # clause after the meeting word; the people after him are that clause's (round 12)
    joined = next((r.start for r in s_refs[lo:hi] if r.speaker and r.start > main.end()
                   and _JOINED_SPEAKER.search(text, main.end(), r.start)), None)
    own = [r for r in s_refs[lo:hi] if (not (r.speaker or r.modifier)
           or (r.speaker and not r.modifier and _talker(text, main, r)))
           and not _other_subject(text, main, r)
           and not _before_when_clause(text, main, r, s_refs)
           and (joined is None or r.start < joined)
           and not (main.lastgroup == "summit" and r.end <= main.start()
                    and _SPOKEN_OF.search(text, r.end, main.start()))
           and not (r.end <= main.start() and _ON_THE_EVE.search(text, r.end, main.start()))
           and not (r.start > main.end() and _AND_BEFORE.search(text, main.end(), r.start)
                    and _LATER_OWN.match(text, r.end))]
    if not own and _WHO.match(text, u_start) and lo > 0 and re.fullmatch(
            r"[\s,]*", text[s_refs[lo - 1].end:u_start]):
        return [s_refs[lo - 1]]  # "Jo Roe, who travelled to City A" (Polish outlet copy): him
    with_only = bool(own) and all(r.start >= main.end() for r in own) and bool(
        re.search(r"\bwith\s*$", text[main.start():own[0].start]))
    if later:
        return own  # a later event has only its own people
    if SPOKE_AT.search(text, max(0, main.start() - 80), main.start()):
        # "Lambrecht told reporters at a NATO meeting": the speaker was there
        own = [r for r in s_refs if r.speaker and r.start < main.start()] + own
    if not own and _OWN_SUBJECT_CLAUSE.match(text, u_start, main.start()):
        # "X appeared before the committee a day after allied ministers met at <City>":
        # the meeting of a clause with a subject of its own (a group) is not the main
        # clause's subject's (round 12)
        return []
    if not own:  # borrow the sentence's people not tied to another trigger
        return [r for r in free if (joined is None or r.start < joined)
                and not _SPOKEN_OF.search(text, r.end, max(r.end, main.start()))]
    if with_only:  # "after a call with X": the sentence's subject is the other side
        return [r for r in free if r.start < u_start] + own
    return own


# A body as the goal of a country's membership, not a party to the meeting ("talks on
# <country>'s <accession> path to <the body>", "discussed its road to NATO", "Kyiv's
# NATO membership bid": ministry readouts list the topics after the meeting word, round 9).
_GROUP_AS_GOAL = re.compile(
    r"\b(?:accession|membership|integration|path|road|way|bid|aspirations?)\s+"
    r"(?:(?:path|bid|talks|process)\s+)?(?:to|of|in|into|with|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE)
_GOAL_AFTER_GROUP = re.compile(
    r"(?:['’]s)?\s+(?:membership|accession|integration|aspirations?|candidacy)\b",
    re.IGNORECASE)


def _groups_in(text: str, u_start: int, u_end: int, title_spans: list[tuple[int, int]]
               ) -> list[str]:
    """The collective participants a clause names ("allies", "NATO"), outside titles and
    venues ("NATO headquarters")."""
    groups = []
    venues = [(m.start("place"), m.end("place")) for m in PLACE.finditer(text, u_start, u_end)
              if m.group("place") in VENUE_BY_SPELLING]  # "at NATO headquarters"
    for g in GROUP.finditer(text, u_start, u_end):
        if _GROUP_AS_GOAL.search(text, max(u_start, g.start() - 40), g.start()) or (
                _GOAL_AFTER_GROUP.match(text, g.end())):
            continue  # "talks on <country>'s path to <the body>": a topic, not a party
        if not any(a <= g.start() < b for a, b in (*title_spans, *venues)):
            groups.append(vocab.GROUPS.get(g.group(0)) or vocab.GROUPS.get(
                g.group(0).lower(), g.group(0)))
    return list(dict.fromkeys(groups))


# A relative clause about a person, up to a time inside it (", who arrived late on")
_WHO_CLAUSE = re.compile(r",\s+who\s[^,;.()]{0,120}$")
# What may stand before a sentence's subject: its titles and its country ("France's
# President", "Defence Minister", "The German Chancellor")
_OPENING_SUBJECT = re.compile(r"[\s\"“]*(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+){0,6}")
_DETERMINER_END = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her)\s+$")
# A place's description set off after its name, up to a time inside it ("stopped in
# <Town>, a town outside the capital that was shelled in March", "<Town>, the suburb
# that was occupied until late March"): the time is the place's history, not the meeting's
_PLACE_DESCRIBED = re.compile(
    r""",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?
        (?:town|city|village|suburb|region|port|district|settlement|commune)\b
        [^,;.()]{0,80}?\b(?:that|which|where)\s[^;.()]{0,120}$""", re.VERBOSE)


def _build_mention(article: Article, sent: Sentence, order: int, u_start: int, u_end: int,
                   trig: list[re.Match[str]], main: re.Match[str], s_refs: list[PersonRef],
                   free: list[PersonRef], title_spans: list[tuple[int, int]],
                   times: list[tuple[int, int, str]], earlier: list[Mention],
                   last_person: PersonRef | None = None, *, headline: bool = False
                   ) -> Mention | None:
    text, published = article.text, article.published
    s_start, s_end, s_text = sent.start, sent.end, sent.text
    clause = text[u_start:u_end]
    times = [t for t in times if not (s_start <= t[0] < s_end and (_PLACE_DESCRIBED.search(
        text, max(s_start, t[0] - 250), t[0]) or (t[0] > main.end() and _WHO_CLAUSE.search(
            text, max(main.end(), t[0] - 150), t[0]))))]
    # (not the history of a place named, nor the act of a person set off after the meeting
    # word: "co-hosted by X and Y, who arrived late on Tuesday")
    later = u_start > s_start and bool(LATER.match(text, u_start, u_end))
    own = _own_people(text, u_start, u_end, main, s_refs, free, later)
    persons = list(dict.fromkeys(r.person.name for r in own))
    opener = PRONOUN_SUBJECT.match(text, s_start, main.start())
    if not persons and last_person is not None and opener is not None and not (
            SPEAKER_AFTER.match(text[opener.end():main.start()])):
        # "He is due in Davos": the last one named; not "He said ... when leaders meet"
        persons = [last_person.person.name]
    if (not persons and not free and last_person is not None
            and OPENING_PHRASE.fullmatch(text, s_start, main.start())
            and PRONOUN_AFTER_PHRASE.match(text, main.end(), s_end)):
        # "During an unannounced trip to Kyiv, he unveiled ...": the last one named
        persons = [last_person.person.name]
    antecedent = _relative_antecedent(text, u_start, main.start(), s_refs)
    if antecedent is not None and antecedent not in persons:
        # "X, who phoned Y on <day>, said ...": the one the relative
        # clause is about took part, though he speaks in the main clause
        persons.insert(0, antecedent)
    if SPEAKING_AT.match(text, s_start, main.start()):
        # "Speaking at a Senate conference on May 2, Roe said ..." (Polish outlet copy): the
        # subject after the opening phrase was there
        after = [r for r in s_refs if r.start > main.end() and not r.modifier]
        if after and after[0].person.name not in persons:
            persons.insert(0, after[0].person.name)
    if _INCLUDING.search(text, max(u_start, main.start() - 40), main.start()):
        # "will hold several meetings, including talks with X": the sentence's subject
        # holds these talks too
        holder = next((r for r in s_refs if r.start < u_start
                       and not (r.modifier or r.speaker)), None)
        if holder is not None and holder.person.name not in persons:
            persons.insert(0, holder.person.name)
    if u_start > s_start and _THEN_VERB.fullmatch(text, u_start, main.start()):
        # "Trump spoke to Putin by phone, then called Zelensky": a verb with no subject of
        # its own after "then" is the sentence's subject's act
        holder = next((r for r in s_refs if r.start < u_start
                       and not (r.modifier or r.speaker)), None)
        if holder is not None and holder.person.name not in persons:
            persons.insert(0, holder.person.name)
    first = min(trig, key=lambda t: t.start())  # "he and X signed ... at the summit"
    pron = PRONOUN_BEFORE.search(text, max(u_start, first.start() - 120), first.start())
    coordinated = pron is not None and " and " in pron.group(0)  # "he and X and Y signed"
    if pron is not None and (coordinated or pron.group("other_side") is not None or not any(
            u_start <= r.start < first.start() for r in own)):
        # "and he hosted Zelensky", "He had held talks with Austin": the person named last
        # as a subject (earlier in the sentence, else in the sentence before)
        before = [r for r in s_refs if r.start < pron.start() and not r.modifier]
        # "He is due to meet X, ... where he will hold talks with Y": a sentence opened by
        # a pronoun has its subject in the sentences before, not in its first object
        who = before[0] if before and PRONOUN_SUBJECT.match(text, s_start, before[0].start
                                                           ) is None else last_person
        if who is not None and who.person.name not in persons:
            persons.insert(0, who.person.name)
    pair = PAIR.search(clause)
    comma = text.find(",", u_start + pair.end(), main.start()) if pair else -1
    if pair and comma >= 0 and any(
            _TITLES_ONLY.fullmatch(text, comma + 1, r.start)
            and _SUBJECT_GAP.fullmatch(text, r.end, main.start()) for r in own):
        # "While the two <title>s <verb>, <Person> flew to <City>": the pair is the
        # subject of the clause before the comma, the person after it the meeting's own
        pair = None
    if pair:
        prev = next((m for m in reversed(earlier) if len(m.persons) == 2), None)
        if prev is not None:
            if u_start + pair.start() < main.start():  # "the two ministers were meeting,
                persons = list(dict.fromkeys(          # X was in Kyiv": X is not with them
                    r.person.name for r in own
                    if r.start > main.end() and "," not in text[main.end():r.start]))
            persons += [p for p in prev.persons if p not in persons]
    if NONFINITE.match(text, u_start, main.start()) and not later:
        # "Marles unveiled the aid after meeting Zelensky": the main clause's subject met
        # ("X said on Thursday after hosting Y": the speaker, when no one else is named)
        verbal = not _DETERMINER_END.search(text, u_start, main.start())  # not "a meeting"
        speakers = [r.person.name for r in s_refs if r.start < u_start and r.speaker
                    and not r.modifier][-1:] if verbal else []
        first_ref = next((r for r in s_refs if not r.modifier), None) if verbal else None
        # "<Country>'s President X pledged support the day before the summit, after talks
        # with Y": the sentence's subject, named first, though another mention holds him
        opener_name = [first_ref.person.name] if first_ref is not None and (
            first_ref.start < u_start) and _OPENING_SUBJECT.fullmatch(
                text, s_start, first_ref.start) else []
        subject = [r.person.name for r in free if r.start < u_start] or speakers or (
            [last_person.person.name] if last_person is not None
            and PRONOUN_SUBJECT.match(text, s_start, u_start) else []) or opener_name
        persons = list(dict.fromkeys([*subject, *persons]))
    traveller = _traveller(text, main, s_start, s_refs, last_person)
    if traveller is not None:
        # the traveller, the sentence's own people named after the meeting word, and the
        # people taken from other sentences (antecedents); not the sentence's own people
        # before the meeting word, who are not on the trip
        persons = list(dict.fromkeys([traveller, *(
            r.person.name for r in own if r.start >= main.start()),
            *(p for p in persons if p not in {r.person.name for r in own})]))
    groups = _groups_in(text, u_start, u_end, title_spans)
    orgs = {r.person.org_on(published) for r in own}
    side = main.lastgroup not in ("summit", "collective") and bool(
        SIDELINE.match(text, u_end) or SIDELINE.search(text, main.end(),
                                                      min(s_end, main.end() + 100))
        or ((opened := _OPENED_BY_GATHERING.match(text, s_start)) is not None
            and opened.end() <= u_start))
    # the gathering named after "on the sidelines of": the day and place of the sentence
    # are the side meeting's, not necessarily its own
    margin_of = not side and SIDELINE.search(text, u_start, main.end()) is not None
    # a meeting on a gathering's margins is multilateral by its own parties, not the
    # gathering's ("met Sandu on the sidelines of the EU summit")
    own_groups = _groups_in(text, u_start, main.start(), title_spans) if side else groups
    multilateral = any(g in vocab.MULTILATERAL_ORGS for g in own_groups) or len(orgs) >= 3
    kind = _kind_of(trig, text, multilateral)
    told = _TOLD_CABINET.search(text, max(u_start, main.start() - 40), main.start())
    if told is not None:
        # "<X> told a government meeting": a sitting of the cabinet, the speaker in it
        kind = "summit or ministerial"
        teller = [r for r in s_refs if r.end <= told.start() and not r.modifier]
        if teller and teller[-1].person.name not in persons:
            persons.insert(0, teller[-1].person.name)
    status = tense_status(text, (u_start, _relative_end(text, u_end, s_end)),
                          (s_start, s_end), main.start(), headline=headline)
    # "was to host the summit in May, but he called off the trip": a plan told in the
    # past, its time read nearest the publication day
    but_off = status == "planned" and called_off_after(
        text, _relative_end(text, u_end, s_end), s_end)
    if but_off:
        status = "cancelled"
    # a meeting "scheduled for Thursday" and then cancelled was set for a day to come
    planned_for = status == "cancelled" and bool(PLANNED.search(clause)) and not but_off
    if later and status != "cancelled":
        status = "planned"
    tense: Tense = ("future" if status == "planned" or planned_for
                    else "present" if status == "ongoing" else "past")
    when = _nearest(times, main.start(), u_start, u_end) or _overhanging(times, u_start, u_end)
    if when is not None and (day := _day_in_month(text, times, when, u_start, u_end,
                                                  published, tense)) is not None:
        when = day  # "in June last year, meeting X on 16 June": the day, of that year
    if when is not None and (exact := _apposed_day(text, times, when)) is not None:
        when = exact  # "next week, on January 9th": the day the apposition gives
    if status == "planned" and (moved := _moved_to(
            text, times, main.end(), _relative_end(text, u_end, s_end))) is not None:
        when = moved  # "the meeting, which was set for 9 May, has been moved to 14 May"
    if when is None:
        # "the December European Council", "their June summit": the month names the meeting
        month = _MONTH_BEFORE.search(text, max(u_start, main.start() - 40), main.start())
        if month is not None:
            when = (month.start("month"), month.end("month"), month.group("month"))
    offset: tuple[int, str] | None = None
    counted_day: ResolvedDate | None = None
    counted = None if when or later else OFFSET.search(text, s_start, main.start())
    if counted is not None:
        offset, counted_day = _counted(counted, text, times, s_start, published)
    elif when is None and not (later or margin_of):
        when = _sentence_time(text, times, main.start(), s_start, s_end)
    heading = entry = None
    if when is None and counted is None and not later:
        heading = when = _section_date(text, s_start)  # "WEDNESDAY, FEB. 12" over items
        if heading is None:  # "KYIV - Kellogg expected" under "THURSDAY, FEB. 20"
            heading = when = _diary_date(text, s_start)
        if heading is None:  # a timeline entry's day: read in the tense of its report
            entry = when = _entry_date(text, s_start)
        if when is None:  # "MARCH 21, 2023" over the entry's paragraph
            heading = when = _timeline_date(text, s_start)
    elif when is not None and (opening := _entry_date(text, s_start)) is not None and (
            opening[0] == when[0]):
        entry = opening  # the entry's own line opens on the day ("Apr. 8 - X hosts Y")
    if when is not None and heading is None and not _YEAR.search(when[2]) and (
            over := _timeline_date(text, s_start)) is not None:
        # "On April 14 ..." under "APRIL 2023": the heading's year
        when = (when[0], when[1], f"{when[2]} {_YEAR.findall(over[2])[-1]}")
    resolved = _multi_day(counted_day or (
        _heading_days(heading[2], published) if heading else
        _resolve(entry[2], published, "past" if status == "cancelled" else tense) if entry else
        _resolve_nearest(_of_that_year(text, when), published) if when and (
            but_off or not (status != "held" or planned_for or has_cue(
                text, (u_start, _relative_end(text, u_end, s_end)), (s_start, s_end))))
        else _resolve(_of_that_year(text, when), published, tense) if when else None), clause)
    if (kind == "summit or ministerial" and resolved is not None
            and not MULTI_DAY.search(clause)
            and (span := THE_N_DAY_EVENT.search(text, s_end, _next_sentence_end(text, s_end)))):
        # "<Name> Conference opened today in <City>. Delegates came for the <N>-day
        # <event>": the length the next sentence gives the gathering
        resolved = _multi_day(resolved, span.group(0))
    if when is not None and resolved is not None and status == "ongoing" and UNTIL.search(
            text, max(0, when[0] - 9), when[0]):
        # "meet in Bonn through Friday": under way from the publication day to that day
        until = _resolve(when[2], published, "future")
        if until is not None:
            resolved = replace(until, start=min(published, until.start), basis=(
                f"{until.basis}; under way from the publication day until then"))
    cont = next((t for t in times if u_start <= t[0] < s_end
                 and _CONTINUES_ON.search(text, max(0, t[0] - 24), t[0])), None)
    if cont is not None and status != "cancelled" and kind == "summit or ministerial":
        # "the conference opened on Tuesday and continues on Wednesday" (a Tuesday paper):
        # under way from its first day, or the publication day, to that day
        until = _resolve(cont[2], published, "future")
        if until is not None and until.end >= published:
            first_day = resolved.start if (
                resolved is not None and resolved.start <= published
                and when is not None and when[0] != cont[0]) else published
            resolved = replace(until, start=min(first_day, until.start), basis=(
                f"{until.basis}; under way until then"))
            status = "ongoing" if resolved.start <= published else status
    resolved = _nth_day(resolved, clause, published, status)
    later_by = _TAKES_PLACE_LATER.search(text, main.end(), s_end)
    if (later_by is not None and resolved is not None and resolved.precision == "day"
            and not TRIGGER.search(text, main.end(), later_by.start())):
        # "announces a call with X, which takes place four days later": the days after
        # the time the sentence (or its timeline heading) gives
        n_word = later_by.group("n").lower()
        days = int(n_word) if n_word.isdigit() else int(vocab.NUMBER_WORDS.get(n_word, 0))
        days *= 7 if later_by.group("unit").lower() == "week" else 1
        if days:
            resolved = replace(resolved, start=resolved.start + timedelta(days=days),
                               end=resolved.end + timedelta(days=days),
                               basis=f"{resolved.basis}; {later_by.group(0).strip()}")
    if resolved is None and not later:
        resolved = _dated_by_reference(text, main.end(), u_end, earlier)
    also = ALSO_THEN.search(text, max(s_start, main.start() - 30), main.start())
    prev = earlier[-1] if earlier and earlier[-1].order >= order - 1 else None
    if also is not None and prev is not None and resolved is None and not later:
        # "He also met Shmyhal": the day of the meeting the sentence before reports
        resolved = prev.date
    part_end = next((i for i in range(main.end(), u_end) if text[i] in ",;"), u_end)
    there = (prev is not None and prev.order < order and not later
             and _THERE.search(text, main.end(), part_end) is not None
             and _nearest(times, main.start(), u_start, part_end) is None
             and not _places(text, u_start, part_end))
    if there and prev is not None:
        # "<X>, who met <Y> there, said ...": the place and day of the
        # meeting the sentence before reports, not another time of this sentence
        resolved = prev.date
    if (status == "ongoing" and resolved is not None and resolved.precision == "day"
            and resolved.end < published <= resolved.end + timedelta(days=6)
            and STILL_GOING.search(text, u_start, _relative_end(text, u_end, s_end))
            and not _FINISHED_HERE.search(clause)):
        # "began talks on Wednesday, which are expected to continue today": from then on
        resolved = replace(resolved, end=published,
                           basis=f"{resolved.basis}; under way since, to the publication day")
    status = status_by_date(status, resolved, published, clause)
    if (status == "planned" and resolved is not None and resolved.precision == "day"
            and resolved.start == resolved.end == published
            and simple_present(text, main.start(), (u_start, u_end))):
        status = "ongoing"  # "ministers meet in Brussels on Wednesday" in a Wednesday paper
    places = _places(text, u_start, u_end) or (
        [p for p in _places(text, s_start, u_start) if TRAVEL_TO.search(text, s_start, p[0])]
        if later else [] if margin_of else _places(text, s_start, u_start))
    # ("travel to Geneva ahead of talks"); not the city a statement came from ("<Sandu>
    # met <Macron>, the presidency in <City> said")
    places = [p for p in places if not (
        (REPORTED_AFTER_PLACE.match(text, p[1])  # (a clause of its own: "ministers
         and (p[0] < main.start() or "," in text[main.end():p[0]]))  # meeting in <City>
        or REPORTED_BEFORE_PLACE.search(text, max(0, p[0] - 40), p[0]))]  # announced" is one)
    # not a place after a comma and another subject ("were meeting, X was in Kyiv")
    places = _before_other_subject(text, main.end(), places, s_refs)
    where = _nearest(places, main.start(), s_start, s_end)
    city, venue = _place_of(where[2]) if where else (None, None)
    if (also is not None or there) and prev is not None and city is None and not later:
        city, venue = prev.place, prev.venue  # ... and its place
    hours, hours_text = _duration(clause)
    remote = tuple(persons) if REMOTE.search(clause) else ()
    joined = bool(JOINED_BY_VIDEO.search(clause))  # "delegations joining by video link"
    if remote and kind != "summit or ministerial" and len(persons) <= 2 and not joined:
        kind = "call or video link"
    anaphoric = bool(ANAPHOR.search(text[max(0, main.start() - 13):main.start()])) or (
        main.group(0).lower() in ("session", "sitting") and _PART_OF_GATHERING.search(
            text, max(0, main.start() - 24), main.start()) is not None)
    if all(t.lastgroup == "collective" for t in trig) and not _nearest(
            times, main.start(), u_start, u_end):
        return None  # "ministers agreed" implies a meeting only on a day the clause names
    if main.lastgroup == "visit" and STOP_VERB.match(main.group(0)) and not persons:
        return None  # "the trucks stopped in <Town>": a stop on the way is a person's visit
    if (not persons and not groups and main.group(0).lower() in ("consultations", "talks")
            and _GENERIC_AFTER.search(text, max(u_start, main.start() - 12), main.start())
            and not _BETWEEN_PARTIES.match(text, main.end())):
        return None  # "the decision is expected after consultations in <City>": a process
    if main.group(0).lower() == "meetings" and not persons and not _nearest(
            times, main.start(), u_start, u_end):
        return None  # "the meetings were part of ...": several events, none identified
    own_time = _nearest(times, main.start(), u_start, u_end)
    if (not persons and own_time is None and main.lastgroup == "meet"
            and _HABIT_AFTER.match(text, main.end())):
        return None  # "a committee, which will meet regularly": a habit, no one meeting
    dated_here = (resolved is not None and own_time is not None
                  and not SAID_ON.search(text, max(0, own_time[0] - 30), own_time[0])
                  and not DOCUMENT_ON.search(text, max(0, own_time[0] - 60), own_time[0])
                  and (resolved.precision == "day" or _dated_after(text, main, own_time)))
    if not (persons or groups or city or anaphoric
            or any(_named_gathering(text, t) for t in trig)
            or main.lastgroup == "signing"  # (two bodies: "<Body> and <Body> signed")
            or (told is not None and bool(persons))  # "<X> told a government meeting"
            or (status == "planned" and _NEXT_OF_SERIES.search(
                text, max(u_start, main.start() - 40), main.start()) is not None)
            or _party_meeting(text, u_start, main, s_refs) or dated_here):
        # "the peace talks are ongoing": no one, nowhere, no day ("closed meetings with
        # bondholders from June 3 to June 14" has its days: one event)
        return None
    # "The meeting is set for <place> in <month>.": the sentence's
    # subject is the meeting just reported, its place and days added, though it names a city
    # (only when the meeting of the sentence before names neither place nor day)
    opening_anaphor = (anaphoric and not persons and not groups and prev is not None
                       and prev.order == order - 1 and prev.place is None and prev.date is None
                       and _SENTENCE_ANAPHOR.fullmatch(text, s_start, main.start()) is not None)
    prov = Provenance(article.id, main.start(), main.end(), main.group(0), s_text,
                      s_start, s_end)
    return Mention(
        prov, published, order, "trigger", kind, status, tuple(persons), tuple(groups),
        remote, city, venue, resolved, hours, hours_text,
        anaphoric and not (_named_before(text, main) or (city and not opening_anaphor)),
        bool(SAME_DAY.search(s_text)),
        later, side=side, offset=offset,
        indefinite=INDEFINITE.search(text, max(u_start, main.start() - 40), main.start())
        is not None,
        also_group=any(_also_with_group(text, t, s_start, s_refs) for t in trig),
    )


_ALSO = re.compile(r"\balso\s+$")
# A part of the gathering the article reports ("told the closing session", "at the opening
# plenary session"): an anaphor of that gathering, not a meeting of its own
_PART_OF_GATHERING = re.compile(
    r"\bthe\s+(?:opening|closing|concluding|final|plenary)\s+(?:plenary\s+)?$",
    re.IGNORECASE)
# A statement made to a cabinet in session ("told a government meeting", "tells a cabinet
# meeting", "informed the weekly government session": government and agency copy; the
# guide's eleventh round): the sitting is a meeting, its speaker there
_TOLD_CABINET = re.compile(
    r"\b(?:told|tells|telling|informed|informs|briefed|briefs)\s+(?:a|an|the|his|her)\s+"
    r"(?:(?:weekly|regular|special|extraordinary|emergency|closed)\s+)?"
    r"(?:government|cabinet|ministers['’]?)\s+$", re.IGNORECASE)
# A vague time and a day in apposition right after it ("next week, on January 9th", "later
# this month, on the 14th", "this spring (April 3)"): radio and wire copy
_VAGUE_TIME = re.compile(r"\b(?:week|month|year|weekend|spring|summer|autumn|fall|winter)$",
                         re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–)\s*(?:on\s+)?$", re.IGNORECASE)


def _apposed_day(text: str, times: Sequence[tuple[int, int, str]],
                 when: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The day set in apposition right after a vague time ``when`` ("next week, on
    January 9th"), else None."""
    if not _VAGUE_TIME.search(when[2]):
        return None
    i = bisect_right(times, when[0], key=lambda t: t[0])
    nxt = times[i] if i < len(times) else None
    if nxt is None or nxt[0] - when[1] > 8 or not _APPOSITION.fullmatch(
            text, when[1], nxt[0]) or _VAGUE_TIME.search(nxt[2]):
        return None
    return nxt
# A habit named right after the meeting verb ("which will meet regularly", "ministers meet
# every month", "the board meets quarterly"): no one meeting
_HABIT_AFTER = re.compile(
    r"\s+(?:regularly|routinely|frequently|often|weekly|monthly|quarterly|annually"
    r"|(?:every|each)\s+(?:other\s+|few\s+|two\s+|three\s+|six\s+)?"
    r"(?:day|week|month|year|quarter)s?|(?:twice|once)\s+a\s+(?:week|month|year))\b",
    re.IGNORECASE)
# A bare plural meeting noun after a preposition of sequence, no determiner ("expected
# after consultations", "following talks"): a process that times another thing
_GENERIC_AFTER = re.compile(r"\b(?:after|following|pending)\s+$", re.IGNORECASE)
# ... unless its parties follow ("after talks between American and Ukrainian delegations",
# "following talks between the two governments"): one meeting of those parties
_BETWEEN_PARTIES = re.compile(r"\s+between\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
                              r"\s+and\s+", re.IGNORECASE)
# A new date after a postponement's head ("moved to", "postponed until", "rescheduled for")
_MOVED_TO = re.compile(rf"\b(?:{alternation(vocab.POSTPONED_TO)})\s+$", re.IGNORECASE)


def _moved_to(text: str, times: Sequence[tuple[int, int, str]], lo: int, hi: int
              ) -> tuple[int, int, str] | None:
    """The time right after a postponement's head in ``text[lo:hi]`` ("..., which was
    scheduled for 9 May, has been moved to 14 May": the new date, not the old one)."""
    first = bisect_left(times, lo, key=lambda t: t[0])
    return next((t for t in times[first:] if t[1] <= hi
                 and _MOVED_TO.search(text, max(lo, t[0] - 30), t[0])), None)
# A relative clause after a meeting that counts its day from the sentence's time ("an
# online call, which takes place four days later": timelines and explainers)
_TAKES_PLACE_LATER = re.compile(
    rf",\s*(?:which|that)\s+(?:takes|took|will\s+take)\s+place\s+"
    rf"(?P<n>\d+|{alternation(vocab.NUMBER_WORDS)})\s+(?P<unit>day|week)s?\s+later\b",
    re.IGNORECASE)
# A gathering's last day after "continues" ("continues on Wednesday", "continues until
# Friday": live pages and ministry releases of multi-day conferences)
_CONTINUES_ON = re.compile(r"\bcontinu(?:es|e)\s+(?:on|until|till|through|into)\s+$",
                           re.IGNORECASE)
# A meeting word after "continue" ("will continue consultations with X"): a process, not
# one meeting
_CONTINUED = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


# Between a meeting word and a later time, a clause or phrase about another thing whose time
# it is: a relative clause, "due/scheduled/expected to", "about/regarding the <noun>" ("talks
# about the aid due to arrive next month": talks held, the aid's month)
_ANOTHER_THING = re.compile(
    r"\b(?:that|which|whose)\b|\b(?:due|scheduled|expected|set|planned)\s+(?:to|for)\b"
    r"|\b(?:about|regarding|concerning|over)\s+(?:the|a|an|its|their|his|her)\b",
    re.IGNORECASE)


def _dated_after(text: str, main: re.Match[str], own_time: tuple[int, int, str]) -> bool:
    """An unnamed meeting dated by the week or month after its verb ("finance chiefs will
    convene once more in <month>", "<people> <verb> <people> by video <call|link> <next|this>
    week"): an event; not a time before the meeting word ("the
    February meeting", "this week's talks": a reference) nor "continue talks in May"."""
    return (own_time[0] >= main.end()
            and not _CONTINUED.search(text, max(0, main.start() - 40), main.start())
            and not _ANOTHER_THING.search(text, main.end(), own_time[0]))


def _also_with_group(text: str, m: re.Match[str], s_start: int,
                     s_refs: Sequence[PersonRef]) -> bool:
    """The meeting word ``m`` is a further meeting with an unnamed group ("X also met
    <representatives, officials, mayors>"): "also" before it, a group and no person
    after."""
    return (_ALSO.search(text, max(s_start, m.start() - 12), m.start()) is not None
            and GROUP_OBJECT.match(text, m.end()) is not None
            and not any(0 <= r.start - m.end() <= 40 and not r.modifier for r in s_refs))


def _own_gathering(m: Mention, base: Mention) -> bool:
    """A gathering called by its name ("will host the 2031 Ukraine Recovery Conference in
    Madrid on 3 and 4 June", "took part in the Ukraine Recovery Conference, where he held
    bilateral meetings") is an event of its own beside a meeting of the same sentence, and
    so is any meeting dated to other days."""
    if m.date is not None and base.date is not None and (
            m.date.end < base.date.start or base.date.end < m.date.start):
        return True
    return (m.kind == "summit or ministerial" and base.kind != "summit or ministerial"
            and called_by_name(m.prov.sentence, m.prov.start - m.prov.sentence_start,
                               m.prov.end - m.prov.sentence_start))


def _fold_siblings(found: list[Mention]) -> list[Mention]:
    """Fold a clause naming nobody into the first clause of the same sentence that names
    someone ("During his visit to Kiev on Thursday, the NATO chief held talks with ...")."""
    base = next((m for m in found if m.persons), None)
    if base is None:
        return found
    loose = [m for m in found if not (m.persons or m.groups or m.anaphoric or m.later)
             and not (base.side and m.kind == "summit or ministerial")  # not its gathering
             and not _own_gathering(m, base)]
    merged = base
    for m in loose:
        merged = replace(
            merged,
            kind=min(merged.kind, m.kind, key=KIND_PRIORITY.index),
            place=merged.place or m.place, venue=merged.venue or m.venue,
            date=merged.date or m.date,
            status=m.status if m.status in ("cancelled", "planned") else merged.status,
        )
    return [merged if m is base else m for m in found if m not in loose]


# Each country's capital: the city the gazetteer also spells "<Country>'s capital".
_CAPITALS = {country: city for city, (country, spellings) in vocab.CITIES.items()
             if any(s.endswith("capital") for s in spellings)}


def _second_stops(article: Article, sent: Sentence, found: Sequence[Mention],
                  people: People) -> list[Mention]:
    """The second stop of a trip whose verb the sentence leaves out ("X was in <City> for
    talks with Y, and in <City> later the same day"): a visit of the
    sentence's traveller (the first person of its first meeting) to that city, on the same
    day or the day after; not the traveller's own capital (a return home is no visit)."""
    base = next((m for m in found if m.persons and m.role == "trigger"), None)
    if base is None:
        return []
    traveller = people.resolve(base.persons[0])
    home = _CAPITALS.get(traveller.org_on(article.published) or "") if traveller else None
    out = []
    for stop in SECOND_STOP.finditer(article.text, base.prov.end, sent.end):
        city = CITY_BY_SPELLING.get(stop.group("city"))
        if city is None or city in (base.place, home):
            continue
        when = base.date
        if when is not None and stop.group("next"):
            day = when.end + timedelta(days=1)
            when = replace(when, start=day, end=day,
                           basis=f"{when.basis}; the day after ({stop.group('when')})")
        prov = Provenance(article.id, stop.start("city"), stop.end(), article.text[
            stop.start("city"):stop.end()], sent.text, sent.start, sent.end)
        out.append(replace(base, prov=prov, kind="visit", persons=base.persons[:1],
                           groups=(), remote=(), place=city, venue=None, date=when,
                           place_basis="", anaphoric=False, side=False, offset=None))
    return out


# A gathering of a series and the next one told with its noun left out ("the first such
# forum met on <day>, and the second on <day>", "the first conference took place in March
# and the next in October"): an ordinal, then only a time
_SERIES_NEXT = re.compile(
    r"\s*,?\s+and\s+(?:the\s+)?(?:second|third|fourth|fifth|next|latest|last)\s+"
    r"(?:one\s+)?(?:on|in)\s+", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|previous|earlier)\s+"
                             r"(?:such\s+)?(?:[\w’'-]+\s+)?$", re.IGNORECASE)


def _next_of_series(article: Article, sent: Sentence, found: Sequence[Mention],
                    times: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """The next gathering of a series the sentence names by an ordinal and a time alone
    after the first's ("the first such forum met on 2 May, and the second on 9 October"):
    a gathering of its own on that time, read in the first one's tense."""
    text = article.text
    out = []
    for m in found:
        if m.kind != "summit or ministerial" or m.date is None or not _ORDINAL_BEFORE.search(
                text, max(sent.start, m.prov.start - 30), m.prov.start):
            continue
        link = _SERIES_NEXT.search(text, m.prov.end, sent.end)
        if link is None or not any(m.prov.end <= t[0] and t[1] <= link.start() for t in times):
            continue  # the first one's own time comes between
        nxt = next((t for t in times if t[0] == link.end()), None)
        if nxt is None:
            continue
        tense: Tense = "future" if m.status == "planned" else "past"
        when = _resolve(nxt[2], article.published, tense)
        if when is None:
            continue
        prov = Provenance(article.id, nxt[0], nxt[1],
                          text[nxt[0]:nxt[1]], sent.text, sent.start, sent.end)
        out.append(replace(m, prov=prov, date=when, persons=(), groups=(), remote=(),
                           anaphoric=False, offset=None))
    return out


def _tour_stops(article: Article, sent: Sentence, found: Sequence[Mention],
                times: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """The stops of a tour the sentence names in the tour noun's own clause ("a tour that
    began in <City> on Monday and took him to <City> on Tuesday"): a visit of the traveller
    (the first person of the sentence's visit) to each city, dated by its clause's own day
    (guide v2.2: a trip to two cities is two rows). Each stop after the first follows the
    one before with "and" (TOUR_LINK); a city where the sentence reports a meeting of its
    own ("a trip that began in <City>, where he met ...") stays that meeting's."""
    base = next((m for m in found if m.persons and m.role == "trigger" and m.kind == "visit"),
                None)
    text = article.text
    tour = TOUR_OPENING.search(text, sent.start, sent.end) if base is not None else None
    if base is None or tour is None:
        return []
    met = {m.place for m in found if m.kind != "visit" and m.place}
    out = []
    at = tour.end()
    while (stop := TOUR_STOP.match(text, at, sent.end)) is not None:
        end = next((i for i in range(stop.end(), sent.end) if text.startswith(" and ", i)
                    or text[i] in ",;"), sent.end)
        city = CITY_BY_SPELLING.get(stop.group("city"))
        if city is not None and city != base.place and city not in met:
            when = _nearest(times, stop.end(), stop.end(), end)
            day = _resolve(when[2], article.published, "past") if when else None
            prov = Provenance(article.id, stop.start(), stop.end(), stop.group(0), sent.text,
                              sent.start, sent.end)
            out.append(replace(base, prov=prov, kind="visit", persons=base.persons[:1],
                               groups=(), remote=(), place=city, venue=None, date=day,
                               status="held", place_basis="", anaphoric=False, side=False,
                               offset=None, stop=True))
        link = TOUR_LINK.match(text, stop.end(), sent.end)
        if link is None:
            break
        at = link.end()
    return out


def _addressee(article: Article, sent: Sentence, order: int, s_refs: list[PersonRef],
               last_person: PersonRef | None) -> Mention | None:
    """A sentence with no meeting word whose subject tells, assures or thanks a person
    ("He told President Zelensky that ..."): both were together; kept only if it follows a
    visit of the subject (checked when merging: the host of the visit)."""
    text = article.text
    verb = ADDRESSED.search(text, sent.start, sent.end)
    if verb is None:
        return None
    heard = [r for r in s_refs if verb.end() <= r.start <= verb.end() + 30 and not r.modifier]
    if not heard:
        return None
    opener = [r for r in s_refs if r.start < verb.start() and not r.modifier]
    if opener:
        subject = opener[0]
    elif PRONOUN_SUBJECT.match(text, sent.start, verb.start()) and last_person is not None:
        subject = last_person
    else:
        return None
    persons = tuple(dict.fromkeys((subject.person.name, heard[0].person.name)))
    prov = Provenance(article.id, verb.start(), verb.end(), verb.group(0), sent.text,
                      sent.start, sent.end)
    return Mention(prov, article.published, order, "presence", "visit", "held", persons, (),
                   (), None, None, None, None, "", False, False)


def _companions(article: Article, sent: Sentence, order: int, s_refs: list[PersonRef],
                last_person: PersonRef | None) -> Mention | None:
    """A sentence with no meeting word that names who came with a visitor ("He was
    accompanied by A and B", "With him were A and B"): the companions, the people of the
    cue's object phrase (not the speaker of ", X said" after it), joined when merging to
    the last visit of the person the cue's pronoun or title names (kind "visit", like
    :func:`_addressee`)."""
    text = article.text
    cue = COMPANIONS_CUE.match(text, sent.start, sent.end)
    if cue is None:
        return None
    end = COMPANIONS_END.search(text, cue.end(), sent.end)
    stop = end.start() if end is not None else sent.end
    with_ = [r.person.name for r in s_refs if cue.end() <= r.start < stop and not r.modifier]
    if not with_:
        return None
    own = [r for r in s_refs if r.start < cue.end() and not r.modifier]  # "The PM was ..."
    visitor = own[0] if own else last_person
    prov = Provenance(article.id, cue.start(), cue.end(), cue.group(0), sent.text,
                      sent.start, sent.end)
    return Mention(prov, article.published, order, "presence", "visit", "held",
                   tuple(dict.fromkeys(with_)), (), (), None, None, None, None, "", False,
                   False, companion_of=visitor.person.name if visitor is not None else "")


def _members(article: Article, sent: Sentence, order: int, s_refs: list[PersonRef]
             ) -> Mention | None:
    """A sentence with no meeting word that names who made up a delegation ("The Ukrainian
    side was represented by X, the US delegation was led by Y"): its people were at the
    talks reported just before it (joined when merging; kind "talks" marks the cue)."""
    cue = MEMBERS_CUE.search(article.text, sent.start, sent.end)
    members = [r for r in s_refs if not r.modifier and cue is not None and r.start > cue.start()]
    if cue is None or not members:
        return None
    prov = Provenance(article.id, cue.start(), cue.end(), cue.group(0), sent.text,
                      sent.start, sent.end)
    return Mention(prov, article.published, order, "presence", "talks", "held",
                   tuple(dict.fromkeys(r.person.name for r in members)), (), (), None, None,
                   None, None, "", False, False)


def _acted_at_gathering(article: Article, sent: Sentence, order: int,
                        present: list[PersonRef]) -> Mention | None:
    """A sentence of the paragraph that reported a gathering, naming a person who acts
    there ("<Name> unveiled a framework", "<Name> told delegates"): the person was at it
    (merge joins the held gathering reported last; guide, round 11)."""
    text = article.text
    para = text.rfind("\n", 0, sent.start) + 1
    if not any(t.group("summit") for t in TRIGGER.finditer(text, para, sent.start)):
        return None
    acting = [(r, act) for r in present
              if (act := ACTED_AT_GATHERING.match(text, r.end)) is not None]
    if not acting:
        return None
    first, act = acting[0]
    prov = Provenance(article.id, first.start, act.end(), text[first.start:act.end()],
                      sent.text, sent.start, sent.end)
    persons = tuple(dict.fromkeys(r.person.name for r, _ in acting))
    # "<Name>, speaking by video link from <City>, told delegates": there remotely
    remote = persons if REMOTE.search(text, first.end, act.end()) else ()
    return Mention(
        prov, article.published, order, "presence", "summit or ministerial", "held",
        persons, (), remote, None, None, None, None, "", False, False,
    )


# "<Name>, attending the G7 as a guest, met ...", "<Name>, who was attending the summit,
# ...": an apposition that puts the person at a gathering (round 12)
_ATTENDING = re.compile(
    r""",\s+(?:who\s+(?:is|was|were|had\s+been)\s+)?(?:attending|in\s+town\s+for)\s+
        (?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,4}?
        (?:summit|conference|ministerial|meeting|forum|gathering|session
          |(?-i:G7|G-7|G20|G-20))\b""",
    re.VERBOSE | re.IGNORECASE)


def _attending(article: Article, sent: Sentence, order: int, s_refs: list[PersonRef]
               ) -> Mention | None:
    """The person of an apposition "<Name>, attending the <gathering>," in a sentence that
    reports a meeting of its own (a sideline meeting of a guest): the person was at the
    gathering too (merge joins the held gathering reported last, as a presence cue)."""
    text = article.text
    for m in _ATTENDING.finditer(text, sent.start, sent.end):
        near = [r for r in s_refs if not r.modifier and 0 <= m.start() - r.end <= 1]
        if near:
            prov = Provenance(article.id, m.start(), m.end(), m.group(0), sent.text,
                              sent.start, sent.end)
            return Mention(prov, article.published, order, "presence",
                           "summit or ministerial", "held", (near[0].person.name,), (), (),
                           None, None, None, None, "", False, False)
    return None


# "<Name> announced in <City>", "<Name> told reporters in <City>": a person's act in a
# place, its verb between (wire copy on ministerials, round 12)
_ACT_IN = re.compile(
    r"""\s+(?:said|announced|pledged|promised|told\s+(?:reporters|journalists|a\s+news
        \s+conference|a\s+press\s+conference))\s+(?:on\s+\w+\s+)?(?:in|at)\s+""",
    re.VERBOSE)


def _presence(article: Article, sent: Sentence, order: int, s_refs: list[PersonRef]
              ) -> Mention | None:
    """A sentence without a trigger that puts people in a place ("said Austin in
    Ramstein"); kept only if an event of the article is there (checked when merging)."""
    text = article.text
    s_start, s_end, s_text = sent.start, sent.end, sent.text
    for p_start, p_end, surface in _places(text, s_start, s_end):
        near = [r for r in s_refs if not r.modifier and (
            abs(r.end - p_start) <= 12 or _ACT_IN.fullmatch(text, r.end, p_start))]
        if near:
            city, venue = _place_of(surface)
            prov = Provenance(article.id, p_start, p_end, surface, s_text, s_start, s_end)
            return Mention(
                prov, article.published, order, "presence", "bilateral meeting", "held",
                tuple(dict.fromkeys(r.person.name for r in near)), (), (), city, venue,
                None, None, "", False, False,
            )
    cue = PRESENCE_CUE.search(s_text)
    present = [r for r in s_refs if not r.modifier]
    if cue is None and present:
        return _acted_at_gathering(article, sent, order, present)
    if cue is None or not present:
        return None
    # "X, who attended in person, said ...": X was at the gathering just reported (merge)
    c_start, c_end = s_start + cue.start(), s_start + cue.end()
    prov = Provenance(article.id, c_start, c_end, cue.group(), s_text, s_start, s_end)
    # "X attends", "Y expected" (a diary's entry): attendance to come (merge joins the
    # gathering of the entry whatever its status)
    status = "planned" if cue.group("planned") else "held"
    return Mention(
        prov, article.published, order, "presence", "summit or ministerial", status,
        tuple(dict.fromkeys(r.person.name for r in present)), (), (), None, None,
        None, None, "", False, False,
    )
