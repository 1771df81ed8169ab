"""Speakers and donors over families of real phrasing (rules round 11): an outlet's
possessive before a reporter's full name ("NPR's Jo Roe", "Reuters' Jo Roe") names the
person, in prose and in a radio transcript's surname turns. Every sentence was written for
these tests in its own words; negatives included.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import one_claim, speaker_label

DAY = date(2025, 3, 12)


def _turn_speakers(text: str) -> dict[str, str]:
    return {c.surface: "(outlet)" if c.attribution == "outlet" else str(c.speaker)
            for c in extract_claims(text, source_id="t", published=DAY, learned=False)}


# A public-radio transcript whose host introduces the reporter with the outlet's possessive.
RADIO_POSSESSIVE = """Latvia weighs more winter help

ANNA BERZINA, HOST:

Riga is debating another round of help for Kyiv. Station Nine's Karlis Ozols follows the
debate in parliament. Hello, Karlis.

KARLIS OZOLS, BYLINE: Hi, Anna.

BERZINA: How big is the round?

OZOLS: Lawmakers are looking at roughly €12 million for heaters and field kitchens.

BERZINA: Station Nine's Karlis Ozols, thank you.
"""


def test_radio_reporter_after_an_outlets_possessive() -> None:
    assert _turn_speakers(RADIO_POSSESSIVE)["roughly €12 million"] == "Karlis Ozols"


POSSESSIVE_NAMES = [
    # a short surname turn after a possessive intro, prose-only
    ("Reuters' Mara Lind reports that Oslo would add $90 million for air defence. Lind "
     "said the sum had been agreed on Monday.", "$90 million", "Mara Lind"),
    # negative: a country's possessive before its ministry is the ministry, not a person
    ("Poland's Finance Ministry said Warsaw would add $90 million for air defence.",
     "$90 million", "Polish Ministry of Finance"),
    # ... and before a title and a name, the person
    ("Latvia's Foreign Minister Ilze Kalnina said Riga would add $90 million for drones.",
     "$90 million", "Ilze Kalnina"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), POSSESSIVE_NAMES)
def test_possessive_before_a_full_name(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


def test_donor_unchanged_by_possessive() -> None:
    claim = one_claim(POSSESSIVE_NAMES[0][0], "$90 million", DAY)
    assert "Norway" in claim.donors


# A source's size of a thing named before: "<source> describes it as $N", "<source> gave
# the size of <thing> as $N", "<source> puts it closer to $N" (the source speaks; the
# pronoun's money keeps its givers).
SIZED_AS = [
    ("Canada signed a loan agreement with Kyiv in March. The Bank of Canada describes it as "
     "roughly $900 million; Reuters puts it closer to $1 billion.",
     "roughly $900 million", "Bank of Canada"),
    ("Canada signed a loan agreement with Kyiv in March. The Bank of Canada describes it as "
     "roughly $900 million; Reuters puts it closer to $1 billion.",
     "closer to $1 billion", "Reuters"),
    ("Swedish officials gave the value of the new credit guarantees as $450 million on "
     "Tuesday.", "$450 million", "Sweden"),
    ("The finance ministry cites the total as about €2 billion in a note to lawmakers in "
     "Berlin.", "about €2 billion", "German Ministry of Finance"),
    # negatives: "as much as" is no size a source gives, and a participle "described as"
    # before the figure's own clause is no one speaking
    ("Norway gave the hospital as much as $5 million last winter.", "as much as $5 million",
     "(outlet)"),
    ("The package, described as the largest of the year, is worth $300 million.",
     "$300 million", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), SIZED_AS)
def test_a_source_sizes_a_thing_named_before(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


def test_a_restated_size_keeps_its_givers() -> None:
    text = ("Finland approved a €60 million loan for Kyiv's power grid. The Finnish treasury "
            "describes it as about $65 million.")
    assert one_claim(text, "about $65 million", DAY).donors == ("Finland",)


# A government's request of its own legislature: the one asked gives, the requester's state.
OWN_REQUESTS = [
    ("Last week the White House asked lawmakers for roughly $18 billion in new money for "
     "Kyiv's air defences.", "roughly $18 billion", ("United States",)),
    ("The package is smaller than the $12 billion the White House had requested for Kyiv, "
     "and it still faces a vote in the Senate.", "$12 billion", ("United States",)),
    # negatives: the recipient asking is no giver, and a body asking with no legislature in
    # sight names no giver
    ("Kyiv's finance ministry asked parliament for roughly $2 billion more for soldiers' pay.",
     "roughly $2 billion", ()),
    ("The State Department has requested $700 million for demining work near Kharkiv.",
     "$700 million", ()),
    # ... and who is asked, named, gives
    ("The State Department has requested $700 million from Japan for demining work.",
     "$700 million", ("Japan",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), OWN_REQUESTS)
def test_a_governments_request_of_its_legislature(text: str, surface: str,
                                                   donors: tuple[str, ...]) -> None:
    claim = one_claim(text, surface, DAY)
    assert claim.kind == "requested"
    assert claim.donors == donors


# A figure given as its owner's estimate, the owner in the possessive.
OWNED_ESTIMATES = [
    ("By spring the Pentagon's own tally of weapons sent to Kyiv was close to $9 billion.",
     "close to $9 billion", "Pentagon"),
    ("The IMF's updated estimate for Kyiv's financing gap stands at $42 billion this year.",
     "$42 billion", "International Monetary Fund"),
    ("A slide at the briefing showed the World Bank's new projection: $30 billion for power "
     "lines over five years.", "$30 billion", "World Bank"),
    # negatives: a speaker who states the owner's estimate is the speaker, and an owner's
    # money (no estimate noun) is the outlet's
    ("Jo Lind said the World Bank's estimate of $500 billion for rebuilding was too low.",
     "$500 billion", "Jo Lind"),
    ("The World Bank's trust fund for Kyiv has received $700 million from donors.",
     "$700 million", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), OWNED_ESTIMATES)
def test_an_owners_estimate(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# A figure-first line of a numbers box: the giver as an adjective before the aid noun.
BOX = """The week in figures

