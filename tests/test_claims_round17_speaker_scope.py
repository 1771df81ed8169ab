"""Speakers and scope, round 17. A titled name ends at a sentence's end: a title word
("Ms", "the ambassador") before the last name of a sentence no longer runs the name into
the first word of the next sentence ("... and Ms Roe.\\n\\nAt the time he said ..." read a
person "Roe. At"), so a "he"/"she" opening a later sentence finds the person the text
names, not a run of two sentences (regional papers' visit stories, think-tank event
summaries). Initials and abbreviated titles inside a name keep the name whole. Each
sentence is written for these tests; the negatives are the nearest wrong readings.

Scope: a relative clause after a figure's programme or fund that gives the span its money
runs over ("the <fund>, which runs to <year>", "..., which spreads its grants over <n>
years"; EU and budget copy) is the figure's period; "runs to <year>" is a
span like "running until <year>". A "which" clause of another verb still ends the words
searched, and "runs to" a place is no period.

Scope: the levels of a raise told in one clause ("the <year> provision rises from X to Y",
"raised its support this year to Y, from X", "the line in the <year> budget rises by Z,
from X to Y"; budget releases and wire copy) share the period one of them states (guide,
eleventh round: both levels keep the line's period). Negatives: a newness word is not
shared; a level dated by its own year ("from X in <year> to Y in <year>") keeps it.

Scope: "alone" after a date phrase ("In <month> <year> alone, the bank approved X in new
loans"; lenders' and ministries' looks back) sums what was done over that span: a period,
even for acts of promising and over a newness word. Negatives: the same date without
"alone" dates a one-off approval; "alone" after a purpose is no date.

Scope: a sentence opening on "This comprises" / "It consists of" breaks down the whole of
the sentence before (government answers and releases): its figures are parts and share the
whole's scope. Negatives: a whole of no scope passes none on; another subject's "comprises"
opens no part.

Scope: money after a part lead ("including", "combining", "comprising", "of which") that
follows a whole of the same sentence ("a further $X package combining a $Y loan and a $Z
grant") is a part and shares the whole's scope. Negatives: a whole of no scope passes none
on; a semicolon ends the whole's reach.

Speakers: a TV news transcript's turns labelled by a name in title case alone on its line
("Jo Roe:\n", PBS-style evening news) are its speakers' turns when the same label opens
two turns or more; the figures of a turn are its speaker's. Negative: title-case headings
that stand once ("Key Points:") are no turns.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim, speaker_label

SPEAKERS = [
    # a titled name last in its sentence, then "he said" opening a new paragraph
    ("Canada's envoy to Poland, Mykola Petrenko, visited the shipyard in May and met union "
     "leaders and Ms Harwood.\n\nAt the time he said Canada had sent $90 million in "
     "engineering kit.", "$90 million", "Mykola Petrenko"),
    # the same within one paragraph
    ("Canada's envoy to Poland, Mykola Petrenko, toured the depot in March with Ms "
     "Harwood. Later he said Canada had sent $75 million in field kitchens.",
     "$75 million", "Mykola Petrenko"),
    # negative: an initial inside a titled name is no sentence end
    ("Deputy Minister Anna K. Harwood chaired the session. She said the fund would grow "
     "by €30 million next year.", "€30 million", "Anna K. Harwood"),
]


@pytest.mark.parametrize(("text", "surface", "speaker"), SPEAKERS)
def test_titled_name_ends_with_its_sentence(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


SPANS = [
    ("Kyiv's next payment comes out of the bloc's €40 billion Resilience Fund, which runs "
     "to 2029.", "€40 billion", "period", "runs to 2029"),
    ("Ministers backed the €40 billion Resilience Fund, which spreads grants and loans over "
     "five years.", "€40 billion", "period", "over five years"),
    ("The EU will pay out its €20 billion housing facility, which runs until 2030, in six "
     "tranches.", "€20 billion", "period", "until 2030"),
    # negatives: a "which" clause of another verb, a route that runs to a place
    ("Denmark put €300 million into the repair fund, which ministers first discussed in "
     "2023.", "€300 million", "unspecified", ""),
    ("Denmark put €300 million into a gas pipeline, which runs to the Polish border.",
     "€300 million", "unspecified", ""),
]


@pytest.mark.parametrize(("text", "surface", "scope", "scope_text"), SPANS)
def test_span_of_a_relative_clause_is_the_figures_period(
        text: str, surface: str, scope: str, scope_text: str) -> None:
    claim = one_claim(text, surface)
    assert (claim.scope_type, claim.scope_text) == (scope, scope_text)


RAISES = [
    ("The ministry doubled the provision for 2026 from the €3 billion first planned to "
     "€6 billion.", "€6 billion", "period", "for 2026"),
    ("Oslo raised its support for Kyiv this year to NOK 30 billion, from NOK 20 billion.",
     "NOK 20 billion", "period", "this year"),
    ("Within the 2025 defence budget, Denmark's Kyiv line grows by €20 million, from €70 "
     "million to €90 million.", "€90 million", "period", "the 2025 defence budget"),
    # negatives: newness stays with the increment; a level keeps its own year
    ("The minister added a further €20 million, from €70 million to €90 million.",
     "€90 million", "unspecified", ""),
    ("Norway's grants went from €2 billion in 2023 to €3 billion in 2024.", "€2 billion",
     "period", "in 2023"),
]


@pytest.mark.parametrize(("text", "surface", "scope", "scope_text"), RAISES)
def test_levels_of_a_raise_share_its_period(
        text: str, surface: str, scope: str, scope_text: str) -> None:
    claim = one_claim(text, surface)
    assert (claim.scope_type, claim.scope_text) == (scope, scope_text)


ALONE = [
    ("In March 2023 alone, the lender approved €400 million in new grants for hospitals.",
     "€400 million", "period"),
    ("In 2023 alone, Oslo pledged a further NOK 7 billion to Kyiv's energy firms.",
     "NOK 7 billion", "period"),
    # negatives: the date of one approval; "alone" after a purpose
    ("In March 2023, the lender approved €400 million in new grants for hospitals.",
     "€400 million", "new"),
    ("Military aid alone came to €3 billion, the ministry said.", "€3 billion",
     "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "scope"), ALONE)
def test_a_span_alone_is_a_period(text: str, surface: str, scope: str) -> None:
    assert one_claim(text, surface).scope_type == scope


TV_TRANSCRIPT = (
    "Congress clears aid bill\n\nBy — Maya Lindqvist\n\nMaya Lindqvist:\nThe vote came "
    "late on Friday. Tom Aberdeen has been in the chamber all day. Tom, what is in it?\n\n"
    "Tom Aberdeen:\nMaya, the bill holds about $12 billion for air defence, most of it for "
    "interceptors.\n\nMaya Lindqvist:\nAnd how fast can the $12 billion move?\n\n"
    "Tom Aberdeen:\nNot before the autumn, officials tell me.\n")
HEADINGS = (
    "Parliament backs winter aid\n\nKey Points:\nThe chamber approved $4 billion for "
    "heating on Tuesday.\n\nWhat Comes Next:\nThe Senate votes next week on a further "
    "$2 billion for repairs.\n")


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    (TV_TRANSCRIPT, "about $12 billion", "Tom Aberdeen"),
    (TV_TRANSCRIPT, "$12 billion", "Maya Lindqvist"),
    (HEADINGS, "$4 billion", "(outlet)"),
    (HEADINGS, "$2 billion", "(outlet)"),
])
def test_title_case_turn_labels(text: str, surface: str, speaker: str) -> None:
    assert speaker_label(text, surface) == speaker


COMPRISES = [
    ("Since 2022 Canada has committed C$9 billion to Ukraine. This comprises C$6 billion of "
     "loans and C$3 billion of grants.", "C$6 billion", "cumulative"),
    ("Since 2022 Canada has committed C$9 billion to Ukraine. It consists of C$6 billion of "
     "loans and C$3 billion of grants.", "C$3 billion", "cumulative"),
    # negatives: a whole of no scope; another subject's "comprises"
    ("Canada signed a C$9 billion deal with Kyiv on Monday. This comprises C$6 billion of "
     "loans and C$3 billion of grants.", "C$6 billion", "unspecified"),
    ("Since 2022 Canada has committed C$9 billion to Ukraine. A separate plan comprises C$6 "
     "billion of loans for the grid.", "C$6 billion", "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "scope"), COMPRISES)
def test_this_comprises_opens_parts(text: str, surface: str, scope: str) -> None:
    assert one_claim(text, surface).scope_type == scope


PARTS = [
    ("Oslo announced a further NOK 900 million package combining a NOK 600 million grant and "
     "a NOK 300 million loan.", "NOK 600 million", "new"),
    ("Since 2022 Kyiv has received $40 billion from the bank, including $15 billion in "
     "cheap loans.", "$15 billion", "cumulative"),
    # negatives: a whole of no scope; a part past a semicolon
    ("Oslo signed a NOK 900 million deal with Kyiv, including a NOK 600 million grant.",
     "NOK 600 million", "unspecified"),
    ("Oslo announced a further NOK 900 million package; its allies are still debating "
     "plans including a NOK 600 million fund.", "NOK 600 million", "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "scope"), PARTS)
def test_parts_in_a_sentence_share_the_wholes_scope(text: str, surface: str,
                                                    scope: str) -> None:
    assert one_claim(text, surface).scope_type == scope
