"""The patterns the claim stages match with, compiled once from the word lists of
:mod:`aidlib.claim_rules` (attribution verbs, kind and category cues, periods, counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from .. import claim_rules as R
from .. import lexicon as lx
from ..dates import MONTH_GROUP
from ..literals import with_first_chars, words_alternation
from ..prefilter import cued
from ..text import subject_gap_words

# --------------------------------------------------------------------------- patterns


def _words(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words, behind
    a look-ahead for their first letters in both cases (the same matches, but the engine
    skips at once a word no phrase starts with instead of trying every phrase there).
    Written as a trie (:func:`~aidlib.literals.alternation`): the same matches as the
    plain list, which was the slowest part of the cue patterns (KIND_ANY read a
    megabyte in half a second; as a trie in a tenth). ``ignore_case``: for a pattern
    matched with re.IGNORECASE only, where phrases that differ only in case ("Ukraine
    ...", "ukraine ...") still make a trie (CATEGORY_ANY, a list before, reads text six
    times as fast as a trie)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered or any(not p.split() for p in ordered):
        # an empty phrase matches anywhere: no look-ahead
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    either = words_alternation(ordered, ignore_case=ignore_case)
    initials = {p.split()[0][0] for p in ordered}
    firsts = sorted({c for i in initials for c in (i.lower(), i.upper())})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])(?:" + either + ")"


# Reported-speech verbs and "according to".
VERB: Final = re.compile(
    rf"""
    (?<![\w-])                                   # whole word
    (?P<verb>according\s+to                      # "according to Bloomberg"
      | attributed\s+to                          # "a statement attributed to X"
      | quoted\s+by\s+[\w.'’ -]{{1,40}}?\s+as\s+saying  # "was quoted by Interfax as saying"
      | (?:(?<=,\s)|(?<=[.!?]\s)|(?<=^)|(?<=\n))  # "..., per the Pentagon" (US copy;
        per(?=\s+(?:the\s+)?(?:(?-i:[A-Z])       # read as "according to"), not "per year";
                              |{_words(R.PERSON_ANAPHORS)}))  # "per the prime minister"
      | by(?=\s+(?:the\s+)?[^,.;:()]{{1,40}}?['’]s?\s+(?:own\s+)?(?:latest\s+)?
             (?:count|reckoning|tally|estimates?|calculations?)(?![\w-]))  # "by <owner>'s
                                                 # (own) count" = "according to <owner>"
      | {_words(R.ATTRIBUTION_VERBS)})           # said, announced, noted, reported ...
    (?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# What may stand between a subject and its verb: "Stoltenberg also said",
# "Haivanenko, said", "Ukraine has previously reported".
SUBJECT_GAP: Final = re.compile(
    rf"""
    ^\s*,?\s*                                    # optional comma closing an apposition
    (?:(?:{subject_gap_words()}|on\s+\w+day|\w+ly|since
       |himself|herself|itself|themselves)\s+)*
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Right after a body's or country's name: its unnamed people or its document speaking for it
# ("Kyiv officials said", "Commission officials say", "EU diplomats", "the World Bank's
# latest assessment puts", "the Council's statement said"). Guide v2: an unnamed official,
# spokesperson or source of a body is the body.
SPOKESPEOPLE_AFTER: Final = re.compile(
    r"""(?:['’]s)?\s+(?:(?:senior|top|unnamed|two|three|several|some|other|latest|new|own
                       |annual|joint|latest\s+\w+|most\s+recent|recent|monthly|quarterly|october|\w+-\w+
                       |preliminary|updated|revised|official|final|first|fresh|internal
                       |published)\s+){0,2}
        (?:officials?|diplomats?|sources?|spokes(?:man|woman|person|people)|ministers
          |negotiators|authorities|statement|report|assessment|estimate|estimates|data
          |figures|release|summary|tally|analysis|tracker|review|update|updates
          |audit|accounting|study|survey
          |projections?|forecasts?|calculations?|numbers|records|filings?|documents?
          |press\s+(?:secretary|service|office|release|team)|executive(?:\s+(?:arm|board))?
          |board|mission|office|readout|communiqu[eé]|announcement|website|notice
          |representatives?|delegation|staff)(?![\w-])""",
    re.VERBOSE | re.IGNORECASE,
)

# An unknown name right before a verb: up to five capitalized words ("Chancellor Olaf Scholz").
# Lower-case particles inside a name ("Ursula von der Leyen", "Jaap de Hoop Scheffer").
# Verbs that give a size another source put on something ("describes it as $3bn", "Reuters
# puts it closer to", "the ministry cites them as"): who says it (attribution.ESTIMATE_AS)
# and whose money it is (donors._RESTATED, the same money as the thing just named).
RESTATING_VERBS: Final = (r"(?:describes|described|describe|cites|cited|cite|gives|gave|give"
                          r"|puts|put|pegs|pegged)")
NAME_PARTICLES: Final = r"(?:von|van|der|den|de|da|del|della|di|du|le|la|bin|ter)"
NAME_BEFORE: Final = re.compile(
    rf"""
    (?P<name>(?:[A-Z][\w'’.\-]*\s+(?:{NAME_PARTICLES}\s+){{0,2}}  # capitalized words,
                (?:(?:for|of)\s+(?:the\s+)?(?=[A-Z]))?){{0,4}}  # "Center for European ..."
             [A-Z][\w'’.\-]*)                    # ... ending in one
    \s*,?\s*$                                    # right before the verb
    """,
    re.VERBOSE,
)

# An unknown name right after "said": up to five capitalized words.
NAME_AFTER: Final = re.compile(
    rf"""
    \s+(?:the\s+)?                               # "said (the) ..."
    (?P<name>[A-Z][\w'’.\-]*                     # a capitalized word ...
      (?:\s+(?:of\s+|(?:{NAME_PARTICLES}\s+){{1,2}})?[A-Z][\w'’.\-]*){{0,4}})  # ... and more
    """,                                         # ("Secretary of Defense X", "von der Leyen")
    re.VERBOSE,
)

# Clause breaks inside a sentence: a figure's speaker is looked for in its clause first.
CLAUSE_BREAK: Final = re.compile(
    r"""
    ;\s+                                         # a semicolon
    | ,\s+(?=(?:while|whereas|but|although|though|yet)\s)  # comma + contrastive conjunction
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A form of "be" right before a participle: a passive ("Kyiv was thanked for ...").
PASSIVE_BE: Final = re.compile(r"(?<![\w-])(?:was|were|been|being|be|is|are)\s+$",
                               re.IGNORECASE)

# A pronoun that can open reported speech.
PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# "the minister said", "the German chancellor added": a person's title standing for the
# last person named (not "the minister of ...", not "the minister Jane Roe").
PERSON_ANAPHOR: Final = re.compile(
    rf"""(?<![\w-])(?i:the)\s+(?:(?!(?i:of|for|and|a|an)\b)[\w-]+\s+){{0,2}}?
    (?i:{_words(R.PERSON_ANAPHORS)})(?![\w-])
    (?!\s+(?:of|for)\b|\s*,?\s+[A-Z]|['’]s)""",
    re.VERBOSE,
)

# The same title fronted by "According to" and closed by a comma before the clause it
# reports ("According to the Premier, Romania has sent ..."; "According to the
# chancellor, Germany will add ..."): a capitalized word after that comma may open the
# reported clause, not an apposition. Group ``a`` is the title; document.py keeps it where
# the word after the comma is an actor's name (a country, a union), not a person's.
FRONTED_PERSON_ANAPHOR: Final = re.compile(
    rf"""(?<![\w-])According\s+to\s+
    (?P<a>(?i:the)\s+(?:(?!(?i:of|for|and|a|an)\b)[\w-]+\s+){{0,2}}?
    (?i:{_words(R.PERSON_ANAPHORS)}))
    ,\s+(?=[A-Z])""",
    re.VERBOSE,
)

# "it said", "they said": a pronoun pointing back to a body, country or group.
ORG_PRONOUN: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.ORG_PRONOUNS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A country's institution right after its name or demonym ("the Swedish government",
# "Canada's defence ministry"): the country speaks.
INSTITUTION: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "Canada's defence ministry"
    (?:{_words(R.GOVERNMENT_BODIES)})(?![\w-])   # government, ministry, embassy ...
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Before a name: "according to (the)" or an invertible verb ("..., said the Pentagon").
SPEAKER_CUE_BEFORE: Final = re.compile(
    rf"""(?<![\w-])(?:according\s+to|{_words(R.INVERTIBLE_VERBS)})\s+(?:the\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A part stated before its whole: only these words between the two figures.
WHOLE_AFTER: Final = re.compile(
    rf"""^\s*(?:{_words(R.WHOLE_AFTER_CUES)})\s+$""", re.VERBOSE | re.IGNORECASE
)

# "the agency writes": a noun phrase pointing back to a medium.
MEDIA_ANAPHOR: Final = re.compile(
    rf"""(?<![\w-])(?P<p>{_words(R.MEDIA_ANAPHORS)})(?![\w-])""", re.VERBOSE | re.IGNORECASE
)

# A title word right after a name ("UK Defense Secretary"), possibly after "'s".
TITLE_AFTER: Final = re.compile(
    rf"""
    (?:['’]s)?\s+                                # "UK Defense", "Ukraine's Defense"
    (?:{_words(R.TITLE_WORDS)})(?![\w])          # a title word
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A part of a figure given just before ("..., including $65 billion for the military").
PART_OF: Final = re.compile(
    rf"""(?:(?:^|[\s,—–(-])(?<!along\s)(?<!together\s)(?:{_words(R.PART_OF_CUES)})
         |\w:)\s*$                               # "the civilian portion: NOK 8.9 billion" """,
    re.VERBOSE | re.IGNORECASE,
)
# ("along with", "together with" add a figure, not a part.)
# A sibling part ("including $65 billion for X and $20 billion for Y").
SIBLING: Final = re.compile(r"""(?:,|\band)\s*$""", re.VERBOSE | re.IGNORECASE)


def _first_letters(phrases: Iterable[str]) -> str:
    """A look-ahead for the phrases' first characters: the same matches, but the engine
    skips at once the words no phrase starts with instead of trying every phrase there."""
    return "(?=[" + "".join(sorted({re.escape(p[0].lower()) for p in phrases if p})) + "])"


def _cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    phrases = list(phrases)
    return re.compile(rf"(?<![\w-]){_first_letters(phrases)}(?:{_words(phrases)})(?![\w-])",
                      re.IGNORECASE)


_KIND_PATTERNS: Final = tuple((kind, _cue_pattern(cues)) for kind, cues in R.KIND_CUES)
KIND_ANY: Final = _cue_pattern(c for _, cues in R.KIND_CUES for c in cues)
KIND_OF: Final[dict[str, str]] = {
    c.lower(): kind for kind, cues in reversed(R.KIND_CUES) for c in cues
}
KIND_WEAK: Final = _cue_pattern(R.KIND_WEAK_CUES)
NOT_AID: Final = _cue_pattern(R.KIND_NOT_AID)
# "$X in Russian central bank assets", "$X of debt", "$X debt overhaul", "$X damage
# estimate", "$X a year in interest"): a not-aid noun naming the figure, past a rate.
NOT_AID_AFTER: Final = cued(re.compile(
    rf"\s*\)?\s*(?:\(.*?\)\s*)?(?:(?:a|per|each|every)\s+(?:year|month)\s+)?"
    rf"(?:(?:in|of|worth\s+of)\s+(?:[\w'’-]+\s+){{0,4}}?|[\w-]+\s+)?"
    rf"(?:{_words(R.KIND_NOT_AID)})(?![\w-])"
    # money that a figure's own verb says is frozen ("where €190bn is immobilised"): assets
    # (also after its "of <owner's money>")
    rf"|(?:\s+of\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)?"
    rf"\s+(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+"
    rf"(?:still\s+|now\s+)?(?:frozen|immobili[sz]ed)(?![\w-])", re.IGNORECASE))
OWN_BUDGET: Final = _cue_pattern(R.KIND_OWN_BUDGET)
# A headline naming a budget law with its year ("the State Budget of Ukraine for 2025",
# "2026 budget", "Budget 2025"), and headline words of aid that rule the frame out.
BUDGET_LAW_HEAD: Final = re.compile(
    rf"(?<![\w-])(?:(?P<y1>20\d\d)\s+(?:{_words(R.KIND_BUDGET_LAW_NOUNS)})"
    rf"|(?:{_words(R.KIND_BUDGET_LAW_NOUNS)})(?:\s+of\s+[A-Z][\w'’-]+)?\s+(?:for\s+)?"
    rf"(?P<y2>20\d\d))(?![\w-])", re.IGNORECASE)
BUDGET_LAW_NOT_AID: Final = _cue_pattern(R.KIND_BUDGET_LAW_NOT_AID)
# "Ukraine's 2025 budget", "Kyiv's draft budget": the recipient's own budget.
RECIPIENT_BUDGET: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.RECIPIENT_NAMES)})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_words(R.KIND_OWN_BUDGET_NOUNS)})(?![\w-])", re.IGNORECASE)
# The recipient's own body after its possessive ("Ukraine's parliament approved ..."): the
# recipient budgets its own money.
OWN_BODY_AFTER: Final = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+)?(?:{_words(R.KIND_OWN_BODIES)})(?![\w-])", re.IGNORECASE)
# An aid instrument named after the recipient ("Denmark's Ukraine Fund has a budget of").
RECIPIENT_FUND: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.RECIPIENT_NAMES)})\s+(?:[A-Z][\w-]*\s+){{0,2}}"
    r"(?:Fund|Facility|Initiative|Programme|Program|Coalition|Mechanism)\b")
# A purpose before a need ("covers Ukraine's needs", "to meet the needs of", "aid for
# humanitarian needs"): no request.
COVER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:cover|covers|covering|covered|meet|meets|meeting|address|addresses|"
    r"addressing|serve|serves|fund|funds|go\s+to|goes\s+to|going\s+to|went\s+to"
    r"|go\s+towards|goes\s+towards)\s+(?:[\w'’-]+\s+){0,3}"
    r"|for\s+(?:[\w'’-]+\s+){0,2}(?:(?:and|or)\s+[\w'’-]+\s+)?)$", re.IGNORECASE)
# (a purpose of two coordinated words too: "for <adjective> and <adjective> <noun>")
# A promise coordinated right before a delivery verb ("committed or delivered").
MIX_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.KIND_MIX_PLEDGES)})\s*,?\s*(?:{_words(R.KIND_MIX_JOINTS)})"
    r"\s+(?:(?:already|also|then|later)\s+)?$", re.IGNORECASE)
# A noun whose -ing delivery verb states terms ("a bill providing", "the package giving").
TERMS_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.KIND_TERMS_NOUNS)})\s+$", re.IGNORECASE)
# "than"/"as" before a cue ("more than Biden had requested", "as promised"): a comparison.
COMPARED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:than\s+(?:(?!and\b|but\b)[\w.'’-]+\s+){0,3}?|as\s+)"
    r"(?:(?:had|has|have|was|were|originally|initially|first|previously)\s+)*$",
    re.IGNORECASE)
# A possessive name of up to four capitalized words ("the G7's", "the Ukraine Facility's").
POSSESSIVE_NAME: Final = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+"
# "their shares of the G7's", "the last of the": the figure after is a whole.
WHOLE_OF_BEFORE: Final = re.compile(
    rf"(?:(?<![\w-])(?:{_words(R.KIND_PART_OF_WHOLE)})|(?<=\d)\s*%)\s+of\s+"  # a definite
    rf"(?:(?:the|its|their|this|that)\s+|{POSSESSIVE_NAME})"  # whole, not "a tranche of
    rf"(?:(?:the|its|their)\s+|{POSSESSIVE_NAME}|[a-z-]+\s+){{0,2}}$",  # €4.2 billion"
    re.IGNORECASE)
# An aid vehicle or instrument naming the figure right after it ("Moldova's $2.1
# billion Extended Credit Facility", "a $50bn loan"): the figure is that vehicle's.
VEHICLE_AFTER: Final = re.compile(
    rf"\s+(?:(?!(?:in|of|for|to|on)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_words([*R.CATEGORY_INSTRUMENTS, *R.KIND_VEHICLE_NOUNS])})(?![\w-])", re.IGNORECASE)
# A past auxiliary right before a payment by-phrase ("were funded by", "has been paid for by").
PAST_AUX_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:already|also|partly|largely|fully|mostly|jointly)\s+)?$", re.IGNORECASE)
# A prospect before a delivery noun ("would unlock the disbursement", "the next payment").
FUTURE_NOUN_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.KIND_FUTURE_NOUN_LEADS)})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# A law whose delivery verb in any tense states terms ("one of the bills provided $X").
LAW_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words([*R.KIND_LAW_NOUNS, *R.KIND_DECIDING_BODIES])})\s+"
    r"(?:(?:also|would|will|has|had)\s+)?$",
    re.IGNORECASE)
# "... to donate to Ukraine", "for Kyiv": a to_spend sum sent to the recipient.
FOR_RECIPIENT: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.KIND_FOR_RECIPIENT)})\s+(?:the\s+)?"
    rf"(?:{_words([*R.RECIPIENT_NAMES, *R.KIND_FOR_RECIPIENT_PEOPLE])})(?![\w-])",
    re.IGNORECASE)
# The people words alone ("on refugees"): a recipient only when a giver spends.
FOR_PEOPLE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.KIND_FOR_RECIPIENT)})\s+(?:the\s+)?"
    rf"(?:{_words(R.KIND_FOR_RECIPIENT_PEOPLE)})(?![\w-])", re.IGNORECASE)
# A party that gives Ukraine no aid (the aggressor and its ally), as a spender's name.
NOT_GIVER: Final = re.compile(rf"(?<![\w-])(?:{_words(R.KIND_NOT_GIVERS)})(?![\w-])")

# A passive right after the figure: "... had already been provided".
PASSIVE: Final = re.compile(
    rf"""
    (?:(?!(?<![\w-])(?:since|after|when|because|before|until|once|while|where)(?![\w-]))
       [^,;.]){{0,40}}?                           # a few words after the figure, not into a
                                                 # clause of its own ("since the arrangement
                                                 # was approved")
    \b(?P<aux>has|have|had|was|were|is|are|will\s+be|would\s+be)\s+
    (?:(?:already|now|also|so\s+far|been|being|actually|in\s+fact|fully|finally|since
         |effectively|indeed)\s+)*                    # "had already been", "had actually been"
    (?P<cue>{_words(c for _, cues in R.KIND_CUES for c in cues)})(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A future or infinitive marker, or a progressive "is/are", right before a delivery verb
# ("will also send", "to provide", "is giving"): the verb is then a promise.
_ADVERBS: Final = rf"(?:(?:{_words(R.KIND_MARKER_ADVERBS)})\s+)?"
def _marker_before(markers: Iterable[str]) -> re.Pattern[str]:
    words = [m for m in markers if m[:1].isalpha()]
    clitics = [m for m in markers if not m[:1].isalpha()]  # "'ll", "'s" after a word
    return re.compile(rf"(?:(?<![\w'’-])(?:{_words(words)})|(?<=\w)(?:{_words(clitics)}))"
                      rf"\s+{_ADVERBS}$", re.IGNORECASE)


FUTURE_BEFORE: Final = _marker_before(R.KIND_FUTURE_MARKERS)
PROGRESSIVE_BEFORE: Final = _marker_before(R.KIND_PROGRESSIVE_MARKERS)
# A purpose infinitive ("to buy", "to purchase"; not "to be covered").
PURPOSE: Final = re.compile(r"to\s+(?!be\b)", re.IGNORECASE)

CATEGORY_ANY: Final = re.compile(
    rf"(?<![\w-]){_first_letters(c for cues in R.CATEGORY_CUES.values() for c in cues)}"
    rf"(?:{_words((c for cues in R.CATEGORY_CUES.values() for c in cues), ignore_case=True)})"
    rf"(?![\w-])(?!\s+(?:{_words(R.CATEGORY_EVENT_NAMES)})\b)",  # not "Recovery Conference"
    re.IGNORECASE)
CATEGORY_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): cat for cat, cues in R.CATEGORY_CUES.items() for c in cues
}

INSTRUMENT: Final = cued(_cue_pattern(R.CATEGORY_INSTRUMENTS))
# An instrument naming the figure right after it ("a £2.26bn loan", "$500m in loans").
INSTRUMENT_AFTER: Final = re.compile(
    rf"\s+(?:in\s+|of\s+)?(?:[\w-]+\s+)?(?:{_words(R.CATEGORY_INSTRUMENTS)})(?![\w-])",
    re.IGNORECASE)
# "..., worth $X", "valued at $X", "with a value of $X", "with an indicative value of $X"
# (city-hall and agency copy on equipment under consideration): the figure is the value of
# the noun phrase before it.
WORTH_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:worth|valued\s+at|with\s+an?\s+(?:(?:total|estimated|indicative"
    r"|approximate|overall|combined|expected|planned)\s+)?value\s+of)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|"
    r"up\s+to|more\s+than|over|at\s+least)\s+)?$", re.IGNORECASE)
AID_VEHICLE: Final = _cue_pattern(R.CATEGORY_AID_VEHICLES)
ELABORATING: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.CATEGORY_ELABORATING_SUBJECTS)})(?![\w-])", re.IGNORECASE)
# A kind noun right after a figure ("$95 million sale", "$2 billion arms deal").
HEAD_NOUN: Final = re.compile(
    rf"""\s*(?:[\w-]+\s+){{0,2}}?(?P<noun>{_words(n for ns in R.KIND_HEAD_NOUNS.values()
                                                  for n in ns)})(?![\w-])"""
    r"(?!(?<=[Oo]rder)\s+to\b)",  # not "$X in order to ..."
    re.IGNORECASE)
HEAD_NOUN_KIND: Final[dict[str, str]] = {
    " ".join(n.split()): kind for kind, ns in R.KIND_HEAD_NOUNS.items() for n in ns
}
# Categories coordinated right after a figure ("in military, economic and humanitarian
# aid"): a figure of several categories is a total.
COORDINATED: Final = re.compile(
    rf"""(?P<a>{_words((c for cues in R.CATEGORY_CUES.values() for c in cues),
                        ignore_case=True)})(?![\w-])
    \s*(?:,|\band\b|\bor\b|/)\s*(?:and\s+)?""", re.IGNORECASE | re.VERBOSE)

# Period phrases; each resolves to dates against the publication day (see _resolve_period).
_NUM_WORD: Final = _words([*R.NUMBER_WORDS, "a", "an"])
_MONTH: Final = MONTH_GROUP
_SPAN_UNIT: Final = r"(?:years?|months?|weeks?|days|decade|period)"
# "year", "financial year", "fiscal year", "budget year" (UK and US budget years are read as
# the calendar year: the type is what matters, the dates are approximate there).
_BUDGET_YEAR: Final = r"(?:(?:financial|fiscal|budget)\s+)?year"
PERIOD: Final = with_first_chars(re.compile(
    rf"""
    (?P<years>(?:(?:for|over|in|during|across|throughout|covering)\s+
        (?:the\s+(?:years|period)\s+|both\s+)?)?
        (?P<y1>20\d\d)\s*(?:-|–|to|and|through)\s*(?P<y2>(?:20)?\d\d)(?![\w-]))
    | (?P<until>(?:(?:running|runs?)\s+to|(?:running\s+)?(?:until|through|till|up\s+to))
        \s+(?:the\s+end\s+of\s+)?     # "which runs to 2027": a programme's span
        (?P<until_year>20\d\d)(?![\w-])    # "up to 2036": not "up to 2000 troops"
        (?!\s+(?:[a-z]+s|people|men|women)(?![\w-])))
    | (?P<months>(?:in|during|over)\s+the\s+first\s+
        (?P<n_months>\d+|{_NUM_WORD})\s+months\s+of\s+(?:the\s+year|this\s+year
        |(?P<m_year>20\d\d)))
    | (?P<war_start>(?<![\w-])(?:in|during)\s+the\s+(?:very\s+)?first\s+
        (?:(?:\d+|{_NUM_WORD}|few)\s+)?(?:days|weeks|months|year)\s+of\s+(?:the\s+|russia['’]s\s+)?
        (?:full(?:-|\s+)scale\s+)?(?:war|invasion)(?![\w-]))
        # ("in the first weeks of the war": a span from the full-scale invasion on)
    | (?P<quarter>(?:in|during)\s+the\s+(?P<q>first|second|third|fourth)\s+quarter
        (?:\s+of\s+(?:the\s+year|this\s+year|(?P<q_year>20\d\d)))?)
    | (?P<half>(?:in|during|over)\s+the\s+(?P<h>first|second)\s+half
        (?:\s+of\s+(?:the\s+year|this\s+year|(?P<h_year>20\d\d)))?)(?![\w-])
    | (?P<last_q>(?:in|during|over)\s+the\s+(?:last|previous|past)\s+quarter)
    | (?P<budget_year>(?:this\s+year['’]s|(?:(?:its|the|their|[A-Z][\w-]*['’]s)\s+
        (?:(?:provisional|draft|revised|amended|supplementary|proposed|approved|adopted)\s+)?)
        (?P<b_year>20\d\d)
        (?:\s+(?:state|federal|national|annual|draft|defen[cs]e|military))?)\s+budget
        |(?:its|the|their)\s+(?P<a_year>20\d\d)\s+(?:allocation|appropriation)s?(?![\w-]))
        # (a year's allocation: "raised the 2024 allocation to NOK X", Nordic releases)
    | (?P<annual>(?:the|an|its|their)\s+annual)(?=\s*$)
        # ("the annual <sum>": a yearly level, at the end of the words before it)
    | (?P<act_year>(?:earlier|later)\s+this\s+year)
    | (?P<this_year>(?:this|the\s+current)\s+{_BUDGET_YEAR}
        (?P<and_next>\s+and\s+(?:the\s+)?next(?:\s+year)?)?)   # "this year and next"
    | (?P<the_year>(?:for|over|during|throughout)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year
        (?![\w-])(?!\s+(?:ahead|before|after|to|of|in|since|ending|ended|starting|started
        |beginning|began|through|until|till|from|20\d\d)(?![\w-])))  # "for the year"
    | (?P<last_year>last\s+{_BUDGET_YEAR})
    | (?P<next_year>next\s+{_BUDGET_YEAR})
    | (?P<in_year>(?:in|for|during|throughout)\s+
        (?:(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?:of\s+)?|the\s+year\s+)?
        (?P<year>20\d\d)   # "for the year 2025": government releases of budget lines
        |the\s+(?P<fy_year>20\d\d)\s+(?:fiscal|financial|budget)\s+year))(?![\w-])
    | (?P<season>(?:in|during)\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+
        (?P<s_year>20\d\d)|this\s+winter|(?:for|over|through|during)\s+the\s+winter)
    | (?P<in_month>in\s+(?P<month>{_MONTH})        # "in March", "in March 2024",
        (?:\s+(?P<month_year>20\d\d)|\s+(?P<month_rel>this|last)\s+year)?  # "... last year"
        (?:\s+alone)?)(?![\w-])
    | (?P<this_span>(?:this|last)\s+(?:week|month))
    | (?P<past>(?:within|in|over|during)\s+the\s+(?:past|last)\s+
        (?P<past_n>(?:\d+|{_NUM_WORD})\s+)?
        (?:(?:financial|fiscal|budget)\s+(?=years?\b))?
        (?P<past_unit>day|hours|days|week|weeks|month|months|year|years))(?![\w-])
        (?!\s+of\b)                                # "in the last days of February" is a date
    | (?P<ago>(?:just\s+)?(?P<ago_n>\d+|{_NUM_WORD})\s+
        (?P<ago_unit>day|days|week|weeks|month|months)\s+(?:earlier|ago|before))
    | (?P<overnight>overnight)
    | (?P<rate>(?:a|per|each|every)\s+(?:year|month)(?:\s+over\s+(?:\d+|{_NUM_WORD})\s+years)?
        |per\s+annum|annually|monthly|yearly)(?![\w-])
        (?!\s+(?:ago|earlier|later|before|after)\b)   # "a year ago" dates an act
    | (?P<that_year>(?:for|in|during)\s+that\s+year)(?![\w-])
    | (?P<span>(?:over|across|during|within|in\s+under|for|in(?=\s+(?:the|those|these)\s))
        \s+(?:the\s+|those\s+|these\s+)?
        (?:short\s+and\s+medium\s+term
         |(?:(?:next|coming|same)\s+(?:(?:\d+|{_NUM_WORD})\s+)?|(?:\d+|{_NUM_WORD})\s+)
          {_SPAN_UNIT}
          (?:\s+after\s+{_MONTH}\s+\d{{1,2}})?))(?![\w-])
    | (?P<n_year>(?:\d+|{_NUM_WORD})-year)(?![\w-])
    | (?P<vague>(?:in|over|during|within|for)\s+the\s+      # spans without dates
        (?:(?:coming|next\s+few|next\s+several)\s+(?:years|months|weeks|decades)
         |(?:years|months|decades)\s+(?:ahead|to\s+come)
         |(?:short|medium|mid|long)(?:-|\s)+(?:(?:and|to)\s+(?:medium|mid|long)(?:-|\s)+)?term
         |course\s+of\s+(?:the|this|next)\s+year))(?![\w-])
    | (?P<rel_season>(?:that|last|next|this)\s+(?:spring|summer|autumn|fall|winter))(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
))
# A word or number every PERIOD match holds, one at least: text without any has no period
# phrase, and is not searched with PERIOD (its many branches make it slow; a test checks
# that a match of every branch holds one).
PERIOD_ANCHOR: Final = with_first_chars(re.compile(
    rf"""
    20\d\d                                              # years, until, in_year, season
  | year|month|week|day|hour|decade|period|term         # the units of the spans and dates
  | quarter|half|budget|winter|overnight|annum|annual    # quarter, half, budget_year, rate
  | spring|summer|autumn|fall                          # rel_season
  | update|count|tally                                 # AS_OF: "as of the latest update"
  | {_MONTH}                                           # in_month
    """,
    re.VERBOSE | re.IGNORECASE,
))
# Period phrases that date a one-off act rather than a span the money covers ("approved
# earlier this year", "announced last week", "two days ago"): not a period for money.
ACT_DATE_GROUPS: Final = frozenset({"act_year", "ago", "overnight"})
# Dates that are a period for a flow ("received €4.5 billion in March") but the date of the
# act for a promise ("approved $13.6 billion in March"; guide v2.1); "last week" too
# ("received UAH 45 billion last week", but "announced a package last week"), and a season
# ("new pledges dried up that summer", but "pledged €1 billion last summer").
FLOW_DATE_GROUPS: Final = frozenset({"in_month", "last_year", "this_span", "rel_season"})

