"""Nominalisations to verbs (filled in below)."""

from __future__ import annotations

from collections.abc import Iterable

from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Proposal


def nominal_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer
) -> list[Proposal]:
    """Return verb rewrites for nominalisation findings."""
    del letter, findings, lem
    return []
