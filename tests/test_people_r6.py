"""The officials of people.yaml's round-6 blocks: speaker names, donors through an official
role, titles resolved to the holder on the day, meeting participants (sentences written
for these tests, not taken from the corpus or the evaluation set); and the file's own
invariants (dates in order, aliases unique, no surname alias that is an English word)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise

import pytest

from aidlib.events import events
from aidlib.events.participants import introduced_people
from aidlib.people import holds_title, load_people, normalize_name
from tests.claim_cases import one_claim
from tests.test_events import article


def _speaker(text: str, surface: str, day: date) -> str:
    claim = one_claim(text, surface, day)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)


# --- speaker: the canonical name, from any listed spelling ---------------------------------
@pytest.mark.parametrize(("text", "surface", "day", "speaker"), [
    ("Yoon said his government would provide $150 million in humanitarian aid this year.",
     "$150 million", date(2023, 7, 15), "Yoon Suk Yeol"),
    ("Sergey Lavrov said the $61 billion approved by Congress would change nothing.",
     "$61 billion", date(2024, 4, 24), "Sergei Lavrov"),
    ("Finance Minister Jörg Kukies told reporters that Germany would keep its €4 billion budget "
     "line for Ukraine.", "€4 billion", date(2025, 1, 8), "Jörg Kukies"),
    ("Lithuanian President Gitanas Nausėda said Vilnius would spend €200 million on "
     "ammunition for Kyiv.", "€200 million", date(2024, 3, 2), "Gitanas Nausėda"),
    ("Valery Zaluzhny said the army needed $5 billion worth of shells.",
     "$5 billion", date(2023, 11, 2), "Valerii Zaluzhnyi"),
])
def test_speaker_canonical_name(text: str, surface: str, day: date, speaker: str) -> None:
    assert _speaker(text, surface, day) == speaker


# --- donor: a person who gives in an official role gives as their country ----------------
@pytest.mark.parametrize(("text", "surface", "day", "donors"), [
    ("Yoon pledged $150 million in humanitarian aid for Ukraine.",
     "$150 million", date(2023, 7, 15), ("South Korea",)),
    ("Marles announced a further A$100 million in military assistance for Ukraine.",
     "A$100 million", date(2024, 4, 27), ("Australia",)),
    ("Stoltenberg announced NOK 5 billion in extra support for Ukraine's energy grid.",
     "NOK 5 billion", date(2025, 3, 10), ("Norway",)),
    ("Fiala pledged 500 million koruna for Ukraine's ammunition purchases.",
     "500 million koruna", date(2024, 2, 20), ("Czech Republic",)),
])
def test_donor_through_official_role(text: str, surface: str, day: date,
                                     donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, day).donors == donors


def test_donor_needs_the_role_on_the_day() -> None:
    # Stoltenberg led NATO until October 2024: then he gave as no country
    claim = one_claim("Stoltenberg announced NOK 5 billion in extra support for Ukraine.",
                      "NOK 5 billion", date(2023, 3, 10))
    assert "Norway" not in claim.donors


# --- title -> the person holding it that day -------------------------------------------
@pytest.mark.parametrize(("name", "day", "role"), [
    ("Healey", date(2025, 10, 1), "UK Defence Secretary"),  # kept Defence in Sept. 2025
    ("Yvette Cooper", date(2025, 10, 1), "UK Foreign Secretary"),
    ("Shmyhal", date(2025, 12, 1), "Defence Minister of Ukraine"),
    ("Shmyhal", date(2026, 2, 1), "First Deputy Prime Minister and Energy Minister of Ukraine"),
    ("Mykhailo Fedorov", date(2026, 2, 1), "Defence Minister of Ukraine"),
    ("Stoltenberg", date(2024, 1, 1), "NATO Secretary General"),
    ("Lecornu", date(2025, 11, 1), "Prime Minister of France"),
    ("Rutte", date(2023, 5, 1), "Prime Minister of the Netherlands"),
    ("António Costa", date(2025, 2, 1), "European Council President"),
])
def test_role_on_the_day(name: str, day: date, role: str) -> None:
    person = load_people().resolve(name)
    assert person is not None and person.role_on(day) == role


@pytest.mark.parametrize(("role", "title", "holds"), [
    ("Prime Minister of Japan", "prime minister", True),
    ("Deputy Prime Minister and Defence Minister of Australia", "prime minister", False),
    ("Deputy Prime Minister and Defence Minister of Australia", "defence", True),
    ("Deputy Prime Minister of Australia", "deputy prime minister", True),
    ("Vice President of the United States", "president", False),
    ("First Deputy Prime Minister and Energy Minister of Ukraine", "prime minister", False),
    # one test for the claim and the event stages (the events' own _fits is gone): a prime
    # minister is no "minister"; a title inside an office's name is not held; both spellings
    # of defence; an empty title holds nothing
    ("Prime Minister of Iceland", "minister", False),
    ("Deputy Prime Minister and Trade Minister of Chile", "minister", True),
    ("Chief of Staff in the Office of the President of Chile", "president", False),
    ("President of Chile", "president", True),
    ("Inter-American Development Bank President", "president", True),
    ("Minister of Defence of Chile", "defense", True),
    ("Secretary of Defense of the United States", "defence", True),
    ("President of Chile", "", False),
    ("Chilean presidential envoy for trade", "president", False),
])
def test_holds_title(role: str, title: str, holds: bool) -> None:
    assert holds_title(role, title) is holds


def test_deputy_prime_minister_is_the_deputy() -> None:
    text = ("Australia's Deputy Prime Minister Richard Marles arrived in Lviv on Saturday. "
            "The Deputy Prime Minister met Ukrainian officials in the city on Saturday.")
    found = [set(p) for p in events([article(text, date(2024, 4, 27))]).participants]
    assert any("Richard Marles" in p and "Anthony Albanese" not in p for p in found)


def test_capitalized_title_names_its_holder_not_the_last_person() -> None:
    """'the President said' after a foreign minister was named refers back to the
    president, not to the last person with any role."""
    text = ("President Volodymyr Zelensky met Foreign Minister Takeshi Iwaya in Kyiv. "
            '"Japan has given us $12 billion," the President said.')
    assert _speaker(text, "$12 billion", date(2024, 11, 16)) == "Volodymyr Zelensky"


# --- participants ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "day", "people"), [
    ("Viktor Orbán met Robert Fico in Budapest on Thursday.", date(2024, 1, 12),
     {"Viktor Orbán", "Robert Fico"}),
    ("Penny Wong held talks with Andrii Sybiha in Canberra on Thursday.", date(2025, 1, 10),
     {"Penny Wong", "Andrii Sybiha"}),
    ("Sergei Lavrov met Hakan Fidan in Antalya on Thursday.", date(2025, 1, 10),
     {"Sergei Lavrov", "Hakan Fidan"}),
    # a country's title with two ministers of it listed that day: the one the text named
    ("Japan's Minister for Foreign Affairs Takeshi Iwaya arrived in Kyiv on Tuesday. "
     "There, the Japanese Minister held talks with Andrii Sybiha.", date(2024, 11, 19),
     {"Andrii Sybiha", "Takeshi Iwaya"}),
    ("Minister for Foreign Affairs of Estonia Margus Tsahkna arrived in Odesa on Tuesday. "
     "There, the Estonian Minister held talks with Andrii Sybiha.", date(2024, 11, 19),
     {"Andrii Sybiha", "Margus Tsahkna"}),
])
def test_participants(text: str, day: date, people: set[str]) -> None:
    assert people in [set(p) for p in events([article(text, day)]).participants]


def test_name_as_government_is_no_participant() -> None:
    text = ("The Albanese Government will fund the visit. Richard Marles met Denys Shmyhal "
            "in Lviv on Saturday.")
    found = [set(p) for p in events([article(text, date(2024, 4, 27))]).participants]
    assert {"Richard Marles", "Denys Shmyhal"} in found


def test_a_shared_surname_is_the_article_s_person() -> None:
    """The people file leaves "Johnson" out (Boris and Mike); an article that names one of
    them in full means him by the surname; one naming both, neither."""
    people = load_people()
    one = introduced_people("Speaker Mike Johnson met Biden. Johnson said so.", people)
    both = introduced_people("Mike Johnson met Boris Johnson. Johnson said so.", people)
    assert getattr(one.resolve("Johnson"), "name", None) == "Mike Johnson"
    assert both.resolve("Johnson") is None


# --- the file's invariants --------------------------------------------------------------
# Common English words that are also surnames of people in this register (a surname alone
# must not be an alias when it is one of them: "the costs borne by", "a hunt for").
ENGLISH_WORDS = frozenset({
    "borne", "brown", "bush", "cleverly", "cooper", "costa", "gram", "green", "hunt", "king",
    "long", "may", "rice", "stone", "truss", "waltz", "white", "wood", "young", "baker",
    "field", "hill", "major", "price", "rich", "black", "bishop", "cook", "fisher", "miller",
    "park",
})


def test_roles_have_from_before_to() -> None:
    bad = [(p.name, r.role) for p in load_people().persons for r in p.roles
           if r.to is not None and r.to < r.from_]
    assert bad == []


def test_roles_of_a_person_do_not_overlap_in_the_same_role() -> None:
    for p in load_people().persons:
        spans = sorted((r.from_, r.to or date.max, r.role) for r in p.roles)
        for (_, end, role), (start, _, role2) in pairwise(spans):
            assert not (role == role2 and start < end), (p.name, role)


def test_no_alias_names_two_people() -> None:
    keys = Counter(normalize_name(a) for p in load_people().persons
                   for a in {normalize_name(x) for x in (p.name, *p.aliases)})
    assert [k for k, n in keys.items() if n > 1] == []


def test_no_surname_alias_is_an_english_word() -> None:
    single = {a for p in load_people().persons for a in p.aliases if " " not in a}
    assert sorted(a for a in single if a.lower() in ENGLISH_WORDS) == []


def test_one_holder_of_each_head_of_government_title_a_day() -> None:
    """Two people holding "Prime Minister of X" on one day would leave a bare title
    unresolved (or resolved to the wrong one): the dates must hand over."""
    people = load_people()
    for day in (date(2022, 6, 1), date(2023, 12, 20), date(2024, 12, 20), date(2025, 10, 30),
                date(2026, 2, 1)):
        holders = Counter(r for p in people.persons if (r := p.role_on(day))
                          and (r.startswith(("Prime Minister of", "President of"))))
        assert [r for r, n in holders.items() if n > 1] == [], day
