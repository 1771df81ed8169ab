"""Meeting status, dates and participants on real-article language (issue 9): tense and
modality, dates against the publication day, years of dates without one, group meetings,
people an article introduces, captions and headlines. Every sentence here is new, written
for these tests in the register of wire copy, releases and live blogs (no dev article's
sentence); people and places are generic or invented."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pandas as pd
import pytest

from aidlib.dates import Tense, find_time_expressions, resolve_date
from aidlib.events import events
from aidlib.events.participants import introduced_people
from aidlib.events.status import status_by_date, tense_status
from aidlib.people import load_people
from tests.cells import as_items
from tests.test_events import article

D = date


# --- status from tense and modality -----------------------------------------------------
class Tensed(NamedTuple):
    text: str
    trigger: str
    status: str


TENSE = {
    "will-gather": Tensed("The defence ministers will gather in Vilnius next month.",
                          "gather", "planned"),
    "due-to-chair": Tensed("Austin is due to chair a session of the group on Friday.",
                           "session", "planned"),
    "expected-in": Tensed("The leaders are expected in Oslo for a summit.", "summit",
                          "planned"),
    "scheduled-past-tense": Tensed("The talks were scheduled for tomorrow morning.",
                                   "talks", "planned"),
    "held-talks": Tensed("The two presidents held talks in Ankara.", "talks", "held"),
    "are-also-gathering": Tensed("Defence ministers are also gathering in Brussels this week.",
                                 "gathering", "ongoing"),
    "is-currently-visiting": Tensed("The chancellor is currently visiting Kyiv.", "visiting",
                                    "ongoing"),
    "also-met-held": Tensed("The envoy also met Umerov in Riyadh.", "met", "held"),
    "are-meeting": Tensed("Negotiators are meeting behind closed doors in Riyadh.",
                          "meeting", "ongoing"),
    "under-way": Tensed("Talks between the two delegations were under way.", "Talks",
                        "ongoing"),
    "called-off": Tensed("The summit planned for Monday was called off.", "summit",
                         "cancelled"),
    "postponed-no-date": Tensed("The prime minister was postponing his visit to Madrid.",
                                "visit", "cancelled"),
    "postponed-to-date": Tensed("The visit was postponed until next spring.", "visit",
                                "planned"),
    "speech-verb-no-cue": Tensed("Officials said the ministers met in Luxembourg.", "met",
                                 "held"),
    "nearest-cue-wins": Tensed("Officials confirmed on Monday that the envoys will meet "
                               "again in Doha.", "meet", "planned"),
    "the-next-meeting": Tensed("The next meeting of the group, now chaired by Britain, is "
                               "expected in May.", "meeting", "planned"),
    "present-simple-meets": Tensed("The signing comes a day before the contact group meets "
                                   "in Ramstein.", "meets", "planned"),
    "participle-after-comma": Tensed("Energy ministers, meeting in Prague, backed the plan.",
                                     "meeting", "ongoing"),
}


@pytest.mark.parametrize("case", TENSE.values(), ids=TENSE.keys())
def test_tense_status(case: Tensed) -> None:
    text = case.text
    whole = (0, len(text))
    assert tense_status(text, whole, whole, text.index(case.trigger)) == case.status


# --- status corrected by the dates ------------------------------------------------------
class Dated(NamedTuple):
    status: str
    expression: str
    published: date
    clause: str
    expected: str


DATED = {
    "future-day-is-planned": Dated("held", "tomorrow", D(2024, 6, 20), "", "planned"),
    "past-day-planned-was-held": Dated("planned", "June 2, 2024", D(2024, 6, 20), "",
                                       "held"),
    "multi-day-incl-today": Dated("held", "June 19 to 21", D(2024, 6, 20), "", "ongoing"),
    "multi-day-finished": Dated("held", "June 19 to 21", D(2024, 6, 20),
                                "the conference wrapped up", "held"),
    "progressive-in-the-past": Dated("ongoing", "June 10", D(2024, 6, 20), "", "held"),
    "cancelled-stays": Dated("cancelled", "June 24", D(2024, 6, 20), "", "cancelled"),
    "month-keeps-tense": Dated("held", "this month", D(2024, 6, 20), "", "held"),
}


@pytest.mark.parametrize("case", DATED.values(), ids=DATED.keys())
def test_status_by_date(case: Dated) -> None:
    tense: Tense = "future" if case.status == "planned" else "past"
    when = resolve_date(case.expression, case.published, tense=tense)
    assert status_by_date(case.status, when, case.published, case.clause) == case.expected


# --- dates without a year, bare months, ranges ------------------------------------------
class Resolved(NamedTuple):
    expression: str
    published: date
    tense: Tense
    start: str
    end: str
    precision: str


DATES = {
    "no-year-future": Resolved("July 11", D(2023, 7, 5), "future", "2023-07-11",
                               "2023-07-11", "day"),
    "no-year-past-after-publication": Resolved("July 11", D(2023, 7, 5), "past",
                                               "2022-07-11", "2022-07-11", "day"),
    "no-year-future-before-publication": Resolved("3 March", D(2023, 7, 5), "future",
                                                  "2024-03-03", "2024-03-03", "day"),
    "day-range-same-month": Resolved("from September 9 to 11", D(2024, 8, 1), "future",
                                     "2024-09-09", "2024-09-11", "day"),
    "day-month-range": Resolved("14-15 May", D(2025, 5, 20), "past", "2025-05-14",
                                "2025-05-15", "day"),
    "weekday-pair": Resolved("Tuesday and Wednesday", D(2025, 5, 19), "future",
                             "2025-05-20", "2025-05-21", "day"),
    "bare-month-past": Resolved("in October", D(2024, 2, 10), "past", "2023-10-01",
                                "2023-10-31", "month"),
    "bare-month-future": Resolved("in October", D(2024, 2, 10), "future", "2024-10-01",
                                  "2024-10-31", "month"),
    "month-or-month": Resolved("late May or early June", D(2025, 5, 2), "future",
                               "2025-05-01", "2025-06-30", "month"),
    "last-month-name": Resolved("last September", D(2025, 3, 1), "past", "2024-09-01",
                                "2024-09-30", "month"),
    "month-this-year": Resolved("May this year", D(2025, 9, 1), "past", "2025-05-01",
                                "2025-05-31", "month"),
}


@pytest.mark.parametrize("case", DATES.values(), ids=DATES.keys())
def test_resolve_without_year(case: Resolved) -> None:
    got = resolve_date(case.expression, case.published, tense=case.tense)
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (
        case.start, case.end, case.precision)


@pytest.mark.parametrize(("text", "found"), [
    ("ministers met on 4 and 5 March in Bern", ["4 and 5 March"]),
    ("a summit in Vilnius on July 11-12", ["July 11-12"]),
    ("their October summit in Sofia", ["October"]),
    ("it may rain; we may meet", []),
    ("she met him last May", ["last May"]),
], ids=["day-and-day", "month-day-range", "month-before-noun", "modal-may", "last-may"])
def test_time_expressions(text: str, found: list[str]) -> None:
    assert [s for _, _, s in find_time_expressions(text)] == found


# --- people an article introduces -------------------------------------------------------
@pytest.mark.parametrize(("text", "alias", "name"), [
    ("Swedish Foreign Minister Maria Lindqvist arrived. Lindqvist said so.", "Lindqvist",
     "Maria Lindqvist"),
    ("Austria's Karl Brenner spoke first.", "Brenner", "Karl Brenner"),
    ("Anna Kowal, Poland's deputy foreign minister, met them.", "Kowal", "Anna Kowal"),
    ("Commission Vice President Jan van der Berg attended.", "van der Berg",
     "Jan van der Berg"),
    ("Chief Executive Officer Tomas Reiner signed it.", "Reiner", "Tomas Reiner"),
    ("Norway's Prime Minister Erik Haugland Berg spoke.", "Berg", "Erik Haugland Berg"),
    ("Japan's new foreign minister, Kenji Moriyama, arrived.", "Moriyama", "Kenji Moriyama"),
    ("The defense secretary, Paul Garrick, told reporters.", "Garrick", "Paul Garrick"),
    ("Spain's prime minister, Luis Ortega Vidal, will attend.", "Vidal", "Luis Ortega Vidal"),
], ids=["title-before", "possessive-country", "apposition", "particle", "title-words",
        "possessive-and-title", "title-comma-name", "title-comma-name-2",
        "title-comma-name-3"])
def test_introduced_people(text: str, alias: str, name: str) -> None:
    person = introduced_people(text, load_people()).resolve(alias)
    assert person is not None and person.name == name


def test_introduced_people_skip_known_and_non_names() -> None:
    people = load_people()
    extra = introduced_people(
        "President Volodymyr Zelensky met the Minister on Monday. Prime Minister The Hague.",
        people)
    assert extra is people


@pytest.mark.parametrize("text", [
    "The defence minister, Berlin said, will travel.",  # a city, not a name
    "The prime minister, who met reporters, said so.",
    "The foreign minister, Ukraine and Poland agreed, would attend.",
])
def test_title_comma_not_a_name(text: str) -> None:
    assert introduced_people(text, load_people()) is load_people()


# --- whole articles -----------------------------------------------------------------------
class Story(NamedTuple):
    text: str
    published: date
    status: str
    participants: tuple[str, ...]
    start: str
    end: str


STORIES = {
    "introduced-participants": Story(
        "Swedish Foreign Minister Maria Lindqvist met Ukrainian President Volodymyr Zelensky "
        "in Kyiv on Tuesday.", D(2025, 5, 22), "held",
        ("Maria Lindqvist", "Volodymyr Zelensky"), "2025-05-20", "2025-05-20"),
    "group-will-meet": Story(
        "Nordic defence ministers will meet in Oslo from March 3 to 4.", D(2025, 2, 20),
        "planned", (), "2025-03-03", "2025-03-04"),
    "delegations-met": Story(
        "Turkish and Ukrainian delegations met in Istanbul on Monday.", D(2025, 5, 21),
        "held", (), "2025-05-19", "2025-05-19"),
    "speaker-at-meeting": Story(
        "Finance Minister Pavel Novak told reporters at a meeting of EU finance ministers "
        "in Brussels on Friday that the loan was safe.", D(2025, 6, 14), "held",
        ("Pavel Novak",), "2025-06-13", "2025-06-13"),
    "pronoun-subject": Story(
        "Zelensky has been touring the Baltic states.\n\nHe is due in Vilnius next week for a "
        "summit of Nordic and Baltic leaders.", D(2025, 4, 9), "planned",
        ("Volodymyr Zelensky",), "2025-04-14", "2025-04-20"),
    "ended-two-days": Story(
        "Western governments ended two days of talks in Rome on Thursday.", D(2025, 7, 10),
        "held", (), "2025-07-09", "2025-07-10"),
    "opened-three-day": Story(
        "The three-day conference in Lisbon opened on Monday.", D(2025, 6, 17), "ongoing",
        (), "2025-06-16", "2025-06-18"),
    "year-rule-future": Story(
        "NATO leaders will meet in Madrid on July 11.", D(2023, 7, 5), "planned", (),
        "2023-07-11", "2023-07-11"),
    "travel-ahead-of-talks": Story(
        "Negotiators are travelling to Doha today ahead of talks that begin tomorrow.",
        D(2025, 3, 10), "planned", (), "2025-03-11", "2025-03-11"),
    "planners-from-the-us": Story(
        "Logistics planners from the U.S. and Poland are due to meet in Warsaw on Thursday.",
        D(2025, 3, 10), "planned", (), "2025-03-13", "2025-03-13"),
    "several-days-beat-one": Story(
        "Mediators are flying to Vienna ahead of three days of negotiations that start "
        "tomorrow.\n\nThe Vienna talks open tomorrow morning.", D(2025, 3, 10), "planned", (),
        "2025-03-11", "2025-03-13"),
    # a trip on the publication day told in the past tense is held (the dev gold's reading
    # in 9 of 10 rows by round 9; it was "ongoing" before)
    "arrived-today-is-held": Story(
        "Volodymyr Zelensky flew to Ottawa on Tuesday for talks with Canadian Prime Minister "
        "Mark Carney.", D(2025, 6, 17), "held", ("Mark Carney", "Volodymyr Zelensky"),
        "2025-06-17", "2025-06-17"),
    "named-gathering": Story(
        "The Nordic Energy Forum wrapped up yesterday.", D(2025, 3, 6), "held", (),
        "2025-03-05", "2025-03-05"),
    # a city before any meeting noun is its place, and names back the meeting there (was
    # a strict xfail: only "meeting", "talks", "summit", "conference", "visit")
    "city-negotiations-anaphor": Story(
        "Mediators are flying to Vienna ahead of three days of negotiations that start "
        "tomorrow.\n\nThe Vienna negotiations open tomorrow morning.", D(2025, 3, 10),
        "planned", (), "2025-03-11", "2025-03-13"),
    "city-consultations-anaphor": Story(
        "Two days of consultations on the grain corridor start tomorrow in Riga, officials "
        "said.\n\nThe Riga consultations open tomorrow with a closed session.",
        D(2025, 3, 10), "planned", (), "2025-03-11", "2025-03-12"),
    "city-discussions-anaphor": Story(
        "Tusk hosted Kallas in Warsaw on Friday.\n\nThe Warsaw discussions covered air "
        "defence.", D(2025, 3, 10), "held", ("Donald Tusk", "Kaja Kallas"), "2025-03-07",
        "2025-03-07"),
    # any plural agent noun from a named place is a group of people (was a strict xfail:
    # the group subject came from a closed list of nouns only)
    "officers-from": Story(
        "Army officers from the U.K. and France are due to meet in Warsaw on Thursday.",
        D(2025, 3, 10), "planned", (), "2025-03-13", "2025-03-13"),
    "engineers-from": Story(
        "Engineers from Poland and Lithuania met in Vilnius on Friday to plan the grid link.",
        D(2025, 3, 10), "held", (), "2025-03-07", "2025-03-07"),
    "specialists-from": Story(
        "Cyber specialists from Estonia will gather in Tallinn on Wednesday.",
        D(2025, 3, 10), "planned", (), "2025-03-12", "2025-03-12"),
}


@pytest.mark.parametrize("case", [pytest.param(c, id=k) for k, c in STORIES.items()] + [
])
def test_story(case: Story) -> None:
    table = events([article(case.text, case.published)])
    assert len(table) == 1, table.summary.tolist()
    row = table.iloc[0]
    assert (row.status, tuple(row.participants)) == (case.status, case.participants)
    assert (str(row.date_start.date()), str(row.date_end.date())) == (case.start, case.end)


@pytest.mark.parametrize("text", [
    "Photo caption: Zelensky meets Macron at the Elysee Palace on Monday.\n\n"
    "Markets in Europe rose on Monday.",
    "Read more: EU leaders met in Brussels to back the loan\n\nMarkets rose on Monday.",
    "Image caption: Macron welcomes Zelensky in Paris on Monday.\n\nMarkets rose on Monday.",
    "Leaders to meet at Geneva summit\n\nMarkets in Europe rose on Monday.",
    "Some text before.\n\nRamstein meeting on Friday\n\nMarkets in Europe rose on Monday.",
    "Markets rose.\n\n- Nordic leaders to weigh the loan at their June summit in Oslo\n\n"
    "Markets rose again on Monday.",
    "Markets rose.\n\nThe Finnish president wants to meet Vladimir Putin in Helsinki.",
    "Markets rose.\n\nKyiv has called for talks with Moscow in Istanbul.",
    "Markets rose.\n\nUkraine's delegation is headed by Volodymyr Zelensky.",
], ids=["caption", "teaser", "image-caption", "headline-alone", "subhead-alone",
        "related-list-line", "wants-to-meet", "called-for-talks", "delegation-going-nowhere"])
def test_furniture_reports_no_meeting(text: str) -> None:
    assert events([article(text, D(2025, 6, 13))]).empty


@pytest.mark.parametrize("text", [
    "Proposals from France met with scepticism in Brussels on Tuesday.",
    "Payments from the EU meet in full on Thursday.",
])
def test_a_plural_of_things_from_a_place_is_no_group(text: str) -> None:
    assert events([article(text, D(2025, 3, 10))]).empty


def test_a_city_before_a_person_noun_is_no_place() -> None:
    from aidlib.events.patterns import PLACE
    assert PLACE.search("The Vienna negotiator left early.") is None


def test_headline_joins_the_body_event() -> None:
    text = ("Macron hosts Zelensky in Paris\n\nFrench President Emmanuel Macron met "
            "Volodymyr Zelensky in Paris on Monday.")
    table = events([article(text, D(2025, 6, 17))])
    assert len(table) == 1 and table.iloc[0].n_mentions == 2


def test_the_same_meeting_is_an_anaphor() -> None:
    text = ("NATO defence ministers met in Brussels on Thursday. Britain's John Healey "
            "used the same meeting to unveil more drones.")
    table = events([article(text, D(2025, 6, 6))])
    assert len(table) == 1 and "John Healey" in table.iloc[0].participants


def test_summits_of_different_named_groups_stay_apart() -> None:
    text = ("Last month, Group of Seven finance ministers meeting in Stresa agreed a loan. "
            "NATO defence ministers met in Brussels on Thursday.")
    assert len(events([article(text, D(2024, 6, 20))])) == 2


def test_undated_summit_is_not_one_months_before() -> None:
    text = ("EU leaders backed the plan after their summit got under way in Brussels. The "
            "failed summit of EU leaders on October 26-27 had ended without a deal.")
    table = events([article(text, D(2025, 2, 6))])
    assert len(table) == 2, table.summary.tolist()


@pytest.mark.parametrize(("text", "place"), [
    ("Volodymyr Zelensky held talks with Mark Rutte on Monday, hours after Russia fired "
     "missiles at Kyiv.", None),
    ("Keir Starmer flew into Copenhagen on Thursday for a meeting with European leaders.",
     "Copenhagen"),
    ("During his visit to Warsaw on Monday, Volodymyr Zelensky held talks with Mark Rutte.",
     "Warsaw"),
], ids=["place-of-a-later-clause", "flew-into", "place-of-an-earlier-clause"])
def test_place_of_the_meeting(text: str, place: str | None) -> None:
    table = events([article(text, D(2025, 6, 11))])
    assert len(table) == 1 and table.iloc[0].place == place


def test_took_part_in_the_talks_joins_the_summit() -> None:
    text = ("Nordic leaders met in Oslo on Monday for a summit with Volodymyr Zelensky. "
            "Sweden's Prime Minister Lars Holm also took part in the talks.")
    table = events([article(text, D(2025, 6, 11))])
    assert len(table) == 1 and "Lars Holm" in table.iloc[0].participants


def test_bare_title_is_the_holder_named_before() -> None:
    text = ("Keir Starmer landed in Kyiv on Friday.\n\nThe PM then sat down for lunch with "
            "Volodymyr Zelensky in the presidential office.")
    table = events([article(text, D(2025, 1, 16))])
    people = {p for row in table.itertuples() for p in as_items(row.participants, str)}
    assert "Keir Starmer" in people and "Denys Shmyhal" not in people


def test_the_session_with_a_group_later_in_the_clause_is_an_anaphor() -> None:
    text = ("NATO defence ministers met in Brussels on Monday. Mark Rutte chaired the session "
            "and urged allies to do more.")
    table = events([article(text, D(2025, 6, 10))])
    assert len(table) == 1 and "Mark Rutte" in table.iloc[0].participants


def test_did_not_travel_to_the_summit() -> None:
    text = ("NATO leaders met in Vilnius on Tuesday for a summit. Prime Minister Tom Weller "
            "did not travel to the summit.")
    table = events([article(text, D(2025, 6, 11))])
    assert "Tom Weller" not in {p for row in table.itertuples()
                                for p in as_items(row.participants, str)}


# --- known gaps -----------------------------------------------------------------------------
def test_host_in_later_sentence() -> None:
    text = ("Mark Rutte travelled to Kyiv on Thursday. Volodymyr Zelensky thanked him for "
            "the visit at a joint news conference.")
    table = events([article(text, D(2024, 10, 4))])
    assert set(table.iloc[0].participants) == {"Mark Rutte", "Volodymyr Zelensky"}


def test_day_earlier() -> None:
    text = ("NATO ministers met in Brussels on October 12. A day earlier, G7 leaders held a "
            "video conference with Volodymyr Zelensky.")
    table = events([article(text, D(2022, 10, 17))])
    call = table[table.kind == "call or video link"].iloc[0]
    assert str(call.date_start.date()) == "2022-10-11"


# --- "He also met ...": the occasion of the meeting the sentence before reports ----------
_FIRST = ("Swedish Foreign Minister Maria Lindqvist held talks with President Volodymyr "
          "Zelensky in Kyiv on Saturday. ")


@pytest.mark.parametrize(("second", "place", "day"), [
    ("She also met Prime Minister Denys Shmyhal.", "Kyiv", "2024-11-16"),
    ("Lindqvist also met Ukraine's Prime Minister Denys Shmyhal, with whom she initialled "
     "an energy accord.", "Kyiv", "2024-11-16"),
    ("She also plans to meet Prime Minister Denys Shmyhal next month.", None, "2024-12-01"),
    ("She met Prime Minister Denys Shmyhal on Sunday.", None, "2024-11-17"),
], ids=["pronoun-also", "name-also", "also-own-day", "no-also-own-day"])
def test_also_met_takes_the_occasion_before(second: str, place: str | None, day: str) -> None:
    table = events([article(_FIRST + second, D(2024, 11, 18))])
    row = table[table.participants.map(lambda p: "Denys Shmyhal" in p)].iloc[0]
    assert (None if pd.isna(row.place) else row.place) == place
    assert str(row.date_start.date()) == day


@pytest.mark.parametrize(("text", "place"), [
    ("Zelensky met Prime Minister Justin Trudeau in Toronto on Friday.", "Toronto"),
    ("G7 foreign ministers met in Fiuggi on Monday.", "Fiuggi"),
    ("Rutte met President Volodymyr Zelensky in Kharkiv on Monday.", "Kharkiv"),
], ids=["canadian-city", "g7-ministerial-town", "ukrainian-city"])
def test_gazetteer_towns(text: str, place: str) -> None:
    table = events([article(text, D(2024, 11, 30))])
    assert table.place.tolist() == [place]


# --- one who speaks of a meeting is not one of its participants -------------------------
@pytest.mark.parametrize(("text", "place", "people"), [
    ("Austin met President Volodymyr Zelensky in Kyiv on Monday. He said he hoped for "
     "progress when alliance leaders gather in Vilnius next month.", "Vilnius", ()),
    ("Austin met President Volodymyr Zelensky in Kyiv on Monday. He has repeatedly said "
     "allies will decide when "
     "NATO leaders meet in Vilnius next month.", "Vilnius", ()),
    ("In March, Umerov had told journalists he was optimistic, weeks after a gathering of "
     "defence ministers in Brussels closed with no agreement.", "Brussels", ()),
    ("Austin met President Volodymyr Zelensky in Kyiv on Monday. He is due in Vilnius next "
     "month for the NATO summit.", "Vilnius", ("Lloyd Austin",)),
], ids=["he-said", "he-has-said", "had-told", "he-is-due"])
def test_speaker_of_a_meeting_not_a_participant(text: str, place: str,
                                                people: tuple[str, ...]) -> None:
    table = events([article(text, D(2023, 6, 22))])
    row = table[table.place == place].iloc[0]
    assert tuple(row.participants) == people


# --- "X said ... after hosting Y": the speaker is the one who hosted --------------------
@pytest.mark.parametrize(("text", "people"), [
    ("More shells are coming, Defence Minister Ruben Brekelmans said on Tuesday after "
     "hosting Ukraine's defence minister Rustem Umerov in The Hague.",
     ("Ruben Brekelmans", "Rustem Umerov")),
    ("Boris Pistorius said on Thursday after meeting Rustem Umerov in Berlin that aid will "
     "grow.", ("Boris Pistorius", "Rustem Umerov")),
    ("Boris Pistorius told reporters he was hopeful, days after a meeting of defence "
     "ministers in Berlin on Thursday.", ()),
], ids=["said-after-hosting", "said-after-meeting", "days-after-a-meeting"])
def test_speaker_of_nonfinite_meeting(text: str, people: tuple[str, ...]) -> None:
    table = events([article(text, D(2025, 3, 7))])
    assert tuple(table.participants.iloc[0]) == people


# --- two leaders signing together met; a signing by one side is no meeting -------------
@pytest.mark.parametrize(("text", "people"), [
    ("At the summit in June, Prime Minister Fumio Kishida and Zelensky signed a ten-year "
     "agreement.",
     [("Fumio Kishida", "Volodymyr Zelensky")]),
    ("The accord that Zelensky and Prime Minister Petr Fiala signed in Prague on 12 July "
     "binds the Czech Republic to further support.", [("Petr Fiala", "Volodymyr Zelensky")]),
    ("Poland signed a contract for 96 Apache helicopters on Monday.", []),
    ("Zelensky signed a decree on sanctions on Monday.", []),
    ("Zelensky said Tusk signed the decision on Monday.", []),
], ids=["two-names", "title-between", "country-signed", "one-signer", "said-signed"])
def test_joint_signing(text: str, people: list[tuple[str, ...]]) -> None:
    table = events([article(text, D(2024, 7, 20))])
    assert [tuple(sorted(p)) for p in table.participants] == people


def test_relative_clause_people_belong_to_its_meeting() -> None:
    text = ("The Riga talks happened on the same day as a NATO meeting in Brussels, which "
            "Chancellor Friedrich Merz attended and at which Zelensky was also present.")
    table = events([article(text, D(2025, 3, 6))])
    summit = table[table.place == "Brussels"].iloc[0]
    assert sorted(summit.participants) == ["Friedrich Merz", "Volodymyr Zelensky"]
    assert not any("Friedrich Merz" in p for p in table[table.place != "Brussels"].participants)


# --- "During a trip to Kyiv, he ...": the pronoun subject after the opening phrase ------
_BEFORE = "Austin met President Volodymyr Zelensky in Brussels in June. "


@pytest.mark.parametrize(("second", "place", "people"), [
    ("In October, during a surprise visit to the Ukrainian capital, he had announced fresh "
     "aid.", "Kyiv", ("Lloyd Austin",)),
    ("During a visit to Kyiv on Monday, he announced new aid.", "Kyiv", ("Lloyd Austin",)),
    ("On a trip to Kyiv last week, she said the aid would come.", "Kyiv", ("Lloyd Austin",)),
    ("Talks in Geneva on Monday ended without a deal, he said.", "Geneva", ()),
], ids=["in-month-during-trip", "during-visit", "on-a-trip", "not-an-opening-phrase"])
def test_pronoun_after_opening_phrase(second: str, place: str,
                                      people: tuple[str, ...]) -> None:
    table = events([article(_BEFORE + second, D(2024, 7, 20))])
    assert tuple(table[table.place == place].iloc[0].participants) == people
