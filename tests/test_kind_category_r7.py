"""Kind and category over families of real phrasing (issue 9, session 6, from the seventh
round's error classes and the guide's choices for them): money "made available" (provided),
consent and backing in every form (a decision, not a delivery), a purpose's "needs" (no
request), an assessment's estimate of needs or damage told as a level ("has climbed to",
"put needs at": not aid).

Every sentence was written for these tests in the register of wire copy, parliament and
ministry releases and reconstruction assessments; none takes its frame, names or numbers
from an article of the corpus or the evaluation set (the review of session 6 found some
that did: they were written anew). Negatives included.
"""

from __future__ import annotations

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim

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
    ("By 120 votes to 40, the senate gave its consent to a CZK 10 billion credit line for "
     "Kyiv.", "CZK 10 billion", "pledged", "financial"),
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
    ("Putting needs at close to €14 billion, the governors' report asks for help with "
     "housing first.", "close to €14 billion", "other", "other"),
    ("A joint survey by the ministries puts the needs at €300 billion.", "€300 billion",
     "other", "other"),
    ("Kyiv's needs for recovery and rebuilding have grown to $300 billion, the bank said.",
     "$300 billion", "other", "other"),
    # money going to refill the donor's own stocks, told with a gerund and a list
    ("Congress wants roughly $15 billion of the new bill to go to replenishing American "
     "weapons, stocks and depots.", "roughly $15 billion", "to_spend", "other"),
    # a framework agreement worth a sum (an arms maker's order book) is a contract; a loan
    # under one stays a pledge
    ("Nammo and the Norwegian army signed a NOK 4 billion framework agreement for shells.",
     "NOK 4 billion", "contracted", "military"),
    ("Kyiv and the bank signed a €300 million framework agreement for loans to farmers.",
     "€300 million", "pledged", "financial"),
    # spending "on rebuilding Ukraine" is aid; on one's own region is one's own spending
    ("The Danish government wants to spend DKK 6 billion on rebuilding Ukraine over ten "
     "years.", "DKK 6 billion", "pledged", "humanitarian"),
    ("Berlin will spend €500 million on arming Ukraine's brigades next year.",
     "€500 million", "pledged", "military"),
    ("Tokyo will spend ¥2 trillion on rebuilding its own northeast.", "¥2 trillion",
     "to_spend", "other"),
    # ... a level of aid stays aid
    ("Germany's support for the grid has climbed to €1.2 billion.", "€1.2 billion",
     "pledged", "humanitarian"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "category"), FAMILIES)
def test_kind_category_families(text: str, surface: str, kind: str, category: str) -> None:
    claim = one_claim(text, surface)
    assert (claim.kind, claim.category) == (kind, category)


# (sentence, figure, category)
CATEGORIES = [
    # a verbal or valuing "total" hides no purpose named before it
    ("Once the autumn deliveries are counted, Dutch military aid for the year will total "
     "some €2 billion.", "some €2 billion", "military"),
    ("Belgium's humanitarian aid should thus total €90 million this year.", "€90 million",
     "humanitarian"),
    ("Its total value is put at roughly NOK 2.1 billion.", "roughly NOK 2.1 billion",
     "unspecified"),
    # ... while a whole of several kinds of aid is a total
    ("Across all categories, Norway's pledges come to NOK 75 billion.", "NOK 75 billion",
     "total"),
    ("Canada has committed C$19 billion in all types of aid since 2022.", "C$19 billion",
     "total"),
    ("The aid Brussels has given Kyiv in all its forms has exceeded 65 billion euros.",
     "65 billion euros", "total"),
    # a grant for the grid or energy equipment is relief; other grants stay financial
    ("€40 million in grants to the grid operator for transformers was paid in March.",
     "€40 million", "humanitarian"),
    ("Seoul sent $25 million in grants to Kyiv for generators and substations.",
     "$25 million", "humanitarian"),
    ("Tokyo sent ¥30 billion in grants to Kyiv for emergency recovery.", "¥30 billion",
     "financial"),
    # the recipient government's budget and finances
    ("The bill sets aside $5 billion to prop up the Ukrainian government's budget.",
     "$5 billion", "financial"),
    ("The €600 million tranche is meant to shore up Kyiv's public finances before winter.",
     "€600 million", "financial"),
    ("To keep the government running until spring, Kyiv is asking partners for about $3 billion "
     "each month.", "about $3 billion", "financial"),
    # a drawdown is military; bare equipment names no purpose (school, farm or
    # firefighting equipment is no weapon), medical equipment is relief
    ("The latest drawdown, approved in May, was a $150 million stopgap.", "$150 million",
     "military"),
    ("Seoul shipped $30 million in medical equipment to hospitals in Kharkiv.",
     "$30 million", "humanitarian"),
    ("Tokyo delivered $20 million worth of equipment to schools and clinics around "
     "Kharkiv.", "$20 million", "humanitarian"),
    ("Ottawa is shipping C$15 million in farm equipment to growers in the south.",
     "C$15 million", "unspecified"),
    ("Berlin flew €10 million of firefighting equipment to Kyiv.", "€10 million",
     "unspecified"),
    # compensation a donor country receives for what it sent: not aid to Ukraine
    ("Lithuania, which sent its howitzers last year, expects to get reimbursements of "
     "€45 million from the fund.", "€45 million", "other"),
    ("Romania will be reimbursed €100 million from the European Peace Facility.",
     "€100 million", "other"),
    ("Once the tanks arrive, Czechia can claim compensation of roughly €90 million.",
     "roughly €90 million", "other"),
    ("Warsaw will receive compensation worth about €300 million next month from the fund.",
     "about €300 million", "other"),
    # ... not the recipient's own claim, nor a fund that reimburses in another clause
    ("Kyiv expects compensation of $2 billion from Russia's frozen assets.", "$2 billion",
     "unspecified"),
    ("The facility reimburses member states; Ukraine will get €500 million in military aid.",
     "€500 million", "military"),
]


