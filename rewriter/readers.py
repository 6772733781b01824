"""Read letter files into plain text: .txt, .md, .docx, .odt, .html, .pdf.

The text returned is what offsets in findings refer to. Every failure is an
InputError subclass with a Dutch message; nothing else escapes.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from rewriter.errors import (
    EmptyLetterError,
    InputError,
    LetterTooLargeError,
    UnsupportedFormatError,
)

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".html", ".htm", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a letter file and return its text."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormatError(
            f"Bestandstype '{suffix or path.name}' wordt niet ondersteund. "
            f"Gebruik een van: {', '.join(SUPPORTED)}."
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"Bestand niet gevonden: {path.name}.") from exc
    except OSError as exc:
        raise InputError(f"Bestand {path.name} kan niet worden gelezen.") from exc
    return read_bytes(data, suffix, name=path.name, max_bytes=max_bytes)


def read_bytes(
    data: bytes, suffix: str, name: str = "brief", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Convert the bytes of a letter file with the given suffix to text."""
    if len(data) > max_bytes:
        raise LetterTooLargeError(
            f"{name} is te groot ({len(data) // 1024} kB). De grens is {max_bytes // 1024} kB."
        )
    suffix = suffix.lower()
    try:
        if suffix in (".txt", ".md"):
            text = _decode(data)
        elif suffix == ".docx":
            text = _docx(data)
        elif suffix == ".odt":
            text = _odt(data)
        elif suffix in (".html", ".htm"):
            text = _html(_decode(data))
        elif suffix == ".pdf":
            text = _pdf(data)
        else:
            raise UnsupportedFormatError(f"Bestandstype '{suffix}' wordt niet ondersteund.")
    except InputError:
        raise
    except Exception as exc:  # a broken file of a supported type
        raise InputError(
            f"{name} kan niet worden gelezen. Is het bestand beschadigd of geen echt {suffix}-bestand?"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not re.search(r"\w", text):
        raise EmptyLetterError(f"{name} is leeg: er staat geen tekst in.")
    return text


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _docx(data: bytes) -> str:
    """Text of body, tables, headers and footers; merge fields keep their display text."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts: list[str] = []
    for section in doc.sections:
        for part in (section.header, section.first_page_header):
            if part is not None and not part.is_linked_to_previous:
                parts.extend(_block_text(part._element))
    parts.extend(_block_text(doc.element.body))
    for section in doc.sections:
        for part in (section.footer, section.first_page_footer):
            if part is not None and not part.is_linked_to_previous:
                parts.extend(_block_text(part._element))
    return "\n\n".join(p for p in _join_paragraphs(parts) if p is not None)


def _block_text(element: object) -> list[str]:
    """Paragraph texts in document order (tables: one paragraph per cell)."""
    out: list[str] = []
    for p in element.iter(f"{_W}p"):  # type: ignore[attr-defined]
        out.append(_paragraph_text(p))
    return out


def _paragraph_text(p: object) -> str:
    pieces: list[str] = []
    in_instr = False
    for node in p.iter():  # type: ignore[attr-defined]
        tag = node.tag
        if tag == f"{_W}fldChar":
            kind = node.get(f"{_W}fldCharType")
            in_instr = kind == "begin"
            if kind == "separate":
                in_instr = False
        elif tag == f"{_W}t" and not in_instr:
            pieces.append(node.text or "")
        elif tag == f"{_W}tab":
            pieces.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces)


def _join_paragraphs(paragraphs: list[str]) -> list[str]:
    """Group consecutive non-empty paragraphs into blocks (a blank paragraph separates)."""
    blocks: list[str] = []
    current: list[str] = []
    for text in paragraphs:
        if text.strip():
            current.append(text.rstrip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _odt(data: bytes) -> str:
    from odf import teletype, text
    from odf.opendocument import load

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("Dit .odt-bestand is beschadigd.")
    doc = load(io.BytesIO(data))
    paragraphs = [
        teletype.extractText(node)
        for node in doc.getElementsByType(text.P) + doc.getElementsByType(text.H)
    ]
    return "\n\n".join(_join_paragraphs(paragraphs))


def _html(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "head", "noscript"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = []
    for el in soup.find_all(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre", "address"]
    ):
        if el.find(["p", "li", "td"]):
            continue
        text = el.get_text()
        if el.name == "li":
            text = "- " + text.strip()
        blocks.append(text.strip())
    if not any(blocks):
        return soup.get_text("\n")
    return "\n\n".join(b for b in blocks if b)


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise EmptyLetterError(
            "In deze PDF staat geen tekst die wij kunnen lezen (misschien is het een scan)."
        )
    return text
