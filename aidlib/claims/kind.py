"""Cues: what kind of money a figure is (pledged, provided, contracted, to_spend,
requested, other) and its category (military, financial, humanitarian, total, unspecified,
other), as guide version 2 (``data/gold/README.md``) defines them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Final

from .. import claim_rules as R
from ..gazetteer import recipient_name
from ..literals import words_alternation
from ..records import Claim
from ..text import list_line_at, sentence_at
from .document import Document
from .donors import cues
from .patterns import (
    AID_VEHICLE,
    BUDGET_LAW_HEAD,
    BUDGET_LAW_NOT_AID,
    CATEGORY_ANY,
    CATEGORY_CLAUSE_BREAK,
    CATEGORY_OF,
    COMPARED_BEFORE,
    COVER_BEFORE,
    ELABORATING,
    FOR_PEOPLE,
    FOR_RECIPIENT,
    FUTURE_BEFORE,
    FUTURE_NOUN_BEFORE,
    HEAD_NOUN,
    HEAD_NOUN_KIND,
    INSTRUMENT,
    INSTRUMENT_AFTER,
    KIND_ANY,
    KIND_OF,
    KIND_WEAK,
    LAW_BEFORE,
    MIX_BEFORE,
    NOT_AID,
    NOT_AID_AFTER,
    NOT_GIVER,
    OWN_BODY_AFTER,
    OWN_BUDGET,
    PASSIVE,
    PAST_AUX_BEFORE,
    POSSESSIVE_NAME,
    PROGRESSIVE_BEFORE,
    PURPOSE,
    RECIPIENT,
    RECIPIENT_BUDGET,
    RECIPIENT_FUND,
    SCOPE_CLAUSE_BREAK,
    TERMS_BEFORE,
    VEHICLE_AFTER,
    WHOLE_OF_BEFORE,
    WORTH_BEFORE,
)

# --------------------------------------------------------------------------- kind, scope ...


def find_kind(text: str, before: tuple[int, int], after: tuple[int, int],
              clause_start: int | None = None) -> str:
    """Kind from cue words, read as the verb governing the figure's clause.

    Money that is not aid named right at the figure ("would cost $X", "$X in frozen
    assets") is ``other``. Else a kind noun right after the figure ("a $95 million sale")
    or a passive after it ("$X has been delivered") wins; else the nearest cue before it (a
    cue noun such as "package" only when no other cue stands before it; "announced" when
    nearest); else a weak verb before it over a purpose infinitive after it ("announced
    C$500 million to buy drones"); else the first cue after it; else any weak cue; else
    ``pledged``. A delivery verb after a future or infinitive marker ("will lend", "is
    giving", "$X will be sent") is a promise. A figure listed after another in its clause
    (``clause_start`` before ``before``) with no verb of its own takes the kind of the
    words before the list ("disbursements included €6 billion ..., €1.9 billion ...").
    Then guide v2: spending sent to the recipient ("will spend $X to buy arms to donate to
    Ukraine") is aid; an allocation by the recipient or in a government's own budget is
    ``to_spend``; a signed loan or financing agreement is a pledge, not a contract. A cue
    in a comparison ("more than the White House had requested") says nothing; a figure that
    is the whole a part is taken from ("their shares of the G7's $50bn loan") ignores the
    verb governing the part; a figure named as a loan is never its giver's own spending.
    """
    if _RATE_AFTER.match(text, *after) or _RATE_BEFORE.search(  # (the "(" and the
            text, max(0, before[1] - 30), before[1]):  # first side lie before the window)
        return "other"  # "($1 = 0.9300 euros)": an exchange-rate line, no flow of aid
    rel = _VEHICLE_RELATIVE.search(text, *after)
    if rel:  # "..., under which the Pentagon buys weapons": the vehicle's workings, not
        after = (after[0], rel.start())  # the figure's kind
    other = _OTHER_CLAUSE_AFTER.search(text, *after)
    if other:  # "..., and said defence spending would rise", "including tanks bought with
        after = (after[0], other.start())  # Denmark": another clause's or the parts' verbs
    head = HEAD_NOUN.match(text, after[0], after[1])
    if _not_aid_near(text, before, after) and not (  # "a $1.7tn spending bill for 2023"
            head and HEAD_NOUN_KIND[" ".join(head.group("noun").lower().split())] == "to_spend"):
        return "other"
    if _REBUILD_NEED.search(text, max(before[0], before[1] - _NEAR_LEVEL), before[1]):
        return "other"  # "Rebuilding the grid will require $X": a need estimate
    if _MISVALUED_BY.search(text, max(before[0], before[1] - _NEAR_LEVEL), before[1]):
        return "other"  # "it overvalued the weapons sent by $X": an accounting error
    if WHOLE_OF_BEFORE.search(text, max(before[0], before[1] - _NEAR), before[1]):
        before = (before[1], before[1])  # "their shares of the G7's $50bn loan": the verb
        clause_start = None              # before governs the shares, not this whole
    refill = _REFILL.match(text, *after)
    if refill and not RECIPIENT.search(text, refill.start(), refill.end()) and not (
            head or INSTRUMENT_AFTER.match(text, after[0], after[1])):  # "£4bn goes
        return "to_spend"  # to restocking British arsenals", "€2 billion: refilling the
    # Bundeswehr's depots" (decided before the cues are read: they are not needed)
    if _CURRENCY_OPERATION.match(text, *after):  # "the central bank sold $X on the
        return "other"  # interbank FX market": a currency operation, no flow of aid
    if _DEBT_SERVICE_AFTER.match(text, *after):  # "$X went to service and redeem
        return "to_spend"  # government debt securities": the debtor's own outlay
    if _OWN_FORCES_AFTER.match(text, *after):  # "$11bn supports US military operations
        return "to_spend"  # in the region": the donor's own forces (breakdowns of aid bills)
    kind, cue, at, strong = _kind_and_cue(text, before, after)
    if kind == "requested" and cue in R.KIND_HOLE_CUES and not _hole_is_need(
            text, before, after, at):
        return "other"  # "<donor>'s budget hole of <sum>": a donor's own deficit
    # A past participle of giving with its giver right after the figure (a reduced relative
    # of headlines and bullets) is money given, as "was provided by" is: read only when the
    # clause has no cue of its own beyond the participle (its own verb after the giver, as
    # "would reach", decides: audit7 B6b).
    reduced = _REDUCED_BY.match(text, after[0], after[1])
    if reduced and (not cue or reduced.start() <= at < reduced.end()) and not (
            _FUTURE_AFTER.search(text, reduced.end(), after[1])):
        return "provided"
    lead_window = _lead(text, before, clause_start)
    if lead_window is not None and clause_start is not None and clause_start < before[0] and (
            _NOT_A_LIST.search(text, *before) or _WHOLE_OF_GAP.fullmatch(text, *before)
            or _VEHICLE_WORTH.search(text, *before)):
        lead_window = None  # "has disbursed €18.1bn of the €50bn Facility ..., and is
    if not strong and lead_window is not None:  # preparing €X more": no list item
        if _not_aid_lead(text, lead_window):  # a lead naming needs or damage by area
            return "other"
        lead = _kind_and_cue(text, lead_window, (lead_window[1], lead_window[1]))
        if lead[3] or (lead[1] and kind == "provided" and at >= after[0]):
            kind, cue, at, strong = lead
    made = _GIFT_MADE.search(text, max(before[0], before[1] - _NEAR), before[1])
    if made and not (head or PASSIVE.match(text, after[0], after[1])):
        return "provided"  # "Finland made a voluntary contribution of €X in 2021": the
    # nearest verb before the figure, as a verb cue is (a kind noun or passive at the figure
    # still wins)
    level = _DELIVERED_LEVEL.search(text, max(before[0], before[1] - _NEAR_LEVEL), before[1])
    if level and kind == "pledged" and not strong and not FUTURE_WORD.search(
            text, level.start(), before[1]):  # "deliveries ... had reached €X": a level
        return "provided"  # of what was handed over
    if not strong and kind == "pledged" and _running_total(text, before, after):
        return "provided"  # "Germany has so far made the biggest contribution, €576m"
    if kind != "provided" and (not strong or kind == "to_spend") and _relied_on_external(
            text, before, after):  # "the budget relies on $X of external financing"
        return "requested"
    if kind == "to_spend" and cue == "budget" and _AID_BUDGET.search(
            text, max(0, at - 40), at):  # "will be paid out of the development aid
        return "pledged"  # budget": a donor's aid budget, not its own spending
    if kind == "to_spend" and at < before[1] and _scheme_budget(text, before):
        return "pledged"  # "the pilot opened with a first budget of €X": an aid
    # scheme's money, not a government's own spending
    if kind == "to_spend" and INSTRUMENT_AFTER.match(text, after[0], after[1]):
        return "pledged"  # "a £2.26bn loan": a loan is never its giver's own spending
    if kind == "to_spend" and (_for_recipient(text, after, before) or _ON_REBUILDING.search(
            text, *after) or (
            at < after[0] and (_for_recipient(text, before, before) or RECIPIENT_FUND.search(
                text, *before)))):  # "Denmark's Ukraine Fund has a budget of"; a head noun ("a
        return "provided" if cue in R.KIND_SPENT_CUES else "pledged"  # $1.7tn spending bill")
    if kind == "to_spend" and _AID_SHARE_AFTER.match(text, after[0], after[1]):
        # "$X of the aid will be spent in fiscal 2025": outlays of aid money, not a
        # government's own spending (a delivery only when told as done)
        told_done = cue in R.KIND_SPENT_CUES and not FUTURE_WORD.search(
            text, min(at, after[0]), max(at, after[0]))
        return "provided" if told_done and at >= after[0] and not re.search(
            r"(?i)\bto\s+be\b", text[after[0] : at]) else "pledged"
    if cue in R.KIND_OWN_ALLOCATION and at < before[1] and (
            _recipient_subject(text, before[0], at) or OWN_BUDGET.search(text, before[0], at)
            or RECIPIENT_BUDGET.search(text, before[0], at)
            or _not_giver_subject(text, before[0], at)  # "Moscow allocated ... for the
            # occupied regions": a party that gives no aid spends its own; so does the
            # recipient's bare-named cabinet ("the Cabinet of Ministers allocated")
            or _OWN_BARE_BODY.search(text, max(before[0], at - _SUBJECT_REACH), at)):
        return "to_spend"
    if kind == "contracted" and (INSTRUMENT.search(text, *before)
                                 or INSTRUMENT.search(text, *after)):
        return "pledged"
    if kind == "provided" and _ARRIVAL_AHEAD.search(
            text, after[0], min(after[1], after[0] + _ARRIVAL_REACH)):
        return "pledged"  # "a €2bn disbursement is due to reach Kyiv next week"
    return kind


# A gift told as made, right before its figure ("<giver> made an initial contribution of",
# "made its first payment of", "had made a donation of"; releases and wire copy on trust
# funds, appeals and windfall payments): money handed over, as "contributed" is. Not in
# the future or as a wish ("will make a contribution of", "to make a payment of": "made"
# is only the past).
_GIFT_MADE: Final = re.compile(
    r"(?<![\w-])made\s+(?:a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:contribution|payment|donation|transfer)s?\s+(?:worth\s+|of\s+)"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$",
    re.IGNORECASE)
# Deliveries or payments as the subject of a verb of a level right before the figure
# ("deliveries and financial contributions had reached", "the payments together amounted
# to"; ministry summaries and audits): a level of money handed over. No sentence or clause
# break (nor a promise noun) between.
_DELIVERED_LEVEL: Final = re.compile(
    r"(?<![\w-])(?:deliveries|disbursements|payments|transfers|shipments)(?![\w-])"
    r"(?:(?!(?<![\w-])(?:pledges|commitments|promises|but|while|whereas)(?![\w-]))"
    r"[^.;:!?]){0,60}?"
    r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:now\s+|together\s+|already\s+)?"
    r"(?:reached|totall?ed|amounted\s+to|came\s+to|stood\s+at|exceeded|topped|passed)"
    r"\s+(?:(?:just|only|some|about|around|roughly|nearly|almost|over)\s+)?$",
    re.IGNORECASE)
# A figure's bracketed conversion or gloss right after it, if any ("$X (€Y) went to ..."):
# the words after a figure that the patterns below read past.
_CONVERSION_AFTER: Final = r"\s*(?:\([^()]{1,40}\)\s*)?"
# A central bank's currency operation right after the figure ("sold $X on the interbank FX
# market", "bought $X to replenish its reserves"; central bank releases): no flow of aid.
_CURRENCY_OPERATION: Final = re.compile(
    _CONVERSION_AFTER + r"(?:(?:on|in)\s+the\s+(?:interbank\s+|domestic\s+|open\s+)?"
    r"(?:FX|foreign[- ]exchange|currency|forex)\s+markets?"
    r"|to\s+(?:replenish|top\s+up|build\s+up|rebuild|boost)\s+(?:its|their|the)\s+"
    r"(?:(?:FX|foreign[- ]exchange|currency|international|gold)\s+)?reserves)(?![\w-])",
    re.IGNORECASE)
# Money said to go to servicing or redeeming debt right after the figure ("$X went to
# service and redeem domestic debt securities", "$X was used to repay its debt"; finance
# ministry and central bank releases): the debtor's own outlay (guide: to_spend).
_DEBT_SERVICE_AFTER: Final = re.compile(
    _CONVERSION_AFTER + r"(?:went|goes|go|was\s+used|were\s+used|is\s+used)\s+"
    r"to\s+(?:service|repay|redeem|pay\s+off|pay\s+down)(?![\w-])", re.IGNORECASE)
# An exchange-rate line of wire copy ("($1 = 0.9300 euros)", "(1 euro = $1.08)"): both
# sides of the "=" are a rate (guide, seventh round: annotated, other).
_RATE_AFTER: Final = re.compile(r"\s*=\s*(?:[$€£¥]\s*)?(?:\d|$)")
_RATE_BEFORE: Final = re.compile(r"\(\s*(?:[$€£¥]\s*)?1(?:\s+[A-Za-z]+)?\s*=\s*$")
# A share of aid money right after a figure ("$X of the aid", "of the April money", "of
# that package"): its spending is the aid's outlay (CBO and GAO reporting on US aid).
_AID_SHARE_AFTER: Final = re.compile(
    r"\s+of\s+(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:aid|money|funds|funding|package|assistance|appropriations?|supplemental)(?![\w-])",
    re.IGNORECASE)
# Givers filling a hole ("that partners must plug", "donors are to close").
_HOLE_FILLED: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.KIND_HOLE_FILLERS)})\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:{words_alternation(R.KIND_HOLE_FILL_VERBS)})(?![\w-])", re.IGNORECASE)


def _not_giver_subject(text: str, lo: int, at: int) -> bool:
    """A party that gives no aid (the aggressor, its ally) named as the subject of an
    allocation verb at ``at``: in its clause, a few words before the verb ("Moscow has
    allocated", "the Kremlin, for its part, is budgeting"; not "Russia" in a sentence
    before, or in another clause)."""
    start = max(lo, at - _SUBJECT_REACH)
    last = max(NOT_GIVER.finditer(text, start, at), key=lambda m: m.end(), default=None)
    return last is not None and not _SUBJECT_BREAK.search(text, last.end(), at)


_SUBJECT_REACH: Final = 50  # characters back from an allocation verb to its subject
# The recipient's government named bare ("the Cabinet of Ministers"), not another
# country's ("Latvia's Cabinet of Ministers", "the Cabinet of Ministers of Latvia"), as the
# subject right before an allocation verb (an auxiliary or adverb between).
_OWN_BARE_BODY: Final = re.compile(
    rf"(?<!['’]s\s)(?<![\w-])(?:{words_alternation(R.KIND_OWN_BARE_BODIES)})(?![\w-])"
    r"(?:\s+(?:has|have|had|also|then|now|again|already|will|on\s+\w+day))*\s*$",
    re.IGNORECASE)
# A sentence end or clause joint between a subject and its verb.
_SUBJECT_BREAK: Final = re.compile(
    r"[.;:!?\"“”]|\b(?:and|but|while|whereas|as|to|of|from|against)\b")


def _hole_is_need(text: str, before: tuple[int, int], after: tuple[int, int],
                  at: int) -> bool:
    """A budget or financing hole is a need of the recipient's (a request) when the recipient
    holds it (named before the hole: "<recipient>'s budget hole", "<recipient> has a financing
    hole") or givers are to fill it; a donor's own hole is no aid."""
    return bool(RECIPIENT.search(text, before[0], max(before[0], at))
                or _HOLE_FILLED.search(text, before[0], after[1]))


def _for_recipient(text: str, window: tuple[int, int], spender: tuple[int, int]) -> bool:
    """Money sent to the recipient in ``window`` ("for Kyiv", "to donate to Ukraine"), or
    spent on people fleeing the war when the spender (the words of ``spender`` before the
    match) is neither the recipient nor a party that gives no aid ("Russia spent $X on
    refugees" is no aid; "Poland spent $X on refugees" is)."""
    for m in FOR_RECIPIENT.finditer(text, *window):
        if not FOR_PEOPLE.fullmatch(text, m.start(), m.end()):
            return True
        end = min(spender[1], m.start())
        if not (NOT_GIVER.search(text, spender[0], end) or RECIPIENT.search(
                text, spender[0], end)):
            return True
    return False


# A delivery noun's money still on its way: a verb of arrival or payment after the figure in
# the future or expected ("... is due to reach Kyiv", "... should arrive before the
# winter", "will be disbursed"): a promise, not money given (Commission and wire copy on
# EU tranches, ninth round).
_ARRIVAL_AHEAD: Final = re.compile(
    r"(?<![\w-])(?:(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|will|should)\s+"
    r"(?:reach|arrive|be\s+(?:paid|disbursed|transferred|delivered|released|wired))(?![\w-])",
    re.IGNORECASE)
_ARRIVAL_REACH: Final = 40  # characters after a figure to such a verb


# A past participle of giving with its giver right after a figure (a reduced relative of
# headlines, summary bullets and releases: a figure, then "provided by", "financed by" or
# "funded by" and its giver): given, as "was provided by" is (past_by_phrases).
_REDUCED_BY: Final = re.compile(
    rf"\s*\)?\s*(?:\([^()]{{1,40}}\)\s*)?(?:{words_alternation(R.KIND_PAST_BY_PHRASES)})"
    r"(?![\w-])",
    re.IGNORECASE)
# A future or modal verb of the clause after such a participle ("... funded by X would reach
# Kyiv"): the clause's own verb, so the participle does not decide (bare "to" is "to Kyiv").
_FUTURE_AFTER: Final = re.compile(
    rf"(?<![\w'’-])(?:{words_alternation(m for m in R.KIND_FUTURE_MARKERS if m != 'to')}"
    r"|(?:is|are)\s+to)(?![\w-])")  # case kept: "May" is a month


# After a figure, where its own words end for its kind: a coordinated clause with a verb of
# saying or its own subject (", and said ...", ", while Berlin ..."), or the parts listed
# after "including" (their verbs are theirs: "..., including tanks bought with Denmark").
_OTHER_CLAUSE_AFTER: Final = re.compile(
    r",\s+(?:and|while|whereas|but)\s+(?:said|says|added|adds|told|noted|warned|announced"
    r"|(?-i:[A-Z])[\w'’-]*)(?![\w-])|,\s+including\s"
    # what the money is said not to be ("is <X> rather than <Y>", "instead of"):
    # parliamentary and wire copy contrasting a loan with a budget's own spending, ninth
    # round
    r"|(?<![\w-])(?:rather\s+than|instead\s+of|as\s+opposed\s+to)(?![\w-])", re.IGNORECASE)


# Spending "on" a purpose of the recipient, told with a gerund ("wants to spend CHF 5 billion
# on rebuilding Ukraine", "will spend €500m on arming Ukraine's brigades"): aid, not its
# giver's own spending (guide v2: who spends decides).
_ON_REBUILDING: Final = re.compile(
    r"(?<![\w-])(?:on|for)\s+(?:rebuilding|building|arming|supporting|helping|equipping"
    r"|financing|funding|reconstructing)\s+(?:the\s+)?"
    rf"(?:{words_alternation(R.RECIPIENT_NAMES)})(?![\w-])", re.IGNORECASE)


# The donor's own stocks refilled with the money (guide v2.3: to_spend): a purpose or a
# noun right after the figure, not the recipient's stocks ("to replenish Ukraine's stocks"),
# or the figure as the subject of a modal verb of refilling ("$9bn would restock the
# arsenals"; at most four words between, none a conjunction that opens another subject).
_REFILL: Final = re.compile(
    r"(?:[^,;.]{0,30}?to\s+(?:help\s+)?(?:replenish|refill|restock|backfill)(?:ing)?"
    r"|[^,;.]{0,30}?(?:replenishment|restocking|refilling|backfilling|refill)\s+of"
    r"|(?:\s+(?!(?:while|whereas|and|but|as|when|if|so|because|though|although)\s)"
    r"[\w'’-]+){0,4}\s+(?:would|will|could|should|can|may|might|is\s+to|are\s+to)\s+"
    r"(?:also\s+|help\s+)?(?:replenish|refill|restock|backfill))\s+"
    r"(?:[\w.'’-]+,?\s+){0,3}?(?:stocks?|stockpiles?|inventories|inventory|arsenals?)(?![\w-])",
    re.IGNORECASE)  # a gerund and a list before "stocks": "to replenishing its arms, stocks"


# A figure as the subject of paying for the donor's own forces, right after it ("$11bn
# supports US military operations in the region", "$X funds current U.S. military operations
# in Europe", "$X goes to American troops deployed in Europe"; wire and explainer copy
# breaking down US and UK aid bills): the donor's own spending (guide: to_spend), not aid.
# Only a donor's forces named by its own adjective, not the recipient's ("supports Ukrainian
# military operations" is aid).
_OWN_FORCES_AFTER: Final = re.compile(
    r"\s*(?:,?\s*(?:that|which)\s+)?(?:(?:will|would|is\s+to|are\s+to)\s+)?"
    r"(?:supports?|funds?|finances?|pays?\s+for|covers?|goes\s+to|go\s+to|is\s+for|are\s+for)"
    r"\s+(?:the\s+)?(?:(?:current|ongoing|continued|continuing|existing)\s+)?"
    r"(?:US|U\.S\.|American|British|UK|its\s+own|their\s+own)\s+"
    r"(?:(?:military|armed|army|troop)\s+)?"
    r"(?:operations|troops|forces|deployments?|presence|personnel)(?![\w-])")


def _relied_on_external(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Outside money a budget or a programme relies on, right at the figure ("<budget> relies
    on $X of external financing", "the programme was built around total external financing
    of $X", "counts on $X in external funding"; IMF and wire copy on the recipient's
    budget): a need others are to cover (guide: requested), not money given."""
    lo = max(before[0], before[1] - _NEAR)
    if _RELIED_EXTERNAL_BEFORE.search(text, lo, before[1]):
        return True
    return bool(_RELIED_ON_BEFORE.search(text, lo, before[1])
                and _EXTERNAL_AFTER.match(text, after[0], after[1]))


_RELIED_VERB: Final = (
    r"(?<![\w-])(?:relies|rely|relying|relied|depends|depend|depending|depended|counts"
    r"|count|counting|counted|built|based|premised|hinges|hinge|hinged)\s+(?:on|upon|around)"
    r"\s+")
_QUALIFIER_BEFORE: Final = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$")
_RELIED_EXTERNAL_BEFORE: Final = re.compile(
    _RELIED_VERB + r"(?:(?:total|overall|annual|yearly)\s+)?external\s+"
    r"(?:financing|funding|finance|support)\s+of\s+" + _QUALIFIER_BEFORE, re.IGNORECASE)
_RELIED_ON_BEFORE: Final = re.compile(_RELIED_VERB + _QUALIFIER_BEFORE, re.IGNORECASE)
_EXTERNAL_AFTER: Final = re.compile(
    _CONVERSION_AFTER + r"(?:of|in)\s+(?:(?:new|fresh|foreign)\s+)?external\s+"
    r"(?:financing|funding|finance|support)(?![\w-])", re.IGNORECASE)


# A donor's budget for aid right before the cue "budget" ("the international cooperation
# budget", "the development aid budget", "its foreign aid budget"; Swiss, Nordic and
# Japanese government releases): aid money, not the government's own spending.
_AID_BUDGET: Final = re.compile(
    r"(?<![\w-])(?:international\s+(?:co-?operation|development)|development\s+"
    r"(?:aid|assistance|co-?operation)|foreign\s+(?:aid|assistance)|humanitarian(?:\s+aid)?"
    r"|aid|assistance)\s+$", re.IGNORECASE)


def _scheme_budget(text: str, before: tuple[int, int]) -> bool:
    """The budget of a scheme, call or programme right before the figure ("the second call
    has a further budget of", "opened a scheme for scientists fleeing <the war> with an
    overall budget of"; research-agency and EU programme releases) or a budget line named
    for the recipient ("<donor>'s Ukraine line in next year's budget grows to"): money of
    an aid scheme, not a government's own spending. Not a defence or state budget of a
    body ("the ministry has a defence budget of"), nor a scheme for its own forces."""
    lo = max(before[0], before[1] - _SCHEME_REACH)
    m = _SCHEME_BUDGET.search(text, lo, before[1])
    if m and not OWN_BUDGET.search(text, m.start(), before[1]):
        return True
    line = _RECIPIENT_LINE.search(text, lo, before[1])
    return line is not None and not re.search(r"[.;:!?]", text[line.end() : before[1]])


_SCHEME_REACH: Final = 200
_SCHEME_BUDGET: Final = re.compile(
    r"(?<![\w-])(?:scheme|call|programme|program|pilot|project|initiative|fellowships?"
    r"|grant\s+scheme)(?![\w-])[^.;:!?]{0,120}?(?<![\w-])"
    r"(?:has|had|have|with|gets|got|receives?|received)\s+(?:(?:a|an|its|their)\s+)?"
    r"(?:(?!(?:defen[cs]e|military|state|national|own)\s)[\w-]+\s+){0,2}budget\s+of\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE)
# A budget line named for the recipient, attributive (not its own possessive):
# "<donor>'s Ukraine line", "the budget line for Ukraine".
_RECIPIENT_LINE: Final = re.compile(
    rf"(?<![\w'’-])(?:{words_alternation(R.RECIPIENT_NAMES)})\s+(?:aid\s+|support\s+)?"
    r"line(?![\w-])(?![’']s)"
    rf"|(?<![\w-])budget\s+line\s+for\s+(?:{words_alternation(R.RECIPIENT_NAMES)})(?![\w-])")


def _running_total(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """A running total of what was given at a figure with no verb of its own ("More than
    €4bn so far", "has so far made the biggest contribution, €576m"; guide v2: "so far ...
    in aid" totals are provided), not one in the future ("will reach $X by 2027")."""
    if before[0] == before[1] or _WHOLE_OF_GAP.fullmatch(text, *before):  # the whole a
        return False  # part is taken from ("€18bn of the €50bn Facility so far")
    lo = max(before[0], before[1] - _TOTAL_REACH)
    cut = max(text.rfind(",", lo, before[1]), text.rfind(";", lo, before[1]))
    if cut >= 0 and not text[cut + 1 : before[1]].strip():  # "..., €576m": an apposition
        cut = max(text.rfind(",", lo, cut), text.rfind(";", lo, cut))
    lo = max(lo, cut + 1)
    hi = min(after[1], after[0] + _TOTAL_REACH)
    stop = re.search(r"[,;]", text[after[0] : hi])
    hi = after[0] + stop.start() if stop else hi
    if FUTURE_WORD.search(text, lo, hi):
        return False
    return bool(RUNNING_TOTAL.search(text, lo, hi)) or bool(
        SINCE_TOTAL.search(text, lo, hi) and not RAISED_TOTAL.search(text, lo, hi))


_TOTAL_REACH: Final = 80  # characters either side of a figure for its running-total words
RUNNING_TOTAL: Final = re.compile(
    r"(?<![\w-])(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now)(?![\w-])",
    re.IGNORECASE)
# A total of aid since the war began ("<Country>'s security assistance since <month year>
# totals more than $X", "<Country>'s assistance since the start of <the war> has exceeded
# $X"; ministry statements and explainers): given so far, unless a new package raises it
# ("brings assistance since the invasion to") or it counts commitments ("<Country>'s
# commitments since <month year> came to $X").
SINCE_TOTAL: Final = re.compile(
    r"(?<![\w-])since\s+(?:the\s+)?(?:start|beginning|outbreak|full-scale|invasion|war"
    r"|(?:24\s+)?February(?:\s+24)?,?\s+2022|February\s+24|2022)(?![\w-])", re.IGNORECASE)
RAISED_TOTAL: Final = re.compile(
    r"(?<![\w-])(?:brings?|bringing|brought|lifts?|lifting|lifted|raises?|raising|raised"
    r"|takes?|taking|took|pushe[sd]|pushing|boosts?|boosting|boosted|commitments?|pledges"
    r"|promises|pledged|committed|promised)(?![\w-])", re.IGNORECASE)
FUTURE_WORD: Final = re.compile(
    r"(?<![\w-])(?:will|would|could|shall|expected|set\s+to|plans?|planned|by\s+20\d\d)"
    r"(?![\w-])|['’]ll\b", re.IGNORECASE)


def _not_aid_near(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """A not-aid word at the figure: shortly before it with no kind cue in between ("the
    bill for reconstruction at $X", "reserves fell by $X"), or naming what it is right after
    it ("$X in Russian central bank assets"). Before it, only in its own clause (not
    across ", and ..." nor past a comma: "secured on seized state assets, Canada agreed a
    loan of $X") and not when the words send it to the recipient ("would buy a system for
    Ukraine at a cost of $X")."""
    if NOT_AID_AFTER.match(text, after[0], after[1]) and not (  # "$X Extraordinary
            _INSTRUMENT_HEAD.match(text, after[0], after[1])  # Revenue Acceleration loans":
            or _AID_LAW_AFTER.match(text, after[0], after[1])):  # a loan named by its
        return True  # programme, not revenue; "a $X aid bill for": a law, not a bill to pay
    if _ESTIMATE_OF.search(text, max(0, before[1] - _NEAR), before[1]) and _NEEDS_AFTER.match(
            text, after[0], min(len(text), after[0] + _NEAR)):  # (past a conversion)
        return True  # "the World Bank's estimate of $411bn for reconstruction": a need
    valued = _VALUED_AT.search(text, max(0, before[1] - _NEAR), before[1])
    if valued and NOT_AID_END.search(text, max(0, valued.start() - _NEAR), valued.start()):
        return True  # "the assets, estimated at $X": the noun before the comma names it
    if _OF_WHICH.match(text, after[0], after[1]):  # "frozen Russian assets, about €190bn
        comma = text.rfind(",", max(0, before[1] - 4), before[1])  # of which sit in ..."
        if comma >= 0 and NOT_AID_END.search(text, max(0, comma - _NEAR), comma):
            return True
    reach = _NEAR_LEVEL if _LEVEL_END.search(text, max(0, before[1] - _NEAR), before[1]) else _NEAR
    lo = max(before[0], before[1] - reach)  # "the bill for rebuilding <...> has climbed to"
    breaks = list(SCOPE_CLAUSE_BREAK.finditer(text, lo, before[1]))
    lo = breaks[-1].end() if breaks else lo
    if any(m.group().lower().startswith("for")  # bought "for Ukraine" (not "damage to
           for m in FOR_RECIPIENT.finditer(text, lo, before[1])):  # Ukraine's grid")
        return False
    if _INSTRUMENT_HEAD.match(text, after[0], after[1]) or VEHICLE_AFTER.match(
            text, after[0], after[1]):  # "Moldova's $2.1 billion Extended Credit Facility"
        return False
    # a loan named between the not-aid word and the figure is what the figure is, as is
    # what follows a comma after it ("secured on income from seized assets, Canada agreed a
    # loan of C$5 billion")
    compared = bool(_COMPARED_TO.search(text, max(lo, before[1] - 30), before[1]))
    return any(not KIND_ANY.search(text, m.end(), before[1])
               and not INSTRUMENT.search(text, m.end(), before[1])
               and ("," not in text[m.end() : before[1]] or compared)
               and not (m.group().lower().startswith("bill")  # not "budget income"
                        and _BUDGET_BILL.search(text, max(0, m.start() - 20), m.start()))
               for m in NOT_AID.finditer(text, lo, before[1]))


_NEAR: Final = 60  # characters before a figure in which a not-aid word names it
# A figure compared with the one before it ("$176bn of damage, against $152bn in the last
# report", "..., up from $X"): the same kind of money, past the comma.
_COMPARED_TO: Final = re.compile(
    r"(?<![\w-])(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\s+$",
    re.IGNORECASE)
# A verb of a level right before a figure ("the damage has climbed to", "is now put at"):
# the subject naming what the figure is may stand further back, in the same clause.
_NEAR_LEVEL: Final = 130
_LEVEL_END: Final = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+(?:now\s+)?)?(?:climbed|risen|rose|grown|grew|jumped"
    r"|increased|soared|swelled|reached|(?:(?:is|was|are|were)\s+"
    r"(?:(?:now|preliminar(?:il)?y|initially|conservatively)\s+)?)?"
    r"(?:put|estimated|assessed|valued)(?:\s+by(?:\s+[\w.'’-]+){1,6}?(?=\s+at\s))?)"
    r"\s+(?:to\s+|at\s+)?$", re.IGNORECASE)  # a passive of estimating, its estimator, "at"
# The rebuilding as the subject of a verb of needing right before the figure, no comma,
# conjunction ("for reconstruction but Ukraine needs $X": another subject) or sentence break
# between (``rebuild_subjects``, ``rebuild_need_verbs`` of the cue file).
_REBUILD_NEED: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.KIND_REBUILD_SUBJECTS)})(?![\w-])"
    r"(?:(?!(?<![\w-])(?:but|and|or|while|yet|whereas|so)(?![\w-]))[^.;:!?,()]){0,80}?"
    rf"(?<![\w-])(?:{words_alternation(R.KIND_REBUILD_NEED_VERBS)})\s+"
    r"(?:(?:an\s+)?(?:estimated|some|roughly|about|around|nearly|almost|over)\s+)?$",
    re.IGNORECASE)
# A verb of valuing wrongly and "by" right before the figure, in its clause ("overvalued the
# weapons it sent by $X", "had overstated the cost of the kit by $X"): the size of an
# accounting error (guide, eighth round: other).
_MISVALUED_BY: Final = re.compile(
    r"(?<![\w-])(?:over|under)(?:valued|estimated|stated|priced|counted)(?![\w-])"
    r"[^.;:!?]{0,100}?\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)"
    r"\s+)?$", re.IGNORECASE)
# A relative clause describing a vehicle named after a figure ("$850m through the USAI, under
# which equipment is bought from industry").
_VEHICLE_RELATIVE: Final = re.compile(
    r",\s+(?:under|through|by|with|via)\s+which(?![\w-])", re.IGNORECASE)
# An appositive that only values the noun before its comma ("frozen assets, estimated at
# $300bn", "the reserves, which Western governments put at $X", "the damage, valued at").
_VALUED_AT: Final = re.compile(
    r",\s*(?:which\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:are|is|were|was|has\s+been|have\s+been)\s+)?"
    r"(?:estimated|estimates?|valued|values?|put|puts|worth|totall?ing)\s+(?:at\s+)?$",
    re.IGNORECASE)
# A not-aid noun ending a noun phrase ("frozen Russian assets", "the assets themselves").
NOT_AID_END: Final = re.compile(
    rf"(?:{NOT_AID.pattern})(?:\s+themselves|\s+alone)?"
    r"(?:\s+(?:frozen|held|kept|immobili[sz]ed|blocked|parked|located|sitting|stuck)"
    r"(?:\s+[\w'’-]+){0,4}?)?\s*$",  # "Russian reserves frozen in Europe, estimated at"
    re.IGNORECASE)
# A share of the noun before a figure's comma ("frozen Russian assets, about €190 billion of
# which are held in Belgium"): the figure is that money's, not aid.
_OF_WHICH: Final = re.compile(r"\s+of\s+which(?![\w-])", re.IGNORECASE)
# An estimate of what rebuilding or damage needs ("the agency's estimate of $80bn
# (£64bn) for repairs", "an assessment of $10 billion in damage").
_ESTIMATE_OF: Final = re.compile(
    r"(?<![\w-])(?:estimate|estimates|assessment|projection|calculation)(?:\s+of|\s*:)\s+$",
    re.IGNORECASE)  # (or introducing it after a colon: "the bank's estimate: $X to rebuild")
_NEEDS_AFTER: Final = re.compile(
    r"\s*\)?" + _CONVERSION_AFTER + r"(?:(?:for|in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:reconstruction|recovery|rebuilding|damages?|destruction|losses|needs)"
    r"|to\s+(?:rebuild|reconstruct|repair|restore))(?![\w-])",
    re.IGNORECASE)
# A law's name before "bill for": a budget law, not a bill to pay ("a $900 billion funding
# bill for next year that carries $12bn for Ukraine").
_BUDGET_BILL: Final = re.compile(
    r"(?<![\w-])(?:spending|funding|omnibus|appropriations?|budget|defen[cs]e)\s+$",
    re.IGNORECASE)
# An aid law named right after a figure ("a $X aid bill for <recipient>", "a $X foreign
# assistance bill"): the law's money, not a bill to pay.
_AID_LAW_AFTER: Final = re.compile(
    r"\s*(?:(?:foreign|military|security|emergency)\s+)?(?:aid|assistance|supplemental)\s+"
    r"bills?(?![\w-])", re.IGNORECASE)
# A financial instrument naming the figure right after it, up to three words between.
_INSTRUMENT_HEAD: Final = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:{INSTRUMENT.pattern})", re.IGNORECASE)


def _not_aid_lead(text: str, lead: tuple[int, int]) -> bool:
    """A list's lead naming money that is not aid with no kind cue after it (a lead of
    costs or needs by sector or by region, as a damage assessment lists them): its
    items are that money too (guide, seventh round: a list keeps its lead's reading)."""
    hits = list(NOT_AID.finditer(text, *lead))
    return bool(hits) and not any(m.start() >= hits[-1].end()
                                  for m in KIND_ANY.finditer(text, hits[-1].start(), lead[1]))


def _recipient_subject(text: str, lo: int, hi: int) -> bool:
    """The recipient named before a verb, not as a possessive ("Kyiv has allocated", not
    "Ukraine's partners allocated") unless of its own body ("Ukraine's parliament"), nor as
    an object ("assistance to Ukraine approved since February")."""
    return any((not re.match(r"['’]s\b", text[m.end() : m.end() + 3])
                or OWN_BODY_AFTER.match(text, m.end(), hi))  # "Ukraine's parliament approved"
               and not _OBJECT_OF.search(text, max(lo, m.start() - 12), m.start())
               and not RECIPIENT_FUND.match(text, m.start())  # nor "the Ukraine Facility,
               for m in RECIPIENT.finditer(text, lo, hi))  # which Parliament approved"


_OBJECT_OF: Final = re.compile(r"(?<![\w-])(?:to|for|in|into|with|of|on|at|from)\s+(?:the\s+)?$",
                               re.IGNORECASE)


def _kind_and_cue(text: str, before: tuple[int, int],
                  after: tuple[int, int]) -> tuple[str, str, int, bool]:
    """The kind (see :func:`find_kind`), the cue it was read from ("" if none), where, and
    whether the cue is strong (a verb, a passive, a kind noun at the figure) rather than a
    cue noun, a weak cue or nothing."""
    head = HEAD_NOUN.match(text, after[0], after[1])
    if head:  # "a $95 million sale": the figure names what it is
        noun = " ".join(head.group("noun").lower().split())
        return HEAD_NOUN_KIND[noun], noun, head.start("noun"), True
    passive = PASSIVE.match(text, after[0], after[1])
    if passive:
        cue = " ".join(passive.group("cue").lower().split())
        future = passive.group("aux").lower().split()[0] in R.KIND_FUTURE_MARKERS
        kind = KIND_OF[cue]
        kind = "pledged" if future and kind == "provided" else kind
        if cue in R.KIND_PAST_BY_PHRASES and passive.group("aux").lower() in (
                R.KIND_PAST_AUXILIARIES):  # "the repairs were funded by Japan"
            kind = "provided"
        return kind, cue, passive.start("cue"), True
    cues_before = [m for m in KIND_ANY.finditer(text, *before) if not _compared(text, m)]
    verbs_before = [m for m in cues_before if _cue_key(m) not in R.KIND_NOUN_CUES]
    weak_before = [m for m in KIND_WEAK.finditer(text, *before)
                   if m.group().lower() in R.KIND_WEAK_VERBS]
    if verbs_before:
        m = verbs_before[-1]
        if weak_before and weak_before[-1].start() > m.end():  # "..., and announced $X"
            return "pledged", _cue_key(weak_before[-1]), weak_before[-1].start(), True
        return _cue_kind(text, m), _cue_key(m), m.start(), True
    first_after = next((m for m in KIND_ANY.finditer(text, *after)
                        if not _compared(text, m) and not (
                            (cues_before or weak_before or KIND_WEAK.search(text, *before))
                            and _channel(text, m))), None)
    if cues_before and not (first_after and _cue_key(first_after) not in R.KIND_NOUN_CUES
                            and not weak_before):
        m = cues_before[-1]
        return _cue_kind(text, m), _cue_key(m), m.start(), False
    if first_after and not (weak_before and PURPOSE.match(first_after.group())):
        strong = _cue_key(first_after) not in R.KIND_NOUN_CUES and not _channel(
            text, first_after)  # a channel participle yields to a list's lead ("The new
        return (_cue_kind(text, first_after), _cue_key(first_after),  # commitment: - $50m
                first_after.start(), strong)  # of aid delivered with the support of ...")
    weak = list(KIND_WEAK.finditer(text, *before)) or list(KIND_WEAK.finditer(text, *after))
    if weak:
        m = weak[-1]
        return R.KIND_WEAK_CUES[m.group().lower()], _cue_key(m), m.start(), m in weak_before
    # a sum in aid reporting with no cue at all is most often a promise
    return "pledged", "", after[0], False


def _channel(text: str, m: re.Match[str]) -> bool:
    """A delivery participle naming the channel a sum goes through ("announced new
    assistance of ¥X, provided through <agency>", "the new pledge: $X of <equipment>
    delivered with the help of <industry>"; ministry releases): no delivery of it when
    another cue before the figure says what it is."""
    return KIND_OF[_cue_key(m)] == "provided" and bool(_CHANNEL_AFTER.match(text, m.end()))


_CHANNEL_AFTER: Final = re.compile(
    r"\s+(?:through|via|by\s+way\s+of|with\s+the\s+(?:support|help|assistance)\s+of"
    r"|in\s+(?:cooperation|co-operation|partnership)\s+with)(?![\w-])", re.IGNORECASE)


def _compared(text: str, m: re.Match[str]) -> bool:
    """True where a cue only makes a comparison ("more than Biden had requested", "as
    promised") or names a purpose ("covers Ukraine's needs"): it says nothing of the
    figure's kind."""
    return bool(COMPARED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or (KIND_OF[_cue_key(m)] == "requested"
                    and COVER_BEFORE.search(text, max(0, m.start() - 40), m.start())))


def _cue_key(m: re.Match[str]) -> str:
    return " ".join(m.group().lower().split())


# How far before a cue its future or progressive marker can start ("will soon deliver"):
# the markers end at the cue, so a window this long finds the same ones as the whole text
# before it, and a cue costs the same however long the article.
_MARKER_REACH = 200


def _cue_kind(text: str, m: re.Match[str]) -> str:
    """The kind of one cue; a delivery verb after a future marker, coordinated with a
    promise ("committed or delivered") or stating a bill's terms ("a bill providing") is
    a pledge, as is one whose subject is a law ("the bill provided $61 billion"); a payment
    by-phrase after a past auxiliary ("were funded by") is a delivery; a delivery noun after
    a prospect ("would unlock the disbursement", "the next payment") is a pledge."""
    key = _cue_key(m)
    kind = KIND_OF[key]
    reach = max(0, m.start() - _MARKER_REACH)
    if key in R.KIND_PAST_BY_PHRASES and PAST_AUX_BEFORE.search(text, reach, m.start()):
        return "provided"  # "the repairs were funded by Japan"
    ing = m.group().lower().endswith("ing")
    if kind == "provided" and _FUTURE_PERFECT.search(text, reach, m.start()):
        return "provided"  # "after this payment, the Bank will have disbursed $2.4bn": the
    if kind == "provided" and (FUTURE_BEFORE.search(text, reach, m.start()) or (  # total given
            ing and (PROGRESSIVE_BEFORE.search(text, reach, m.start())
                     or TERMS_BEFORE.search(text, reach, m.start())))
            or MIX_BEFORE.search(text, reach, m.start())
            or LAW_BEFORE.search(text, reach, m.start())
            or (key in R.KIND_DELIVERY_NOUNS
                and FUTURE_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start()))):
        return "pledged"
    return kind


# A future perfect counting what a payment now made brings the total to ("will have
# disbursed", "will have received"; IMF and EU releases).
_FUTURE_PERFECT: Final = re.compile(
    r"(?<![\w-])(?:will|shall)\s+(?:now\s+|then\s+)?have\s+(?:(?:already|now|thus)\s+)?$",
    re.IGNORECASE)

NOT_AID_KINDS: Final = frozenset({"to_spend", "other"})


def find_category(text: str, before: tuple[int, int], after: tuple[int, int],
                  kind: str = "pledged", clause_start: int | None = None) -> str:
    """Category of a figure (guide v2).

    Money that is not aid (kind ``to_spend`` or ``other``) is ``other``; a financial
    instrument in the clause (a loan, a facility, budget support) makes it ``financial``
    whatever it pays for; categories coordinated right after it ("in military, economic and
    humanitarian aid") make it a ``total``; else the first cue after the figure, else the
    last one before it; else, for a figure listed after another in its clause
    (``clause_start`` before ``before``), the category of the words before the list; else
    ``unspecified`` (aid whose purpose is not stated).
    """
    if kind in NOT_AID_KINDS:
        return "other"
    own = _category(text, before, after)
    lead = _lead(text, before, clause_start)
    if own == "unspecified" and lead is not None:
        return _category(text, lead, (lead[1], lead[1]))
    return own


def _lead(text: str, before: tuple[int, int], clause_start: int | None) -> tuple[int, int] | None:
    """The words a listed figure takes its kind and category from: its clause before the
    list ("disbursements included €6 billion ..., €1.9 billion ...") or, for an item of a
    list whose line is introduced by a colon ("the loans arrived in two parts:\n- $800
    million in May;"), the introducing sentence."""
    if clause_start is None:
        return None
    if clause_start < before[0]:  # at most _LEAD_REACH back, so a list costs linear time
        return max(clause_start, before[0] - _LEAD_REACH), before[0]
    line = list_line_at(text, clause_start)
    if line is None or line.lead is None or text[line.body : clause_start].strip():
        return None  # not a list's line, or the clause does not open the item
    colon = line.lead[0]
    return sentence_at(text, colon).start, colon


# Between two figures, words that make the second no item of a list with the first: a
# finite verb of its own ("..., and is preparing €X more"), or "of the" making it the
# whole the first is taken from ("€18.1 billion of the €50 billion Facility").
_NOT_A_LIST: Final = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|said|says)(?![\w-])", re.IGNORECASE)
_WHOLE_OF_GAP: Final = re.compile(
    r"\s*(?:(?:so\s+far|to\s+date|thus\s+far|already|in\s+all)\s+)?"  # "€7bn so far of"
    rf"of\s+(?:the|its|their|this|that)\s+(?:{POSSESSIVE_NAME})?", re.IGNORECASE)
# A vehicle's value in apposition ("transferred €1.5bn under the Ukraine Facility, worth a
# total of €50bn"): the figure is the vehicle's, not another item the verb governs.
_VEHICLE_WORTH: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.KIND_VEHICLE_NOUNS)}),?\s+"
    r"(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:a\s+total\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|at\s+least)"
    r"\s+)?$", re.IGNORECASE)
