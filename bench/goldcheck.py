"""Shared checks for the frozen evaluation sets' gold tests (tests/test_evalN_gold.py).

Each frozen set keeps its own letters, gold and builder; the way a test reads a letter's
body blocks back (to compare them with the gold paragraph list) is the same for all of
them and lives here once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

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


def check_letter(
    g: Any, file: str, text: str, body: str, blocks: list[str], words: tuple[int, int] = (250, 600)
) -> None:
    """The checks every frozen set's gold test makes of one letter against its gold (sets
    10 and later): every quoted string stands in the letter, the file name says the kind
    and plainness, the blocks start as the gold's paragraphs, headings are lines of their
    own, the length, BSNs pass the elfproef, addresses are on example.nl, IBANs pass their
    check, a decision has an objection route, a plain letter a contact and no jargon."""
    missing = [(field, s) for field, s in g.quoted() if s not in text]
    assert not missing, f"{file}: not in the letter: {missing}"

    slug = g.kind.replace(" ", "-").replace("ë", "e")
    assert slug in file and g.plain == ("-plain-" in file)

    starts = [p.start for p in g.paragraphs]
    assert len(blocks) == len(starts), f"{file}: {len(blocks)} blocks, gold {len(starts)}"
    for block, start in zip(blocks, starts, strict=True):
        assert block.startswith(start), f"{file}: {block[:60]!r} vs {start!r}"

    lines = {ln.strip() for ln in body.split("\n")}
    for heading in g.headings:
        assert heading in lines, f"{file}: heading {heading!r} is not a line of its own"
        # a heading may end in a colon ("Aanleiding:", as in sets 5 and 6), not in a stop
        assert not heading.endswith((".", ";", ",")), heading

    low, high = words
    assert low <= len(text.split()) <= high, f"{file}: {len(text.split())} words"
    for bsn in re.findall(r"(?:BSN|[Bb]urgerservicenummer)\D{0,15}(\d{9})\b", text):
        assert elfproef(bsn), f"{file}: BSN {bsn} fails the elfproef"
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w|\bwww\.[\w.-]+\w", text):
        assert address.endswith("example.nl"), f"{file}: {address} not on example.nl"
    for iban in re.findall(r"\bNL\d\d(?: ?[A-Z]{4})(?: ?\d{4}){2} ?\d\d\b", text):
        digits = iban.replace(" ", "")
        moved = digits[4:] + digits[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, f"{file}: IBAN {iban}"

    if g.decision:
        assert g.objection.present and g.objection.term, f"{file}: decision without route"
    if g.plain:
        assert g.contact_pairs and not g.jargon, file
    assert {p.section for p in g.paragraphs} & {"waarom", "besluit"}, file
    for kind in ("dates", "names", "organisations"):
        assert g.facts[kind], f"{file}: facts.{kind} is empty"