# Where a figure's scope words stop: a new clause (", and brings ... since the invasion to"),
# a relative or participle clause (", announced at a conference in 2024" dates something
# else). Lower case only: ", In 2023, ..." opens no such clause.
SCOPE_CLAUSE_BREAK: Final = re.compile(
    r",\s+(?:and|as|while|whereas|but|after|before|when|which|who|whose|where"
    r"|(?!(?:in|for|over|during|from|since|until|through)\b)[a-z]+ed)\s")
# A second act joined by a comma to a first one ("signs 10-year security pact, adds
# €188m"; not the subject's aside of "The programme, running until 2028, offers €12bn").
SECOND_ACT: Final = re.compile(rf",\s+{_words(R.SCOPE_CLAUSE_VERBS)}\s", re.IGNORECASE)
FIRST_ACT: Final = re.compile(
    rf"(?<![\w-]){_words(R.SCOPE_CLAUSE_VERBS)}(?![\w-])", re.IGNORECASE)

# Where a figure's category cues before it stop: a coordinated clause with its own verb
# ("has disbursed €18bn of the Ukraine Facility, and is preparing €300m more for the grid").
# Not a relative clause: ", which would release $1bn" takes the words of its antecedent.
# So does a headline's "as" clause with a named subject ("Ukraine receives UAH 45 billion as
# Shmyhal and Kristersson discuss energy aid"; not "as part of", "such as", "known as").
# A figure added to the one before ("$3bn in loan guarantees, along with £240m for repairs",
# "as well as", "plus") starts its own words; and an attribution after a figure ("€100m,
# according to Onet, which put the total military support at €4bn") ends them.
CATEGORY_CLAUSE_BREAK: Final = re.compile(
    r",\s+(?:and|while|whereas|but|according\s+to)\s"
    r"|,?\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+(?=\S*\d|\Z)"
    r"|(?<!such)(?<!known)(?<!described)\s+as\s+(?=[A-Z])")

