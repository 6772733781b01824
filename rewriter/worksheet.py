"""The main tab's working model: one row per finding, one choice per row, the writer's own
edits to the preview, and progress toward B1.

Pure functions over frozen values; app.py keeps one `Session` per browser tab in gr.State.

Data model
- `Row`: one finding (or one group of findings with the same rule and message, such as the
  contact channels), with the spans it marks in the original letter, the text now, its
  `Option`s (the alternatives of one proposal group, `Proposal.id` up to '#') and one reason.
- `Session.choices`: per row the index of the chosen option, or None ("laat staan").
  Alternatives are therefore one choice, never independent ticks.
- `Session.generated`: the text the choices produced (before the writer's own edits); the
  writer's edits are the word diff between it and the preview box (`own_edits`), put back
  after every change of choices and after a re-analysis of the same letter (`reapply`).
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rewriter import worddiff
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.pipeline import rescore
from rewriter.rules import RULES
from rewriter.scoring import Scores
from rewriter.suggest import ApplyResult, Proposal, apply
from rewriter.workbench import KIND_LABELS, Analysis

TARGET = "B1"
_RANK = {"A2": 0, "B1": 1, "B2": 2, "C1": 3}
# Category facts (labels, which are unknown words, mark order, icons, underlines): rules.py.
LABELS = RULES.labels
WORD_CATEGORIES = RULES.names(lambda c: c.unknown_word)
# A mark's look without colour: an icon before it and an underline style (see SHEET_CSS).
ICONS = RULES.icons
STYLE = RULES.underlines


@dataclass(frozen=True)
class Option:
    """One alternative of a proposal group: the text it proposes and its proposal."""

    label: str
    proposal: int  # index into Analysis.proposals
    safe: bool


@dataclass(frozen=True)
class Row:
    """One line of the proposal list."""

    key: str  # stable across re-analysis: rule, text now, occurrence
    category: str  # Dutch label
    spans: tuple[tuple[int, int], ...]  # in the original letter
    now: str
    options: tuple[Option, ...]
    reason: str
    rule_id: str = ""

    @property
    def safe_single(self) -> bool:
        """A safe proposal without alternatives: the only kind 'vink alle veilige aan' ticks."""
        return len(self.options) == 1 and self.options[0].safe


@dataclass(frozen=True)
class Session:
    """One browser tab's letter: the analysis, its rows, the choices and the generated text."""

    analysis: Analysis
    rows: tuple[Row, ...]
    choices: tuple[int | None, ...]
    generated: str
    source: tuple[str, bytes] | None = field(default=None, repr=False)  # an uploaded .docx


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def one_reason(text: str) -> str:
    """The explanation without a sentence that says again what another one says."""
    kept: list[str] = []
    seen: list[set[str]] = []
    for sentence in _sentences(text):
        words = {w for w in re.findall(r"\w+", sentence.lower()) if len(w) > 2}
        if any(words and len(words & other) >= 0.6 * len(words) for other in seen):
            continue
        kept.append(sentence)
        seen.append(words)
    return " ".join(kept)


def _reason(findings: Sequence[Finding], proposals: Sequence[Proposal]) -> str:
    if proposals and proposals[0].explanation:
        return one_reason(proposals[0].explanation)
    message = findings[0].message if findings else ""
    # "'X' is ambtelijke taal. Schrijf liever: ... ." + the entry's own reason: the list
    # shows the alternatives already, so the entry's reason alone is the explanation
    parts = _sentences(message)
    if len(parts) > 2 and re.search(r"Schrijf liever|bijvoorbeeld:", parts[1]):
        return one_reason(" ".join(parts[2:]))
    return one_reason(message)


def _option_label(p: Proposal) -> str:
    after = p.after.strip()
    if not p.before.strip():
        return "+ " + after
    return after or "(weghalen)"


def _answers(p: Proposal, f: Finding) -> bool:
    """The proposal group answers this finding: same rule, and over it (an explanation may
    be added after the term, at the end of its sentence)."""
    if p.rule_id != f.rule_id:
        return False
    if p.kind == "uitleg":
        return f.start <= p.start <= f.end + 400
    return p.start <= f.end and p.end >= f.start


