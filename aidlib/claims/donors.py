"""Donors and recipient: who gives the money of a figure and to whom.

The givers are the countries, unions, lenders and groups (``actors.yaml``) the figure's clause
names before it, nearest first: only those after the previous figure when there are any, so
that in "Denmark gives $90 million, Austria 20 million euros" each figure has its own
giver; else the whole clause before it. A name inside a title ("UK Defence Secretary") is
not a giver, but a collective after it is ("EU leaders", "US lawmakers", "the Norwegian
government"); a place or destination ("a summit in Brussels", "deliveries to Poland") is not.
After the figure, a giver in a by-phrase or a from-phrase counts ("financed by Germany",
"€2 billion from the European Investment Bank", "primarily from the EU, Japan and Canada"),
with the names coordinated with it, and "in <giver> aid" ("$1.3 billion in U.S. assistance");
failing all that, a collective name that gives ("the government", "his cabinet": the
country named before it), a pronoun that gives ("he", "they": its person's country, the giver
named before it), or a person of ``people.yaml`` who gives in an official role ("Starmer
handed Kyiv £3bn": United Kingdom). Government bodies give as their country ("the Pentagon
announced": United States) unless they only speak; a name that only estimates the money
("the IMF reckons"), owns money that is not aid ("Russia's frozen assets"), sits in a
dateline, a compound ("Czech-led") or a dash-set aside of another figure gives nothing.
Then, over the whole text (:func:`donors_in_context`), figures before "respectively" take
the listed givers in order, a figure with no giver that continues an announcement (a money
figure's, the previous sentence's or the headline's) takes its giver, the outlet's own aid
figure with no giver at all takes the donor country the article is about, and money that
is not aid has none. The cue words are data: ``speakers_and_donors.yaml``. The recipient is Ukraine
when the sentence names it (or Kyiv, or a Ukrainian body).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final

from ..claim_rules import ATTRIBUTION_VERBS, KIND_NOUN_CUES, RECIPIENT_NAMES, TITLE_WORDS
from ..curated import load_yaml
from ..gazetteer import BUNDLED_DIR, recipient_name
from ..literals import words_alternation
from ..prefilter import cued
from ..records import Claim
from ..text import Sentence, list_line_at, sentence_at
from .document import (
    Document,
    Name,
    clause_of,
    is_title,
    paragraph_breaks,
    scan_names,
    titled_antecedent,
)
from .patterns import (
    HEAD_NOUN,
    KIND_ANY,
    KIND_OF,
    KIND_WEAK,
    PASSIVE_BE,
    RECIPIENT,
    RESTATING_VERBS,
    VERB,
)
from .transcripts import reporter_turn

__all__ = ["AID_KINDS", "CUES_FILE", "ESTIMATE_AT_BY", "GIVER_TYPES", "cues",
           "donors_in_context", "find_donors",
           "find_recipient", "is_giver"]

CUES_FILE: Final = BUNDLED_DIR / "speakers_and_donors.yaml"
# Actor types that can give money (a "body" speaks, a medium reports; neither gives).
GIVER_TYPES: Final = ("country", "alliance", "group")
# "purchase radars from France": a seller, not a giver.
_SELLER: Final = cued(re.compile(
    r"\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|order(?:ed|s)?)"
    r"\b[^.;]{0,60}\bfrom\s+(?:the\s+)?$", re.IGNORECASE))
_AGENT: Final = re.compile(r"\b[a-z]+ed\s+by\s+(?:the\s+)?$")  # "agreed by", "financed by"
_RELATIVE_VERB: Final = re.compile(
    r"\s+(?:has|have|had|will|would|is|are|was|were)?\s*(?:already\s+|also\s+|so\s+far\s+)?"
    r"(?:pledged|promised|committed|given|provided|sent|delivered|allocated|approved|lent"
    r"|gave|offered|donated|disbursed|contributed|paid)\b")
# Between a figure and the subject of its relative clause: "" or "that", or a few words of
# the figure's noun phrase and then "that"/"which" ("£3bn a year in military aid that"),
# also after the closing bracket of the figure's conversion ("C$2 billion ($1.45 billion) in
# military aid that <giver> promised").
_RELATIVE_GAP: Final = re.compile(
    r"\)?\s+(?:(?:that|which)\s+|[^,.;:()—–]{1,40}?\s(?:that|which)\s+)?(?:the\s+)?")
_LIST_GAP: Final = re.compile(r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?")
# A presidency's name before the union it presides ("Presidency of the Council of the EU").
_PRESIDENCY_OF: Final = re.compile(r"(?i:presidency)\s+of\s+(?:the\s+)?$")
# "from" before a name: where money comes from ("a grant from the agency worth $X").
_FROM_BEFORE: Final = re.compile(r"(?<![\w-])from\s+(?:the\s+)?$", re.IGNORECASE)
# "for" before a name: the beneficiary, never the giver ("$26 billion for Israel").
_FOR_BEFORE: Final = re.compile(r"(?<![\w-])for\s+(?:the\s+)?$", re.IGNORECASE)
# A compound after a name that makes it a modifier: "the Czech-led initiative",
# "US-made", "Kyiv-based" (not "-funded", "-backed", "-financed": those name a giver).
_COMPOUND_AFTER: Final = re.compile(
    r"-(?:led|based|made|built|produced|designed|born|owned|run|hosted|brokered|style)\b")
# A giver in a compound naming who pays ("EU-funded", "Japan-financed", "US-backed") in
# the figure's noun phrase ("a $20 million EU-funded programme"; guide v2: "financed by X"),
# and the words that may stand between the figure and it.
_FUNDED_AFTER: Final = re.compile(r"-(?:funded|financed|backed|sponsored|paid)(?![\w-])")
_NOUN_PHRASE_GAP: Final = re.compile(r"\s+(?:(?:[a-z]+|,)\s+){0,3}?(?:the\s+)?")
# A giver's instrument named right after a figure ("the $15.6 billion Extended Fund Facility").
_INSTRUMENT_NAME: Final = re.compile(r"\b(?:Facility|Fund|Programme|Program|Initiative)$")
# Givers named after a figure as its contributors: "with Italy, Spain and Canada
# among the largest contributors", "with Germany contributing the most".
_WITH_CONTRIBUTORS: Final = re.compile(
    r"(?<![\w-])with\s+(?P<list>[^.;:]{2,120}?)\s+(?:(?:among|as|being)\s+(?:the\s+)?"
    r"(?:(?:largest|biggest|main|top|leading|major|key|principal)\s+)?"
    r"(?:contributors?|donors?|givers?|lenders?|backers?|funders?|creditors?)"
    r"|(?:contributing|providing|giving|pledging|accounting\s+for|chipping\s+in|lending))\b",
    re.IGNORECASE)
# An invasion or a war after a name: the name is the aggressor, never a giver ("since Russia's
# full-scale invasion", "after Russia launched its invasion in February 2022").
_AGGRESSOR_AFTER: Final = re.compile(
    r"(?:['’]s|\s+(?:launched|began|started|unleashed|waged|invaded)(?:\s+(?:its|a|the|their))?)"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:invasion|aggression|war\s+(?:on|against|in)|full-scale\s+war)"
    r"(?![\w-])")
# A group word after a name that makes the name its modifier ("NATO allies", "G7 partners").
_GROUP_AFTER: Final = re.compile(r"\s+(?:allies|partners|backers)(?![\w-])")
# The place of a dateline before a name: "RAMSTEIN AIR BASE, Germany, Jan 20 (Reuters)".
_DATELINE: Final = re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z],\s+")
# A preposition right before a name: an object or a place, not a subject ("support for Kyiv").
_OBJECT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:for|to|with|from|of|against|on|towards?|into|in|at|near|by|over|about)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
# Speech labels a body's giving is not read through ("the Pentagon said Kyiv got $X").
_SPEECH: Final = frozenset({"said", "reported"})


@dataclass(frozen=True)
class Cues:
    """The compiled cue words of ``speakers_and_donors.yaml``."""

    raw: dict[str, Any]
    collective_after: re.Pattern[str]  # "EU leaders", "the Norwegian government"
    place_before: re.Pattern[str]  # "in Brussels", "to Poland"
    giver_after: re.Pattern[str]  # "financed by", "from"
    aid_noun_after: re.Pattern[str]  # "U.S. assistance", "Japanese grants"
    modifier_after: re.Pattern[str]  # "the Washington summit", "a NATO country"
    aid_noun_next: re.Pattern[str]  # "the G7 loan", "EU money"
    anaphor: re.Pattern[str]  # "the government", "his cabinet", "lawmakers"
    body_country: dict[str, str]  # "Pentagon" -> "United States", "UK" -> "United Kingdom"
    receipt: frozenset[str]  # "received", "secured": verbs of the recipient
    seat_before: re.Pattern[str]  # "lawmakers in ", "the government in "
    estimate: re.Pattern[str]  # "reckons", "projections", "puts"
    unnamed: re.Pattern[str]  # "governments and businesses", "donors"
    owned_not_aid: re.Pattern[str]  # "'s frozen assets"
    asking: frozenset[str]  # "seeking", "asked": verbs of who requests money
    country_of_demonym: dict[str, str]  # "Russian" -> "Russia": the one demonym table


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, read once."""
    raw = load_yaml(CUES_FILE.read_text(encoding="utf-8"))
    demonym_country = {str(d): str(c) for c, d in raw["demonyms"].items()}
    return Cues(
        raw,
        re.compile(rf"(?:['’]s)?\s+(?:[A-Za-z-]+\s+)?(?:{words_alternation(raw['collective_after'])})"
                   rf"(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?i:{words_alternation(raw['place_before'])})\s+(?i:the\s+)?"
                   rf"(?:(?i:{words_alternation(raw['place_modifiers'])})\s+)?"
                   rf"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+"  # "in Puglia,
                   rf"(?:(?i:{words_alternation(raw['place_modifiers'])})\s+)?)?$"),  # southern"
        re.compile(rf"(?<![\w-])(?:{words_alternation(raw['giver_after'])})\s+(?:the\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{words_alternation(raw['aid_nouns'])})(?![\w-])"),
        re.compile(rf"(?:(?:['’]s)?\s+(?:(?:{words_alternation(raw['modifier_heads'])})"
                   rf"|[a-z-]+\s+(?:{words_alternation(raw['event_heads'])}))"
                   rf"|\s+(?:[a-z-]+\s+)?(?:{words_alternation(raw['ngo_heads'])}))(?![\w-])"),
        re.compile(rf"(?:['’]s\s+(?:[A-Za-z-]+\s+){{0,2}}?|\s+)"  # "the G7's ERA initiative"
                   rf"(?:{words_alternation(raw['aid_nouns'])})(?![\w-])"),
        re.compile(rf"(?<![\w'’-])(?:(?:{words_alternation(raw['anaphor_determiners'])})\s+"
                   rf"(?:(?-i:[a-z-]+)\s+)?"  # "the federal government"
                   rf"(?:{words_alternation(raw['collective_anaphors'])})"
                   rf"|{words_alternation(raw['own_country_anaphors'])}"  # "his country"
                   rf"|(?:(?<=^)|(?<=\n))(?-i:{words_alternation(raw['headline_collectives'])})"
                   rf")(?![\w-])"
                   rf"(?!\s+(?:of|in)\s+[A-Z])", re.IGNORECASE),  # not "the government of X"
        {**raw["body_countries"],
         **{prefix: country for country, prefix in raw["ministry_prefix"].items()},
         **demonym_country},
        frozenset(raw["receipt_verbs"]),
        re.compile(rf"(?<![\w-])(?:{words_alternation(raw['collective_after'])})\s+in\s+(?:the\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{words_alternation(raw['estimate_words'])})(?![\w-])",
                   re.IGNORECASE),
        # capitalized too, opening a sentence ("Donors pledged $X")
        re.compile(rf"(?<![\w-])(?:{words_alternation(raw['unnamed_givers'])})(?![\w-])",
                   re.IGNORECASE),
        re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{words_alternation(raw['owned_not_aid'])})"
                   rf"(?![\w-])"),
        frozenset(raw["asking_verbs"]),
        demonym_country,
    )