# "since February 2022", "since the Russian invasion began in February 2022".
SINCE: Final = cued(with_first_chars(re.compile(
    r"""
    (?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)        # "has since announced": an adverb
    (?<![\w-])since\s+(?!then\b|when\b)          # "since then": no start
    (?P<what>[^,;.()“”"]{1,70}?)                 # up to the next punctuation
    (?=\s*[,;.()“”"]|\s*$|\s+(?:including|and|but|to)\b)  # "since 2022 to $12 billion"
    """,
    re.VERBOSE | re.IGNORECASE,
)))
# A superlative or ordinal before "since" in its clause, with no punctuation between: the
# "since ..." is a comparison ("the biggest single grant Ottawa has made since
# the war began", "the twenty-third drawdown of weapons since August 2021").
_ORDINAL: Final = (r"\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth"
                   r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                   r"|(?:thir|four|fif|six|seven|eigh|nine)teenth"
                   r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth)")
# An ordinal past the first ("14th", "second", "twenty-first"): a batch after others.
_LATER_ORDINAL: Final = (r"(?!1st)\d+(?:st|nd|rd|th)|[a-z]+-first|(?:[a-z]+-)?(?:second"
                         r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                         r"|(?:thir|four|fif|six|seven|eigh|nine)teenth"
                         r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)")
