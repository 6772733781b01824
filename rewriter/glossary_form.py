"""The Woordenlijst tab for staff who never saw a YAML file: the add form, search, table.

- `form_entry` turns the form's fields into an overlay entry. The id is made from the
  word; an example sentence without [ ] gets them around the word; an article inside the
  brackets moves out; an empty "Dezelfde zin, verbeterd" is made from the first simpler
  word, and an empty "Zin die niet gemarkeerd mag worden" becomes that improved sentence.
- `save_form` checks and saves it through `OverlayAdmin` (signed in, logged) and then
  checks that the app's own engine marks the example with the new entry, also where a
  built-in word is part of the new compound ('jeugdconsulent' over built-in 'consulent').
- `form_message` says what is wrong in the form's own field names, never in file,
  YAML or 'flag'/'fix' terms.
- `search_rows` finds a word as the engine finds it: 'jeugdconsulent' shows the rule
  that marks it ('consulent', as part of a compound), not only entries whose text holds it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rewriter.engine import Engine
from rewriter.errors import GlossaryError, RewriterError
from rewriter.glossary import ARTICLES, Entry, default_glossary_dir, parse_entry
from rewriter.lang import nl
from rewriter.rules import RULES

# The form's labels, as the screen shows them: every message uses these names.
LABELS = {
    "type": "Soort",
    "terms": "Moeilijk woord",
    "plain": "Eenvoudiger",
    "reason": "Waarom",
    "flag": "Voorbeeldzin",
    "fix": "Dezelfde zin, verbeterd",
    "near": "Zin die niet gemarkeerd mag worden",
}
TYPE_LABELS = {
    "replace": "vervangen",
    "avoid": "vermijden",
    "explain": "uitleggen",
    "stigma": RULES.label("stigma"),  # the same words as the category's label
}
DEFAULT_SOURCE = "Woordenlijst van de gemeente"
DEFAULT_REASON = "Afspraak in de woordenlijst van de gemeente."
_MARK = re.compile(r"\[([^\]]+)\]")


class FormError(RewriterError):
    """Something in the form is missing or wrong; the message names the field."""

    code = "woordenlijst"


@dataclass(frozen=True)
class GlossaryForm:
    """The fields of the add form, as typed."""

    terms: str
    plain: str
    flag: str
    etype: str = "replace"
    reason: str = ""
    fix: str = ""
    near: str = ""


def make_id(terms: str) -> str:
    """The entry id made from the (first) word: 'de Jeugd-consulent' -> 'jeugd-consulent'."""
    first = terms.split(",")[0].strip()
    words = first.split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    flat = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")


def _bare(term: str) -> str:
    words = term.strip().split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _mark(sentence: str, terms: list[str]) -> str:
    """The example with [ ] around the word: kept when typed, with an article moved out
    ('[de jeugdconsulent]' -> 'de [jeugdconsulent]'), added when missing."""
    marks = _MARK.findall(sentence)
    if len(marks) > 1:
        raise FormError(f"Zet in '{LABELS['flag']}' maar één woord tussen [ ].")
    if marks:
        inner = marks[0]
        words = inner.split()
        if len(words) > 1 and words[0].lower() in ARTICLES:
            return sentence.replace(f"[{inner}]", f"{words[0]} [{' '.join(words[1:])}]", 1)
        return sentence
    for term in terms:
        bare = _bare(term)
        # the word as written, or inflected / as the end of a compound ('jeugdconsulenten')
        m = re.search(rf"(?i)(?<!\w)\w*{re.escape(bare)}\w*", sentence)
        if m:
            return f"{sentence[: m.start()]}[{m.group()}]{sentence[m.end() :]}"
    raise FormError(
        f"Het woord '{_bare(terms[0])}' staat niet in de '{LABELS['flag']}'. Schrijf een zin "
        "uit een brief waarin het woord staat."
    )


def form_entry(form: GlossaryForm, engine: Engine | None = None) -> dict[str, Any]:
    """The overlay entry for the form; sensible defaults for what staff leave empty."""
    terms = [t.strip() for t in form.terms.split(",") if t.strip()]
    if not terms:
        raise FormError(f"Vul bij '{LABELS['terms']}' het moeilijke woord in.")
    entry_id = make_id(form.terms)
    if not entry_id:
        raise FormError(f"Bij '{LABELS['terms']}' staat geen woord met letters.")
    alternatives = [p.strip() for p in form.plain.split(",") if p.strip()]
    if not alternatives:
        what = "een korte uitleg" if form.etype == "explain" else "minstens één eenvoudiger woord"
        raise FormError(f"Vul bij '{LABELS['plain']}' {what} in.")
    if not form.flag.strip():
        raise FormError(
            f"Vul bij '{LABELS['flag']}' een zin uit een brief in waarin het woord staat."
        )
    raw: dict[str, Any] = {
        "id": entry_id,
        "type": form.etype,
        "terms": terms,
        "reason": form.reason.strip() or DEFAULT_REASON,
        "source": DEFAULT_SOURCE,
    }
    if form.etype == "explain":
        raw["explanation"] = ", ".join(alternatives)
    else:
        raw["plain"] = alternatives
    if form.etype in ("avoid", "stigma"):
        raw["safe"] = False
    flag = _mark(form.flag.strip(), terms)
    fix = form.fix.strip()
    if not fix and engine is not None and form.etype != "avoid":
        fix = _made_fix(raw, flag, engine)
    example: dict[str, Any] = {"flag": flag}
    if fix:
        example["fix"] = fix
    near = form.near.strip() or fix or _MARK.sub(r"\1", flag).replace(_bare(terms[0]), "")
    raw["examples"] = [example, {"pass": near}]
    return raw


def _made_fix(raw: dict[str, Any], flag: str, engine: Engine) -> str:
    """The example with the first simpler word applied ('' when that does not work)."""
    from rewriter.workbench import first_alternative_fix

    probe = {**raw, "examples": [{"flag": flag, "fix": ""}, {"pass": "-"}]}
    try:
        entry = parse_entry(probe)
        fixed = first_alternative_fix(entry, _MARK.sub(r"\1", flag), engine)
    except RewriterError:
        return ""
    return fixed or ""


_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), m)
    for p, m in (
        (r"'terms' ontbreekt", "Vul bij '{terms}' het moeilijke woord in."),
        (r"'plain' \(of 'options'\) ontbreekt", "Vul bij '{plain}' minstens één eenvoudiger woord in."),
        (r"'explanation' ontbreekt", "Vul bij '{plain}' een korte uitleg in."),
        (r"'fix' ontbreekt", "Vul bij '{fix}' de voorbeeldzin in zoals hij wordt met het eenvoudiger woord."),
        (r"flag-voorbeeld heeft precies één", "Zet in de '{flag}' het moeilijke woord tussen [ ]."),
        (r"pass-voorbeeld heeft geen", "Haal de [ ] weg uit '{near}'."),
        (r"^het voorbeeld '(?P<s>.*)' wordt niet gemarkeerd op '(?P<w>.*)'",
         "De '{flag}' wordt niet gemarkeerd op '{w}'. Staat het woord er in dezelfde vorm in als bij '{terms}'?"),
        (r"^het bijna-voorbeeld '(?P<s>.*)' wordt toch gemarkeerd",
         "De '{near}' wordt toch gemarkeerd. Kies een zin zonder het moeilijke woord."),
        (r"lidwoord|klein woord|maakt het voorbeeld slechter", "{detail}"),
        (r"'reason'", "Vul bij '{reason}' in waarom het woord moeilijk is."),
        (r"'gender'|lidwoord", "Schrijf bij '{plain}' 'de' of 'het' voor het woord, of niets."),
    )
)  # fmt: skip


def form_message(exc: RewriterError) -> str:
    """A glossary error in the form's own words: field labels, no file names, no YAML."""
    detail = exc.message
    if isinstance(exc, GlossaryError):
        # GlossaryError puts "file:line (id): " in front of the message
        where = exc.path + (f":{exc.line}" if exc.line else "")
        where += f" ({exc.entry_id})" if exc.entry_id else ""
        detail = detail.removeprefix(f"{where}: ") if where else detail
    if isinstance(exc, FormError):
        return detail
    for pattern, template in _RULES:
        m = pattern.search(detail)
        if m:
            detail = detail[:1].upper() + detail[1:]
            return template.format(detail=detail, **LABELS, **m.groupdict())
    return detail[:1].upper() + detail[1:]


