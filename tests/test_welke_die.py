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


@pytest.mark.parametrize(
    "sentence",
    [
        "Aan u is een maatwerkvoorziening begeleiding toegekend van vier uur per week, welke sindsdien door Zorggroep Noord wordt uitgevoerd.",
        "De toegekende begeleiding van drie uur per week, welke wordt geleverd door Thuishulp De Lek, blijft doorlopen.",
    ],
)
def test_welke_after_a_rate_with_a_de_word_clause_becomes_die(
    engine: Engine, sentence: str
) -> None:
    # 'per week' is a rate, never the antecedent: every noun of the clause before it decides
    assert _die(engine, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aan u is een pgb toegekend van vier uur per week, welke door Zorggroep Noord wordt geleverd.",
        "Het persoonsgebonden budget van 300 euro per maand, welke wij maandelijks betalen, stopt.",
        "U krijgt een vergoeding voor het vervoer van twee ritten per week, welke wij achteraf betalen.",
    ],
)
def test_welke_after_a_rate_with_a_het_word_or_unknown_noun_is_left(
    engine: Engine, sentence: str
) -> None:
    assert not _die(engine, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het bezwaarschrift voldoet aan de overige vereisten welke de wet daaraan stelt.",
            "vereisten die de wet",
        ),
        ("Uit gegevens welke ons zijn verstrekt blijkt dat u een auto heeft.", "gegevens die ons"),
        ("Wij verwijzen naar de gesprekken welke bij u thuis zijn gevoerd.", "gesprekken die bij"),
    ],
)
def test_welke_right_after_a_plural_becomes_die(
    engine: Engine, sentence: str, expected: str
) -> None:
    assert expected in rewrite(sentence, engine, "safe").text


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb or a preposition that ends like a plural: 'welke' asks
        "U mag zelf weten welke u kiest.",
        "U kunt zelf kiezen volgens welke u wilt werken.",
        "Er zijn twee aanbieders tussen welke u kunt kiezen.",
        # a question
        "Wilt u de stukken noemen welke u nog mist?",
        # a singular noun without a comma may ask: 'per situatie welke de beste hulp is'
        "Wij bekijken per situatie welke de beste hulp is.",
    ],
)
def test_welke_without_comma_is_left_when_it_may_ask(engine: Engine, sentence: str) -> None:
    assert "welke" in rewrite(sentence, engine, "safe").text
