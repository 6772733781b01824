"""The input gate (rewriter/inputgate.py) and bounded work: issue 14, items 3, 6, 7, 8 and 14.

Each test replays one failure of the attack review with an input built here
(bench/fuzz.py holds the generators): the expected outcome is a Dutch
InputError, or a result, never a traceback, a print or a hang.
"""

from __future__ import annotations

import difflib
import socket
import sys
import zipfile
from pathlib import Path

import pytest

from bench import fuzz
from rewriter import inputgate
from rewriter import workbench as wb
from rewriter.engine import Engine
from rewriter.errors import InputError, LetterTooLargeError
from rewriter.pipeline import check
from rewriter.readers import read_bytes, read_text
from rewriter.worddiff import BUDGET, diff_pieces

ROOT = Path(__file__).resolve().parent.parent
LETTER = fuzz.fixture_texts()[6]


# --- item 6: zip bombs in .docx/.odt parts ------------------------------------------------------


def test_lzma_document_part_is_refused_before_parsing() -> None:
    data = fuzz.docx_lzma_document(2_000_000)
    assert len(data) < 100_000
    with pytest.raises(InputError) as info:
        read_bytes(data, ".docx", name="bom.docx")
    assert "ongebruikelijke manier ingepakt" in info.value.message


@pytest.mark.parametrize("kind", [".docx", ".odt"])
def test_bzip2_gigabyte_part_is_refused(kind: str) -> None:
    data = fuzz.bzip2_gib_part(kind)
    assert len(data) < 50_000
    with pytest.raises(InputError, match="niet geopend"):
        read_bytes(data, kind)


def test_large_deflated_picture_is_refused_by_its_size() -> None:
    with pytest.raises(LetterTooLargeError) as info:
        read_bytes(fuzz.deflate_large_part(".odt", 64 << 20), ".odt", name="foto.odt")
    assert "foto.odt wordt niet geopend" in info.value.message and "MB" in info.value.message


def test_part_that_lies_about_its_size_is_refused() -> None:
    import io

    data = fuzz.lying_part(".docx", 8 << 20)
    info = next(i for i in zipfile.ZipFile(io.BytesIO(data)).infolist() if "media" in i.filename)
    assert info.file_size == 1024  # the headers claim 1 kB; it inflates to 8 MB
    with pytest.raises(InputError, match="beschadigd"):
        read_bytes(data, ".docx")


def test_streamed_size_is_capped_whatever_the_headers_say(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputgate, "_check_declared", lambda infos, name: None)
    monkeypatch.setattr(inputgate, "MAX_PART_BYTES", 1 << 20)
    with pytest.raises(LetterTooLargeError, match="groter dan het zegt"):
        inputgate.check_package(fuzz.deflate_large_part(".odt", 4 << 20), "foto.odt")


def test_broken_deflate_stream_is_a_dutch_error() -> None:
    kind, data = fuzz.inputs(411)[410]  # found by the 10,000-input fuzz run: zlib.error
    assert kind == ".docx"
    with pytest.raises(InputError, match="beschadigd"):
        read_bytes(data, kind)


def test_ordinary_packages_pass_the_gate() -> None:
    for kind in (".docx", ".odt"):
        assert "Geachte" in read_bytes(fuzz.make(kind, LETTER), kind)


# --- item 3: odfpy printed the letter and truncated it ------------------------------------------