def save_form(admin: Any, holder: Any, user: str, form: GlossaryForm) -> tuple[str, str]:
    """Check and save the form's entry; return (entry id, a Dutch status line).

    `admin` is the app's OverlayAdmin, `holder` its EngineHolder. After saving, the app's
    rebuilt engine must mark the example sentence with the new entry (a municipal entry
    wins over a built-in one on the same word, also a compound's built-in head).
    Raises FormError with a message in the form's own field names.
    """
    from rewriter.workbench import analyse_text

    if not user:  # first: a form filled in perfectly is no use without a sign-in
        raise FormError("Meld u eerst aan als medewerker om de woordenlijst te wijzigen.")
    engine = holder.get()
    try:
        raw = form_entry(form, engine)
        admin.save(raw, engine, user)
    except RewriterError as exc:
        raise FormError(form_message(exc)) from exc
    engine = holder.reload()
    word = _MARK.search(raw["examples"][0]["flag"])
    sentence = _MARK.sub(r"\1", raw["examples"][0]["flag"])
    findings = analyse_text(sentence, engine).report.findings
    mine = [f for f in findings if f.entry_id == raw["id"]]
    other = [f for f in findings if word and f.text == word.group(1) and f.entry_id != raw["id"]]
    shown = ", ".join(raw.get("plain") or [raw.get("explanation", "")])
    if mine:
        status = (
            f"✅ Opgeslagen: '{_bare(raw['terms'][0])}' → {shown}. Dit geldt vanaf nu in "
            "elke controle."
        )
    elif other:
        status = (
            f"⚠️ Opgeslagen, maar in de voorbeeldzin wint nog '{other[0].text}' uit de "
            "ingebouwde woordenlijst."
        )
    else:
        status = "⚠️ Opgeslagen, maar in een hele brief wordt de voorbeeldzin niet gemarkeerd."
    return raw["id"], status


# --- search and table ---------------------------------------------------------------------


def readable_source(source: str) -> str:
    """A glossary source as text: 'seeds-extract #48 (001:219; 000:21)' ->
    "Onderzoek naar brieven in het sociaal domein: boek 'Tussen beleid en leefwereld';
    essay over 50 jaar jeugdzorg". Other sources stay as they are."""
    names = dict(nl.pairs("sources"))
    parts: list[str] = []
    for part in re.split(r";\s*(?![^()]*\))", source):
        part = part.strip()
        seeds = re.findall(r"\b(00\d):", part)
        if "seeds-extract" in part or (seeds and re.search(r"\(00\d:", part)):
            texts = list(dict.fromkeys(names[s] for s in seeds if s in names))
            text = names["seeds-extract"] + (": " + "; ".join(texts) if texts else "")
        else:
            text = re.sub(r"^Awb\b", names["Awb"], part)
        if text and text not in parts:
            parts.append(text)
    merged: list[str] = []
    for text in parts:  # several seed citations: one 'Onderzoek ...' with all its texts
        if (
            merged
            and text.startswith(names["seeds-extract"])
            and merged[-1].startswith(names["seeds-extract"])
        ):
            extra = text.removeprefix(names["seeds-extract"]).removeprefix(": ")
            head = merged[-1]
            known = head.removeprefix(names["seeds-extract"]).removeprefix(": ").split("; ")
            new = [t for t in extra.split("; ") if t and t not in known]
            if new:
                merged[-1] = (
                    head + (": " if head == names["seeds-extract"] else "; ") + "; ".join(new)
                )
            continue
        merged.append(text)
    return "; ".join(merged)


HEADERS = ["woord", "soort", "eenvoudiger", "waarom", "bron"]


def _row(engine: Engine, entry: Entry, note: str = "") -> list[str]:
    terms = ", ".join(t.text for t in entry.terms)
    if note:
        terms = f"{terms} ({note})"
    plain = ", ".join(a.with_article() for a in entry.plain) or entry.explanation
    shipped = Path(engine.settings.glossary_dir or default_glossary_dir()).resolve()
    own = " · gemeente" if entry.path and Path(entry.path).resolve().parent != shipped else ""
    return [
        terms,
        TYPE_LABELS[entry.type] + own,
        plain,
        entry.reason,
        readable_source(entry.source),
    ]


def matching_entries(engine: Engine, word: str) -> list[tuple[Entry, str]]:
    """The entries the engine would mark `word` with, and a note for a compound."""
    from rewriter.analysers.glossary import entries_for_word

    found = entries_for_word(word, engine.compiled, engine.resources.lemmatizer)
    return [(e, f"ook in '{word}'" if form == "compound" else "") for e, form in found]


def search_rows(engine: Engine, query: str = "") -> list[list[str]]:
    """Table rows, word first: entries whose word, simpler word or id holds the query, and
    first the entries the engine marks the query's words with (a compound's rule too)."""
    q = query.strip().lower()
    entries = sorted(engine.glossary.entries, key=lambda e: e.id)
    if not q:
        return [_row(engine, e) for e in entries]
    rows: list[list[str]] = []
    seen: set[str] = set()
    for word in re.findall(r"[^\W\d_][\w-]*", query):
        for entry, note in matching_entries(engine, word):
            if entry.id not in seen:
                seen.add(entry.id)
                rows.append(_row(engine, entry, note))
    for e in entries:
        terms = " ".join(t.text for t in e.terms).lower()
        plain = " ".join(a.with_article() for a in e.plain).lower() + e.explanation.lower()
        if e.id not in seen and (q in terms or q in plain or q in e.id):
            seen.add(e.id)
            rows.append(_row(engine, e))
    return rows


def entry_for_word(engine: Engine, word: str) -> str | None:
    """The id of the entry a staff member means by a word (its term, or its id)."""
    q = word.strip().lower()
    bare = _bare(q)
    for e in engine.glossary.entries:
        if e.id == q or e.id == make_id(q) or any(t.text.lower() == bare for t in e.terms):
            return e.id
    found = matching_entries(engine, bare) if bare else []
    return found[0][0].id if found else None
