"""Abbreviations that a full stop does not end a sentence after (data for :mod:`aidlib.text`).

Source: the English lists of pysbd 0.3.4 (``pysbd/lang/common/standard.py`` and
``pysbd/lang/english.py``, MIT licence), themselves from the Ruby pragmatic_segmenter; copied
unchanged so that :func:`aidlib.text.sentences` keeps the sentence spans pysbd gave this
project before it was replaced (see the README's Speed section). Lower case, without the
final full stop. Add an entry here, never in code, when a new abbreviation splits a sentence.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ABBREVIATIONS",
    "BOUNDARY_ACRONYMS",
    "NUMBER_ABBREVIATIONS",
    "PREPOSITIVE_ABBREVIATIONS",
    "SENTENCE_STARTERS",
]

# An abbreviation ends a sentence only when the next word starts with a capital letter
# ("etc. The" splits; "Jan. 5" and "approx. two" do not).
ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "adj", "adm", "adv", "al", "ala", "alta", "apr", "approx", "arc", "ariz", "ark", "art", "assn",
    "asst", "attys", "aug", "ave", "bart", "bld", "bldg", "blvd", "brig", "bros", "btw", "cal",
    "calif", "capt", "cl", "cmdr", "co", "col", "colo", "comdr", "con", "conn", "corp", "cpl",
    "cres", "ct", "d.phil", "dak", "dec", "del", "dept", "det", "dist", "dr", "dr.phil",
    "dr.philos", "drs", "e.g", "ens", "esp", "esq", "etc", "exp", "expy", "ext", "feb", "fed",
    "fig", "fla", "ft", "fwy", "fy", "ga", "gen", "gov", "hon", "hosp", "hr", "hway", "hwy",
    "i.e", "ia", "id", "ida", "ill", "inc", "incl", "ind", "ing", "insp", "is", "jan", "jr", "jul",
    "jun", "kan", "kans", "ken", "ky", "la", "lt", "ltd", "maj", "man", "mar", "mass", "may",
    "md", "me", "med", "messrs", "mex", "mfg", "mich", "min", "minn", "miss", "mlle", "mm",
    "mme", "mo", "mont", "mr", "mrs", "ms", "msgr", "mssrs", "mt", "mtn", "neb", "nebr", "nev",
    "no", "nos", "nov", "nr", "oct", "ok", "okla", "ont", "op", "ord", "ore", "p", "pa", "pd",
    "pde", "penn", "penna", "pfc", "ph", "ph.d", "pl", "plz", "pp", "prof", "pvt", "que", "rd",
    "ref", "rep", "reps", "res", "rev", "rs", "rt", "sask", "sec", "sen", "sens", "sep", "sept",
    "sfc", "sgt", "sr", "st", "supt", "surg", "tce", "tenn", "tex", "u.s", "univ", "usafa",
    "ut", "v", "va", "ver", "viz", "vs", "vt", "wash", "wis", "wisc", "wy", "wyo", "yuk",
})

# Titles written before a name: never the end of a sentence ("Adm. Viktor Sokolov").
PREPOSITIVE_ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "adm", "attys", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fig", "gen", "gov",
    "ing", "lt", "maj", "messrs", "mr", "mrs", "ms", "mssrs", "mt", "ph", "prof", "rep", "reps",
    "rev", "sen", "sens", "sgt", "st", "supt", "v", "vs",
})

# Written before a number: no sentence end when a digit follows ("No. 5").
NUMBER_ABBREVIATIONS: Final[frozenset[str]] = frozenset({
    "art", "ext", "no", "nos", "p", "pp",
})

# Dotted acronyms that do end a sentence when one of SENTENCE_STARTERS follows
# ("... in the U.S. He said"); any other dotted acronym never does ("U.S. President").
BOUNDARY_ACRONYMS: Final[frozenset[str]] = frozenset({"u.s", "u.k", "e.u", "u.s.a"})

# Words that start a sentence after a dotted acronym (pysbd's English list).
SENTENCE_STARTERS: Final[frozenset[str]] = frozenset({
    "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions", "More",
    "She", "That", "The", "There", "They", "We", "What", "When", "Where", "Who", "Why",
})