# Characters back from a listed figure to the words its list is introduced by: a real
# clause's lead is far shorter; a run-on "list" of thousands of figures (hostile input)
# would otherwise make every figure rescan all those before it (quadratic time).
_LEAD_REACH: Final = 1_000


def _category(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """The category of the cues around one figure (see :func:`find_category`): first with
    the words before it cut at a coordinated clause (", and", ", while" ...: the "Ukraine
    Facility" of "has disbursed €18bn of the Ukraine Facility, and is preparing €300m more
    for the grid" is not the second figure's), then, if that finds no purpose, with all of
    them ("the loan is repaid from ..., and Rome is sending its own €300 million share").
    A relative clause keeps its antecedent's words (", which will release $1bn")."""
    cut = CATEGORY_CLAUSE_BREAK.search(text, *after)
    after = (after[0], cut.start()) if cut else after
    breaks = list(CATEGORY_CLAUSE_BREAK.finditer(text, *before))
    if breaks:
        own = _category_in(text, (breaks[-1].end(), before[1]), after)
        if own != "unspecified":
            return own
    return _category_in(text, before, after)


def _category_in(text: str, before: tuple[int, int], after: tuple[int, int]) -> str:
    """The category of the cues in these words before and after a figure. Cues opening a
    new conjunct right after it belong to the next item ("humanitarian aid would grow to
    EUR 3 billion and defence aid to EUR 5 billion")."""
    cues_after = _purpose_cues(text, *after)
    if cues_after and _NEXT_CONJUNCT.fullmatch(text, after[0], cues_after[0].start()):
        cues_after = []
    if cues_after and _cue_key(cues_after[0]) in R.CATEGORY_FORMS and _ENERGY.search(
            text, cues_after[0].end(), after[1]):  # "in grants to the grid operator for
        cues_after = [m for m in cues_after if _cue_key(m) not in R.CATEGORY_FORMS]  # repairs"
    run = _coordinated_run(text, cues_after)
    mix = _MIX_OF.search(text, *after)
    if mix is not None and len({CATEGORY_OF[_cue_key(m)] for m in cues_after
                                if m.start() >= mix.end()} - {"total"}) >= 2:
        return "total"  # "a mix of arms and cash for the state budget"
    if len({CATEGORY_OF[_cue_key(m)] for m in run} - {"total"}) >= 2 and not (
            _instrument(text, *before) or _instrument(text, run[-1].end(), after[1])):
        return "total"  # "divided between humanitarian aid, budget support and rebuilding"
    if _instrument(text, *before) or _instrument(text, *after):
        return "financial"
    if WORTH_BEFORE.search(text, *before):  # "its 18th military aid package, worth $X":
        named = list(CATEGORY_ANY.finditer(text, max(before[0], before[1] - _NEAR), before[1]))
        if named:                           # the figure is the value of that noun phrase
            return CATEGORY_OF[_cue_key(named[-1])]
    if cues_after:
        if len({CATEGORY_OF[_cue_key(m)] for m in run} - {"total"}) >= 2:
            return "total"
        return CATEGORY_OF[_cue_key(cues_after[0])]
    cues_before = [m for m in CATEGORY_ANY.finditer(text, *before)  # a neutral one nearest:
                   if _cue_key(m) not in R.CATEGORY_TRANSPARENT]  # none, but not a verbal
    if cues_before:                                               # "will therefore total"
        if len({CATEGORY_OF[_cue_key(m)] for m in _run_before(text, cues_before)}
               - {"total", "unspecified"}) >= 2:
            return "total"  # "its combined military and civilian aid ... to $X"
        return CATEGORY_OF[_cue_key(cues_before[-1])]
    return "unspecified"


def _run_before(text: str, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The last cue before a figure and those joined to it backwards by commas, "and",
    "or" or a slash ("including humanitarian, financial and reconstruction assistance,
    exceeds $X"): the purposes of one whole named before its sum."""
    run = cues[-1:]
    for m in reversed(cues[:-1]):
        if not _JOINED.fullmatch(text, m.end(), run[-1].start()):
            break
        run.append(m)
    return run


def _purpose_cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The category cues in these words after a figure, without the neutral phrases that
    only hide a cue inside them ("£3bn this financial year"); before a figure the nearest
    one still says that no purpose is stated there ("a total of £12.8bn")."""
    return [m for m in CATEGORY_ANY.finditer(text, lo, hi)
            if CATEGORY_OF[_cue_key(m)] != "unspecified"]


# Words after a figure saying it mixes purposes ("a mix of weapons and money for the
# budget", "a combination of", "split between"): their purposes of two categories or more
# make it a total (guide v2), not only when coordinated right after each other.
_MIX_OF: Final = re.compile(
    r"(?<![\w-])(?:an?\s+(?:mix|mixture|combination|blend)\s+of|mixing|combining"
    r"|split\s+between|divided\s+between)(?![\w-])", re.IGNORECASE)
_ENERGY: Final = re.compile(rf"(?<![\w-])(?:{words_alternation(R.CATEGORY_ENERGY_PURPOSES)})"
                            r"(?![\w-])", re.IGNORECASE)
_NEXT_CONJUNCT: Final = re.compile(r"\s*,?\s*and\s+(?:the\s+|its\s+|their\s+)?", re.I)


def _instrument(text: str, lo: int, hi: int) -> bool:
    """A financial instrument in these words, not inside the name of a fund of another
    purpose ("the European Peace Facility" reimburses weapons)."""
    for m in INSTRUMENT.finditer(text, lo, hi):
        names = CATEGORY_ANY.finditer(text, max(lo, m.start() - _NAME_REACH),
                                      min(hi, m.end() + _NAME_REACH))
        if not any(n.start() <= m.start() and m.end() <= n.end()
                   and CATEGORY_OF[_cue_key(n)] != "financial" for n in names):
            return True
    return False


# Characters back from an instrument word to the start of a fund's name that holds it.
_NAME_REACH: Final = 30


def _coordinated_run(text: str, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first cue and those joined to it by commas, "and", "or" or a slash."""
    run = cues[:1]
    for m in cues[1:]:
        if not text[run[-1].end():m.start()].strip() and (
                CATEGORY_OF[_cue_key(m)] == CATEGORY_OF[_cue_key(run[-1])]):
            run[-1] = m  # "humanitarian relief and ...": two cue words of one purpose
            continue
        if not _JOINED.fullmatch(text, run[-1].end(), m.start()):
            break
        run.append(m)
    return run


# Between two coordinated cues: a comma, "and", "or", a slash, after a head noun of the
# first ("humanitarian needs and economic support", "military aid, budget support").
# An adjective between them of no purpose of its own ("military, technical and
# humanitarian assistance") keeps them one list (not a noun: "helmets, boots, generators").
_JOINED: Final = re.compile(
    r"(?:\s+(?:aid|support|assistance|needs|help|funding|purposes|projects))?"
    r"(?:\s*,\s*(?-i:[a-z])[a-z-]{1,20}(?:al|ic|ive|ary)){0,2}"
    r"\s*(?:,|/|\band\b|\bor\b|,\s*and\b|,\s*or\b)\s*", re.I)


def whole_category(own: str, parts: set[str]) -> str:
    """The category of a whole from its own and its parts' (guide v2, "total"): a whole with
    parts and no purpose of its own is a total ("$150 billion in aid, including $65 billion
    for the military"), and so is one whose parts have another purpose than its own.

    >>> whole_category("unspecified", {"military"})
    'total'
    >>> whole_category("military", {"military", "humanitarian"})
    'total'
    >>> whole_category("military", {"military"})
    'military'
    """
    if own == "unspecified":
        return "total"
    if own in _PURPOSES and (parts & set(_PURPOSES)) - {own}:
        return "total"
    return own


_STATED: Final = frozenset({"military", "financial", "humanitarian", "total"})
_PURPOSES: Final = ("military", "financial", "humanitarian")
# An article whose stated purposes agree this much gives its purpose to its other figures
# in sentences naming an aid vehicle (measured on the dev part of data/eval, category F1:
# none 0.692; any figure, share 0.5 -> 0.723, 0.8 -> 0.738, 0.9 -> 0.741, 1.0 -> 0.720, but
# the seeds' strict "billions more" fall to 0.77; share 0.8, at least 3 figures, only in a
# sentence naming a package, fund, loan ... -> 0.753, seeds 1.00).
_ARTICLE_SHARE: Final = 0.8
_ARTICLE_MIN: Final = 3


def categories_from_context(claims: Sequence[Claim], text: str = "") -> list[Claim]:
    """Money figures of unstated purpose, read in their article's context (guide v2: the
    annotator reads the whole article first).

    1. The category the article gives the same sum elsewhere (the headline's "$2.5 billion
       package" is the body's "$2.5 billion in military aid"): same currency, same number,
       one stated category among the repeats.
    2. Else the category of the next sentence when it elaborates this one's money ("... a
       new package of €1 billion. The package includes ammunition, tanks and drones.").
    3. Else, in a sentence naming an aid vehicle (a package, a fund, a loan ...), the
       article's purpose when its stated figures agree on one: at least ``_ARTICLE_MIN``
       and a share of ``_ARTICLE_SHARE`` of the military, financial and humanitarian
       figures (a story about a weapons package, a loan, a relief appeal).

    Before these, a sum broken down in the next sentence into parts that add up to it
    ("... EUR 8 billion. Humanitarian aid would grow to EUR 3 billion and defence
    aid to EUR 5 billion.") takes their one purpose, or is a total of several.
    """
    claims = out = _from_breakdown(list(claims))
    starts = sorted(c.start for c in claims if c.measure == "money")
    next_money = {c.claim_id: starts[i] if (i := bisect_left(starts, c.sentence_end)) < len(
        starts) else len(text) for c in claims if c.measure == "money"}
    # the stated categories of each sum, found once a sum (an article repeating one sum
    # many times would otherwise compare every repeat with every claim), among the figures
    # of its currency near its number (an article of many different sums: not all of them)
    stated_of: dict[tuple[str, float | None, float | None, float | None], set[str]] = {}
    index = _StatedIndex([o for o in claims if o.measure == "money" and o.category in _STATED])
    for i, c in enumerate(out):
        if c.measure != "money" or c.category != "unspecified" or c.unit is None:
            continue
        key = (c.unit, c.value, c.low, c.high)
        if key not in stated_of:  # c is unspecified, so never among its own
            stated_of[key] = {o.category for o in index.candidates(c) if _same_number(o, c)}
        stated = set(stated_of[key])
        if len(stated) == 1:
            out[i] = replace(c, category=stated.pop())
        else:
            following = _elaboration(text, c.sentence_end, next_money.get(c.claim_id, len(text)))
            if following != "unspecified":
                out[i] = replace(c, category=following)
        if out[i] is not c and out[i].category in _STATED:
            index.add(out[i])  # stated now: the sums after it find it too
    out = _from_gapped(_from_sentence(_from_antecedent(out, text), text), text)
    counts = Counter(c.category for c in out
                     if c.measure == "money" and c.category in _PURPOSES)
    if counts:
        purpose, n = counts.most_common(1)[0]
        if n >= _ARTICLE_MIN and n / sum(counts.values()) >= _ARTICLE_SHARE:
            out = [replace(c, category=purpose)
                   if c.measure == "money" and c.category == "unspecified"
                   and AID_VEHICLE.search(c.sentence) else c for c in out]
    return _pairs_agree(out)


def _pairs_agree(claims: list[Claim]) -> list[Claim]:
    """The same figure in another currency (a figure and its conversion in brackets) has
    its partner's category when it has none stated and the partners state one."""
    stated: dict[str, set[str]] = {}
    for c in claims:
        if c.pair_id is not None and c.category in _STATED:
            stated.setdefault(c.pair_id, set()).add(c.category)
    return [replace(c, category=next(iter(stated[c.pair_id])))
            if c.pair_id in stated and c.category == "unspecified"
            and len(stated[c.pair_id]) == 1 else c for c in claims]


def _from_breakdown(claims: list[Claim]) -> list[Claim]:
    """A sum of unstated purpose whose next sentence (within ``_BREAKDOWN_REACH``) holds
    two or more figures in its currency adding up to it: their one purpose, else a total
    (guide v2: a whole with parts of different categories)."""
    sentences: dict[int, list[Claim]] = {}  # the money of each sentence, in text order
    for c in claims:
        if c.measure == "money" and c.unit is not None:
            sentences.setdefault(c.sentence_start, []).append(c)
    following = dict(zip(sentences, list(sentences)[1:], strict=False))  # -> the next one
    by_id = {c.claim_id: i for i, c in enumerate(claims)}
    out = list(claims)
    sums: dict[tuple[int, str | None], tuple[float | None, set[str]]] = {}
    for c in (c for same in sentences.values() for c in same):
        if (c.category not in ("unspecified", *_PURPOSES) or c.part_of is not None
                or not c.value or c.sentence_start not in following):
            continue
        nxt = following[c.sentence_start]
        if nxt - c.sentence_end > _BREAKDOWN_REACH:
            continue
        if (nxt, c.unit) not in sums:  # each sentence's parts summed once per currency
            parts = [o for o in sentences[nxt] if o.unit == c.unit and o.part_of is None]
            values = [o.value for o in parts if o.value]
            sums[nxt, c.unit] = (sum(values) if len(parts) >= 2 and len(values) == len(parts)
                                 else None, {o.category for o in parts})
        total, cats = sums[nxt, c.unit]
        if total is None or not _adds_up(total, c):
            continue
        cats = set(cats)
        if c.category != "unspecified":  # a whole of a stated purpose split across others
            if cats <= set(_PURPOSES) and len(cats | {c.category}) >= 2:  # (guide, seventh
                out[by_id[c.claim_id]] = replace(c, category="total")   # round): a total
        elif cats <= set(_PURPOSES):
            out[by_id[c.claim_id]] = replace(c, category=cats.pop() if len(cats) == 1
                                             else "total")
    return out


def _adds_up(total: float, whole: Claim) -> bool:
    """Parts adding up to a whole: within rounding of its value, or inside its range ("more
    than $700 million" broken into $325, $290 and $102 million)."""
    if whole.value and math.isclose(total, whole.value, rel_tol=_BREAKDOWN_TOLERANCE):
        return True
    return (whole.low is not None and whole.high is not None
            and whole.low <= total <= whole.high)


_BREAKDOWN_REACH: Final = 300  # characters from a sum's sentence to its breakdown's
_BREAKDOWN_TOLERANCE: Final = 0.02  # parts adding up to their whole within 2% (rounding)


def _from_antecedent(claims: list[Claim], text: str) -> list[Claim]:
    """Aid of unstated purpose told as a definite vehicle ("The new <vehicle> is worth
    <sum>") right after a sentence of no money that announced that vehicle as news with its
    purpose ("<giver> <unveiled|approved|...> a <purpose> <vehicle>"): the purpose of the
    vehicle it refers back to (an indefinite vehicle right after a verb of announcing, one
    single-word purpose cue before the same noun, one word between at most; at most
    ``_ANTECEDENT_REACH`` blank characters between the two sentences: a paragraph break).
    Not a vehicle named with a definite or possessive determiner ("the earlier military
    package", "the EU's military package"), which may be another one, nor one named by a
    verb that does not announce it ("criticised a military package"). Written for the
    wire and government-release lede that names the package and its size in two sentences
    (ninth round)."""
    out = list(claims)
    money_at = sorted(c.start for c in claims if c.measure == "money")
    for i, c in enumerate(out):
        if (c.measure != "money" or c.category != "unspecified" or c.kind in NOT_AID_KINDS
                or c.boilerplate or not text):
            continue
        ref = _DEFINITE_VEHICLE.search(text, c.sentence_start, c.start)
        head = text[: c.sentence_start].rstrip()
        if ref is None or not head or c.sentence_start - len(head) > _ANTECEDENT_REACH:
            continue
        before = sentence_at(text, len(head) - 1)
        if bisect_left(money_at, before.start) != bisect_left(money_at, c.sentence_start):
            continue  # the sentence before states money: its words are that money's
        noun = ref.group("noun").lower()
        found = {CATEGORY_OF.get(" ".join(m.group("cat").lower().split()))
                 for m in _PURPOSE_BEFORE_NOUN.finditer(text, before.start, before.end)
                 if m.group("noun").lower() == noun}
        if len(found) == 1 and (category := found.pop()) in _PURPOSES:
            out[i] = replace(c, category=category)
    return out


_ANTECEDENT_REACH: Final = 4  # blank characters between the two sentences (a paragraph)
_VEHICLE_NOUNS: Final = ("package", "tranche", "loan", "fund", "programme", "program",
                         "grant", "contribution", "donation")
# "The new package", "This bilateral tranche": a definite vehicle at most two words on.
_DEFINITE_VEHICLE: Final = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{'|'.join(_VEHICLE_NOUNS)})(?![\w-])")
# A vehicle announced as news: a verb of announcing, an indefinite article, up to two
# words ("new", "second"), a purpose word and the vehicle noun, one word between at most
# ("approved a second military tranche", "confirmed a new humanitarian aid package").
_PURPOSE_BEFORE_NOUN: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.KIND_ANTECEDENT_VERBS)})\s+(?:an?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<cat>{words_alternation(k for k in CATEGORY_OF if ' ' not in k)})"
    rf"\s+(?:[\w-]+\s+)?(?P<noun>{'|'.join(_VEHICLE_NOUNS)})(?![\w-])", re.IGNORECASE)


