"""Present-tense forms of Dutch verbs, for rewriting passives into active sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from rewriter.lang import nl

_IRREGULAR_3SG = {r["lemma"]: r["form"] for r in nl.table("irregular_present")}
_VOWELS = "aeiou"
# An infinitive in -elen/-eren/-enen: the 'e' before l/r/n is a schwa (regelen) or stressed
# (spelen); group 1 is everything before that 'e', group 2 the l, r or n.
VERB_SCHWA = re.compile(r"([a-z]*[^aeiou])e([lrn])en")
# Unstressed prefixes: after them the stress of the root decides (bespelen like spelen).
_UNSTRESSED = ("ver", "ont", "her", "be", "ge", "er")


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    """Verbs whose stem the -elen/-eren/-enen rule gets wrong, generated from hunspell-nl."""
    return {r["infinitive"]: r["stem"] for r in nl.table("verb_stem_exceptions")}


def _root(inf: str) -> str:
    """Strip one unstressed prefix when what is left is still an -elen/-eren/-enen verb."""
    for prefix in _UNSTRESSED:
        if inf.startswith(prefix) and VERB_SCHWA.fullmatch(inf[len(prefix) :]):
            return inf[len(prefix) :]
    return inf


def rule_stem(infinitive: str) -> str:
    """Return the stem by rule only (no exception table): see `stem`."""
    inf = infinitive.lower()
    if not inf.endswith("en") or len(inf) < 4:
        return inf
    m = VERB_SCHWA.fullmatch(inf)
    if m:
        root = VERB_SCHWA.fullmatch(_root(inf))
        assert root is not None
        schwa = root.group(2) != "r" and any(v in root.group(1)[:-1] for v in _VOWELS + "y")
        if schwa:  # regelen -> regel, tekenen -> teken
            return m.group(1) + "e" + m.group(2)
    s = inf[:-2]
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in _VOWELS:
        s = s[:-1]  # zetten -> zet
    elif len(s) >= 3 and s[-1] not in _VOWELS and s[-2] in "aeou" and s[-3] not in _VOWELS:
        s = s[:-2] + s[-2] + s[-2] + s[-1]  # maken -> maak, nemen -> neem, spelen -> speel
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return s


def stem(infinitive: str) -> str:
    """Return the stem of a regular verb: maken -> maak, zetten -> zet, geven -> geef.

    In -elen/-eren/-enen verbs the 'e' is doubled only when it is stressed: regelen -> regel,
    veranderen -> verander, but spelen -> speel, accepteren -> accepteer. A rule decides
    (schwa after a root with a vowel; -eren stressed), and a table generated from
    hunspell-nl (lang/nl/verb_stem_exceptions.tsv) corrects it; a compound takes the stem of
    its last listed part (herberekenen like berekenen).
    """
    return stem_with(infinitive, _exceptions())


def stem_with(infinitive: str, table: dict[str, str]) -> str:
    """Return the stem with a given exception table (the generator script uses this)."""
    inf = infinitive.lower()
    if VERB_SCHWA.fullmatch(inf):
        for start in range(len(inf) - 5):
            if inf[start:] in table:
                return inf[:start] + table[inf[start:]]
    return rule_stem(inf)


def third_singular(infinitive: str) -> str:
    """Return the 3rd person singular present: besluiten -> besluit, kijken -> kijkt."""
    inf = infinitive.lower()
    if inf in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[inf]
    for lemma in ("gaan", "staan", "doen", "zien", "slaan"):
        # a compound of a short irregular verb: voldoen -> voldoet, bestaan -> bestaat
        if inf.endswith(lemma) and len(inf) > len(lemma) + 1:
            return inf[: -len(lemma)] + _IRREGULAR_3SG[lemma]
    s = stem(inf)
    return s if s.endswith("t") else s + "t"
