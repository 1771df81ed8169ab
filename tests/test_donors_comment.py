"""A speaker's own country is not the giver of a figure it only comments on (review of
session 6: "the Hungarian cabinet said the €40 million was a waste" gave Hungary). What a
speech verb says opening on the figure as one already known ("said the €X was ...") names
no giver; what says the speaker gives ("said it would send €X") still does. Every sentence
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import extract_claims

DAY = date(2025, 3, 12)


def _donors(text: str) -> list[tuple[str, ...]]:
    return [c.donors for c in extract_claims(text, source_id="t", published=DAY, learned=False)]


# (text, the donors of its last figure)
COMMENTS = [
    pytest.param("Spain sent €40 million to Kyiv in March. The Hungarian cabinet said the "
                 "€40 million was a waste.", id="said-the-figure-was"),
    pytest.param("Italy pledged €25 million on Friday. The Polish government argued that this "
                 "€25 million would change nothing.", id="argued-that-this-figure"),
    pytest.param("Norway pledged $90 million on Friday. Sweden's foreign minister told "
                 "reporters the $90 million was too little.", id="told-reporters-the-figure"),
]


@pytest.mark.parametrize("text", COMMENTS)
def test_a_commentator_is_no_giver(text: str) -> None:
    first, last = _donors(text)
    assert set(last) <= set(first)  # the first figure's giver or none, never the speaker's


GIVES = [
    pytest.param("The Hungarian cabinet said it would send €40 million.", ("Hungary",),
                 id="said-it-would-send"),
    pytest.param("The Polish government said it would add €25 million.", ("Poland",),
                 id="said-it-would-add"),
    pytest.param("The Polish government argued that Warsaw should add €25 million.",
                 ("Poland",), id="argued-the-capital-should-add"),
    # the giver's own government speaking of its figure keeps it, through the figure before
    pytest.param("Spain sent €40 million to Kyiv in March. The Spanish cabinet said the "
                 "€40 million was only a start.", ("Spain",), id="own-figure"),
]


@pytest.mark.parametrize(("text", "donors"), GIVES)
def test_a_speaker_that_gives_is_the_giver(text: str, donors: tuple[str, ...]) -> None:
    assert _donors(text)[-1] == donors
