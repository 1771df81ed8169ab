"""Status of a meeting mention: tense and modality first, then the event's dates against
the publication day (annotation guide v2, "Status").

:func:`tense_status` reads the cue words of :mod:`aidlib.event_vocab` ("will", "is due
to", "met", "are meeting", "called off") nearest the meeting word, in its clause first,
then in its sentence; :func:`status_by_date` corrects that reading with the resolved dates:
a meeting dated after the publication day is planned, a planned one dated before it was
held, and a multi-day meeting whose days include the publication day is ongoing unless it
is reported finished, as is one opened on the publication day and not said to have ended.

>>> text = "Ministers are due to meet in Brussels next week."
>>> tense_status(text, (0, len(text)), (0, len(text)), text.index("meet"))
'planned'
>>> text = "The two leaders met in Paris."
>>> tense_status(text, (0, len(text)), (0, len(text)), text.index("met"))
'held'
"""

from __future__ import annotations

import re
from datetime import date

from .. import event_vocab as vocab
from ..dates import MONTH_NAMES, WEEKDAYS, ResolvedDate
from ..literals import with_first_chars
from ..prefilter import cued
from .patterns import alternation

__all__ = ["FINISHED", "Status", "called_off_after", "has_cue", "status_by_date",
           "tense_status"]

Status = str  # "held", "ongoing", "planned", "cancelled"

_LABELS = (("planned", vocab.PLANNED_CUES), ("ongoing", vocab.ONGOING_CUES),
           ("held", vocab.HELD_CUES), ("cancelled", vocab.CANCELLED_CUES),
           ("postponed_to", vocab.POSTPONED_TO))
# Every cue word -> its label; one alternation, longest first ("was due" is planned
# although "was" alone is held: the longer cue wins).
_CUE_WORDS = {w.lower(): label for label, words in _LABELS for w in words}
_CUE_ANY = re.compile(rf"(?<![\w'’])(?:{alternation(_CUE_WORDS)})(?![\w'’])", re.IGNORECASE)
FINISHED = with_first_chars(re.compile(rf"\b(?:{alternation(vocab.FINISHED_CUES)})\b",
                                       re.IGNORECASE))
_OPENED = with_first_chars(re.compile(rf"\b(?:{alternation(vocab.OPENED_CUES)})\b",
                                      re.IGNORECASE))


# The present progressive of a meeting verb, an adverb allowed between ("are also
# gathering", "is currently visiting", "are gathering"): under way.
_PROGRESSIVE = cued(re.compile(
    r"\b(?:is|are)\s+(?:(?:also|now|currently|still|already)\s+)?"
    r"(?:meeting|gathering|visiting|holding|hosting|attending|convening)\b", re.IGNORECASE))


# The simple present of a plural meeting verb reports a meeting to come in body text
# ("<the news> comes days before <group> leaders meet in <City>", "when <group> ministers
# gather in <country> later in <month>", "EU leaders convene in Brussels on Thursday": wire
# copy and factboxes); not after "to", a modal or a negation ("flew to Kyiv to meet", "did not
# meet"), where other cues decide.
_PRESENT_MEET = re.compile(r"(?:meet|gather|convene)\b(?!-)", re.IGNORECASE)
_NOT_PRESENT = re.compile(
    r"\b(?:to|not|n't|never|did|do|does|would|could|should|will|shall|may|might|can|must"
    r"|cannot|and|or)\s+$", re.IGNORECASE)
# A habit, not one meeting ("ministers meet every month", "they usually gather in May"):
# "every"/"each" only before a time word ("to agree each country's share" is no habit).
_HABITUAL = re.compile(
    r"\b(?:(?:every|each)\s+(?:other\s+|few\s+|two\s+|three\s+|six\s+)?"
    rf"(?:day|week|month|year|quarter|spring|summer|autumn|winter|morning|evening"
    rf"|{'|'.join(WEEKDAYS)}|{'|'.join(MONTH_NAMES)})s?"
    r"|regularly|usually|often|routinely|normally|typically|annually"
    r"|monthly|twice\s+a|once\s+a|(?:three|four)\s+times\s+a)\b", re.IGNORECASE)


