"""Attribution: who stated a figure (the speaker), from the reported speech of its clause
or sentence ("X said", "said X", "according to X", "he said", "the agency writes").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final, NamedTuple

from .. import claim_rules as R
from ..gazetteer import Actors, context_country, recipient_name
from ..literals import alternation, words_alternation
from ..prefilter import cued
from ..text import Sentence, list_line_at, sentence_at, subject_gap_words
from .document import (
    Attribution,
    Document,
    Name,
    is_subject,
    is_title,
    paragraph_breaks,
    titled_antecedent,
)
from .donors import ESTIMATE_AT_BY, anaphor_country, article_country, cues
from .patterns import (
    NAME_AFTER,
    NAME_BEFORE,
    NAME_PARTICLES,
    PASSIVE_BE,
    RESTATING_VERBS,
    VERB,
)
from .transcripts import TurnLabel, turn_labels

# A capitalized word in the possessive ("NPR's", "Reuters'"): before a full name, whose
# (an outlet's, a country's) person it is, never part of the name.
_POSSESSIVE: Final = re.compile(r"[A-Z][\w&.\-]*(?:['’]s|s['’])")


def _strip_titles(name: str, actors: Actors) -> str:
    words = name.replace(",", " ").split()
    domain = False  # after "Minister for": the ministry's words, then the name
    while words:
        if (words[0].lower() in R.TITLE_WORDS or words[0].lower() in R.NOT_NAMES
                or words[0].lower() in ("of", "for")):
            # a domain of title words ("of Foreign Affairs") is over with them
            domain = words[0].lower() in ("of", "for") or (
                domain and words[0].lower() in R.NOT_NAMES)
            words.pop(0)
            continue
        # an actor's name of up to four words: "European Commission President ...",
        # "Norway's Støre"
        k = next((k for k in range(min(4, len(words)), 0, -1)
                  if actors.resolve(re.sub(r"['’]s?$", "", " ".join(words[:k]))) is not None),
                 0)
        if not k and all(w[:1].isupper() for w in words):
            # an outlet's possessive before a full name: "NPR's Jo Roe", "Reuters' Jo Roe"
            k = next((i + 1 for i in range(min(3, len(words) - 2))
                      if _POSSESSIVE.fullmatch(words[i])), 0)
        if not k and domain and sum(w[:1].isupper() for w in words) > 2:
            k = 1  # "Minister for Development Cooperation Lena Berg"
        if not k and len(words) > 2 and _ACRONYM.fullmatch(words[0]) and (
                words[1].lower() in R.TITLE_WORDS):
            k = 1  # a body's acronym before a title: "DOD Press Secretary Jo Roe"
        if not k:
            break
        del words[:k]
    return " ".join(words)


def _speaker_of(ctx: Document, m: Name) -> tuple[str, str | None] | None:
    """Canonical speaker name and role for a mention (resolving pronouns)."""
    if m.kind == "pronoun" and m.type.startswith("the "):  # "the report" with its authors
        authors = _document_authors(ctx, m.type[4:], m.start)
        if authors is not None:
            return authors, None
    if m.kind == "pronoun" and (m.type == "its" or m.type.startswith("the ")):
        opener = _sentence_opener(ctx, m.start)  # "Its latest update puts", "The statement
        if opener is not None:                   # said": the body opening the one before
            return _speaker_of(ctx, opener)
    if m.kind == "pronoun" and m.type in R.ORG_PRONOUNS:
        ref = ctx.org_antecedent(m.start, R.ORG_PRONOUNS[m.type])
        if ref is None:
            return None
        if m.type == "they":  # "Norway and Denmark said ... they said": the whole list
            names = sorted({r.name for r in _subject_list(ctx, ref, max(0, ref.start - 200))})
            return ", ".join(names), None
        return _speaker_of(ctx, ref)
    if m.kind == "pronoun" and m.end - m.start > 3:  # "the PM", "the German chancellor"
        titled_ref = titled_antecedent(ctx, m)
        if titled_ref is not None:
            return _speaker_of(ctx, titled_ref)
        holder = _title_holder(ctx, m)
        if holder is not None:
            return holder
        introduced = _introduced_with_title(ctx, m)
        if introduced is not None:
            return introduced, None
    if m.kind == "pronoun":
        last = ctx.antecedent(m.start, "person")
        unlisted = _unlisted_speaker_before(ctx, m.start, last)
        if unlisted is not None:  # a named witness speaks, then "She added ...": the witness
            return unlisted, None
        ref = _salient(ctx, last, m.start) if last is not None else None
        titled = None if ref is not last else _last_titled(
            ctx, m.start, last.end if last else max(0, m.start - 1500))
        if titled is not None:  # a titled person the people file does not list, named later
            return titled, None
        return _speaker_of(ctx, ref) if ref else None
    if m.kind == "media_anaphor":
        ref = ctx.antecedent(m.start, "media")
        return (ref.name, None) if ref else None
    if m.kind == "person":
        person = ctx.people.resolve(m.name)
        return m.name, person.role_on(ctx.published) if person else None
    return m.name, None


def _title_holder(ctx: Document, m: Name) -> tuple[str, str | None] | None:
    """The one person ``people.yaml`` gives a bare title on the day in the country the
    article is about, where the text names no holder before it ("The Prime Minister
    announced ..." in a government release; the country named most, other than Ukraine);
    None where the title is no office or the holder is not one."""
    title = " ".join(ctx.text[m.start : m.end].lower().split()[1:])
    if not any(w in R.TITLE_WORDS for w in title.split()) or title in _NO_OFFICE or (
            re.compile(rf"(?i:{re.escape(title)})\s+[A-Z]").search(ctx.text, 0, m.start)):
        return None  # a holder the text names ("Prime Minister Jo Roe ...") is its own
    country = article_country(ctx)
    holders = [p for p in ctx.people.holders(title, ctx.published)
               if p.org_on(ctx.published) == country]
    return (holders[0].name, holders[0].role_on(ctx.published)) if len(holders) == 1 else None


_NO_OFFICE: Final = frozenset(["minister", "president", "secretary", "official", "leader"])


# The spellings of one office: "the Premier" stands for the "Prime Minister Jo Roe" named
# before, "the PM" too (Romanian, Slovak and UK copy).
_OFFICE_SPELLINGS: Final = {"prime minister": ("prime minister", "premier", "pm"),
                            "premier": ("prime minister", "premier", "pm"),
                            "pm": ("prime minister", "premier", "pm")}
_TITLE_REACH: Final = 3000  # characters back to the person a title stands for


def _introduced_with_title(ctx: Document, m: Name) -> str | None:
    """The person the text last introduced with the bare title ``m`` holds ("Prime Minister
    Jo Roe stated ... According to the Premier, ..."), where the people file lists no
    holder the text names: the full name after the last such title within reach; None
    where the title has other words ("the Romanian premier") or no one was introduced."""
    title = " ".join(ctx.text[m.start : m.end].lower().split()[1:])
    if title not in R.PERSON_ANAPHORS:
        return None
    spellings = _OFFICE_SPELLINGS.get(title, (title,))
    pattern = re.compile(
        rf"(?<![\w-])(?i:{words_alternation(spellings)})\s+(?P<name>[A-Z][\w'’.\-]+"
        rf"(?:\s+(?:{NAME_PARTICLES}\s+){{0,2}}[A-Z][\w'’.\-]+){{1,3}})(?![\w'’-])")
    last = None
    for found in pattern.finditer(ctx.text, max(0, m.start - _TITLE_REACH), m.start):
        name = _strip_titles(found.group("name"), ctx.actors)
        if len(name.split()) >= 2 and ctx.actors.resolve(name) is None:
            last = name
    return last


_TITLED_NAME: Final = re.compile(
    rf"""(?<![\w-])(?i:{alternation(R.PERSON_ANAPHORS | R.TITLE_WORDS)})
    (?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,)?  # "in Berlin,"
    \s*,?\s+(?P<name>(?:(?:of|for)\s+(?:the\s+)?)?
                     [A-Z][\w'’.\-]+(?:(?<![a-z]{{3}}\.)\s+(?:{NAME_PARTICLES}\s+){{0,2}}[A-Z][\w'’.\-]+){{1,5}})
    (?![\w'’-])""",  # a word ending a sentence ("... and Ms Roe. At the time") ends the name
    re.VERBOSE,
)


def _last_titled(ctx: Document, pos: int, lo: int) -> str | None:
    """The last person introduced by a title between ``lo`` and ``pos`` ("Finance Minister
    Jane Roe", "the spokesman, Jo Doe") whom the people file does not list; None if none."""
    last = None
    for found in _TITLED_NAME.finditer(ctx.text, lo, pos):
        name = _strip_titles(found.group("name").rstrip("."), ctx.actors)
        if len(name.split()) >= 2 and ctx.people.resolve(name) is None:
            last = name
    return last


def _sentence_opener(ctx: Document, pos: int) -> Name | None:
    """The body, union or country that opens the sentence before the one at ``pos`` ("The
    <Institute>, whose ..., counts aid. Its latest update ..."), if any."""
    text = ctx.text
    here = sentence_at(text, pos)
    if here.start == 0:
        return None
    before = sentence_at(text, max(0, here.start - 2))
    first = next(iter(ctx.mentions_in(before.start, before.end)), None)
    if first is None or first.kind != "actor" or first.type not in R.ORG_PRONOUNS["it"] or (
            not re.fullmatch(r"\s*(?:the\s+)?", text[before.start : first.start],
                             re.IGNORECASE)):
        return None
    return first


def _unlisted_speaker_before(ctx: Document, pronoun: int, last: Name | None) -> str | None:
    """The person the files do not list who speaks as the subject of a reporting verb in
    the sentence right before a "he"/"she" opening its sentence, when the last listed
    person was named before that sentence (a witness named in full, then "<Surname> warned
    the committee ... . She estimated ..." -> the witness); None otherwise."""
    text = ctx.text
    here = sentence_at(text, pronoun)
    if here.start == 0 or not re.fullmatch(r"\s*[“\"]?", text[here.start : pronoun]) or (
            not re.match(r"(?i:he|she)\b", text[pronoun : pronoun + 4])):
        return None
    before = sentence_at(text, max(0, here.start - 2))
    if last is not None and last.end > before.start:
        return None  # a listed person in the sentence before: see _salient
    for v in VERB.finditer(text, before.start, before.end):
        named = _unknown_subject(ctx, before, v.start())
        if named is not None and named[1] == before.start and ctx.actors.resolve(
                named[0]) is None and "," not in named[0]:
            full = _full_name(text, named[0], before.start, ctx.actors)  # "Gen. Jo Van
            return full if full and full.endswith(named[0]) else named[0]  # Vane" before
    return None


def _salient(ctx: Document, ref: Name, pronoun: int) -> Name:
    """The antecedent of "he"/"she" in the sentence after the last person named: the
    person a reporting verb of that sentence gives as its speaker, else its subject when
    that is a person ("Starmer flew to Kyiv to meet Zelensky. He will announce ..." ->
    Starmer; "... Britain would add £500m, he told reporters" -> Starmer), else the last
    person named; a pronoun opening the sentence prefers the subject."""
    text = ctx.text
    sent = sentence_at(text, ref.start)
    if sent.end > pronoun or not re.fullmatch(
            r"\s*[“\"]?", text[sent.end : sentence_at(text, pronoun).start]):
        return ref  # not the sentence right before
    subject = SENTENCE_SUBJECT.match(text, sent.start, sent.end)
    first = next((n for n in ctx.mentions_in(sent.start, sent.end)
                  if n.kind == "person"), None)
    if subject is None or first is None or first is ref or not (
            subject.start("subj") <= first.start and first.end == subject.end("subj")):
        speaking = _speaking(ctx, sent, ref)
        if speaking is None and first is not None and first is not ref and re.fullmatch(
                r"\s*[“\"]?", text[sent.start : first.start]) and _APPOSED.match(
                    text, first.end) and re.fullmatch(r"\s*[“\"]?", text[sent.end : pronoun]):
            return first  # "Roe, on her first trip to Kyiv, met Lee. She said ...": Roe
        return speaking or ref
    if not re.fullmatch(r"\s*[“\"]?", text[sent.end : pronoun]):  # "..., he told reporters"
        bare = re.match(r"(?i:he|she)\b", text[pronoun : pronoun + 4])  # not "the PM"
        return _speaking(ctx, sent, ref) or (
            first if bare and not _clause_sides_with(ctx, ref, first, pronoun) else ref)
    return first


# A comma phrase set between a sentence's opening name and its verb ("Roe, on her first trip
# since taking office, held talks with ..."): the name is still the subject.
_APPOSED: Final = re.compile(r",\s+[^,;:.]{1,120},\s+(?:(?:has|had|also|then|later)\s+)?[a-z]+")


def _clause_sides_with(ctx: Document, ref: Name, first: Name, pronoun: int) -> bool:
    """True where the clause a closing "he/she said" reports names a country that ``ref``
    (the last person named) serves on the publication day and the sentence subject ``first``
    does not ("A hosted B. B's country needs €80m, he said" -> B)."""
    text = ctx.text

    def org(name: Name) -> str | None:
        person = ctx.people.resolve(name.name)
        return person.org_on(ctx.published) if person is not None else None

    side = org(ref)
    if side is None or side == org(first):
        return False
    here = sentence_at(text, pronoun)
    return any(m.kind == "actor" and m.name == side
               for m in ctx.mentions_in(here.start, pronoun))


def _speaking(ctx: Document, sent: Sentence, ref: Name) -> Name | None:
    """The person a reporting verb of the sentence before gives as its speaker, named
    before the last person ``ref`` ("Poland sent ..., Minister Jo Roe said after hosting
    his counterpart Tim Poe. It is worth €2m, he told reporters" -> Jo Roe); None if none."""
    for a in sentence_attributions(ctx, sent):
        if a.text_end <= ref.start and a.speaker != ref.name and "," not in a.speaker and (
                ctx.actors.resolve(a.speaker) is None):
            return Name(a.text_start, a.text_end, a.speaker, "person", "person")
    return None


def _subject_list(ctx: Document, head: Name, lo: int) -> list[Name]:
    """A coordinated list of actors ending in ``head``: "Canada, Germany and Poland"."""
    out = [head]
    if head.kind != "actor":
        return out
    for m in reversed(ctx.mentions_in(lo, head.start)):
        gap = ctx.text[m.end : out[-1].start]
        if m.kind == "actor" and re.fullmatch(  # "A, B and the Government of Ukraine"
                r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?(?:(?i:government)\s+of\s+(?:the\s+)?)?",
                gap):
            out.append(m)
        else:
            break
    # "... from the IMF, Reuters reported", "cash came from the Netherlands, Denmark and
    # Canada, Prague says": a list after a preposition is an earlier phrase's object; the
    # subject is the name before the verb alone
    if len(out) > 1 and _OBJECT_BEFORE.search(ctx.text, max(lo, out[-1].start - 12),
                                              out[-1].start) and not (
            _AUTHORS_BY.search(ctx.text, max(lo, out[-1].start - 60), out[-1].start)):
        return [head]  # (not the authors of a document: "an assessment by A, B and C put")
    return out[::-1]


# A document's authors after "by": "the joint assessment by the World Bank, the EU and ...".
_AUTHORS_BY: Final = re.compile(
    r"(?<![\w-])(?:assessment|report|study|analysis|estimate|survey|review|statement"
    r"|calculations?|data|figures)"
    r"(?:,?\s+(?:(?:jointly|together)\s+)?(?:prepared|published|compiled|produced"
    r"|conducted|released|developed|undertaken|drawn\s+up|carried\s+out)"
    r"(?:\s+[\w-]+){0,3}?)?"  # "published in February by", "prepared
    r"\s+by\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?$",  # last autumn by"
    re.IGNORECASE)

# A preposition right before a name: the name is an object, not a speaker ("aid for Ukraine,
# Berlin said"; "financing from the IMF, Reuters reported").
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:from|for|to|in|at|with|by|of|on|into|against)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)


