"""Speakers and donors, round 4: phrasing families of real wire copy, government releases
and Ukrainian outlets (surveyed in real pages; sentences written for these tests, not taken
from the pages, the corpus or the evaluation set). Negatives beside each family."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claim_rules import ATTRIBUTION_VERBS
from aidlib.claims import extract_claims
from tests.claim_cases import one_claim

DAY = date(2024, 6, 3)


def _speaker(text: str, surface: str) -> str:
    claim = one_claim(text, surface, DAY)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)


def _donors(text: str, surface: str) -> tuple[str, ...]:
    return one_claim(text, surface, DAY).donors


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # every tense of a reporting verb: the present of government and Ukrainian copy
    ("The Finance Ministry recalls that Ukraine received €300 million from Italy in March.",
     "€300 million", "Ukrainian Ministry of Finance"),
    ("Blinken reiterates that the U.S. has given Ukraine $1 billion for energy.",
     "$1 billion", "Antony Blinken"),
    ("IMF chief Kristalina Georgieva warns that Ukraine's gap could reach $7 billion.",
     "$7 billion", "Kristalina Georgieva"),
    ("Jonas Lind points out that Sweden has sent €40 million in mine-clearing gear.",
     "€40 million", "Jonas Lind"),
    ("The EU has sent the final €55 million tranche to Ukraine, the Ministry of Finance of "
     "Ukraine points out.", "€55 million", "Ukrainian Ministry of Finance"),
    ("Defence Minister Ruta Vaitkus clarifies that Lithuania will pay €12 million for radars.",
     "€12 million", "Ruta Vaitkus"),
    # ... not a verb taking a noun object ("indicated a contribution")
    ("Norway has indicated a contribution of NOK 300 million for Ukraine's grid.",
     "NOK 300 million", "(outlet)"),
    ("The report notes nothing new; Ukraine got $40 million in May.", "$40 million",
     "(outlet)"),
])
def test_reporting_verbs_in_every_tense(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_regular_reporting_verbs_have_all_forms() -> None:
    for forms in (("recalls", "recalled"), ("warn", "warns", "warned"),
                  ("points out", "pointed out"), ("clarifies", "clarified")):
        assert all(f in ATTRIBUTION_VERBS for f in forms)
    assert "indicated" not in ATTRIBUTION_VERBS  # "indicated a contribution of $X"
    assert "report" not in ATTRIBUTION_VERBS  # a noun as often: "the Kiel report"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # "per X": US copy's "according to X"
    ("Belgium will contribute $25 million to the drone coalition, per Defence Minister Lena "
     "Moreau.", "$25 million", "Lena Moreau"),
    ("Kyiv has received $2.3 billion from the fund, per the World Bank.", "$2.3 billion",
     "World Bank"),
    ("Per the Pentagon, the package is worth $150 million.", "$150 million", "Pentagon"),
    # ... not a rate
    ("Ukraine pays $3 million per Patriot missile, far more than it can afford.",
     "$3 million", "(outlet)"),
    ("Aid reached $200 per Ukrainian citizen last year.", "$200", "(outlet)"),
])
def test_per(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a report citing its source: the named person (an attribution on an attribution)
    ("The EU will send Ukraine $1.5 billion in December, Reuters reported, citing European "
     "Commission Vice-President Valdis Dombrovskis.", "$1.5 billion", "Valdis Dombrovskis"),
    ("Italy will add €60 million for generators, Ansa said on Monday, quoting Foreign "
     "Minister Antonio Tajani.", "€60 million", "Antonio Tajani"),
    # ... a body or unnamed people cited leave the report its medium's
    ("Kyiv will get $400 million more, CNN reported, citing U.S. defense officials.",
     "$400 million", "CNN"),
    ("The ministry withheld the contents of the €90 million package, citing security.",
     "€90 million", "(outlet)"),
])
def test_citing(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a statement in the passive, its author a titled person after "by"
    ("A new $500 million package for Ukraine was announced by Defense Secretary Lloyd "
     "Austin on Thursday.", "$500 million", "Lloyd Austin"),
    ("The €80 million grant was confirmed by Foreign Minister Ana Ribeiro in Lisbon.",
     "€80 million", "Ana Ribeiro"),
    # a sentence attributing the one before, the person behind a title with "of the"
    ("Ukraine will receive €600 million from the EU in the coming weeks. This was stated by "
     "the head of the EU delegation Hugues Mingarelli at a forum in Kyiv.", "€600 million",
     "Hugues Mingarelli"),
    # ... a place after "by" is no author
    ("The $90 million depot was announced by the roadside in Lviv.", "$90 million",
     "(outlet)"),
])
def test_passive_by_a_titled_person(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a government by its seat or office (guide v2: the country)
    ("Number 10 said the £2.5 billion would cover long-range missiles for Ukraine.",
     "£2.5 billion", "United Kingdom"),
    ("The money for Kyiv, £300 million, will go to drones, No 10 said.", "£300 million",
     "United Kingdom"),
    ("The Élysée said France would provide €3 billion in military aid to Ukraine.",
     "€3 billion", "France"),
    ("The President's Office said Ukraine had received $9 billion from partners this year.",
     "$9 billion", "Ukraine"),
    # ... a place where something happens is no speaker
    ("Leaders met at Number 10 on Sunday; Ukraine got $50 million.", "$50 million",
     "(outlet)"),
])
def test_seats_of_government(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "donors"), [
    # a person's own country gives
    ("US Secretary of State Antony Blinken announced $700 million in humanitarian aid for "
     "Ukraine, while British Foreign Secretary David Lammy confirmed that his country would "
     "provide another $782 million.", "$782 million", ("United Kingdom",)),
    ("Finland's President Alexander Stubb visited Kyiv. He said his country would add "
     "€100 million for air defence.", "€100 million", ("Finland",)),
    ("Belgian Defence Minister Theo Francken said his government would send €150 million in "
     "F-16 parts to Ukraine.", "€150 million", ("Belgium",)),
    # ... not the recipient's own country receiving
    ("Zelensky said his country had received €100 million from the Netherlands.",
     "€100 million", ("Netherlands",)),
    # the agent of a passive: a titled person's country
    ("A new $500 million package for Ukraine was announced by Defense Secretary Lloyd "
     "Austin on Thursday.", "$500 million", ("United States",)),
])
def test_own_country_and_passive_agents(text: str, surface: str,
                                        donors: tuple[str, ...]) -> None:
    assert _donors(text, surface) == donors


# A known person's office speaks for the country whose office it is that day (guide
# silent; as "the presidential office" does) (was a strict xfail)
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("France will deliver €70 million in radars to Ukraine, Zelensky's office said.",
     "€70 million", "Ukraine"),
    ("Rome will send €90 million for generators, Meloni's office said.", "€90 million",
     "Italy"),
    ("Paris is adding €35 million for demining, Macron's press office said on Monday.",
     "€35 million", "France"),
    # ... not a person of the office
    ("Norway will send NOK 90 million, Zelensky's office manager said.", "NOK 90 million",
     "(outlet)"),
])
def test_a_persons_office(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


# A person who states in the article that others announced a figure ("X noted that Y had
# announced ...") is its speaker (was a strict xfail; the full name of a person the files
# do not list is not known: "Spruds")
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Spruds noted that Denmark and the Netherlands had announced a joint purchase of "
     "drones for Ukraine worth €400 million.", "€400 million", "Spruds"),
    ("Minister Ivo Berzins recalled that Sweden had unveiled SEK 2 billion for artillery.",
     "SEK 2 billion", "Ivo Berzins"),
    ("Kallas said that Finland had announced €90 million for demining.", "€90 million",
     "Kaja Kallas"),
    # ... not a country reporting another's announcement
    ("Poland noted that Denmark had announced drones for Ukraine worth €400 million.",
     "€400 million", "Denmark"),
])
def test_nested_announcements(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a list item or subhead naming its giver before a colon is no source
    ("Pledges so far:\n- Portugal: €40 million\n- Greece: up to €25 million", "€40 million",
     "(outlet)"),
    ("Denmark: DKK 2bn over three years\n\nThe Danish minister spoke first.", "DKK 2bn",
     "(outlet)"),
    # ... a source label before words still is one
    ("Pentagon: US sends $150 million in munitions", "$150 million", "Pentagon"),
    # an unknown name before auxiliaries and adverbs
    ("Foreign Minister Lena Aasen spoke in Oslo. In June, Aasen had announced that Norway "
     "would give Ukraine NOK 900 million.", "NOK 900 million", "Lena Aasen"),
    ("Defence Minister Pal Holm has said Sweden will send SEK 700 million in boats.",
     "SEK 700 million", "Pal Holm"),
    ("Sweden will send SEK 700 million in boats, Defence Minister Pal Holm has said.",
     "SEK 700 million", "Pal Holm"),
    ("Prime Minister Eva Kask earlier estimated Estonia's aid at about €500 million.",
     "about €500 million", "Eva Kask"),
    # "reminded reporters that"
    ("Defence Minister Karel Vos reminded reporters that Belgium had set aside €1bn for "
     "Ukraine.", "€1bn", "Karel Vos"),
    # "per" and a title standing for the last person named
    ("Prime Minister Jo Rask met bankers. Per the prime minister, aid has reached €8 billion.",
     "€8 billion", "Jo Rask"),
    # an organisation named with "for"/"of" inside, a modifier before it left out
    ("The Washington-based Institute for Defence Studies estimates Spain's aid at $1 billion.",
     "$1 billion", "Institute for Defence Studies"),
    # a list after a preposition is an object, not the subject ("..., Prague says")
    ("Cash has come from the Netherlands, Denmark and Canada, Prague says, to buy shells worth "
     "$300 million.", "$300 million", "Czech Republic"),
])
def test_round4_dev_classes(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "donors"), [
    # a union or group named again by its kind
    ("Italy chairs the G7 this year. Under its presidency, the group agreed to lend Ukraine "
     "about $50 billion.", "about $50 billion", ("G7",)),
    ("NATO leaders met in Vilnius. The alliance will provide Ukraine with €40 billion a year.",
     "€40 billion", ("NATO",)),
    # ... not a group that does not give
    ("The G7 met in Rome. The group discussed Ukraine's needs of $40 billion.", "$40 billion",
     ()),
    # tracker copy's collective names
    ("In March, EU institutions and European donors committed roughly €4 billion to Kyiv.",
     "roughly €4 billion", ("European Union", "European countries")),
])
def test_round4_dev_donors(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert _donors(text, surface) == donors


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a subject and verb closing their clause before a semicolon report nothing after it
    ("Cash came from Denmark and Canada, Prague says; Copenhagen financed a DKK 1.7 billion "
     "package.", "DKK 1.7 billion", "(outlet)"),
    ("Minister Jo Rask said Ukraine would get radars; it will also get €5m for drones.",
     "€5m", "Jo Rask"),
    # "added" says something only before "that", a quote or punctuation
    ("Canada adds howitzer shells to C$90 million package", "C$90 million", "(outlet)"),
    ("Minister Jo Rask added in a statement that Ukraine got €5m in May.", "€5m", "Jo Rask"),
    ("\"Ukraine got €5m,\" Minister Jo Rask added.", "€5m", "Jo Rask"),
    # unveiling money or a plan is an act, no attribution (guide: "Unveiled"/"set out" a
    # package; round 4 had read a person unveiling money as its announcer)
    ("Defence Secretary Amy Holt today unveiled a £225 million package for Ukraine.",
     "£225 million", "(outlet)"),
    ("Prime Minister Amy Holt unveiled a 12-point plan and €40 million for Kyiv's schools.",
     "€40 million", "(outlet)"),
])
def test_round4_clauses_and_verbs(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def _all_donors(text: str) -> dict[str, tuple[str, ...]]:
    return {c.surface: c.donors for c in extract_claims(text, source_id="t", published=DAY)
            if c.measure == "money"}


def test_the_government_of_the_country_the_article_is_about() -> None:
    # "the government" before any country is named: the donor country the article names
    # most; a headline's bare "Cabinet" likewise
    text = ("Cabinet signs off €60m in aid for Ukraine\n\n"
            "The Government has agreed a further €60m in non-lethal support for Ukraine.\n\n"
            "Portugal has given €200m so far. Portugal will also host a donor meeting.")
    assert _all_donors(text) == {"€60m": ("Portugal",), "€200m": ("Portugal",)}
    # ... not when no donor country stands out
    text = ("The government has agreed €60m in support for Ukraine.\n\n"
            "Spain and Portugal have given €200m so far.")
    assert _all_donors(text)["€60m"] == ()


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a document's wording: "the statement read"
    ("The Council of the EU met on Monday. \"The Council agreed to add €5 billion for "
     "Ukraine,\" the statement read.", "€5 billion", "European Union"),
    # ... not "read" of a person or a teaser
    ("Read more: Ukraine got €5 billion in June", "€5 billion", "(outlet)"),
    # the passive of quoting
    ("Foreign Minister Marta Kovacs was quoted by Interfax as saying that Hungary would send "
     "€40 million in fuel.", "€40 million", "Marta Kovacs"),
    ("Minister Ana Ribeiro was quoted as saying Portugal would add €15 million.",
     "€15 million", "Ana Ribeiro"),
    # a managing director is a title
    ("Ukraine will get $2 billion, IMF Managing Director Kristalina Georgieva told "
     "journalists on Friday.", "$2 billion", "Kristalina Georgieva"),
])
def test_round4_wording_and_quoting(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "donors"), [
    # a compound naming who pays, in the figure's noun phrase
    ("Ukraine launched a $20 million EU-funded programme to repair schools.", "$20 million",
     ("European Union",)),
    ("Kyiv spent $20 million on a US-made radar.", "$20 million", ()),
    # the money an instrument gives comes from its owner
    ("Ukraine has received €1.9 billion under the Ukraine Facility, Finance Minister Serhiy "
     "Marchenko said.", "€1.9 billion", ("European Union",)),
])
def test_round4_compounds_and_instruments(text: str, surface: str,
                                          donors: tuple[str, ...]) -> None:
    assert _donors(text, surface) == donors


def test_the_givers_own_official_continues_its_announcement() -> None:
    # the giver's ministry a paragraph on; a titled minister after the giver's sentence
    text = ("Berlin steps up air defence aid\n\n"
            "Germany will deliver another IRIS-T system worth €500 million, the defence "
            "ministry said on Friday.\n\n"
            "The ministry said a further €200 million would pay for ammunition.")
    assert _all_donors(text) == {"€500 million": ("Germany",), "€200 million": ("Germany",)}
    text = ("The Netherlands is sending more help. Dutch Foreign Minister Caspar Veldkamp said "
            "€50 million would go to Ukraine's energy fund.")
    assert _all_donors(text) == {"€50 million": ("Netherlands",)}
    # ... not another country's official, by the rules (a donor model retrained on the
    # tenth round once gave such money to the official's country: tests/test_learned_donors.py)
    text = ("The Netherlands is sending more help. Polish Foreign Minister Jan Nowak said "
            "€50 million would go to Ukraine's energy fund.")
    assert {c.surface: c.donors for c in extract_claims(text, source_id="t", published=DAY,
                                                        learned=False)} == {"€50 million": ()}


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a title standing alone: the person named before whose role holds it
    ("Rishi Sunak arrived in Kyiv on Thursday. \"We will give £40m for the grid,\" the PM "
     "said.", "£40m", "Rishi Sunak"),
    ("Friedrich Merz met Zelensky in Berlin. The German chancellor said Germany would add "
     "€2bn.", "€2bn", "Friedrich Merz"),
    # ... a person the files do not list, by the title given before
    ("Estonia's Defence Minister Jo Rask met reporters. The minister said Estonia would add "
     "€2m.", "€2m", "Jo Rask"),
])
def test_titles_standing_for_people(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_the_pm_gives_as_the_prime_ministers_country() -> None:
    text = ("Rishi Sunak handed Volodymyr Zelensky a £3bn boost as hopes of a deal with "
            "Vladimir Putin faded. The PM promised the cash, including £1.6bn for missiles.")
    assert _all_donors(text)["£1.6bn"] == ("United Kingdom",)


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # an unnamed spokesperson: the body that spoke last before
    ("The Pentagon announced a new package on Friday. It is worth $400 million, a "
     "spokesperson said.", "$400 million", "Pentagon"),
    ("The European Commission said on Monday the money was ready. About €1.2 billion will "
     "follow in June, a spokesman said.", "About €1.2 billion", "European Union"),
    # ... none spoke before: the outlet's
    ("Kyiv will get $400 million more, a spokesperson said.", "$400 million", "(outlet)"),
])
def test_bare_spokespeople(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker
