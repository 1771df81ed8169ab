"""Attribution: who stated a figure (the speaker), from the reported speech of its clause
or sentence ("X said", "said X", "according to X", "he said", "the agency writes").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import claim_rules as R
from ..gazetteer import Actors
from ..text import Sentence
from .document import Attribution, Document, Name, is_subject, is_title
from .patterns import NAME_AFTER, NAME_BEFORE, VERB


def _strip_titles(name: str, actors: Actors) -> str:
    words = name.replace(",", " ").split()
    while words and (
        words[0].lower() in R.TITLE_WORDS
        or words[0].lower() in R.NOT_NAMES
        or actors.resolve(words[0]) is not None
        or words[0].lower() == "of"
    ):
        words.pop(0)
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
        ref = ctx.antecedent(m.start, "person")
        return _speaker_of(ctx, ref) if ref else None
    if m.kind == "media_anaphor":
        ref = ctx.antecedent(m.start, "media")
        return (ref.name, None) if ref else None
    if m.kind == "person":
        person = ctx.people.resolve(m.name)
        return m.name, person.role_on(ctx.published) if person else None
    return m.name, None


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
    return out[::-1]


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
    for v in VERB.finditer(ctx.text, sent.start, sent.end):
        verb = " ".join(v.group("verb").lower().split())
        found = (_according_to(ctx, sent, v) if verb == "according to"
                 else _said(ctx, sent, v, verb))
        if found is not None:
            out.append(found)
    return out


def _according_to(ctx: Document, sent: Sentence, v: re.Match[str]) -> Attribution | None:
    """"according to X": X named within a few words after the cue."""
    text = ctx.text
    after = [m for m in ctx.mentions_in(v.end(), sent.end) if m.start - v.end() < 40]
    gap_ok = after and re.fullmatch(
        r"\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,4}", text[v.end() : after[0].start]
    )
    relative = re.match(r"\s+(?:which|whom|whose|what|this|it|them)\b",
                        text[v.end() : v.end() + 12])
    if after and gap_ok and after[0].kind != "pronoun" and not relative:
        who = _speaker_of(ctx, after[0])
        if who:
            return Attribution(v.start(), v.end(), "according_to", who[0], who[1],
                               v.start(), after[0].end, False)
    return None


def _said(ctx: Document, sent: Sentence, v: re.Match[str], verb: str) -> Attribution | None:
    """A reporting verb's speaker: its subject, else "said X", else an unknown name before."""
    text = ctx.text
    label = R.ATTRIBUTION_VERBS[verb]
    names_before = ctx.mentions_in(sent.start, v.start())
    # 1. subject right before the verb
    subject = next(
        (m for m in reversed(names_before) if is_subject(text, m, v.start())), None
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
    # 2. "said X": the speaker comes after the verb
    if verb in R.INVERTIBLE_VERBS:
        after_verb = _inverted(ctx, v.end(), sent.end)
        if after_verb:
            name, role_after, end = after_verb
            return Attribution(v.start(), v.end(), label, name, role_after, v.start(),
                               end, True)
    # 3. an unknown name right before the verb ("Chancellor Olaf Scholz said")
    m = NAME_BEFORE.search(text, sent.start, v.start())
    if m:
        name = _strip_titles(m.group("name"), ctx.actors)
        if len(name.split()) == 1:  # "Morita told reporters": the full name given earlier
            name = _full_name(text, name, sent.start, ctx.actors) or name
        if len(name.split()) >= 2:
            return Attribution(v.start(), v.end(), label, name, None,
                               m.start("name"), v.end(), False)
    return None


def _full_name(text: str, surname: str, before: int, actors: Actors) -> str | None:
    """The last full name ending in ``surname`` before ``before`` (news copy gives a person's
    full name on first reference, then the surname alone), titles stripped; None if none."""
    if actors.resolve(surname) or surname.lower() in R.NOT_NAMES:
        return None
    pattern = re.compile(rf"(?:[A-Z][\w'’.\-]*\s+){{1,4}}{re.escape(surname)}(?![\w'’-])")
    found = list(pattern.finditer(text, 0, before))
    if not found:
        return None
    name = _strip_titles(found[-1].group(), actors)
    return name if len(name.split()) >= 2 else None


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


def choose(attrs: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The nearest valid attribution for a figure at ``start:end``."""
    best: tuple[int, Attribution] | None = None
    for a in attrs:
        if a.inverted and a.verb_start < start:  # "said X ..., where <figure>": the writer's
            continue
        if a.text_start <= start and end <= a.text_end:
            continue
        dist = start - a.verb_end if a.verb_end <= start else a.verb_start - end
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), a)
    return best[1] if best else None
