"""Kind, category and scope to annotation guide version 2 (``data/gold/README.md``).

Every sentence here was written for these tests, in the register of wire copy and press
releases on aid to Ukraine; none is copied from an article of the corpus or the evaluation
set. Each table row is one rule of the guide the claim stages follow.
"""

from __future__ import annotations

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim

# (sentence, figure, kind, category)
KINDS = [
    # no cue at all: a sum in aid reporting is a promise; money that is not aid is other
    ("Sweden's latest figure for Ukraine stands at SEK 7 billion.", "SEK 7 billion",
     "pledged", "unspecified"),
    ("Engineers say rebuilding the Kherson bridge would cost $40 million.", "$40 million",
     "other", "other"),
    ("The fund sits on €12 billion in immobilised central bank assets.", "€12 billion",
     "other", "other"),
    # who spends decides: a donor's spending sent to Ukraine is aid
    ("Finland will spend €90 million to buy artillery rounds to donate to Ukraine.",
     "€90 million", "pledged", "military"),
    ("Belgium spends €200 million a year on military aid for Ukraine.", "€200 million",
     "provided", "military"),
    ("Japan will spend ¥2 trillion on its own defence budget next year.", "¥2 trillion",
     "to_spend", "other"),
    # allocations and earmarks: pledged from a donor, the recipient's own spending otherwise
    ("The Dutch government has allocated €300 million for Ukraine's air defence.",
     "€300 million", "pledged", "military"),
    ("Kyiv has earmarked UAH 12 billion for drone production.", "UAH 12 billion",
     "to_spend", "other"),
    ("Lithuania sets aside €40 million for Ukrainian demining teams.", "€40 million",
     "pledged", "humanitarian"),
    # a sale of weapons to Ukraine is contracted; a signed loan agreement is a pledge
    ("Washington approved a $95 million sale of radar spare parts to Kyiv.", "$95 million",
     "contracted", "military"),
    ("Kyiv and Oslo signed a loan agreement worth $80 million on Tuesday.", "$80 million",
     "pledged", "financial"),
    # not-aid words at the figure win over a verb further away
    ("Officials asked donors for help, noting that the bill for repairing the dam stands at "
     "$900 million.", "$900 million", "other", "other"),
    ("Kyiv wants partners to draw on the $250 billion in immobilised Russian assets.",
     "$250 billion", "other", "other"),
    ("A new survey puts the country's reconstruction needs at $480 billion.",
     "$480 billion", "other", "other"),
    # "in order to" is no order
    ("Oslo pledged NOK 500 million in order to keep the grid running.", "NOK 500 million",
     "pledged", "humanitarian"),
    # words that only look like not-aid or military words
    ("The funding bill contains $45 billion in military and economic assistance for Kyiv.",
     "$45 billion", "pledged", "total"),
    ("After three rounds of talks, Berlin pledged €1 billion.", "€1 billion", "pledged",
     "unspecified"),
    ("The trade minister announced €200 million for repairs to the power grid.",
     "€200 million", "pledged", "humanitarian"),
    # but a purchase for Ukraine at a cost is aid
    ("Spain said it would buy two radars for Ukraine at a cost of €70 million.",
     "€70 million", "pledged", "military"),
    # "announced" nearest before the figure is a pledge, whatever came earlier
    ("Austria has kept sending generators and announced a further €15 million.",
     "€15 million", "pledged", "humanitarian"),
    # a facility or a bill "provides" money it has not yet paid; received money is provided
    ("The new facility provides up to €9 billion for 2025-2027.", "up to €9 billion",
     "pledged", "financial"),
    ("Ukraine secures €600 million in Dutch grants for schools.", "€600 million",
     "provided", "financial"),
    ("The first tranche will be disbursed in May and is worth €1.1 billion.",
     "€1.1 billion", "pledged", "unspecified"),
    # "agreed to raise" a loan is a pledge; a past contribution is a delivery
    ("G7 ministers agreed to raise a $20 billion loan for Kyiv.", "$20 billion", "pledged",
     "financial"),
    ("Ireland has contributed €3 million to a demining trust fund.", "€3 million",
     "provided", "humanitarian"),
    # a not-aid word in the clause before ", and" does not name the next clause's money
    ("The loan is repaid from frozen Russian assets, and Rome is sending its own €300 "
     "million share.", "€300 million", "pledged", "financial"),
    # "a $X disbursement" names a payment; "<noun phrase>, worth $X" is that phrase's value
    ("Finance ministers approved a €900 million disbursement to Kyiv.", "€900 million",
     "provided", "unspecified"),
    ("They discussed Denmark's latest military aid package, worth DKK 2 billion, and "
     "support for the power grid.", "DKK 2 billion", "pledged", "military"),
    # requests
    ("The prime minister asked Congress for $12 billion in new security aid.",
     "$12 billion", "requested", "military"),
    ("Kyiv says it must find $9 billion to close its budget gap next year.", "$9 billion",
     "requested", "financial"),
    # a government's own budget
    ("Parliament passed the state budget, setting aside UAH 1.9 trillion for the army.",
     "UAH 1.9 trillion", "to_spend", "other"),
]


def test_listed_figures_take_the_kind_of_the_verb_before_the_list() -> None:
    text = ("Payments received so far include €2 billion in March, €1.5 billion in May "
            "and €900 million in July.")
    assert [one_claim(text, f).kind for f in ("€2 billion", "€1.5 billion", "€900 million")] == [
        "provided"] * 3


