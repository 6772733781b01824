"""Nominalisations, unexplained acronyms and rare words.

- `nominalisation.het-infinitief-van` (hint): "het in behandeling nemen van",
  "het indienen van": a verb turned into a noun. Reads tokens and lemma tables.
- `nominalisation.ter` (hint): "ter beoordeling", "ter ondersteuning".
- `acronym.unknown` (hint): an all-capitals abbreviation that the glossary does
  not know and the letter does not explain (first use only).
- `rare_word.zipf` (hint): a word with a Dutch Zipf frequency below
  `settings.rare_word_zipf` that the glossary does not cover. Only a hint:
  frequency is a weak signal (research/nlp-stack.md §3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rewriter.model import Finding, Severity
from rewriter.scoring import zipf_frequency

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter

_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Capitalised words that are not acronyms a reader must look up.
_NOT_ACRONYMS = {"NB", "PS", "OK", "TV", "CV", "ID", "AB", "BV", "NV", "II", "III", "IV", "VI"}
_NOT_RARE = {"u", "uw"}
# Everyday infinitives used as nouns ('het eten van de kinderen'): not officialese.
_EVERYDAY_INFINITIVES = {
    "eten", "leven", "drinken", "wonen", "werken", "spelen", "lezen", "schrijven", "koken",
    "sporten", "zwemmen", "slapen", "fietsen", "rijden", "wassen", "zingen", "tekenen",
}  # fmt: skip


def find_nominalisations(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield 'het ... <infinitive> van' and 'ter <-ing>' constructions."""
    lem = engine.resources.lemmatizer
    verbs = lem.index["verb"]
    doc = letter.doc
    for sentence in letter.sentences:
        toks = list(doc[sentence.token_start : sentence.token_end])
        for i, tok in enumerate(toks):
            if tok.lower_ == "het":
                for j in range(i + 1, min(len(toks) - 1, i + 5)):
                    word = toks[j].lower_
                    if not toks[j].is_alpha:
                        break
                    if word in _EVERYDAY_INFINITIVES:
                        break
                    if word in verbs and word.endswith("en") and toks[j + 1].lower_ == "van":
                        start, end = tok.idx, toks[j + 1].idx + len(toks[j + 1].text)
                        yield Finding(
                            "nominalisation.het-infinitief-van", "nominalisation", Severity.HINT,
                            start, end, letter.text[start:end],
                            "Hier is een werkwoord een zelfstandig naamwoord geworden. "
                            "Schrijf met het werkwoord: 'wij nemen uw aanvraag in behandeling'.",
                        )  # fmt: skip
                        break
            elif tok.lower_ == "ter" and i + 1 < len(toks):
                nxt = toks[i + 1]
                low = nxt.lower_
                if low.endswith("ing") and (low[:-3] + "en") in verbs:
                    start, end = tok.idx, nxt.idx + len(nxt.text)
                    yield Finding(
                        "nominalisation.ter", "nominalisation", Severity.HINT, start, end,
                        letter.text[start:end],
                        f"'{letter.text[start:end]}' is stijf. Schrijf met een werkwoord, "
                        f"bijvoorbeeld 'om te {low[:-3]}en' of 'zodat u ... kunt'.",
                    )  # fmt: skip


def find_unknown_acronyms(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield the first use of each all-capitals abbreviation the glossary does not know."""
    known = engine.compiled.single_cs
    seen: set[str] = set()
    text = letter.text
    capitals: dict[int, bool] = {}  # line start -> the line is mostly capitals (once per line)
    for tok in letter.doc:
        word = tok.text
        if not _ACRONYM.match(word) or word in _NOT_ACRONYMS or word in known or word in seen:
            continue
        seen.add(word)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        if line_start not in capitals:
            line_end = text.find("\n", tok.idx)
            line = text[line_start : line_end if line_end != -1 else len(text)]
            letters = [c for c in line if c.isalpha()]
            capitals[line_start] = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(
                letters
            )
        if capitals[line_start]:
            continue  # a heading in capitals, not an acronym
        end = tok.idx + len(word)
        before = text[max(0, tok.idx - 1) : tok.idx]
        if text[end : end + 2].lstrip().startswith("(") or before == "(":
            continue  # explained: 'ABC (uitleg)' or 'uitleg (ABC)'
        yield Finding(
            "acronym.unknown", "acronym", Severity.HINT, tok.idx, end, word,
            f"Wat betekent '{word}'? Schrijf de afkorting de eerste keer voluit.",
        )  # fmt: skip


_COMMON_PART = 3.5  # Zipf of each part of a compound that reads as transparent
_LINKS = ("", "s", "e", "en", "n")


_MAX_COMPOUND = 60  # longer tokens are not two common words (and each cut would copy the token)


def is_transparent_compound(word: str) -> bool:
    """Return True when `word` splits into two common words (stem + pas, bewoners + onderzoek)."""
    if len(word) > _MAX_COMPOUND:
        return False
    for cut in range(3, len(word) - 2):
        head = word[cut:]
        if zipf_frequency(head) < _COMMON_PART:
            continue
        left = word[:cut]
        for link in _LINKS:
            stem = left[: len(left) - len(link)]
            if left.endswith(link) and len(stem) >= 3 and zipf_frequency(stem) >= _COMMON_PART:
                return True
    return False


def find_rare_words(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield the first use of each rare word the glossary does not cover (hints)."""
    lem = engine.resources.lemmatizer
    threshold = engine.settings.rare_word_zipf
    seen: set[str] = set()
    for sentence in letter.sentences:
        for tok in letter.doc[sentence.token_start : sentence.token_end]:
            word = tok.text
            if len(word) < 6 or not word.isalpha() or not word.islower() or word in _NOT_RARE:
                continue
            if word in seen:
                continue
            seen.add(word)
            forms = lem.lemmas(word)
            if max(zipf_frequency(f) for f in forms) >= threshold:
                continue
            if any(is_transparent_compound(f) for f in forms):
                continue
            yield Finding(
                "rare_word.zipf", "rare_word", Severity.HINT, tok.idx, tok.idx + len(word), word,
                f"'{word}' is een woord dat weinig mensen kennen. Kan het eenvoudiger?",
            )  # fmt: skip
