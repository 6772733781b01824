"""The main tab's fast paths give the same results as the slow ones they replace.

Each speed-up of the analyse path (bench/ui.py) either computes less or keeps a value it
computed before; here every one is compared with the plain computation on the fixture
letters (tests/fixtures/letters) and on our own sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rewriter import grammar_vet, sense
from rewriter.engine import Engine
from rewriter.glossary import Glossary, context_regex
from rewriter.lang import nl

LETTERS = sorted((Path(__file__).parent / "fixtures" / "letters").glob("*.txt"))
OWN = [
    "Op grond van de Jeugdwet en de Wet maatschappelijke ondersteuning 2015 (Wmo) krijgt uw "
    "zoon jeugdhulp; de Centrale Raad van Beroep en Veilig Thuis zijn ook genoemd.",
    "_jeugdhulp, xjeugdhulp, jeugdhulpaanbieder, JEUGDWET, jeugd-ggz en 2015jeugdhulp.",
    "",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in LETTERS] + OWN


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_cue_scanner_matches_the_plain_alternation() -> None:
    cues = sense._cue_patterns()
    plain = re.compile(
        "|".join(f"(?P<c{i}>{p.pattern})" for i, (_, _, _, p) in enumerate(cues)), re.IGNORECASE
    )
    fast = sense._cue_scanner()
    assert fast.pattern != plain.pattern  # the fast form is in use for the shipped cues
    found = 0
    for text in _texts():
        assert _matches(fast, text) == _matches(plain, text)
        found += len(_matches(fast, text))
    assert found > 100


def test_name_pattern_matches_the_plain_alternation() -> None:
    names = sorted(nl.words("names"), key=len, reverse=True)
    plain = re.compile("|".join(context_regex(n).pattern for n in names), re.IGNORECASE)
    fast = sense._name_pattern()
    assert fast.pattern != plain.pattern
    found = 0
    for text in _texts():
        assert _matches(fast, text) == _matches(plain, text)
        found += len(_matches(fast, text))
    assert found > 10


@pytest.mark.parametrize(
    ("patterns", "words"),
    [
        ([r"(?<!\w)a(?!\w)", r"[x]"], ["a", "x"]),  # one alternative without the assertion
        ([r"(?<!\w)a(?!\w)", r"(?<!\w)'s(?!\w)"], ["a", "'s"]),  # a word starting with '
    ],
)
def test_word_alternation_keeps_the_plain_form_when_it_cannot_factor(
    patterns: list[str], words: list[str]
) -> None:
    assert sense.word_alternation(patterns, words) == "|".join(patterns)


def test_glossary_genders_kept_per_glossary(engine: Engine) -> None:
    def uncached(glossary: Glossary) -> dict[str, str]:
        return grammar_vet._glossary_genders.__wrapped__(grammar_vet._Same(glossary))

    first = grammar_vet.glossary_genders(engine.glossary)
    assert dict(first) == uncached(engine.glossary)
    assert len(first) > 100
    with pytest.raises(TypeError):
        first["beschikking"] = "het"  # read only: a caller cannot change the kept value
    assert dict(grammar_vet.glossary_genders(engine.glossary)) == uncached(engine.glossary)
    # another glossary (an overlay reload builds a new one) gets its own genders
    small = Glossary.from_entries(engine.glossary.entries[:5])
    assert dict(grammar_vet.glossary_genders(small)) == uncached(small)
    assert grammar_vet.glossary_genders(None) == {}