# An estimate stated by its subject: "the agency has put the cost of repairs at
# $80bn", "Kyiv officials have put the shortfall at", "pegged the cost at" (the figure
# follows "at"/"in"); read as "X estimated".
ESTIMATE = re.compile(
    r"""(?<![\w-])(?:puts?|putting|pegged|pegs|pegging|calculated|calculates|valued|values
        |assessed|assesses|projected|projects|forecast|forecasts)
        (?=\s+(?!(?:in|on|off|up|out|forward|together)\b)[^.;:“”"]{1,80}?
        \s(?:at|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:hundreds|tens|billions|millions
        |trillions|half|[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s|\d))""",
    re.VERBOSE,
)
# A figure its subject gives for a thing named before ("the finance ministry describes it
# as about $3bn", "officials gave the loan's value as $2bn", "the agency cites the
# total as", "Reuters puts it closer to $3.3bn"; wire and explainer copy comparing sources'
# numbers): read as "X estimated", like ``ESTIMATE``.
ESTIMATE_AS = re.compile(
    r"""(?<![\w-])""" + RESTATING_VERBS + r"""
        (?=\s+(?:it|them|this|that|the\s+(?:(?!as\s)[^.;:“”"]){1,60}?)
        \s(?:as(?:\s+(?:worth|being|totall?ing|amounting\s+to))?|(?:closer|close|nearer)\s+to)
        \s+(?!(?:much|many|little|high|large)\s)  # not "gave them as much as $5m"
        (?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:hundreds|tens|billions|millions|trillions|half
        |[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s|\d))""",
    re.VERBOSE,
)
# A figure given as its owner's estimate, the owner in the possessive: "the Pentagon's own
# tally is now north of $X", "the Bank's latest estimate stands at $X", "the institute's
# all-donor figure was $X", "shows the Bank's latest estimate: $X" (explainers, newsletters,
# week-in-review copy); read as "according to <owner>", for what follows.
OWNED_ESTIMATE: Final = re.compile(
    r"""['’]s?\s+(?:(?:own|latest|last|updated|new|preliminary|official|final|current
        |[\w]+-[\w]+|"[^"]{1,30}"|“[^”]{1,30}”)\s+){0,3}
        (?:estimates?|tally|count|figures?|forecasts?|assessments?|calculations?|reckoning
        |projections?)(?![\w-])
        (?=[^.;“”"]{0,80}?(?:\s(?:is|was|stands|stood|reached|reaches|puts|put|of)\s|:\s))""",
    re.VERBOSE,
)
# A figure its subject characterises ("McKay described the $300 million as a first
# slice", "the minister presented the C$50 million as part of a larger envelope", "she
# called the €2bn a floor"): the subject speaks of the figure that follows the verb.
DESCRIBED_AS: Final = re.compile(
    r"""(?<![\w-])(?:described|describes|presented|presents|characteri[sz]ed|characteri[sz]es
        |hailed|hails|portrayed|portrays)
        (?=\s+(?:the|a|an|this|that|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?
        (?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)[^.;:“”"]{0,60}?\sas\s)""",
    re.VERBOSE,
)
# The same estimate in the passive, its author after "by": "a funding shortfall estimated by
# Chisinau at roughly $2 billion", "damage put by the World Bank at $411bn".
ESTIMATE_BY = cued(re.compile(
    r"""(?<![\w-])(?:estimated|put|pegged|calculated|valued|assessed|projected|forecast)
        \s+by\s+""",
    re.VERBOSE,
))

# A figure's statement in the passive, its author after "by": "as reported by Reuters",
# "the package, announced by the Pentagon, ...", "confirmed by the State Department".
_PASSIVE_BY: Final = cued(re.compile(
    r"(?<![\w-])(?:as\s+)?(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?"
    r"(?P<verb>reported|announced|confirmed|stated|disclosed|revealed|published)"
    r"(?:\s+\w+ly)?\s+by\s+", re.IGNORECASE))

# The subject of a clause: capitalized words at its start (or after an introductory phrase
# and a comma) followed by a lower-case verb ("In April, Marles visited ..."); the same at
# the start of a sentence.
_SUBJECT: Final = r"""
        (?P<subj>(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’.\-]*)
        \s+(?:(?:has|have|had|also|then|later|since|again)\s+)*[a-z]+\b"""
CLAUSE_SUBJECT = re.compile(r"(?:^|(?<=,\s)|(?<=^\s))" + _SUBJECT, re.VERBOSE | re.MULTILINE)
SENTENCE_SUBJECT = re.compile(_SUBJECT, re.VERBOSE)

# An apposition or relative clause between a subject and its reporting verb, set off by
# commas: "Sunak, who opened the conference, said", "Healey, the defence secretary, said",
# "Jo Roe, speaking alongside President Ann Lee at a press conference, said" (the summit
# press-conference family).
APPOSITION = re.compile(
    r""",\s+(?:who|which|whose|speaking|writing|addressing|standing|[a-z]+ing|the|a|an|his
              |her|its|their|then|now|also)\b
        (?:(?![$€£]|\d[\d.,]*\s*(?:bn|billion|million|mn|trillion|m)\b)[^,;:“”"()]){1,90}
        ,\s*$""",  # no money inside: "covering the period to December 2024" is one
    re.VERBOSE | re.IGNORECASE,
)


# The same set off by a participle with a name set off inside it: "<Leader>, speaking
# beside his counterpart, <Name>, said", "<Leader>, meeting <a leader of a country> and
# <a title>, <Name>, announced" (not "..., the head of the region, Jo Roe, said": there the
# name is the subject).
NESTED_APPOSITION: Final = re.compile(
    r""",\s+[a-z]+ing\b[^,;:“”"()$€£]{1,120},\s+(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*
        ,\s*$""",
    re.VERBOSE,
)


# A sentence adverbial set off by commas between a subject and its reporting verb:
# "<country>, for its part, said", "the ministry, in turn, noted", "<capital>, meanwhile,
# said" (wire and European copy, round 8): the subject stands before it, as before an
# apposition.
ADVERBIAL_ASIDE: Final = re.compile(
    r""",\s+(?:for\s+(?:its|his|her|their|our|my)\s+part|in\s+(?:turn|response|reply|return)
        |meanwhile|however|though|too|in\s+(?:contrast|addition)|by\s+contrast
        |at\s+the\s+same\s+time|on\s+the\s+other\s+hand|separately|likewise)\s*,\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


def _left_edge(ctx: Document, pos: int, lo: int) -> int:
    """Extend a speaker's span leftwards over his title ("UK Defense Secretary ...")."""
    text = ctx.text
    while True:
        m = re.search(r"([\w'’.\-]+)\s+$", text[lo:pos])
        if not m:
            return pos
        word = m.group(1)
        plain = re.sub(r"['’]s$", "", word)
        if word[:1].isupper() or word.lower() in R.TITLE_WORDS or ctx.actors.resolve(plain):
            if word.lower() in R.NOT_NAMES:
                return pos
            pos = lo + m.start(1)
        else:
            return pos


def sentence_attributions(ctx: Document, sent: Sentence) -> list[Attribution]:
    """Every attribution in a sentence (hand-written rules, see the module docstring)."""
    out: list[Attribution] = []
    counted: list[Attribution] = []  # a tracker's count: the weakest, see R.TRACKER_VERBS
    attributed = None
    for v in VERB.finditer(ctx.text, sent.start, sent.end):
        if any(m.start < v.end() and v.start() < m.end
               for m in ctx.mentions_in(max(0, v.start() - 60), v.end() + 60)) and (
                v.group("verb")[:6].lower() != "quoted"):  # ("quoted by Interfax as saying")
            continue  # inside a name: "the United States"
        verb = " ".join(v.group("verb").lower().split())
        verb = "according to" if verb in ("per", "by") else (
            "quoted as saying" if verb.startswith("quoted by") else verb)
        if verb in _TRANSITIVE and (_OBJECT_AFTER.match(ctx.text, v.end())
                                    or not _ADDED_SPEECH.match(ctx.text, v.end())):
            continue  # "the U.S. adds $500 million in arms", "adds Patriot battery"
        if verb == "thanked" and (PASSIVE_BE.search(ctx.text, max(0, v.start() - 12),
                                                     v.start())
                                  or _THANKED_FOR_GIVING.match(ctx.text, v.end(), sent.end)
                                  or not _thanked_for_figure(ctx.text, v.end(), sent.end)):
            continue  # "Kyiv was thanked for ...": the thanked is no speaker; "thanked
            # Japan for allocating $X": the money is the object of the giver's verb;
            # "thanked Japan for its support and then asked for $X": not thanks for it
        if verb == "attributed to":  # "in a statement attributed to spokesman Jane Roe"
            found = _according_to(ctx, sent, v)
            attributed = found if found and ctx.actors.resolve(found.speaker) is None \
                else attributed
        else:
            found = (_according_to(ctx, sent, v) if verb == "according to"
                     else _said(ctx, sent, v, verb))
        if found is not None and verb in R.TRACKER_VERBS:
            found = _tracker_count(ctx, found)
            counted.extend([found] if found is not None else [])
        elif found is not None:
            out.append(found)
    if attributed is not None:  # the named person, not the body whose statement it is
        out = [a for a in out if a is attributed or ctx.actors.resolve(a.speaker) is None]
    out = [_cited(ctx, sent, a) for a in out]
    for v in [*ESTIMATE.finditer(ctx.text, sent.start, sent.end),  # "X put the bill at $Y"
              *ESTIMATE_AS.finditer(ctx.text, sent.start, sent.end),  # "X describes it as"
              *DESCRIBED_AS.finditer(ctx.text, sent.start, sent.end)]:  # "X presented $Y as"
        found = _said(ctx, sent, v, "estimated")
        if found is not None:
            out.append(replace(found, forward=True))
    if not out:  # "Jo Roe spoke on Monday, saying ...": the clause's subject
        for v in SPEAKING_PARTICIPLE.finditer(ctx.text, sent.start, sent.end):
            found = _coordinated(ctx, sent, v, "said", _PARTICIPLE_COMMA)
            if found is not None:
                out.append(found)
    for v in _PASSIVE_BY.finditer(ctx.text, sent.start, sent.end):  # "as reported by X"
        by = _by_agent(ctx, v.end(), sent.end)
        if by is None or is_title(ctx.text, by):
            person = _titled_person(ctx, v.end() - 1, sent.end)  # "announced by Defense
            if person is not None:                               # Secretary Jo Roe"
                out.append(Attribution(v.start(), person[2], "according_to", person[0],
                                       person[1], v.start(), person[2], False))
                continue
            agent = _GOVERNMENT_AGENT.match(ctx.text, v.end())  # "by the previous
            country = anaphor_country(ctx, v.end()) if agent else None  # government"
            if agent is not None and country is not None:
                out.append(Attribution(v.start(), agent.end(), "according_to", country,
                                       None, v.start(), agent.end(), False))
            continue
        group = _authors(ctx, ctx.mentions_in(by.start, sent.end), sent.end)
        who = _speaker_of(ctx, by) if len(group) == 1 else (  # "published jointly by A,
            ", ".join(sorted({a.name for a in group})), None)  # B and C"
        if who is not None:
            out.append(Attribution(v.start(), group[-1].end, "according_to", who[0], who[1],
                                   v.start(), group[-1].end, False))  # reports both ways
    for v in ESTIMATE_BY.finditer(ctx.text, sent.start, sent.end):  # "estimated by X at $Y"
        by = _by_agent(ctx, v.end(), sent.end)
        if by is None:
            continue
        who = _speaker_of(ctx, by)
        if who is not None and re.match(r"\s+(?:at|in)\s", ctx.text[by.end : by.end + 4]):
            out.append(Attribution(v.start(), by.end, "said", who[0], who[1], v.start(),
                                   by.end, False, forward=True))
    for v in ESTIMATE_AT_BY.finditer(ctx.text, sent.start, sent.end):  # "put at $Y by X"
        by = _by_agent(ctx, v.end(), sent.end)
        who = _speaker_of(ctx, by) if by is not None else None
        if by is not None and who is not None:
            out.append(Attribution(v.start(), v.end("verb"), "said", who[0], who[1],
                                   by.start, by.end, False, forward=True))
    for v in OWNED_ESTIMATE.finditer(ctx.text, sent.start, sent.end):  # "<X>'s tally is $Y"
        owner = next((m for m in ctx.mentions_in(max(sent.start, v.start() - 60), v.start())
                      if m.end == v.start() and m.kind in ("actor", "person")), None)
        who = _speaker_of(ctx, owner) if owner is not None else None
        if owner is not None and who is not None and not any(
                a.verb_end <= owner.start for a in out):  # "Jo Roe said the Bank's estimate
            out.append(Attribution(v.start(), v.end(), "according_to", who[0], who[1],  # of"
                                   owner.start, v.end(), False, forward=True))
    for v in _DOCUMENT_SUBJECT_VERBS.finditer(ctx.text, sent.start, sent.end):
        if not any(a.verb_start <= v.start() < a.verb_end for a in out):
            found = _document_subject(ctx, sent, v)  # "the GAO's review found $X"
            out.extend([found] if found is not None else [])
    source = _source_label(ctx, sent) or _dash_source(ctx, sent)
    if source is not None:
        out.append(source)
    if not out:  # "the <institute> records": only where no one else speaks
        out.extend(counted)
    if not out:  # "Prime Minister Jo Roe pledged $500 million": a person's announcement
        out.extend(_pledges(ctx, sent))
    return sorted(out, key=lambda a: a.verb_start)


def _tracker_count(ctx: Document, a: Attribution) -> Attribution | None:
    """A count ("records", "counted", "lists") as a statement only of a body ("the institute
    records", "the ministry lists"); a bare word before it that opens the name of a body
    named earlier in the article is that body ("the <City> Institute ... <City> counted").
    "Ukraine recorded a deficit", "Jo Roe counted the votes" are no statements."""
    actor = ctx.actors.resolve(a.speaker)
    if actor is not None:
        return a if actor.type == "body" else None
    written = [w for w in ctx.text[a.text_start : a.verb_start].split() if w[:1].isupper()]
    if len(written) != 1:  # as written: a heading's "What <City>" is no full name
        return None
    body = next((m.name for m in ctx.mentions_in(0, a.text_start)
                 if m.type == "body" and m.name.startswith(written[0] + " ")), None)
    return None if body is None else replace(a, speaker=body, speaker_role=None)


# A report citing its source: "..., Reuters reported, citing European Commission
# Vice-President Valdis Dombrovskis", "CNN said on Monday, quoting Defence Minister Jo Roe"
# (wire copy; guide v2.1: an attribution on an attribution is the named person's). Not
# "referring to X" or "with reference to X": those say what the words are about.
_CITING: Final = re.compile(
    r"[^.;:“”\"]{0,40}?,?\s+(?:citing|quoting)(?=\s)", re.IGNORECASE)


def _cited(ctx: Document, sent: Sentence, a: Attribution) -> Attribution:
    """The person a report cites after its verb (see above), else the report itself."""
    cite = _CITING.match(ctx.text, a.verb_end, sent.end)
    if cite is None:
        return a
    person = next((m for m in ctx.mentions_in(cite.end(), min(sent.end, cite.end() + 80))
                   if m.kind == "person"), None)
    titled = _titled_person(ctx, cite.end(), sent.end)
    if person is not None and re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,6}",
                                           ctx.text[cite.end() : person.start]):
        who = _speaker_of(ctx, person)
        if who is not None:
            return replace(a, speaker=who[0], speaker_role=who[1], label="according_to")
    elif titled is not None:
        return replace(a, speaker=titled[0], speaker_role=titled[1], label="according_to")
    return a


