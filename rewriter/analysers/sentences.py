"""Long sentences.

Reads: sentences and their word tokens. Emits: `sentences.too-long` for a
sentence with more words than `settings.long_sentence_words` (default 20);
a warning above twice that.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rewriter.model import Finding, Severity

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter, Sentence


_CLAUSE_WORDS = {
    "maar", "en", "omdat", "want", "waardoor", "zodat", "die", "dat", "waarin", "waarbij",
    "als", "wanneer", "indien", "terwijl", "nadat", "voordat", "of", "dan",
}  # fmt: skip


def split_point(letter: Letter, sentence: Sentence) -> str:
    """Return ', word' at the clause boundary nearest the middle (or '' when none)."""
    toks = list(letter.doc[sentence.token_start : sentence.token_end])
    words = [i for i, t in enumerate(toks) if any(c.isalnum() for c in t.text)]
    n = len(words)
    best, best_gap = "", n
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tok.text not in {",", ";"} or (tok.text == "," and nxt.lower_ not in _CLAUSE_WORDS):
            continue
        left = sum(1 for w in words if w < i)
        if left < 5 or n - left < 5:
            continue
        gap = abs(n - 2 * left)
        if gap < best_gap:
            best, best_gap = f"{tok.text} {nxt.text}", gap
    return best


def find_long_sentences(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield one finding per sentence that is longer than the limit."""
    limit = engine.settings.long_sentence_words
    for sentence in letter.sentences:
        n = len(letter.words(sentence))
        if n <= limit:
            continue
        severity = Severity.WARNING if n > 2 * limit else Severity.SUGGESTION
        where = split_point(letter, sentence)
        hint = f" U kunt de zin splitsen bij '{where}'." if where else ""
        yield Finding(
            rule_id="sentences.too-long",
            category="long_sentence",
            severity=severity,
            start=sentence.start,
            end=sentence.end,
            text=letter.text[sentence.start : sentence.end],
            message=(
                f"Deze zin heeft {n} woorden. Maak er kortere zinnen van: "
                f"hooguit {limit} woorden per zin, één boodschap per zin.{hint}"
            ),
        )
