"""Readability scores and a transparent CEFR estimate for Dutch text.

All functions are pure. The only cached objects are the pyphen dictionary, the wordfreq
Dutch frequency table and per-word syllable counts; they are loaded lazily and never change.

Formula constants and sources:

| Constant                        | Value                              | Source                          |
| ------------------------------- | ---------------------------------- | ------------------------------- |
| Flesch-Douma                    | 206.835 - 0.93 * ASL - 77 * ASW    | Douma (1960), as in textstat nl |
| Brouwer leesindex               | 195 - 2 * ASL - 67 * ASW           | Brouwer (1963), commonly cited  |

ASL = average sentence length in words, ASW = average syllables per word. Douma published
206.8 - 0.77 * (syllables per 100 words) - 0.93 * ASL, which is the same formula. The Brouwer
form is the commonly cited one; it was not checked against the 1963 primary source.

The CEFR estimate is a points model calibrated on the City of Amsterdam complex/simple pairs;
see docs/cefr.md. It is an estimate, not a validated CEFR test.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import pyphen

CefrLevel = Literal["A2", "B1", "B2", "C1"]

# Formula constants (see the table in the module docstring).
FLESCH_DOUMA_BASE = 206.835
FLESCH_DOUMA_ASL = 0.93
FLESCH_DOUMA_ASW = 77.0
BROUWER_BASE = 195.0
BROUWER_ASL = 2.0
BROUWER_ASW = 67.0

# Score reported for a text without words: nothing to read is not hard to read.
EMPTY_TEXT_SCORE = 100.0

# Minimum number of syllables for a word that counts as a "long word" in the CEFR model.
LONG_WORD_SYLLABLES = 4

# Vowel units that form one syllable nucleus, longest first (greedy matching).
_VOWEL_UNITS: tuple[str, ...] = (
    "aai",
    "ooi",
    "oei",
    "eeu",
    "ieu",
    "eau",
    "ai",
    "ij",
    "ei",
    "ui",
    "oe",
    "ou",
    "au",
    "eu",
    "aa",
    "ee",
    "oo",
    "uu",
    "ie",
)
_VOWELS = frozenset("aeiouy")
_DIAERESIS = "\u0308"


# --------------------------------------------------------------------------------------------
# Syllables
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    """Load the pyphen nl_NL hyphenation dictionary once."""
    return pyphen.Pyphen(lang="nl_NL")


def _normalise_letters(part: str) -> tuple[str, frozenset[int]]:
    """Lowercase a letter run, drop accents and return the positions that carry a diaeresis."""
    letters: list[str] = []
    diaeresis_at: set[int] = set()
    for char in unicodedata.normalize("NFD", part.lower()):
        if unicodedata.combining(char):
            if char == _DIAERESIS and letters:
                diaeresis_at.add(len(letters) - 1)
            continue
        letters.append(char)
    return "".join(letters), frozenset(diaeresis_at)


def _vowel_group_count(part: str) -> int:
    """Count syllable nuclei in one run of letters with Dutch vowel digraphs."""
    text, diaeresis_at = _normalise_letters(part)
    count = 0
    i = 0
    while i < len(text):
        char = text[i]
        is_vowel = char in _VOWELS
        # A word-initial y before a vowel is a consonant (yoghurt, yell).
        if char == "y" and i == 0 and len(text) > 1 and text[1] in _VOWELS:
            is_vowel = False
        if not is_vowel:
            i += 1
            continue
        count += 1
        step = 1
        for unit in _VOWEL_UNITS:
            end = i + len(unit)
            # A diaeresis inside the unit (geïnd, zeeën) breaks it: the marked vowel starts anew.
            if text.startswith(unit, i) and not any(p in diaeresis_at for p in range(i + 1, end)):
                step = len(unit)
                break
        i += step
    return count


def _pyphen_count(part: str) -> int:
    """Count syllables in one run of letters with the pyphen nl_NL patterns."""
    return len(_hyphenator().positions(part.lower())) + 1


def _letter_runs(word: str) -> list[str]:
    """Split a token into its runs of letters (e-mailadres -> e, mailadres)."""
    runs: list[str] = []
    current: list[str] = []
    for char in word:
        if char.isalpha() or (unicodedata.combining(char) and current):
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Count the syllables of one Dutch word token.

    Each run of letters gets max(pyphen nl_NL, vowel-group count), at least 1; the runs of a
    hyphenated token are added up. A token without letters (a number) counts as 1.
    """
    runs = _letter_runs(word)
    if not runs:
        return 1
    return sum(
        max(_pyphen_count(run), _vowel_group_count(run), 1)
        if len(run) <= _MAX_WORD
        else max(1, len(_VOWEL_RUN.findall(run.lower())))
        for run in runs
    )


