"""Find money figures in news text and read each one as an honest range.

A figure keeps its text and span (``text[start:end] == surface``), the ISO 4217 currency it
states (``None`` when it states none), the number as written (``value``), the rounding unit its
writing implies (``step``: "21 billion" -> 1e9, "150 billion" -> 1e10, "2.4 billion" -> 1e8),
and the range ``[low, high]`` the words allow. Amounts are :class:`~decimal.Decimal`, never float.

Range conventions (the comparison layer relies on them):

- ``exact``: low = high = value.
- ``more_than`` ("more than", "over", "above", "in excess of") and ``at_least`` ("at least",
  "or more"): [value, value + step].
- ``around`` ("around", "about", "approximately", "roughly", "some", "an estimated"):
  [value - step/2, value + step/2].
- ``nearly`` ("nearly", "almost", "just under", "close to"): [value - step, value].
- ``up_to`` ("up to", "as much as") and ``less_than`` ("less than", "under", "below"): [0, value].
- ``vague`` plural scales, ``vague=True``, ``value=None``, ``step=None``: "millions" -> [2e6, 1e7];
  "billions" -> [2e9, 1e10]; "tens of billions" -> [2e10, 1e11]; "hundreds of millions" ->
  [2e8, 1e9] (a plural means at least two; ten would be "tens of"); "a few"/"several billion"
  -> [2e9, 1e10]; "a couple of billion" -> [2e9, 3e9]; "multibillion" -> [2e9, 1e10].
- Written ranges ("$1-2 billion", "between €1 billion and €2 billion", "1.5 to 2 billion euros"):
  [low, high] with qualifier ``exact``; ``value`` is ``None`` (no single number is stated) and
  ``step`` is the coarser of the two ends' steps. A qualifier before a range widens it by the
  same rules ("up to $1-2 billion" -> [0, 2e9]).

A figure with a scale word but no currency counts only in money context ("pledged billions in
military aid", "commit billions more"); it is ``parsed`` with ``currency=None`` and the reason
"no currency stated". A figure that looks like money but cannot be read (ambiguous "kroner",
unknown code "XYZ 5 billion", number "1,2,3") is returned with ``parsed=False``, ``low``/``high``/
``value``/``step`` ``None`` and a ``reason``; so is anything :func:`looks_like_money` flags that
no rule read. Nothing that looks like money is silently dropped.

Hostile or untidy text (issue 10):

- Invisible characters (zero-width spaces and joiners, bidi marks and isolates, a BOM, soft
  hyphens) and HTML (``<b>$2</b> billion``, ``&euro;5 billion``) are read as a reader sees
  them: matching runs on the visible text, and spans are mapped back, so ``text[start:end]
  == surface`` still holds on the raw text (``€2\u200b1 billion`` is €21 billion).
- Thousands may be grouped with a space, a no-break, thin or narrow no-break space, or an
  apostrophe (``€21 000 000``, ``CHF 21'000'000``): groups of exactly three digits.
- A figure with a minus sign or "minus" before it, and a range whose ends are reversed or
  equal (``$2-1.5 billion``), are returned unparsed with the reason, not read as positive
  or as one end.
- :func:`find_money` refuses a text longer than ``max_chars`` (:data:`MAX_TEXT_CHARS`) with
  :class:`~aidlib.errors.TextTooLong`; below it, time grows linearly with the text.
"""

from __future__ import annotations

import bisect
import functools
import html
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Final, Literal, get_args

from . import lexicon as lx
from .errors import TextTooLong
from .literals import alternation, with_first_chars
from .text import ARTICLES_CACHED

__all__ = [
    "FORMAT_STYLES",
    "MAX_TEXT_CHARS",
    "MoneyMention",
    "Qualifier",
    "find_currency_pairs",
    "find_money",
    "format_money",
    "looks_like_money",
    "pair_numbers",
]

log = logging.getLogger(__name__)

Qualifier = Literal[
    "exact", "more_than", "at_least", "around", "nearly", "up_to", "less_than", "vague"
]


@dataclass(frozen=True)
class MoneyMention:
    """One money figure in a text; see the module docstring for the range conventions."""

    start: int
    end: int
    surface: str
    currency: str | None
    low: Decimal | None
    high: Decimal | None
    value: Decimal | None
    step: Decimal | None
    qualifier: Qualifier
    vague: bool
    parsed: bool
    reason: str


def _qualifiers(table: dict[str, str]) -> dict[str, Qualifier]:
    """Check the lexicon's qualifier names against :data:`Qualifier` once, at import."""
    allowed = set(get_args(Qualifier))
    out: dict[str, Qualifier] = {}
    for phrase, name in table.items():
        if name not in allowed:
            raise ValueError(f"lexicon qualifier {name!r} for {phrase!r} is not a Qualifier")
        out[phrase] = name  # type: ignore[assignment]  # checked against get_args just above
    return out


_QUALIFIER_BEFORE: Final = _qualifiers(lx.QUALIFIER_PREFIXES)
_QUALIFIER_AFTER: Final = _qualifiers(lx.QUALIFIER_SUFFIXES)
_QUALIFIER_SIGN: Final = _qualifiers(lx.QUALIFIER_SIGNS)
_NO_CURRENCY: Final = "no currency stated"
_FALLBACK: Final = "looks like money but no rule could read it"
_NO_NUMBER: Final = "looks like money but has no number: a unit (a table's heading, 'NOK bn')"
_BROKEN: Final = "figure broken across a line: its parts are not read together"
_NEGATIVE: Final = "negative amount (a minus sign or 'minus' before it): not read as a sum"
MAX_TEXT_CHARS: Final = 5_000_000  # find_money's default limit; the loader's is 5 MB too


# --- regular-expression parts ------------------------------------------------------------------

_SP: Final = r"[ \t\u00a0]+"  # horizontal space: a figure never crosses a line break
_WRAP: Final = r"[ \t\u00a0]*\n[ \t\u00a0]*"  # one line break: flagged, never read across


def _alt(phrases: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first so "US dollars" beats "dollars".

    >>> _alt(["a b", "a"])
    '(?:a[ \\\\t\\\\u00a0]+b|a)'
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p).replace("\\ ", _SP) for p in ordered) + ")"


def _ialt(phrases: Iterable[str]) -> str:
    """:func:`_alt` for an alternation matched case-insensitively (inside ``(?i:...)``
    only): the same matches, written as a trie of the phrases in one case
    (:func:`~aidlib.literals.alternation`) behind a look-ahead for their first letters.

    Inside ``(?i:...)`` the regex engine cannot skip an alternative by its first letter as
    it does case-sensitively, so a plain list was tried phrase by phrase at every position
    (most of ``find_money``'s time); the trie reads each character once.

    >>> _ialt(["bn", "Million", "mln"])
    '(?=[BMbm])(?:(?:bn|m(?:illion|ln)))'
    """
    phrases = set(phrases)
    firsts = {c for p in phrases for c in (p[:1].lower(), p[:1].upper())}
    if "" in firsts or any(c.isspace() for c in firsts):
        return _alt(phrases)
    return ("(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])(?:"
            + alternation(phrases, ignore_case=True, space=_SP) + ")")


_PREFIX_SYMBOL: Final = _alt(lx.PREFIX_SYMBOLS)
# An ISO code: three capitals, not in a longer word (every use adds "(?![A-Za-z])"); the
# look-ahead first lets the engine skip every other word before it tries the codes.
_ISO: Final = r"(?=[A-Z]{3}(?![A-Za-z]))" + _alt(lx.ISO_4217_CODES)
_SUFFIX_SYMBOL: Final = _alt(lx.SUFFIX_SYMBOLS)
_SCALE_WORD: Final = _ialt(w for w in lx.SCALE_WORDS if w not in lx.ATTACHED_SCALES)
_ATTACHED: Final = "[" + "".join(sorted(lx.ATTACHED_SCALES)) + "]"
_UNIT: Final = _ialt([*lx.NUMBER_WORDS, *lx.MULTIPLIER_WORDS]) + r"\b"
_MONEY_VERB: Final = _ialt(lx.MONEY_VERBS)
_MONEY_NOUN: Final = _alt(lx.MONEY_NOUNS)
_MASS_NOUN: Final = _alt(lx.MONEY_MASS_NOUNS)
_FILLER: Final = _ialt(lx.CONTEXT_FILLERS)
_NEXT_OK: Final = _ialt(lx.NEXT_WORDS_OK)
_ANY_WORD: Final = r"[\w'\u2019-]+"  # one word, with apostrophes and hyphens
_PUNCT_DASH: Final = "[-\u2013]"  # hyphen or en dash between the ends of a range

# A currency name after the number; "pounds of ..." is a weight, not money.
_CUR_NAME: Final = rf"""
    (?!pounds?{_SP}of\b)                                # "500 pounds of explosives": weight
    (?!(?<=[0-9][ \t-])pound\b)                         # "a 2,000-pound bomb": weight
    (?:{_ialt(lx.CURRENCY_NAMES)}|{_ialt(lx.AMBIGUOUS_CURRENCIES)})  # "euros", "kroner"
"""

# A verb of weighing right before a number ("weighing about 2,000 pounds", "weighs 500
# pounds"): "pounds" after it is a weight, not money. A qualifier may stand between.
_WEIGHED_BEFORE_RE: Final = re.compile(
    rf"""(?i:\bweigh(?:s|ed|ing)?|\bweight\ of|\btips?\ the\ scales\ at)
    (?:\s+(?i:{_alt(lx.QUALIFIER_PREFIXES)}))?\s+[0-9.,]*$""",  # maybe within the number
    re.VERBOSE,
)


_POUND_WORD_END_RE: Final = re.compile(r"(?i:pounds?)$")


def weighed_before(text: str, start: int) -> bool:
    """True when ``text`` weighs something right before ``start``: a "pounds" figure from
    there is a weight ("steel bars weighing about 2,000 pounds").

    >>> weighed_before("bars weighing about 2,000 pounds", 20)
    True
    >>> weighed_before("Britain gave 2,000 pounds", 13)
    False
    """
    return bool(_WEIGHED_BEFORE_RE.search(text[max(0, start - 60) : start]))


def rate_quote(text: str, code_start: int, number_end: int) -> bool:
    """True when the currency code at ``code_start`` is the second of a pair ("EUR/USD
    1.08", "USD/UAH 41.2": markets pages) quoting an exchange rate, a price of one currency
    in the other and no amount of money; a scale word after the number makes it one.

    >>> rate_quote("EUR/USD 1.08", 4, 12), rate_quote("EUR/USD 1.08 billion", 4, 20)
    (True, False)
    """
    pair = text[max(0, code_start - 4) : code_start + 3]  # "EUR/USD"
    return (len(pair) == 7 and pair[3] == "/" and pair[:3] in lx.ISO_4217_CODES
            and pair[4:] in lx.ISO_4217_CODES
            and (code_start < 5 or not text[code_start - 5].isalpha())  # not "XEUR/USD"
            and _RATE_NUMBER_RE.fullmatch(text, code_start + 3, number_end) is not None)


_RATE_NUMBER_RE: Final = re.compile(r"[ \t\u00a0]*[0-9]+(?:[.,][0-9]+)?")


def _weighed_pounds(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, a number and its currency word, is "pounds" of weight."""
    return bool(_POUND_WORD_END_RE.search(text, start, end)) and weighed_before(text, start)


# Thousands separators other than "," and ".": space, no-break, thin and narrow no-break
# space, apostrophe and right single quote (Swiss "21'000'000"); CLDR's grouping symbols.
_GROUP_SEPARATORS: Final = " \u00a0\u2009\u202f'\u2019"

# A number in digits: grouping and decimal separators are checked by _read_digits.
_DIGITS: Final = rf"""(?:
    [0-9]{{1,3}}(?:[{_GROUP_SEPARATORS}][0-9]{{3}})+(?![0-9])   # "21 000 000", "21'000'000"
    (?:[.,][0-9]+)?                                    # "21 000,50"
  | [0-9](?:[0-9.,]*[0-9])?                            # "2.4", "1,500,000", "2,4"
  | \.[0-9]+                                          # "$.5 billion"
)"""

# A number in words: "two", "twenty-five", "a hundred", "half a", "one and a half".
_WORDS: Final = rf"""
(?i:
    (?:an?|one|three){_SP}quarters?{_SP}of{_SP}an?\b    # "a quarter of a", "three quarters of a"
  | half{_SP}(?:of{_SP})?an?\b                         # "half a", "half of a"
  | an?[ -](?:half|quarter)\b                          # "a half", "a quarter"
  | (?:an?\b|{_UNIT})                                  # first word: "a", "two", "twenty"
    (?:[ -]{_UNIT}|(?<=hundred){_SP}and{_SP}{_UNIT})*  # "twenty-five", "hundred and fifty"
    (?:{_SP}and{_SP}an?{_SP}(?:half|quarter)\b)?       # "one and a half"
)
"""

# A scale word after the number.
_SCALE: Final = rf"""
(?:
    (?:{_SP}|-)?(?i:{_SCALE_WORD})                     # " billion", "bn", " mln", "-billion"
  | (?i:{_ATTACHED})                                   # glued only: "$300m", "£3b", "$5k"
)(?![A-Za-z])
"""

# One amount: optional currency before, a number, optional scale, optional currency after.
_AMOUNT_RE: Final = re.compile(
    rf"""
    (?<!\w)(?<![0-9][.,])                              # not inside a word or a number
    (?:
        (?:
            (?P<pre_sym>{_PREFIX_SYMBOL})              # "€", "US$", "C$", "¥"
          | (?P<pre_scaled>{_alt(lx.SCALED_PREFIX_SYMBOLS)})   # "R1.8 trillion" (rand),
            (?=[0-9][0-9.,]*{_SCALE})                  #   only before a scale word
          | (?<![A-Za-z])(?P<pre_code>[A-Z]{{3}})(?![A-Za-z])   # "EUR", "NOK"; unknown "XYZ"
          | (?P<pre_amb>[Kk]r\.?|Rs\.?)(?![A-Za-z])     # "kr": Nordic, "Rs": rupees; ambiguous
        )
        (?:{_SP})?                                     # "EUR 2.4 billion", "€21 billion"
    )?
    (?P<neg>[-\u2212](?=[0-9]))?                      # "$-5 billion", "-5 billion euros"
    (?:(?P<num_d>{_DIGITS})|(?P<num_w>{_WORDS}))       # "2.4", "1,500,000", "two", "half a"
    (?P<scale>{_SCALE})?                               # "billion", "bn", "m"
    (?:                                                # currency after the number:
        (?:{_SP}|-)(?P<suf_name>(?i:{_CUR_NAME}))(?!\w)   # " euros", "-dollar", " Norwegian kroner"
      | (?:{_SP}|(?!{_alt(lx.WORDLIKE_CODES)}))         # " EUR", " NOK"; glued "5EUR",
        (?P<suf_code>{_ISO})(?![A-Za-z])               #   but not "4ALL"
        (?![ \t\u00a0]*[0-9])                           #   nor "a NOK 5 billion": a prefix
      | (?:{_SP})?(?P<suf_sym>{_SUFFIX_SYMBOL})(?![ \t]?[0-9])  # " €", " zł"; not "a €50bn"
    )?
    """,
    re.VERBOSE,
)

# Plural or unquantified scales: "billions", "hundreds of millions", "several billion".
_VAGUE_RE: Final = with_first_chars(re.compile(
    rf"""
    (?<!\w)                                            # not inside a word
    (?:
        (?:(?P<v_pre>{_PREFIX_SYMBOL})(?:{_SP})?)?     # "£billions" (British usage)
        (?:(?i:(?P<v_mul>hundreds|tens|dozens)){_SP}(?i:of){_SP})?   # "hundreds of"
        (?i:(?P<v_plural>thousands|millions|billions|trillions))     # "millions", "billions"
      | (?i:(?P<v_few>a{_SP}few|several|many|a{_SP}couple(?:{_SP}of)?)){_SP}  # "a few"
        (?:(?i:(?P<v_hundred>hundred)){_SP})?          # "several hundred"
        (?i:(?P<v_scale>thousand|million|billion|trillion|bn|mn|tn))  # "million", "bn"
      | (?i:multi-?(?P<v_multi>million|billion|trillion))  # "multibillion(-dollar)"
      | (?i:(?:low|mid|high)[-\s]+)?                    # "low double-digit million",
        (?i:(?P<v_digits>single|double|triple|two|three))-digit{_SP}  # company releases
        (?i:(?P<v_dscale>million|billion)s?)           #   ("double-digit billions")
    )
    (?!\w)                                             # a whole word
    (?:                                                # currency, if stated:
        {_SP}(?i:of){_SP}(?P<v_cur_of>(?i:{_CUR_NAME}))(?!\w)   # " of dollars"
      | (?:{_SP}|-)(?P<v_cur>(?i:{_CUR_NAME}))(?!\w)  # " euros", "-dollar"
    )?
    """,
    re.VERBOSE,
))

# A qualifier just before a figure ("more than ", "around "); searched back from the figure.
_QUALIFIER_BEFORE_RE: Final = re.compile(
    rf"""
    (?:(?<!\w)(?P<q>(?i:{_alt(_QUALIFIER_BEFORE)}))    # "more than", "around", "up to"
       {_SP}                                           # then the figure
     | (?P<sign>{_alt(_QUALIFIER_SIGN)})[ \t\u00a0]?   # or a sign: "~$23 billion"
    )\Z
    """,
    re.VERBOSE,
)

# A qualifier just after a figure ("$5 billion or more").
_QUALIFIER_AFTER_RE: Final = re.compile(
    rf"""
    {_SP}(?P<q>(?i:{_alt(_QUALIFIER_AFTER)}))(?!\w)    # " or more", " or so"
    """,
    re.VERBOSE,
)

# "between" before the first end of a range; searched back from the figure.
_BETWEEN_RE: Final = re.compile(
    rf"""
    (?<!\w)(?i:between){_SP}\Z                         # "between €1 billion and €2 billion"
    """,
    re.VERBOSE,
)

# A minus sign or word just before a figure: "-$5 billion", "minus €2 billion". A hyphen after
# a word, number or bracket is a range dash or a compound ("$1-$2 billion"), not a sign.
_NEGATIVE_BEFORE_RE: Final = re.compile(
    rf"""
    (?:
        (?<![\w.,)\]%\u2212-])[-\u2212]               # "-$5", "−€5"; not "$1-$2"
      | (?<!\w)(?i:minus|negative){_SP}                 # "minus $5 billion"
    )\Z                                                # then the figure
    """,
    re.VERBOSE,
)

# A scale word or currency at the start of the next line: a figure broken by a hard wrap
# ("$5\nbillion"). Figures do not cross line breaks, so it is flagged, not read as "$5".
_BROKEN_AFTER_RE: Final = re.compile(
    rf"""
    {_WRAP}                                            # one line break
    (?:
        (?P<scale>(?i:{_SCALE_WORD}))(?![A-Za-z])      # "billion", "bn"
      | (?i:{_CUR_NAME})(?!\w)                         # "euros"
      | (?:{_ISO}|{_SUFFIX_SYMBOL})(?![A-Za-z])(?![ \t]*[0-9])   # "EUR", "€"; not "EUR 5"
    )
    """,
    re.VERBOSE,
)

# "from" before a figure: "rose from $1 billion to $2 billion" is two figures, not a range.
_FROM_RE: Final = re.compile(
    rf"""
    (?<!\w)(?i:from){_SP}\Z                            # "from $1 billion"
    """,
    re.VERBOSE,
)

# The gap between the two ends of a range.
_BY_RE: Final = re.compile(
    rf"""
    (?<!\w)(?i:by){_SP}\Z                              # "by €1.3 billion"
    """,
    re.VERBOSE,
)

_RANGE_GAP_RE: Final = re.compile(
    rf"""
    (?:{_SP})?{_PUNCT_DASH}(?:{_SP})?                  # "$1-2 billion", "€1bn–€2bn"
  | {_SP}(?P<to>(?i:to)){_SP}                          # "1.5 to 2 billion euros"
    """,
    re.VERBOSE,
)

# The gap in "between X and Y".
_AND_GAP_RE: Final = re.compile(
    rf"""
    {_SP}(?i:and){_SP}                                 # "between $1 billion and $2 billion"
    """,
    re.VERBOSE,
)

# A money verb just before a currency-less figure ("pledged an additional 2 billion").
_VERB_BEFORE_RE: Final = re.compile(
    rf"""
    (?<!\w)(?i:{_MONEY_VERB})                          # "pledged", "commit", "spent"
    (?:{_SP}(?i:{_FILLER}))*                           # "an additional", "a further"
    {_SP}\Z                                            # then the figure
    """,
    re.VERBOSE,
)

# Money nouns just after a currency-less figure ("billions in additional military aid").
_NOUN_AFTER_RE: Final = re.compile(
    rf"""
    {_SP}(?i:
        (?:more{_SP})?                                 # "billions more in aid"
        (?:
            (?:in|worth{_SP}of|for){_SP}(?:{_ANY_WORD}{_SP}){{0,3}}{_MONEY_NOUN}  # "in ... aid"
          | of{_SP}(?:{_ANY_WORD}{_SP})?{_MASS_NOUN}   # "of (new) funding"
          | {_MASS_NOUN}                               # "a multibillion aid package"
        )
    )(?!\w)
    """,
    re.VERBOSE,
)

# "of" + anything but money after a figure: a count ("millions of Ukrainians").
_OF_OTHER_RE: Final = re.compile(
    rf"""
    {_SP}(?i:of){_SP}                                  # " of "
    (?!(?i:(?:{_ANY_WORD}{_SP})?{_MASS_NOUN}|{_CUR_NAME})(?!\w))   # not "of (new) funding"
    """,
    re.VERBOSE,
)

# What may follow a currency-less figure after a money verb; any other word is a count.
_NEXT_OK_RE: Final = re.compile(
    rf"""
    [ \t\u00a0]*(?:[^\w\s]|\n|\Z)                      # punctuation, line end, text end
  | {_SP}(?i:{_NEXT_OK})(?!\w)                         # "more", "in", "to", "for"
    """,
    re.VERBOSE,
)

# Gap between one figure and the same figure in another currency.
_PAIR_GAP_RE: Final = re.compile(
    rf"""
    \s*                                                # space after the first figure
    (?:
        [(\[]                                          # "€21 billion (around $24 billion)"
        (?:\s*(?i:or|equivalent{_SP}to|the{_SP}equivalent{_SP}of|equal{_SP}to))?  # "(or $24bn)"
      | ,?{_SP}(?i:or)                                 # "$1.5 billion, or about €1.4 billion"
      | ,?{_SP}(?i:equivalent{_SP}to|the{_SP}equivalent{_SP}of|equal{_SP}to)  # ", equal to"
      | /                                              # "$5bn/€4.6bn"
    )
    \s*                                                # space before the second figure
    """,
    re.VERBOSE,
)

# A country cue for an ambiguous currency word, one group per ISO code: "Norway" -> NOK.
_CUE_RE: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{code}>{_alt([*cues, code])})" for code, cues in lx.CURRENCY_CUES.items())
    + r")(?!\w)"
)

# Between two countries named as one ("Denmark and Norway", "Danish-Norwegian"): the
# nearest of them does not decide an ambiguous currency word.
_JOINED_CUES_RE: Final = re.compile(r"\s*(?:-|/|&|and)\s*|\s+and\s+")

# The end of a sentence, for the cue nearest a figure: ". ", "! ", "? " or a line break.
_SENTENCE_END_RE: Final = re.compile(r"[.!?](?=\s)|\n")

# --- broad scan for looks_like_money -----------------------------------------------------------

_ANY_SCALE: Final = rf"(?i:{_SCALE_WORD}|{_ialt(lx.VAGUE_PLURALS)})"  # any scale word

# A currency marker right before a number or a scale word.
_LOOK_MARKER_BEFORE_RE: Final = with_first_chars(re.compile(
    rf"""
    (?P<marker>
        {_PREFIX_SYMBOL}                               # "€", "US$", "C$"
      | [{re.escape(lx.CURRENCY_SIGNS)}]                  # any currency sign: "₦", "₿"
      | (?<![A-Za-z])(?!{_alt(lx.WORDLIKE_CODES)}\b){_ISO}(?![A-Za-z])  # "EUR" (not "TOP")
      | (?<![A-Za-z])(?:[Kk]r|Rs)\.?(?![A-Za-z])        # "kr", "Rs"
    )
    (?:{_SP}|{_WRAP})?                                 # "EUR 5", "€5", "€" at a line end
    (?:
        {_DIGITS}(?:{_SCALE})?                         # "5", "5 billion", "5bn"
      | [0-9]*[\u00bc-\u00be\u2150-\u215e](?:{_SCALE})?   # "$½ billion": vulgar fractions
      | {_ANY_SCALE}(?!\w)                             # "billions"
      | (?i:{_UNIT}){_SP}{_ANY_SCALE}                  # "two billion"
    )
    """,
    re.VERBOSE,
))

# Any capitalised three-letter code before a number and a scale word ("XYZ 5 billion").
_LOOK_CODE_RE: Final = with_first_chars(re.compile(
    rf"""
    (?<![A-Za-z])(?!{_alt(lx.CAPITAL_WORDS)}\b)(?P<marker>[A-Z]{{3}})(?![A-Za-z])  # "XYZ"
    (?:{_SP})?[0-9][0-9.,]*                            # "5"
    (?:{_SP})?{_ANY_SCALE}(?![A-Za-z])                 # "billion"
    """,
    re.VERBOSE,
))

# A number or scale word right before a currency name, code or sign.
_LOOK_MARKER_AFTER_RE: Final = with_first_chars(re.compile(
    rf"""
    (?:[0-9]|(?<![A-Za-z])(?:{_ANY_SCALE}|(?i:{_UNIT})))   # "5", "billion", "two"; not "often"
    (?:(?:{_SP})?{_ANY_SCALE})?                        # "5 billion"
    (?:
        (?:{_SP}|-|{_WRAP})(?:(?i:of){_SP})?           # " ", "-", "\n", " of "
        (?=[A-Za-z])                                   # (a letter: skips the long lists fast)
        (?P<marker>(?i:{_CUR_NAME})|{_ISO}(?![A-Za-z]))(?!\w)  # "euros", "kroner", "NOK"
      | (?:{_SP}|{_WRAP})?(?P<sym>{_SUFFIX_SYMBOL})(?!\w)   # "€", " zł"
      | (?:{_SP}|{_WRAP})?                             # any sign after a number:
        (?P<sign>{_PREFIX_SYMBOL}|[{re.escape(lx.CURRENCY_SIGNS)}])   # " ₦", "5$", "5 US$"
      | (?:{_SP}|{_WRAP})?(?P<amb>(?:[Kk]r|Rs)\.?)(?![A-Za-z])  # "5kr", "500Rs"
    )
    """,
    re.VERBOSE,
))

# A standalone scale word, checked for money context by _scale_in_context.
_LOOK_SCALE_RE: Final = with_first_chars(re.compile(
    rf"""
    (?<![A-Za-z]){_ANY_SCALE}(?!\w)                    # "billion", "billions", "bn"
    """,
    re.VERBOSE,
))

# A number grouped by _GROUP_SEPARATORS (the first branch of _DIGITS), and its separators.
_GROUPED_RE: Final = re.compile(
    rf"""
    (?P<whole>[0-9]{{1,3}}(?:[{_GROUP_SEPARATORS}][0-9]{{3}})+)  # "21 000 000"
    (?:[.,](?P<frac>[0-9]+))?                          # ",50"
    """,
    re.VERBOSE,
)
_GROUP_SPLIT_RE: Final = re.compile(f"[{_GROUP_SEPARATORS}]")

_WORD_RE: Final = re.compile(r"[A-Za-z]+")  # words in a context window
_YEAR_RE: Final = re.compile(r"(?:19|20)[0-9]{2}")  # a bare number that is probably a year


# --- what a reader sees ------------------------------------------------------------------------

# Characters that render as nothing: soft hyphen, Arabic letter mark, Mongolian vowel separator,
# zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word joiner and
# invisible operators, bidi isolates, BOM (Unicode "Cf" characters that news text may carry).
_INVISIBLE: Final = (
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
)

# What the reader of a page does not see as text: invisible characters, HTML tags, entities.
_HIDDEN_RE: Final = re.compile(
    rf"""
    (?=[<&\d{_INVISIBLE}])                             # (what a branch starts with: skips fast)
    (?:
    (?P<invisible>[{_INVISIBLE}]+)                     # "€2\u200b1 billion"
  | (?P<digits>[^\D0-9]+)                              # digits of other scripts: "€٢١", "€２１"
  | </?(?P<tag>[A-Za-z][A-Za-z0-9]{{0,15}})\b[^<>\n]{{0,300}}>   # "<b>", "</span>", "<br/>"
  | (?P<entity>&(?:amp;)?(?:                         # an entity, also double-escaped
                                                       # ("&amp;euro;": scraped pages)
        \#[0-9]{{1,7}}|\#[xX][0-9A-Fa-f]{{1,6}}         # "&#36;", "&#x20AC;"
      | [A-Za-z][A-Za-z0-9]{{1,31}}                     # "&euro;", "&nbsp;"
    );)
    )
    """,
    re.VERBOSE,
)

# Tags inside a line of text (HTML's phrasing content): removed. Any other tag ("<p>", "<br>",
# "<td>") ends a line, so no figure is read across it.
_INLINE_TAGS: Final = frozenset(
    [
        *("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em"),
        *("font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike"),
        *("strong", "sub", "sup", "time", "tt", "u", "var", "wbr"),
    ]
)


@dataclass(frozen=True)
class _Visible:
    """The text as a reader sees it, and where each of its characters came from in the raw text.

    ``edits`` are (visible_start, visible_end, raw_start, raw_end) of each replaced stretch, in
    order; between them the two texts run in step.
    """

    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def raw_start(self, pos: int) -> int:
        """Raw offset of the visible character at ``pos``."""
        i = bisect.bisect_right(self.edits, pos, key=lambda e: e[0]) - 1
        if i < 0:
            return pos
        _, v_end, r_start, r_end = self.edits[i]
        return r_start if pos < v_end else r_end + (pos - v_end)

    def raw_end(self, pos: int) -> int:
        """Raw offset just after the visible character at ``pos - 1``."""
        i = bisect.bisect_right(self.edits, pos - 1, key=lambda e: e[0]) - 1
        if i < 0:
            return pos
        _, v_end, _, r_end = self.edits[i]
        return r_end if pos - 1 < v_end else r_end + (pos - v_end)


def _visible(text: str) -> _Visible:
    """``text`` without invisible characters and markup (see the module docstring).

    >>> v = _visible("<b>€2\u200b1</b> bn")
    >>> v.text, v.raw_start(0), v.raw_end(len(v.text))
    ('€21 bn', 3, 14)
    """
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    raw_pos = vis_pos = 0
    for m in _HIDDEN_RE.finditer(text):
        if tag := m["tag"]:
            shown = "" if tag.lower() in _INLINE_TAGS else "\n"
        elif digits := m["digits"]:
            shown = "".join(str(unicodedata.decimal(c)) for c in digits)  # one for one
        elif entity := m["entity"]:
            shown = html.unescape(html.unescape(entity) if entity.startswith("&amp;")
                                  else entity)
            if shown == entity or "<" in shown or "&" in shown:
                continue  # an unknown entity, or markup written as text: keep it as it is
            shown = re.sub(f"[{_INVISIBLE}]", "", shown)
        else:
            shown = ""
        pieces.append(text[raw_pos : m.start()])
        vis_pos += m.start() - raw_pos
        edits.append((vis_pos, vis_pos + len(shown), m.start(), m.end()))
        pieces.append(shown)
        vis_pos += len(shown)
        raw_pos = m.end()
    if not edits:
        return _Visible(text)
    pieces.append(text[raw_pos:])
    return _Visible("".join(pieces), tuple(edits))


def _to_raw(text: str, visible: _Visible, mention: MoneyMention) -> MoneyMention:
    """A mention found in the visible text, with its span and surface on the raw text."""
    start, end = visible.raw_start(mention.start), visible.raw_end(mention.end)
    return replace(mention, start=start, end=end, surface=text[start:end])


# --- reading numbers ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _pow10(exponent: int) -> Decimal:
    """``10 ** exponent`` as an exact Decimal.

    >>> _pow10(9), _pow10(-1)
    (Decimal('1E+9'), Decimal('0.1'))
    """
    return Decimal(1).scaleb(exponent)


def _groups_ok(groups: list[str]) -> bool:
    """True for thousands groups "1", "500", "000" (first 1-3 digits, then exactly 3)."""
    first, rest = groups[0], groups[1:]
    return 1 <= len(first) <= 3 and all(len(g) == 3 for g in rest)


def _read_digits(text: str) -> tuple[Decimal, Decimal] | None:
    """(number, step) for a number in digits; None if its separators make no sense.

    A comma followed by exactly three digits groups thousands, any other comma is a decimal
    comma ("2,4"); with both separators the last one is the decimal point.

    >>> _read_digits("1,500,000")
    (Decimal('1500000'), Decimal('1E+5'))
    >>> _read_digits("2,4"), _read_digits("2.4")
    ((Decimal('2.4'), Decimal('0.1')), (Decimal('2.4'), Decimal('0.1')))
    >>> _read_digits("150")
    (Decimal('150'), Decimal('1E+1'))
    >>> _read_digits("1,2,3") is None
    True
    >>> _read_digits("21 000 000"), _read_digits("21'000,5")
    ((Decimal('21000000'), Decimal('1E+6')), (Decimal('21000.5'), Decimal('0.1')))
    """
    if grouped := _GROUPED_RE.fullmatch(text):  # "21 000 000", "21'000,50"
        whole = _GROUP_SPLIT_RE.sub("", grouped["whole"])
        frac = grouped["frac"] or ""
        return _number_and_step(whole, frac)
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        point = "," if text.rfind(",") > text.rfind(".") else "."
        sep = "." if point == "," else ","
        whole, _, frac = text.rpartition(point)
        if point in whole or not _groups_ok(whole.split(sep)):
            return None
        whole = whole.replace(sep, "")
    elif commas or dots:
        sep = "," if commas else "."
        groups = text.split(sep)
        if len(groups) == 2 and not (sep == "," and len(groups[1]) == 3):
            whole, frac = groups  # "2,4", "2.4", "1.500" (one dot is a decimal point)
        elif _groups_ok(groups):
            whole, frac = "".join(groups), ""  # "1,500", "1.500.000"
        else:
            return None
    else:
        whole, frac = text, ""
    return _number_and_step(whole, frac)


def _number_and_step(whole: str, frac: str) -> tuple[Decimal, Decimal]:
    """(number, step) from the digits before and after the decimal point."""
    number = Decimal(f"{whole}.{frac}" if frac else whole)
    if frac:
        return number, _pow10(-len(frac))
    significant = whole.rstrip("0")
    return number, _pow10(len(whole) - len(significant) if significant else 0)


def _count_words(words: list[str]) -> Decimal:
    """The whole number in words like ["three", "hundred", "and", "fifty"]."""
    total = 0
    for word in words:
        if word in ("a", "an"):
            total = total or 1
        elif word in lx.MULTIPLIER_WORDS:
            total = (total or 1) * lx.MULTIPLIER_WORDS[word]
        elif word in lx.NUMBER_WORDS:
            total += lx.NUMBER_WORDS[word]
    return Decimal(total)


def _read_words(text: str) -> Decimal:
    """The number in words matched by ``_WORDS``.

    >>> [str(_read_words(w)) for w in ["two", "a", "half a", "one and a half", "twenty-five"]]
    ['2', '1', '0.5', '1.5', '25']
    >>> [str(_read_words(w)) for w in ["three hundred and fifty", "three quarters of a"]]
    ['350', '0.75']
    """
    words = [w for w in _WORD_RE.findall(text.lower()) if w != "of"]
    fraction = next((w for w in words if w in lx.FRACTION_WORDS), None)
    if fraction is None:
        return _count_words(words)
    part = lx.FRACTION_WORDS[fraction]
    before = words[: words.index(fraction)]
    if len(before) >= 2 and before[-2] == "and":  # "one and a half"
        return _count_words(before[:-2]) + part
    if not before or before == ["a"] or before == ["an"]:  # "half a", "a half"
        return part
    return _count_words(before) * part  # "three quarters of a"


def _step_of(number: Decimal) -> Decimal:
    """The unit of the last non-zero digit of a number (for numbers written in words)."""
    exponent = number.normalize().as_tuple().exponent
    return _pow10(exponent if isinstance(exponent, int) else 0)


def _bounds(
    qualifier: Qualifier, low: Decimal, high: Decimal, step: Decimal
) -> tuple[Decimal, Decimal]:
    """The honest range of a figure [low, high] written with ``qualifier``.

    >>> _bounds("more_than", Decimal("21e9"), Decimal("21e9"), Decimal("1e9"))
    (Decimal('2.1E+10'), Decimal('2.2E+10'))
    >>> _bounds("around", Decimal("24e9"), Decimal("24e9"), Decimal("1e9"))
    (Decimal('2.35E+10'), Decimal('2.45E+10'))
    """
    if qualifier in ("more_than", "at_least"):
        return low, high + step
    if qualifier == "around":
        return low - step / 2, high + step / 2
    if qualifier == "nearly":
        return low - step, high
    if qualifier in ("up_to", "less_than"):
        return Decimal(0), high
    return low, high


# --- amounts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Amount:
    """A figure before qualifiers: one number or a written range, with what was wrong."""

    start: int
    end: int
    low: Decimal | None  # in currency units; None when unreadable
    high: Decimal | None
    value: Decimal | None  # None for a range
    number: Decimal | None  # the number before its scale ("2.4" in "2.4 billion")
    step: Decimal | None
    scaled: bool  # a scale word was written
    currency: str | None
    marked: bool  # a currency marker was written (known, ambiguous or unknown)
    prefix: bool  # the marker is before the number
    article_only: bool  # the number is just "a"/"an" ("a dollar")
    year_like: bool  # a bare four-digit number such as 2022
    problem: str  # "" or why it cannot be read
    negative: bool = False  # a minus sign inside the match: "$-5 billion"


def _nearest_option(
    text: str, start: int, end: int, options: Sequence[str]
) -> tuple[str | None, bool]:
    """(the option whose country the text names nearest the figure, any option named at all).

    The figure's sentence gives the option of its nearest cue ("Sweden paid $275 million,
    Norway 1.5 billion kroner"); else its paragraph, else the whole text, when it names only
    one option.
    """
    cues = [(m.start(), m.end(), m.lastgroup) for m in _CUE_RE.finditer(text)
            if m.lastgroup in options]
    if not cues:
        return None, False
    sentence = (_sentence_start(text, start), _sentence_end(text, end))
    inside = [(s, e, code) for s, e, code in cues if sentence[0] <= s and e <= sentence[1]]
    if inside:
        s, e, code = min(inside, key=lambda c: max(c[0] - end, start - c[1]))
        if any(other != code and _JOINED_CUES_RE.fullmatch(text, *(
                (e2, s) if e2 <= s else (e, s2))) for s2, e2, other in inside):
            return None, True  # "Denmark and Norway gave 5 billion kroner": a joint sum
        return code, True
    paragraph = (text.rfind("\n", 0, start) + 1, _find_or_end(text, "\n", end))
    for lo, hi in (paragraph, (0, len(text))):
        named = {code for s, e, code in cues if lo <= s and e <= hi}
        if len(named) == 1:
            return named.pop(), True
    return None, True


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after ". ", "! ", "? " or a line break)."""
    found = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 400), start)]
    return found[-1] if found else max(0, start - 400)


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends."""
    m = _SENTENCE_END_RE.search(text, end, end + 400)
    return m.start() if m else min(len(text), end + 400)


def _find_or_end(text: str, sub: str, start: int) -> int:
    """``text.find(sub, start)``, or the text's length when absent."""
    i = text.find(sub, start)
    return len(text) if i < 0 else i


def _name_currency(
    name: str, text: str = "", start: int = 0, end: int = 0
) -> tuple[str | None, str]:
    """(ISO code, problem) for a currency name or ambiguous word as written at
    ``text[start:end]``; an ambiguous word is read by the country the text names
    (:data:`~aidlib.lexicon.CURRENCY_CUES`)."""
    key = " ".join(name.lower().split())
    if key in lx.CURRENCY_NAMES:
        return lx.CURRENCY_NAMES[key], ""
    options = lx.AMBIGUOUS_CURRENCIES.get(key, ())
    code, named = _nearest_option(text, start, end, options) if text else (None, False)
    if code is not None:
        return code, ""
    why = "; the text names several of their countries" if named else ""
    return None, f"ambiguous currency {name!r} (could be {', '.join(options)}{why})"


def _amount(match: re.Match[str]) -> _Amount:
    """Read one ``_AMOUNT_RE`` match."""
    start, end = match.span()
    problems: list[str] = []
    currencies: list[str] = []
    marked = prefix = False
    scale_text = match["scale"]
    if sym := match["pre_sym"]:
        currencies.append(lx.PREFIX_SYMBOLS[sym])
        marked = prefix = True
    elif sym := match["pre_scaled"]:
        currencies.append(lx.SCALED_PREFIX_SYMBOLS[sym])
        marked = prefix = True
    elif code := match["pre_code"]:
        known = code in lx.ISO_4217_CODES
        if match["num_d"] and scale_text and not known and code not in lx.CAPITAL_WORDS:
            problems.append(f"unknown currency {code!r}")
            marked = prefix = True
        elif known and match["num_d"] and (scale_text or code not in lx.WORDLIKE_CODES):
            currencies.append(code)
            marked = prefix = True
        else:  # "THE 5", "TOP 10": the capitals are a word, not a currency
            start = match.start("num_d") if match["num_d"] else match.start("num_w")
    elif amb := match["pre_amb"]:
        code_or_none, problem = _name_currency(amb, match.string, start, end)
        if code_or_none:
            currencies.append(code_or_none)
        else:
            problems.append(problem)
        marked = prefix = True
    if name := match["suf_name"]:
        code_or_none, problem = _name_currency(name, match.string, start, end)
        marked = True
        if code_or_none:
            currencies.append(code_or_none)
        else:
            problems.append(problem)
    elif code := match["suf_code"]:
        currencies.append(code)
        marked = True
    elif sym := match["suf_sym"]:
        currencies.append(lx.SUFFIX_SYMBOLS[sym])
        marked = True
    if len(set(currencies)) > 1:
        problems.append(f"two currencies stated ({', '.join(currencies)})")
    scale = Decimal(1)
    if scale_text:
        scale = lx.SCALE_WORDS[" ".join(scale_text.strip(" \t\u00a0-").lower().split())]
    number: Decimal | None = None
    step: Decimal | None = None
    if digits := match["num_d"]:
        read = _read_digits(digits)
        if read is None:
            shown = digits if len(digits) <= 40 else digits[:37] + "..."
            problems.append(f"unparseable number {shown!r}")
        else:
            number, step = read
    else:
        number = _read_words(match["num_w"])
        step = _step_of(number)
    value = low = high = None
    if number is not None and step is not None and not problems:
        value = low = high = number * scale
        step = step * scale
    return _Amount(
        start=start,
        end=end,
        low=low,
        high=high,
        value=value,
        number=number,
        step=step if not problems else None,
        scaled=bool(scale_text),
        currency=currencies[0] if currencies and not problems else None,
        marked=marked,
        prefix=prefix,
        article_only=bool(match["num_w"]) and match["num_w"].lower() in ("a", "an"),
        year_like=bool(match["num_d"])
        and not scale_text
        and _YEAR_RE.fullmatch(match["num_d"]) is not None,
        problem="; ".join(problems),
        negative=bool(match["neg"]),
    )


def _join_range(text: str, a: _Amount, b: _Amount) -> _Amount | None:
    """The written range "a-b", "a to b" or "between a and b", or None if they are not one."""
    if a.problem or b.problem or a.number is None or b.number is None:
        return None
    if a.step is None or b.step is None or b.low is None or a.low is None:
        return None
    gap = text[a.end : b.start]
    between = _BETWEEN_RE.search(text, max(0, a.start - 12), a.start)
    start = a.start
    sep: re.Match[str] | None = None
    if between and _AND_GAP_RE.fullmatch(gap):
        start = between.start()
    else:
        sep = _RANGE_GAP_RE.fullmatch(gap)
        if sep is None or (sep["to"] and _FROM_RE.search(text, max(0, a.start - 8), a.start)):
            return None
        if sep["to"] and a.scaled and _BY_RE.search(text, max(0, a.start - 6), a.start):
            return None  # "grew by €2 billion to €9 billion": a change, then the level
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if b.prefix and not a.prefix:  # "2022 to $5 billion": the first number is something else
        return None
    if a.marked and not a.prefix and not b.marked:  # "5 billion euros to 2 billion people"
        return None
    if a.year_like and not a.marked:
        return None
    low, step_a = a.low, a.step
    if not a.scaled and b.scaled:  # "$1-2 billion": the scale of b applies to a
        factor = b.low / b.number if b.number else Decimal(1)
        low, step_a = a.number * factor, a.step * factor
    if not low < b.low:
        if sep is None or sep["to"] or not (b.scaled or b.marked) or b.article_only:
            return None  # "fell by $5 billion to 2 billion euros": two figures, "£3bn-a-year"
        shown = text[a.start : b.end]
        return replace(b, start=a.start, low=None, high=None, value=None, step=None,
                       currency=None, marked=a.marked or b.marked, prefix=a.prefix or b.prefix,
                       problem=f"reversed range {shown!r}: the first end is not the lower")
    return replace(
        b,
        start=start,
        low=low,
        value=None,
        step=max(step_a, b.step),
        currency=b.currency or a.currency,
        marked=a.marked or b.marked,
        prefix=a.prefix or b.prefix,
        article_only=False,
        year_like=False,
    )


# A currency name right before a number ("Swiss francs 5 billion", "euros 300 million":
# tables and lists of contributions). Read by _name_before only for a figure in digits with
# a scale word and no marker of its own, where no amount before it ends on the name.
_NAME_BEFORE_RE: Final = re.compile(rf"(?<![\w-])(?P<name>{_CUR_NAME}){_SP}$",
                                    re.VERBOSE | re.IGNORECASE)


def _name_before(text: str, amount: _Amount, floor: int) -> _Amount:
    """``amount`` with a currency name written before it (see ``_NAME_BEFORE_RE``), if any.

    >>> _name_before("Swiss francs 5 billion", _amounts("Swiss francs 5 billion")[0], 0).currency
    'CHF'
    """
    if amount.marked or not amount.scaled or amount.problem or amount.negative or not (
            amount.start and text[amount.start].isdigit()):
        return amount
    name = _NAME_BEFORE_RE.search(text, max(floor, amount.start - 40), amount.start)
    if name is None:
        return amount
    code, problem = _name_currency(name["name"], text, name.start(), amount.end)
    read = replace(amount, start=name.start(), currency=code, marked=True, prefix=True)
    if problem:  # "kroner 5 billion" with no country to decide: unread, with the reason
        read = replace(read, low=None, high=None, value=None, step=None, problem=problem)
    return read


def _amounts(text: str) -> list[_Amount]:
    """Every number-like amount in text, with written ranges joined."""
    raw = [_amount(m) for m in _AMOUNT_RE.finditer(text)
           if not (m["pre_code"] and rate_quote(text, m.start("pre_code"), m.end()))]
    raw = [_name_before(text, a, raw[i - 1].end if i else 0) for i, a in enumerate(raw)]
    out: list[_Amount] = []
    i = 0
    while i < len(raw):
        joined = _join_range(text, raw[i], raw[i + 1]) if i + 1 < len(raw) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return out


def _money_context(text: str, start: int, end: int) -> bool:
    """True when a figure without currency reads as money: "pledged billions in aid"."""
    if _OF_OTHER_RE.match(text, end):
        return False
    if _NOUN_AFTER_RE.match(text, end):
        return True
    verb = _VERB_BEFORE_RE.search(text, max(0, start - 60), start)
    return verb is not None and _NEXT_OK_RE.match(text, end) is not None


_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\W*\Z")


def _particle(text: str, at: int, word: str) -> bool:
    """Whether the qualifier ``word`` at ``at`` is a verb's particle or follows an article
    ("handed over $4.5 billion", "the past $5 billion"): then it qualifies nothing."""
    hosts = lx.NOT_QUALIFIER_AFTER.get(word)
    if not hosts:
        return False
    prev = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return prev is not None and prev.group(1).lower() in hosts


def _qualify(text: str, start: int, end: int) -> tuple[int, int, Qualifier]:
    """Widen a figure's span over its qualifier words and say which qualifier they give."""
    qualifier: Qualifier = "exact"
    before = _QUALIFIER_BEFORE_RE.search(text, max(0, start - 20), start)
    if before and before["sign"]:
        qualifier = _QUALIFIER_SIGN[before["sign"]]
        start = before.start()
    elif before and not _particle(text, before.start(), before["q"].lower()):
        phrase = " ".join(before["q"].lower().split())
        qualifier = _QUALIFIER_BEFORE[phrase]
        if phrase not in lx.QUALIFIERS_OUTSIDE_SPAN:
            start = before.start()
    after = _QUALIFIER_AFTER_RE.match(text, end)
    if after:
        if qualifier == "exact":
            qualifier = _QUALIFIER_AFTER[" ".join(after["q"].lower().split())]
        end = after.end()
    return start, end, qualifier


def _rejected(text: str, start: int, end: int, reason: str) -> MoneyMention:
    """A figure that looks like money but cannot be read."""
    return MoneyMention(
        start, end, text[start:end], None, None, None, None, None, "exact", False, False, reason
    )


def _from_amount(text: str, amount: _Amount) -> MoneyMention | None:
    """The mention for an amount, or None when the amount is not money."""
    if amount.problem:
        if amount.marked:
            return _rejected(text, amount.start, amount.end, amount.problem)
        return None
    broken = _BROKEN_AFTER_RE.match(text, amount.end)
    if broken and (amount.marked or amount.scaled or not broken["scale"]):
        return _rejected(text, amount.start, broken.end(), _BROKEN)  # "$5\nbillion", "5\neuros"
    if not amount.marked and not amount.scaled:
        return None  # a plain number: "20 people", "2022"
    before = text[max(0, amount.start - 12) : amount.start]
    sign = None
    lowered = before.lower()
    if "-" in before or "\u2212" in before or "minus" in lowered or "negative" in lowered:
        sign = _NEGATIVE_BEFORE_RE.search(text, max(0, amount.start - 12), amount.start)
    if sign or amount.negative:
        return _rejected(text, sign.start() if sign else amount.start, amount.end, _NEGATIVE)
    if amount.article_only and not amount.scaled:
        return None  # "a dollar", "a euro zone"
    if _weighed_pounds(text, amount.start, amount.end):
        return None  # "weighing about 2,000 pounds": a weight
    start, end, qualifier = _qualify(text, amount.start, amount.end)
    if not amount.marked and not _money_context(text, start, end):
        return None  # "1.5 trillion" with nothing saying it is money
    assert amount.low is not None and amount.high is not None and amount.step is not None
    low, high = _bounds(qualifier, amount.low, amount.high, amount.step)
    return MoneyMention(
        start=start,
        end=end,
        surface=text[start:end],
        currency=amount.currency,
        low=low,
        high=high,
        value=amount.value,
        step=amount.step,
        qualifier=qualifier,
        vague=False,
        parsed=True,
        reason="" if amount.currency else _NO_CURRENCY,
    )


