"""The gazetteer and the curated name files: bundled, validated, extended by a corpus folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from aidlib.errors import CorpusError
from aidlib.gazetteer import BUNDLED_DIR, load_actors, load_gazetteer
from aidlib.people import load_people


def test_bundled_files_ship_with_the_package() -> None:
    assert {p.name for p in BUNDLED_DIR.glob("*.yaml")} >= {
        "actors.yaml", "gazetteer.yaml", "people.yaml"}


@pytest.mark.parametrize(("org", "member", "expected"), [
    ("NATO", "Sweden", True),
    ("EU", "Norway", False),
    ("European countries", "Norway", True),  # Europe = the EU plus the non-EU donors
    ("Western allies", "Japan", True),  # alias of the contact group, which includes NATO
    ("Baltic states", "Finland", False),
], ids=["nato", "eu-alias", "europe-includes", "udcg-alias", "baltic"])
def test_memberships(org: str, member: str, expected: bool) -> None:
    assert (member in load_gazetteer().members(org)) is expected


def test_every_organisation_has_a_source_and_date() -> None:
    for org in load_gazetteer().organisations:
        assert org.source and org.date.year >= 1949, org.name


def test_corpus_gazetteer_extends_and_replaces(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.yaml").write_text(
        "cities:\n"
        "  - {name: Ramstein, country: Atlantis, spellings: [Ramstein]}\n"
        "  - {name: Lutsk, country: Ukraine, spellings: [Lutsk]}\n")
    g = load_gazetteer(tmp_path)
    assert g.country_of_city("Ramstein") == "Atlantis"  # same name: replaced
    assert g.country_of_city("Lutsk") == "Ukraine"  # new: added
    assert g.country_of_city("Kyiv") == "Ukraine"  # the rest: kept
    assert load_gazetteer().country_of_city("Ramstein") == "Germany"


def test_corpus_people_and_actors_extend_the_bundled(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(
        "people:\n  - {name: Kenji Morita, aliases: [Morita]}\n"
        "  - {name: John Healey, aliases: [Healey]}\n")
    (tmp_path / "actors.yaml").write_text(
        "actors:\n  - {name: World Bank, type: body, aliases: [the World Bank]}\n")
    people = load_people(tmp_path)
    assert people.resolve("Morita").name == "Kenji Morita"  # type: ignore[union-attr]
    assert people.resolve("Zelensky") is not None  # bundled people kept
    healey = people.resolve("Healey")
    assert healey is not None and healey.roles == ()  # same name: the corpus entry wins
    actors = load_actors(tmp_path)
    assert actors.resolve("the World Bank").name == "World Bank"  # type: ignore[union-attr]
    assert actors.resolve("Norway") is not None


def test_bad_gazetteer_entry_names_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.yaml").write_text(
        "venues:\n  - {name: Lancaster House, spellings: [Lancaster House]}\n")
    with pytest.raises(CorpusError, match=r"gazetteer\.yaml, field 'venues\[1\]\.city'.*"
                                          r"Lancaster House"):
        load_gazetteer(tmp_path)


def test_unknown_gazetteer_section_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.yaml").write_text("citys: []\n")
    with pytest.raises(CorpusError, match="unknown sections"):
        load_gazetteer(tmp_path)


def test_a_corpus_folder_people_file_reaches_the_claims(tmp_path: Path) -> None:
    """claims() reads the corpus folder's own people.yaml on top of the bundled one."""
    import shutil

    from aidlib.claims import claims
    from aidlib.corpus import load_corpus

    unseen = Path(__file__).parent / "fixtures" / "unseen"
    shutil.copytree(unseen, tmp_path / "corpus")
    (tmp_path / "corpus" / "people.yaml").write_text(
        "people:\n  - name: Kenji Morita\n    aliases: [Morita]\n"
        "    roles: [{role: Japanese Finance Minister, org: Japan, from: 2025-01-01}]\n")
    table = claims(load_corpus(tmp_path / "corpus"))
    morita = table[table["speaker"] == "Kenji Morita"]
    assert len(morita) > 0
    assert set(morita["speaker_role"]) == {"Japanese Finance Minister"}
