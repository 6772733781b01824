"""Shared checks for the frozen evaluation sets' gold tests (tests/test_evalN_gold.py).

Each frozen set keeps its own letters, gold and builder; the way a test reads a letter's
body blocks back (to compare them with the gold paragraph list) is the same for all of
them and lives here once.
"""

from __future__ import annotations

import re
from pathlib import Path

SALUTATION = re.compile(r"^(Geachte|Beste|Hallo)\b.*,$", re.M)
CLOSING = re.compile(r"^Met (vriendelijke|hartelijke) groet", re.M)


def letter_body(file: str, text: str) -> str:
    """The text between the salutation and the closing."""
    sal = SALUTATION.search(text)
    close = CLOSING.search(text)
    assert sal and close and sal.end() < close.start(), f"{file}: no salutation/closing"
    return text[sal.end() : close.start()]


def txt_blocks(body: str, headings: list[str] | tuple[str, ...]) -> list[str]:
    """The first line of every body block of a text letter, headings left out."""
    heads = set(headings)
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in chunk.strip().split("\n") if ln.strip()]
        while lines and lines[0] in heads:
            lines = lines[1:]
        if lines:
            blocks.append(lines[0])
    return blocks


def docx_blocks(path: Path) -> list[str]:
    """Body blocks from the Word structure: a run of list paragraphs or a table is one block."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    items: list[tuple[str, str]] = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            if p.text.strip():
                style = p.style.name
                kind = "heading" if style.startswith("Heading") else "p"
                kind = "list" if style.startswith("List") else kind
                items.append((kind, p.text.strip()))
        elif el.tag == qn("w:tbl"):
            first = Table(el, doc).rows[0].cells
            items.append(("table", "\t".join(c.text for c in first if c.text)))
    start = next(n for n, (_, t) in enumerate(items) if SALUTATION.match(t))
    end = next(n for n, (_, t) in enumerate(items) if CLOSING.match(t))
    blocks, prev = [], None
    for kind, text in items[start + 1 : end]:
        if not (kind == "heading" or (kind == "list" and prev == "list")):
            blocks.append(text)
        prev = kind
    return blocks


def elfproef(digits: str) -> bool:
    """A BSN passes the eleven test."""
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0
