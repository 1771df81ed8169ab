"""Assembly: every stage run over one article's document, and the results put together as
:class:`~aidlib.records.Claim` records (parts share their whole's kind, donors, scope).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from ..gazetteer import Actors, load_actors
from ..lexicon import QUALIFIERS_OUTSIDE_SPAN
from ..literals import words_alternation
from ..mentions import pair_id
from ..people import People, load_people
from ..records import Claim, claim_id_of
from ..text import Sentence, sentence_at
from .attribution import (
    choose,
    list_intro_attribution,
    next_sentence_attribution,
    quote_attribution,
    same_outlet,
    sentence_attributions,
    signed_statement_attribution,
    source_line_attribution,
    transcript_turn_attribution,
)
from .bodies import body_anaphor, ministry_mentions, regional_administrations
from .boilerplate import boilerplate_spans, in_boilerplate
from .document import Attribution, Document, Figure, clause_of, scan_names
from .donors import donors_in_context, find_donors, find_recipient
from .figures import count_figures, figure_groups, money_figures
from .kind import (
    budget_law_frame,
    categories_from_context,
    compensates_another_country,
    find_category,
    find_kind,
    for_another_country,
    whole_category,
)
from .learned import DONORS, learned_fields, learned_stage
from .learned_donors import donor_stage
from .patterns import KIND_OF, PART_OF, PASSIVE, SIBLING, WHOLE_AFTER
from .scope import Scope, find_scope, scopes_from_context


def extract_claims(
    text: str,
    *,
    source_id: str = "text",
    published: date,
    outlet: str | None = None,
    people: People | None = None,
    actors: Actors | None = None,
    dollar: str = "USD",
    learned: bool | None = None,
) -> list[Claim]:
    """Every money and count claim in one text, in text order.

    ``published`` is the day relative dates resolve against; ``outlet`` is the speaker when
    no one is quoted (``source_id`` if None); ``dollar`` is what a bare "$" means;
    ``learned`` runs the learned stages (:mod:`.learned`, :mod:`.learned_donors`) on the
    rules' labels (None: on the fields :data:`~aidlib.claims.learned.DEFAULT_FIELDS` names;
    True: every field of their models; False: none, the rules alone).

    >>> text = ("Westerners have provided more than $150 billion in aid to Ukraine since "
    ...         "February 2022, including $65 billion for the military, he said.")
    >>> for c in extract_claims(text, source_id="s", published=date(2023, 4, 21)):
    ...     print(c.surface, c.part_of, c.category, c.scope_type, c.period_start)
    more than $150 billion None total cumulative 2022-02-01
    $65 billion s:c01 military cumulative 2022-02-01
    """
    doc = build_document(text, published, outlet or source_id, people or load_people(),
                         actors or load_actors())
    money = money_figures(text, source_id, dollar)
    figures = sorted([*money, *count_figures(doc, money)], key=lambda f: f.start)
    groups = figure_groups(figures)
    ids = [claim_id_of(source_id, i + 1) for i in range(len(figures))]
    attrs_by_sent: dict[int, list[Attribution]] = {}
    result: dict[int, Claim] = {}
    parent_of: dict[int, int] = {}
    by_measure: dict[str, list[list[int]]] = {}
    for group in groups:  # the groups of each measure, in text order, and each one's place
        by_measure.setdefault(figures[group[0]].measure, []).append(group)
    place = {id(g): k for same in by_measure.values() for k, g in enumerate(same)}
    furniture = boilerplate_spans(text)
    for group in groups:
        head = figures[group[0]]
        same = by_measure[head.measure]
        w = _window(doc, figures, same, place[id(group)])
        whole_after, parent = _nesting(doc, figures, same, place[id(group)], w, parent_of)
        if w.sent.start not in attrs_by_sent:
            attrs_by_sent[w.sent.start] = sentence_attributions(doc, w.sent)
        speaker = _speaker(doc, attrs_by_sent[w.sent.start], w)
        if parent is not None:
            cues = _part_cues(doc, w, result[parent])
            parent_of[group[0]] = parent
        else:
            cues = _whole_cues(doc, w)
        nest = parent if parent is not None else whole_after
        for i in group:
            result[i] = _claim(doc, figures[i], ids[i], source_id, w, cues, speaker,
                               ids[nest] if nest is not None else None,
                               in_boilerplate(furniture, figures[i].start))
    _mark_totals(result, groups)
    ordered = [result[i] for i in range(len(figures))]
    ruled = budget_law_frame(categories_from_context(
        scopes_from_context(donors_in_context(doc, ordered), text), text), text)
    fields = learned_fields(learned)
    if DONORS in fields:  # on the rules' kinds (money that is not aid keeps their donors)
        ruled = donor_stage(ruled, doc)
    return learned_stage(ruled, text, fields) if fields else ruled


def build_document(text: str, published: date, outlet: str, people: People,
                   actors: Actors) -> Document:
    """The document of one article: its text, day, outlet and the names found in it once."""
    found = scan_names(text, people, actors)
    bodies = [b for b in [*ministry_mentions(text, actors, found),
                          *regional_administrations(text)] if not any(
        m.type == "body" and m.start < b.end and b.start < m.end for m in found)]
    found = sorted([*(m for m in found if not any(  # "Ministry of Finance of Ukraine": one
        b.start <= m.start and m.end <= b.end for b in bodies)), *bodies],
        key=lambda m: m.start)
    mentions = tuple(sorted([*found, *body_anaphor(text, found, actors)], key=lambda m: m.start))
    return Document(text, published, outlet, people, actors, mentions,
                    tuple(m.start for m in mentions))


@dataclass(frozen=True)
class _Window:
    """Where one group of figures sits: its span, sentence, clause, and the text around it
    up to the neighbouring figures of the same measure (``before``, ``after``)."""

    head: Figure
    start: int
    end: int
    sent: Sentence
    clause: tuple[int, int]
    before: tuple[int, int]
    after: tuple[int, int]


def _window(doc: Document, figures: Sequence[Figure], same: Sequence[list[int]],
            k: int) -> _Window:
    group = same[k]
    head = figures[group[0]]
    g_start, g_end = head.start, figures[group[-1]].end
    sent = sentence_at(doc.text, g_start)
    clause = clause_of(doc.text, sent, g_start)
    # windows around the figure stop at the next figure of the same measure
    prev_end = max(figures[same[k - 1][-1]].end if k else 0, clause[0])
    nxt = figures[same[k + 1][0]].start if k + 1 < len(same) else len(doc.text)
    # a qualifier phrase kept outside the span ("bringing the total to a minimum of X")
    # belongs to the figure: the words before it are read as right before the figure
    outside = _OUTSIDE_QUALIFIER.search(doc.text, prev_end, g_start)
    return _Window(head, g_start, g_end, sent, clause,
                   (prev_end, outside.start() if outside else g_start),
                   (g_end, min(nxt, clause[1])))


_OUTSIDE_QUALIFIER: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(sorted(QUALIFIERS_OUTSIDE_SPAN))})\s*$", re.IGNORECASE)


def _nesting(doc: Document, figures: Sequence[Figure], same: Sequence[list[int]], k: int,
             w: _Window, parent_of: dict[int, int]) -> tuple[int | None, int | None]:
    """(the whole just after, the whole just before) that the group is a part of, if any."""
    text = doc.text
    # part of the figure just after? ("€18.1 billion of the €50 billion Facility"): the
    # part keeps its own kind, donors and scope (its verb governs it), only nests
    if k + 1 < len(same):
        nxt_head = same[k + 1][0]
        if figures[nxt_head].start < w.sent.end and WHOLE_AFTER.match(
                text[w.end : figures[nxt_head].start]):
            return nxt_head, None
    # part of the figure just before? ("..., including $65 billion for the military")
    if k:
        prev_head = same[k - 1][0]
        same_sentence = figures[prev_head].start >= w.sent.start
        between = text[figures[same[k - 1][-1]].end : w.start]
        if same_sentence and PART_OF.search(between):
            return None, prev_head
        if same_sentence and prev_head in parent_of and SIBLING.search(between):
            return None, parent_of[prev_head]
    return None, None


_Speaker = tuple[str, str | None, str | None, str]  # speaker, role, as written, attribution


def _speaker(doc: Document, attrs: Sequence[Attribution], w: _Window) -> _Speaker:
    """The attribution of the figure's clause (else of its sentence), else the outlet."""
    lo, hi = w.clause
    chosen = choose([a for a in attrs if lo <= a.verb_start < hi], w.start, w.end,
                    doc.actors, doc.text) or choose(attrs, w.start, w.end, doc.actors,
                                                    doc.text) or quote_attribution(
        doc, w.start) or transcript_turn_attribution(doc, w.start) or source_line_attribution(
        doc, w.start) or next_sentence_attribution(
        doc, w.sent) or list_intro_attribution(doc, w.start) or signed_statement_attribution(
        doc, w.start)
    if chosen is None or same_outlet(chosen.speaker, doc.outlet):  # "as Ukrinform reported"
        return doc.outlet, None, None, "outlet"                     # in Ukrinform
    return (chosen.speaker, chosen.speaker_role,
            doc.text[chosen.text_start : chosen.text_end], chosen.label)


