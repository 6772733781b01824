"""', welke ...' as a relative pronoun becomes ', die ...' when the noun group before the comma
is of de-words or plurals only (rewriter/sentence_rules.py `_welke_die`); never 'dat'. And the
signature's mandate formula 'namens dezen' is the one word-level finding kept under the closing
(rewriter/pipeline.py, lang/nl/signature_formulas.txt)."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite


def _die(engine: Engine, sentence: str) -> bool:
    return ", die " in rewrite(sentence, engine, "safe").text


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is sprake van ernstige angstklachten, welke zijn functioneren op school belemmeren.",
        "Wij hebben vragen over uw uitkering, welke u tevens heeft aangevraagd.",
        "U krijgt bijstand tot de hieronder genoemde bedragen, welke door de rechter zijn vastgesteld.",
    ],
)
def test_welke_after_a_de_word_or_plural_becomes_die(engine: Engine, sentence: str) -> None:
    assert _die(engine, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a het-word in the noun group: the costs or the living?
        "Het gaat om de kosten van het bestaan, welke u uit uw inkomen moet betalen.",
        "U heeft het verslag aan ons teruggestuurd, welke wij als uw aanvraag zien.",
        # 'welke' as a determiner
        "U heeft inkomsten uit werk ontvangen, welke inkomsten u niet heeft gemeld.",
        # a name before the comma: its gender is unknown
        "U kunt reizen met de Regiotaxi Waterland, welke door de gemeente wordt betaald.",
    ],
)
def test_welke_is_left_when_unsure(engine: Engine, sentence: str) -> None:
    assert not _die(engine, sentence)


def test_namens_dezen_in_the_signature(engine: Engine) -> None:
    text = (
        "Geachte mevrouw De Vries,\n\nWij hebben uw aanvraag ontvangen.\n\n"
        "Met vriendelijke groet,\n\nBurgemeester en wethouders van Zeist,\nnamens dezen,\n\n"
        "drs. W.F. van Houten\nteamleider Werk en Inkomen\n"
    )
    out = rewrite(text, engine, "safe").text
    assert "namens hen,\n" in out
    assert out.endswith("drs. W.F. van Houten\nteamleider Werk en Inkomen\n")


def test_welke_after_a_het_word_head_is_left(engine: Engine) -> None:
    # 'het verzoek om schuldhulpverlening, welke ...': the head is a het-word
    text = "Uw verzoek om schuldhulpverlening, welke door de gemeente is doorgestuurd, is in behandeling."
    assert not _die(engine, text)
