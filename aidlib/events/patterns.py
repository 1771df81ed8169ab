"""The patterns a meeting mention is found with: triggers, negation, status, places,
durations, titles and groups, compiled once from :mod:`aidlib.event_vocab` and the gazetteer.
"""

from __future__ import annotations

import re

from .. import event_vocab as vocab
from ..literals import alternation as alternation

# literal words, longest first ("Kyiv Post" beats "Kyiv"); the other event modules use it too
from ..literals import with_first_chars
from ..prefilter import cued

# --- compiled patterns ------------------------------------------------------------------
# An act dated by a meeting the article reported ("after the meeting", "following the
# summit"): one pattern for detect's joined units and dates and for PRESENCE_CUE
_REFERRED_MEETING = r"(?P<noun>meeting|summit|talks|conference|session|visit)"
TIME_REFERENCE = re.compile(
    rf"\b(?:after|before|following)\s+(?:the|that|this)\s+{_REFERRED_MEETING}\b",
    re.IGNORECASE)
_CITY_NAMES = alternation(s for _, spellings in vocab.CITIES.values() for s in spellings)
_VENUE_NAMES = alternation(s for _, spellings in vocab.VENUES.values() for s in spellings)
# A character of the same sentence part: no full stop or semicolon, save the stop of an
# honorific or initial before a name ("spoke with Mr. <Name> by phone": NYT and WSJ style).
_NO_STOP = r"(?:[^.;]|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.|(?<=\b[A-Z])\.)"
NO_STOP_GAP = re.compile(rf"{_NO_STOP}*")
TRIGGER = cued(with_first_chars(re.compile(
    rf"""
    (?P<summit>\b(?:summits?|conference|ministerial                  # multilateral gatherings
        |round[\s-]?tables?(?!\s+(?:discussions?|debates?|panels?)\b)  # "the first such
                                                                       #  roundtable was held"
        |gatherings?|gather(?:s|ed)?                                   # "chiefs gathered at"
        |convene[sd]?|convening                                        # "will convene on Friday"
        |(?<!chairman\sof\sthe\s)(?<!chair\sof\sthe\s)                 # a board's session,
         (?<!member\sof\sthe\s)(?<!members\sof\sthe\s)                  #  not its members:
         (?-i:(?:IMF|Executive|World\s+Bank)\s+[Bb]oard)
          (?=(?-i:\s+of\s+the\s+                                     # "of the <Name>
               (?:(?:[A-Z][\w’'-]*|for|and|of)\s+){{1,8}}\([A-Z]{{2,}}\))?  #  (<ACRONYM>)"
             [^.;]{{0,40}}?\b                                           # then the act near
             (?:review|reviews|reviewed|consider|considers|considered
             |complete|completes|completed|approve|approves|approved|discuss|discussed
             |meet|meets|met|sign(?:s|ed)?\s+off)\b)                  #  "is due to sign off"
        |(?-i:Forum)                                                    # "World Economic Forum"
        |(?-i:{alternation(vocab.COUNCIL_MEETINGS, case_sensitive=True)})  # "the Energy Council"
          (?!\s+(?-i:President|[Cc]onclusions|decision))                #   not its president
        # a cabinet's session, in a meeting frame only: a preposition of time ("after the
        # council of ministers") or a session word ("the weekly council of ministers",
        # "the council of ministers met"); not the body acting ("the Council of Ministers
        # approved"), nor "the President of the Council of Ministers"
        |(?:(?<=\bafter\sthe\s)|(?<=\bat\sthe\s)|(?<=\bduring\sthe\s)|(?<=\bbefore\sthe\s)
           |(?<=\bfollowing\sthe\s)|(?<=\bweekly\s)|(?<=\bregular\s)|(?<=\bspecial\s)
           |(?<=\bextraordinary\s)|(?<=\bemergency\s))
         (?-i:{alternation(vocab.CABINET_MEETINGS, case_sensitive=True)})
        |(?<!of\sthe\s)(?-i:{alternation(vocab.CABINET_MEETINGS, case_sensitive=True)})
          (?=\s+(?:meeting|session|sitting|met|meets|will\s+meet|convened)\b)
        # a committee hearing, named by the testimony given to it ("told a House of
        # Commons committee on Wednesday", "testified before the Senate Armed Services
        # Committee": parliamentary and wire copy, rounds 8 and 12); not a committee
        # acting ("the committee approved")
        |(?:(?<=\btold\s)|(?<=\btells\s)|(?<=\btestified\sbefore\s)|(?<=\btestified\sto\s)
           |(?<=\btestifies\sbefore\s)|(?<=\bappeared\sbefore\s)|(?<=\bappears\sbefore\s))
         (?:a|an|the)\s+(?:[\w’'-]+\s+){{1,5}}?(?-i:[Cc]ommittee)
        )\b)
  | (?P<call>\b(?:(?:phone|telephone|video)\s+calls?                # "phone call(s)"
        |(?<=[a-z][-–])(?-i:[A-Z][\w’']+)\s+call                       # "a Biden-Zelensky call"
        |call\s+with|videoconference|video\s+conference|video\s+link  # "call with Macron"
        # a bare "call" after "on/during/in/over a" ("spent the morning on a call", "during
        # a call at the weekend": wire and parliamentary copy, round 9); not "a call for"
        # (an appeal), "a call to" (arms, action), "a call on" (governments; but "a call
        # on Sunday", "on 3 May" is dated); and only as a noun of its own: a punctuation
        # mark, a preposition, a conjunction or a participle next, never the first noun
        # of a compound ("a call centre", "a call box", "a call-up")
        |(?:(?<=\bon\sa\s)|(?<=\bduring\sa\s)|(?<=\bin\sa\s)|(?<=\bover\sa\s))call
          (?=\s*(?:[.,;:)!?]|$)|\s+(?:with|between|among|at|about|on|in|from|for|that
                                   |which|where|when|while|as|ahead|before|after|during
                                   |last|this|earlier|later|and|but|by|late|[a-z]+ing)\b)
          (?!\s+(?:to|of)\b
             |\s+for\s+(?!(?:most|much|part|all|the\s+rest|an?\s+hour|(?:\w+\s+)?hours
                          |(?:\w+\s+)?minutes)\b)               # ("for most of Monday")
             |\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|(?-i:[A-Z][a-z]{2})))
        |(?:spoke|spoken|talked)\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)  # "by
                                                                # phone"; "had spoken by phone"
        |(?:phone|telephone)\s+(?:conversation|exchange)s?            # "phone conversation"
        |(?:spoke|spoken|speaks|speaking|talked|talks|talking)\s+(?:to|with)  # "spoke with X by
          (?=\s{_NO_STOP}{{0,60}}?\b(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)\b)  # phone"
        |told(?=\s{_NO_STOP}{{0,50}}?\bby\s+(?:phone|telephone)\b)         # "told X by phone"
        |discuss(?:ed|es)?(?=\s{_NO_STOP}{{0,80}}?\b(?:by|over\s+the)\s+(?:phone|telephone)\b)
                                          # "he and X discussed <topic> by phone"
        |phoned|telephoned|to\s+phone                                  # "stepped away to phone X"
        # "called"/"calls"/"rang" a name that ends its clause or is followed by a time or a
        # purpose ("then calls Zelensky.", "rang Tusk on Friday to discuss"): not "called X
        # a ...", "called for", "called on", nor "a group called X" (a name, not a call)
        |(?<!so-)(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)
         (?<!\bare\s)(?<!\bwere\s)
         (?:called|calls|rang|rings)
         (?=\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w’'-]+)){{0,3}}
            (?:\s*(?:[.;]|$)|\s+(?:on|by|from|after|again|late|earlier|later|yesterday|today
               |tonight|this|last|shortly|twice|to\s+(?:discuss|talk|congratulate|thank
               |brief|ask|offer)\b)))
        )\b)
  | (?P<visit>\b(?:visit(?:s|ed|ing)?|trip\s+to|delegation           # travel to meet
        |tour(?=\s+(?:of|to|that|which|took|taking|,)|,)                 # "European tour,
                                                                       #  London, Paris"
        |(?:travel(?:led|ed|s)?|fl(?:ew|ies)|arrived|arrives)            # "travelled to Kyiv"
          \s+(?:to|in|into)(?=\s+(?:{_CITY_NAMES})\b)
        |(?:stopped|stops|made\s+a\s+stop)\s+(?:off\s+)?in              # "stopped in <Town>
          (?=\s+(?:{_CITY_NAMES})\b)                                      #  on the way" (a
                                                                        #  person's: detect)
        |(?:is|are|was|were)\s+due\s+(?:in|at)                          # "is due at the
          (?=\s+(?:{_CITY_NAMES}|{_VENUE_NAMES})\b))\b)                   #  White House"
  | (?P<talks>\b(?:talks|negotiations                                 # nouns of talking
        |discussions?\s+with|discussed\s+with                         # "discussions with X"
        |consultations                                                 # "round of consultations"
        |sessions?|rounds?\s+of\s+(?:\w+\s+)?discussions              # "two sessions in"
        |rounds?(?=\s+(?:of\s+[\w-]+\s+)?(?:was|were|is|are|will\s+be)\s+held\b
                 |\s+(?:took|takes|will\s+take)\s+place\b))\b)            # "the round was held"
  | (?P<meet>\b(?:meetings?|meet|meets|met                            # the meeting words
        |welcome[sd]?|host(?:s|ed|ing)?|sat\s+down                     # "Macron welcomes X"
        # a confrontation of two leaders in one room ("the Oval Office clash between A and
        # B", "Friday's clash in the Oval Office", "a heated exchange between Presidents A
        # and B"): a meeting; not "clashes between Russian and Ukrainian forces"
        |(?:clash|row|spat|blow-?up|bust-?up|showdown|shouting\s+match|heated\s+exchange)
          (?=\s+(?:in\s+the\s+Oval\s+Office\b
                 |between\s+(?:(?-i:Presidents?|Mr|Mrs|Ms)\.?\s+)?
                  (?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?!\s+(?:forces|troops|army)\b)))
        |(?<=Oval\sOffice\s)(?:clash|row|spat|blow-?up|bust-?up|showdown|shouting\s+match)
        |(?:appear(?:s|ed|ing)?|stood)\s+(?:together\s+)?            # "appeared with
          (?:with|alongside)(?=\s+(?-i:[A-Z]|the\s+[A-Z]|his\s|her\s))  #  Trump at X"
        |(?:together\s+with|alongside)(?=\s+(?:his|her|their)\s+           # "attended the
          (?:[A-Z][\w’'-]*\s+)?counterpart\b)                            #  opening together
                                                                        #  with her Romanian
                                                                        #  counterpart X"
        |(?:over\s+)?(?:a\s+)?(?:working\s+)?(?:dinner|lunch|breakfast)\s+with  # "over
        |dined\s+with                                                   #  dinner with X"
        # "also saw his Ukrainian counterpart" (not "saw his counterpart's remarks")
        |(?:saw|sees)(?=\s+(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+)?counterparts?\b(?![’']))
        # a pair talking at a gathering, present tense in photo captions ("X and Y talk on
        # the sidelines", "chat during the break": agency galleries): the pair decides
        |(?:talk|talked|chat|chatted)(?=\s+(?:briefly\s+|privately\s+)?
          (?:on\s+the\s+(?:sidelines|margins)|during|before|after)\b))\b)
  | (?P<receive>\b(?:receiv(?:e|es|ed|ing)|greet(?:s|ed|ing)?)\b)   # "received his counterpart"
  | (?P<join>\bjoin(?:s|ed)?\b(?=(?-i:\s+(?:[A-Z][\w’'.-]*\s+){{1,4}}  # "joined X and Y
        (?:and\s+(?:[A-Z][\w’'.-]*\s+){{1,4}})?                      #  at the White House"
        (?:at|in)\s+(?:the\s+)?[A-Z])))
  | (?P<signing>\b(?:(?:co-)?signed|signs?)\b)                       # "X and Y signed"
  | (?P<collective>\b(?:{alternation(vocab.COLLECTIVE_ACTS)})\b)     # "ministers approved"
    """,
    re.VERBOSE | re.IGNORECASE,
)))
# Between two signers: "Roe and Prime Minister Al Doe signed" (the first name,
# "and", then title words before the second name).
JOINT_SIGNERS = re.compile(r"^\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,4}$")
# Between the second of two people and an intransitive meeting verb: auxiliaries, modals
# and adverbs ("Macron and Zelensky met", "Trump and Putin will meet", "X and Y last met",
# "X and Y are due to meet", "X and Y have already met"). From real wire copy (AP, Reuters,
# Ukrainska Pravda, 2022-2025): the pair as the subject of "met" with no object after it.
PAIR_GAP = re.compile(
    r"""^\s*(?:(?:will|would|shall|have|has|had|are|were|is|was|be|been|due|set|expected
        |scheduled|going|to|also|last|first|briefly|finally|then|later|again|already|both
        |previously|reportedly|eventually|never|once|\w+ly)\s+){0,4}$""",
    re.VERBOSE | re.IGNORECASE,
)
# Between "received"/"greeted" and the person received: only "by", a determiner, and the
# words of a title ("received his British counterpart John Healey", "was received by
# President X", "greeted NATO Secretary General Y"); from Ukrinform, Interfax-Ukraine and
# Ukrainska Pravda copy (2019-2025). Anything else ("received support from X") is no
# reception.
_TITLE_WORDS = sorted({w for t in vocab.PERSON_TITLES for w in re.split(r"[\s-]+", t)}
                      | {"foreign", "defence", "defense", "finance", "affairs", "of", "for",
                         "state", "visiting", "new", "newly", "appointed"})
