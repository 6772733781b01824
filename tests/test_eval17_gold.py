"""The seventeenth frozen evaluation set (bench/eval17/) is well-formed.

Every quoted gold string occurs verbatim in its letter (read as the tool reads
it), the paragraph list covers every body block in order, headings are lines
of their own, and the set has the composition and the new layouts its README
promises. The block readers are the shared ones of bench/goldcheck.py, except
for h13, whose sections are the rows of a Word table (each row is a block).
The municipalities of sets 1-15 are those listed in tests/test_eval16_gold.py.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from test_eval16_gold import _EARLIER as _SETS_1_TO_15

from bench.eval17.gold import LETTERS, GoldError, LetterGold17, load_gold
from bench.goldcheck import SALUTATION, check_letter, docx_blocks, letter_body, txt_blocks

GOLD = load_gold()
BY_FILE = {g.file: g for g in GOLD}

# Set 16's municipalities (its README's composition table): none recurs here either.
_SET_16 = {
    "Opsterland", "Westerwolde", "Coevorden", "Molenlanden", "Zuidplas", "Teylingen", "Uithoorn",
    "Edam-Volendam", "Enkhuizen", "Baarn", "Wijk bij Duurstede", "Overbetuwe", "Etten-Leur",
    "Borsele", "Vught", "Landgraaf",
}  # fmt: skip
_EARLIER = _SETS_1_TO_15 | _SET_16
_BENCH = Path(__file__).resolve().parent.parent / "bench"


@cache
def _text(file: str) -> str:
    return BY_FILE[file].text()


def _body(g: LetterGold17) -> str:
    return letter_body(g.file, _text(g.file))


def _row_blocks(path: Path) -> list[str]:
    """Body blocks of a Word letter whose two-column tables are sections: every row a block."""
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
                kind = "list" if p.style.name.startswith("List") else "p"
                items.append((kind, p.text.strip()))
        elif el.tag == qn("w:tbl"):
            for row in Table(el, doc).rows:
                items.append(("row", "\t".join(c.text for c in row.cells if c.text)))
    start = next(n for n, (_, t) in enumerate(items) if SALUTATION.match(t))
    end = next(n for n, (_, t) in enumerate(items) if t.startswith("Met vriendelijke groet"))
    blocks, prev = [], None
    for kind, text in items[start + 1 : end]:
        if not (kind == "list" and prev == "list"):
            blocks.append(text)
        prev = kind
    return blocks


def _blocks(g: LetterGold17) -> list[str]:
    if g.file.startswith("h13"):
        return _row_blocks(g.path)
    if g.file.endswith(".docx"):
        heads = set(g.headings)
        return [b for b in docx_blocks(g.path) if b not in heads]
    return txt_blocks(_body(g), g.headings)


def _g(prefix: str) -> LetterGold17:
    return next(g for g in GOLD if g.file.startswith(prefix))


def _chunk(g: LetterGold17, needle: str) -> str:
    """The body block (text letters) that holds `needle`."""
    for chunk in re.split(r"\n\s*\n", _body(g)):
        if needle in chunk:
            return chunk.strip()
    raise AssertionError(f"{g.file}: {needle!r} is not in the body")


def _section_of(g: LetterGold17, needle: str) -> str:
    lines = [ln.strip() for ln in _chunk(g, needle).split("\n") if ln.strip()]
    lines = [ln for ln in lines if ln not in g.headings]
    return next(p.section for p in g.paragraphs if lines[0].startswith(p.start))


def test_composition_of_the_set():
    on_disk = sorted(p.name for p in LETTERS.iterdir() if p.suffix in (".txt", ".docx"))
    assert sorted(BY_FILE) == on_disk
    assert len(GOLD) == 16
    assert sum(g.file.endswith(".docx") for g in GOLD) == 5
    assert sum(g.plain for g in GOLD) == 2
    assert sum(bool(g.crisis_lines) for g in GOLD) >= 4
    assert sum(bool(g.on_behalf_of) for g in GOLD) >= 1
    assert len({g.sender_org.split()[-1] for g in GOLD}) == 16, "one municipality per letter"
    kinds = Counter(g.kind for g in GOLD)
    for kind in ("toekenning", "afwijzing", "uitnodiging", "beëindiging"):
        assert kinds[kind] >= 2, kind
    for kind in ("beslissing op bezwaar", "terugvordering", "aanmaning", "herinnering"):
        assert kinds[kind] >= 1, kind
    assert kinds["informatiebrief"] + kinds["maatregel"] >= 2
    assert sum(not g.plain and 25 <= len(g.jargon) <= 31 for g in GOLD) == 10, "ten old-style"
    assert sum(not g.plain and 8 <= len(g.jargon) <= 10 for g in GOLD) == 4, "four mid-style"
    assert {g.domain for g in GOLD} >= {"jeugd", "wmo", "participatie", "schulden", "leerplicht"}
    assert max(Counter(g.domain for g in GOLD).values()) <= 4


def _earlier_senders() -> set[str]:
    """The `sender_org` lines of every other set's gold.yaml (nothing else of those files)."""
    found = set()
    for gold in _BENCH.glob("eval*/gold.yaml"):
        if gold.parent.name == "eval17":
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            m = re.match(r'\s*sender_org:\s*"?[Gg]emeente ([^"]+)"?\s*$', line)
            if m:
                found.add(m.group(1).strip())
    return found