@dataclass(frozen=True)
class _Cues:
    """What the cue stages decided for a group: kind, donors, recipient, scope, category."""

    kind: str
    donors: tuple[str, ...]
    recipient: str | None
    scope: Scope
    category: str


def _is_event(head: Figure) -> bool:
    """A count of what happened (drones fired, people killed), not of aid."""
    return head.measure == "count" and (
        bool(head.event) or head.unit in ("points", "countries", "casualties"))


def _part_cues(doc: Document, w: _Window, whole: Claim) -> _Cues:
    """A part shares its whole's kind, donors (unless it names its own giver) and (unless it
    names its own period) scope."""
    text = doc.text
    kind = whole.kind
    own = PASSIVE.match(text, *w.after)  # unless it states its own ("of which
    if own:                               # $3 billion has been delivered")
        kind = KIND_OF[" ".join(own.group("cue").lower().split())]
    elif w.head.measure == "money" and find_kind(text, (w.start, w.start), w.after) == "to_spend":
        kind = "to_spend"  # "..., about $23 billion would go to replenishing US stocks"
    scope = find_scope(text, (w.start, w.start), w.after, w.end, doc.published,
                       kind if w.head.measure == "money" else None)
    if scope.type not in ("period", "cumulative"):
        scope = Scope(whole.scope_text, whole.scope_type, whole.period_start, whole.period_end)
    category = "other" if _is_event(w.head) else find_category(text, w.before, w.after, kind)
    if (category == "unspecified" and whole.category not in ("total", "unspecified")) or (
            whole.category == "other"):
        category = whole.category  # a part inherits its whole's category (guide v2)
    if w.head.measure == "money" and for_another_country(doc, w.after):
        category = "other"  # "..., while 80,000 euros is for Georgia's army"
    # its own giver if it names one after its whole ("from Germany, with €7 billion, and
    # the UK, with £2.5 billion"), else its whole's
    donors = find_donors(doc, w.before, w.before, w.after, whole.recipient) or whole.donors
    return _Cues(kind, donors, whole.recipient, scope, category)


