"""Category and scope rules of issue 9, round 3 (``data/gold/README.md``, "Category",
"Scope" and v2.1), each checked on several phrasings and on words that must not fire.

Every sentence was written for these tests in the register of wire copy, press releases and
government statements on aid to Ukraine; none is copied from an article of the corpus, the
evaluation set or a real page. Published on DAY.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim

# (text, figure, scope_type, period_start, period_end)
SCOPES = [
    # a budget of a named year, whatever its adjective
    ("Ottawa earmarked C$400 million for Kyiv in its 2023 federal budget.", "C$400 million",
     "period", date(2023, 1, 1), date(2023, 12, 31)),
    ("Berlin reserved €8 billion for Ukraine in the 2025 national budget.", "€8 billion",
     "period", date(2025, 1, 1), date(2025, 12, 31)),
    ("The parliament set aside €300 million in the 2024 defence budget for Kyiv.",
     "€300 million", "period", date(2024, 1, 1), date(2024, 12, 31)),
    # a fiscal year named before its noun, or after "of"
    ("Lawmakers approved $6 billion for Ukraine for the 2024 fiscal year.", "$6 billion",
     "period", date(2024, 1, 1), date(2024, 12, 31)),
    ("The bill holds $300 million for Kyiv's forces in the 2023 financial year.",
     "$300 million", "period", date(2023, 1, 1), date(2023, 12, 31)),
    ("The draft provides $450 million to Kyiv for fiscal year of 2023.", "$450 million",
     "period", date(2023, 1, 1), date(2023, 12, 31)),
    # a second act joined by a comma: the first clause's span is not the figure's
    ("Oslo signs 10-year security accord, pledges NOK 2bn in air defence", "NOK 2bn",
     "unspecified", None, None),
    ("Madrid agrees five-year defence plan, sends €300m for Kyiv's forces", "€300m",
     "unspecified", None, None),
    # negatives: the figure's own span after the verb, a span in the figure's clause
    ("Oslo signs security accord, pledges NOK 2bn over five years", "NOK 2bn", "period",
     None, None),
    ("Sweden will give SEK 9bn over three years, officials said.", "SEK 9bn", "period",
     None, None),
    # succession: the figure is the earlier money, not the new one
    ("The new package follows the ninth one, worth €90 million, approved in spring.",
     "€90 million", "unspecified", None, None),
    ("The fresh tranche comes after a €400 million one announced in May.", "€400 million",
     "unspecified", None, None),
    ("This new aid follows Rome's previous package, valued at about €60m.", "about €60m",
     "unspecified", None, None),
    # negative: the new noun phrase's own value
    ("Berlin unveiled a new package, worth €500m, on Friday.", "€500m", "new", None, None),
    # negatives: a year that is no budget's, and a budget without a year
    ("The 2023 conference pledged €900 million.", "€900 million", "unspecified", None, None),
    ("Ottawa set aside C$200 million in its federal budget.", "C$200 million", "unspecified",
     None, None),
]


@pytest.mark.parametrize(("text", "figure", "scope", "start", "end"), SCOPES,
                         ids=[s[0][:40] for s in SCOPES])
def test_scope(text: str, figure: str, scope: str, start: date | None,
               end: date | None) -> None:
    c = one_claim(text, figure)
    assert (c.scope_type, c.period_start, c.period_end) == (scope, start, end)


# (text, figure, category, part of another figure)
CATEGORIES = [
    # "along with", "together with", "as well as", "plus": a figure of its own, with its words
    ("London offered $2bn in loan guarantees, along with £150m in aid for shelters and "
     "repairs.", "£150m", "humanitarian", False),
    ("Tokyo will lend $1bn for budget needs, together with $90m for demining.", "$90m",
     "humanitarian", False),
    ("Oslo gives NOK 3bn in budget support as well as NOK 500m for generators.", "NOK 500m",
     "humanitarian", False),
    # ... and the first figure keeps its own purpose (no total of parts)
    ("London offered $2bn in loan guarantees, along with £150m in aid for shelters and "
     "repairs.", "$2bn", "financial", False),
    # an attribution after a figure ends its words
    ("The tenth package was worth €80 million, according to the ministry, which put the "
     "total support at €2 billion.", "€80 million", "unspecified", False),
    # negatives: "with" and "including" still open a part
    ("Brussels pledged €5bn in loans, with €1bn for reconstruction.", "€1bn", "financial",
     True),
    ("Rome sent €900m in aid, including €300m for hospitals.", "€300m", "humanitarian", True),
]


@pytest.mark.parametrize(("text", "figure", "category", "part"), CATEGORIES,
                         ids=[f"{c[0][:30]}-{c[1]}" for c in CATEGORIES])
def test_category(text: str, figure: str, category: str, part: bool) -> None:
    c = one_claim(text, figure)
    assert (c.category, c.part_of is not None) == (category, part)


# (text, figure, kind): a need named as a purpose ("aid for humanitarian needs") asks nothing
KINDS = [
    ("Berlin pledged €200m, along with €50m for urgent needs.", "€50m", "pledged"),
    ("London committed $1bn, along with £60m in aid for humanitarian needs.", "£60m",
     "pledged"),
    # negatives: a real request, and a need three words after "for"
    ("Kyiv needs $5bn for its budget.", "$5bn", "requested"),
    ("Donors gave $1bn for reconstruction but Ukraine needs $10bn more.", "$10bn",
     "requested"),
]


@pytest.mark.parametrize(("text", "figure", "kind"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_need_as_purpose(text: str, figure: str, kind: str) -> None:
    assert one_claim(text, figure).kind == kind