# A person's promise of a figure right after the verb ("Trudeau pledged $500 million",
# "Blinken pledged a further $1.3bn", "Sunak committed $3bn in guarantees") is announced by
# that person (guide v2.2: verbs not listed count). Not a perfect ("has pledged $5bn" states
# what stands), not a country's or body's promise ("Germany pledges €2bn" is its act), and
# not unveiling ("unveiled a £225 million package" is an act, no attribution: guide).
_PLEDGE: Final = cued(re.compile(
    r"""(?<![\w-])(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)
        (?:pledged|pledges|committed|commits|promised|promises|vowed)
        (?=\s+(?:(?:a|an|another|further|fresh|new|additional|extra|more|than|over|up|to
                 |some|about|around|roughly|nearly|almost|at|least|close|just)\s+){0,3}
            (?:[$€£¥]|[A-Z]{1,3}\$|(?:EUR|USD|GBP|CAD|JPY|CHF|SEK|NOK|DKK|PLN)\s?\d
              |\d(?![\d.,]*-)))""",  # money, not "a 28-point plan" (unveiling a plan says
    re.VERBOSE,                      # nothing: guide v2)
))


def _pledges(ctx: Document, sent: Sentence) -> list[Attribution]:
    """The people who announce a figure by promising it in the sentence (see above)."""
    out = []
    for v in _PLEDGE.finditer(ctx.text, sent.start, sent.end):
        found = _said(ctx, sent, v, "announced")
        if found is not None and all(  # one person, or two as one subject ("Jo Roe and
                ctx.actors.resolve(name) is None and (  # Al Doe unveiled $5m")
                    ctx.people.resolve(name) is not None or len(name.split()) >= 2)
                for name in found.speaker.split(", ")):
            out.append(replace(found, forward=True))
    return out


_ONLY_THE: Final = re.compile(r"(?:the\s+)?", re.IGNORECASE)
_BY_REACH: Final = 60  # characters from a by-phrase to its agent's name


def _by_agent(ctx: Document, pos: int, end: int) -> Name | None:
    """The name right after a by-phrase ending at ``pos`` ("reported by (the) X", "put at
    $Y by X"): the first name before ``end`` within :data:`_BY_REACH` characters, with at
    most "the" between; else None."""
    by = next(iter(ctx.mentions_in(pos, min(end, pos + _BY_REACH))), None)
    return by if by is not None and _ONLY_THE.fullmatch(ctx.text, pos, by.start) else None


# Reporting verbs that also take money or things as their object ("adds $500 million",
# "added another battery"), and what such an object opens with.
_TRANSITIVE: Final = frozenset(["add", "adds", "added"])
_THANKED_FOR_GIVING: Final = re.compile(r"\s[^.;:]{1,80}?\sfor\s+(?:(?-i:[a-z]+)ing)\s")
# "thanked <donor> for [the|its] ... <figure>": the figure inside the for-phrase
_THANKED_FOR_FIGURE: Final = re.compile(
    r"\s[^.;:]{1,80}?\sfor\s+(?P<object>[^;:]{0,80}?)(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)")
# What ends the for-phrase before a figure: a new clause ("and then", "but", a verb of asking)
_CLAUSE_AFTER_THANKS: Final = re.compile(
    r"(?<![\w-])(?:then|but|while|whereas|asked|asks|urged|urges|called|calls|requested"
    r"|requests|sought|seeks|appealed|appeals|pressed|presses|said|says|noted|added)(?![\w-])",
    re.IGNORECASE)


def _thanked_for_figure(text: str, pos: int, end: int) -> bool:
    """True where the figure after "thanked" at ``pos`` stands inside its for-phrase
    ("thanked Japan for the $X"), with no new clause between ("for its support and then
    asked for $X", "for their support; the US has given $X")."""
    m = _THANKED_FOR_FIGURE.match(text, pos, end)
    return m is not None and not _CLAUSE_AFTER_THANKS.search(m.group("object"))


# What follows "added" as a verb of saying: "that", a punctuation mark or quote ("..., he
# added.", "added: “...”"), the end, or a phrase of the occasion ("added in a statement").
_ADDED_SPEECH: Final = re.compile(
    r"\s*(?:that\b|[,.;:!?“”\"'—–-]|$|(?:in|on|at|during|after|via|when|while)\b)")
_OBJECT_AFTER: Final = re.compile(
    r"\s+(?:a|an|another|more|new|further|fresh|extra|its|their|up\s+to|some|about|around"
    r"|nearly|almost|over|[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)(?![\w-])|\s+[$€£¥\d]")


# A headline label that places someone ("Stubb in Kyiv:", "Scholz at the G7:", "Macron to
# Kyiv:") rather than naming the source of the line.
_PLACE_LABEL: Final = re.compile(r"\s(?:in|at|near|to|from|visits|meets|heads\s+to)\s")


# What follows the colon of a list item or a live blog's subhead that gives a figure
# ("Germany: €11bn over five years", "- United States: $20 billion", "Japan: around $3
# billion"): the label names the giver, not a source.
_FIGURE_FIRST: Final = re.compile(
    r"\s*(?:[a-z.]+\s+){0,3}(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)")


def _source_label(ctx: Document, sent: Sentence) -> Attribution | None:
    """A line opening with its source and a colon ("Kiel tracker: ...", "Pentagon: ...",
    "Source: Reuters"), as headlines and liveblog entries give it (guide v2.1)."""
    text = ctx.text
    label = re.match(r"(?:Source:\s+)?(?P<who>[^:\n]{2,40}):\s", text[sent.start : sent.end])
    if label is None:
        return None
    lo, hi = sent.start + label.start("who"), sent.start + label.end("who")
    turn = next((lab for lab in turn_labels(text) if lab.start == lo), None)
    if turn is not None:  # a transcript's turn label: its speaker, none for "REPORTER:"
        found = transcript_turn_attribution(ctx, lo)
        if found is not None or _unnamed(turn.label):
            return found
    if _PLACE_LABEL.search(label.group("who")):
        return None  # "Jo Roe in City A: ..." (live-blog labels): where, not who says it
    if _FIGURE_FIRST.match(text, sent.start + label.end(), sent.end):
        return None  # "- Canada: 5 billion Canadian dollars": a list item's giver
    names = [m for m in ctx.mentions_in(lo, hi) if m.kind in ("actor", "person")]
    if len(names) == 1 and names[0].name == recipient_name() and (names[0].start, names[0].end) == (
            lo, hi):  # "Ukraine: UN and partners seek $4.2bn" (UN, World Bank releases):
        return None   # the topic of the line, not its source
    if not names or not (re.fullmatch(r"(?:the\s+)?", text[lo : names[0].start], re.IGNORECASE)
                         or all(w.lower() in R.TITLE_WORDS  # "PM Jo Roe:", "FM Roe:"
                                for w in text[lo : names[0].start].split())) or (
            names[-1].end != hi):
        who = _label_name(ctx, label.group("who"), lo) if not names else None
    else:
        who = _speaker_of(ctx, names[0])
    if who is None:
        return None
    return Attribution(hi, hi + 1, "according_to", who[0], who[1], lo, hi + 1, False)


def _label_name(ctx: Document, label: str, at: int) -> tuple[str, str | None] | None:
    """A person the files do not list opening a line ("Svyrydenko: ...", "Finance Minister
    Jo Roe: ..."), not a section label ("Details:", "Background:"); None if none."""
    words = label.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in R.TITLE_WORDS
                                           for w in words) or any(
            w.lower().strip("'’s") in _HEADLINE_LABELS for w in words) or (
            len(words) > 1 and label.isupper()):  # "FACT CHECK:", "LIVE UPDATES:"
        return None
    name = _strip_titles(label, ctx.actors)
    if len(name.split()) == 1:
        full = _full_name(ctx.text, name, at, ctx.actors)
        name = full or (name if _lone_name(ctx.text, name, at) else "")
    return (name, None) if name else None


_DASH_SOURCE: Final = re.compile(
    r"""\s[–—-]\s*(?P<who>(?:[A-Z][\w'’.\-]*\s+(?:(?:of|the|von|der|de)\s+)*){0,3}
        [A-Z][\w'’.\-]*)[ \t]*$""",
    re.VERBOSE,
)


def _dash_source(ctx: Document, sent: Sentence) -> Attribution | None:
    """A headline closing on its source after a dash ("EU to give €5 billion more –
    Borrell", "Ukraine needs $40bn — IMF"; guide v2.1): a line without a full stop."""
    text = ctx.text
    if text[sent.end - 1 : sent.end] in ".!?\"”":
        return None
    dash = _DASH_SOURCE.search(text, sent.start, sent.end)
    if dash is None:
        return None
    lo, hi = dash.start("who"), dash.end("who")
    names = [m for m in ctx.mentions_in(lo, hi) if m.kind in ("actor", "person")]
    if names and names[0].start == lo and names[-1].end == hi and len(names) == 1:
        who = _speaker_of(ctx, names[0])
    else:
        name = _strip_titles(dash.group("who"), ctx.actors)
        if len(name.split()) == 1:  # the surname of a headline: the article's full name
            full = _full_name(text, name, len(text), ctx.actors)
            name = full or (name if _lone_name(text, name, lo)
                            and name.lower() not in _HEADLINE_LABELS else "")
        who = (name, None) if name and not names else None
    if who is None:
        return None
    return Attribution(dash.start(), lo, "said", who[0], who[1], dash.start(), hi, True)


_SOURCE_LINE: Final = re.compile(r"^Source:[ \t]*(?P<who>\S[^\n]*)$", re.MULTILINE)
_DETAILS: Final = re.compile(r"(?:^|\n)[ \t]*Details:", re.MULTILINE)


def source_line_attribution(ctx: Document, pos: int) -> Attribution | None:
    """The source an article names on a line of its own ("Source: press release of the
    Ministry of Finance", "Source: US Secretary of State Jo Roe during a speech ..."), as Ukrainian
    outlets lay out news: it states the headline and lead above it and the "Details:"
    paragraph after it (guide v2.1); None elsewhere or without such a line."""
    text = ctx.text
    line = _source_line(text)
    if line is None:
        return None
    if pos > line.start():
        para = _paragraph_start(text, pos)
        if para < line.end() or not _DETAILS.match(text, para) or _SOURCE_LINE.search(
                text, line.end(), pos):
            return None
    return _line_speaker(ctx, line.start("who"), line.end())


# A statement its authors sign in the first person at its opening ("We, the Ministers of
# the Nordic countries, declare ...", "We the Heads of State and Government of the North
# Atlantic Alliance ..."): the form of summit declarations and joint statements.
_WE_THE: Final = re.compile(
    r"(?:\A|\n)[ \t]*(?:\d{1,2}[.)]\s+)?(?:Today,[^\n,]{0,40},\s+)?[Ww]e,?\s+the\s+"
    r"(?P<who>(?:Leaders|Heads|Foreign|Finance|Defence|Defense|Ministers|Prime|Presidents)"
    r"[^,\n;:.“”\"]{3,140})")
# A line heading a statement with its author ("Statement attributable to the Pentagon Press
# Secretary", "Statement by Secretary of State Jo Roe on ...", "Joint Statement from the
# Leaders of ..."): it states the text below it, like a "Source:" line (guide v2.3).
_STATEMENT_LINE: Final = re.compile(
    r"^[ \t]*(?:Joint\s+)?Statement\s+(?:attributable\s+to|by|from)\s+"
    r"(?P<who>[^\n]{3,160}?)[ \t]*$", re.MULTILINE)
_SIGNED_WITHIN: Final = 1500  # characters from the start: the statement's opening


def signed_statement_attribution(ctx: Document, pos: int) -> Attribution | None:
    """The author of a statement line or the body signing a first-person statement (see
    above) for a figure after its opening that no one else states; None where the text is
    no such statement."""
    text = ctx.text
    line = _STATEMENT_LINE.search(text, 0, min(len(text), _SIGNED_WITHIN))
    if line is not None and pos > line.end():
        lo, hi = line.start("who"), line.end("who")
        body = next((m for m in ctx.mentions_in(lo, hi) if m.kind == "actor"), None)
        fallback = _speaker_of(ctx, body) if body is not None else None  # "the Pentagon
        return _line_speaker(ctx, lo, hi) or (Attribution(  # Press Secretary": the body
            lo, hi, "according_to", fallback[0], fallback[1], lo, hi, False)
            if fallback else None)
    found = _WE_THE.search(text, 0, min(len(text), _SIGNED_WITHIN))
    if found is None or pos < found.start("who"):
        return None
    body = next((m for m in ctx.mentions_in(found.start("who"), found.end("who"))
                 if m.kind == "actor"), None)  # "of the Group of Seven (G7) met ..."
    who = _speaker_of(ctx, body) if body is not None else None
    if who is None:
        return None
    lo, hi = found.start("who"), found.end("who")
    return Attribution(lo, hi, "said", who[0], who[1], lo, hi, False)


