"""Tone: 'u dient ... te' (and other forms of 'dienen' with 'te').

Reads: tokens of each sentence. Emits `tone.dienen-te` (suggestion) on the
form of 'dienen' when a 'te + infinitive' follows in the same clause, so the
verb means 'must' (not 'serve': 'dit dient als bewijs' is left alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rewriter.model import Finding, Severity

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter

DIENEN = {
    "dient": "moet",
    "dien": "moet",
    "dienen": "moeten",
    "diende": "moest",
    "dienden": "moesten",
}
CLAUSE_END = {",", ";", ":", ".", "?", "!", "(", ")"}


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
