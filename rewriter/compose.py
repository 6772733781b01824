"""One way to compose the one-page letter: rewrite -> structure -> contact -> render -> guard.

The CLI (`render`), batch, the web app's downloads and its Bibliotheek tab,
and the parent panel all call `compose`. The guard runs on the text of each
delivered file (the HTML, the PDF's text layer, the DOCX), not on the text
we meant to write, and it uses the fact list of `rewrite`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rewriter.engine import Engine
from rewriter.facts import Fact, OriginalFacts
from rewriter.letter import Letter, letter_facts
from rewriter.render import (
    ContactChoice,
    HouseStyle,
    Rendered,
    build_context,
    headed_sections,
    render_formats,
)
from rewriter.rewrite import RewriteResult, rewrite_letter
from rewriter.structure import LetterStructure, Placement, RemovedChannel, extract_structure


@dataclass(frozen=True)
class Guard:
    """The fact check of the delivered files: `missing` lists (format, fact) pairs."""

    ok: bool
    missing: tuple[tuple[str, str], ...] = ()
    checked: tuple[str, ...] = ()  # the formats whose text was checked
    moved_out: tuple[str, ...] = ()  # left with a contact sentence listed for the writer

    def to_dict(self) -> dict:
        """{'ok': bool, 'missing': [{'format', 'text'}]} for the JSON summaries."""
        return {
            "ok": self.ok,
            "missing": [{"format": f, "text": t} for f, t in self.missing],
            "moved_out": list(self.moved_out),
        }

    def message(self) -> str:
        """One Dutch sentence naming what is missing, for the writer."""
        if self.ok:
            return "Alle feiten uit de brief staan in de nieuwe brief."
        facts = list(dict.fromkeys(t for _, t in self.missing))
        formats = sorted({f for f, _ in self.missing})
        shown = ", ".join(f"'{t}'" for t in facts[:6]) + (" …" if len(facts) > 6 else "")
        return (
            f"Let op: in de nieuwe brief ({', '.join(formats)}) ontbreekt {shown}. "
            "Zet dit terug voordat u de brief verstuurt."
        )


@dataclass(frozen=True)
class Composed:
    """A composed one-page letter: the page's parts, the files and the guard's verdict."""

    rewrite: RewriteResult | None
    structure: LetterStructure
    context: dict
    files: dict[str, Rendered] = field(default_factory=dict)
    guard: Guard = field(default_factory=lambda: Guard(True))
    required: tuple[str, ...] = ()

    @property
    def contact_line(self) -> str:
        """The one contact line of the page."""
        return self.context["contact_line"]

    @property
    def removed_channels(self) -> list[RemovedChannel]:
        """Channels that left the letter, with their owners."""
        return list(self.context["removed_channels"])

    @property
    def sections(self) -> list[str]:
        """The headings of the page's sections, in order (the paragraphs after the contact
        line have no heading on the page)."""
        return [s["heading"] for s in headed_sections(self.context)]

    @property
    def notes(self) -> list[str]:
        """Messages for the writer (a contact person to fill in, a standard text added)."""
        return list(self.context["writer_notes"])

    def summary(self) -> dict:
        """The `render` JSON summary (schema 1): old fields kept, new ones added."""
        facts = list(self.required)
        missing = list(dict.fromkeys(t for _, t in self.guard.missing))
        return {
            "schema": 1,
            "pages": 1,
            "contact_line": self.contact_line,
            "removed_contacts": [r.text for r in self.removed_channels],
            "removed_channels": [
                {"text": r.text, "kind": r.kind, "owner": r.owner} for r in self.removed_channels
            ],
            "sections": self.sections,
            "facts": {"found": [f for f in facts if f not in missing], "missing": missing},
            "guard": self.guard.to_dict(),
            "notes": self.notes,
        }


def compose(
    text: str,
    engine: Engine,
    accept: str | Iterable[str] = "safe",
    formats: Iterable[str] = ("pdf",),
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
    rewritten: str | None = None,
    vet: str = "all",
) -> Composed:
    """Rewrite `text`, build its one-page letter, render `formats` and guard every file.

    `rewritten` is a version the writer edited by hand: it is used instead of
    the engine's rewrite, and still guarded against the facts of `text`.
    With no formats, only the page's parts are built (the panel shows them).
    `vet="chosen"`: see `rewrite_letter` (the same files, fewer proposals checked).
    """
    style = style or HouseStyle()
    choice = choice or ContactChoice()
    result: RewriteResult | None
    earlier: tuple[Placement, ...] = ()
    if rewritten is None:
        before = Letter.from_text(text, engine.resources)
        result = rewrite_letter(before, engine, accept, vet)
        letter = result.letter_after
        facts = result.facts
        if result.text != text:
            # the page's sections are those of the original's words (see extract_structure)
            earlier = extract_structure(before).placements
    else:
        result = None
        letter = Letter.from_text(rewritten, engine.resources)
        # the original's facts, without tokenising it again: the same text (the panel's
        # page view passes it twice) has them in `letter`; another needs no Letter
        facts = letter.facts if rewritten == text else letter_facts(text)
    structure = extract_structure(letter, earlier=earlier)
    wanted = tuple(f for f in formats if f != "txt")
    if wanted:
        files = render_formats(structure, wanted, style, choice)
        context = next(iter(files.values())).context
    else:
        files = {}
        context = build_context(structure, style, choice)
    required = required_facts(facts, structure, context)
    prepared = result.original_facts if result is not None else None
    guard = guard_files(text, facts, files, context, structure, prepared)
    return Composed(result, structure, context, files, guard, tuple(required))


def required_facts(facts: Iterable[Fact], structure: LetterStructure, context: dict) -> list[str]:
    """The original's facts the page must hold, for the summary's `facts.found` list:
    all of them except the contact channels listed in `removed_channels` (and replaced
    by a pointer) and what stood only in a removed pure contact sentence. The guard
    itself (`guard_files`) compares every delivered file with the original."""
    removed = {r.text for r in context["removed_channels"]} | set(structure.pointed)
    moved = " ".join(structure.removed)
    kept_text = " ".join(
        [*(p for s in context["sections"] for p in s["paragraphs"]), *context["crisis"]]
    )
    out = [
        f.text
        for f in facts
        if f.text not in removed
        and not (
            f.kind in ("time", "name", "organisation")
            and f.text in moved
            and f.text not in kept_text
        )
    ]
    return list(dict.fromkeys(out))


def _squash(text: str) -> str:
    # PDF text layers break lines anywhere (also inside a long URL) and may hyphenate.
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def delivered_text(fmt: str, data: bytes) -> str:
    """The text a reader gets from a delivered file."""
    if fmt == "html":
        from bs4 import BeautifulSoup

        return BeautifulSoup(data.decode("utf-8"), "html.parser").get_text(" ")
    if fmt == "pdf":
        # PDFium reads our one-page PDF's text layer in ~8 ms (pypdf: ~140 ms, most of the
        # guard's time in a batch). It marks a hyphen at a line break as U+FFFE; read it as
        # '-' like pypdf did, so the guard sees the same text.
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
        return "\n".join(pages).replace("\ufffe", "-")
    if fmt == "docx":
        parts = _docx_parts(data)
        return "\n".join(parts if parts is not None else _docx_parts_by_package(data))
    return data.decode("utf-8")


def _docx_parts_by_package(data: bytes) -> list[str]:
    """The DOCX's paragraphs, table cells and section footers, read by python-docx."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.footer.paragraphs]
    return parts