def _from_sentence(claims: list[Claim], text: str) -> list[Claim]:
    """Aid of unstated purpose read in its whole sentence (guide v2: the purpose nearest the
    figure, then the sentence): the figure's windows widened to its sentence ("...the facility
    that refunds arms shipped to Kyiv; a plan for a €2 billion envelope is under
    discussion"), still cut at a coordinated clause after it, when no other money in it has a
    category of its own (whose words those would be). Only a purpose: a bare "total" there
    names some other sum ("in line with last year's total").

    The paragraph and the sentence before were measured as a next step and rejected (dev
    category 0.836 -> 0.830 and 0.796; seeds 1.00 -> 0.92): a whole of unstated purpose
    whose parts follow ("EUR 8 billion next year. Humanitarian aid would grow to ...")
    took its parts' category instead of ``total``.
    """
    out = list(claims)
    stated = {c.sentence_start for c in claims
              if c.measure == "money" and c.category in _STATED}
    for i, c in enumerate(out):
        if (c.measure != "money" or c.category != "unspecified" or c.kind in NOT_AID_KINDS
                or c.boilerplate or not text or c.sentence_start in stated):
            continue
        # the figure's windows widened to its sentence (at most _SENTENCE_REACH each side,
        # so a run-on "sentence" of many figures costs linear time)
        own = _category(text, (max(c.sentence_start, c.start - _SENTENCE_REACH), c.start),
                        (c.end, min(c.sentence_end, c.end + _SENTENCE_REACH)))
        if own in _PURPOSES:
            out[i] = replace(c, category=own)
    return out


