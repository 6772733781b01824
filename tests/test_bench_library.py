"""The batch benchmark's distinct library (bench/library.py)."""

from __future__ import annotations

from bench.library import (
    DEVELOPMENT_SETS,
    distinct_library,
    distinct_texts,
    repeated_library,
    sentence_overlap,
    variant,
)

TEXT = """Gemeente Apeldoorn
Team Jeugd
Postbus 9033, 7300 ES Apeldoorn

Mevrouw K.M. Veldhuizen
Hoofdstraat 187
7311 BG Apeldoorn

Datum: 24 november 2026

Geachte mevrouw Veldhuizen,

Op 29 september 2026 heeft u bij ons een melding gedaan. Wij hebben met u een gesprek gevoerd. U krijgt hulp van 3 uur per week. De kosten zijn € 1.250,00.

Met vriendelijke groet,

Lotte Brouwer
"""


def test_development_sets_only() -> None:
    assert all(not name.startswith("eval1") or name in ("eval10", "eval11", "eval12")
               for name in DEVELOPMENT_SETS)  # fmt: skip
    assert not any(s in DEVELOPMENT_SETS for s in ("eval13", "eval14", "eval15", "eval16"))


def test_variant_changes_names_places_numbers_and_is_repeatable() -> None:
    out = variant(TEXT, 1)
    assert out == variant(TEXT, 1)
    assert out != variant(TEXT, 2)
    assert "Veldhuizen" not in out and "Apeldoorn" not in out and "Brouwer" not in out
    assert "1.250,00" not in out and "2026" in out  # amounts change, years stay
    assert out.count("\n\n") == TEXT.count("\n\n")  # the same blocks


def test_libraries() -> None:
    real = distinct_texts()
    assert len({" ".join(t.split()) for _, t in real}) == len(real) >= 300
    lib = distinct_library(len(real) + 20)
    assert len({t for _, t in lib}) == len(lib)
    assert sum("-variant" in name for name, _ in lib) == 20
    total, distinct, shared = sentence_overlap(lib)
    assert total > distinct and 0 < shared < 1
    assert sentence_overlap(repeated_library(84))[2] == 1.0