def _vague(text: str, match: re.Match[str]) -> MoneyMention | None:
    """The mention for a vague scale ("hundreds of millions of dollars"), or None."""
    start, end = match.span()
    name = match["v_cur_of"] or match["v_cur"]
    currency: str | None = None
    if sym := match["v_pre"]:
        currency = lx.PREFIX_SYMBOLS[sym]
    elif name:
        currency, problem = _name_currency(name, text, start, end)
        if currency is None:
            return _rejected(text, start, end, problem)
    if plural := match["v_plural"]:
        unit = lx.VAGUE_PLURALS[plural.lower()]
        factors = lx.VAGUE_MULTIPLIERS[(match["v_mul"] or "").lower()]
    elif few := match["v_few"]:
        unit = lx.SCALE_WORDS[match["v_scale"].lower()]
        if match["v_hundred"]:
            unit *= 100
        factors = lx.VAGUE_FEW[" ".join(few.lower().split())]
    elif digits := match["v_digits"]:
        unit = lx.SCALE_WORDS[match["v_dscale"].lower()]
        factors = lx.VAGUE_DIGITS[digits.lower()]
    else:
        unit = lx.SCALE_WORDS[match["v_multi"].lower()]
        factors = lx.VAGUE_FEW["multi"]
    if currency is None and not (unit >= Decimal("1e6") and _money_context(text, start, end)):
        return None  # "hundreds of thousands of drones", "millions of Ukrainians"
    return MoneyMention(
        start=start,
        end=end,
        surface=text[start:end],
        currency=currency,
        low=factors[0] * unit,
        high=factors[1] * unit,
        value=None,
        step=None,
        qualifier="vague",
        vague=True,
        parsed=True,
        reason="" if currency else _NO_CURRENCY,
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def find_money(
    text: str, *, max_chars: int = MAX_TEXT_CHARS, dollar: str = "USD"
) -> list[MoneyMention]:
    """Every money figure in ``text``, in text order; never raises on a text of at most
    ``max_chars`` characters (a longer one raises :class:`~aidlib.errors.TextTooLong`).
    ``dollar`` is what a bare "$" or "dollars" means: USD, as in US and wire copy, unless
    the outlet writes for another dollar country ("AUD" in an Australian paper).

    >>> [m.surface for m in find_money("UK pledged more than €21 billion (around $24 billion).")]
    ['more than €21 billion', 'around $24 billion']
    >>> m = find_money("contracts worth 2.4 billion euros")[0]
    >>> m.currency, m.value, m.step, m.qualifier
    ('EUR', Decimal('2.4E+9'), Decimal('1E+8'), 'exact')
    >>> m = find_money("over $580 million")[0]
    >>> m.low, m.high
    (Decimal('5.80E+8'), Decimal('5.90E+8'))
    >>> m = find_money("They will spend hundreds of millions of dollars more.")[0]
    >>> m.surface, m.currency, m.low, m.high, m.vague
    ('hundreds of millions of dollars', 'USD', Decimal('2.00E+8'), Decimal('1.000E+9'), True)
    >>> m = find_money("Nordic states gave 5 billion kroner")[0]
    >>> m.parsed, m.reason
    (False, "ambiguous currency 'kroner' (could be NOK, DKK)")
    >>> find_money("hundreds of thousands of drones, 155 mm shells, 20 people")
    []
    >>> m = find_money("<b>€2\u200b1</b> billion")[0]
    >>> m.surface, m.value
    ('€2\u200b1</b> billion', Decimal('2.1E+10'))
    """
    if len(text) > max_chars:
        raise TextTooLong(
            f"a text of {len(text)} characters, above the limit of {max_chars}: split it, "
            "or pass find_money(text, max_chars=...)"
        )
    return list(_money_in(text, dollar))


@functools.lru_cache(maxsize=ARTICLES_CACHED)
def _money_in(text: str, dollar: str) -> tuple[MoneyMention, ...]:
    """:func:`find_money` once a text: the mentions and the claims of an article share it."""
    return tuple(_money_or_rejected(text, dollar))


def _money_or_rejected(text: str, dollar: str) -> list[MoneyMention]:
    try:
        visible = _visible(text)
        found = _find_money(visible.text)
        if visible.edits:
            found = [_to_raw(text, visible, m) for m in found]
        if dollar != "USD":
            found = [_local_dollar(m, dollar) for m in found]
        return found
    except Exception as exc:  # a bug must not lose the text's figures: reject it whole
        log.exception("find_money failed on a text of %d characters", len(text))
        spans = looks_like_money(text) if not isinstance(exc, RecursionError) else []
        return [_rejected(text, s, e, f"parser error: {exc!r}") for s, e in spans]


# A dollar sign or word with no country mark: "$5m", "5 million dollars", but not "US$5m",
# "A$5m", "U.S. dollars" or "Canadian dollars".
_BARE_DOLLAR: Final = re.compile(
    r"(?<![A-Za-z.$])\$|(?<!US )(?<!U\.S\. )(?<!American )\b[Dd]ollars?\b"
)


def _local_dollar(mention: MoneyMention, dollar: str) -> MoneyMention:
    """``mention`` in the outlet's ``dollar`` when it is USD only by a bare "$" or "dollars"."""
    if mention.currency == "USD" and _BARE_DOLLAR.search(mention.surface):
        return replace(mention, currency=dollar)
    return mention


def _find_money(text: str) -> list[MoneyMention]:
    """The work of :func:`find_money`."""
    candidates: list[MoneyMention] = []
    for match in _VAGUE_RE.finditer(text):
        if (mention := _vague(text, match)) is not None:
            candidates.append(mention)
    for amount in _amounts(text):
        try:
            mention = _from_amount(text, amount)
        except (InvalidOperation, ArithmeticError) as exc:  # e.g. an absurdly long number
            mention = _rejected(text, amount.start, amount.end, f"cannot compute: {exc!r}")
        if mention is not None:
            candidates.append(mention)
    # Where two readings overlap keep the earlier, then the longer: "a few hundred million
    # dollars" (vague) beats "hundred million dollars" (an amount inside it).
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[MoneyMention] = []
    for mention in candidates:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    ends = [m.end for m in kept]  # kept is in text order and does not overlap: ends ascend
    missed: list[tuple[int, int]] = []  # hits no mention covers, merged where they overlap
    for start, end, m_start, m_end in _looks_like_money(text):
        i = bisect.bisect_right(ends, m_start)  # the first kept mention ending after the marker
        if i < len(kept) and kept[i].start < m_end:
            continue  # the marker is read or rejected
        if i > 0:
            start = max(start, ends[i - 1])  # a mention of the number before the marker
        if i < len(kept):
            end = min(end, kept[i].start)  # ... or after it
        while text[start].isspace():
            start += 1
        hit = (start, end)
        if missed and hit[0] < missed[-1][1]:
            missed[-1] = (missed[-1][0], max(hit[1], missed[-1][1]))
        else:
            missed.append(hit)
    for start, end in missed:
        log.debug("no rule read %r at %d", text[start:end], start)
        reason = _FALLBACK if any(c.isnumeric() for c in text[start:end]) else _NO_NUMBER
        kept.append(_rejected(text, start, end, reason))
    kept.sort(key=lambda m: m.start)
    return kept


# --- pairs -------------------------------------------------------------------------------------


def find_currency_pairs(text: str, mentions: Sequence[MoneyMention]) -> list[tuple[int, int]]:
    """Indexes (i, j) of mentions that give one figure in two currencies.

    >>> text = "more than €21 billion (around $24 billion) and $1.5 billion, or about €1.4 billion"
    >>> find_currency_pairs(text, find_money(text))
    [(0, 1), (2, 3)]
    """
    pairs: list[tuple[int, int]] = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (a.parsed and b.parsed and a.currency and b.currency):
            continue
        if a.currency == b.currency or a.end > b.start:
            continue
        if _PAIR_GAP_RE.fullmatch(text, a.end, b.start):
            pairs.append((i, i + 1))
            log.debug("pair %r / %r", a.surface, b.surface)
    return pairs


def pair_numbers(text: str, mentions: Sequence[MoneyMention]) -> dict[int, int]:
    """Index into ``mentions`` -> its currency pair's number (1, 2, ... in text order).

    >>> text = "€21 billion (around $24 billion) and $5 billion"
    >>> pair_numbers(text, find_money(text))
    {0: 1, 1: 1}
    """
    numbers: dict[int, int] = {}
    for n, (i, j) in enumerate(find_currency_pairs(text, mentions), start=1):
        numbers[i] = numbers[j] = n
    return numbers


# --- the broad scan ----------------------------------------------------------------------------


def _scale_in_context(text: str, start: int, end: int) -> bool:
    """True when a standalone scale word sits near money words (broadly, for looks_like_money)."""
    if _OF_OTHER_RE.match(text, end):
        return False
    after = _WORD_RE.findall(text, end, min(len(text), end + 50))[:4]
    noun_near = any(w.lower() in lx.MONEY_NOUNS for w in after)
    counted = bool(after) and after[0].lower() not in lx.MONEY_NOUNS
    if counted and not _NEXT_OK_RE.match(text, end):
        return False  # "20 million people": a count ("5 billion euros" is another rule's)
    before = _WORD_RE.findall(text, max(0, start - 60), start)[-4:]
    return noun_near or any(w.lower() in lx.MONEY_VERBS for w in before)


def looks_like_money(text: str) -> list[tuple[int, int]]:
    """Spans that look like money, found broadly; every one should overlap a find_money mention.

    It flags a currency sign, code or name next to a number or scale word, and a scale word
    near a money verb or noun. It is a safety net, not a parser.

    >>> looks_like_money("NATO pledged billions; Norway gave NOK 10 billion; 155 mm; 20 people")
    [(13, 21), (35, 49)]
    """
    visible = _visible(text)
    spans = [(start, end) for start, end, _, _ in _looks_like_money(visible.text)]
    if visible.edits:
        spans = [(visible.raw_start(s), visible.raw_end(e)) for s, e in spans]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _looks_like_money(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, marker start, marker end) of each hit :func:`looks_like_money` merges.

    Unmerged and with the currency marker's own span (the whole hit for a bare scale word),
    so that a mention of the number beside a marker does not hide the marker ("5$ 000€",
    "$5 billion billion CHF").
    """
    hits: list[tuple[int, int, int, int]] = []
    for pattern in (_LOOK_MARKER_BEFORE_RE, _LOOK_CODE_RE, _LOOK_MARKER_AFTER_RE):
        for m in pattern.finditer(text):  # each pattern's only named groups are its markers
            marker = m.span(m.lastgroup or 0)
            if _weighed_pounds(text, m.start(), marker[1]):
                continue  # "weighing about 2,000 pounds": a weight
            if pattern is _LOOK_MARKER_BEFORE_RE and rate_quote(text, marker[0], m.end()):
                continue  # "EUR/USD 1.08": an exchange rate
            hits.append((*m.span(), *marker))
    for m in _LOOK_SCALE_RE.finditer(text):
        if _scale_in_context(text, m.start(), m.end()):
            hits.append((*m.span(), *m.span()))
    hits.sort()
    return hits


# --- writing amounts ---------------------------------------------------------------------------

FORMAT_STYLES: Final = ("symbol", "short", "name", "code", "code_short", "explicit")

# Scales format_money writes, largest first: (size, word, abbreviation).
_WRITE_SCALES: Final = (
    (Decimal("1e12"), "trillion", "tn"),
    (Decimal("1e9"), "billion", "bn"),
    (Decimal("1e6"), "million", "m"),
    (Decimal("1e3"), "", "k"),  # written out in digits except in the "short" styles
)


def _plain(number: Decimal, *, grouped: bool = False) -> str:
    """A Decimal without exponent or trailing zeros: 2.4, 300, 1,500."""
    text = format(number.normalize(), ",f" if grouped else "f")
    return text


def format_money(value: Decimal, currency: str, style: str = "symbol") -> str:
    """Write an amount the way news does, in a form :func:`find_money` reads back.

    Styles: "symbol" (€2.4 billion), "short" (€2.4bn, $300m), "name" (2.4 billion euros),
    "code" (EUR 2.4 billion), "code_short" (EUR 2.4bn), "explicit" (US$1.5 billion). A currency
    without a symbol or name in the lexicon is written with its code.

    >>> [format_money(Decimal("2.4e9"), "EUR", s) for s in ("symbol", "name", "code_short")]
    ['€2.4 billion', '2.4 billion euros', 'EUR 2.4bn']
    >>> format_money(Decimal("3e8"), "USD", "short")
    '$300m'
    >>> format_money(Decimal("1.5e9"), "USD", "explicit")
    'US$1.5 billion'
    >>> format_money(Decimal("1500000"), "NOK", "name"), format_money(Decimal("1500"), "GBP")
    ('1.5 million Norwegian kroner', '£1,500')
    """
    if style not in FORMAT_STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(FORMAT_STYLES)}")
    if currency not in lx.ISO_4217_CODES:
        raise ValueError(f"unknown currency {currency!r}: not an ISO 4217 code")
    if value < 0:
        raise ValueError(f"cannot write a negative amount {value}")
    short = style in ("short", "code_short")
    number = _plain(value, grouped=True)
    for size, word, abbreviation in _WRITE_SCALES:
        if value >= size and (word or short):
            scale = abbreviation if short else " " + word
            number = _plain(value.scaleb(-(size.adjusted()))) + scale
            break
    symbol = {"symbol": lx.FORMAT_SYMBOLS, "short": lx.FORMAT_SYMBOLS}.get(style, {})
    if style == "explicit":
        symbol = {**lx.FORMAT_SYMBOLS, **lx.EXPLICIT_SYMBOLS}
    if currency in symbol:
        return f"{symbol[currency]}{number}"
    if style == "name" and currency in lx.FORMAT_NAMES:
        return f"{number} {lx.FORMAT_NAMES[currency]}"
    return f"{currency} {number}"