_SENTENCE_REACH: Final = 400


def _from_gapped(claims: list[Claim], text: str) -> list[Claim]:
    """A figure of unstated purpose followed in its clause by a second giver's figure with
    the verb left out ("Sweden allocated SEK 50 million and Finland €4 million towards
    repairs of heating plants"): the purpose after the second is said of both (a gapped
    coordination of wire copy and agencies' releases)."""
    out = list(claims)
    money = [i for i, c in enumerate(out) if c.measure == "money"]
    for i, j in pairwise(money):
        first, second = out[i], out[j]
        if (first.category == "unspecified" and second.category in _PURPOSES
                and first.kind not in NOT_AID_KINDS and second.kind not in NOT_AID_KINDS
                and first.sentence_start == second.sentence_start
                and _GAPPED.fullmatch(text, first.end, second.start)):
            out[i] = replace(first, category=second.category)
    return out


# Between two figures: "and" and a second giver's name with no verb of its own ("and
# Finland", "and the Republic of Korea", "and the Netherlands").
_GAPPED: Final = re.compile(
    r"\s*\)?" + _CONVERSION_AFTER + r",?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.-]*){0,3}\s+")


def _elaboration(text: str, sentence_end: int, limit: int) -> str:
    """The category of the next sentence if it elaborates the money before it, else of a
    later one breaking it down by purpose before ``limit`` (see :func:`_composition`), else
    ``unspecified``."""
    # "According to officials, the money is ...": in the same paragraph, the next sentence
    m = ELABORATING.search(text, sentence_end, sentence_end + _NEAR)
    gap = text[sentence_end : m.start()] if m else ""
    if not m or "." in gap.strip() or "\n" in gap:
        return _composition(text, sentence_end, limit)
    end = text.find(".", m.end())
    end = len(text) if end < 0 else end
    return _category(text, (m.end(), m.end()), (m.end(), end))


