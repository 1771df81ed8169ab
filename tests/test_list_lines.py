"""One list structure for the claim stages (audit5 C2): :func:`aidlib.text.list_lines`
gives each bulleted or numbered line and the colon of the line leading into its list;
the speaker of a list's lead reaches each of its lines whatever the bullet. Every text was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.text import list_line_at, list_lines
from tests.claim_cases import one_claim

BULLETS = ["-", "*", "•", "–", "—", "1.", "2)", "10."]


@pytest.mark.parametrize("bullet", BULLETS)
def test_every_bullet_is_a_list_line_under_its_lead(bullet: str) -> None:
    text = (f"Pledges this month, by donor:\n\n{bullet} Chile: $4 million\n"
            f"{bullet} Peru: $2 million\n")
    lines = list_lines(text)
    assert [text[x.body : x.end] for x in lines] == ["Chile: $4 million", "Peru: $2 million"]
    colon = text.index(":")
    assert {x.lead for x in lines} == {(colon, colon + 1)}


def test_prose_ends_a_list_and_a_lead_needs_its_colon() -> None:
    text = ("Totals by donor:\n- Chile: $4 million\nThe rest came later.\n- Peru: $2 million\n"
            "Next year\n* Peru: $1 million")
    assert [x.lead is not None for x in list_lines(text)] == [True, False, False]
    assert list_line_at(text, text.index("The rest")) is None
    assert list_line_at(text, text.index("Chile")) == list_lines(text)[0]


def test_no_bullet_no_list_line() -> None:
    assert list_lines("1999 was long ago.\n-5 degrees in Kyiv.\n12345. A number.") == ()


@pytest.mark.parametrize("bullet", ["•", "—", "2)"])
def test_a_lists_speaker_reaches_every_bullet(bullet: str) -> None:
    text = ("The Red Cross published its winter figures on Monday.\n\n"
            "The largest gifts so far, according to the Red Cross:\n\n"
            f"{bullet} Chile: $4 million\n{bullet} Peru: $2 million\n")
    assert one_claim(text, "$2 million", date(2024, 1, 8)).speaker == "Red Cross"


def test_a_tables_rows_are_list_lines() -> None:
    text = ("The credit has two parts:\n\n| Part | Sum |\n|---|---|\n"
            "| Loan | $30 million |\n| Grant | $6 million |\n")
    colon = text.index(":")
    rows = list_lines(text)
    assert [text[x.body : x.end] for x in rows][-1] == "Grant | $6 million |"
    assert {x.lead for x in rows} == {(colon, colon + 1)}


# The kind stage's list lead is the list model's lead (audit6 C6): a figure opening an item
# takes its category from the line leading into the list, whatever the bullet or the row,
# and an item holding a colon of its own does not end the list.
LIST_CATEGORY = [
    pytest.param("Spain's humanitarian aid this spring:\n\n- €8 million in April\n"
                 "- €3 million in May\n", "€3 million", "humanitarian", id="bullets"),
    pytest.param("Spain's humanitarian aid this spring:\n\n1) €8 million, in two parts: "
                 "shelter and food\n2) €3 million in May\n", "€3 million", "humanitarian",
                 id="an-item-with-a-colon"),
    pytest.param("The budget support from Spain is split in two:\n\n| Tranche | Sum |\n"
                 "|---|---|\n| First | €8 million |\n", "€8 million", "financial",
                 id="table-row"),
    # the lead is the whole sentence holding the colon: "U.K." ends no sentence
    pytest.param("Humanitarian aid from the U.K. this spring:\n\n- £8 million in April\n"
                 "- £3 million in May\n", "£3 million", "humanitarian", id="an-abbreviation"),
    pytest.param("Spain's humanitarian aid this spring:\n\n- €8 million in April\n"
                 "Later, Spain signed more deals.\n- €3 million in May\n", "€3 million",
                 "unspecified", id="prose-ends-the-list"),
]


@pytest.mark.parametrize(("text", "surface", "category"), LIST_CATEGORY)
def test_a_list_item_takes_its_leads_category(text: str, surface: str, category: str) -> None:
    assert one_claim(text, surface, date(2024, 6, 3)).category == category


@pytest.mark.xfail(strict=True, reason="a list whose items have no bullet (as some pages "
                   "lose theirs when copied) is no list to the list model")
def test_items_without_bullets_take_their_leads_category() -> None:
    text = "Spain's humanitarian aid this spring:\n\n€8 million in April;\n€3 million in May.\n"
    assert one_claim(text, "€3 million", date(2024, 6, 3)).category == "humanitarian"