# A longer run of letters is not a word (a pasted hash, a stuck key): it gets a
# plain vowel-group count, since the counters above are slow on very long runs.
_MAX_WORD = 100
_VOWEL_RUN = re.compile("[aeiouyáéíóúàèìòùâêîôûäëïöü]+")


# --------------------------------------------------------------------------------------------
# Formulas
# --------------------------------------------------------------------------------------------


def _averages(words: int, sentences: int, syllables: int) -> tuple[float, float]:
    """Return (words per sentence, syllables per word) for non-empty text."""
    return words / max(sentences, 1), syllables / words


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """Compute the Flesch-Douma reading ease (higher is easier; 100.0 for empty text)."""
    if words <= 0:
        return EMPTY_TEXT_SCORE
    asl, asw = _averages(words, sentences, syllables)
    return FLESCH_DOUMA_BASE - FLESCH_DOUMA_ASL * asl - FLESCH_DOUMA_ASW * asw


def brouwer(words: int, sentences: int, syllables: int) -> float:
    """Compute the Brouwer leesindex (higher is easier; 100.0 for empty text)."""
    if words <= 0:
        return EMPTY_TEXT_SCORE
    asl, asw = _averages(words, sentences, syllables)
    return BROUWER_BASE - BROUWER_ASL * asl - BROUWER_ASW * asw


def sentence_difficulty(words: Sequence[str]) -> float:
    """Rate one sentence from 0 (very easy) to 100 (very hard).

    The value is 100 minus the Flesch-Douma score of the sentence on its own, clamped to
    0-100. An empty sentence scores 0.
    """
    tokens = [w for w in words if w]
    if not tokens:
        return 0.0
    syllables = sum(count_syllables(w) for w in tokens)
    ease = flesch_douma(len(tokens), 1, syllables)
    return min(100.0, max(0.0, 100.0 - ease))


# --------------------------------------------------------------------------------------------
# Rare words
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _dutch_frequencies() -> Mapping[str, float]:
    """Load the bundled wordfreq Dutch frequency table once (no download)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("nl", wordlist="best")


# Speed: `zipf_frequency` and `is_rare_word` are pure functions of the word (the frequency
# table is bundled and read once); every analyser and both scorings of a batch letter (the
# original and the rewritten one) ask them for the same words, ~1.4 ms of the 10 ms of a
# `check_letter` on the fixtures. Bounded like `count_syllables`.
@lru_cache(maxsize=65536)
def zipf_frequency(word: str) -> float:
    """Return the Dutch Zipf frequency of a word (0.0 when the word is unknown)."""
    key = unicodedata.normalize("NFC", word).casefold()
    freq = _dutch_frequencies().get(key, 0.0)
    if freq <= 0.0:
        return 0.0
    return round(math.log10(freq) + 9.0, 2)


@lru_cache(maxsize=65536)
def is_rare_word(word: str, threshold: float = 3.0) -> bool:
    """Tell whether a word is rare in Dutch (Zipf frequency below threshold).

    Tokens with a digit and tokens with fewer than 3 letters are never rare. Capitalised
    tokens (names, sentence starts) are looked up in lowercase like any other word.
    """
    if any(c.isdigit() for c in word):
        return False
    if sum(1 for c in word if c.isalpha()) < 3:
        return False
    return zipf_frequency(word) < threshold


# --------------------------------------------------------------------------------------------
# CEFR estimate
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CefrRule:
    """One feature of the points model: a point for every step that is reached."""

    feature: str
    steps: tuple[float, ...]


# Points model, calibrated in bench/calibrate_cefr.py (see docs/cefr.md). A feature earns one
# point for every step value that it exceeds. The jargon steps were calibrated by running the
# glossary over the Amsterdam pairs (`calibrate_cefr.py --jargon`): every first step from 1.5 %
# and second step from 6 % scores best; we keep 2 % and take 6 % (5 % pushed one simple text
# to B2).
CEFR_RULES: tuple[CefrRule, ...] = (
    CefrRule("avg_sentence_length", (15.0, 20.0, 25.0)),
    CefrRule("long_sentence_share", (0.10, 0.25)),
    CefrRule("syllables_per_word", (1.6, 1.9)),
    CefrRule("long_word_share", (0.08, 0.15)),
    CefrRule("rare_word_share", (0.05, 0.10)),
    CefrRule("jargon_share", (0.02, 0.06)),
)

# Lowest point total for each level above A2 (0-1 A2, 2-3 B1, 4-6 B2, 7+ C1).
CEFR_LEVEL_POINTS: tuple[tuple[int, CefrLevel], ...] = ((7, "C1"), (4, "B2"), (2, "B1"))


def _percent(share: float) -> str:
    """Format a share as a whole Dutch percentage."""
    return f"{round(share * 100)}%"


def _decimal(value: float) -> str:
    """Format a number with one decimal and a Dutch decimal comma."""
    return f"{value:.1f}".replace(".", ",")


def _reason(feature: str, value: float, first_step: float, long_threshold: int) -> str:
    """Explain one feature in a short Dutch sentence at B1 level."""
    if feature == "avg_sentence_length":
        shown = str(round(value)) if round(value) > first_step else _decimal(value)
        return f"Gemiddeld {shown} woorden per zin (voor B1: hooguit {round(first_step)})."
    if feature == "long_sentence_share":
        return f"{_percent(value)} van de zinnen is langer dan {long_threshold} woorden."
    if feature == "syllables_per_word":
        return (
            f"Gemiddeld {_decimal(value)} lettergrepen per woord "
            f"(eenvoudige tekst: hooguit {_decimal(first_step)})."
        )
    if feature == "long_word_share":
        return (
            f"{_percent(value)} van de woorden is lang "
            f"({LONG_WORD_SYLLABLES} of meer lettergrepen)."
        )
    if feature == "rare_word_share":
        return f"{_percent(value)} van de woorden komt weinig voor in het Nederlands."
    if feature == "jargon_share":
        return f"{_percent(value)} van de woorden is vaktaal of ambtelijk."
    raise ValueError(f"unknown feature: {feature}")


def cefr_points(
    features: Mapping[str, float], rules: Sequence[CefrRule] = CEFR_RULES
) -> dict[str, int]:
    """Return the points that each feature earns in the CEFR model."""
    return {
        rule.feature: sum(1 for step in rule.steps if features[rule.feature] > step)
        for rule in rules
    }


def estimate_cefr(
    *,
    words: int,
    avg_sentence_length: float,
    long_sentence_share: float,
    syllables_per_word: float,
    long_word_share: float,
    rare_word_share: float,
    jargon_share: float,
    long_threshold: int = 20,
    rules: Sequence[CefrRule] = CEFR_RULES,
) -> tuple[CefrLevel, tuple[str, ...]]:
    """Estimate the CEFR level of a text and explain it in Dutch.

    Every feature earns one point per step of its rule that it exceeds (CEFR_RULES); the total
    picks the level: 0-1 A2, 2-3 B1, 4-6 B2, 7 or more C1 (CEFR_LEVEL_POINTS). The reasons
    name the features that earned points, heaviest first. A text without words is A2.
    """
    if words <= 0:
        return "A2", ("Er is geen tekst om te beoordelen.",)
    features = {
        "avg_sentence_length": avg_sentence_length,
        "long_sentence_share": long_sentence_share,
        "syllables_per_word": syllables_per_word,
        "long_word_share": long_word_share,
        "rare_word_share": rare_word_share,
        "jargon_share": jargon_share,
    }
    points = cefr_points(features, rules)
    total = sum(points.values())
    level: CefrLevel = "A2"
    for minimum, candidate in CEFR_LEVEL_POINTS:
        if total >= minimum:
            level = candidate
            break
    first_steps = {rule.feature: rule.steps[0] for rule in rules if rule.steps}
    order = [rule.feature for rule in rules]
    drivers = sorted(
        (f for f, p in points.items() if p > 0), key=lambda f: (-points[f], order.index(f))
    )
    reasons = [_reason(f, features[f], first_steps[f], long_threshold) for f in drivers]
    if not reasons:
        reasons.append("De zinnen zijn kort en de woorden zijn kort en bekend.")
    return level, tuple(reasons)


# --------------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """Readability scores of one text."""

    words: int
    sentences: int
    avg_sentence_length: float
    long_sentence_share: float
    syllables_per_word: float
    flesch_douma: float
    brouwer: float
    rare_word_share: float
    jargon_share: float
    cefr: CefrLevel
    reasons: tuple[str, ...]
    long_word_share: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract: exactly these keys, floats rounded to 2 decimals."""
        return {
            "words": int(self.words),
            "sentences": int(self.sentences),
            "avg_sentence_length": round(float(self.avg_sentence_length), 2),
            "long_sentence_share": round(float(self.long_sentence_share), 2),
            "flesch_douma": round(float(self.flesch_douma), 2),
            "brouwer": round(float(self.brouwer), 2),
            "cefr": str(self.cefr),
            "reasons": [str(r) for r in self.reasons],
        }


def compute_scores(
    sentences: Sequence[Sequence[str]],
    *,
    jargon_words: int = 0,
    long_threshold: int = 20,
    rare_zipf: float = 3.0,
) -> Scores:
    """Score a text given as sentences of word tokens (punctuation already removed).

    Empty tokens and empty sentences are ignored. A sentence is long when it has more than
    long_threshold words. jargon_words is the number of word tokens that the caller's glossary
    flagged. A text without words gets 0 counts, 100.0 for both formulas and CEFR A2.
    """
    cleaned = [[w for w in sentence if w] for sentence in sentences]
    cleaned = [s for s in cleaned if s]
    n_sentences = len(cleaned)
    tokens = [w for s in cleaned for w in s]
    n_words = len(tokens)
    if n_words == 0:
        level, reasons = estimate_cefr(
            words=0,
            avg_sentence_length=0.0,
            long_sentence_share=0.0,
            syllables_per_word=0.0,
            long_word_share=0.0,
            rare_word_share=0.0,
            jargon_share=0.0,
            long_threshold=long_threshold,
        )
        return Scores(
            words=0,
            sentences=0,
            avg_sentence_length=0.0,
            long_sentence_share=0.0,
            syllables_per_word=0.0,
            flesch_douma=EMPTY_TEXT_SCORE,
            brouwer=EMPTY_TEXT_SCORE,
            rare_word_share=0.0,
            jargon_share=0.0,
            cefr=level,
            reasons=reasons,
        )
    syllable_counts = [count_syllables(w) for w in tokens]
    n_syllables = sum(syllable_counts)
    avg_sentence_length = n_words / n_sentences
    long_sentence_share = sum(1 for s in cleaned if len(s) > long_threshold) / n_sentences
    syllables_per_word = n_syllables / n_words
    long_word_share = sum(1 for c in syllable_counts if c >= LONG_WORD_SYLLABLES) / n_words
    rare_word_share = sum(1 for w in tokens if is_rare_word(w, rare_zipf)) / n_words
    jargon_share = min(1.0, max(0, jargon_words) / n_words)
    level, reasons = estimate_cefr(
        words=n_words,
        avg_sentence_length=avg_sentence_length,
        long_sentence_share=long_sentence_share,
        syllables_per_word=syllables_per_word,
        long_word_share=long_word_share,
        rare_word_share=rare_word_share,
        jargon_share=jargon_share,
        long_threshold=long_threshold,
    )
    return Scores(
        words=n_words,
        sentences=n_sentences,
        avg_sentence_length=avg_sentence_length,
        long_sentence_share=long_sentence_share,
        syllables_per_word=syllables_per_word,
        flesch_douma=flesch_douma(n_words, n_sentences, n_syllables),
        brouwer=brouwer(n_words, n_sentences, n_syllables),
        rare_word_share=rare_word_share,
        jargon_share=jargon_share,
        cefr=level,
        reasons=reasons,
        long_word_share=long_word_share,
    )
