"""Read letter files into plain text: .txt, .md, .docx, .odt, .html, .pdf.

The text returned is what offsets in findings refer to. Every failure is an
InputError subclass with a Dutch message; nothing else escapes.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from rewriter import inputgate
from rewriter.errors import (
    EmptyLetterError,
    InputError,
    UnsupportedFormatError,
)
from rewriter.settings import Settings

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".html", ".htm", ".pdf")
DEFAULT_MAX_BYTES = Settings().max_letter_bytes
DEFAULT_MAX_CHARS = Settings().max_letter_chars


def read_text(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
) -> str:
    """Read a letter file and return its text (through the input gate, `rewriter.inputgate`)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormatError(
            f"Bestandstype '{suffix or path.name}' wordt niet ondersteund. "
            f"Gebruik een van: {', '.join(SUPPORTED)}."
        )
    try:
        inputgate.check_size(path.stat().st_size, max_bytes, path.name)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    except FileNotFoundError as exc:
        raise InputError(f"Bestand niet gevonden: {path.name}.") from exc
    except OSError as exc:
        raise InputError(f"Bestand {path.name} kan niet worden gelezen.") from exc
    return read_bytes(data, suffix, name=path.name, max_bytes=max_bytes, max_chars=max_chars)


def read_bytes(
    data: bytes,
    suffix: str,
    name: str = "brief",
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> str:
    """Convert the bytes of a letter file with the given suffix to text.

    The input gate checks the bytes first (size, the parts of a .docx/.odt)
    and the text last (length); text files are decoded by the gate.
    """
    suffix = suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormatError(
            f"Bestandstype '{suffix}' wordt niet ondersteund. Gebruik een van: {', '.join(SUPPORTED)}."
        )
    inputgate.check_size(len(data), max_bytes, name)
    if not data.strip():
        raise EmptyLetterError(f"Het bestand {name} is leeg: er staat geen tekst in.")
    inputgate.check_bytes(data, suffix, name, max_bytes, max_chars)
    try:
        if suffix in (".txt", ".md"):
            text = inputgate.decode_text(data, name)
        elif suffix == ".docx":
            text = _docx(data)
        elif suffix == ".odt":
            inputgate.quiet_odfpy()
            text = _odt(data)
        elif suffix in (".html", ".htm"):
            text = _html(inputgate.decode_text(data, name))
        else:
            inputgate.quiet_pypdf()
            text = _pdf(data, max_chars)
    except InputError:
        raise
    except Exception as exc:  # a broken file of a supported type
        raise InputError(
            f"{name} kan niet worden gelezen. Is het bestand beschadigd of geen echt {suffix}-bestand?"
        ) from exc
    text = inputgate.normalise_newlines(text)
    if not re.search(r"\w", text):
        raise EmptyLetterError(f"Het bestand {name} is leeg: er staat geen tekst in.")
    return inputgate.check_text(text, max_chars, name)


def _docx(data: bytes) -> str:
    """Text of headers, body (tables: one line per row) and footers, each paragraph a block.

    Defined in rewriter/wordml.py, where the same walk maps every character back
    to the XML for tracked changes. A merge field (MERGEFIELD, DOCVARIABLE) reads
    as «its name», whatever it shows; existing tracked changes read as accepted.
    """
    from rewriter.wordml import read_docx

    return read_docx(data).text


def _odt(data: bytes) -> str:
    """Text of the body in document order: headings, paragraphs, lists ("- "), table rows."""
    from odf.opendocument import load

    doc = load(io.BytesIO(data))
    blocks: list[str] = []
    _odt_blocks(doc.text, blocks, "")
    return "\n\n".join(b for b in blocks if b.strip())


_ODT_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _odt_blocks(node: Any, out: list[str], prefix: str) -> None:
    from odf import teletype

    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname in ((_ODT_TEXT, "p"), (_ODT_TEXT, "h")):
            text = teletype.extractText(child).strip()
            if text:
                out.append(prefix + text)
                prefix = ""  # only the first paragraph of a list item gets the dash
        elif qname == (_ODT_TEXT, "list-item"):
            _odt_blocks(child, out, "- ")
        elif qname == (_ODT_TABLE, "table-row"):
            cells: list[str] = []
            for cell in child.childNodes:
                if getattr(cell, "qname", None) == (_ODT_TABLE, "table-cell"):
                    inner: list[str] = []
                    _odt_blocks(cell, inner, "")
                    if inner:
                        cells.append("\n".join(inner))
            if cells:
                out.append("\t".join(cells))
        elif qname is not None and qname[1] not in ("tracked-changes", "sequence-decls"):
            _odt_blocks(child, out, prefix)


_HTML_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_BR = "\x00"  # a <br> or a newline inside <pre>
_NBSP_PRE = "\x01"  # a space inside <pre>


def _html(markup: str) -> str:
    """Visible text: each block element (p, li, td, div, ...) a block; <br> a line break.

    Whitespace inside a block is collapsed the way a browser does; list items get "- ".
    """
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "head", "noscript", "template", "title"]):
        tag.decompose()
    blocks: list[str] = []
    buf: list[str] = []
    prefix = ""

    def flush() -> None:
        nonlocal prefix
        text = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(buf))
        buf.clear()
        text = re.sub(f" ?{_BR} ?", "\n", text).replace(_NBSP_PRE, " ").strip(" \n")
        if text:
            blocks.append(prefix + text)
            prefix = ""

    def walk(node: Any, pre: bool) -> None:
        nonlocal prefix
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                piece = str(child)
                if pre:
                    piece = piece.replace("\n", _BR).replace(" ", _NBSP_PRE)
                buf.append(piece)
            elif child.name == "br":
                buf.append(_BR)
            elif child.name in _HTML_BLOCKS:
                flush()
                if child.name == "li":
                    prefix = "- "
                walk(child, pre or child.name == "pre")
                flush()
            else:
                walk(child, pre)

    walk(soup, False)
    flush()
    return "\n\n".join(blocks)


def _pdf(data: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages: list[str] = []
    chars = 0
    for page in reader.pages:  # stop reading at the character limit: a long PDF is refused anyway
        pages.append(page.extract_text() or "")
        chars += len(pages[-1])
        if chars > max_chars:
            break
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise EmptyLetterError(
            "In dit PDF-bestand staat geen tekst die wij kunnen lezen (misschien is het een scan)."
        )
    return text
