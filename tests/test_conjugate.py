"""conjugate.stem / third_singular: regular verbs, -elen/-eren/-enen with schwa or stress."""

from __future__ import annotations

import pytest

from rewriter.conjugate import stem, third_singular


@pytest.mark.parametrize(
    ("infinitive", "form"),
    [
        ("regelen", "regelt"),  # was 'regeelt'
        ("behandelen", "behandelt"),
        ("tekenen", "tekent"),
        ("berekenen", "berekent"),
        ("herberekenen", "herberekent"),  # compound: stem of its last listed part
        ("veranderen", "verandert"),
        ("herinneren", "herinnert"),
        ("verbeteren", "verbetert"),
        ("inleveren", "inlevert"),
        ("wandelen", "wandelt"),
        # near misses: a stressed e is doubled
        ("spelen", "speelt"),
        ("bespelen", "bespeelt"),
        ("beoordelen", "beoordeelt"),
        ("verdelen", "verdeelt"),
        ("accepteren", "accepteert"),
        ("informeren", "informeert"),
        ("leren", "leert"),
        ("nemen", "neemt"),
        # ordinary verbs unchanged
        ("maken", "maakt"),
        ("zetten", "zet"),
        ("geven", "geeft"),
        ("besluiten", "besluit"),
        ("hebben", "heeft"),
        # compounds of a short irregular verb (words16: 'voldot')
        ("voldoen", "voldoet"),
        ("ontstaan", "ontstaat"),
        ("voorzien", "voorziet"),
    ],
)
def test_third_singular(infinitive: str, form: str) -> None:
    assert third_singular(infinitive) == form


def test_stem_of_schwa_verbs() -> None:
    assert stem("regelen") == "regel"
    assert stem("Regelen") == "regel"
    assert stem("toekennen") == "toeken"
