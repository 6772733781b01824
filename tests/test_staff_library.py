"""Issue 15, Bibliotheek: progress with time left, a clean result zip (report at the top,
one folder per format, no brieven/brieven/, no .json), a report that links to every
letter and does not call a glossary word missing, and report.csv for Dutch Excel."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest

from rewriter.batch import Options, Source, convert_one
from rewriter.library import convert_library, progress_text

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
WMO = (LETTERS / "01-wmo-toekenning-huishoudelijke-hulp.txt").read_text(encoding="utf-8")
BIJSTAND = (LETTERS / "13-terugvordering-bijstand.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("bieb")
    upload = tmp / "brieven.zip"
    with zipfile.ZipFile(upload, "w") as z:  # the whole library in one folder 'brieven/'
        z.writestr("brieven/wmo/toekenning.txt", WMO)
        z.writestr("brieven/inkomen/terugvordering.txt", BIJSTAND)
        z.writestr("brieven/=HYPERLINK(1).docx", b"geen echt bestand")
    calls: list[tuple[int, int, float | None]] = []
    archive, summary = convert_library(
        upload, tmp / "werk", "safe", ("html", "docx"), on_progress=lambda *a: calls.append(a)
    )
    with zipfile.ZipFile(archive) as z:
        files = {n: z.read(n) for n in z.namelist()}
        order = z.namelist()
    return files, order, summary, calls


def test_zip_is_clean(converted) -> None:
    files, order, summary, _ = converted
    assert order[:2] == ["report.html", "report.csv"]  # the report at the top
    assert {"html/wmo/toekenning.html", "docx/wmo/toekenning.docx",
            "html/inkomen/terugvordering.html", "docx/inkomen/terugvordering.docx"} <= set(files)  # fmt: skip
    assert not [n for n in files if n.startswith("brieven/") or "/brieven/" in n]
    assert not [n for n in files if n.endswith(".json") or ".status" in n]
    assert {n.split("/")[0] for n in files if "/" in n} == {"html", "docx"}
    assert "2 brieven omgezet, 1 niet gelukt" in summary


def test_report_links_to_every_letter(converted) -> None:
    files, _, _, _ = converted
    html = files["report.html"].decode()
    links = set(re.findall(r'href="([^"]+)"', html))
    letters = {n for n in files if n.endswith((".html", ".docx")) and n != "report.html"}
    assert letters <= links  # every letter has a link ...
    assert links <= set(files)  # ... and every link opens a file in the zip


def test_report_csv_for_dutch_excel(converted) -> None:
    files, _, _, _ = converted
    text = files["report.csv"].decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:5] == ["brief", "status", "reden", "niveau voor", "niveau na"]
    ok = [r for r in rows[1:] if r[1] == "ok"]
    assert len(ok) == 2
    for row in ok:
        for cell in row[5:7]:  # Flesch-Douma before and after
            assert re.fullmatch(r"-?\d+(,\d)?", cell), cell  # rounded, decimal comma
    bad = [r for r in rows[1:] if "HYPERLINK" in r[0]]
    assert bad and bad[0][2].startswith("'=")  # a reason starting with a formula stays text


def test_progress_counts_letters_with_time_left(converted) -> None:
    _, _, _, calls = converted
    # before each letter: its number, and from the second on an estimate of the time left
    assert [c[:2] for c in calls] == [(1, 3), (2, 3), (3, 3)]  # the broken .docx counts too
    assert calls[0][2] is None and all(c[2] is not None and c[2] >= 0 for c in calls[1:])
    assert progress_text(12, 120, 41.0) == "brief 12 van 120 · nog ongeveer 40 seconden"
    assert progress_text(12, 120, 200.0) == "brief 12 van 120 · nog ongeveer 3 minuten"
    assert progress_text(1, 120, None) == "brief 1 van 120"


def test_a_glossary_word_is_not_listed_as_missing(tmp_path: Path) -> None:
    """'kostendelersnorm' is in the glossary; its entry stays quiet in this letter (the
    rare-word hint marks it), and the report listed it as missing from the glossary."""
    name = "16-participatiewet-wijziging-kostendelersnorm.txt"
    source = Source(name, (LETTERS / name).read_bytes(), name)
    summary = convert_one(source, tmp_path, Options("safe", ("txt",)))
    assert summary.status == "ok"
    assert "kostendelersnorm" not in summary.hard_words