SINCE_COMPARISON: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_SINCE_COMPARISONS)}|{_ORDINAL})(?![\w-])[^,;.:()]{{0,80}}$",
    re.IGNORECASE)
# How far back from "since" such a word is looked for.
SINCE_COMPARISON_REACH: Final = 90
# A date that sets a running total "as of" it: "by mid-July 2023", "as of March 31", "up to
# March 27", "by 2027", "by the May update".
AS_OF: Final = re.compile(
    rf"""(?<![\w-])(?:(?:{_words(R.SCOPE_AS_OF)})\s+
      (?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|mid-?|early\s+|late\s+)?
      | (?<!from\s)(?:{_words(R.SCOPE_AS_OF_END)})\s+the\s+end\s+of\s+)
    (?:{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+20\d\d)?   # "March 27", "July 2023"
      | \d{{1,2}}\s+{_MONTH}(?:\s+20\d\d)?                          # "27 March 2023"
      | (?<!up\sto\s)20\d\d                                        # "by 2027"
      | the\s+(?:latest\s+|last\s+|{_MONTH}\s+)?(?:update|count|tally))(?![\w-])
    (?!\s+of\s+that\b)                                   # "by November of that year" """,
    re.VERBOSE | re.IGNORECASE)
# A verb of a one-off act right before a date phrase, a few words between ("agreed with the
# United States in 2017"): the date is the act's.
ACT_VERB_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_ACT_VERBS)})(?:\s+[\w'’-]+){{0,4}}?\s+$", re.IGNORECASE)

# A sentence opening on a part of the money of the sentence before ("Of that, ...").
PART_OPENER: Final = re.compile(
    rf"[\s\"“‘'(]*(?:(?:{_words(R.SCOPE_PART_OPENERS)})(?![\w-])"
    r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))"  # not "The rest of Europe gave ..."
    r"|(?:its|their|the\s+package['’]s)\s+(?:[\w-]+\s+){0,2}?"  # a possessive, a purpose,
    rf"(?:{_words(R.SCOPE_PART_COMPONENTS)})\s+(?:is|was|are|were|will\s+be)\s+worth(?![\w-])"
    r"|(?:the\s+)?(?:shares|breakdown|split)\s*:)",  # a label of a breakdown ("Shares: $X
    re.IGNORECASE)  # from A; $Y from B": timeline and factbox copy of joint loans); a
