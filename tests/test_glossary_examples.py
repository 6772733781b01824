"""Run every example of every glossary entry (LanguageTool-style marker + correction).

For an `explain` entry that is not an acronym, the `fix` of an example shows the term
with its explanation in context (how a reader should understand the sentence). The
engine does not put that bracket into the sentence: it adds one sentence of its own
after it ('Term betekent: explanation.'), so the runner checks that text, and that the
`fix` carries the entry's explanation.
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.glossary import load_glossary
from rewriter.letter import Letter
from rewriter.pipeline import analyse
from rewriter.suggest import apply, explanation_line, glossary_proposals

_GLOSSARY = load_glossary()
_CASES = [
    pytest.param(entry.id, i, id=f"glossary.{entry.id}[{ex.kind}-{i}]")
    for entry in _GLOSSARY.entries
    for i, ex in enumerate(entry.examples)
]


@pytest.mark.parametrize(("entry_id", "index"), _CASES)
def test_example(engine: Engine, entry_id: str, index: int) -> None:
    entry = engine.glossary.by_id[entry_id]
    example = entry.examples[index]
    letter = Letter.from_text(example.sentence, engine.resources)
    findings = [f for f in analyse(letter, engine) if f.entry_id == entry_id]
    where = f"{entry.path}:{entry.line} ({entry.id})"
    if example.kind == "pass":
        assert not findings, (
            f"False positive against {where}: {example.sentence!r} -> {findings[0].text!r}"
        )
        return
    spans = [(f.start, f.end) for f in findings]
    assert example.span in spans, (
        f"False negative against {where}: expected {example.sentence[slice(*example.span)]!r} "
        f"in {example.sentence!r}, found {[example.sentence[a:b] for a, b in spans]}"
    )
    if example.fix is None:
        return
    finding = next(f for f in findings if (f.start, f.end) == example.span)
    proposals = [
        p
        for p in glossary_proposals(letter, [finding], engine.glossary, engine.resources.lemmatizer)
        if p.alternative == 0
    ]
    assert proposals, f"No proposal for {where} in {example.sentence!r}"
    result = apply(example.sentence, proposals[:1], protected=letter.protected)
    assert not result.refused, f"{where}: refused {result.refused[0].reason}"
    if entry.type == "explain" and not entry.acronym:
        assert entry.explanation in example.fix, f"{where}: the fix lacks the explanation"
        expected = f"{example.sentence} {explanation_line(entry, finding.text)}"
        assert result.text == expected, f"{where}: wrong explanation sentence"
        return
    assert result.text == example.fix, f"{where}: wrong fix"
