"""check(): run the analysers over a letter and build a Report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rewriter.engine import Engine
from rewriter.lang import nl
from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.protect import SpanIndex
from rewriter.rules import RULES, Analyser, Category, Registry
from rewriter.scoring import Scores, compute_scores
from rewriter.sense import DomainEstimate, letter_domain

AnalyserFn = Analyser
_SIGNATURE_FORMULAS = frozenset(nl.words("signature_formulas"))  # 'namens dezen'


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
    letter: Letter,
    engine: Engine,
    analysers: Iterable[AnalyserFn] | None = None,
    registry: Registry = RULES,
) -> tuple[Finding, ...]:
    """Run every enabled analyser; drop findings in protected spans; sort and dedupe.

    `analysers` defaults to every analyser of the registry.
    """
    raw: list[Finding] = []
    for analyser in registry.analysers if analysers is None else analysers:
        raw.extend(analyser(letter, engine))
    cats = registry.categories
    kept = [
        f
        for f in raw
        if engine.settings.rule_enabled(f.rule_id)
        and not _in_protected(letter, f, cats)
        and not _in_address_or_signature(letter, f, cats)
    ]
    return tuple(_dedupe(kept, cats))


def _in_address_or_signature(letter: Letter, f: Finding, cats: Mapping[str, Category]) -> bool:
    """Sender and address blocks and the signature are names and titles, not prose
    (names and job titles under the closing, 'Consulent Wmo', are not rewritten).

    Only the subject line of the header is checked; only `words_only` categories. A fixed
    officialese formula of the signature ('namens dezen', lang/nl/signature_formulas.txt) is
    no name or title: it is kept.
    """
    c = cats.get(f.category)
    if c is None or not c.words_only:
        return False
    signature = letter.signature_start
    if signature is not None and f.start >= signature:
        return " ".join(f.text.lower().split()) not in _SIGNATURE_FORMULAS
    if f.start < letter.header_end:
        subject = letter.subject_span()
        return not (subject and subject[0] <= f.start < subject[1])
    return False


def _in_protected(letter: Letter, f: Finding, cats: Mapping[str, Category]) -> bool:
    # Sentence- and letter-level findings (long sentences, contact channels) may
    # contain facts; only word-level findings are dropped.
    c = cats.get(f.category)
    if c is None or not c.word_level:
        return False
    if f.form in ("split-verb", "gap-phrase"):
        # only its first and last word are its own: a date or a count in the gap stays
        # as written ('heeft op 3 mei een gesprek plaatsgevonden'); every edit is still
        # checked against the protected spans when it is applied (suggest.apply)
        words = f.text.split()
        head_end, tail_start = f.start + len(words[0]), f.end - len(words[-1])
        return letter.is_protected(f.start, head_end) or letter.is_protected(tail_start, f.end)
    if f.form == "clause-gap":
        # the gap runs to the end of the clause and is kept as written: only the head counts
        return letter.is_protected(f.start, f.start + len(f.text.split()[0]))
    return letter.is_protected(f.start, f.end)


def _dedupe(findings: Iterable[Finding], cats: Mapping[str, Category]) -> Iterator[Finding]:
    """Keep one word-level finding per overlapping span: longest, then exact, then category."""
    # A split verb ('kennen ... toe') only owns its first and last word, so it
    # does not compete with terms inside its span.
    spread = ("split-verb", "gap-phrase", "clause-gap")
    findings = list(findings)
    priority = {name: c.priority for name, c in cats.items() if c.priority is not None}
    word_level = [f for f in findings if f.category in priority and f.form not in spread]
    other = [f for f in findings if f.category not in priority or f.form in spread]
    word_level.sort(
        key=lambda f: (
            -(f.end - f.start),
            cats[f.category].weak,  # a glossary hit always beats a frequency hint
            f.form == "compound",
            priority[f.category],
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


def check_letter(letter: Letter, engine: Engine, registry: Registry = RULES) -> Report:
    """Analyse a prepared letter: findings and scores."""
    findings = analyse(letter, engine, registry=registry)
    scores = score_letter(letter, findings, engine, registry)
    return Report(letter, findings, scores, letter_domain(letter.text, engine.settings.domain))


def rescore(letter: Letter, engine: Engine, registry: Registry = RULES) -> Scores:
    """The scores of `check_letter`, running only the analysers the scores depend on."""
    findings = analyse(letter, engine, registry.score_analysers, registry)
    return score_letter(letter, findings, engine, registry)


def score_letter(
    letter: Letter, findings: Iterable[Finding], engine: Engine, registry: Registry = RULES
) -> Scores:
    """Compute the readability scores, counting jargon words from the findings."""
    sentences = [letter.words(s) for s in letter.sentences]
    counted = registry.names(lambda c: c.jargon)
    jargon = sum(
        2 if f.form in ("split-verb", "gap-phrase", "clause-gap") else len(f.text.split())
        for f in findings
        if f.category in counted
    )
    return compute_scores(
        sentences,
        jargon_words=jargon,
        long_threshold=engine.settings.long_sentence_words,
    )
