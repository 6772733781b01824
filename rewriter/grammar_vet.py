"""Withhold proposals that the grammar check rejects (see rewriter/grammar.py).

For each proposal the sentences it touches are taken from the letter, the
proposal's edits are applied to them, and `grammar.edit_problems` compares the
two. A proposal that introduces a problem is not offered; the refusal carries
the Dutch reason (the benchmark counts them per reason).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rewriter.grammar import REASONS, Problem, edit_problems
from rewriter.suggest import Proposal, Refusal

if TYPE_CHECKING:
    from spacy.language import Language

    from rewriter.glossary import Glossary
    from rewriter.letter import Letter
    from rewriter.nlp import Lemmatizer

WITHHELD_PREFIX = "Niet aangeboden: de zin zou niet meer kloppen"


def glossary_genders(glossary: Glossary | None) -> dict[str, str]:
    """Return word -> 'de'/'het' for the nouns whose gender the glossary states."""
    out: dict[str, str] = {}
    if glossary is None:
        return out
    for entry in glossary.entries:
        for alt in entry.plain:
            if alt.gender and " " not in alt.text:
                out[alt.text.lower()] = alt.gender
        for term in entry.terms:
            if term.gender and len(term.words) == 1:
                out[term.words[0].lower()] = term.gender
    return out


def touched_segment(letter: Letter, prop: Proposal) -> tuple[int, int]:
    """Return the span of the whole sentences that a proposal's edits touch."""
    start, end = prop.start, prop.end
    for s in letter.sentences:
        if s.start <= prop.end and prop.start <= s.end:
            start, end = min(start, s.start), max(end, s.end)
    return start, end


def after_segment(text: str, prop: Proposal, start: int, end: int) -> str:
    """Apply a proposal's edits to text[start:end]."""
    segment = text[start:end]
    for e in sorted(prop.edits, key=lambda e: (e.start, e.end), reverse=True):
        segment = segment[: e.start - start] + e.text + segment[e.end - start :]
    return segment


def reason_key(refusal_reason: str) -> str:
    """Map a withheld proposal's Dutch reason back to its grammar.REASONS key."""
    for key, text in REASONS.items():
        if text in refusal_reason:
            return key
    return "other"


def vet_proposals(
    letter: Letter,
    proposals: Sequence[Proposal],
    lem: Lemmatizer,
    nlp: Language | None,
    glossary: Glossary | None = None,
) -> tuple[list[Proposal], list[Refusal]]:
    """Split proposals into (offered, withheld by the grammar check)."""
    genders = glossary_genders(glossary)
    memo: dict[str, list[Problem]] = {}
    offered: list[Proposal] = []
    withheld: list[Refusal] = []
    for prop in proposals:
        start, end = touched_segment(letter, prop)
        before = letter.text[start:end]
        after = after_segment(letter.text, prop, start, end)
        problems = edit_problems(before, after, lem, nlp, genders, memo)
        if problems:
            withheld.append(Refusal(prop, f"{WITHHELD_PREFIX}: {problems[0].message}."))
        else:
            offered.append(prop)
    return offered, withheld
