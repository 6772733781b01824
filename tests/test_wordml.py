"""Proposals as tracked changes inside the original .docx (rewriter/wordml.py).

The documents are built here with real Word structures (python-docx plus raw
WordprocessingML): complex and simple MERGEFIELD, DOCVARIABLE, an IF field with a
nested MERGEFIELD, content controls, a table, a header with a logo, a footer with a
PAGE field, a numbered list, mixed formatting inside a sentence, an existing
tracked change and bookmarks. The checks are on the XML of the output.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from rewriter.engine import Engine
from rewriter.readers import read_bytes
from rewriter.rewrite import rewrite
from rewriter.wordml import (
    AUTHOR,
    field_instructions,
    merge_fields,
    read_docx,
    write_tracked,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
DATE = "2026-01-01T00:00:00Z"


def el(fragment: str):
    """Parse a WordprocessingML fragment (the w: namespace is declared here)."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {nsdecls('w')}", fragment, count=1))


def complex_field(p, instr: str, shown: str, nested: tuple[str, str] | None = None) -> None:
    """Append a complex field (begin, instruction, [nested field], separate, result, end)."""
    runs = ['<w:r><w:fldChar w:fldCharType="begin"/></w:r>']
    if nested:
        head, tail = instr.split("{}")
        runs.append(f'<w:r><w:instrText xml:space="preserve">{head}</w:instrText></w:r>')
        runs += [
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r><w:instrText xml:space="preserve">{nested[0]}</w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r><w:t>{nested[1]}</w:t></w:r>",
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            f'<w:r><w:instrText xml:space="preserve">{tail}</w:instrText></w:r>',
        ]
    else:
        runs.append(f'<w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>')
    runs += [
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for run in runs:
        p._p.append(el(run))


def text_run(p, text: str, rpr: str = "") -> None:
    p._p.append(el(f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'))


def logo_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (0, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def build_letter() -> bytes:
    """A Wmo letter template as a municipality would keep it in Word."""
    doc = Document()
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.add_run().add_picture(io.BytesIO(logo_png()))
    head.add_run("Gemeente Voorbeeld")
    foot = section.footer.paragraphs[0]
    foot.add_run("Pagina ")
    complex_field(foot, " PAGE ", "1")

    p = doc.add_paragraph("Geachte ")
    complex_field(p, " MERGEFIELD Aanhef ", "mevrouw")
    text_run(p, " ")
    p._p.append(
        el(
            '<w:fldSimple w:instr=" MERGEFIELD Achternaam \\* MERGEFORMAT ">'
            "<w:r><w:t>«Achternaam»</w:t></w:r></w:fldSimple>"
        )
    )
    text_run(p, ",")

    p = doc.add_paragraph()  # mixed formatting inside a sentence
    text_run(p, "Midd", "<w:rPr><w:b/></w:rPr>")
    text_run(p, "els deze brief", "<w:rPr><w:i/></w:rPr>")
    text_run(p, " informeren wij u over uw aanvraag voor huishoudelijke hulp.")

    p = doc.add_paragraph("Uw dossiernummer is ")
    complex_field(p, " DOCVARIABLE Dossiernummer ", "2026-0042")
    text_run(p, ".")

    p = doc.add_paragraph("U krijgt ")
    complex_field(
        p,
        ' IF {} = "post" "een brief" "een e-mail" ',
        "een brief",
        nested=(" MERGEFIELD Kanaal ", "«Kanaal»"),
    )
    text_run(p, " van ons. Indien u vragen heeft, kunt u ons bellen.")

    doc.element.body.insert(
        len(doc.element.body) - 1,
        el(
            '<w:sdt><w:sdtPr><w:alias w:val="Contactpersoon"/><w:tag w:val="contact"/>'
            "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Uw contactpersoon is Petra de Boer.</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    p = doc.add_paragraph("Wij hebben uw aanvraag op ")
    p._p.append(
        el(
            '<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:date/></w:sdtPr><w:sdtContent>'
            "<w:r><w:t>1 maart 2026</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    text_run(p, " ontvangen.")

    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Onderwerp"
    table.cell(0, 1).text = "Uw aanvraag middels het formulier"
    table.cell(1, 0).text = "Bedrag"
    cell = table.cell(1, 1).paragraphs[0]
    cell._p.append(el('<w:bookmarkStart w:id="0" w:name="Bedrag"/>'))
    text_run(cell, "€ 120")
    cell._p.append(el('<w:bookmarkEnd w:id="0"/>'))
    text_run(cell, " per maand")

    doc.add_paragraph("Het formulier is volledig ingevuld.", style="List Number")
    doc.add_paragraph("Indien nodig belt de consulent u.", style="List Number")

    p = doc.add_paragraph("Wij hebben ")  # an existing tracked change, by someone else
    p._p.append(
        el(
            '<w:ins w:id="901" w:author="Jan" w:date="2025-12-01T10:00:00Z">'
            '<w:r><w:t xml:space="preserve">uw brief </w:t></w:r></w:ins>'
        )
    )
    p._p.append(
        el(
            '<w:del w:id="902" w:author="Jan" w:date="2025-12-01T10:00:00Z">'
            '<w:r><w:delText xml:space="preserve">het formulier </w:delText></w:r></w:del>'
        )
    )
    text_run(p, "goed ontvangen.")
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("Team Wmo")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def body_xml(data: bytes):
    return etree.fromstring(parts(data)["word/document.xml"])


def reject_ours(data: bytes) -> bytes:
    """Reject every change by Keukentafeltaal and drop its comments (what Word's 'reject all' does)."""
    files = parts(data)
    root = etree.fromstring(files["word/document.xml"])
    for ins in root.iter(f"{W}ins"):
        if ins.get(f"{W}author") == AUTHOR and ins.getparent() is not None:
            ins.getparent().remove(ins)
    for deleted in list(root.iter(f"{W}del")):
        if deleted.get(f"{W}author") != AUTHOR:
            continue
        for t in deleted.iter(f"{W}delText"):
            t.tag = f"{W}t"
        parent = deleted.getparent()
        for child in list(deleted):
            deleted.addprevious(child)
        parent.remove(deleted)
    files["word/document.xml"] = etree.tostring(root)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in files.items():
            z.writestr(name, blob)
    return out.getvalue()


@pytest.fixture(scope="module")
def letter(engine: Engine):
    data = build_letter()
    text = read_bytes(data, ".docx")
    result = rewrite(text, engine, "all")
    tracked = write_tracked(data, result, date=DATE)
    return data, text, result, tracked


# --- reading --------------------------------------------------------------------------


def test_reader_reads_fields_as_names_and_changes_as_accepted(letter) -> None:
    _, text, _, _ = letter
    blocks = text.split("\n\n")
    assert blocks[0] == "Gemeente Voorbeeld"
    assert blocks[1] == "Geachte «Aanhef» «Achternaam»,"  # shown 'mevrouw' read as the field
    assert "Uw dossiernummer is «Dossiernummer»." in blocks
    assert "U krijgt een brief van ons. Indien u vragen heeft, kunt u ons bellen." in blocks
    assert "Uw contactpersoon is Petra de Boer." in blocks
    assert "Wij hebben uw brief goed ontvangen." in blocks  # Jan's change accepted
    assert "Bedrag\t€ 120 per maand" in blocks
    assert blocks[-1] == "Pagina 1"
    assert "MERGEFIELD" not in text and "Kanaal" not in text


def test_reader_offsets_map_to_the_xml(letter) -> None:
    data, text, _, _ = letter
    doc = read_docx(data)
    assert doc.text == text
    for piece in doc.pieces:
        assert text[piece.start : piece.start + len(piece.text)] == piece.text
        if piece.kind == "t":
            assert piece.node.text[piece.offset : piece.offset + len(piece.text)] == piece.text


# --- writing ----------------------------------------------------------------------------


def test_accept_all_equals_rewrite_and_nothing_was_refused(letter) -> None:
    _, _, result, tracked = letter
    assert result.applied, "the letter must get proposals for this test to mean anything"
    assert tracked.refused == ()
    assert len(tracked.written) == len(result.applied)
    assert tracked.text_accepted == result.text
    assert read_docx(tracked.data).text == result.text  # the reader reads changes as accepted


def test_reject_all_gives_the_original_text(letter) -> None:
    _, text, _, tracked = letter
    assert read_docx(reject_ours(tracked.data)).text == text


def test_changes_are_by_keukentafeltaal_with_the_fixed_date(letter) -> None:
    data, _, result, tracked = letter
    root = body_xml(tracked.data)
    ours = [
        e
        for e in root.iter(f"{W}ins", f"{W}del")
        if e.get(f"{W}author") == AUTHOR and e.get(f"{W}date") == DATE
    ]
    assert len(ours) >= len(result.applied)
    others = [e.get(f"{W}author") for e in root.iter(f"{W}ins", f"{W}del")]
    assert others.count("Jan") == 2  # the existing change is still there, untouched
    assert tracked.data == write_tracked(data, result, date=DATE).data  # byte-reproducible


def test_fields_content_controls_and_bookmarks_survive(letter) -> None:
    data, _, _, tracked = letter
    assert field_instructions(tracked.data) == field_instructions(data)
    assert field_instructions(data) == [
        "MERGEFIELD Aanhef",
        "MERGEFIELD Achternaam \\* MERGEFORMAT",
        "DOCVARIABLE Dossiernummer",
        "MERGEFIELD Kanaal",
        'IF MERGEFIELD Kanaal = "post" "een brief" "een e-mail"',
        "PAGE",
    ]
    assert merge_fields(tracked.data) == merge_fields(data)
    assert "invulveld Contactpersoon" in merge_fields(data)
    before, after = body_xml(data), body_xml(tracked.data)
    for tag in ("sdt", "bookmarkStart", "bookmarkEnd", "fldSimple", "fldChar", "instrText"):
        assert len(list(after.iter(f"{W}{tag}"))) == len(list(before.iter(f"{W}{tag}"))), tag
    sdts = [etree.tostring(s, method="c14n") for s in before.iter(f"{W}sdt")]
    assert sdts == [etree.tostring(s, method="c14n") for s in after.iter(f"{W}sdt")]


def test_other_parts_are_byte_identical(letter) -> None:
    data, _, _, tracked = letter
    old, new = parts(data), parts(tracked.data)
    changed = {n for n in old if old[n] != new.get(n)}
    assert changed == {
        "word/document.xml",
        "[Content_Types].xml",
        "word/_rels/document.xml.rels",
    }
    assert set(new) - set(old) == {"word/comments.xml"}
    assert any(n.startswith("word/media/") for n in old)
    assert any(n.startswith("word/header") for n in old)
    assert list(new)[: len(old)] == list(old)  # same part order


def test_untouched_paragraphs_tables_and_section_are_identical(letter) -> None:
    data, _, _result, tracked = letter
    before = body_xml(data).find(f"{W}body")
    after = body_xml(tracked.data).find(f"{W}body")
    assert len(before) == len(after)
    changed = 0
    for old, new in zip(before, after, strict=True):
        same = etree.tostring(old, method="c14n") == etree.tostring(new, method="c14n")
        if not same:
            changed += 1
            assert (
                new.find(f".//{W}ins[@{W}author='{AUTHOR}']") is not None
                or new.find(f".//{W}del[@{W}author='{AUTHOR}']") is not None
            )
    assert 0 < changed < len(before)
    numbered = [p for p in after.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle") is not None]
    assert numbered and all(
        p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "ListNumber" for p in numbered
    )


def test_every_comment_is_anchored_to_its_change(letter) -> None:
    _, _, _, tracked = letter
    root = body_xml(tracked.data)
    comments = etree.fromstring(parts(tracked.data)["word/comments.xml"])
    ids = [c.get(f"{W}id") for c in comments.iter(f"{W}comment")]
    assert len(ids) == tracked.comments == tracked.changes
    for cid in ids:
        start = root.find(f".//{W}commentRangeStart[@{W}id='{cid}']")
        end = root.find(f".//{W}commentRangeEnd[@{W}id='{cid}']")
        ref = root.find(f".//{W}commentReference[@{W}id='{cid}']")
        assert start is not None and end is not None and ref is not None
        first, last = start.getnext(), end.getprevious()
        assert first.tag in (f"{W}del", f"{W}ins") and first.get(f"{W}author") == AUTHOR
        assert last.tag in (f"{W}del", f"{W}ins") and last.get(f"{W}author") == AUTHOR
        assert ref.getparent() is end.getnext()
    texts = ["".join(c.itertext()) for c in comments.iter(f"{W}comment")]
    assert any("'Middels' → 'Met'." in t and "ouderwets" in t for t in texts)


def test_change_across_runs_keeps_the_formatting_where_it_starts(letter) -> None:
    _, _, _, tracked = letter
    root = body_xml(tracked.data)
    ins = next(i for i in root.iter(f"{W}ins") if "".join(i.itertext()).strip() == "Met")
    rpr = ins.find(f"{W}r/{W}rPr")
    assert rpr is not None and rpr.find(f"{W}b") is not None and rpr.find(f"{W}i") is None
    deleted = ins.getprevious()
    assert deleted.tag == f"{W}del"
    assert "".join(t.text for t in deleted.iter(f"{W}delText")) == "Middels"
    after = deleted.getparent()
    rest = "".join(t.text for t in after.iter(f"{W}t") if t.getparent().getparent() is after)
    assert rest.startswith(" deze brief")  # the italic run was split at the edge only
    italic = [r for r in after.iter(f"{W}r") if r.find(f"{W}rPr/{W}i") is not None]
    assert "".join(t.text for r in italic for t in r.iter(f"{W}t")) == " deze brief"


def refusal_letter() -> bytes:
    """Jargon placed inside structures a change must not cut through."""
    doc = Document()
    p = doc.add_paragraph("Wij sturen het besluit ")
    complex_field(p, ' IF 1 = 1 "middels de post" "" ', "middels de post")
    text_run(p, ".")
    p = doc.add_paragraph("Wij sturen het formulier ")
    p._p.append(
        el(
            "<w:sdt><w:sdtPr><w:alias w:val='Wijze'/></w:sdtPr><w:sdtContent>"
            "<w:r><w:t>middels de post</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    text_run(p, ".")
    p = doc.add_paragraph("U moet ")
    p._p.append(
        el(
            '<w:ins w:id="801" w:author="Jan" w:date="2025-12-01T10:00:00Z">'
            "<w:r><w:t>de gegevens verstrekken</w:t></w:r></w:ins>"
        )
    )
    text_run(p, ".")
    p = doc.add_paragraph()
    text_run(p, "Ind")
    p._p.append(el('<w:commentRangeStart w:id="5"/>'))
    text_run(p, "ien u wilt, bel ons.")
    p._p.append(el('<w:commentRangeEnd w:id="5"/>'))
    p = doc.add_paragraph()
    text_run(p, "Midd")
    p._p.append(el('<w:bookmarkStart w:id="6" w:name="Wijze"/>'))
    text_run(p, "els een formulier")
    p._p.append(el('<w:bookmarkEnd w:id="6"/>'))
    text_run(p, " vraagt u dit aan.")
    doc.add_paragraph("Middels deze brief informeren wij u.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_refusals_name_the_structure(engine: Engine) -> None:
    data = refusal_letter()
    text = read_bytes(data, ".docx")
    result = rewrite(text, engine, "all")
    tracked = write_tracked(data, result, date=DATE)
    reasons = [r.reason for r in tracked.refused]
    by_kind = " | ".join(reasons)
    for word in ("veld (IF)", "invulveld", "wijziging die al in het document staat",
                 "opmerking", "bladwijzer"):  # fmt: skip
        assert word in by_kind, (word, reasons)
    assert len(reasons) == 5 and all(r.startswith("Dit voorstel") for r in reasons)
    # the free 'Middels' in the last paragraph is still written
    assert any(e.before == "Middels" and e.start > text.index("aan.") for e in tracked.written)
    assert read_docx(tracked.data).text == tracked.text_accepted
    assert read_docx(reject_ours(tracked.data)).text == text
    assert field_instructions(tracked.data) == field_instructions(data)


def test_hints_become_comments_only_when_asked(engine: Engine, letter) -> None:
    data, _, result, plain = letter
    with_hints = write_tracked(data, result, date=DATE, hints=True)
    assert plain.hints == 0
    assert with_hints.hints > 0
    assert with_hints.comments == with_hints.changes + with_hints.hints
    root = body_xml(with_hints.data)
    starts = {s.get(f"{W}id") for s in root.iter(f"{W}commentRangeStart")}
    ends = {s.get(f"{W}id") for s in root.iter(f"{W}commentRangeEnd")}
    assert len(starts) == with_hints.comments and starts == ends
    assert read_docx(with_hints.data).text == result.text


def test_nothing_to_change_returns_the_same_bytes(engine: Engine) -> None:
    data = build_letter()
    result = rewrite(read_bytes(data, ".docx"), engine, "none")
    assert write_tracked(data, result, date=DATE).data == data


def test_cli_writes_the_tracked_document(tmp_path: Path) -> None:
    from rewriter.cli import main

    src = tmp_path / "brief.docx"
    src.write_bytes(build_letter())
    out = tmp_path / "brief-voorstel.docx"
    args = ["rewrite", str(src), "--out", str(out), "--accept", "all", "--fixed-date"]
    assert main(args) == 0
    first = out.read_bytes()
    assert main(args) == 0
    assert out.read_bytes() == first
    assert field_instructions(first) == field_instructions(src.read_bytes())
    assert f'w:author="{AUTHOR}"'.encode() in parts(first)["word/document.xml"]


def test_batch_writes_each_docx_back_with_tracked_changes(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    from rewriter.batch import Options, run_batch

    lib = tmp_path / "bibliotheek"
    (lib / "wmo").mkdir(parents=True)
    (lib / "wmo" / "toekenning.docx").write_bytes(build_letter())
    odt = OpenDocumentText()
    odt.text.addElement(P(text="Middels deze brief informeren wij u over uw aanvraag."))
    odt.save(str(lib / "wmo" / "oud.odt"))
    out = tmp_path / "uit"
    result = run_batch(lib, out, Options("all", ("docx-tracked", "txt")))
    assert result.failed == []
    rows = {s.rel: s for s in result.summaries}
    docx_row, odt_row = rows["wmo/toekenning.docx"], rows["wmo/oud.odt"]
    written = out / docx_row.tracked_file
    assert docx_row.tracked_file == "brieven/wmo/toekenning.wijzigingen.docx"
    assert docx_row.tracked_changes == docx_row.applied > 0
    assert docx_row.merge_fields == [
        "MERGEFIELD Aanhef",
        "MERGEFIELD Achternaam",
        "DOCVARIABLE Dossiernummer",
        "MERGEFIELD Kanaal",
        "invulveld Contactpersoon",
        "invulveld Datum",
    ]
    assert field_instructions(written.read_bytes()) == field_instructions(build_letter())
    assert read_docx(written.read_bytes()).text == (out / "brieven/wmo/toekenning.txt").read_text(
        encoding="utf-8"
    )
    assert odt_row.tracked_file == "" and "nog niet ondersteund" in odt_row.tracked_note
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Word-bestanden met voorgestelde wijzigingen" in html
    assert 'href="brieven/wmo/toekenning.wijzigingen.docx"' in html
    assert "DOCVARIABLE Dossiernummer" in html and "nog niet ondersteund" in html


def test_batch_fails_a_letter_whose_fields_would_change(tmp_path: Path, monkeypatch) -> None:
    import rewriter.wordml
    from rewriter.batch import Options, run_batch

    lib = tmp_path / "bib"
    lib.mkdir()
    (lib / "brief.docx").write_bytes(build_letter())
    real = rewriter.wordml.field_counts
    calls = []

    def broken(data: bytes):
        calls.append(1)
        counts = real(data)
        if len(calls) == 1:  # the written document: pretend a field went missing
            counts["PAGE"] -= 1
        return counts

    monkeypatch.setattr(rewriter.wordml, "field_counts", broken)
    result = run_batch(lib, tmp_path / "uit", Options("all", ("docx-tracked",)))
    assert [s.rel for s in result.failed] == ["brief.docx"]
    assert "velden" in result.failed[0].reason
    assert not (tmp_path / "uit" / "brieven" / "brief.wijzigingen.docx").exists()


# --- LibreOffice (Debian's libreoffice-writer-nogui, headless) -------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def soffice(profile: Path, target: str, src: Path, outdir: Path) -> Path:
    """Convert with a private LibreOffice profile; the whole process group dies on a timeout."""
    if SOFFICE is None:
        pytest.fail("LibreOffice is missing: run `make setup` as root (libreoffice-writer-nogui)")
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [
        SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--convert-to", target, "--outdir", str(outdir), str(src),
    ]  # fmt: skip
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"LibreOffice did not finish converting to {target} within 60 s")
    out = outdir / (src.stem + "." + target.split(":")[0])
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


def odt_paragraphs(odt: Path, mode: str) -> list[str]:
    """Paragraph texts of an ODT as LibreOffice stored it, with its tracked changes
    accepted (mode 'accept') or rejected ('reject'); comments left out."""
    with zipfile.ZipFile(odt) as z:
        root = etree.fromstring(z.read("content.xml"))
    t = f"{{{_TEXT_NS}}}"
    kinds, deleted = {}, {}
    for region in root.iter(f"{t}changed-region"):
        rid = region.get(f"{t}id")
        kind = region[0]
        kinds[rid] = etree.QName(kind).localname
        deleted[rid] = "".join("".join(p.itertext()) for p in kind.iter(f"{t}p"))
    body = root.find(f"{{{_OFFICE_NS}}}body/{{{_OFFICE_NS}}}text")
    inserted: set[str] = set()
    paragraphs: list[str] = []

    def walk(node, out: list[str]) -> None:
        if node.text and not inserted:
            out.append(node.text)
        for child in node:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            cid = child.get(f"{t}change-id")
            if name in ("annotation", "tracked-changes", "p", "h") or not name:
                pass
            elif name == "change-start" and mode == "reject" and kinds.get(cid) == "insertion":
                inserted.add(cid)
            elif name == "change-end":
                inserted.discard(cid)
            elif name == "change" and mode == "reject" and kinds.get(cid) == "deletion":
                out.append(deleted[cid])
            elif name == "s":
                out.append(" " * int(child.get(f"{t}c", "1")))
            elif name == "tab":
                out.append("\t")
            else:
                walk(child, out)
            if child.tail and not inserted:
                out.append(child.tail)

    for p in body.iter(f"{t}p", f"{t}h"):
        if any(
            etree.QName(a).localname in ("tracked-changes", "annotation") for a in p.iterancestors()
        ):
            continue
        out: list[str] = []
        walk(p, out)
        paragraphs.append("".join(out).strip())
    return [p for p in paragraphs if p]


def plain_blocks(text: str) -> list[str]:
    """Body paragraphs and table cells of our text, without the ones holding a merge field.

    Our reader puts Word's list label ('1. ', '- ') in front of a list paragraph;
    LibreOffice keeps it out of the paragraph's text, so it is left out here.
    """
    blocks = text.split("\n\n")[1:-1]  # header and footer are not in the ODT body
    cells = [re.sub(r"^(?:\d+\.|-) ", "", c) for b in blocks for c in b.split("\t")]
    return [c for c in cells if "«" not in c]


def test_libreoffice_opens_the_output_sees_the_changes_and_keeps_the_fields(
    letter, tmp_path: Path
) -> None:
    data, text, result, tracked = letter
    profile = tmp_path / "lo-profiel"
    src, orig = tmp_path / "voorstel.docx", tmp_path / "origineel.docx"
    src.write_bytes(tracked.data)
    orig.write_bytes(data)

    pdf = soffice(profile, "pdf", src, tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000

    odt = soffice(profile, "odt", src, tmp_path / "odt")
    with zipfile.ZipFile(odt) as z:
        content = etree.fromstring(z.read("content.xml"))
    regions = list(content.iter(f"{{{_TEXT_NS}}}changed-region"))
    creators = [
        "".join(c.itertext())
        for r in regions
        for c in r.iter("{http://purl.org/dc/elements/1.1/}creator")
    ]
    ours = [
        e
        for e in body_xml(tracked.data).iter(f"{W}ins", f"{W}del")
        if e.get(f"{W}author") == AUTHOR
    ]
    assert creators.count(AUTHOR) == len(ours) > 0  # one LibreOffice change per w:ins / w:del
    assert len(regions) == len(ours) + 2  # plus Jan's existing insertion and deletion
    accepted = odt_paragraphs(odt, "accept")
    rejected = odt_paragraphs(odt, "reject")
    assert set(plain_blocks(result.text)) <= set(accepted)
    original_blocks = [b for b in plain_blocks(text) if "uw brief" not in b]  # Jan's change
    assert set(original_blocks) <= set(rejected)
    assert (
        "Middels deze brief informeren wij u over uw aanvraag voor huishoudelijke hulp." in rejected
    )
    # accepted: 'Middels' became 'Met' (other glossary words in the sentence may change too)
    assert any(p.startswith("Met deze brief") for p in accepted)

    # round trip docx -> docx: merge fields are still fields, as with the original
    ours_rt = soffice(profile, "docx:MS Word 2007 XML", src, tmp_path / "rt")
    orig_rt = soffice(profile, "docx:MS Word 2007 XML", orig, tmp_path / "rt-origineel")
    kept = field_instructions(ours_rt.read_bytes())
    assert kept == field_instructions(orig_rt.read_bytes())
    for name in ("MERGEFIELD Aanhef", "MERGEFIELD Achternaam", "DOCVARIABLE Dossiernummer", "PAGE"):
        assert name in kept


def test_existing_comments_are_kept_and_ours_are_added(engine: Engine) -> None:
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Let op de termijn.")
    doc.add_comment(run, text="Termijn nakijken", author="Jurist")
    doc.add_paragraph("Middels deze brief informeren wij u over uw aanvraag.")
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    result = rewrite(read_bytes(data, ".docx"), engine, "all")
    tracked = write_tracked(data, result, date=DATE)
    assert tracked.changes >= 1 and tracked.refused == ()
    old, new = parts(data), parts(tracked.data)
    assert set(new) == set(old)  # the comments part is extended, not added twice
    assert new["[Content_Types].xml"] == old["[Content_Types].xml"]
    comments = etree.fromstring(new["word/comments.xml"])
    authors = [c.get(f"{W}author") for c in comments.iter(f"{W}comment")]
    assert authors[0] == "Jurist" and authors.count(AUTHOR) == tracked.changes
    ids = [c.get(f"{W}id") for c in comments.iter(f"{W}comment")]
    assert len(set(ids)) == len(ids)
    first = etree.fromstring(old["word/comments.xml"]).find(f"{W}comment")
    assert etree.tostring(first, method="c14n") == etree.tostring(
        comments.find(f"{W}comment"), method="c14n"
    )
    assert read_docx(tracked.data).text == result.text


def test_web_app_offers_the_uploaded_word_file_with_tracked_changes(tmp_path: Path) -> None:
    import app
    from rewriter import workbench as wb
    from rewriter import worksheet as ws

    upload = tmp_path / "brief.docx"
    upload.write_bytes(build_letter())
    demo = app.build_demo()
    make = next(f.fn for f in demo.fns.values() if f.api_name == "maak")
    engine = Engine.create()
    text = read_bytes(upload.read_bytes(), ".docx")
    analysis = wb.analyse_text(text, engine)
    session, shown, _ = ws.open_session(analysis, source=("brief.docx", upload.read_bytes()))
    paths, status = make(session, shown, None, "Petra de Boer", "06-12345678", "", "")
    assert "Contactregel" in status
    word = [p for p in paths if p.endswith("Word-bestand-met-voorgestelde-wijzigingen.docx")]
    assert len(paths) == 5 and len(word) == 1
    tracked = Path(word[0]).read_bytes()
    assert read_docx(tracked).text == shown
    assert field_instructions(tracked) == field_instructions(upload.read_bytes())
    # a letter that was pasted, or edited by hand in the preview: no tracked Word file
    plain, shown, _ = ws.open_session(analysis)
    assert len(make(plain, shown, None, "Petra de Boer", "06-12345678", "", "")[0]) == 4
    edited = shown.replace("\n\n", "\n\nEen eigen zin.\n\n", 1)
    assert len(make(session, edited, None, "Petra de Boer", "06-12345678", "", "")[0]) == 4


def test_a_field_spanning_paragraphs_is_read_and_never_changed(engine: Engine) -> None:
    doc = Document()
    first = doc.add_paragraph("Inhoud: ")
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>Middels deze brief</w:t></w:r>",
    ):
        first._p.append(el(xml))
    second = doc.add_paragraph()
    text_run(second, "Indien u vragen heeft")
    second._p.append(el('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.add_paragraph("Middels deze brief informeren wij u.")
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    text = read_bytes(data, ".docx")
    assert text.split("\n\n") == [
        "Inhoud: Middels deze brief",
        "Indien u vragen heeft",
        "Middels deze brief informeren wij u.",
    ]
    result = rewrite(text, engine, "all")
    tracked = write_tracked(data, result, date=DATE)
    assert {w.start for w in tracked.written} == {text.rindex("Middels")}
    assert all("veld" in r.reason for r in tracked.refused) and len(tracked.refused) == 2
    assert field_instructions(tracked.data) == ['TOC \\o "1-3"']


def test_cli_says_odt_is_not_supported_yet(tmp_path: Path, capsys) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    from rewriter.cli import main

    odt = OpenDocumentText()
    odt.text.addElement(P(text="Middels deze brief informeren wij u."))
    odt.save(str(tmp_path / "brief.odt"))
    code = main(["rewrite", str(tmp_path / "brief.odt"), "--out", str(tmp_path / "uit.docx")])
    assert code == 2
    assert "nog niet ondersteund" in capsys.readouterr().err
    assert not (tmp_path / "uit.docx").exists()
