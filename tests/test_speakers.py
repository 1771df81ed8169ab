"""Speakers: bodies, officials, estimates, appositions, quotations and canonical names of
guide v2 (sentences written for these tests, not from the corpus or the evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims
from aidlib.claims.bodies import ministry_name

DAY = date(2025, 6, 3)


def _speaker(text: str, surface: str) -> str:
    found = [c for c in extract_claims(text, source_id="t", published=DAY)
             if c.surface == surface]
    assert len(found) == 1
    return "(outlet)" if found[0].attribution == "outlet" else str(found[0].speaker)


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # an apposition or relative clause between the subject and the verb
    ("Dutch Prime Minister Dick Schoof, who hosted the meeting, said the Netherlands would "
     "give $90 million.", "$90 million", "Dick Schoof"),
    ("Portugal's Luís Montenegro, speaking after talks in Lisbon, said $12 million would "
     "follow.", "$12 million", "Luís Montenegro"),
    # a body's unnamed people or documents speak for it
    ("Kyiv officials said the gap reached $3 billion.", "$3 billion", "Ukraine"),
    ("Ukrainian officials said repairs would cost $800 million.", "$800 million", "Ukraine"),
    ("The money, about €2 billion, will arrive in May, Commission officials say.",
     "about €2 billion", "European Union"),
    ("The IMF's latest review says Kyiv needs $6 billion.", "$6 billion",
     "International Monetary Fund"),
    ("The bloc said it would release €1.5 billion in March.", "€1.5 billion",
     "European Union"),
    ("The Council of the EU approved €3 billion for Kyiv, the Council said.", "€3 billion",
     "European Union"),
    # an estimate is its subject's statement
    ("The World Bank has put the cost of rebuilding schools at $9 billion.", "$9 billion",
     "World Bank"),
    ("Ukraine's central bank pegged the loss at about $2 billion.", "about $2 billion",
     "National Bank of Ukraine"),
    # the subject of a coordinated verb
    ("In May, Prime Minister Anthony Albanese visited Kyiv and announced A$50 million in "
     "drones.", "A$50 million", "Anthony Albanese"),
    # attribution on attribution: the named person
    ("Spain said it would add €20 million, according to Defence Minister Margarita Robles.",
     "€20 million", "Margarita Robles"),
    # a name after a preposition is not in the subject list
    ("Kyiv sought $2 billion from the IMF, Reuters reported.", "$2 billion", "Reuters"),
    # a new clause with its own subject is not reported by the verb before it
    ("Sweden said it would send radars, and Defence Minister Pal Jonson has pledged "
     "$60 million for boats.", "$60 million", "(outlet)"),
    ("European diplomats acknowledge that €20 billion will not be enough.", "€20 billion",
     "European countries"),
    # a line that opens with its source
    ("Kiel tracker: Europe's pledges top €90 billion", "€90 billion", "Kiel Institute"),
])
def test_speaker(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Canada's defence ministry said it had sent C$40 million in drones.", "C$40 million",
     "Canadian Ministry of Defence"),
    ("Ukraine will get $1 billion from Japan, the Finance Ministry said.", "$1 billion",
     "Ukrainian Ministry of Finance"),
    ("The Ministry of Digital Transformation of Ukraine said $30 million had been raised.",
     "$30 million", "Ukrainian Ministry of Digital Transformation"),
    ("The State Department said the sale was worth $400 million.", "$400 million",
     "US Department of State"),
    ("Kyiv's reserves fell by $1 billion in March, the National Bank of Ukraine said. "
     "They rose by $2 billion in April, the central bank said.", "$2 billion",
     "National Bank of Ukraine"),
])
def test_ministries_and_bodies(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_a_quotation_keeps_its_speaker_across_sentences() -> None:
    text = ('Finnish minister Elina Valtonen said: "We stand with Ukraine. Finland will '
            'send €40 million more this year."')
    assert _speaker(text, "€40 million") == "Elina Valtonen"


def test_ministry_names() -> None:
    assert ministry_name("Norway", "foreign") == "Norwegian Ministry of Foreign Affairs"
    assert ministry_name("United Kingdom", "defence") == "UK Ministry of Defence"
    assert ministry_name("United States", "Defence") == "Pentagon"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # an unknown titled name right before the verb is its subject, even when a country's
    # name follows the verb ("said Ukraine had ..." is not "said X")
    ("Finance Minister Anna Kovalenko said Ukraine had drawn $700 million.", "$700 million",
     "Anna Kovalenko"),
    ("Chancellor Olaf Scholz told lawmakers Germany would add €400 million.", "€400 million",
     "Olaf Scholz"),
    ("European Commission President Ursula von der Leyen said Brussels would pay €3 billion.",
     "€3 billion", "Ursula von der Leyen"),
    # the name is not cut at a verb inside another name
    ("Kyiv bought radars worth $90 million from the United States last year.",
     "$90 million", "(outlet)"),
])
def test_unknown_subjects(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # one capitalized word before the verb: an organisation (an acronym, "the X", a word
    # the article never writes in lower case) ...
    ("Naftohaz said it had borrowed €200 million for gas.", "€200 million", "Naftohaz"),
    ("UNHCR said it needed $600 million for shelters in Ukraine.", "$600 million", "UNHCR"),
    ("The Bundeswehr said equipment worth €1.1 billion had left its depots.", "€1.1 billion",
     "Bundeswehr"),
    ("The contract is worth $300 million, CNN reported.", "$300 million", "CNN"),
    # ... but not a plural of people or a sentence adverb
    ("Officials said the second tranche, $1.2 billion, would follow.", "$1.2 billion",
     "(outlet)"),
    ("Separately said nothing; Ukraine got $5 million.", "$5 million", "(outlet)"),
    ("Organisers say pledges reached €7 billion by the evening.", "€7 billion", "(outlet)"),
])
def test_lone_organisation_names(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The tranche totals $325 million, according to a statement attributed to Pentagon "
     "spokeswoman Sabrina Singh.", "$325 million", "Sabrina Singh"),
    ("In a statement attributed to spokesman Jon Finer, the State Department said "
     "$2 billion had gone out.", "$2 billion", "Jon Finer"),
    # a document and its author after "according to"
    ("About $8 billion would go to weapons, according to a summary released by the House "
     "Appropriations Committee.", "About $8 billion", "US House Appropriations Committee"),
    ("Kyiv got €900 million in May, according to figures published by the Finance Ministry.",
     "€900 million", "Ukrainian Ministry of Finance"),
    ("According to data from the Kiel Institute, Italy has given €1.3 billion.",
     "€1.3 billion", "Kiel Institute"),
])
def test_attributed_to_and_documents(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Dutch Ministry of Defence said €250 million would buy shells for Kyiv.",
     "€250 million", "Dutch Ministry of Defence"),
    ("Ukraine received $400 million, according to the Ukrainian ministry for social policy.",
     "$400 million", "Ukrainian Ministry of Social Policy"),
    ("Canada will ship C$35 million in drones, the defence department said, adding that "
     "Ukraine asked for them.", "C$35 million", "Canadian Ministry of Defence"),
    ("The Defense Department said the drawdown was worth $150 million.", "$150 million",
     "Pentagon"),
    # a body named only by its noun: the main country's
    ("Ukraine's reserves hit $43 billion, the central bank said.", "$43 billion",
     "National Bank of Ukraine"),
    ("Russia fired 90 drones at Ukraine overnight, the air force reported.", "90 drones",
     "Ukrainian Air Force"),
    ("The Pentagon's press secretary said the package was worth $275 million.",
     "$275 million", "Pentagon"),
    ("The bloc's executive arm said Ukraine would get €1.9 billion in June.", "€1.9 billion",
     "European Union"),
    ("The Cabinet of Ministers said UAH 3 billion would go to shelters in Ukraine.",
     "UAH 3 billion", "Ukraine"),
])
def test_more_bodies(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a verb after the figure that opens its own clause does not report it
    ("The World Bank's review puts the repair bill at $30bn, and Shmyhal told donors the "
     "state needed $5bn now.", "$30bn", "World Bank"),
    ("Ministers met in Rome on Monday to discuss 40 countries' offers, a day after Washington "
     "announced a $400 million package.", "40 countries", "(outlet)"),
    # estimates: any qualifier, more verbs, the passive
    ("The Pentagon had put the figure at approximately $6.5 billion.",
     "approximately $6.5 billion", "Pentagon"),
    ("Kyiv faces a budget gap estimated by the IMF at about $4 billion a month.",
     "about $4 billion", "International Monetary Fund"),
    ("In May, when $2 billion was announced, the ministry valued the deliveries at "
     "$9 billion. The Ukrainian Ministry of Defence published it.", "$2 billion", "(outlet)"),
    # a coordinated verb takes the sentence's subject, also after a comma
    ("The Commission proposed a €1 billion loan in March, and said it would add €80 million "
     "in grants for Ukraine.", "€80 million", "European Union"),
    # two people as one subject
    ("Foreign minister Mélanie Joly and then defence minister Anita Anand announced "
     "C$15 million in body armour.", "C$15 million", "Anita Anand, Mélanie Joly"),
])
def test_clauses_estimates_and_coordination(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a pronoun opening a sentence: the previous sentence's subject
    ("Starmer flew to Kyiv to meet Zelensky. He will announce £40 million for grid repairs.",
     "£40 million", "Keir Starmer"),
    # a title for the last person named, also one the people file does not list
    ("Finance Minister Ina Berg met bankers in Oslo. \"We will lend NOK 2 billion,\" the "
     "minister said.", "NOK 2 billion", "Ina Berg"),
    ("Defence Minister Ruben Brekelmans visited Odesa. He said €150 million would follow.",
     "€150 million", "Ruben Brekelmans"),
    # a headline closing on its source, not on a section label
    ("Ukraine to get €2 billion more from Brussels – Borrell", "€2 billion", "Borrell"),
    ("Ukraine to get €2 billion more from Brussels – live", "€2 billion", "(outlet)"),
])
def test_anaphors_and_headlines(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_an_outlet_citing_itself_is_the_outlet() -> None:
    text = "As Ukrinform reported, Japan gave $30 million for demining."
    found = extract_claims(text, source_id="t", published=DAY, outlet="Ukrinform")
    assert found[0].attribution == "outlet"
    found = extract_claims(text, source_id="t", published=DAY, outlet="Kyiv Post")
    assert found[0].speaker == "Ukrinform"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # bare plurals of a government ("Ministers stressed") are not resolved to its country
    ("Norway will give NOK 5 billion. Ministers stressed that NOK 2 billion more was "
     "possible.", "NOK 2 billion", "Norway"),
    # indirect speech continued without a verb of saying
    ("Støre said the programme would grow. Instead of a ceiling of NOK 75 billion, the "
     "government wants a floor.", "NOK 75 billion", "Jonas Gahr Støre"),
])
@pytest.mark.xfail(strict=True, reason="known gaps: bare 'Ministers', indirect speech")
def test_known_gaps(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker
