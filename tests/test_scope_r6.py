"""Scope rules of issue 9, session 5 (``data/gold/README.md``, "Scope", and "Parts inherit"),
from the sixth round's error classes, each on several phrasings and on words that must not
fire: spans without dates ("in the coming years", "over the mid- to long term"), seasons of
a flow, running totals told as levels ("now stands at", "total disbursements", "the tally"),
and the items of a list led by a colon, which share the scope of the whole before the lead.

Every sentence was written for these tests in the register of wire copy, releases and
newsletters on aid to Ukraine; none is copied from an article of the corpus, the evaluation
set or a real page. Published on DAY (learned stage off: these test the rules).
"""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim

# (text, figure, scope_type, scope_text)
SCOPES = [
    # spans without dates
    ("Seoul will offer Kyiv a $2.3 billion package in the coming years, an aide said.",
     "$2.3 billion", "period", "in the coming years"),
    ("The remaining $2 billion will be lent over the mid- to long term through the fund.",
     "$2 billion", "period", "over the mid- to long term"),
    ("The bank expects to lend $900 million over the next few years.", "$900 million",
     "period", "over the next few years"),
    ("Madrid will spend €1 billion in the years ahead on Ukraine's air defence.",
     "€1 billion", "period", "in the years ahead"),
    ("The group expects orders worth €5 billion over the course of the year.", "€5 billion",
     "period", "over the course of the year"),
    ("In those eight weeks, donor governments committed €9.4 billion.", "€9.4 billion",
     "period", "In those eight weeks"),
    # a season dates a flow, and the act of a promise
    ("Kyiv received only €600 million that summer, the tracker shows.", "€600 million",
     "period", "that summer"),
    ("Oslo pledged €1 billion last summer.", "€1 billion", "unspecified", ""),
    # running totals told as levels
    ("Total disbursements under the programme now reach about $9.8 billion.",
     "about $9.8 billion", "cumulative", "Total disbursements"),
    ("The Pentagon's own tally of security aid is now north of $30 billion.",
     "north of $30 billion", "cumulative", "tally"),
    ("Loans and grants under the project stood at close to $20 billion.",
     "close to $20 billion", "cumulative", "stood at"),
    ("Canada's military aid now stands at C$4.5 billion.", "C$4.5 billion", "cumulative",
     "now stands at"),
    # ... read before the figure only: the figure before "stands at" is no running total
    ("Lisbon added €50 million, and its aid now stands at €300 million.", "€50 million",
     "unspecified", ""),
    # not a span
    ("In the end, Japan gave $4 billion.", "$4 billion", "unspecified", ""),
]


@pytest.mark.parametrize(("text", "figure", "scope", "scope_text"), SCOPES)
def test_scope(text: str, figure: str, scope: str, scope_text: str) -> None:
    c = one_claim(text, figure)
    assert (c.scope_type, c.scope_text) == (scope, scope_text)


def test_no_dates_for_a_span_without_them() -> None:
    c = one_claim("Seoul will offer a $2.3 billion package in the coming years.",
                  "$2.3 billion")
    assert (c.period_start, c.period_end) == (None, None)


LIST = """Donors step up again

In those six weeks, donor governments committed €12.96 billion, less than in December. \
The split by country:

- Norway: €1.11 billion (up 90%)
- Finland: €0.56 billion
- Japan: €5.1 billion, nearly all of it loans

Separately, Canada gave $5 million on Friday.
"""


def _scopes(text: str, published: date = DAY) -> dict[str, str]:
    return {c.surface: c.scope_type for c in extract_claims(text, published=published,
                                                            learned=False)}


def test_list_items_share_the_scope_of_the_whole_before_their_lead() -> None:
    scopes = _scopes(LIST)
    assert [scopes[s] for s in ("€1.11 billion", "€0.56 billion", "€5.1 billion")] == [
        "period"] * 3
    assert scopes["$5 million"] == "unspecified"  # after the list, no item


@pytest.mark.parametrize("text", [
    LIST.replace("The split by country:", "The split by country follows."),  # no colon
    LIST.replace("- Norway", "Norway"),                # the first line is no list item
])
def test_no_list_no_inheritance(text: str) -> None:
    assert _scopes(text)["€1.11 billion"] == "unspecified"


def test_an_item_stating_its_own_scope_keeps_it() -> None:
    text = LIST.replace("- Finland: €0.56 billion", "- Finland: €0.56 billion so far")
    assert _scopes(text)["€0.56 billion"] == "cumulative"