def build_rows(analysis: Analysis) -> tuple[Row, ...]:
    """One row per finding (findings of one rule with one message share a row), with the
    proposal group that answers it; proposal groups without a finding get a row too."""
    props = analysis.proposals
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(props):
        groups.setdefault(p.id.rsplit("#", 1)[0], []).append(i)
    used: set[str] = set()
    drafts: list[tuple[int, str, list[Finding], list[int]]] = []  # (start, gid, finds, props)
    by_message: dict[tuple[str, str], int] = {}
    for f in sorted(analysis.report.findings, key=lambda f: (f.start, f.end)):
        gid = next(
            (g for g, idx in groups.items() if g not in used and _answers(props[idx[0]], f)), None
        )
        if gid is not None:
            used.add(gid)
            drafts.append((f.start, gid, [f], groups[gid]))
            continue
        same = by_message.get((f.rule_id, f.message))
        if same is not None and f.category == "contact":
            drafts[same][2].append(f)
            continue
        by_message[(f.rule_id, f.message)] = len(drafts)
        drafts.append((f.start, "", [f], []))
    for gid, idx in groups.items():
        if gid not in used:
            drafts.append((props[idx[0]].start, gid, [], idx))
    drafts.sort(key=lambda d: d[0])
    rows = []
    seen: Counter[str] = Counter()
    for _, _gid, finds, idx in drafts:
        ps = [props[i] for i in sorted(idx, key=lambda i: props[i].alternative)]
        if finds:
            category = LABELS[finds[0].category]
            spans = tuple((f.start, f.end) for f in finds)
            now = " · ".join(dict.fromkeys(f.text.strip() for f in finds))
        else:
            category = KIND_LABELS.get(ps[0].kind, ps[0].kind)
            spans = ((ps[0].start, ps[0].end),)
            now = ps[0].before.strip()
        if ps and ps[0].before.strip() and finds and ps[0].kind != "uitleg":
            now = ps[0].before.strip()
        rule = finds[0].rule_id if finds else ps[0].rule_id
        base = f"{rule}|{now.lower()}"
        seen[base] += 1
        order = sorted(idx, key=lambda i: props[i].alternative)
        options = tuple(Option(_option_label(props[i]), i, props[i].safe) for i in order)
        rows.append(
            Row(f"{base}|{seen[base]}", category, spans, now, options, _reason(finds, ps), rule)
        )
    return tuple(rows)


def default_choices(rows: Sequence[Row]) -> tuple[int | None, ...]:
    """The first safe alternative of each row (the writer unticks what does not fit)."""
    return tuple(next((k for k, o in enumerate(r.options) if o.safe), None) for r in rows)


def carry_choices(old: Session | None, rows: Sequence[Row]) -> tuple[int | None, ...]:
    """The choices of an earlier analysis for the rows that came back (same rule, same text,
    same option); the default for new rows."""
    fresh = default_choices(rows)
    if old is None:
        return fresh
    before = {
        r.key: (r.options[c].label if c is not None and c < len(r.options) else None)
        for r, c in zip(old.rows, old.choices, strict=False)
    }
    out = []
    for row, default in zip(rows, fresh, strict=True):
        if row.key not in before:
            out.append(default)
            continue
        label = before[row.key]
        labels = [o.label for o in row.options]
        out.append(labels.index(label) if label in labels else None if label is None else default)
    return tuple(out)


def clean_choices(rows: Sequence[Row], raw: Sequence[object]) -> tuple[int | None, ...]:
    """Choices as sent by the browser (-1 or a missing value: none) checked against the rows."""
    out: list[int | None] = []
    for k, row in enumerate(rows):
        try:
            value = int(raw[k])  # type: ignore[arg-type]
        except (IndexError, TypeError, ValueError):
            value = -1
        out.append(value if 0 <= value < len(row.options) else None)
    return tuple(out)