€95m: Dutch humanitarian aid for the winter

$600m: new Canadian loan guarantees

£40m: Ukrainian spending on shelters

€12bn: German exports to Poland last year
"""

LABEL_LINES = [
    ("€95m", ("Netherlands",)),
    ("$600m", ("Canada",)),
    # negatives: the recipient's own spending, and money that is no aid noun
    ("£40m", ()),
    ("€12bn", ()),
]


@pytest.mark.parametrize(("surface", "donors"), LABEL_LINES)
def test_a_figure_first_lines_giver(surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(BOX, surface, DAY).donors == donors


# A figure its subject characterises: "<X> described/presented the $N as ...".
DESCRIBED = [
    ("Anand presented the C$80 million as a first instalment of a wider drone envelope.",
     "C$80 million", "Anita Anand"),
    ("Frederiksen described the extra DKK 2 billion as the least Denmark could do this "
     "winter.", "DKK 2 billion", "Mette Frederiksen"),
    # negatives: a participle before the figure's own clause, and money described by no
    # one ("as" after a figure with no describing verb)
    ("Described by critics as too small, the $90 million package left Warsaw on Friday.",
     "$90 million", "(outlet)"),
    ("Lisbon sent $90 million as a grant for field hospitals.", "$90 million", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), DESCRIBED)
def test_a_figure_its_subject_characterises(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# "the <Demonym> side" as a verb's subject is the country acting.
SIDES = [
    ("The Slovak side is preparing a further package of generators worth EUR 3 million.",
     "EUR 3 million", ("Slovakia",)),
    ("The Estonian side will finance water pumps for Kherson worth about $4 million.",
     "about $4 million", ("Estonia",)),
    # negative: a side of a border is a place
    ("On the Hungarian side of the border, hauliers lost about $4 million in fees.",
     "about $4 million", ()),
]


@pytest.mark.parametrize(("text", "surface", "donors"), SIDES)
def test_the_demonym_side_acts_for_its_country(text: str, surface: str,
                                               donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# The recipient's own money: its cabinet or capital giving continues no donor's announcement.
OWN_MONEY_CONTEXT = ("Sweden handed the Odesa region 20 generators worth about $1 million, "
                     "the governor said. ")
OWN_MONEY = [
    (OWN_MONEY_CONTEXT + "In April the Cabinet of Ministers allocated UAH 310 million for "
     "school repairs across the region.", "UAH 310 million", ()),
    (OWN_MONEY_CONTEXT + "Kyiv then sent UAH 75 million to the same communities.",
     "UAH 75 million", ()),
    # negative: a figure with no giver of its own still continues the donor's line
    (OWN_MONEY_CONTEXT + "A further $500,000 will follow in the autumn.", "$500,000",
     ("Sweden",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), OWN_MONEY)
def test_the_recipients_own_money_has_no_donor(text: str, surface: str,
                                               donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# A fronted "Under a programme funded by <giver>, ..." gives its clause's figure a giver.
FRONTED = [
    ("Under the scheme funded by the Government of Ireland, the hospital got scanners "
     "worth EUR 800,000.", "EUR 800,000", ("Ireland",)),
    ("Through a project financed by Austria, three villages received pumps worth about "
     "EUR 150,000.", "about EUR 150,000", ("Austria",)),
    # negatives: a fronted phrase with no funder, and the recipient funding itself
    ("Under the scheme agreed last spring, the hospital got scanners worth EUR 800,000.",
     "EUR 800,000", ()),
    ("Under a programme financed by Ukraine, the hospital got scanners worth EUR 800,000.",
     "EUR 800,000", ()),
]


@pytest.mark.parametrize(("text", "surface", "donors"), FRONTED)
def test_a_fronted_funder(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors


# A radio reporter's turn continues the story's announcement as the outlet's own lines do;
# a guest's turn is a statement of its own.
RADIO_DONORS = """Norway pledges about $90 million more for Kyiv's power grid