def _docx_parts(data: bytes) -> list[str] | None:
    """`_docx_parts_by_package` reading only the parts it needs, or None when the file is
    not laid out as `render_docx` writes it (then the caller reads the whole package).

    Opening the package with python-docx parses every part (styles, numbering, settings,
    theme ...): 5 of the guard's 6 ms per DOCX. Here only the main part and the footers
    are parsed, with python-docx's own XML parser, and the text is taken by python-docx's
    own paragraph and table classes, so it is the same text.
    """
    import zipfile

    from docx.document import Document
    from docx.enum.section import WD_HEADER_FOOTER
    from docx.oxml.parser import parse_xml
    from docx.text.paragraph import Paragraph

    from rewriter.wordml import main_part, main_part_relations

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        main = main_part(archive)
        relations = main_part_relations(archive, main) if main in names else None
        if relations is None:
            return None
        footers = relations[0]
        root = parse_xml(archive.read(main))
        doc = Document(root, None)  # type: ignore[arg-type]  # text only: no part needed
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts += [c.text for c in row.cells]
        footer = None
        for sect_pr in root.sectPr_lst:
            ref = sect_pr.get_footerReference(WD_HEADER_FOOTER.PRIMARY)
            if ref is not None:
                name = footers.get(ref.rId)
                if name not in names:
                    return None
                footer = parse_xml(archive.read(name))
            elif footer is None:
                return None  # python-docx would add a footer part here
            parts += [Paragraph(p, None).text for p in footer.p_lst]  # type: ignore[arg-type]
    return parts


