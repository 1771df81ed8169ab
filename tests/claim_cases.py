"""Shared helper of the table-driven claim tests: the one claim a sentence makes of a figure."""

from __future__ import annotations

from datetime import date

from aidlib.claims import Claim, extract_claims

DAY = date(2024, 6, 14)  # a Friday; relative dates in the test sentences resolve against it


def one_claim(text: str, surface: str, published: date = DAY) -> Claim:
    """The single claim of ``text`` whose surface is ``surface`` (fails if not exactly one),
    as the rules make it (the learned stage off: these tables test the rules)."""
    found = [c for c in extract_claims(text, source_id="t", published=published, learned=False)
             if c.surface == surface]
    assert len(found) == 1, [c.surface for c in extract_claims(text, published=published,
                                                               learned=False)]
    return found[0]


def speaker_label(text: str, surface: str) -> str:
    """The speaker of a figure as the gold writes it: "(outlet)" where no one is quoted."""
    claim = one_claim(text, surface)
    return "(outlet)" if claim.attribution == "outlet" else str(claim.speaker)
