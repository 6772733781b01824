"""Tests for rewriter.scoring on Dutch reference texts with hand-checked values."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewriter.scoring import (
    CEFR_RULES,
    Scores,
    brouwer,
    compute_scores,
    count_syllables,
    estimate_cefr,
    flesch_douma,
    is_rare_word,
    sentence_difficulty,
)

# Hand counts from shared/research/nlp-stack.md, section 2.
SYLLABLE_TABLE = [
    ("hulp", 1),
    ("aanvraag", 2),
    ("maatwerkvoorziening", 5),
    ("beschikking", 3),
    ("ondersteuning", 4),
    ("huishoudelijke", 5),
    ("bezwaarschrift", 3),
    ("onverwijld", 3),
    ("eventuele", 5),
    ("over", 2),
    ("idee", 2),
    ("geïnd", 2),
    ("ingetrokken", 4),
    ("dagtekening", 4),
    ("voorzieningenrechter", 6),
    ("omstandigheden", 5),
    ("gemeente", 3),
    ("beoordeeld", 3),
    ("bijdrage", 3),
    ("onverschuldigd", 4),
    ("financiële", 5),
    ("coördinatie", 5),
    ("agenda", 3),
    ("ouder", 2),
    ("zeeën", 2),
    ("teneinde", 3),
]


def words_of(text: str) -> list[list[str]]:
    """Split a test text into sentences of word tokens."""
    return [
        re.findall(r"[^\W_]+(?:-[^\W_]+)*", sentence)
        for sentence in re.split(r"(?<=[.!?])\s+", text.strip())
        if sentence
    ]


# Reference text for the formulas. Hand count (syllables per word in brackets):
#   Wij(1) hebben(2) uw(1) brief(1) gekregen(3).              5 words,  8 syllables
#   U(1) krijgt(1) hulp(1) bij(1) het(1) schoonmaken(3)
#     van(1) uw(1) huis(1).                                   9 words, 11 syllables
#   De(1) gemeente(3) betaalt(2) de(1) kosten(2).             5 words,  9 syllables
# Total: 19 words, 3 sentences, 28 syllables.
# ASL = 19/3 = 6.3333, ASW = 28/19 = 1.4737.
# Flesch-Douma = 206.835 - 0.93 * 19/3 - 77 * 28/19 = 206.835 - 5.89 - 113.4737 = 87.4713
# Brouwer      = 195 - 2 * 19/3 - 67 * 28/19       = 195 - 12.6667 - 98.7368  = 83.5965
REFERENCE_TEXT = (
    "Wij hebben uw brief gekregen. U krijgt hulp bij het schoonmaken van uw huis. "
    "De gemeente betaalt de kosten."
)
REFERENCE_FD = 87.4713
REFERENCE_BROUWER = 83.5965

PLAIN_TEXT = (
    "Wij hebben uw brief gekregen. U vraagt om hulp in huis. "
    "Wij komen graag bij u langs. Dan praten we samen over wat u nodig heeft. "
    "Wij bellen u eerst om een dag te kiezen. Heeft u een vraag? Bel ons dan."
)

BUREAUCRATIC_TEXT = (
    "Naar aanleiding van uw aanvraag van 12 maart inzake een maatwerkvoorziening ingevolge "
    "de Wet maatschappelijke ondersteuning delen wij u mede dat het college van burgemeester "
    "en wethouders heeft besloten u een voorziening in de vorm van huishoudelijke "
    "ondersteuning toe te kennen. "
    "Indien u zich niet kunt verenigen met deze beschikking, kunt u binnen zes weken na "
    "dagtekening een gemotiveerd bezwaarschrift indienen bij het college, waarbij u tevens "
    "de voorzieningenrechter kunt verzoeken om een voorlopige voorziening te treffen. "
    "Eventuele wijzigingen in uw persoonlijke omstandigheden dienen onverwijld aan ons te "
    "worden gemeld, teneinde onverschuldigd betaalde bedragen te voorkomen."
)


@pytest.mark.parametrize(("word", "expected"), SYLLABLE_TABLE)
def test_count_syllables_matches_hand_counts(word: str, expected: int) -> None:
    assert count_syllables(word) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("2024", 1), ("1.250,50", 1), ("", 1), ("B1", 1), ("e-mailadres", 4), ("HULP", 1)],
)
def test_count_syllables_tokens(token: str, expected: int) -> None:
    assert count_syllables(token) == expected


@given(st.text(max_size=30))
@settings(max_examples=200, deadline=None)
def test_count_syllables_is_at_least_one(token: str) -> None:
    assert count_syllables(token) >= 1


def test_reference_text_is_split_as_hand_counted() -> None:
    sentences = words_of(REFERENCE_TEXT)
    assert [len(s) for s in sentences] == [5, 9, 5]
    assert sum(count_syllables(w) for s in sentences for w in s) == 28


def test_flesch_douma_on_hand_counted_reference() -> None:
    assert flesch_douma(19, 3, 28) == pytest.approx(REFERENCE_FD, abs=1e-3)


def test_brouwer_on_hand_counted_reference() -> None:
    assert brouwer(19, 3, 28) == pytest.approx(REFERENCE_BROUWER, abs=1e-3)


def test_compute_scores_on_hand_counted_reference() -> None:
    scores = compute_scores(words_of(REFERENCE_TEXT))
    assert scores.words == 19
    assert scores.sentences == 3
    assert scores.avg_sentence_length == pytest.approx(19 / 3)
    assert scores.syllables_per_word == pytest.approx(28 / 19)
    assert scores.flesch_douma == pytest.approx(REFERENCE_FD, abs=1e-3)
    assert scores.brouwer == pytest.approx(REFERENCE_BROUWER, abs=1e-3)
    assert scores.long_sentence_share == 0.0


def test_formulas_without_words_do_not_divide_by_zero() -> None:
    assert flesch_douma(0, 0, 0) == 100.0
    assert brouwer(0, 0, 0) == 100.0
    assert flesch_douma(5, 0, 5) == flesch_douma(5, 1, 5)


def test_plain_text_is_a2_or_b1() -> None:
    scores = compute_scores(words_of(PLAIN_TEXT))
    assert scores.cefr in {"A2", "B1"}, scores.reasons


def test_bureaucratic_text_is_b2_or_c1() -> None:
    scores = compute_scores(words_of(BUREAUCRATIC_TEXT))
    assert scores.cefr in {"B2", "C1"}, scores.reasons
    assert any("woorden per zin" in r for r in scores.reasons)


def test_bureaucratic_text_is_harder_on_every_formula() -> None:
    plain = compute_scores(words_of(PLAIN_TEXT))
    hard = compute_scores(words_of(BUREAUCRATIC_TEXT))
    assert plain.flesch_douma > hard.flesch_douma
    assert plain.brouwer > hard.brouwer
    assert plain.avg_sentence_length < hard.avg_sentence_length
    assert plain.rare_word_share < hard.rare_word_share


def test_jargon_raises_the_estimate_and_is_explained() -> None:
    sentences = words_of(PLAIN_TEXT)
    without = compute_scores(sentences)
    with_jargon = compute_scores(sentences, jargon_words=5)
    order = ["A2", "B1", "B2", "C1"]
    assert order.index(with_jargon.cefr) >= order.index(without.cefr)
    assert with_jargon.jargon_share == pytest.approx(5 / without.words)
    assert any("vaktaal of ambtelijk" in r for r in with_jargon.reasons)


@pytest.mark.parametrize("empty", [[], [[]], [["", ""]], [[], []]])
def test_empty_input(empty: list[list[str]]) -> None:
    scores = compute_scores(empty)
    assert scores.words == 0
    assert scores.sentences == 0
    assert scores.cefr == "A2"
    assert scores.flesch_douma == 100.0
    assert scores.reasons == ("Er is geen tekst om te beoordelen.",)
    json.dumps(scores.to_dict())


def test_to_dict_has_exactly_the_contract_keys_and_types() -> None:
    result = compute_scores(words_of(BUREAUCRATIC_TEXT)).to_dict()
    expected_types = {
        "words": int,
        "sentences": int,
        "avg_sentence_length": float,
        "long_sentence_share": float,
        "flesch_douma": float,
        "brouwer": float,
        "cefr": str,
        "reasons": list,
    }
    assert list(result) == list(expected_types)
    for key, expected in expected_types.items():
        assert type(result[key]) is expected, key
    assert all(type(r) is str for r in result["reasons"])
    assert result["cefr"] in {"A2", "B1", "B2", "C1"}
    for key in ("avg_sentence_length", "long_sentence_share", "flesch_douma", "brouwer"):
        assert result[key] == round(result[key], 2)
    assert json.loads(json.dumps(result)) == result


def test_scores_is_frozen() -> None:
    scores = compute_scores(words_of(REFERENCE_TEXT))
    assert isinstance(scores, Scores)
    with pytest.raises(AttributeError):
        scores.words = 3  # type: ignore[misc]


DUTCH_MARKERS = ("woorden", "zin", "lettergrepen", "vaktaal", "tekst", "Nederlands")
ENGLISH_MARKERS = re.compile(r"\b(the|words?|sentences?|syllables?|rare|of the|per cent)\b")


@pytest.mark.parametrize(
    "text_and_jargon",
    [(PLAIN_TEXT, 0), (BUREAUCRATIC_TEXT, 0), (BUREAUCRATIC_TEXT, 10), ("", 0)],
)
def test_reasons_are_short_dutch_sentences(text_and_jargon: tuple[str, int]) -> None:
    text, jargon = text_and_jargon
    scores = compute_scores(words_of(text), jargon_words=jargon)
    assert scores.reasons
    for reason in scores.reasons:
        assert reason.endswith("."), reason
        assert any(m in reason for m in DUTCH_MARKERS), reason
        assert not ENGLISH_MARKERS.search(reason), reason
        assert len(reason.split()) <= 15, reason


def test_reason_for_long_sentences_names_the_b1_target() -> None:
    level, reasons = estimate_cefr(
        words=240,
        avg_sentence_length=24.0,
        long_sentence_share=0.5,
        syllables_per_word=1.9,
        long_word_share=0.12,
        rare_word_share=0.08,
        jargon_share=0.12,
    )
    assert level == "C1"
    assert "Gemiddeld 24 woorden per zin (voor B1: hooguit 15)." in reasons
    assert "12% van de woorden is vaktaal of ambtelijk." in reasons


def test_every_cefr_rule_can_be_explained() -> None:
    features = {rule.feature: rule.steps[-1] + 1.0 for rule in CEFR_RULES}
    level, reasons = estimate_cefr(words=100, **features)
    assert level == "C1"
    assert len(reasons) == len(CEFR_RULES)


def test_sentence_difficulty_orders_simple_before_bureaucratic() -> None:
    simple = ["Wij", "bellen", "u", "morgen"]
    hard = words_of(BUREAUCRATIC_TEXT)[0]
    assert sentence_difficulty(simple) < sentence_difficulty(hard)
    assert 0.0 <= sentence_difficulty(simple) <= 100.0
    assert 0.0 <= sentence_difficulty(hard) <= 100.0
    assert sentence_difficulty([]) == 0.0


@pytest.mark.parametrize(
    ("word", "rare"),
    [
        ("hulp", False),
        ("gemeente", False),
        ("onverwijld", True),
        ("maatwerkvoorzieningen", True),
        ("Onverwijld", True),
        ("2024", False),
        ("xq", False),
    ],
)
def test_is_rare_word(word: str, rare: bool) -> None:
    assert is_rare_word(word, 3.0) is rare


@given(
    st.lists(
        st.lists(st.text(alphabet="abeijlnorstuë0123456789-", max_size=12), max_size=30),
        max_size=8,
    ),
    st.integers(min_value=0, max_value=50),
)
@settings(max_examples=100, deadline=None)
def test_compute_scores_never_crashes(sentences: list[list[str]], jargon: int) -> None:
    scores = compute_scores(sentences, jargon_words=jargon)
    assert 0.0 <= scores.long_sentence_share <= 1.0
    assert 0.0 <= scores.rare_word_share <= 1.0
    assert 0.0 <= scores.jargon_share <= 1.0
    assert scores.cefr in {"A2", "B1", "B2", "C1"}
    json.dumps(scores.to_dict())
