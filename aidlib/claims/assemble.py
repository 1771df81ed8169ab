"""Assembly: every stage run over one article's document, and the results put together as
:class:`~aidlib.records.Claim` records (parts share their whole's kind, donors, scope).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..gazetteer import Actors, load_actors
from ..mentions import pair_id
from ..people import People, load_people
from ..records import Claim
from ..text import sentence_at
from .attribution import choose, sentence_attributions
from .document import Attribution, Document, clause_of, scan_names
from .donors import find_donors, find_recipient
from .figures import count_figures, figure_groups, money_figures
from .kind import find_category, find_kind
from .patterns import KIND_OF, PART_OF, PASSIVE, SIBLING, WHOLE_AFTER
from .scope import Scope, find_scope


def extract_claims(
    text: str,
    *,
    source_id: str = "text",
    published: date,
    outlet: str | None = None,
    people: People | None = None,
    actors: Actors | None = None,
) -> list[Claim]:
    """Every money and count claim in one text, in text order.

    ``published`` is the day relative dates resolve against; ``outlet`` is the speaker when
    no one is quoted (``source_id`` if None).

    >>> text = ("Westerners have provided more than $150 billion in aid to Ukraine since "
    ...         "February 2022, including $65 billion for the military, he said.")
    >>> for c in extract_claims(text, source_id="s", published=date(2023, 4, 21)):
    ...     print(c.surface, c.part_of, c.category, c.scope_type, c.period_start)
    more than $150 billion None total cumulative 2022-02-01
    $65 billion s:c01 military cumulative 2022-02-01
    """
    people = people or load_people()
    actors = actors or load_actors()
    mentions = tuple(scan_names(text, people, actors))
    ctx = Document(text, published, outlet or source_id, people, actors, mentions,
                   tuple(m.start for m in mentions))
    money = money_figures(text, source_id)
    counts = count_figures(ctx, money)
    figures = sorted([*money, *counts], key=lambda f: f.start)
    attrs_by_sent: dict[int, list[Attribution]] = {}
    groups = figure_groups(figures)
    ids = [f"{source_id}:c{i + 1:02d}" for i in range(len(figures))]
    result: dict[int, Claim] = {}
    parent_of: dict[int, int] = {}
    for group in groups:
        head = figures[group[0]]
        g_start, g_end = head.start, figures[group[-1]].end
        sent = sentence_at(text, g_start)
        clause = clause_of(text, sent, g_start)
        # windows around the figure stop at the next figure of the same measure
        same = [g for g in groups if figures[g[0]].measure == head.measure]
        k = same.index(group)
        prev_end = max(figures[same[k - 1][-1]].end if k else 0, clause[0])
        nxt = figures[same[k + 1][0]].start if k + 1 < len(same) else len(text)
        before = (prev_end, g_start)
        after = (g_end, min(nxt, clause[1]))
        # part of the figure just after? ("€18.1 billion of the €50 billion Facility"): the
        # part keeps its own kind, donors and scope (its verb governs it), only nests
        whole_after: int | None = None
        if k + 1 < len(same):
            nxt_head = same[k + 1][0]
            if figures[nxt_head].start < sent.end and WHOLE_AFTER.match(
                    text[g_end : figures[nxt_head].start]):
                whole_after = nxt_head
        # part of the figure just before? ("..., including $65 billion for the military")
        parent: int | None = None
        if k and whole_after is None:
            prev_head = same[k - 1][0]
            same_sentence = figures[prev_head].start >= sent.start
            between = text[figures[same[k - 1][-1]].end : g_start]
            if same_sentence and PART_OF.search(between):
                parent = prev_head
            elif same_sentence and prev_head in parent_of and SIBLING.search(between):
                parent = parent_of[prev_head]
        if sent.start not in attrs_by_sent:
            attrs_by_sent[sent.start] = sentence_attributions(ctx, sent)
        attrs = attrs_by_sent[sent.start]
        chosen = choose([a for a in attrs if clause[0] <= a.verb_start < clause[1]],
                         g_start, g_end) or choose(attrs, g_start, g_end)
        recipient = find_recipient(text, sent)
        is_event = head.measure == "count" and (
            bool(head.event) or head.unit in ("points", "countries", "casualties"))
        if parent is not None:  # a part shares its whole's kind, donors and (unless it
            p = result[parent]   # names its own period) scope
            kind, donors, recipient_ = p.kind, p.donors, p.recipient
            own = PASSIVE.match(text, *after)  # unless it states its own ("of which
            if own:                              # $3 billion has been delivered")
                kind = KIND_OF[" ".join(own.group("cue").lower().split())]
            scope = find_scope(text, (g_start, g_start), after, g_end, published)
            if scope.type not in ("period", "cumulative"):
                scope = Scope(p.scope_text, p.scope_type, p.period_start, p.period_end)
            parent_of[group[0]] = parent
        else:
            kind = "other" if is_event else find_kind(text, before, after)
            donors = () if is_event else find_donors(ctx, clause, before, after, recipient)
            recipient_ = None if is_event else recipient
            if head.measure == "count":  # counts: the period anywhere in the clause
                scope = Scope() if head.unit in ("points", "countries") else find_scope(
                    text, (clause[0], g_start), (g_end, clause[1]), g_end, published)
            else:
                scope = find_scope(text, before, after, g_end, published)
        category = "other" if is_event else find_category(text, before, after)
        for i in group:
            f = figures[i]
            if chosen is not None:
                speaker, role, s_text, label = (chosen.speaker, chosen.speaker_role,
                                                text[chosen.text_start : chosen.text_end],
                                                chosen.label)
            else:
                speaker, role, s_text, label = ctx.outlet, None, None, "outlet"
            result[i] = Claim(
                claim_id=ids[i], source_id=source_id, published=published,
                measure=f.measure, unit=f.unit, surface=f.surface, start=f.start, end=f.end,
                sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end,
                value=f.value, low=f.low, high=f.high, qualifier=f.qualifier, vague=f.vague,
                speaker=speaker, speaker_role=role, speaker_text=s_text, attribution=label,
                donors=donors, recipient=recipient_, kind=kind, category=category,
                scope_text=scope.text, scope_type=scope.type, period_start=scope.start,
                period_end=scope.end,
                part_of=ids[parent] if parent is not None else (
                    ids[whole_after] if whole_after is not None else None),
                pair_id=pair_id(source_id, f.pair) if f.pair is not None else None,
                status=f.status, reason=f.reason, mention_id=f.mention_id,
            )
    # a figure with parts and no category of its own is a total
    parents = {c.part_of for c in result.values()}
    for group in groups:
        whole = result[group[0]]
        if whole.claim_id in parents and whole.category == "other" and whole.measure == "money":
            for i in group:
                result[i] = replace(result[i], category="total")
    return [result[i] for i in range(len(figures))]
