"""Analysers: small functions `(letter, engine) -> Iterable[Finding]`.

ANALYSERS is an explicit, ordered tuple: no auto-discovery, no registry.
Each analyser module's docstring says what it reads and what it emits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rewriter.analysers.contact import find_contact
from rewriter.analysers.glossary import find_glossary
from rewriter.analysers.sentences import find_long_sentences
from rewriter.analysers.style import find_nominalisations, find_rare_words, find_unknown_acronyms
from rewriter.analysers.tone import find_dienen_te
from rewriter.analysers.voice import find_passives

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter
    from rewriter.model import Finding


def glossary(letter: Letter, engine: Engine) -> Iterable[Finding]:
    """Glossary terms: jargon, stigma, legal terms, vague phrases, acronyms, tone."""
    lem = engine.resources.lemmatizer
    return find_glossary(letter, engine.compiled, lem, engine.settings.domain)


ANALYSERS = (
    glossary,
    find_long_sentences,
    find_passives,
    find_dienen_te,
    find_nominalisations,
    find_unknown_acronyms,
    find_contact,
    find_rare_words,
)

# The analysers whose findings can count in the scores (word-level categories;
# see pipeline._PRIORITY and score_letter). Sentence- and letter-level findings
# never change which word-level findings survive deduplication, so rescoring a
# rewritten letter needs only these.
WORD_ANALYSERS = (glossary, find_dienen_te, find_unknown_acronyms, find_rare_words)