def chosen(session: Session, choices: Sequence[int | None] | None = None) -> list[Proposal]:
    """The proposals the choices select."""
    props = session.analysis.proposals
    picks = session.choices if choices is None else choices
    return [
        props[row.options[c].proposal]
        for row, c in zip(session.rows, picks, strict=False)
        if c is not None and c < len(row.options)
    ]


def generate(analysis: Analysis, proposals: Sequence[Proposal]) -> ApplyResult:
    """Apply proposals to the original letter (fact guard on)."""
    letter = analysis.report.letter
    return apply(letter.text, list(proposals), letter.protected, analysis.facts)


# --- the writer's own edits to the preview ---------------------------------------------------


@dataclass(frozen=True)
class OwnEdit:
    """One change the writer typed: `before` -> `after` between `left` and `right` context."""

    before: str
    after: str
    left: str
    right: str


_CONTEXT = 30


def own_edits(generated: str, edited: str) -> tuple[OwnEdit, ...]:
    """The writer's changes to the generated text, each with the text around it."""
    if generated == edited:
        return ()
    pieces = worddiff.diff_pieces(generated, edited)
    out: list[OwnEdit] = []
    done = ""  # the edited text up to here
    k = 0
    while k < len(pieces):
        text, label = pieces[k]
        if label is None:
            done += text
            k += 1
            continue
        before = after = ""
        while k < len(pieces) and pieces[k][1] is not None:
            if pieces[k][1] == "-":
                before += pieces[k][0]
            else:
                after += pieces[k][0]
            k += 1
        rest = "".join(p for p, lab in pieces[k:] if lab != "+")
        out.append(OwnEdit(before, after, done[-_CONTEXT:], rest[:_CONTEXT]))
        done += after
    return tuple(out)


def reapply(text: str, edits: Sequence[OwnEdit]) -> tuple[str, tuple[OwnEdit, ...]]:
    """Put the writer's edits back into a newly generated text; return it and the edits that
    no longer fit (their place is gone or no longer unique)."""
    misfits = []
    for e in edits:
        for left, right in _WIDTHS:
            lc, rc = e.left[len(e.left) - min(left, len(e.left)) :], e.right[:right]
            pattern = lc + e.before + rc
            if len(pattern.strip()) >= 8 and text.count(pattern) == 1:
                at = text.index(pattern) + len(lc)
                text = text[:at] + e.after + text[at + len(e.before) :]
                break
        else:
            misfits.append(e)
    return text, tuple(misfits)


# context kept on each side when an own edit is put back: all of it first, then less where
# a chosen proposal changed the words next to the edit (the place must stay unique)
_WIDTHS = ((_CONTEXT, _CONTEXT), (_CONTEXT, 0), (0, _CONTEXT), (12, 12), (12, 0), (0, 12))


def misfit_note(misfits: Sequence[OwnEdit]) -> str:
    """A Dutch line about own edits that could not be put back (Markdown)."""
    if not misfits:
        return ""
    items = ", ".join(
        f"'{(e.before.strip() or '…')[:40]}' → '{(e.after.strip() or '(weg)')[:40]}'"
        for e in misfits
    )
    return f"**Let op:** deze eigen wijziging past niet meer in de tekst, doe hem opnieuw: {items}"


# --- progress toward B1 --------------------------------------------------------------------


def body_sentence_lengths(letter: Letter) -> list[int]:
    """Words per sentence of the body only: no letterhead, address, rows, salutation,
    closing or signature (document.parse_letter's regions and kinds)."""
    blocks = [
        b for b in letter.blocks if b.region == "body" and b.kind in ("paragraph", "list_item")
    ]
    out = []
    for s in letter.sentences:
        if any(b.start <= s.start < b.end for b in blocks):
            n = len(letter.words(s))
            if n:
                out.append(n)
    return out