def test_malformed_odt_prints_nothing_and_is_an_error(capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError, match="beschadigd"):
        read_bytes(fuzz.malformed_odt(LETTER), ".odt", name="kapot.odt")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_cli_json_stays_clean_on_a_malformed_odt(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import json

    from rewriter.cli import main

    path = tmp_path / "kapot.odt"
    path.write_bytes(fuzz.malformed_odt(LETTER))
    main(["check", "--format", "json", str(path)])
    out, err = capfd.readouterr()
    doc = json.loads(out)  # nothing else on stdout
    assert "123456782" not in out + err
    assert "beschadigd" in json.dumps(doc, ensure_ascii=False)


# --- item 14: encodings and binary data ---------------------------------------------------------


def test_utf16_without_bom_is_decoded() -> None:
    text = read_bytes(fuzz.utf16_without_bom(LETTER), ".txt")
    assert "\x00" not in text and text == LETTER.replace("\r\n", "\n")
    be = LETTER.encode("utf-16-be")
    assert read_bytes(be, ".txt") == text


def test_random_bytes_are_refused_not_analysed() -> None:
    with pytest.raises(InputError) as info:
        read_bytes(fuzz.random_bytes(200_000), ".txt", name="ruis.txt")
    assert "geen leesbaar tekstbestand" in info.value.message


def test_windows_1252_still_reads() -> None:
    text = "Geachte heer, wij hebben uw aanvraag ontvangen. Wij zijn geïnformeerd over de cliënt."
    assert read_bytes(text.encode("cp1252"), ".txt") == text


@pytest.mark.parametrize(
    "ref",
    ["http://voorbeeld.invalid/a.txt", "https://10.0.0.1/x", "//host/a.txt", "file:///etc/passwd"],
)
def test_url_reference_is_refused_before_any_lookup(
    ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a name lookup or connection was attempted: {args}")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "gethostbyname", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(InputError, match="internetadres"):
        inputgate.check_reference(ref, tmp_path)


def test_path_outside_the_upload_folder_is_refused(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    (uploads / "abc").mkdir(parents=True)
    (uploads / "abc" / "brief.txt").write_text("Geachte heer,")
    assert inputgate.check_reference(uploads / "abc" / "brief.txt", uploads).name == "brief.txt"
    for ref in ("/etc/passwd", str(uploads / ".." / "x.txt"), str(tmp_path / "brief.txt")):
        with pytest.raises(InputError, match="niet geüpload"):
            inputgate.check_reference(ref, uploads)


def test_app_upload_field_refuses_a_url_without_resolving_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio

    import gradio as gr

    sys.path.insert(0, str(ROOT))
    import app

    lookups: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        lookups.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    field = app.uploads_only(gr.File(type="filepath"))
    with pytest.raises(gr.Error):
        asyncio.run(field.async_move_resource_to_block_cache("http://voorbeeld.invalid/a.txt"))
    with pytest.raises(gr.Error):
        field.move_resource_to_block_cache("/etc/passwd")
    assert lookups == []


# --- item 7: the character limit on every path, and long work bounded ----------------------------


def test_character_limit_holds_for_files_and_pasted_text() -> None:
    long_text = (LETTER + "\n\n") * 100  # about 260,000 characters
    with pytest.raises(LetterTooLargeError, match="te lang"):
        read_bytes(long_text.encode(), ".txt", name="lang.txt")
    with pytest.raises(LetterTooLargeError, match="te lang"):
        read_bytes(fuzz.make(".docx", long_text), ".docx")
    with pytest.raises(LetterTooLargeError, match=r"200\.000 tekens"):
        inputgate.check_text(long_text, 200_000)
    assert read_bytes(long_text.encode(), ".txt", max_chars=300_000) == long_text


def test_cli_refuses_a_long_letter_with_a_dutch_message(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from rewriter.cli import main

    path = tmp_path / "lang.txt"
    path.write_text((LETTER + "\n\n") * 100, encoding="utf-8")
    status = main(["check", str(path)])
    err = capfd.readouterr().err
    assert status == 1 and "te lang" in err and "interne fout" not in err


def test_panel_refuses_pasted_text_over_the_limit(engine: Engine) -> None:
    from rewriter.panel import service
    from rewriter.panel.store import PanelError

    with pytest.raises(PanelError, match="te lang"):
        service.prepare_letter(service.LetterInput("Brief", "woord " * 40_000), engine, None)


def test_one_huge_word_at_the_limit_is_analysed(engine: Engine) -> None:
    text = read_bytes(fuzz.huge_word(199_000), ".txt")
    report = check(text, engine)
    assert report.scores.words >= 2


def test_word_diff_never_hands_difflib_a_large_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    word_sizes: list[int] = []
    line_sizes: list[int] = []
    real = difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, isjunk, a, b, autojunk=True):
            lines = any("\n" in x and x.strip() for x in [*a, *b])
            (line_sizes if lines else word_sizes).append(len(a) * len(b))
            super().__init__(isjunk, a, b, autojunk)

    monkeypatch.setattr(difflib, "SequenceMatcher", Counting)
    before = ("\n\n".join(fuzz.fixture_texts()) + "\n\n") * 2  # about 60,000 characters, repeated
    after = before.replace(" de ", " het ").replace("beschikking", "besluit")
    pieces = diff_pieces(before, after)
    assert "".join(p for p, label in pieces if label != "+") == before
    assert "".join(p for p, label in pieces if label != "-") == after
    assert ("beschikking", "-") in pieces and ("besluit", "+") in pieces
    changed = sum(len(p) for p, label in pieces if label)
    assert changed < 0.1 * len(before)  # a local diff, not everything removed and added
    assert word_sizes and max(word_sizes) <= BUDGET
    assert max(line_sizes, default=0) <= 4_000_000  # lines: a few thousand at most


def test_workbench_diff_matches_difflib_on_a_normal_letter() -> None:
    after = LETTER.replace("Middels", "Met").replace("beschikking", "besluit")
    assert wb.diff_pieces(LETTER, after) == diff_pieces(LETTER, after)
    assert "".join(p for p, label in wb.diff_pieces(LETTER, after) if label != "+") == LETTER


def test_read_text_reads_no_more_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(LetterTooLargeError, match="te groot"):
        read_text(path, max_bytes=1000)
