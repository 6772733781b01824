"""The frozen evaluation set is well-formed: every gold string occurs verbatim in its letter."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from bench.eval.gold import (
    LETTERS,
    GoldError,
    LetterGold,
    load_domain_traps,
    load_gold,
    load_hard_words,
)

GOLD = load_gold()
IDS = [g.file for g in GOLD]
_SALUTATION = re.compile(r"^(Geachte|Beste|Hallo)\b.*,$", re.M)
_CLOSING = re.compile(r"^Met (vriendelijke|hartelijke) groet", re.M)


@cache
def _text(file: str) -> str:
    return next(g for g in GOLD if g.file == file).text()


def _body(g: LetterGold) -> str:
    text = _text(g.file)
    sal = _SALUTATION.search(text)
    close = _CLOSING.search(text)
    assert sal and close and sal.end() < close.start(), f"{g.file}: no salutation/closing"
    return text[sal.end() : close.start()]


def _elfproef(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def test_every_letter_is_annotated_once():
    on_disk = sorted(p.name for p in LETTERS.iterdir() if p.suffix in (".txt", ".docx"))
    assert sorted(IDS) == on_disk


def test_composition_of_the_set():
    assert len(GOLD) >= 32
    assert sum(g.file.endswith(".docx") for g in GOLD) >= 6
    assert sum(g.plain for g in GOLD) >= 3
    assert sum(bool(g.crisis_lines) for g in GOLD) >= 8
    assert sum(g.on_behalf_of is not None for g in GOLD) >= 2
    kinds = Counter(g.kind for g in GOLD)
    for kind in (
        "toekenning",
        "afwijzing",
        "uitnodiging",
        "terugvordering",
        "beslissing op bezwaar",
    ):
        assert kinds[kind] >= 1, kind
    assert {g.domain for g in GOLD} >= {"jeugd", "wmo", "participatie", "schulden", "leerplicht"}


def test_docx_letters_are_reproduced_by_make_docx(tmp_path):
    from bench.eval.make_docx import LETTERS as SPECS
    from bench.eval.make_docx import build
    from rewriter.readers import read_text

    assert len(SPECS) >= 6
    for spec in SPECS:
        out = tmp_path / spec["file"]
        build(spec).save(str(out))
        assert read_text(out) == read_text(LETTERS / spec["file"]), spec["file"]


@pytest.mark.parametrize("file", IDS)
def test_file_name_names_the_kind_and_domain_matches(file):
    g = next(g for g in GOLD if g.file == file)
    slug = g.kind.replace(" ", "-").replace("ë", "e")
    assert slug in file
    assert g.plain == ("-plain-" in file)


@pytest.mark.parametrize("file", IDS)
def test_quoted_strings_occur_verbatim(file):
    g = next(g for g in GOLD if g.file == file)
    text = _text(file)
    missing = [(field, s) for field, s in g.quoted() if s not in text]
    assert not missing, f"{file}: not in the letter: {missing}"


def _txt_blocks(g: LetterGold) -> list[str]:
    """Body blocks of a text letter: runs of non-empty lines, a leading heading line dropped."""
    headings = set(g.headings)
    blocks = []
    for chunk in re.split(r"\n\s*\n", _body(g)):
        lines = [ln.strip() for ln in chunk.strip().split("\n") if ln.strip()]
        while lines and lines[0] in headings:
            lines = lines[1:]
        if lines:
            blocks.append(lines[0])
    return blocks


def _docx_blocks(g: LetterGold) -> list[str]:
    """Body blocks of a Word letter from its real structure: a list or a table is one block."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(g.path))
    items: list[tuple[str, str]] = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            text = p.text.strip()
            if not text:
                continue
            style = p.style.name
            kind = (
                "heading"
                if style.startswith("Heading")
                else "list"
                if style.startswith("List")
                else "p"
            )
            items.append((kind, text))
        elif el.tag == qn("w:tbl"):
            first = Table(el, doc).rows[0].cells
            items.append(("table", "\t".join(c.text for c in first if c.text)))
    start = next(n for n, (_, t) in enumerate(items) if _SALUTATION.match(t))
    end = next(n for n, (_, t) in enumerate(items) if _CLOSING.match(t))
    blocks, prev = [], None
    for kind, text in items[start + 1 : end]:
        if not (kind == "heading" or (kind == "list" and prev == "list")):
            blocks.append(text)
        prev = kind
    return blocks


@pytest.mark.parametrize("file", IDS)
def test_paragraphs_are_every_body_block_in_order(file):
    g = next(g for g in GOLD if g.file == file)
    blocks = _docx_blocks(g) if file.endswith(".docx") else _txt_blocks(g)
    starts = [p.start for p in g.paragraphs]
    assert len(blocks) == len(starts), (
        f"{file}: {len(blocks)} blocks, gold has {len(starts)}: {blocks}"
    )
    for block, start in zip(blocks, starts, strict=True):
        assert block.startswith(start), (
            f"{file}: block {block[:60]!r} does not start with {start!r}"
        )


@pytest.mark.parametrize("file", IDS)
def test_headings_are_whole_lines_in_the_body(file):
    g = next(g for g in GOLD if g.file == file)
    body = _body(g)
    lines = {ln.strip() for ln in body.split("\n")}
    for heading in g.headings:
        assert heading in lines, f"{file}: heading {heading!r} is not a line of its own"
        assert not heading.endswith((".", ":", ";", ",")), heading


@pytest.mark.parametrize("file", IDS)
def test_letter_length_and_fictional_contacts(file):
    text = _text(file)
    words = len(text.split())
    assert 250 <= words <= 650, f"{file}: {words} words"
    for bsn in re.findall(r"(?:BSN|[Bb]urgerservicenummer)\D{0,15}(\d{9})\b", text):
        assert _elfproef(bsn), f"{file}: BSN {bsn} fails the elfproef"
    for mail in re.findall(r"[\w.+-]+@[\w.-]+\w", text):
        assert mail.endswith("example.nl"), f"{file}: e-mail {mail} not on example.nl"
    for site in re.findall(r"\bwww\.[\w.-]+\w", text):
        assert site.endswith("example.nl"), f"{file}: site {site} not on example.nl"


@pytest.mark.parametrize("file", IDS)
def test_record_is_consistent(file):
    g = next(g for g in GOLD if g.file == file)
    if g.decision:
        assert g.objection.present and g.objection.term, (
            f"{file}: a decision has an objection route"
        )
    if g.plain:
        assert g.contact_pairs, f"{file}: a plain control letter has a personal contact"
    sections = {p.section for p in g.paragraphs}
    assert "waarom" in sections or "besluit" in sections, file
    for kind in ("dates", "names", "organisations"):
        assert g.facts[kind], f"{file}: facts.{kind} is empty"


def test_docx_letters_have_real_word_structure():
    from docx import Document

    for g in GOLD:
        if not g.file.endswith(".docx"):
            continue
        doc = Document(str(g.path))
        styles = Counter(p.style.name for p in doc.paragraphs)
        assert any(s.startswith("Heading") for s in styles), g.file
        assert styles["List Bullet"] + styles["List Number"] >= 2, g.file
        assert doc.tables, f"{g.file}: no table"
        section = doc.sections[0]
        assert any(p.text.strip() for p in section.header.paragraphs), f"{g.file}: empty header"
        assert any(p.text.strip() for p in section.footer.paragraphs), f"{g.file}: empty footer"
        for heading in g.headings:
            assert any(
                p.text == heading and p.style.name.startswith("Heading") for p in doc.paragraphs
            ), f"{g.file}: {heading!r} is not a Word heading"


def test_loader_names_the_record_on_a_malformed_field(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text("- file: e01-wmo-toekenning-begeleiding.txt\n  kind: brief\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"record 1 \(e01-wmo-toekenning-begeleiding.txt\).*kind"):
        load_gold(bad)


def test_hard_words_set():
    words = load_hard_words()
    assert len(words) >= 90
    assert len({w.word.lower() for w in words}) >= 70
    for w in words:
        assert w.sentence.count(w.word) == 1, w.sentence
        assert w.sentence.endswith((".", "?")), w.sentence
        assert w.word.lower() not in {o.lower() for o in w.ok}, w.word
        for alt in w.ok:
            assert alt == alt.strip() and "  " not in alt, alt


def test_domain_traps_set():
    traps = load_domain_traps()
    assert len(traps) >= 30
    assert len({t.term for t in traps}) >= 30
    assert len({t.domain for t in traps}) >= 5
    for t in traps:
        assert t.sentence.count(t.term) >= 1, t.sentence
        assert len(t.wrong.split()) >= 3 and len(t.note.split()) >= 5, t.term


def test_sentence_loaders_name_the_record(tmp_path):
    bad = tmp_path / "hard_words.yaml"
    bad.write_text(
        '- sentence: "Wij zijn er nu."\n  word: "momenteel"\n  ok: ["nu"]\n', encoding="utf-8"
    )
    with pytest.raises(GoldError, match=r"record 1.*momenteel"):
        load_hard_words(bad)
    bad = tmp_path / "domain_traps.yaml"
    bad.write_text(
        '- sentence: "Een zin."\n  domain: zorg\n  term: "zin"\n  wrong: "x y z"\n  note: "a b c d e"\n',
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"record 1.*domain"):
        load_domain_traps(bad)
