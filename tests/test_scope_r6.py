"""Scope rules of issue 9, session 5 (``data/gold/README.md``, "Scope", and "Parts inherit"),
from the sixth round's error classes, each on several phrasings and on words that must not
fire: spans without dates ("in the coming years", "over the medium to long term"), seasons
of a flow, running totals told as levels ("now stands at", "total contributions", "running
tally"),
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
    ("Canberra plans to lend A$300 million to Kyiv's rail operator in the coming years.",
     "A$300 million", "period", "in the coming years"),
    ("Oslo expects to channel a further NOK 4 billion over the medium to long term.",
     "NOK 4 billion", "period", "over the medium to long term"),
    ("The bank expects to lend $900 million over the next few years.", "$900 million",
     "period", "over the next few years"),
    ("Madrid will spend €1 billion in the years ahead on Ukraine's air defence.",
     "€1 billion", "period", "in the years ahead"),
    ("Brussels hopes to pay out €7 billion over the course of the year, a diplomat said.",
     "€7 billion", "period", "over the course of the year"),
    ("In those eight weeks, the Nordic states transferred €900 million to Kyiv's grid "
     "operator.", "€900 million", "period", "In those eight weeks"),
    # a season dates a flow, and the act of a promise
    ("Vilnius shipped drones worth €60 million that summer, its ministry said.",
     "€60 million", "period", "that summer"),
    ("Oslo pledged €1 billion last summer.", "€1 billion", "unspecified", ""),
    # running totals told as levels
    ("Total contributions to the grain fund have climbed to €410 million.", "€410 million",
     "cumulative", "Total contributions"),
    ("By Ottawa's running tally, Canadian help amounts to C$19 billion.", "C$19 billion",
     "cumulative", "running tally"),
    ("The bank's lending to Kyiv now reaches €2.1 billion, its president said.",
     "€2.1 billion", "cumulative", "now reaches"),
    ("Canada's military aid now stands at C$4.5 billion.", "C$4.5 billion", "cumulative",
     "now stands at"),
    # ... read before the figure only: the figure before "stands at" is no running total
    ("Lisbon added €50 million, and its aid now stands at €300 million.", "€50 million",
     "unspecified", ""),
    # ... and a bare copula is none: "new" wins
    ("Germany's new pledge stands at €500 million, the ministry said.", "€500 million",
     "new", "new"),
    # not a span
    ("In the end, Japan gave $4 billion.", "$4 billion", "unspecified", ""),
]


@pytest.mark.parametrize(("text", "figure", "scope", "scope_text"), SCOPES)
def test_scope(text: str, figure: str, scope: str, scope_text: str) -> None:
    c = one_claim(text, figure)
    assert (c.scope_type, c.scope_text) == (scope, scope_text)


def test_no_dates_for_a_span_without_them() -> None:
    c = one_claim("Canberra plans to lend A$300 million to Kyiv in the coming years.",
                  "A$300 million")
    assert (c.period_start, c.period_end) == (None, None)


LIST = """Grid appeal: who gave what

Over the winter, European governments gave Ukraine's energy fund €820 million, most of it in \
grants. The largest shares:

- Austria: €140 million
- Ireland: €95 million (all grants)
- Greece: €30 million, in transformers

Separately, Malta sent €2 million on Friday.
"""


def _scopes(text: str, published: date = DAY) -> dict[str, str]:
    return {c.surface: c.scope_type for c in extract_claims(text, published=published,
                                                            learned=False)}


def test_list_items_share_the_scope_of_the_whole_before_their_lead() -> None:
    scopes = _scopes(LIST)
    assert [scopes[s] for s in ("€140 million", "€95 million", "€30 million")] == [
        "period"] * 3
    assert scopes["€2 million"] == "unspecified"  # after the list, no item


@pytest.mark.parametrize("text", [
    LIST.replace("The largest shares:", "The largest shares follow."),  # no colon
    LIST.replace("- Austria", "Austria"),              # the first line is no list item
])
def test_no_list_no_inheritance(text: str) -> None:
    assert _scopes(text)["€140 million"] == "unspecified"


def test_an_item_stating_its_own_scope_keeps_it() -> None:
    text = LIST.replace("- Ireland: €95 million", "- Ireland: €95 million so far")
    assert _scopes(text)["€95 million"] == "cumulative"