# A transcript's speaker labels: :mod:`.transcripts`.
_UNNAMED_TURNS: Final = frozenset(["q", "question", "moderator", "questioner", "reporter",
                                   "journalist", "audience", "participant", "operator"])


class _Turns(NamedTuple):
    """A document's transcript turns: their labels, the labels' starts, and who each names
    (:func:`_turn_speaker`; None for a label that names no one)."""

    labels: tuple[TurnLabel, ...]
    starts: tuple[int, ...]
    speakers: tuple[tuple[str, str | None] | None, ...]


# The last document's turns, kept for the next figure of the same document: a transcript's
# turns are resolved once per document, not once per figure.
_LAST_TURNS: dict[int, tuple[Document, _Turns]] = {}


def _document_turns(ctx: Document) -> _Turns:
    """``ctx``'s transcript turns; none where fewer than two labels name someone or go
    unnamed (people speak in turns: not "PICTURED:", "READ MORE:")."""
    hit = _LAST_TURNS.get(id(ctx))
    if hit is not None and hit[0] is ctx:
        return hit[1]
    labels = turn_labels(ctx.text)
    who = tuple(_turn_speaker(ctx, lab.label, lab.paren, lab.start, lab.role)
                for lab in labels)
    named = sum(1 for w, lab in zip(who, labels, strict=True)
                if w is not None or _unnamed(lab.label))
    turns = (_Turns(labels, tuple(lab.start for lab in labels), who) if named >= 2
             else _Turns((), (), ()))
    _LAST_TURNS.clear()
    _LAST_TURNS[id(ctx)] = (ctx, turns)
    return turns


def transcript_turn_attribution(ctx: Document, pos: int) -> Attribution | None:
    """The speaker whose transcript turn holds ``pos`` (see above); None outside a
    transcript or where the label names no one ("Q:")."""
    turns = _document_turns(ctx)
    k = bisect_right(turns.starts, pos) - 1
    if k < 0:
        return None
    who = turns.speakers[k]
    lo, hi = turns.labels[k].start, turns.labels[k].end
    return None if who is None else Attribution(lo, hi, "said", who[0], who[1], lo, hi,
                                                False)


@lru_cache(maxsize=64)
def _as_written(text: str, name: str) -> str:
    """``name`` as the text spells it outside capitals ("Jo McRoe" for "JO MCROE"), else
    as given (cached: a transcript's turns are read again for each of its figures)."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in name.split())
                         + r"(?![\w-])", re.IGNORECASE)
    found = next((m.group() for m in pattern.finditer(text) if not m.group().isupper()), None)
    return " ".join(found.split()) if found is not None else name


# A bare surname as a turn's label ("INSKEEP:", "O'BRIEN:"): the person only where the
# text names them in full (:func:`_full_name`), never a word of a heading alone.
_SURNAME_LABEL: Final = re.compile(r"[A-Z][A-Z'’\-]{2,}")


def _unnamed(label: str) -> bool:
    """A label of a turn whose speaker goes unnamed ("Q", "QUESTION")."""
    return label.lower().replace(".", "").strip() in _UNNAMED_TURNS


def _turn_speaker(ctx: Document, label: str, paren: str | None, at: int,
                  role: str | None = None) -> tuple[str, str | None] | None:
    """Who a turn's label names: the person in its brackets, a listed person, a full name
    with its role ("JO ROE, HOST:"), a surname the text or a role label names in full,
    else the one person the people file gives the label's role on the day (a person the
    text names first)."""
    if paren is not None:
        name = _strip_titles(paren.split(",")[0], ctx.actors)
        if len(name.split()) >= 2 and ctx.actors.resolve(name) is None:
            person = ctx.people.resolve(name)
            return name, person.role_on(ctx.published) if person else None
    words = label.title().replace("’S", "’s").replace("'S", "'s")
    if _unnamed(label):
        return None
    name = _strip_titles(words, ctx.actors)
    person = ctx.people.resolve(name) if name else None
    titled = name != words  # a name after a title ("PRESS SECRETARY JO ROE", "MR. ROE"),
    if person is None and role is not None and len(name.split()) >= 2:
        return _as_written(ctx.text, name), None  # "JO ROE, BYLINE:"
    if person is None and len(name.split()) == 1 and (titled or _SURNAME_LABEL.fullmatch(
            label)):  # not a heading ("READ MORE"); a bare surname ("ROE:") as a radio or
        full = _full_name(ctx.text, name, at, ctx.actors) or next(  # podcast transcript
            (_as_written(ctx.text, lab.label.title()) for lab in turn_labels(ctx.text)
             if lab.role is not None and len(lab.label.split()) >= 2
             and lab.label.split()[-1] == label), None)
        person = ctx.people.resolve(full) if full else None
        if person is None and full is not None:
            return full, None
    if person is None and (titled or not label.isupper()) and len(name.split()) >= 2:
        return name, None  # "PRESS SECRETARY JO ROE:", a title-case label "Jo Roe:"
    if person is None and not name:  # a role alone: "NATO SECRETARY GENERAL"
        named = {ctx.people.resolve(m.name) for m in ctx.mentions if m.kind == "person"}
        holders = ctx.people.holders(words, ctx.published)
        mentioned = [p for p in holders if p in named]
        pick = mentioned or holders
        person = pick[0] if len(pick) == 1 else None
    if person is None:
        return None
    return person.name, person.role_on(ctx.published)


# "This was stated by X", "This was reported by the press service of X": a sentence that
# attributes the one before it (Ukrainian wire style).
_THIS_WAS_BY: Final = re.compile(
    r"""[ \t]*(?:This|That|It|The\s+(?:information|news|decision|figure|amount))\s+
        (?:was|were|has\s+been|is)\s+(?:(?:first|also|earlier)\s+)?
        (?:stated|announced|reported|said|noted|confirmed|declared|disclosed|revealed
          |communicated|posted|written)\s+
        (?:(?:on|in)\s+[^,]{1,60}?\s+)?by\s+""",
    re.VERBOSE,
)


_NON_SPACE: Final = re.compile(r"\S")
_THIS_WORD: Final = re.compile(r"(?<![\w-])this(?![\w-])")
# A sentence that is only its source ("On March 10, reports the press office of X."): at
# most a date or a time word before the verb.
_ONLY_A_DATE: Final = re.compile(
    r"\s*(?:(?:On|In|Earlier|Later|Today|Yesterday|This)\b[^,.;:]{0,30},?\s*)?")
# A reporting verb whose object is "this": the sentence before is what was said.
_STATED_THIS: Final = re.compile(
    r"\s+this\s*(?:[.,;]|\s+(?:during|at|in|on|to|after|while|when|via|from|with)\b)")


def list_intro_attribution(ctx: Document, pos: int) -> Attribution | None:
    """The speaker of the sentence introducing a list, for a figure on one of its lines
    that no one else states ("The largest donors, according to <Body>:\n\n- <Country>:
    €X billion"; the family of explainers and trackers' summaries);
    None off such a list or where the introduction names no speaker."""
    line = list_line_at(ctx.text, pos)
    if line is None or line.lead is None or line.lead[0] < line.start - _LIST_INTRO_REACH:
        return None
    colon = line.lead[0]
    found = sentence_attributions(ctx, sentence_at(ctx.text, colon))
    return next((a for a in reversed(found) if a.verb_end <= colon + 1), None)


_LIST_INTRO_REACH: Final = 1500  # characters back from a list's line to its colon


def next_sentence_attribution(ctx: Document, sent: Sentence) -> Attribution | None:
    """The speaker a following sentence gives the figure's sentence ("Ukraine received
    $1 billion. This was stated by Finance Minister Jo Roe."); None if it gives none."""
    text = ctx.text
    if sent.end >= len(text):
        return None
    nxt = _NON_SPACE.search(text, sent.end)
    if nxt is None:
        return None
    by = _THIS_WAS_BY.match(text, nxt.start())
    if by is None:  # "Pentagon spokesman Jo Roe stated this during a briefing."
        after = sentence_at(text, nxt.start())
        if after.start <= sent.start:
            return None
        lead = _ONLY_A_DATE.match(text, after.start, after.end)
        if not (_THIS_WORD.search(text, after.start, after.end) or (
                lead is not None and VERB.match(text, lead.end(), after.end))):
            return None  # cheap test first: most next sentences attribute nothing back
        return next((a for a in sentence_attributions(ctx, after)
                     if (_STATED_THIS.match(text, a.verb_end) and not a.inverted) or (
                         a.inverted and _ONLY_A_DATE.fullmatch(text, after.start,
                                                               a.verb_start))), None)
    after = sentence_at(text, by.end())
    lead = _PRESS_SERVICE.match(text, by.end() - 1, after.end)  # "by the press service of"
    start = lead.end() if lead else by.end() - 1
    person = _titled_person(ctx, start, after.end)
    names = [m for m in ctx.mentions_in(start, min(after.end, start + 80))
             if m.kind in ("actor", "person")]
    if person is not None and not (names and names[0].start < start + 6
                                   and not is_title(text, names[0])):
        return Attribution(by.start(), by.end(), "said", person[0], person[1], by.start(),
                           person[2], False)
    who = _speaker_of(ctx, names[0]) if names else None
    if who is None:
        return None
    return Attribution(by.start(), by.end(), "said", who[0], who[1], by.start(), names[0].end,
                       False)


@lru_cache(maxsize=16)
def _source_line(text: str) -> re.Match[str] | None:
    """The first "Source:" line of a text (looked for once a text)."""
    return _SOURCE_LINE.search(text)


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts."""
    ends = paragraph_breaks(text)[1]
    k = bisect_right(ends, pos)
    return ends[k - 1] if k else 0


def _line_speaker(ctx: Document, lo: int, hi: int) -> Attribution | None:
    """Who a source line names: a name opening it, else a titled person, else the first
    body or country named ("statement by the Council of the EU")."""
    text = ctx.text
    names = [m for m in ctx.mentions_in(lo, hi) if m.kind in ("actor", "person")]
    first = names[0] if names else None
    if first is not None and re.fullmatch(r"(?:the\s+)?", text[lo : first.start],
                                          re.IGNORECASE) and not is_title(text, first):
        who = _speaker_of(ctx, first)
    else:
        person = _titled_person(ctx, lo - 1, hi) if text[lo - 1 : lo].isspace() else None
        who = (person[0], person[1]) if person is not None else next(
            (_speaker_of(ctx, m) for m in names if not is_title(text, m)), None)
    if who is None:
        return None
    return Attribution(lo, hi, "according_to", who[0], who[1], lo, hi, False)


def _according_to(ctx: Document, sent: Sentence, v: re.Match[str],
                  label: str = "according_to") -> Attribution | None:
    """"according to X": X named within a few words after the cue, or as the author of a
    document ("according to a summary released by X", "according to data from X")."""
    text = ctx.text
    media = _MEDIA_AFTER.match(text, v.end(), sent.end)
    if media is not None and _is_country_word(ctx, media.group("dem")):
        return Attribution(v.start(), v.end(), label, f"{media.group('dem')} media", None,
                           v.start(), media.end(), False)
    owned = _COUNTRY_DOCUMENT.match(text, v.end(), sent.end)  # "the Russian draft budget"
    country_of = _country_of_word(ctx, owned.group("dem")) if owned else None
    if owned is None:  # "<country>'s <outlays> ..., according to its <document>"
        owned = _ITS_DOCUMENT.match(text, v.end(), sent.end)
        owner = next((m for m in reversed(ctx.mentions_in(sent.start, v.start()))
                      if m.kind == "actor" and m.type == "country"
                      and text.startswith(("'s", "’s"), m.end)), None) if owned else None
        country_of = owner.name if owner is not None else None
    if owned is not None and country_of is not None:
        return Attribution(v.start(), v.end(), label, country_of, None, v.start(),
                           owned.end(), False)
    official = _OFFICIAL_FIGURES.match(text, v.end(), sent.end) or _BARE_OFFICIAL_AFTER.match(
        text, v.end(), sent.end)
    if official is not None:
        congress = ctx.actors.resolve("Congress")
        country = (congress.name if congress and official.groupdict().get("adj", "").lower()
                   == "congressional" else _context_country(ctx.mentions))
        if country is not None:
            return Attribution(v.start(), v.end(), label, country, None, v.start(),
                               official.end(), False)
    doc = _DOCUMENT_BY.match(text, v.end(), sent.end)
    cue_end = doc.end() if doc else v.end()
    relative = re.match(r"\s+(?:which|whom|whose|what|this|it|them)\b",
                        text[v.end() : v.end() + 12])
    medium = None if relative else _MEDIUM_NAMED.match(text, cue_end, sent.end)
    if medium is not None:  # "according to the news site Onet", "the daily Kommersant"
        name = medium.group("name").rstrip(".")  # not the sentence's full stop
        known = next(iter(ctx.mentions_in(medium.start("name"), medium.end("name"))), None)
        who = _speaker_of(ctx, known) if known is not None else None
        return Attribution(v.start(), v.end(), label, who[0] if who else name, None,
                           v.start(), medium.start("name") + len(name), False)
    after = [m for m in ctx.mentions_in(cue_end, sent.end) if m.start - cue_end < 40]
    gap_ok = after and re.fullmatch(
        r"\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,4}", text[cue_end : after[0].start]
    )
    him = re.match(r"\s+(?:him|her)\b", text[v.end() : v.end() + 6])
    if him:  # "According to him, ...": the person the pronoun points back to
        who = _speaker_of(ctx, Name(v.end() + 1, v.end() + him.end(), "", "pronoun",
                                    "person"))
        return Attribution(v.start(), v.end(), label, who[0], who[1], v.start(),
                           v.end() + him.end(), False) if who else None
    if after and gap_ok and (after[0].kind != "pronoun" or after[0].end - after[0].start > 3
                             ) and not relative:  # "according to the minister", not "him"
        first_word = re.match(r"\s+(?:the\s+)?([\w-]+)", text[cue_end : cue_end + 40])
        person = _titled_person(ctx, cue_end, sent.end) if after[0].kind == "actor" and (
            is_title(text, after[0]) or (first_word is not None and first_word.group(1).lower()
                                         in R.TITLE_WORDS)) else None
        if person is not None:  # "according to Pentagon spokesman John Kirby"
            return Attribution(v.start(), v.end(), label, person[0], person[1], v.start(),
                               person[2], False)
        authors = _authors(ctx, after, sent.end) if doc is not None else [after[0]]
        who = _speaker_of(ctx, authors[0]) if len(authors) == 1 else (
            ", ".join(sorted({a.name for a in authors})), None)
        if who:
            return Attribution(v.start(), v.end(), label, who[0], who[1],
                               v.start(), authors[-1].end, False)
    titled = _NAMED_DOCUMENT_BY.match(text, v.end(), sent.end)
    authors = [n for n in ctx.mentions_in(titled.end(), min(sent.end, titled.end() + 60))
               if n.start - titled.end() < 6] if titled else []
    if authors and authors[0].kind == "actor":  # "according to the <Title> (<acronym>),
        group = _authors(ctx, authors, sent.end)  # released jointly by <A>, <B> and <C>"
        return Attribution(v.start(), v.end(), label,
                           ", ".join(sorted({a.name for a in group})), None, v.start(),
                           group[-1].end, False)
    person = None if relative else _titled_person(ctx, cue_end, sent.end)
    if person is not None:  # a person the people file does not list: "according to
        return Attribution(v.start(), v.end(), label, person[0], person[1], v.start(),
                           person[2], False)  # Minister Jane Doe", "to spokesman Jo Roe"
    named = _THE_DOCUMENT.match(text, v.end(), sent.end)  # "according to the assessment"
    by = _document_authors(ctx, named.group("noun"), v.start()) if named else None
    return None if by is None or named is None else Attribution(
        v.start(), v.end(), label, by, None, v.start(), named.end(), False)


# A document named by its title, then its authors: "according to the <Title> (<acronym>),
# <published|released> (jointly) by <A>, <B> and the Government of <country>" (the damage
# assessments' and trackers' reports).
_NAMED_DOCUMENT_BY: Final = re.compile(
    r"""\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s+(?:(?:and|of|for|on)\s+)?){1,8}?
        (?:Assessment|Report|Survey|Review|Study|Analysis|Tracker|Outlook|Monitor)
        (?:\s*\([^()]{1,20}\))?,?\s+(?:(?:released|published|prepared|compiled|produced
        |issued|conducted|undertaken|carried\s+out)(?:\s+(?:jointly|together))?
        |(?:jointly|together)\s+(?:released|published|prepared|compiled|produced|issued
        |conducted|undertaken|carried\s+out))\s+by\s+""",
    re.VERBOSE,
)


# A document named again by its noun ("the assessment", "the latest report", "the first
# <noun>, in <date>,"): its authors are those named with it before ("a joint <noun> by
# <A>, <B> and <C>"); the family of damage assessments, audits and trackers' reports.
_DOC_NOUNS: Final = r"(?:assessment|report|study|analysis|survey|review|audit|tally)"
_THE_DOCUMENT: Final = re.compile(
    rf"\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_DOC_NOUNS})s?"
    r"(?=\s*[,.;:]|\s*$)", re.IGNORECASE)
_DOCUMENT_SUBJECT: Final = re.compile(
    rf"(?:^|(?<=\s))(?:the|its|their|this|that)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_DOC_NOUNS})(?:\s*,[^,;:]{{1,40}},)?\s+(?:(?:also|has|have|had|now)\s+)?$",
    re.IGNORECASE)
_AUTHORED: Final = re.compile(
    rf"(?<![\w-])(?P<noun>{_DOC_NOUNS})s?\s+(?:(?:released|published|prepared|produced"
    r"|compiled|issued|conducted|carried\s+out)\s+(?:(?:on|in|last|this)\s+)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?)?(?:(?:jointly|together)\s+)?by\s+",  # "released Thursday by"
    re.IGNORECASE)
_DOCUMENT_REACH: Final = 3000  # characters back to where the document was named
# A document named with its author before it: the author's own ("the GAO's latest review",
# "a World Bank report", "an IMF staff assessment") or the author's act of putting it out
# ("the CBO published its analysis", "the institute has released a new study").
_OWN_DOCUMENT: Final = re.compile(
    rf"\s+(?:(?:has|have|had)\s+)?(?:published|releases|released|issued|publishes"
    rf"|put\s+out)\s+(?:its|their|a|an|the)\s+(?:(?-i:[a-z][\w-]*)\s+){{0,3}}?"
    rf"(?P<put_out>{_DOC_NOUNS})(?![\w-])"
    rf"|(?:['’]s)?\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?P<noun>{_DOC_NOUNS})(?![\w-])",
    re.IGNORECASE)


def _own_documents(ctx: Document, lo: int, hi: int) -> list[tuple[int, str, Name]]:
    """(end, noun, author) of every document named after its author in ``lo..hi`` (see
    ``_OWN_DOCUMENT``): an actor whose words around the document noun hold no verb of saying."""
    out = []
    for m in ctx.mentions_in(lo, hi):
        if m.kind != "actor":
            continue
        own = _OWN_DOCUMENT.match(ctx.text, m.end, hi)
        if own is None or (own.group("noun") and any(
                w.lower() in R.ATTRIBUTION_VERBS for w in ctx.text[m.end : own.end()].split())):
            continue
        out.append((own.end(), (own.group("noun") or own.group("put_out")).lower(), m))
    return out


def _document_authors(ctx: Document, noun: str, pos: int) -> str | None:
    """The authors named with the last document of this noun before ``pos`` (see above),
    joined; None if no such document was named with its authors."""
    text = ctx.text
    last = None
    for m in _AUTHORED.finditer(text, max(0, pos - _DOCUMENT_REACH), pos):
        if m.group("noun").lower() == noun.lower():
            last = m
    own = [d for d in _own_documents(ctx, max(0, pos - _DOCUMENT_REACH), pos)
           if d[1] == noun.lower()]
    if own and (last is None or own[-1][0] > last.end()):
        who = _speaker_of(ctx, own[-1][2])
        return who[0] if who is not None else None
    if last is None:
        return None
    after = [n for n in ctx.mentions_in(last.end(), min(pos, last.end() + 200))
             if n.start - last.end() < 6]
    if not after or after[0].kind != "actor":
        return None
    names = sorted({a.name for a in _authors(ctx, after, sentence_at(text, last.end()).end)})
    return ", ".join(names)


# A government named by its noun alone, as a speaker (a month or time before "the
# government said", a passive's agent "by the previous government", "the administration
# says"): the country named before it (guide v2: a government speaks as its country). The
# nouns are the donors stage's ``collective_anaphors``; the one word allowed before the noun
# is lower-case ("previous", "federal"), so a demonym or country word ("the Russian
# government") names another country and is left to the other rules.
_GOVERNMENT: Final = (r"(?:the|its|his|her|their)\s+(?:(?-i:[a-z]+)\s+)?"
                      rf"(?:{words_alternation(cues().raw['collective_anaphors'])})")
_GOVERNMENT_SUBJECT: Final = re.compile(
    rf"(?:^|(?<=\s)){_GOVERNMENT}\s+(?:(?:has|have|had|also|then|now|later)\s+)*$",
    re.IGNORECASE)
_GOVERNMENT_AGENT: Final = re.compile(rf"{_GOVERNMENT}(?![\w-])", re.IGNORECASE)


def _government_said(ctx: Document, sent: Sentence, v: re.Match[str],
                     verb: str) -> Attribution | None:
    """The country of a government that is the subject of a reporting verb (see above)."""
    named = _GOVERNMENT_SUBJECT.search(ctx.text, max(sent.start, v.start() - 60), v.start())
    country = anaphor_country(ctx, named.start()) if named else None
    if country is None or named is None:
        return None
    return Attribution(v.start(), v.end(), R.ATTRIBUTION_VERBS.get(verb, "said"), country,
                       None, named.start(), v.end(), False)


# Verbs of finding whose subject is a document: "the audit found", "the review concludes",
# "the report identified" (GAO, IMF and World Bank copy; wire stories on audits). Only with a
# document as subject: a person or a country that "found" money is no statement.
_FINDING_VERBS: Final = ("found", "finds", "concluded", "concludes", "identified", "identifies")
# Verbs of counting or estimating, which speak for a document only with its author named.
_COUNTING_VERBS: Final = ("tallied", "tallies", "counted", "counts", "puts", "put", "pegs",
                          "pegged", "shows", "showed", "estimated", "estimates", "says", "said")


def _verbs(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` as a whole word."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")


_FINDING: Final = _verbs(_FINDING_VERBS)
# An author's document as subject with a date or a participle's date after the noun ("A
# <body> report released on <weekday> puts", "a <body> review in <month> tallied").
_DATED_DOCUMENT: Final = re.compile(
    r"(?:,?\s+(?:(?:released|published|issued|out|completed|presented|dated)\s+)?"
    r"(?:(?:on|in|last|this|earlier)\s+)"
    r"(?:[A-Z][a-z]+\.?|week|month|year)(?:\s+\d{1,4})?,?)?\s+(?:(?:also|has|have|had|now)\s+)?$")
_DOCUMENT_SUBJECT_VERBS: Final = _verbs(_FINDING_VERBS + _COUNTING_VERBS)


def _document_subject(ctx: Document, sent: Sentence, v: re.Match[str]) -> Attribution | None:
    """The author of a document that is the subject of ``v`` (see ``_FINDING``): the
    author's own document ("the GAO's audit found", "a World Bank report released on
    Monday puts"), or one named again ("the report found") after its author was named."""
    for end, _noun, author in reversed(_own_documents(ctx, max(sent.start, v.start() - 80),
                                                      v.start())):
        if _DATED_DOCUMENT.match(ctx.text, end, v.start()) is not None:
            who = _speaker_of(ctx, author)
            return None if who is None else Attribution(
                v.start(), v.end(), "said", who[0], who[1], author.start, v.end(), False)
    return _document_said(ctx, sent, v, "said") if _FINDING.match(v.group()) else None