@dataclass(frozen=True)
class Progress:
    """The level before and after the current choices, and what still blocks B1."""

    before: str
    after: str
    target: str
    blockers: tuple[str, ...]
    scores_after: Scores

    @property
    def reached(self) -> bool:
        return _RANK[self.after] <= _RANK[self.target]


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def progress(session: Session, text_after: str, engine: Engine) -> Progress:
    """Rescore the text after the choices and edits; list what still stands between it and B1."""
    report = session.analysis.report
    letter = Letter.from_text(text_after, engine.resources)
    after = rescore(letter, engine)
    limit = engine.settings.long_sentence_words
    long_n = sum(1 for n in body_sentence_lengths(letter) if n > limit)
    blockers = []
    if long_n:
        blockers.append(f"nog {_count(long_n, 'zin', 'zinnen')} langer dan {limit} woorden")
    hard = [r for r in session.rows if _is_word_row(r, report.findings)]
    open_rows = [
        r for r, c in zip(session.rows, session.choices, strict=False) if r in hard and c is None
    ]
    without = sum(1 for r in open_rows if not r.options)
    unchosen = sum(1 for r in open_rows if r.options)
    if without:
        blockers.append(f"{_count(without, 'moeilijk woord', 'moeilijke woorden')} zonder voorstel")
    if unchosen:
        blockers.append(
            f"{_count(unchosen, 'moeilijk woord', 'moeilijke woorden')} met een voorstel dat niet is gekozen"
        )
    return Progress(report.scores.cefr, after.cefr, TARGET, tuple(blockers), after)


def _is_word_row(row: Row, findings: Sequence[Finding]) -> bool:
    return any(f.category in WORD_CATEGORIES and (f.start, f.end) in row.spans for f in findings)


def progress_html(p: Progress) -> str:
    """The level badge: before → after the choices, the B1 target, what still blocks it."""
    colour = "#2e7d32" if p.reached else "#9a3412"
    verdict = "doel gehaald" if p.reached else "nog niet gehaald"
    items = "".join(f"<li>{html.escape(b)}</li>" for b in p.blockers)
    blocks = (
        f"<p><strong>Wat {p.target} nog in de weg staat:</strong></p><ul>{items}</ul>"
        if items and not p.reached
        else (f"<p><strong>Wat nog beter kan:</strong></p><ul>{items}</ul>" if items else "")
    )
    s = p.scores_after
    return (
        f'<div id="cefr-badge"><span class="niveau-na" style="background:{colour};color:white;'
        f'padding:4px 10px;border-radius:12px;font-weight:bold">Taalniveau: {p.before} → '
        f"{p.after}</span> <span>doel: {p.target} · {verdict}</span>"
        f"<p>Voor uw keuzes: {p.before}. Met uw keuzes: <strong id='niveau-na'>{p.after}"
        f"</strong>. {s.words} woorden, {s.sentences} zinnen, Flesch-Douma "
        f"{round(s.flesch_douma)}.</p>{blocks}</div>"
    )


