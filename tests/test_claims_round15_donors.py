"""Speakers and donors over families of real phrasing (rules round 15). Every sentence was
written for these tests in its own words; each family has a negative (the nearest wrong
reading).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim, speaker_label

DAY = date(2025, 3, 12)


# The donor country an article is about (the outlet's own aid figure with no giver takes
# it): a country named as the aggressor ("the Russian Federation's war of aggression") is
# the war's side, not a donor, so that naming does not count towards it.
AGGRESSOR_TWICE = (
    "Foundation board adopts a school programme for Ukraine\n\n"
    "The board approved a programme worth €12 million for schools and clinics in Ukraine "
    "on Tuesday.\n\n"
    "The programme answers needs created by the Russian Federation's war of aggression. "
    "The board also ended its last projects inside Russia in the spring of 2022.\n")
# negative: a donor named twice is still the article's donor
DONOR_TWICE = (
    "Estonian board adopts a school programme for Ukraine\n\n"
    "The board approved a programme worth €12 million for schools and clinics in Ukraine "
    "on Tuesday.\n\n"
    "The programme answers needs created by the Russian Federation's war of aggression. "
    "Estonia has funded schools in the region since 2014, and Estonia will review the work "
    "each year.\n")


def test_the_aggressor_is_not_the_article_s_donor() -> None:
    assert one_claim(AGGRESSOR_TWICE, "€12 million", DAY).donors == ()


def test_a_donor_named_twice_is_the_article_s_donor() -> None:
    assert one_claim(DONOR_TWICE, "€12 million", DAY).donors == ("Estonia",)


# Southeast Asian givers (actors.yaml, with their demonyms for ministries): a country, its
# capital or a ministry under its possessive gives; a capital after "in" is a place.
SOUTHEAST_ASIAN = [
    ("Hanoi will send $300,000 in relief supplies for Ukrainian families, the government "
     "said.", "$300,000", ("Vietnam",)),
    ("Thailand's health ministry approved a budget of THB5 million for medical kits bound "
     "for Ukraine.", "THB5 million", ("Thailand",)),
    # negative: the capital as the meeting's place, another country giving
    ("At a meeting in Bangkok on Friday, Norway pledged $5 million for demining in Ukraine.",
     "$5 million", ("Norway",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), SOUTHEAST_ASIAN)
def test_southeast_asian_givers(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# A bare title fronted by "According to" and closed by a comma before a clause that opens
# with a country ("According to the Premier, Romania has now transferred ..."): the title stands
# for the person the text introduced with it ("Prime Minister <Name>"), whom the people
# file need not list, not for the last person named.
FRONTED_TITLE = [
    ("Prime Minister Radu Vasile Marin opened the donor meeting in Iasi, and city mayor "
     "Ioan Petrescu welcomed the guests. According to the Premier, Romania has now transferred a "
     "grant of 40 million euros to Moldova.", "40 million euros", "Radu Vasile Marin"),
    # negative: a minister of another office named after the premier is not the premier
    ("Prime Minister Radu Vasile Marin opened the donor meeting in Iasi, and Defence "
     "Minister Ioan Petrescu spoke after him. According to the PM, Romania has now transferred a "
     "grant of 40 million euros to Moldova.", "40 million euros", "Radu Vasile Marin"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), FRONTED_TITLE)
def test_a_fronted_title_is_the_person_introduced_with_it(
        text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# The outlet's giverless aid figure in an article about one donor takes that donor, also
# where its sentence names another receiver of the same bill ("$9 billion of it for
# <country>"): a country after "for" receives, it names no giver of the sentence.
BILL_ARTICLE = (
    "Senators weigh a new package for Kyiv\n\n"
    "The United States has sent weapons to Ukraine for three years, and American officials "
    "say more will follow. Lawmakers in the United States expect a vote within weeks.\n\n"
    "The draft bill holds $48 billion, with $9 billion of it for Israel and the rest for "
    "Ukraine's army.\n")
# negative: a giver the sentence names is the figure's own
BILL_WITH_GIVER = BILL_ARTICLE.replace(
    "with $9 billion of it for Israel and the rest for Ukraine's army",
    "after Canada pledged $2 billion for Ukraine's army")


def test_another_receiver_names_no_giver() -> None:
    assert one_claim(BILL_ARTICLE, "$48 billion", DAY).donors == ("United States",)


def test_a_named_giver_keeps_its_figure() -> None:
    assert one_claim(BILL_WITH_GIVER, "$2 billion", DAY).donors == ("Canada",)


# A relative clause right after a figure whose subject reports ("a package of $N that the
# IMF says includes ...", "a gap of $N, which Kyiv says must be closed"): the figure is what
# that subject states. Negative: a relative clause on a later noun ("$N for repairs to the
# power grid that <body> says was hit") does not state the figure.
RELATIVE_SAYS = [
    ("The credit line is one piece of a broader package of roughly $90 billion that the IMF "
     "says draws on pledges from many partners.", "roughly $90 billion",
     "International Monetary Fund"),
    ("Moldova faces a budget gap of $400 million, which the World Bank says must be closed "
     "before winter.", "$400 million", "World Bank"),
    ("Donors set aside $12 billion for repairs to the power grid that the World Bank says "
     "was hit hardest last winter.", "$12 billion", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), RELATIVE_SAYS)
def test_a_relative_clause_after_the_figure_reports_it(
        text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# A guarantor after a lender's money ("$N from <lender> under a guarantee provided by
# <country>"): both give (guide: lender and guarantor); negative: a funder's by-phrase
# ("financed by <country>") is the agent, the fund it pays through no giver.
GUARANTEED = [
    ("Kyiv will get $250 million from the World Bank with repayment guaranteed by Canada.",
     "$250 million", ("Canada", "World Bank")),
    ("Kyiv will draw $250 million from a World Bank trust fund, financed by Canada.",
     "$250 million", ("Canada",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), GUARANTEED)
def test_a_guarantor_gives_beside_the_lender(
        text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# Money a collection gathered from the public ("a separate effort raised <figure>", "the
# donation drive had collected <N> gifts worth <figure>"): its givers are unnamed, so it
# does not take the donor country the article is about; negative: that country's own
# government sending money does.
COLLECTION_ARTICLE = (
    "Town sends winter help to Kharkiv\n\n"
    "Ireland has sent generators to Ukraine this winter, and Ireland plans more shipments "
    "in the spring.\n\n")
COLLECTED = [
    (COLLECTION_ARTICLE + "A separate effort by a Galway parish raised €30,000 for stoves "
     "and blankets.\n", "€30,000", ()),
    (COLLECTION_ARTICLE + "The parish donation drive had collected 1,200 gifts worth €30,000 "
     "by the end of March.\n", "€30,000", ()),
    (COLLECTION_ARTICLE + "The Irish government has now sent €30,000 more for stoves and "
     "blankets.\n", "€30,000", ("Ireland",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), COLLECTED)
def test_a_public_collection_has_no_named_giver(
        text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# "He"/"she" opening a sentence after one that opens with a person's name and a comma phrase
# before its verb ("<Name>, on his second trip to Ukraine this year, held talks with
# <other person>. He said ..."): the opening name is the subject the pronoun takes up, not
# the last person named. Negative: a sentence opening with a country names only the other
# person, who stays the pronoun's.
VISIT = "KYIV — Norwegian Prime Minister Jonas Gahr Støre arrived in Kyiv on Monday.\n\n"
APPOSED_OPENER = [
    (VISIT + "Støre, on his second trip to Ukraine this year, held talks with President "
     "Volodymyr Zelensky at the Mariinsky Palace. He said the NOK 3 billion that Norway had "
     "promised in June would be spent on air defence.", "NOK 3 billion", "Jonas Gahr Støre"),
    (VISIT + "Norway, in its second aid round this year, sent tents after a request from "
     "President Volodymyr Zelensky. He said Kyiv still needed NOK 3 billion for its grid.",
     "NOK 3 billion", "Volodymyr Zelensky"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), APPOSED_OPENER)
def test_a_pronoun_takes_up_the_apposed_opening_name(
        text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# The giver of a relative clause after a figure and its bracketed conversion ("the €N (about
# $M) in winter aid that <giver> pledged"): the closing bracket does not break the gap.
# Negative: the recipient asking for it in that clause gives nothing.
CONVERTED_RELATIVE = [
    ("She said the €900 million (about $980 million) in winter aid that Sweden pledged in "
     "May would be paid out by December.", "€900 million", ("Sweden",)),
    ("She said the €900 million (about $980 million) in winter aid that Kyiv had requested "
     "in May would be paid out by December.", "€900 million", ()),
]


@pytest.mark.parametrize(("text", "surface", "donors"), CONVERTED_RELATIVE)
def test_a_relative_giver_after_a_converted_figure(
        text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors
