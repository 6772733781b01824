"""Word-level Dutch verb forms shared by the detectors (rewriter/analysers) and the
rewrites (patterns, grammar, sentence rules, suggest), so that rewrite code does not
reach into a detector's internals.

- `is_participle`: a past participle, with the verb's lemma (from the lemma tables);
- `te_infinitive`: 'te' + infinitive later in the same clause;
- `may_be_verb`: a word that can be a verb form (to tell a clause from a noun phrase);
- `DIENEN`: forms of 'dienen' (... te) with the plain form of 'moeten'
  (data: lang/nl/dienen.tsv);
- `PARTICLES`: separable verb particles (data: lang/nl/particles.txt).
"""

from __future__ import annotations

from rewriter.conjugate import third_singular
from rewriter.lang import nl
from rewriter.nlp import Lemmatizer

PARTICLES = nl.words("particles")
DIENEN = {row["form"]: row["plain"] for row in nl.table("dienen")}
CLAUSE_END = {",", ";", ":", ".", "?", "!", "(", ")"}
_PREFIXES = ("be", "ver", "ont", "her", "er", "ge")


def is_participle(word: str, lem: Lemmatizer) -> str | None:
    """Return the verb lemma when `word` looks like a past participle, else None."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() or (low in lem.index["noun"] and low not in lem.lookup):
        return None
    verbs = lem.index["verb"]
    lemmas = lem.lemmas(low)
    # Lemmas ending in -en count too: 'gevoerd' -> 'voeren' is absent from the verb index.
    candidates = (lemmas & verbs) | {x for x in lemmas if x != low and x.endswith("en")}
    for lemma in sorted(candidates):
        if lemma == low:
            if low.startswith(_PREFIXES[:4]) and low.endswith("en"):
                return lemma  # herzien, ontvangen: participle equals infinitive
            continue
        if _participle_shape(low) and not present_not_participle(low, lemma):
            return lemma
    if _participle_shape(low) and low.startswith("ge"):
        stem = low[2:-1]
        for cand in (stem + "en", stem[:-2] + stem[-1] + "en" if len(stem) > 2 else ""):
            if cand in verbs:
                return cand
    return None


def present_not_participle(low: str, lemma: str) -> bool:
    """True for a present tense in -t of a weak prefix verb whose participle ends in -d:
    'behoeft' (behoeven, participle 'behoefd'), 'verbetert' (verbeterd)."""
    if low.startswith("ge") or not low.endswith("t") or not lemma.endswith("en"):
        return False
    root = lemma[:-2]
    if root.endswith(("t", "k", "f", "s", "c", "h", "p", "x")):
        return False  # 't kofschip: the weak participle ends in -t as well
    return third_singular(lemma) == low


def _participle_shape(low: str) -> bool:
    if not low.endswith(("d", "t", "en")):
        return False
    if "ge" in low[:8] or low.startswith(_PREFIXES):
        return True
    # a particle before a prefix verb takes no 'ge-': 'uitbetaald', 'voorbereid'
    return any(low.startswith(p) and low[len(p) :].startswith(_PREFIXES[:5]) for p in PARTICLES)


def te_infinitive(toks: list, i: int) -> int | None:
    """Return the index of 'te' (followed by an infinitive) after token i in the clause."""
    for j in range(i + 1, min(len(toks) - 1, i + 16)):
        if toks[j].text in CLAUSE_END:
            return None
        if (
            toks[j].lower_ == "te"
            and toks[j + 1].lower_.endswith(("en", "n"))
            and toks[j + 1].is_alpha
        ):
            return j
    return None


_AUXILIARY_FORMS = frozenset(row["form"] for row in nl.table("auxiliaries"))


def may_be_verb(word: str, lem: Lemmatizer) -> bool:
    """True when `word` can be a verb form: an auxiliary, or a word whose lemmas include a
    verb and that is not also a noun ('een ergotherapeut van ...' has none)."""
    low = word.lower()
    if low in _AUXILIARY_FORMS:
        return True
    if not low.isalpha() or low in lem.index["noun"]:
        return False
    return bool(lem.lemmas(low) & lem.index["verb"])
