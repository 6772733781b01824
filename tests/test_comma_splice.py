"""Two main clauses with only a comma between them become two sentences
(rewriter/sentence_rules.py `_comma_splice`): flag and near-miss cases, written for this test.
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite

LETTER = """Geachte heer Visser,

{body}

Met vriendelijke groet,

Gemeente Deventer
"""
RULE = "sentence.comma-splice"


def _body(engine: Engine, body: str, mode: str = "safe") -> str:
    return rewrite(LETTER.format(body=body), engine, mode).text.split("\n\n")[1]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Uw aanvraag is compleet, verder hoeft u niets te doen.",
         "Uw aanvraag is compleet. Verder hoeft u niets te doen."),
        ("Dat hoeft geen probleem te zijn, mogelijk heeft u een ander bewijs van uw identiteit.",
         "Dat hoeft geen probleem te zijn. Misschien heeft u een ander bewijs van uw identiteit."),
        ("Wij hebben uw formulier ontvangen, daarna sturen wij u binnen 8 weken een besluit.",
         "Wij hebben uw formulier ontvangen. Daarna sturen wij u binnen 8 weken een besluit."),
    ],
)  # fmt: skip
def test_comma_splice_becomes_two_sentences(engine: Engine, before: str, after: str) -> None:
    assert _body(engine, before) == after


@pytest.mark.parametrize(
    "body",
    [
        # reported speech: the second clause must not become the sender's own statement
        "U schrijft dat u ziek bent, daarom kunt u niet komen op het spreekuur.",
        # a fronted subordinate clause or a condition as a question: one sentence
        "Als u het formulier niet terugstuurt, daarom stoppen wij de uitkering niet.",
        "Heeft u vragen over dit besluit, verder kunt u ons altijd bellen.",
        # no clause before the comma
        "Volgens de wet van 2015, daarom hebben wij dit zo besloten.",
        # 'dan' after a condition, 'zo' as a parenthesis: not in the list
        "Uw aanvraag is niet compleet, dan stoppen wij de behandeling.",
        "Het bedrag is te hoog, zo blijkt uit het onderzoek van de consulent.",
        # after the adverb no verb and subject
        "Wij betalen de huur, ook de energie en het water betalen wij.",
    ],
)
def test_not_split(engine: Engine, body: str) -> None:
    result = rewrite(LETTER.format(body=body), engine, "all")
    assert RULE not in {a.rule_id for a in result.applied}
