"""Category rules of the fifteenth round (session 13, from the category errors of the
round-13/14 development articles and the older dev rounds): phrasing families real outlets
use. A whole whose purposes are listed before its sum ("its combined military and civilian
aid ... to $X", "total support, including humanitarian, financial and reconstruction
assistance, exceeds $X", factbox lines "Total (financial, humanitarian and recovery
assistance): $X") is a total (guide v2), as a list after the sum already was. Negative: one
purpose before the sum stays that purpose. A list of purposes with an adjective of no
category of its own between them ("in military, technical and humanitarian assistance")
is still one list, a total. Negative: a noun between them ("helmets, boots, generators")
keeps the items apart, and the first item's purpose stands. Aid "of all kinds", "of every
kind" (after its noun) is a total, as "all kinds of aid" was. Negative: weapons of all kinds
stay military. A state's "funding gap" is financial, as a "financing gap" or a
budget hole already was (guide v2: a deficit the recipient asks partners to fill).
Negative: a gap between two offers. A donor's omnibus of aid to several countries ("a $X
foreign aid package/bill", "the national security supplemental", US wire copy) is a total
(its pieces go to several recipients and purposes). Negative: a military aid package.
Money for the recipient's grid operator (named as such, or as Ukrenergo, its transmission
system operator) is energy aid, humanitarian (guide: grid repair). Negative: a loan to it
stays financial. Sums after "consisting of", "made up of", "composed of" are parts of the
figure before them (as after "comprising") and share its period (guide v2: parts inherit).
Negative: a sum added "along with" it. A newness word after a figure, behind "for" or a
verb, is what the money buys ("$X for new drone purchases", "$X pays for new contracts":
guide, scope is the money's newness), not new money. Negative: "$X (...) in fresh aid",
"$X in new aid" stay new. "In the first weeks/months of the war (invasion)" is a period
from the full-scale invasion on, its end not said (guide: period_start where the text says
when it starts). Negative: a running total reached "within" them stays cumulative. Money
named right after it for a region, a group of countries or a world-wide cause that is not
the recipient ("$X to fight global food insecurity", "$X for developing countries", "$X
for the Indo-Pacific", "$X for Gaza") is money for others than Ukraine (guide v2.1,
other). Negative: the recipient named first. Money for the care and schooling of civilians
("psychological support", "psychosocial support", "mental health", "rehabilitation",
"prosthetics", "scholarships", "fellowships": NGO, foundation and ministry releases) is
humanitarian (guide: civilian aid for projects). Negative: military named first. "Grain
from Ukraine" (Kyiv's programme shipping grain to countries facing famine) is such a cause
(data: other_beneficiaries). Negative: food and grain storage in Ukraine. A purpose listed
with the rest left unnamed before the sum ("including humanitarian, development and other
assistance", "... and other measures") is a total. Negative: purposes of one category.
A promise to raise a sum "by <year>" of a year still to come is a period ending that year
(a deadline, guide: a stated period), not a running total. Negative: a level a fund "is
due to total" by then stays cumulative.

Every sentence was written for these tests; none takes its frame, names or numbers from
an article of the corpus or the evaluation set. Published on DAY (learned stage off).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (sentence, figure, field, value)
CASES = [
    # purposes listed before the sum of one whole: a total
    ("Officials in Tallinn said their combined military and civilian aid to Kyiv now "
     "stands at €612 million.", "€612 million", "category", "total"),
    ("Portugal's overall help, including humanitarian, financial and rebuilding "
     "assistance, has passed €480 million.", "€480 million", "category", "total"),
    ("Total pledged since 2022 (financial, humanitarian and recovery aid): about "
     "$3.4 billion", "about $3.4 billion", "category", "total"),
    # ... one purpose before the sum stays that purpose
    ("Officials in Tallinn said their civilian aid to Kyiv now stands at €612 million.",
     "€612 million", "category", "humanitarian"),
    # an adjective of no category between listed purposes: still one list, a total
    ("Skopje has delivered €44 million in military, technical and humanitarian "
     "support to Kyiv, the minister said.", "€44 million", "category", "total"),
    # ... a noun between items keeps them apart: the first item's purpose stands
    ("The donation includes €9 million for helmets, boots, generators and tents.",
     "€9 million", "category", "military"),
    # aid "of all kinds" after its noun: a total, as "all kinds of aid"
    ("Since 2022 Dublin says it has sent €310 million in help of all kinds to Kyiv.",
     "€310 million", "category", "total"),
    # ... weapons of all kinds stay weapons
    ("Warsaw shipped $270 million in weapons of all kinds to Kyiv that spring.",
     "$270 million", "category", "military"),
    # a state's funding gap: financial (as a financing gap, a budget hole)
    ("The fund's economists see a funding gap of $7 billion for Kyiv next year.",
     "$7 billion", "category", "financial"),
    ("Kyiv's $4 billion funding gap dominates the ministers' agenda.",
     "$4 billion", "category", "financial"),
    # ... a gap between two offers names no purpose
    ("Negotiators said a $4 billion gap between the two offers for the port remained.",
     "$4 billion", "category", "unspecified"),
    # a donor's omnibus of aid to several countries: a total
    ("The Senate cleared a $72 billion foreign aid package late on Thursday.",
     "$72 billion", "category", "total"),
    ("Lawmakers sent the $88 billion national security supplemental to the president.",
     "$88 billion", "category", "total"),
    # ... a military aid package stays military
    ("The Senate cleared a $7 billion military aid package late on Thursday.",
     "$7 billion", "category", "military"),
    # money for the recipient's grid operator: energy, humanitarian
    ("The development bank signed a €20 million grant for Ukrenergo on Monday.",
     "€20 million", "category", "humanitarian"),
    ("Vienna will send €6 million to Ukraine's grid operator before the winter.",
     "€6 million", "category", "humanitarian"),
    # ... a loan to it stays a loan
    ("The development bank signed a €20 million loan for Ukrenergo on Monday.",
     "€20 million", "category", "financial"),
    # parts after "consisting of", "made up of": they share their whole's period
    ("Brussels approved a €12 billion fund for 2025-2027, made up of €8 billion in loans "
     "and €4 billion in grants.", "€8 billion", "scope_type", "period"),
    ("Brussels approved a €12 billion fund for 2025-2027, made up of €8 billion in loans "
     "and €4 billion in grants.", "€4 billion", "scope_type", "period"),
    ("Tokyo unveiled a ¥90 billion package for 2026, consisting of ¥60 billion in loans "
     "and ¥30 billion in grants.", "¥60 billion", "scope_type", "period"),
    # ... a sum added "along with" it is no part and keeps no period of the first
    ("Brussels approved a €12 billion fund for 2025-2027, along with €8 billion in loans "
     "for Moldova.", "€8 billion", "scope_type", "unspecified"),
    # a newness word after a figure that is what the money buys: not new money
    ("Oslo set aside about $310 million for new drone purchases by Kyiv.",
     "about $310 million", "scope_type", "unspecified"),
    ("Roughly $9 billion pays for new artillery contracts with American firms.",
     "Roughly $9 billion", "scope_type", "unspecified"),
    # ... the money's own newness after it stays new
    ("Oslo will give Kyiv about $310 million (NOK 3.3 billion) in fresh drone aid.",
     "about $310 million", "scope_type", "new"),
    ("Oslo will give Kyiv $310 million in new drone aid.", "$310 million", "scope_type",
     "new"),
    # "in the first weeks/months of the war": a period from the full-scale invasion on
    ("Lisbon sent $48 million to Kyiv hospitals in the first months of the war.",
     "$48 million", "scope_type", "period"),
    ("In the first weeks of the invasion, the diaspora raised $6 million for Kharkiv "
     "hospitals.", "$6 million", "scope_type", "period"),
    # ... a running total reached within them stays cumulative
    ("Within the first months of the war, Lisbon's aid had reached $48 million.",
     "$48 million", "scope_type", "cumulative"),
    # money for a region, a group of countries or a world-wide cause: other
    ("The summit's leaders also pledged $3.1 billion to fight global food insecurity.",
     "$3.1 billion", "category", "other"),
    ("The bill sets aside about $5 billion for partners in the Indo-Pacific.",
     "about $5 billion", "category", "other"),
    ("The bank will lend $70 billion to developing countries by 2030.",
     "$70 billion", "category", "other"),
    # ... money for Ukraine with such words later in the sentence stays aid to Ukraine
    ("The bill sets aside about $5 billion for Ukraine's air defence, while the "
     "Indo-Pacific gets less.", "about $5 billion", "category", "military"),
    # care and schooling of civilians: humanitarian
    ("The foundation receives €2 million for psychological support to teenagers in "
     "Chernihiv.", "€2 million", "category", "humanitarian"),
    ("Ottawa added C$4 million for scholarships for students who fled Mariupol.",
     "C$4 million", "category", "humanitarian"),
    # ... rehabilitation of soldiers named as military stays military
    ("Ottawa added C$4 million for military rehabilitation equipment for wounded "
     "soldiers.", "C$4 million", "category", "military"),
    # Kyiv's programme shipping grain to countries facing famine: money for others
    ("Dublin gave €3 million to the Grain from Ukraine scheme this spring.",
     "€3 million", "category", "other"),
    # ... grain storage in Ukraine is aid to Ukraine
    ("Dublin gave €3 million for food and grain storage in Ukraine this spring.",
     "€3 million", "category", "humanitarian"),
    # a purpose listed with the rest left unnamed, before the sum: a total
    ("Finland's support, counting medical aid, training and other assistance, has "
     "reached €2.9 billion.", "€2.9 billion", "category", "total"),
    # ... one purpose named alone stays that purpose
    ("Finland's support, counting medical aid and field hospitals, has reached "
     "€2.9 billion.", "€2.9 billion", "category", "humanitarian"),
    # a promise to raise a sum by a year still to come: a period ending then
    ("Brussels pledged to raise €9 billion by 2028 for Ukraine's railways.", "€9 billion",
     "scope_type", "period"),
    ("The alliance aims to mobilise $40 billion by 2030 for clean energy in Africa.",
     "$40 billion", "scope_type", "period"),
    # ... a level a fund is due to total by then stays a running total
    ("Denmark's fund is due to total some €4 billion by 2027.", "some €4 billion",
     "scope_type", "cumulative"),
]


@pytest.mark.parametrize(("text", "surface", "field", "value"), CASES)
def test_field(text: str, surface: str, field: str, value: str) -> None:
    assert getattr(one_claim(text, surface), field) == value
