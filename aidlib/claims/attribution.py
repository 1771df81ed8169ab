"""Attribution: who stated a figure (the speaker), from the reported speech of its clause
or sentence ("X said", "said X", "according to X", "he said", "the agency writes").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from .. import claim_rules as R
from ..gazetteer import Actors
from ..text import Sentence, sentence_at
from .document import Attribution, Document, Name, is_subject, is_title, paragraph_breaks
from .donors import cues
from .patterns import NAME_AFTER, NAME_BEFORE, NAME_PARTICLES, VERB


def _strip_titles(name: str, actors: Actors) -> str:
    words = name.replace(",", " ").split()
    while words:
        if (words[0].lower() in R.TITLE_WORDS or words[0].lower() in R.NOT_NAMES
                or words[0].lower() == "of"):
            words.pop(0)
            continue
        # an actor's name of up to four words: "European Commission President ...",
        # "Norway's Støre"
        k = next((k for k in range(min(4, len(words)), 0, -1)
                  if actors.resolve(re.sub(r"['’]s$", "", " ".join(words[:k]))) is not None),
                 0)
        if not k:
            break
        del words[:k]
    return " ".join(words)


def _speaker_of(ctx: Document, m: Name) -> tuple[str, str | None] | None:
    """Canonical speaker name and role for a mention (resolving pronouns)."""
    if m.kind == "pronoun" and m.type in R.ORG_PRONOUNS:
        ref = ctx.org_antecedent(m.start, R.ORG_PRONOUNS[m.type])
        if ref is None:
            return None
        if m.type == "they":  # "Norway and Denmark said ... they said": the whole list
            names = sorted({r.name for r in _subject_list(ctx, ref, max(0, ref.start - 200))})
            return ", ".join(names), None
        return _speaker_of(ctx, ref)
    if m.kind == "pronoun":
        last = ctx.antecedent(m.start, "person")
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


_TITLED_NAME: Final = re.compile(
    rf"""(?<![\w-])(?i:{'|'.join(sorted(map(re.escape, R.PERSON_ANAPHORS | {
        "spokesman", "spokeswoman", "spokesperson", "chief", "head", "governor", "mayor",
        "general", "commander", "adviser", "advisor", "director"}), key=len, reverse=True))})
    \s*,?\s+(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:{NAME_PARTICLES}\s+){{0,2}}[A-Z][\w'’.\-]+){{1,3}})
    (?![\w'’-])""",
    re.VERBOSE,
)


def _last_titled(ctx: Document, pos: int, lo: int) -> str | None:
    """The last person introduced by a title between ``lo`` and ``pos`` ("Finance Minister
    Jane Roe", "the spokesman, Jo Doe") whom the people file does not list; None if none."""
    last = None
    for found in _TITLED_NAME.finditer(ctx.text, lo, pos):
        name = _strip_titles(found.group("name"), ctx.actors)
        if len(name.split()) >= 2 and ctx.people.resolve(name) is None:
            last = name
    return last


def _salient(ctx: Document, ref: Name, pronoun: int) -> Name:
    """The antecedent of "he"/"she" opening a sentence: the subject of the sentence before
    it that names the last person, when that subject is a person ("Starmer flew to Kyiv to
    meet Zelensky. He will announce ..." -> Starmer), else the last person named."""
    text = ctx.text
    sent = sentence_at(text, ref.start)
    if sent.end > pronoun or not re.fullmatch(r"\s*[“\"]?", text[sent.end : pronoun]):
        return ref  # not the sentence right before
    subject = SENTENCE_SUBJECT.match(text, sent.start, sent.end)
    first = next((n for n in ctx.mentions_in(sent.start, sent.end)
                  if n.kind == "person"), None)
    if subject is None or first is None or first is ref or not (
            subject.start("subj") <= first.start and first.end == subject.end("subj")):
        return ref
    return first


def _subject_list(ctx: Document, head: Name, lo: int) -> list[Name]:
    """A coordinated list of actors ending in ``head``: "Canada, Germany and Poland"."""
    out = [head]
    if head.kind != "actor":
        return out
    for m in reversed(ctx.mentions_in(lo, head.start)):
        gap = ctx.text[m.end : out[-1].start]
        if m.kind == "actor" and re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*(?:the\s+)?", gap):
            out.append(m)
        else:
            break
    # "... from the IMF, Reuters reported": a name after a preposition ends an earlier
    # phrase; the list starts after it
    while len(out) > 1 and _OBJECT_BEFORE.search(ctx.text, max(lo, out[-1].start - 12),
                                                  out[-1].start):
        out.pop()
    return out[::-1]


# A preposition right before a name: the name is an object, not a speaker ("aid for Ukraine,
# Berlin said"; "financing from the IMF, Reuters reported").
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:from|for|to|in|at|with|by|of|on|into|against)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)


