"""Kind and category over families of real phrasing (issue 9, session 7, from the eighth
round's error classes): money that is not aid told in forms the rules missed. The war's cost
as a verb with the war or the fighting as its subject, a state's income named with its
source, damage and losses "estimated by <an office> at" a sum, and frozen reserves named
with a participle or a share of them ("<share> of which <verb> in <place>") are all kind
``other`` and category ``other`` (guide v2: estimates of damage, costs, revenue and frozen
assets are not flows of aid).

Real outlets use these forms: monthly war-cost statements (Xinhua and USAID wire copy,
2022), oblast administrations' damage estimates (Ukrainska Pravda, Interfax-Ukraine), and
the Euroclear holdings of Russia's central bank (2024-25 coverage). Every sentence below was
written for these tests, in a construction of its own (the rows the session-7 review found
keeping a dev article's frame were rewritten with other verbs, word order, actors and
numbers). Negatives included: aid valued, estimated or split the same way stays aid.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, kind, category)
FAMILIES = [
    # the war's running cost as a verb
    ("Each week of fighting is costing the Ukrainian treasury close to $1 billion, a deputy "
     "minister told parliament.", "close to $1 billion", "other", "other"),
    ("Economists reckon the blockade has been costing Odesa's ports about €40 million a "
     "month.", "about €40 million", "other", "other"),
    # a state's income
    ("Crude export tax income of the Russian treasury fell to 600 billion roubles.",
     "600 billion roubles", "other", "other"),
    ("Kazakhstan's budget income rose to 20 trillion tenge last year.",
     "20 trillion tenge", "other", "other"),
    # damage and losses estimated by an office at a sum
    ("Flood losses along the Dnipro have been assessed by engineers at UAH 9 billion.",
     "UAH 9 billion", "other", "other"),
    ("Storm and shelling losses in the port were estimated by Odesa's council at about "
     "UAH 2 billion.", "about UAH 2 billion", "other", "other"),
    ("The losses of the harbour town are preliminarily estimated at tens of millions of "
     "hryvnias.", "tens of millions of hryvnias", "other", "other"),
    # frozen reserves named with a participle, or a share of them
    ("Brussels wants to tap Russian reserves held in Belgium, estimated at €185 billion, for "
     "a loan to Kyiv.", "€185 billion", "other", "other"),
    ("Tokyo is studying the central bank assets kept in Japanese banks, valued at about "
     "$30 billion.", "about $30 billion", "other", "other"),
    ("Kyiv's loan will be paid back out of frozen Russian reserves, €180 billion or so of which "
     "are parked in Belgium.", "€180 billion or so", "other", "other"),
    # negatives: aid estimated, valued or shared out stays aid
    ("Denmark delivered a shipment of generators, estimated at $80 million, to Lviv on "
     "Monday.", "$80 million", "provided", "humanitarian"),
    ("Oslo pledged NOK 5 billion, NOK 2 billion of which goes to air defence.",
     "NOK 2 billion", "pledged", "military"),
    ("Ottawa's package was estimated by officials at C$500 million in military aid.",
     "C$500 million", "pledged", "military"),
    ("Congress approved a $900 billion spending bill for the year that sends $12 billion to "
     "Kyiv.", "$900 billion", "to_spend", "other"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "category"), FAMILIES)
def test_not_aid_families(text: str, surface: str, kind: str, category: str) -> None:
    claim = one_claim(text, surface)
    assert (claim.kind, claim.category) == (kind, category)


# Negatives of the two not-aid words above (audit7 B1): income support is aid to households,
# and a package or programme "costing" a sum is aid, with its giver kept.
# (sentence, figure, kind, donors)
NOT_INCOME_OR_WAR_COST = [
    ("Brussels is to fund income support for displaced families with €100 million.",
     "€100 million", "pledged", ("European Union",)),
    ("Britain's air-defence package for Kyiv, costing £500 million, is due by winter.",
     "£500 million", "pledged", ("United Kingdom",)),
    ("Germany will pay for the bridge repairs, costing €20 million.", "€20 million",
     "pledged", ("Germany",)),
    ("Japan is to fund a $300 million demining programme costing more than planned.",
     "$300 million", "pledged", ("Japan",)),
]


@pytest.mark.parametrize(("text", "surface", "kind", "donors"), NOT_INCOME_OR_WAR_COST)
def test_income_support_and_costed_aid_stay_aid(text: str, surface: str, kind: str,
                                                donors: tuple[str, ...]) -> None:
    claim = one_claim(text, surface)
    assert (claim.kind, claim.donors) == (kind, donors)


# (sentence, figure, category)
CATEGORIES = [
    # the US defence department by its building's name gives weapons money
    ("Roughly $7 billion has left the Pentagon's emergency accounts so far.",
     "Roughly $7 billion", "military"),
    ("A $250 million tranche from the Pentagon was released in the autumn.",
     "$250 million", "military"),
    # US grants and loans for buying weapons: military, not financial, and so its parts
    ("Washington will notify Congress of $600 million in Foreign Military Financing for "
     "Kyiv and Chisinau.", "$600 million", "military"),
    ("Of the new foreign military funding, $120 million is earmarked for Kyiv's air "
     "defence.", "$120 million", "military"),
    # ... while a loan from the Pentagon's budget lines stays a loan
    ("Congress turned the Pentagon money into a $2 billion loan to Kyiv.", "$2 billion",
     "financial"),
    # municipal services of civilians: water, sanitation, street lighting, utilities
    ("The Nordic bank is lending €11 million to Kherson for clean water and sanitation.",
     "€11 million", "financial"),
    ("Seoul gave $8 million towards drinking water and street lighting in two frontline "
     "towns.", "$8 million", "humanitarian"),
    ("A further CHF 6 million will help repair district heating in Chernihiv.",
     "CHF 6 million", "humanitarian"),
    ("Vienna set aside €3 million for the utilities of towns hit by drones.", "€3 million",
     "humanitarian"),
    # ... a water-borne word is no water
    ("The navy received $40 million in aid for patrolling Ukraine's waters.", "$40 million",
     "unspecified"),
    ("Kyiv's coastguard is to get $50 million for boats that watch the water off Odesa.",
     "$50 million", "unspecified"),
    ("Tallinn sent €4 million to mend water networks in three towns near the front.",
     "€4 million", "humanitarian"),
]


@pytest.mark.parametrize(("text", "surface", "category"), CATEGORIES)
def test_category_families(text: str, surface: str, category: str) -> None:
    assert one_claim(text, surface).category == category



# A sum broken down across sentences (development banks', UN agencies' and the State
# Department's releases): a sentence opening on a share with its figure in apposition, on
# "Out of this funding, €X" or on a possessive's <purpose> component "worth" a sum gives its
# figure the scope of the whole before it and, when it states none, its category (as
# "Of that" did already).
# (text, part, scope_type, category)
PARTS_AFTER = [
    ("Oslo is releasing a further NOK 300 million for clean water in two frontline regions. "
     "The money comes through a Nordic trust fund. The smaller part, NOK 100 million, will "
     "pay for pumping stations in Sumy, the ministry added.", "NOK 100 million", "new",
     "humanitarian"),
    ("The lender is providing another €40 million for street lighting in three cities. Out "
     "of this funding, €25 million goes to Poltava.", "€25 million", "new", "humanitarian"),
    ("Madrid unveiled a new €700 million aid package for Kyiv on Monday. Ministers spoke of "
     "weapons and relief. Its arms portion was worth €450 million at most.",
     "€450 million", "new", "military"),
    # negatives: no opener; an opener naming another whole; a component not of this money
    ("Rome gave a further €50 million in March. Berlin gave €30 million for the grid.",
     "€30 million", "unspecified", "humanitarian"),
    ("Warsaw sent a new €90 million package. The larger share of Europe's aid, €40 billion, "
     "came from Brussels.", "€40 billion", "unspecified", "unspecified"),
    ("Lisbon sent a new €60 million package to Kyiv. Its port is worth €900 million to "
     "traders.", "€900 million", "unspecified", "unspecified"),
]


@pytest.mark.parametrize(("text", "part", "scope", "category"), PARTS_AFTER)
def test_part_after_its_whole(text: str, part: str, scope: str, category: str) -> None:
    c = one_claim(text, part)
    assert (c.scope_type, c.category) == (scope, category)


# A sum "for the year" or "over the year" (budget and ministry copy, year-in-review
# entries) is a period of the article's year, as "this year" is; "the year ahead", "the
# year to March" and "the year before" are not that year.
# (sentence, figure, scope_type, period_start, period_end)
THE_YEAR = [
    ("The cabinet in Helsinki has budgeted €600 million of defence aid for the year.",
     "€600 million", "period", "2024-01-01", "2024-12-31"),
    ("Prague expects to send CZK 4 billion in shells over the whole year.", "CZK 4 billion",
     "period", "2024-01-01", "2024-12-31"),
    ("Relief from Lisbon should reach up to €90 million during the year, ministers said.",
     "up to €90 million", "period", "2024-01-01", "2024-12-31"),
    # negatives
    ("Kyiv will need $40 billion from partners for the year ahead.", "$40 billion",
     "unspecified", None, None),
    ("The fund paid out $3 billion in the year to March.", "$3 billion", "unspecified", None,
     None),
    # a fiscal year is not the article's year (audit7 B6)
    ("Tokyo has committed $4.5 billion for the year ending March 2025.", "$4.5 billion",
     "unspecified", None, None),
    ("Ottawa budgets C$2 billion for the year beginning in April.", "C$2 billion",
     "unspecified", None, None),
]


# An article of early January looking back in the past tense tells of the year just ended;
# one looking ahead tells of the new year (audit7 B6).
# (sentence, figure, period_start)
JANUARY = [
    ("Over the year, Athens shipped €70 million worth of shells to Kyiv.", "€70 million",
     "2023-01-01"),
    ("Athens will ship €70 million worth of shells to Kyiv over the year.", "€70 million",
     "2024-01-01"),
    # a present perfect tells of the present: a budget set in January is the new year's
    ("Lisbon has set aside €35 million in demining aid for the year.", "€35 million",
     "2024-01-01"),
]


@pytest.mark.parametrize(("text", "surface", "start"), JANUARY)
def test_the_year_early_in_january(text: str, surface: str, start: str) -> None:
    c = one_claim(text, surface, published=date(2024, 1, 4))
    assert (c.scope_type, str(c.period_start)) == ("period", start)


@pytest.mark.parametrize(("text", "surface", "scope", "start", "end"), THE_YEAR)
def test_for_the_year_is_the_articles_year(text: str, surface: str, scope: str,
                                           start: str | None, end: str | None) -> None:
    c = one_claim(text, surface)
    assert c.scope_type == scope
    assert (str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None) == (start, end)


def _category_of(text: str, surface: str) -> str:
    return one_claim(text, surface).category


# A mixed package broken down by purpose a paragraph after its sum (State Department fact
# sheets, wire copy): a noun subject, a verb of composition and purposes of several
# categories make the sum a total when no other money stands between.
COMPOSED_LATER = [
    ("Helsinki unveiled a fresh aid package for Kyiv worth €250 million on Friday.\n\n"
     "The defence minister spoke at a press conference in the capital. He took no "
     "questions.\n\nThe package covers weapons, food aid and mine clearance.",
     "€250 million", "total"),
    ("Tokyo announced a ¥100 billion aid programme during the summit.\n\nThe prime minister "
     "arrived by train.\n\nThe aid includes generators, medicine and heating equipment.",
     "¥100 billion", "humanitarian"),
    # negatives: other money between; a pronoun subject too far to say whose money it is
    ("Helsinki unveiled a fresh aid package for Kyiv worth €250 million on Friday.\n\n"
     "Oslo pledged NOK 90 million for shelters.\n\nThe package covers air defence, winter "
     "relief and demining.", "€250 million", "unspecified"),
    ("Helsinki unveiled a fresh aid package for Kyiv worth €250 million on Friday.\n\n"
     "The defence minister spoke at a press conference.\n\nIt includes air defence, winter "
     "relief and demining.", "€250 million", "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "category"), COMPOSED_LATER)
def test_package_composed_a_paragraph_later(text: str, surface: str, category: str) -> None:
    assert _category_of(text, surface) == category


# A past participle of giving with its giver right after a figure (a reduced relative of
# headlines, summary bullets and bank releases) is money given, as "was provided by" is.
# (text, figure, kind)
REDUCED_BY = [
    ("€900 million financed by the Nordic Investment Bank for Ukrainian utilities "
     "(2022-2024)", "€900 million", "provided"),
    ("Some ¥20 billion (about $130 million) financed by Japan went to the grid.",
     "Some ¥20 billion", "provided"),
    ("The new schools, with €35 million funded by the Dutch government, opened in May.",
     "€35 million", "provided"),
    # negatives: a promise to be given by someone; a giver's verb before the figure
    ("The plan would see $5 billion to be provided by Germany next year.", "$5 billion",
     "pledged"),
    ("Vienna will provide €12 million by the end of the year.", "€12 million", "pledged"),
    # ... nor is one whose clause goes on to its own future verb (audit7 B6b)
    ("Ministers in Rome say €300 million funded by the Italian treasury will be with Kyiv "
     "before winter.", "€300 million", "pledged"),
    ("A further $60 million financed by Seoul is to arrive in Odesa next month.",
     "$60 million", "pledged"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), REDUCED_BY)
def test_reduced_relative_of_giving(text: str, surface: str, kind: str) -> None:
    assert one_claim(text, surface).kind == kind


# A second giver's figure with the verb left out ("A allocated $X and B $Y towards P"):
# the purpose after it is said of both figures.
GAPPED = [
    ("Oslo has promised NOK 40 million and Seoul $6 million for demining work around "
     "Kharkiv.", "NOK 40 million", "humanitarian"),
    ("Last week Canberra approved A$30 million (about $20 million) and Wellington NZ$5 "
     "million for artillery shells.", "A$30 million", "military"),
    # negatives: the second figure has a verb and a clause of its own; no purpose after it
    ("Oslo has promised NOK 40 million and Seoul said it would send $6 million for "
     "demining work.", "NOK 40 million", "unspecified"),
    ("Oslo has promised NOK 40 million and Seoul $6 million since the spring.",
     "NOK 40 million", "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "category"), GAPPED)
def test_gapped_coordination_shares_the_purpose(text: str, surface: str,
                                                category: str) -> None:
    assert _category_of(text, surface) == category