# "the <Demonym> side" as a verb's subject ("the Japanese side is considering a package",
# "the Czech side will finance"; translated Ukrainian, Japanese and Chinese official copy):
# the country acting, not a modifier ("on the Polish side of the border").
_SIDE_SUBJECT: Final = re.compile(
    r"\s+side\s+(?:(?:is|was|has|had|have|will|would|also|then|already|plans\s+to"
    r"|intends\s+to)\s+)*(?:(?-i:[a-z]+(?:ed|es|ing))|give|provide|finance|allocate"
    r"|fund|pay|send|cover)(?![\w-])")
_THE_BEFORE: Final = re.compile(r"(?<![\w-])[Tt]he\s+$")


def is_giver(ctx: Document, m: Name, recipient: str | None) -> bool:
    """True where a name can be a giver: a country, union, lender or group, not the
    recipient, not inside a title (unless a collective follows), not a place."""
    if m.kind != "actor" or m.type not in GIVER_TYPES or m.name in (recipient, recipient_name()):
        return False
    text, c = ctx.text, cues()
    if is_title(text, m) and not (c.collective_after.match(text, m.end)
                                  or c.aid_noun_next.match(text, m.end)):
        return False  # "UK Defence Secretary"; not "Germany's military support"
    if _AGGRESSOR_AFTER.match(text, m.end):  # "since Russia's full-scale invasion"
        return False
    if text[m.end : m.end + 1] == "$":  # a currency's mark: "US$370 million", "C$"
        return False
    if re.search(r"(?:officials|diplomats)$", text[m.start : m.end]):  # they speak, not give
        return False
    if (c.modifier_after.match(text, m.end) and not (
            _SIDE_SUBJECT.match(text, m.end) and _THE_BEFORE.search(
                text, max(0, m.start - 5), m.start))) or _SELLER.search(
                    text, max(0, m.start - 80), m.start):
        return False
    if _FOR_BEFORE.search(text, max(0, m.start - 12), m.start):  # "$26 billion for Israel"
        return False
    if _PRESIDENCY_OF.search(text, max(0, m.start - 40), m.start):  # "the <Demonym>
        return False  # Presidency of the Council of the EU": an office's name, no giver
    if _COMPOUND_AFTER.match(text, m.end):  # "the Czech-led initiative", "German-made"
        return False
    if c.owned_not_aid.match(text, m.end):  # "profits from Russia's frozen assets"
        return False
    if _GROUP_AFTER.match(text, m.end):  # "NATO allies": the allies give
        return False
    line = text.rfind("\n", 0, m.start) + 1
    if _DATELINE.fullmatch(text, line, m.start):  # "KYIV, Ukraine (AP) —": a dateline
        return False
    if c.seat_before.search(text, max(0, m.start - 40), m.start):
        return True  # "lawmakers in Washington", "the government in Oslo": its country
    if _is_place(text, m):
        return False
    prev = next(iter(reversed(ctx.mentions_in(max(0, m.start - 60), m.start))), None)
    # "outside <region> and <region>", "to <country> and <country>": a place coordinated
    # with one
    return prev is None or not re.fullmatch(
        r",?\s+(?:and|or)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?", text[prev.end : m.start]) or (
        not _is_place(text, prev))


def _is_place(text: str, m: Name) -> bool:
    """True where a preposition of place makes the name a place or destination ("a summit
    in Brussels", "deliveries to Poland"); "in Puglia, Italy, agreed": a place; "in
    Brussels, Norway pledged": Norway a giver."""
    window = text[max(0, m.start - 40) : m.start]
    place = cues().place_before.search(window)
    if place is not None and _THANKED.search(window, 0, place.start() + 2):
        return False  # "grateful to <giver> and <giver>": who is thanked gives
    return place is not None and (place.group("place") is None
                                  or bool(re.match(r"\s*[,.;:)]", text[m.end : m.end + 2])))


# (also through a passive of conveying: "thanks were expressed to", "gratitude went to")
_THANKED: Final = re.compile(
    r"(?i:grateful|thankful|gratitude|thanks|indebted)(?:\s+[a-z]+){0,3}?\s+to$")


def body_country(name: str) -> str | None:
    """The country a government body gives as: ``body_countries``, else the country of a
    ministry's prefix ("Canadian Ministry of Defence", "US Department of Energy").

    >>> body_country("Pentagon"), body_country("Danish Ministry of Defence")
    ('United States', 'Denmark')
    """
    table = cues().body_country
    if name in table:
        return table[name]
    prefix = _BODY_PREFIX.match(name)
    return table.get(prefix.group(1)) if prefix else None


_BODY_PREFIX: Final = re.compile(r"(.+?)\s+(?:Ministry|Department)\s+(?:of|for)\s")


# A name that holds money up, not one that gives it (``blocking_verbs`` of the cue file).
_BLOCKER_AFTER: Final = re.compile(
    r"(?:\s+(?:has|have|had|again|also|briefly|repeatedly|still|long|initially|so\s+far)){0,2}"
    rf"\s+(?:{words_alternation(cues().raw['blocking_verbs'])})(?![\w-])")


