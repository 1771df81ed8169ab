"""Review fixes (audit 4) in claims: sentences written for these tests, with placeholder
names; a negative where the bug was a false match."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_cases import one_claim

DAY = date(2024, 6, 3)


def _speaker(text: str, surface: str) -> str:
    claim = one_claim(text, surface, DAY)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # "referring to X" says whom the words are about: the speaker stays
    ("“We will send $200 million more,” Jan Novak said, referring to Prime Minister Jo Roe.",
     "$200 million", "Jan Novak"),
    ("Country aid reached €80 million, Ana Lind said, with reference to Minister Jo Roe.",
     "€80 million", "Ana Lind"),
    # ... "citing X" and "quoting X" still give the words to X (wire copy)
    ("“We will send $200 million more,” Reuters said, citing Prime Minister Jo Roe.",
     "$200 million", "Jo Roe"),
])
def test_referring_to_is_no_citation(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a bare presidential office names no country: the country of the context
    ("President Alexander Stubb visited Kyiv. Finland will provide $200 million in aid, the "
     "President's Office said.", "$200 million", "Finland"),
    ("Poland will give $100 million, the Presidential Office said.", "$100 million", "Poland"),
    ("The President's Office said Ukraine had received $9 billion from partners this year.",
     "$9 billion", "Ukraine"),
    # ... Ukraine's office by its full name or seat stays Ukraine
    ("Germany will provide $200 million in aid, the Office of the President of Ukraine said.",
     "$200 million", "Ukraine"),
])
def test_presidential_office_from_context(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_one_list_of_words_between_subject_and_verb() -> None:
    """The claims' speakers and the events' callers accept the same adverbs and
    auxiliaries (they had drifted: "today" in one copy only)."""
    from aidlib.claims.attribution import _AUX_BEFORE
    from aidlib.claims.patterns import SUBJECT_GAP
    from aidlib.events.detect import _SUBJECT_GAP
    from aidlib.text import SUBJECT_GAP_WORDS

    for word in SUBJECT_GAP_WORDS:
        assert SUBJECT_GAP.match(f" {word} "), word
        assert _AUX_BEFORE.search(f"Roe {word} "), word
        assert _SUBJECT_GAP.match(f" {word} "), word
    # ... and no noun: "Roe aid said" has no gap
    assert not SUBJECT_GAP.match(" aid ")
    assert not _SUBJECT_GAP.match(" aid ")
    assert not _AUX_BEFORE.search("Roe aid ")


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # an unknown name, an adverb of time, the verb (Nordic government copy)
    ("Finance Minister Ana Lindqvist today said that €30 million would go to demining.",
     "€30 million", "Ana Lindqvist"),
    ("Finance Minister Ana Lindqvist yesterday announced €30 million for demining.",
     "€30 million", "Ana Lindqvist"),
])
def test_adverb_of_time_before_the_verb(text: str, surface: str, speaker: str) -> None:
    assert _speaker(text, surface) == speaker


def test_tweets_is_a_noun_recalls_a_verb() -> None:
    """'tweets' is a plural noun as often as a verb ("a series of tweets"): not a verb of
    saying (as 'tweet' is not); 'recalls' stays one ("the ministry recalls that", the
    present tense of Ukrainian outlets; "product recalls" is no aid copy)."""
    from aidlib.claim_rules import ATTRIBUTION_VERBS

    assert "tweets" not in ATTRIBUTION_VERBS
    assert "tweeted" in ATTRIBUTION_VERBS and "recalls" in ATTRIBUTION_VERBS
    assert _speaker("Jo Roe tweets about the $40 million package drew replies from Ana Lind.",
                    "$40 million") == "(outlet)"
    assert _speaker("Ukraine will get $40 million, Senator Jo Roe tweeted.",
                    "$40 million") == "Jo Roe"
