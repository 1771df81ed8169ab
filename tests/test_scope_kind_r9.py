"""Scope and kind rules of issue 9, session 8 (rules round 8, from the errors of the ninth
round's development articles): a promised payment dated by the month it is to be paid out
(a dated flow: period), "for the year 2026" as a period, and the money of an article whose
headline announces a government's own budget law for a year (to_spend, category other, the
budget's year), with negatives: a month dating the act of promising, a headline speaking of
aid, a figure naming its donor.

Every sentence was written for these tests in the register of Commission releases, wire
copy and finance-ministry summaries of budget votes, in constructions of its own (the few
that first copied a development article's frame with its names or numbers swapped were
rewritten after audit 8); none takes its frame, names or numbers from an article of the
corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim

# (text, figure, scope_type)
SCOPES = [
    # a promised payment dated by when it is to be paid out: a flow's period
    ("The Commission will disburse the next €2.1 billion tranche in October, officials said.",
     "€2.1 billion", "period"),
    ("Lisbon is to transfer a further €45 million to the grid operator in October.",
     "€45 million", "period"),
    ("A further €1.2 billion is expected to be received in November, the ministry said.",
     "€1.2 billion", "period"),
    ("Under the deal Tokyo would transfer some $800 million to the reconstruction fund in "
     "August.", "some $800 million", "period"),
    # ... not a month dating the act of promising
    ("Rome pledged €300 million in February for air defence.", "€300 million",
     "unspecified"),
    ("The parliament approved NOK 2 billion in May after a long debate.", "NOK 2 billion",
     "unspecified"),
    # "for the year <year>", "in the year <year>": a budget line's year
    ("Athens has earmarked €60 million of defence aid for the year 2026.", "€60 million",
     "period"),
    ("Vilnius spent about €40 million on drones for Kyiv in the year 2023.",
     "about €40 million", "period"),
    # "up to <year>": a period with its end only, as "until <year>"
    ("Oslo will give NOK 75 billion up to 2030 for the power grid.", "NOK 75 billion",
     "period"),
    ("Up to 2029, Tokyo plans to lend $4 billion for rebuilding.", "$4 billion", "period"),
    # ... not "up to" a number of things
    ("The fund could buy up to 2000 drones worth €300 million.", "€300 million",
     "unspecified"),
    # "help" as a running-total noun before a level verb (as "aid", "support")
    ("Estonian help to Kyiv now tops €500 million, Tallinn said.", "€500 million",
     "cumulative"),
    ("Lisbon's defence help has passed €250 million, officials said.", "€250 million",
     "cumulative"),
    # ... not one act's help told with a summing verb
    ("Dutch help for the grid repairs will total €60 million.", "€60 million",
     "unspecified"),
    # ... not a year that is no period of the money
    ("The year 2025 began with Lisbon sending €90 million in aid.", "€90 million",
     "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "scope_type"), SCOPES)
def test_scope_round9(text: str, surface: str, scope_type: str) -> None:
    assert one_claim(text, surface).scope_type == scope_type


@pytest.mark.xfail(strict=True, reason="a payment noun as subject, dated by 'foreseen/planned "
                   "for <month>', is not read as a dated flow (only verbs of paying are)")
def test_payment_noun_foreseen_for_month() -> None:
    c = one_claim("Payment of the second NOK 600 million instalment is foreseen for "
                  "September.", "NOK 600 million")
    assert c.scope_type == "period"


_BUDGET = ("Deputies pass the 2026 state budget in its final reading\n\n"
           "The spending plan won 261 votes on Thursday. Expenditures are set at UAH 4.1 "
           "trillion, with UAH 120 billion earmarked for road repairs and an additional UAH "
           "9 billion for school meals. Brussels is expected to lend Kyiv USD 20 billion "
           "next year through the Ukraine Facility.")


@pytest.mark.parametrize(("surface", "kind", "category", "scope_type"), [
    ("UAH 4.1 trillion", "to_spend", "other", "period"),
    ("UAH 120 billion", "to_spend", "other", "period"),
    ("UAH 9 billion", "to_spend", "other", "period"),      # the period wins over "additional"
    ("USD 20 billion", "pledged", "financial", "period"),  # a donor's loan: not the budget's
])
def test_budget_law_frame(surface: str, kind: str, category: str, scope_type: str) -> None:
    [c] = [c for c in extract_claims(_BUDGET, published=DAY, learned=False)
           if c.surface == surface]
    assert (c.kind, c.category, c.scope_type) == (kind, category, scope_type)
    if surface != "USD 20 billion":
        assert (c.period_start, c.period_end) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("headline", [
    "Berlin's 2026 budget halves military aid for Kyiv",   # a donor's budget: aid
    "Deputies debate school meals as winter nears",        # no budget law with a year
])
def test_budget_law_frame_negatives(headline: str) -> None:
    text = f"{headline}\n\nThe plan sets aside €4 billion for Ukraine's air defence."
    [c] = [c for c in extract_claims(text, published=DAY, learned=False)
           if c.surface == "€4 billion"]
    assert c.kind == "pledged"
    assert c.category != "other"


# (text, figure, kind, category)
KINDS = [
    # a donor's spending on the refugees it hosts is aid, not its own spending
    ("Since 2022 Poland has spent about PLN 15 billion on Ukrainian refugees.",
     "about PLN 15 billion", "provided", "humanitarian"),
    ("Vienna spent €700 million last year on people fleeing the war, the ministry said.",
     "€700 million", "provided", "humanitarian"),
    # ... not the recipient on its own displaced, nor a party that gives Ukraine no aid
    ("The Kremlin says it has spent RUB 90 billion on people fleeing the war since 2022.",
     "RUB 90 billion", "to_spend", "other"),
    ("Kyiv has spent UAH 40 billion on people displaced by the war this year.",
     "UAH 40 billion", "to_spend", "other"),
    # ... not on its own army
    ("Austria spent €700 million on its own army last year.", "€700 million", "to_spend",
     "other"),
    # the recipient's deficit told as a budget or financing hole: a need, and budget money
    ("Donors are being asked to plug Ukraine's $14 billion budget hole for next year.",
     "$14 billion", "requested", "financial"),
    ("Analysts put Ukraine's financing hole at roughly €8 billion for 2026.",
     "roughly €8 billion", "requested", "financial"),
    # ... not a donor's own deficit
    ("Berlin's €17 billion financing hole has delayed its budget vote.", "€17 billion",
     "other", "other"),
    ("The French treasury is wrestling with a budget hole of €40 billion.", "€40 billion",
     "other", "other"),
    # a delivery noun's money still on its way: a promise
    ("A disbursement of €2 billion is due to reach Kyiv next week, the Commission said.",
     "€2 billion", "pledged", "unspecified"),
    ("Its second grant payment, some $300 million, should arrive before the winter.",
     "some $300 million", "pledged", "unspecified"),
    # ... not money that has arrived
    ("The €4.5 billion disbursement reached Kyiv on Tuesday.", "€4.5 billion", "provided",
     "unspecified"),
    # what the money is said not to be ("rather than", "instead of") is no cue of it
    ("Dutch officials described the €250 million as a loan, as opposed to an outlay from "
     "the defence budget.", "€250 million", "pledged", "financial"),
    ("Ministers argued the C$900 million came as a loan instead of money from the military "
     "budget.", "C$900 million", "pledged", "financial"),
    # ... while money said to come from that budget is its own spending
    ("The C$900 million will come from the military budget, ministers said.",
     "C$900 million", "to_spend", "other"),
    # interest earned on frozen assets, a repayment demanded of Ukraine: not aid
    ("Those blocked reserves yield close to $1.4 billion per year in interest, a central "
     "banker estimated.", "close to $1.4 billion", "other", "other"),
    ("Each quarter the clearing house books some €700 million in interest earnings on the "
     "immobilised cash.", "some €700 million", "other", "other"),
    ("Washington wants Kyiv to repay $350 billion through mineral revenues.", "$350 billion",
     "other", "other"),
    # ... not credit that bears no interest (no yield frame)
    ("Tokyo will lend Kyiv ¥80 billion in interest free loans, the embassy said.",
     "¥80 billion", "pledged", "financial"),
    ("Oslo gave Kyiv NOK 900 million in interest free credit over the winter.",
     "NOK 900 million", "provided", "financial"),
    # ... not a loan Ukraine is to repay
    ("Under the terms Ukraine is to repay $2 billion in loans from Japan over 15 years.",
     "$2 billion", "pledged", "financial"),
    # ... not a hole in a dam (a cost of damage)
    ("The shelling punched a hole in the dam that will cost about $40 million to fix.",
     "about $40 million", "other", "other"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "category"), KINDS)
def test_kind_category_round9(text: str, surface: str, kind: str, category: str) -> None:
    c = one_claim(text, surface)
    assert (c.kind, c.category) == (kind, category)


@pytest.mark.xfail(strict=True, reason="a bare 'hole' is a deficit only with partners to "
                   "fill it: not read (a hole in a road is not)")
def test_bare_hole_deficit_gap() -> None:
    c = one_claim("Next year the finance ministry must somehow fill a roughly $9 billion "
                  "hole, lenders warned.", "roughly $9 billion")
    assert c.kind == "requested"


# (text, figure, category): a definite vehicle taking the purpose its antecedent named
ANTECEDENTS = [
    ("Oslo confirmed a new humanitarian aid package during the visit.\n\nThat package "
     "amounts to NOK 300 million.", "NOK 300 million", "humanitarian"),
    ("Ministers signed off a second military tranche on Friday. The tranche is worth "
     "€75 million, officials said.", "€75 million", "military"),
    # ... not another vehicle than the one named
    ("Ministers signed off a second military tranche on Friday. The loan is worth "
     "€75 million, officials said.", "€75 million", "financial"),
]

# (text, figure): an antecedent that may be another vehicle (audit8 B4): a vehicle named
# with a contrastive or possessive determiner, or by a verb that does not announce it.
ANTECEDENT_NEGATIVES = [
    ("A first military tranche went to the front in spring.\n\nThe new tranche is worth "
     "€90 million.", "€90 million"),
    ("Warsaw criticised the EU's military package on Tuesday. The new package is worth "
     "€1 billion, officials said.", "€1 billion"),
    ("Lisbon questioned a military package of its neighbours. That package amounts to "
     "€45 million.", "€45 million"),
]


@pytest.mark.parametrize(("text", "surface"), ANTECEDENT_NEGATIVES)
def test_antecedent_that_may_be_another_vehicle(text: str, surface: str) -> None:
    assert one_claim(text, surface).category != "military"


@pytest.mark.parametrize(("text", "surface", "category"), ANTECEDENTS)
def test_category_from_antecedent_vehicle(text: str, surface: str, category: str) -> None:
    assert one_claim(text, surface).category == category


def test_antecedent_sentence_with_money_is_not_read() -> None:
    """The sentence before states money of its own: its purpose words are that money's."""
    c = one_claim("Rome announced a €20 million military package and a grant for the grid. "
                  "The package brings the total to €900 million.", "€900 million")
    assert c.category != "military"


_TABLE = ("Aid at a glance\n\n| Line | Amount |\n|---|---|\n"
          "| Demining support 2026 | €40 million |\n"
          "| Energy equipment delivered, 2025 | €15 million |\n"
          "| Grant to the grid operator | €20 million |\n")


@pytest.mark.parametrize(("surface", "scope_type", "year"), [
    ("€40 million", "period", 2026),
    ("€15 million", "period", 2025),
    ("€20 million", "unspecified", None),   # a label with no year: no scope
])
def test_table_row_year(surface: str, scope_type: str, year: int | None) -> None:
    [c] = [c for c in extract_claims(_TABLE, published=DAY, learned=False)
           if c.surface == surface]
    assert c.scope_type == scope_type
    assert c.period_start == (date(year, 1, 1) if year else None)
