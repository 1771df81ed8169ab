"""Kind rules of round 17 (session 13), from the kind errors of the rounds 13-15 development
articles, each a family of phrasing real outlets use:

- a gift told as made right before its figure ("<giver> made a voluntary contribution of
  €X", "made its first payment of"; releases and wire copy on trust funds and appeals):
  money handed over (``provided``), as "contributed" is; a contribution announced or to be
  made stays a promise.
- a figure as the subject of paying for the donor's own forces ("$X funds U.S. military
  operations in Europe"; breakdowns of aid bills): the donor's own spending (``to_spend``);
  the recipient's forces are aid.

Every sentence was written for these tests; none takes its frame, names or numbers from an
article of the corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, kind)
GIFT_MADE = [
    ("Estonia made a voluntary contribution of €300,000 to the demining trust fund in 2023.",
     "€300,000", "provided"),
    ("The clearing house made its first payment of about €2.1 billion to the fund last month.",
     "about €2.1 billion", "provided"),
    ("Back in 2022 the foundation had made an initial donation of $4 million to the relief fund.",
     "$4 million", "provided"),
    # negatives: a contribution still to be made, or only announced, is a promise
    ("Estonia will make a voluntary contribution of €300,000 to the demining fund next year.",
     "€300,000", "pledged"),
    ("Estonia announced a contribution of €300,000 to the demining trust fund.",
     "€300,000", "pledged"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), GIFT_MADE)
def test_gift_made_is_provided(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


# The figure as the subject of paying for the donor's own forces (breakdowns of aid bills):
# the donor's own spending; the recipient's forces are aid.
OWN_FORCES = [
    ("Of the total, roughly $6 billion funds ongoing U.S. military operations in Europe.",
     "roughly $6 billion", "to_spend"),
    ("The bill sets aside $2 billion that will fund British troops deployed in Estonia.",
     "$2 billion", "to_spend"),
    ("A further $900 million pays for American forces rotating through Poland.",
     "$900 million", "to_spend"),
    # negative: the recipient's forces
    ("Of the total, roughly $6 billion supports Ukrainian military operations in the east.",
     "roughly $6 billion", "pledged"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), OWN_FORCES)
def test_own_forces_are_own_spending(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind
