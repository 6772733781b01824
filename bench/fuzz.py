"""Hostile and fuzzed letter files, and a fuzz run over the whole input path.

`python -m bench.fuzz --n 10000` (or `python -m bench --fuzz 10000`) builds N
mutated .docx/.odt/.pdf/.html/.txt files from the fixture letters (fixed seed),
reads each through `rewriter.readers.read_bytes` and checks what comes out, and
prints: tracebacks (anything but a Dutch InputError), the slowest inputs, hangs
(> 10 s) and the peak resident memory. The generators of the hostile inputs
the tests replay (zip bombs, a huge word, UTF-16 without a BOM, random bytes,
a malformed .odt) live here too, so the tests and the benchmark share them.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import random
import resource
import sys
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
HANG_SECONDS = 10.0
KINDS = (".docx", ".odt", ".pdf", ".html", ".txt")


def fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]


# --- well-formed files of each kind ------------------------------------------------------------


def make_docx(text: str) -> bytes:
    from docx import Document

    doc = Document()
    for block in text.split("\n\n"):
        doc.add_paragraph(block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def make_odt(text: str) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for block in text.split("\n\n"):
        doc.text.addElement(P(text=block))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def make_pdf(text: str) -> bytes:
    """A one-font PDF with the text's lines (hand-built: no PDF writer is a dependency)."""
    lines = [ln.encode("latin-1", "replace").replace(b"\\", b"\\\\") for ln in text.splitlines()]
    lines = [ln.replace(b"(", b"\\(").replace(b")", b"\\)") for ln in lines[:60]]
    stream = (
        b"BT /F1 9 Tf 40 800 Td 11 TL " + b" ".join(b"(" + ln + b") '" for ln in lines) + b" ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_html(text: str) -> bytes:
    from html import escape

    body = "".join(f"<p>{escape(block)}</p>" for block in text.split("\n\n"))
    return f"<html><head><title>Brief</title></head><body>{body}</body></html>".encode()


MAKERS = {".docx": make_docx, ".odt": make_odt, ".pdf": make_pdf, ".html": make_html}


def make(kind: str, text: str) -> bytes:
    return MAKERS[kind](text) if kind in MAKERS else text.encode("utf-8")


# --- hostile inputs ----------------------------------------------------------------------------


def _replace_part(package: bytes, name: str, data: bytes, method: int) -> bytes:
    """The package with part `name` replaced by `data`, compressed with `method`."""
    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = data if info.filename == name else src.read(info)
            dst.writestr(
                info.filename,
                body,
                compress_type=method if info.filename == name else info.compress_type,
            )
        if name not in src.namelist():
            dst.writestr(name, data, compress_type=method)
    return out.getvalue()


def docx_lzma_document(chars: int = 20_000_000) -> bytes:
    """A small .docx whose document.xml is LZMA-compressed and expands to `chars` characters."""
    base = make_docx("Geachte heer,\n\nWij schrijven u.")
    para = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    body = para * (chars // 1000)
    xml = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml")
    head, tail = xml.split(b"<w:body>", 1)
    xml = head + b"<w:body>" + body + tail
    return _replace_part(base, "word/document.xml", xml, zipfile.ZIP_LZMA)


def _with_image(kind: str) -> tuple[bytes, str]:
    """A small letter package that refers to an image part (which is not in it yet)."""
    base = make(kind, "Geachte heer,\n\nWij schrijven u.")
    src = zipfile.ZipFile(io.BytesIO(base))
    if kind == ".docx":
        name, part = "word/media/image1.png", "word/_rels/document.xml.rels"
        extra = (
            b'<Relationship Id="rIdBom" Target="media/image1.png" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/image"/></Relationships>'
        )
        xml = src.read(part).replace(b"</Relationships>", extra)
        types = src.read("[Content_Types].xml")
        if b'Extension="png"' not in types:
            types = types.replace(
                b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ', 1
            )
        base = _replace_part(base, "[Content_Types].xml", types, zipfile.ZIP_DEFLATED)
    else:
        name, part = "Pictures/image1.png", "META-INF/manifest.xml"
        extra = (
            b'<manifest:file-entry manifest:full-path="Pictures/image1.png" '
            b'manifest:media-type="image/png"/></manifest:manifest>'
        )
        xml = src.read(part).replace(b"</manifest:manifest>", extra)
    return _replace_part(base, part, xml, zipfile.ZIP_DEFLATED), name


def bzip2_gib_part(kind: str = ".docx") -> bytes:
    """A .docx or .odt with a 1 GiB image part of zeros, bzip2-compressed (about 800 bytes)."""
    base, name = _with_image(kind)
    return _with_raw_part(base, name, _bzip2_gib(), zipfile.ZIP_BZIP2, 1 << 30)


def deflate_large_part(kind: str = ".odt", size: int = 64 << 20) -> bytes:
    """A .docx or .odt with a `size`-byte image of zeros, deflated (about size/1000 bytes)."""
    base, name = _with_image(kind)
    return _replace_part(base, name, bytes(size), zipfile.ZIP_DEFLATED)


def lying_part(kind: str = ".docx", size: int = 64 << 20) -> bytes:
    """A package whose image part claims 1 kB in the headers but inflates to `size` bytes."""
    data = bytearray(deflate_large_part(kind, size))
    name = b"word/media/image1.png" if kind == ".docx" else b"Pictures/image1.png"
    for sig, field in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while (pos := data.find(sig, pos)) != -1:
            name_at = pos + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[pos + field : pos + field + 4] = (1024).to_bytes(4, "little")
            pos += 4
    return bytes(data)


# bzip2 (level 9) of 1 GiB of zeros: 785 bytes; compressing it takes half a minute, so it is kept here.
_GIB_BZ2_B64 = (
    "QlpoOTFBWSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFfjkAAwAAACCAAMIBNRkKgJakK"
    "gJcxQVkmU1kOCeLfAV+OQADAAAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCX"
    "MUFZJlNZDgni3wFfjkAAwAAACCAAMIBNRkKgJakKgJcxQVkmU1kOCeLfAV+OQADAAAAIIAAwgE1GQqAlqQqAlzFB"
    "WSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFfjkAAwAAACCAAMIBNRkKgJakKgJcxQVkm"
    "U1kOCeLfAV+OQADAAAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZ"
    "Dgni3wFfjkAAwAAACCAAMIBNRkKgJakKgJcxQVkmU1kOCeLfAV+OQADAAAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J"
    "4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFfjkAAwAAACCAAMIBNRkKgJakKgJcxQVkmU1kOCeLf"
    "AV+OQADAAAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFf"
    "jkAAwAAACCAAMIBNRkKgJakKgJcxQVkmU1kOCeLfAV+OQADAAAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J4t8BX45A"
    "AMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFfjkAAwAAACCAAMIBNRkKgJakKgJcxQVkmU1kOCeLfAV+OQADA"
    "AAAIIAAwgE1GQqAlqQqAlzFBWSZTWQ4J4t8BX45AAMAAAAggADCATUZCoCWpCoCXMUFZJlNZDgni3wFfjkAAwAAA"
    "CCAAMIBNRkKgJakKgJcxQVkmU1lIfF/JAIpSyADAAAAEAAggADDMBSmmkSJDYUSJDxdyRThQkPaI5AI="
)


def _bzip2_gib() -> bytes:
    import base64

    return base64.b64decode(_GIB_BZ2_B64)


def _with_raw_part(package: bytes, name: str, raw: bytes, method: int, size: int) -> bytes:
    """Append a part whose compressed bytes are `raw` (method, uncompressed size given)."""
    import zlib

    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        dst.writestr(info, raw)
    data = bytearray(out.getvalue())
    crc = zlib.crc32(b"")  # not checked before the size limits refuse the part
    for sig, base in ((b"PK\x03\x04", 0), (b"PK\x01\x02", 2)):
        pos = 0
        enc = name.encode()
        while (pos := data.find(sig, pos)) != -1:
            name_at = pos + (30 if base == 0 else 46)
            if data[name_at : name_at + len(enc)] == enc:
                data[pos + 8 + base : pos + 10 + base] = method.to_bytes(2, "little")
                data[pos + 14 + base : pos + 18 + base] = crc.to_bytes(4, "little")
                data[pos + 22 + base : pos + 26 + base] = (
                    size.to_bytes(4, "little") if size < 1 << 32 else b"\xff" * 4
                )
            pos += 4
    return bytes(data)


def huge_word(chars: int) -> bytes:
    return ("Geachte heer,\n\n" + "a" * chars + "\n").encode()


def huge_line(chars: int) -> bytes:
    texts = fixture_texts()
    line = " ".join(" ".join(texts).split())
    while len(line) < chars:
        line = line + " " + line
    return line[:chars].encode()


def utf16_without_bom(text: str | None = None) -> bytes:
    return (text or fixture_texts()[0]).encode("utf-16-le")


def random_bytes(size: int = 200_000, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def malformed_odt(text: str | None = None) -> bytes:
    """An .odt whose content.xml breaks off in the middle of the letter (unclosed element)."""
    base = make_odt(text or fixture_texts()[0])
    xml = zipfile.ZipFile(io.BytesIO(base)).read("content.xml")
    cut = xml.index(b"</office:text>")
    broken = xml[:cut] + b"<text:p>BSN 123456782 <text:span></text:p>" + xml[cut:]
    return _replace_part(base, "content.xml", broken, zipfile.ZIP_DEFLATED)


# --- mutation -----------------------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip, drop, repeat or splice a few byte ranges (zip packages: sometimes one part only)."""
    if data[:2] == b"PK" and rng.random() < 0.5:
        return _mutate_part(data, rng)
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buf:
            break
        op = rng.random()
        i = rng.randrange(len(buf))
        n = rng.randint(1, 64)
        if op < 0.35:
            for k in range(i, min(len(buf), i + n)):
                buf[k] = rng.randrange(256)
        elif op < 0.55:
            del buf[i : i + n]
        elif op < 0.75:
            buf[i:i] = buf[i : i + n] * rng.randint(2, 200)
        elif op < 0.9:
            j = rng.randrange(len(buf))
            buf[i:i] = buf[j : j + n * 8]
        else:
            del buf[i:]
    return bytes(buf)


def _mutate_part(data: bytes, rng: random.Random) -> bytes:
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
        target = rng.choice([i for i in infos if i.filename.endswith(".xml")] or infos)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in infos:
                body = src.read(info)
                if info is target:
                    body = mutate(body, rng)
                dst.writestr(info.filename, body)
        return out.getvalue()
    except (zipfile.BadZipFile, ValueError):
        return data


def iter_inputs(seed: int = 14) -> Iterator[tuple[str, bytes]]:
    """Mutated files (kind, bytes) built from the fixture letters, one at a time (a run of
    10,000 does not hold them all in memory); the first few are the hostile ones."""
    rng = random.Random(seed)
    texts = fixture_texts()
    cache: dict[tuple[str, int], bytes] = {}
    hostile = (
        lambda: (".docx", docx_lzma_document(2_000_000)),
        lambda: (".docx", bzip2_gib_part(".docx")),
        lambda: (".odt", bzip2_gib_part(".odt")),
        lambda: (".odt", deflate_large_part(".odt", 64 << 20)),
        lambda: (".docx", lying_part(".docx", 8 << 20)),
        lambda: (".txt", huge_word(150_000)),
        lambda: (".txt", utf16_without_bom()),
        lambda: (".txt", random_bytes()),
        lambda: (".odt", malformed_odt()),
    )
    for build in hostile:
        yield build()
    index = len(hostile)
    while True:
        kind = KINDS[index % len(KINDS)]
        k = rng.randrange(len(texts))
        if (kind, k) not in cache:
            cache[(kind, k)] = make(kind, texts[k])
        yield kind, mutate(cache[(kind, k)], rng)
        index += 1


def inputs(n: int, seed: int = 14) -> list[tuple[str, bytes]]:
    """The first `n` of `iter_inputs(seed)`."""
    return list(itertools.islice(iter_inputs(seed), n))


# --- the run ------------------------------------------------------------------------------------


def run(n: int, seed: int = 14, analyse: bool = True, progress: int = 0) -> dict[str, object]:
    """Read (and analyse) `n` fuzzed inputs; return counts, timings and peak memory.

    With `progress` > 0, a line of running figures goes to stderr every `progress` inputs
    (and the index of any input over the hang threshold), so a long run that is stopped
    early still tells how far it got."""
    from rewriter.engine import Engine
    from rewriter.errors import RewriterError
    from rewriter.pipeline import check
    from rewriter.readers import read_bytes

    engine = Engine.create() if analyse else None
    outcomes: Counter[str] = Counter()
    tracebacks: list[str] = []
    times: list[tuple[float, str, int]] = []
    t_start = time.perf_counter()
    for k, (kind, data) in enumerate(itertools.islice(iter_inputs(seed), n)):
        t0 = time.perf_counter()
        try:
            text = read_bytes(data, kind, name=f"fuzz-{k}{kind}")
            if engine is not None:
                check(text, engine)
            outcomes["ok"] += 1
        except RewriterError as exc:
            outcomes[type(exc).__name__] += 1
        except Exception:
            outcomes["traceback"] += 1
            tracebacks.append(f"#{k} {kind}: {traceback.format_exc(limit=3)}")
            if progress:
                print(f"fuzz: traceback {tracebacks[-1]}", file=sys.stderr, flush=True)
        took = time.perf_counter() - t0
        times.append((took, kind, k))
        if progress and took > HANG_SECONDS:
            print(f"fuzz: #{k} {kind} took {took:.1f} s", file=sys.stderr, flush=True)
        if progress and (k + 1) % progress == 0:
            print(
                f"fuzz: {k + 1}/{n} inputs, {time.perf_counter() - t_start:.0f} s, "
                f"outcomes {dict(outcomes)}, peak {_peak_rss_mb():.0f} MB",
                file=sys.stderr,
                flush=True,
            )
    times.sort(reverse=True)
    peak = _peak_rss_mb()
    return {
        "analysed": analyse,
        "inputs": n,
        "seconds": round(time.perf_counter() - t_start, 1),
        "outcomes": dict(outcomes),
        "tracebacks": tracebacks[:20],
        "hangs": sum(1 for t, _, _ in times if t > HANG_SECONDS),
        "slowest": [(round(t, 2), kind, k) for t, kind, k in times[:5]],
        "p99_seconds": round(times[len(times) // 100][0], 3) if times else 0.0,
        "peak_rss_mb": round(peak),
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would include the peak of a
    parent that forked it, such as a long pytest run)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(stats: dict[str, object]) -> None:
    what = "read + check" if stats.get("analysed", True) else "read only"
    print(f"## fuzz: {stats['inputs']} mutated .docx/.odt/.pdf/.html/.txt inputs ({what})")
    print(f"outcomes: {stats['outcomes']}")
    print(
        f"tracebacks {stats['outcomes'].get('traceback', 0)}   hangs > {HANG_SECONDS:.0f} s: {stats['hangs']}   "  # type: ignore[union-attr]
        f"p99 {stats['p99_seconds']} s   slowest {stats['slowest']}"
    )
    print(
        f"peak resident memory {stats['peak_rss_mb']} MB   total {stats['seconds']} s   (targets: 0, 0, < 1024 MB)"
    )
    for tb in stats["tracebacks"]:  # type: ignore[union-attr]
        print(tb)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-analyse", action="store_true", help="only read the files")
    parser.add_argument(
        "--progress", type=int, default=0, help="running figures on stderr every N inputs"
    )
    args = parser.parse_args()
    stats = run(args.n, args.seed, analyse=not args.no_analyse, progress=args.progress)
    if args.json:
        print(json.dumps(stats))
    else:
        report(stats)


if __name__ == "__main__":
    main()
