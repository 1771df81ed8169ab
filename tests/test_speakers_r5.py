"""Speakers over families of real phrasing (issue 9, rules round 5): unnamed officials of
the government a story is about, singular or with a post-modifier ("a <adjective> official
said", "officials <familiar with / briefed on> X say", "according to the official"; the
wire-agency and newsletter families), an unqualified ministry in a story about another
country than Ukraine, list lines under a source's colon, a tracker's count (weak: never
over a real "X said"), and headline labels. Every sentence was written for these tests in
its own words (no row is an article's sentence with names swapped); negatives included.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim

DAY = date(2024, 6, 3)


def _speaker(text: str, surface: str) -> str:
    claim = one_claim(text, surface, DAY)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)


# A short context about one donor before the sentence under test.
KOREA = ("South Korea will expand its aid to Ukraine. South Korea and Ukraine signed two "
         "agreements in Seoul, where South Korea hosted the talks. ")
JAPAN = "Japan hosted the talks. Japan and Ukraine signed a memorandum in Tokyo. "


OFFICIALS = [
    # a single unnamed official, with or without a qualifier
    (KOREA + "Seoul would extend a $640 million credit line for rail repairs, a "
     "presidential official said on Thursday.", "$640 million", "South Korea"),
    (JAPAN + "Tokyo would add $500 million, a senior official said.", "$500 million",
     "Japan"),
    (JAPAN + "The official said on Monday that Tokyo would add $500 million.",
     "$500 million", "Japan"),
    (JAPAN + "Tokyo will add $500 million, an official told reporters.", "$500 million",
     "Japan"),
    # a post-modifier between the officials and their verb
    ("The United States is preparing more aid. American and Ukrainian teams met in "
     "Washington. Officials familiar with the talks say the next tranche may reach "
     "$750 million.", "$750 million", "United States"),
    (JAPAN + "Officials briefed on the talks said Tokyo would lend ¥300 billion.",
     "¥300 billion", "Japan"),
    # ... and are the subject of "said" when a name follows it
    (JAPAN + "Officials said Tokyo would give $300 million.", "$300 million", "Japan"),
    # "according to the official"
    (KOREA + "About $120 million of it is earmarked for field hospitals, according to "
     "the official.", "About $120 million", "South Korea"),
    (JAPAN + "Japan will add $200 million, according to a senior government official.",
     "$200 million", "Japan"),
    # ... but a named official is the person, and no official at all is the outlet
    (JAPAN + "Japan will add $200 million, according to the official Yoko Kamikawa.",
     "$200 million", "Yoko Kamikawa"),
    (JAPAN + "Japan will add $200 million to its support.", "$200 million", "(outlet)"),
]


ROMANIA = ("Romania has supported Moldova and Ukraine since 2022. Bucharest says Romania "
           "will keep helping. Romania hosted a donor meeting, and Romania and Moldova "
           "signed a pact. ")


MINISTRIES = [
    # an unqualified ministry is the country the story names most, not always Ukraine's
    (ROMANIA + "Ukraine's share is $400,000, the Foreign Ministry said.", "$400,000",
     "Romanian Ministry of Foreign Affairs"),
    (KOREA + "The foreign ministry said on Wednesday that it would put $35 million into a "
     "demining fund.", "$35 million", "South Korean Ministry of Foreign Affairs"),
    # ... and Ukraine's when Ukraine is named as often as any other country
    ("Ukraine received $500 million from Japan, the Finance Ministry said.",
     "$500 million", "Ukrainian Ministry of Finance"),
    # "the Bank" points back to the international lender named before
    ("The World Bank approved a loan on Tuesday. Weeks later, the Bank announced a "
     "US$2.1 billion grant financed by USAID.", "US$2.1 billion", "World Bank"),
    ("The European Investment Bank signed in Kyiv. The bank said it would lend €400 "
     "million for schools.", "€400 million", "European Investment Bank"),
    # a ministry of national defence keeps its name
    ("Lithuania will keep supporting Ukraine, Lithuania's president said in Vilnius. "
     "Lithuania is paying EUR 4.5 million for Ukrainian drones this spring, the Ministry "
     "of National Defence told reporters.", "EUR 4.5 million",
     "Lithuanian Ministry of National Defence"),
]


KIEL = "New figures came out this week from the Kiel Institute for the World Economy.\n\n"


LISTS = [
    # the lines of a list take the speaker of the sentence introducing it
    (KIEL + "These are the largest givers so far, according to the Kiel Institute:\n\n"
     "- Britain: roughly €9.4 billion\n- Sweden: €3 billion\n", "€3 billion",
     "Kiel Institute"),
    (KIEL + "Leading contributors, in the sums that the institute records:\n\n"
     "1. Japan: about $7 billion\n2. Canada: $4 billion\n", "$4 billion",
     "Kiel Institute"),
    (KIEL + "Britain's defence ministry lists the largest items:\n\n"
     "- air defence: £1.2 billion\n- drones: £300 million\n", "£300 million",
     "UK Ministry of Defence"),
    # ... a tracker's count is its statement, the institute's short name included
    (KIEL + "In its first update Kiel counted €12 billion in British pledges.",
     "€12 billion", "Kiel Institute"),
    (KIEL + "The institute lists $3 billion of Canadian loans.", "$3 billion",
     "Kiel Institute"),
    # ... but a list introduced by no one is the outlet's, as is a line of no list
    (KIEL + "These are the largest givers so far:\n\n- Britain: roughly €9.4 billion\n"
     "- Sweden: €3 billion\n", "€3 billion", "(outlet)"),
    (KIEL + "The institute says donors gave more.\n\nGermany gave €7 billion.",
     "€7 billion", "(outlet)"),
]


# A count ("recorded", "lists", "counted") is no statement of a country or a person, and
# never beats a real "X said" in the same sentence (audit5 B1's three misfires).
COUNTS = [
    ("Ukraine recorded a budget deficit of $3 billion in May, the finance ministry said.",
     "$3 billion", "Ukrainian Ministry of Finance"),
    ("Poland recorded $2 billion in arms exports last year, Jo Roe said.", "$2 billion",
     "Jo Roe"),
    ("Ukraine lists $5 billion of unmet needs for the winter, the UN said.", "$5 billion",
     "United Nations"),
    ("Estonia counted €90 million in private gifts by March.", "€90 million", "(outlet)"),
    # ... even a body's count yields to a named speaker
    (KIEL + "The institute tallied €4 billion in Nordic pledges, Jo Roe told reporters.",
     "€4 billion", "Jo Roe"),
]


def test_a_town_is_not_its_institute() -> None:
    """The city of an institute is a shipyard's town too (audit5 A2): no alias by itself."""
    text = KIEL + "Thyssenkrupp's yard in Kiel said it had won a €1 billion order."
    assert _speaker(text, "€1 billion") != "Kiel Institute"
    assert _speaker("The shipyard in Kiel said it had won a €1 billion order.",
                    "€1 billion") != "Kiel Institute"


