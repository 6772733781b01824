"""Benchmark: the tracked-changes .docx (rewriter/wordml.py) next to today's one-page DOCX.

Every fixture letter is turned into a Word template here (one paragraph per
block, «Name» placeholders as real MERGEFIELD fields, a header and a footer
with a PAGE field). Per letter we time, after one shared `rewrite`:
- tracked: `write_tracked` (read the package, map text to runs, write
  w:del/w:ins and comments, copy the package),
- one-page: `extract_structure` + `render_formats(..., ("docx",))`.
It also prints how many applied proposals were written as tracked changes, the
refusal reasons, and whether every field instruction survived.

    python -m bench.wordml [--rounds N] [--dir FOLDER_WITH_DOCX] [--png OUT.png]

--png renders one output with LibreOffice (changes shown) to a PNG to look at.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from rewriter.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
_FIELD = re.compile(r"«([^»\s]+)»")


def _field_runs(paragraph, instr: str, shown: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {w}><w:t xml:space="preserve">{shown}</w:t></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def letter_docx(text: str) -> bytes:
    """A Word template of a plain-text letter: blocks as paragraphs, «X» as MERGEFIELD X."""
    from docx import Document

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Gemeente Voorbeeld"
    foot = section.footer.paragraphs[0]
    foot.add_run("Pagina ")
    _field_runs(foot, "PAGE", "1")
    for block in text.strip().split("\n\n"):
        p = doc.add_paragraph()
        for i, line in enumerate(block.split("\n")):
            if i:
                p.add_run().add_break()
            pos = 0
            for m in _FIELD.finditer(line):
                if m.start() > pos:
                    p.add_run(line[pos : m.start()])
                _field_runs(p, f"MERGEFIELD {m.group(1)}", m.group(0))
                pos = m.end()
            if pos < len(line):
                p.add_run(line[pos:])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def bench_wordml(engine: Engine, rounds: int = 3, extra: Path | None = None) -> None:
    """Print time per letter: tracked-changes .docx vs one-page DOCX, and what was written."""
    from rewriter.readers import read_bytes
    from rewriter.render import RenderError, render_formats
    from rewriter.rewrite import rewrite
    from rewriter.structure import extract_structure
    from rewriter.wordml import field_counts, write_tracked

    docs = [
        (p.name, letter_docx(p.read_text(encoding="utf-8"))) for p in sorted(LETTERS.glob("*.txt"))
    ]
    if extra is not None and extra.is_dir():
        docs += [(p.name, p.read_bytes()) for p in sorted(extra.glob("*.docx"))]
    prepared = []
    rewrite_times = []
    for name, data in docs:
        t0 = time.perf_counter()
        result = rewrite(read_bytes(data, ".docx"), engine, "all")
        rewrite_times.append(time.perf_counter() - t0)
        prepared.append((name, data, result))
    tracked_times: list[float] = []
    onepage_times: list[float] = []
    applied = written = kept_fields = did_not_fit = 0
    reasons: Counter[str] = Counter()
    for round_no in range(rounds):
        for _name, data, result in prepared:
            t0 = time.perf_counter()
            tracked = write_tracked(data, result, date="2026-01-01T00:00:00Z")
            tracked_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            try:
                render_formats(extract_structure(result.letter_after), ("docx",))
            except RenderError:
                did_not_fit += round_no == 0
            onepage_times.append(time.perf_counter() - t0)
            if round_no == 0:
                applied += len(result.applied)
                written += len(tracked.written)
                reasons.update(r.reason for r in tracked.refused)
                kept_fields += field_counts(tracked.data) == field_counts(data)
    n = len(prepared)
    print(f"## tracked-changes .docx vs one-page DOCX ({n} letters, {rounds} rounds)")
    print(
        f"rewrite (shared, once)     p50 {1000 * _p(rewrite_times, 0.5):7.1f} ms   "
        f"p95 {1000 * _p(rewrite_times, 0.95):7.1f} ms"
    )
    for label, values in (
        ("tracked .docx (wordml)", tracked_times),
        ("one-page DOCX", onepage_times),
    ):
        print(
            f"{label:26s} p50 {1000 * _p(values, 0.5):7.1f} ms   "
            f"p95 {1000 * _p(values, 0.95):7.1f} ms   mean {1000 * statistics.mean(values):7.1f} ms"
        )
    print(f"applied edits written as tracked changes: {written}/{applied}")
    for reason, count in reasons.most_common():
        print(f"  refused {count}x: {reason}")
    print(f"letters whose field instructions are unchanged: {kept_fields}/{n}")
    print(f"letters whose one-page DOCX did not fit: {did_not_fit}")
    print()


def render_png(
    engine: Engine, out: Path, letter: str = "02-wmo-toekenning-begeleiding-template.txt"
) -> None:
    """Render one tracked-changes output with LibreOffice (changes shown) to a PNG."""
    from rewriter.readers import read_bytes
    from rewriter.rewrite import rewrite
    from rewriter.wordml import write_tracked

    data = letter_docx((LETTERS / letter).read_text(encoding="utf-8"))
    result = rewrite(read_bytes(data, ".docx"), engine, "all")
    tracked = write_tracked(data, result, date="2026-01-01T00:00:00Z")
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "voorstel.docx"
        src.write_bytes(tracked.data)
        profile = (Path(tmp) / "profiel").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True, timeout=120, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile",
             str(Path(tmp) / "voorstel.pdf"), str(out.with_suffix(""))],
            check=True, timeout=60,
        )  # fmt: skip
    print(f"wrote {out} ({tracked.changes} changes, {tracked.comments} comments, {letter})")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.wordml")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="also measure the .docx files in this folder")
    parser.add_argument("--png", type=Path, help="render one output with LibreOffice to this PNG")
    args = parser.parse_args()
    engine = Engine.create()
    bench_wordml(engine, args.rounds, args.dir)
    if args.png:
        render_png(engine, args.png)


if __name__ == "__main__":
    main()
