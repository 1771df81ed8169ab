"""Speakers and donors over families of real phrasing (rules round 15). Every sentence was
written for these tests in its own words; each family has a negative (the nearest wrong
reading).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim

DAY = date(2025, 3, 12)


# The donor country an article is about (the outlet's own aid figure with no giver takes
# it): a country named as the aggressor ("the Russian Federation's war of aggression") is
# the war's side, not a donor, so that naming does not count towards it.
AGGRESSOR_TWICE = (
    "Foundation board adopts a school programme for Ukraine\n\n"
    "The board approved a programme worth €12 million for schools and clinics in Ukraine "
    "on Tuesday.\n\n"
    "The programme answers needs created by the Russian Federation's war of aggression. "
    "The board also ended its last projects inside Russia in the spring of 2022.\n")
# negative: a donor named twice is still the article's donor
DONOR_TWICE = (
    "Estonian board adopts a school programme for Ukraine\n\n"
    "The board approved a programme worth €12 million for schools and clinics in Ukraine "
    "on Tuesday.\n\n"
    "The programme answers needs created by the Russian Federation's war of aggression. "
    "Estonia has funded schools in the region since 2014, and Estonia will review the work "
    "each year.\n")


def test_the_aggressor_is_not_the_article_s_donor() -> None:
    assert one_claim(AGGRESSOR_TWICE, "€12 million", DAY).donors == ()


def test_a_donor_named_twice_is_the_article_s_donor() -> None:
    assert one_claim(DONOR_TWICE, "€12 million", DAY).donors == ("Estonia",)


# Southeast Asian givers (actors.yaml, with their demonyms for ministries): a country, its
# capital or a ministry under its possessive gives; a capital after "in" is a place.
SOUTHEAST_ASIAN = [
    ("Hanoi will send $300,000 in relief supplies for Ukrainian families, the government "
     "said.", "$300,000", ("Vietnam",)),
    ("Thailand's health ministry approved a budget of THB5 million for medical kits bound "
     "for Ukraine.", "THB5 million", ("Thailand",)),
    # negative: the capital as the meeting's place, another country giving
    ("At a meeting in Bangkok on Friday, Norway pledged $5 million for demining in Ukraine.",
     "$5 million", ("Norway",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), SOUTHEAST_ASIAN)
def test_southeast_asian_givers(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface, DAY).donors == donors
