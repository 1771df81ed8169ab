"""Kind and category over families of real phrasing (issue 9, session 6, from the seventh
round's error classes and the guide's choices for them): money "made available" (provided),
consent and backing in every form (a decision, not a delivery), a purpose's "needs" (no
request), an assessment's estimate of needs or damage told as a level ("has climbed to",
"put needs at": not aid).

Every sentence was written for these tests in the register of wire copy, parliament and
ministry releases and reconstruction assessments; none is copied from an article of the
corpus, the evaluation set or a real page. Negatives included.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, kind, category)
FAMILIES = [
    # "made available": provided; a future or progressive one a promise
    ("Since 2022 Norway and its partners have made available some €40 billion for Kyiv.",
     "some €40 billion", "provided", "unspecified"),
    ("Tokyo had made available ¥500 billion in grants by the end of the year.",
     "¥500 billion", "provided", "financial"),
    ("Brussels will make available a further €5 billion for the grid next month.",
     "€5 billion", "pledged", "humanitarian"),
    ("The bank is making available $700 million in loans to Kyiv's power utilities.",
     "$700 million", "pledged", "financial"),
    # consent, approval and backing in any form: a decision to pay
    ("Senators gave their consent to the government lending up to €20 billion to Kyiv.",
     "up to €20 billion", "pledged", "financial"),
    ("Finance ministers gave their approval to a €4 billion tranche for Ukraine.",
     "€4 billion", "pledged", "unspecified"),
    ("Lawmakers in Vilnius gave their backing to €200 million in military aid.",
     "€200 million", "pledged", "military"),
    # ... while money given is given
    ("Estonia gave €30 million in military aid to Kyiv last year.", "€30 million",
     "provided", "military"),
    # a purpose's needs are no request
    ("Roughly half, €12 billion, should go to Kyiv's military needs, officials said.",
     "€12 billion", "pledged", "military"),
    ("The remaining $3 billion goes towards the country's energy needs.", "$3 billion",
     "pledged", "humanitarian"),
    # ... a need to be covered by others still is
    ("Kyiv needs $3 billion a month from its partners, the minister said.", "$3 billion",
     "requested", "unspecified"),
    # an estimate of reconstruction needs or damage told as a level: not aid
    ("The bill for rebuilding the country after four years of full-scale fighting has "
     "climbed to $120 billion, the bank estimates.", "$120 billion", "other", "other"),
    ("The cost of repairing the grid after a winter of strikes on substations has risen to "
     "$9 billion.", "$9 billion", "other", "other"),
    ("The World Bank's latest assessment put needs at $486 billion.", "$486 billion", "other",
     "other"),
    ("A joint survey by the ministries puts the needs at €300 billion.", "€300 billion",
     "other", "other"),
    # ... a level of aid stays aid
    ("Germany's support for the grid has climbed to €1.2 billion.", "€1.2 billion",
     "pledged", "humanitarian"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "category"), FAMILIES)
def test_kind_category_families(text: str, surface: str, kind: str, category: str) -> None:
    claim = one_claim(text, surface)
    assert (claim.kind, claim.category) == (kind, category)