def _whole_cues(doc: Document, w: _Window) -> _Cues:
    """Kind, donors, recipient, scope and category from the words around the figure."""
    text, head = doc.text, w.head
    recipient = find_recipient(text, w.sent)
    scope = Scope()
    if head.measure == "count" and head.unit not in ("points", "countries"):
        # counts: the period anywhere in the clause
        scope = find_scope(text, (w.clause[0], w.start), (w.end, w.clause[1]), w.end,
                           doc.published)
    if _is_event(head):
        return _Cues("other", (), None, scope, "other")
    kind = find_kind(text, w.before, w.after, w.clause[0])
    if head.measure == "money":  # money: a period read with its kind (acts vs flows)
        scope = find_scope(text, w.before, w.after, w.end, doc.published, kind)
    category = find_category(text, w.before, w.after, kind, w.clause[0])
    if for_another_country(doc, w.after) or (
            head.measure == "money" and compensates_another_country(doc, w.before)):
        category = "other"
    return _Cues(kind, find_donors(doc, w.clause, w.before, w.after, recipient), recipient,
                 scope, category)


def _claim(doc: Document, f: Figure, claim_id: str, source_id: str, w: _Window,
           cues: _Cues, speaker: _Speaker, part_of: str | None, boilerplate: bool) -> Claim:
    name, role, as_written, label = speaker
    return Claim(
        claim_id=claim_id, source_id=source_id, published=doc.published,
        measure=f.measure, unit=f.unit, surface=f.surface, start=f.start, end=f.end,
        sentence=w.sent.text, sentence_start=w.sent.start, sentence_end=w.sent.end,
        value=f.value, low=f.low, high=f.high, qualifier=f.qualifier, vague=f.vague,
        speaker=name, speaker_role=role, speaker_text=as_written, attribution=label,
        donors=cues.donors, recipient=cues.recipient, kind=cues.kind, category=cues.category,
        scope_text=cues.scope.text, scope_type=cues.scope.type,
        period_start=cues.scope.start, period_end=cues.scope.end, part_of=part_of,
        pair_id=pair_id(source_id, f.pair) if f.pair is not None else None,
        status=f.status, reason=f.reason, mention_id=f.mention_id, boilerplate=boilerplate,
    )


def _mark_totals(result: dict[int, Claim], groups: Sequence[list[int]]) -> None:
    """A money figure's category from its parts (guide v2): parts of different categories
    make it a total; with no category of its own it takes its parts' one category, else is
    a total. A portion of unstated purpose named before its whole ("€2 billion of the €4
    billion it committed") is no breakdown of it by purpose: it leaves the whole as it is."""
    parts: dict[str, set[str]] = {}
    start_of = {c.claim_id: c.start for c in result.values()}
    for c in result.values():
        if c.part_of is not None and not (c.category == "unspecified"
                                          and c.start < start_of[c.part_of]):
            parts.setdefault(c.part_of, set()).add(c.category)
    for group in groups:
        whole = result[group[0]]
        if whole.claim_id not in parts or whole.measure != "money":
            continue
        category = whole_category(whole.category, parts[whole.claim_id])
        for i in group:
            result[i] = replace(result[i], category=category)
