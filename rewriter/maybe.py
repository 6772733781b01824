"""'Mogelijk' as 'perhaps' -> 'misschien': 'U heeft mogelijk recht op bijzondere bijstand.'
-> 'U heeft misschien recht op bijzondere bijstand.'

The proposer of the `maybe` code rule (rewriter/rules.py). 'Mogelijk' is two words: the
adjective 'possible' ('Dat is mogelijk', 'zo snel mogelijk', 'mogelijk maken') and the
sentence adverb 'perhaps', which is officialese for 'misschien' (Direct Duidelijk,
schrijfadvies B1; the city of Amsterdam's rewrites: 'U heeft mogelijk geen identiteitsbewijs'
-> 'U hebt misschien geen identiteitsbewijs'). A glossary entry cannot tell the two apart,
so this rule takes only the slots where 'mogelijk' can only be the adverb: right after a
personal subject and its finite verb, in either order, or after a personal subject in a
subordinate clause, or at the front of a sentence before its finite verb:

- 'U heeft mogelijk ...', 'Dan kunt u mogelijk ...', 'omdat u mogelijk ...',
  'Mogelijk heeft u ...';
- not 'Het is mogelijk ...', 'voor u mogelijk', 'wij hebben dit mogelijk gemaakt', 'zo
  snel mogelijk', 'Mogelijk is ...' with a non-personal subject after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rewriter.conjugate import third_singular
from rewriter.dutch import capitalise
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal

# Personal subjects only: with 'het', 'dat', 'dit' or 'er' 'mogelijk' is 'possible'; 'zij'
# and 'ze' may be a thing ('de regeling ... zij is mogelijk').
_PERSONS = frozenset(nl.words("subject_pronouns")) & {"ik", "je", "jij", "u", "hij", "we", "wij"}
_OPENERS = frozenset(nl.words("clause_openers"))
# Finite forms the 3sg test below does not find ('kunt', 'bent', 'kan' ...).
_FINITE_EXTRA = {
    "ben", "bent", "is", "zijn", "hebt", "heb", "hebben", "kan", "kunt", "kunnen", "mag",
    "mogen", "wil", "wilt", "willen", "zal", "zult", "zullen", "moet", "moeten", "hoeft",
    "hoeven", "ga", "gaan", "kom", "komen",
}  # fmt: skip
# After 'mogelijk' these make it the adjective: 'mogelijk maken', 'mogelijk is', 'mogelijk te'.
_ADJECTIVE_NEXT = {
    "maken", "gemaakt", "maakt", "maakte", "maakten", "is", "was", "zijn", "te", "om", "dat",
    "acht", "achten", "geacht", "vindt", "vinden", "houden", "gehouden",
}  # fmt: skip
_WHY = "'Mogelijk' in de betekenis van 'misschien' is deftig. 'Misschien' zegt hetzelfde."


def maybe_proposals(letter: Letter, findings: Iterable[Finding], lem: Lemmatizer) -> list[Proposal]:
    """One proposal per adverbial 'mogelijk' in the body sentences (findings unused)."""
    del findings
    out: list[Proposal] = []
    for sentence in letter.body_sentences():
        out.extend(_in_sentence(letter, sentence, lem))
    return out


def _in_sentence(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> list[Proposal]:
    toks = [t for t in letter.doc[sentence.token_start : sentence.token_end] if not t.is_space]
    words = [t.lower_ for t in toks]
    out = []
    for i, w in enumerate(words):
        if w != "mogelijk" or i + 1 >= len(toks) or words[i + 1] in _ADJECTIVE_NEXT:
            continue
        if not toks[i + 1].is_alpha:
            continue  # 'Dat is mogelijk.', 'mogelijk, maar ...'
        if not _adverb_slot(words, i, lem):
            continue
        tok = toks[i]
        plain = capitalise("misschien") if tok.text[0].isupper() else "misschien"
        out.append(
            Proposal.from_edits(
                letter.text,
                id=f"maybe.misschien@{tok.idx}",
                rule_id="maybe.misschien",
                kind="woord",
                edits=[Edit(tok.idx, tok.idx + len(tok.text), plain)],
                explanation=_WHY,
                safe=True,
            )
        )
    return out


def _adverb_slot(words: list[str], i: int, lem: Lemmatizer) -> bool:
    before = words[i - 2] if i >= 2 else ""
    prev = words[i - 1] if i >= 1 else ""
    if i == 0 or prev in {",", ";", ":"}:
        # 'Mogelijk heeft u ...': the finite verb, then a personal subject
        return len(words) > i + 2 and _finite(words[i + 1], lem) and words[i + 2] in _PERSONS
    if prev in _PERSONS and _finite(before, lem):
        return True  # 'Dan kunt u mogelijk ...', 'Heeft u mogelijk ...'
    if before in _PERSONS and _finite(prev, lem):
        # 'U heeft mogelijk ...' at the front of a clause
        start = i - 2
        return start == 0 or words[start - 1] in {",", ";", ":", "en", "maar", "want", "dus"}
    # 'omdat u mogelijk recht heeft': a personal subject after a clause opener
    return prev in _PERSONS and before in _OPENERS


def _finite(word: str, lem: Lemmatizer) -> bool:
    if word in _FINITE_EXTRA:
        return True
    if not word.isalpha() or not word.endswith("t"):
        return False
    return any(third_singular(lemma) == word for lemma in lem.lemmas(word) if lemma != word)