def _document_said(ctx: Document, sent: Sentence, v: re.Match[str],
                   verb: str) -> Attribution | None:
    """A document named again as the subject of a verb ("The <ordinal> <noun>, in <date>,
    put <what> at ...", "the report says"): its authors."""
    named = _DOCUMENT_SUBJECT.search(ctx.text, max(sent.start, v.start() - 80), v.start())
    authors = _document_authors(ctx, named.group("noun"), v.start()) if named else None
    if authors is None or named is None:
        return None
    return Attribution(v.start(), v.end(), R.ATTRIBUTION_VERBS.get(verb, "said"), authors,
                       None, named.start(), v.end(), False)


# Between two authors of one document: "the <demonym> government, <A> and <B>" (a demonym's
# "government" or "authorities" goes with its country).
_AUTHOR_GAP: Final = re.compile(
    r"(?:\s+(?:government|authorities|cabinet|institutions))?\s*(?:,|,?\s+and|&)\s*"
    r"(?:the\s+)?(?:(?i:government|authorities)\s+of\s+(?:the\s+)?)?")  # "the Government
# of Ukraine"



def _authors(ctx: Document, after: list[Name], stop: int) -> list[Name]:
    """The bodies a document is by ("a joint <noun> by the <demonym> government, <A>, <B>
    and <C>": several bodies speaking together); a country owning the body after it is not
    one ("by <country>'s <institute>")."""
    text = ctx.text
    first = after[0]
    if len(after) > 1 and after[1].kind == "actor" and re.fullmatch(
            r"['’]s\s+", text[first.end : after[1].start]):
        return [after[1]]
    out, closed = [first], 1  # the list ends on its "and" ("by A, B and C, Italy said")
    for m in ctx.mentions_in(first.end, stop):
        gap = _AUTHOR_GAP.fullmatch(text, out[-1].end, m.start)
        if m.kind != "actor" or out[-1].kind != "actor" or gap is None:
            break
        out.append(m)
        closed = len(out) if re.search(r"\band\b|&", gap.group()) else closed
    return out[:closed]


# A medium the files do not list, named after what it is: "the news site Onet", "the daily
# Kommersant", "the Polish broadcaster Polsat", "the news agency Kyodo" (guide v2: a medium
# cited as the source is the medium).
_MEDIUM_NAMED: Final = re.compile(
    r"""\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:(?:private|public|state|online|independent)
        \s+)?(?:news\s+(?:site|website|portal|agency|outlet|channel)|newspaper|daily|weekly
          |broadcaster|tabloid|magazine|website|portal|outlet|agency|channel|TV\s+channel)
        \s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})(?![\w'’-])""",
    re.VERBOSE,
)


_TITLED: Final = re.compile(
    rf"""\s+(?:(?:the|a|an)\s+)?
    (?P<name>(?:(?:[A-Z][\w'’.\-]*|(?:{alternation(R.TITLE_WORDS)})
                 |(?:of|for)(?:\s+the)?)\s+){{0,7}}  # "the head of the EU delegation X"
             [A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)""",
    re.VERBOSE,
)


def _titled_person(ctx: Document, pos: int, stop: int) -> tuple[str, str | None, int] | None:
    """A person named after ``pos`` behind titles and a body ("Pentagon spokesman John
    Kirby", "spokesman Jo Roe", "Minister Jane Doe"): (name, role, end); None if the words
    name no person."""
    m = _TITLED.match(ctx.text, pos, min(stop, pos + 120))
    if m is None:
        return None
    lo, hi = m.start("name"), m.end("name")
    people = [n for n in ctx.mentions_in(lo, hi) if n.kind == "person"]
    if people:
        who = _speaker_of(ctx, people[0])
        return (who[0], who[1], people[0].end) if who else None
    name = _strip_titles(m.group("name").rstrip(".,"), ctx.actors)
    if len(name.split()) >= 2:
        return name, None, hi
    apposed = _APPOSED_NAME.match(ctx.text, hi, stop)  # "the President of Finland, Jo Roe,"
    if apposed is not None and not _strip_titles(m.group("name"), ctx.actors).strip():
        who = next((_speaker_of(ctx, n) for n in ctx.mentions_in(apposed.start("name"),
                    apposed.end("name")) if n.kind == "person"), None)
        return (who[0], who[1], apposed.end("name")) if who else (
            apposed.group("name"), None, apposed.end("name"))
    return None


_APPOSED_NAME: Final = re.compile(
    rf",\s+(?P<name>[A-Z][\w'’\-]+(?:\s+(?:{NAME_PARTICLES}\s+){{0,2}}[A-Z][\w'’\-]+){{1,3}})"
    r"(?=\s*[,.;]|\s*$)")


# A document between "according to" and its author: "according to a summary released by",
# "according to figures published by", "according to data from", "according to the latest
# report of", "according to the latest needs assessment, coordinated by"; the damage
# assessments' coordinators: AP and World Bank copy) (the author follows).
_DOCUMENT_BY: Final = re.compile(
    r"""\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,5}?)?
        (?:summary|statement|report|document|documents|data|figures|estimate|estimates
          |assessment|analysis|release|readout|tally|calculations?|survey|study|letter
          |memo|fact\s+sheet|breakdown|list|budget|projections?|forecast|review|audit)
        (?:,?(?:\s+(?:jointly|together))?
           \s+(?:released|published|issued|prepared|compiled|provided|posted|seen|cited
                |obtained|circulated|distributed|shared|sent|conducted|produced
                |carried\s+out|coordinated|co-ordinated|led|commissioned)(?:\s+\w+ly)?
           (?:\s+(?:on|in|last|this|earlier|late)(?:\s+[A-Z]?[a-z]+){1,2})?)?  # "on Thursday"
        \s+(?:by|from|of)(?=\s)""",
    re.VERBOSE | re.IGNORECASE,
)


