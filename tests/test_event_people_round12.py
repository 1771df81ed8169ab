"""Round 12 participants: venues before a title are no names, a leader's era or sponsorship
names no one at the meeting, a person stood in for is absent, and presence cues of
explainers and wire diaries ("X was there, along with ...", "Y attends", "Z expected")."""

from __future__ import annotations

import pytest

from aidlib.events.participants import introduced_people
from aidlib.people import load_people
from tests.test_event_presence import _participants

PEOPLE = load_people()


def _introduced(text: str) -> list[str]:
    extended = introduced_people(text, PEOPLE)
    return [p.name for p in extended.persons[len(PEOPLE.persons):]]


# --- a venue before a title ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The talks took place at Spangdahlem Air Base, then-Defence Minister Jo Roe recalled.",
    "Guests gathered at Bellevue Palace, Foreign Minister Ann Lind said on Sunday.",
    "Crews waited at Rzeszow Airport, Deputy Minister Ivo Marek told reporters.",
])
def test_a_venue_before_a_title_is_no_name(text: str) -> None:
    # the person after the title is introduced, the venue before it is not
    assert len(_introduced(text)) == 1
    assert not any(w in name for name in _introduced(text)
                   for w in ("Base", "Air", "Palace", "Airport"))


def test_a_name_before_a_title_is_still_one() -> None:
    # the nearest right reading: a person's name set off before a title
    text = "Ivo Marek, the deputy minister, told reporters the crews had waited all day."
    assert _introduced(text) == ["Ivo Marek"]


# --- a leader's era, sponsorship ------------------------------------------------------------
ERA = {
    "an era's package": (
        "At the meeting in Brussels on Monday, Lloyd Austin unveiled a last Biden-era "
        "package of shells.",
        [{"Lloyd Austin"}]),
    "a deal brokered by a leader": (
        "Rustem Umerov met Marco Rubio in Jeddah on Tuesday to discuss a Trump-brokered "
        "truce.",
        [{"Marco Rubio", "Rustem Umerov"}]),
    "a pair of leaders is a meeting still": (
        "The Biden-Zelensky meeting in Paris on Thursday lasted an hour.",
        [{"Joe Biden", "Volodymyr Zelensky"}]),
}


@pytest.mark.parametrize("case", ERA.values(), ids=ERA.keys())
def test_an_era_names_no_participant(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- standing in for -----------------------------------------------------------------------
STAND_IN = {
    "standing in for the president": (
        "In Geneva on Tuesday, Kamala Harris, who was standing in for the US President "
        "Joe Biden, sat down with Volodymyr Zelensky.",
        [{"Kamala Harris", "Volodymyr Zelensky"}]),
    "on behalf of a chancellor": (
        "Annalena Baerbock met Dmytro Kuleba in Kyiv on Friday on behalf of Chancellor "
        "Olaf Scholz.",
        [{"Annalena Baerbock", "Dmytro Kuleba"}]),
    "deputising for a prime minister": (
        "David Lammy, deputising for Keir Starmer, held talks with Andrii Sybiha in "
        "Warsaw on Monday.",
        [{"Andrii Sybiha", "David Lammy"}]),
    "a companion is a participant": (
        "In Geneva on Tuesday, Kamala Harris, alongside Joe Biden, sat down with "
        "Volodymyr Zelensky.",
        [{"Joe Biden", "Kamala Harris", "Volodymyr Zelensky"}]),
}


@pytest.mark.parametrize("case", STAND_IN.values(), ids=STAND_IN.keys())
def test_a_person_stood_in_for_is_absent(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- presence: "was there", diary attendance -------------------------------------------------
PRESENCE = {
    "was there, along with": (
        "On Monday, Keir Starmer hosted a summit of leaders at a castle near Windsor. "
        "Volodymyr Zelensky was there, along with Emmanuel Macron and Mark Rutte.",
        [{"Emmanuel Macron", "Keir Starmer", "Mark Rutte", "Volodymyr Zelensky"}]),
    "a question is no presence": (
        "On Monday, Keir Starmer hosted a summit of leaders at a castle near Windsor. "
        "Was there a plan, Emmanuel Macron asked afterwards.",
        [{"Keir Starmer"}]),
    "diary: attends": (
        "FRIDAY, MARCH 7\n\nBRUSSELS - meeting of NATO defence ministers, "
        "chaired by John Healey in the alliance's building. Ukrainian Defence Minister "
        "Rustem Umerov attends.",
        [{"John Healey", "Rustem Umerov"}]),
    "diary: expected at a conference": (
        "SATURDAY, MAY 3\n\nPRAGUE - Prague Security Conference.\n - Marco Rubio and "
        "Andrii Sybiha expected.",
        [{"Andrii Sybiha", "Marco Rubio"}]),
    "expected to say, no attendance": (
        "SATURDAY, MAY 3\n\nPRAGUE - Prague Security Conference.\n - Marco Rubio is "
        "expected to say little.",
        [set()]),
}


@pytest.mark.parametrize("case", PRESENCE.values(), ids=PRESENCE.keys())
def test_presence_of_explainers_and_diaries(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- a clause of time with a group of its own as subject --------------------------------------
OWN_SUBJECT = {
    "a day after a group met": (
        "Andrii Sybiha spoke to reporters in Kyiv on Tuesday, a day after EU foreign "
        "ministers met in Brussels.",
        [set()]),
    "before a named group held its meeting": (
        "Rustem Umerov toured a plant in Lviv on Monday, two days before the Contact Group "
        "held its meeting in Brussels.",
        [set()]),
    "after meeting a group: his own meeting": (
        "Andrii Sybiha spoke to reporters in Kyiv on Tuesday after meeting EU foreign "
        "ministers in Brussels.",
        [{"Andrii Sybiha"}]),
}


@pytest.mark.parametrize("case", OWN_SUBJECT.values(), ids=OWN_SUBJECT.keys())
def test_a_group_subject_keeps_its_meeting(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- a speaker opening a joined clause; "Sir Keir" ---------------------------------------------
JOINED = {
    "a joined clause's speaker and his object": (
        "NATO leaders are due to gather in The Hague on Tuesday, and Sir Keir said he "
        "would go over the figures with Mark Rutte.",
        [set()]),
    "a person of the meeting's own clause": (
        "NATO leaders are due to gather in The Hague on Tuesday with Mark Rutte, Sir Keir "
        "said.",
        [{"Mark Rutte"}]),
    "Sir Keir at a meeting": (
        "On Friday Sir Keir held talks with Mark Rutte in The Hague.",
        [{"Keir Starmer", "Mark Rutte"}]),
}


@pytest.mark.parametrize("case", JOINED.values(), ids=JOINED.keys())
def test_a_joined_speakers_clause_is_not_the_meetings(case: tuple[str, list[set[str]]]
                                                      ) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- honorifics and post-nominals of Westminster-style releases -----------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Hon Mere Tane, the defence minister, said the training would go on.", "Mere Tane"),
    ("Statement by the Rt Hon Alan Pryce MP, Secretary of State for Wales, on Tuesday.",
     "Alan Pryce"),
    # the nearest wrong reading: a name that starts like the honorific keeps its word
    ("Hong Wei, the deputy minister, told reporters the crews had waited all day.",
     "Hong Wei"),
])
def test_an_honorific_is_no_part_of_a_name(text: str, name: str) -> None:
    assert _introduced(text) == [name]


# --- "<Name>, attending the <gathering>," ----------------------------------------------------
G7 = "Leaders of the G7 met in Hiroshima on Saturday for their annual summit. "
ATTENDING = {
    "attending the gathering as a guest": (
        G7 + "Volodymyr Zelensky, attending the G7 as a guest, held talks with Giorgia "
        "Meloni on Sunday.",
        [{"Giorgia Meloni", "Volodymyr Zelensky"}, {"Volodymyr Zelensky"}]),
    "attending something else": (
        G7 + "Volodymyr Zelensky, attending a funeral in Rome, held talks with Giorgia "
        "Meloni on Sunday.",
        [{"Giorgia Meloni", "Volodymyr Zelensky"}, set()]),
}


@pytest.mark.parametrize("case", ATTENDING.values(), ids=ATTENDING.keys())
def test_attending_places_a_guest_at_the_gathering(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- a secretary's title no one was named with: that government's holder ----------------------
SECRETARY = {
    "the British title": (
        "The Defence Secretary went on to Odesa, where he met Rustem Umerov on Monday.",
        [{"John Healey", "Rustem Umerov"}]),
    "a minister's title names no country": (
        "The Defence Minister went on to Odesa, where he met Rustem Umerov on Monday.",
        [{"Rustem Umerov"}]),
}


@pytest.mark.parametrize("case", SECRETARY.values(), ids=SECRETARY.keys())
def test_a_secretarys_title_names_its_government(case: tuple[str, list[set[str]]]) -> None:
    text, expected = case
    assert _participants(text) == expected


def test_a_secretary_named_before_is_not_replaced_by_the_holder() -> None:
    # the nearest wrong reading: a secretary the text named with the title is not the
    # British holder of the day
    people = _participants("Defence Secretary Jo Marsh flew in on Monday. The Defence "
                           "Secretary then met Rustem Umerov in Odesa on Tuesday.")
    assert all("John Healey" not in p for p in people)


# --- "<Name> announced in <City>": an act in the meeting's city ------------------------------
MINISTERIAL = "Defence ministers of the contact group met in Brussels on Wednesday. "
ACT_IN = {
    "announced in the meeting's city": (
        MINISTERIAL + "Germany will send four more air defence systems, Boris Pistorius "
        "announced in Brussels.",
        [{"Boris Pistorius"}]),
    "told reporters in the meeting's city": (
        MINISTERIAL + "The drones will reach the front by spring, Boris Pistorius told "
        "reporters in Brussels.",
        [{"Boris Pistorius"}]),
    "announced in another city": (
        MINISTERIAL + "Germany will send four more air defence systems, Boris Pistorius "
        "announced in Berlin.",
        [set()]),
}


@pytest.mark.parametrize("case", ACT_IN.values(), ids=ACT_IN.keys())
def test_an_act_in_the_meetings_city_places_the_person(case: tuple[str, list[set[str]]]
                                                       ) -> None:
    text, expected = case
    assert _participants(text) == expected


# --- measured and dropped (round 12) ---------------------------------------------------------
@pytest.mark.xfail(strict=True, reason=(
    "'On the sidelines, X met Y' with the gathering unnamed, read as a sideline meeting of the "
    "gathering reported before: measured and dropped in round 12 (the sideline's day moved "
    "into the gathering: A dates 0.633 -> 0.567, all dev dates 0.889 -> 0.885)"))
def test_an_unnamed_sidelines_opener_places_its_people_at_the_gathering() -> None:
    text = ("A two-day peace summit for Ukraine ended at a lakeside hotel near Oslo on "
            "Sunday with a joint statement.\n\nOn the sidelines, Kamala Harris held talks "
            "with Volodymyr Zelensky on Saturday.")
    assert _participants(text) == [{"Kamala Harris", "Volodymyr Zelensky"},
                                   {"Kamala Harris", "Volodymyr Zelensky"}]


@pytest.mark.xfail(strict=True, reason=(
    "'X told delegates' outside the paragraph of the gathering's report: measured and "
    "dropped in round 12 (all dev parts 0.814 -> 0.816, but the scorer's pairing of a "
    "gallery's meetings moved: dev dates 0.889 -> 0.885, status 0.960 -> 0.957)"))
def test_told_delegates_in_a_later_paragraph_places_the_speaker() -> None:
    text = ("Delegates from 60 countries gathered in Rome on Tuesday for a two-day conference "
            "on rebuilding Ukraine.\n\nThe bill for repairs keeps rising.\n\nDenys Shmyhal "
            "told delegates that the grid came first.")
    assert _participants(text) == [{"Denys Shmyhal"}]


@pytest.mark.xfail(strict=True, reason=(
    "'I' or 'we' the subject of a meeting word in a transcript's turn ('PRIME MINISTER "
    "<NAME>: Tomorrow I will meet X') as the turn's speaker: measured and dropped in round "
    "12 (all dev parts 0.823 -> 0.825, status 0.960 -> 0.962, but recall 0.809 -> 0.807: "
    "the speaker's meetings merged into others; a first version with any 'we' in the "
    "sentence also merged across articles)"))
def test_a_transcripts_first_person_is_its_speaker() -> None:
    text = ("QUESTION: Where next, Prime Minister?\n\nPRIME MINISTER SHMYHAL: Tomorrow I will "
            "meet Donald Tusk in Warsaw to discuss the grid.")
    assert _participants(text) == [{"Denys Shmyhal", "Donald Tusk"}]