def guard_files(
    original: str,
    facts: Iterable[Fact],
    files: dict[str, Rendered],
    context: dict,
    structure: LetterStructure,
    prepared: OriginalFacts | None = None,
) -> Guard:
    """Check every delivered file against the original with the one fact guard
    (rewriter.facts.compare_facts: amounts, dates, deadlines in words, names, case
    numbers, merge fields, crisis lines, the objection route ...).

    Contact channels listed in `removed_channels` may be missing (the guard excuses
    only channels, names and organisations inside them); opening hours, names and
    organisations that stood only in a removed pure contact sentence are reported
    as `moved_out`. Everything else that is missing is reported in `missing`.
    With no files (the panel's page view), the page's plain text is checked.
    `prepared` may pass `OriginalFacts(original, facts)` when it was built already
    (by `rewrite`); it is used only when it is of this original and these facts.
    """
    from rewriter.facts import OriginalFacts, compare_facts, normalise_layout
    from rewriter.render import plain_text

    texts = {fmt: delivered_text(fmt, r.data) for fmt, r in files.items()}
    if not texts:
        texts["txt"] = plain_text(context)
    allowed = [r.text for r in context["removed_channels"]] + list(structure.pointed)
    allowed += [r.owner for r in context["removed_channels"] if r.owner != "onbekend"]
    moved = " ".join(structure.removed)
    kept_text = " ".join(
        [*(p for s in context["sections"] for p in s["paragraphs"]), *context["crisis"]]
    )
    facts = tuple(facts)
    reusable = (
        prepared is not None
        and prepared.text == normalise_layout(original)
        and prepared.index.facts == facts
    )
    if not reusable:
        prepared = OriginalFacts(original, facts)  # once, for every delivered format
    listed_fields = {r.text for r in context["removed_channels"] if r.kind == "merge_field"}
    missing: list[tuple[str, str]] = []
    moved_out: list[str] = []
    flat_moved, flat_kept = _flat_row(moved), _flat_row(kept_text)

    def left_with_contact(fact_text: str) -> bool:
        flat = _flat_row(fact_text)
        return flat in flat_moved and flat not in flat_kept

    # names and organisations that stood only in removed contact talk, each squashed once
    named_out = [
        (f.text, re.sub(r"\s+", "", f.text))
        for f in facts
        if f.kind in ("name", "organisation") and left_with_contact(f.text)
    ]
    for fmt, text in texts.items():
        diff = compare_facts(prepared, text, allowed_missing=allowed)
        # a changed fact ('€ 612,40' -> '€ 621,40') is a missing one with an added partner
        for f in [*diff.missing, *(before for before, _ in diff.changed)]:
            if f.text in listed_fields:
                moved_out.append(f.text)  # «email_team»: a contact field, listed for the writer
                continue
            # a card row 'Wmo-consulent<tab>Ruud Hazenberg' is listed as 'Wmo-consulent: ...'
            if f.kind in ("time", "name", "organisation") and left_with_contact(f.text):
                moved_out.append(f.text)
                continue
            missing.append((fmt, f.text))
        # 'Ruud Hazenberg' of a removed card row, while the page names him only as
        # 'R. Hazenberg' (the signature): the same person, so no fact is missing, but the
        # full name left with the contact row and the writer sees it listed
        squashed = re.sub(r"\s+", "", text)
        moved_out += [name for name, bare in named_out if bare not in squashed]
    return Guard(not missing, tuple(missing), tuple(texts), tuple(dict.fromkeys(moved_out)))


def _flat_row(text: str) -> str:
    return re.sub(r"(?:\s*:)?\s+", " ", text)