@pytest.mark.parametrize(("text", "surface", "category"), CATEGORIES)
def test_category_families(text: str, surface: str, category: str) -> None:
    assert one_claim(text, surface).category == category


def test_a_whole_of_one_purpose_split_across_others_is_a_total() -> None:
    """Guide, seventh round: "€90bn, of which €60bn for defence and €30bn for the budget"."""
    text = ("The Council approved a €40 billion loan to Kyiv for 2026. Some €25 billion will "
            "pay for weapons and ammunition, and €15 billion will support the state budget.")
    assert one_claim(text, "€40 billion").category == "total"
    short = text.replace("€15 billion", "€5 billion")  # parts that do not add up to it
    assert one_claim(short, "€40 billion").category == "financial"


# (text, figure, kind, category): a list under a lead naming money that is not aid, items
# opening on a label and a colon (guide, seventh round: a list keeps its lead's reading)
SECTOR_LIST = """The costliest damage by region, according to the survey:

- Kharkiv: almost $21 billion. Much of it is housing in the city's north.
- Donetsk: nearly $19 billion, after months of shelling of its towns, roads and plants.
- Zaporizhzhia: about $11 billion.
- Kherson: more than $8 billion.
"""

GIFT_LIST = """Donors sent the following to the grid fund this winter:

- Austria: €40 million. Most of it went on transformers.
- Norway: €35 million, mostly for generators and cables for the eastern regions this winter.
- Ireland: €12 million.
"""


@pytest.mark.parametrize("surface", ["almost $21 billion", "nearly $19 billion",
                                     "about $11 billion", "more than $8 billion"])
def test_items_of_a_not_aid_list_are_not_aid(surface: str) -> None:
    claim = one_claim(SECTOR_LIST, surface)
    assert (claim.kind, claim.category) == ("other", "other")


@pytest.mark.parametrize("surface", ["€40 million", "€35 million", "€12 million"])
def test_items_of_a_list_of_gifts_stay_aid(surface: str) -> None:
    assert one_claim(GIFT_LIST, surface).kind == "provided"


# (text, figure, kind): the words after a figure that are not its own
AFTER = [
    # a figure compared with a not-aid one before it is not aid either
    ("The strikes had caused $60 billion of damage to the grid by May, against $41 billion "
     "in the previous survey.", "$41 billion", "other"),
    ("Losses reached €9 billion in the first half, compared with €7 billion a year earlier.",
     "€7 billion", "other"),
    # ... while an aid figure compared with an earlier one stays aid
    ("Germany gave €2 billion in military aid this year, up from €1.5 billion.",
     "€1.5 billion", "provided"),
    # a coordinated clause of its own, or the parts after "including", keep their verbs
    ("Oslo pledged NOK 3 billion more, bringing its total to NOK 40 billion, and said "
     "defence spending would rise.", "NOK 40 billion", "pledged"),
    ("over €900 million in military support in 2023, including howitzers bought together "
     "with Belgium;", "over €900 million", "pledged"),
    # ... but a spending verb of the figure's own clause still counts
    ("Washington will spend $2 billion to buy interceptors for its own forces.",
     "$2 billion", "to_spend"),
]



# Gaps left: an elliptic continuation of an estimate ("the second ... at $X"), the price a
# country pays for what it buys, and a fund's running total told as "passes" in a headline.
GAPS = [
    ("The first survey put needs at $90 billion; the second, a year later, at $120 billion.",
     "$120 billion", "other"),
    ("The jets were said to be worth about $900 million, with Sofia expected to pay only "
     "$300 million of that.", "$300 million", "other"),
    ("Nordic fund for Kyiv's artillery passes €2 billion", "€2 billion", "provided"),
]


@pytest.mark.xfail(strict=True, reason="elliptic estimates, prices, headline totals: not read")
@pytest.mark.parametrize(("text", "surface", "kind"), GAPS)
def test_kind_gaps(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


# (text, figure, kind): a fund named after the recipient is no recipient subject of an
# allocation; a passive with an adverb between its auxiliary and its verb
MORE = [
    ("That covers the €20 billion Ukraine Fund, which the Bundestag approved in May, and "
     "a €3 billion loan from Berlin.", "€3 billion", "pledged"),
    ("Ukraine's parliament approved UAH 400 billion for drones.", "UAH 400 billion",
     "to_spend"),
    ("Of the CHF 80 million promised, CHF 50 million had actually been paid by June.",
     "CHF 50 million", "provided"),
    ("Most of the €700 million has in fact been disbursed already.", "€700 million",
     "provided"),
    ("The remaining €200 million will be delivered next year.", "€200 million",
     "pledged"),
]



@pytest.mark.parametrize(("text", "surface", "kind"), AFTER + MORE)
def test_kinds_in_context(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


def test_a_figure_in_another_currency_takes_its_partners_category() -> None:
    text = ("Lisbon unveils €120 million air defence package for Kyiv\n\n"
            "Its value is put at €120 million (about $130 million), the ministry said.")
    claims = [c for c in extract_claims(text, published=DAY, learned=False)
              if c.measure == "money"]
    by_surface = {c.surface: c.category for c in claims}
    assert by_surface["about $130 million"] == by_surface["€120 million"] == "military"