def _composition(text: str, sentence_end: int, limit: int) -> str:
    """The stated category of the first sentence after the money's own, up to ``limit`` (the
    next money) and ``_ELABORATION_REACH`` on, that opens on a noun subject breaking it down
    by purpose (its subject, a verb of composition and three purposes of differing
    categories: a total), else ``unspecified``."""
    m = _COMPOSITION.search(text, sentence_end, min(limit, sentence_end + _ELABORATION_REACH))
    if not m:
        return "unspecified"
    end = text.find(".", m.end())
    end = len(text) if end < 0 else end
    found = _category(text, (m.end(), m.end()), (m.end(), end))
    return found if found in _STATED else "unspecified"


_ELABORATION_REACH: Final = 600  # characters: about two short paragraphs
_NOUN_SUBJECTS: Final = words_alternation(  # "The package ...", not "It ..." so far off
    s for s in R.CATEGORY_ELABORATING_SUBJECTS if s.lower() not in ("it", "this"))
_COMPOSITION: Final = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=\n))(?:{_NOUN_SUBJECTS})"
    rf"\s+(?:{words_alternation(R.CATEGORY_COMPOSITION_VERBS)})(?![\w-])", re.IGNORECASE)


class _StatedIndex:
    """Figures of a stated category by currency: those with a number, sorted by it (the
    ones :func:`_same_number` can find close to a number, by bisection), and the others."""

    def __init__(self, stated: Sequence[Claim]) -> None:
        self._valued: dict[str, tuple[list[float], list[Claim]]] = {}
        self._other: dict[str, list[Claim]] = {}
        self._all: dict[str, list[Claim]] = {}
        for o in stated:
            self.add(o)

    def add(self, o: Claim) -> None:
        """Index one more figure of a stated category."""
        self._all.setdefault(o.unit or "", []).append(o)
        if _has_number(o):
            values, same = self._valued.setdefault(o.unit or "", ([], []))
            k = bisect_right(values, o.value or 0.0)
            values.insert(k, o.value or 0.0)
            same.insert(k, o)
        else:
            self._other.setdefault(o.unit or "", []).append(o)

    def candidates(self, c: Claim) -> list[Claim]:
        """Every figure of ``c``'s currency that may be :func:`_same_number` as ``c``
        (a superset), in no particular order."""
        unit = c.unit or ""
        if not _has_number(c):
            return self._all.get(unit, [])
        values, same = self._valued.get(unit, ([], []))
        value = c.value or 0.0
        reach = 2e-9 * abs(value) + 1e-300  # wider than isclose(rel_tol=1e-9) can be
        lo, hi = bisect_left(values, value - reach), bisect_right(values, value + reach)
        return [*same[lo:hi], *self._other.get(unit, [])]


