"""The boilerplate stage: teasers, related-story lists and captions are marked, kept in the
claims table and left out of what the library counts (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims
from aidlib.claims.boilerplate import boilerplate_spans, in_boilerplate
from aidlib.compare import parsed_claims
from aidlib.records import claims_frame, counted_claims

BODY = "Sweden will give Ukraine $40 million for demining, the government said."


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("Also read: Finland doubles its grid aid to $20 million", True),
        ("READ MORE: Why Oslo froze $15 million in grants", True),
        ("• Read also: Portugal sends $7 million in medical aid", True),
        ("See also: Seoul weighs $30 million package", True),
        ("[Photo caption: Workers unload a $2 million transformer in Lviv.]", True),
        ("PICTURED: The minister signs the $90 million deal on Tuesday", True),
        ("Image: a convoy carrying $5 million of generators", True),
        ("Sign up: our weekly briefing on the $60 billion budget", True),
        # the article's own sentences, even with a label word inside them
        ("Officials said the related costs reached $12 million.", False),
        ("The photo showed a $3 million shipment, the ministry said.", False),
        ("Watch what happens to the $8 million, she said.", False),
    ],
)
def test_labelled_lines(line: str, marked: bool) -> None:
    text = f"{BODY}\n\n{line}\n"
    claim = extract_claims(text, published=date(2024, 5, 2))[-1]
    assert claim.boilerplate is marked
    assert extract_claims(text, published=date(2024, 5, 2))[0].boilerplate is False


@pytest.mark.parametrize("header", ["Related coverage:", "RELATED STORIES", "Related Posts",
                                    "More on this story"])
def test_a_header_alone_opens_a_list_up_to_the_blank_line(header: str) -> None:
    text = (f"{BODY}\n\n{header}\n- Japan lends $100 million to Kyiv\nCanada adds $9 million"
            "\n\nDenmark gave $11 million, it said.")
    marks = [c.boilerplate for c in extract_claims(text, published=date(2024, 5, 2))]
    assert marks == [False, True, True, False]


def test_a_caption_inside_a_line() -> None:
    text = "Allies weigh more help — Reuters Photo: a $4 million radar in Kyiv\n\nNext line."
    spans = boilerplate_spans(text)
    assert in_boilerplate(spans, text.index("$4"))
    assert not in_boilerplate(spans, text.index("Allies"))
    assert not in_boilerplate(spans, text.index("Next"))


def test_counted_claims_leave_boilerplate_out_of_comparisons() -> None:
    text = f"{BODY}\n\nAlso read: Sweden will give Ukraine $40 million for demining"
    table = claims_frame(extract_claims(text, source_id="s", published=date(2024, 5, 2)))
    assert table["boilerplate"].tolist() == [False, True]
    assert counted_claims(table)["claim_id"].tolist() == ["s:c01"]
    assert [c.claim_id for c in parsed_claims(table)] == ["s:c01"]
    assert len(counted_claims(table.drop(columns="boilerplate"))) == 2
