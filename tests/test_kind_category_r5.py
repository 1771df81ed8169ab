"""Kind and category over families of real phrasing (issue 9, rules round 5): a share of a
promise ("90 per cent of the SEK 10 billion promised"), a whole named with a possessive
("€10 billion of the Ukraine Facility's €50 billion"), a vehicle's value in apposition,
money wired to the recipient's budget, money channelled through humanitarian agencies.
Every sentence was written for these tests (after the phrasing of wire copy, the Kiel
Institute's delivery shares, Ukrinform and EU releases); negatives included.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, kind, category)
FAMILIES = [
    # a share of a promise: the whole is what was promised, whatever verb governs the share
    ("Sweden has delivered 90 per cent of the SEK 10 billion promised last year.",
     "SEK 10 billion", "pledged", "unspecified"),
    ("Ukraine has received only 10% of the $61 billion package approved in April.",
     "$61 billion", "pledged", "unspecified"),
    ("Estonia has handed over two-thirds of the €250 million it pledged in 2023.",
     "€250 million", "pledged", "unspecified"),
    ("Canada has delivered only a third of the C$500 million pledged in June.",
     "C$500 million", "pledged", "unspecified"),
    ("So far Norway has sent 96 percent of the NOK 5 billion it promised for 2024.",
     "NOK 5 billion", "pledged", "unspecified"),
    # the whole named with a possessive of several words
    ("Kyiv has so far been paid €10 billion of the Ukraine Facility's €50 billion.",
     "€50 billion", "pledged", "financial"),
    ("Kyiv has so far been paid €10 billion of the Ukraine Facility's €50 billion.",
     "€10 billion", "provided", "financial"),
    ("The Treasury has received $7 billion so far of the World Bank's $20 billion.",
     "$20 billion", "pledged", "unspecified"),
    # ... a portion of unstated purpose makes its whole no total
    ("Germany has so far paid out €2 billion of the €4 billion it committed.",
     "€4 billion", "pledged", "unspecified"),
    # ... but a breakdown by purpose still does
    ("Congress approved $95 billion, including $61 billion for Ukraine.", "$95 billion",
     "pledged", "total"),
    # a vehicle's value in apposition is the vehicle's, not the verb's second object
    ("The Commission transferred €1.5 billion under the Ukraine Facility, worth a total of "
     "€50 billion.", "€50 billion", "pledged", "financial"),
    ("The Commission transferred €1.5 billion under the Ukraine Facility, worth a total of "
     "€50 billion.", "€1.5 billion", "provided", "financial"),
    # ... while a list of gifts keeps its verb
    ("Germany delivered €2 billion and France €1 billion.", "€1 billion", "provided",
     "unspecified"),
    # money wired, remitted or paid into the recipient's accounts: provided, financial
    ("A further $300 million was wired to Ukraine's budget on Tuesday.", "$300 million",
     "provided", "financial"),
    ("Another €450 million was remitted to Kyiv’s treasury account on Friday.",
     "€450 million", "provided", "financial"),
    ("$1.2 billion from Japan went into Ukraine's budget in March.", "$1.2 billion",
     "provided", "financial"),
    ("The Netherlands paid €200 million into the budget of Ukraine last week.",
     "€200 million", "provided", "financial"),
    # ... a transfer still to come is a promise
    ("The $2 billion will be wired to Kyiv next week.", "$2 billion", "pledged",
     "unspecified"),
    # ... and the recipient's own budget stays its own spending
    ("Ukraine's 2025 budget sets aside UAH 2.2 trillion for defence.", "UAH 2.2 trillion",
     "to_spend", "other"),
    # money channelled through humanitarian agencies is relief
    ("€120 million channelled through UN agencies reached Ukraine this spring.",
     "€120 million", "provided", "humanitarian"),
    ("The EU has channelled €120 million through UN agencies.", "€120 million", "provided",
     "humanitarian"),
    ("Denmark will route DKK 300 million through United Nations agencies working in Ukraine.",
     "DKK 300 million", "pledged", "humanitarian"),
    ("Switzerland is providing CHF 50 million via the International Committee of the Red "
     "Cross.", "CHF 50 million", "pledged", "humanitarian"),
    ("Ireland gave €20 million to UNICEF and the World Food Programme for Ukraine.",
     "€20 million", "provided", "humanitarian"),
    # a delivery participle naming the channel does not deliver an announced sum
    ("Norway announced a new contribution totalling NOK 900 million, provided through "
     "Norad, for mine clearance and school repairs.", "NOK 900 million", "pledged",
     "humanitarian"),
    ("The Netherlands unveiled €75 million more, to be disbursed through the UNDP, for "
     "mine clearance on farmland.", "€75 million", "pledged", "humanitarian"),
    ("Seoul unveiled a fresh $200 million, delivered via the World Bank's trust fund.",
     "$200 million", "pledged", "unspecified"),
    ("The pledge covers A$35 million of armoured vehicles delivered with the help of "
     "domestic manufacturers.", "A$35 million", "pledged", "military"),
    ("Canberra's new package has two parts:\n\n- A$40 million of drones provided in "
     "partnership with local firms;\n- A$60 million for air defence.", "A$40 million",
     "pledged", "military"),
    # ... but with no other cue, or with its own verb, it still reports a delivery
    ("€120 million channelled through UN agencies reached Ukraine this spring.",
     "€120 million", "provided", "humanitarian"),
    ("Germany has provided €200 million through the World Bank.", "€200 million",
     "provided", "unspecified"),
    # a total of aid since the war began, with no verb of giving: given so far
    ("US military assistance for Kyiv has topped more than $60 billion since the invasion "
     "began, according to the Pentagon.", "more than $60 billion", "provided", "military"),
    ("Dutch assistance since the start of the invasion has exceeded €5 billion, the "
     "minister noted.", "€5 billion", "provided", "unspecified"),
    ("Military equipment: over €2 billion since 2022, according to the defence ministry.",
     "over €2 billion", "provided", "military"),
    # ... but not a total a new package raises, nor a count of commitments, nor a forecast
    ("The package brings British military aid since the invasion to £12 billion.",
     "£12 billion", "pledged", "military"),
    ("Spain's commitments since February 2022 stood at €1.3 billion.", "€1.3 billion",
     "pledged", "unspecified"),
    ("Aid since the start of the war will reach $20 billion by 2027.", "$20 billion",
     "pledged", "unspecified"),
    # humanitarian appeals ask (OCHA, UNHCR, UNICEF releases)
    ("UNICEF launched its appeal today, requesting US$900 million for children in 2025.",
     "US$900 million", "requested", "humanitarian"),
    ("Combined requirement: US$3.3 billion.", "US$3.3 billion", "requested", "unspecified"),
    ("Last year the agencies launched appeals worth US$5.6 billion for the region.",
     "US$5.6 billion", "requested", "unspecified"),
    # a review releasing a tranche delivers it; a future perfect counts what was given
    ("The board completed the second review, releasing about US$880 million.",
     "about US$880 million", "provided", "unspecified"),
    ("With this payment, the Fund will have disbursed some US$7.7 billion to Ukraine since "
     "the programme was approved.", "some US$7.7 billion", "provided", "unspecified"),
    # ... but the future tense still promises, and a passive of another clause is not the
    # figure's ("since the programme was approved")
    ("The Fund will disburse US$1.1 billion after the board meets.", "US$1.1 billion",
     "pledged", "unspecified"),
    ("Of the $61 billion, $20 billion has already been delivered.", "$20 billion",
     "provided", "unspecified"),
    # money to refill the donor's own stocks is its own spending
    ("About $20 billion of it will replenish American weapons stockpiles.", "About $20 billion",
     "to_spend", "other"),
    ("Some £2 billion is earmarked to restock British arsenals, the Treasury said.",
     "Some £2 billion", "to_spend", "other"),
    # ... also as the subject of a modal verb of refilling (was a strict xfail)
    ("Roughly $9 billion would restock the arsenals the Pentagon emptied for Kyiv, aides "
     "said.", "Roughly $9 billion", "to_spend", "other"),
    ("About £4 billion of the new money will refill Britain's depleted munitions "
     "stockpiles, officials said.", "About £4 billion", "to_spend", "other"),
    ("Paris says that €1.5 billion could help replenish French artillery stocks next year.",
     "€1.5 billion", "to_spend", "other"),
    # ... but not when a conjunction opens another subject's clause
    ("Sweden pledged SEK 3 billion while Stockholm will restock its own arsenals.",
     "SEK 3 billion", "pledged", "unspecified"),
    ("$21 billion: replenishment of Pentagon stocks", "$21 billion", "to_spend", "other"),
    # ... but not Ukraine's stocks
    ("Britain gave £300 million to help replenish Ukraine's stocks of shells.",
     "£300 million", "provided", "military"),
    # a company's sales and minerals demanded in return are no aid
    ("The group generated sales of EUR 7.2 billion in fiscal 2023.", "EUR 7.2 billion",
     "other", "other"),
    ("He wants rare earth minerals \"worth $400 billion\" in return for aid.",
     "$400 billion", "other", "other"),
    # ... but a sale of weapons to Ukraine is a contract
    ("The State Department approved the sale of $300 million in missiles to Ukraine.",
     "$300 million", "contracted", "military"),
    # money sent to another country than Ukraine is no aid to Ukraine (guide v2.1: other)
    ("Bucharest has sent EUR 80 million to Chisinau this year.", "EUR 80 million",
     "provided", "other"),
    ("The other pieces: roughly $25 billion tied to Israel and relief in Gaza.",
     "roughly $25 billion", "pledged", "other"),
    ("Kyiv's share is $300,000, while $500,000 goes to Moldova's border guards.",
     "$500,000", "pledged", "other"),
    # ... but not the recipient, nor a co-donor, nor a source, nor a country's initiative
    ("Warsaw has sent PLN 400 million to Kyiv this year.", "PLN 400 million", "provided",
     "unspecified"),
    ("The EU will provide up to €30 billion, with Canada and Japan covering the rest.",
     "up to €30 billion", "pledged", "unspecified"),
    ("Germany gave €500 million for 150,000 shells, according to Prague.",
     "€500 million", "provided", "military"),
    ("Norway gave NOK 1 billion to the Czech initiative.", "NOK 1 billion", "provided",
     "unspecified"),
    # a share of it named without the rest is a total (v2.1 "mostly military")
    ("United States: about €45 billion, nearly half of it military assistance",
     "about €45 billion", "pledged", "total"),
    ("Canada has given C$5 billion, more than half of it humanitarian.", "C$5 billion",
     "provided", "total"),
    # an arms maker paid or ordered from names arms
    ("Denmark paid Nammo €60 million for Ukraine's needs.", "€60 million", "provided",
     "military"),
    ("Berlin placed an order worth €200 million with Rheinmetall for Kyiv.",
     "€200 million", "contracted", "military"),
    # ... but a loan through a bank stays financial
    ("Japan lent $500 million to Ukraine through the World Bank.", "$500 million",
     "provided", "financial"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "category"), FAMILIES)
def test_kind_and_category_families(text: str, surface: str, kind: str,
                                    category: str) -> None:
    c = one_claim(text, surface)
    assert (c.kind, c.category) == (kind, category)


def test_need_far_after_cover() -> None:
    # a strict xfail until session 11: "budget needs" is now a cue of money for the
    # recipient's budget (tests/test_kind_category_scope_r11.py)
    c = one_claim("Nordic lenders are drafting a credit line to cover much of the state's "
                  "budget needs next year, at some €900 million a quarter.",
                  "some €900 million")
    assert (c.kind, c.category) == ("pledged", "financial")
