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
    from rewriter.letter import Letter


def find_long_sentences(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield one finding per sentence that is longer than the limit."""
    limit = engine.settings.long_sentence_words
    for sentence in letter.sentences:
        n = len(letter.words(sentence))
        if n <= limit:
            continue
        severity = Severity.WARNING if n > 2 * limit else Severity.SUGGESTION
        yield Finding(
            rule_id="sentences.too-long",
            category="long_sentence",
            severity=severity,
            start=sentence.start,
            end=sentence.end,
            text=letter.text[sentence.start : sentence.end],
            message=(
                f"Deze zin heeft {n} woorden. Maak er kortere zinnen van: "
                f"hooguit {limit} woorden per zin, één boodschap per zin."
            ),
        )
