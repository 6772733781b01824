"""verify(): check any rewritten version of a letter against its original.

One check for every rewriter (a colleague, a chatbot, the rule-based engine,
a neural backend, the rendered PDF/DOCX/HTML): the facts (`facts.compare_facts`,
the one fact guard), the legal terms that must stay, the stigma words that
must not appear, and the scores before and after.

Legal terms are word families: the core of every decision letter (besluit /
beschikking / beslissing, bezwaar, beroep, rechter) and every `explain` entry
of the glossary (legal and fixed terms: keep and explain), except acronyms. A
family is lost when the original uses one of its words and the rewrite none.
Stigma words are the glossary's `stigma` entries, as the glossary analyser
finds them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from rewriter.engine import Engine
from rewriter.facts import Fact, FactDiff, compare_facts, normalise_layout
from rewriter.glossary import Glossary
from rewriter.letter import Letter
from rewriter.pipeline import analyse, score_letter
from rewriter.rules import RULES
from rewriter.scoring import Scores

SCHEMA = 1

# The core legal word families of a decision letter; the glossary's explain
# entries add the rest. The first word names the family in reports.
CORE_LEGAL_TERMS: tuple[tuple[str, ...], ...] = (
    ("besluit", "besluiten", "beschikking", "beslissing", "besloten", "beslist"),
    ("bezwaar", "bezwaren"),
    ("beroep",),
    ("rechter", "rechtbank"),
)


@dataclass(frozen=True)
class Verification:
    """The outcome of `verify`: what a rewrite lost, invented or changed."""

    missing: tuple[Fact, ...]
    added: tuple[Fact, ...]
    changed: tuple[tuple[Fact, Fact], ...]
    legal_terms_lost: tuple[str, ...]
    stigma_added: tuple[str, ...]
    scores_before: Scores | None
    scores_after: Scores | None

    @property
    def ok(self) -> bool:
        """True only when nothing is missing, added or changed and no legal term is lost."""
        return not (self.missing or self.added or self.changed or self.legal_terms_lost)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `rewriter verify` (schema 1)."""
        return {
            "schema": SCHEMA,
            "ok": self.ok,
            "missing": [{"kind": f.kind, "text": f.text} for f in self.missing],
            "added": [{"kind": f.kind, "text": f.text} for f in self.added],
            "changed": [
                {"kind": before.kind, "before": before.text, "after": after.text}
                for before, after in self.changed
            ],
            "legal_terms_lost": list(self.legal_terms_lost),
            "stigma_added": list(self.stigma_added),
            "scores_before": self.scores_before.to_dict() if self.scores_before else {},
            "scores_after": self.scores_after.to_dict() if self.scores_after else {},
        }

    def problems(self) -> list[str]:
        """One Dutch line per problem, for people."""
        lines = [
            "Ontbreekt: de bezwaarroute (hoe en binnen welke termijn u bezwaar maakt)"
            if f.kind == "objection_route"
            else f"Ontbreekt ({KIND_NL.get(f.kind, f.kind)}): {f.text}"
            for f in self.missing
        ]
        lines += [
            f"Veranderd ({KIND_NL.get(b.kind, b.kind)}): {b.text} → {a.text}"
            for b, a in self.changed
        ]
        lines += [
            f"Toegevoegd, staat niet in het origineel ({KIND_NL.get(f.kind, f.kind)}): {f.text}"
            for f in self.added
        ]
        lines += [f"Juridisch woord verdwenen: {t}" for t in self.legal_terms_lost]
        lines += [f"Stigmatiserend woord toegevoegd: {t}" for t in self.stigma_added]
        return lines


KIND_NL = {
    "amount": "bedrag",
    "date": "datum",
    "time": "tijd",
    "period": "periode",
    "deadline": "termijn",
    "quantity": "hoeveelheid",
    "case_number": "kenmerk",
    "bsn": "BSN",
    "iban": "IBAN",
    "postcode": "postcode",
    "article": "wetsartikel",
    "email": "e-mailadres",
    "url": "website",
    "phone": "telefoonnummer",
    "merge_field": "invoegveld",
    "name": "naam",
    "organisation": "organisatie",
    "crisis_line": "crisislijn",
    "objection_route": "bezwaarroute",
    "number": "getal",
}


