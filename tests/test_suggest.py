"""Dutch agreement in glossary proposals, tested on a small glossary of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import analyse
from rewriter.suggest import apply, glossary_proposals

GLOSSARY = """\
- id: beschikking
  type: replace
  terms: [de beschikking]
  plain: [het besluit]
  reason: r
  source: s
  examples: [{flag: "de [beschikking]", fix: "het besluit"}, {pass: "x"}]
- id: hulpvraag
  type: replace
  terms: [de hulpvraag]
  plain: [de vraag]
  reason: r
  source: s
  examples: [{flag: "de [hulpvraag]", fix: "de vraag"}, {pass: "x"}]
- id: aanspreekpunt
  type: replace
  terms: [het aanspreekpunt]
  plain: [de contactpersoon]
  reason: r
  source: s
  examples: [{flag: "het [aanspreekpunt]", fix: "de contactpersoon"}, {pass: "x"}]
- id: maatwerkvoorziening
  type: replace
  terms: [de maatwerkvoorziening]
  plain: ["hulp die de gemeente speciaal voor u regelt"]
  compounds: head
  reason: r
  source: s
  examples: [{flag: "een [maatwerkvoorziening].", fix: "hulp die de gemeente speciaal voor u regelt."}, {pass: "x"}]
- id: toekennen
  type: replace
  pos: verb
  terms: [toekennen]
  plain:
    - {text: geven, forms: {stem: geef, t: geeft, past_sg: gaf, past_pl: gaven, part: gegeven}}
  reason: r
  source: s
  examples: [{flag: "[toekennen]", fix: "geven"}, {pass: "x"}]
- id: heroverwegen
  type: replace
  pos: verb
  terms: [heroverwegen]
  plain:
    - {text: opnieuw bekijken, forms: {part: opnieuw bekeken}}
  reason: r
  source: s
  examples: [{flag: "[heroverwegen]", fix: "opnieuw bekijken"}, {pass: "x"}]
- id: herzien
  type: replace
  pos: verb
  terms: [herzien]
  plain:
    - {text: veranderen, forms: {t: verandert, part: veranderd}}
  reason: r
  source: s
  examples: [{flag: "[herzien]", fix: "veranderen"}, {pass: "x"}]
- id: mantelzorger
  type: explain
  terms: [de mantelzorger]
  explanation: iemand die zonder geld voor een naaste zorgt
  explanation_plural: mensen die zonder geld voor een naaste zorgen
  reason: r
  source: s
  examples: [{flag: "[mantelzorger]", fix: "mantelzorger (iemand die zonder geld voor een naaste zorgt)"}, {pass: "x"}]
- id: cak
  type: explain
  acronym: true
  case_sensitive: true
  terms: [CAK]
  explanation: Centraal Administratie Kantoor
  reason: r
  source: s
  examples: [{flag: "[CAK]", fix: "Centraal Administratie Kantoor (CAK)"}, {pass: "x"}]
"""

CASES = [
    ("U ontvangt de beschikking per post.", "U ontvangt het besluit per post."),
    ("Deze beschikking is geldig tot 1 mei 2026.", "Dit besluit is geldig tot 1 mei 2026."),
    ("Die beschikking klopt niet.", "Dat besluit klopt niet."),
    ("U krijgt een nieuwe beschikking.", "U krijgt een nieuw besluit."),
    # a bare phrase after a preposition or at the start is indefinite too
    ("Met onderhavige beschikking krijgt u hulp.", "Met onderhavig besluit krijgt u hulp."),
    ("Nieuwe beschikking volgt.", "Nieuw besluit volgt."),
    ("U krijgt een nieuw aanspreekpunt.", "U krijgt een nieuwe contactpersoon."),
    ("U krijgt één vast aanspreekpunt.", "U krijgt één vaste contactpersoon."),
    ("Het aanspreekpunt belt u.", "De contactpersoon belt u."),
    ("Wij sturen u twee beschikkingen.", "Wij sturen u twee besluiten."),
    ("Wij hebben uw hulpvragen op een rij gezet.", "Wij hebben uw vragen op een rij gezet."),
    ("Beschikkingen sturen wij per post.", "Besluiten sturen wij per post."),
    ("U krijgt een maatwerkvoorziening.", "U krijgt hulp die de gemeente speciaal voor u regelt."),
    ("Wij hebben u hulp toegekend.", "Wij hebben u hulp gegeven."),
    ("De gemeente kent u hulp toe.", "De gemeente geeft u hulp."),
    ("De gemeente kende u hulp toe.", "De gemeente gaf u hulp."),
    ("Wij besluiten u hulp toe te kennen.", "Wij besluiten u hulp te geven."),
    ("Wij hebben het besluit heroverwogen.", "Wij hebben het besluit opnieuw bekeken."),
    ("Wij hebben uw uitkering herzien.", "Wij hebben uw uitkering veranderd."),
    ("De gemeente herziet uw uitkering.", "De gemeente verandert uw uitkering."),
    (
        "Uw mantelzorger helpt u.",
        # an explanation is a sentence of its own after the sentence, not a bracket
        "Uw mantelzorger helpt u. Mantelzorger betekent: iemand die zonder geld voor een naaste zorgt.",
    ),
    (
        "Uw mantelzorgers helpen u.",
        "Uw mantelzorgers helpen u. Mantelzorger betekent: iemand die zonder geld voor een naaste zorgt.",
    ),
    (
        "Het CAK stuurt u een rekening.",
        "Het Centraal Administratie Kantoor (CAK) stuurt u een rekening.",
    ),
    ("CAK stuurt u een rekening.", "Centraal Administratie Kantoor (CAK) stuurt u een rekening."),
    ("Wij sturen u een hulpvraagje.", "Wij sturen u een vraagje."),
    ("Het beschikkinkje ligt klaar.", "Het besluitje ligt klaar."),
]
NO_SAFE_PROPOSAL = [
    "Wij heroverwegen het besluit.",  # a two-word verb in second position
    "Uw maatwerkvoorziening wordt elk jaar bekeken.",  # a phrase in the middle of a clause
    "Wij kijken naar alle maatwerkvoorzieningen.",  # plural of a phrase without a plural form
    "De jeugdmaatwerkvoorziening stopt.",  # compounds are hints
]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("glossary")
    (folder / "test.yaml").write_text(GLOSSARY, encoding="utf-8")
    return Engine.create(glossary_dir=Path(folder))


def _first_proposals(engine: Engine, text: str):
    letter = Letter.from_text(text, engine.resources)
    findings = [f for f in analyse(letter, engine) if f.entry_id]
    props = glossary_proposals(letter, findings, engine.glossary, engine.resources.lemmatizer)
    return letter, [p for p in props if p.alternative == 0]


@pytest.mark.parametrize(("before", "after"), CASES, ids=[b for b, _ in CASES])
def test_agreement(small: Engine, before: str, after: str) -> None:
    letter, props = _first_proposals(small, before)
    assert props, "no proposal"
    assert apply(before, props, letter.protected).text == after


@pytest.mark.parametrize("text", NO_SAFE_PROPOSAL)
def test_no_broken_word_swap(small: Engine, text: str) -> None:
    _, props = _first_proposals(small, text)
    assert not [p for p in props if p.safe]