RECEIVED_GAP = re.compile(
    rf"""^\s+(?:by\s+)?(?:(?:his|her|their|the|a)\s+)?
        (?:(?:[A-Z][\w’'.-]*|(?i:{"|".join(map(re.escape, _TITLE_WORDS))}))[\s,]+){{0,6}}$""",
    re.VERBOSE,
)
# A gathering called by its name: a trigger that is a name by itself (a board, a Council
# configuration, "Forum"), or a capitalized noun after a capitalized word that is no
# determiner or preposition ("the Ukraine Recovery Conference", "the NATO Summit"). A
# capital on the noun alone is no name: government copy writes its back-references "the
# Summit", "the Conference", and headlines are in title case ("Leaders Gather For Summit").
PROPER_GATHERING = re.compile(
    rf"(?:IMF|Executive|World\s+Bank)\s+[Bb]oard|Forum"
    rf"|{alternation(vocab.COUNCIL_MEETINGS, case_sensitive=True)}")
NAME_WORD_BEFORE = re.compile(
    r"""\b(?!(?:The|A|An|This|That|These|Its|Their|His|Her|Our|And|Of|For|In|On|At|To
        |With|By|From|After|Before|During|Ahead)\s)[A-Z][\w’'.-]*\s+$""", re.VERBOSE)


def called_by_name(text: str, start: int, end: int) -> bool:
    """Whether the meeting word at text[start:end] is (part of) a gathering's name."""
    if PROPER_GATHERING.fullmatch(text, start, end):
        return True
    return text[start:start + 1].isupper() and NAME_WORD_BEFORE.search(
        text, max(0, start - 40), start) is not None


# Words before "conference" that make it a press event, not a meeting.
PRESS = re.compile(r"\b(?:press|news)\s+$", re.IGNORECASE)
# Objects after "meet"/"meeting" that make it "satisfy", not "see": "meet the demands".
MEET_OBJECT = re.compile(
    r"""^\s+(?:\S+\s+){0,2}?(?:demands|needs|requirements|targets?|criteria|conditions
        |standards|goals|obligations|expectations|deadlines?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Verb forms of meeting words that need a person right after them ("welcomed the move").
NEEDS_PERSON_OBJECT = frozenset({"meet", "meets", "met", "welcome", "welcomes", "told",
                                  "welcomed", "host", "hosts", "hosted", "hosting",
                                  "gather", "gathers", "gathered", "phoned", "telephoned",
                                  "convene", "convenes", "convened", "convening",
                                  "to phone", "sat down", "called", "calls", "rang",
                                  "rings", "talk", "talked", "chat", "chatted"})
# Verbs that report a meeting of a group with no person after them, when a party subject
# comes before ("NATO leaders will meet in Washington") and a place, time or end follows.
INTRANSITIVE = frozenset({"meet", "meets", "met", "gather", "gathers", "gathered",
                          "convene", "convenes", "convened", "convening", "talk", "talked",
                          "chat", "chatted"})
PARTY_SUBJECT = re.compile(
    rf"""(?<![\w])(?:(?:{alternation(vocab.MEETING_PARTIES, ignore_case=True)})(?![\w])
                                                  # "delegations"
           # or any plural agent noun from a named place ("officers from the U.K. and
           # France are due to meet", "engineers from Poland met"): people sent by it
           |[a-z]{{2,}}(?:ers|ors|ists|ians|ants|ives|ees|erts|ats|ains|(?<!m)ents)
            \s+from\s+(?:the\s+)?(?=(?-i:[A-Z])))
        (?:[^.;]|(?<=[A-Z])\.){{0,70}}$             # "from the U.S. ... are due to" """,
    re.VERBOSE | re.IGNORECASE,
)
# A party subject followed by a long list of its members before the verb ("Security
# advisers from <Country>, the <Org>, the <Country> and several countries of the <region>,
# including <Country>, <Country> and <Country>, are due to meet in <City>": wire copy of
# multilateral talks, round 11): items of a few words with no verb, joined by commas,
# "and", "including", "such as", then auxiliaries only. Each word is an atomic group, so
# that the engine cannot split one word into several items and backtrack exponentially.
_LIST_ITEM = (r"(?:(?!(?:said|says|say|told|will|would|are|were|is|was|has|have|had|met|meet"
              r"|meets|who|which|that|when|after|before|while|as|but)\b)(?>[\w’'.&()-]+)\s*){1,7}?")
PARTY_LIST_SUBJECT = re.compile(
    rf"""(?<![\w])(?:(?:{alternation(vocab.MEETING_PARTIES, ignore_case=True)})(?![\w])
           |[a-z]{{2,}}(?:ers|ors|ists|ians|ants|ives|ees|erts|ats|ains|(?<!m)ents))
        \s+(?:from|of)\s+{_LIST_ITEM}
        (?:(?:\s*,\s*(?:and\s+|including\s+|such\s+as\s+|as\s+well\s+as\s+)?
             |\s+(?:and|including|such\s+as|as\s+well\s+as)\s+){_LIST_ITEM}){{2,12}}
        \s*,?\s*(?:(?:will|would|shall|have|has|had|are|were|is|was|be|been|due|set|expected
          |scheduled|going|to|also|last|first|then|later|again|already|\w+ly)\s+){{0,4}}$""",
    re.VERBOSE | re.IGNORECASE,
)
INTRANSITIVE_AFTER = re.compile(
    r"""^\s*(?:[,.;]|$|(?:in|at|on|for|via|by|behind|later|next|this|today|tomorrow
        |yesterday|again|virtually|online|from|through|with|to|over|during|twice|once
        |regularly|face\s+to\s+face|in\s+person
        # a bare weekday or dated day after the verb ("leaders gather Thursday", "ministers
        # meet June 12": US wire and newspaper style, round 9), not a possessive
        # ("met Friday's deadline")
        |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![’'])
        |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?=\s+\d))\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# The group subject of a collective decision, right before its verb: "EU finance ministers
# (on Tuesday) approved", "NATO defence ministers agreed", "the European Council endorsed".
COLLECTIVE_SUBJECT = re.compile(
    rf"""
    (?<![\w])
    (?:(?:(?:{alternation(vocab.COLLECTIVE_QUALIFIERS, case_sensitive=True)})\s+){{1,3}}
                                                                   # "EU finance"
       (?:{alternation(vocab.COLLECTIVE_BODIES, case_sensitive=True)})  # "ministers"
      |(?:{alternation((b for b in vocab.COLLECTIVE_BODIES if b[0].isupper()),
                       case_sensitive=True)})
    )\s+(?:(?:on\s+)?[\w’'-]+,?\s+){{0,4}}$      # "on Tuesday", "unanimously",
                                                   # "on Wednesday, 4 February,"
    """,
    re.VERBOSE,
)
# "host European leaders", "hosted allies": a host and a group of people as guests.
HOST_GROUP = re.compile(
    r"""^\s+(?:[\w’'-]+\s+){0,2}?(?:leaders|ministers|allies|partners|counterparts
        |heads\s+of\s+(?:state|government)|coalition\s+of\s+the\s+willing
        |Contact\s+Group|meetings?\s+of\s+the\s+[A-Z])\b
      # a gathering by its name: "is hosting the <Name> Group in <City> today", "will host
      # the <Name> Conference" (defence ministries' and forces' news copy)
      | ^\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}?(?:Group|Conference|Summit|Forum|Council|Platform
        |Committee)\b
        (?!['’]s|\s+(?!(?:in|at|on|for|with|alongside|today|tomorrow|this|next|and|from|to
                         |by|as|when|where|which|who|that|meeting)\b)[a-z])  # the name ends
                                                     # its noun phrase ("the Ukraine Donor
                                                     # Platform secretariat" is no gathering)
        """,
    re.VERBOSE,
)
# Between "stood with" / "appeared alongside" and the person: only a title run ("his
# German counterpart, ", "Prime Minister "); a country is no title ("stood with Ukraine, X").
TOGETHER_GAP = re.compile(
    r"""\s+(?:(?:the|his|her|their|[A-Z][\w’'.-]*)\s+){0,4}   # "the", "Prime Minister"
        (?:counterparts?,?\s+)?                               # "counterpart, "
    """, re.VERBOSE)
# A meeting of a body called by its proper name ("further meetings of the <Name> Group",
# "the next meeting of the <Name> Platform"): a gathering, with no person needed.
# A government in session as the subject right before the meeting verb ("the cabinet met
# on Wednesday", "the federal cabinet will convene"): a sitting of ministers, the guide's
# "summit or ministerial" (v2.1: a cabinet meeting), never a bilateral meeting.
CABINET_SUBJECT = re.compile(
    r"\bcabinet\s+(?:(?:has|had|will|is|was|would|also|again|then|first|\w+ly)\s+){0,3}$",
    re.IGNORECASE)
OF_NAMED_BODY = re.compile(
    r"""\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,5}?(?:Group|Council|Committee|Platform
        |Commission|Forum|Board|Coalition)\b""", re.VERBOSE)
# A meeting word denied: "no talks", "refused to meet", "ruled out a meeting", "froze
# talks" (NEGATED_BEFORE, then up to two determiners or verbs), "talks were put on ice".
NEGATED_BEFORE_RE = with_first_chars(re.compile(
    rf"""\b(?:{alternation(vocab.NEGATED_BEFORE)})\s+
        (?:(?:a|an|any|the|further|new|direct|more|formal|bilateral|peace|immediate|such
           |face-to-face|hold|have|attend|join|resume|take\s+part\s+in
           |travel\s+to|go\s+to|come\s+to|fly\s+to)\s+){{0,2}}$""",
    re.VERBOSE | re.IGNORECASE,
))
NEGATED_AFTER_RE = re.compile(
    rf"""^[^.;]{{0,60}}?\b(?:(?:were|was|are|is|been|being|remain(?:s|ed)?|now|be)\s+
        (?:\w+\s+)?(?:{alternation(vocab.NEGATED_AFTER)})
        |put\s+on\s+(?:ice|hold)|shelved|off\s+the\s+table)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A dateline opening an article: "BRUSSELS, Dec 15 (Reuters) -", "KYIV —" (one city, in
# capitals, on a line of its own start; optional date and agency; then a dash).
DATELINE = re.compile(
    r"""^(?P<city>[A-Z][A-Z.’'-]*(?:\ [A-Z][A-Z.’'-]*){0,2})   # "BRUSSELS", "NEW YORK"
        (?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?                 # ", Dec 15"
        (?:\ ?\([A-Za-z .]{1,30}\))?                           # " (Reuters)"
        \ ?[-–—]\ """,
    re.VERBOSE | re.MULTILINE,
)
DATELINE_CITY = {s.upper(): c for c, (_, spellings) in vocab.CITIES.items() for s in spellings}
# A determiner right before a meeting noun: "the meeting", "these talks" (an anaphor).
ANAPHOR = with_first_chars(re.compile(r"\b(?:the|this|that|these|those)\s+(?:same\s+)?$",
                                      re.IGNORECASE))
# "joined the meeting", "took part in the talks": the gathering had several parties.
JOINED = with_first_chars(re.compile(
    r"\b(?:joined|joins|took\s+part\s+in|participated\s+in|attended)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
))
CLAUSE_BREAK = with_first_chars(re.compile(
    rf"""
    (?:[;:]                                   # semicolon, colon
      | \s[–—-]\s                             # a dash between spaces
      | \b(?:{alternation(vocab.CLAUSE_BREAKS)})\b  # clause-opening words
    )
    """,
    re.VERBOSE | re.IGNORECASE,
))
# A clause cut at one of these reports a later event of its own ("... ahead of the summit").
LATER = re.compile(rf"\s*(?:{alternation(vocab.LATER_EVENT_OPENERS)})\b", re.IGNORECASE)
_SPEECH = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS)
_SPEECH_VERB_ONLY = "|".join(re.escape(v) for v in vocab.SPEECH_VERBS if " " not in v)
# Verbs of a relative clause that put a person at a meeting: "X, who chaired the session,
# said ..." is a participant who spoke, not only a speaker.
_TOOK_PART = ("chaired|co-chaired|opened|hosted|co-hosted|attended|addressed|led|closed|joined"
              "|sat down|met|held talks|travelled|traveled|visited")
# After a name: optional appositive ", a senior adviser to Putin," and adverb ("also"),
# then a reporting verb ("according to" only counts before a name).
SPEAKER_AFTER = re.compile(
    rf"""^(?:\s*,(?!\s*who\s+(?:also\s+)?(?:{_TOOK_PART})\b)  # appositive between commas,
        [^,.;“”‘’]{{1,60}},)?            # not "who chaired the session" (a participant)
        \s*,?\s+(?:(?:had|has|have)\s+)?  # a perfect tense ("had told the BBC")
        (?:(?:also|then|later|again|\w+ly)\s+)?  # optional adverb
        (?:{_SPEECH_VERB_ONLY})\b            # the reporting verb""",
    re.IGNORECASE | re.VERBOSE,
)
# Before a name: a reporting verb, then only title words ("said US Secretary of Defense").
SPEAKER_BEFORE = cued(re.compile(
    rf"""\b(?i:{_SPEECH})\s+(?:(?:[A-Z][\w.’'-]*|of|the)\s+){{0,6}}$  # also "According to"
        |\b(?:citing|quoting)\s+(?:[\w.’'-]+\s+){{0,5}}$   # "citing the spokesperson X"
    """, re.VERBOSE))  # (most of the 80 characters before a name hold no reporting verb)
# After a name that follows a reporting verb: a verb, so the name is the subject of what
# was said ("officials said Austin held a meeting"), not the one who said it ("said
# Austin in Ramstein", "said Austin, adding ...").
CLAUSE_SUBJECT = re.compile(
    r"""^\s+(?:(?:also|then|later|again|had|has|have|was|is|will|would|\w+ly)\s+){0,2}
        (?!(?:in|at|on|of|and|or|to|from|for|during|after|before|while|as|with|when|who
           |whose|which|that|the|a|an|by|via|but|since|until|about|over|under)\b)
        [a-z]""",
    re.VERBOSE,
)
POSSESSIVE = re.compile(r"^['’]s?\b")
# A possessive that owns an event: "Driscoll's visit", "Zelensky's planned meeting",
# "Mr Zelensky's Oval Office meeting".
OWN_EVENT = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|visit|trip|tour|call|summit)\b"
)  # ("Zelensky's Oval Office meeting")
# Names joined by a hyphen name a thing, not a meeting: "the Witkoff-Dmitriev plan".
# A name before a hyphen and an adjective of time or sponsorship names a thing of the
# person's, not the person at a meeting: "a Biden-era package", "a Trump-brokered deal",
# "the Putin-backed plan" (wire copy, round 12).
COMPOUND_AFTER = re.compile(
    r"^[-–](?:[A-Z]|(?:era|backed|brokered|style|appointed|nominated|linked|aligned|allied"
    r"|friendly|sponsored|proposed|endorsed)\b)")
COMPOUND_BEFORE = re.compile(r"[A-Za-z][-–]$")
# A pair of names before a meeting noun ("the Trump-Putin summit", "a Biden-Zelensky
# call", "the Macron-Scholz talks": wire and newsletter copy): the pair met, no modifier
PAIR_BEFORE_MEETING = re.compile(
    r"^(?:[-–][A-Z][\w’'.-]*)?\s+(?:summit|meeting|talks|(?:phone\s+|video\s+)?call)\b")
# A leader's name before the word for his government ("the Albanese Government", "the
# Biden administration", "the Meloni cabinet": Australian releases, US and Italian copy):
# the government, not the person.
GOVERNMENT_AFTER = re.compile(r"^\s+(?:[Gg]overnment|[Aa]dministration|[Cc]abinet)\b")
PAIR = with_first_chars(re.compile(
    r"""\b(?:the\s+pair|both\s+men|the\s+two\s+(?:men|women|envoys|ministers|leaders
        |presidents|prime\s+ministers|counterparts|sides))\b""", re.IGNORECASE | re.VERBOSE))
CANCELLED = with_first_chars(re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ation)?|call(?:ed|s)?\s+off|scrapped|postponed|put\s+off)\b",
    re.IGNORECASE,
))
PLANNED = with_first_chars(re.compile(
    r"""\b(?:will|shall|expected\s+to|plans?\s+to|planned|planning\s+to|scheduled
        |due\s+to|set\s+to|to\s+be\s+held|upcoming|(?:is|are)\s+to|intends?\s+to
        |pencil(?:l)?ed\s+in
        |next\s+(?:week|month)|later\s+this\s+(?:week|month|year))\b""",
    re.VERBOSE | re.IGNORECASE,
))
ONGOING = re.compile(
    r"\b(?:is|are)\s+(?:still\s+)?(?:under\s*way|ongoing|meeting)\b", re.IGNORECASE
)
REMOTE = with_first_chars(re.compile(
    r"\b(?:via\s+video(?:\s+link)?|by\s+video(?:\s+link)?|videoconference|virtually"
    r"|remotely|by\s+(?:tele)?phone|online)\b",
    re.IGNORECASE,
))
# Words that put two events at the same time: "on the same day", "ran alongside",
# "coincided with", "at the same time as".
SAME_DAY = cued(with_first_chars(re.compile(
    r"""\bthe\s+same\s+day\b
        |\b(?:ran|runs|running|held|took\s+place|takes\s+place|taking\s+place|came|comes
           |coming)\s+alongside\b
        |\bcoincid(?:ed|es|ing)\s+with\b|\bat\s+the\s+same\s+time\s+as\b""",
    re.VERBOSE | re.IGNORECASE)))
_NUMBER = alternation(vocab.NUMBER_WORDS)
DURATION = cued(re.compile(
    rf"""
    \b(?P<num>\d+(?:\.\d+)?|{_NUMBER})        # "five", "4", "an"
    (?P<half>\s+and\s+a\s+half)?             # "four and a half"
    [\s-]+hours?\b                           # "hours", "-hour"
    """,
    re.VERBOSE | re.IGNORECASE,
))
CITY_BY_SPELLING = {s: city for city, (_, spellings) in vocab.CITIES.items() for s in spellings}
VENUE_BY_SPELLING = {s: v for v, (_, spellings) in vocab.VENUES.items() for s in spellings}
_PLACE_NAMES = alternation([*CITY_BY_SPELLING, *VENUE_BY_SPELLING], case_sensitive=True)
# The next city of a list ("<City>, <City> and <City>"), right where a city ended
A_CITY = re.compile(rf"(?<![\w’'])(?:{_CITY_NAMES})(?![\w’'])")
# The next city of a list ("<City>, <City> and <City>"), or of a trip in order ("visited
# <City> and then <City>", "flew to <City> and then on to <City>": wire copy on tours).
NEXT_CITY = re.compile(rf"""\s*(?:,\s*(?:and\s+)?|and\s+)(?:then\s+(?:(?:on\s+)?(?:to|in)\s+)?)?
                            (?P<place>{_CITY_NAMES})(?![\w’'])""", re.VERBOSE)
# A city named through what it is ("in the <adjective> town of <City>", "to the <sea>
# port of <City>", "in the southern city of <City>": wire copy, round 9), up to three words
# before the noun; not a region or country ("the region of", "the state of").
_PLACE_DESCRIPTOR = (r"(?:the\s+(?:(?!(?:of|and|in|at)\b)[\w’'-]+\s+){0,3}?"
                     r"(?:city|town|port|resort|village|capital|spa\s+town)\s+of\s+)?")
PLACE = with_first_chars(re.compile(
    rf"""
    (?:\b(?:in|at|inside)\s+(?:(?:central|downtown|northern|southern|eastern|western)\s+)?
                                                           # "in Brussels", "at the Kremlin",
                                                           # "in central London"
      |\b(?:visit(?:s|ed|ing)?|trip|fly|flew|flying|travel(?:led|ed|s|ling|ing)?
          |arrived?|arriving|came|went|heads?|headed|heading)
          \s+(?:\w+\s+)?(?:to|in|into)\s+                   # "visit to Kiev", "fly to"
      |\b(?:visit(?:s|ed|ing)?|toured|reached)\s+)          # "visited Kyiv"
    {_PLACE_DESCRIPTOR}
    (?P<place>{_PLACE_NAMES})(?![\w’'])
    |(?P<before>{_PLACE_NAMES})\s+(?=
       # a city as the host of a gathering ("Vilnius hosted the alliance's summit", "Rome
       # will host this year's recovery conference": wire and ministry copy, round 9); the
       # words between are the gathering's own, no preposition or time word
       # (also "<city> held the first of the <series>", "<city> intends to host": round 10)
       (?:(?:hosted|hosts|will\s+host|is\s+hosting|was\s+hosting|held|holds|will\s+hold
          |(?:intends|plans|is\s+set|is\s+due|is)\s+to\s+host)\s+(?:the|a|an|its|this|next|last)\s+
          (?:(?!(?:before|after|ahead|for|to|at|in|with|on|and|by)\b)[\w’'-]+\s+){{0,5}}?)?
       (?:meeting|talks|summit|conference|visit                     # "Brussels
       |negotiations|consultations|discussions|session|round|gathering|ministerial)s?\b)
                                                           # meeting", "Vienna negotiations"
    """,
    re.VERBOSE,
))
GROUP = re.compile(rf"(?<![\w])(?:{alternation(vocab.GROUPS, ignore_case=True)})(?![\w])",
                   re.IGNORECASE)
_ORG = alternation(vocab.ORG_WORDS, case_sensitive=True)  # (in case-sensitive patterns)
_TITLE = alternation(vocab.TITLE_CONCEPTS)
ROLE_PHRASE = with_first_chars(re.compile(
    rf"""
    (?:\bthe\s+)?                          # "the NATO chief"
    (?<![\w])(?P<org>{_ORG})(?![\w.])      # "NATO", "France", "Ukrainian", "U.S."
    (?:['’]s)?\s+                          # possessive: "France's"
    (?:(?:former|acting|current|then)\s+)? # "former"
    (?i:(?P<title>{_TITLE}))\b             # "defense minister", "Secretary-General"
    """,
    re.VERBOSE,
))
# "his Ukrainian counterpart", "her Polish counterpart": the holder, in that country, of
# the office of the person named before (resolved by participants._counterpart)
COUNTERPART_OF = with_first_chars(re.compile(
    rf"""\b(?:his|her|their)\s+(?P<org>{_ORG})(?![\w.])\s+counterpart(?!s)\b""",
    re.VERBOSE,
))
# "The PM", "the president": a title with only "the" before it, not followed by a name or
# "of" ("the President of the European Commission" names no country's holder).
BARE_TITLE = re.compile(
    rf"""
    (?<![\w])[Tt]he\s+                      # "the" right before ...
    (?P<title>{alternation(vocab.BARE_TITLES, case_sensitive=True)})  # ... the title, as written
    (?![\w-])                               # whole word
    (?!\s+(?:of\b|for\s+[A-Z]|[A-Z]))      # not "the president of ...", "the PM Keir",
                                            # "the Minister for Energy"
    """,
    re.VERBOSE,
)
# "the Minister of Foreign Affairs", "The Minister for Energy", "the Energy Minister": a
# minister's title with its portfolio and only "the" before it, no name after it. A
# ministry's release names its ministers once with the portfolio ("the Minister of
# Defence, Jo Roe") and then by the portfolio title alone: Belgian, Irish, Baltic and
# Ukrainian releases (participants._portfolio_holder finds the one named so before).
PORTFOLIO_TITLE = re.compile(
    r"""
    (?<![\w])[Tt]he\s+
    (?:(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<port>[A-Z][\w’'-]+)
         (?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3}
      |(?P<port2>[A-Z][\w’'-]+)\s+Minister)
    (?![\w’'-])
    (?!\s+(?:of|to|in|at|for)\s)          # "... of the Netherlands, Jo Roe": another's
    """,
    re.VERBOSE,
)
# A country or org word anywhere (the hint for a bare title).
ORG_WORD = re.compile(rf"(?<![\w])(?:{_ORG})(?![\w])")
# A caption or teaser paragraph ("Photo caption: ...", "Read more: ..."): no events in it.
FURNITURE = re.compile(
    rf"^\s*(?:{alternation(vocab.FURNITURE_OPENERS, ignore_case=True)})", re.IGNORECASE)
# "a two-day summit", "two days of talks": an event of several days.
MULTI_DAY = cued(re.compile(
    rf"\b(?P<num>\d|{_NUMBER})[\s-]+days?\b(?!\s+(?:ago|later|before|after|earlier))",
    re.IGNORECASE))
# The gathering just reported named back by its length in the next sentence ("delegates
# came for the <N>-day <event>", "the three-day forum closes on Friday": ministries' releases
# and wire copy, round 9).
THE_N_DAY_EVENT = re.compile(
    rf"\bthe\s+(?:\d|{_NUMBER})-days?\s+"
    r"(?:event|summit|conference|meeting|gathering|forum|ministerial)\b", re.IGNORECASE)
# "the second and final day of the summit": which day of the meeting the clause's day is.
NTH_DAY = with_first_chars(re.compile(rf"\bthe\s+(?P<nth>{alternation(vocab.DAY_ORDINALS)})"
                     r"(?:\s+and\s+(?:final|last|closing))?\s+day\s+of\b", re.IGNORECASE))
# A sentence opened by "During that visit," reports a part of the visit just reported
# ("During his visit to Kyiv, ..." may be the visit's first report: not a back-reference).
DURING_VISIT = re.compile(r"^(?:During|On)\s+(?:that|this)\s+(?:visit|trip|stay)\b", re.IGNORECASE)
# Words that end an event on the day they date ("ended two days of talks on Thursday").
ENDED_ON = re.compile(r"\b(?:end(?:ed|s)?|clos(?:ed|es)|wrap(?:ped|s)\s+up|conclud(?:ed|es)"
                      r"|final\s+day)\b", re.IGNORECASE)
# A time expression that is a deadline or purpose, not the meeting's day: "goals for next
# year", "by 2027", "until the end of March".
NOT_EVENT_TIME = re.compile(r"\b(?:for|until|till|by|before)\s+$", re.IGNORECASE)
# The words before a meeting word that name or describe it ("the Ukraine Recovery
# Conference", "the opening session", "a donors' summit", "the two-day meeting"): a
# capitalized word, a hyphenated one, a possessive, or a describing word of conference copy.
_GATHERING_MODIFIER = (r"(?:(?-i:[A-Z][\w’'-]*)|[\w]+-[\w-]+|[\w]+['’]s?|opening|closing|"
                       r"plenary|final|first|second|annual|international|donor|donors|"
                       r"assembled|high-level)")
# A speech reported as given at a meeting ("told reporters at a NATO meeting", "said
# during a visit to Kyiv"): its speaker is a participant.
SPOKE_AT = cued(with_first_chars(re.compile(
    rf"""\b(?:{_SPEECH_VERB_ONLY}|speaking|addressing|addressed)\b[^.;]{{0,40}}?
        \b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+
        (?:[\w’'-]+\s+){{0,6}}$
        # a press briefing after the meeting ("told reporters after the session": wire
        # copy on ministerials, round 11): the briefer was at it
        |\btold\s+(?:reporters|journalists|the\s+press)\s+after\s+(?:the|this|that)\s+$
        # the meeting as the object of the speech ("told the conference", "addressing the
        # opening session", "telling a donors' summit": wire copy on conferences, round 10)
        |\b(?:told|tells|telling|addressed|addresses|addressing)\s+
        (?:(?:the|a|an|this|its|their)\s+)?(?:{_GATHERING_MODIFIER}\s+){{0,4}}$""",
    re.VERBOSE | re.IGNORECASE,
)))
# A sentence opened by a personal pronoun subject ("He is due in Davos next week"): the
# person is the one the previous sentences named last.
PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\b")
# A pronoun subject right before a meeting word ("and he hosted Zelensky", "She later met
# Rutte", "He had held talks with Austin").
PRONOUN_BEFORE = re.compile(
    rf"""\b(?:he|she|He|She)\s+(?:[a-z][\w’'-]*\s+){{0,4}}$
        # a pronoun and a named co-subject, name particles allowed: "where he and Prime
        # Minister Jo de Roe and President Al Doe signed" (wire copy of signings)
      | \b(?:he|she|He|She)\s+and\s+
        (?:(?:[A-Z][\w’'.-]*|and|{"|".join(vocab.NAME_PARTICLES)})\s+){{1,10}}
        (?:[a-z][\w’'-]*\s+){{0,2}}$
        # a pronoun whose verb has the other side after "with", the meeting word after
        # "during"/"at"/"in" and a determiner ("she <verb> <object> with <Name> at a
        # meeting": reported speech of a talk's content)
      | \b(?:he|she|He|She)\s+(?:[\w’'-]+\s+){{1,7}}?(?P<other_side>with)\s+
        (?:(?:[A-Z][\w’'.-]*|{"|".join(vocab.NAME_PARTICLES)})\s+){{1,4}}
        (?:during|at|in)\s+(?:a|an|the|their|his|her)\s+(?:[a-z][\w’'-]*\s+)?$""", re.VERBOSE)
# Travel for a meeting, right before the meeting word: "flying on to Prague for a meeting with
# X", "is expected to come to Geneva for the conference", "heads to Rome this week
# for a conference" (AP, AFP, ANSA, local TV copy): the traveller takes part.
TRAVEL_FOR = re.compile(
    r"""\b(?:come|comes|coming|came|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ying|ew|own)
        |go|goes|going|went|head(?:s|ed|ing)?|return(?:s|ed|ing)?)
        (?:\s+on)?\s+to\s+(?:[^,.;]|(?<=[A-Z])\.){1,40}?\s+for\s+   # "to the U.S. for"
        (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,5}$""",
    re.VERBOSE | re.IGNORECASE,
)
# A subject pronoun ("when he is expected to come ...").
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# The same occasion as the meeting of the sentence before: "He also met Shmyhal", "She
# also held talks with ...", "Austin also met ...", "and also met" (its day and place).
ALSO_THEN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|and|[A-Z][\w’'-]+)\s+"
                       r"(?:[a-z][\w’'-]*ly\s+)?also\s+$")
# A relative clause about the meeting just named ("..., which will be held in June").
RELATIVE = re.compile(r"\s*(?:which|that)\b", re.IGNORECASE)
# A stop of a tour named in the tour noun's own clause: a relative clause whose verbs name
# the first stop and the next ("a tour that began in <City>", "... and took her to <City>"),
# a participle ("a trip starting in <City>"), "went on to <City>" (wire and Baltic outlets'
# reports of leaders' tours of a region).
# TOUR_OPENING ends where the tour's first stop verb begins: the verb must be the tour
# noun's own (a relative "that/which" within five words of it, past its complement, or a
# participle right after it); a "began in <City>" of another subject ("since the offensive
# began in ...", "after talks started in ...") is no stop.
TOUR_STOP = re.compile(
    rf"""(?:(?:began|started|opened|starting|beginning|opening)\s+in
        |took\s+(?:him|her|them)\s+(?:on\s+)?to|(?:continued|went\s+on)\s+to)
        \s+(?P<city>{_CITY_NAMES})(?![\w’'])""",
    re.VERBOSE)
TOUR_OPENING = re.compile(
    r"""\b(?:tour|swing|trip|journey)\b
        (?:(?:\s+[\w’'-]+){0,5}?,?\s+(?:that|which)\s+(?:had\s+)?
          (?=(?:began|started|opened|took|continued|went)\b)
        |\s+(?=(?:starting|beginning|opening)\s+in\b))""",
    re.IGNORECASE | re.VERBOSE)
# Between one stop and the next of the same clause: its day ("on Wednesday", "earlier on
# Thursday") and "and (then)"; anything longer starts another clause.
TOUR_LINK = re.compile(r"(?:\s+[\w’'-]+){0,4}?,?\s+and\s+(?:then\s+)?")
# A second stop of a trip with its verb left out: a meeting, then ", and in <City>" with a
# same-day or next-day phrase that ends its clause (Reuters and AP trip reports). Not when
# a subject and verb follow ("and in <City> the next day he announced ...": a new clause).
SECOND_STOP = re.compile(
    rf""",?\s+and\s+(?:then\s+)?(?:on\s+)?(?:to|in)\s+(?P<city>{_CITY_NAMES})\s+
        (?P<when>later\s+(?:the\s+same|that)\s+day|on\s+the\s+same\s+day
        |the\s+(?P<next>next|following)\s+day)\b
        (?=\s*(?:[.;:)]|$)|,?\s+(?:for|to|where|before|after|as)\b)""",
    re.VERBOSE)
# The verb of a stop on the way ("stopped in <Town>"): a visit only with a person.
STOP_VERB = re.compile(r"(?:stopped|stops|made\s+a\s+stop)\b", re.IGNORECASE)
# The last day of an event under way: "through Friday", "until Sunday".
UNTIL = with_first_chars(re.compile(r"\b(?:through|until|till|to)\s+$", re.IGNORECASE))
# Who made up a delegation, in a sentence after the talks it took part in: "The Ukrainian
# side was represented by X and Y", "the US delegation was led by Z", "Kyiv's team
# included ..." (Ukrainian foreign ministry, UNN and Reuters reports of the Jeddah,
# Istanbul and Abu Dhabi rounds, 2025-2026): its people were at those talks.
# The companions of a visitor, in a sentence of their own after the visit ("He was
# accompanied by the Minister of X, A, and B", "With him were A and B", "Travelling with
# her were ...": government releases and wire copy on state visits, round 9): on the visit.
COMPANIONS_CUE = re.compile(
    r"""(?:(?:He\s+|She\s+|The\s+(?:[A-Z][\w’'-]*\s+){1,3})(?:was|were)\s+accompanied\s+by
        |(?:With|Accompanying|Travel(?:l)?ing\s+with)\s+(?:him|her)\s+(?:were|was)
        |(?:He|She)\s+travel(?:l)?ed\s+with)\b""",
    re.VERBOSE,
)
# The end of the companions' phrase: a clause that reports who said it (", Kuleba said",
# ", according to Kyiv"), whose speaker came with no one.
COMPANIONS_END = re.compile(
    rf"""[,;]\s*(?:according\s+to\b
        |(?:[\w’'.-]+\s+){{1,4}}(?:(?:{_SPEECH_VERB_ONLY})|complained)\b)""",
    re.VERBOSE | re.IGNORECASE)
MEMBERS_CUE = re.compile(
    r"""\b(?:delegations?|side|team|negotiators)\b[^.;]{0,30}?
        (?:\b(?:was|were|is|are|will\s+be|being)\s+)?
        (?:\b(?:led|headed|represented|joined|made\s+up|composed)\s+by
          |\b(?:included|includes|include|comprised|comprises|consisted\s+of|consists\s+of
             |will\s+include)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# Taking part by video in another gathering ("delegations joining by video link", "who
# addressed the hall via video"): remote participants, not a call of their own.
# A presence cue (event_vocab.PRESENCE_CUES): the sentence's people were at the gathering.
PRESENCE_CUE = with_first_chars(re.compile(
    rf"""\b(?:{alternation(vocab.PRESENCE_CUES)}                   # "attended in person"
        |(?:led|headed|leads|heads)\s+                             # (timelines: "leads")
          (?:the|his|her|a|(?-i:[A-Z][\w-]+)['’]s)\s+             # "led the", "led Poland's"
          (?:(?-i:[A-Z][\w-]+)\s+)?delegation                       # [Adjective] delegation
        |after\s+the\s+{_REFERRED_MEETING}                          # "after the meeting"
        # "X was there, along with A and B", "Y was present too" (explainers and wire copy
        # on a summit just reported; not the question "was there a ...")
        |(?:was|were)\s+(?:also\s+)?(?:there|present|in\s+attendance)
          (?!\s+(?:a|an|any|no|some|anything|nothing)\b)
        # a wire diary's entry: "X attends; Y attends", "A, B and C expected" at the end of
        # a bullet; "X is expected to attend" (planned attendance at the entry's gathering)
        |(?P<planned>attends|(?:is|are)\s+(?:also\s+)?(?:expected|due|set)\s+to\s+attend
          |(?<=\w\s)expected(?=\s*(?:[.;]|\(|$)))
        )\b""",
    re.VERBOSE | re.IGNORECASE))
# A person's act at the gathering the paragraph narrates, right after the name (an
# apposition between): "<Name> unveiled a framework", "<Name>, the <Country> foreign
# minister, put the contribution at ...", "<Name> told delegates": weekly reviews and wire
# copy narrate a conference as its people's acts there (guide, round 11). Only in the
# paragraph of the gathering's own report (detect._acted_at_gathering).
ACTED_AT_GATHERING = re.compile(
    r"""(?:\s*,[^,.;]{1,80},)?\s+(?:(?:also|then|later|again|separately)\s+)?
        (?:announced|unveiled|pledged|offered|proposed|repeated|presented|launched|put
          |told\s+(?:the\s+)?(?:delegates|participants|attendees|audience|gathering|hall))\b""",
    re.VERBOSE)
JOINED_REMOTELY = re.compile(
    r"""\b(?:join(?:ed|ing|s)?|address(?:ed|ing|es)?|spoke\s+to|speaking\s+to|appeared
        |taking\s+part|took\s+part|participat(?:ed|ing))\b[^.;]{0,40}?\b(?:by|via)\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# ... of a group of people rather than of a gathering: "joined Baltic ministers by video
# call", "spoke to council representatives via video link" (a call of its own when the
# clause names no gathering)
VIDEO_WITH_PARTY = re.compile(
    rf"""\b(?:join(?:ed|ing|s)?|spoke\s+to|speaking\s+to|talked\s+to)\s+
        (?:[\w’'-]+\s+){{0,5}}?(?:{alternation(vocab.VIDEO_PARTIES)})
        (?:\s+(?:from|of|in)\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)?\s+(?:by|via)\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
JOINED_BY_VIDEO = cued(with_first_chars(re.compile(
    r"""\b(?:join(?:ed|ing|s)?|address(?:ed|ing|es)?|spoke\s+to|speaking\s+to|appeared
        |taking\s+part|took\s+part|participat(?:ed|ing))\b[^.;]{0,40}?\b(?:by|via)\s+
        (?:video|videolink|phone|telephone)""",
    re.VERBOSE | re.IGNORECASE,
)))
# Travel to a place right before it: "are travelling to Geneva ahead of talks" puts the
# later talks there.
TRAVEL_TO = re.compile(
    r"\b(?:travel\w*|fl(?:y|ew|ies|ying)|head\w*|arriv\w*)\s+(?:\w+\s+)?(?:to|in)\s+$",
    re.IGNORECASE)
# A visit's arrival ("flew to", "arrived in"): on the publication day, the visit is under way.
# A meeting wished, proposed or demanded, not agreed (guide v2: "Zelensky wants to meet
# Putin", "called for talks"): the verb, "for" or "to", then up to three words.
PROPOSED = with_first_chars(re.compile(
    rf"""\b(?:{alternation(vocab.PROPOSAL_VERBS)})\s+(?:for|to)\s+(?:[\w’'-]+\s+){{0,3}}$""",
    re.IGNORECASE,
))
# A meeting held on the margins of a gathering ("met Sandu on the sidelines of the EU
# summit", "held bilateral talks on the margins of the forum", "on the NATO
# sidelines", "met Rutte during the summit"): an event of its own, whose people were at
# the gathering too.
_GATHERING = r"(?:summits?|conference|gathering|forum|ministerial|council|session|assembly)"
SIDELINE = with_first_chars(re.compile(
    rf"""\b(?:(?:on|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:sidelines?|margins?|fringes?)
          \b(?:\s+of)?
        |during\s+(?:the|this|that|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,4}}?
          {_GATHERING}\b
        |(?:ahead\s+of|before|after)\s+the\s+(?:[\w’'-]+\s+)?(?:plenary|session)\b)  # "a
    """,                                     # bilateral meeting with X ahead of the plenary"
    re.VERBOSE | re.IGNORECASE,
))
# A clause opened by a conjunction and a participle meeting word ("after meeting Zelensky",
# "before talks with Rutte", "while visiting Kyiv"): its subject is the main clause's.
NONFINITE = with_first_chars(re.compile(
    r"\s*(?:after|before|while|when|since|following)\s+(?:(?:a|his|her|their)\s+)?$",
    re.IGNORECASE))
# A time counted from another event: "A day earlier, ...", "two months later", "the next
# day" (from the event reported before), or "comes a day before the group meets" (the
# meeting counted from the act the sentence reports).
OFFSET = cued(re.compile(
    rf"""\b(?:(?P<n>\d+|{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+
          (?P<dir>earlier|later|before|after|prior)
        |the\s+(?P<dir2>next|following|previous|preceding)\s+(?P<unit2>day|week|month)
        # "on the eve of that meeting": the day before the event reported before
        |on\s+the\s+(?P<eve>eve)\s+of\s+(?:that|this|the)\s+(?:[a-z]+\s+)?
          (?:meeting|summit|gathering|conference|talks|visit))\b""",
    re.VERBOSE | re.IGNORECASE))
# A clause opened by a conjunction about another happening ("after the missile strikes on
# October 10"): its time expression dates that, not a meeting of another clause.
OTHER_HAPPENING = re.compile(r"\s*(?:after|before|since|following|ahead\s+of)\b",
                             re.IGNORECASE)
# "of the" between a meeting noun and the group that names it ("a session of the Ukraine
# Defense Contact Group", "the summit of the G7").
NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# A meeting under a condition or in doubt (guide v2: "could meet if ...", "might travel",
# "whether he would chair future sessions", "if it survives negotiations"): no event;
# "could be the last gathering" is about the gathering, not whether it happens.
SPECULATIVE = re.compile(
    r"""(?:\b(?i:whether|if|unless)|\b(?i:could|might)(?!\s+(?:well\s+)?be\b)|\bmay)\b
        [^.;:,]{0,60}$""", re.VERBOSE)
# A meeting verb followed by "with" within a few words ("met in Kyiv with", "met with"):
# the person it was with may come after a long title.
MET_WITH = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?with\b")
# A verb of speaking to someone face to face: "He told President Zelensky that ...",
# "assured the President", "thanked Rutte": after a visit, the person spoken to is its host.
ADDRESSED = cued(re.compile(r"\b(?:told|assured|reassured|thanked|briefed|informed|promised)\b"))
# Words before "meeting" or "talks" that make it a gathering of many parties: "a one-day
# donor meeting", "the pledging session", "a high-level international meeting".
MANY_PARTY = cued(re.compile(
    r"""\b(?:donors?['’]?|pledging|multilateral|plenary|ministerial|leaders['’]|ministers['’]
        |high-level|international)\s+(?:[\w’'-]+\s+)?$""",
    re.VERBOSE | re.IGNORECASE))
# A habitual or repeated meeting ("raised repeatedly in talks with the IMF", "regularly
# meets"): no one event.
# A place the report comes from, not the meeting's: "<the presidency> in <City> said",
# "officials in <City> reported", "a spokesman said in <City>" (wire copy attributing a
# meeting to a government's statement, round 10)
_REPORTING = rf"(?:{_SPEECH_VERB_ONLY}|reported|reports|announced|announces|confirmed)"
REPORTED_AFTER_PLACE = re.compile(rf"\s+{_REPORTING}\b(?!\s+(?:with|to)\b)")
REPORTED_BEFORE_PLACE = re.compile(rf"\b{_REPORTING}\s+(?:on\s+\w+\s+)?in\s+$")
HABITUAL = re.compile(
    r"\b(?:repeatedly|regularly|routinely|often|frequently|constantly|usually)\s+(?:in\s+)?$",
    re.IGNORECASE)
# A time expression dating a statement, not a meeting: "Peskov said on Thursday that ...".
SAID_ON = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+|announced|stated|added|wrote|posted)\s+(?:on\s+)?$",
    re.IGNORECASE)
# ... or another act a participle phrase dates: "the <document> <participle> by the <body>
# on <date>", "the <document> adopted on <date>" (Council presidency and ministry releases): the
# day of the document, not of the talks the clause names
DOCUMENT_ON = re.compile(
    r"""\b(?:presented|adopted|approved|published|proposed|unveiled|tabled|submitted
        |released|issued)\s+(?:by\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?)?(?:on\s+)?$""",
    re.VERBOSE | re.IGNORECASE)
# An indefinite article before a meeting noun ("at a Senate conference", "an emergency
# summit"): it introduces a gathering, it does not refer back to one reported before.
INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# A sentence opened by "Speaking at a conference ...,": its subject, named after the
# comma, was at the gathering.
SPEAKING_AT = re.compile(
    r"\s*(?:Speaking|Addressing|Talking|Appearing)\s+(?:at|to|during|before|on\s+the\s+"
    r"sidelines\s+of)?\s*(?:[\w’'-]+\s+){0,4}$")
# A sentence opened by the phrase of a visit or meeting ("During a trip to Kyiv, he ...",
# "In November, during an unannounced visit, she ...", "At the summit, he ..."), and the
# pronoun subject right after that phrase: the one named last was there.
OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|On|Last|Earlier|Later)\b[^,.;]{0,40},\s*)?"
    r"(?:[Dd]uring|[Oo]n|[Aa]t|[Ww]hile\s+on)\s+(?:[\w’'-]+\s+){0,4}$")
PRONOUN_AFTER_PHRASE = re.compile(r"[^,.;]{0,80},\s*(?:he|she)\b")
# A meeting begun before the publication day and said to go on ("began talks on Wednesday,
# which are expected to continue today").
STILL_GOING = re.compile(r"\b(?:continu(?:e|es|ing)|still\s+under\s*way|resum(?:e|es)\s+today)\b",
                         re.IGNORECASE)
# A speech to a body, not a meeting: "to address a joint meeting of Congress", "addressed
# the session".
ADDRESSED_BODY = re.compile(
    r"\baddress(?:es|ed|ing)?\s+(?:a|an|the)\s+(?:(?:joint|special|plenary|full)\s+)?$",
    re.IGNORECASE)
# A count of meetings: "the group has met 25 times", "met several times".
TIMES_OVER = re.compile(r"\s+(?:\d+|\w+)\s+times\b", re.IGNORECASE)
# Talks with a plural of counterparts: several parties ("talks with his Nordic
# counterparts", "met their EU counterparts").
WITH_COUNTERPARTS = re.compile(
    r"\s+(?:with\s+)?(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}?counterparts\b")
# A group as the object of a meeting verb: "sat down with fellow EU foreign ministers",
# "met Nordic prime ministers", "hosted European leaders" (the subject met the group).
GROUP_OBJECT = re.compile(
    r"""\s+(?:with\s+)?(?:(?:his|her|their|the|fellow|other|several|some|\d+)\s+)?
        (?:(?:[A-Z][\w’'-]*|foreign|defen[cs]e|finance|prime|economy|energy|interior|trade
           |top|senior|allied|european|government|local|regional|business|military)\s+){0,3}?
        (?:leaders|ministers|counterparts|allies|partners|presidents
        |heads\s+of\s+(?:state|government)|envoys|delegations|lawmakers|senators
        # "also met representatives of <a sector>", "met with Ukrainian officials",
        # "met members of parliament", "met local mayors" (State Department readouts,
        # ministry releases, wire copy on visits); "members of" only of a legislature or
        # a delegation ("members of the press" is no party)
        |representatives|officials|mayors|governors
        |members\s+of\s+(?:parliament|the\s+(?:European\s+)?Parliament|Congress
          |the\s+(?:Verkhovna\s+)?Rada|the\s+(?:\w+\s+)?delegation))\b""",
    re.VERBOSE,
)
# An unnamed party as the object of a meeting verb: "met his Ukrainian counterpart", "met
# with the US delegation", "hosted the Ukrainian negotiators" (wire copy and ministry
# releases name the other side so when the name is given elsewhere or not at all).
COUNTERPART_OBJECT = re.compile(
    r"""\s+(?:with\s+)?(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}?
        (?:counterparts?|delegations?|negotiators|negotiating\s+team)\b""",
    re.VERBOSE,
)
# A clause opened by a relative pronoun: its subject is the noun before it ("The working
# party, which first gathered in Oslo").
RELATIVE_OPENER = re.compile(r"\s*(?:which|who)\b", re.IGNORECASE)
# The agent of an act named by a noun, not a participant: "the decision by President
# Donald Trump to pause aid", "a proposal from Macron".
NOMINAL_AGENT = re.compile(
    r"""\b(?:decision|order|move|pause|announcement|statement|remarks|comments|threats?
        |demands?|plan|proposal|policy|veto|offer|claims?|criticism|tariffs?|sanctions
        |tweet|post)\s+(?:by|from)\s+(?:[A-Z][\w.’'-]*\s+){0,4}$""", re.VERBOSE)
# A line of a related-stories list ("- EU leaders to weigh ... at June summit").
BULLET = re.compile(r"^\s*[-•*–]\s+\S")
