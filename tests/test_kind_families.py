"""Kind of a money figure over families of phrasings seen in real aid reporting (issue 9):
mixes of a promise and a delivery, laws and bills stating terms, past payment by-phrases,
the recipient's own budget, legislative verbs, trade flows. Several phrasings per rule, and
sentences the rule must leave alone. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from tests.claim_cases import one_claim


def _kind(text: str, surface: str) -> str:
    return one_claim(text, surface).kind


# (sentence, figure, kind)
FAMILIES = [
    # a mix of a promise and a delivery: the weaker commitment wins, in either order
    ("Germany has committed or delivered €28 billion in aid to Kyiv.", "€28 billion", "pledged"),
    ("Sweden has pledged and delivered SEK 9 billion in arms to Ukraine.", "SEK 9 billion",
     "pledged"),
    ("Tokyo has allocated and disbursed $3 billion to Ukraine so far.", "$3 billion", "pledged"),
    ("The Dutch have approved and already sent €1.2 billion to Kyiv.", "€1.2 billion",
     "pledged"),
    ("America has spent or pledged $175 billion on Ukraine.", "$175 billion", "pledged"),
    # ... but a delivery alone stays a delivery
    ("Finland has delivered €2 billion in weapons to Ukraine.", "€2 billion", "provided"),
    ("Norway announced the plan in May and has since sent NOK 4 billion to Kyiv.",
     "NOK 4 billion", "provided"),
    # a bill, a law or a package states terms, whatever the tense of its verb
    ("The Senate passed a bill providing $61 billion for Ukraine.", "$61 billion", "pledged"),
    ("One of the measures provided $48 billion for Kyiv.", "$48 billion", "pledged"),
    ("The legislation gave the Pentagon $20 billion to arm Ukraine.", "$20 billion",
     "pledged"),
    ("They backed a package giving Kyiv €2 billion in loans.", "€2 billion", "pledged"),
    # ... but a budget that receives money is no law giving it
    ("Ukraine's state budget received $900 million from partners last week.",
     "$900 million", "provided"),
    ("Canada has been providing C$80 million a month to Kyiv.", "C$80 million", "provided"),
    # legislative and budget verbs are promises
    ("Congress appropriated $113 billion for Ukraine in 2022.", "$113 billion", "pledged"),
    ("The administration has authorised drawdowns valued at $11 billion for Kyiv.",
     "$11 billion", "pledged"),
    ("Lawmakers authorized $300 million in security assistance for Ukraine.",
     "$300 million", "pledged"),
    ("The EU has mobilised €88 billion for Ukraine since the invasion.", "€88 billion",
     "pledged"),
    # a payment by-phrase: in the past a delivery, in the future a promise
    ("Repairs to the thermal plant, worth $30 million, were funded by Japan.",
     "$30 million", "provided"),
    ("The field hospitals, worth €25 million, have been financed by Germany.",
     "€25 million", "provided"),
    ("The radars, worth €300 million, will be financed by the Netherlands.",
     "€300 million", "pledged"),
    ("A $400 million package for Ukraine was announced by Canada on Tuesday.",
     "$400 million", "pledged"),
    # the recipient's own budget, named with a year or a qualifier
    ("Ukraine's 2025 budget sets aside UAH 2.2 trillion for defence.", "UAH 2.2 trillion",
     "to_spend"),
    ("Kyiv's draft budget earmarks UAH 400 billion for drones.", "UAH 400 billion", "to_spend"),
    # ... but a donor earmarking money for Ukraine pledges it
    ("Denmark's budget earmarks DKK 5 billion for Ukraine.", "DKK 5 billion", "pledged"),
    ("The Swedish government has earmarked SEK 3 billion for Ukraine's grid.",
     "SEK 3 billion", "pledged"),
    # money landing in the recipient's accounts is a delivery
    ("A CAD 2 billion loan from Canada arrived in the state budget on Friday.",
     "CAD 2 billion", "provided"),
    ("The funds, $1.5 billion in all, were credited to the Treasury account on Tuesday.",
     "$1.5 billion", "provided"),
    ("The grant has arrived: €600 million for schools.", "€600 million", "provided"),
    # a purchase: for the recipient a delivery, for the buyer itself its own spending
    ("Sweden bought 20 radars for Ukraine for SEK 3 billion.", "SEK 3 billion", "provided"),
    ("Poland bought K2 tanks for its own army for $6 billion.", "$6 billion", "to_spend"),
    # ... but "purchases" as a purpose noun is no purchase by the giver
    ("Norway gave NOK 2 billion to Ukraine, including NOK 1 billion for gas purchases.",
     "NOK 1 billion", "provided"),
    # promises in the forms real copy uses: expected receipts, schedules, infinitives
    ("Ukraine expects to receive the next €4.2 billion tranche from the EU soon.",
     "€4.2 billion", "pledged"),
    ("The first €3 billion of the loan is to be disbursed on Tuesday.", "€3 billion",
     "pledged"),
    ("Ukraine signed deals with the EU to secure up to €35 billion in loans.",
     "up to €35 billion", "pledged"),
    ("The EU is providing Ukraine with €5 billion to cover urgent needs.", "€5 billion",
     "pledged"),
    # consent and approval are decisions, not deliveries or requests
    ("A first tranche of up to $2 billion may reach Kyiv in autumn once the Senate has "
     "given its consent.", "up to $2 billion", "pledged"),
    ("The Council gave the green light to a €1.8 billion tranche for Kyiv.",
     "€1.8 billion", "pledged"),
    ("Ottawa earmarked C$800 million for Kyiv, a sum that still requires the approval of "
     "parliament.", "C$800 million", "pledged"),
    ("The $8 billion plan requires approval by both chambers.", "$8 billion", "pledged"),
    # ... but a need of money stays a request
    ("Ukraine needs $5 billion a month so that the state keeps running.", "$5 billion",
     "requested"),
    # a delivery noun after a prospect is a pledge
    ("Board approval would unlock the disbursement of about $1.1 billion.",
     "about $1.1 billion", "pledged"),
    ("The review paves the way for a disbursement of $900 million to Kyiv.",
     "$900 million", "pledged"),
    ("The next disbursement, of €1.5 billion, is due in June.", "€1.5 billion", "pledged"),
    # ... but a delivery noun alone reports one
    ("The latest disbursement of $2.2 billion brings IMF support to $9 billion.",
     "$2.2 billion", "provided"),
    # a not-aid noun after a figure and its conversion in brackets
    ("Kyiv will pay about $60 million (roughly 2.4 billion hryvnias) in taxes and fees.",
     "roughly 2.4 billion hryvnias", "other"),
    ("The bloc holds €210 billion ($228 billion) in immobilised Russian central bank assets.",
     "$228 billion", "other"),
    # a cue in a comparison says nothing of the figure
    ("The bill contains $45 billion in aid for Kyiv, more than the White House had "
     "requested.", "$45 billion", "pledged"),
    ("Ottawa approved C$500 million for Ukraine, more than Kyiv asked for.",
     "C$500 million", "pledged"),
    ("Spain sent €300 million in arms to Ukraine, as promised.", "€300 million", "provided"),
    # ... but a request stays a request, and a conjunction "as" compares nothing
    ("Kyiv requested $2 billion more than last year.", "$2 billion", "requested"),
    ("As Germany delivered €500 million in shells to Ukraine, France pledged more.",
     "€500 million", "provided"),
    # a decision on a payment is a pledge
    ("On Friday the IMF board approved a third disbursement of roughly $700 million for "
     "Ukraine.", "roughly $700 million", "pledged"),
    # a not-aid word past a comma names another thing
    ("Backed by income on immobilised Russian assets, Canada signed a C$5 billion loan "
     "with Kyiv.", "C$5 billion", "pledged"),
    ("Canada's loan, to be serviced out of frozen Russian assets, includes a C$2 billion "
     "first tranche.", "C$2 billion", "pledged"),
    ("Kyiv wants partners to draw on the $250 billion in immobilised Russian assets.",
     "$250 billion", "other"),
    # a loan is never its giver's own spending
    ("The deal lets Kyiv buy missiles, on top of a £2.26 billion loan signed on Saturday.",
     "£2.26 billion", "pledged"),
    # money for the recipient's budget is aid; a government's own budget law is not
    ("Of the package, NOK 4 billion is set to go toward Ukraine's state budget.",
     "NOK 4 billion", "pledged"),
    ("The Ukraine money is folded into a $1.2 trillion federal spending bill.",
     "$1.2 trillion", "to_spend"),
    ("The Senate passed a $900 billion defense bill on Thursday.", "$900 billion",
     "to_spend"),
    # money poured into the recipient was given
    ("The senator complained that Washington had poured $175 billion into Ukraine.",
     "$175 billion", "provided"),
    ("Brussels has pumped €20 billion into Ukraine's budget since 2022.", "€20 billion",
     "provided"),
    # "procurement" names a purpose or a channel, not a signed contract
    ("Dublin says €80 million will go through EU partner procurement.", "€80 million",
     "pledged"),
    ("Denmark gave DKK 1 billion for the procurement of Ukrainian howitzers.",
     "DKK 1 billion", "provided"),
    # delivery verbs in every tense: past a delivery, future or progressive a promise
    ("The EU has channelled €6 billion to Kyiv since January.", "€6 billion", "provided"),
    ("The EU is channelling its €18.1 billion share through regular payments.",
     "€18.1 billion", "pledged"),
    ("Sweden will donate SEK 500 million to the energy fund.", "SEK 500 million", "pledged"),
    ("Spain is donating €50 million in generators.", "€50 million", "pledged"),
    # extended loans and ring-fenced money are promises
    ("Japan extended a $3 billion loan to Ukraine.", "$3 billion", "pledged"),
    ("Ottawa has ring-fenced C$400 million for Ukrainian air defence.", "C$400 million",
     "pledged"),
    # a whole a part is taken from keeps its own kind: the verb governs the part
    ("Japan began paying out its part of the EU's €90 billion loan package.",
     "€90 billion", "pledged"),
    ("Kyiv has received half of the €50 billion facility so far.", "€50 billion", "pledged"),
    # ... but "a tranche of $X" is that tranche
    ("Kyiv received regular tranches of €4.2 billion in August.", "€4.2 billion", "provided"),
    # fundraising aims are requests; "agreed to raise" a loan is a pledge
    ("The minister's aim is to raise €500 million a quarter from private donors.",
     "€500 million", "requested"),
    ("Kyiv hopes to raise $5 billion at the conference.", "$5 billion", "requested"),
    ("G7 ministers agreed to raise a $20 billion loan for Kyiv.", "$20 billion", "pledged"),
    # a vehicle of aid right after the figure names it, whatever not-aid word came before
    ("The bond swap hits the debt goals set under Kyiv's $8 billion Extended Fund "
     "Facility.", "$8 billion", "pledged"),
    # ... but payments saved are no vehicle
    ("Ukraine will save €4 billion in interest costs across the term of the deal.",
     "€4 billion", "other"),
    # an agreement signed is a commitment; a contract after the figure is a contract
    ("Japan signed a loan of $3 billion with Ukraine.", "$3 billion", "pledged"),
    ("Berlin signed a €500 million contract for shells for Ukraine.", "€500 million",
     "contracted"),
    # budget approvals: a donor's budget for Ukraine is a pledge, the recipient's own
    # (its parliament, the Rada) its own spending
    ("The Bundestag approved the 2025 budget, which includes €4 billion for Ukraine.",
     "€4 billion", "pledged"),
    ("Sweden set aside SEK 40 billion in its budget for military support to Ukraine.",
     "SEK 40 billion", "pledged"),
    ("Ukraine's parliament approved a budget with UAH 2.2 trillion for defence.",
     "UAH 2.2 trillion", "to_spend"),
    ("The Verkhovna Rada allocated an extra UAH 500 billion to the army.",
     "UAH 500 billion", "to_spend"),
    ("Denmark's Ukraine Fund has a budget of DKK 69 billion until 2028.", "DKK 69 billion",
     "pledged"),
    # ... and the recipient as an object approves nothing
    ("Overall help for Ukraine approved since the spring could pass $80 billion.",
     "$80 billion", "pledged"),
    # a need the money covers is its purpose, not a request
    ("The framework, worth up to €8 billion, covers Ukraine's needs until 2027.",
     "up to €8 billion", "pledged"),
    # money that came from a giver was given
    ("Of that, €2.4 billion came from the European Union.", "€2.4 billion", "provided"),
    # trade flows are not aid
    ("Ukraine exported grain worth $10 billion last year.", "$10 billion", "other"),
    ("The country imported gas worth €2 billion over the winter.", "€2 billion", "other"),
    # a delivery under way is a delivery; its future or progressive stays a promise
    ("Latvia began delivering its 20th package to Ukraine, worth €30 million.",
     "€30 million", "provided"),
    ("Denmark has started shipping an aid package to Kyiv worth DKK 1 billion.",
     "DKK 1 billion", "provided"),
    ("Lithuania is starting the delivery of a €50 million package to Ukraine.",
     "€50 million", "provided"),
    ("Estonia will begin delivering a package worth €40 million to Kyiv next month.",
     "€40 million", "pledged"),
    ("Romania is delivering a package to Ukraine worth €60 million.", "€60 million", "pledged"),
    # money that still needs backing or endorsement is proposed, not asked for
    ("The Commission tabled a proposal for €20bn in loans to Ukraine, which still needs the "
     "backing of member states.", "€20bn", "pledged"),
    ("A €5 billion top-up for Kyiv requires the endorsement of parliament.", "€5 billion",
     "pledged"),
    ("Ukraine needs €5 billion more to cover its deficit.", "€5 billion", "requested"),
    # a budget law's "bill for" is no bill to pay; a bill for repairs is a cost
    ("Congress is preparing a $900 billion spending bill for the next fiscal year that "
     "includes $20bn in aid for Ukraine.", "$20bn", "pledged"),
    ("The bill for rebuilding the grid is put at $30 billion.", "$30 billion", "other"),
    # an appositive that only values a not-aid noun before its comma
    ("Moscow's frozen reserves, estimated at about €210 billion, stay in Belgium.",
     "about €210 billion", "other"),
    ("The immobilised assets, which Brussels values at some €200bn, earn interest.",
     "some €200bn", "other"),
    ("Kyiv wants the sovereign assets, worth $280bn, seized.", "$280bn", "other"),
    # must not: an aid noun before the comma, or a value set on deliveries
    ("The latest package, estimated at $150 million, includes artillery.", "$150 million",
     "pledged"),
    ("Norway had sent 30 packages and valued them at NOK 20 billion.", "NOK 20 billion",
     "provided"),
    # a running total with no verb of its own ("so far", "to date") is what was given
    ("Spain has so far made the largest donation, some €300 million for drones.",
     "some €300 million", "provided"),
    ("Donations from Irish citizens reached €40m to date, the charity said.", "€40m",
     "provided"),
    # must not: a verb of its own, a future total, or the whole a part is taken from
    ("Austria has pledged €80m so far.", "€80m", "pledged"),
    ("Total aid to Kyiv so far will reach €10bn by 2027.", "€10bn", "pledged"),
    ("Brussels has paid €9bn of the €20bn facility so far.", "€20bn", "pledged"),
    # a relative clause on the vehicle's workings says nothing of the figure's kind
    ("Washington added $600m through its assistance initiative, under which weapons are "
     "bought from industry.", "$600m", "pledged"),
    ("Oslo announced NOK 2 billion for the fund, through which drones are purchased.",
     "NOK 2 billion", "pledged"),
    # an estimate of what rebuilding or damage needs is not money given
    ("The UN's estimate of $500bn (£400bn) for recovery is rising.", "$500bn", "other"),
    ("An assessment of €12 billion in damage to ports was published.", "€12 billion",
     "other"),
    ("Italy pledged €300m (about $320m) for reconstruction.", "€300m", "pledged"),
    # must not: the figure's own spending verb after it
    ("The ministry plans NOK 5 billion to buy drones for its own army.", "NOK 5 billion",
     "to_spend"),
]


@pytest.mark.parametrize(("text", "figure", "kind"), FAMILIES,
                         ids=[f"{k}-{f}" for _, f, k in FAMILIES])
def test_kind_families(text: str, figure: str, kind: str) -> None:
    assert _kind(text, figure) == kind


def test_a_line_after_a_bulleted_list_is_no_item_of_it() -> None:
    text = ("The tranches were received as follows:\n\n- €4 billion in March;\n"
            "- €1 billion in April.\n\nUnder the schedule, Kyiv is to get €9 billion in 2025.")
    assert [_kind(text, f) for f in ("€4 billion", "€1 billion", "€9 billion")] == [
        "provided", "provided", "pledged"]


def test_a_figure_after_a_new_verb_or_as_a_whole_is_no_list_item() -> None:
    text = ("The EU has disbursed €18 billion of the €50 billion facility so far, an "
            "official said, and is preparing €300 million more for the grid.")
    assert [_kind(text, f) for f in ("€18 billion", "€50 billion", "€300 million")] == [
        "provided", "pledged", "pledged"]