def verify(
    original: str,
    rewritten: str,
    engine: Engine,
    *,
    allowed_missing: tuple[str, ...] = (),
    scores: bool = True,
) -> Verification:
    """Compare a rewrite with its original: facts, legal terms, stigma words, scores.

    `allowed_missing`: fact texts the caller removed on purpose (contact
    channels moved into the one contact line). `scores=False` skips the
    language analysis (scores and stigma words) for a quick fact check.
    """
    diff: FactDiff = compare_facts(original, rewritten, allowed_missing=allowed_missing)
    lost = legal_terms_lost(
        normalise_layout(original), normalise_layout(rewritten), engine.glossary
    )
    before = after = None
    stigma: tuple[str, ...] = ()
    if scores:
        before, stigma_before = _analyse(normalise_layout(original), engine)
        after, stigma_after = _analyse(normalise_layout(rewritten), engine)
        known = {entry for entry, _ in stigma_before}
        stigma = tuple(dict.fromkeys(text for entry, text in stigma_after if entry not in known))
    return Verification(diff.missing, diff.added, diff.changed, lost, stigma, before, after)


def _analyse(text: str, engine: Engine) -> tuple[Scores | None, list[tuple[str, str]]]:
    if not re.search(r"\w", text):
        return None, []
    letter = Letter.from_text(text, engine.resources)
    findings = analyse(letter, engine, RULES.score_analysers)
    stigma = [(f.entry_id or f.rule_id, f.text) for f in findings if f.category == "stigma"]
    return score_letter(letter, findings, engine), stigma


def _legal_families(glossary: Glossary) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """(name, patterns) per legal word family: the core list and the glossary's explain terms."""
    families = list(CORE_LEGAL_TERMS)
    # an acronym stands for its expansion: 'pgb' keeps 'persoonsgebonden budget'
    short = {
        e.explanation.lower(): [w for t in e.terms for w in t.words]
        for e in glossary.entries
        if e.acronym and e.explanation
    }
    for entry in glossary.entries:
        if entry.type != "explain" or entry.acronym or entry.case_sensitive:
            continue
        terms = tuple(" ".join(t.words) for t in entry.terms if t.gap_after is None)
        if terms:
            families.append(terms + tuple(w for t in terms for w in short.get(t.lower(), ())))
    return _compile_families(tuple(families))


@functools.lru_cache(maxsize=8)
def _compile_families(
    families: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    out = []
    for words in families:
        patterns = tuple(
            re.compile(
                r"(?<!\w)" + r"\s+".join(map(re.escape, w.lower().split())) + r"\w*",
                re.IGNORECASE,
            )
            for w in words
        )
        out.append((words[0], patterns))
    return tuple(out)


def legal_terms_lost(original: str, rewritten: str, glossary: Glossary) -> tuple[str, ...]:
    """The legal word families the original uses and the rewrite does not."""
    lost = []
    for name, patterns in _legal_families(glossary):
        if any(p.search(original) for p in patterns) and not any(
            p.search(rewritten) for p in patterns
        ):
            lost.append(name)
    # 'bezwaar' lost says 'bezwaar maken' lost too: report the shortest family only
    return tuple(n for n in lost if not any(o != n and (n + " ").startswith(o + " ") for o in lost))


def highlight(text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """Split `text` into (piece, label) for a side-by-side view; `marks` are (fact text, label).

    Fact offsets of `verify` point into the layout-normalised text, so the
    pieces are found by their text (whitespace-insensitive), first occurrence.
    """
    spans: list[tuple[int, int, str]] = []
    for needle, label in marks:
        words = needle.split()
        if not words:
            continue
        m = re.search(r"\s+".join(map(re.escape, words)), text)
        if m and all(m.end() <= s or m.start() >= e for s, e, _ in spans):
            spans.append((m.start(), m.end(), label))
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, label in sorted(spans):
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], label))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def side_by_side(
    original: str, rewritten: str, result: Verification
) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """The original and the rewrite with the problems of `result` marked in both."""
    left = [(f.text, "ontbreekt") for f in result.missing if f.kind != "objection_route"]
    left += [(b.text, "veranderd") for b, _ in result.changed]
    left += [(t, "juridisch woord") for t in result.legal_terms_lost]
    right = [(f.text, "toegevoegd") for f in result.added]
    right += [(a.text, "veranderd") for _, a in result.changed]
    right += [(t, "stigma") for t in result.stigma_added]
    return highlight(original, left), highlight(rewritten, right)
