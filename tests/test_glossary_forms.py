"""Issue 13, fourth round: forms and contexts in which a glossary proposal is (not) applied
by default. The examples of every entry run in test_glossary_examples.py; these tests hold
the mechanisms around them."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite


@pytest.mark.parametrize(
    "text",
    [
        # a present participle is an adjective with its own sense, not the verb
        "Dit besluit heeft verstrekkende gevolgen voor u.",
        "U krijgt een toelichtende brief van ons.",
        "U had voldoende geld om de huur te betalen.",
        # 'op grond van' gives a reason here, not a rule: 'volgens' would not fit
        "Op grond van uw inkomen heeft u geen recht op bijstand.",
        # a second 'tot' hangs on 'wenden': 'terecht bij ... of tot' would not read
        "Met vragen kunt u zich wenden tot het loket, of tot de leverancier via 053 - 430 55 12.",
        # a fixed formula matches only as written ('exact'): its plain form carries the tense
        "Hierbij deelden wij u mee dat uw aanvraag was toegekend.",
        "Wij waren gehouden de bijstand terug te vorderen.",
    ],
)
def test_left_alone_under_safe(engine: Engine, text: str) -> None:
    result = rewrite(text, engine, "safe")
    assert not [a for a in result.applied if a.rule_id.startswith("glossary.")], result.applied


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Op grond van artikel 17 van de Participatiewet moet u dit melden.",
            "Volgens artikel 17 van de Participatiewet moet u dit melden.",
        ),
        (
            "Met deze brief delen wij u mede dat de hulp stopt.",
            "Met deze brief laten wij u weten dat de hulp stopt.",
        ),
        (
            "Voor vragen over onderhavige beschikking kunt u ons bellen.",
            "Voor vragen over dit besluit kunt u ons bellen.",
        ),
        # the 'Wilt u ...?' rewrite leaves this formula to the glossary; it used to give
        # 'Wilt u doch dringend het bedrag voldoen?'
        (
            "Wij verzoeken u vriendelijk doch dringend het bedrag te voldoen.",
            "Wij vragen u dringend het bedrag te betalen.",
        ),
        # an adjective used as a noun keeps its plural -n ('De getrouwde krijgen' was wrong)
        (
            "De gehuwden krijgen samen één uitkering.",
            "De getrouwden krijgen samen één uitkering.",
        ),
        (
            "Voor gehuwde partners geldt een andere norm.",
            "Voor getrouwde partners geldt een andere norm.",
        ),
        # a past plural is not a participle: it used to give 'Wij gevraagd u eerder ...'
        ("Wij verzochten u eerder om uw loonstroken.", "Wij vroegen u eerder om uw loonstroken."),
        ("Wij verstrekten u toen een lening.", "Wij gaven u toen een lening."),
        # a verb used as a noun after 'het' is an infinitive: it used to give 'het gegeven van'
        (
            "Daarmee is de noodzaak tot het verstrekken van hulp vervallen.",
            "Daarmee is de noodzaak tot het geven van hulp vervallen.",
        ),
        (
            "U heeft geen reden gegeven die het niet verschijnen op het gesprek rechtvaardigt.",
            "U heeft geen reden gegeven die het niet komen op het gesprek rechtvaardigt.",
        ),
        # an auxiliary in another clause does not make a participle
        (
            "Het college moet de bijstand verlagen als iemand geen medewerking verleent.",
            "Het college moet de bijstand verlagen als iemand geen medewerking geeft.",
        ),
        (
            "Als u niet op de afspraak verschijnt, kan dit gevolgen hebben voor uw uitkering.",
            "Als u niet op de afspraak komt, kan dit gevolgen hebben voor uw uitkering.",
        ),
        # 'en' + a subject opens a clause of its own: its verb is finite, not a participle
        # of the first clause's 'hebben' (it used to give 'en de gemeente gegeven u')
        (
            "Wij hebben uw aanvraag ontvangen en de gemeente verstrekt u snel een besluit.",
            "Wij hebben uw aanvraag ontvangen en de gemeente geeft u snel een besluit.",
        ),
        # ... while 'en' without a subject goes on with the same clause
        (
            "Uw gegevens worden bewaard en aan de SVB verstrekt.",
            "Uw gegevens worden bewaard en aan de SVB gegeven.",
        ),
        # a participle that shares an earlier clause's 'wordt' after ', maar': present
        # tense or participle cannot be told apart, so no proposal (it used to give 'maar
        # alleen op aanvraag geeft')
        (
            "De toeslag wordt niet meer ambtshalve toegekend, maar alleen op aanvraag verstrekt.",
            "De toeslag wordt niet meer ambtshalve toegekend, maar alleen op aanvraag verstrekt.",
        ),
        # phrases whose plain form fits one verb form match that form only
        ("Deze papieren waren van belang voor u.", "Deze papieren waren van belang voor u."),
        ("Uw zoon wordt aangemerkt als kostendeler.", "Uw zoon geldt als kostendeler."),
        # 'gedurende' before a number is not 'tijdens': the duration needs no preposition
        ("Bewaar de bonnen gedurende zeven jaar.", "Bewaar de bonnen 7 jaar."),
        ("Zoals staat in de regels mag dat niet.", "Zoals staat in de regels mag dat niet."),
        # sixth round: one verb form per entry, so the plain form agrees with its subject
        ("Wij achten het van belang dat u komt.", "Wij vinden het van belang dat u komt."),
        (
            "Het college acht het aannemelijk dat u alleen woont.",
            "Het college vindt het aannemelijk dat u alleen woont.",
        ),
        ("De stukken maken deel uit van dit besluit.", "De papieren horen bij dit besluit."),
        ("Het plan maakt deel uit van dit besluit.", "Het plan hoort bij dit besluit."),
        # 'in aanmerking komen voor' -> 'recht hebben op', not for a house and not before a
        # second 'voor' ('recht hebben op X of voor Y' would not read)
        (
            "Wij kijken of u nog in aanmerking komt voor ondersteuning.",
            "Wij kijken of u nog recht heeft op ondersteuning.",
        ),
        (
            "U komt in aanmerking voor een sociale huurwoning.",
            "U komt in aanmerking voor een sociale huurwoning.",
        ),
        (
            "U kunt in aanmerking komen voor een tegemoetkoming of voor bijzondere bijstand.",
            "U kunt in aanmerking komen voor een tegemoetkoming of voor bijzondere bijstand.",
        ),
        # 'beëindigd' with an agent stays: 'stopt' cannot take one
        (
            "Uw uitkering wordt beëindigd omdat u werk heeft.",
            "Uw uitkering stopt omdat u werk heeft.",
        ),
        (
            "Het traject kan eenzijdig worden beëindigd.",
            "Het traject kan eenzijdig worden beëindigd.",
        ),
        # 'realiseren' is 'maken' only for building work
        ("Wij realiseren ons dat dit moeilijk is.", "Wij realiseren ons dat dit moeilijk is."),
        # 'in dat kader' is 'daarvoor' at the start of a sentence only
        (
            "Wij danken u voor het in dat kader gevoerde gesprek.",
            "Wij danken u voor het in dat kader gevoerde gesprek.",
        ),
    ],
)
def test_applied_under_safe(engine: Engine, before: str, after: str) -> None:
    assert rewrite(before, engine, "safe").text == after


def test_rewrite_never_leaves_an_empty_letter(engine: Engine) -> None:
    text = "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd."
    result = rewrite(text, engine, "safe")  # used to raise EmptyLetterError
    assert result.text == text
    assert result.refused
