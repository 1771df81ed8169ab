"""People file resolution and sentence spans."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from aidlib.corpus import load_corpus
from aidlib.errors import CorpusError
from aidlib.people import load_people
from aidlib.text import sentence_at, sentences

ZELENSKY_SPELLINGS = ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodomyr Zelensky", "Zelenksy",
                      "Volodymyr Zelenskyy", "zelenskyy", "Zelensky's"]


@pytest.mark.parametrize("spelling", ZELENSKY_SPELLINGS)
def test_zelensky_spellings_are_one_person(spelling: str) -> None:
    person = load_people().resolve(spelling)
    assert person is not None and person.name == "Volodymyr Zelensky"


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("Kaja Kallas", date(2025, 4, 11), "EU foreign policy chief"),
        ("Kallas", date(2023, 4, 21), "Prime Minister of Estonia"),
        ("Stoltenberg", date(2023, 9, 28), "NATO Secretary General"),
        ("Rutte", date(2025, 12, 3), "NATO Secretary General"),
        ("Shmyhal", date(2025, 11, 20), "Defence Minister of Ukraine"),
    ],
)
def test_roles_on_the_day(name: str, day: date, role: str) -> None:
    person = load_people().resolve(name)
    assert person is not None and person.role_on(day) == role


def test_unknown_name_is_none() -> None:
    assert load_people().resolve("Jane Doe-Unlisted") is None
    assert load_people().resolve("Johnson") is None  # a surname two listed people share


def test_duplicate_alias_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(
        "people:\n  - {name: Ann Smith, aliases: [Smith]}\n"
        "  - {name: Bob Smith, aliases: [Smith]}\n"
    )
    with pytest.raises(CorpusError, match=r"alias 'Smith' names both Ann Smith and Bob Smith"):
        load_people(tmp_path)


def test_bad_people_entry_names_the_field(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text("people:\n  - {name: Ann Smith, roles: [{role: x}]}\n")
    with pytest.raises(CorpusError, match=r"people\[1\]\.roles"):
        load_people(tmp_path)


def test_sentence_spans_hold_on_every_article() -> None:
    for article in load_corpus():
        sents = sentences(article.text)
        assert sents, article.id
        for s in sents:
            assert article.text[s.start:s.end] == s.text
            assert s.text == s.text.strip()
        assert all(a.end <= b.start for a, b in itertools.pairwise(sents))


def test_abbreviations_do_not_split() -> None:
    text = "Unverified reports said missiles provided by the U.K. and France were used. Next."
    assert [s.text for s in sentences(text)] == [
        "Unverified reports said missiles provided by the U.K. and France were used.", "Next."]


def test_headline_without_full_stop_is_its_own_sentence() -> None:
    text = "Aid rises\n\nThe UK pledged £3bn on Friday."
    assert sentence_at(text, text.index("£")).text == "The UK pledged £3bn on Friday."
    assert sentences(text)[0].text == "Aid rises"


def test_bad_actors_entry_names_the_field(tmp_path: Path) -> None:
    from aidlib.claims import load_actors

    (tmp_path / "actors.yaml").write_text("actors:\n  - {name: Norway, type: planet}\n")
    with pytest.raises(CorpusError, match=r"actors\.yaml, field 'actors\[1\]\.type'"):
        load_actors(tmp_path)


def test_missing_or_malformed_curated_file(tmp_path: Path) -> None:
    from aidlib.curated import read_records
    from aidlib.people import Person

    with pytest.raises(CorpusError, match="people file not found"):
        read_records(tmp_path / "people.yaml", "people", Person)
    assert load_people(tmp_path) == load_people()  # no file of its own: the bundled one
    load_people.cache_clear()
    (tmp_path / "people.yaml").write_text("people: [unclosed\n")
    with pytest.raises(CorpusError, match="cannot parse"):
        load_people(tmp_path)
