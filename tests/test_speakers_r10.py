"""Speakers over families of real phrasing (issue 9, rules round 10): a document speaks for
its author. An auditor's or a bank's own document as the subject of a verb of finding,
counting or estimating ("a <body> audit released in <month> found", "the <body>'s review
tallied", "a <bank> report released on <day> puts the cost at"; AP on the World Bank's
damage assessments, gao.gov and crfb.org on the US audits and cost estimates), the same
document named again ("the review found") after its author put it out, and "according to
the <noun> assessment, led by <author>". The US Congress's auditor and budget scorekeeper
are bodies of the gazetteer. Each sentence is written for these tests; negatives are the
nearest wrong reading of each family.

Also: thanks for money as the thanker's statement ("the premier thanked <donor> for the
<figure>"; government portals' readouts), not where a giver's verb governs the money
("thanked <donor> for allocating <figure>"); a body or a country as the subject of a
relative clause of saying ("<body>, which on <day> announced <figure>"); newsletter
section labels ("Flashback:") are no source.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim, speaker_label

GAO = "US Government Accountability Office"
CBO = "US Congressional Budget Office"

SPEAKERS = [
    # the author's own document, with a date or a participle's date before the verb
    ("An IMF staff review completed in April found a $3.1 billion gap in next year's budget.",
     "$3.1 billion", "International Monetary Fund"),
    ("Only €800 million had reached the grid operator, a World Bank audit concluded.",
     "€800 million", "World Bank"),
    ("The GAO's latest study, out on Monday, counted $7 billion in delayed shipments.",
     "$7 billion", GAO),
    ("A World Bank estimate issued last week puts the bill for demining at $37 billion.",
     "$37 billion", "World Bank"),
    ("The CBO's accounting puts the outlays of the package at roughly $20 billion a year.",
     "roughly $20 billion", CBO),
    # the same document named again after its author put it out
    ("The GAO has published a new audit of drawdown stocks. About $6 billion in equipment "
     "was never valued correctly, the audit found.", "About $6 billion", GAO),
    ("The World Bank released its third assessment in February. Housing alone needs "
     "$80 billion, the assessment concludes.", "$80 billion", "World Bank"),
    # "according to" a document and its leading or coordinating author
    ("According to a joint review coordinated by the World Bank with the EU and the UN, "
     "rail repairs will take $9 billion.", "$9 billion", "World Bank"),
    ("Energy needs are put at $47 billion according to the damage survey the World Bank "
     "led in February.", "$47 billion", "World Bank"),
    # the bodies themselves
    ("The Congressional Budget Office estimates that $4 billion of the money will be spent "
     "by September.", "$4 billion", CBO),
    # negatives: "found" with a person or a country as subject is no statement; a document
    # named again with no author before it; a verb of saying before the document
    ("Customs officers found $2 million in cash hidden in a lorry near Lviv.",
     "$2 million", "(outlet)"),
    ("Finland found €150 million for air defence in its spring budget.", "€150 million",
     "(outlet)"),
    ("The audit found that $90 million in grants had been spent twice.", "$90 million",
     "(outlet)"),
    ("Spain said its review found that €40 million was still unspent.", "€40 million",
     "Spain"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), SPEAKERS)
def test_speaker_families_r10(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


# Gap: the document's author in a relative clause with no "by" ("according to an
# assessment <author> coordinated") is not found; the figure stays the outlet's.
@pytest.mark.xfail(strict=True, reason="author in a relative clause after 'according to'")
def test_an_author_in_a_relative_clause_speaks() -> None:
    text = ("The rail network needs $9 billion of repairs, according to an assessment the "
            "government and the World Bank coordinated.")
    assert speaker_label(text, "$9 billion") == "World Bank"


MORE_SPEAKERS = [
    # thanks for the money: the thanker's statement
    ("At the meeting in Kyiv, Yuliia Svyrydenko thanked the Netherlands for its "
     "€400 million for the gas reserve.", "€400 million", "Yulia Svyrydenko"),
    ("Denys Shmyhal met the Czech delegation. He thanked Prague for the 1.2 billion "
     "koruna sent for generators.", "1.2 billion koruna", "Denys Shmyhal"),
    ("Volodymyr Zelensky expressed his gratitude to Iceland for $5 million in winter aid.",
     "$5 million", "Volodymyr Zelensky"),
    # negatives: thanks for a giver's act (its verb governs the money); the thanked one
    ("Denys Shmyhal thanked Belgium for approving €300 million in F-16 support.",
     "€300 million", "(outlet)"),
    ("Lithuania was thanked by the mayors for €3 million in school repairs.",
     "€3 million", "(outlet)"),
    # ... thanks for something else, then a new clause with the figure (audit9 B2)
    ("Denys Shmyhal thanked Oslo for the power units and then requested €700 million for "
     "the grid.", "€700 million", "(outlet)"),
    ("Denys Shmyhal thanked the donors for their help; Sweden has sent SEK 2 billion since "
     "2023.", "SEK 2 billion", "(outlet)"),
    # a relative clause of saying after a body or a country
    ("Delegates met envoys from Portugal, which last week announced €100 million for the "
     "grid.", "€100 million", "Portugal"),
    ("The talks were chaired by the Nordic Investment Bank, which has said it will lend "
     "€250 million over two years.", "€250 million", "Nordic Investment Bank"),
    # negatives: a relative clause of giving; "which" after no name
    ("Envoys from Portugal, which sent €100 million in June, joined the talks.",
     "€100 million", "(outlet)"),
    ("The fund, which announced €80 million for schools, was set up in 2023.",
     "€80 million", "(outlet)"),
    # a newsletter's section label is no source; a person's label is
    ("Flashback: The Senate approved $12 billion for weapons in the autumn.",
     "$12 billion", "(outlet)"),
    ("Kuleba: partners owe Ukraine $4 billion in promised ammunition.", "$4 billion",
     "Dmytro Kuleba"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), MORE_SPEAKERS)
def test_speaker_thanks_relatives_labels_r10(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


def test_auditor_count_continues_the_donor_named_before() -> None:
    """An auditor's count of a donor's aid keeps that donor (the GAO speaks as a US body)."""
    text = ("Congress has appropriated $120 billion in aid to Ukraine since 2022. Only "
            "$70 billion of it has been paid out, a GAO audit released in June found.")
    claim = one_claim(text, "$70 billion")
    assert claim.speaker == GAO
    assert claim.donors == ("United States",)


def test_passive_thanks_keep_the_thanked_donor() -> None:
    """"<person> was thanked by <other> for the <figure>": no statement, and the thanked
    one's country still gives (audit9 B2)."""
    text = "Mark Rutte was thanked by Denys Shmyhal for the €250 million in demining aid."
    claim = one_claim(text, "€250 million")
    assert (claim.attribution, claim.donors) == ("outlet", ("Netherlands",))


@pytest.mark.xfail(strict=True, reason="a request after thanks for something else ('thanked "
                   "<giver> for its support and then asked for $X') reads as a pledge with "
                   "the thanked one as its giver: the kind rule of 5d46451 ('a purpose of two "
                   "coordinated words') takes the first for-phrase as a purpose")
def test_request_after_thanks_is_a_request() -> None:
    text = "Denys Shmyhal thanked Oslo for its support and then asked for €700 million."
    claim = one_claim(text, "€700 million")
    assert (claim.kind, claim.donors) == ("requested", ())
