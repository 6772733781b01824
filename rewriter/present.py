"""Adapters from reports to what a screen shows (pure; used by app.py)."""

from __future__ import annotations

from rewriter.model import Finding
from rewriter.pipeline import Report

LABELS = {
    "jargon": "vaktaal",
    "stigma": "label over mensen",
    "legal": "uitleg nodig",
    "avoid": "vaag",
    "long_sentence": "lange zin",
    "passive": "lijdende vorm",
    "nominalisation": "naamwoordstijl",
    "acronym": "afkorting",
    "tone": "toon",
    "contact": "contact",
    "rare_word": "weinig bekend woord",
}
COLOURS = {
    "vaktaal": "#f4a261",
    "label over mensen": "#e76f51",
    "uitleg nodig": "#b39ddb",
    "vaag": "#ffe082",
    "lange zin": "#bbdefb",
    "lijdende vorm": "#a5d6a7",
    "naamwoordstijl": "#c5e1a5",
    "afkorting": "#80deea",
    "toon": "#f48fb1",
    "contact": "#ffcc80",
    "weinig bekend woord": "#e0e0e0",
}
# Narrow findings win over wide ones when spans overlap.
_ORDER = ("stigma", "jargon", "legal", "tone", "acronym", "avoid", "contact", "rare_word",
          "passive", "nominalisation", "long_sentence")  # fmt: skip


def highlights(report: Report) -> list[tuple[str, str | None]]:
    """Return (text, label) pieces covering the whole letter, without overlaps."""
    text = report.letter.text
    owner: list[Finding | None] = [None] * len(text)
    ranked = sorted(report.findings, key=lambda f: _ORDER.index(f.category))
    for f in reversed(ranked):
        for i in range(f.start, f.end):
            owner[i] = f
    pieces: list[tuple[str, str | None]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or owner[i] is not owner[start]:
            f = owner[start]
            pieces.append((text[start:i], LABELS[f.category] if f else None))
            start = i
    return pieces


def score_summary(report: Report) -> str:
    """Return a short Dutch summary of the scores (Markdown)."""
    s = report.scores
    lines = [
        f"**Taalniveau (schatting): {s.cefr}**",
        "",
        f"- {s.words} woorden in {s.sentences} zinnen, gemiddeld {s.avg_sentence_length:.1f} woorden per zin",
        f"- Flesch-Douma: {s.flesch_douma:.0f} (hoger is makkelijker) · Brouwer: {s.brouwer:.0f}",
    ]
    lines += [f"- {reason}" for reason in s.reasons]
    return "\n".join(lines)


def findings_rows(report: Report) -> list[list[str]]:
    """Return one table row per finding: category, text, message, suggestion."""
    return [
        [LABELS[f.category], f.text if len(f.text) < 60 else f.text[:57] + "...", f.message,
         " / ".join(f.replacements[:3])]
        for f in report.findings
    ]  # fmt: skip