# An estimate stated by its subject: "the World Bank has put the bill for reconstruction at
# $411bn", "Kyiv officials have put the shortfall at", "pegged the cost at" (the figure
# follows "at"/"in"); read as "X estimated".
ESTIMATE = re.compile(
    r"""(?<![\w-])(?:puts?|putting|pegged|pegs|pegging|calculated|calculates|valued|values
        |assessed|assesses|projected|projects|forecast|forecasts)
        (?=\s+(?:the|its|their|his|her|total|overall|Ukraine['’]s|Kyiv['’]s)\b[^.;:“”"]{1,80}?
        \s(?:at|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:hundreds|tens|billions|millions
        |trillions|half|[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s|\d))""",
    re.VERBOSE,
)
# The same estimate in the passive, its author after "by": "a budget gap estimated by Kyiv
# at about $5 billion", "damage put by the World Bank at $411bn".
ESTIMATE_BY = re.compile(
    r"""(?<![\w-])(?:estimated|put|pegged|calculated|valued|assessed|projected|forecast)
        \s+by\s+""",
    re.VERBOSE,
)

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
# "Støre, speaking alongside Zelenskyy at a press conference, said".
APPOSITION = re.compile(
    r""",\s+(?:who|which|whose|speaking|writing|addressing|standing|the|a|an|his|her|its
              |their|then|now|also)\b[^,;:“”"()\d$€£]{1,90},\s*$""",
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
    attributed = None
    for v in VERB.finditer(ctx.text, sent.start, sent.end):
        if any(m.start < v.end() and v.start() < m.end
               for m in ctx.mentions_in(max(0, v.start() - 60), v.end() + 60)):
            continue  # inside a name: "the United States"
        verb = " ".join(v.group("verb").lower().split())
        if verb == "attributed to":  # "in a statement attributed to spokesman Jane Roe"
            found = _according_to(ctx, sent, v, "said")
            attributed = found if found and ctx.actors.resolve(found.speaker) is None \
                else attributed
        else:
            found = (_according_to(ctx, sent, v) if verb == "according to"
                     else _said(ctx, sent, v, verb))
        if found is not None:
            out.append(found)
    if attributed is not None:  # the named person, not the body whose statement it is
        out = [a for a in out if a is attributed or ctx.actors.resolve(a.speaker) is None]
    for v in ESTIMATE.finditer(ctx.text, sent.start, sent.end):  # "X put the bill at $Y"
        found = _said(ctx, sent, v, "estimated")
        if found is not None:
            out.append(replace(found, forward=True))
    for v in ESTIMATE_BY.finditer(ctx.text, sent.start, sent.end):  # "estimated by X at $Y"
        by = next(iter(ctx.mentions_in(v.end(), min(sent.end, v.end() + 60))), None)
        if by is None or not re.fullmatch(r"(?:the\s+)?", ctx.text[v.end() : by.start],
                                          re.IGNORECASE):
            continue
        who = _speaker_of(ctx, by)
        if who is not None and re.match(r"\s+(?:at|in)\s", ctx.text[by.end : by.end + 4]):
            out.append(Attribution(v.start(), by.end, "said", who[0], who[1], v.start(),
                                   by.end, False, forward=True))
    source = _source_label(ctx, sent) or _dash_source(ctx, sent)
    if source is not None:
        out.append(source)
    return sorted(out, key=lambda a: a.verb_start)


def _source_label(ctx: Document, sent: Sentence) -> Attribution | None:
    """A line opening with its source and a colon ("Kiel tracker: ...", "Pentagon: ...",
    "Source: Reuters"), as headlines and liveblog entries give it (guide v2.1)."""
    text = ctx.text
    label = re.match(r"(?:Source:\s+)?(?P<who>[^:\n]{2,40}):\s", text[sent.start : sent.end])
    if label is None:
        return None
    lo, hi = sent.start + label.start("who"), sent.start + label.end("who")
    names = [m for m in ctx.mentions_in(lo, hi) if m.kind in ("actor", "person")]
    if not names or not re.fullmatch(r"(?:the\s+)?", text[lo : names[0].start],
                                     re.IGNORECASE) or names[-1].end != hi:
        return None
    who = _speaker_of(ctx, names[0])
    if who is None:
        return None
    return Attribution(hi, hi + 1, "according_to", who[0], who[1], lo, hi + 1, False)


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


def _according_to(ctx: Document, sent: Sentence, v: re.Match[str],
                  label: str = "according_to") -> Attribution | None:
    """"according to X": X named within a few words after the cue, or as the author of a
    document ("according to a summary released by X", "according to data from X")."""
    text = ctx.text
    doc = _DOCUMENT_BY.match(text, v.end(), sent.end)
    cue_end = doc.end() if doc else v.end()
    after = [m for m in ctx.mentions_in(cue_end, sent.end) if m.start - cue_end < 40]
    gap_ok = after and re.fullmatch(
        r"\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,4}", text[cue_end : after[0].start]
    )
    relative = re.match(r"\s+(?:which|whom|whose|what|this|it|them)\b",
                        text[v.end() : v.end() + 12])
    if after and gap_ok and after[0].kind != "pronoun" and not relative:
        person = _titled_person(ctx, cue_end, sent.end) if (
            after[0].kind == "actor" and is_title(text, after[0])) else None
        if person is not None:  # "according to Pentagon spokesman John Kirby"
            return Attribution(v.start(), v.end(), label, person[0], person[1], v.start(),
                               person[2], False)
        who = _speaker_of(ctx, after[0])
        if who:
            return Attribution(v.start(), v.end(), label, who[0], who[1],
                               v.start(), after[0].end, False)
    person = None if relative else _titled_person(ctx, cue_end, sent.end)
    if person is not None:  # a person the people file does not list: "according to
        return Attribution(v.start(), v.end(), label, person[0], person[1], v.start(),
                           person[2], False)  # Minister Jane Doe", "to spokesman Jo Roe"
    return None


_TITLED: Final = re.compile(
    rf"""\s+(?:(?:the|a|an)\s+)?
    (?P<name>(?:(?:[A-Z][\w'’.\-]*|(?:{'|'.join(sorted(map(re.escape, R.TITLE_WORDS),
                                                       key=len, reverse=True))})
                 |of|for)\s+){{0,7}}
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
    return (name, None, hi) if len(name.split()) >= 2 else None


# A document between "according to" and its author: "according to a summary released by",
# "according to figures published by", "according to data from", "according to the latest
# report of" (the author follows).
_DOCUMENT_BY: Final = re.compile(
    r"""\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?
        (?:summary|statement|report|document|documents|data|figures|estimate|estimates
          |assessment|analysis|release|readout|tally|calculations?|survey|study|letter
          |memo|fact\s+sheet|breakdown|list|budget|projections?|forecast)
        (?:\s+(?:released|published|issued|prepared|compiled|provided|posted|seen|cited
                |obtained|circulated|distributed|shared|sent)(?:\s+\w+ly)?)?
        \s+(?:by|from|of)(?=\s)""",
    re.VERBOSE | re.IGNORECASE,
)


def _said(ctx: Document, sent: Sentence, v: re.Match[str], verb: str) -> Attribution | None:
    """A reporting verb's speaker: its subject, else "said X", else an unknown name before;
    two people as one subject ("Mélanie Joly and Anita Anand announced") both."""
    found = _said_one(ctx, sent, v, verb)
    if found is None or found.inverted or "," in found.speaker or ctx.actors.resolve(
            found.speaker) is not None:
        return found
    partner = _partner(ctx, sent, found.text_start)
    if partner is None or partner[0] == found.speaker:
        return found
    return replace(found, speaker=", ".join(sorted([found.speaker, partner[0]])),
                   speaker_role=None, text_start=partner[1])


_TITLE_RUN: Final = re.compile(
    rf"""(?:(?<=\s)(?:(?i:{'|'.join(sorted(map(re.escape, R.TITLE_WORDS), key=len, reverse=True))}
          |then|acting|outgoing|incoming|the|his|her)|[A-Z][\w'’.\-]*)\s+)+$""",
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


def _said_one(ctx: Document, sent: Sentence, v: re.Match[str],
              verb: str) -> Attribution | None:
    """The speaker of a reporting verb (see :func:`_said`)."""
    text = ctx.text
    label = R.ATTRIBUTION_VERBS[verb]
    # "Sunak, who opened the conference, said": the subject stands before the apposition
    apposition = APPOSITION.search(text, sent.start, v.start())
    verb_start = apposition.start() if apposition else v.start()
    names_before = ctx.mentions_in(sent.start, verb_start)
    # 1. subject right before the verb
    subject = next(
        (m for m in reversed(names_before) if is_subject(text, m, verb_start)), None
    )
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
    # 2. an unknown name right before the verb is its subject ("Finance Minister Jane Roe
    # said Ukraine had ..."): the name after the verb then opens the reported clause
    named = _unknown_subject(ctx, sent, verb_start)
    if named is not None and not re.search(r",\s*$", text[sent.start : verb_start]):
        name, left = named
        return Attribution(v.start(), v.end(), label, name, None, left, v.end(), False)
    # 3. "said X": the speaker comes after the verb (not after an apposition: "X, who ...,
    # said Britain would ...")
    if verb in R.INVERTIBLE_VERBS and not apposition:
        after_verb = _inverted(ctx, v.end(), sent.end)
        if after_verb:
            name, role_after, end = after_verb
            return Attribution(v.start(), v.end(), label, name, role_after, v.start(),
                               end, True)
    # 4. an unknown name before the verb and a comma ("..., Chancellor Olaf Scholz, said")
    if named is not None:
        name, left = named
        return Attribution(v.start(), v.end(), label, name, None, left, v.end(), False)
    # 5. the subject of a coordinated verb: "Marles visited Ukraine and announced ..."
    return _coordinated(ctx, sent, v, label)


def _unknown_subject(ctx: Document, sent: Sentence, verb_start: int) -> tuple[str, int] | None:
    """A name the files do not list right before a verb ("Chancellor Olaf Scholz said"),
    titles stripped, and where it starts as written; None if none."""
    text = ctx.text
    m = NAME_BEFORE.search(text, sent.start, verb_start)
    if not m:
        return None
    name = _strip_titles(m.group("name"), ctx.actors)
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
    lower = word.lower()
    return not (lower in _COMMON_SUBJECTS or lower.endswith("ly")
                or re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text))


_COMMON_SUBJECTS: Final = frozenset(cues().raw["common_subjects"])
_HEADLINE_LABELS: Final = frozenset(cues().raw["headline_labels"])


def _coordinated(ctx: Document, sent: Sentence, v: re.Match[str],
                 label: str) -> Attribution | None:
    """The clause's subject when the verb follows "and" after another verb of it."""
    text = ctx.text
    conj = re.search(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$", text[sent.start : v.start()])
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


def _full_name(text: str, surname: str, before: int, actors: Actors) -> str | None:
    """The last full name ending in ``surname`` before ``before`` (news copy gives a person's
    full name on first reference, then the surname alone), titles stripped; None if none."""
    if actors.resolve(surname) or surname.lower() in R.NOT_NAMES:
        return None
    pattern = re.compile(rf"(?:[A-Z][\w'’.\-]*\s+(?:{NAME_PARTICLES}\s+){{0,2}}){{1,4}}"
                         rf"{re.escape(surname)}(?![\w'’-])")
    for found in reversed(list(pattern.finditer(text, 0, before))):
        name = _strip_titles(found.group(), actors)  # "Commissioner Simson": a title
        if len(name.split()) >= 2:
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


# A new clause with its own subject between a reporting verb and a figure ("Britain said it
# would send tanks, and Defence Secretary Ben Wallace has committed £2.3 billion"): the verb
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


def _reports_only_after(text: str, end: int, a: Attribution) -> bool:
    """True where an attribution after a figure opens a clause of its own (see above)."""
    return a.forward or (a.label != "according_to" and a.text_start > end and bool(
        _CLAUSE_OPENER.search(text, max(end, a.text_start - 60), a.text_start)))


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
                      and _reports_only_after(text, end, a))]
    if not valid:
        return None
    best = min(valid, key=lambda a: abs(start - a.verb_end if a.verb_end <= start
                                        else a.verb_start - end))
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
    for i in range(lo, hi):
        ch = text[i]
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
    opening, closing = quote
    before = sentence_at(ctx.text, opening)
    found = [a for a in sentence_attributions(ctx, before) if a.verb_end <= opening]
    if found:
        return found[-1]
    if closing < len(ctx.text):
        after = sentence_at(ctx.text, min(closing + 1, len(ctx.text) - 1))
        found = [a for a in sentence_attributions(ctx, after) if a.verb_start > closing]
        if found:
            return found[0]
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


def _masthead(name: str) -> str:
    """An outlet's name or site reduced to its letters: "The Kyiv Post", "kyivpost.com"
    -> "kyivpost"."""
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"\.(?:[a-z]{2,6})(?:\.[a-z]{2})?(?:/.*)?$", "", name)  # ".com", ".co.uk"
    return re.sub(r"[^\w]|_", "", name)

