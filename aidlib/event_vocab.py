"""Word lists that the meeting extractor (:mod:`aidlib.events`) depends on; names come from
the gazetteer.

Where they came from:

- ``CITIES``, ``VENUES``, ``ORG_WORDS``, ``LEADER_TITLES``, ``GROUPS``: read from the
  gazetteer (``aidlib/data/gazetteer.yaml``, sources there); no place is named here.
- ``TITLE_CONCEPTS``: the role names of ``people.yaml`` with the title variants met in
  news text ("France's defense minister", "the NATO chief").
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

from .claim_rules import NUMBER_WORDS as _COUNT_WORDS
from .gazetteer import load_gazetteer

__all__ = [
    "BACK_TITLES",
    "BARE_TITLES",
    "CABINET_MEETINGS",
    "CANCELLED_CUES",
    "CANCELLED_NOUNS",
    "CITIES",
    "CLAUSE_BREAKS",
    "COLLECTIVE_ACTS",
    "COLLECTIVE_BODIES",
    "COLLECTIVE_QUALIFIERS",
    "COUNCIL_MEETINGS",
    "DAY_ORDINALS",
    "FINISHED_CUES",
    "FURNITURE_OPENERS",
    "GATHERING_NAME_NOUNS",
    "GROUPS",
    "HELD_CUES",
    "KINDS",
    "LATER_EVENT_OPENERS",
    "LEADER_TITLES",
    "MEETING_PARTIES",
    "MULTILATERAL_ORGS",
    "NAMED_ORGS",
    "NAME_PARTICLES",
    "NEGATED_AFTER",
    "NEGATED_BEFORE",
    "NOT_NAME_WORDS",
    "NUMBER_WORDS",
    "ONGOING_CUES",
    "OPENED_CUES",
    "ORG_WORDS",
    "PERSON_TITLES",
    "PLANNED_CUES",
    "POSTPONED_TO",
    "PRESENCE_CUES",
    "PROPOSAL_VERBS",
    "SPEECH_VERBS",
    "TITLE_CONCEPTS",
    "VENUES",
    "VENUE_NAME_NOUNS",
    "VIDEO_PARTIES",
]

# The event kinds, in the order used on charts and in tables.
KINDS = ("bilateral meeting", "talks", "visit", "summit or ministerial", "call or video link")

# The names below come from the gazetteer (``aidlib/data/gazetteer.yaml``), in the shapes
# the extractor reads: canonical city -> (country, spellings); venue -> (city, spellings);
# word -> org; country -> the title its "leader" holds; group phrase -> label.
_G = load_gazetteer()
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    c.name: (c.country, c.spellings) for c in _G.cities}
VENUES: dict[str, tuple[str, tuple[str, ...]]] = {v.name: (v.city, v.spellings) for v in _G.venues}
ORG_WORDS: dict[str, str] = {w.word: w.org for w in _G.org_words}
LEADER_TITLES: dict[str, str] = {t.country: t.title for t in _G.leader_titles}
GROUPS: dict[str, str] = {g.phrase: g.label for g in _G.groups}
# Orgs whose meetings are multilateral by nature: every group label.
MULTILATERAL_ORGS = frozenset(GROUPS.values())
# Group labels that identify one organisation (two summits of different ones never merge).
NAMED_ORGS = frozenset(g.label for g in _G.groups if g.organisation)

# A title as written -> the concept it names; a person holds the concept when the role
# string of people.yaml (lower-cased, "defense" spelled "defence") contains every word of
# the concept's key. "chief" alone only names NATO's head ("the NATO chief").
TITLE_CONCEPTS: dict[str, str] = {
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    # a deputy holds a title of his own ("the Deputy Prime Minister" is not the PM)
    "deputy prime minister": "deputy prime minister",
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
    "deputy pm": "deputy prime minister",
    "leader": "leader",
    # a title the article gives a person it introduces ("the <Adjective> Minister" after
    # "the Minister for Foreign Affairs of <Country> Jo Roe"; "the Taoiseach")
    "minister": "minister",
    "taoiseach": "taoiseach",
    "chancellor": "chancellor",
    "foreign secretary": "foreign secretary",
    # a city's civic head (British and Irish council releases, local papers: "the Lord
    # Provost spoke to ...", "the Mayor thanked ...", round 10)
    "lord provost": "lord provost",
    "lord mayor": "lord mayor",
    "mayor": "mayor",
    "commissioner": "commissioner",
}

# Titles that name a person with only "the" before them ("The PM promised ..."): the
# holder on the publication day among the countries the sentence, else the article, names;
# two holders (or none) leave the title unresolved. Matched case-sensitively as written.
BARE_TITLES: tuple[str, ...] = ("PM", "prime minister", "Prime Minister", "premier",
                                "Premier", "president", "President", "Taoiseach",
                                "Chancellor", "chancellor",
                                # the title of Australian, British and Polish ministers'
                                # releases ("The Deputy Prime Minister flew to <City>")
                                "Deputy Prime Minister", "deputy prime minister",
                                *("Minister", "minister", "Defence Secretary",
                                  "Defense Secretary", "Defence Minister", "Defense Minister",
                                  "defence minister", "defense minister", "Foreign Minister",
                                  "foreign minister", "Foreign Secretary",
                                  "Lord Provost", "Lord Mayor", "Mayor",
                                  # an EU commissioner named once in the Commission's
                                  # release, then "The Commissioner" (round 11)
                                  "Commissioner"))
# Of those, the titles that only refer back to the holder the text named last before them
# (a ministry's release names its minister once with a portfolio, then writes "The
# Minister" or "The Defence Secretary" as the subject of later sentences: Swedish,
# Ukrainian and British releases); never resolved by the countries a sentence names.
BACK_TITLES: frozenset[str] = frozenset(BARE_TITLES[BARE_TITLES.index("Minister"):])

# Reporting verbs: a name right before or after one is a speaker, not a participant.
SPEECH_VERBS = ("said", "says", "told", "tells", "added", "wrote", "writes", "noted",
                "stressed", "remarked", "stated", "claimed", "claims", "insisted",
                "according to")

# Phrases that put the people a sentence names at the gathering just reported, in a
# sentence with no meeting word of its own ("X, who attended in person, said ...", "Y and Z
# were also in the room"): the presence wording of wire reports on summits and ministerials
# (Reuters, AP, AFP), in the past tense only.
PRESENCE_CUES = ("attended in person", "who attended", "were also in the room",
                 "was also in the room", "were also present", "was also present",
                 "on the sidelines",
                 # a part at the gathering (government releases on conferences): "Jo Roe
                 # delivered the keynote address"; "led/headed the <Country> delegation"
                 # and "after the meeting" are patterns (events.patterns.PRESENCE_CUE)
                 "keynote address", "keynote speech", "opening address", "opening remarks")

# Ordinal day words of a multi-day meeting ("the second and final day of the conference"):
# the ordinals of English, up to a week.
DAY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7}

# Words that open a new clause; a participant is looked for in the trigger's clause.
CLAUSE_BREAKS = ("as", "amid", "while", "but", "although", "though", "because",
                 "following", "after", "before", "which", "who", "whereas", "since",
                 "ahead of", "and when")

# The people a video link joins when they are no gathering ("the minister joined Nordic
# counterparts by video link", "spoke to city officials via video": council, ministry and
# wire copy of remote contacts, round 10): plural nouns of people, not of a meeting.
VIDEO_PARTIES = ("ministers", "counterparts", "leaders", "officials", "representatives",
                 "ambassadors", "envoys", "lawmakers", "mayors", "colleagues", "delegates",
                 "governors", "executives", "diplomats")

# Clause openers that put the event they introduce after the one before them ("met Rutte
# in Brussels on Tuesday ahead of the leaders' summit in Vilnius"): such a clause is
# an event of its own, planned, with only its own date and place.
LATER_EVENT_OPENERS = ("ahead of",)

# Number words of a duration ("four and a half hours"): "a", "an" and the single words up to
# twelve of the one number-word table (aidlib.claim_rules.NUMBER_WORDS).
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1,
    **{w: n for w, n in _COUNT_WORDS.items() if n <= 12 and " " not in w},
}

# A group subject whose collective decision implies it met ("EU finance ministers approved
# ... on Tuesday"): an optional org word, an optional portfolio, then the head noun. A
# single person ("the finance minister approved") is never such a subject.
COLLECTIVE_BODIES = (
    "ministers", "leaders", "heads of state and government", "heads of government",
    "heads of state", "European Council", "Council of the EU", "EU Council",
    "ambassadors",  # "EU ambassadors on Wednesday approved" (Coreper)
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

# --- status: tense and modality (annotation guide v2, "Status") -------------------------
# Cues of the verb group that reports a meeting, from the guide's status rules and the
# wording of wire copy, government releases and live blogs (2022-2026). The cue nearest the
# meeting word decides (the clause's cues first); a speech verb is never a cue.
# Future: modal and scheduling phrases, future time words, arrival in the simple present.
PLANNED_CUES = (
    "will", "shall", "'ll", "is to", "are to", "was to", "were to", "is going to",
    "is supposed to", "are supposed to", "was supposed to", "were supposed to",
    "are going to", "expected to", "is expected", "are expected", "was expected",
    "were expected", "due to", "is due", "are due", "was due", "were due", "set to",
    "is set for", "are set for", "scheduled", "was scheduled", "were scheduled",
    "is scheduled", "are scheduled", "was planned", "were planned", "is planned",
    "are planned", "was set to", "were set to", "was set for", "were set for", "plans to",
    "plan to", "planned",
    "planning to", "intends to", "intend to", "to be held", "upcoming", "pencilled in",
    "prepares to", "prepare to", "preparing to",  # "Country A prepares to host" (headlines)
    "penciled in", "next week", "next month", "next year", "later this week",
    "later this month", "later this year", "later today", "later on", "tomorrow",
    "in the coming days", "in the coming weeks", "coming days", "coming weeks",
    "will be held", "will take place", "begin tomorrow", "begins tomorrow", "is invited",
    "has invited", "invited", "accepted an invitation", "ahead of", "arrives", "arrive",
    "heads to", "head to", "travels to", "travel to", "is travelling to",
    "are travelling to", "are heading to", "is heading to", "the next", "its next",
    "their next", "meets", "gathers", "convenes",
    # newsletters' imperative forecast ("Expect a Biden-Zelensky call early this week":
    # Politico Playbook, Axios, round 5)
    "expect a", "expect an", "expect the",
    # a meeting in preparation ("<a visit or talks> is being prepared", "the date is
    # being worked out", "preparations are under way for a meeting": Ukrainian outlets
    # quoting the presidential office and foreign ministry, censor.org.ua 2025-01-22,
    # news-pravda.com 2024-11-09, news-front.info 2021-07-28; round 8)
    "being prepared", "being organised", "being organized", "being arranged",
    "being worked out", "preparations are under way for", "preparations are underway for",
    # the traveller's own expectation ("<person> expects to meet <person or group>")
    "expects to", "expect to",
    # a meeting agreed on, to come ("the sides agreed to meet again in <month>", "decided
    # to hold the next round in <city>": readouts and wire copy of talks, round 10)
    "agreed to meet", "agreed to hold", "agreed to convene", "decided to meet",
    "decided to hold", "decided to convene", "agree to meet", "agree to hold",
    # the verbless expectation of wire diaries and headlines ("<Person> expected in Kyiv
    # this week for talks", "<Envoy> expected at the talks": round 12)
    "expected in", "expected at",
)
# Under way on the publication day: progressive forms and "under way".
ONGOING_CUES = (
    "is under way", "are under way", "was under way", "were under way", "is underway",
    "are underway", "is getting under way", "are getting under way", "is ongoing",
    "are ongoing", "is meeting", "are meeting", "was meeting", "were meeting",
    "is visiting", "are visiting", "is holding", "are holding", "is hosting",
    "are hosting", "continue", "continues", "on the second day", "second day of",
    "second and final day", "is attending", "are attending", "is in", "are in",
    "through", "until",
    # begun and said to go on: "talks, which are expected to continue today"
    "expected to continue", "due to continue", "will continue", "set to continue",
    "to continue", "are expected to continue", "is expected to continue",
    "are due to continue", "is due to continue", "are set to continue", "is set to continue",
)
# Words that open a meeting: one opened on the publication day and not said to have
# ended is under way (guide v2.2).
OPENED_CUES = ("opened", "opens", "began", "begins", "got under way", "kicked off",
               "started", "starts", "convened")
# Reported as having happened: past verbs of meeting, travel and outcome.
HELD_CUES = (
    "met", "held", "hosted", "visited", "gathered", "travelled", "traveled", "flew",
    "arrived", "ended", "wrapped up", "concluded", "took place", "attended", "was",
    "were", "had", "did", "spoke", "sat down", "joined", "agreed", "discussed",
    "chaired", "opened", "closed", "received", "welcomed", "signed", "announced",
    "pledged", "promised", "approved", "backed", "adopted", "talked", "berated",
    "stepped away", "last week", "last month", "yesterday", "last night", "earlier",
    "ago", "after", "failed", "then", "former", "was held", "were held",
    "took part", "participated", "co-chaired", "has met", "have met", "had met",
    "recalled", "recalling", "recalls",
)
# Called off: words that cancel a meeting, and the postponement with no new date.
CANCELLED_CUES = (
    "cancelled", "canceled", "cancels", "cancel", "called off", "calls off", "call off",
    "scrapped", "will not take place", "won't take place", "postponed", "postponing",
    "postpones", "put off", "suspended", "shelved",
)
# The same acts named by a noun before the meeting word ("the postponement of the
# meeting", "the cancellation of Tuesday's talks"): called off, unless a new date follows.
CANCELLED_NOUNS = ("postponement", "cancellation", "cancelation", "scrapping",
                   "calling off")
# A postponement with a new date ("postponed to next week", "moved to March 3"): planned.
POSTPONED_TO = ("postponed to", "postponed until", "postponed till", "moved to",
                "pushed back to", "rescheduled for", "rescheduled to", "delayed to",
                "delayed until", "put off until", "put off to")
# Finished: a multi-day event that includes the publication day is ongoing unless these
# say it is over.
FINISHED_CUES = ("ended", "wrapped up", "concluded", "closed", "came to an end", "ends",
                 "wraps up", "final day")

# --- people the people file does not know ------------------------------------------------
# News copy introduces a person with a title before the name ("Swedish Prime Minister
# Magdalena Andersson", "Managing Director Kristalina Georgieva"), a country's possessive
# ("Italy's Giorgia Meloni") or a title in apposition ("Denys Shmyhal, Ukraine's prime
# minister"), then uses the surname alone. These title words (AP Stylebook "titles",
# government and EU protocol lists) introduce such a name; matched case-insensitively.
PERSON_TITLES = (
    "president", "vice president", "prime minister", "premier", "chancellor", "minister",
    "secretary", "secretary of state", "secretary-general", "secretary general",
    "commissioner", "governor", "ambassador", "envoy", "senator", "speaker",
    "managing director", "director", "director-general", "chief", "spokesman",
    "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "deputy", "general",
    "gen.", "admiral", "king", "queen", "mayor", "chairman", "chairwoman", "chair",
    "counterpart", "leader", "head", "foreign secretary", "home secretary",
    "high representative", "commander", "lawmaker", "negotiator", "chief of staff",
    "first lady", "pope", "crown prince", "emir", "sheikh", "taoiseach", "tanaiste",
    "administrator", "coordinator", "lord provost", "lord mayor",
    # a UN agency's head in a country ("the Resident Representative of <Agency> in
    # <Country>, Jo Roe"; a congressman: "Representative Jo Roe"), round 11
    "representative",
)
# Lower-case words inside a name ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = ("von", "der", "van", "de", "den", "la", "le", "du", "da", "al", "bin",
                  "ibn", "di", "dos", "del")
# The nouns that end a gathering's name: a candidate name ending in one is the gathering's
# ("the Ukraine Recovery Conference, where <Country>'s foreign minister said": a name
# before an apposed title), no person's (round 11).
GATHERING_NAME_NOUNS = ("Conference", "Summit", "Forum", "Roundtable")
# The last words of the names of places and venues ("at Ramstein Air Base, then-Defense
# Secretary Jo Roe": a venue set off before a title is no person's name), round 12.
VENUE_NAME_NOUNS = ("Base", "Airbase", "Airport", "Airfield", "Palace", "Headquarters",
                    "Square", "Castle", "Barracks", "Resort", "Oblast", "Region", "Province")
# Capitalized words that never start or make up a person's name after a title.
NOT_NAME_WORDS = ("The", "A", "An", "And", "Of", "For", "In", "On", "At", "To", "He",
                  "She", "His", "Her", "It", "This", "That", "Mr", "Ms", "Mrs", "Dr",
                  "Minister", "President", "Secretary", "Prime", "Foreign", "Defence",
                  "Defense", "Finance", "Council", "Commission", "General", "Group",
                  "State", "House", "Office", "Ministry", "Department", "Deputy", "Vice",
                  "Chief", "Executive", "Officer", "Director", "Managing", "Chairman",
                  "Governor", "Senator", "Commissioner", "Chancellor", "Ambassador",
                  "Envoy", "Special", "Gen", "Gen.", "Then", "Former", "Acting",
                  # portfolio words between a title and a name ("Minister for Foreign
                  # Affairs of <Country> Jo Roe", "Commissioner for Energy Jo Roe")
                  "Affairs", "Energy", "Economy", "Economic", "Trade", "Justice", "Interior",
                  "Health", "Agriculture", "Education", "Culture", "Infrastructure",
                  "Development", "Industry", "Industries", "Environment", "Digital",
                  "Transformation", "Strategic", "Veterans", "Europe", "European",
                  "International", "Cooperation", "Home", "Treasury", "Budget", "Armed",
                  "Forces", "Security", "Enlargement", "Neighbourhood", "Crisis",
                  "Management", "Humanitarian", "Aid", "Reconstruction", "Communities",
                  "Territories", "Regional", "Policy", "Exchequer",
                  # the second half of a joined portfolio ("Minister of <portfolio> and
                  # Social Protection", "Minister of <portfolio> and European Integration
                  # <Name>": government releases of Moldova, Ukraine, Spain; round 10)
                  "Integration", "Social", "Protection", "Labour", "Labor",
                  # parliaments and parties: "spoke in the Verkhovna Rada, thanked the
                  # Speaker" names no person before a title (round 10)
                  "Rada", "Verkhovna", "Bundestag", "Sejm", "Seimas", "Saeima",
                  "Riigikogu", "Storting", "Riksdag", "Folketing", "Knesset", "Duma",
                  "Party",
                  # names of lending programmes ("the Extended Fund Facility")
                  "Fund", "Facility", "Programme", "Program", "Mechanism", "Instrument",
                  # the nouns of bodies a portfolio names ("the Director of the Energy
                  # Community Secretariat, Jo Roe": ministries' releases, round 7)
                  "Secretariat", "Community", "Agency", "Committee", "Union", "Bank",
                  "Institute", "Authority", "Organisation", "Organization", "Corporation",
                  "Parliament", "Assembly", "Embassy", "Mission", "Delegation", "Board",
                  # the words of a UN agency's titles ("the Deputy Resident Representative
                  # of <Agency>"), round 11
                  "Representative", "Resident",
                  # honorifics and post-nominals of Westminster-style releases ("Hon Jo
                  # Roe, Prime Minister", "The Rt Hon Jo Roe MP": New Zealand, Australian
                  # and UK government pages), round 12
                  "Hon", "Hon.", "Rt", "Honourable", "Sir", "Dame", "MP", "MPs", "MEP",
                  *GATHERING_NAME_NOUNS, *VENUE_NAME_NOUNS)

# --- meetings of groups --------------------------------------------------------------------
# Plural or collective subjects whose "met", "will meet", "gathered" report a meeting with
# no person named after the verb ("NATO leaders will meet in Washington", "Polish and
# Czech delegations met in Prague", "the Contact Group gathered"): the parties of wire
# reports of ministerials, summits and negotiation rounds.
MEETING_PARTIES = (
    "ministers", "leaders", "delegations", "delegates", "chiefs", "officials", "planners",
    "negotiators", "envoys", "governors", "teams", "sides", "Board", "Group", "Council",
    "allies", "partners", "counterparts", "heads of state", "heads of government",
    "the two", "both", "lawmakers", "representatives", "advisers", "advisors",
    "commanders", "diplomats", "members", "the pair", "the two men",
    # "X informed Y ... when they met in City A" (they: only after two people named in
    # the sentence, see detect._party_meeting), "the coalition ... was set to convene on
    # Friday" (round 4)
    "they", "coalition of the willing",
    # the contact group by its acronym ("the UDCG met in Brussels": UK copy, round 5), a
    # donors' committee or platform ("the <adjective> committee, which met on <day>":
    # lenders' and EU releases)
    "UDCG", "committee", "Platform",
    # a government in session ("the cabinet met on <weekday> to <approve the budget>",
    # "the Cabinet convenes <weekday>": government press offices and budget reporting,
    # round 9; its kind is "summit or ministerial", see patterns.CABINET_SUBJECT)
    "cabinet",
)
# Council of the EU configurations and the European Council, named as a meeting ("the
# Energy Council in Luxembourg", "an extraordinary European Council on defence"), from
# consilium.europa.eu "Council configurations".
COUNCIL_MEETINGS = (
    "European Council", "Energy Council", "Foreign Affairs Council", "General Affairs Council",
    "Ecofin Council", "ECOFIN Council", "Justice and Home Affairs Council",
    "Agriculture and Fisheries Council", "Environment Council", "EPSCO Council",
    "Competitiveness Council", "Transport Council", "NATO-Ukraine Council",
    # the finance ministers' Council by its short name, and the UN's yearly gathering
    # ("at Ecofin in November", "during the UN General Assembly"): round 4 reports
    "Ecofin", "ECOFIN", "General Assembly",
)
# A government's cabinet meeting, named by the body in a meeting frame (a preposition of
# time or a session word before it, a session word or "met" after it: Dutch, French,
# Spanish and Italian government releases); not the body acting, nor "the President of the
# Council of Ministers" (Italy's prime minister): see the summit group of events.patterns.
CABINET_MEETINGS = ("council of ministers", "Council of Ministers")

# --- page furniture -------------------------------------------------------------------------
# Paragraph openers of captions and teasers (guide v2: meetings inside teaser lines and
# captions are not events): the labels news sites print before a photo caption or a link
# to another story (Reuters, Guardian, Kyiv Independent, Ukrinform, tabloid live pages).
FURNITURE_OPENERS = (
    "Photo caption", "[Photo caption", "Image caption", "[Image caption", "Picture caption",
    "Video caption", "Caption:", "[Caption", "Photo:", "[Photo", "Image:",
    "Pictured:", "Picture:", "Read more", "Also read", "Read also", "READ MORE", "READ ALSO",
    "Related:", "RELATED:", "See also", "Watch:", "WATCH:", "More:", "Recommended:",
    "Most read", "Related articles", "Related stories",
)

# Verbs that wish, propose or demand a meeting rather than report one (guide v2: "wishes,
# proposals or demands nobody has agreed to"), before "for" or "to": "pushes for a Putin
# meeting", "called for talks", "wants to meet".
PROPOSAL_VERBS = (
    "push", "pushes", "pushed", "pushing", "call", "calls", "called", "calling", "want",
    "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "propose",
    "proposes", "proposed", "proposing", "urge", "urges", "urged", "urging", "demand",
    "demands", "demanded", "demanding", "press", "presses", "pressed", "pressing",
    "hope", "hopes", "hoped", "hoping", "offer", "offers", "offered", "offering",
    "appeal", "appeals", "appealed", "lobby", "lobbies", "lobbied", "insist", "insists",
)
