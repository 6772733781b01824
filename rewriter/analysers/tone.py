"""Tone: 'u dient ... te' (and other forms of 'dienen' with 'te').

Reads: tokens of each sentence. Emits `tone.dienen-te` (suggestion) on the
form of 'dienen' when a 'te + infinitive' follows in the same clause, so the
verb means 'must' (not 'serve': 'dit dient als bewijs' is left alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rewriter.model import Finding, Severity
from rewriter.verbforms import DIENEN, te_infinitive

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter


def find_dienen_te(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield 'dienen ... te' used as 'must'."""
    for sentence in letter.sentences:
        toks = list(letter.doc[sentence.token_start : sentence.token_end])
        for i, tok in enumerate(toks):
            if tok.lower_ in DIENEN and te_infinitive(toks, i) is not None:
                yield Finding(
                    "tone.dienen-te", "tone", Severity.SUGGESTION, tok.idx, tok.idx + len(tok.text),
                    tok.text,
                    f"'{tok.text} ... te' klinkt streng en ouderwets. Schrijf '{DIENEN[tok.lower_]}'.",
                    (DIENEN[tok.lower_],),
                )  # fmt: skip