def _said(ctx: Document, sent: Sentence, v: re.Match[str], verb: str) -> Attribution | None:
    """A reporting verb's speaker: its subject, else "said X", else an unknown name before;
    two people as one subject ("Mélanie Joly and Anita Anand announced") both."""
    found = _said_one(ctx, sent, v, verb) or _document_said(ctx, sent, v, verb) or (
        _government_said(ctx, sent, v, verb))
    if found is None or found.inverted or "," in found.speaker or ctx.actors.resolve(
            found.speaker) is not None:
        return found
    partner = _partner(ctx, sent, found.text_start)
    if partner is None or partner[0] == found.speaker:
        return found
    return replace(found, speaker=", ".join(sorted([found.speaker, partner[0]])),
                   speaker_role=None, text_start=partner[1])


_TITLE_RUN: Final = re.compile(
    rf"""(?:(?<=\s)(?:(?i:{alternation(R.TITLE_WORDS)}
          |then|acting|outgoing|incoming|the|his|her|newspaper|daily|weekly|magazine|agency
          |broadcaster|channel|outlet|website|tabloid|site|portal)|[A-Z][\w'’.\-]*
          # any portfolio word before "minister" ("trade minister", "veterans minister")
          |[a-z][\w\-]*(?=\s+(?i:minister|secretary|commissioner)\s))\s+)+$""",
    re.VERBOSE,
)


def _partner(ctx: Document, sent: Sentence, left: int) -> tuple[str, int] | None:
    """A person joined by "and" before a person subject ("Joly and then defence minister
    Anand"): name and where it starts; None if none."""
    text = ctx.text
    titles = _TITLE_RUN.search(text, sent.start, left)
    pos = titles.start() if titles else left
    conj = re.search(r"\s+and\s+$", text[sent.start : pos])
    if conj is None:
        return None
    end = sent.start + conj.start()
    person = next((m for m in reversed(ctx.mentions_in(sent.start, end)) if m.end == end), None)
    if person is not None:
        who = _speaker_of(ctx, person) if person.kind == "person" else None
        return (who[0], person.start) if who else None
    named = NAME_BEFORE.search(text, sent.start, end)
    if named is None or named.group().endswith(","):
        return None
    name = _strip_titles(named.group("name"), ctx.actors)
    if len(name.split()) == 1:
        name = _full_name(text, name, sent.start, ctx.actors) or ""
    return (name, named.start("name")) if len(name.split()) >= 2 else None


# Verbs a document states with ("<Tracker> data show", "figures released by X showed"), and
# the documents.
_DOCUMENT_VERBS: Final = frozenset(["show", "shows", "showed"])
_DOCUMENT_NOUN: Final = re.compile(
    r"(?<![\w-])(?:data|figures|statistics|report|tally|tracker|survey|records|estimates"
    r"|calculations|release|documents?|numbers|update|database|assessment|analysis)(?![\w-])"
    r"[^.;:]*$", re.IGNORECASE)


# A body named with its country after "of" ("the National Bank of Poland", "the Bank of
# Canada"): its name as written, unless the words are a title or the government itself.
_BODY_OF: Final = re.compile(r"(?P<head>(?:(?!The\s)[A-Z][\w'’-]+\s+){1,4})of\s+(?:the\s+)?$")
_GOVERNMENT_WORDS: Final = frozenset(["government", "cabinet", "republic", "people",
                                      "kingdom", "state", "states", "federation"])


# The subjects of "read" as a verb of saying: a document or "it" ("the statement read",
# "the communique reads", "it read").
_WORDING_SUBJECT: Final = re.compile(
    r"(?<![\w-])(?:statement|release|communiqu[eé]|declaration|letter|readout|post|message"
    r"|document|text|decision|resolution|it)\s+$", re.IGNORECASE)


# Verbs of answering report speech only before what was said (a that-clause, a quote, a
# colon) or set off as a parenthetical or closing attribution (", Rutte replied,"): not
# before what was done in answer ("responded with strikes", "answered the sanctions by").
_ANSWER_VERBS: Final = frozenset(["replied", "replies", "responded", "answered", "countered",
                                   "counters", "counter"])
_INFINITIVE_TO: Final = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)  # "to counter that"
_ANSWER_TAIL: Final = re.compile(r"""\s*(?:[,:.!?"“”]|that\b|$)""")


def _said_one(ctx: Document, sent: Sentence, v: re.Match[str],
              verb: str) -> Attribution | None:
    """The speaker of a reporting verb (see :func:`_said`)."""
    text = ctx.text
    if verb in _DOCUMENT_VERBS and not _DOCUMENT_NOUN.search(
            text, max(sent.start, v.start() - 80), v.start()):
        return None  # "data show", not "Germany showed"
    if verb in ("read", "reads") and not _WORDING_SUBJECT.search(
            text, max(sent.start, v.start() - 40), v.start()):
        return None  # "the statement read", "it reads", not "Read more" or "he read"
    if verb in _ANSWER_VERBS and (not _ANSWER_TAIL.match(text, v.end()) or (
            _INFINITIVE_TO.search(text, max(sent.start, v.start() - 4), v.start()))):
        return None  # "Rutte replied that ...", "..., Rutte replied,"; not "responded with
        # strikes" nor "drones to counter that threat"
    label = R.ATTRIBUTION_VERBS[verb]
    # "Sunak, who opened the conference, said": the subject stands before the apposition
    apposition = APPOSITION.search(text, sent.start, v.start()) or NESTED_APPOSITION.search(
        text, sent.start, v.start()) or ADVERBIAL_ASIDE.search(text, sent.start, v.start())
    verb_start = apposition.start() if apposition else v.start()
    names_before = ctx.mentions_in(sent.start, verb_start)
    # 1. subject right before the verb
    subject = next(
        (m for m in reversed(names_before) if is_subject(text, m, verb_start)
         and not _ASKED_BY.search(text, max(sent.start, m.start - 30), m.start)
         and not _POSTED_IN.search(text, max(sent.start, m.start - 40), m.start)
         and not (re.match(r"\s*,", text[m.end : verb_start])  # "sent to Ukraine, reports"
                  and _OBJECT_BEFORE.search(text, max(sent.start, m.start - 12), m.start))),
        None)
    rel = _WHO_BEFORE.search(text, max(sent.start, verb_start - 40), verb_start) if (
        subject is None) else None
    if rel is not None:  # "<Name>, who announced <figure>": the person; "<body or
        # country>, which on <day> announced <figure>", "which has said" (wire copy)
        subject = next((m for m in reversed(names_before)
                        if m.end == rel.start() and (m.kind == "person" or (
                            rel.group("rel") == "which" and m.kind == "actor"))), None)
        unknown = None if subject is not None or any(
            m.end == rel.start() for m in names_before) else _unknown_subject(
                ctx, sent, rel.start()) or _surname_before(ctx, sent, rel.start())
        if unknown is not None and len(unknown[0].split()) >= 2 and (
                ctx.actors.resolve(unknown[0]) is None) and (  # not "Senior Officials, who"
                unknown[0].split()[-1].lower() not in _COMMON_SUBJECTS):
            return Attribution(v.start(), v.end(), label, unknown[0], None, unknown[1],
                               v.end(), False)
    if subject is not None and subject.kind == "actor" and subject.type == "country":
        person = next((m for m in names_before if m.kind == "person" and re.fullmatch(
            r"\s+of\s+(?:the\s+)?", text[m.end : subject.start])), None)
        subject = person or subject  # "Prime Minister Jo Roe of Britain said": the person
    owner = _BODY_OF.search(text, max(sent.start, subject.start - 60), subject.start) if (
        subject is not None and subject.kind == "actor" and subject.type == "country") else None
    if subject is not None and owner is not None and not any(
            w.lower() in R.TITLE_WORDS or w.lower() in _GOVERNMENT_WORDS
            for w in owner.group("head").split()):  # "the National Bank of Poland said"
        return Attribution(v.start(), v.end(), label, text[owner.start("head") : subject.end],
                           None, owner.start("head"), v.end(), False)
    if subject is not None:
        group = _subject_list(ctx, subject, sent.start)
        speakers = [_speaker_of(ctx, m) for m in group]
        names = sorted({s[0] for s in speakers if s})
        if names:
            role = speakers[0][1] if len(names) == 1 and speakers[0] else None
            left = group[0].start if group[0].kind in ("pronoun", "media_anaphor") else (
                _left_edge(ctx, group[0].start, sent.start))
            return Attribution(v.start(), v.end(), label, ", ".join(names), role,
                               left, v.end(), False)
    # 1b. a known person's office ("Zelensky's office said"): the country whose office it is
    # that day (an office speaks for its government, as a presidential office does)
    if subject is None:
        office = next((m for m in reversed(names_before) if m.kind == "person"
                       and _PERSONS_OFFICE.fullmatch(text, m.end, verb_start)), None)
        holder = ctx.people.resolve(office.name) if office is not None else None
        org = holder.org_on(ctx.published) if holder is not None else None
        if office is not None and org and ctx.actors.resolve(org) is not None:
            return Attribution(v.start(), v.end(), label, org, None, office.start, v.end(),
                               False)
    # 1c. a country as a party to talks ("the Czech side noted", "the Ukrainian side
    # said"): the country speaks (wording of Ukrainian, Russian and Chinese outlets)
    side = _SIDE_OF.search(text, max(sent.start, verb_start - 40), verb_start)
    country = _country_of_word(ctx, side.group("dem")) if side is not None else None
    if side is not None and country is not None:
        return Attribution(v.start(), v.end(), label, country, None, side.start(), v.end(),
                           False)
    # 2. an unknown name right before the verb is its subject ("Finance Minister Jane Roe
    # said Ukraine had ..."): the name after the verb then opens the reported clause; not
    # "the President's Office", which names no country (see below)
    if _OFFICE.search(text, max(sent.start, verb_start - 40), verb_start):
        return _unnamed_officials(ctx, sent, v, label, verb_start)
    document = _COUNTRY_DOCUMENT_SUBJECT.search(text, max(sent.start, verb_start - 80),
                                                verb_start)  # "<country>'s budget <verb>"
    state = _country_of_word(ctx, document.group("dem")) if document is not None else None
    if document is not None and state is not None:
        return Attribution(v.start(), v.end(), label, state, None, document.start(), v.end(),
                           False)
    named = _unknown_subject(ctx, sent, verb_start)
    if named is not None and not re.search(r",\s*$", text[sent.start : verb_start]):
        name, left = named
        return Attribution(v.start(), v.end(), label, name, None, left, v.end(), False)
    # unnamed officials of no named body right before the verb are its subject, before
    # the inversion of 3 ("Officials said Tokyo would ..." is no "said Tokyo"): the
    # government the article is about (when a name is the subject, 4 returns it instead,
    # so no later step needs to look for officials again)
    officials = None if named is not None else _unnamed_officials(ctx, sent, v, label,
                                                                  verb_start)
    if officials is not None:
        return officials
    # 3. "said X": the speaker comes after the verb (not after an apposition: "X, who ...,
    # said Britain would ...")
    if (verb in R.INVERTIBLE_VERBS or verb in _INVERTED_AT_END) and not apposition:
        lead = _PRESS_SERVICE.match(text, v.end(), sent.end)  # "reports the press service of"
        after_verb = _inverted(ctx, lead.end() if lead else v.end(), sent.end)
        if after_verb and (verb in R.INVERTIBLE_VERBS or _SENTENCE_TAIL.match(
                text, after_verb[2], sent.end)):  # "..., reported Ukrinform."
            name, role_after, end = after_verb
            return Attribution(v.start(), v.end(), label, name, role_after, v.start(),
                               end, True)
    # 4. an unknown name before the verb and a comma ("..., Chancellor Olaf Scholz, said")
    if named is not None:
        name, left = named
        return Attribution(v.start(), v.end(), label, name, None, left, v.end(), False)
    # 5. a country's media ("German media reported"; guide: a medium cited as the source)
    media = _MEDIA_OF.search(text, max(sent.start, verb_start - 60), verb_start)
    if media is not None and _is_country_word(ctx, media.group("dem")):
        return Attribution(v.start(), v.end(), label, f"{media.group('dem')} media", None,
                           media.start(), v.end(), False)
    # 6. an unnamed spokesperson of no named body ("..., a spokesperson said"): the body
    # that spoke last before (guide v2: an unnamed spokesperson of a body is the body)
    spokes = _BARE_SPOKESPERSON.search(text, max(sent.start, verb_start - 40), verb_start)
    if spokes is not None:
        body = ctx.org_antecedent(spokes.start(), ("body", "country", "alliance"))
        who = _speaker_of(ctx, body) if body is not None and (
            spokes.start() - body.end < _SPOKESPERSON_REACH) else None
        if who is not None:
            return Attribution(v.start(), v.end(), label, who[0], who[1], spokes.start(),
                               v.end(), False)
    # 7. the subject of a coordinated verb: "Marles visited Ukraine and announced ..."
    return _coordinated(ctx, sent, v, label)


def _unnamed_officials(ctx: Document, sent: Sentence, v: re.Match[str], label: str,
                       verb_start: int) -> Attribution | None:
    """Officials, a government or a presidential office of no named country as the subject
    ("..., officials said", "the President's Office said"): the country of the context."""
    text = ctx.text
    bare = _BARE_OFFICIALS.search(text, max(sent.start, verb_start - 60), verb_start)
    if bare is None or not (bare.start() == sent.start or re.search(
            r"(?:[,;:(—–]|\b(?:and|but|while|as|where|when|with|which|that))\s*$",
            text[max(sent.start, bare.start() - 8) : bare.start()])):
        return None
    country = _context_country(ctx.mentions)
    return None if country is None else Attribution(
        v.start(), v.end(), label, country, None, bare.start(), v.end(), False)


# The medium or pollster that asked the speakers, not a speaker: "experts interviewed by
# <agency> said", "analysts polled by <agency> estimate".
_ASKED_BY: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(cues().raw['asked_by_verbs'], ignore_case=True)})"
    r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)