def test_municipalities_are_new_and_lists_are_clean():
    earlier = _EARLIER | _earlier_senders()
    assert len(earlier) > 150
    for g in GOLD:
        place = g.sender_org.split(" ", 1)[1]
        assert place not in earlier, f"{g.file}: {place} was used in sets 1-16"
        lowered = [j.lower() for j in g.jargon]
        assert len(lowered) == len(set(lowered)), f"{g.file}: a jargon spelling twice"
        assert not set(g.jargon) & set(g.legal_terms), f"{g.file}: jargon and legal term"


@pytest.mark.parametrize("file", sorted(BY_FILE))
def test_letter_matches_its_gold(file):
    g = BY_FILE[file]
    blocks = _blocks(g)
    check_letter(g, file, _text(file), _body(g), blocks, words=(250, 600))


def test_the_new_layouts_and_traps_are_there():
    # h01: the decision as a list of granted and refused parts inside the besluit block;
    # dates as '1-2-2027' and 'per 1 februari a.s.'; an amount as '€ 1.234,-'
    h01 = _g("h01")
    chunk = _chunk(h01, "- toegekend:")
    assert "- afgewezen:" in chunk and _section_of(h01, "- toegekend:") == "besluit"
    assert {"1-2-2027", "per 1 februari a.s."} <= set(h01.facts["dates"])
    assert "€ 1.234,-" in h01.facts["amounts"]
    # h02: one person with an office number and a mobile number; e-mail with capitals
    h02 = _g("h02")
    own = [c.channel for c in h02.contact_pairs if c.who.startswith("mevrouw")]
    assert any(c.startswith("06-") for c in own) and any(c.startswith("0561-") for c in own)
    assert any("@" in c and c != c.lower() for c in own)
    # h03: other organisations' 0800/0900 numbers beside the gemeente's; 'EUR' amounts
    h03 = _g("h03")
    assert {o.text[:4] for o in h03.other_channels} == {"0800", "0900"}
    holder = _chunk(h03, "0800-8115")
    assert all(o.text in holder for o in h03.other_channels) and "14 0596" in holder
    assert all(a.startswith("EUR ") for a in h03.facts["amounts"])
    # h04: headings numbered 'Ad 1.' ... on their own lines
    h04 = _g("h04")
    assert len(h04.headings) == 6 and all(re.match(r"Ad \d\. ", h) for h in h04.headings)
    # h05: addressed 'Aan de ouder(s)/verzorger(s) van'; the gemeente's number and the GGD's in
    # one sentence
    h05 = _g("h05")
    head = _text(h05.file)[: SALUTATION.search(_text(h05.file)).start()]
    assert "Aan de ouder(s)/verzorger(s) van" in head
    sentence = next(s for s in re.split(r"(?<=\.)\s", _body(h05)) if "078-770 85 00" in s)
    assert "0184-49 59 37" in sentence
    # h06: numbers written with spaces around the hyphen
    assert all(" - " in c.channel for c in _g("h06").contact_pairs if "@" not in c.channel)
    # h07: the crisis lines in an 'N.B.' line, the last block of the body
    h07 = _g("h07")
    assert h07.paragraphs[-1].start.startswith("N.B. ")
    assert all(cl.number in _chunk(h07, "N.B. ") for cl in h07.crisis_lines)
    # h08: a beslissing op bezwaar with a gegrond and an ongegrond part in a list
    h08 = _g("h08")
    assert h08.kind == "beslissing op bezwaar"
    chunk = _chunk(h08, "gegrond verklaard")
    assert "ongegrond verklaard" in chunk and _section_of(h08, "gegrond verklaard") == "besluit"
    # h09: a WhatsApp number; 113 under its own heading
    h09 = _g("h09")
    assert "WhatsApp naar 06-" in _body(h09)
    assert _section_of(h09, "0800-0113") == "contact"
    # h10: written by a regional bureau for the gemeente; a 'z.o.z.' line inside a block
    h10 = _g("h10")
    assert h10.on_behalf_of and "\nz.o.z.\n" in _body(h10)
    assert not any(p.start.startswith("z.o.z.") for p in h10.paragraphs)
    # the IBANs are checked by check_letter: there is one
    ibans = [c for g in GOLD for c in g.facts["case_numbers"] if c.startswith("NL")]
    assert len(ibans) == 1