def _has_number(c: Claim) -> bool:
    """A finite value (NaN, None and an overflow to infinity are compared otherwise)."""
    return c.value is not None and math.isfinite(c.value)


def _same_number(a: Claim, b: Claim) -> bool:
    if a.value is not None and b.value is not None and not (
            math.isnan(a.value) or math.isnan(b.value)):
        return math.isclose(a.value, b.value, rel_tol=1e-9)
    return a.low == b.low and a.high == b.high


_FOR_BEFORE: Final = re.compile(r"(?<![\w-])for\s+(?:the\s+)?$", re.IGNORECASE)
# "to" a country ("has sent EUR 100 million to Chisinau", "$26 billion tied to Israel and
# relief in Gaza", "goes to Moldova's defence"), the country ending its noun phrase (not
# "to the Czech initiative", "according to Prague"; "with Japan covering the rest" is a
# co-donor, not a receiver).
_TO_BEFORE: Final = re.compile(
    r"(?<![\w-])(?<!according\s)(?<!thanks\s)(?<!due\s)(?<!next\s)(?<!close\s)"
    r"(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTRY_ENDS: Final = re.compile(
    r"(?:['’]s\b|[ \t]*(?:[,.;:)—–\n]|\Z)|\s+(?:and|in|for|as|through|over|on|by|from|this|next"
    r"|last|until|since|after|before|under|via)\b)", re.IGNORECASE)


