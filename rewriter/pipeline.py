"""check(): run the analysers over a letter and build a Report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rewriter.analysers import ANALYSERS, WORD_ANALYSERS
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.protect import SpanIndex
from rewriter.scoring import Scores, compute_scores
from rewriter.sense import DomainEstimate, letter_domain

AnalyserFn = Callable[[Letter, Engine], Iterable[Finding]]


@dataclass(frozen=True)
class Report:
    """The result of checking one letter."""

    letter: Letter
    findings: tuple[Finding, ...]
    scores: Scores
    domain: DomainEstimate | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the schema-1 result fields (without path and error).

        `domain` is an optional schema-1 field: the letter's estimated domain and why.
        """
        out: dict[str, Any] = {
            "scores": self.scores.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.domain is not None:
            out["domain"] = self.domain.to_dict()
        return out


def analyse(
    letter: Letter, engine: Engine, analysers: Iterable[AnalyserFn] = ANALYSERS
) -> tuple[Finding, ...]:
    """Run every enabled analyser; drop findings in protected spans; sort and dedupe."""
    raw: list[Finding] = []
    for analyser in analysers:
        raw.extend(analyser(letter, engine))
    kept = [
        f
        for f in raw
        if engine.settings.rule_enabled(f.rule_id)
        and not _in_protected(letter, f)
        and not _in_address_or_signature(letter, f)
    ]
    return tuple(_dedupe(kept))


def _in_address_or_signature(letter: Letter, f: Finding) -> bool:
    """Sender and address blocks and the signature are names and titles, not prose.

    Only the subject line of the header is checked.
    """
    if f.category not in _WORDS_ONLY:
        return False
    signature = letter.signature_start
    if signature is not None and f.start >= signature:
        return True
    if f.start < letter.header_end:
        subject = letter.subject_span()
        return not (subject and subject[0] <= f.start < subject[1])
    return False


# Names and job titles under the closing ('Consulent Wmo') are not rewritten.
_WORDS_ONLY = ("jargon", "avoid", "rare_word", "acronym", "legal")


def _in_protected(letter: Letter, f: Finding) -> bool:
    # Sentence- and letter-level findings (long sentences, contact channels) may
    # contain facts; only word-level findings are dropped.
    if f.category in ("long_sentence", "contact", "passive", "nominalisation"):
        return False
    return letter.is_protected(f.start, f.end)


_PRIORITY = {
    "stigma": 0,
    "legal": 1,
    "acronym": 2,
    "tone": 3,
    "jargon": 4,
    "avoid": 5,
    "rare_word": 9,
}


def _dedupe(findings: Iterable[Finding]) -> Iterator[Finding]:
    """Keep one word-level finding per overlapping span: longest, then exact, then category."""
    # A split verb ('kennen ... toe') only owns its first and last word, so it
    # does not compete with terms inside its span.
    spread = ("split-verb", "gap-phrase")
    word_level = [f for f in findings if f.category in _PRIORITY and f.form not in spread]
    other = [f for f in findings if f.category not in _PRIORITY or f.form in spread]
    word_level.sort(
        key=lambda f: (
            -(f.end - f.start),
            f.category == "rare_word",  # a glossary hit always beats a frequency hint
            f.form == "compound",
            _PRIORITY[f.category],
            f.rule_id,
            f.start,
        )
    )
    chosen: list[Finding] = []
    taken: SpanIndex[Finding] = SpanIndex()
    for f in word_level:
        if f.end <= f.start or not taken.overlaps(f.start, f.end):
            chosen.append(f)
            if f.end > f.start:
                taken.add(f)
    seen: set[tuple[str, int, int]] = set()
    unique_other = []
    for f in other:
        key = (f.rule_id, f.start, f.end)
        if key not in seen:
            seen.add(key)
            unique_other.append(f)
    yield from sorted(chosen + unique_other, key=lambda f: (f.start, f.end, f.rule_id))


def check(text: str, engine: Engine) -> Report:
    """Analyse a letter text: findings and scores."""
    letter = Letter.from_text(text, engine.resources)
    return check_letter(letter, engine)


def check_letter(letter: Letter, engine: Engine) -> Report:
    """Analyse a prepared letter: findings and scores."""
    findings = analyse(letter, engine)
    scores = score_letter(letter, findings, engine)
    return Report(letter, findings, scores, letter_domain(letter.text, engine.settings.domain))


def rescore(letter: Letter, engine: Engine) -> Scores:
    """The scores of `check_letter`, running only the analysers the scores depend on."""
    return score_letter(letter, analyse(letter, engine, WORD_ANALYSERS), engine)


def score_letter(letter: Letter, findings: Iterable[Finding], engine: Engine) -> Scores:
    """Compute the readability scores, counting jargon words from the findings."""
    sentences = [letter.words(s) for s in letter.sentences]
    jargon = sum(
        2 if f.form in ("split-verb", "gap-phrase") else len(f.text.split())
        for f in findings
        if f.category in ("jargon", "stigma", "avoid", "legal", "acronym")
    )
    return compute_scores(
        sentences,
        jargon_words=jargon,
        long_threshold=engine.settings.long_sentence_words,
    )
