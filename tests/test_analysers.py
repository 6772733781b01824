"""Table-driven tests for the code analysers: sentences that must flag, near misses that must not."""

from __future__ import annotations

import itertools

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import analyse


def _rules(engine: Engine, text: str, prefix: str) -> list[tuple[str, str]]:
    letter = Letter.from_text(text, engine.resources)
    return [(f.rule_id, f.text) for f in analyse(letter, engine) if f.rule_id.startswith(prefix)]


PASSIVE_FLAG = [
    ("Uw aanvraag is door ons in behandeling genomen.", "passive.zijn"),
    ("Middels deze beschikking wordt u een maatwerkvoorziening toegekend.", "passive.worden"),
    ("Wijzigingen dienen onverwijld aan ons te worden gemeld.", "passive.worden"),
    ("De eigen bijdrage wordt door het CAK vastgesteld en geïnd.", "passive.worden"),
    ("Uw uitkering is met ingang van 1 mei beëindigd.", "passive.zijn"),
    ("U wordt verzocht het formulier voor 1 juni terug te sturen.", "passive.verzocht"),
    ("Het geld is op uw rekening gestort.", "passive.zijn"),
    ("Er wordt gekeken of u in aanmerking komt.", "passive.er-wordt"),
    ("Er wordt door de gemeente besloten dat de hulp stopt.", "passive.er-wordt"),
    ("Deze gevolgen zijn besproken met uw contactpersoon.", "passive.zijn"),
    ("Het gesprek werd op 3 mei gevoerd.", "passive.worden"),
]
PASSIVE_PASS = [
    "Wij hebben uw aanvraag ontvangen.",
    "De consulent is gisteren bij u langs geweest.",
    "Hij is vorig jaar naar een andere gemeente verhuisd.",
    "Het wordt steeds moeilijker om een woning te vinden.",
    "Wij zijn van mening dat u recht heeft op bijzondere bijstand.",
    "De gemeenten zijn verantwoordelijk voor de uitvoering.",
    "Zij zijn blij met het besluit.",
    "De medewerker is vandaag begonnen met de beoordeling.",
]


@pytest.mark.parametrize(("sentence", "rule"), PASSIVE_FLAG, ids=[s for s, _ in PASSIVE_FLAG])
def test_passive_flags(engine: Engine, sentence: str, rule: str) -> None:
    assert rule in [r for r, _ in _rules(engine, sentence, "passive.")]


@pytest.mark.parametrize("sentence", PASSIVE_PASS)
def test_passive_passes(engine: Engine, sentence: str) -> None:
    assert _rules(engine, sentence, "passive.") == []


LONG = (
    "Middels deze brief delen wij u mede dat wij uw aanvraag voor een maatwerkvoorziening "
    "in de vorm van huishoudelijke ondersteuning hebben ontvangen en dat deze door ons in "
    "behandeling is genomen."
)


def test_long_sentence_flags_over_limit(engine: Engine) -> None:
    found = _rules(engine, LONG, "sentences.")
    assert found == [("sentences.too-long", LONG)]


def test_long_sentence_passes_at_limit(engine: Engine) -> None:
    twenty = " ".join(["woord"] * 19) + " einde."
    assert _rules(engine, twenty, "sentences.") == []


def test_long_sentence_threshold_is_a_setting() -> None:
    from rewriter.settings import Settings

    strict = Engine.create(Settings(long_sentence_words=5))
    assert _rules(strict, "Wij bellen u morgen over de afspraak op school.", "sentences.")


NOMINAL_FLAG = [
    ("Het in behandeling nemen van uw aanvraag duurt acht weken.", "Het in behandeling nemen van"),
    ("Het indienen van een bezwaar kan tot zes weken na vandaag.", "Het indienen van"),
    ("Wij sturen u dit ter beoordeling.", "ter beoordeling"),
]
NOMINAL_PASS = [
    "Wij nemen uw aanvraag in behandeling.",
    "Het eten van de kinderen staat klaar.",
    "Wij sturen u de beoordeling op.",
]


@pytest.mark.parametrize(("sentence", "span"), NOMINAL_FLAG)
def test_nominalisation_flags(engine: Engine, sentence: str, span: str) -> None:
    assert span in [t for _, t in _rules(engine, sentence, "nominalisation.")]


