"""Neural proposals: the model rewrites per section, `verify` decides what may be shown.

Every section the model rewrites goes through `rewriter.verify.verify` (the
one fact guard, legal terms, stigma words). A section that fails is refused
with the reasons; for it the rule-based proposals stand. What passes becomes
per-sentence proposals of kind 'AI-voorstel' (never `safe`: nothing is applied
unless a person accepts it), built from a word-level diff so that `apply` and
its fact guard treat them like any other proposal.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from rewriter.engine import Engine
from rewriter.errors import SettingsError
from rewriter.facts import Fact, extract_facts, touches_fact
from rewriter.neural.backends import Backend, BackendError
from rewriter.neural.prompt import build_prompt
from rewriter.pipeline import check
from rewriter.rewrite import propose
from rewriter.settings import Settings
from rewriter.suggest import Edit, Proposal
from rewriter.verify import verify

KIND = "AI-voorstel"
RULE_ID = "neural.ai-voorstel"
_MIN_WORDS = 8
_PARAGRAPH = re.compile(r"\S(?:.*\S)?(?:\n(?!\s*\n).*\S)*")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


@dataclass(frozen=True, slots=True)
class SectionRefusal:
    """A section whose model rewrite was refused, with the Dutch reasons."""

    start: int
    end: int
    output: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class NeuralResult:
    """AI proposals that passed, refused sections, and the rule-based fallback for those."""

    backend: str
    proposals: tuple[Proposal, ...]
    refused: tuple[SectionRefusal, ...]
    fallback: tuple[Proposal, ...]


def sections(text: str) -> list[tuple[int, int]]:
    """Paragraphs worth rewriting: running text of at least a few words (not address lines)."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        body = m.group()
        if len(body.split()) >= _MIN_WORDS and re.search(r"[.!?]\s*$", body):
            out.append(m.span())
    return out


def neural_proposals(text: str, engine: Engine, backend: Backend) -> NeuralResult:
    """Ask the backend to rewrite each section; keep what `verify` accepts."""
    report = check(text, engine)
    rule_based = propose(report, engine)
    facts = extract_facts(text, report.letter.protected)
    proposals: list[Proposal] = []
    refused: list[SectionRefusal] = []
    fallback: list[Proposal] = []
    for start, end in sections(text):
        section = text[start:end]
        inside = [f for f in report.findings if start <= f.start and f.end <= end]
        try:
            output = backend.rewrite(build_prompt(section, inside, engine.glossary))
        except BackendError as exc:
            reasons: tuple[str, ...] = (str(exc),)
            output = ""
        else:
            reasons = _check(section, output, engine)
        if reasons:
            refused.append(SectionRefusal(start, end, output, reasons))
            fallback += [p for p in rule_based if start <= p.start and p.end <= end]
            continue
        passed = _sentence_proposals(text, start, end, output, backend.name)
        moving = [p for p in passed if any(touches_fact(e.start, e.end, facts) for e in p.edits)]
        if moving:
            # verify accepts a fact that moves; `apply` refuses any edit on a fact, so such
            # a proposal could never be accepted: the section keeps its rule-based proposals
            reason = (
                "Het AI-voorstel verplaatst of herschrijft een vast gegeven "
                f"({', '.join(_touched(moving, facts))}); neem dat zo nodig met de hand over."
            )
            refused.append(SectionRefusal(start, end, output, (reason,)))
            fallback += [p for p in rule_based if start <= p.start and p.end <= end]
            continue
        proposals += passed
    return NeuralResult(backend.name, tuple(proposals), tuple(refused), tuple(fallback))


def _touched(proposals: list[Proposal], facts: tuple[Fact, ...]) -> list[str]:
    out: dict[str, None] = {}
    for p in proposals:
        for e in p.edits:
            fact = touches_fact(e.start, e.end, facts)
            if fact is not None:
                out.setdefault(fact.text, None)
    return list(out)


def _check(section: str, output: str, engine: Engine) -> tuple[str, ...]:
    """The reasons to refuse a model rewrite of `section` (empty: it may be proposed)."""
    if not output.strip():
        return ("Het taalmodel gaf een lege tekst terug.",)
    result = verify(section, output, engine)
    reasons = result.problems()
    before, after = result.scores_before, result.scores_after
    if before and after and _rank(after.cefr) > _rank(before.cefr):
        reasons.append(f"Moeilijker geworden: taalniveau {before.cefr} -> {after.cefr}.")
    return tuple(reasons)


def _rank(cefr: str) -> int:
    return (
        ("A1", "A2", "B1", "B2", "C1", "C2").index(cefr)
        if cefr in ("A1", "A2", "B1", "B2", "C1", "C2")
        else 9
    )


def _sentence_proposals(
    text: str, start: int, end: int, output: str, backend: str
) -> list[Proposal]:
    """Word-level edits from section to output, grouped by the original sentence they touch."""
    old = [
        (m.start() + start, m.end() + start, m.group())
        for m in re.finditer(r"\S+", text[start:end])
    ]
    new = output.split()
    matcher = difflib.SequenceMatcher(None, [w for _, _, w in old], new, autojunk=False)
    bounds = [(m.start() + start, m.end() + start) for m in _SENTENCE.finditer(text[start:end])]
    groups: dict[int, list[Edit]] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        words = " ".join(new[j1:j2])
        if i1 < i2:
            a, b = old[i1][0], old[i2 - 1][1]
            if not words:  # a deletion takes the space after (or before, at the end)
                if i2 < len(old):
                    b = old[i2][0]
                elif i1 > 0:
                    a = old[i1 - 1][1]
            edit = Edit(a, b, words)
        elif i1 < len(old):
            edit = Edit(old[i1][0], old[i1][0], words + " ")
        else:
            edit = Edit(old[-1][1], old[-1][1], " " + words)
        first = _sentence_index(bounds, edit.start)
        last = _sentence_index(bounds, max(edit.start, edit.end - 1))
        key = min(first, last)
        for k in range(first, last + 1):  # an edit across sentences joins their proposals
            if k in groups and k != key:
                groups.setdefault(key, []).extend(groups.pop(k))
        groups.setdefault(key, []).append(edit)
    explanation = (
        f"AI-voorstel ({backend}). Gecontroleerd op feiten, juridische woorden en stigma; "
        "lees het na voordat u het overneemt."
    )
    return [
        Proposal.from_edits(
            text,
            id=f"{RULE_ID}@{edits[0].start}",
            rule_id=RULE_ID,
            kind=KIND,
            edits=edits,
            explanation=explanation,
            safe=False,
        )
        for _, edits in sorted(groups.items())
    ]


def _sentence_index(bounds: list[tuple[int, int]], pos: int) -> int:
    for i, (_, b) in enumerate(bounds):
        if pos < b:
            return i
    return max(0, len(bounds) - 1)


def neural_for_letter(text: str, engine: Engine) -> NeuralResult | None:
    """AI proposals with the backend of the engine's settings; None when none is configured."""
    from rewriter.neural.backends import backend_from_settings

    backend = backend_from_settings(engine.settings)
    return None if backend is None else neural_proposals(text, engine, backend)


def load_backend(settings: Settings) -> tuple[Backend | None, str]:
    """The configured backend, loaded once (a model directory is loaded here), and a Dutch
    line for the screen that says which backend is active, or that none is.

    No backend configured: (None, 'AI-herschrijven: uit ...'); nothing is imported or
    opened. A wrong configuration does not stop the app: (None, the reason).
    """
    from rewriter.neural.backends import backend_from_settings, backend_status

    status = backend_status(settings)
    try:
        backend = backend_from_settings(settings)
    except SettingsError as exc:
        return None, f"AI-herschrijven: uit, de instelling klopt niet: {exc.message}"
    return backend, status


def ai_proposals(
    text: str, engine: Engine, backend: Backend | None
) -> tuple[tuple[Proposal, ...], str]:
    """The AI proposals for the app's list of proposals, and a Dutch note about them.

    The proposals are the same `Proposal` values as the rule engine's (kind
    'AI-voorstel', never safe: never ticked by default), only for sections that
    passed `verify`; a refused section is named with its first reason. No backend:
    no proposals, no call, and an empty note.
    """
    if backend is None:
        return (), ""
    result = neural_proposals(text, engine, backend)
    count = len(result.proposals)
    lines = [
        f"{count} AI-voorstel{'len' if count != 1 else ''} van {backend.name}, "
        "gecontroleerd op feiten, juridische woorden en stigma. Niets is vooraf aangevinkt."
    ]
    for refusal in result.refused:
        start = " ".join(text[refusal.start : refusal.end].split()[:6])
        lines.append(f"- Geen AI-voorstel voor *{start} …*: {refusal.reasons[0]}")
    return result.proposals, "\n".join(lines)
