"""Scope rules of issue 9, session 6 (``data/gold/README.md``, "Scope", and the choices of
the seventh round): running totals told as a level without the listed words ("now exceed",
"stood at", "brings <the donor's support> to"), and "latest"/"next" packages and a first
tranche as new money; negatives where a level is one act's sum, or the tranche is taken
from the figure.

Every sentence was written for these tests in the register of ministry and fund releases
and wire copy on aid to Ukraine; none takes its frame, names or numbers from an article of
the corpus or the evaluation set (the review of session 6 found some that did: they were
written anew). Published on DAY (learned stage off: these test the rules).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (text, figure, scope_type)
SCOPES = [
    # a level after "now"
    ("Donations to the Lithuanian trust now exceed €900 million, the agency said.",
     "€900 million", "cumulative"),
    ("Contributions from the Nordic states, paid and promised, now top $2 billion.",
     "$2 billion", "cumulative"),
    ("The fund's resources now stand at NOK 4 billion after Oslo's transfer.",
     "NOK 4 billion", "cumulative"),
    ("Total commitments have now surpassed C$3 billion, Ottawa said on Monday.",
     "C$3 billion", "cumulative"),
    # a level after a running-total noun of its clause
    ("At the end of March, commitments to the grid fund stood at €610 million.",
     "€610 million", "cumulative"),
    ("Portugal's defence assistance to date amounts to about €250 million.",
     "about €250 million", "cumulative"),
    ("Spain's overall assistance has exceeded €1.5 billion, according to Madrid.",
     "€1.5 billion", "cumulative"),
    # a verb of raising a running total "to" the figure
    ("The new grant brings Norway's support through the facility to NOK 3 billion.",
     "NOK 3 billion", "cumulative"),
    ("Tuesday's transfer takes Japan's contributions to the trust fund to $1.1 billion.",
     "$1.1 billion", "cumulative"),
    ("Canberra added A$50 million, lifting Australia's assistance to A$1.3 billion.",
     "A$1.3 billion", "cumulative"),
    # ... not the sum of one act
    ("The new aid will total $500 million, the ministry said.", "$500 million", "new"),
    # ... nor a summing verb after one act's aid, support, contribution or funding, or a
    # vehicle noun (only a total, a tally, plural contributions or "to date" make a level)
    ("The aid package Oslo unveiled on Tuesday will total NOK 900 million.",
     "NOK 900 million", "unspecified"),
    ("Funding for rebuilding the bridge amounts to €45 million, officials said.",
     "€45 million", "unspecified"),
    ("Finland's contribution to the mine-clearing project amounts to €12 million.",
     "€12 million", "unspecified"),
    ("Pledges at the Rome conference came to €10 billion.", "€10 billion", "unspecified"),
    ("The package brought armoured vehicles worth $40 million to the front.", "$40 million",
     "unspecified"),
    ("The aid package was worth €80 million.", "€80 million", "unspecified"),
    # "latest" or "next" before an aid vehicle; a first tranche
    ("Helsinki's latest package, at €150 million, goes mostly to air defence.",
     "€150 million", "new"),
    ("Copenhagen named the shells of its latest aid package, with a total value of DKK 1 "
     "billion.", "DKK 1 billion", "new"),
    ("The next Czech tranche of about €60 million should arrive in the autumn.",
     "about €60 million", "new"),
    ("The Treasury released the first tranche of roughly $900 million on Monday.",
     "roughly $900 million", "new"),
    # ... not the whole a first tranche is taken from, nor "latest" figures
    ("Kyiv awaits the first tranche of the World Bank's $2 billion loan.", "$2 billion",
     "unspecified"),
    ("The latest figures show $5 billion delivered to Kyiv.", "$5 billion", "unspecified"),
]



# Gaps left: ordinal packages (the guide's "the 46th package" is new, but the earlier rounds'
# gold reads "the 18th package" as unspecified: measured, 7 figures lost for 3), and a
# running total told in the pluperfect under a dated opener.
GAPS = [
    ("Stockholm unveiled its fourteenth military aid package, worth SEK 5 billion.",
     "SEK 5 billion", "new"),
    ("Donors, according to the agency's report of early May, had by then contributed over "
     "€310 million.", "over €310 million", "cumulative"),
]


@pytest.mark.xfail(strict=True, reason="ordinal packages and pluperfect totals: not read")
@pytest.mark.parametrize(("text", "surface", "scope_type"), GAPS)
def test_scope_gaps(text: str, surface: str, scope_type: str) -> None:
    assert one_claim(text, surface).scope_type == scope_type


# A sentence summing what the sentence before told since a date: its running total
SUMMED = [
    ("Since March 2022 Finland has approved nineteen defence packages. Their combined "
     "value comes to about €2.9 billion.", "about €2.9 billion", "cumulative"),
    ("Since the full-scale invasion began Oslo has sent eight shipments of shells. "
     "Together they are worth NOK 6 billion.", "NOK 6 billion", "cumulative"),
    # ... not when the sentence before is in another paragraph, or opens otherwise
    ("Since March 2022 Finland has approved nineteen defence packages.\n\nTheir combined "
     "value comes to about €2.9 billion.", "about €2.9 billion", "unspecified"),
    ("In March Finland approved two defence packages. Their combined value comes to "
     "about €290 million.", "about €290 million", "unspecified"),
    # ... nor when the second sentence opens on a bare pronoun, no summing head
    ("Since 2022 drones have knocked out dozens of substations. Their rebuilding is priced "
     "at $2 billion by engineers.", "$2 billion", "unspecified"),
]



# The words after ", bringing ... to" are the running total's, not the figure's
RAISED = [
    ("Rome announced a further €300 million in air defence, bringing Italy's total for "
     "this year to €1.1 billion.", "€300 million", "new"),
    ("Rome announced a further €300 million in air defence, bringing Italy's total for "
     "this year to €1.1 billion.", "€1.1 billion", "period"),
    ("Ottawa added C$150 million, taking its aid since 2022 to C$4.5 billion.",
     "C$150 million", "unspecified"),
]



# A fraction of the money before opens a part: it shares its whole's scope
FRACTIONS = [
    ("The Council agreed a €40 billion loan for 2026-2027. A third of the sum, roughly "
     "€13 billion, will prop up the state budget.", "roughly €13 billion", "period"),
    ("Oslo set aside NOK 15 billion for this year. Half of the package, NOK 7.5 billion, "
     "goes to the armed forces.", "NOK 7.5 billion", "period"),
    # ... not a fraction of something else
    ("Oslo set aside NOK 15 billion for this year. Half of the refugees received NOK 2 "
     "billion in housing aid.", "NOK 2 billion", "unspecified"),
]



def test_a_new_part_does_not_make_its_whole_new() -> None:
    text = "- Canada: C$90 million, including the new C$25 million"
    assert one_claim(text, "C$90 million").scope_type == "unspecified"
    assert one_claim(text, "C$25 million").scope_type == "new"


# A promise's arrival or payment dated to a month is a dated flow (period); the month of
# the act of promising is not
FLOWS = [
    ("The commissioner said the next €2 billion payment to Kyiv would arrive in March.",
     "€2 billion", "period"),
    ("The second tranche of €1.5 billion is to be disbursed in June, officials said.",
     "€1.5 billion", "period"),
    ("Brussels approved €2 billion for Kyiv in March.", "€2 billion", "unspecified"),
]


@pytest.mark.parametrize(("text", "surface", "scope_type"),
                         SCOPES + SUMMED + RAISED + FRACTIONS + FLOWS)
def test_scope_families(text: str, surface: str, scope_type: str) -> None:
    assert one_claim(text, surface).scope_type == scope_type
