"""'Mogelijk' as 'perhaps' -> 'misschien' (rewriter/maybe.py): flag and near-miss cases,
through the registry's proposers, the grammar check and `suggest.apply`."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite

FLAG = [
    ("U heeft mogelijk recht op bijzondere bijstand.", "U heeft misschien recht op bijzondere bijstand."),
    ("Dan kunt u mogelijk een toeslag krijgen.", "Dan kunt u misschien een toeslag krijgen."),
    ("Wij denken dat u mogelijk recht heeft op hulp.", "Wij denken dat u misschien recht heeft op hulp."),
    ("Mogelijk heeft u een ander identiteitsbewijs.", "Misschien heeft u een ander identiteitsbewijs."),
    (
        "Dat hoeft geen probleem te zijn, mogelijk heeft u een ander document.",
        # two main clauses joined by a comma become two sentences (sentence.comma-splice)
        "Dat hoeft geen probleem te zijn. Misschien heeft u een ander document.",
    ),
    ("U bent mogelijk verhuisd.", "U bent misschien verhuisd."),
    # with the glossary's 'komt ... in aanmerking voor' -> 'heeft ... recht op' (round 12)
    ("U komt mogelijk in aanmerking voor een vergoeding.", "U heeft misschien recht op een vergoeding."),
]  # fmt: skip

NEAR_MISS = [
    "Het is mogelijk dat u recht heeft op hulp.",  # 'possible'
    "Dat is voor u mogelijk.",
    "Wij hebben dit mogelijk gemaakt.",
    "Wij helpen u zo snel mogelijk.",
    "Is het mogelijk om later te komen?",
    "Wij maken het mogelijk om thuis te wonen.",
    "Mogelijk is de regeling anders.",  # no personal subject: left to the writer
    "Wij bekijken wat voor u mogelijk is.",
    "U krijgt alle mogelijke hulp.",  # the adjective
    "Dit is mogelijk vanaf 1 februari 2027 via de website.",  # 'dit' is not a person
    "Er is mogelijk nog geld over.",  # left to the writer
]


@pytest.mark.parametrize(("before", "after"), FLAG)
def test_mogelijk_as_perhaps_becomes_misschien(engine: Engine, before: str, after: str) -> None:
    result = rewrite(before, engine, "safe")
    assert result.text == after
    # the comma splice rewrite carries the word when it splits the sentence there
    assert any(
        a.rule_id == "maybe.misschien"
        or (a.rule_id == "sentence.comma-splice" and "Misschien" in a.after)
        for a in result.applied
    )


@pytest.mark.parametrize("sentence", NEAR_MISS)
def test_mogelijk_as_possible_stays(engine: Engine, sentence: str) -> None:
    result = rewrite(sentence, engine, "none")
    assert not [p for p in result.proposals if p.rule_id == "maybe.misschien"]