# component noun and "is worth" (a part named as its whole's component)
_INVASION: Final = r"(?:invasion|war\s+began|start\s+of\s+the\s+war)"
INVASION: Final = re.compile(rf"\b{_INVASION}\b", re.I)
# A sentence opening on "since" and a day, a month or a year, or the invasion ("Since 24
# February 2022 ...", "Since the full-scale invasion began ..."), its clause going on
# with no comma (so not :data:`SINCE`, which reads the words up to a punctuation mark).
SINCE_OPENER: Final = re.compile(
    rf"since\s+(?P<what>(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d"
    rf"|the\s+(?:[\w'’-]+\s+){{0,5}}?{_INVASION})(?![\w-])", re.IGNORECASE)
CUMULATIVE: Final = cued(_cue_pattern(R.SCOPE_CUMULATIVE))
CUMULATIVE_IF_DELIVERED: Final = cued(_cue_pattern(R.SCOPE_CUMULATIVE_IF_DELIVERED))
NEW_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_NEW)})(?![\w-])", re.IGNORECASE
)
# A running total told as a level right before the figure (guide, seventh round): a level
# verb after "now" or after a running-total noun of its clause with no newness word ("the
# fund's contributions have now exceeded", "Total support now tops", "commitments stood
# at"), a summing verb after a running-total head or a word of accumulation ("donations to
# date amount to"), or a verb of raising a running-total noun "to" it ("lifting a
# donor's aid via a trust to"). No vehicle noun right after the running-total
# noun ("the aid package ... will total": one act's sum).
_AUX: Final = r"(?:(?:will|would|has|have|had)\s+(?:now\s+)?)?"
_LEVEL: Final = rf"{_AUX}(?:{_words(R.SCOPE_LEVEL_VERBS)})"
_SUM: Final = rf"{_AUX}(?:{_words(R.SCOPE_SUM_VERBS)})"
_NO_VEHICLE: Final = rf"(?![\w-])(?!\s+(?:{_words(R.SCOPE_NEW_VEHICLES)})(?![\w-]))"
_SUBJECT_WORDS: Final = r"(?:\s+[^\s,;.:()]+){0,6}?"
RUNNING_LEVEL: Final = re.compile(
    rf"(?<![\w-])(?:now\s+(?:{_LEVEL}|{_SUM})"
    rf"|(?:{_words(R.SCOPE_RUNNING_TOTAL_NOUNS)}){_NO_VEHICLE}{_SUBJECT_WORDS}"
    rf"\s+(?:(?:now|therefore|thus|so\s+far|already|then)\s+)?{_LEVEL}"
    rf"|(?:{_words(R.SCOPE_RUNNING_TOTAL_HEADS)}){_NO_VEHICLE}{_SUBJECT_WORDS}"
    rf"\s+(?:(?:now|so\s+far|already)\s+)?{_SUM}"
    rf"|(?:{_words(R.SCOPE_RUNNING_TOTAL_NOUNS)}){_NO_VEHICLE}{_SUBJECT_WORDS}"
    rf"\s+(?:{_words(R.SCOPE_ACCUMULATION_WORDS)})(?:\s+[^\s,;.:()]+){{0,4}}?\s+{_SUM}"
    rf"|(?P<raise>(?:{_words(R.SCOPE_RAISE_VERBS)})\s+(?:[^\s,;.:()]+\s+){{0,6}}?"
    rf"(?:{_words(R.SCOPE_RUNNING_TOTAL_NOUNS)})(?:\s+[^\s,;.:()]+){{0,5}}?\s+to))\s+$",
    re.IGNORECASE)