HEADLINES = [
    # a headline label that is the recipient is the topic of a release, not its source
    ("Ukraine: WHO and partners seek US$310 million for winter care\n\nThe appeal opened "
     "in Geneva.", "US$310 million", "(outlet)"),
    ("Ukraine: World Bank approves US$1.3 billion in new financing\n\nThe money pays "
     "wages.", "US$1.3 billion", "(outlet)"),
    # ... as is a newsletter's or explainer's section label
    ("Playbook: Counting heads before the $61 billion deal\n\nThe Senate votes today.",
     "$61 billion", "(outlet)"),
    ("Factbox: Where Europe's €50 billion goes\n\nThe facility runs to 2027.",
     "€50 billion", "(outlet)"),
    # ... but a person or a body opening the line is its source, abbreviated title or not
    ("PM Tusk: Poland will lend EUR 300 million for power lines\n\nDonald Tusk spoke in "
     "Gdansk.", "EUR 300 million", "Donald Tusk"),
    ("Pentagon: US aid to Ukraine tops $60 billion\n\nThe figure covers weapons.",
     "$60 billion", "Pentagon"),
    # a section head in capitals before a dash is no speaker
    ("WHAT THE GOVERNORS SAY — Three governors insist the $8 billion fund was never fully "
     "spent.", "$8 billion", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"),
                         [*OFFICIALS, *MINISTRIES, *LISTS, *COUNTS, *HEADLINES])
def test_speaker_families(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker
