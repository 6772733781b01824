"""Panel logic: build rounds from letters, show them anonymised, count verdicts, learn.

Pure functions over a `Store`, an `Engine` and an anonymiser; the web layer
(`rewriter.panel.web`) only adapts requests to these calls.

What reaches the database is anonymised first: the original letter is
anonymised, every proposal is carried over into the anonymised text (a
proposal that touches personal data is dropped), and the new version is
produced from the anonymised text by the one `apply` function.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rewriter.compose import compose
from rewriter.engine import Engine
from rewriter.errors import RewriterError
from rewriter.inputgate import check_text
from rewriter.letter import Letter
from rewriter.panel.store import MAX_QUESTIONS, PanelError, Store
from rewriter.pipeline import check_letter
from rewriter.render import contact_more, headed_sections
from rewriter.report_format import spreadsheet_cell
from rewriter.rewrite import propose
from rewriter.suggest import Edit, Proposal, apply

DEFAULT_QUESTION = "Wat moet u doen, en wanneer?"
# A proposal counts as preferred when at least this share of the votes says 'beter'.
PREFERRED_SHARE = 0.5
# A panel member judges a handful of changes per letter, not forty: staff tick more by hand.
PRESELECTED = 8
# What a word in the glossary may look like: letters, spaces, hyphens, apostrophes.
_WORD = re.compile(r"(?=.*[^\W\d_])[\w' ’-]{1,120}")


@dataclass(frozen=True)
class LetterInput:
    """A letter a staff member puts into a round."""

    title: str
    text: str


def prepare_letter(item: LetterInput, engine: Engine, anonymiser: Any) -> dict[str, Any]:
    """Anonymise a letter and carry its proposals over; nothing of the original is kept."""
    if not item.text.strip():
        raise PanelError("Een van de brieven is leeg.")
    try:  # pasted text passes the same gate as a file (a browser posts CRLF line ends)
        text = check_text(item.text, engine.settings.max_letter_chars)
    except RewriterError as exc:
        raise PanelError(exc.message) from exc
    letter = Letter.from_text(text, engine.resources)
    report = check_letter(letter, engine)
    anon = anonymiser.anonymise(text)
    anon_letter = Letter.from_text(anon.text, engine.resources)
    rows, dropped = [], 0
    for prop in propose(report, engine):
        moved = _carry_over(prop, anon)
        if moved is None:
            dropped += 1
            continue
        before, after = _sentence_pair(anon_letter, moved)
        if before == after:
            continue
        rows.append(
            {
                "rule_id": prop.rule_id,
                "entry_id": prop.rule_id.removeprefix("glossary.")
                if prop.rule_id.startswith("glossary.")
                else "",
                "kind": prop.kind,
                "alternative": prop.alternative,
                "term_before": moved.before
                or _explained_term(report, prop, anon.text)
                or _word_before(anon.text, moved.start),
                "term_after": moved.after,
                "sentence_before": before,
                "sentence_after": after,
                "edits": json.dumps([[e.start, e.end, e.text] for e in moved.edits]),
                "selected": prop.safe and prop.alternative == 0,
            }
        )
    ticked = 0
    for row in rows:
        row["selected"] = row["selected"] and ticked < PRESELECTED
        ticked += row["selected"]
    view = one_page_view(anon.text, engine)
    # The title a staff member typed may name the family: anonymised like the letter.
    # File names never get here (the web layer passes no title for uploads).
    title = anonymiser.anonymise(item.title).text.strip() if item.title.strip() else ""
    return {
        "title": view["subject"] or title or "Brief",
        "original": anon.text,
        "context": view,
        "proposals": rows,
        "dropped": dropped,
    }


def _explained_term(report: Any, prop: Proposal, anon_text: str) -> str:
    """The whole term an explanation sentence is about ('Veilig Thuis', not 'Thuis'): the
    text of its finding, the last one of the same rule before the insertion. Only a term
    that the anonymised text still holds (a term is never personal data, but be sure)."""
    found = [
        f.text
        for f in report.findings
        if f.rule_id == prop.rule_id and f.start <= prop.start and f.text in anon_text
    ]
    return found[-1] if found else ""


def _word_before(text: str, offset: int) -> str:
    """The word an insertion follows (the term an explanation is added to)."""
    words = text[:offset].split()
    return words[-1].strip(".,;:()") if words else ""


def _carry_over(prop: Proposal, anon: Any) -> Proposal | None:
    """The proposal in anonymised coordinates, or None when it touches personal data."""
    edits = []
    for edit in prop.edits:
        span = anon.map_span(edit.start, edit.end)
        if span is None:
            return None
        edits.append(Edit(span[0], span[1], edit.text))
    return Proposal.from_edits(
        anon.text,
        id=prop.id,
        rule_id=prop.rule_id,
        kind=prop.kind,
        edits=edits,
        explanation=prop.explanation,
        safe=prop.safe,
        alternative=prop.alternative,
    )


def _sentence_pair(letter: Letter, prop: Proposal) -> tuple[str, str]:
    """The sentence around a proposal, before and after applying only that proposal."""
    first = letter.sentence_at(prop.start)
    last = letter.sentence_at(max(prop.start, prop.end - 1))
    start = first.start if first else prop.start
    end = last.end if last else prop.end
    result = apply(letter.text, [prop], letter.protected)
    if not result.applied:
        return letter.text[start:end], letter.text[start:end]
    growth = len(result.text) - len(letter.text)
    return letter.text[start:end].strip(), result.text[start : end + growth].strip()


def stored_proposal(row: dict[str, Any], text: str) -> Proposal:
    """Rebuild a Proposal from its database row (anonymised coordinates)."""
    edits = [Edit(s, e, t) for s, e, t in json.loads(row["edits"])]
    return Proposal.from_edits(
        text,
        id=str(row["id"]),
        rule_id=row["rule_id"],
        kind=row["kind"],
        edits=edits,
        explanation="",
        safe=True,
        alternative=row["alternative"],
    )


def one_page_view(text: str, engine: Engine) -> dict[str, Any]:
    """The parts of the one-page letter a panel page shows (plain JSON)."""
    context = compose(text, engine, "none", (), rewritten=text).context
    return {
        "subject": context["subject"],
        "salutation": context["salutation"],
        "sections": [
            {"heading": s["heading"], "paragraphs": list(s["paragraphs"])}
            for s in headed_sections(context)
        ],
        # as on the page: whom else the reader can reach follows the contact line
        "contact_line": " ".join([context["contact_line"], *contact_more(context)]),
        "closing": context["closing"],
    }


def create_round(
    store: Store,
    engine: Engine,
    anonymiser: Any,
    *,
    title: str,
    letters: Sequence[LetterInput],
    members: Sequence[str],
    created_by: str,
    question: str = DEFAULT_QUESTION,
    blind: bool = False,
) -> int:
    """Create a round in 'concept': anonymised letters with all their proposals.

    `question` holds one to three questions, one per line.
    """
    if not title.strip():
        raise PanelError("Geef de ronde een naam.")
    if not letters:
        raise PanelError("Kies minstens één brief.")
    if not members:
        raise PanelError("Nodig minstens één panellid uit.")
    asked = questions(question)
    if len(asked) > MAX_QUESTIONS:
        raise PanelError(f"Stel hooguit {MAX_QUESTIONS} vragen: het panel houdt het kort.")
    items = [prepare_letter(item, engine, anonymiser) for item in letters]
    for number, item in enumerate(items, start=1):
        if item["title"] == "Brief" and len(items) > 1:
            item["title"] = f"Brief {number}"
    # the round's name is free text too: it may name a family
    name = anonymiser.anonymise(title.strip()).text.strip()
    return store.create_round(
        name, "\n".join(asked or [DEFAULT_QUESTION]), blind, created_by, members, items
    )


def questions(text: str) -> list[str]:
    """The questions of a round: one per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def open_round(store: Store, engine: Engine, round_id: int, selected: Iterable[int]) -> None:
    """Keep the chosen proposals, build each letter's new version, open the round."""
    wanted = set(selected)
    contexts = {}
    for letter in store.letters(round_id):
        rows = store.proposals(letter["id"], selected_only=False)
        chosen = [stored_proposal(r, letter["original"]) for r in rows if r["id"] in wanted]
        new_text = apply(letter["original"], chosen).text
        contexts[letter["id"]] = one_page_view(new_text, engine)
    if not any(wanted):
        raise PanelError("Kies minstens één voorstel om aan het panel te laten zien.")
    store.open_round(round_id, sorted(wanted), contexts)