# "now" and a verb of a level right before a figure, after a period phrase ("its support over
# three years now tops $X"): a running total over that length (guide, eleventh round).
NOW_LEVEL: Final = re.compile(rf"\s+now\s+(?:{_LEVEL}|{_SUM})\s+$", re.IGNORECASE)
# "Latest" or "next" before an aid vehicle, up to three words between ("its latest military
# aid package"), or a first tranche: new money (guide, seventh round), unless the figure is
# the whole the tranche is taken from ("the first tranche of a bank's loan of $X"), or an
# ordinal past the first before a batch ("a second batch of generators": eleventh round).
NEW_VEHICLE: Final = re.compile(
    rf"(?<![\w-])(?:(?:{_words(R.SCOPE_NEW_VEHICLE_LEADS)})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_words(R.SCOPE_NEW_VEHICLES)})|{_words(R.SCOPE_NEW_FIRST)}"
    rf"|(?:{_LATER_ORDINAL})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_words(R.SCOPE_NEW_ORDINAL_VEHICLES)}))(?![\w-])"
    r"(?!\s+of\s+(?:the|its|their|this|that)\b)", re.IGNORECASE)
# A verb of adding right before the figure, its object ("will add SEK 1bn", "adding a
# further €120m"): new money.
NEW_VERB_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_NEW_VERBS)})\s+(?:(?:a|an|another|some)\s+)?$",
    re.IGNORECASE)
# "in addition to", "on top of" before a figure (up to its article), or before the noun
# phrase the figure is the value of ("follows the 22nd one, worth €190m"): the old money.
NOT_NEW_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_words(R.SCOPE_NOT_NEW_BEFORE)})\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:worth|valued\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?)?$",
    re.IGNORECASE)
NEW_AFTER: Final = re.compile(
    rf"\s+(?:{_words(R.SCOPE_NEW_AFTER)})(?![\w-])(?!\s+than)", re.IGNORECASE
)

# A count: a number, a few modifiers, and a counted noun ("111 strike and decoy drones"),
# or "28-point".
# A count's qualifier words are the money figures' ("roughly 100 countries", "an estimated
# 400 drones"): one list, aidlib.lexicon.QUALIFIER_PREFIXES.
COUNT_QUALIFIER: Final[dict[str, str]] = dict(lx.QUALIFIER_PREFIXES)
COUNT: Final = re.compile(
    rf"""
    (?<![\w$€£.,-])                                # not inside a word, figure or decimal
    (?:(?P<qual>{_words(COUNT_QUALIFIER)})\s+)?    # the money qualifiers: "roughly"
    (?P<num>{_words(v for v, _ in R.VAGUE_COUNTS)}  # "hundreds of thousands of"
      | \d{{1,3}}(?:,\d{{3}})+ | \d+               # 111, 1,200
      | (?:{_words(R.NUMBER_WORDS)}))              # nine, two, fifty
    (?:
      -(?P<point>point)(?![\w-])                   # "28-point plan"
      | \s+(?P<mods>(?:[A-Za-z][\w'’-]*\s+){{0,4}}?)  # up to four modifiers
        (?P<noun>{_words([*R.COUNT_NOUNS, *R.COUNT_ANAPHORS])})(?![\w-])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
COUNT_EVENT: Final = _cue_pattern(c for cues in R.COUNT_EVENT_CUES.values() for c in cues)
EVENT_OF: Final[dict[str, str]] = {
    " ".join(c.lower().split()): ev for ev, cues in R.COUNT_EVENT_CUES.items() for c in cues
}
EVENTS_FOR: Final[dict[str, tuple[str, ...]]] = {
    "people": ("killed", "injured"),
    "drones": ("fired", "destroyed"),
    "missiles": ("fired", "destroyed"),
}
RECIPIENT: Final = re.compile(rf"(?<![\w-])(?:{_words(R.RECIPIENT_NAMES)})", re.UNICODE)


# A month and year, or a year, inside a longer phrase ("since the talks in March 2023").
MONTH_YEAR: Final = re.compile(
    rf"""(?:{MONTH_GROUP}\s+)?(?:19|20)\d\d""",
    re.VERBOSE,
)