# A meeting called off named by a noun of the act right before it
# (:data:`aidlib.event_vocab.CANCELLED_NOUNS`: "the postponement of the <group> meeting",
# "the cancellation of Tuesday's talks": parliamentary and wire copy, round 9); only with
# the meeting word as its object, so "talks on the cancellation of the debt" are no
# cancelled talks.
_CALLED_OFF_NOUN = re.compile(
    rf"\b(?:{alternation(vocab.CANCELLED_NOUNS, ignore_case=True)})\s+of\s+"
    r"(?:the|a|an|this|that|its|their|next\s+\w+['’]s|\w+['’]s)\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE)
# ... and the meeting word is that object, not a possessive or a modifier of another noun
# ("the postponement of the summit's communique", "of the summit declaration"): after it
# comes punctuation, a preposition, a relative, a verb or participle, or a name or date.
_OBJECT_END = re.compile(
    r"""[\w-]+(?=\s*(?:[.,;:)]|$)
        |\s+(?:of|in|at|on|with|between|among|for|to|from|until|till|which|that|who|where
             |was|were|is|are|has|had|have|will|would|could|and|or|but|due|set|planned
             |scheduled|originally|initially|[a-z]+ed|(?-i:[A-Z0-9]))\b)""",
    re.VERBOSE | re.IGNORECASE)

# The new date of a postponement: a head of :data:`aidlib.event_vocab.POSTPONED_TO`
# ("to", "until", "till") before a date word; not "for" ("rescheduled for"), which after
# the noun gives the old date ("which had been set for <date>").
_POSTPONED_HEAD = sorted({cue.split()[-1] for cue in vocab.POSTPONED_TO} - {"for"})
_NEW_DATE = re.compile(
    rf"\b(?:{'|'.join(_POSTPONED_HEAD)})\s+(?:(?:early|mid|late)[\s-]+)?(?:\d|next\b|later\b"
    rf"|(?:{'|'.join(MONTH_NAMES)}|{'|'.join(WEEKDAYS)})\b"
    rf"|the\s+(?:spring|summer|autumn|fall|winter|end\s+of)\b)", re.IGNORECASE)


# A plan and then, in the next clause of its sentence, "but" its calling off ("X was to
# host the forum in the spring, but she called off her trip", "talks were set for
# Friday, but they were cancelled", "but it was later scrapped"): its subject a pronoun,
# a name or a short noun phrase, the cue right after (wire and radio copy, round 11).
_ADVERB = "(?:later|then|eventually|ultimately|abruptly|quickly|subsequently|since)"
_BUT_CALLED_OFF = re.compile(
    rf"""[\s,]*but\s+(?:(?:he|she|they|it|we|I|(?:the|this|that|his|her|their)\s+[\w’'-]+
        (?:\s+[\w’'-]+)?|(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)?)\s+)?
        (?:{_ADVERB}\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+)?
        (?:{_ADVERB}\s+)?
        (?:{alternation(vocab.CANCELLED_CUES)})\b""", re.VERBOSE | re.IGNORECASE)
_NEW_DATE_AFTER = re.compile(rf"\b(?:{alternation(vocab.POSTPONED_TO)})\b", re.IGNORECASE)


def called_off_after(text: str, end: int, s_end: int) -> bool:
    """The clause ending at ``end`` is followed, in its sentence, by "but" and a calling
    off with no new date ("..., but he called off the trip"; not "but it was postponed to
    March 3", which stays planned).

    >>> s = "She was to open the forum in May, but she called off the trip."
    >>> called_off_after(s, s.index(", but"), len(s))
    True
    >>> s = "She was to open the forum in May, but it was postponed to June 2."
    >>> called_off_after(s, s.index(", but"), len(s))
    False
    """
    m = _BUT_CALLED_OFF.match(text, end, s_end)
    return m is not None and not _NEW_DATE_AFTER.search(text, m.start(), s_end)


def simple_present(text: str, trigger: int, clause: tuple[int, int]) -> bool:
    """The meeting word at ``trigger`` is a plural verb in the simple present ("before
    leaders meet"), not after "to", a modal or a negation, and not of a habit ("meet
    every month")."""
    return bool(_PRESENT_MEET.match(text, trigger)
                and not _NOT_PRESENT.search(text, max(0, trigger - 12), trigger)
                and not _HABITUAL.search(text, *clause))


# A comparison, not an expectation of a meeting: "ran longer than expected in Oslo", "as
# expected at the talks" (the bare "expected in" is a cue only without it).
_COMPARED = re.compile(r"\b(?:than|as)\s+\Z", re.IGNORECASE)


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of every cue in ``text[lo:hi]``, longest match at each place."""
    found = [(m.start(), m.end(), _CUE_WORDS[m.group(0).lower()])
             for m in _CUE_ANY.finditer(text, lo, hi)
             if not (m.group(0)[:8].lower() == "expected"
                     and _COMPARED.search(text[max(0, m.start() - 6):m.start()]))]
    progressive = [(m.start(), m.end(), "ongoing") for m in _PROGRESSIVE.finditer(text, lo, hi)]
    if not progressive:
        return found
    # the progressive covers its auxiliary ("are also gathering": not "are" alone)
    found = [c for c in found if not any(a <= c[0] < b for a, b, _ in progressive)]
    return sorted(found + progressive)


def tense_status(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                 trigger: int, *, headline: bool = False) -> Status:
    """Status from the cue nearest ``trigger`` (clause first, then sentence), else held.

    A cancellation anywhere in the clause wins ("the meeting scheduled for Friday was
    called off"), unless it gives a new date ("postponed to next week": planned). A
    plural meeting verb in the simple present is planned ("before leaders meet"), except
    in a ``headline``, whose present reports the past ("Allies meet at Ramstein").

    >>> s = "The summit was postponed to March 3."
    >>> tense_status(s, (0, len(s)), (0, len(s)), s.index("summit"))
    'planned'
    >>> s = "The visit, planned for Friday, was called off."
    >>> tense_status(s, (0, len(s)), (0, len(s)), s.index("visit"))
    'cancelled'
    """
    if text[trigger:trigger + 7].lower() == "meeting" and text[
            max(0, trigger - 3):trigger].rstrip().endswith(","):
        return "ongoing"  # "ministers, meeting in Brussels today, agreed" (dates may correct)
    in_clause = _cues(text, *clause)
    labels = {label for _, _, label in in_clause}
    if _CALLED_OFF_NOUN.search(text, max(clause[0], trigger - 60), trigger) and (
            _OBJECT_END.match(text, trigger)):
        # "the postponement of the <group> meeting", no new date ("the postponement of
        # the summit to March 3": to come)
        return "planned" if "postponed_to" in labels or _NEW_DATE.search(
            text, trigger, clause[1]) else "cancelled"
    if not headline and not labels & {"postponed_to", "cancelled", "ongoing"} and (
            simple_present(text, trigger, clause)):
        return "planned"  # "days before leaders meet in <City>", "when they gather"
    if "postponed_to" in labels:
        return "planned"
    if "cancelled" in labels:
        return "cancelled"
    found = in_clause or _cues(text, *sentence)
    if not found:
        return "held"

    def distance(cue: tuple[int, int, str]) -> float:
        start, end, _ = cue
        if start <= trigger < end:
            return 0.0
        # a cue after the meeting word governs it less often than one before it
        return trigger - end if end <= trigger else 1.5 * (start - trigger)

    label = min(found, key=distance)[2]
    return {"cancelled": "cancelled", "postponed_to": "planned"}.get(label, label)


def has_cue(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the clause or its sentence holds any tense or modality cue (without one,
    :func:`tense_status` answers "held" by default, on no evidence).

    >>> s = "She raised the loan at the summit at the close of March."
    >>> has_cue(s, (0, len(s)), (0, len(s)))
    False
    """
    return bool(_cues(text, *clause) or _cues(text, *sentence))


def status_by_date(status: Status, when: ResolvedDate | None, published: date,
                   clause: str) -> Status:
    """Correct a tense reading with the event's days against the publication day.

    >>> from aidlib.dates import resolve_date
    >>> day = date(2024, 6, 20)
    >>> status_by_date("held", resolve_date("June 24", day, tense="future"), day, "")
    'planned'
    >>> status_by_date("held", resolve_date("June 19 to 21", day), day, "")
    'ongoing'
    >>> status_by_date("ongoing", resolve_date("June 10", day), day, "")
    'held'
    >>> status_by_date("ongoing", resolve_date("May", day, tense="past"), day, "")
    'held'
    """
    if status == "cancelled" or when is None:
        return status
    if when.start > published:
        return "planned"
    if when.precision != "day":
        # "ministers, meeting in <City> in late May" in a June paper: over by then
        return "held" if status == "ongoing" and when.end < published else status
    if when.end < published:
        return "held" if status in ("planned", "ongoing") else status
    if status == "held" and when.end > when.start and not FINISHED.search(clause):
        return "ongoing"
    if (status == "held" and when.start == published and _OPENED.search(clause)
            and not FINISHED.search(clause)):
        return "ongoing"  # "as he opened the meeting on Thursday" in a Thursday paper
    return status
