"""Each claim stage alone, on small hand-made documents (the pipeline is in aidlib.claims)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims.assemble import build_document
from aidlib.claims.attribution import sentence_attributions
from aidlib.claims.document import Document, clause_of
from aidlib.claims.donors import find_donors, find_recipient
from aidlib.claims.figures import figure_groups, money_figures
from aidlib.claims.kind import find_category, find_kind
from aidlib.claims.scope import find_scope
from aidlib.gazetteer import load_actors
from aidlib.people import load_people
from aidlib.text import sentence_at

DAY = date(2024, 3, 5)


def _doc(text: str) -> Document:
    return build_document(text, DAY, "outlet", load_people(), load_actors())


def _around(text: str, figure: str) -> tuple[tuple[int, int], tuple[int, int], int]:
    """(before, after, end): the figure's clause split at the figure."""
    start = text.index(figure)
    end = start + len(figure)
    lo, hi = clause_of(text, sentence_at(text, start), start)
    return (lo, start), (end, hi), end


def test_document_finds_names_once() -> None:
    doc = _doc("Germany will provide €500 million, Zelenskiy said in Kyiv.")
    assert [(m.name, m.kind) for m in doc.mentions] == [
        ("Germany", "actor"), ("Volodymyr Zelensky", "person"), ("Ukraine", "actor")]
    assert doc.starts == tuple(m.start for m in doc.mentions)


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("Germany will provide €500 million in aid.", "€500 million", "pledged"),
    ("Norway has delivered €2 billion of weapons.", "€2 billion", "provided"),
    ("Kyiv asked for $10 billion more.", "$10 billion", "requested"),
    ("The report mentions €3 million.", "€3 million", "pledged"),
    ("Repairs to the port would cost €3 million.", "€3 million", "other"),
], ids=["future-provide", "delivered", "asked-for", "no-cue", "not-aid"])
def test_kind(text: str, figure: str, kind: str) -> None:
    before, after, _ = _around(text, figure)
    assert find_kind(text, before, after) == kind


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("Germany will provide €500 million in humanitarian aid.", "€500 million", "humanitarian"),
    ("Norway pledged €2 billion in military aid.", "€2 billion", "military"),
    ("Norway pledged €2 billion.", "€2 billion", "unspecified"),
], ids=["humanitarian", "military", "not-stated"])
def test_category(text: str, figure: str, category: str) -> None:
    before, after, _ = _around(text, figure)
    assert find_category(text, before, after) == category


@pytest.mark.parametrize(("text", "figure", "scope_type", "first_day"), [
    ("Allies have given $150 billion since February 2022.", "$150 billion", "cumulative",
     date(2022, 2, 1)),
    ("Norway pledged a fresh €2 billion.", "€2 billion", "new", None),
    ("Norway pledged €2 billion.", "€2 billion", "unspecified", None),
], ids=["since", "fresh", "unspecified"])
def test_scope(text: str, figure: str, scope_type: str, first_day: date | None) -> None:
    before, after, end = _around(text, figure)
    scope = find_scope(text, before, after, end, DAY)
    assert (scope.type, scope.start) == (scope_type, first_day)


def test_donors_and_recipient() -> None:
    text = "Germany and France will give Ukraine €1 billion."
    doc = _doc(text)
    sent = sentence_at(text, 0)
    before, after, _ = _around(text, "€1 billion")
    recipient = find_recipient(text, sent)
    assert recipient == "Ukraine"
    clause = clause_of(text, sent, text.index("€"))
    assert find_donors(doc, clause, before, after, recipient) == ("France", "Germany")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Germany will provide €500 million, Chancellor Olaf Scholz said.", "Olaf Scholz"),
    ("The aid is worth €5 million, according to the Pentagon.", "Pentagon"),
], ids=["said-after", "according-to"])
def test_attribution(text: str, speaker: str) -> None:
    attrs = sentence_attributions(_doc(text), sentence_at(text, 0))
    assert [a.speaker for a in attrs] == [speaker]


def test_figures_pair_one_amount_in_two_currencies() -> None:
    text = "The EU approved €21 billion (around $24 billion) and €5 billion."
    figures = money_figures(text, "s")
    assert [f.surface for f in figures] == ["€21 billion", "around $24 billion", "€5 billion"]
    assert figure_groups(figures) == [[0, 1], [2]]