def compensates_another_country(doc: Document, before: tuple[int, int]) -> bool:
    """Compensation a country other than the recipient receives for what it sent (a
    donor expecting or receiving compensation of a sum, or to be reimbursed a sum, for the
    arms it handed over): money for others than Ukraine (guide v2.1, category ``other``).
    The country is named in the figure's clause before the compensation words."""
    m = _compensated().search(doc.text, max(before[0], before[1] - _NEAR), before[1])
    if m is None:
        return False
    return any(x.kind == "actor" and x.type == "country" and x.name != recipient_name()
               for x in doc.mentions_in(before[0], m.start()))


# Receiving compensation or a refund right before a figure (up to three words between, and
# a giver: a verb of receiving or expecting and the compensation noun, or the passive "be
# reimbursed"); EU releases and Central European wire copy on the European Peace Facility.
# The verbs are the donor stage's (``receiver_verbs``, ``expecting_verbs`` of
# speakers_and_donors.yaml): one list for who receives money.
@lru_cache(maxsize=1)
def _compensated() -> re.Pattern[str]:
    raw = cues().raw
    verbs = [v for v in (*raw["receiver_verbs"], *raw["expecting_verbs"]) if " " not in v]
    return re.compile(
        rf"(?<![\w-])(?:(?:{words_alternation(verbs)})\s+(?:[\w'’-]+\s+){{0,3}}?"
        r"(?:compensation|reimbursements?|refunds?)(?:\s+(?:of|worth|totalling|totaling))?"
        r"|(?:be|is|are|was|were|been|being)\s+(?:fully\s+|partly\s+|partially\s+)?"
        r"(?:reimbursed|compensated|refunded))\s+"
        r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|at\s+least)"
        r"\s+)?$",
        re.IGNORECASE)


