"""Word documents as text with a map back to the XML, and proposals as tracked changes.

Two jobs, one walk over the WordprocessingML:

- `read_docx` turns a .docx into the text every other module works on (the
  reader in readers.py calls it), and keeps for every character where it came
  from: which `w:t`, tab or break, inside which field, content control,
  existing tracked change or text box. Existing tracked changes are read as
  accepted (`w:ins` read, `w:del` skipped); a MERGEFIELD or DOCVARIABLE is read
  as «its name», whatever its display text; other fields (IF, PAGE, REF) as
  their display text.
- `write_tracked` writes the proposals that `rewriter.rewrite` applied back
  into the *original* document as tracked changes (`w:del` + `w:ins`, author
  "Keukentafeltaal") with the explanation as a Word comment anchored to the
  change.

Why raw XML (lxml) and not python-docx alone: python-docx has no API for
tracked changes, comment ranges or fields, and it re-serialises every XML part
it loaded when it saves, so headers, footers, styles and numbering would no
longer be byte-identical. We therefore copy every part of the package as it
is (same bytes, same order) and rewrite only `word/document.xml`,
`word/comments.xml`, its relationship and content type. python-docx is still
used where it is right: reading headers and footers per section (which ones
apply, linked to previous) and its OPC constants.

A list paragraph (its own `w:numPr`, or one from its style, as Word's "List
Bullet" / "Lijstopsommingsteken" styles have) reads with the label Word shows
in front of it: "- " for a bullet, "1. " / "a. " for a numbered item (counted
per list and level, from `word/numbering.xml`). That label is text the reader
sees but not text in the XML; it is locked, so no proposal can change it.

A proposal is refused, with a Dutch reason, when it would cut through a field,
a content control, an existing tracked change, a comment or a bookmark, lies
in a header, footer or text box, crosses a paragraph or table cell, or would
delete an image or other object. A change spanning runs keeps the formatting
of the run where it starts. Outside the changed spans the XML is left alone:
runs are only split at the edges of a change (same formatting on both halves).
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import io
import posixpath
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree

if TYPE_CHECKING:
    from rewriter.model import Finding
    from rewriter.rewrite import RewriteResult
    from rewriter.suggest import AppliedEdit, Proposal

AUTHOR = "Keukentafeltaal"
INITIALS = "KT"
FIXED_DATE = "2026-01-01T00:00:00Z"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

# Deleted or moved-away text and the duplicate (VML) copy of a text box are not text.
_SKIP = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}pPr", f"{_W}rPr"})
_NAME_FIELDS = ("MERGEFIELD", "DOCVARIABLE")
# What a run inside a change may hold besides its text.
_RUN_TEXTUAL = frozenset(
    f"{_W}{t}"
    for t in (
        "rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "lastRenderedPageBreak",
    )
)  # fmt: skip
# What may sit between two runs inside a change (zero-width markers only).
_BETWEEN_RUNS = frozenset({f"{_W}r", f"{_W}proofErr", f"{_W}bookmarkStart", f"{_W}bookmarkEnd"})

_LOCK_HEADER = "Dit voorstel staat in de kop- of voettekst; die laten wij ongewijzigd."
_LOCK_SDT = (
    "Dit voorstel zou een invulveld (inhoudsbesturingselement) veranderen; dat laten wij heel."
)
_LOCK_CHANGE = "Dit voorstel raakt een wijziging die al in het document staat; die laten wij heel."
_LOCK_TEXTBOX = "Dit voorstel staat in een tekstvak; dat passen wij niet aan."
_CROSS_PARA = "Dit voorstel loopt over meer dan één alinea of tabelcel."
_CROSS_ELEMENT = "Dit voorstel loopt door een link of een ander element van het document heen."
_OBJECT = "In de tekst van dit voorstel staat een afbeelding, voetnoot of ander object."
_COMMENT_CUT = "Dit voorstel zou door een opmerking heen gaan die al in het document staat."
_BOOKMARK_CUT = "Dit voorstel zou door een bladwijzer heen gaan."
_LOCK_LABEL = "Dit is het opsommingsteken of nummer dat Word zelf zet; dat veranderen wij niet."


def _field_reason(label: str) -> str:
    return f"Dit voorstel zou door een veld ({label}) heen gaan; velden laten wij heel."


# --- reading ---------------------------------------------------------------------------


@dataclass(slots=True)
class Piece:
    """Characters of the text and where they come from in the XML."""

    text: str
    kind: str  # "t" (a w:t), "char" (tab, break, hyphen), "field", "sep" (between blocks)
    node: Any = None  # the w:t / w:tab / w:br element (None for field and sep)
    offset: int = 0  # index into node.text where this piece starts ("t" only)
    lock: str = ""  # a Dutch reason why this text may not be changed, or ""
    para: Any = None  # the w:p the piece belongs to
    start: int = 0  # offset into the whole text (set when the text is assembled)


@dataclass(frozen=True, slots=True)
class Marker:
    """A comment or bookmark boundary at a text offset (body only)."""

    pos: int
    kind: str  # "comment" | "bookmark"
    id: str
    edge: str  # "start" | "end"


@dataclass
class DocText:
    """The text of a .docx as our reader sees it, and the map back to the body XML."""

    text: str
    pieces: list[Piece]
    markers: list[Marker]
    root: Any  # the parsed word/document.xml (lxml), which `write_tracked` edits
    fields: tuple[str, ...] = ()  # the field instructions of the body, in order
    headers: list[list[Piece]] = field(default_factory=list, repr=False)
    footers: list[list[Piece]] = field(default_factory=list, repr=False)
    lists: _Lists | None = field(default=None, repr=False)
    starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.starts = [p.start for p in self.pieces]

    def piece_at(self, pos: int) -> Piece | None:
        """The piece holding character `pos`, or None outside the text."""
        if pos < 0:
            return None
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0 or pos >= self.pieces[i].start + len(self.pieces[i].text):
            return None
        return self.pieces[i]

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        """The pieces overlapping [start, end)."""
        return [p for p in self.pieces if p.start < end and start < p.start + len(p.text)]


class _Walker:
    """Collect the pieces of block-level elements, the way the reader defines text."""

    def __init__(self, lock: str = "", lists: _Lists | None = None) -> None:
        self.base_lock = lock
        self.lists = lists
        self.fields: list[str] = []  # every field instruction, in the order the fields close
        # open complex fields, outermost first: [instruction parts, in result part?, shown
        # pieces]; kept across paragraphs, since a field (a table of contents) may span several
        self.stack: list[list[Any]] = []

    def blocks(self, element: Any, lock: str = "") -> list[list[Piece]]:
        """Non-empty blocks in document order; a table row is one tab-separated block."""
        out: list[list[Piece]] = []
        for child in element.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                out.append(self.paragraph(child, lock or self.base_lock))
            elif tag == f"{_W}tbl":
                for row in child.iter(f"{_W}tr"):
                    if row.getparent() is not child:
                        continue  # rows of nested tables are part of their cell
                    cells = [
                        _join(self.blocks(cell, lock), "\n") for cell in row.iterchildren(f"{_W}tc")
                    ]
                    out.append(_join([c for c in cells if _text(c)], "\t"))
            elif tag == f"{_W}sdt":
                out.extend(self.blocks(child, lock or _LOCK_SDT))
            elif tag in (f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"):
                out.extend(self.blocks(child, lock))
        return [b for b in out if _text(b).strip()]

    def paragraph(self, p: Any, lock: str) -> list[Piece]:
        """The pieces of one paragraph, stripped like str.strip()."""
        pieces: list[Piece] = []
        stack = self.stack

        def add(sink: list[Piece], piece: Piece) -> None:
            if not stack:
                sink.append(piece)
            elif all(f[1] for f in stack):  # shown text of the outermost field
                stack[0][2].append(piece)

        def walk(node: Any, lock: str, sink: list[Piece]) -> None:
            for child in node.iterchildren():
                tag = child.tag
                if not isinstance(tag, str) or tag in _SKIP:
                    continue
                if tag == f"{_W}fldChar":
                    kind = child.get(f"{_W}fldCharType")
                    if kind == "begin":
                        stack.append([[], False, []])
                    elif kind == "separate" and stack:
                        stack[-1][1] = True
                    elif kind == "end" and stack:
                        instr, _, shown = stack.pop()
                        instr = "".join(instr)
                        self.fields.append(_norm_instr(instr))
                        if stack:
                            if not stack[-1][1]:
                                stack[-1][0].append(instr)  # a field inside an instruction
                        else:
                            sink.extend(_field_pieces(instr, shown, p))
                elif tag == f"{_W}instrText":
                    if stack and not stack[-1][1]:
                        stack[-1][0].append(child.text or "")
                elif tag == f"{_W}t":
                    add(sink, Piece(child.text or "", "t", child, 0, lock, p))
                elif tag == f"{_W}tab":
                    add(sink, Piece("\t", "char", child, 0, lock, p))
                elif tag in (f"{_W}br", f"{_W}cr"):
                    add(sink, Piece("\n", "char", child, 0, lock, p))
                elif tag == f"{_W}noBreakHyphen":
                    add(sink, Piece("-", "char", child, 0, lock, p))
                elif tag == f"{_W}fldSimple":
                    instr = child.get(f"{_W}instr") or ""
                    if stack:
                        walk(child, lock, sink)
                        continue
                    shown: list[Piece] = []
                    walk(child, lock, shown)
                    self.fields.append(_norm_instr(instr))
                    sink.extend(_field_pieces(instr, shown, p))
                elif tag in (f"{_W}ins", f"{_W}moveTo"):
                    walk(child, lock or _LOCK_CHANGE, sink)
                elif tag == f"{_W}sdt":
                    walk(child, lock or _LOCK_SDT, sink)
                elif tag == f"{_W}txbxContent":
                    walk(child, lock or _LOCK_TEXTBOX, sink)
                elif tag in _MARK_TAGS:
                    kind, edge = _MARK_TAGS[tag]
                    add(sink, Piece("", f"mark:{kind}:{edge}", child, 0, lock, p))
                else:
                    walk(child, lock, sink)

        walk(p, lock, pieces)
        if stack:  # a field that goes on in the next paragraph: what it showed here, locked
            pieces.extend(
                Piece(x.text, "field", x.node, x.offset, _field_reason("veld"), p)
                for x in stack[0][2]
                if x.text
            )
            stack[0][2].clear()
        pieces = _strip(pieces)
        label = self.lists.label(p) if self.lists is not None and _text(pieces).strip() else ""
        if label:
            pieces.insert(0, Piece(label, "label", None, 0, _LOCK_LABEL, p))
        return pieces


class _Lists:
    """The label Word puts in front of a list paragraph ("- ", "1. ", "b. ").

    `styles` and `numbering` are the parts' root elements, None, or a function that
    parses the part: then it is parsed when a paragraph first needs it (a letter
    without numbered or styled paragraphs never does; the default styles part alone
    takes ~4 ms to parse and index).
    """

    def __init__(self, styles: Any, numbering: Any) -> None:
        self._styles = styles
        self._numbering = numbering
        self.style_num: dict[str, tuple[str, str] | None] = {}
        self.based_on: dict[str, str] = {}
        self.style_pr: dict[str, Any] = {}
        self.formats: dict[tuple[str, str], str] = {}
        self.counts: dict[tuple[str, str], int] = {}

    @staticmethod
    def _element(source: Any) -> Any:
        return source() if callable(source) else source

    def _read_styles(self) -> None:
        styles, self._styles = self._element(self._styles), None
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                sid = style.get(f"{_W}styleId") or ""
                self.style_pr[sid] = style.find(f"{_W}pPr")
                based = style.find(f"{_W}basedOn")
                if based is not None:
                    self.based_on[sid] = based.get(f"{_W}val") or ""

    def _read_numbering(self) -> None:
        numbering, self._numbering = self._element(self._numbering), None
        if numbering is not None:
            abstract = {
                a.get(f"{_W}abstractNumId"): a for a in numbering.iterchildren(f"{_W}abstractNum")
            }
            for num in numbering.iterchildren(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                a = abstract.get(ref.get(f"{_W}val") if ref is not None else None)
                for lvl in a.iterchildren(f"{_W}lvl") if a is not None else ():
                    fmt = lvl.find(f"{_W}numFmt")
                    key = (num.get(f"{_W}numId") or "", lvl.get(f"{_W}ilvl") or "0")
                    self.formats[key] = fmt.get(f"{_W}val") if fmt is not None else "bullet"

    def _num_pr(self, ppr: Any) -> tuple[str | None, str | None]:
        num = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num is None:
            return None, None
        nid, lvl = num.find(f"{_W}numId"), num.find(f"{_W}ilvl")
        return (
            nid.get(f"{_W}val") if nid is not None else None,
            lvl.get(f"{_W}val") if lvl is not None else None,
        )

    def _from_style(self, sid: str) -> tuple[str | None, str | None]:
        if self._styles is not None:
            self._read_styles()
        seen: set[str] = set()
        while sid and sid not in seen:
            seen.add(sid)
            nid, lvl = self._num_pr(self.style_pr.get(sid))
            if nid is not None:
                return nid, lvl
            sid = self.based_on.get(sid, "")
        return None, None

    def label(self, p: Any) -> str:
        ppr = p.find(f"{_W}pPr")
        nid, lvl = self._num_pr(ppr)
        if nid is None and ppr is not None:
            style = ppr.find(f"{_W}pStyle")
            if style is not None:
                nid, style_lvl = self._from_style(style.get(f"{_W}val") or "")
                lvl = lvl or style_lvl
        if not nid or nid == "0":
            return ""
        lvl = lvl or "0"
        if self._numbering is not None:
            self._read_numbering()
        fmt = self.formats.get((nid, lvl), "bullet")
        for key in [k for k in self.counts if k[0] == nid and int(k[1]) > int(lvl)]:
            del self.counts[key]  # a deeper level starts again under a new item
        n = self.counts[(nid, lvl)] = self.counts.get((nid, lvl), 0) + 1
        if fmt in ("decimal", "decimalZero"):
            return f"{n}. "
        if fmt in ("lowerLetter", "upperLetter") and n <= 26:
            letter = chr(ord("a") + n - 1)
            return f"{letter.upper() if fmt == 'upperLetter' else letter}. "
        return "- "


_MARK_TAGS = {
    f"{_W}commentRangeStart": ("comment", "start"),
    f"{_W}commentRangeEnd": ("comment", "end"),
    f"{_W}bookmarkStart": ("bookmark", "start"),
    f"{_W}bookmarkEnd": ("bookmark", "end"),
}


def _text(pieces: Iterable[Piece]) -> str:
    return "".join(x.text for x in pieces)


def _field_pieces(instr: str, shown: list[Piece], p: Any) -> list[Piece]:
    """A MERGEFIELD / DOCVARIABLE becomes «name»; any other field keeps what it shows."""
    words = _instr_words(instr)
    keyword = words[0].upper() if words else ""
    if keyword in _NAME_FIELDS and len(words) > 1:
        label = f"«{words[1]}»"
        return [Piece(label, "field", None, 0, _field_reason(label), p)]
    reason = _field_reason(keyword or "veld")
    return [Piece(x.text, "field", x.node, x.offset, reason, p) for x in shown]


_INSTR_WORD = re.compile(r'"([^"]*)"|(\S+)')


def _instr_words(instr: str) -> list[str]:
    return [
        m.group(1) if m.group(1) is not None else m.group(2) for m in _INSTR_WORD.finditer(instr)
    ]


def _norm_instr(instr: str) -> str:
    return " ".join(instr.split())


def _strip(pieces: list[Piece]) -> list[Piece]:
    """Drop leading and trailing whitespace the way str.strip() does, piece by piece."""
    text = "".join(x.text for x in pieces)
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if not lead and not trail:
        return pieces
    if lead == len(text):
        return []
    out: list[Piece] = []
    pos = 0
    keep_from, keep_to = lead, len(text) - trail
    for x in pieces:
        a, b = pos, pos + len(x.text)
        pos = b
        lo, hi = max(a, keep_from), min(b, keep_to)
        if a == b:  # a marker: keep it, at the nearest kept position
            out.append(x)
            continue
        if lo >= hi:
            continue
        if lo == a and hi == b:
            out.append(x)
        else:
            out.append(
                Piece(x.text[lo - a : hi - a], x.kind, x.node, x.offset + lo - a, x.lock, x.para)
            )
    return out


def _join(blocks: list[list[Piece]], sep: str) -> list[Piece]:
    out: list[Piece] = []
    for i, block in enumerate(blocks):
        if i:
            out.append(Piece(sep, "sep"))
        out.extend(block)
    return out


def _parse(data: bytes) -> Any:
    parser = etree.XMLParser(resolve_entities=False, huge_tree=False, remove_blank_text=False)
    return etree.fromstring(data, parser)


def main_part(archive: zipfile.ZipFile) -> str:
    """The name of the package's main part (word/document.xml as a rule)."""
    rels = _parse(archive.read("_rels/.rels"))
    for rel in rels:
        if rel.get("Type", "").endswith("/officeDocument"):
            return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


def read_docx(data: bytes) -> DocText:
    """The text of a .docx: headers, body (a table row per line), footers; blocks by blank lines.

    Merge fields (MERGEFIELD, DOCVARIABLE) read as «name»; existing tracked
    changes read as accepted. The body part is parsed here (not by
    python-docx) so that `write_tracked` can edit the very tree that was read.
    """
    parts = _word_parts(data)
    if parts is None:
        parts = _word_parts_by_package(data)
    root, sections, lists = parts
    headers: list[list[Piece]] = []
    footers: list[list[Piece]] = []
    for section in sections:
        for element, out in zip(section, (headers, headers, footers, footers), strict=True):
            if element is not None:  # None: linked to the previous section's
                for block in _Walker(_LOCK_HEADER).blocks(element):
                    text = "".join(x.text for x in block)
                    if all(text != "".join(x.text for x in b) for b in out):
                        out.append(block)
    return _assemble(headers, root, footers, lists)


# per section: first-page header, header, first-page footer, footer
_HEADER_FOOTER = (
    ("header", "first"),
    ("header", "default"),
    ("footer", "first"),
    ("footer", "default"),
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def main_part_relations(
    archive: zipfile.ZipFile, main: str
) -> tuple[dict[str, str], dict[str, list[str]]] | None:
    """The internal parts the main part relates to: by relation id, and by relation type
    ('footer', 'styles', ...), as names inside the archive; None without a rels part."""
    folder, leaf = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", leaf + ".rels")
    if rels_name not in archive.namelist():
        return None
    related: dict[str, str] = {}
    by_type: dict[str, list[str]] = {}
    for rel in _parse(archive.read(rels_name)):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        name = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        related[rel.get("Id") or ""] = name
        by_type.setdefault((rel.get("Type") or "").removeprefix(_REL), []).append(name)
    return related, by_type


def _word_parts_by_package(data: bytes) -> tuple[Any, list[tuple[Any, ...]], _Lists]:
    """(body root, per section its four header/footer elements or None, list formats),
    the headers, footers, styles and numbering read through python-docx's package."""
    from docx import Document

    doc = Document(io.BytesIO(data))  # also checks that this is a Word document
    sections = []
    for section in doc.sections:
        four = (
            section.first_page_header,
            section.header,
            section.first_page_footer,
            section.footer,
        )
        sections.append(tuple(None if p.is_linked_to_previous else p._element for p in four))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = _parse(archive.read(main_part(archive)))
    return root, sections, _lists_of(doc)


def _word_parts(data: bytes) -> tuple[Any, list[tuple[Any, ...]], _Lists] | None:
    """`_word_parts_by_package` reading only the parts it uses (the main part, the
    headers and footers it names, styles and numbering), or None when the file is laid out
    otherwise (no styles part, a missing part, a main part that is not a Word document):
    then the caller opens the whole package, which also gives python-docx's error.

    Opening the package parses every part (settings, theme, fonts ...) and the main part
    a second time; here each part is parsed once, the headers, footers, styles and
    numbering with python-docx's own XML parser, so the elements are the same.
    """
    from docx.oxml.parser import parse_xml

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        main = main_part(archive)
        types = _parse(archive.read("[Content_Types].xml"))
        override = [
            o.get("ContentType")
            for o in types.iterchildren(f"{{{_CT_NS}}}Override")
            if (o.get("PartName") or "").lstrip("/") == main
        ]
        if override != [_WML_MAIN] or main not in names:
            return None
        relations = main_part_relations(archive, main)
        if relations is None:
            return None
        related, by_type = relations
        if len(by_type.get("styles", [])) != 1 or len(by_type.get("numbering", [])) > 1:
            return None
        if any(n not in names for kind in ("styles", "numbering") for n in by_type.get(kind, [])):
            return None
        root = _parse(archive.read(main))
        parsed: dict[str, Any] = {}
        sections = []
        for sect_pr in root.xpath(
            "./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr", namespaces={"w": W_NS}
        ):
            four = []
            for kind, which in _HEADER_FOOTER:
                ref = None
                for r in sect_pr.iterchildren(f"{_W}{kind}Reference"):
                    if r.get(f"{_W}type") == which:
                        ref = r
                        break
                if ref is None:
                    four.append(None)
                    continue
                name = related.get(ref.get(f"{{{_REL.rstrip('/')}}}id") or "")
                if name not in names:
                    return None
                if name not in parsed:
                    parsed[name] = parse_xml(archive.read(name))
                four.append(parsed[name])
            sections.append(tuple(four))

    def part(name: str) -> Any:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return parse_xml(archive.read(name))

    numbering = by_type.get("numbering")
    return (
        root,
        sections,
        _Lists(
            lambda: part(by_type["styles"][0]), (lambda: part(numbering[0])) if numbering else None
        ),
    )


def _lists_of(doc: Any) -> _Lists:
    """The list formats of a python-docx Document (styles and numbering parts)."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering = None
    try:
        styles = doc.styles.element
    except (KeyError, NotImplementedError):
        styles = None
    return _Lists(styles, numbering)


def _assemble(
    headers: list[list[Piece]], root: Any, footers: list[list[Piece]], lists: _Lists | None = None
) -> DocText:
    body = root.find(f"{_W}body")
    if lists is not None:
        lists.counts.clear()  # numbering starts again with every read of the body
    walker = _Walker(lists=lists)
    body_blocks = walker.blocks(body) if body is not None else []
    pieces = _join(headers + body_blocks + footers, "\n\n")
    pos = 0
    for x in pieces:
        x.start = pos
        pos += len(x.text)
    body_marks = {id(x) for block in body_blocks for x in block if x.kind.startswith("mark:")}
    markers = [
        Marker(x.start, x.kind.split(":")[1], x.node.get(f"{_W}id") or "", x.kind.split(":")[2])
        for x in pieces
        if id(x) in body_marks
    ]
    text_pieces = [x for x in pieces if x.text]  # markers are zero-width
    doc = DocText(_text(pieces), text_pieces, markers, root, tuple(walker.fields))
    doc.headers, doc.footers, doc.lists = headers, footers, lists
    return doc


# --- writing tracked changes ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackedRefusal:
    """A proposal `rewrite` applied that could not be written as a tracked change."""

    proposal_id: str
    rule_id: str
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class TrackedDocx:
    """The original document with the proposals as tracked changes and comments."""

    data: bytes
    written: tuple[AppliedEdit, ...]  # the edits in the document, as `rewrite` applied them
    refused: tuple[TrackedRefusal, ...]
    changes: int  # proposals written as tracked changes
    comments: int  # comments added (one per change, plus hints)
    hints: int  # comments for findings without a change
    text_accepted: str  # the letter text with every written change accepted


def write_tracked(
    data: bytes,
    result: RewriteResult,
    *,
    date: str | None = None,
    hints: bool = False,
) -> TrackedDocx:
    """Write the proposals `result` applied into the original .docx as tracked changes.

    `data` must be the document `result` was computed from (its text as read by
    `read_docx`). Each proposal becomes `w:del`/`w:ins` pairs by "Keukentafeltaal"
    dated `date` (ISO 8601; default: now), with its explanation as a comment
    anchored to the change. With `hints`, findings no change covers become
    comments on their text. A proposal that cannot be written safely is
    refused as a whole, with a Dutch reason; the others are written.
    """
    return write_tracked_edits(
        data,
        result.report.letter.text,
        result.applied,
        result.proposals,
        result.report.findings,
        date=date,
        hints=hints,
    )


def write_tracked_edits(
    data: bytes,
    text: str,
    applied: Sequence[AppliedEdit],
    proposals: Iterable[Proposal],
    findings: Sequence[Finding] = (),
    *,
    date: str | None = None,
    hints: bool = False,
) -> TrackedDocx:
    """`write_tracked` for edits from `suggest.apply` on `text` (the web app's ticked proposals)."""
    from rewriter.errors import InputError

    doc = read_docx(data)
    if doc.text != text:
        raise InputError(
            "De tekst van dit Word-bestand komt niet overeen met de tekst die herschreven is."
        )
    stamp = date or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    by_id = {p.id: p for p in proposals}
    groups: dict[str, list[AppliedEdit]] = {}
    for edit in applied:
        groups.setdefault(edit.proposal_id, []).append(edit)
    written: list[AppliedEdit] = []
    refused: list[TrackedRefusal] = []
    accepted_groups: list[list[AppliedEdit]] = []
    for pid, edits in groups.items():
        reason = next((r for e in edits if (r := _edit_reason(doc, e.start, e.end))), "")
        if reason:
            prop = by_id.get(pid)
            refused.append(
                TrackedRefusal(
                    pid,
                    edits[0].rule_id,
                    prop.before if prop else edits[0].before,
                    prop.after if prop else edits[0].after,
                    reason,
                )
            )
        else:
            accepted_groups.append(edits)
            written.extend(edits)
    hint_spans = _hint_spans(doc, findings, written) if hints else []
    if not accepted_groups and not hint_spans:
        return TrackedDocx(data, (), tuple(refused), 0, 0, 0, doc.text)

    # 1. split runs at every edge, right to left, so that earlier positions stay valid
    cuts: set[tuple[int, int]] = set()  # (position, 0 = before char pos / 1 = after char pos-1)
    for edit in written:
        if edit.start == edit.end:
            cuts.add((edit.start, 1 if _insert_side(doc, edit.start) == "left" else 0))
        else:
            cuts.update({(edit.start, 0), (edit.end, 1)})
    for start, end, _ in hint_spans:
        cuts.update({(start, 0), (end, 1)})
    for pos, side in sorted(cuts, key=lambda c: (-c[0], c[1])):
        _cut(doc, pos, side)
    doc = _assemble(doc.headers, doc.root, doc.footers, doc.lists)
    if doc.text != text:  # splitting runs never changes the text
        raise AssertionError("run split changed the text")

    # 2. changes and their comments
    ids = _IdSource(doc.root, _comment_ids(data))
    comments: list[tuple[str, str]] = []  # (id, text)
    ours: dict[Any, Any] = {}  # our w:del -> its w:ins
    for edits in accepted_groups:
        made: list[Any] = []
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            made.extend(_write_edit(doc, edit, ids, stamp, ours))
        prop = by_id.get(edits[0].proposal_id)
        cid = ids.next()
        _anchor_comment(made[0], made[-1], cid)
        comments.append((cid, _change_comment(prop, edits)))
    for start, end, message in hint_spans:
        first = doc.piece_at(start).node.getparent()
        last = doc.piece_at(end - 1).node.getparent()
        cid = ids.next()
        _anchor_comment(first, last, cid)
        comments.append((cid, message))
    out = _package(data, doc.root, comments, stamp)
    return TrackedDocx(
        out,
        tuple(written),
        tuple(refused),
        len(accepted_groups),
        len(comments),
        len(hint_spans),
        _splice(doc.text, written),
    )


def _splice(text: str, edits: Sequence[AppliedEdit]) -> str:
    pieces, cursor = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        pieces += [text[cursor : e.start], e.after]
        cursor = e.end
    return "".join(pieces) + text[cursor:]


def _editable(piece: Piece | None) -> bool:
    return piece is not None and piece.kind in ("t", "char") and not piece.lock


def _insert_side(doc: DocText, pos: int) -> str:
    """Where an insertion at `pos` attaches: after char pos-1 ("left") or before char pos."""
    left = doc.piece_at(pos - 1) if pos > 0 else None
    if _editable(left):
        return "left"
    return "right" if _editable(doc.piece_at(pos)) else ""


def _edit_reason(doc: DocText, start: int, end: int) -> str:
    """Why text[start:end] cannot be changed in the XML, or "" when it can."""
    if start == end:
        if _insert_side(doc, start):
            return ""
        near = [p for p in (doc.piece_at(start - 1), doc.piece_at(start)) if p is not None]
        return next((p.lock for p in near if p.lock), _CROSS_PARA)
    pieces = doc.pieces_in(start, end)
    for piece in pieces:
        if piece.kind == "sep":
            return _CROSS_PARA
        if piece.lock:
            return piece.lock
    if len({id(p.para) for p in pieces}) > 1:
        return _CROSS_PARA
    edges: dict[tuple[str, str], list[int]] = {}
    for m in doc.markers:
        edges.setdefault((m.kind, m.id), []).append(m.pos)
    for m in doc.markers:
        if start < m.pos < end:
            if m.kind == "comment":
                return _COMMENT_CUT
            if len(set(edges[(m.kind, m.id)])) > 1:  # a bookmark around some text
                return _BOOKMARK_CUT
    runs = _unique(p.node.getparent() for p in pieces)
    if any(r.tag != f"{_W}r" for r in runs) or len({id(r.getparent()) for r in runs}) > 1:
        return _CROSS_ELEMENT
    siblings = _siblings(runs[0], runs[-1])
    if siblings is None or any(s.tag not in _BETWEEN_RUNS for s in siblings):
        return _CROSS_ELEMENT
    first, last = pieces[0].node, pieces[-1].node
    inside = False
    for run in (s for s in siblings if s.tag == f"{_W}r"):
        for child in run:
            inside = inside or child is first
            if inside and child.tag not in _RUN_TEXTUAL:
                return _OBJECT
            if child is last:
                inside = False
    return ""


def _unique(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if (not out or out[-1] is not item) and all(o is not item for o in out):
            out.append(item)
    return out


def _siblings(first: Any, last: Any) -> list[Any] | None:
    out = [first]
    node = first
    while node is not last:
        node = node.getnext()
        if node is None:
            return None
        if isinstance(node.tag, str):
            out.append(node)
    return out


def _cut(doc: DocText, pos: int, side: int) -> None:
    """Split the run at `pos`: before char pos (side 0) or after char pos-1 (side 1)."""
    piece = doc.piece_at(pos) if side == 0 else doc.piece_at(pos - 1)
    if not _editable(piece):
        return
    char = pos if side == 0 else pos - 1
    k = piece.offset + char - piece.start + side if piece.kind == "t" else side
    _split_run(piece.node, k)


def _split_run(node: Any, k: int) -> None:
    """Move the content of node's run from (node, k) on into a new run right after it."""
    run = node.getparent()
    content = [c for c in run if c.tag != f"{_W}rPr"]
    i = content.index(node)
    text = node.text or ""
    if node.tag == f"{_W}t" and 0 < k < len(text):
        tail = node.makeelement(node.tag, node.attrib)
        tail.text = text[k:]
        tail.set(_XML_SPACE, "preserve")
        node.text = text[:k]
        node.set(_XML_SPACE, "preserve")
        node.addnext(tail)
        moving = [tail, *content[i + 1 :]]
    elif k <= 0:
        moving = content[i:]
    else:
        moving = content[i + 1 :]
    if not moving or moving[0] is content[0]:
        return
    new = run.makeelement(run.tag, run.attrib)
    rpr = run.find(f"{_W}rPr")
    if rpr is not None:
        new.append(copy.deepcopy(rpr))
    for child in moving:
        new.append(child)
    new.tail, run.tail = run.tail, None
    run.addnext(new)


def _comment_ids(data: bytes) -> list[int]:
    """The ids of the comments already in the package (also those no longer anchored)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if re.fullmatch(r"word/comments\d*\.xml", n)]
        return [
            int(v)
            for n in names
            for v in _parse(archive.read(n)).xpath("//@w:id", namespaces={"w": W_NS})
            if v.isdigit()
        ]


class _IdSource:
    """Fresh w:id values above every id already in the document and its comments."""

    def __init__(self, root: Any, taken: Iterable[int] = ()) -> None:
        used = [int(v) for v in root.xpath("//@w:id", namespaces={"w": W_NS}) if v.isdigit()]
        self._next = max([*used, *taken], default=0) + 1

    def next(self) -> str:
        value = self._next
        self._next += 1
        return str(value)


def _w(parent: Any, tag: str, **attrs: str) -> Any:
    return parent.makeelement(f"{_W}{tag}", {f"{_W}{k}": v for k, v in attrs.items()})


def _new_run(like: Any, text: str) -> Any:
    """A run with the formatting of `like` (without its formatting revision) holding `text`."""
    run = like.makeelement(f"{_W}r", {})
    rpr = like.find(f"{_W}rPr")
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        for change in rpr.findall(f"{_W}rPrChange"):
            rpr.remove(change)
        run.append(rpr)
    for i, part in enumerate(re.split(r"(\t|\n)", text)):
        if i % 2:
            run.append(_w(run, "tab" if part == "\t" else "br"))
        elif part:
            t = _w(run, "t")
            t.text = part
            t.set(_XML_SPACE, "preserve")
            run.append(t)
    return run


def _write_edit(
    doc: DocText, edit: AppliedEdit, ids: _IdSource, stamp: str, ours: dict[Any, Any]
) -> list[Any]:
    """Turn one edit into w:del / w:ins elements; return them in document order."""
    made: list[Any] = []
    if edit.start == edit.end:
        if _insert_side(doc, edit.start) == "left":
            like = doc.piece_at(edit.start - 1).node.getparent()
            anchor = like
            if anchor.getparent() in ours:
                anchor = ours[anchor.getparent()] or anchor.getparent()
            place = anchor.addnext
        else:
            like = doc.piece_at(edit.start).node.getparent()
            anchor = like.getparent() if like.getparent() in ours else like
            place = anchor.addprevious
        ins = _w(like, "ins", id=ids.next(), author=AUTHOR, date=stamp)
        ins.append(_new_run(like, edit.after))
        place(ins)
        return [ins]
    pieces = doc.pieces_in(edit.start, edit.end)
    runs = _unique(p.node.getparent() for p in pieces)
    first = runs[0]
    members = _siblings(first, runs[-1]) or [first]
    deleted = _w(first, "del", id=ids.next(), author=AUTHOR, date=stamp)
    first.addprevious(deleted)
    for member in members:
        deleted.append(member)
        for t in member.iter(f"{_W}t"):
            t.tag = f"{_W}delText"
            t.set(_XML_SPACE, "preserve")
    made.append(deleted)
    ours[deleted] = None
    if edit.after:
        ins = _w(first, "ins", id=ids.next(), author=AUTHOR, date=stamp)
        ins.append(_new_run(first, edit.after))
        deleted.addnext(ins)
        ours[deleted] = ins
        made.append(ins)
    return made


def _anchor_comment(first: Any, last: Any, cid: str) -> None:
    """commentRangeStart before `first`, commentRangeEnd and the reference after `last`."""
    first.addprevious(_w(first, "commentRangeStart", id=cid))
    end = _w(last, "commentRangeEnd", id=cid)
    last.addnext(end)
    ref = _w(last, "r")
    ref.append(_w(ref, "commentReference", id=cid))
    end.addnext(ref)


def _change_comment(prop: Proposal | None, edits: Sequence[AppliedEdit]) -> str:
    before = prop.before if prop else " … ".join(e.before for e in edits)
    after = prop.after if prop else " … ".join(e.after for e in edits)
    explanation = prop.explanation if prop else ""
    change = f"Toegevoegd: '{after}'." if not before else f"'{before}' → '{after}'."
    return f"{change} {explanation}".strip()


def _hint_spans(
    doc: DocText, findings: Sequence[Finding], written: Sequence[AppliedEdit]
) -> list[tuple[int, int, str]]:
    """Findings no written change touches, as (start, end, message), one per span."""
    spans: dict[tuple[int, int], list[str]] = {}
    for f in findings:
        if f.end <= f.start:
            continue
        if any(e.start < f.end and f.start < max(e.end, e.start + 1) for e in written):
            continue
        if not (_editable(doc.piece_at(f.start)) and _editable(doc.piece_at(f.end - 1))):
            continue
        messages = spans.setdefault((f.start, f.end), [])
        if f.message not in messages:
            messages.append(f.message)
    ordered = sorted(spans.items())
    return [(s, e, " ".join(m)) for (s, e), m in ordered]


# --- the package ------------------------------------------------------------------------

_PROLOG = re.compile(rb"^\s*<\?xml[^>]*\?>\s*")
_COMMENTS_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<w:comments xmlns:w="' + W_NS.encode() + b'"/>'
)


def _serialise(root: Any, original: bytes) -> bytes:
    prolog = _PROLOG.match(original)
    head = (
        prolog.group(0)
        if prolog
        else b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    )
    return head + etree.tostring(root, encoding="UTF-8")


def _package(data: bytes, root: Any, comments: list[tuple[str, str]], stamp: str) -> bytes:
    """Copy the package part by part; replace the document, add or extend the comments."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    src = zipfile.ZipFile(io.BytesIO(data))
    main = main_part(src)
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    names = set(src.namelist())
    rels = (
        _parse(src.read(rels_name))
        if rels_name in names
        else etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
    )
    target = next((r.get("Target") for r in rels if r.get("Type") == RT.COMMENTS), None)
    replaced: dict[str, bytes] = {main: _serialise(root, src.read(main))}
    added: dict[str, bytes] = {}
    if comments:
        if target is None:
            comments_name = posixpath.join(folder, "comments.xml")
            raw = _COMMENTS_XML
            rel_ids = {r.get("Id") for r in rels}
            n = 1
            while f"rIdKtt{n}" in rel_ids:
                n += 1
            rel = etree.SubElement(rels, f"{{{_REL_NS}}}Relationship")
            rel.set("Id", f"rIdKtt{n}")
            rel.set("Type", RT.COMMENTS)
            rel.set("Target", "comments.xml")
            original_rels = src.read(rels_name) if rels_name in names else b""
            (replaced if rels_name in names else added)[rels_name] = _serialise(rels, original_rels)
            types = _parse(src.read("[Content_Types].xml"))
            part = "/" + comments_name
            if not any(o.get("PartName") == part for o in types):
                override = etree.SubElement(types, f"{{{_CT_NS}}}Override")
                override.set("PartName", part)
                override.set("ContentType", CT.WML_COMMENTS)
                replaced["[Content_Types].xml"] = _serialise(types, src.read("[Content_Types].xml"))
            added[comments_name] = _comments_part(raw, comments, stamp)
        else:
            comments_name = posixpath.normpath(posixpath.join(folder, target.lstrip("/")))
            if target.startswith("/"):
                comments_name = target.lstrip("/")
            replaced[comments_name] = _comments_part(src.read(comments_name), comments, stamp)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            copy_info = zipfile.ZipInfo(info.filename, info.date_time)
            copy_info.compress_type = info.compress_type
            copy_info.external_attr = info.external_attr
            dst.writestr(copy_info, replaced.get(info.filename, src.read(info.filename)))
        for name, blob in added.items():
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, blob)
    return out.getvalue()


def _comments_part(raw: bytes, comments: list[tuple[str, str]], stamp: str) -> bytes:
    root = _parse(raw)
    for cid, text in comments:
        comment = _w(root, "comment", id=cid, author=AUTHOR, date=stamp, initials=INITIALS)
        p = _w(comment, "p")
        ref = _w(p, "r")
        ref.append(_w(ref, "annotationRef"))
        p.append(ref)
        run = _w(p, "r")
        t = _w(run, "t")
        t.text = text
        t.set(_XML_SPACE, "preserve")
        run.append(t)
        p.append(run)
        comment.append(p)
        root.append(comment)
    return _serialise(root, raw)


# --- inspecting a package ---------------------------------------------------------------

_TEXT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


def field_instructions(data: bytes) -> list[str]:
    """Every field instruction (simple and complex) in body, headers and footers, in order."""
    out: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(n for n in archive.namelist() if _TEXT_PARTS.match(n)):
            root = _parse(archive.read(name))
            stack: list[list[str]] = []
            for el in root.iter(f"{_W}fldSimple", f"{_W}fldChar", f"{_W}instrText"):
                if el.tag == f"{_W}fldSimple":
                    out.append(_norm_instr(el.get(f"{_W}instr") or ""))
                elif el.tag == f"{_W}instrText":
                    if stack:
                        stack[-1].append(el.text or "")
                elif el.get(f"{_W}fldCharType") == "begin":
                    stack.append([])
                elif el.get(f"{_W}fldCharType") == "end" and stack:
                    instr = "".join(stack.pop())
                    out.append(_norm_instr(instr))
                    if stack:  # a field inside another field's instruction (IF { MERGEFIELD })
                        stack[-1].append(instr)
    return out


def merge_fields(data: bytes) -> list[str]:
    """The names of the merge fields (MERGEFIELD, DOCVARIABLE) and content controls, in order."""
    names: list[str] = []
    for instr in field_instructions(data):
        words = _instr_words(instr)
        if len(words) > 1 and words[0].upper() in _NAME_FIELDS:
            names.append(f"{words[0].upper()} {words[1]}")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(n for n in archive.namelist() if _TEXT_PARTS.match(n)):
            root = _parse(archive.read(name))
            for pr in root.iter(f"{_W}sdtPr"):
                alias = pr.find(f"{_W}alias")
                tag = pr.find(f"{_W}tag")
                label = next(
                    (
                        e.get(f"{_W}val")
                        for e in (alias, tag)
                        if e is not None and e.get(f"{_W}val")
                    ),
                    "",
                )
                names.append(f"invulveld {label}".strip())
    return names


def field_counts(data: bytes) -> Counter[str]:
    """Field instructions with their counts, to check that a rewrite kept every field."""
    return Counter(field_instructions(data))
