"""A transcript's turns are resolved once per document, not once per figure
(``attribution._document_turns``), and give what resolving them for each figure gave."""

from __future__ import annotations

from datetime import date

import pytest

from aidlib.claims import attribution, extract_claims

PANEL = (
    "Ministers debate the winter package\n\nHOST (Ilse Varga): Minister, how large is it?\n\n"
    "PETRA HOLM, DEFENCE MINISTER: It comes to €900 million, of which €300 million is for "
    "generators.\n\nHOST (Ilse Varga): And the €900 million arrives when?\n\n"
    "PETRA HOLM, DEFENCE MINISTER: The first €200 million goes out in March.\n")


def test_turns_resolved_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    resolve = attribution._turn_speaker

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(str(args[1]))
        return resolve(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(attribution, "_turn_speaker", counted)
    found = [(c.surface, c.speaker) for c in extract_claims(PANEL, published=date(2024, 11, 4))]
    assert found == [("€900 million", "Petra Holm"), ("€300 million", "Petra Holm"),
                     ("€900 million", "Ilse Varga"), ("€200 million", "Petra Holm")]
    assert len(calls) == 4  # four labels, each resolved once, for four figures (not 16)


def test_turns_follow_the_document() -> None:
    """A second document with the same text is read afresh, and gives the same speakers."""
    day = date(2024, 11, 4)
    first = [c.speaker for c in extract_claims(PANEL, published=day)]
    second = [c.speaker for c in extract_claims(PANEL, published=day)]
    assert first == second and "Ilse Varga" in first and "Petra Holm" in first
