"""A separable plain verb keeps Dutch word order (rewriter/suggest.py `_alt_particle`,
`_split_to_split`). Found on the tune half of the Amsterdam pairs: 'om de aanvraag verder
toe te lichten' became 'verder te uitleggen', and 'Wij lichten het besluit toe' became
'Wij uitleggen het besluit'."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.glossary import Alternative
from rewriter.rewrite import rewrite
from rewriter.suggest import _alt_particle


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Wij vragen u uw aanvraag toe te lichten.", "Wij vragen u uw aanvraag uit te leggen."),
        ("Wij lichten het besluit toe.", "Wij leggen het besluit uit."),
        ("Het college licht het besluit graag toe.", "Het college legt het besluit graag uit."),
        ("Wij hebben het besluit toegelicht.", "Wij hebben het besluit uitgelegd."),
        ("Kunt u dit toelichten?", "Kunt u dit uitleggen?"),
    ],
)
def test_a_separable_plain_verb_splits_like_dutch(engine: Engine, before: str, after: str) -> None:
    assert rewrite(before, engine, "safe").text == after


def test_a_past_tense_split_verb_is_left_to_the_writer(engine: Engine) -> None:
    text = "Wij lichtten het besluit toe."
    assert rewrite(text, engine, "all").text == text


def test_the_participle_decides_whether_a_prefix_is_a_particle() -> None:
    assert _alt_particle(Alternative("uitleggen", forms={"part": "uitgelegd"})) == "uit"
    assert _alt_particle(Alternative("informeren", forms={"part": "geïnformeerd"})) == ""
    assert _alt_particle(Alternative("opnieuw bekijken")) == ""
    # a particle outside the closed list, read from the participle
    assert _alt_particle(Alternative("goedkeuren", forms={"part": "goedgekeurd"})) == "goed"
    assert _alt_particle(Alternative("begeleiden", forms={"part": "begeleid"})) == ""
    assert _alt_particle(Alternative("geven", forms={"part": "gegeven"})) == ""


def test_an_infinitive_as_a_noun_has_no_separated_particle(engine: Engine) -> None:
    # 'het leveren van ... aan jonge kinderen': 'aan' is a preposition, not the particle of
    # 'aanleveren' (was: 'voor het sturen van dagbehandeling jonge kinderen', set 3 w07)
    text = "Zij schreef zich in voor het leveren van dagbehandeling aan jonge kinderen."
    result = rewrite(text, engine, "all")
    assert not [a for a in result.applied if a.rule_id == "glossary.aanleveren"]
    # near miss: the finite verb with its particle at the end is still found
    text2 = "U levert de papieren voor 1 mei aan."
    assert [a for a in rewrite(text2, engine, "all").applied if a.rule_id == "glossary.aanleveren"]
