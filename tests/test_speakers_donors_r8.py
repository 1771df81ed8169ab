"""Speakers and donors over families of real phrasing (issue 9, rules round 8): a sentence
adverbial set off by commas between a subject and its verb of saying ("<country>, for its
part, said"), a participle of saying after a comma whose subject is the clause's ("<person>
<did something> on <day>, saying ..."), a rebuttal ("countered that"), and "European" with a
noun of the other side of talks ("<demonym> and European negotiators", "European
capitals"; not lenders or creditors, often banks). Each sentence is written for these tests;
negatives are the nearest wrong reading of each family.
"""

from __future__ import annotations

import pytest

from aidlib.claims import extract_claims
from tests.claim_cases import DAY, one_claim, speaker_label

SPEAKERS = [
    # a sentence adverbial between the subject and its verb of saying
    ("Romania, for its part, stated that €75 million in fuel would reach Odesa by winter.",
     "€75 million", "Romania"),
    ("The Finnish government, in turn, said €90 million would be spent on demining.",
     "€90 million", "Finland"),
    ("Ottawa, meanwhile, announced C$400 million for armoured vehicles.",
     "C$400 million", "Canada"),
    # negatives: the aside follows no subject of saying; an aside before a verb of giving
    ("For its part, the fund disbursed $70 million in March.", "$70 million", "(outlet)"),
    ("Latvia, for its part, has promised €20 million more for drones.", "€20 million",
     "(outlet)"),
    # a participle of saying after a comma: the clause's subject speaks
    ("Kaja Kallas rejected the criticism on Thursday, saying the €5 billion facility was "
     "already oversubscribed.", "€5 billion", "Kaja Kallas"),
    ("After the vote, Denys Shmyhal thanked the lawmakers, noting that $8 billion would "
     "reach the budget before June.", "$8 billion", "Denys Shmyhal"),
    ("Norway unveiled a five-year plan in Oslo, stressing that NOK 15 billion of it was "
     "for energy repairs.", "NOK 15 billion", "Norway"),
    # negatives: "adding" (its object may be money), a participle after a quoted verb,
    # and a participle set off inside the subject's apposition
    ("Sweden sent SEK 2 billion in February, adding to its earlier packages.",
     "SEK 2 billion", "(outlet)"),
    ("The bank, saying little about its plans, kept a $600 million reserve.", "$600 million",
     "(outlet)"),
    # a rebuttal
    ("The €2 billion, a Dutch diplomat countered, had been set aside long before the summit.",
     "€2 billion", "Netherlands"),
    ("The shortfall is nearer $9 billion, the Ukrainian finance ministry countered.",
     "$9 billion", "Ukrainian Ministry of Finance"),
    ("Latvian ministers counter that €60 million a year is all the budget allows.",
     "€60 million", "Latvia"),
    # negatives: "countered" with an object is no speech, nor an infinitive's "counter
    # that <noun>"
    ("Kharkiv countered the winter blackouts with $45 million of new generators.",
     "$45 million", "(outlet)"),
    ("Odesa spent $30 million on radars to counter that threat from the sea.",
     "$30 million", "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), SPEAKERS)
def test_speaker_families_r8(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


DONORS = [
    # "European" with a noun of the other side of talks or of lending, alone or coordinated
    ("Talks stalled after American and European negotiators split over a $25 billion "
     "credit line for Kyiv.", "$25 billion", ("European countries", "United States")),
    ("European capitals have quietly set aside €5 billion for Kyiv's air defence.",
     "€5 billion", ("European countries",)),
    # negatives: lenders and creditors are often banks and funds, not states
    ("Japanese and European lenders are ready to advance Ukraine $15 billion against the "
     "immobilised funds.", "$15 billion", ("Japan",)),
    ("Private bondholders and European creditors agreed to forgive $9 billion of Kyiv's "
     "debt.", "$9 billion", ()),
    # negatives: "European" with a noun that gives nothing
    ("European markets lost $40 billion in value on the news from the front.", "$40 billion",
     ()),
    ("A European company will invest €50 million in a plant near Lviv.", "€50 million", ()),
]


@pytest.mark.parametrize(("text", "surface", "donors"), DONORS)
def test_donor_families_r8(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert tuple(sorted(one_claim(text, surface).donors)) == donors


HOSTS = [
    # the host of a meeting at which others give: not a giver of their money
    ("Once the summit Denmark hosted in Aarhus opened, donor countries offered $3 billion "
     "for demining.", "$3 billion", ()),
    ("Spain and Portugal jointly organised the forum, at which participants committed "
     "€900 million to rebuild schools.", "€900 million", ()),
    ("In a session chaired by Estonia, allies put up €700 million for air defence.",
     "€700 million", ("Western allies",)),
    ("Investors signed deals worth €2 billion at the Lisbon forum hosted by Portugal.",
     "€2 billion", ()),
    # negatives: a host that gives itself, alone or with a pronoun
    ("Denmark hosted the Aarhus talks and put up $300 million of its own for demining.",
     "$300 million", ("Denmark",)),
    ("Having hosted the donors in Madrid, Spain pledged €150 million for shelters.",
     "€150 million", ("Spain",)),
    # a place after a place and a comma, with a compass word ("in <town>, southern <country>"):
    # a place, not a giver
    ("Ministers gathering in Bari, southern Italy, endorsed a $7 billion grant for Kyiv.",
     "$7 billion", ()),
    # negative: a giver after the comma of a place phrase is the subject
    ("In Bari, Italy pledged €80 million for Kharkiv's hospitals.", "€80 million",
     ("Italy",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), HOSTS)
def test_hosts_and_places_give_nothing(text: str, surface: str,
                                       donors: tuple[str, ...]) -> None:
    assert tuple(sorted(one_claim(text, surface).donors)) == donors


ESTIMATES_BY = [
    # an estimate in the passive with the figure before its author's "by": the author states
    # it and gives none of it
    ("Last spring, losses to farming were estimated at $11 billion by the World Bank.",
     "$11 billion", "World Bank", ()),
    ("Flood damage downstream of the dam is put at €2 billion by the European Commission.",
     "€2 billion", "European Union", ()),
    ("Water-network repairs in the south were pegged at $6 billion (about €5 billion) last "
     "year by the UN Development Programme.", "$6 billion",
     "United Nations Development Programme", ()),
    # negatives: an author that is no known name, and a by-phrase of a verb of giving
    ("The harbour losses were valued at $300 million by insurers in Odesa.", "$300 million",
     "(outlet)", ()),
    ("The €400 million credit line was guaranteed by Sweden.", "€400 million", "(outlet)",
     ("Sweden",)),
    # negatives: a giver that values its own aid stays its giver
    ("Tokyo's support for Kyiv so far was assessed at $6 billion by Japan itself.",
     "$6 billion", "Japan", ("Japan",)),
    ("The military aid delivered so far was valued at €2 billion by Germany in its annual "
     "report.", "€2 billion", "Germany", ("Germany",)),
]


@pytest.mark.parametrize(("text", "surface", "speaker", "donors"), ESTIMATES_BY)
def test_passive_estimates_name_their_author(text: str, surface: str, speaker: str,
                                             donors: tuple[str, ...]) -> None:
    assert speaker_label(text, surface) == speaker
    assert tuple(sorted(one_claim(text, surface).donors)) == donors


def _turn_speakers(text: str) -> dict[str, str]:
    return {c.surface: "(outlet)" if c.attribution == "outlet" else str(c.speaker)
            for c in extract_claims(text, source_id="t", published=DAY, learned=False)}


# A radio or podcast transcript: a full name with its role on first turn, then the surname;
# a surname the show's intro names in full; an unnamed reporter's turn is the outlet's.
RADIO = """Evening bulletin

DANA ORTIZ, HOST:

We start in Vilnius, where ministers are counting what is left for Kyiv.

TOMAS BRAZYS, BYLINE: Good evening, Dana.

ORTIZ: How large is the new package?

BRAZYS: Lithuania has set aside about €35 million for generators.
Another €10 million follows in the spring.

ORTIZ: And the loan?

REPORTER: The finance ministry puts the shortfall at $2 billion.
"""

PODCAST = """Show notes: host Marta Salo talks with correspondent Ivo Kask in Tallinn.

SALO: Ivo, what did the cabinet decide?

KASK: It approved €80 million for shells, the biggest sum this year.

SALO: Thank you.
"""


def test_radio_transcript_turns() -> None:
    found = _turn_speakers(RADIO)
    assert found["about €35 million"] == "Tomas Brazys"
    assert found["€10 million"] == "Tomas Brazys"
    assert found["$2 billion"] != "REPORTER"  # an unnamed reporter is no one by name


def test_podcast_surname_named_in_the_intro() -> None:
    assert _turn_speakers(PODCAST)["€80 million"] == "Ivo Kask"



STATE_DOCUMENTS = [
    # a state's budget speaks for its state, as the subject of a verb of estimating or
    # through "its" after "according to"
    ("Romania's draft budget puts the army's share at 60 billion lei.", "60 billion lei",
     "Romania"),
    ("Estonia's budget for next year estimates that €900 million will go to the armed forces.",
     "€900 million", "Estonia"),
    ("Spending on Belarus's army rises to 4 billion roubles, according to its draft budget.",
     "4 billion roubles", "Belarus"),
    # negatives: the budget of no country, "its" after no country, a pronoun's other noun
    ("The fund's budget puts its running costs at $3 million a year.", "$3 million",
     "(outlet)"),
    ("Moscow's outlays will reach 12 trillion roubles, according to its critics.",
     "12 trillion roubles", "(outlet)"),
    # the Swiss government by its name in federal releases
    ("CHF 25 million is earmarked for rebuilding a hospital in Sumy, the Federal Council "
     "announced on Wednesday.", "CHF 25 million", "Switzerland"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), STATE_DOCUMENTS)
def test_state_documents_speak_for_their_state(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


@pytest.mark.xfail(strict=True, reason="'shows' speaks only with a document noun from the "
                   "verb list's check, which a country's budget does not pass yet")
def test_a_state_budget_that_shows() -> None:
    assert speaker_label("Hungary's draft budget shows HUF 50 billion for the army.",
                         "HUF 50 billion") == "Hungary"


FEDERAL_COUNCIL = [
    # the Swiss government by its bare name
    ("Under a decision taken today, the Federal Council gives CHF 12 million to schools in "
     "Kherson.",
     "CHF 12 million", ("Switzerland",)),
    # negatives: another country's body of the same name, by possessive or demonym
    ("Berlin's upper chamber, Germany's Federal Council, cleared €2 billion for air defence "
     "in Ukraine.", "€2 billion", ("Germany",)),
    ("Last week the Austrian Federal Council backed €10 million in grants for Ukraine's "
     "hospitals.", "€10 million", ("Austria",)),
    # ... but a country named in full after another's possessive is still that country
    # (audit8 T1: the first form of this rule dropped every name of two words)
    ("Slovakia's Czech Republic neighbour has pledged €40 million for Ukraine.",
     "€40 million", ("Czech Republic", "Slovakia")),
]


@pytest.mark.parametrize(("text", "surface", "donors"), FEDERAL_COUNCIL)
def test_the_federal_council_is_switzerland_unless_another_country_owns_it(
        text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert tuple(sorted(one_claim(text, surface).donors)) == donors


def _donors_of(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.surface, tuple(sorted(c.donors)))
            for c in extract_claims(text, source_id="t", published=DAY, learned=False)]


def test_a_sum_named_again_keeps_its_givers() -> None:
    text = ("Ireland will lend Kyiv €600 million for power repairs, the finance minister "
            "announced.\n\nAt Thursday's hearing, opposition deputies questioned whether the "
            "€600 million would arrive before winter.\n")
    assert _donors_of(text)[-1] == ("€600 million", ("Ireland",))


def test_a_new_sum_or_an_indefinite_one_takes_nothing_by_amount() -> None:
    text = ("Ireland will lend Kyiv €600 million for power repairs, the finance minister "
            "announced.\n\nAt Thursday's hearing, a deputy asked how €400 million of "
            "unspent relief money elsewhere could be found, and whether €600 million "
            "more could come from other lenders.\n")
    assert _donors_of(text)[1:] == [("€400 million", ()), ("€600 million", ())]


def test_a_definite_sum_of_another_amount_takes_nothing_by_amount() -> None:
    text = ("Ireland will lend Kyiv €600 million for power repairs, the finance minister "
            "announced.\n\nDeputies asked whether the €400 million in the energy fund "
            "would arrive before winter.\n")
    assert _donors_of(text)[1:] == [("€400 million", ())]


MEDIA = [
    # a country's media with an auxiliary or adverb before the verb
    ("Greek media have put the bill for the frigate refit at roughly €300 million.",
     "roughly €300 million", "Greek media"),
    ("Slovak newspapers had earlier reported €45 million in unpaid invoices.",
     "€45 million", "Slovak media"),
    # negative: media of no country
    ("Social media have cited a fake figure of $9 billion for the villas.", "$9 billion",
     "(outlet)"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), MEDIA)
def test_a_countrys_media_after_an_auxiliary(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


@pytest.mark.parametrize("text", [
    # "that" after a verb of saying opens a clause: the figure in it is no sum named before
    "Norway sent $700 million in March.\n\nIn June the IMF stressed that $700 million was "
    "still missing.\n",
    # and a figure with "more" after it is a further sum
    "Norway sent $700 million in March.\n\nIn June the IMF said that $700 million more "
    "would be needed to close the gap.\n",
])
def test_a_clause_or_a_further_sum_takes_nothing_by_amount(text: str) -> None:
    assert _donors_of(text)[-1] == ("$700 million", ())
