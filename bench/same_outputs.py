"""Do two versions of the code give the same batch outputs? A check for speed work.

`--save DIR` converts a sample library (the fixture letters as .txt and as .docx, and
evaluation sets 1-6, which are readable) with `rewriter batch`'s own path
(`batch.run_batch`, one job) into DIR, in every output format (pdf, docx, html, txt,
json and docx-tracked; `--formats` names others). `--compare DIR` does the same into a
temporary folder and compares each file with DIR's: byte for byte, and for a PDF that
differs in its bytes, by its text (pdftotext or pypdf). Run `--save` on the old code, `--compare` on the new.

`--more` adds the other development letters (sets 7-12 and train1: 192 + 156 letters);
held-out sets (13 and later) are never part of the library.

Run: `python -m bench.same_outputs --save /tmp/before` then
`python -m bench.same_outputs --compare /tmp/before`.

With docx-tracked among the formats the batch checks the grammar of every proposal
(`vet="all"`); the batch's default path (`.docx` out) checks only the chosen ones
(`vet="chosen"`). Check that path too: `--formats docx,txt` with both `--save` and
`--compare`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("eval", "eval2", "eval3", "eval4", "eval5", "eval6")
MORE = ("eval7", "eval8", "eval9", "eval10", "eval11", "eval12", "train1")  # with --more
FORMATS = ("pdf", "docx", "html", "txt", "docx-tracked")


def build_library(into: Path, sets: tuple[str, ...] = SETS) -> int:
    """Copy the sample letters into `into` (one folder per source); return their number."""
    from bench.batch_stages import LETTERS, fixture_docx

    count = 0
    (into / "fixtures").mkdir(parents=True)
    for path in sorted(LETTERS.glob("*.txt")):
        shutil.copy(path, into / "fixtures" / path.name)
        count += 1
    (into / "fixtures-docx").mkdir()
    for stem, data in fixture_docx():
        (into / "fixtures-docx" / f"{stem}.docx").write_bytes(_fixed_times(data))
        count += 1
    for name in sets:
        folder = ROOT / "bench" / name / "letters"
        (into / name).mkdir()
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".docx"):
                shutil.copy(path, into / name / path.name)
                count += 1
    return count


def _fixed_times(data: bytes) -> bytes:
    """The .docx with every zip member dated 2026-01-01: python-docx dates them now, and
    docx-tracked copies the input's members as they are, dates included."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            info.date_time = (2026, 1, 1, 0, 0, 0)
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def convert(outdir: Path, formats: tuple[str, ...] = FORMATS, sets: tuple[str, ...] = SETS) -> int:
    from rewriter.batch import Options, run_batch

    with tempfile.TemporaryDirectory(prefix="same-outputs-in-") as tmp:
        library = Path(tmp)
        count = build_library(library, sets)
        result = run_batch(library, outdir, Options("safe", formats), jobs=1, force=True)
    print(f"{count} letters, {len(result.failed)} not converted", file=sys.stderr)
    return count


def _no_root(html: bytes) -> bytes:
    """The HTML without the folder the code ran from (its @font-face names the font files
    by their absolute path): two checkouts give the same page."""
    import re

    return re.sub(rb"[^\s\"'()]*/templates/", b"TEMPLATES/", html)


def _pdf_text(path: Path) -> str:
    import subprocess

    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def compare(saved: Path, formats: tuple[str, ...] = FORMATS, sets: tuple[str, ...] = SETS) -> int:
    """Print every file that differs; return the number of differences."""
    with tempfile.TemporaryDirectory(prefix="same-outputs-out-") as tmp:
        out = Path(tmp)
        convert(out, formats, sets)
        old = {p.relative_to(saved) for p in saved.rglob("*") if p.is_file()}
        new = {p.relative_to(out) for p in out.rglob("*") if p.is_file()}
        old = {p for p in old if p.parts[0] != ".status"}
        new = {p for p in new if p.parts[0] != ".status"}
        bad = 0
        for rel in sorted(old ^ new):
            print(f"only in {'before' if rel in old else 'after'}: {rel}")
            bad += 1
        same_bytes = same_text = same_html = 0
        for rel in sorted(old & new):
            a, b = (saved / rel).read_bytes(), (out / rel).read_bytes()
            if a == b:
                same_bytes += 1
            elif rel.suffix == ".html" and _no_root(a) == _no_root(b):
                same_html += 1
            elif rel.suffix == ".pdf" and _pdf_text(saved / rel) == _pdf_text(out / rel):
                same_text += 1
            else:
                print(f"differs: {rel}")
                bad += 1
        print(
            f"{len(old & new)} files compared: {same_bytes} byte-identical, "
            f"{same_text} PDFs text-identical, {same_html} HTML identical but for the code's "
            f"folder, {bad} different or missing"
        )
        return bad


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.same_outputs")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help="comma-separated; the same for both runs"
    )
    parser.add_argument(
        "--more", action="store_true", help="also sets 7-12 and train1; the same for both runs"
    )
    args = parser.parse_args()
    formats = tuple(f for f in args.formats.split(",") if f)
    sets = SETS + MORE if args.more else SETS
    if args.save:
        if args.save.exists():
            shutil.rmtree(args.save)
        convert(args.save, formats, sets)
    else:
        raise SystemExit(1 if compare(args.compare, formats, sets) else 0)


if __name__ == "__main__":
    main()