def _givers(ctx: Document, lo: int, hi: int, recipient: str | None,
            bodies: bool = True) -> list[Name]:
    """The givers named in ``text[lo:hi]``: countries, unions, lenders and groups
    (:func:`is_giver`), and government bodies as their country when a giving verb follows
    them before ``hi`` ("the Pentagon announced"), unless the body only speaks ("the
    Pentagon said ...")."""
    text = ctx.text
    out: list[Name] = []
    for m in ctx.mentions_in(lo, hi):
        if m.kind == "actor" and m.type == "body":
            country = body_country(m.name)
            if not bodies or country is None or country in (recipient, recipient_name()) or (
                    _giving_cue(text, m.end, hi) is None  # "is weighing a package"
                    and not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)):
                continue  # (but "a grant from <agency> worth $X": the agency's country)
            m = Name(m.start, m.end, country, "actor", "country")
        elif not is_giver(ctx, m, recipient):
            continue
        blocks = _BLOCKER_AFTER.match(text, m.end)  # "Hungary vetoed the €50bn EU facility",
        if blocks is not None and _giving_cue(text, blocks.end(), hi) is None:  # not "...
            continue                                 # blocked the plan but pledged €5m"
        if _hosts_for_others(ctx, m, hi, recipient):
            continue
        if _only_speaks(text, m.end, hi) or _agent_of_other(text, m.start) or (
                out and _elaborates(text, out[-1], m)) or _receives(ctx, m, hi):
            continue
        out.append(m)
        members = _members_after(text, m, hi)
        if members is not None:
            out.append(members)
    return out


# The host of a meeting ("<country> hosted the conference", "the summit that <country>
# hosts", "a conference co-hosted by <country> and <country>", "<A> and <B> jointly organised
# the conference"; donor-conference copy of wire services and outlets).
_HOST_AFTER: Final = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})?"  # "<A> and <B>
    r"\s+(?:(?:has|had|will|also|jointly|once)\s+)*(?:co-)?(?:host(?:s|ed|ing)?"  # host"
    r"|organi[sz](?:es|ed|ing)|convened|convenes|chaired|chairs)(?![\w-])")
_HOSTED_BY: Final = re.compile(
    r"(?<![\w-])(?:co-)?(?:hosted|organi[sz]ed|convened|chaired)\s+(?:jointly\s+)?by\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w'’.-]*\s+){1,3}and\s+(?:the\s+)?)?$")


def _hosts_for_others(ctx: Document, m: Name, hi: int, recipient: str | None) -> bool:
    """True where ``m`` hosts the meeting at which others give the figure: a giver or
    unnamed givers ("donors", "participants") follow it before ``hi`` ("at a conference
    hosted by <country>, donors pledged <figure>": the host gives none of it); a host that
    gives itself ("<country> hosted the talks and pledged <figure>") keeps its money."""
    text = ctx.text
    if not (_HOST_AFTER.match(text, m.end)
            or _HOSTED_BY.search(text, max(0, m.start - 80), m.start)):
        return False
    return cues().unnamed.search(text, m.end, hi) is not None or any(
        o.start >= m.end and is_giver(ctx, o, recipient) for o in ctx.mentions_in(m.end, hi))


_MEMBERS_AFTER: Final = re.compile(
    r"\s+and\s+(?:(?:its|their|our|the)\s+)?(?:(?P<partners>(?:[a-z]+\s+)?(?:partner|allied))"
    r"|member)\s+(?:states|countries|nations|governments)(?![\w-])", re.IGNORECASE)


def _members_after(text: str, giver: Name, hi: int) -> Name | None:
    """The group a giver names right after itself, as a giver beside it: a union and its
    members ("<union> and its member states", "<union> and member governments": the group
    ``union_members`` in speakers_and_donors.yaml gives the union, none for other bodies), a
    Western giver and its partners by number ("<giver> and <number> partner nations":
    Western allies, only after a giver of ``western_givers``)."""
    m = _MEMBERS_AFTER.match(text, giver.end)
    if m is None or m.end() > hi:
        return None
    raw = cues().raw
    group = ((raw["partner_group"] if giver.name in raw["western_givers"] else None)
             if m.group("partners") else raw["union_members"].get(giver.name))
    return None if group is None else Name(m.start(), m.end(), group, "actor", "group")


_RECEIPT: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(cues().raw['receiver_verbs'])})(?![\w-])",
    re.IGNORECASE)


# Between a verb of receiving and the figure it governs: no clause break ("and", "but", a
# comma or semicolon), else the figure is the object of a second, coordinated verb ("X got
# approval on Friday and disbursed $Y": X gives).
_CLAUSE_BREAK: Final = re.compile(r"[,;:]|(?<![\w-])(?:and|but|then|while)(?![\w-])")


def _receives(ctx: Document, m: Name, hi: int) -> bool:
    """True where the name is the subject of a verb of receiving that governs the figure at
    ``hi`` ("Poland should receive compensation of ... from the EU": the EU gives, not
    Poland); not where the figure belongs to a second verb coordinated after it."""
    got = _RECEIPT.search(ctx.text, m.end, hi)
    return got is not None and not ctx.mentions_in(m.end, got.start()) and (
        _giving_cue(ctx.text, m.end, got.start()) is None) and (
        _CLAUSE_BREAK.search(ctx.text, got.end(), hi) is None)


# Between a giver and the bracket that lists its members: at most two lower-case words
# ("EU institutions (the Commission, the Council and the EIB)", "the G7 (the US, ...)").
_BRACKET_AFTER_GIVER: Final = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*\(")


def _elaborates(text: str, giver: Name, m: Name) -> bool:
    """True where ``m`` is named inside a bracket opened right after ``giver`` and not yet
    closed: a member or part of it, not a giver of its own."""
    bracket = _BRACKET_AFTER_GIVER.match(text, giver.end)
    return bracket is not None and bracket.end() <= m.start and ")" not in text[
        bracket.end() : m.start]


# What a speech verb's clause says before its figure when it opens on a figure already
# known, as the subject or object of the comment: "said (that) the €40 million", "told
# reporters the promised $9 million".
_KNOWN_FIGURE: Final = re.compile(
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers))?\s+(?:that\s+)?"
    r"(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?", re.IGNORECASE)


def _only_speaks(text: str, lo: int, hi: int) -> bool:
    """True where the name before ``lo`` only reports the money up to ``hi``: it estimates
    it ("Brussels has estimated the gap at $X", "the IMF reckons", "the World Bank's
    assessment puts"), it says someone received it ("the Pentagon said Ukraine had
    received $X"), or what it says opens on the figure as one already known ("the Hungarian
    cabinet said the €40 million was a waste": a comment on money, which names no giver;
    not "said it would send €40 million")."""
    estimate = cues().estimate.search(text, lo, hi)
    if estimate is not None and _giving_cue(text, estimate.end(), hi) is None and (
            _giving_cue(text, lo, estimate.start()) is None):  # not "has shipped 12 convoys
        # and put their worth at $X"
        return True  # "the IMF reckons Ukraine needs $X"
    for v in VERB.finditer(text, lo, hi):
        verb = " ".join(v.group("verb").lower().split())
        if verb.startswith("according") or verb == "per" or (
                ATTRIBUTION_VERBS.get(verb) in _SPEECH):
            if _KNOWN_FIGURE.fullmatch(text, v.end(), hi):
                return True
            receipts = cues().receipt
            return any(" ".join(k.group().lower().split()) in receipts
                       for k in KIND_ANY.finditer(text, v.end(), hi))
    return False