@pytest.mark.parametrize("sentence", NOMINAL_PASS)
def test_nominalisation_passes(engine: Engine, sentence: str) -> None:
    assert _rules(engine, sentence, "nominalisation.") == []


ACRONYM_FLAG = [
    ("De XYZ neemt contact met u op.", "XYZ"),
    ("U krijgt bericht van het WKC en later nog eens van het WKC.", "WKC"),
]
ACRONYM_PASS = [
    "Het Wijk Kennis Centrum (WKC) neemt contact met u op.",
    "Het WKC (Wijk Kennis Centrum) neemt contact met u op.",
    "BELANGRIJK: LEES DEZE BRIEF GOED",
    "Uw postcode is 7411 AB.",
]


@pytest.mark.parametrize(("sentence", "acronym"), ACRONYM_FLAG)
def test_unknown_acronym_flags_first_use(engine: Engine, sentence: str, acronym: str) -> None:
    assert _rules(engine, sentence, "acronym.") == [("acronym.unknown", acronym)]


@pytest.mark.parametrize("sentence", ACRONYM_PASS)
def test_unknown_acronym_passes(engine: Engine, sentence: str) -> None:
    assert _rules(engine, sentence, "acronym.") == []


CONTACT_FLAG = [
    "Bel 14 0570 of 0570 - 69 39 11 als u vragen heeft.",
    "Mail naar wmo@example.nl of naar info@example.nl.",
    "Bel 06-12345678, mail naar a@example.nl of ga naar het Wmo-loket.",
]
CONTACT_PASS = [
    "Heeft u vragen? Bel mij: 06-12345678.",
    "Bel mij op 06-12345678. In nood belt u 112.",
    "Bel 06-12345678 of mail naar a.jansen@example.nl.",
    "Voelt u zich niet veilig? Bel Veilig Thuis: 0800-2000. Of bel mij op 06-12345678.",
]


@pytest.mark.parametrize("sentence", CONTACT_FLAG)
def test_contact_flags_several_channels(engine: Engine, sentence: str) -> None:
    assert len(_rules(engine, sentence, "contact.")) >= 2


@pytest.mark.parametrize("sentence", CONTACT_PASS)
def test_contact_passes_one_channel(engine: Engine, sentence: str) -> None:
    assert _rules(engine, sentence, "contact.") == []


RARE_FLAG = [
    ("Wij sturen u een sommatie.", "sommatie"),
    ("De kosten ressorteren onder een andere regeling.", "ressorteren"),
]
RARE_PASS = [
    "Wij komen morgen bij u thuis.",
    "U krijgt een stempas voor de verkiezingen.",  # transparent compound: stem + pas
    "Mevrouw Oosterhuisweg komt langs.",  # capitalised: a name, not a hard word
]


@pytest.mark.parametrize(("sentence", "word"), RARE_FLAG)
def test_rare_word_flags(engine: Engine, sentence: str, word: str) -> None:
    assert ("rare_word.zipf", word) in _rules(engine, sentence, "rare_word.")


@pytest.mark.parametrize("sentence", RARE_PASS)
def test_rare_word_passes(engine: Engine, sentence: str) -> None:
    assert _rules(engine, sentence, "rare_word.") == []


def test_findings_inside_protected_spans_are_dropped(engine: Engine) -> None:
    text = "Zie www.example.nl/beschikking voor meer informatie."
    assert _rules(engine, text, "glossary.") == []


def test_word_level_findings_do_not_overlap(engine: Engine) -> None:
    letter = Letter.from_text(
        LONG + " U dient de maatwerkvoorzieningen te melden.", engine.resources
    )
    words = [
        f
        for f in analyse(letter, engine)
        if f.category in ("jargon", "stigma", "legal", "avoid", "acronym", "tone", "rare_word")
    ]
    for a, b in itertools.pairwise(words):
        assert a.end <= b.start


def test_every_finding_text_matches_its_span(engine: Engine) -> None:
    letter = Letter.from_text(LONG, engine.resources)
    for f in analyse(letter, engine):
        assert letter.text[f.start : f.end] == f.text


def test_disabled_rule_prefix_is_not_reported() -> None:
    from rewriter.settings import Settings

    quiet = Engine.create(Settings(disabled_rules=("passive",)))
    assert _rules(quiet, "U wordt verzocht te bellen.", "passive.") == []