def flipped(member: str, kind: str, item_id: int) -> bool:
    """In a blind round: does this member see the new version as 'A'? Stable per item."""
    digest = hashlib.sha256(f"{member}:{kind}:{item_id}".encode()).digest()
    return bool(digest[0] & 1)


def blind_verdict(member: str, proposal_id: int, choice: str) -> str:
    """Map a blind choice ('A' or 'B') back to 'beter' or 'niet_beter'."""
    if choice not in ("A", "B"):
        raise PanelError("Kies versie A of versie B.")
    new_is_a = flipped(member, "voorstel", proposal_id)
    return "beter" if (choice == "A") == new_is_a else "niet_beter"


# --- results --------------------------------------------------------------------------------


def results(store: Store, round_id: int) -> dict[str, Any]:
    """Per letter and proposal: votes, agreement, alternatives, answers, tone."""
    votes_by_prop: dict[int, list[dict[str, Any]]] = {}
    for v in store.verdicts(round_id):
        votes_by_prop.setdefault(v["proposal_id"], []).append(v)
    round_info = store.round(round_id)
    asked = questions(round_info["question"]) if round_info else []
    answers_by_letter: dict[int, list[dict[str, Any]]] = {}
    for a in store.answers(round_id):
        answers_by_letter.setdefault(a["letter_id"], []).append(a)
    out = []
    for letter in store.letters(round_id):
        props = []
        for p in store.proposals(letter["id"]):
            votes = votes_by_prop.get(p["id"], [])
            count = Counter(v["verdict"] for v in votes)
            n = len(votes)
            alternatives = Counter(v["alternative"] for v in votes if v["verdict"] == "ander")
            props.append(
                {
                    **p,
                    "votes": n,
                    "beter": count["beter"],
                    "niet_beter": count["niet_beter"],
                    "ander": count["ander"],
                    "agreement": round(100 * count["beter"] / n) if n else None,
                    "alternatives": alternatives.most_common(),
                }
            )
        answers = answers_by_letter.get(letter["id"], [])
        tones = [a["tone"] for a in answers if a["tone"] is not None]
        by_question = [
            {
                "question": q,
                "answers": [
                    a["replies"][i] for a in answers if len(a["replies"]) > i and a["replies"][i]
                ],
            }
            for i, q in enumerate(asked)
        ]
        out.append(
            {
                "id": letter["id"],
                "title": letter["title"],
                "proposals": props,
                "questions": by_question,
                "comments": [a["comment"] for a in answers if a["comment"]],
                "tone": round(sum(tones) / len(tones), 1) if tones else None,
                "tone_votes": len(tones),
            }
        )
    return {"round": round_info, "letters": out}


def results_csv(store: Store, round_id: int) -> str:
    """Results as CSV (semicolon, the Dutch spreadsheet default): one row per proposal."""
    data = results(store, round_id)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\n")
    writer.writerow(
        [
            "ronde",
            "brief",
            "voorstel",
            "oud",
            "nieuw",
            "stemmen",
            "beter",
            "niet beter",
            "ander woord",
            "instemming %",
            "andere woorden",
            "toon (1-5)",
            "antwoorden op de vraag",
            "opmerkingen",
        ]
    )
    title = data["round"]["title"]
    for letter in data["letters"]:
        for p in letter["proposals"]:
            row = [
                title,
                letter["title"],
                p["position"] + 1,
                p["sentence_before"],
                p["sentence_after"],
                p["votes"],
                p["beter"],
                p["niet_beter"],
                p["ander"],
                "" if p["agreement"] is None else p["agreement"],
                " | ".join(f"{w} ({n})" for w, n in p["alternatives"]),
                "" if letter["tone"] is None else letter["tone"],
                " | ".join(
                    f"{q['question']} {a}" if len(letter["questions"]) > 1 else a
                    for q in letter["questions"]
                    for a in q["answers"]
                ),
                " | ".join(letter["comments"]),
            ]
            writer.writerow([_csv_cell(cell) for cell in row])
    return buf.getvalue()


def _csv_cell(value: Any) -> Any:
    """Text a parent typed, made inert for Excel/LibreOffice (see `spreadsheet_cell`)."""
    return spreadsheet_cell(value)


# --- feedback into the glossary --------------------------------------------------------------


def queue_candidates(store: Store, round_id: int) -> int:
    """Turn verdicts into glossary candidates for staff to accept; return how many are new.

    - every 'ander woord' on a glossary proposal: a candidate alternative;
    - a preferred proposal that used a later alternative: move it to the front;
    - a proposal most voters found not better: a candidate `pass` example with an
      `except` phrase, so the term is left alone in that context.
    Proposals from sentence patterns only show up in the results.
    """
    new = 0
    for letter in results(store, round_id)["letters"]:
        for p in letter["proposals"]:
            if not p["entry_id"] or not p["votes"]:
                continue
            base = {"term": p["term_before"], "sentence": p["sentence_before"]}
            for word, count in p["alternatives"]:
                payload = {**base, "text": word, "votes": count}
                new += store.add_candidate(round_id, p["id"], "alternative", p["entry_id"], payload)
            share = p["beter"] / p["votes"]
            if share >= PREFERRED_SHARE and p["alternative"] > 0:
                payload = {**base, "text": p["term_after"], "index": p["alternative"]}
                new += store.add_candidate(round_id, p["id"], "promote", p["entry_id"], payload)
            if p["niet_beter"] / p["votes"] > 0.5:
                payload = {
                    **base,
                    "except": _context_phrase(p["sentence_before"], p["term_before"]),
                }
                new += store.add_candidate(round_id, p["id"], "pass", p["entry_id"], payload)
    return new


def _context_phrase(sentence: str, term: str) -> str:
    """The term with its neighbouring words: a narrow `except` phrase for this context."""
    term = term.strip()
    at = sentence.find(term)
    if at < 0:
        return term
    before = sentence[:at].split()[-1:]
    after = sentence[at + len(term) :].split()[:1]
    words = [*before, term, *after]
    return " ".join(words).strip(" .,;:!?")


def _with_alternative(raw: dict[str, Any], text: str, engine: Engine) -> dict[str, Any]:
    """A copy of the entry with `text` as its first alternative (or its explanation)."""
    raw = json.loads(json.dumps(raw))
    if raw.get("type") == "explain":
        raw["explanation"] = text
    else:
        plain = [a for a in raw.get("plain", []) if _alt_text(a).lower() != text.lower()]
        raw["plain"] = [text, *plain]
    _refresh_fixes(raw, engine)
    return raw


def candidate_preview(
    engine: Engine, overlay: Path, cand: dict[str, Any], text: str | None = None
) -> dict[str, Any]:
    """What accepting would do: the example sentences after the change, and a tip.

    The tip warns when the other alternatives start with an article and this
    one does not: 'het besluit' lets the engine fix de/het and adjectives.
    """
    out: dict[str, Any] = {"examples": [], "tip": "", "error": ""}
    if cand["kind"] == "pass":
        return out
    word = (text or cand["payload"]["text"]).strip()
    try:
        raw = raw_entry(engine, cand["entry_id"], overlay)
        others = [_alt_text(a) for a in raw.get("plain", [])]
        if any(o.split()[:1] in (["de"], ["het"]) for o in others if o) and word.split()[
            :1
        ] not in (["de"], ["het"]):
            out["tip"] = (
                f"De andere woorden beginnen met de of het ({others[0]}). "
                f"Schrijf '{word}' ook met de of het, dan klopt de zin."
            )
        changed = _with_alternative(raw, word, engine)
        out["examples"] = [e["fix"] for e in changed.get("examples", []) if "fix" in e]
    except PanelError as exc:
        out["error"] = exc.message
    return out


