"""Render the one-page letter: HTML (A4 print CSS), PDF (WeasyPrint) and DOCX (python-docx).

The letter must fit one page. The PDF is rendered and its pages counted; if
it runs over, spacing and then font size are tightened down to a readable
floor (10.5 pt). If it still does not fit, a RenderError names the sections
that are too long. Content is never cut.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from rewriter.errors import RewriterError, SettingsError
from rewriter.facts import PERSON
from rewriter.settings import read_toml, refuse_unknown
from rewriter.structure import HEADINGS, SECTION_ORDER, Contact, LetterStructure

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FORMATS = ("pdf", "docx", "html")
DEFAULT_OBJECTION = (
    "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat betekent: u vraagt ons "
    "het besluit opnieuw te bekijken. Doe dat binnen zes weken na de datum van deze brief. "
    "Schrijf ons een brief of gebruik het formulier op onze website. Ik help u daar graag bij."
)


class RenderError(RewriterError):
    """Raised when a letter cannot be rendered (too long for one page, bad style file)."""

    code = "opmaak"


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """A municipality's house style; every field has a neutral default."""

    name: str = ""  # empty: the first line of the letter's own sender block
    primary_colour: str = "#1f4e79"
    text_colour: str = "#1a1a1a"
    logo: str = ""
    font_regular: str = str(TEMPLATES / "fonts" / "DejaVuSans.ttf")
    font_bold: str = str(TEMPLATES / "fonts" / "DejaVuSans-Bold.ttf")
    objection_text: str = DEFAULT_OBJECTION

    @classmethod
    def from_toml(cls, path: str | Path) -> HouseStyle:
        """Read a house style file; relative paths are relative to that file."""
        p = Path(path)
        data = read_toml(p, "Huisstijl")
        refuse_unknown(data, {f.name for f in fields(cls)}, p.name)
        for key in ("logo", "font_regular", "font_bold"):
            if data.get(key):
                file = (p.parent / data[key]).resolve()
                if not file.exists():
                    raise SettingsError(f"Bestand voor '{key}' niet gevonden: {data[key]}")
                data[key] = str(file)
        return replace(cls(), **data)


