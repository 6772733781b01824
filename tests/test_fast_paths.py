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


SPACED = [
    "Bel 0111-54 67 80 of 14 0591.",
    "U krijgt € 1.450,00 per maand en € 12,50 extra; bel 06-12 34 56 78 of +31 6 1234 5678.",
    "Het bedrag van 1.450,00 euro staat op rekening NL91 ABNA 0417 1643 00.",
    "Kenmerk: 2026/0412, 3 kinderen, 12 maart 2026 om 10.30 uur, postcode 1234 AB.",
    "Postbus 12, 9999 ZZ Zuiderveld; (0111) 54 67 80; 0800-2000; 14 0591",
]


def test_keep_together_prefilter_gives_the_whole_search(engine: Engine) -> None:
    """`render.keep_together` skips the whole protected-span search when no phone or amount
    match can hold a space (`protect.may_hold_spaced`): on every line and sentence of the
    fixture letters and on our own texts it gives what the whole search gives."""
    from rewriter.protect import find_protected, may_hold_spaced
    from rewriter.render import keep_together

    def plain(text: str) -> str:
        spans = [p for p in find_protected(text) if p.kind in ("phone", "amount")]
        for p in reversed([p for p in spans if " " in p.text]):
            text = text[: p.start] + p.text.replace(" ", "\u00a0") + text[p.end :]
        return text

    pieces = [*SPACED, *(x for t in _texts() for x in (*t.splitlines(), *t.split(". ")))]
    skipped = 0
    for text in pieces:
        assert keep_together.__wrapped__(text) == plain(text), text
        if not may_hold_spaced(text, ("phone", "amount")):
            skipped += 1
            spaced = [p for p in find_protected(text) if " " in p.text]
            assert all(p.kind not in ("phone", "amount") for p in spaced), text
    assert skipped > len(pieces) // 2  # the prefilter does turn most texts away
    assert all(may_hold_spaced(t, ("phone", "amount")) for t in SPACED[:3])


def test_letter_words_kept_per_letter_are_the_fresh_ones(engine: Engine) -> None:
    """`Letter.words` keeps each sentence's words in the letter: the same words as reading
    the tokens again, and a new list on every call (a caller may change its copy)."""
    from rewriter.letter import Letter, is_word

    for text in _texts()[:-1]:
        letter = Letter.from_text(text, engine.resources)
        for sentence in letter.sentences:
            fresh = [
                t.text
                for t in letter.doc[sentence.token_start : sentence.token_end]
                if is_word(t.text)
            ]
            first = letter.words(sentence)
            assert first == fresh
            first.append("extra")
            assert letter.words(sentence) == fresh
        assert len(letter._words) <= len(letter.sentences)  # one entry per sentence, no more


def test_contact_words_made_once_are_the_word_list() -> None:
    """`contacts.contact_words` is made once per process: an immutable set, equal to the
    word list read afresh."""
    from rewriter.contacts import contact_words

    fresh = frozenset(w.lower() for w in nl.words("contact_words"))
    assert contact_words() == fresh
    assert contact_words() is contact_words()
    assert isinstance(contact_words(), frozenset)