def accept_candidate(
    store: Store,
    engine: Engine,
    overlay: Path,
    candidate_id: int,
    staff: str,
    except_phrase: str | None = None,
    text: str | None = None,
) -> str:
    """Write an accepted candidate into the overlay glossary; return a Dutch summary.

    `text` is the staff member's edit of the panel's word (an article added, a typo).
    """
    from rewriter.workbench import save_overlay_entry

    cand = store.candidate(candidate_id)
    if cand is None or cand["status"] != "open":
        raise PanelError("Dit voorstel voor de woordenlijst bestaat niet (meer).")
    raw = raw_entry(engine, cand["entry_id"], overlay)
    payload = cand["payload"]
    round_info = store.round(cand["round_id"]) or {"title": "?", "id": cand["round_id"]}
    cite = (
        f"Ouderpanel, ronde {round_info['id']} '{round_info['title']}' "
        f"({datetime.now(UTC).date().isoformat()})"
    )
    if cand["kind"] in ("alternative", "promote"):
        word = " ".join((text or payload["text"]).split())
        if not _WORD.fullmatch(word):
            raise PanelError(
                f"'{word}' kan niet in de woordenlijst: gebruik woorden met letters "
                "(en eventueel een streepje of apostrof)."
            )
        raw = _with_alternative(raw, word, engine)
        if raw.get("type") == "explain":
            summary = f"Nieuwe uitleg bij '{payload['term']}': {word}."
        else:
            summary = f"'{word}' staat nu voorop als eenvoudiger woord voor '{payload['term']}'."
    elif cand["kind"] == "pass":
        phrase = (except_phrase or payload["except"]).strip()
        if not phrase:
            raise PanelError("Vul het zinsdeel in waarin het woord mag blijven staan.")
        raw["except"] = [*raw.get("except", []), phrase]
        raw["examples"] = [*raw.get("examples", []), {"pass": payload["sentence"]}]
        summary = f"'{payload['term']}' wordt niet meer gemarkeerd in '{phrase}'."
    else:  # pragma: no cover - kinds are fixed in queue_candidates
        raise PanelError("Onbekend soort voorstel.")
    raw["source"] = f"{raw.get('source', '')}; {cite}".strip("; ")
    try:
        save_overlay_entry(overlay, raw, engine)
    except Exception as exc:
        message = getattr(exc, "message", str(exc))
        raise PanelError(f"Niet opgeslagen in de woordenlijst: {message}") from exc
    store.decide(candidate_id, "aangenomen", staff)
    return summary


def reject_candidate(store: Store, candidate_id: int, staff: str) -> None:
    """Mark a candidate as rejected; the glossary stays as it is."""
    store.decide(candidate_id, "afgewezen", staff)


def _alt_text(alt: Any) -> str:
    return alt.get("text", "") if isinstance(alt, dict) else str(alt)


def raw_entry(engine: Engine, entry_id: str, overlay: Path) -> dict[str, Any]:
    """The YAML mapping of an entry (from the overlay when it is overridden there)."""
    from rewriter.glossary import _read_entries, _strip_lines

    entry = next((e for e in engine.glossary.entries if e.id == entry_id), None)
    if entry is None:
        raise PanelError(f"Het woord met id '{entry_id}' staat niet (meer) in de woordenlijst.")
    sources = [overlay] if overlay.exists() else []
    if entry.path:
        sources.append(Path(entry.path))
    for path in sources:
        for raw, _line in _read_entries(path):
            if raw.get("id") == entry_id and raw.get("disabled") is not True:
                return json.loads(json.dumps(_strip_lines(raw), default=str))
    raise PanelError(f"Het woord met id '{entry_id}' is niet terug te vinden in de bestanden.")


def _refresh_fixes(raw: dict[str, Any], engine: Engine) -> None:
    """Recompute the `fix` of flag examples for the new first alternative."""
    from rewriter.glossary import parse_entry
    from rewriter.workbench import first_alternative_fix

    entry = parse_entry(raw, "panel", 0)
    examples = []
    first_flag = True
    for example in raw.get("examples", []):
        if "flag" in example and "fix" in example:
            sentence = example["flag"].replace("[", "").replace("]", "")
            fix = first_alternative_fix(entry, sentence, engine)
            if fix is not None:
                example = {**example, "fix": fix}
            elif first_flag:  # the first flag's fix is required: refuse, never keep a stale one
                raise PanelError(
                    f"Met het nieuwe woord is het voorbeeld '{sentence}' niet te herschrijven. "
                    "Pas het woord aan."
                )
            else:  # e.g. a plural the new words cannot take: the example keeps only its flag
                example = {k: v for k, v in example.items() if k != "fix"}
        if "flag" in example:
            first_flag = False
        examples.append(example)
    raw["examples"] = examples
