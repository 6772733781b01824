"""Analysers: small functions `(letter, engine) -> Iterable[Finding]`.

ANALYSERS is an explicit, ordered tuple: no auto-discovery, no registry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rewriter.analysers.glossary import find_glossary

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter
    from rewriter.model import Finding


def glossary(letter: Letter, engine: Engine) -> Iterable[Finding]:
    """Glossary terms: jargon, stigma, legal terms, vague phrases, acronyms."""
    return find_glossary(letter, engine.compiled, engine.resources.lemmatizer)


ANALYSERS = (glossary,)
