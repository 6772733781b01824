"""Adapters from reports to what a screen shows (pure; used by app.py)."""

from __future__ import annotations

from rewriter.model import Finding
from rewriter.pipeline import Report
from rewriter.rules import RULES, Registry

# Kept for callers that read the tables; every value comes from the registry.
LABELS = RULES.labels
COLOURS = RULES.colours


def highlights(report: Report, registry: Registry = RULES) -> list[tuple[str, str | None]]:
    """Return (text, label) pieces covering the whole letter, without overlaps.

    Narrow findings win over wide ones where spans overlap (`Category.mark_order`).
    """
    text = report.letter.text
    owner: list[Finding | None] = [None] * len(text)
    ranked = sorted(report.findings, key=lambda f: registry.mark_order(f.category))
    for f in reversed(ranked):
        for i in range(f.start, f.end):
            owner[i] = f
    pieces: list[tuple[str, str | None]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or owner[i] is not owner[start]:
            f = owner[start]
            pieces.append((text[start:i], registry.label(f.category) if f else None))
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


def findings_rows(report: Report, registry: Registry = RULES) -> list[list[str]]:
    """Return one table row per finding: category, text, message, suggestion."""
    return [
        [registry.label(f.category), f.text if len(f.text) < 60 else f.text[:57] + "...", f.message,
         " / ".join(f.replacements[:3])]
        for f in report.findings
    ]  # fmt: skip
