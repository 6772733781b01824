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


def _tags(doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph)) for t in doc]


def test_parsed_sentences_kept_per_process_are_the_fresh_parses(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rewriter.letter import Letter
    from rewriter.parser import load_parser
    from rewriter.pipeline import check_letter
    from rewriter.rewrite import propose_checked

    nlp = load_parser()
    if nlp is None:
        pytest.skip("no trained parser")
    monkeypatch.setattr(grammar_vet, "_PARSED", {})
    sentences = [
        "U krijgt een beschikking van de gemeente.",
        "Wij hebben uw aanvraag ontvangen.",
        "U krijgt een besluit van de gemeente.",
    ]
    first = grammar_vet._parse(nlp, sentences[:2], {})
    assert set(grammar_vet._PARSED) == {(nlp, s) for s in sentences[:2]}
    again = grammar_vet._parse(nlp, sentences, {})  # two kept, one new
    assert again[sentences[0]] is first[sentences[0]]
    for sentence in sentences:  # the same tags as a fresh parse of the sentence alone
        assert _tags(again[sentence]) == _tags(nlp(sentence))
    # bounded: the least recently used goes first
    monkeypatch.setattr(grammar_vet, "PARSED_LIMIT", 2)
    grammar_vet._parse(nlp, [sentences[1], "Dit is een nieuwe zin."], {})
    assert [s for _, s in grammar_vet._PARSED] == [sentences[1], "Dit is een nieuwe zin."]
    # a letter's vetting gives the same result with other letters' parses kept as without
    monkeypatch.setattr(grammar_vet, "PARSED_LIMIT", 2_048)
    reports = [check_letter(Letter.from_text(t, engine.resources), engine) for t in _texts()[:8]]
    cold = []
    for report in reports:
        monkeypatch.setattr(grammar_vet, "_PARSED", {})
        cold.append(propose_checked(report, engine))
    monkeypatch.setattr(grammar_vet, "_PARSED", {})
    for report in reports:  # in turn, each after the others' parses are kept
        propose_checked(report, engine)
    assert [propose_checked(r, engine) for r in reversed(reports)] == cold[::-1]


def test_sentence_problems_kept_per_process_are_the_fresh_ones(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rewriter.grammar import article_genders, sentence_problems, split_sentences
    from rewriter.parser import load_parser

    nlp = load_parser()
    if nlp is None:
        pytest.skip("no trained parser")
    lem = engine.resources.lemmatizer
    monkeypatch.setattr(grammar_vet, "_PROBLEMS", {})
    monkeypatch.setattr(grammar_vet, "_PARSED", {})
    sentences = [s for t in _texts()[:10] for s in split_sentences(t)][:150]
    sentences += ["Wij sturen u het beschikking toe.", "Wij sturen u de beschikking toe."]
    docs = grammar_vet._parse(nlp, sentences, {})
    base = dict(grammar_vet.glossary_genders(engine.glossary))
    # the same sentence under other genders (another letter's articles) is found again
    for genders in (base, {**article_genders("het beschikking"), **base}, {"beschikking": "het"}):
        for sentence in sentences:
            want = sentence_problems(sentence, lem, nlp, genders, docs[sentence])
            assert grammar_vet._problems(sentence, lem, nlp, genders, docs[sentence]) == want
            assert grammar_vet._problems(sentence, lem, nlp, genders, docs[sentence]) == want
    # the gender of a word in the sentence is part of the key
    a = grammar_vet._problems(sentences[-2], lem, nlp, {"beschikking": "de"}, docs[sentences[-2]])
    b = grammar_vet._problems(sentences[-2], lem, nlp, {"beschikking": "het"}, docs[sentences[-2]])
    assert a != b
    # bounded
    monkeypatch.setattr(grammar_vet, "_PROBLEMS", {})
    monkeypatch.setattr(grammar_vet, "PROBLEMS_LIMIT", 3)
    for sentence in sentences[:10]:
        grammar_vet._problems(sentence, lem, nlp, base, docs[sentence])
    assert len(grammar_vet._PROBLEMS) == 3
    # a caller cannot change the kept list
    kept = grammar_vet._problems(
        sentences[-2], lem, nlp, {"beschikking": "de"}, docs[sentences[-2]]
    )
    kept.append("x")
    assert "x" not in grammar_vet._problems(
        sentences[-2], lem, nlp, {"beschikking": "de"}, docs[sentences[-2]]
    )


def test_glossary_hits_kept_across_letters_are_the_fresh_ones(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The glossary's matches kept per process by sentence (`glossary._KEPT_HITS`) give every
    letter the findings it gets with nothing kept, whatever was analysed before it."""
    import importlib

    from rewriter.letter import Letter
    from rewriter.pipeline import analyse

    analyser = importlib.import_module("rewriter.analysers.glossary")

    texts = _texts()[:-1]
    letters = [Letter.from_text(t, engine.resources) for t in texts]
    cold = []
    for letter in letters:
        monkeypatch.setattr(analyser, "_KEPT_HITS", {})
        letter.memo.clear()
        cold.append(analyse(letter, engine))
    monkeypatch.setattr(analyser, "_KEPT_HITS", {})
    for letter in letters:
        letter.memo.clear()
        analyse(letter, engine)
    warm = []
    for text in reversed(texts):  # new letters: every sentence kept from the others
        warm.append(analyse(Letter.from_text(text, engine.resources), engine))
    assert warm[::-1] == cold
    assert len(analyser._KEPT_HITS) > 100
    # a letter with a changed sentence matches that sentence again
    changed = texts[0].replace("\n\n", "\n\nDe beschikking is verzonden.\n\n", 1)
    monkeypatch.setattr(analyser, "_KEPT_HITS", {})
    fresh = analyse(Letter.from_text(changed, engine.resources), engine)
    monkeypatch.setattr(analyser, "_KEPT_HITS", {})
    analyse(Letter.from_text(texts[0], engine.resources), engine)
    assert analyse(Letter.from_text(changed, engine.resources), engine) == fresh
    # matches kept for another glossary (an overlay's) are not used: found again
    monkeypatch.setattr(
        analyser, "_KEPT_HITS", {k: (object(), v[1], []) for k, v in analyser._KEPT_HITS.items()}
    )
    assert analyse(Letter.from_text(changed, engine.resources), engine) == fresh
    # bounded
    monkeypatch.setattr(analyser, "_KEPT_HITS", {})
    monkeypatch.setattr(analyser, "KEPT_HITS_LIMIT", 5)
    analyse(Letter.from_text(texts[1], engine.resources), engine)
    assert len(analyser._KEPT_HITS) <= 5
