"""View models for the web app: analyse a letter, choose proposals, preview, download.

Pure functions over an immutable `Analysis`; the Gradio shell keeps one
Analysis per browser session (gr.State) and never shares it.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from rewriter import worddiff
from rewriter.compose import Composed, compose
from rewriter.engine import Engine, file_stamp
from rewriter.errors import GlossaryError, TooSlowError
from rewriter.facts import Fact, extract_facts, fact_list
from rewriter.glossary import Entry, Glossary, parse_entry
from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.pipeline import Report, check_letter
from rewriter.render import ContactChoice, HouseStyle
from rewriter.rewrite import propose
from rewriter.rules import RULES
from rewriter.settings import Settings
from rewriter.structure import extract_structure
from rewriter.suggest import ApplyResult, Proposal, apply, glossary_proposals

KIND_LABELS = RULES.kind_labels  # proposal kind -> Dutch label (rewriter/rules.py)


@dataclass(frozen=True)
class Analysis:
    """Everything the screen shows about one letter."""

    report: Report
    proposals: tuple[Proposal, ...]
    facts: tuple[Fact, ...]


def analyse_text(text: str, engine: Engine, deadline: float | None = None) -> Analysis:
    """Check a letter and build its proposals.

    With a `deadline` (a `time.monotonic()` value), TooSlowError is raised at the first
    stage boundary after it (tokenise, check, propose, facts): the budget is soft by at
    most one stage, which is about linear in the letter's length.
    """
    letter = Letter.from_text(text, engine.resources)
    _in_time(deadline)
    report = check_letter(letter, engine)
    _in_time(deadline)
    proposals = propose(report, engine)
    _in_time(deadline)
    return Analysis(report, proposals, extract_facts(text, report.letter.protected))


def _in_time(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise too_slow()


def too_slow() -> TooSlowError:
    """The Dutch error of an analysis stopped at its time budget (here or in a worker)."""
    return TooSlowError(
        "Het controleren van deze brief duurt te lang en is gestopt. "
        "Probeer het later opnieuw, of controleer de brief in delen."
    )


def proposal_rows(analysis: Analysis) -> list[list[Any]]:
    """One row per proposal: tick (safe ones ticked), kind, now, proposal, explanation."""
    return [
        [p.safe, KIND_LABELS.get(p.kind, p.kind), p.before.strip(), p.after.strip(), p.explanation]
        for p in analysis.proposals
    ]


def chosen(analysis: Analysis, ticks: Sequence[bool]) -> list[Proposal]:
    """Return the proposals whose row is ticked."""
    return [p for p, tick in zip(analysis.proposals, ticks, strict=False) if bool(tick)]


def preview(analysis: Analysis, ticks: Sequence[bool]) -> ApplyResult:
    """Apply the ticked proposals to the original letter (fact guard on)."""
    letter = analysis.report.letter
    return apply(letter.text, chosen(analysis, ticks), letter.protected, analysis.facts)


def fact_status(analysis: Analysis, result: ApplyResult) -> str:
    """A Dutch status line about the facts and refused proposals (Markdown)."""
    missing = [f for f in fact_list(analysis.facts) if f not in result.text]
    lines = []
    if missing:
        lines.append("**Let op: deze gegevens staan er niet meer in:** " + ", ".join(missing))
    else:
        lines.append("✅ Alle bedragen, datums en termijnen staan er nog in.")
    for refusal in result.refused:
        lines.append(f"- Niet toegepast: *{refusal.proposal.before.strip()}* — {refusal.reason}")
    return "\n".join(lines)


def diff_pieces(before: str, after: str) -> list[tuple[str, str | None]]:
    """Word diff for a before/after view: ('-' removed, '+' added, None same); about linear."""
    return worddiff.diff_pieces(before, after)


def category_counts(report: Report) -> str:
    """Counts per category as a short Dutch list (Markdown)."""
    counts = Counter(RULES.label(f.category) for f in report.findings)
    if not counts:
        return "Geen opmerkingen."
    return "\n".join(f"- {label}: {n}" for label, n in counts.most_common())


def cefr_badge(report: Report) -> str:
    """The CEFR estimate as a coloured badge with its reasons (HTML)."""
    s = report.scores
    colour = {"A2": "#2e7d32", "B1": "#2e7d32", "B2": "#ef6c00", "C1": "#c62828"}[s.cefr]
    reasons = (
        "".join(f"<li>{_escape(r)}</li>" for r in s.reasons) or "<li>Geen bijzonderheden.</li>"
    )
    return (
        f'<div id="cefr-badge"><span style="background:{colour};color:white;padding:4px 10px;'
        f'border-radius:12px;font-weight:bold">Taalniveau: {s.cefr}</span>'
        f"<p>Flesch-Douma: {s.flesch_douma:.0f} · Brouwer: {s.brouwer:.0f} · "
        f"{s.words} woorden, {s.sentences} zinnen</p><ul>{reasons}</ul></div>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def contact_options(text: str | Letter, engine: Engine) -> list[str]:
    """The phone numbers and e-mail addresses the letter gives, for the contact choice.

    Pass the analysed Letter (`analysis.report.letter`) to skip tokenising it again.
    """
    letter = text if isinstance(text, Letter) else Letter.from_text(text, engine.resources)
    structure = extract_structure(letter)
    return [c.text for c in structure.contacts if c.kind in ("phone", "email") and not c.crisis]


def finding_details(report: Report, proposals: Iterable[Proposal], offset: int) -> str:
    """Explanation and proposals for the finding at a character offset (Markdown)."""
    found = [f for f in report.findings if f.start <= offset < f.end]
    if not found:
        return "Kies een gemarkeerd stuk tekst om de uitleg te zien."
    f = min(found, key=lambda f: f.end - f.start)
    lines = [f"**{RULES.label(f.category)}: {f.text[:80]}**", "", f.message]
    options = [p.after.strip() for p in proposals if p.start <= f.start < max(p.end, p.start + 1)]
    if options:
        lines += ["", "Voorstellen:"] + [f"- {o}" for o in options[:4]]
    elif f.replacements:
        lines += ["", "Mogelijke woorden: " + ", ".join(f.replacements[:4])]
    return "\n".join(lines)


def downloads(
    text: str,
    engine: Engine,
    folder: Path,
    choice: ContactChoice,
    style: HouseStyle | None = None,
    original: str | None = None,
) -> tuple[dict[str, Path], Composed]:
    """Compose the one-page letter from the writer's text; write PDF, DOCX, HTML and TXT.

    `original` is the letter as it came in: the guard checks the delivered files
    against its facts (without it, against the facts of `text`).
    """
    composed = compose(
        original if original is not None else text,
        engine,
        "none",
        ("pdf", "docx", "html"),
        style,
        choice,
        rewritten=text,
    )
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    stem = download_stem(composed)
    for fmt, item in composed.files.items():
        path = folder / f"{stem}.{fmt}"
        path.write_bytes(item.data)
        out[fmt] = path
    txt = folder / f"{stem}.txt"
    txt.write_text(text, encoding="utf-8")
    out["txt"] = txt
    return out, composed


def letter_status(composed: Composed) -> str:
    """The guard's verdict (red when a fact is missing), removed channels and notes (HTML)."""
    g = composed.guard
    colour, title = ("#2e7d32", "Alle feiten staan erin.") if g.ok else ("#c62828", g.message())
    parts = [f'<p style="color:{colour};font-weight:bold">{_escape(title)}</p>']
    parts.append(f"<p>Contactregel: {_escape(composed.contact_line)}</p>")
    removed = composed.removed_channels
    if removed:
        items = "".join(f"<li>{_escape(r.text)} (van: {_escape(r.owner)})</li>" for r in removed)
        parts.append(f"<p>Uit de brief gehaald (controleer of dit klopt):</p><ul>{items}</ul>")
    parts += [f"<p>⚠ {_escape(n)}</p>" for n in composed.notes]
    return "".join(parts)


def download_stem(composed: Composed) -> str:
    """A file name after the kenmerk or the subject ('brief' when the letter has neither)."""
    refs = dict((k.lower(), v) for k, v in composed.structure.references)
    base = refs.get("ons kenmerk") or refs.get("kenmerk") or composed.structure.subject or "brief"
    stem = re.sub(r"[^\w-]+", "-", base).strip("-")[:60]
    return stem or "brief"


# --- the municipality's glossary overlay -------------------------------------------------


class EngineHolder:
    """The one shared Engine of the app; rebuilt when the overlay glossary changes.

    `get` compares the overlay file's stamp (mtime, size, inode: one stat call) on every
    request, so a change made elsewhere (the panel's glossary page, an editor) reaches the
    app without a restart. An overlay that does not load keeps the last good engine and
    says why in `problem`.
    """

    def __init__(self, settings: Settings, overlay: Path) -> None:
        self._lock = threading.Lock()
        self.overlay = overlay
        self.settings = settings
        self.problem = ""
        self._stamp = file_stamp(overlay)
        self._engine = Engine.create(settings, overlay=overlay if overlay.exists() else None)

    def get(self) -> Engine:
        """Return the current engine, rebuilt first when the overlay file has changed."""
        if file_stamp(self.overlay) != self._stamp:
            try:
                return self.reload()
            except GlossaryError as exc:
                self.problem = (
                    f"De woordenlijst van de gemeente kon niet worden geladen: {exc.message}"
                )
        return self._engine

    def reload(self) -> Engine:
        """Rebuild the engine from the shipped glossary plus the overlay."""
        with self._lock:
            stamp = file_stamp(self.overlay)
            if stamp == self._stamp and self._engine is not None and not self.problem:
                return self._engine  # another request rebuilt it meanwhile
            self._stamp = stamp  # a broken file is tried once per change, not per request
            engine = Engine.create(
                self.settings, overlay=self.overlay if self.overlay.exists() else None
            )
            self._engine = engine
            self.problem = ""
        return engine


def overlay_entry(
    entry_id: str,
    etype: str,
    terms: str,
    plain: str,
    reason: str,
    flag: str,
    fix: str,
    near_miss: str,
    source: str = "Woordenlijst van de gemeente",
) -> dict[str, Any]:
    """Build an overlay entry from the form fields (validated by `save_overlay_entry`)."""
    raw: dict[str, Any] = {
        "id": entry_id.strip(),
        "type": etype,
        "terms": [t.strip() for t in terms.split(",") if t.strip()],
        "reason": reason.strip(),
        "source": source.strip() or "Woordenlijst van de gemeente",
        "examples": [],
    }
    alternatives = [p.strip() for p in plain.split(",") if p.strip()]
    if etype == "explain":
        raw["explanation"] = alternatives[0] if alternatives else ""
    else:
        raw["plain"] = alternatives
    if etype in ("avoid", "stigma"):
        raw["safe"] = False
    flag_example: dict[str, Any] = {"flag": flag.strip()}
    if fix.strip():
        flag_example["fix"] = fix.strip()
    raw["examples"] = [flag_example, {"pass": near_miss.strip()}]
    return raw


def save_overlay_entry(path: Path, raw: dict[str, Any], engine: Engine) -> Entry:
    """Validate an entry, check its own examples, and write the overlay atomically."""
    entry = parse_entry(raw, str(path.name), 0)
    _check_examples(entry, engine)
    existing = _read_overlay(path)
    existing = [e for e in existing if e.get("id") != entry.id] + [raw]
    _write_atomic(path, existing)
    return entry


def disable_entry(path: Path, entry_id: str) -> None:
    """Switch an entry off in the overlay (shipped entries stay untouched)."""
    existing = [e for e in _read_overlay(path) if e.get("id") != entry_id]
    existing.append({"id": entry_id, "disabled": True})
    _write_atomic(path, existing)


def entry_findings(entry: Entry, sentence: str, engine: Engine) -> tuple[Letter, list[Finding]]:
    """What this one entry (alone, not yet in any glossary) flags in a sentence."""
    from rewriter.analysers.glossary import compile_glossary, find_glossary

    lem = engine.resources.lemmatizer
    compiled = compile_glossary(Glossary.from_entries([entry]), lem)
    letter = Letter.from_text(sentence, engine.resources)
    return letter, list(find_glossary(letter, compiled, lem))


def first_alternative_fix(entry: Entry, sentence: str, engine: Engine) -> str | None:
    """The sentence after applying this entry's first alternative; None when nothing applies."""
    letter, findings = entry_findings(entry, sentence, engine)
    props = glossary_proposals(
        letter,
        findings,
        Glossary.from_entries([entry]),
        engine.resources.lemmatizer,
        engine.settings.long_sentence_words,
    )
    result = apply(sentence, [p for p in props if p.alternative == 0])
    return result.text if result.applied else None


def _closed_class(text: str) -> bool:
    """Only articles, demonstratives, possessives and other function words ("de", "het",
    "die", "uw"): no glossary word, and replacing one breaks agreement ("het beschikking")."""
    from rewriter.dutch import DETERMINERS, POSSESSIVE
    from rewriter.suggest import _FUNCTION_WORDS

    words = text.lower().replace("'", " ").split()
    return bool(words) and all(
        w in DETERMINERS or w in POSSESSIVE or w in _FUNCTION_WORDS for w in words
    )


def _article_swaps(before: str, after: str) -> list[tuple[str, str]]:
    """Determiners the fix changed while the noun after them stayed ("de" -> "het")."""
    import difflib

    from rewriter.dutch import DETERMINERS

    a, b = before.lower().split(), after.lower().split()
    swaps = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            pairs = list(zip(a[i1:i2], b[j1:j2], strict=True))
            if all(x.strip(",.") in DETERMINERS and y.strip(",.") in DETERMINERS for x, y in pairs):
                swaps += pairs
    return swaps


def _refuse_worse(entry: Entry, engine: Engine) -> None:
    """Refuse an entry whose own examples would make a letter worse: a word or alternative
    that is only an article or other function word, or a fix that swaps an article while
    the noun stays (every letter would then get "het beschikking")."""
    for term in entry.terms:
        words = " ".join(filter(None, (term.gender, term.text)))
        if _closed_class(words):
            raise GlossaryError(
                f"'{words}' is een lidwoord of ander klein woord. Zo'n woord vervangen maakt "
                "zinnen fout (bijvoorbeeld 'het beschikking'); kies een inhoudswoord.",
                entry_id=entry.id,
            )
    for alt in entry.plain:
        if (
            alt.text
            and _closed_class(alt.with_article())
            and not _closed_class(entry.terms[0].text)
        ):
            raise GlossaryError(
                f"het alternatief '{alt.with_article()}' is alleen een lidwoord of ander klein "
                "woord; dat maakt de brief niet duidelijker.",
                entry_id=entry.id,
            )
    for example in entry.examples:
        if example.kind != "flag":
            continue
        fixed = first_alternative_fix(entry, example.sentence, engine)
        swaps = _article_swaps(example.sentence, fixed) if fixed else []
        if swaps:
            old, new = swaps[0]
            raise GlossaryError(
                f"dit maakt het voorbeeld slechter: '{old}' wordt '{new}' terwijl het "
                f"zelfstandig naamwoord blijft ('{fixed}'). Een lidwoord moet passen bij het "
                "woord erna.",
                entry_id=entry.id,
            )


def _check_examples(entry: Entry, engine: Engine) -> None:
    _refuse_worse(entry, engine)
    for example in entry.examples:
        spans = [(f.start, f.end) for f in entry_findings(entry, example.sentence, engine)[1]]
        if example.kind == "flag" and example.span not in spans:
            raise GlossaryError(
                f"het voorbeeld '{example.sentence}' wordt niet gemarkeerd op "
                f"'{example.sentence[slice(*example.span)]}'. Klopt de schrijfwijze?",
                entry_id=entry.id,
            )
        if example.kind == "pass" and spans:
            raise GlossaryError(
                f"het bijna-voorbeeld '{example.sentence}' wordt toch gemarkeerd.",
                entry_id=entry.id,
            )


def _read_overlay(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return data if isinstance(data, list) else []


def _write_atomic(path: Path, entries: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "# Woordenlijst van de gemeente (overlay): toevoegen, aanpassen of uitzetten.\n"
    text = header + yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".woordenlijst-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    Path(tmp).replace(path)