@dataclass(frozen=True, slots=True)
class ContactChoice:
    """What the writer chose for the single contact line (empty = automatic)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """Typographic parameters; tightened step by step to fit one page."""

    font_size: float = 11.0
    line_height: float = 1.35
    gap: str = "0.8em"
    margin: str = "20mm 20mm 22mm 22mm"

    def text_box_mm(self) -> tuple[float, float]:
        """Width and height of the A4 text area (the margin is 'top right bottom left' in mm)."""
        top, right, bottom, left = (float(part.removesuffix("mm")) for part in self.margin.split())
        return 210.0 - left - right, 297.0 - top - bottom


LAYOUTS = (
    Layout(),
    Layout(11.0, 1.25, "0.5em", "16mm 18mm 18mm 20mm"),
    Layout(10.5, 1.2, "0.4em", "14mm 16mm 16mm 18mm"),
    Layout(10.5, 1.12, "0.25em", "12mm 14mm 14mm 16mm"),
)
FONT_FLOOR = 10.5


@dataclass(frozen=True)
class Rendered:
    """A rendered letter and the summary printed by `rewriter render`."""

    data: bytes
    pages: int
    contact_line: str
    removed_contacts: tuple[str, ...]
    sections: tuple[str, ...]
    text: str
    layout: Layout


def contact_line(structure: LetterStructure, choice: ContactChoice) -> tuple[str, list[str]]:
    """Return the single contact line and the channels left out of the letter."""
    contacts = [c for c in structure.contacts if not c.crisis]
    phones = [c for c in contacts if c.kind == "phone"]
    chosen = _choose(phones, choice.phone)
    phone = choice.phone or (chosen.text if chosen else "")
    emails = [c for c in contacts if c.kind == "email"]
    email = choice.email or _pick_email(emails, chosen)
    name = (
        choice.name
        or (chosen.owner if chosen and chosen.owner else "")
        or _signature_name(structure)
    )
    hours = choice.hours or (structure.hours[0] if structure.hours else "")
    person = bool(name) and not name.lower().startswith(("team", "gemeente", "het ", "de "))
    parts = []
    if person:
        parts.append(f"Uw vaste contactpersoon is {name}.")
        parts.append(
            f"Heeft u vragen? Bel mij: {phone}."
            if phone
            else "Heeft u vragen? Neem contact met mij op."
        )
        if hours:
            parts.append(f"Ik ben bereikbaar {_hours_phrase(hours)}.")
    else:
        who = name or (structure.sender[0] if structure.sender else "ons")
        parts.append(
            f"Heeft u vragen? Bel {who}: {phone}."
            if phone
            else f"Heeft u vragen? Neem contact op met {who}."
        )
        if hours:
            parts.append(f"Wij zijn bereikbaar {_hours_phrase(hours)}.")
    if email:
        parts.append(f"E-mail: {email}.")
    crisis = [c.text for c in structure.contacts if c.crisis]
    if crisis:
        parts.append(f"Spoed? Bel {' of '.join(dict.fromkeys(crisis))}.")
    kept = {phone, email, *crisis}
    objection = " ".join(structure.sections.get("bezwaar", ()))  # its web address stays there
    removed = [
        c.text
        for c in structure.contacts
        if c.text not in kept
        and c.kind in ("phone", "email", "url", "loket")
        and c.text not in objection
    ]
    return " ".join(parts), list(dict.fromkeys(removed))


def _choose(phones: list[Contact], wanted: str) -> Contact | None:
    if wanted:
        digits = re.sub(r"\D", "", wanted)
        for c in phones:
            if re.sub(r"\D", "", c.text) == digits:
                return c
        return None
    if not phones:
        return None
    return sorted(phones, key=lambda c: (not c.personal, not c.owner))[0]


def _pick_email(emails: list[Contact], phone: Contact | None) -> str:
    if phone is not None:
        for e in emails:
            if e.sentence == phone.sentence:
                return e.text
    personal = [e for e in emails if e.personal or "." in e.text.split("@")[0]]
    return personal[0].text if personal else ""


def _signature_name(structure: LetterStructure) -> str:
    for line in structure.signature:
        person = PERSON.search(line)
        if person and not line.lower().startswith("namens"):
            return person.group().strip()
    return ""


def _hours_phrase(hours: str) -> str:
    return hours if hours.lower().startswith(("op ", "van ", "tussen ")) else f"op {hours}"


def build_context(
    structure: LetterStructure, style: HouseStyle, choice: ContactChoice
) -> dict[str, Any]:
    """Return the template context for a letter structure."""
    line, removed = contact_line(structure, choice)
    sections = []
    for key in SECTION_ORDER:
        paragraphs = list(structure.sections.get(key, ()))
        if key == "bezwaar" and structure.decision and not paragraphs:
            paragraphs = [style.objection_text]
        if not paragraphs:
            continue
        heading = HEADINGS[key]
        if key == "besluit" and not structure.decision:
            heading = HEADINGS["afspraak"]
        sections.append({"key": key, "heading": heading, "paragraphs": paragraphs})
    sender = [x for x in structure.sender if x.strip()]
    if not style.name:
        style = replace(style, name=sender[0] if sender else "Gemeente")
    subject = structure.subject[:1].upper() + structure.subject[1:]
    return {
        "style": style,
        "font_regular": Path(style.font_regular).as_uri(),
        "font_bold": Path(style.font_bold).as_uri(),
        "logo": Path(style.logo).as_uri() if style.logo else "",
        "sender": [x for x in sender if x.strip() != style.name],
        "recipient": list(structure.recipient),
        "date": structure.date,
        "subject": subject,
        "salutation": structure.salutation or "Beste lezer,",
        "sections": sections,
        "contact_line": line,
        "closing": structure.closing or "Met vriendelijke groet,",
        "signature": list(structure.signature),
        "references": list(structure.references),
        "legal_basis": list(structure.legal_basis),
        "annexes": list(structure.annexes),
        "removed_contacts": removed,
    }


@functools.cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(context: dict[str, Any], layout: Layout, decision: bool) -> str:
    """Render the letter as HTML with the given layout."""
    template = _environment().get_template("besluit.html.j2" if decision else "base.html.j2")
    return template.render(**context, layout=layout)


@functools.cache
def _font_config() -> Any:
    """One font configuration per process: the @font-face files are loaded once."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _layout_pdf(html: str) -> Any:
    """Lay out the HTML (no PDF bytes yet); only local files may be read."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
    try:
        return HTML(string=html, base_url=str(TEMPLATES), url_fetcher=fetcher).render(
            font_config=_font_config()
        )
    except BaseException as exc:  # FatalURLFetchingError subclasses BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise RenderError(f"De brief kon niet als PDF worden gemaakt: {exc}") from exc


# Layout choice without trying every layout (each costs about 45 ms). Calibrated
# on the 40 fixture letters laid out on an endless page: `bench/calibrate_layout.py`
# prints these figures.
# - Estimated fill of the loosest layout, counted in its body lines (49 per page):
_LINES_PER_PAGE = 49.0
_CHARS_PER_LINE = 78
_EXTRA_LINES = {"paragraph": 0.19, "heading": 1.49, "sender": 0.46, "line": 1.25, "letter": 4.65}
# - Median fill of each layout relative to the loosest (to pick where to start):
_TYPICAL_RATIO = (1.0, 0.856, 0.736, 0.662)
# - Median fill ratio of layout i-1 to layout i (range 1.10-1.22), to judge a looser layout:
_LOOSER_RATIO = (1.0, 1.169, 1.162, 1.102)


def estimate_fill(context: dict[str, Any]) -> float:
    """Estimate how full one page is in the loosest layout (1.0 = full), from text lengths.

    Error on the fixture letters: 1.6% (root mean square), at most 3.3%.
    """
    paragraphs = [p for s in context["sections"] for p in s["paragraphs"]]
    paragraphs.append(context["contact_line"])
    lines = sum(-(-len(p) // _CHARS_PER_LINE) for p in paragraphs)
    subject_lines = -(-len(context["subject"] or "") * 6 // (_CHARS_PER_LINE * 5))
    other = len(context["recipient"]) + bool(context["date"]) + subject_lines
    other += 2 + len(context["signature"])  # salutation, closing
    extra = _EXTRA_LINES
    lines += (
        extra["paragraph"] * len(paragraphs)
        + extra["heading"] * len(context["sections"])
        + extra["sender"] * (len(context["sender"]) + 1)
        + extra["line"] * other
        + extra["letter"]
    )
    return lines / _LINES_PER_PAGE


def _first_layout(context: dict[str, Any]) -> int:
    """The loosest layout that the text estimate expects to fit with some room."""
    fill = estimate_fill(context)
    for i, ratio in enumerate(_TYPICAL_RATIO):
        if fill * ratio <= 0.97:
            return i
    return len(LAYOUTS) - 1


def _page_fill(document: Any) -> float | None:
    """How full the (single) page of a laid-out document is: body height / page height.

    Reads WeasyPrint's page box (html -> body); None when the boxes look
    different (a WeasyPrint change), and then no layout is ruled out.
    """
    try:
        box = document.pages[0]._page_box
        html = next(c for c in box.children if getattr(c, "element_tag", None) == "html")
        return html.children[0].height / box.height
    except (AttributeError, IndexError, StopIteration, TypeError, ZeroDivisionError):
        return None


def fit_one_page(context: dict[str, Any], decision: bool) -> tuple[str, bytes, Layout]:
    """Render to PDF with the loosest layout that fits one page with a little air.

    Starts at the layout the text estimate points to. If it overflows, tighter
    layouts follow. If it fits, the next looser layout is tried only when its
    expected fill (measured fill times `_LOOSER_RATIO`) is at most 100%: a
    looser layout that would fill the page to the brim is not worth a second
    layout (45 ms). On the 40 fixture letters: 1.08 layouts per letter instead
    of 2.1; 37 get the loosest layout that fits, 3 get the next tighter one
    because the loosest would fill their page to 98.6-99.6%.
    """
    fitted: tuple[str, Any, Layout] | None = None
    tried: set[int] = set()
    i = _first_layout(context)
    while 0 <= i < len(LAYOUTS) and i not in tried:
        tried.add(i)
        layout = LAYOUTS[i]
        html = render_html(context, layout, decision)
        document = _layout_pdf(html)
        if len(document.pages) != 1:
            if fitted is not None:
                break
            i += 1
            continue
        fitted = (html, document, layout)
        fill = _page_fill(document)
        if i and fill is not None and fill * _LOOSER_RATIO[i] > 1.0:
            break
        i -= 1
    if fitted is not None:
        html, document, layout = fitted
        return html, document.write_pdf(), layout
    long_parts = sorted(
        ((sum(len(p.split()) for p in s["paragraphs"]), s["heading"]) for s in context["sections"]),
        reverse=True,
    )
    named = ", ".join(f"'{h}' ({n} woorden)" for n, h in long_parts[:3])
    raise RenderError(
        f"De brief past niet op één pagina, ook niet met de kleinste leesbare letter "
        f"({FONT_FLOOR} punt). Maak deze delen korter: {named}."
    )


def render_docx(context: dict[str, Any], layout: Layout) -> bytes:
    """Build the .docx with the same structure and real Word styles."""
    from docx import Document
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    top, right, bottom, left = (float(x.rstrip("m")) for x in layout.margin.split())
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    colour = RGBColor.from_string(context["style"].primary_colour.lstrip("#").upper())
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(layout.font_size)
    normal.paragraph_format.space_after = Pt(3)
    style_ids = {}
    for name, size in (("Title", layout.font_size * 1.25), ("Heading 2", layout.font_size * 1.05)):
        style = doc.styles[name]
        style.font.name = "DejaVu Sans"
        style.font.size = Pt(size)
        style.font.color.rgb = colour
        style_ids[name] = style.style_id

    def styled(text: str, name: str) -> None:
        # Setting the style id directly: python-docx's `style=` looks up the
        # default style with an XPath query per paragraph (7 ms per letter).
        doc.add_paragraph(text)._p.style = style_ids[name]

    header = doc.add_paragraph()
    header.add_run(context["style"].name).bold = True
    for line in context["sender"]:
        header.add_run("\n" + line)
    if context["recipient"]:
        doc.add_paragraph("\n".join(context["recipient"]))
    if context["date"]:
        doc.add_paragraph(context["date"])
    if context["subject"]:
        styled(context["subject"], "Title")
    doc.add_paragraph(context["salutation"])
    for sec in context["sections"]:
        styled(sec["heading"], "Heading 2")
        for paragraph in sec["paragraphs"]:
            doc.add_paragraph(paragraph)
    contact = doc.add_paragraph(context["contact_line"])
    contact.paragraph_format.space_before = Pt(6)
    doc.add_paragraph(context["closing"])
    for line in context["signature"]:
        doc.add_paragraph(line)
    footer = section.footer.paragraphs[0]
    bits = [" · ".join(f"{k}: {v}" for k, v in context["references"])]
    if context["legal_basis"]:
        bits.append("Wettelijke grondslag: " + ", ".join(context["legal_basis"]))
    bits += context["annexes"]
    footer.text = "\n".join(b for b in bits if b)
    for run in footer.runs:
        run.font.size = Pt(layout.font_size * 0.75)
    fixed = datetime(2000, 1, 1, tzinfo=UTC)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Keukentafeltaal"
    return _docx_bytes(doc)


class _FixedTimeZip:
    """The `write(pack_uri, blob)` / `close()` interface python-docx's PackageWriter uses,
    writing every member with a fixed timestamp (level-1 deflate, as `_deterministic_zip`)."""

    def __init__(self, out: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        self._zip.writestr(info, blob)

    def close(self) -> None:
        self._zip.close()


def _docx_bytes(doc: Any) -> bytes:
    """Serialise a python-docx Document deterministically, compressing once.

    Uses PackageWriter's step functions (python-docx internals, 1.x) with a
    fixed-timestamp zip; if they change, falls back to save + `_deterministic_zip`.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = doc.part.package
    steps = (
        getattr(PackageWriter, "_write_content_types_stream", None),
        getattr(PackageWriter, "_write_pkg_rels", None),
        getattr(PackageWriter, "_write_parts", None),
    )
    if not all(steps):  # pragma: no cover - only with another python-docx
        out = io.BytesIO()
        doc.save(out)
        return _deterministic_zip(out.getvalue())
    parts = package.parts
    out = io.BytesIO()
    writer = _FixedTimeZip(out)
    steps[0](writer, parts)
    steps[1](writer, package.rels)
    steps[2](writer, parts)
    writer.close()
    return out.getvalue()


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a .docx (zip) with fixed timestamps, so equal input gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    # Level 1: a letter's parts are small; level 6 costs twice the time for 3% fewer bytes.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render(
    structure: LetterStructure,
    fmt: str,
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> Rendered:
    """Render a letter structure to pdf, docx or html, guaranteed one page."""
    return render_formats(structure, (fmt,), style, choice)[fmt]


def render_formats(
    structure: LetterStructure,
    formats: tuple[str, ...] | list[str],
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> dict[str, Rendered]:
    """Render several formats from one verified one-page layout."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise RenderError(f"Onbekend formaat '{fmt}'. Kies uit: {', '.join(FORMATS)}.")
    context = build_context(structure, style or HouseStyle(), choice or ContactChoice())
    html, pdf, layout = fit_one_page(context, structure.decision)
    text = plain_text(context)
    out = {}
    for fmt in formats:
        if fmt == "pdf":
            data = pdf
        elif fmt == "html":
            data = html.encode("utf-8")
        else:
            data = render_docx(context, layout)
        out[fmt] = Rendered(
            data=data,
            pages=1,
            contact_line=context["contact_line"],
            removed_contacts=tuple(context["removed_contacts"]),
            sections=tuple(s["heading"] for s in context["sections"]),
            text=text,
            layout=layout,
        )
    return out


def plain_text(context: dict[str, Any]) -> str:
    """The letter as plain text, in the same order as the templates."""
    lines = [context["style"].name, *context["sender"], "", *context["recipient"], ""]
    if context["date"]:
        lines += [context["date"], ""]
    if context["subject"]:
        lines += [context["subject"], ""]
    lines += [context["salutation"], ""]
    for sec in context["sections"]:
        lines += [sec["heading"], *sec["paragraphs"], ""]
    lines += [context["contact_line"], "", context["closing"], *context["signature"], ""]
    lines += [" · ".join(f"{k}: {v}" for k, v in context["references"])]
    if context["legal_basis"]:
        lines.append("Wettelijke grondslag: " + ", ".join(context["legal_basis"]))
    lines += context["annexes"]
    return "\n".join(lines).strip() + "\n"
