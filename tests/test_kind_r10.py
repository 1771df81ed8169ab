"""Kind rules of issue 9, session 9 (rules round 10, from the errors of the tenth round's
development articles): money that is not aid (guide v2, kind ``other``) in two families of
real phrasing. A reconstruction-need estimate told as what the rebuilding itself will
take ("<rebuilding noun> ... will require/cost/take $X", or an estimate introduced after a
colon, "$X to rebuild ..."): World Bank RDNA coverage in wire copy and Ukrainian outlets
(e.g. censor.net, ukrinform.net). Money a figure's own verb says is frozen ("€X of the
central bank's money is immobilised in ..."), as wire copy on the windfall-profits loan
writes it. A share of aid money spent ("$X of the aid will be spent") is the aid's
outlay, not a government's own spending. Negatives: the recipient's own need for donors'
money (a request), aid held up by a veto (still a pledge), a gift to repair something
(aid), a government's own budget spent.

Every sentence was written for these tests; none takes its frame, names or numbers from
an article of the corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim

# (sentence, figure, kind)
CASES = [
    ("Rebuilding the country's railways will require about $3 billion, the ministry "
     "estimates.", "about $3 billion", "other"),
    ("Reconstruction of Kharkiv's housing will need at least $9 billion over ten years.",
     "at least $9 billion", "other"),
    ("Repairs to the dam are expected to cost $1.2 billion, engineers said.",
     "$1.2 billion", "other"),
    ("Per the lender's updated calculation: $524 billion to repair what the war destroyed.",
     "$524 billion", "other"),
    ("Some €185 billion of Russian central bank money is frozen at a Brussels depository.",
     "Some €185 billion", "other"),
    ("Clearing house records show that €12 billion is still immobilised in Luxembourg.",
     "€12 billion", "other"),
    # the outlay of a share of aid money ("$X of the aid will be spent"): not a
    # government's own spending (CBO and GAO reporting on US aid)
    ("Analysts expect $4 billion of the aid to be spent next year.", "$4 billion",
     "pledged"),
    ("By March, $9 billion of the package had been spent on munitions for Kyiv.",
     "$9 billion", "provided"),
    # ... but a government's own budget spent stays its own
    ("Poland will spend $3 billion of its defence budget on tanks.", "$3 billion",
     "to_spend"),
    # negatives: the recipient asking donors; aid held up; a gift for repairs
    ("To speed up reconstruction, Kyiv needs $5 billion from donors this year.",
     "$5 billion", "requested"),
    ("Kyiv says that $3 billion was blocked by Hungary's veto.", "$3 billion", "pledged"),
    ("Germany gave €2 billion to repair the grid.", "€2 billion", "provided"),
    ("Recovery projects in Irpin have received $15 million from Sweden this year.",
     "$15 million", "provided"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), CASES)
def test_not_aid_kind(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


@pytest.mark.xfail(strict=True, reason="a definite re-mention of an aid sum ('The NOK 500 "
                   "million will be spent ...') is read as the spender's own money: the kind "
                   "of the sum named before is not carried over")
def test_remention_of_aid_spent_is_aid() -> None:
    text = ("Norway pledged NOK 500 million for schools in Kharkiv. The NOK 500 million will "
            "be spent over two years.")
    found = [c for c in extract_claims(text, source_id="t", published=DAY, learned=False)
             if c.surface == "NOK 500 million"]
    assert found[-1].kind == "pledged"
