"""Reading letter files (rewriter/readers.py): every format to text, every failure a Dutch InputError.

All files are built in tmp_path at test time; nothing is stored in the repository.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from rewriter.errors import (
    EmptyLetterError,
    InputError,
    LetterTooLargeError,
    RewriterError,
    UnsupportedFormatError,
)
from rewriter.letter import Letter
from rewriter.nlp import load_resources
from rewriter.readers import SUPPORTED, read_bytes, read_text

# --- builders ----------------------------------------------------------------


def make_docx(path: Path) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Gemeente Deventer"
    section.footer.paragraphs[0].text = "Postbus 5000, 7400 GC Deventer"
    salutation = doc.add_paragraph("Geachte ")
    salutation._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD Voornaam ">'
            "<w:r><w:t>«Voornaam»</w:t></w:r></w:fldSimple>"
        )
    )
    salutation.add_run(",")
    doc.add_paragraph("Wij hebben uw aanvraag ontvangen.")
    doc.add_paragraph("U krijgt € 21,80 per maand.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Kenmerk"
    table.cell(0, 1).text = "WMO-2026-004512"
    table.cell(1, 0).text = "Datum"
    table.cell(1, 1).text = "12 maart 2026"
    doc.add_paragraph("")
    doc.add_paragraph("Met vriendelijke groet,")
    doc.save(path)
    return path


def make_odt(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Uw aanvraag"))
    doc.text.addElement(P(text="Wij hebben uw aanvraag ontvangen."))
    doc.text.addElement(P(text="U hoort binnen zes weken van ons."))
    doc.save(str(path))
    return path


HTML = """<!DOCTYPE html>
<html><head><title>Brief</title><style>p { color: red }</style></head>
<body>
<script>var geheim = "niet tonen";</script>
<!-- opmerking die niet in de brief hoort -->
<p>Geachte mevrouw De Vries,</p>
<p>Wij hebben uw aanvraag voor huishoudelijke
   hulp ontvangen.<br>U krijgt <b>3 uur</b> per week.</p>
<ul><li>uw loonstrook</li><li>uw paspoort</li></ul>
<div>Met vriendelijke groet,</div>
</body></html>
"""


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a Helvetica text layer, written by hand (offsets computed)."""

    def escape(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    ops += [f"({escape(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def a_zip(name: str = "hallo.txt") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, "hallo")
    return buf.getvalue()


# --- formats -----------------------------------------------------------------


def test_docx_body_table_header_footer_and_merge_field(tmp_path: Path) -> None:
    text = read_text(make_docx(tmp_path / "brief.docx"))
    assert text.split("\n\n") == [
        "Gemeente Deventer",
        "Geachte «Voornaam»,",
        "Wij hebben uw aanvraag ontvangen.",
        "U krijgt € 21,80 per maand.",
        "Kenmerk\tWMO-2026-004512",
        "Datum\t12 maart 2026",
        "Met vriendelijke groet,",
        "Postbus 5000, 7400 GC Deventer",
    ]
    assert "MERGEFIELD" not in text


def test_docx_complex_merge_field_keeps_display_text(tmp_path: Path) -> None:
    doc = Document()
    p = doc.add_paragraph("Beste ")
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD Voornaam </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>«Voornaam»</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:t xml:space="preserve">, welkom.</w:t></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    doc.save(tmp_path / "veld.docx")
    assert read_text(tmp_path / "veld.docx") == "Beste «Voornaam», welkom."


def test_docx_line_break_and_tab_inside_a_paragraph(tmp_path: Path) -> None:
    doc = Document()
    p = doc.add_paragraph("De heer J. de Vries")
    run = p.add_run()
    run.add_break()
    run.add_text("Dorpsstraat 12")
    p.add_run().add_tab()
    p.add_run("7411 AB Deventer")
    doc.save(tmp_path / "adres.docx")
    assert (
        read_text(tmp_path / "adres.docx")
        == "De heer J. de Vries\nDorpsstraat 12\t7411 AB Deventer"
    )


def test_odt_paragraphs_in_document_order(tmp_path: Path) -> None:
    text = read_text(make_odt(tmp_path / "brief.odt"))
    assert text.split("\n\n") == [
        "Uw aanvraag",
        "Wij hebben uw aanvraag ontvangen.",
        "U hoort binnen zes weken van ons.",
    ]


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_blocks_lists_breaks_and_no_script(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"brief{suffix}"
    path.write_text(HTML, encoding="utf-8")
    text = read_text(path)
    assert text.split("\n\n") == [
        "Geachte mevrouw De Vries,",
        "Wij hebben uw aanvraag voor huishoudelijke hulp ontvangen.\nU krijgt 3 uur per week.",
        "- uw loonstrook",
        "- uw paspoort",
        "Met vriendelijke groet,",
    ]
    for hidden in ("geheim", "color", "opmerking", "Brief"):
        assert hidden not in text


def test_html_text_outside_paragraphs_is_kept() -> None:
    text = read_bytes(b"<body>Geachte heer,<p>Wij bellen u.</p>Tot ziens</body>", ".html")
    assert text.split("\n\n") == ["Geachte heer,", "Wij bellen u.", "Tot ziens"]


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(make_pdf(["Geachte mevrouw De Vries,", "U krijgt € 21,80 per maand."]))
    text = read_text(path)
    assert "Geachte mevrouw De Vries," in text
    assert "U krijgt € 21,80 per maand." in text
    assert text.index("Geachte") < text.index("U krijgt")
    assert "\n" in text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            "Geachte heer,\n\nU krijgt € 21,80.".encode("cp1252"),
            "Geachte heer,\n\nU krijgt € 21,80.",
        ),
        ("Cliënt ‘Zoë’ – één".encode("cp1252"), "Cliënt ‘Zoë’ – één"),
        (b"\xef\xbb\xbf" + "Geachte heer, één".encode(), "Geachte heer, één"),
        ("Geachte heer, één".encode("utf-16"), "Geachte heer, één"),
        ("Regel één\r\nRegel twee\rRegel drie".encode(), "Regel één\nRegel twee\nRegel drie"),
    ],
    ids=["cp1252", "cp1252-quotes", "utf8-bom", "utf16-bom", "newlines"],
)
def test_txt_decoding(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    assert read_text(path) == expected
    assert not read_text(path).startswith("\ufeff")


def test_md_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text("# Uw aanvraag\n\nWij bellen u.", encoding="utf-8")
    assert read_text(path) == "# Uw aanvraag\n\nWij bellen u."


def test_uppercase_suffix(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "BRIEF.DOCX")
    assert "Geachte «Voornaam»," in read_text(path)


def test_a_read_letter_can_be_analysed(tmp_path: Path) -> None:
    letter = Letter.from_text(read_text(make_docx(tmp_path / "brief.docx")), load_resources())
    texts = [letter.text[s.start : s.end] for s in letter.sentences]
    assert "Geachte «Voornaam»," in texts
    assert any(p.kind == "merge_field" and p.text == "«Voornaam»" for p in letter.protected)


# --- errors ------------------------------------------------------------------


def expect_error(call: Callable[[], object], error: type[InputError], *words: str) -> InputError:
    """`call` raises exactly `error`, a Dutch InputError, whose message holds `words`."""
    with pytest.raises(RewriterError) as info:
        call()
    exc = info.value
    assert type(exc) is error, repr(exc)
    assert isinstance(exc, InputError)
    message = exc.message.lower()
    assert message == str(exc).lower()
    for word in ("bestand", *words):
        assert word in message, exc.message
    return exc


@pytest.mark.parametrize("name", ["brief.rtf", "brief.doc", "brief", "brief.docx.exe"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Geachte heer,")
    exc = expect_error(lambda: read_text(path), UnsupportedFormatError, "niet ondersteund")
    assert exc.code == "bestandstype"
    expect_error(
        lambda: read_bytes(b"Geachte heer,", ".rtf"), UnsupportedFormatError, "ondersteund"
    )


@pytest.mark.parametrize("suffix", SUPPORTED)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"leeg{suffix}"
    path.write_bytes(b"")
    exc = expect_error(lambda: read_text(path), EmptyLetterError, "leeg")
    assert exc.code == "leeg"


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        (".txt", b"   \n\t\n"),
        (".txt", "... !? —".encode()),
        (".html", b"<html><body><script>alert(1)</script><p> </p></body></html>"),
    ],
    ids=["whitespace", "punctuation", "html-without-text"],
)
def test_file_without_words_is_empty(suffix: str, data: bytes) -> None:
    expect_error(lambda: read_bytes(data, suffix), EmptyLetterError, "leeg")


def test_pdf_without_text_layer_is_empty() -> None:
    expect_error(lambda: read_bytes(make_pdf([]), ".pdf"), EmptyLetterError, "tekst")


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    Document().save(tmp_path / "leeg.docx")
    expect_error(lambda: read_text(tmp_path / "leeg.docx"), EmptyLetterError, "leeg")


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_text("Geachte heer, " * 200, encoding="utf-8")
    exc = expect_error(lambda: read_text(path, max_bytes=1024), LetterTooLargeError, "te groot")
    assert exc.code == "te-groot"
    assert read_text(path, max_bytes=10_000).startswith("Geachte heer,")
    expect_error(
        lambda: read_bytes(b"x" * 101, ".txt", max_bytes=100), LetterTooLargeError, "te groot"
    )


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        (".docx", b"geen zip maar tekst"),
        (".docx", a_zip()),
        (".docx", b"PK\x03\x04" + b"\x00" * 64),
        (".odt", b"geen zip maar tekst"),
        (".odt", a_zip()),
        (".pdf", b"geen pdf maar tekst"),
        (".pdf", b"%PDF-1.4\nkapot"),
        (".pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"),
    ],
    ids=[
        "docx-text",
        "docx-other-zip",
        "docx-truncated-zip",
        "odt-text",
        "odt-other-zip",
        "pdf-text",
        "pdf-truncated",
        "pdf-no-pages",
    ],
)
def test_corrupt_file(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"kapot{suffix}"
    path.write_bytes(data)
    exc = expect_error(lambda: read_text(path), InputError, "kan niet worden gelezen", "beschadigd")
    assert exc.code == "onleesbaar"
    assert "kapot" in exc.message


def test_truncated_real_docx(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "heel.docx").read_bytes()
    expect_error(lambda: read_bytes(data[: len(data) // 2], ".docx"), InputError, "beschadigd")


def test_missing_file(tmp_path: Path) -> None:
    exc = expect_error(
        lambda: read_text(tmp_path / "weg.txt"), InputError, "niet gevonden", "weg.txt"
    )
    assert exc.code == "onleesbaar"


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "map.txt"
    folder.mkdir()
    expect_error(lambda: read_text(folder), InputError, "kan niet worden gelezen")


def test_from_file_uses_the_reader(tmp_path: Path) -> None:
    path = make_odt(tmp_path / "brief.odt")
    letter = Letter.from_file(path, load_resources())
    assert letter.text == read_text(path)
    with pytest.raises(UnsupportedFormatError):
        Letter.from_file(tmp_path / "brief.rtf")
