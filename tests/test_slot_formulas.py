"""Formulas with a slot ('heeft ... plaatsgevonden' -> 'is ... geweest', glossary/kanselarij.yaml):
the words in the gap stay as written, a date or a count in the gap does not stop the
rewrite, and `near` / `not_near` see the words in the gap (rewriter/suggest._slot_edits,
rewriter/sense.context_fits)."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a date in the gap: only the head and the tail are edited
        (
            "Op 13 oktober 2026 heeft een gesprek bij u thuis plaatsgevonden.",
            "Op 13 oktober 2026 is een gesprek bij u thuis geweest.",
        ),
        (
            "Er heeft op 12 mei een huisbezoek plaatsgevonden.",
            "Er is op 12 mei een huisbezoek geweest.",
        ),
        # without a gap the two sides meet
        (
            "Wij verwijzen naar het gesprek dat vorige week bij u thuis heeft plaatsgevonden.",
            "Wij verwijzen naar het gesprek dat vorige week bij u thuis is geweest.",
        ),
        # the plural auxiliary has its own term: tense and person stay right
        (
            "In maart hebben de gesprekken plaatsgevonden met uw zoon.",
            "In maart zijn de gesprekken geweest met uw zoon.",
        ),
    ],
)
def test_slot_formula_keeps_the_gap(engine: Engine, before: str, after: str) -> None:
    assert rewrite(before, engine, "safe").text == after


@pytest.mark.parametrize(
    "sentence",
    [
        # not a meeting: 'near' sees that nothing in the gap is a meeting
        "Op 3 mei heeft een verhuizing plaatsgevonden.",
        # 'not_near' sees the event in the gap
        "In het gesprek, waarin een inventarisatie van uw schulden heeft plaatsgevonden, is een plan gemaakt.",
        # 'geweest door' is not Dutch
        "Op 2 februari heeft een huisbezoek plaatsgevonden door de ergotherapeut.",
        # more than six words in the gap: no match
        "Op 2 februari heeft er bij u thuis in Deventer een lang gesprek plaatsgevonden.",
    ],
)
def test_slot_formula_left_alone(engine: Engine, sentence: str) -> None:
    out = rewrite(sentence, engine, "safe").text
    assert "heeft" in out and "plaatsgevonden" in out and "geweest" not in out


def test_dan_wel_after_a_verb_in_en(engine: Engine) -> None:
    # ' en dan wel' (an except of dan-wel, with its space) is not inside 'bellen dan wel'
    out = rewrite("U kunt ons bellen dan wel een e-mail sturen.", engine, "safe").text
    assert out == "U kunt ons bellen of een e-mail sturen."
    kept = "Dat mag, maar dan wel met toestemming van uw bewindvoerder."
    assert rewrite(kept, engine, "safe").text == kept


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a gap that runs to the end of the clause: the verb moves behind it
        (
            "Wij zien dat er sprake is van een achterstand van € 450, zodat wij u helpen.",
            "Wij zien dat er een achterstand van € 450 is, zodat wij u helpen.",
        ),
        # a plural head noun takes the plural verb
        (
            "U kunt zich opnieuw aanmelden, tenzij er sprake is van bijzondere omstandigheden.",
            "U kunt zich opnieuw aanmelden, behalve als er bijzondere omstandigheden zijn.",
        ),
        # main clause: nothing moves
        ("Er is sprake van meerdere schulden.", "Er zijn meerdere schulden."),
        # the noun phrase ends before its own relative clause: the verb goes between them
        (
            "Wij zien dat er sprake is van schulden die u niet kunt betalen.",
            "Wij zien dat er schulden zijn die u niet kunt betalen.",
        ),
    ],
)
def test_clause_gap_moves_the_verb(engine: Engine, before: str, after: str) -> None:
    assert rewrite(before, engine, "safe").text == after


@pytest.mark.parametrize(
    "sentence",
    [
        # a definite noun phrase before a relative clause: 'dat er de schulden zijn die'
        # does not read, and the relative clause in the gap gives no proposal
        "Wij zien dat er sprake is van de schulden die u niet kunt betalen.",
        # the clause goes on past eight words without a comma: no match
        "Als er sprake is van een schuld bij de Belastingdienst of bij een andere instantie "
        "bellen wij u.",
        # a verb in the gap
        "Als er sprake is van een schuld kunt u bellen.",
    ],
)
def test_clause_gap_leaves_other_clauses(engine: Engine, sentence: str) -> None:
    assert "sprake" in rewrite(sentence, engine, "safe").text