SARA DAHL, HOST:

Oslo is adding to its winter help for Ukraine.

PER VIK, BYLINE: Hi, Sara.

DAHL: What does it buy?

VIK: Roughly $60 million of it goes to transformers and cables.

DAHL: And the rest?

INGRID MOE, ECONOMIST: Maybe $30 million is left for repairs, by my count.
"""


def test_a_reporters_turn_continues_the_announcement() -> None:
    claims = {c.surface: c for c in extract_claims(RADIO_DONORS, source_id="t",
                                                     published=DAY, learned=False)}
    assert claims["Roughly $60 million"].donors == ("Norway",)
    assert claims["$30 million"].donors == ()


# Unveiling or setting out a package is an act, not an attribution (guide); pledging by a
# named person stays the person's announcement.
UNVEILED = [
    ("At a forum in Osaka, Ishiba unveils a further ¥90 billion for Kyiv's grid.",
     "¥90 billion", "(outlet)"),
    ("Prime Minister Mark Carney unveiled C$2 billion in military aid on Tuesday.",
     "C$2 billion", "(outlet)"),
    # negative: a person's pledge remains an announcement by the person
    ("Prime Minister Mark Carney pledged C$2 billion in military aid on Tuesday.",
     "C$2 billion", "Mark Carney"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), UNVEILED[2:])
def test_a_persons_pledge_is_an_announcement(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# The guide reads unveiling as no attribution; round 4's rules had read a person unveiling
# money as its announcer (decided by the guide in session 11: rules, half A speaker 0.821 ->
# 0.841, half B unchanged, all dev 0.887 -> 0.889; unseen and seeds unchanged).
@pytest.mark.parametrize(("text", "surface", "speaker"), UNVEILED[:2])
def test_unveiling_is_no_attribution(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker
