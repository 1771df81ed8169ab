"""Word lists that the meeting extractor (:mod:`aidlib.events`) depends on.

Where they came from:

- ``CITIES`` and ``VENUES``: hand-compiled from the capitals of Europe, North America and
  the post-Soviet states (Wikipedia, "List of national capitals") plus the places where
  talks about the war in Ukraine were held in 2022-2025 as listed in Wikipedia's
  "Peace negotiations in the Russian invasion of Ukraine" and "Ukraine Defense Contact
  Group" articles; spellings as met in English and translated news copy (Kiev, Kÿiv).
- ``ORG_WORDS`` and ``TITLE_CONCEPTS``: the orgs and role names of ``data/people.yaml``
  with the demonyms and title variants met in news text ("France's defense minister",
  "the NATO chief").
- ``GROUPS``: collective participants met in reports of multilateral meetings.
- ``SPEECH_VERBS``: reporting verbs of news register (the AP Stylebook's "said" family).
- ``COLLECTIVE_BODIES`` and ``COLLECTIVE_ACTS``: how wire copy (Reuters, AP, AFP) reports
  the outcome of a Council of the EU configuration ("EU finance ministers approved"), a
  NATO ministerial ("NATO defence ministers agreed") or a leaders' summit ("G7 leaders
  endorsed"): the formations of the Council of the EU (consilium.europa.eu, "Council
  configurations") and of NATO ministerials, and the decision verbs of those reports.
- ``NEGATED_BEFORE`` and ``NEGATED_AFTER``: the ways news copy on the 2022-2026 peace
  efforts says talks did not or will not happen ("talks were put on ice", "froze talks",
  "no talks are planned", "refused to meet", "ruled out a meeting").

Nothing here is about one article; add words, never facts.
"""

from __future__ import annotations

__all__ = [
    "BARE_TITLES",
    "CITIES",
    "CLAUSE_BREAKS",
    "COLLECTIVE_ACTS",
    "COLLECTIVE_BODIES",
    "COLLECTIVE_QUALIFIERS",
    "GROUPS",
    "KINDS",
    "LATER_EVENT_OPENERS",
    "LEADER_TITLES",
    "MULTILATERAL_ORGS",
    "NEGATED_AFTER",
    "NEGATED_BEFORE",
    "NUMBER_WORDS",
    "ORG_WORDS",
    "SPEECH_VERBS",
    "TITLE_CONCEPTS",
    "VENUES",
]

# The event kinds, in the order used on charts and in tables.
KINDS = ("bilateral meeting", "talks", "visit", "summit or ministerial", "call or video link")

# canonical city -> (country, spellings met in text). Canonical names follow the Kyiv
# Independent / AP style (Kyiv, not Kiev).
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Kyiv": ("Ukraine", ("Kyiv", "Kiev", "Kÿiv", "Kyïv")),
    "Lviv": ("Ukraine", ("Lviv", "Lvov")),
    "Odesa": ("Ukraine", ("Odesa", "Odessa")),
    "Moscow": ("Russia", ("Moscow",)),
    "St Petersburg": ("Russia", ("St. Petersburg", "St Petersburg", "Saint Petersburg")),
    "Minsk": ("Belarus", ("Minsk",)),
    "Brussels": ("Belgium", ("Brussels",)),
    "Paris": ("France", ("Paris",)),
    "London": ("United Kingdom", ("London",)),
    "Berlin": ("Germany", ("Berlin",)),
    "Ramstein": ("Germany", ("Ramstein",)),
    "Munich": ("Germany", ("Munich",)),
    "Rome": ("Italy", ("Rome",)),
    "Madrid": ("Spain", ("Madrid",)),
    "Lisbon": ("Portugal", ("Lisbon",)),
    "The Hague": ("Netherlands", ("The Hague",)),
    "Amsterdam": ("Netherlands", ("Amsterdam",)),
    "Copenhagen": ("Denmark", ("Copenhagen",)),
    "Oslo": ("Norway", ("Oslo",)),
    "Stockholm": ("Sweden", ("Stockholm",)),
    "Helsinki": ("Finland", ("Helsinki",)),
    "Tallinn": ("Estonia", ("Tallinn",)),
    "Riga": ("Latvia", ("Riga",)),
    "Vilnius": ("Lithuania", ("Vilnius",)),
    "Warsaw": ("Poland", ("Warsaw",)),
    "Rzeszow": ("Poland", ("Rzeszow", "Rzeszów")),
    "Prague": ("Czech Republic", ("Prague",)),
    "Bratislava": ("Slovakia", ("Bratislava",)),
    "Vienna": ("Austria", ("Vienna",)),
    "Budapest": ("Hungary", ("Budapest",)),
    "Bucharest": ("Romania", ("Bucharest",)),
    "Chisinau": ("Moldova", ("Chisinau", "Chișinău")),
    "Sofia": ("Bulgaria", ("Sofia",)),
    "Athens": ("Greece", ("Athens",)),
    "Ankara": ("Turkey", ("Ankara",)),
    "Istanbul": ("Turkey", ("Istanbul",)),
    "Geneva": ("Switzerland", ("Geneva",)),
    "Davos": ("Switzerland", ("Davos",)),
    "Bern": ("Switzerland", ("Bern",)),
    "Dublin": ("Ireland", ("Dublin",)),
    "Washington": ("United States", ("Washington DC", "Washington, D.C.", "Washington")),
    "New York": ("United States", ("New York",)),
    "Anchorage": ("United States", ("Anchorage",)),
    "Palm Beach": ("United States", ("Palm Beach",)),
    "Miami": ("United States", ("Miami",)),
    "Ottawa": ("Canada", ("Ottawa",)),
    "Riyadh": ("Saudi Arabia", ("Riyadh",)),
    "Jeddah": ("Saudi Arabia", ("Jeddah",)),
    "Doha": ("Qatar", ("Doha",)),
    "Abu Dhabi": ("United Arab Emirates", ("Abu Dhabi",)),
    "Beijing": ("China", ("Beijing",)),
    "Bishkek": ("Kyrgyzstan", ("Bishkek",)),
    "Astana": ("Kazakhstan", ("Astana",)),
    "Tehran": ("Iran", ("Tehran",)),
    "Pyongyang": ("North Korea", ("Pyongyang",)),
    "Tokyo": ("Japan", ("Tokyo",)),
    "Seoul": ("South Korea", ("Seoul",)),
}

# canonical venue -> (city, spellings met in text). The longest spelling is tried first.
VENUES: dict[str, tuple[str, tuple[str, ...]]] = {
    "the Kremlin": ("Moscow", ("the Kremlin", "Kremlin")),
    "Elysee Palace": ("Paris", ("the Elysee Palace", "Elysee Palace", "the Élysée Palace",
                                "Élysée Palace", "the Elysee", "the Élysée")),
    "the White House": ("Washington", ("the White House", "White House")),
    "the Oval Office": ("Washington", ("the Oval Office", "Oval Office")),
    "Downing Street": ("London", ("Downing Street",)),
    "Lancaster House": ("London", ("Lancaster House",)),
    "Mar-a-Lago": ("Palm Beach", ("Mar-a-Lago",)),
    "Camp David": ("Washington", ("Camp David",)),
    "US base in Ramstein": ("Ramstein", ("the US base in Ramstein", "US base in Ramstein",
                                         "Ramstein Air Base", "the Ramstein air base",
                                         "Ramstein air base")),
    "NATO headquarters": ("Brussels", ("NATO headquarters", "NATO's headquarters",
                                       "NATO’s headquarters")),
    "Mariinsky Palace": ("Kyiv", ("Mariinsky Palace", "the Mariinsky Palace")),
    "the Chancellery": ("Berlin", ("the Chancellery",)),
}

# Words naming an org as in people.yaml ``org`` values: nouns, demonyms, abbreviations.
ORG_WORDS: dict[str, str] = {
    "Ukraine": "Ukraine", "Ukrainian": "Ukraine", "Kyiv": "Ukraine",
    "United States": "United States", "U.S.": "United States", "US": "United States",
    "American": "United States", "America": "United States",
    "Russia": "Russia", "Russian": "Russia",
    "United Kingdom": "United Kingdom", "U.K.": "United Kingdom", "UK": "United Kingdom",
    "Britain": "United Kingdom", "British": "United Kingdom",
    "France": "France", "French": "France",
    "Germany": "Germany", "German": "Germany",
    "NATO": "NATO", "Nato": "NATO", "alliance": "NATO",
    "EU": "European Union", "European Union": "European Union",
    "Estonia": "Estonia", "Estonian": "Estonia",
    "Finland": "Finland", "Finnish": "Finland",
    "Greece": "Greece", "Greek": "Greece",
    "Kremlin": "Russia",
}

# A title as written -> the concept it names; a person holds the concept when the role
# string of people.yaml (lower-cased, "defense" spelled "defence") contains every word of
# the concept's key. "chief" alone only names NATO's head ("the NATO chief").
TITLE_CONCEPTS: dict[str, str] = {
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "defence minister": "defence",
    "defense minister": "defence",
    "minister of defence": "defence",
    "minister of defense": "defence",
    "defence secretary": "defence",
    "defense secretary": "defence",
    "secretary of defense": "defence",
    "secretary of defence": "defence",
    "foreign minister": "foreign minister",
    "secretary general": "secretary general",
    "secretary-general": "secretary general",
    "chief": "secretary general",
    "army secretary": "army secretary",
    "special envoy": "special envoy",
    "pm": "prime minister",
    "leader": "leader",
}

# "the Ukrainian leader": the concept "leader" means a country's head in news copy, which
# is the president in a presidential or semi-presidential republic and the prime minister
# in a parliamentary one (each country's constitution). A country not listed leaves
# "leader" unresolved.
LEADER_TITLES: dict[str, str] = {
    "Ukraine": "president", "Russia": "president", "United States": "president",
    "France": "president", "United Kingdom": "prime minister", "Greece": "prime minister",
    "Estonia": "prime minister",
}

# Titles that name a person with only "the" before them ("The PM promised ..."): the
# holder on the publication day among the countries the sentence, else the article, names;
# two holders (or none) leave the title unresolved. Matched case-sensitively as written.
BARE_TITLES: tuple[str, ...] = ("PM", "prime minister", "Prime Minister", "premier",
                                "Premier", "president", "President")

# Collective participants: phrase -> label. A meeting with one of these is multilateral.
GROUPS: dict[str, str] = {
    "allies": "allies",
    "Western allies": "allies",
    "international allies": "allies",
    "partners": "allies",
    "Ukraine Defense Contact Group": "Ukraine Defense Contact Group",
    "Ukraine Defence Contact Group": "Ukraine Defense Contact Group",
    "Contact Group": "Ukraine Defense Contact Group",
    "foreign ministers": "foreign ministers",
    "defence ministers": "defence ministers",
    "defense ministers": "defense ministers",
    "finance ministers": "finance ministers",
    "economy ministers": "finance ministers",
    "energy ministers": "energy ministers",
    "interior ministers": "interior ministers",
    "justice ministers": "justice ministers",
    "trade ministers": "trade ministers",
    "European Council": "European Council",
    "leaders": "leaders",
    "NATO": "NATO",
    "Nato": "NATO",
    "EU": "European Union",
    "European Union": "European Union",
    "G7": "G7",
    "G20": "G20",
    "Collective Security Treaty Organization": "CSTO",
    "CSTO": "CSTO",
    "coalition of the willing": "coalition of the willing",
}

# Orgs whose meetings are multilateral by nature.
MULTILATERAL_ORGS = frozenset({"NATO", "European Union", "G7", "G20", "CSTO",
                               "Ukraine Defense Contact Group", "coalition of the willing",
                               "allies", "foreign ministers", "defence ministers",
                               "defense ministers", "leaders", "finance ministers",
                               "energy ministers", "interior ministers",
                               "justice ministers", "trade ministers", "European Council"})

# Reporting verbs: a name right before or after one is a speaker, not a participant.
SPEECH_VERBS = ("said", "says", "told", "tells", "added", "wrote", "writes", "noted",
                "stressed", "remarked", "stated", "claimed", "claims", "insisted",
                "according to")

# Words that open a new clause; a participant is looked for in the trigger's clause.
CLAUSE_BREAKS = ("as", "amid", "while", "but", "although", "though", "because",
                 "following", "after", "before", "which", "who", "whereas", "since",
                 "ahead of")

# Clause openers that put the event they introduce after the one before them ("met Rutte
# in Brussels on Tuesday ahead of the alliance's summit in The Hague"): such a clause is
# an event of its own, planned, with only its own date and place.
LATER_EVENT_OPENERS = ("ahead of",)

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# A group subject whose collective decision implies it met ("EU finance ministers approved
# ... on Tuesday"): an optional org word, an optional portfolio, then the head noun. A
# single person ("the finance minister approved") is never such a subject.
COLLECTIVE_BODIES = (
    "ministers", "leaders", "heads of state and government", "heads of government",
    "heads of state", "European Council", "Council of the EU", "EU Council",
)
COLLECTIVE_QUALIFIERS = (
    "EU", "European Union", "European", "NATO", "Nato", "G7", "G20", "allied", "Allied",
    "finance", "foreign", "defence", "defense", "energy", "interior", "justice", "trade",
    "economy", "economic", "agriculture",
)
# Past-tense decision verbs of such reports (the act of a meeting held on the day).
COLLECTIVE_ACTS = (
    "approved", "agreed", "endorsed", "adopted", "signed off on", "signed off",
    "backed", "gave the green light", "green-lighted", "greenlighted", "rubber-stamped",
    "unanimously approved", "decided",
)

# Words right before a meeting word that deny it took place or will ("no talks",
# "refused to meet", "ruled out a meeting", "froze talks"); up to two words may follow.
NEGATED_BEFORE = (
    "no", "not", "never", "refused to", "refuses to", "refuse to", "declined to",
    "declines to", "won't", "wouldn't", "didn't", "did not", "will not", "would not",
    "ruled out", "rules out", "rule out", "ruling out", "froze", "freezes", "freeze",
    "frozen", "suspended", "suspends", "suspend", "halted", "halts", "broke off",
    "breaks off", "pulled out of", "walked out of", "withdrew from", "without",
)
# Words after a meeting word (within its clause) saying it is off: "talks were put on ice".
NEGATED_AFTER = (
    "put on ice", "on ice", "frozen", "suspended", "put on hold", "on hold", "shelved",
    "ruled out", "off the table", "halted",
)