@pytest.mark.parametrize(("text", "figure", "kind", "category"), KINDS,
                         ids=[f"{k}-{f}" for _, f, k, _ in KINDS])
def test_kind_and_category(text: str, figure: str, kind: str, category: str) -> None:
    c = one_claim(text, figure)
    assert (c.kind, c.category) == (kind, category)


def test_part_inherits_its_wholes_category() -> None:
    text = ("Portugal pledged €100 million in military aid, including €30 million that "
            "will be delivered this summer.")
    assert one_claim(text, "€30 million").category == "military"


CATEGORY_IN_SENTENCE = [
    # money for another country in the same bill is not aid to Ukraine
    ("The bill also sets aside $14 billion for Israel and $61 billion for Ukraine.",
     "$14 billion", "other"),
    # a figure listed after another takes the category of the words before the list
    ("Payments so far: €3 billion in budget support in January, €1 billion in March and "
     "€500 million in May.", "€500 million", "financial"),
    # an event's name says nothing about what a sum is for
    ("Day one of the Ukraine Recovery Conference ends as pledges pass €4 billion.",
     "€4 billion", "unspecified"),
    # "total" as a verb or one event's sum is no total of several purposes
    ("The Danish fund is due to total €2 billion by 2027.", "€2 billion", "unspecified"),
    ("Partners pledged a combined total of $9 billion at the Rome conference.",
     "$9 billion", "unspecified"),
    ("Allies have provided $90 billion in total.", "$90 billion", "total"),
    # a not-aid noun right after the figure
    ("Kyiv agreed a $15 billion debt restructuring with bondholders.", "$15 billion",
     "other"),
    # budget support is money for the recipient's budget, not its own spending
    ("EU leaders will decide on a €20 billion budget support facility next week.",
     "€20 billion", "financial"),
]


@pytest.mark.parametrize(("text", "figure", "category"), CATEGORY_IN_SENTENCE,
                         ids=[f for _, f, _ in CATEGORY_IN_SENTENCE])
def test_category_in_sentence(text: str, figure: str, category: str) -> None:
    assert one_claim(text, figure).category == category


def test_a_repeated_sum_takes_the_category_stated_for_it_elsewhere() -> None:
    text = ("Finland unveils €200 million package for Kyiv\n\n"
            "Finland will send €200 million in military aid to Ukraine, the defence "
            "ministry said on Tuesday.")
    cats = [c.category for c in extract_claims(text, published=DAY, learned=False)]
    assert cats == ["military", "military"]


ARTICLE = ("Norway will send NOK 2 billion in air defence equipment to Ukraine. Sweden added "
           "SEK 1 billion for artillery ammunition, and Denmark DKK 700 million for drones. "
           "{}")


@pytest.mark.parametrize(("last", "category"), [
    ("A fourth package, worth €300 million, is being prepared.", "military"),
    ("Europe has committed billions more.", "unspecified"),
], ids=["vehicle-takes-the-article-purpose", "no-vehicle-stays-unspecified"])
def test_an_articles_agreed_purpose(last: str, category: str) -> None:
    claims = extract_claims(ARTICLE.format(last), published=DAY, learned=False)
    assert claims[-1].category == category


def test_a_following_sentence_that_elaborates_the_money_gives_its_category() -> None:
    text = ("Lisbon announced a new package of €80 million on Monday. According to "
            "officials, the money will buy artillery rounds and spare parts.")
    assert one_claim(text, "€80 million").category == "military"


def test_a_heading_after_the_money_is_no_elaboration() -> None:
    text = ("Lisbon announced a new package of €80 million on Monday.\n\n"
            "The support so far\n\nThe package follows artillery deliveries.")
    assert one_claim(text, "€80 million").category == "unspecified"


def test_parts_after_a_colon_make_their_whole_a_total() -> None:
    text = ("Oslo paid out NOK 12 billion last year, split as follows: NOK 5 billion in "
            "humanitarian support and NOK 7 billion in military aid.")
    whole = one_claim(text, "NOK 12 billion")
    assert (whole.category, one_claim(text, "NOK 5 billion").part_of) == ("total", whole.claim_id)


def test_a_part_spent_on_the_donors_own_stocks_is_to_spend() -> None:
    text = ("Congress approved $40 billion for Ukraine, with $9 billion of it going to "
            "replenish American stockpiles.")
    part = one_claim(text, "$9 billion")
    assert (part.kind, part.category) == ("to_spend", "other")


def test_weapon_systems_name_military_aid() -> None:
    text = "Madrid will send two NASAMS launchers worth €120 million."
    assert one_claim(text, "€120 million").category == "military"


def test_items_of_a_list_introduced_by_a_colon_take_its_words() -> None:
    text = ("Kyiv said its budget support tranches were received as follows:\n\n"
            "- €800 million in January;\n- €600 million in February.\n")
    items = [one_claim(text, f) for f in ("€800 million", "€600 million")]
    assert [(c.kind, c.category, c.scope_type) for c in items] == [
        ("provided", "financial", "period")] * 2


def test_a_sentence_after_a_paragraph_is_no_list_item() -> None:
    text = "Tranches were received.\n\nSpain pledged €50 million."
    assert one_claim(text, "€50 million").kind == "pledged"