def sentence_chart(letter: Letter, limit: int = 20) -> str:
    """A small HTML bar chart of body sentence lengths (words per sentence)."""
    lengths = body_sentence_lengths(letter)
    bins = Counter(min(n // 5, 8) for n in lengths)
    top = max(bins.values(), default=1)
    rows = []
    for b in range(9):
        label = f"{b * 5}-{b * 5 + 4}" if b < 8 else "40+"
        width = int(100 * bins.get(b, 0) / top)
        colour = "#c62828" if b * 5 >= limit else "#1f4e79"
        rows.append(
            f'<div style="display:flex;align-items:center;gap:6px;font-size:12px">'
            f'<span style="width:42px">{label}</span>'
            f'<span style="background:{colour};height:10px;width:{width}%"></span>'
            f"<span>{bins.get(b, 0)}</span></div>"
        )
    return (
        '<div aria-label="Aantal zinnen per zinslengte (woorden)">'
        f"<strong>Zinslengte: {len(lengths)} zinnen in de tekst van de brief</strong>"
        + "".join(rows)
        + "</div>"
    )


# --- the letter view and the proposal list (HTML) -------------------------------------------


def _row_of_span(rows: Sequence[Row]) -> dict[tuple[int, int], int]:
    return {span: k for k, r in enumerate(rows) for span in r.spans}


def letter_html(session: Session) -> str:
    """The original letter with one mark per finding (an icon, an underline style and a
    label in its title) and one frame per long sentence; each mark names its row."""
    report = session.analysis.report
    text = report.letter.text
    rows = session.rows
    of_span = _row_of_span(rows)
    words = [f for f in report.findings if f.category != "long_sentence"]
    words.sort(key=lambda f: RULES.mark_order(f.category))
    owner: list[int | None] = [None] * len(text)
    for f in reversed(words):
        k = of_span.get((f.start, f.end))
        for i in range(f.start, min(f.end, len(text))):
            owner[i] = k
    sentences = sorted(
        (f.start, f.end, of_span.get((f.start, f.end)))
        for f in report.findings
        if f.category == "long_sentence"
    )
    cuts = {0, len(text)}
    for s, e, _ in sentences:
        cuts |= {s, e}
    for i in range(1, len(text)):
        if owner[i] != owner[i - 1]:
            cuts.add(i)
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    starts = {s: (e, k) for s, e, k in sentences}
    close_at: int | None = None  # the end of the long sentence that is open
    for a, b in itertools.pairwise(points):
        if close_at is not None and a >= close_at:
            out.append("</span>")
            close_at = None
        if a in starts and close_at is None:
            close_at, k = starts[a]
            out.append(
                f'<span class="zin-lang" data-row="{k}" title="{LABELS["long_sentence"]}">'
                f'<span class="icoon" aria-hidden="true">{ICONS[LABELS["long_sentence"]]}</span>'
            )
        piece = html.escape(text[a:b])
        k = owner[a]
        if k is None:
            out.append(piece)
        else:
            label = rows[k].category
            cls = "m s-" + STYLE.get(label, "solid")
            out.append(
                f'<mark class="{cls}" data-row="{k}" tabindex="0" title="{html.escape(label)}" '
                f'aria-label="{html.escape(label)}: {piece}"><span class="icoon" aria-hidden="true">'
                f"{ICONS.get(label, '•')}</span>{piece}</mark>"
            )
    if close_at is not None:
        out.append("</span>")
    return '<div id="markeringen" class="brief-tekst">' + "".join(out) + "</div>"


def legend_html(rows: Sequence[Row]) -> str:
    """The categories of this letter: icon, underline style and label."""
    labels = list(dict.fromkeys(r.category for r in rows))
    items = "".join(
        f'<li><span class="m s-{STYLE.get(lab, "solid")}"><span class="icoon">{ICONS.get(lab, "•")}'
        f"</span>{html.escape(lab)}</span></li>"
        for lab in labels
    )
    return f'<ul class="legenda" aria-label="Soorten markeringen">{items}</ul>'


def proposals_html(session: Session) -> str:
    """The proposal list: per row the text now, the choice (one radio group, or one tick
    for a single alternative) and the reason."""
    items = []
    for k, (row, choice) in enumerate(zip(session.rows, session.choices, strict=True)):
        now = html.escape(row.now[:160] + ("…" if len(row.now) > 160 else ""))
        if not row.options:
            control = '<span class="vs-geen">geen voorstel: pas de tekst zelf aan</span>'
        elif len(row.options) == 1:
            o = row.options[0]
            checked = " checked" if choice == 0 else ""
            control = (
                f'<label class="vs-keuze"><input type="checkbox" name="vs-{k}" value="0"'
                f'{checked} data-safe="{int(o.safe)}"> {html.escape(o.label)}</label>'
            )
        else:
            radios = [
                f'<label class="vs-keuze"><input type="radio" name="vs-{k}" value="-1"'
                f"{' checked' if choice is None else ''}> laat staan</label>"
            ]
            for j, o in enumerate(row.options):
                radios.append(
                    f'<label class="vs-keuze"><input type="radio" name="vs-{k}" value="{j}"'
                    f"{' checked' if choice == j else ''}> {html.escape(o.label)}</label>"
                )
            control = f'<span role="radiogroup" aria-label="Kies één">{"".join(radios)}</span>'
        icon = ICONS.get(row.category, "•")
        items.append(
            f'<li class="vs-rij" id="vs-{k}" data-row="{k}" data-veilig="{int(row.safe_single)}">'
            f'<div class="vs-kop"><span class="vs-soort">{icon} {html.escape(row.category)}</span>'
            f'<button type="button" class="vs-naar" data-row="{k}">toon in de brief</button></div>'
            f'<div class="vs-nu"><span class="vs-oud">{now}</span> <span aria-hidden="true">→'
            f"</span> {control}</div>"
            f'<p class="vs-uitleg">{html.escape(row.reason)}</p></li>'
        )
    safe_n = sum(1 for r in session.rows if r.safe_single)
    what = (
        "het veilige voorstel zonder andere keuze"
        if safe_n == 1
        else f"alle {safe_n} veilige voorstellen zonder andere keuze"
    )
    top = (
        f'<div class="vs-top"><label><input type="checkbox" id="vs-alle"> Vink {what} aan'
        "</label></div>"
    )
    return (
        f'<div id="voorstellen"><h3>Voorstellen ({len(session.rows)})</h3>{top}'
        f'<ol class="vs-lijst">{"".join(items)}</ol></div>'
    )


def worksheet_html(session: Session | None) -> str:
    """Letter view and proposal list side by side (stacked on a phone)."""
    if session is None:
        return ""
    return (
        '<div class="werkblad"><section class="wb-brief"><h3>De brief met markeringen</h3>'
        "<p class='wb-hulp'>Klik op een markering om het voorstel te zien.</p>"
        f"{legend_html(session.rows)}{letter_html(session)}</section>"
        f'<section class="wb-voorstellen">{proposals_html(session)}</section></div>'
    )


def with_choices(session: Session, choices: Sequence[int | None], generated: str) -> Session:
    """The session after the writer changed the choices."""
    return replace(session, choices=tuple(choices), generated=generated)


# --- the session: analyse, choose, edit ---------------------------------------------------


def same_letter(old: str, new: str, share: float = 0.8) -> bool:
    """Two texts are one letter when most of their text is unchanged (word diff)."""
    a, b = old.replace("\r\n", "\n"), new.replace("\r\n", "\n")
    if a == b:
        return True
    kept = sum(len(t) for t, label in worddiff.diff_pieces(a, b) if label is None)
    return kept >= share * max(len(a), len(b), 1)


def open_session(
    analysis: Analysis,
    old: Session | None = None,
    shown: str | None = None,
    source: tuple[str, bytes] | None = None,
) -> tuple[Session, str, tuple[OwnEdit, ...]]:
    """A new session for an analysis. When it is the same letter as the old session, the
    old choices come back, and the writer's own edits to the preview (`shown`) are put
    back into the new text, and an uploaded Word file (`source`) stays. Return the session,
    the preview text and the edits that no longer fit."""
    rows = build_rows(analysis)
    same = old is not None and same_letter(
        old.analysis.report.letter.text, analysis.report.letter.text
    )
    choices = carry_choices(old if same else None, rows)
    if source is None and same and old is not None:
        source = old.source  # the uploaded Word file stays with its own letter only
    session = Session(analysis, rows, choices, "", source)
    result = generate(analysis, chosen(session))
    session = replace(session, generated=result.text)
    if same and old is not None and shown:
        text, misfits = reapply(result.text, own_edits(old.generated, shown))
        return session, text, misfits
    return session, result.text, ()


def choose(
    session: Session, raw: Sequence[object], shown: str | None
) -> tuple[Session, ApplyResult, str, tuple[OwnEdit, ...]]:
    """The writer changed the choices: generate again and put their own edits back."""
    choices = clean_choices(session.rows, raw)
    result = generate(session.analysis, chosen(session, choices))
    edits = own_edits(session.generated, shown) if shown else ()
    text, misfits = reapply(result.text, edits)
    return with_choices(session, choices, result.text), result, text, misfits


def fact_status(session: Session, text: str, result: ApplyResult | None = None) -> str:
    """A Dutch status line about the facts in the text shown and refused proposals."""
    from rewriter.facts import fact_list

    missing = [f for f in fact_list(session.analysis.facts) if f not in text]
    if missing:
        lines = ["**Let op: deze gegevens staan er niet meer in:** " + ", ".join(missing)]
    else:
        lines = ["✓ Alle bedragen, datums en termijnen staan er nog in."]
    for refusal in result.refused if result else ():
        lines.append(f"- Niet toegepast: *{refusal.proposal.before.strip()}* — {refusal.reason}")
    return "\n".join(lines)


def view(
    session: Session,
    text: str,
    engine: Engine,
    misfits: Sequence[OwnEdit] = (),
    result: ApplyResult | None = None,
) -> tuple[str, str, str]:
    """What the screen shows for a preview text: the level badge, the word diff against
    the original, and the facts line (with own edits that no longer fit)."""
    note = misfit_note(misfits)
    return (
        progress_html(progress(session, text, engine)),
        diff_html(session.analysis.report.letter.text, text),
        "\n\n".join(x for x in (fact_status(session, text, result), note) if x),
    )


def tick(
    session: Session, raw: Sequence[object], shown: str | None, engine: Engine
) -> tuple[Session, str, str, str, str]:
    """The server's whole answer to a changed choice: the new session, preview text,
    level badge, diff and facts line (timed by bench/ui.py)."""
    session, result, text, misfits = choose(session, raw, shown)
    return (session, text, *view(session, text, engine, misfits, result))


def diff_html(before: str, after: str) -> str:
    """The word diff as text with <del> and <ins>: whole words only, and the changes of one
    phrase together ('Middels deze' -> 'Met dit', not word by word)."""
    out: list[str] = []
    group: list[tuple[str, str | None]] = []  # changes, and the spaces between them

    def flush() -> None:
        tail = []
        while group and group[-1][1] is None:
            tail.insert(0, group.pop()[0])
        removed = "".join(t for t, lab in group if lab != "+").strip()
        added = "".join(t for t, lab in group if lab != "-").strip()
        if removed:
            out.append(f"<del>{html.escape(removed)}</del>")
        if added:
            out.append(f"<ins>{html.escape(added)}</ins>")
        out.append(html.escape("".join(tail)))
        group.clear()

    for piece, label in worddiff.diff_pieces(before, after):
        if label is not None or (group and piece.isspace() and "\n" not in piece):
            group.append((piece, label))
            continue
        flush()
        out.append(html.escape(piece))
    flush()
    return '<div class="verschil">' + "".join(out) + "</div>"


DIFF_CSS = """
.verschil { white-space: pre-wrap; overflow-wrap: break-word; line-height: 1.7;
  border: 1px solid #bbb; border-radius: 6px; padding: 10px; max-height: 60vh; overflow-y: auto; }
.verschil del { background: #fde2e1; color: #7f1d1d; }
.verschil ins { background: #dcfce7; color: #14532d; text-decoration: none; margin-left: 2px;
  border-bottom: 2px solid #166534; }
"""


def gradio_strings() -> dict[str, str]:
    """Gradio's own screen words in Dutch, by Gradio's translation key (lang/nl/gradio.yaml)."""
    from pathlib import Path

    import yaml

    path = Path(__file__).parent / "lang" / "nl" / "gradio.yaml"
    return {str(k): str(v) for k, v in yaml.safe_load(path.read_text("utf-8")).items()}


# --- how the worksheet looks and behaves in the browser (static assets of app.py's gr.HTML) ---

SHEET_CSS = """
.werkblad { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
@media (max-width: 860px) { .werkblad { grid-template-columns: minmax(0, 1fr); } }
.werkblad h3 { margin: 0 0 4px 0; font-size: 1.05em; }
.wb-hulp { margin: 0 0 6px 0; font-size: .9em; }
.brief-tekst { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; max-height: 72vh;
  overflow-y: auto; border: 1px solid #bbb; border-radius: 6px; padding: 10px; }
mark.m { background: #fdf1d6; color: inherit; cursor: pointer; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-color: #7c2d12; }
.legenda mark.m, .legenda .m { background: #fdf1d6; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; }
.s-solid { text-decoration-style: solid; } .s-double { text-decoration-style: double; }
.s-dotted { text-decoration-style: dotted; } .s-dashed { text-decoration-style: dashed; }
.s-wavy { text-decoration-style: wavy; } .s-none { text-decoration-line: none; }
.icoon { font-size: .75em; margin-right: 2px; text-decoration: none; display: inline-block; }
.zin-lang { background: #e9f0f8; border-radius: 3px; cursor: pointer; }
.legenda { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 0;
  margin: 0 0 6px 0; font-size: .9em; }
.flits { outline: 3px solid #c2410c; outline-offset: 1px; }
.vs-top { margin: 0 0 6px 0; }
.vs-lijst { list-style: none; padding: 0; margin: 0; max-height: 72vh; overflow-y: auto; }
.vs-rij { border: 1px solid #ccc; border-radius: 6px; padding: 6px 8px; margin: 0 0 8px 0;
  overflow-wrap: anywhere; }
.vs-rij.actief { outline: 3px solid #1f4e79; background: #f3f7fc; }
.vs-kop { display: flex; justify-content: space-between; gap: 8px; font-size: .85em; }
.vs-soort { font-weight: bold; }
.vs-naar { background: none; border: none; color: #1f4e79; text-decoration: underline;
  cursor: pointer; padding: 0; font-size: 1em; }
.vs-nu { margin: 4px 0; }
.vs-oud { text-decoration: line-through; }
.vs-keuze { display: inline-flex; gap: 4px; align-items: baseline; margin-right: 12px; }
.vs-uitleg { margin: 2px 0 0 0; font-size: .9em; color: #333; }
.vs-geen { font-style: italic; }
"""

# Event delegation on the component's root: the listeners survive every re-render.
SHEET_JS = """
const send = () => {
  const choices = Array.from(element.querySelectorAll('.vs-rij')).map((li) => {
    const c = li.querySelector('input:checked');
    return c ? parseInt(c.value, 10) : -1;
  });
  trigger('input', {choices});
};
const flash = (el) => {
  el.classList.add('flits');
  setTimeout(() => el.classList.remove('flits'), 1600);
};
const openRow = (k) => {
  const li = element.querySelector('#vs-' + k);
  if (!li) return;
  element.querySelectorAll('.vs-rij.actief').forEach((x) => x.classList.remove('actief'));
  li.classList.add('actief');
  li.scrollIntoView({block: 'center'});
  const first = li.querySelector('input, button');
  if (first) first.focus({preventScroll: true});
};
const showMark = (k) => {
  const mk = element.querySelector('#markeringen [data-row="' + k + '"]');
  if (!mk) return;
  mk.scrollIntoView({block: 'center'});
  mk.focus({preventScroll: true});
  flash(mk);
};
element.addEventListener('change', (ev) => {
  const t = ev.target;
  if (t.id === 'vs-alle') {
    element.querySelectorAll('.vs-rij[data-veilig="1"] input[type=checkbox]')
      .forEach((b) => { b.checked = t.checked; });
    send();
  } else if (t.closest('.vs-rij')) {
    send();
  }
});
element.addEventListener('click', (ev) => {
  const b = ev.target.closest('.vs-naar');
  if (b) { showMark(b.dataset.row); return; }
  const m = ev.target.closest('mark[data-row], .zin-lang[data-row]');
  if (m) openRow(m.dataset.row);
});
element.addEventListener('keydown', (ev) => {
  const m = ev.target.closest && ev.target.closest('mark[data-row]');
  if (m && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); openRow(m.dataset.row); }
});
"""
