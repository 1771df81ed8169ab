"""Word lists the money parser reads: currencies, scale words, number words, qualifiers.

Data only, no logic. Every table says where it came from. Keys that are words are written in
lower case with single spaces; the parser matches them case-insensitively and lets any run of
whitespace stand for a space. Symbols and ISO codes are matched exactly as written here.

Sources:
- ISO 4217 active codes: the ISO 4217 "List one" maintained by SIX Financial Information
  (amendments to 2024), plus the codes still common in 2022-2026 news (HRK until 2023, SLL).
- Currency symbols and names: Unicode CLDR English display names and symbols (cldr-json,
  ``numbers/currencies.json``), narrowed to what English-language news actually writes.
- Scale words and their abbreviations: house styles of Reuters ("$1.5 billion", "$300 mln"),
  the Financial Times / Economist ("$1.5bn", "£300m") and Bloomberg ("$1.5 billion").
- Number words: English cardinal numbers (CLDR spell-out rules, ``spellout-numbering``).
- English stop words: the most frequent English function words (the head of any English word
  frequency list, e.g. the Brown corpus), used only to notice a text that is not English.
- Qualifiers and money verbs/nouns: chosen by hand from English wire copy on aid to Ukraine;
  each entry is a phrase that directly precedes or follows a figure.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Final

__all__ = [
    "AMBIGUOUS_CURRENCIES",
    "ATTACHED_SCALES",
    "CAPITAL_WORDS",
    "CONTEXT_FILLERS",
    "CURRENCY_CUES",
    "CURRENCY_NAMES",
    "CURRENCY_SIGNS",
    "ENGLISH_STOP_WORDS",
    "EXPLICIT_SYMBOLS",
    "FORMAT_NAMES",
    "FORMAT_SYMBOLS",
    "FRACTION_WORDS",
    "MONEY_MASS_NOUNS",
    "MONEY_NOUNS",
    "MONEY_VERBS",
    "MULTIPLIER_WORDS",
    "NEXT_WORDS_OK",
    "NOT_QUALIFIER_AFTER",
    "NUMBER_WORDS",
    "OUTLET_DOLLARS",
    "PREFIX_SYMBOLS",
    "QUALIFIERS_OUTSIDE_SPAN",
    "QUALIFIER_PREFIXES",
    "QUALIFIER_SIGNS",
    "QUALIFIER_SUFFIXES",
    "SCALED_PREFIX_SYMBOLS",
    "SCALE_WORDS",
    "SUFFIX_SYMBOLS",
    "VAGUE_DIGITS",
    "VAGUE_FEW",
    "VAGUE_MULTIPLIERS",
    "VAGUE_PLURALS",
    "WORDLIKE_CODES",
]

# ISO 4217 "List one": active alphabetic codes (SIX Financial Information), incl. funds/metals.
_ISO_4217_CODES_TEXT: Final = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD
    BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP
    DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS
    INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
    MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR
    PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
    SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW
    UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XTS XUA
    XXX YER ZAR ZMW ZWG ZWL
"""
ISO_4217_CODES: Final[frozenset[str]] = frozenset(_ISO_4217_CODES_TEXT.split())

# ISO codes that are also English words ("TOP 10", "ALL 27 members" in capitals): they count as
# a currency only with a scale word after the number ("TRY 5 billion").
_WORDLIKE_CODES_TEXT: Final = """
    ALL BOB CUP GEL MAD MOP PEN SOS TOP TRY
"""
WORDLIKE_CODES: Final[frozenset[str]] = frozenset(_WORDLIKE_CODES_TEXT.split())

# Three-letter English words that headlines in capitals put before a number ("THE 5 BILLION
# PACKAGE"): never read as an unknown currency code. Chosen by hand.
_CAPITAL_WORDS_TEXT: Final = """
    THE AND FOR BUT NOT ARE WAS HAS HAD ITS WHO NEW OUT GET GOT SAY SET ANY OUR HIS HER ONE TWO
    SIX TEN ALL NOW WAR AID USE MAY CAN
"""
CAPITAL_WORDS: Final[frozenset[str]] = frozenset(_CAPITAL_WORDS_TEXT.split())

# Symbols written before the amount (CLDR narrow/standard symbols). "$" alone is USD, as in
# US and international wire copy; "¥" alone is JPY (Japan is the donor that appears in aid news;
# CLDR writes the yuan as "CN¥").
PREFIX_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "JP¥": "JPY",
    "CN¥": "CNY",
    "RMB": "CNY",
    "₴": "UAH",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "MX$": "MXN",
    "Fr.": "CHF",
    # the taka as Bangladeshi dailies write it before a number ("Tk 1,550 crore", "Tk50")
    "Tk": "BDT",
    "Tk.": "BDT",
}

# Letters that are a currency before a number only when a scale word follows it: "R1.8
# trillion", "R500m" in South African outlets (the rand); "R2" alone is a road or a model.
SCALED_PREFIX_SYMBOLS: Final[dict[str, str]] = {"R": "ZAR"}

# Every currency sign in the Basic Multilingual Plane (Unicode general category "Sc": "$", "€",
# "₦", "₿", "﷼" ...), from the Unicode database Python ships. A sign not in PREFIX_SYMBOLS is
# still money-looking: the parser returns it unparsed with a reason, never drops it.
CURRENCY_SIGNS: Final = "".join(
    c for c in map(chr, range(0x10000)) if unicodedata.category(c) == "Sc"
)

# Symbols written after the amount ("5 mld zł", "100 €" in European style).
SUFFIX_SYMBOLS: Final[dict[str, str]] = {
    "€": "EUR",
    "£": "GBP",
    "₴": "UAH",
    "₽": "RUB",
    "zł": "PLN",
    "Kč": "CZK",
}

# Currency names written after the amount, plural and singular (CLDR English display names,
# plus the spellings news uses: "roubles", "hryvnias"/"hryvnia", "zlotys"/"zloty").
CURRENCY_NAMES: Final[dict[str, str]] = {
    "euros": "EUR",
    "euro": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "pounds": "GBP",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "egyptian pounds": "EGP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnyas": "UAH",
    "hryvnas": "UAH",
    "hryvna": "UAH",
    "ukrainian hryvnias": "UAH",
    "ukrainian hryvnia": "UAH",
    "rubles": "RUB",
    "ruble": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "russian rubles": "RUB",
    "russian roubles": "RUB",
    "belarusian rubles": "BYN",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "norwegian crowns": "NOK",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "danish crowns": "DKK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "swedish crowns": "SEK",
    "icelandic kronur": "ISK",
    "czech crowns": "CZK",
    "czech korunas": "CZK",
    "czech koruna": "CZK",
    "korunas": "CZK",
    "koruna": "CZK",
    "zlotys": "PLN",
    "zloty": "PLN",
    "zlotych": "PLN",
    "polish zlotys": "PLN",
    "polish zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "hungarian forints": "HUF",
    "romanian lei": "RON",
    "moldovan lei": "MDL",
    "bulgarian levs": "BGN",
    "leva": "BGN",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "south korean won": "KRW",
    "korean won": "KRW",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "lira": "TRY",
    "liras": "TRY",
    "shekels": "ILS",
    "new shekels": "ILS",
    "rand": "ZAR",
    "reais": "BRL",
    "brazilian reais": "BRL",
    "mexican pesos": "MXN",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "kazakh tenge": "KZT",
    "tenge": "KZT",
    "georgian lari": "GEL",
    "taka": "BDT",
    "bangladeshi taka": "BDT",
    # Slang: "quid" is only ever sterling; "bucks" is read as USD by the rule that reads a
    # bare "$" as USD (US and international wire copy).
    "quid": "GBP",
    "bucks": "USD",
    "buck": "USD",
}

# Names and symbols that stand for several currencies: never guessed, rejected with the options.
AMBIGUOUS_CURRENCIES: Final[dict[str, tuple[str, ...]]] = {
    "kr": ("NOK", "DKK", "SEK", "ISK"),
    "kr.": ("NOK", "DKK", "SEK", "ISK"),
    "kroner": ("NOK", "DKK"),
    "krone": ("NOK", "DKK"),
    "kronor": ("SEK", "ISK"),
    "krona": ("SEK", "ISK"),
    "crowns": ("NOK", "DKK", "SEK", "CZK", "ISK"),
    "francs": ("CHF", "XOF", "XAF", "XPF"),
    "franc": ("CHF", "XOF", "XAF", "XPF"),
    "pesos": ("MXN", "ARS", "CLP", "COP", "PHP"),
    "rupees": ("INR", "PKR", "LKR", "NPR"),
    "rs": ("INR", "PKR", "LKR", "NPR"),  # "Rs 500 crore": South Asian press, before the number
    "rs.": ("INR", "PKR", "LKR", "NPR"),
    "dinars": ("RSD", "IQD", "KWD", "JOD", "DZD", "TND"),
    "riyals": ("SAR", "QAR", "OMR", "YER"),
    "dirhams": ("AED", "MAD"),
    "shillings": ("KES", "UGX", "TZS", "SOS"),
    "lei": ("RON", "MDL"),
}

# Words that name the country of one of the AMBIGUOUS_CURRENCIES' options (country, adjective,
# capital; English Wikipedia's article titles and demonyms). An ambiguous word ("kroner", "lei")
# is read as the option whose country the text names nearest it: the figure's own sentence
# (the nearest cue), else its paragraph or the whole text when they name only one option.
# The option's ISO code written anywhere ("NOK") is a cue too. Chosen by hand.
CURRENCY_CUES: Final[dict[str, tuple[str, ...]]] = {
    "NOK": ("Norway", "Norwegian", "Norwegians", "Oslo"),
    "DKK": ("Denmark", "Danish", "Danes", "Copenhagen"),
    "SEK": ("Sweden", "Swedish", "Swedes", "Stockholm"),
    "ISK": ("Iceland", "Icelandic", "Icelanders", "Reykjavik"),
    "CZK": ("Czech", "Czechia", "Prague"),
    "RON": ("Romania", "Romanian", "Romanians", "Bucharest"),
    "MDL": ("Moldova", "Moldovan", "Moldovans", "Chisinau", "Chișinău"),
    "CHF": ("Switzerland", "Swiss", "Bern", "Berne", "Geneva", "Zurich", "Zürich"),
    "INR": ("India", "Indian", "Indians", "New Delhi", "Delhi", "Mumbai"),
    "PKR": ("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi"),
    "LKR": ("Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"),
    "NPR": ("Nepal", "Nepali", "Nepalese", "Kathmandu"),
}

# What a bare "$" means for an outlet: a word of the outlet's name (``articles.csv``,
# column ``outlet``) that places it in a dollar country. Australian, Canadian and New Zealand
# papers write their own dollar as "$" and the US one as "US$"; wire copy and US papers write
# "$" for the US dollar. Country, demonym, large cities, and outlets whose names say neither
# (Wikipedia's lists of newspapers and broadcasters of each country). Chosen by hand.
OUTLET_DOLLARS: Final[dict[str, tuple[str, ...]]] = {
    "AUD": ("Australia", "Australian", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
            "Canberra", "Hobart", "AAP", "SBS", "news.com.au"),
    "CAD": ("Canada", "Canadian", "Toronto", "Ottawa", "Montreal", "Vancouver", "Calgary",
            "Edmonton", "Winnipeg", "CBC", "CTV", "Globe and Mail", "National Post"),
    "NZD": ("New Zealand", "Auckland", "Wellington", "RNZ", "NZ Herald"),
    "SGD": ("Singapore", "Straits Times"),
    "HKD": ("Hong Kong",),
}

# Scale words after a number, with the power of ten they stand for. Reuters writes "mln"/"bln",
# the FT "m"/"bn"/"tn", Bloomberg spells words out; "tln" is a wire abbreviation too.
SCALE_WORDS: Final[dict[str, Decimal]] = {
    "thousand": Decimal("1e3"),
    "k": Decimal("1e3"),
    "million": Decimal("1e6"),
    "millions": Decimal("1e6"),
    "m": Decimal("1e6"),
    "mn": Decimal("1e6"),
    "mln": Decimal("1e6"),
    "mil": Decimal("1e6"),
    "billion": Decimal("1e9"),
    "billions": Decimal("1e9"),
    "bn": Decimal("1e9"),
    "b": Decimal("1e9"),
    "bln": Decimal("1e9"),
    "trillion": Decimal("1e12"),
    "trillions": Decimal("1e12"),
    "tn": Decimal("1e12"),
    "trn": Decimal("1e12"),
    "tln": Decimal("1e12"),
    # Continental abbreviations of "milliard" in English-language copy from the region:
    # "5 mld zł" (Polish, Czech), "EUR 5 Mrd" (German).
    "mld": Decimal("1e9"),
    "mrd": Decimal("1e9"),
    # South Asian scales (Indian numbering; also Pakistan, Nepal, Sri Lanka): "₹500 crore".
    "lakh": Decimal("1e5"),
    "lakhs": Decimal("1e5"),
    "crore": Decimal("1e7"),
    "crores": Decimal("1e7"),
    "lakh crore": Decimal("1e12"),
    "lakh crores": Decimal("1e12"),
}

# Scale abbreviations that count only when glued to the number ("$300m", not "155 m").
ATTACHED_SCALES: Final[frozenset[str]] = frozenset({"k", "m", "b"})

# English cardinal words (CLDR spellout), "one" to "ninety".
NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Words that multiply what comes before them ("three hundred", "a dozen").
MULTIPLIER_WORDS: Final[dict[str, int]] = {"hundred": 100, "dozen": 12}

# Fractions of the scale that follows ("half a billion", "one and a half billion").
FRACTION_WORDS: Final[dict[str, Decimal]] = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "quarters": Decimal("0.25"),
}

# Plural scale nouns used vaguely ("billions", "hundreds of millions"): the unit they count.
VAGUE_PLURALS: Final[dict[str, Decimal]] = {
    "thousands": Decimal("1e3"),
    "millions": Decimal("1e6"),
    "billions": Decimal("1e9"),
    "trillions": Decimal("1e12"),
}

# "<multiplier> of <plural>": range of the count in units of the plural's scale.
# "billions" alone is [2, 10) of them: a plural means at least two, and ten would be "tens of".
VAGUE_MULTIPLIERS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "": (Decimal(2), Decimal(10)),
    "tens": (Decimal(20), Decimal(100)),
    "dozens": (Decimal(24), Decimal(100)),
    "hundreds": (Decimal(200), Decimal(1000)),
}

# "<few-word> [hundred] <scale>": range of the count in units of the scale.
VAGUE_FEW: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "a few": (Decimal(2), Decimal(10)),
    "several": (Decimal(2), Decimal(10)),
    "many": (Decimal(2), Decimal(10)),
    "a couple of": (Decimal(2), Decimal(3)),
    "a couple": (Decimal(2), Decimal(3)),
    "multi": (Decimal(2), Decimal(10)),
}

# "<n>-digit <scale>" as company releases write orders ("in the mid single-digit million
# dollar range", "double-digit billions of euros"): the count of the scale has that many
# digits. "low"/"mid"/"high" before it do not narrow the range (how far is not said).
VAGUE_DIGITS: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "single": (Decimal(1), Decimal(10)),
    "double": (Decimal(10), Decimal(100)),
    "two": (Decimal(10), Decimal(100)),
    "triple": (Decimal(100), Decimal(1000)),
    "three": (Decimal(100), Decimal(1000)),
}

# Phrases written just before a figure, and the qualifier they give it.
QUALIFIER_PREFIXES: Final[dict[str, str]] = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "past": "more_than",
    "upwards of": "more_than",
    "just over": "more_than",
    "a bit over": "more_than",
    "a little over": "more_than",
    "slightly over": "more_than",
    "a bit more than": "more_than",
    "a little more than": "more_than",
    "slightly more than": "more_than",
    "just above": "more_than",
    "well above": "more_than",
    "well over": "more_than",
    "north of": "more_than",
    "at least": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "approx.": "around",
    "roughly": "around",
    "some": "around",
    "an estimated": "around",
    "estimated": "around",
    "circa": "around",
    "in the region of": "around",
    "in the order of": "around",
    "on the order of": "around",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "a bit under": "nearly",
    "a little under": "nearly",
    "slightly under": "nearly",
    "a little less than": "nearly",
    "slightly less than": "nearly",
    "close to": "nearly",
    "closer to": "nearly",
    "just shy of": "nearly",
    "up to": "up_to",
    "as much as": "up_to",
    "as large as": "up_to",
    "as high as": "up_to",
    "a maximum of": "up_to",
    "no more than": "up_to",
    "not more than": "up_to",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
}

# Signs written just before a figure as a qualifier ("~$23 billion" in newsletters and
# slides; "≈"): in the span, as qualifier words are.
QUALIFIER_SIGNS: Final[dict[str, str]] = {"~": "around", "≈": "around"}

# Qualifier phrases that give the figure its qualifier but stay outside its span: a noun
# phrase whose head is the bound, not the figure (guide v2 clarifications: "a minimum of X"
# is at_least with the phrase outside the span; "with a maximum value of X" likewise up_to).
QUALIFIERS_OUTSIDE_SPAN: Final = frozenset({"a minimum of", "a maximum of"})

# Words before a qualifier word that make it something else: the particle of a phrasal verb
# ("handed over $4.5 billion", "forked over", "signed over") or an article ("the past $5
# billion": the most recent). The figure is then exact.
NOT_QUALIFIER_AFTER: Final[dict[str, frozenset[str]]] = {
    "over": frozenset(["hand", "hands", "handed", "handing", "turn", "turns", "turned",
                       "turning", "sign", "signs", "signed", "signing", "fork", "forks",
                       "forked", "forking", "pass", "passes", "passed", "passing"]),
    "past": frozenset(["the", "its", "their"]),
}

