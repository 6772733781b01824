"""Small Dutch morphology helpers for rewrites: articles, adjectives, plurals."""

from __future__ import annotations

from rewriter.nlp import Lemmatizer

# determiner -> (form before a de-word, form before a het-word), singular
DETERMINERS = {
    "de": ("de", "het"),
    "het": ("de", "het"),
    "deze": ("deze", "dit"),
    "dit": ("deze", "dit"),
    "die": ("die", "dat"),
    "dat": ("die", "dat"),
    "welke": ("welke", "welk"),
    "welk": ("welke", "welk"),
    "elke": ("elke", "elk"),
    "elk": ("elke", "elk"),
    "iedere": ("iedere", "ieder"),
    "ieder": ("iedere", "ieder"),
    "zo'n": ("zo'n", "zo'n"),
    "een": ("een", "een"),
    "geen": ("geen", "geen"),
}
# After these, an adjective before a singular het-word takes no -e.
INDEFINITE = {"een", "geen", "elk", "ieder", "zo'n", "welk", "veel", "weinig", "zulk", "genoeg"}
ARTICLE_LIKE = {"de", "het", "een"}
POSSESSIVE = {"uw", "jouw", "je", "zijn", "haar", "hun", "ons", "onze", "mijn", "jullie"}


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
    """Return the plural of a noun using the lemma tables, or None when unsure."""
    low = noun.lower()
    candidates = [low + "en", low + "s", low + "'s"]
    if low.endswith("e"):
        candidates = [low + "n", low + "s"]  # jongere -> jongeren, ronde -> rondes
    elif low.endswith(("el", "er", "em", "je", "ie")):
        candidates = [low + "s", low + "en"]  # regel -> regels, cursus handled by 'en'
    if low[-1:] in "aeiouy" and not low.endswith("e"):
        candidates.insert(0, low + "'s")
    if len(low) > 2 and low[-2] == low[-3] and low[-2] in "aeou":
        candidates.append(low[:-2] + low[-1] + "en")
    if low[-1:] in "bdfgklmnprst":
        candidates.append(low + low[-1] + "en")
    if low.endswith("f"):
        candidates.append(low[:-1] + "ven")
    if low.endswith("s"):
        candidates.append(low[:-1] + "zen")
    for cand in candidates:
        if cand != low and low in lem.lemmas(cand) and lem.lookup.get(cand) == low:
            return match_case(noun, cand)
    for cand in candidates:
        if cand != low and low in lem.lemmas(cand):
            return match_case(noun, cand)
    return None
