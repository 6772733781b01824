"""'Echter' (or 'evenwel') in the middle of a main clause -> 'Maar' in front of it: 'Het
college is echter van mening dat ...' -> 'Maar het college is van mening dat ...'.

The proposer of the `echter` code rule (rewriter/rules.py). 'Echter' is written language
(Direct Duidelijk, schrijfadvies B1); 'maar' says the same, but only at the front of the
clause: putting 'maar' where 'echter' stood changes the meaning ('Wij kunnen maar een deel
vergoeden' is 'only a part'). The glossary cannot move a word, so the glossary entry
`echter` stays a hint, and this rule takes only the slots where moving is always right:

- 'echter' stands in the main clause, after its finite verb: nothing before it is a comma,
  colon, semicolon or bracket, a subordinator or a relative word ('omdat', 'die', 'waarin'
  ...), and a verb comes before it; the clause is then '<first part> <verb> ... echter ...'
  and 'Maar <first part> <verb> ...' keeps every other word in its place;
- or 'Echter,' opens the sentence: 'Maar' replaces it and its comma;
- one 'echter' per sentence; the first word loses its capital unless it is a name.
"""

from __future__ import annotations

from collections.abc import Iterable

from rewriter.conjugate import third_singular
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal

_OPENERS = frozenset(nl.words("clause_openers")) | frozenset(nl.words("subordinators"))
# finite forms of the auxiliaries (not their participles) and of the modal verbs
_FINITE = frozenset(
    row["form"] for row in nl.table("auxiliaries") if not row["form"].startswith("ge")
) | {
    "kan", "kunt", "kunnen", "kon", "konden", "mag", "mogen", "mocht", "mochten", "moet",
    "moeten", "moest", "moesten", "wil", "wilt", "willen", "wilde", "wilden", "zal", "zult",
    "zullen", "zou", "zouden", "hoeft", "hoeven", "heb", "hebt", "heeft", "hebben", "had",
    "hadden",
}  # fmt: skip
_ADVERBS = {"echter", "evenwel"}  # the same adverb; 'evenwel' is older still
# after these 'evenwel' is 'wel' in its own place (glossary/betekenis.yaml, evenwel-wel)
_YIELD_TO_WEL = {
    "u", "je", "jij", "jullie", "dient", "moet", "kunt", "mag", "dienen", "moeten", "kunnen",
    "mogen",
}  # fmt: skip
_STOPS = {",", ";", ":", "(", ")", "–", "-", '"', "'"}
_KNOWN = frozenset(
    w
    for name in (
        "function_words", "prepositions", "determiners", "articles", "subject_pronouns",
        "possessives",
    )
    for w in nl.words(name)
)  # fmt: skip
_WHY = (
    "'Echter' is schrijftaal. 'Maar' zegt hetzelfde; het staat vooraan in de zin, "
    "de rest blijft zoals het was."
)


def echter_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer
) -> list[Proposal]:
    """One proposal per main-clause 'echter' or 'evenwel' in the body sentences (findings unused)."""
    del findings
    out: list[Proposal] = []
    for sentence in letter.body_sentences():
        prop = _in_sentence(letter, sentence, lem)
        if prop is not None:
            out.append(prop)
    return out


def _in_sentence(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    toks = [t for t in letter.doc[sentence.token_start : sentence.token_end] if not t.is_space]
    words = [t.lower_ for t in toks]
    hits = [i for i, w in enumerate(words) if w in _ADVERBS]
    if len(hits) != 1 or len(toks) < 4:
        return None
    i = hits[0]
    first = toks[0]
    if not first.is_alpha or not first.text[:1].isupper():
        return None  # a list item, a quote, a number: where the sentence starts is unclear
    if i == 0:
        if words[1] != "," or not toks[2].is_alpha:
            return None
        # 'Echter, de hulp kan ...' -> 'Maar de hulp kan ...'
        edits = [Edit(first.idx, toks[1].idx + 1, "Maar")]
        return _make(letter, first.idx, edits)
    if i < 2 or i + 1 >= len(toks) or not toks[i + 1].is_alpha:
        return None
    before = toks[:i]
    if words[i] == "evenwel" and words[i - 1] in _YIELD_TO_WEL:
        return None  # 'dient u evenwel zelf ...' -> 'dient u wel zelf ...' (glossary evenwel-wel)
    if any(t.text in _STOPS or t.lower_ in _OPENERS for t in before):
        return None
    if not any(_finite(t.lower_, lem) for t in before[1:]):
        return None  # no finite verb before 'echter': not the middle of a main clause
    prev = toks[i - 1]
    adverb = toks[i]
    if _name(first.text, lem):
        # 'Fenna heeft echter ...' -> 'Maar Fenna heeft ...': the name is not touched
        opening = Edit(first.idx, first.idx, "Maar ")
    else:
        low = first.text[:1].lower() + first.text[1:]
        opening = Edit(first.idx, first.idx + len(first.text), f"Maar {low}")
    edits = [opening, Edit(prev.idx + len(prev.text), adverb.idx + len(adverb.text), "")]
    return _make(letter, first.idx, edits)


def _finite(word: str, lem: Lemmatizer) -> bool:
    if word in _FINITE:
        return True
    if not word.isalpha() or not word.endswith("t"):
        return False
    return any(third_singular(lemma) == word for lemma in lem.lemmas(word) if lemma != word)


def _name(word: str, lem: Lemmatizer) -> bool:
    """A capitalised word the lemmatizer does not know in lower case: a name ('Fenna')."""
    if word.isupper():
        return True
    low = word.lower()
    if low in _KNOWN or lem.lemmas(low) - {low}:
        return False
    return not any(low in forms for forms in lem.index.values())


def _make(letter: Letter, at: int, edits: list[Edit]) -> Proposal:
    return Proposal.from_edits(
        letter.text,
        id=f"echter.maar@{at}",
        rule_id="echter.maar",
        kind="woord",
        edits=edits,
        explanation=_WHY,
        safe=True,
    )
