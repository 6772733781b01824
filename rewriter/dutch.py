"""Small Dutch morphology helpers for rewrites: articles, adjectives, plurals."""

from __future__ import annotations

from rewriter.lang import nl
from rewriter.nlp import Lemmatizer
from rewriter.scoring import zipf_frequency

# determiner -> (form before a de-word, form before a het-word), singular: lang/nl
DETERMINERS = {r["determiner"]: (r["de"], r["het"]) for r in nl.table("determiner_forms")}
# After these, an adjective before a singular het-word takes no -e.
INDEFINITE = frozenset(nl.words("indefinite"))
ARTICLE_LIKE = frozenset(nl.words("articles"))
POSSESSIVE = frozenset(nl.words("possessives"))


def swap_determiner(det: str, gender: str) -> str:
    """Return the form of `det` that agrees with a singular noun of `gender`."""
    low = det.lower()
    if low not in DETERMINERS:
        return det
    new = DETERMINERS[low][0 if gender == "de" else 1]
    return match_case(det, new)


def match_case(model: str, word: str) -> str:
    """Give `word` the capitalisation of `model` (first letter only)."""
    if model[:1].isupper():
        return capitalise(word)
    return word


def capitalise(text: str) -> str:
    """Upper-case the first letter of `text`."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def adjective_base(adj: str, lem: Lemmatizer) -> str | None:
    """Return the uninflected adjective for an -e form ('nieuwe' -> 'nieuw')."""
    low = adj.lower()
    if not low.endswith("e"):
        return adj
    candidates = [c for c in lem.lemmas(adj) if c != low and c in lem.index.get("adj", ())]
    if candidates:
        return match_case(adj, sorted(candidates, key=len)[0])
    return None


def adjective_inflected(adj: str, lem: Lemmatizer) -> str | None:
    """Return the -e form of an adjective ('nieuw' -> 'nieuwe'), checked by the lemma tables."""
    low = adj.lower()
    if low.endswith("e") or (low.endswith(("en", "er")) and low not in lem.index.get("adj", ())):
        return adj
    options = [low + "e"]
    if len(low) > 2 and low[-2] in "aeou" and low[-3] == low[-2]:
        options.append(low[:-2] + low[-1] + "e")  # groot -> grote
    if low[-1] in "bdfgklmnprst" and len(low) > 2 and low[-2] in "aeiou" and low[-3] not in "aeiou":
        options.append(low + low[-1] + "e")  # snel -> snelle
    if low.endswith("f"):
        options.append(low[:-1] + "ve")
    if low.endswith("s"):
        options.append(low[:-1] + "ze")
    for option in options:
        if low in lem.lemmas(option):
            return match_case(adj, option)
    return None


def plural_of(noun: str, lem: Lemmatizer) -> str | None:
    """Return the plural of a noun, or None when unsure.

    Candidates are built by the spelling rules in order of preference and the
    first one the lemma tables map back to the noun wins.
    """
    low = noun.lower()
    if low in _UNCOUNTABLE or len(low) < 3:
        return None
    if low in _IRREGULAR_PLURALS:
        return match_case(noun, _IRREGULAR_PLURALS[low])
    vowels = "aeiou"
    cands: list[str] = []
    if low.endswith(("ie", "ure", "ade", "ode", "ise", "ine")):
        cands += [low + "s", low + "n"]  # situatie -> situaties, brochure -> brochures
    elif low.endswith("e"):
        cands += [low + "n", low + "s"]  # jongere -> jongeren, ronde -> rondes
    elif low.endswith(("el", "er", "em", "je", "ie", "aar", "eur")) and not low.endswith("ier"):
        cands += [low + "s", low + "en"]  # regel -> regels, situatie -> situaties
    elif low[-1:] in "aiouy":
        cands += [low + "'s", low + "s"]
    else:
        long_vowel = len(low) > 2 and low[-2] == low[-3] and low[-2] in vowels
        diphthong = len(low) > 2 and low[-3:-1] in ("ie", "ij", "ei", "ui", "ou", "oe", "eu", "au")
        short_vowel = len(low) > 2 and low[-2] in vowels and low[-3] not in vowels
        if long_vowel:
            base = low[:-2] + low[-1]  # vraag -> vrag
            cands += [_voice(base) + "en", base + "en"]
        elif diphthong:
            cands += [_voice(low) + "en", low + "en"]  # brief -> brieven, huis -> huizen
        elif short_vowel and low[-1] not in "wxy":
            cands += [low + low[-1] + "en", low + "en"]  # plan -> plannen
        cands += [low + "en", low + "s", _voice(low) + "en"]
    if _already_plural(low, lem):
        return noun  # an alternative written in the plural: 'de brieven', 'de kosten'
    confirmed = [c for c in dict.fromkeys(cands) if c != low and _maps_back(c, low, lem)]
    # Prefer a form that Dutch text actually uses: the rules and the loose lemma tables
    # alone also accept 'eizen', 'rolstoels' and 'grensen'.
    used = [c for c in confirmed if zipf_frequency(c) >= _USED_ZIPF]
    if used:
        return match_case(noun, max(used, key=zipf_frequency))
    head = _compound_head_plural(low, lem)
    if head:
        return match_case(noun, head)
    return match_case(noun, confirmed[0]) if confirmed else None


_USED_ZIPF = 2.5


def _already_plural(low: str, lem: Lemmatizer) -> bool:
    if not low.endswith(("en", "s")) or zipf_frequency(low) < _USED_ZIPF:
        return False
    nouns = lem.index.get("noun", ())
    return any(
        c in nouns and zipf_frequency(c) >= 3.0 and c != low for c in singular_candidates(low)
    )


def _maps_back(cand: str, low: str, lem: Lemmatizer) -> bool:
    return low in lem.loose_lemmas(cand) | singular_candidates(cand)


def _compound_head_plural(low: str, lem: Lemmatizer) -> str | None:
    """Plural of a compound from the plural of its longest common head (startdatum -> datums)."""
    for cut in range(3, len(low) - 2):
        head = low[cut:]
        if zipf_frequency(head) < 3.0 or head in _UNCOUNTABLE:
            continue
        if head in _IRREGULAR_PLURALS:
            return low[:cut] + _IRREGULAR_PLURALS[head]
        plural = plural_of(head, lem)
        if plural and zipf_frequency(plural) >= _USED_ZIPF:
            return low[:cut] + plural.lower()
        return None
    return None


# Mass nouns and pronouns without a plural, and irregular plurals: lang/nl/*.txt.
_UNCOUNTABLE = frozenset(nl.words("uncountable"))
_IRREGULAR_PLURALS = dict(nl.pairs("irregular_plurals"))


def _voice(stem: str) -> str:
    """Voice a final f/s before -en: brief -> briev, huis -> huiz."""
    if stem.endswith("f"):
        return stem[:-1] + "v"
    if stem.endswith("s"):
        return stem[:-1] + "z"
    return stem


def singular_candidates(word: str) -> set[str]:
    """Return possible singulars of a plural noun form, for unknown compounds.

    'hulpverleningsplannen' -> 'hulpverleningsplan', 'onderwijsbehoeften' ->
    'onderwijsbehoefte', 'verwijsbrieven' -> 'verwijsbrief', 'jeugdigen' -> 'jeugdige'.
    """
    w = word.lower()
    out: set[str] = set()
    base = w[:-1] if w.endswith("jes") else w
    if base.endswith("je") and len(base) > 5:  # diminutives: vraagje, kamertje, plannetje, inkje
        stem = base[:-2]
        out |= {stem}
        if stem.endswith("t"):
            out.add(stem[:-1])
        if stem.endswith("et") and len(stem) > 4 and stem[-3] == stem[-4]:
            out.add(stem[:-3])
        if stem.endswith("p"):
            out.add(stem[:-1])
        if stem.endswith("k"):
            out.add(stem[:-1] + "g")
        return out
    if w.endswith("eren") and len(w) > 6:
        out.add(w[:-4])  # instellingskinderen -> instellingskind
    if w.endswith("en") and len(w) > 4:
        base = w[:-2]
        out.add(base)
        out.add(w[:-1])  # behoeften -> behoefte, jeugdigen -> jeugdige
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
            out.add(base[:-1])  # plannen -> plan
        if base.endswith("v"):
            out.add(base[:-1] + "f")  # brieven -> brief
        if base.endswith("z"):
            out.add(base[:-1] + "s")
        if (
            len(base) > 2
            and base[-1] not in "aeiou"
            and base[-2] in "aeou"
            and base[-3] not in "aeiou"
        ):
            out.add(base[:-2] + base[-2] * 2 + base[-1])  # beslissingen... / regelingen stay
    elif w.endswith("'s"):
        out.add(w[:-2])
    elif w.endswith("s") and len(w) > 4:
        out.add(w[:-1])
    return out


def diminutive_of(noun: str, lem: Lemmatizer, plural: bool = False) -> str | None:
    """Return the diminutive of a noun by the spelling rules ('brief' -> 'briefje')."""
    low = noun.lower()
    if " " in low or low in _UNCOUNTABLE or len(low) < 2:
        return None
    vowels = "aeiou"
    short = len(low) > 2 and low[-2] in vowels and low[-3] not in vowels
    if low.endswith("ing"):
        dim = low[:-1] + "kje"  # beschikking -> beschikkinkje
    elif low.endswith("m"):
        dim = low + ("metje" if short else "pje")  # kam -> kammetje, boom -> boompje
    elif short and low[-1] in "lnr":
        dim = low + low[-1] + "etje"  # plan -> plannetje
    elif low[-1] in vowels or low[-1] in "lnrwy":
        dim = low + "tje"  # kamer -> kamertje, stoel -> stoeltje
    else:
        dim = low + "je"  # brief -> briefje, besluit -> besluitje
    return match_case(noun, dim + ("s" if plural else ""))