def for_another_country(doc: Document, after: tuple[int, int]) -> bool:
    """The first country the figure is "for", right after it, is not the recipient ("$26
    billion for Israel" in a bill that also funds Ukraine), nor the one it is sent "to"
    ("has sent EUR 100 million to Chisinau"), nor a region, group of countries or world-wide
    cause named right after it ("$2 billion to fight global food insecurity"): not aid
    to Ukraine (guide v2.1, category ``other``)."""
    other = _OTHER_BENEFICIARY.search(doc.text, after[0], min(after[1], after[0] + _NEAR))
    if other is not None and not RECIPIENT.search(doc.text, after[0], other.start()):
        return True  # "$2 billion to fight global food insecurity"
    for m in doc.mentions_in(*after):
        if m.kind == "actor" and m.type == "country":
            near = doc.text[max(after[0], m.start - 12) : m.start]
            if m.name == recipient_name() or m.start - after[0] >= _NEAR:
                return False
            return bool(_FOR_BEFORE.search(near)) or bool(
                _TO_BEFORE.search(doc.text, max(after[0], m.start - 12), m.start)
                and _COUNTRY_ENDS.match(doc.text, m.end)
                and not RECIPIENT.search(doc.text, after[0], m.start))
    return False


_OTHER_BENEFICIARY: Final = re.compile(
    rf"(?<![\w-])(?:{words_alternation(R.CATEGORY_OTHER_BENEFICIARIES)})(?![\w-])",
    re.IGNORECASE)


def budget_law_frame(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The money of an article whose headline announces a government's own budget law for
    a year ("<body> adopts the <budget noun> for <year>"; not one speaking of aid): a body
    figure naming no donor and no receiver is that budget's own (guide v2: ``to_spend``,
    or ``other`` for revenue and transfers as the rules read them; category ``other``),
    and covers the budget's year unless it states a period or running total of its own
    (a period wins over "an additional")."""
    head_end = text.find("\n")
    head = BUDGET_LAW_HEAD.search(text, 0, head_end if head_end >= 0 else len(text))
    if head is None or BUDGET_LAW_NOT_AID.search(text, 0, head.endpos):
        return list(claims)
    year = int(head.group("y1") or head.group("y2"))
    out = []
    for c in claims:
        if (c.measure == "money" and c.start > head.endpos and not c.donors
                and not c.recipient and c.kind in ("pledged", "provided", "to_spend", "other")):
            c = replace(c, kind=c.kind if c.kind == "other" else "to_spend", category="other")
            if c.scope_type in ("unspecified", "new"):
                c = replace(c, scope_text=head.group(), scope_type="period",
                            period_start=date(year, 1, 1), period_end=date(year, 12, 31))
        out.append(c)
    return out