def _giving_cue(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first verb of giving in ``text[lo:hi]`` (a pledge, a delivery, a contract,
    "announced", "unveiled"; not a noun such as "package", not a verb of receiving), or
    None."""
    receipts = cues().receipt
    for m in KIND_ANY.finditer(text, lo, hi):
        key = " ".join(m.group().lower().split())
        if KIND_OF[key] in _GIVING_KINDS and key not in KIND_NOUN_CUES and key not in receipts:
            return m
    weak = [m for m in KIND_WEAK.finditer(text, lo, hi) if m.group()[:1].islower()
            and m.group().lower().startswith(("announc", "unveil"))]
    return weak[0] if weak else None


_GIVING_KINDS: Final = frozenset({"pledged", "provided", "contracted"})
# Characters back from a collective name ("the government") to the country it stands for.
_CONTEXT_REACH: Final = 1_500


def _context_country(ctx: Document, pos: int, recipient: str | None) -> str | None:
    """The country a collective name at ``pos`` belongs to: the country (or a body's, or a
    person's of ``people.yaml``) last named before it as other than an object, a place or
    an aggressor;
    None when that is the recipient named first in its sentence (its own government) or
    none is named."""
    text = ctx.text
    for m in reversed(ctx.mentions_in(max(0, pos - _CONTEXT_REACH), pos)):
        if _OBJECT_BEFORE.search(text, max(0, m.start - 20), m.start) or (
                _AGGRESSOR_AFTER.match(text, m.end)):  # "since Russia's invasion"
            continue
        country: str | None = None
        if m.kind == "actor" and m.type == "country":
            country = m.name
        elif m.kind == "actor" and m.type == "body":
            country = body_country(m.name)
        elif m.kind == "person":
            country = _country_of(ctx, m.name)
        if country is None:
            continue
        if country not in (recipient, recipient_name()):
            return country
        sent = sentence_at(text, m.start)  # "Biden met Zelensky": an object, read on
        if not ctx.mentions_in(sent.start, m.start):
            return None
    return _article_country(text, ctx.mentions, recipient)  # "Cabinet signs off €100m" opening
    # an Irish story: the country the article is about


def article_country(ctx: Document) -> str | None:
    """The donor country an article is about (see :func:`_article_country`)."""
    return _article_country(ctx.text, ctx.mentions, None)


def anaphor_country(ctx: Document, pos: int) -> str | None:
    """The donor country a collective name at ``pos`` ("the government") stands for (see
    :func:`_context_country`), for the speaker stage."""
    return _context_country(ctx, pos, None)


@lru_cache(maxsize=64)
def _article_country(text: str, mentions: tuple[Name, ...], recipient: str | None) -> str | None:
    """The donor country an article is about: the country other than the recipient it
    names most, at least twice and more often than any other; None if none stands out.
    A country named once as the aggressor ("the Russian Federation's war of aggression")
    is the war's side, not a donor the article is about: that naming is not counted."""
    counts = Counter(m.name for m in mentions if m.kind == "actor" and m.type == "country"
                     and m.name not in (recipient, recipient_name())
                     and not _AGGRESSOR_AFTER.match(text, m.end)).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _anaphor_givers(ctx: Document, lo: int, hi: int, recipient: str | None) -> set[str]:
    """The country of a collective name ("the government", "his cabinet", "lawmakers")
    that is the subject of a giving verb before ``hi``."""
    text = ctx.text
    out = set()
    own = {" ".join(p.split()) for p in cues().raw["own_country_anaphors"]}
    for a in cues().anaphor.finditer(text, lo, hi):
        if _giving_cue(text, a.end(), hi) is None and (  # "his country would add €20m"
                " ".join(a.group().lower().split()) not in own or cues().receipt & set(
                    text[a.end() : hi].lower().split())):  # not "his country received"
            continue
        country = _context_country(ctx, a.start(), recipient)
        if country is not None:
            out.add(country)
    for a in _GROUP_ANAPHOR.finditer(text, lo, hi):  # "the group agreed to lend"
        if _giving_cue(text, a.end(), hi) is None:
            continue
        group = next((m.name for m in reversed(ctx.mentions_in(max(0, a.start() - _CONTEXT_REACH),
                                                               a.start()))
                      if m.kind == "actor" and m.type in ("alliance", "group")
                      and not is_title(text, m)), None)
        if group is not None:
            out.add(group)
    return out


_GROUP_ANAPHOR: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(cues().raw['group_anaphors'])})(?![\w-])", re.IGNORECASE)


_COMPANION: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(cues().raw['companion_before'])})(?![\w-])",
    re.IGNORECASE)


def _without_companions(text: str, names: list[Name], lo: int) -> list[Name]:
    """The names that are not only beside the giver (see ``companion_before`` in the cue
    file: "organised by Poland and Sweden, Portugal pledged"), when any other is left."""
    def beside(m: Name) -> bool:
        cut = max(text.rfind(",", lo, m.start), text.rfind(";", lo, m.start), lo)
        return _COMPANION.search(text, cut, m.start) is not None

    kept = [m for m in names if not beside(m)]
    return kept if kept and len(kept) < len(names) else names


def find_donors(ctx: Document, clause: tuple[int, int], before: tuple[int, int],
                after: tuple[int, int], recipient: str | None) -> tuple[str, ...]:
    """The givers of a figure, the first of these that names any:

    1. a possessive right before it ("the G7's $50 billion loan"), or a giver the figure
       follows in brackets ("from the EU (USD 1.64 billion), ...");
    2. the agent of a passive after it ("a $50bn loan agreed by G7 leaders");
    3. givers named between the previous figure (or the clause start) and it, except the
       by-/from-giver of that previous figure ("€1.4 billion from EU institutions and"),
       after a "that" or relative word if one stands among them (or the country of a
       person who gives in a relative clause after them: "..., where the Danish prime
       minister Jens Holm announced"), and a giver that only modifies an aid noun ("the
       G7 loan") when another is named;
    4. givers after it: a by-/from-phrase and the names listed with it, or "in <giver>
       aid" ("$40 million in new Dutch assistance");
    5. givers named anywhere in the clause before it;
    6. the country of a collective name that gives before it ("the government will
       provide", "his cabinet approved"), from the text before;
    7. the giver a pronoun that gives stands for ("he will announce", "they had provided");
    8. the country of a person (``people.yaml``) named in the clause before it.

    Government bodies give as their country ("the Pentagon announced": United States).
    """
    text = ctx.text
    clause, before, after, asides = _outside_asides(text, clause, before, after)
    head = HEAD_NOUN.match(text, after[0], after[1])  # "a $300m sale": the seller's body
    bodies = not (head and "sale" in head.group("noun").lower())  # is no giver (a buyer
    # that signs a contract for its forces and Ukraine is: guide v2.2 notes)
    before_names = _givers(ctx, before[0], before[1], recipient, bodies)
    if before_names and re.fullmatch(r"['’]s\s+(?:[a-z-]+\s+){0,2}|\s*\(\s*",
                                     text[before_names[-1].end : before[1]]):
        return (before_names[-1].name,)  # "the G7's $50bn loan", "the EU (USD 1.6bn)"
    if before[0] != clause[0]:  # the by-/from-givers of the figure before are its own
        theirs = {n for n, _ in _after(ctx, before, recipient)}
        before_names = [m for m in before_names if m.name not in theirs]
    own = _without_companions(text, _after_last_that(text, before_names), clause[0])
    if own:  # "European leaders gathered in London, where Starmer announced £1.6bn"
        relative = _relative_subject(ctx, own[-1].end, before[1])
        if relative:
            return relative
    if len(own) > 1:  # "Japan will cover the largest part of the G7 loan": Japan
        plain = [m for m in own if not cues().aid_noun_next.match(text, m.end)]
        own = plain or own
    found_after = _after(ctx, after, recipient)
    agents = [n for n, by in found_after if by]
    if agents and _GUARANTEE_BY.search(text, after[0], after[1]):  # "from <lender>,
        return tuple(sorted({n for n, _ in found_after}))  # guaranteed by <X>": both
    if agents:  # "a $50bn loan agreed by G7 leaders": the agent of its own verb
        return tuple(sorted(set(agents)))
    names = {m.name for m in own} or {n for n, _ in _after(ctx, after, recipient)}
    if not names:
        names = {m.name for m in _without_companions(text, _after_last_that(text, _outside(
            _givers(ctx, clause[0], before[1], recipient, bodies), asides)), clause[0])}
    if not names:  # "the government will provide": the country it belongs to
        names = _anaphor_givers(ctx, clause[0], before[1], recipient)
    if not names:  # "he will announce £40m", "they had already provided €11 billion"
        names = _pronoun_givers(ctx, clause[0], before[1], recipient)
    if not names:  # a person in an official role gives: "Starmer handed Kyiv £3bn"
        names = {org for m in ctx.mentions_in(clause[0], before[1]) if m.kind == "person"
                 and not _speech_after(text, m.end, before[1])  # "Rutte noted that ...": no
                 for org in [_country_of(ctx, m.name)] if org and org != recipient_name()}
    if not names:  # "The French Foreign Minister Jean Dupont pledged $70m": the title's
        names = _title_givers(ctx, clause[0], before[1], recipient)  # country gives
    return tuple(sorted(names))


def _speech_after(text: str, lo: int, hi: int) -> bool:
    """True where a verb of saying stands in ``text[lo:hi]``; not a passive of thanks
    ("Scholz was thanked by Zelensky for the €500 million": the thanked one gives)."""
    return any(not (v.group("verb").lower() == "thanked" and PASSIVE_BE.search(
        text, max(lo, v.start() - 12), v.start())) for v in VERB.finditer(text, lo, hi))


def _title_givers(ctx: Document, lo: int, hi: int, recipient: str | None) -> set[str]:
    """The country or union of a title whose holder is the subject of a giving verb before
    ``hi`` with no speech verb between ("Spain's Prime Minister Ana Ruiz committed $400m",
    not "the US Secretary of State said Germany will give")."""
    text = ctx.text
    out = set()
    for m in ctx.mentions_in(lo, hi):
        if (m.kind != "actor" or m.type not in GIVER_TYPES
                or m.name in (recipient, recipient_name()) or not is_title(text, m)
                or _OBJECT_BEFORE.search(text, max(0, m.start - 20), m.start)):
            continue
        cue = _giving_cue(text, m.end, hi)
        verb = VERB.search(text, m.end, hi)
        if cue is not None and (verb is None or verb.start() >= cue.start()) and not (
                ctx.mentions_in(m.end, cue.start()) and any(
                    n.kind == "actor" and n.type in GIVER_TYPES and not is_title(text, n)
                    for n in ctx.mentions_in(m.end, cue.start()))):
            out.add(m.name)
    return out


