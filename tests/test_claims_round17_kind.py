"""Kind rules of round 17 (session 13), from the kind errors of the rounds 13-15 development
articles, each a family of phrasing real outlets use:

- a gift told as made right before its figure ("<giver> made a voluntary contribution of
  €X", "made its first payment of"; releases and wire copy on trust funds and appeals):
  money handed over (``provided``), as "contributed" is; a contribution announced or to be
  made stays a promise.
- a figure as the subject of paying for the donor's own forces ("$X funds U.S. military
  operations in Europe"; breakdowns of aid bills): the donor's own spending (``to_spend``);
  the recipient's forces are aid.
- the budget of a scheme, call or programme right before its figure ("the third call has an
  additional budget of €X"; research-agency and EU programme releases), or a donor's budget
  line named for the recipient ("<donor>'s Ukraine line in the defence budget rises to"):
  an aid scheme's money (``pledged``), not a government's own spending; a ministry's or a
  country's own (defence) budget stays ``to_spend``.
- outside money a budget or programme relies on ("<budget> relies on $X of external
  financing", "built around total external financing of $X"; IMF and wire copy): a need
  (``requested``); external financing received or pledged keeps its verb's kind.
- a donor's aid budget as the cue ("paid out of the development aid budget") and
  "budget help" (money to the recipient's budget) are aid, not the government's own
  spending; a defence budget stays ``to_spend``.
- a delivery verb right after a body that decides on money or a signed order ("the finance
  committee releases an extra €X", "signed an order releasing $X"): the decision, a pledge;
  a donor or bank releasing money stays a delivery.
- deliveries or payments as the subject of a verb of a level right before the figure
  ("deliveries ... had reached €X", "the payments together amounted to $X"): a level of
  money handed over (``provided``); a level of pledges stays ``pledged``.
- a central bank's currency operation ("sold $X on the interbank FX market", "bought $X
  to replenish its reserves"): no flow of aid (``other``); money said to go to servicing or
  redeeming debt ("$X went to service and repay Eurobonds"): the debtor's own outlay
  (``to_spend``); money that went to the budget stays a delivery.
- an aid law named right after its figure ("a $X aid bill for <recipient>"): the law's money
  (``pledged``), not a bill to pay (``other``).
- an exchange-rate line of wire copy ("($1 = 0.9215 euros)"): both sides are a rate
  (``other``); an "=" inside reporting is no rate.

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


SCHEME_BUDGET = [
    ("The third call of the fellowship programme has an additional budget of €8 million.",
     "€8 million", "pledged"),
    ("In 2023 the agency opened a grant scheme for scientists fleeing Ukraine with a total "
     "budget of CZK 40 million.", "CZK 40 million", "pledged"),
    ("Latvia's Ukraine line in the 2026 defence budget rises to €70 million.",
     "€70 million", "pledged"),
    # negatives: a body's or a country's own budget
    ("The defence ministry has a budget of €5 billion for its own tanks.", "€5 billion",
     "to_spend"),
    ("Latvia's defence budget rises to €1.7 billion.", "€1.7 billion", "to_spend"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), SCHEME_BUDGET)
def test_scheme_budget_is_pledged(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


RELIED_ON = [
    ("Moldova's draft budget relies on about $1.1 billion of external financing next year.",
     "about $1.1 billion", "requested"),
    ("The new programme is built around total external financing of $80 billion over four "
     "years.", "$80 billion", "requested"),
    # negatives: external financing received or pledged
    ("Last year the budget received $1.1 billion of external financing from the EU.",
     "$1.1 billion", "provided"),
    ("Japan pledged $1.1 billion of external financing for the budget.", "$1.1 billion",
     "pledged"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), RELIED_ON)
def test_external_financing_relied_on_is_requested(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


RATE_LINE = [
    ("($1 = 0.9215 euros)", "$1", "other"),
    ("($1 = 0.9215 euros)", "0.9215 euros", "other"),
    ("(1 euro = $1.0840)", "$1.0840", "other"),
    # negative: an "=" in a sentence of reporting
    ("Norway gave the fund $1 billion = a third of its target.", "$1 billion", "provided"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), RATE_LINE)
def test_exchange_rate_line_is_other(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


AID_BUDGET = [
    ("A first CHF 400 million will come out of the international cooperation budget "
     "until 2027.", "CHF 400 million", "pledged"),
    ("Overall help, including refugee care and budget help, is about $300 million.",
     "about $300 million", "pledged"),
    # negative: a donor's own defence budget
    ("A first CHF 400 million will come out of the defence budget until 2027.",
     "CHF 400 million", "to_spend"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), AID_BUDGET)
def test_aid_budget_is_aid(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


DECIDING_BODY = [
    ("Town council releases £50,000 for its twin city in Ukraine", "£50,000", "pledged"),
    ("The finance committee releases an extra €1 billion in military aid for Ukraine.",
     "€1 billion", "pledged"),
    ("The president signed an order releasing $3 million for humanitarian aid to Ukraine.",
     "$3 million", "pledged"),
    # negatives: a donor or a bank releasing money hands it over
    ("The European Commission released €1.2 billion to Ukraine on Friday.", "€1.2 billion",
     "provided"),
    ("Bank releases €20 million for Ukrainian hospitals", "€20 million", "provided"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), DECIDING_BODY)
def test_deciding_body_release_is_pledged(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


DELIVERED_LEVEL = [
    ("By the end of 2022, deliveries of generators and cash transfers had reached around "
     "€30 million.", "around €30 million", "provided"),
    ("The 300 payments checked by the inspectors together amounted to $9.1 million.",
     "$9.1 million", "provided"),
    # negative: a level of promises
    ("Pledges for the scheme had reached €30 million by June.", "€30 million", "pledged"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), DELIVERED_LEVEL)
def test_delivered_level_is_provided(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


CURRENCY_AND_DEBT = [
    ("Last month the central bank sold $1.4 billion on the interbank FX market.",
     "$1.4 billion", "other"),
    ("The regulator bought $3 million to replenish its reserves.", "$3 million", "other"),
    ("Of the inflows, $200 million went to service and repay Eurobonds.", "$200 million",
     "to_spend"),
    # negative: money that went to the budget was handed over
    ("Of the inflows, $200 million went to the state budget.", "$200 million", "provided"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), CURRENCY_AND_DEBT)
def test_currency_operation_and_debt_service(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


AID_LAW = [
    ("Congress passed a $12 billion aid bill for Ukraine in March.", "$12 billion", "pledged"),
    # negative: a bill to pay
    ("Kyiv faces a $12 billion bill for repairing its grid.", "$12 billion", "other"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), AID_LAW)
def test_aid_bill_for_recipient_is_pledged(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind
