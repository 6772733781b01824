"""Numbers in digits: 'Er ontbreken nog twee dingen.' -> 'Er ontbreken nog 2 dingen.'

The proposer of the `number` code rule (rewriter/rules.py). Guidance for easy-to-read
Dutch (B1 and below) commonly advises writing numbers as digits, because a digit is seen
at a glance and a number word has to be read; the city of Amsterdam's own rewrites of its
letters do the same (drie -> 3, acht -> 8).

A number word (2 to 99; never 'een'/'één', which is also the article) is
written in digits where it counts something: mid-sentence, in lower case, directly
before a word that is not a function word, a fraction or another number ('twee derde',
'de twee die ...', 'een van de drie' stay). A range ('vier of vijf kinderen') is written in
digits as a whole or not at all. A period or a deadline is a count too: 'binnen zes weken'
-> 'binnen 6 weken', 'na vijf werkdagen' -> 'na 5 werkdagen', as plain-language letters
and the city of Amsterdam's own rewrites write them (vijf -> 5 before 'jaar' and
'werkdagen', zes -> 6 before 'weken'). The value is the same, so the deadline is the same:
the fact guard, the objection block and the letter's facts read '6 weken' as 'zes weken'.
Kept in words:

- at the start of a sentence (a sentence does not open with a digit);
- in fixed expressions (lang/nl/number_idioms.txt: 'onder vier ogen').

The number is a fact and usually a protected span; writing the same value in digits keeps
the fact, which `suggest.apply` checks (`same_number`) before it lets this edit through.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.nl.stop_words import STOP_WORDS

from rewriter.facts import digits_of, number_value  # kept with the fact guard, which uses them too
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "woord"
_RANGE = {"of", "tot", "à", "a", "-", "–"}
_WHY = (
    "Schrijf getallen in cijfers: '5 werkdagen' leest sneller dan 'vijf werkdagen'. "
    "Het getal blijft hetzelfde."
)


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split()) for item in nl.words("number_idioms"))


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return frozenset(nl.words("number_stops")) | STOP_WORDS


def number_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer
) -> list[Proposal]:
    """Return one proposal per counted number word in the body sentences (findings unused,
    kept for the same signature as the other proposal builders)."""
    del findings, lem
    out: list[Proposal] = []
    for sentence in letter.body_sentences():
        out.extend(_sentence_numbers(letter, sentence))
    return out


def _sentence_numbers(letter: Letter, sentence: Sentence) -> list[Proposal]:
    toks = [t for t in letter.doc[sentence.token_start : sentence.token_end] if not t.is_space]
    out: list[Proposal] = []
    i = 1  # never the first word of a sentence
    while i < len(toks):
        group, after = _group(toks, i)
        if not group:
            i += 1
            continue
        if _counts(letter, toks, group, after) and not _idiom(toks, i):
            edits = [Edit(t.idx, t.idx + len(t.text), digits_of(t.text) or "") for t in group]
            first = group[0]
            out.append(
                Proposal.from_edits(
                    letter.text,
                    id=f"number.digits@{first.idx}",
                    rule_id="number.digits",
                    kind=KIND,
                    edits=edits,
                    explanation=_WHY,
                    safe=True,
                )
            )
        i = after
    return out


def _group(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """The number words of a count starting at i ('zes', or 'twee' 'drie' in 'twee of drie')
    and the index of the token after them."""
    if digits_of(toks[i].text) is None or toks[i - 1].text in {"-", "–"}:
        return [], i + 1
    group = [toks[i]]
    j = i + 1
    while j + 1 < len(toks) and toks[j].lower_ in _RANGE and digits_of(toks[j + 1].text):
        group.append(toks[j + 1])
        j += 2
    return group, j


def _counts(letter: Letter, toks: list[Token], group: list[Token], k: int) -> bool:
    """True when the word after the count (at k) is a content word: the number counts it."""
    if k >= len(toks):
        return False
    after = toks[k]
    word = after.text
    if not (word.isalpha() and word.islower() and len(word) > 1):
        return False
    if word in _stops() or number_value(word) is not None:
        return False
    # 'twee-' in 'twee- of driekamerwoning', 'vijf' glued to a hyphen: leave it
    end = group[-1].idx + len(group[-1].text)
    return letter.text[end : end + 1] == " "


def _idiom(toks: list[Token], i: int) -> bool:
    words = [t.lower_ for t in toks]
    for idiom in _idioms():
        for start in range(max(0, i - len(idiom) + 1), i + 1):
            if tuple(words[start : start + len(idiom)]) == idiom:
                return True
    return False
