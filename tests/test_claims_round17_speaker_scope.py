"""Speakers and scope, round 17. A titled name ends at a sentence's end: a title word
("Ms", "the ambassador") before the last name of a sentence no longer runs the name into
the first word of the next sentence ("... and Ms Roe.\\n\\nAt the time he said ..." read a
person "Roe. At"), so a "he"/"she" opening a later sentence finds the person the text
names, not a run of two sentences (regional papers' visit stories, think-tank event
summaries). Initials and abbreviated titles inside a name keep the name whole. Each
sentence is written for these tests; the negatives are the nearest wrong readings.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import speaker_label

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