# Where a person is posted, not who speaks: "<title> in <place> says", "<country>'s
# ambassador in <country> says" (titles: ``posted_titles`` of the cue file).
_POSTED_IN: Final = re.compile(
    rf"(?<![\w-])(?:{alternation(R.PERSON_ANAPHORS)}"
    rf"|{words_alternation(cues().raw['posted_titles'], ignore_case=True)})"
    r"\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _surname_before(ctx: Document, sent: Sentence, pos: int) -> tuple[str, int] | None:
    """A lone capitalized word right before ``pos`` that the article gave earlier as a full
    name, also where the word is a common noun too ("Power, who ..." after "Samantha
    Power"): that full name and where the word starts; None if none."""
    word = re.search(r"(?<![\w'’.-])([A-Z][\w'’-]+)$", ctx.text[sent.start : pos])
    full = _full_name(ctx.text, word.group(1), sent.start, ctx.actors) if word else None
    return (full, sent.start + word.start(1)) if word and full else None


# A relative clause right after a person's name: "Jo Roe, who announced ...".
_WHO_BEFORE: Final = re.compile(
    r",\s+(?P<rel>who|which)\s+(?:(?:also|first|then|later|earlier|personally|had|has|have"
    r"|on\s+\w+day|last\s+\w+|(?-i:in\s+[A-Z][a-z]+))\s+){0,2}$")


# "the Czech side", "the Ukrainian side" (and "side" of a country's name) as a subject.
_SIDE_OF: Final = re.compile(
    r"(?<![\w-])(?i:the)\s+(?P<dem>[A-Z][\w-]+)\s+side\s*,?\s*(?:(?:also|has|had)\s+)?$")


_BARE_SPOKESPERSON: Final = re.compile(
    r"(?<![\w-])(?:a|an|the|one)\s+spokes(?:man|woman|person)\s*,?\s*$", re.IGNORECASE)
_SPOKESPERSON_REACH: Final = 600  # characters back to the body it speaks for


# A country's media, before a verb or after "according to": "German media reported",
# "according to Russian state media reports" -> "German media", "Russian media".
_MEDIA_OF: Final = re.compile(
    r"""(?<![\w-])(?P<dem>[A-Z][\w-]+)\s+(?:state\s+|local\s+|national\s+|public\s+)?
        (?:media|press|newspapers|news\s+outlets|outlets)(?:\s+reports?)?\s*,?\s*
        (?:(?:have|has|had|also|earlier|previously|widely)\s+)*$""",  # "<Demonym> media
    re.VERBOSE,                                                    # have cited"
)
_MEDIA_AFTER: Final = re.compile(
    r"""\s+(?:the\s+)?(?P<dem>[A-Z][\w-]+)\s+(?:state\s+|local\s+|national\s+|public\s+)?
        (?:media|press|newspapers|news\s+outlets|outlets)(?![\w-])""",
    re.VERBOSE,
)
# "according to Government figures", "according to official data", "according to
# congressional figures": the government the article is about (or the named one's).
_OFFICIAL_FIGURES: Final = re.compile(
    r"""\s+(?:the\s+)?(?:latest\s+|new\s+|preliminary\s+)?
        (?P<adj>government|official|congressional|parliamentary|ministry|treasury|budget)
        \s+(?:figures|data|estimates|statistics|documents|calculations|numbers|records)
        (?![\w-])""",
    re.VERBOSE | re.IGNORECASE,
)


# A country's own document: "according to the Russian draft budget", "according to
# Ukraine's official statistics".
_STATE_DOCUMENT: Final = (
    r"""(?:own\s+)?(?:(?:draft|latest|new|official|state|federal|annual|preliminary|national)
        \s+){0,2}
        (?:budget|figures|data|statistics|estimates|documents?|calculations|budget\s+documents)
        (?![\w-])""")
_COUNTRY_DOCUMENT: Final = re.compile(
    rf"""\s+(?:the\s+)?(?P<dem>[A-Z][\w-]+)(?:['’]s)?\s+{_STATE_DOCUMENT}""",
    re.VERBOSE,
)
# The same through a possessive pronoun ("<figure>, according to its <document>") and as the
# subject of a verb of saying or estimating ("<country>'s (own) <document> (for <year>)
# <verb of estimating> <item> at <figure>"; guide v2.1: a state's budget speaks for its state).
_ITS_DOCUMENT: Final = re.compile(rf"\s+(?:its|their)\s+{_STATE_DOCUMENT}", re.VERBOSE)
_COUNTRY_DOCUMENT_SUBJECT: Final = re.compile(
    rf"""(?:^|(?<=\s))(?:the\s+)?(?P<dem>[A-Z][\w-]+)(?:['’]s)?\s+{_STATE_DOCUMENT}
        (?:\s+(?:for|in)\s+(?:\d{{4}}|next\s+year|this\s+year))?\s+$""",
    re.VERBOSE,
)


def _country_of_word(ctx: Document, word: str) -> str | None:
    """The country a name or demonym stands for ("Russian" -> Russia), or None."""
    actor = ctx.actors.resolve(word)
    if actor is not None and actor.type == "country":
        return actor.name
    return cues().country_of_demonym.get(word)


def _is_country_word(ctx: Document, word: str) -> bool:
    """True where a word names a country or is its demonym ("German", "Russian")."""
    actor = ctx.actors.resolve(word)
    return word in cues().country_of_demonym or (actor is not None and actor.type == "country")


# Unnamed officials with no body named ("Officials said", "ministers stressed", "the
# government wants", "senior officials estimate", "a presidential official said", "officials
# familiar with <the matter> say"): guide v2 resolves them from the context ("a senior
# administration official" -> United States). Wire copy (Yonhap, AP, Reuters, Politico).
_OFFICIAL_ADJ: Final = (r"(?:presidential|administration|white\s+house|defen[cs]e|military"
                        r"|ministry|state\s+department|treasury|cabinet|high-ranking|senior)")
_OFFICIAL_POSTMOD: Final = (r"(?:familiar\s+with|briefed\s+on|close\s+to|involved\s+in"
                            r"|with\s+knowledge\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+")
_PERSONS_OFFICE: Final = re.compile(r"['’]s\s+(?:press\s+)?office\s*,?\s*", re.IGNORECASE)
_OFFICE: Final = re.compile(r"(?<![\w-])(?:president['’]s|presidential)\s+office\s*,?\s*$",
                            re.IGNORECASE)
_BARE_OFFICIALS: Final = re.compile(
    rf"""(?:(?:the|senior|top|two|three|several|some|unnamed|other|government|cabinet
           |{_OFFICIAL_ADJ})\s+)*
        (?:officials|ministers|government|authorities|negotiators|cabinet
           |president['’]s\s+office|presidential\s+office
           |(?:a|an|the|one)\s+(?:(?:senior|top|unnamed|government|{_OFFICIAL_ADJ})\s+)*
            official)                          # "a presidential official said"
        (?:\s+{_OFFICIAL_POSTMOD})?\s*,?\s*    # "officials familiar with <the matter> say"
        (?:(?:also|have|has|had|would|will|now|again|further)\s+)*$""",
    re.VERBOSE | re.IGNORECASE,
)
# "according to the official", "according to a senior administration official" (no name
# after): the government of the context, as for "officials said".
_BARE_OFFICIAL_AFTER: Final = re.compile(
    rf"""\s+(?:(?:the|a|an|one|senior|top|unnamed|government|{_OFFICIAL_ADJ})\s+)+
        officials?(?:\s+{_OFFICIAL_POSTMOD})?(?=\s*(?:[,.;:)]|$))""",
    re.VERBOSE | re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _context_country(mentions: tuple[Name, ...]) -> str | None:
    """The country or union an article is about: the one other than the recipient named
    most, if named at least half as often as the recipient; else the recipient."""
    counts = Counter(m.name for m in mentions
                     if m.kind == "actor" and m.type in ("country", "alliance"))
    if not counts:
        return None
    return context_country(counts)


# A full stop inside capitalized words: a sentence ends there ("... Poland. Organisers say").
_SENTENCE_END: Final = re.compile(r"(?<=[a-z]{3}\.)\s+")


# Verbs that come before their speaker only at the end of a sentence ("..., reports
# Ukrinform.", "..., informs the Ministry of Finance."), and what may follow the speaker.
_INVERTED_AT_END: Final = frozenset(["reports", "reported", "informs", "informed",
                                     "announced", "announces"])
_SENTENCE_TAIL: Final = re.compile(
    r"(?:['’]s\s+press\s+(?:service|office))?\s*(?:[.;!?]|,\s+(?:citing|quoting|with\s+reference"
    r"\s+to|according\s+to)\b|\s+(?:on|in|via|at)\s+(?:its|his|her|their|the)\b[^,.;]*[.;]"
    r"|\s*$)")
# The press office before a body's name: "reports the press service of the ministry".
_PRESS_SERVICE: Final = re.compile(
    r"\s+(?:the\s+)?press\s+(?:service|office|centre|center)\s+of(?=\s)", re.IGNORECASE)


# Auxiliaries and adverbs between an unknown subject and its verb ("Roe had announced",
# "Jo Roe also said", "Jo Roe has previously said"; the words shared with SUBJECT_GAP).
_AUX_BEFORE: Final = re.compile(
    rf"(?<=[\w.])(?:\s+(?:{subject_gap_words()}|[a-z]+ly))+\s*$")


# A compound modifier opening a name ("Washington-based", "Kyiv-led"): not part of it.
_MODIFIER_FIRST: Final = re.compile(r"^[A-Z][\w'’.]*-(?:based|led|funded|backed|run)\s+")


def _unknown_subject(ctx: Document, sent: Sentence, verb_start: int) -> tuple[str, int] | None:
    """A name the files do not list right before a verb ("Chancellor Olaf Scholz said"),
    titles stripped, and where it starts as written; None if none."""
    text = ctx.text
    aux = _AUX_BEFORE.search(text, sent.start, verb_start)  # "Roe had announced"
    m = NAME_BEFORE.search(text, sent.start, aux.start() if aux else verb_start)
    if not m:
        return None
    name = _strip_titles(_SENTENCE_END.split(m.group("name"))[-1], ctx.actors)
    name = _MODIFIER_FIRST.sub("", name)  # "Washington-based Center for ..."
    if len(name.split()) > 1 and name.isupper() and not _ACRONYM.fullmatch(name):
        return None  # a newsletter's section head in capitals ("WHAT <THEY> SAY — ...")
    if len(name.split()) == 1 and _common_word(text, name):
        return None  # "Organisers say", "Officials said"
    if len(name.split()) == 1:  # "Morita told reporters": the full name given earlier
        full = _full_name(text, name, sent.start, ctx.actors)
        if full is None and _lone_name(text, name, m.start("name") + m.group("name").rfind(
                name)):  # "Naftogaz said", "UNICEF said", "the Bundeswehr said"
            return name, m.start("name")
        name = full or name
    if len(name.split()) >= 2:
        return name, _title_before(text, m.start("name"), sent.start)
    return None


_ACRONYM: Final = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")


def _lone_name(text: str, word: str, at: int) -> bool:
    """True where one capitalized word before a reporting verb names its speaker: an
    acronym ("UNICEF"), a name after "the" ("the Bundeswehr"), or a word the article never
    writes in lower case that is not a sentence adverb or a plural of people ("Naftogaz";
    not "Officials", "Organisers", "Separately")."""
    if not word[:1].isupper() or word.lower() in R.NOT_NAMES:
        return False
    if _ACRONYM.fullmatch(word):
        return True
    if re.search(r"(?<![\w-])the\s+$", text[max(0, at - 5) : at], re.IGNORECASE):
        return True
    return not _common_word(text, word)


def _common_word(text: str, word: str) -> bool:
    """True where a capitalized word is a common noun or adverb opening a sentence: listed,
    an "-ly" adverb, or written in lower case elsewhere in the article."""
    lower = word.lower()
    return lower in _COMMON_SUBJECTS or lower in R.NOT_NAMES or (
        lower.endswith("ly") and not _ACRONYM.fullmatch(word)) or lower in _lower_words(text)


@lru_cache(maxsize=16)
def _lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (found once a text)."""
    return frozenset(re.findall(r"(?<![\w-])[a-z][\w'’]*", text))


_COMMON_SUBJECTS: Final = frozenset(cues().raw["common_subjects"])
_HEADLINE_LABELS: Final = frozenset(cues().raw["headline_labels"])


_AND_VERB: Final = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$")
# A participle of saying after a comma, its subject the clause's ("Jo Roe spoke in Oslo on
# Monday, saying ...", "the ministry hit back, insisting that ..."; wire copy, round 8): not
# "adding" (its object may be money) nor "as saying" (quoted, see VERB).
SPEAKING_PARTICIPLE: Final = re.compile(
    r"(?<=,\s)(?:saying|noting|stressing|insisting|arguing|explaining|warning|claiming"
    r"|stating|telling)(?![\w-])")
_PARTICIPLE_COMMA: Final = re.compile(r",\s+$")


def _coordinated(ctx: Document, sent: Sentence, v: re.Match[str],
                 label: str, link: re.Pattern[str] = _AND_VERB) -> Attribution | None:
    """The clause's subject when the verb follows "and" after another verb of it (or,
    with ``link`` :data:`_PARTICIPLE_COMMA`, a participle after a comma)."""
    text = ctx.text
    conj = link.search(text[sent.start : v.start()])
    if not conj:
        return None
    first = SENTENCE_SUBJECT.match(text, sent.start, v.start())  # the sentence's subject
    for m in [*([first] if first else []), *CLAUSE_SUBJECT.finditer(text, sent.start,
                                                                     v.start())]:
        if re.search(r"[,;:]", text[m.end("subj") : sent.start + conj.start()]):
            continue
        mention = next((n for n in ctx.mentions_in(m.start("subj"), m.end("subj"))
                        if n.end == m.end("subj") and n.kind in ("person", "actor")
                        and not is_title(text, n)), None)
        if mention is not None:
            who = _speaker_of(ctx, mention)
            if who:
                return Attribution(v.start(), v.end(), label, who[0], who[1],
                                   m.start("subj"), v.end(), False)
        name = _strip_titles(m.group("subj"), ctx.actors)
        if len(name.split()) == 1:
            name = _full_name(text, name, sent.start, ctx.actors) or ""
        if len(name.split()) >= 2:
            return Attribution(v.start(), v.end(), label, name, None, m.start("subj"),
                               v.end(), False)
    # "..., where he met Zelensky and announced ...": a pronoun subject of the clause
    pronoun = next((n for n in reversed(ctx.mentions_in(sent.start, v.start()))
                    if n.kind == "pronoun" and n.type == "person"
                    and re.match(r"\s+(?:(?:also|then|later)\s+)?[a-z]+", text[n.end : n.end + 20])
                    and not re.search(r"[,;:]", text[n.end : sent.start + conj.start()])), None)
    who = _speaker_of(ctx, pronoun) if pronoun is not None else None
    if pronoun is not None and who is not None:
        return Attribution(v.start(), v.end(), label, who[0], who[1], pronoun.start,
                           v.end(), False)
    return None


def _title_before(text: str, pos: int, lo: int) -> int:
    """Where a name's title given before it and a comma starts ("The US secretary of state,
    Antony Blinken, said": the speaker as written keeps the title), else ``pos``."""
    found = re.search(r"(?:^|(?<=[,;:]\s))(?P<title>(?:[Tt]he|[Aa]n?|[A-Z][\w.’']*)\s"
                      r"[^,;:\d$€£]{2,50}),\s+$", text[lo:pos])
    words = found.group("title").split() if found else []
    if found and len(words) <= 7 and any(w.lower().strip(".,") in R.TITLE_WORDS for w in words):
        return lo + found.start("title")
    return pos


@lru_cache(maxsize=256)
def _surname_pattern(surname: str) -> re.Pattern[str]:
    """Capitalized words ending in a surname (compiled once a surname)."""
    return re.compile(rf"(?:[A-Z][\w'’.\-]*\s+(?:{NAME_PARTICLES}\s+){{0,2}}){{1,4}}"
                      rf"{re.escape(surname)}(?![\w'’-])")


def _full_name(text: str, surname: str, before: int, actors: Actors) -> str | None:
    """The last full name ending in ``surname`` before ``before`` (news copy gives a person's
    full name on first reference, then the surname alone), titles stripped; None if none."""
    if actors.resolve(surname) or surname.lower() in R.NOT_NAMES:
        return None
    pattern = _surname_pattern(surname)
    for found in [*reversed(list(pattern.finditer(text, 0, before))),
                  *pattern.finditer(text, before)]:  # a headline's surname: the body's name
        name = _strip_titles(_SENTENCE_END.split(found.group())[-1], actors)
        if len(name.split()) >= 2:  # "Commissioner Simson": a title
            return name
    return None


def _inverted(ctx: Document, pos: int, stop: int) -> tuple[str, str | None, int] | None:
    """The speaker named after "said": titles and capitalized words, then a name."""
    text = ctx.text
    window_end = min(stop, pos + 90)
    for m in ctx.mentions_in(pos, window_end):
        between = text[pos : m.start]
        if re.search(r"[.;:“”\"!?]", between):
            break
        words = between.replace(",", " ").split()
        ok = all(
            w[:1].isupper() or w.lower() in R.TITLE_WORDS or w.lower() in ("the", "of", "and")
            for w in words
        )
        if not ok or len(words) > 8:
            break
        if m.kind == "pronoun" or is_title(text, m):
            continue
        who = _speaker_of(ctx, m)
        if who:
            return who[0], who[1], m.end
    named = NAME_AFTER.match(text, pos, window_end)
    if named:
        name = _strip_titles(named.group("name").rstrip(".,"), ctx.actors)
        if len(name.split()) >= 2:
            return name, None, named.end("name")
    return None


# A new clause with its own subject between a reporting verb and a figure ("Ruritania said it
# would send trucks, and Finance Minister Ana Lopez has pledged €40 million"): the verb
# does not report the figure.
_NEW_SUBJECT: Final = re.compile(
    r"[,;]\s+(?:and|but|while)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){1,5}"
    r"(?:has|have|had|is|are|was|were|will|would)\b")


# Before a subject whose verb comes after a figure: a new coordinated clause ("$411bn, and
# Shmyhal told delegates ...") or a subordinate one ("a day after Washington announced ..."):
# the verb reports what follows it, not the figure before.
_CLAUSE_OPENER: Final = re.compile(
    r"""(?:[,;—–]\s+(?:and|but|while|whereas|although|though|yet)
        |(?<![\w-])(?:after|before|since|when|once|until|because|while|whereas))
        \s+(?:(?:then|later|also|the|a|an)\s+)*$""",
    re.VERBOSE | re.IGNORECASE,
)


# Before a subject: words that may stand between a figure's clause and the subject of the
# verb reporting it ("$2 billion, the ministry said", "“... $2 billion,” Jo Roe said").
_DETERMINERS: Final = (r"(?:the|a|an|its|his|her|their|then|two|three|four|five|several"
                      r"|some|senior|unnamed|anonymous|top|other|many|few|both|most|all|\d+)")
_REPORTING_GAP: Final = re.compile(
    rf"(?:[,;:—–(“”\"'’]|\s-)\s*(?:(?:{_DETERMINERS}|and|but)\s+)*$"
    rf"|^\s*(?:{_DETERMINERS}\s+)*$", re.IGNORECASE)


# A title run that may join titles ("Deputy Prime Minister and Defence Minister Jo Roe",
# "Commissioner for Energy Jo Roe").
_TITLE_RUN_WIDE: Final = re.compile(
    rf"""(?:(?<=\s)(?:(?i:{alternation(R.TITLE_WORDS)}
          |then|acting|outgoing|incoming|the|his|her|of|for|and|newspaper|daily|weekly
          |magazine|agency|broadcaster|channel|outlet|website|tabloid|site|portal)
          |[A-Z][\w'’.\-]*)\s+)+$""",
    re.VERBOSE,
)
_PEOPLE_OF: Final = re.compile(
    r"(?<![\w-])(?:[\w-]+\s+)?(?:officials?|sources?|spokes(?:man|woman|person|people)"
    r"|diplomats?|representatives?|people|authorities|press\s+(?:service|office|secretary)"
    r"|head|chief|members?|data|figures|statistics|reports?|estimates|documents?|calculations"
    r"|tally|analysis|statement)\s+(?:in|of|for|from|at|with|by|close\s+to"
    r"|familiar\s+with)\s+(?:the\s+)?$", re.IGNORECASE)


def _reports_only_after(text: str, end: int, a: Attribution) -> bool:
    """True where an attribution after a figure opens a clause of its own (see above), or
    sits in a relative clause after a noun ("at a rate Kyiv says should reach ...")."""
    if a.forward:
        return True
    if a.label == "according_to" or a.text_start <= end:
        return False
    if _CLAUSE_OPENER.search(text, max(end, a.text_start - 60), a.text_start):
        return True
    left = a.text_start
    for pattern in (_PEOPLE_OF, _TITLE_RUN_WIDE, _PEOPLE_OF):  # "officials in Kyiv said",
        found = pattern.search(text, max(end, left - 60), left)  # "..., Pentagon spokesman"
        left = found.start() if found else left
    if _RELATIVE_AFTER_FIGURE.fullmatch(text, end, left):  # "$90 billion that the IMF
        return False                                         # says includes ...": its own
    return not _REPORTING_GAP.search(text, max(end, left - 60), left)


# A relative clause whose subject reports right after the figure it qualifies ("a package
# of $90 billion that the IMF says includes ...", "a gap of $12 billion, which Kyiv says
# must be closed"): the figure is what the clause's subject states.
_RELATIVE_AFTER_FIGURE: Final = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,2}\s*,?\s+(?:that|which)\s+(?:(?:the|its|their)\s+)?")


