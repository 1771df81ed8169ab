"""Speakers over families of real phrasing (issue 9, rules round 5): unnamed officials of
the government a story is about, singular or with a post-modifier ("a presidential official
said", "officials familiar with the planning say", "according to the official"; Yonhap, AP,
Politico copy), and an unqualified ministry in a story about another country than Ukraine
("the Foreign Ministry said" in Romanian or Korean copy). Every sentence was written for
these tests; negatives included.
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
    (KOREA + "Seoul will offer a US$2.3 billion package in the coming years, a presidential "
     "official said Sunday.", "US$2.3 billion", "South Korea"),
    (JAPAN + "Tokyo would add $500 million, a senior official said.", "$500 million",
     "Japan"),
    (JAPAN + "The official said on Monday that Tokyo would add $500 million.",
     "$500 million", "Japan"),
    (JAPAN + "Tokyo will add $500 million, an official told reporters.", "$500 million",
     "Japan"),
    # a post-modifier between the officials and their verb
    ("The United States is preparing more aid. American and Ukrainian teams met in "
     "Washington. Officials familiar with the planning say the first drawdown could be "
     "worth up to $1 billion.", "up to $1 billion", "United States"),
    (JAPAN + "Officials briefed on the talks said Tokyo would lend ¥300 billion.",
     "¥300 billion", "Japan"),
    # ... and are the subject of "said" when a name follows it
    (JAPAN + "Officials said Tokyo would give $300 million.", "$300 million", "Japan"),
    # "according to the official"
    (KOREA + "Of the total, $300 million will be provided as humanitarian aid next year, "
     "according to the official.", "$300 million", "South Korea"),
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
    (KOREA + "The foreign ministry said Friday it plans to contribute $20 million to a "
     "trust fund.", "$20 million", "South Korean Ministry of Foreign Affairs"),
    # ... and Ukraine's when Ukraine is named as often as any other country
    ("Ukraine received $500 million from Japan, the Finance Ministry said.",
     "$500 million", "Ukrainian Ministry of Finance"),
    # "the Bank" points back to the international lender named before
    ("The World Bank approved a loan on Tuesday. In February, the Bank announced a "
     "US$2.1 billion grant financed by USAID.", "US$2.1 billion", "World Bank"),
    ("The European Investment Bank signed in Kyiv. The bank said it would lend €400 "
     "million for schools.", "€400 million", "European Investment Bank"),
    # a ministry of national defence keeps its name
    ("Lithuania will keep supporting Ukraine, Lithuania's president said in Vilnius. "
     "Lithuania has transferred EUR 10 million to Ukraine, the Ministry of National Defence "
     "announced on Friday.", "EUR 10 million", "Lithuanian Ministry of National Defence"),
]


KIEL = "New figures came out this week from the Kiel Institute for the World Economy.\n\n"


LISTS = [
    # the lines of a list take the speaker of the sentence introducing it
    (KIEL + "Here are the biggest donors, according to the Kiel Institute:\n\n"
     "- United States: about €47.8 billion\n- Germany: €7 billion\n", "€7 billion",
     "Kiel Institute"),
    (KIEL + "The top donors, by the total the institute records:\n\n"
     "1. Japan: about $7 billion\n2. Canada: $4 billion\n", "$4 billion",
     "Kiel Institute"),
    (KIEL + "Britain's defence ministry lists the largest items:\n\n"
     "- air defence: £1.2 billion\n- drones: £300 million\n", "£300 million",
     "UK Ministry of Defence"),
    # ... a tracker's count is its statement
    (KIEL + "Back in May 2022 Kiel already counted €43 billion in American commitments.",
     "€43 billion", "Kiel Institute"),
    # ... but a list introduced by no one is the outlet's, as is a line of no list
    (KIEL + "Here are the biggest donors:\n\n- United States: about €47.8 billion\n"
     "- Germany: €7 billion\n", "€7 billion", "(outlet)"),
    (KIEL + "The institute says donors gave more.\n\nGermany gave €7 billion.",
     "€7 billion", "(outlet)"),
]


HEADLINES = [
    # a headline label that is the recipient is the topic of a release, not its source
    ("Ukraine: UN and partners seek US$4.2 billion for 2024\n\nThe appeal was launched "
     "in Geneva.", "US$4.2 billion", "(outlet)"),
    ("Ukraine: World Bank approves US$1.3 billion in new financing\n\nThe money pays "
     "wages.", "US$1.3 billion", "(outlet)"),
    # ... as is a newsletter's or explainer's section label
    ("Playbook: The morning after the $95 billion vote\n\nThe House passed the bill.",
     "$95 billion", "(outlet)"),
    ("Factbox: Where Europe's €50 billion goes\n\nThe facility runs to 2027.",
     "€50 billion", "(outlet)"),
    # ... but a person or a body opening the line is its source, abbreviated title or not
    ("PM Ciuca: Romania has sent EUR 100 million to Chisinau\n\nNicolae Ciuca spoke in "
     "Bucharest.", "EUR 100 million", "Nicolae Ciuca"),
    ("Pentagon: US aid to Ukraine tops $60 billion\n\nThe figure covers weapons.",
     "$60 billion", "Pentagon"),
    # a section head in capitals before a dash is no speaker
    ("WHAT THE HOLDOUTS SAY — The no votes argue the $113 billion Congress approved was "
     "never accounted for.", "$113 billion", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"),
                         [*OFFICIALS, *MINISTRIES, *LISTS, *HEADLINES])
def test_speaker_families(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker
