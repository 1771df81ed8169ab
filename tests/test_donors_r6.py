"""Donor rules of issue 9, session 5 (``data/gold/README.md``, "Donors"): a request is given
by the one asked, never by who asks for it. Every sentence was written for these tests in
the register of wire copy and releases; none is copied from an article of the corpus, the
evaluation set or a real page (learned stage off: these test the rules).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (text, figure, donors)
REQUESTS = [
    # who asks is no giver
    ("The UN and its partners are seeking $4.2 billion for Ukraine this year.",
     "$4.2 billion", ()),
    ("UNICEF appealed for $350 million to help children in Ukraine.", "$350 million", ()),
    # the one asked gives, also when the asker's country is the same
    ("Kyiv asked the IMF for $15 billion in new loans.", "$15 billion",
     ("International Monetary Fund",)),
    ("The White House asked Congress for $24 billion more for Ukraine.", "$24 billion",
     ("United States",)),
    ("Ukraine is seeking $2 billion from the European Union to repair its grid.",
     "$2 billion", ("European Union",)),
    # a need is no one's request: the giver named stays
    ("Norway said it will cover $500 million of Ukraine's needs this winter.",
     "$500 million", ("Norway",)),
]


@pytest.mark.parametrize(("text", "figure", "donors"), REQUESTS)
def test_request_donors(text: str, figure: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, figure).donors == donors