def _person_countries(ctx: Document, lo: int, hi: int) -> set[str]:
    """The countries of the people of ``people.yaml`` named in ``text[lo:hi]``, and of the
    countries in their titles ("British prime minister Keir Starmer"), not the recipient."""
    out = set()
    for m in ctx.mentions_in(lo, hi):
        org = _country_of(ctx, m.name) if m.kind == "person" else (
            m.name if m.kind == "actor" and m.type == "country" and is_title(ctx.text, m)
            else None)
        if org and org != recipient_name():
            out.add(org)
    return out


def _relative_subject(ctx: Document, lo: int, hi: int) -> tuple[str, ...]:
    """The country of a person who gives in a relative clause after the givers named
    before a figure ("Nordic leaders gathered in Oslo, where the Danish prime minister
    Jens Holm announced a €300m deal"): the relative clause's subject is the giver."""
    text = ctx.text
    subs = list(_SUBORDINATE.finditer(text, lo, hi))
    if not subs or _giving_cue(text, subs[-1].end(), hi) is None:
        return ()
    return tuple(sorted(_person_countries(ctx, subs[-1].end(), hi)))


def _pronoun_givers(ctx: Document, lo: int, hi: int, recipient: str | None) -> set[str]:
    """The giver a pronoun that gives stands for: "he"/"she" the last person named before
    it (their country), "it"/"they" the last country, union or group named before it as
    other than an object or a place, unless that is the recipient."""
    text = ctx.text
    out: set[str] = set()
    for m in ctx.mentions_in(lo, hi):
        if m.kind != "pronoun":
            continue
        cue = _giving_cue(text, m.end, hi)
        if cue is None or cue.start() - m.end > _PRONOUN_REACH:
            continue
        if m.type == "person":
            person = (titled_antecedent(ctx, m) if m.end - m.start > 3 else None) or (
                ctx.antecedent(m.start, "person"))  # "the PM": the prime minister named
            org = _country_of(ctx, person.name) if person else None
            if org and org not in (recipient, recipient_name()):
                out.add(org)
            continue
        for a in reversed(ctx.mentions_in(max(0, m.start - _CONTEXT_REACH), m.start)):
            if a.kind != "actor" or a.type not in GIVER_TYPES or _OBJECT_BEFORE.search(
                    text, max(0, a.start - 20), a.start):
                continue
            if a.name not in (recipient, recipient_name()):
                out.add(a.name)
            break
    return out


# Characters from a pronoun to its giving verb ("they had already provided").
_PRONOUN_REACH: Final = 40


_Span = tuple[int, int]


def _outside_asides(text: str, clause: _Span, before: _Span,
                    after: _Span) -> tuple[_Span, _Span, _Span, list[_Span]]:
    """The windows of a figure with the dash-set asides of its clause left out, and those
    asides: a figure in an aside ("— the Netherlands opened the account with $578 million
    —") looks only inside it; one outside looks past it (the aside's names are not its
    givers)."""
    fig = before[1]
    asides = []
    for a in _ASIDE.finditer(text, clause[0], clause[1]):
        lo, hi = a.start(), a.end()
        if lo < fig < hi:  # inside: the aside is the figure's clause
            return (lo, hi), (max(before[0], lo), fig), (after[0], min(after[1], hi)), []
        asides.append((lo, hi))
        if hi <= fig and before[0] < hi:  # after it: the words before the figure start past it
            before = (hi, fig)
        elif after[0] <= lo < after[1]:  # before it: the words after the figure stop at it
            after = (after[0], lo)
    return clause, before, after, asides


def _outside(names: list[Name], asides: list[_Span]) -> list[Name]:
    return [m for m in names if not any(lo <= m.start < hi for lo, hi in asides)]


# An aside set off by spaced dashes: " — the Netherlands opened the account with $X — ".
_ASIDE: Final = re.compile(r"\s[—–]\s[^—–]{3,300}?\s[—–]\s")


