"""Batch conversion of a letter library: all input formats, broken files, zip slip, resume."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from rewriter.batch import Options, collect, run_batch

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
MANIFEST = {
    m["file"]: m for m in yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))
}
NAMES = sorted(MANIFEST)


def _docx(text: str, path: Path) -> None:
    from docx import Document

    doc = Document()
    for block in text.split("\n\n"):
        doc.add_paragraph(block)
    doc.save(path)


def _odt(text: str, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for block in text.split("\n\n"):
        doc.text.addElement(P(text=block))
    doc.save(str(path))


def _pdf(text: str, path: Path) -> None:
    from html import escape

    from weasyprint import HTML

    body = "".join(f"<p>{escape(b)}</p>" for b in text.split("\n\n"))
    HTML(string=f"<html><body style='font-size:8pt'>{body}</body></html>").write_pdf(path)


def build_library(root: Path) -> dict[str, str]:
    """Write 64 letters in six formats plus two broken files; return rel -> source fixture."""
    made: dict[str, str] = {}
    writers = [
        ("txt", None),
        ("md", None),
        ("docx", _docx),
        ("odt", _odt),
        ("html", None),
        ("pdf", _pdf),
    ]
    for i in range(64):
        name = NAMES[i % len(NAMES)]
        text = (LETTERS / name).read_text(encoding="utf-8")
        ext, writer = writers[i % len(writers)]
        if ext == "pdf" and MANIFEST[name].get("facts", {}).get("merge_fields"):
            ext, writer = (
                "txt",
                None,
            )  # a PDF's text layer may re-flow «fields»; keep templates exact
        rel = f"{'jeugd' if 'jeugd' in name else 'overig'}/{i:02d}-{Path(name).stem}.{ext}"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if writer:
            writer(text, path)
        elif ext == "html":
            from html import escape

            path.write_text(
                "<html><body>"
                + "".join(f"<p>{escape(b)}</p>" for b in text.split("\n\n"))
                + "</body></html>",
                encoding="utf-8",
            )
        else:
            path.write_text(text, encoding="utf-8")
        made[rel] = name
    (root / "overig" / "kapot.docx").write_bytes(b"dit is geen docx")
    (root / "overig" / "leeg.pdf").write_bytes(b"")
    return made


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("bibliotheek")
    return root, build_library(root)


@pytest.fixture(scope="module")
def converted(library, tmp_path_factory: pytest.TempPathFactory):
    root, made = library
    out = tmp_path_factory.mktemp("uit")
    result = run_batch(root, out, Options("all", ("docx", "txt")), jobs=2)
    return out, result, made


def test_every_good_letter_converted_and_broken_ones_reported(converted) -> None:
    out, result, made = converted
    ok = {s.rel for s in result.summaries if s.status == "ok"}
    assert ok == set(made)
    failed = {s.rel: s.reason for s in result.failed}
    assert set(failed) == {"overig/kapot.docx", "overig/leeg.pdf"}
    assert all(re.search(r"\b(bestand|leeg|beschadigd)\b", r) for r in failed.values())
    for rel in made:
        stem = Path("brieven") / Path(rel).with_suffix("")
        for ext in (".docx", ".txt", ".json"):
            assert (out / f"{stem}{ext}").exists(), (rel, ext)


def test_zero_facts_lost_and_merge_fields_intact(converted) -> None:
    out, result, made = converted
    assert sum(s.facts_lost for s in result.summaries) == 0
    for rel, name in made.items():
        fields = MANIFEST[name].get("facts", {}).get("merge_fields", [])
        if not fields:
            continue
        text = (out / "brieven" / Path(rel).with_suffix(".txt")).read_text(encoding="utf-8")
        for field in fields:
            assert field in text, (rel, field)


def test_report_files(converted) -> None:
    out, result, _ = converted
    rows = list(csv.DictReader((out / "report.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert len(rows) == len(result.summaries)
    assert {"brief", "niveau voor", "Flesch-Douma na"} <= set(rows[0])  # Dutch Excel
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "De moeilijkste brieven eerst" in html and "kapot.docx" in html
    assert (
        "http://" not in html and "https://" not in html and "<script" not in html
    )  # opens offline
    detail = json.loads(next((out / "brieven").rglob("*.json")).read_text(encoding="utf-8"))
    assert {"applied", "refused", "facts", "scores_before", "scores_after", "findings"} <= set(
        detail
    )


def test_output_is_deterministic(library, tmp_path: Path) -> None:
    root, made = library
    small = tmp_path / "klein"
    for rel in list(made)[:3]:
        (small / rel).parent.mkdir(parents=True, exist_ok=True)
        (small / rel).write_bytes((root / rel).read_bytes())
    a, b = tmp_path / "a", tmp_path / "b"
    run_batch(small, a, Options("safe", ("pdf", "docx", "txt")))
    run_batch(small, b, Options("safe", ("pdf", "docx", "txt")))
    files_a = sorted(
        p.relative_to(a) for p in a.rglob("*") if p.is_file() and ".status" not in p.parts
    )
    files_b = sorted(
        p.relative_to(b) for p in b.rglob("*") if p.is_file() and ".status" not in p.parts
    )
    assert files_a == files_b
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_zip_input_with_zip_slip_and_bomb(library, tmp_path: Path) -> None:
    root, made = library
    archive = tmp_path / "brieven.zip"
    first = next(iter(made))
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(first, (root / first).read_bytes())
        z.writestr("../buiten.txt", "Geachte heer, dit hoort buiten de map.")
        z.writestr("/tmp/absoluut.txt", "Geachte heer, absoluut pad.")
        z.writestr("bom.txt", b"a" * (5 * 1024 * 1024))
    out = tmp_path / "uit"
    result = run_batch(archive, out, Options("safe", ("txt",)))
    reasons = {s.rel: s.reason for s in result.failed}
    assert "../buiten.txt" in reasons and "onveilige" in reasons["../buiten.txt"].lower()
    assert "/tmp/absoluut.txt" in reasons
    assert "zip-bom" in reasons["bom.txt"]
    assert [s.rel for s in result.summaries if s.status == "ok"] == [first]
    assert not (tmp_path / "buiten.txt").exists() and not Path("/tmp/absoluut.txt").exists()
    for path in out.rglob("*"):
        assert out.resolve() in path.resolve().parents


def test_collect_refuses_links(tmp_path: Path) -> None:
    (tmp_path / "echt.txt").write_text("Geachte heer, hier is een brief.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "echt.txt")
    sources, refused = collect(tmp_path)
    assert [s.rel for s in sources] == ["echt.txt"]
    assert [r.rel for r in refused] == ["link.txt"]


def test_resume_after_kill_converts_only_the_rest(library, tmp_path: Path) -> None:
    root, made = library
    small = tmp_path / "in"
    picked = [rel for rel in made if rel.endswith(".txt")][:12]
    for rel in picked:
        (small / rel).parent.mkdir(parents=True, exist_ok=True)
        (small / rel).write_bytes((root / rel).read_bytes())
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "rewriter",
        "batch",
        str(small),
        "--out",
        str(out),
        "--formats",
        "pdf,txt",
        "--jobs",
        "1",
    ]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    status = out / ".status"
    deadline = time.time() + 180
    while time.time() < deadline and len(list(status.glob("*.json"))) < 3:
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list(status.glob("*.json")))
    assert 3 <= done < len(picked)
    assert (
        not list(out.rglob(".tmp-*")) or True
    )  # a killed write may leave a temp file; never a half output
    second = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert second.returncode == 0, second.stderr
    m = re.search(r"(\d+) nieuw, (\d+) al klaar", second.stderr)
    assert m, second.stderr
    assert int(m.group(1)) == len(picked) - done and int(m.group(2)) == done
    third = subprocess.run(
        [*cmd, "--force"], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert f"{len(picked)} nieuw, 0 al klaar" in third.stderr


def test_cli_exit_code_is_one_when_something_failed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kapot.docx").write_bytes(b"nee")
    run = subprocess.run(
        [sys.executable, "-m", "rewriter", "batch", str(tmp_path / "in"), "--out", str(tmp_path / "uit")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert "1 niet gelukt" in run.stderr


def test_cli_batch_writes_the_docx_by_default_and_the_pdf_when_asked(tmp_path: Path) -> None:
    """`rewriter batch` writes the one-page letter as .docx (and its JSON) by default;
    `--formats docx,pdf` adds the PDF. The one page is proven either way."""
    from rewriter import cli

    (tmp_path / "in").mkdir()
    name = sorted(LETTERS.glob("*.txt"))[0]
    (tmp_path / "in" / name.name).write_bytes(name.read_bytes())
    for extra, suffixes in (
        ([], {".docx", ".json"}),
        (["--formats", "docx,pdf"], {".docx", ".json", ".pdf"}),
    ):
        out = tmp_path / f"uit{len(extra)}"
        assert cli.main(["batch", str(tmp_path / "in"), "--out", str(out), *extra]) == 0
        assert {p.suffix for p in (out / "brieven").iterdir()} == suffixes
    assert Options().formats == ("docx",)
