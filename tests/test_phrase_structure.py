"""Phrase replacements of three or more words: applied by default only when they keep the
sentence's structure (suggest._changes_structure), on the shipped glossary."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite

KEEPS_STRUCTURE = [
    # a fixed formula replaced by a fixed phrase, in the middle of a clause
    (
        "Als u niet kunt komen, wordt u verzocht dit vooraf te melden.",
        "Als u niet kunt komen, vragen wij u dit vooraf te melden.",
    ),
    (
        "Op grond van de wet is het college gehouden de bijstand te verlagen.",
        "Volgens de wet is het college verplicht de bijstand te verlagen.",
    ),
    (
        "Maak het bedrag over ten name van de gemeente Zwolle.",
        "Maak het bedrag over op naam van de gemeente Zwolle.",
    ),
    # a noun group replaced by a noun group
    (
        "Het hoorverslag sturen wij u later toe.",
        "Het verslag van de hoorzitting sturen wij u later toe.",
    ),
    # an abbreviation written out
    (
        "U kunt i.p.v. een brief ook een e-mail sturen.",
        "U kunt in plaats van een brief ook een e-mail sturen.",
    ),
]

CHANGES_STRUCTURE = [
    # a relative clause in the middle of a clause
    "Het benadelingsbedrag wordt van uw uitkering ingehouden.",
    # an infinitive clause before the particle of a split verb
    "Wij sturen u het plan ter goedkeuring toe.",
    # a conditional clause the term did not have ('U kunt desgewenst ...' now loses the word:
    # glossary desgewenst-bij-kunnen)
    "Wij sturen u desgewenst een kopie van het verslag.",
    # an adjective group before a noun
    "Uw meerderjarige zoon woont bij u.",
    # a list with commas
    "De informele zorg door uw buren telt mee.",
]


@pytest.mark.parametrize(("before", "after"), KEEPS_STRUCTURE)
def test_phrase_that_keeps_the_structure_is_applied(
    engine: Engine, before: str, after: str
) -> None:
    # offered as safe: ticked by default (with --accept safe it is applied unless the
    # letter as a whole would get longer, a separate guarantee)
    safe = [p for p in rewrite(before, engine, "none").proposals if p.safe]
    assert safe, before
    assert rewrite(before, engine, {p.id for p in safe}).text == after


@pytest.mark.parametrize("text", CHANGES_STRUCTURE)
def test_phrase_that_changes_the_structure_is_not_applied(engine: Engine, text: str) -> None:
    result = rewrite(text, engine, "safe")
    assert result.text == text
    assert not [p.rule_id for p in result.proposals if p.safe]
    # where it is offered, it is a whole-sentence proposal the writer checks
    assert all(p.kind == "zin" for p in result.proposals if p.rule_id.startswith("glossary."))
