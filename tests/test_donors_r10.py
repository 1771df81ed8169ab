"""Donor rule of issue 9, session 9 (rules round 10, from the errors of the tenth round's
development articles): in an article about one donor's aid (a donor country named at least
twice and more often than any other but the recipient), an aid figure the outlet states
with no giver in its sentence, no unnamed givers ("donors pledged") and no giver to take
from the announcement before it is that donor's. The family: explainers of a parliament's
aid bill that list its lines ("- $X for ..."), reference sections on a multi-year programme
("It sets out ...", "For <year>, ... was earmarked"), watchdog reports on how a
government's aid was spent ("agencies had obligated $X"). Real pages of the family:
rollcall.com (a House aid bill's lines), thehornnews.com (an explainer of the package),
norway.no and regjeringen.no (a programme's yearly allocations).

Negatives: a contract (the country an article names most may be the seller's), unnamed
givers opening their sentence, two countries named equally often, a total of every giver's
aid ("overall", the recipient as the subject of receiving), a loan or
an instrument backed by frozen assets (audit9 B1). Every sentence was
written for these tests; none takes its frame, names or numbers from an article of the
corpus or the evaluation set. Published on DAY (learned stage off: one_claim).
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim

# (article, figure, donors)
CASES = [
    # a list of an explainer's lines under a lead that names no giver
    ("Where Canada's Ukraine money goes\n\nCanadian support for Kyiv has grown every year "
     "since 2022, and Ottawa now reports it in a single annual statement.\n\n"
     "- About C$500 million is reserved for drones and ammunition.\n"
     "- C$120 million goes to demining and the repair of schools.\n",
     "C$120 million", ("Canada",)),
    # a programme's frame told with "It" after a sentence that names no giving verb
    ("The Rasmussen programme\n\nThe programme was drawn up by Danish ministers in 2023 and "
     "backed by every party in Denmark's parliament.\n\nIt sets aside DKK 8 billion for the "
     "years to 2028, to be divided between weapons and power-grid repairs.\n",
     "DKK 8 billion", ("Denmark",)),
    # an audit's figures
    ("Auditors track Dutch support\n\nThe Netherlands has asked its audit office to follow "
     "every Dutch euro sent to Kyiv.\n\nBy March, ministries had paid out €2.4 billion of "
     "the money, the office wrote.\n",
     "€2.4 billion", ("Netherlands",)),
    # negatives: a contract in an article about the seller's country
    ("Boat orders keep yards busy\n\nCanada has become a supplier of patrol craft, and "
     "Canadian yards are hiring again.\n\nA C$200 million contract for twelve boats for "
     "Ukraine was signed on Monday.\n", "C$200 million", ()),
    # ... unnamed givers opening their sentence
    ("Canada hosts a donor round\n\nCanada opened the meeting in Toronto, where Canadian "
     "ministers welcomed forty delegations.\n\nDonors pledged C$900 million for Kyiv by the "
     "close.\n", "C$900 million", ()),
    # ... two countries named equally often
    ("Canada and Japan compared\n\nCanada and Japan both report their support to Kyiv each "
     "year; Canadian and Japanese figures differ in form.\n\nUnder the latest review, "
     "C$300 million was earmarked for air defence.\n", "C$300 million", ()),
    # ... a total of every giver's aid: "overall", the recipient receiving
    ("Norway's long road\n\nNorway set up its aid fund in 2023. Norwegian ministers have "
     "renewed it twice.\n\nOverall, about $310 billion has been committed to Kyiv so far.\n",
     "about $310 billion", ()),
    ("Norway's long road\n\nNorway set up its aid fund in 2023. Norwegian ministers have "
     "renewed it twice.\n\nBy the spring, Kyiv had received $95 billion in weapons.\n",
     "$95 billion", ()),
    # ... a loan on immobilised assets, lent by others
    ("Belgium and the frozen funds\n\nBelgium holds most of the immobilised reserves, and "
     "Belgian officials have raised legal doubts.\n\nA €45 billion credit backed by the "
     "reserves' profits was agreed in the autumn.\n", "€45 billion", ()),
]




# A state development bank or agency lends or grants on its government's behalf: it gives
# as its country (kfw-entwicklungsbank.de, jica.go.jp, afd.fr, usaid.gov, sida.se).
# (sentence, figure, donors)
AGENCIES = [
    ("Under the deal, AFD will lend €100 million to the Ukrainian railway operator.",
     "€100 million", ("France",)),
    ("JICA signed a ¥15 billion grant with Kyiv's water utility on Thursday.",
     "¥15 billion", ("Japan",)),
    ("Farmers near Kherson will get seed and fertiliser under a $60 million grant from USAID.",
     "$60 million", ("United States",)),
    ("Sida has paid SEK 300 million to Ukrainian hospitals since March.",
     "SEK 300 million", ("Sweden",)),
    # ... in a from-phrase before the figure
    ("With a grant from the Japan International Cooperation Agency (JICA), Mykolaiv is "
     "laying $40 million of new water pipes.", "$40 million", ("Japan",)),
    # negatives: the agency only estimating a cost; EU money the bank implements
    ("KfW said that repairing the damaged substations would cost at least €200 million.",
     "at least €200 million", ()),
    ("The European Commission grant of €30 million, implemented by KfW, will pay for "
     "transformers.", "€30 million", ("European Union",)),
]


# A Council presidency's name ("the <Demonym> Presidency of the Council of the EU", as the
# presidencies' own releases style it) names an office: neither the union in it nor the
# presiding country gives by it. Other names of a giver's office or level of government.
PRESIDENCIES: list[tuple[str, str, tuple[str, ...]]] = [
    ("During the Polish Presidency of the Council of the EU, Warsaw sent €25 million for "
     "generators.", "€25 million", ("Poland",)),
    ("Under the Hungarian Presidency, the Commission proposed a €3 billion top-up for the "
     "facility.", "€3 billion", ("European Union",)),
    # a country thanked through a passive of conveying ("gratitude went to <country>,
    # which ..."; government readouts): a giver, not a destination
    ("Gratitude also went to Finland, which has put up €30 million for Ukraine's "
     "budget.", "€30 million", ("Finland",)),
    # a devolved government gives in its own name (gov.scot, gov.wales releases)
    ("The Welsh Government will give £2 million to help Ukrainians arriving in Cardiff.",
     "£2 million", ("Welsh Government",)),
    # ... not when it only reports the state's money
    ("Britain will give £20 million, the Scottish Government said.", "£20 million",
     ("United Kingdom",)),
    # negative: the Council itself approving money gives as the union
    ("The Council of the EU approved €5 billion more for the Ukraine Facility.",
     "€5 billion", ("European Union",)),
]


@pytest.mark.parametrize(("text", "surface", "donors"), CASES + AGENCIES + PRESIDENCIES)
def test_donors(text: str, surface: str, donors: tuple[str, ...]) -> None:
    assert one_claim(text, surface).donors == donors


@pytest.mark.xfail(strict=True, reason="a national bank that signs an EU grant as its "
                   "implementer is read as a co-giver: who only administers money is not "
                   "told apart from who signs it")
def test_signing_implementer_is_no_giver() -> None:
    text = ("At a ceremony in Lviv, KfW, the Commission and the grid operator signed a "
            "€20 million grant agreement; the money comes from the EU budget.")
    assert one_claim(text, "€20 million").donors == ("European Union",)
