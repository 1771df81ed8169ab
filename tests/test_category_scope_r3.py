"""Category and scope rules of issue 9, round 3 (``data/gold/README.md``, "Category",
"Scope" and v2.1), each checked on several phrasings and on words that must not fire.

Every sentence was written for these tests in the register of wire copy, press releases and
government statements on aid to Ukraine; none is copied from an article of the corpus, the
evaluation set or a real page. Published on DAY.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import Claim, extract_claims

DAY = date(2024, 6, 14)


def _one(text: str, surface: str) -> Claim:
    found = [c for c in extract_claims(text, source_id="t", published=DAY)
             if c.surface == surface]
    assert len(found) == 1, [c.surface for c in extract_claims(text, published=DAY)]
    return found[0]


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
    # negatives: a year that is no budget's, and a budget without a year
    ("The 2023 conference pledged €900 million.", "€900 million", "unspecified", None, None),
    ("Ottawa set aside C$200 million in its federal budget.", "C$200 million", "unspecified",
     None, None),
]


@pytest.mark.parametrize(("text", "figure", "scope", "start", "end"), SCOPES,
                         ids=[s[0][:40] for s in SCOPES])
def test_scope(text: str, figure: str, scope: str, start: date | None,
               end: date | None) -> None:
    c = _one(text, figure)
    assert (c.scope_type, c.period_start, c.period_end) == (scope, start, end)
