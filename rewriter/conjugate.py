"""Present-tense forms of Dutch verbs, for rewriting passives into active sentences."""

from __future__ import annotations

from rewriter.lang import nl

_IRREGULAR_3SG = {r["lemma"]: r["form"] for r in nl.table("irregular_present")}
_VOWELS = "aeiou"


def stem(infinitive: str) -> str:
    """Return the stem of a regular verb: maken -> maak, zetten -> zet, geven -> geef."""
    inf = infinitive.lower()
    if not inf.endswith("en") or len(inf) < 4:
        return inf
    s = inf[:-2]
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in _VOWELS:
        s = s[:-1]  # zetten -> zet
    elif len(s) >= 3 and s[-1] not in _VOWELS and s[-2] in "aeou" and s[-3] not in _VOWELS:
        s = s[:-2] + s[-2] + s[-2] + s[-1]  # maken -> maak, nemen -> neem
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return s


def third_singular(infinitive: str) -> str:
    """Return the 3rd person singular present: besluiten -> besluit, kijken -> kijkt."""
    inf = infinitive.lower()
    if inf in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[inf]
    s = stem(inf)
    return s if s.endswith("t") else s + "t"