# The titles before a person's name ("by Defense Secretary Lloyd Austin").
_TITLES_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:(?:[A-Z][\w.'’-]*|(?i:{words_alternation(TITLE_WORDS)}))\s+){{1,5}}$")


def _country_of(ctx: Document, person: str) -> str | None:
    """The country or union a person of ``people.yaml`` acts for on the publication day."""
    found = ctx.people.resolve(person)
    org = found.org_on(ctx.published) if found else None
    return org if org and ctx.actors.resolve(org) else None


def _cued(text: str, m: Name, lo: int) -> bool:
    """True where a giver cue ("from", "financed by") comes right before ``m``; a bare
    "by" after a verb that gives nothing ("followed by the EU", "hosted by Italy") is none."""
    window = text[max(lo, m.start - 50) : m.start]
    cue = cues().giver_after.search(window)
    if cue is None:
        return False
    if " ".join(cue.group().lower().split()[:1]) != "by":
        return True
    est = _ESTIMATED_BEFORE.search(text, max(0, m.start - 160), m.start)
    if est is not None and not _aid_subject(text, est.start()):
        return False  # "put at $Y by X": X estimates the money, it does not give it
    verb = _VERB_BEFORE_BY.search(window, 0, cue.start())
    return verb is None or _giving_cue(verb.group(1), 0, len(verb.group(1))) is not None


# An estimate in the passive, the figure before its author's "by": "the bill is put at $486
# billion by the World Bank", "losses were estimated at €3 billion by the Commission" (wire
# copy on damage assessments): the author states the figure (attribution) and gives none of
# it (a by-phrase after the figure is no giver here).
ESTIMATE_AT_BY: Final = re.compile(
    r"""(?<![\w-])(?P<verb>estimated|put|pegged|calculated|valued|assessed|projected|forecast)
        \s+at\s+(?=[^.;:“”"]{0,20}?(?:[$€£¥]|\d))[^.;:“”"]{1,80}?\s+by\s+""",
    re.VERBOSE,
)
_ESTIMATED_BEFORE: Final = re.compile(ESTIMATE_AT_BY.pattern + r"(?:the\s+)?$",
                                      re.VERBOSE | re.IGNORECASE)
# A cost, need or loss in the subject: the estimate is of what is missing, not of aid.
_COST_NOUN: Final = re.compile(
    r"(?<![\w-])(?:needs?|costs?|bill|damage|losses|gap|shortfall|hole)(?![\w-])", re.IGNORECASE)


def _aid_subject(text: str, verb_start: int) -> bool:
    """True where the subject of an estimate in the passive is aid and no cost or need
    ("the aid was valued at $Y by X": X is a giver who values its own aid), so that its
    by-agent stays a giver; "the damage is put at $Y by X" has none."""
    lo = max(text.rfind(stop, max(0, verb_start - 160), verb_start) for stop in ".\n!?")
    subject = text[lo + 1 : verb_start]
    aid = re.search(rf"(?<![\w-])(?i:{words_alternation(cues().raw['aid_nouns'])})(?![\w-])",
                    subject)
    return aid is not None and _COST_NOUN.search(subject) is None


def _agent_of_other(text: str, start: int) -> bool:
    """True where a name is the agent of an estimate ("a gap estimated by the IMF at $X");
    not of other verbs ("followed by the EU with $40 billion" names the EU's money)."""
    by = _BY_BEFORE.search(text, max(0, start - 40), start)
    return by is not None and cues().estimate.fullmatch(by.group(1)) is not None


_BY_BEFORE: Final = re.compile(r"(?<![\w-])([a-z]+(?:ed|en|id|nt|ld|wn))\s+by\s+(?:the\s+)?$")
# The participle before a bare "by" ("followed by", "sent by"): the by-phrase gives only if
# it is a verb of giving.
_VERB_BEFORE_BY: Final = re.compile(r"(?<![\w-])([a-z]+(?:ed|en|id|nt|ld|wn))\s+$")


def _after_last_that(text: str, names: list[Name]) -> list[Name]:
    """The names after the last "that" or relative word among them ("said at a meeting of
    NATO ministers that Poland had given", "leaders meet in Washington, where allies are
    expected to agree"), or all of them."""
    for i in range(len(names) - 1, 0, -1):
        if _SUBORDINATE.search(text, names[i - 1].end, names[i].start):
            return names[i:]
    return names


# A guarantee's giver after a lender's money ("$X from <lender> under a guarantee provided by
# <country>", "covered by a guarantee from <union>"): the guarantor gives beside the lender
# (guide: both lender and guarantor are givers), so its by-phrase does not push the lender
# out as the agent of a passive does.
_GUARANTEE_BY: Final = re.compile(
    r"(?<![\w-])guarantee[sd]?\s+(?:(?:provided|offered|given|issued|extended)\s+)?by\s",
    re.IGNORECASE)


_SUBORDINATE: Final = re.compile(r"(?<![\w-])(?:that|where|which|who|whereas|while)(?![\w-])")


# A figure-first line ("In numbers" boxes, factboxes): the figure, a colon, then what it is,
# its giver as an adjective before the aid noun ("€381m: German humanitarian aid", "£3bn:
# British loan guarantees", "$1.3bn: new US aid").
_LABEL_GAP: Final = re.compile(r"\s*:\s+(?:(?:new|fresh|further|additional|extra)\s+)?")


def _after(ctx: Document, after: tuple[int, int],
           recipient: str | None) -> list[tuple[str, bool]]:
    """Givers after a figure: by-/from-phrases with their lists, and "in <giver> aid";
    each with whether it is the agent of a passive ("agreed by", "financed by")."""
    text, c = ctx.text, cues()
    out: list[tuple[str, bool]] = []
    agent = False
    chain_end: int | None = None
    among = _WITH_CONTRIBUTORS.search(text, *after)  # "with the EU and Japan among the
    if among is not None and not text[among.end() : after[1]].strip():
        among = None  # "..., with <giver> alone <giving> <figure>": the next figure's
    contributors = among.span("list") if among else (0, 0)  # largest contributors"
    for m in ctx.mentions_in(*after):
        country = body_country(m.name) if m.kind == "actor" and m.type == "body" else None
        if country is not None:  # "paid for by the Pentagon": its country
            m = Name(m.start, m.end, country, "actor", "country")
        elif m.kind == "person" and (org := _country_of(ctx, m.name)) is not None:
            titles = _TITLES_BEFORE.search(text, max(after[0], m.start - 60), m.start)
            m = Name(titles.start() if titles else m.start, m.end, org, "actor", "country")
            if not _cued(text, m, after[0]):  # "announced by Defense Secretary Lloyd
                chain_end = None              # Austin": the person's country
                continue
        giver = m.kind == "actor" and m.type in GIVER_TYPES and (
            m.name not in (recipient, recipient_name())) and not (
            c.owned_not_aid.match(text, m.end))  # "repaid from Russia's frozen assets"
        cued = _cued(text, m, after[0]) or (  # "the $15.6bn Extended Fund Facility"
            text[after[0] : m.start].isspace() and (
                c.aid_noun_after.match(text, m.end) or _INSTRUMENT_NAME.search(
                    text, m.start, m.end))) or (
            re.fullmatch(r"\s+(?:in|of)\s+(?:[a-z-]+\s+){0,2}(?:the\s+)?",
                         text[after[0] : m.start]) and c.aid_noun_after.match(text, m.end)) or (
            _LABEL_GAP.fullmatch(text, after[0], m.start)  # "€381m: German humanitarian aid"
            and c.aid_noun_after.match(text, m.end)) or (
            _RELATIVE_GAP.fullmatch(text, after[0], m.start)  # "the £12.8bn Britain has
            and _RELATIVE_VERB.match(text, m.end)) or (  # pledged", "the £3bn a year in aid
            # that Britain has promised"
            contributors[0] <= m.start < contributors[1]) or (
            _FUNDED_AFTER.match(text, m.end)  # "a $20 million EU-funded programme"
            and _NOUN_PHRASE_GAP.fullmatch(text, after[0], m.start))
        listed = chain_end is not None and _LIST_GAP.fullmatch(text[chain_end : m.start])
        if giver and (cued or listed):
            if cued:
                agent = bool(_AGENT.search(text, max(after[0], m.start - 30), m.start))
            out.append((m.name, agent))
            chain_end = m.end
        else:
            chain_end = None
    return out


def find_recipient(text: str, sent: Sentence) -> str | None:
    return _recipient_in(text, sent.start, sent.end)


@lru_cache(maxsize=256)
def _recipient_in(text: str, start: int, end: int) -> str | None:
    """The recipient if ``text[start:end]`` names it (once a sentence, so a sentence of many
    figures costs linear time)."""
    return recipient_name() if RECIPIENT.search(text, start, end) else None


# Kinds of money that are a flow of aid (guide v2: money that is not aid has no donors).
AID_KINDS: Final = frozenset({"pledged", "provided", "contracted", "requested"})


def _paragraph_start(text: str, pos: int) -> int:
    ends = paragraph_breaks(text)[1]
    k = bisect_right(ends, pos)  # the breaks that end at or before pos
    return ends[k - 1] if k else 0


def _speaker_countries(ctx: Document, c: Claim) -> tuple[str, ...]:
    """The country of the person who states a figure: from ``people.yaml`` on the day, else
    a country in the title the text gives ("Danish Prime Minister Mette Frederiksen"); of a
    government body or a country that states it, its country."""
    if ctx.people.resolve(c.speaker or "") is not None and (
            org := _country_of(ctx, c.speaker or "")) is not None:
        return (org,) if org != recipient_name() else ()
    # (a listed person with no role on the day: the title the text gives, as for others)
    if _speaks_as_body(ctx, c.speaker or ""):  # a government body or a country speaking
        actor = ctx.actors.resolve(c.speaker or "")
        org = body_country(c.speaker or "") or (actor.name if actor else None)
        return (org,) if org and org != recipient_name() else ()
    names = scan_names(c.speaker_text or "", ctx.people, ctx.actors)
    return tuple(sorted({m.name for m in names if m.kind == "actor" and m.type == "country"
                         and is_title(c.speaker_text or "", m)
                         and m.name != recipient_name()}))


def _speaks_as_body(ctx: Document, speaker: str) -> bool:
    """True where the speaker is a government body of a country (``body_countries``, a
    ministry) or a country, not a person."""
    actor = ctx.actors.resolve(speaker)
    return body_country(speaker) is not None or (actor is not None and actor.type == "country")


def _vehicle_of_speaker(c: Claim) -> bool:
    """True where a speaker states the size of its own aid vehicle ("Finland's defence
    ministry said the 25th package was worth €188 million")."""
    return bool(_OWN_VEHICLE.search(c.sentence, 0, max(0, c.start - c.sentence_start)))


_OWN_VEHICLE: Final = re.compile(
    r"(?<![\w-])(?:the|its|their|our|this|the\s+new|the\s+latest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:package|tranche|drawdown|contribution)\b", re.IGNORECASE)


def _continues(c: Claim, source: Claim, text: str) -> bool:
    """True where a figure can continue ``source``'s announcement: the outlet's own
    sentence (or its reporter's turn in a transcript), an announcement, the same
    speaker's or the giver's own (a new speaker's statement is a statement of its own);
    a request only takes the giver it names."""
    return c.kind != "requested" and (
        c.attribution in ("outlet", "announced", "according_to") or c.speaker == source.speaker
        or reporter_turn(text, c.start)
        or c.speaker in source.donors  # the giver itself speaking ("Officials said")
        or _RESTATED.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None)


# Another source's size of the thing just named, by a pronoun ("the ministry describes it
# as $3bn", "Reuters puts it closer to $3.3bn"): the same money, so the same givers.
_RESTATED: Final = re.compile(
    r"(?<![\w-])(?:" + RESTATING_VERBS + r"|estimates|estimated|values|valued)"
    r"\s+(?:it|them|this|that)\s+(?:(?:as|at)\s+)?$", re.IGNORECASE)


def _unnamed_givers(ctx: Document, c: Claim) -> bool:
    """True where the figure's sentence gives it unnamed givers ("governments and
    businesses pledged $X", "donors promised"): it continues no one's announcement."""
    text = ctx.text
    if _COLLECTED.search(text, c.sentence_start, c.start):
        return True
    for m in cues().unnamed.finditer(text, c.sentence_start, c.start):
        cue = _giving_cue(text, m.end(), c.start)
        if cue is not None and _SUBJECT_TO_VERB.fullmatch(text, m.end(), cue.start()):
            return True
    return False


# Money a collection gathered from the public ("the donation drive had collected <N>
# donations worth <figure>", "a separate effort raised <figure>", "the campaign has now
# collected <figure>"; charity, bank and community copy): its givers are the unnamed
# public (guide: fundraising), so it takes no giver from the article or the sentence before.
_COLLECTED: Final = re.compile(
    r"(?<![\w-])(?i:campaign|drive|appeal|effort|fundraiser|fundraising|collection"
    r"|telethon|crowdfunding)(?:\s+[\w'’-]+){0,10}?\s+(?:(?:has|have|had|now|already)\s+){0,3}"
    r"(?i:raised|collected)\s+(?:[\w,.-]+\s+){0,5}$")


_FUND_WORDS: Final = words_alternation(cues().raw["fund_words"])
_FUND_TOTAL: Final = re.compile(
    rf"""(?<![\w-])(?:(?:{words_alternation(cues().raw['fund_total_subjects'])})
          \s+(?:to|into|for|of)\s+the\s+(?:[\w-]+\s+){{0,5}}?(?:{_FUND_WORDS})
        |the\s+(?:commitments|contributions|pledges)\s+(?:stood|stand|came)\s+at
        |the\s+(?:{_FUND_WORDS})\s+(?:held|holds|had|has\s+received|had\s+received
          |received))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE)


def _fund_total(ctx: Document, c: Claim) -> bool:
    """True where the figure's sentence gives a fund's total from all its contributors
    before it (see ``fund_total_subjects`` in the cue file) and names no giver."""
    return _FUND_TOTAL.search(ctx.text, c.sentence_start, c.start) is not None and not (
        _names_giver(ctx, c))


# Between a subject and its verb: "governments and businesses pledged", "donors have also".
_SUBJECT_TO_VERB: Final = re.compile(
    r"(?:\s+(?:and|or|&)\s+[\w-]+)*\s+(?:(?:have|has|had|will|would|also|already|jointly|"
    r"together|collectively|then|so\s+far)\s+)*")


# A fronted phrase naming who pays for what the clause after it reports ("Under a
# scheme funded by the Government of <X>, the school got ...", "Through a project
# funded by <X>, ..."; city-council, agency and UN-project copy).
_FRONTED_FUNDER: Final = re.compile(
    r"(?:Under|Through|Thanks\s+to|With|As\s+part\s+of|Within)\s+(?:the|a|an|its)\s+"
    r"[^,;:.]{0,80}?(?<![\w-])(?:financed|funded|paid\s+for|sponsored|co-financed"
    r"|co-funded)\s+by\s+(?:the\s+)?(?:(?:Government|government|people)\s+of\s+"
    r"(?:the\s+)?)?")


def _fronted_funder(ctx: Document, c: Claim) -> tuple[str, ...]:
    """The giver a fronted "Under a programme funded by X," names for its clause's
    figure (see ``_FRONTED_FUNDER``), or none."""
    text = ctx.text
    lead = _FRONTED_FUNDER.match(text, c.sentence_start, c.start)
    if lead is None:
        return ()
    m = next(iter(ctx.mentions_in(lead.end(), c.start)), None)
    if m is None or m.start != lead.end() or not is_giver(ctx, m, c.recipient):
        return ()
    comma = text.find(",", m.end, c.start)
    return (m.name,) if comma != -1 else ()


def _recipient_gives(ctx: Document, c: Claim) -> bool:
    """True where the recipient itself (its cabinet, its government, a body named as it)
    is the subject of the verb of giving before the figure ("the Cabinet of Ministers
    allocated UAH X for the region"): its own money, no donor's announcement continued."""
    text = ctx.text
    for m in ctx.mentions_in(c.sentence_start, c.start):
        if m.kind == "actor" and m.name == recipient_name() and not is_title(text, m):
            cue = _giving_cue(text, m.end, c.start)
            if cue is not None and _SUBJECT_TO_VERB.fullmatch(text, m.end, cue.start()):
                return True
    return False


def _names_giver(ctx: Document, c: Claim, *, possible: bool = False) -> bool:
    """True where the figure's sentence names a country, union, lender or group (then it
    states its own giver or none, and continues no announcement); with ``possible``, only
    one that can give (:func:`is_giver`): not one named only as another receiver ("$14
    billion for Israel") nor the aggressor ("Russia's invasion")."""
    text = ctx.text
    return any(m.kind == "actor" and m.type in GIVER_TYPES and m.name != recipient_name()
               and not is_title(text, m)  # not "Dutch Foreign Minister X said"
               and not (possible and (_AGGRESSOR_AFTER.match(text, m.end) or _FOR_BEFORE.search(
                   text, max(0, m.start - 12), m.start)))
               for m in ctx.mentions_in(c.sentence_start, c.sentence_end))


def _sentence_givers(ctx: Document, start: int, end: int) -> tuple[str, ...]:
    """The givers a sentence names as the subject of its first giving verb ("The Swedish
    government on Tuesday announced its 15th package", "Germany gives Ukraine more air
    defence", "Danish Defence Minister X presented ..."), else ()."""
    cue = _giving_cue(ctx.text, start, end)
    if cue is None:
        return ()
    names = {m.name for m in _givers(ctx, start, cue.start(), None)}
    names = names or _anaphor_givers(ctx, start, cue.end(), None)
    if not names:
        names = {org for m in ctx.mentions_in(start, cue.start()) if m.kind == "person"
                 for org in [_country_of(ctx, m.name)] if org and org != recipient_name()}
    if not names:  # "Danish Defence Minister Troels Lund Poulsen presented": the title's
        names = {m.name for m in ctx.mentions_in(start, cue.start())
                 if m.kind == "actor" and m.type == "country" and is_title(ctx.text, m)
                 and m.name != recipient_name()}
    return tuple(sorted(names))


def _announcer(ctx: Document, c: Claim) -> tuple[str, ...]:
    """The givers of the announcement a figure with no giver of its own continues (guide
    v2): the previous sentence of its paragraph when that announces giving ("Britain
    unveiled a new package on Monday. It includes £150 million for air defence."), else
    the headline's for a figure of the first paragraphs ("Germany gives Ukraine more air
    defence" ... "The systems are worth €500 million.")."""
    text = ctx.text
    para = _paragraph_start(text, c.start)
    if c.sentence_start > para:
        prev = sentence_at(text, c.sentence_start - 1)
        if prev.start >= para and prev.end <= c.sentence_start:
            found = _sentence_givers(ctx, prev.start, prev.end)
            if found:
                return found
    head = sentence_at(text, 0)
    first_breaks = paragraph_breaks(text)[1][:_HEADLINE_PARAGRAPHS]
    if para == 0 or c.sentence_start == head.start or para not in first_breaks:
        return ()
    return _sentence_givers(ctx, head.start, head.end)


# The paragraphs after the headline whose figures may take the headline's giver.
_HEADLINE_PARAGRAPHS: Final = 2


def _respectively(ctx: Document, claims: list[Claim]) -> list[Claim]:
    """Figures listed before "respectively" take the givers listed before them in order
    ("Japan and Canada pledged $500 million and $200 million respectively"), when the
    counts match (a figure and its conversion in brackets count once)."""
    text = ctx.text
    out = list(claims)
    for m in _RESPECTIVELY.finditer(text):
        sent = sentence_at(text, m.start())
        idx = [i for i, c in enumerate(out) if c.measure == "money"
               and c.sentence_start == sent.start and c.end <= m.start()]
        firsts: list[int] = []
        for i in idx:  # one slot per figure, not per conversion of it
            if out[i].pair_id is None or all(out[j].pair_id != out[i].pair_id for j in firsts):
                firsts.append(i)
        if len(firsts) < 2:
            continue
        lo = clause_of(text, sent, out[firsts[0]].start)[0]
        givers: list[str] = []
        for g in _givers(ctx, lo, out[firsts[0]].start, None):
            if g.name not in givers:
                givers.append(g.name)
        if len(givers) != len(firsts):
            continue
        for slot, i in enumerate(firsts):
            pair = out[i].pair_id
            for j in idx:
                if j == i or (pair is not None and out[j].pair_id == pair):
                    out[j] = replace(out[j], donors=(givers[slot],))
    return out


_RESPECTIVELY: Final = cued(re.compile(r"(?<![\w-])respectively(?![\w-])", re.IGNORECASE))


def donors_in_context(ctx: Document, claims: list[Claim]) -> list[Claim]:
    """Donors of one text's claims (in text order) resolved in context:

    - figures listed before "respectively" take the givers listed before them in order;
    - an aid figure named again with a definite article ("the £2bn") takes the givers of its
      earlier mention of the same amount (:func:`_named_before`);
    - a money figure whose clause names no giver and that a person announced takes the
      person's country ("Danish Prime Minister Mette Frederiksen announced ...");
    - else, a money figure whose clause names no giver continues the announcement before it: it
      takes the givers of the last money figure with givers in its paragraph, else those
      of the headline's figure ("Norway to give $10 million" ... "Of that, $4 million ...");
    - else, an aid figure whose sentence names no giver takes the giver of the previous
      sentence's announcement, or of the headline's (:func:`_announcer`);
    - else, the outlet's own aid figure with no giver takes the donor country the article
      is about (:func:`_article_aid`, :func:`_article_country`);
      teasers and captions neither give nor take;
    - money that is not aid (kind ``to_spend`` or ``other``) has no donors (guide v2), and
      a request is not given by who asks for it (:func:`_requesters`).
    """
    text = ctx.text
    out: list[Claim] = []
    last: Claim | None = None
    headline: Claim | None = None
    for c in _respectively(ctx, claims):
        if c.measure == "money" and not c.boilerplate:
            if not c.donors and c.kind in AID_KINDS:
                c = replace(c, donors=_list_givers(ctx, c.start) or _named_before(ctx, c, out))
            if not c.donors and c.kind in AID_KINDS:  # "Under a programme funded by X, ..."
                c = replace(c, donors=_fronted_funder(ctx, c))
            if not c.donors and (c.attribution == "announced" or (
                    c.attribution == "said" and _vehicle_of_speaker(c)
                    and _speaks_as_body(ctx, c.speaker or ""))):
                c = replace(c, donors=_speaker_countries(ctx, c))
            # "governments and businesses pledged $X", a fund's total, the recipient's own
            # money: no named giver to take (read once: c changes below only by gaining donors)
            own_money = not c.donors and _recipient_gives(ctx, c)
            no_giver = not c.donors and (_unnamed_givers(ctx, c) or _fund_total(ctx, c)
                                         or own_money)
            if not c.donors and not no_giver:
                source = last if last is not None and (
                    _paragraph_start(text, last.start) == _paragraph_start(text, c.start)
                ) else headline
                if source is not None and _continues(c, source, text):
                    c = replace(c, donors=source.donors)
                elif last is not None and c.kind != "requested" and (
                        c.attribution != "outlet") and set(
                        _speaker_countries(ctx, c)) & set(last.donors):
                    c = replace(c, donors=last.donors)  # the giver's own official or body
                    # speaking, also a paragraph on ("the ministry said a further €200m")
            if not (c.donors or no_giver) and c.kind in _GIVING_KINDS and not _names_giver(
                    ctx, c):
                found = _announcer(ctx, c)
                if c.attribution in ("outlet", "announced", "according_to") or (
                        c.speaker in found) or set(_speaker_countries(ctx, c)) & set(found):
                    c = replace(c, donors=found)
            if not c.donors and _article_aid(ctx, c) and not own_money:
                country = _article_country(text, ctx.mentions, None)
                if country is not None:
                    c = replace(c, donors=(country,))
            if c.donors:
                if last is None and c.sentence_start == 0:
                    headline = c
                last = c
        if c.measure == "money" and c.kind == "requested" and not c.donors:
            c = replace(c, donors=_own_request(ctx, c))
        if c.measure == "money" and c.kind not in AID_KINDS:
            c = replace(c, donors=())
        elif c.kind == "requested" and c.donors:
            asking = _requesters(ctx, c)
            c = replace(c, donors=tuple(d for d in c.donors if d not in asking))
        out.append(c)
    return out


# A government's request of its own legislature ("the White House asked lawmakers for $X",
# "the $X the White House had requested", "after the president had asked for $X" where a
# legislature is named): the one asked gives, and it is the requester's own state (guide:
# a request's donor is the one asked). US, UK and EU copy on supplementals and budgets.
_OWN_REQUEST: Final = re.compile(
    r"\s+(?:(?:had|has|have|formally|already|just|then)\s+)*"
    r"(?:asked|asks|requested|requests|sought|seeks)"
    r"(?:\s+(?:Congress|lawmakers|legislators|parliament|Parliament|MPs|senators"
    r"|(?:the\s+)?(?:Congress|legislature|parliament|Parliament|Bundestag|Diet|Senate)))?"
    r"(?=\s+for(?![\w-])|\s+(?:in|on|last|this|earlier)\s|\s*[,.;]|\s+[$€£¥\d]|\s+(?:about|some"
    r"|roughly|nearly|around)\s)")
_LEGISLATURE: Final = re.compile(
    r"(?<![\w-])(?:Congress|lawmakers|legislators|[Pp]arliament|MPs|senators|Bundestag"
    r"|House\s+of\s+Representatives|Senate|legislature)(?![\w-])")
_LEGISLATURE_REACH: Final = 300  # characters before the sentence where its legislature is named


def _own_request(ctx: Document, c: Claim) -> tuple[str, ...]:
    """The state of a government body or a leader asking its legislature for the requested
    figure (see ``_OWN_REQUEST``); none where the asker is the recipient or no state's."""
    text = ctx.text
    lo, hi = c.sentence_start, c.sentence_end
    if not _LEGISLATURE.search(text, max(0, lo - _LEGISLATURE_REACH), hi):
        return ()
    for m in ctx.mentions_in(lo, hi):
        ask = _OWN_REQUEST.match(text, m.end)
        if ask is None or m.kind not in ("person", "actor"):
            continue
        org = _country_of(ctx, m.name) if m.kind == "person" else body_country(m.name)
        if org is not None and org != recipient_name():
            return (org,)
    return ()


def _article_aid(ctx: Document, c: Claim) -> bool:
    """True where a figure the outlet states as a pledge or a delivery has no giver of its
    own nor unnamed ones (its sentence names none, and it is no fund's total): in an
    article about one donor's aid (explainers of a parliament's bill, reference sections
    on a programme, audits of a government's aid) it is that donor's. Not a contract: the
    country an article names most may be the seller's; not a total of every giver's aid
    ("in total", "overall", "Ukraine has received"), nor a loan or a backed instrument
    (their lenders are named by their own rules)."""
    return c.kind in ("pledged", "provided") and c.attribution in ("outlet", "according_to") \
        and not (_names_giver(ctx, c, possible=True) or _unnamed_givers(ctx, c)
                 or _fund_total(ctx, c) or _ALL_GIVERS.search(c.sentence)
                 or _LENT.search(c.sentence))


# What makes an outlet's figure with no giver everyone's, not the article's donor: a total
# ("in total", "overall"), the many ("allies", "partners", "the international
# community"), or the recipient as the subject of receiving ("Ukraine has received $X").
_ALL_GIVERS: Final = re.compile(
    r"(?<![\w-])(?:in\s+total|overall|allies|allied|partners|international\s+(?:community"
    r"|donors|partners|aid|support|assistance)"
    rf"|(?:{words_alternation(RECIPIENT_NAMES)})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:received|got|gotten|obtained))(?![\w-])", re.IGNORECASE)
# A loan, or an instrument backed by something (the G7's loan on frozen Russian assets):
# lenders are named by their own rules, not by whom the article is about.
_LENT: Final = re.compile(r"(?<![\w-])(?:loans?|lend(?:s|ing)?|lent|backed)(?![\w-])",
                          re.IGNORECASE)


# A figure named again with a definite article ("the £2bn", "that $61 billion"): the sum
# named before, not a new one (debate reports and explainers return to it by its amount).
_DEFINITE_BEFORE: Final = re.compile(r"(?<![\w-])(?:the|that|this)\s+$", re.IGNORECASE)
# "that" after a verb of saying is a conjunction, not a determiner.
_SAID_THAT: Final = re.compile(rf"(?:{VERB.pattern})\s+that\s+$", VERB.flags)
# a figure with "more" after it is a further sum, not the one named before
_MORE_AFTER: Final = re.compile(r"\s+(?:more|extra|additional|further)(?![\w-])",
                                re.IGNORECASE)


def _named_before(ctx: Document, c: Claim, before: list[Claim]) -> tuple[str, ...]:
    """The givers of the last earlier money figure of the same amount and unit that has
    givers, where ``c`` names that amount again with a definite article; else ()."""
    if c.value is None or not _DEFINITE_BEFORE.search(ctx.text, max(0, c.start - 6), c.start):
        return ()
    if _SAID_THAT.search(ctx.text, max(0, c.start - 60), c.start) or _MORE_AFTER.match(
            ctx.text, c.end):
        return ()  # "said that $2 billion was needed" opens a clause; "$2 billion more" is new
    return next((p.donors for p in reversed(before) if p.measure == "money" and p.donors
                 and p.value == c.value and p.unit == c.unit), ())


# A heading over a list: a short line of its own with no end punctuation ("UNITED STATES",
# "Germany"), as factboxes and explainers set out donors one by one.
_HEADING: Final = re.compile(r"[ \t]*(?P<words>[A-Za-z][\w'’ .-]{1,40}?)[ \t]*")


def _list_givers(ctx: Document, pos: int) -> tuple[str, ...]:
    """The giver a list gives its items (the family of factboxes and government
    overviews): the giver a heading line right above the list names (a country in capitals
    over bullets that describe its giving), else the subject giver of the line leading into
    it ("<giver> has <given>:" over "- <figure> for <purpose>"); () off a list or where
    neither names one."""
    text = ctx.text
    line = list_line_at(text, pos)
    if line is None:
        return ()
    above = line.start
    while above > 0:  # back over the list's earlier items and blank lines
        prev = text.rfind("\n", 0, above - 1) + 1
        if text[prev : above - 1].strip() and list_line_at(text, prev) is None:
            heading = _HEADING.fullmatch(text, prev, above - 1)
            actor = ctx.actors.resolve(heading.group("words").title()) if heading else None
            if actor is not None and actor.type in GIVER_TYPES and (
                    actor.name != recipient_name()):
                return (actor.name,)
            break
        above = prev
    if line.lead is None:
        return ()
    lead = sentence_at(text, line.lead[0])
    return _sentence_givers(ctx, lead.start, line.lead[0])


def _requesters(ctx: Document, c: Claim) -> set[str]:
    """Who asks for a requested figure: the givers named before the verb of asking in its
    clause ("The UN and its partners are seeking $4.2 billion") and not again after it; not
    the one asked ("Biden asked Congress for $33 billion", "$15 billion from the IMF"), who
    gives (guide v2)."""
    text = ctx.text
    lo, hi = clause_of(text, sentence_at(text, c.start), c.start)
    asks = [m for m in KIND_ANY.finditer(text, lo, c.start)
            if m.group().split()[0].lower() in cues().asking]
    if not asks:
        return set()
    before = {m.name for m in ctx.mentions_in(lo, asks[-1].start()) if m.kind == "actor"}
    return before - {m.name for m in ctx.mentions_in(asks[-1].end(), hi) if m.kind == "actor"}

