"""Analysers: small functions `(letter, engine) -> Iterable[Finding]`.

Which analysers run, in which order and with which categories, is one record per code
rule in rewriter/rules.py (explicit, no auto-discovery). Each analyser module's docstring
says what it reads and what it emits.
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


__all__ = [
    "find_contact",
    "find_dienen_te",
    "find_long_sentences",
    "find_nominalisations",
    "find_passives",
    "find_rare_words",
    "find_unknown_acronyms",
    "glossary",
]