def _in_audience(text: str, a: Attribution, start: int) -> bool:
    """True where a figure sits between "told" and what was told ("Austin told chiefs from
    50 nations that ..."): it counts the audience, it is not reported."""
    if not a.verb_end <= start or text[a.verb_start : a.verb_end].lower() not in (
            "told", "tells"):
        return False
    return bool(re.match(r"[^.;:“”\"]*?\s(?:that|:)\s", text[start : start + 300])) and not (
        re.search(r"(?<![\w-])that\s", text[a.verb_end : start]))


# A semicolon right after a subject and its verb ("..., Prague says; Copenhagen financed
# ..."): the verb closes its own clause and reports nothing after it.
# An attribution that closes its clause, then a contrasting clause with its own subject
# holding the figure ("<figure>, <speaker> said <time>, while <other giver> <verb>
# <figure>"; "<figure>, according to <document>, whereas <figure> <verb>"): the new clause
# is the writer's (guide v2 rule 3). Not a participle or place phrase set inside the
# attribution ("said, while visiting Kyiv, that ..."): there the reported clause follows.
_WHILE_CLAUSE: Final = re.compile(
    r"(?:\s+[a-z]+){0,3}\s*,\s+(?:while|whereas)\s+(?!(?:in|at|on|during|still)\b|[a-z]+ing\b)"
    r"(?:(?!\bthat\b)[^;:])*")
_CLAUSE_CLOSED: Final = re.compile(r"(?:\s+(?!that\b)[A-Za-z.'’-]+){0,3}\s*;")  # "says on Monday;"


# Between an outer reporting verb and the subject of the verb it reports: "that"
_THAT_CLAUSE: Final = re.compile(r"\s+that\s+")


def choose(attrs: Sequence[Attribution], start: int, end: int,
           actors: Actors | None = None, text: str | None = None) -> Attribution | None:
    """The nearest valid attribution for a figure at ``start:end``; with ``actors``, an
    attribution on an attribution ("Germany said ..., according to Foreign Minister
    Annalena Baerbock"; "von der Leyen said ..., according to a Commission spokesperson")
    is the named person's (guide v2.1)."""
    valid = [a for a in attrs
             if not (a.inverted and a.verb_start < start)  # "said X ..., where <figure>"
             and not (a.text_start <= start and end <= a.text_end)
             and not (text is not None and a.verb_end <= start
                      and _NEW_SUBJECT.search(text, a.verb_end, start))
             and not (text is not None and a.verb_start >= end and not a.inverted
                      and _reports_only_after(text, end, a))
             and not (text is not None and _in_audience(text, a, start))
             and not (text is not None and a.text_end <= start
                      and _WHILE_CLAUSE.fullmatch(text, a.text_end, start))
             and not (text is not None and a.text_end <= start and not a.inverted
                      and _CLAUSE_CLOSED.match(text, a.text_end, start))]
    if not valid:
        return None
    best = min(valid, key=lambda a: abs(start - a.verb_end if a.verb_end <= start
                                        else a.verb_start - end))
    if actors is not None and text is not None and best.verb_end <= start:
        outer = next((a for a in valid if a.verb_end <= best.text_start and not a.inverted
                      and _THAT_CLAUSE.fullmatch(text, a.verb_end, best.text_start)
                      and actors.resolve(a.speaker) is None and "," not in a.speaker), None)
        if outer is not None:  # "Spruds noted that Denmark had announced ... €400m": the
            return outer       # one who states it in the article reports the announcement
    if actors is not None:
        before = [a for a in valid if a.verb_end <= start and a.label != "according_to"]
        after = [a for a in valid if a.verb_start >= end and a.label == "according_to"]
        people = [a for a in (before[-1:] + after[:1])
                  if actors.resolve(a.speaker) is None and "," not in a.speaker]
        if before and after and len(people) == 1:
            return people[0]
    return best


_OPEN_QUOTES: Final = "“"
_CLOSE_QUOTES: Final = "”"
_QUOTE_MARK: Final = re.compile(f'[{_OPEN_QUOTES}{_CLOSE_QUOTES}"]')


def _quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """The (opening, closing) offsets of the quotation ``pos`` sits in, within its
    paragraph; straight quotes pair up in order. None outside quotes."""
    starts, ends = paragraph_breaks(text)
    k = bisect_right(ends, pos)  # the breaks ending at or before pos
    lo = ends[k - 1] if k else 0
    j = bisect_left(starts, pos)  # the first break starting at or after pos
    hi = starts[j] if j < len(starts) else len(text)
    pairs, trailing = _quotes(text, lo, hi)
    i = bisect_right(pairs, (pos, len(text) + 1)) - 1  # the last quotation opened before pos
    if i >= 0 and pairs[i][0] < pos < pairs[i][1]:
        return pairs[i]
    return (trailing, hi) if trailing is not None and trailing < pos else None


@lru_cache(maxsize=256)
def _quotes(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """The closed quotations of the paragraph ``text[lo:hi]`` in order, and where the one
    left open starts (None if none): one pass a paragraph, so a paragraph of many figures
    costs linear time."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    straight = False
    for mark in _QUOTE_MARK.finditer(text, lo, hi):  # the other characters change nothing
        i, ch = mark.start(), mark.group()
        if ch in _OPEN_QUOTES or (ch == '"' and not straight and opened is None):
            opened, straight = i, ch == '"'
        elif opened is not None and (ch in _CLOSE_QUOTES or (ch == '"' and straight)):
            pairs.append((opened, i))
            opened, straight = None, False
    return pairs, opened


def quote_attribution(ctx: Document, pos: int) -> Attribution | None:
    """The speaker of a quotation a figure sits in, when the figure's own sentence names
    none: the attribution that opens it ("Simson said: “... €50 million ...”") or closes
    it ("“... $10 million,” he said"), in the sentence of the quote mark."""
    quote = _quote_around(ctx.text, pos)
    if quote is None:
        return None
    return _quote_speaker(ctx, *quote, depth=2)


def _quote_speaker(ctx: Document, opening: int, closing: int,
                   depth: int) -> Attribution | None:
    """The attribution of the quotation ``text[opening:closing]``: in the sentence of its
    opening or closing mark, else (``depth`` times back) that of the quotation before it
    in its paragraph ("“...,” he said. “And £50m more ...”"), or of the paragraph before
    when it continues a quotation left open there."""
    text = ctx.text
    before = sentence_at(text, opening)
    found = [a for a in sentence_attributions(ctx, before) if a.verb_end <= opening]
    if found:
        return found[-1]
    if closing < len(text):
        after = sentence_at(text, min(closing + 1, len(text) - 1))
        found = [a for a in sentence_attributions(ctx, after) if a.verb_start > closing]
        if found:
            return found[0]
    if depth == 0:
        return None
    starts, ends = paragraph_breaks(text)
    k = bisect_right(ends, opening)
    lo = ends[k - 1] if k else 0
    pairs, _ = _quotes(text, lo, starts[k] if k < len(starts) else len(text))
    earlier = [q for q in pairs if q[1] < opening]
    if earlier:  # the quotation before it in the paragraph, its speaker's
        return _quote_speaker(ctx, *earlier[-1], depth=depth - 1)
    if k and not text[lo:opening].strip():  # a paragraph opening with a quotation
        prev_lo = ends[k - 2] if k > 1 else 0
        left_open = _quotes(text, prev_lo, starts[k - 1])[1]
        if left_open is not None:  # continuing the one left open before
            return _quote_speaker(ctx, left_open, starts[k - 1], depth=depth - 1)
    return None


def same_outlet(speaker: str, outlet: str) -> bool:
    """True where a speaker is the article's own outlet ("as Ukrinform reported" in
    Ukrinform, or in ukrinform.net): the outlet citing itself is no attribution (guide
    v2.1).

    >>> same_outlet("Ukrinform", "www.ukrinform.net"), same_outlet("Reuters", "AP")
    (True, False)
    """
    a, b = _masthead(speaker), _masthead(outlet)
    return bool(a) and b in (a, "the" + a)  # "theguardian.com"


@lru_cache(maxsize=256)
def _masthead(name: str) -> str:
    """An outlet's name or site reduced to its letters: "The Kyiv Post", "kyivpost.com"
    -> "kyivpost"."""
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"\.(?:[a-z]{2,6})(?:\.[a-z]{2})?(?:/.*)?$", "", name)  # ".com", ".co.uk"
    return re.sub(r"[^\w]|_", "", name)