def test_docx_letters_are_reproduced_and_have_word_structure(tmp_path):
    from docx import Document

    from bench.eval17.make_docx import LETTERS as SPECS
    from bench.eval17.make_docx import build
    from rewriter.readers import read_text

    assert sorted(s["file"] for s in SPECS) == sorted(f for f in BY_FILE if f.endswith(".docx"))
    for spec in SPECS:
        out = tmp_path / spec["file"]
        build(spec).save(str(out))
        assert read_text(out) == _text(spec["file"]), spec["file"]
        doc = Document(str(LETTERS / spec["file"]))
        styles = Counter(p.style.name for p in doc.paragraphs)
        assert styles["List Bullet"] + styles["List Number"] >= 2, spec["file"]
        assert doc.tables, spec["file"]
        for heading in BY_FILE[spec["file"]].headings:
            matches = [p for p in doc.paragraphs if p.text == heading]
            assert matches and matches[0].style.name == "Heading 2", heading
        footer = doc.sections[0].footer.paragraphs[0].text
        assert BY_FILE[spec["file"]].sender_org in footer, f"{spec['file']}: no gemeente"
        assert re.search(r"\b0\d{2,3}-\d", footer), f"{spec['file']}: no general number"
    # h12: a one-cell 'Samenvatting' box as the first block under the salutation
    h12 = _g("h12")
    box = Document(str(h12.path)).tables[0]
    assert len(box.columns) == 1 and box.rows[0].cells[0].text == "Samenvatting"
    assert h12.paragraphs[0].start == "Samenvatting"
    # h13: the sections are the rows of a two-column table (label left, text right)
    h13 = _g("h13")
    rows = Document(str(h13.path)).tables[0].rows
    assert len(rows) >= 6 and all(len(r.cells) == 2 for r in rows)
    in_rows = [p for p in h13.paragraphs if "\t" in p.start]
    assert len(in_rows) == len(rows) and len({p.section for p in in_rows}) >= 5
    assert not h13.headings
    # h14: the consulent's direct number stands only in the footer, with other numbers
    h14 = _g("h14")
    direct = next(c.channel for c in h14.contact_pairs if c.who.startswith("mevrouw"))
    footer = Document(str(h14.path)).sections[0].footer.paragraphs[0].text
    assert direct in footer and direct not in _body(h14)
    assert len(re.findall(r"\b0\d{2,3}-\d", footer)) >= 3
    assert "onderaan deze brief" in _body(h14)
    assert all(o.text in footer for o in h14.other_channels)
    # h15: headings written as articles
    h15 = _g("h15")
    assert len(h15.headings) == 6 and all(re.match(r"Artikel \d ", h) for h in h15.headings)
    # h16: the decision as a table of what stops and what stays
    h16 = _g("h16")
    table = Document(str(h16.path)).tables[0]
    cells = [r.cells[1].text for r in table.rows[1:]]
    assert any(c.startswith("stopt") for c in cells) and any(c.startswith("blijft") for c in cells)
    assert h16.paragraphs[1].section == "besluit"


def test_loader_names_the_record_on_a_bad_field(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text(
        "- file: h01-participatie-toekenning-besluit-in-opsomming-toegekend-afgewezen.txt\n"
        "  kind: brief\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"record 1 \(h01-participatie-.*kind"):
        load_gold(bad)
    bad.write_text("- file: q99-missing.txt\n", encoding="utf-8")
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(bad)