# Phrases written just after a figure ("$5 billion or more").
QUALIFIER_SUFFIXES: Final[dict[str, str]] = {
    "or more": "at_least",
    "or so": "around",
    "or less": "up_to",
}

# Verbs that make a bare scale word money ("pledged billions", "commit billions more").
_MONEY_VERBS_TEXT: Final = """
    pledge pledged pledges pledging commit commits committed committing spend spends spent
    spending provide provides provided providing give gives gave given giving allocate
    allocates allocated allocating approve approves approved approving earmark earmarks
    earmarked raise raises raised raising donate donates donated donating invest invests
    invested investing fund funds funded funding budget budgeted cost costs costing worth
    owe owes owed borrow borrowed lend lends lent loan loans loaned pay pays paid paying
    unlock unlocked release released transfer transferred mobilize mobilized mobilise
    mobilised secure secured receive received receiving channel channelled channeled
"""
MONEY_VERBS: Final[frozenset[str]] = frozenset(_MONEY_VERBS_TEXT.split())

# Nouns that make a bare scale word money when they follow "in", "of" or "worth of"
# ("billions in additional military aid", "millions of funding").
_MONEY_NOUNS_TEXT: Final = """
    aid assistance funding funds support loans loan grants grant financing finance
    investment investments weapons arms equipment ammunition munitions reconstruction
    subsidies revenue revenues assets credit credits bonds guarantees contracts spending
    payments sanctions budget damages reparations tax taxes debt help
"""
MONEY_NOUNS: Final[frozenset[str]] = frozenset(_MONEY_NOUNS_TEXT.split())

# Uncountable money nouns: these make a figure money even after "of" or with no preposition
# ("millions of funding", "a multibillion aid package"); after "of", a countable noun makes the
# figure a count ("millions of shells").
_MONEY_MASS_NOUNS_TEXT: Final = """
    aid assistance funding financing finance support investment credit help spending revenue
    budget
"""
MONEY_MASS_NOUNS: Final[frozenset[str]] = frozenset(_MONEY_MASS_NOUNS_TEXT.split())

# Words allowed between a money verb and the figure ("pledged an additional 2 billion").
_CONTEXT_FILLERS_TEXT: Final = """
    a an the another additional further extra fresh new out up over more nearly
"""
CONTEXT_FILLERS: Final[frozenset[str]] = frozenset(_CONTEXT_FILLERS_TEXT.split())

# Words that may follow a currency-less figure that a money verb introduces; any other word
# makes it a count of that word ("pledged 2 million doses" is not money).
_NEXT_WORDS_OK_TEXT: Final = """
    more in to for toward towards worth into on over this last next since by as and or from
    at a per each every through until annually yearly so already
"""
NEXT_WORDS_OK: Final[frozenset[str]] = frozenset(_NEXT_WORDS_OK_TEXT.split())

# How format_money writes each currency: the symbol ("symbol"/"short" styles) ...
FORMAT_SYMBOLS: Final[dict[str, str]] = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "UAH": "₴",
    "RUB": "₽",
    "CAD": "C$",
    "AUD": "A$",
    "INR": "₹",
    "KRW": "₩",
}

# ... the symbol that names the country too ("explicit" style: "US$1.5 billion") ...
EXPLICIT_SYMBOLS: Final[dict[str, str]] = {
    "USD": "US$",
    "CAD": "C$",
    "AUD": "A$",
    "NZD": "NZ$",
    "HKD": "HK$",
}

# ... and the plural name ("name" style: "2.4 billion euros").
FORMAT_NAMES: Final[dict[str, str]] = {
    "EUR": "euros",
    "USD": "dollars",
    "GBP": "pounds",
    "NOK": "Norwegian kroner",
    "DKK": "Danish kroner",
    "SEK": "Swedish kronor",
    "CAD": "Canadian dollars",
    "AUD": "Australian dollars",
    "JPY": "yen",
    "CNY": "yuan",
    "UAH": "hryvnias",
    "RUB": "rubles",
    "CHF": "Swiss francs",
    "PLN": "zlotys",
    "CZK": "Czech korunas",
    "HUF": "forints",
}

# The most frequent English function words: a text in which few of its words are these is not
# English (the corpus loader notes it, since every rule here reads English).
_ENGLISH_STOP_WORDS_TEXT: Final = """
    the of and to in a is that for on with as was by it at from be are has have had said will
    an this not but he she his her they their its or were which who been more after also would
    than we our you i there about into can could over up out when what all one two new
"""
ENGLISH_STOP_WORDS: Final[frozenset[str]] = frozenset(_ENGLISH_STOP_WORDS_TEXT.split())
