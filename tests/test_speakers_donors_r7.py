"""Speakers and donors over families of real phrasing (issue 9, rules round 7): a country as
a party to talks ("the <demonym> side noted"), a count owned by its author ("by <owner>'s
(own) reckoning"), where an official is posted ("<title> in <place> says"), a person's
relative clause ("<Name>, who announced <figure>"), the medium that asked the speakers
("experts interviewed by <agency>"), "he"/"she" after a sentence about a person ("...,
she told reporters"), answers ("replied", "responded"), a document's authors after a
participle ("carried out by A, B and C"), and two multilateral givers by their wire-copy
names (the UN Development Programme, "the EU bank"); who blocks or vetoes money gives none
of it ("Slovakia vetoed the €20 billion EU package"). Each sentence is written for these
tests in a construction of its own; the rows a review (audit7) found to keep a dev
article's frame were rewritten in other constructions, with other actors and numbers.
Negatives included: the nearest wrong reading of each family.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim


def _speaker(text: str, surface: str) -> str:
    claim = one_claim(text, surface)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)


SPEAKERS = [
    # the <demonym> side as the subject of a verb of saying: the country
    ("The Slovak side noted that €12 million had been set aside to repair schools in Sumy.",
     "€12 million", "Slovakia"),
    ("Kharkiv's substations will get $40 million before the frost, the Japanese side said.",
     "$40 million", "Japan"),
    ("The Ukrainian side has said it needs $5 billion a month to keep paying pensions.",
     "$5 billion", "Ukraine"),
    ("After the talks the Polish side also stated that 200 million zlotys would follow.",
     "200 million zlotys", "Poland"),
    # negatives: a side of no country, a side that is a place ("on the Polish side of the
    # border") and speaks for no one
    ("Both delegations argued for hours; the other side said $3 million was far too little.",
     "$3 million", "(outlet)"),
    ("Cross-border trade on the Hungarian side of the river reached €9 million last year.",
     "€9 million", "(outlet)"),
    # "by X's (own) count / tally / reckoning": X states the figure
    ("Western arms deliveries to Kyiv have passed $200 billion, by Moscow's reckoning.",
     "$200 billion", "Russia"),
    ("Dutch deliveries stand at €6 billion, by the Kiel Institute's latest tally.",
     "€6 billion", "Kiel Institute"),
    # negatives: "by" as an agent or a date, no count of anyone's
    ("The substation, hit by Russia's missiles in March, will cost $300 million to rebuild.",
     "$300 million", "(outlet)"),
    ("Reconstruction was financed by Norway's state fund with $50 million in 2023.",
     "$50 million", "(outlet)"),
    # a person's relative clause with a verb of saying states the figure in it
    ("Antony Blinken, who announced $500 million in grants on his previous trip, lands in "
     "Kyiv on Friday.", "$500 million", "Antony Blinken"),
    ("The donors' session was chaired by Olaf Scholz, who had announced €2 billion for air "
     "defence the week before.", "€2 billion", "Olaf Scholz"),
    # negatives: the relative clause holds no verb of saying, the figure is in another clause
    ("Jo Roe, who called the $2 billion plan too small, voted against it on Tuesday.",
     "$2 billion", "(outlet)"),
    ("Antony Blinken, who toured a hospital in Lviv, met officials as Washington sent "
     "$500 million.", "$500 million", "(outlet)"),
    # the medium or pollster that asked the speakers is not a speaker
    ("Analysts interviewed by Reuters said the fund had paid out $4 billion since spring.",
     "$4 billion", "(outlet)"),
    ("Economists polled by Bloomberg estimate that Kyiv will need $40 billion next year.",
     "$40 billion", "(outlet)"),
    # the Pentagon's auditor by wire copy's names speaks as itself, not as the Pentagon
    ("Army depots shipped $500 million of gear without receipts, the Pentagon watchdog "
     "said on Monday.", "$500 million", "US Department of Defense Office of Inspector General"),
    ("According to the Defense Department's inspector general, $75 million in spare parts "
     "went unrecorded.", "$75 million", "US Department of Defense Office of Inspector General"),
    # negative: the Pentagon itself
    ("The Pentagon said $75 million in spare parts had been shipped in May.", "$75 million",
     "Pentagon"),
    # a ministry owned by a demonym the gazetteer keeps out of its country's aliases
    ("The Russian finance ministry reported a drop in energy revenue to 700 billion roubles "
     "in May.", "700 billion roubles", "Russian Ministry of Finance"),
    ("Kyiv expects $3 billion from partners. Russian defence ministry figures put Moscow's "
     "arms exports at $4 billion for the year.", "$4 billion", "Russian Ministry of Defence"),
    # negative: no owner named, in a Ukrainian story: Kyiv's ministry
    ("Ukraine received $1.5 billion from Japan in March, the finance ministry said.",
     "$1.5 billion", "Ukrainian Ministry of Finance"),
    # an attribution closing its clause, then a contrasting "while" clause with the figure:
    # the writer's
    ("Oslo's first tranche of NOK 3 billion arrived in March, Jonas Gahr Støre told "
     "parliament last week, whereas Finland's share came to €200 million.", "€200 million",
     "(outlet)"),
    ("Some $80 million goes to schools, according to a Treasury summary, while $120 million "
     "is kept for power lines.", "$120 million", "(outlet)"),
    # negatives: the figure before the attribution, and an attribution set inside its
    # clause, which still governs the "while" clause
    ("Oslo's first tranche of NOK 3 billion arrived in March, Jonas Gahr Støre told "
     "parliament last week, whereas Finland's share came to €200 million.", "NOK 3 billion",
     "Jonas Gahr Støre"),
    ("The Dutch share, Mark Rutte argued, is small, whereas the F-16 deal alone cost "
     "€1 billion.", "€1 billion", "Mark Rutte"),
    # negatives: a participle or place phrase set inside the attribution, the reported
    # clause after it
    ("Olaf Scholz said, while visiting a rail depot in Lviv, that Berlin would add €500 "
     "million.", "€500 million", "Olaf Scholz"),
    ("Mark Rutte told reporters, while touring a shell plant, that allies had spent €40 "
     "billion.", "€40 billion", "Mark Rutte"),
    ("Petr Fiala said, while in Odesa on Friday, that Prague would send CZK 2 billion.",
     "CZK 2 billion", "Petr Fiala"),
    # unnamed officials as the subject of a relative clause: the article's government
    ("Denmark will fund winter repairs to the grid, which officials reckon will cost "
     "DKK 4 billion.", "DKK 4 billion", "Denmark"),
    # negative: the relative clause says something of the money, not its amount
    ("Norway sent NOK 3 billion to the fund, which officials said was late.",
     "NOK 3 billion", "(outlet)"),
    # a counting body inside a speaker's turn of a transcript states its own count
    ("MS. LENA ORTIZ: Good afternoon.\n\nQ: How bad is the damage?\n\nMS. LENA ORTIZ: "
     "Housing losses come to $60 billion, the KSE Institute estimates.",
     "$60 billion", "Kyiv School of Economics"),
    # negative: the turn's own figure stays the speaker's
    ("MS. LENA ORTIZ: Good afternoon.\n\nQ: How bad is the damage?\n\nMS. LENA ORTIZ: "
     "We think housing losses are near $60 billion.", "$60 billion", "Lena Ortiz"),
    # a Ukrainian region's administration, named with its region and then as "the regional
    # administration"
    ("The Poltava regional military administration opened three shelters on Monday. "
     "The regional administration reported on Tuesday that repairs would cost UAH 900 "
     "million.",
     "UAH 900 million", "Poltava Regional Military Administration"),
    ("The Odesa Regional State Administration said UAH 300 million had gone on shelters.",
     "UAH 300 million", "Odesa Regional State Administration"),
    # negatives: a national administration, and the anaphor with no region named before
    ("The Trump administration said $300 million in grants would follow.", "$300 million",
     "United States"),
    ("Repairs will cost UAH 90 million, the regional administration said.", "UAH 90 million",
     "(outlet)"),
    # a region's possessive is the same body; a city's spelling names its region; a word
    # that is no region of the gazetteer names no regional body
    ("Kherson's regional administration said UAH 90 million had been spent on shelters.",
     "UAH 90 million", "Kherson Regional Administration"),
    ("Shelters in Dnipro cost UAH 70 million, the Dnipro regional military administration "
     "said.", "UAH 70 million", "Dnipropetrovsk Regional Military Administration"),
    ("The Russian-installed regional administration said $40 million had gone on roads.",
     "$40 million", "(outlet)"),
    # a treaty body's figures
    ("According to figures from the Energy Community, Norway's contribution exceeds "
     "€200 million.", "€200 million", "Energy Community"),
    # negative: the medium itself as the subject still speaks
    ("Reuters said on Monday the fund had paid out $4 billion since spring.", "$4 billion",
     "Reuters"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), SPEAKERS)
def test_speaker_families(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


POSTED = [
    # where an official is posted is no speaker: "<title> in <place> says"
    ("A senior UN official in Kyiv said only a fifth of the $3 billion appeal had arrived.",
     "$3 billion", "Ukraine"),
    ("America's naval commander in Europe estimated that allies had shipped $10 billion in "
     "shells.", "$10 billion", "European countries"),
    ("Red Cross chief in Ukraine warns a $500 million shortfall will close clinics",
     "$500 million", "Ukraine"),
]


@pytest.mark.parametrize(("text", "surface", "place"), POSTED)
def test_posting_place_is_no_speaker(text: str, surface: str, place: str) -> None:
    assert _speaker(text, surface) not in (place, "Poland")


def test_place_after_in_still_speaks_as_subject() -> None:
    # negative: a country after a clause's "in" that is itself the subject of the verb
    text = "Ministers met in Vilnius, and Poland says it will add 300 million zlotys."
    assert _speaker(text, "300 million zlotys") == "Poland"


@pytest.mark.xfail(strict=True, reason="the body of an unnamed official named by post and "
                   "place ('Top UN official in Kyiv') is not yet resolved")
def test_posted_official_speaks_for_body() -> None:
    assert _speaker(POSTED[0][0], POSTED[0][1]) == "United Nations"


MORE_SPEAKERS = [
    # "he"/"she" inside the next sentence: the person the sentence before is about (its
    # subject), not the last person it names
    ("Kaja Kallas hosted Denys Shmyhal in Tallinn on Monday. Estonia would add €80 million "
     "for drones in 2025, she told reporters.", "€80 million", "Kaja Kallas"),
    ("Olaf Scholz met Volodymyr Zelensky in Berlin. After the talks Germany would add "
     "€5 billion, he said.", "€5 billion", "Olaf Scholz"),
    # negatives: the reported clause names the country of the person named last, not the
    # subject's: that person speaks
    ("Kaja Kallas hosted Denys Shmyhal in Tallinn on Monday. Ukraine needs €80 million for "
     "drones, he said.", "€80 million", "Denys Shmyhal"),
    ("Olaf Scholz received Volodymyr Zelensky in Berlin. Kyiv still lacks $5 billion for "
     "air defence, he told reporters.", "$5 billion", "Volodymyr Zelensky"),
    # negative: a reporting verb in the sentence before still names who goes on speaking
    ("Estonia is sending more, Kaja Kallas said after meeting Denys Shmyhal. Tallinn would "
     "add €80 million for drones in 2025, she told reporters.", "€80 million",
     "Kaja Kallas"),
    # "she" opening a sentence after one whose subject speaks and is a person the files do
    # not list (a witness at a hearing), named in full before
    ("Air Marshal Priya Okafor, who runs the logistics command, briefed the defence "
     "committee of the Dutch parliament on Tuesday.\n\nOkafor warned members that rail "
     "capacity was short. She estimated that €700 million of pledged equipment sat in "
     "depots.", "€700 million", "Priya Okafor"),
    # negative: the sentence before has no person as its speaker: the last person named
    ("Senator Ana Ruiz opened the hearing.\n\nOfficials said stocks were low. She argued "
     "that $6 billion more was needed.", "$6 billion", "Ana Ruiz"),
    # answers at hearings and briefings: replied, responded, answered
    ("Asked about shells, Mark Rutte replied that allies had spent €40 billion this year.",
     "€40 billion", "Mark Rutte"),
    ("The real bill, Ben Wallace responded, came to £90 million, not £200 million.",
     "£90 million", "Ben Wallace"),
    # negatives: an answer made in deeds, not words
    ("The Kremlin responded with fresh strikes on the grid, which will cost $1 billion to "
     "repair.", "$1 billion", "(outlet)"),
    ("Poland responded to the appeal by sending $100 million in generators.",
     "$100 million", "(outlet)"),
    # a document's authors after a participle and a date: all of them, "the Government of"
    # a country being that country
    ("A damage survey carried out by the United Nations, the World Bank and Ukraine's "
     "government puts rebuilding costs at $411 billion.", "$411 billion",
     "Ukraine, United Nations, World Bank"),
    ("This review, undertaken jointly by the United Nations and the World Bank, puts "
     "housing damage at $60 billion.", "$60 billion", "United Nations, World Bank"),
    # negative: a preposition's object list before a verb is no list of authors
    ("Cash came from Norway, Denmark and Canada, Prague says, adding CZK 900 million.",
     "CZK 900 million", "Czech Republic"),
    # a person the files do not list, named in full before, in a relative clause
    ("Jane Vole runs the agency. On Tuesday we spoke to Vole, who has announced grants of "
     "$2 billion since taking office.", "$2 billion", "Jane Vole"),
    # negatives: a body or a plural noun before "who" is no unknown person
    ("Senior Ukrainian Officials, who announced $2 billion on Monday, declined to comment.",
     "$2 billion", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), MORE_SPEAKERS)
def test_more_speaker_families(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


DONORS = [
    # the UN agency by its wire-copy names: itself, not the United Nations
    ("The UN Development Programme has mobilised $70 million for mobile boiler houses.",
     "$70 million", ("United Nations Development Programme",)),
    ("Sweden gave SEK 300 million through UNDP to repair water pipes in Kherson.",
     "SEK 300 million", ("Sweden",)),
    # "the EU bank" is the European Investment Bank, not the EU
    ("The EU bank signed €400 million in loans for Ukrainian hospitals on Tuesday.",
     "€400 million", ("European Investment Bank",)),
    # negative: the bloc itself
    ("The EU signed €400 million in grants for Ukrainian hospitals on Tuesday.",
     "€400 million", ("European Union",)),
    # who blocks or vetoes money holds it up and gives none of it: the instrument's owner
    ("Slovakia vetoed the €20 billion EU package for Kyiv in June.", "€20 billion",
     ("European Union",)),
    ("For weeks Budapest has blocked a €6 billion EU tranche meant for Kyiv's army.",
     "€6 billion", ("European Union",)),
    # negatives: the blocker that then gives, and a giver whose verb is not a blocking one
    ("Hungary blocked the joint statement but pledged €10 million in food aid.",
     "€10 million", ("Hungary",)),
    ("Slovakia approved the €20 million demining grant for Kyiv in June.", "€20 million",
     ("Slovakia",)),
    # a country's NGO gives, not its country (the NGO itself is not in the gazetteer)
    ("A Czech relief organisation, Caritas Brno, has shipped generators worth UAH 30 "
     "million to Kherson.", "UAH 30 million", ()),
    ("A Polish charity delivered generators worth €2 million to Sumy last week.",
     "€2 million", ()),
    # negatives: a state's own development agency after its possessive is the state; the
    # country's government gives
    ("Germany's development organisation will provide €30 million for schools in Sumy.",
     "€30 million", ("Germany",)),
    ("The Czech government has shipped generators worth UAH 30 million to Kherson.",
     "UAH 30 million", ("Czech Republic",)),
]


@pytest.mark.xfail(strict=True, reason="a non-governmental giver the gazetteer does not "
                   "list is not yet named as the donor")
def test_ngo_named_as_donor() -> None:
    text, surface, _ = next(row for row in DONORS if "Caritas" in row[0])
    claim = one_claim(text, surface)
    assert tuple(claim.donors) == ("Caritas Brno",)


@pytest.mark.parametrize(("text", "surface", "donors"), DONORS)
def test_donor_names(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert tuple(one_claim(text, surface).donors) == donors


GAPS = [
    # a count by a pronoun's body ("by its own count") needs the body named before
    ("The World Bank says repairs will cost $10 billion. By its own estimate, schools need "
     "another $2 billion.", "$2 billion", "World Bank"),
    # a report's author named earlier speaks through "the audit notes", "an evaluation found"
    ("Norway's auditor general examined the fund. The audit notes that NOK 900 million was "
     "paid out without receipts.", "NOK 900 million", "Norway"),
]


@pytest.mark.xfail(strict=True, reason="a report or count named by a pronoun or a noun "
                   "phrase is not yet traced to the body named before")
@pytest.mark.parametrize(("text", "surface", "speaker"), GAPS)
def test_speaker_gaps(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker
