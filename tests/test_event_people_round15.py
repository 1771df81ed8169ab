"""Round 15 participants and dates: a gathering's name or a person before "chaired by
<title> X" is no title of theirs, and a pronoun subject four words before the meeting
word ("where she is due to hold talks with X") is the one named last."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.events.participants import introduced_people
from aidlib.people import load_people
from tests.event_cases import event_fields

PEOPLE = load_people()


def _introduced(text: str) -> list[str]:
    extended = introduced_people(text, PEOPLE)
    return [p.name for p in extended.persons[len(PEOPLE.persons):]]


# --- "<Name>, chaired by <title> X": the title is X's --------------------------------------
@pytest.mark.parametrize("text", [
    "Donors then met at the fourth Moldova Partnership Roundtable, chaired by Finance "
    "Minister Ivo Marek on Friday.",
    "The Nordic Energy Dialogue Group, hosted by Foreign Minister Ann Lind, ended late.",
    "Delegates left the Baltic Grid Meeting, along with Deputy Minister Ivo Marek, at noon.",
])
def test_a_title_after_by_or_with_is_not_the_names_before(text: str) -> None:
    names = _introduced(text)
    assert not any(w in name for name in names
                   for w in ("Roundtable", "Group", "Meeting", "Dialogue"))
    assert any(name in ("Ivo Marek", "Ann Lind") for name in names)


def test_a_name_set_off_before_its_title_is_still_one() -> None:
    # the nearest right reading: a person, a comma, then his own title
    text = "Ivo Marek, the country's finance minister, chaired the donors' round on Friday."
    assert _introduced(text) == ["Ivo Marek"]


# --- a pronoun subject four words before the meeting word ----------------------------------
def test_a_pronoun_four_words_before_talks_is_the_one_named_last() -> None:
    text = ("Dutch Prime Minister Mark Rutte arrived in Oslo on Tuesday. He is scheduled to "
            "meet Norwegian Prime Minister Jonas Gahr Store in Oslo on Wednesday, before "
            "heading to Denmark, where he is due to hold talks with Danish Prime "
            "Minister Mette Frederiksen on Thursday.")
    found = event_fields(text, date(2024, 5, 3), ["kind", "people"])
    talks = [e for e in found if "Mette Frederiksen" in e["people"]]
    assert talks == [{"kind": "talks", "people": ["Mark Rutte", "Mette Frederiksen"]}]


def test_a_pronoun_of_a_speech_is_not_a_party() -> None:
    # the nearest wrong reading: "she said" before another pair's talks names no party
    text = ("Foreign Minister Ann Lind spoke in Oslo on Tuesday. She told the radio that "
            "Mark Rutte held talks with Mette Frederiksen in Copenhagen on Monday.")
    found = event_fields(text, date(2024, 5, 3), ["people"])
    assert all("Ann Lind" not in e["people"] for e in found)


# --- people.yaml: Indonesia's president by his short name ---------------------------------
def test_the_short_name_jokowi_is_the_president_of_indonesia() -> None:
    text = ("Jokowi held talks with Chancellor Olaf Scholz in Berlin on Monday, his office "
            "said.")
    found = event_fields(text, date(2022, 4, 20), ["people"])
    assert found == [{"people": ["Joko Widodo", "Olaf Scholz"]}]


def test_a_given_name_alone_is_no_president() -> None:
    # the nearest wrong reading: "Joko" alone names no one the register knows
    assert PEOPLE.resolve("Joko") is None
    assert PEOPLE.resolve("Jokowi") is not None


# --- a time in a place's description is the place's history --------------------------------
def test_a_time_describing_the_town_visited_is_not_the_visits() -> None:
    text = ("Slovak Prime Minister Ivo Marek arrived in Kyiv on Thursday. Before the talks, "
            "Marek visited Borodianka, a town north-west of the capital that was shelled "
            "heavily in early March, and laid flowers at a memorial.")
    found = event_fields(text, date(2024, 5, 3), ["start"])
    assert all(e["start"] != "2024-03-01" for e in found)


def test_a_time_before_the_description_is_still_the_meetings() -> None:
    # the nearest wrong reading: the meeting's own time stands before the city's description
    text = ("In March, Slovak Prime Minister Ivo Marek met Petr Fiala in Prague, a city where "
            "talks on energy have been held since 2019.")
    found = event_fields(text, date(2024, 5, 3), ["start", "end", "people"])
    assert found == [{"start": "2024-03-01", "end": "2024-03-31",
                      "people": ["Ivo Marek", "Petr Fiala"]}]


# --- measured and dropped: an escort set off after a long clause of the trip --------------
@pytest.mark.xfail(strict=True, reason="measured in round 15: no gain on dev (the escort's "
                   "visit row stays apart from the meeting it belongs to); dropped")
def test_an_escort_after_a_long_trip_clause_came_on_the_visit() -> None:
    text = ("Slovak Prime Minister Ivo Marek arrived in Vilnius on Tuesday evening after a "
            "long flight from Bratislava, accompanied by a small delegation including "
            "Foreign Minister Jan Hruby.")
    found = event_fields(text, date(2024, 5, 3), ["people"])
    assert found == [{"people": ["Ivo Marek", "Jan Hruby"]}]


# --- a month alone, then a day of it in the same clause -------------------------------------
def test_a_day_of_the_month_named_takes_the_months_year() -> None:
    text = ("President Ivo Marek led a trade mission to Kyiv and Warsaw in June last year, "
            "holding talks with Zelensky on 16 June.")
    found = event_fields(text, date(2024, 5, 3), ["start", "end"])
    assert found == [{"start": "2023-06-16", "end": "2023-06-16"}]


def test_a_day_of_another_month_leaves_the_month() -> None:
    # the nearest wrong reading: a day of another month is another time, not a refinement
    text = ("President Ivo Marek met Zelensky in Kyiv in June last year, weeks after the "
            "vote of 16 May.")
    found = event_fields(text, date(2024, 5, 3), ["start", "end"])
    assert found == [{"start": "2023-06-01", "end": "2023-06-30"}]


# --- a time in a relative clause about a person after the meeting word ---------------------
def test_a_time_of_a_who_clause_after_the_meeting_is_the_persons_act() -> None:
    text = ("The regional summit was chaired by Bulgarian President Ivo Marek and Zelensky, "
            "who landed in Sofia late on Wednesday from Ankara.")
    found = event_fields(text, date(2024, 5, 2), ["start"])
    assert {e["start"] for e in found} == {"2024-05-02"}


def test_a_time_before_the_who_clause_is_still_the_meetings() -> None:
    # the nearest wrong reading: "X, who met Y on Monday": the meeting is the clause's own
    text = ("Bulgarian President Ivo Marek, who held talks with Zelensky in Sofia on Monday, "
            "spoke to reporters.")
    found = event_fields(text, date(2024, 5, 2), ["start"])
    assert found == [{"start": "2024-04-29"}]


# --- a gathering that is the content of someone's speech or memory -------------------------
@pytest.mark.parametrize("text", [
    "Foreign Minister Ivo Marek thanked the donors, recalling the conference held in Oslo "
    "in March, at which dozens of pledges were made.",
    "Foreign Minister Ivo Marek said the grid would top the agenda of the regional summit "
    "in Oslo in March.",
])
def test_the_speaker_of_a_gathering_recalled_is_not_shown_there(text: str) -> None:
    found = event_fields(text, date(2024, 5, 3), ["people"])
    assert found == [{"people": []}]


def test_a_speaker_who_says_he_will_attend_is_there() -> None:
    # the nearest wrong reading: a verb of presence after the speech verb
    text = "Foreign Minister Ivo Marek said he would attend the donors' conference in Oslo."
    found = event_fields(text, date(2024, 5, 3), ["people"])
    assert found == [{"people": ["Ivo Marek"]}]


# --- "on the eve of the gathering, after talks with Y": the subject's talks, not the meeting
EVE = ("Prime Minister Ivo Marek took part in the summit of Nordic leaders in Oslo last "
       "Thursday. Norway's Prime Minister Jonas Gahr Store pledged fresh support on the eve "
       "of the gathering, after talks with Volodymyr Zelensky at his residence.")


def test_the_subject_of_after_talks_is_the_sentences_first_person() -> None:
    found = event_fields(EVE, date(2024, 5, 3), ["kind", "people"])
    assert {"kind": "talks", "people": ["Jonas Gahr Støre", "Volodymyr Zelensky"]} in found


def test_an_act_on_the_eve_of_a_meeting_is_not_at_it() -> None:
    found = event_fields(EVE, date(2024, 5, 3), ["kind", "people"])
    assert {"kind": "summit or ministerial", "people": ["Ivo Marek"]} in found


def test_a_subject_after_an_opening_phrase_is_not_taken() -> None:
    # the nearest wrong reading: a sentence whose first person is not its subject
    text = ("On the eve of talks with Prime Minister Ivo Marek in Oslo, the council pledged "
            "fresh support, after talks with Volodymyr Zelensky in Kyiv on Monday.")
    found = event_fields(text, date(2024, 5, 3), ["people"])
    assert {"people": ["Volodymyr Zelensky"]} in found


# --- "on the eve of that summit": the day before the meeting reported before ---------------
def test_talks_on_the_eve_of_the_summit_are_the_day_before_it() -> None:
    text = ("Prime Minister Ivo Marek took part in the summit of Nordic leaders in Oslo last "
            "Thursday. Norway's Prime Minister Jonas Gahr Store pledged fresh support on the "
            "eve of that summit, after talks with Volodymyr Zelensky at his residence.")
    found = event_fields(text, date(2024, 5, 3), ["kind", "start"])
    assert {"kind": "talks", "start": "2024-05-01"} in found
    assert {"kind": "summit or ministerial", "start": "2024-05-02"} in found


def test_the_eve_of_no_meeting_counts_no_day() -> None:
    # the nearest wrong reading: the eve of an anniversary is no meeting reported before
    text = ("Prime Minister Ivo Marek took part in the summit of Nordic leaders in Oslo last "
            "Thursday. On the eve of the anniversary, Jonas Gahr Store held talks with "
            "Volodymyr Zelensky in Kyiv on Monday.")
    found = event_fields(text, date(2024, 5, 3), ["kind", "start"])
    assert {"kind": "talks", "start": "2024-04-29"} in found


# --- "meeting X on <day> and Y a day later": Y at another meeting --------------------------
def test_an_object_met_a_day_later_is_not_at_the_first_meeting() -> None:
    text = ("President Ivo Marek led a peace mission to Kyiv and Moscow in May, holding talks "
            "with Zelensky on 16 May and Vladimir Putin a day later.")
    found = event_fields(text, date(2024, 6, 3), ["start", "people"])
    assert {"start": "2024-05-16", "people": ["Ivo Marek", "Volodymyr Zelensky"]} in found
    assert all(sorted(e["people"]) != ["Ivo Marek", "Vladimir Putin", "Volodymyr Zelensky"]
               for e in found)


def test_two_objects_of_one_day_are_at_one_meeting() -> None:
    # the nearest wrong reading: no later time of the second object's own
    text = ("President Ivo Marek held talks with Zelensky and Vladimir Putin in Minsk on 16 "
            "May, a day later than planned.")
    found = event_fields(text, date(2024, 6, 3), ["people"])
    assert found == [{"people": ["Ivo Marek", "Vladimir Putin", "Volodymyr Zelensky"]}]
