"""Batch conversion of a letter library (a folder or a .zip) with a library report.

- Inputs: .docx .odt .txt .md .html .pdf, found recursively; a .zip is checked
  for unsafe names (absolute paths, '..', links) and decompression bombs.
- Per letter: the rewritten one-page letter in each requested format and a JSON
  file with findings, applied and refused proposals, scores and the fact check.
- Resumable: a status file per letter records the content hash; a rerun skips
  letters that are done (unless `force`). Outputs are written atomically and
  only inside the output folder. Output is deterministic for the same input.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import stat
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from rewriter.errors import RewriterError
from rewriter.readers import SUPPORTED, read_bytes

FORMATS = ("pdf", "docx", "html", "txt", "docx-tracked")
# docx-tracked: a .docx letter written back as itself, the proposals as tracked changes
TRACKED_SUFFIX = ".wijzigingen.docx"
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 50_000
VERSION = "1"


class BatchError(RewriterError):
    """Raised when a batch cannot start (input missing, output inside input, bad zip)."""

    code = "batch"


@dataclass(frozen=True)
class Source:
    """One input file: its path relative to the library and its bytes.

    `out` is the relative path its outputs are named after (the suffix is
    replaced); it differs from `rel` only where two inputs would collide.
    """

    rel: str
    data: bytes
    out: str = ""


@dataclass(frozen=True)
class Options:
    """What to do with every letter."""

    accept: str = "safe"
    # the one-page letter as .docx, to edit in Word (`rewriter batch`'s default too); every
    # letter is still laid out to prove the one page, only the PDF is not written
    formats: tuple[str, ...] = ("docx",)
    glossary_overlay: str | None = None
    config: str | None = None  # settings file (rewriter.toml), as `--config` elsewhere

    def stamp(self) -> str:
        """A hash of the overlay's and the settings file's contents (changes invalidate)."""
        h = hashlib.sha256()
        for name in (self.glossary_overlay, self.config):
            if name and Path(name).is_file():
                h.update(Path(name).read_bytes())
            h.update(b"\0")
        return h.hexdigest()[:16]

    def key(self) -> str:
        """A hash of everything that changes the output."""
        raw = json.dumps(
            [VERSION, self.accept, sorted(self.formats), self.glossary_overlay, self.config,
             self.stamp()]
        )  # fmt: skip
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


@dataclass
class LetterSummary:
    """One row of the library report."""

    rel: str
    status: str  # "ok" | "fout"
    reason: str = ""
    cefr_before: str = ""
    cefr_after: str = ""
    flesch_before: float = 0.0
    flesch_after: float = 0.0
    words: int = 0
    findings: int = 0
    warnings: int = 0
    applied: int = 0
    refused: int = 0
    facts: int = 0
    facts_lost: int = 0
    contact_channels: int = 0
    hard_words: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    tracked_file: str = ""  # docx-tracked: the letter with tracked changes
    tracked_changes: int = 0
    tracked_refused: int = 0
    merge_fields: list[str] = field(default_factory=list)
    tracked_note: str = ""


def collect(root: Path) -> tuple[list[Source], list[LetterSummary]]:
    """Return the letters to convert and the files refused up front (with a Dutch reason)."""
    if not root.exists():
        raise BatchError(f"Invoer niet gevonden: {root}")
    if root.is_file() and root.suffix.lower() == ".zip":
        return _collect_zip(root)
    if root.is_file():
        return [Source(root.name, root.read_bytes(), root.name)], []
    sources: list[Source] = []
    refused: list[LetterSummary] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_symlink():
            refused.append(
                LetterSummary(rel, "fout", "Dit is een snelkoppeling; die volgen wij niet.")
            )
        elif path.suffix.lower() not in SUPPORTED:
            refused.append(
                LetterSummary(
                    rel, "fout", f"Bestandstype {path.suffix or '(geen)'} wordt niet ondersteund."
                )
            )
        else:
            sources.append(Source(rel, path.read_bytes()))
    return _unique(sources, refused)


def _safe_member(name: str) -> str | None:
    """Return a safe relative path for a zip member, or None (zip slip)."""
    if not name or name.startswith(("/", "\\")) or ":" in name.split("/")[0]:
        return None
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if any(part in ("..", "") for part in parts):
        return None
    return "/".join(parts)


def _collect_zip(path: Path) -> tuple[list[Source], list[LetterSummary]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise BatchError(f"{path.name} is geen geldig zip-bestand.") from exc
    sources: list[Source] = []
    refused: list[LetterSummary] = []
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise BatchError(f"{path.name} bevat te veel bestanden ({len(infos)}).")
    total = 0
    for info in sorted(infos, key=lambda i: i.filename):
        rel = _safe_member(info.filename)
        if rel is None:
            refused.append(
                LetterSummary(
                    info.filename,
                    "fout",
                    "Onveilige bestandsnaam in het zip-bestand (buiten de map); overgeslagen.",
                )
            )
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            refused.append(
                LetterSummary(rel, "fout", "Snelkoppeling in het zip-bestand; overgeslagen.")
            )
            continue
        if PurePosixPath(rel).suffix.lower() not in SUPPORTED:
            refused.append(LetterSummary(rel, "fout", "Bestandstype wordt niet ondersteund."))
            continue
        ratio = info.file_size / max(1, info.compress_size)
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or ratio > MAX_RATIO or total > MAX_TOTAL_BYTES:
            refused.append(
                LetterSummary(
                    rel,
                    "fout",
                    "Dit bestand pakt uit tot een verdacht groot bestand (zip-bom); overgeslagen.",
                )
            )
            continue
        with archive.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
        if len(data) > MAX_MEMBER_BYTES:
            refused.append(LetterSummary(rel, "fout", "Dit bestand is te groot; overgeslagen."))
            continue
        sources.append(Source(rel, data))
    return _unique(sources, refused)


def _unique(
    sources: list[Source], refused: list[LetterSummary]
) -> tuple[list[Source], list[LetterSummary]]:
    """Give every letter output names of its own.

    A name that occurs twice (a zip may hold one name twice, or 'a\\b.txt'
    next to 'a/b.txt') is refused the second time. Letters that differ only
    in their suffix ('brief.txt', 'brief.md') get it in their output name
    ('brief-txt.pdf', 'brief-md.pdf'); any clash left over (names that differ
    only in capitals) gets a short hash of the input path.
    """
    seen: set[str] = set()
    kept: list[Source] = []
    for source in sources:
        if source.rel in seen:
            refused.append(
                LetterSummary(
                    source.rel, "fout", "Deze bestandsnaam komt twee keer voor; overgeslagen."
                )
            )
            continue
        seen.add(source.rel)
        kept.append(source)
    stems = Counter(_stem_key(s.rel) for s in kept)
    outs: list[str] = []
    for source in kept:
        path = PurePosixPath(source.rel)
        out = source.rel
        if stems[_stem_key(source.rel)] > 1 and path.suffix:
            out = str(path.with_name(f"{path.stem}-{path.suffix[1:].lower()}{path.suffix}"))
        outs.append(out)
    taken = Counter(_stem_key(o) for o in outs)
    unique = []
    for source, out in zip(kept, outs, strict=True):
        if taken[_stem_key(out)] > 1:
            path = PurePosixPath(out)
            tag = hashlib.sha256(source.rel.encode()).hexdigest()[:6]
            out = str(path.with_name(f"{path.stem}-{tag}{path.suffix}"))
        unique.append(Source(source.rel, source.data, out))
    return unique, refused


def _stem_key(rel: str) -> str:
    """The output name of a letter without its suffix, as a case-insensitive file system sees it."""
    return str(PurePosixPath(rel).with_suffix("")).lower()


def safe_output(outdir: Path, rel: str, suffix: str) -> Path:
    """Return the output path for a letter, guaranteed inside `outdir`."""
    target = (outdir / "brieven" / PurePosixPath(rel).with_suffix(suffix)).resolve()
    if outdir.resolve() not in target.parents:
        raise BatchError(f"Onveilige bestandsnaam: {rel}")
    return target


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file via a temporary file in the same folder and a rename.

    On any failure (a folder where the file should go, a full disk) the
    temporary file is removed before the error is raised.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@functools.cache
def _engine(overlay: str | None, config: str | None = None, stamp: str = ""):
    """One engine per worker process and per overlay/settings version (`stamp`)."""
    from rewriter.engine import Engine
    from rewriter.settings import Settings

    del stamp  # part of the cache key only: an edited overlay gives a new engine
    settings = Settings.from_toml(config) if config else Settings()
    return Engine.create(settings, overlay=overlay)


def convert_one(source: Source, outdir: Path, options: Options) -> LetterSummary:
    """Convert one letter; any failure becomes a report row with a Dutch reason."""
    from rewriter.compose import compose

    engine = _engine(options.glossary_overlay, options.config, options.stamp())
    suffix = PurePosixPath(source.rel).suffix
    try:
        text = read_bytes(
            source.data,
            suffix,
            name=PurePosixPath(source.rel).name,
            max_bytes=engine.settings.max_letter_bytes,
            max_chars=engine.settings.max_letter_chars,
        )
        wanted = tuple(f for f in options.formats if f not in ("txt", "docx-tracked"))
        # the batch writes only the applied text: only the chosen proposals need the grammar
        # check, unless the letter's own .docx gets the others as comments (docx-tracked)
        vet = "all" if "docx-tracked" in options.formats else "chosen"
        composed = compose(text, engine, options.accept, wanted, vet=vet)
        result = composed.rewrite
        assert result is not None
        structure = composed.structure
        rendered = composed.files
        tracked = _tracked(source, result) if "docx-tracked" in options.formats else {}
    except RewriterError as exc:
        return LetterSummary(source.rel, "fout", exc.message)
    except Exception as exc:
        return LetterSummary(
            source.rel, "fout", f"Onverwachte fout bij deze brief ({type(exc).__name__})."
        )
    report = result.report
    outputs = []
    for fmt, item in rendered.items():
        path = safe_output(outdir, source.out or source.rel, f".{fmt}")
        write_atomic(path, item.data)
        outputs.append(path.relative_to(outdir.resolve()).as_posix())
    if "txt" in options.formats:
        path = safe_output(outdir, source.out or source.rel, ".txt")
        write_atomic(path, result.text.encode("utf-8"))
        outputs.append(path.relative_to(outdir.resolve()).as_posix())
    if tracked.get("data"):
        path = safe_output(outdir, source.rel, TRACKED_SUFFIX)
        write_atomic(path, tracked.pop("data"))
        tracked["tracked_file"] = path.relative_to(outdir.resolve()).as_posix()
        outputs.append(tracked["tracked_file"])
    hard = sorted(
        {f.text.lower() for f in report.findings if f.category == "rare_word"}
        - _in_glossary({f.text.lower() for f in report.findings}, engine)
    )
    summary = LetterSummary(
        rel=source.rel,
        status="ok" if composed.guard.ok else "fout",
        reason="" if composed.guard.ok else composed.guard.message(),
        cefr_before=report.scores.cefr,
        cefr_after=result.scores_after.cefr,
        flesch_before=report.scores.flesch_douma,
        flesch_after=result.scores_after.flesch_douma,
        words=report.scores.words,
        findings=len(report.findings),
        warnings=sum(1 for f in report.findings if f.severity == "warning"),
        applied=len(result.applied),
        refused=len(result.refused),
        facts=len({f.text for f in result.facts}),
        facts_lost=len(result.missing) + len({t for _, t in composed.guard.missing}),
        contact_channels=len({c.text for c in structure.contacts if not c.crisis}),
        hard_words=hard,
        outputs=outputs,
        **tracked,
    )
    detail = {
        "schema": 1,
        "path": source.rel,
        **result.to_dict(),
        "findings": [f.to_dict() for f in report.findings],
        "contact_line": composed.contact_line,
        "removed_channels": composed.summary()["removed_channels"],
        "guard": composed.guard.to_dict(),
    }
    path = safe_output(outdir, source.out or source.rel, ".json")
    write_atomic(path, json.dumps(detail, ensure_ascii=False, indent=2).encode("utf-8"))
    return summary


def _in_glossary(words: set[str], engine: Any) -> set[str]:
    """The words a glossary entry marks (as written, inflected or in a compound). A rare
    word that the glossary knows is not 'missing from the glossary', even where its entry
    stayed quiet (an explained term's second use, a domain that does not fit)."""
    from rewriter.analysers.glossary import entries_for_word

    lem = engine.resources.lemmatizer
    return {w for w in words if entries_for_word(w, engine.compiled, lem)}


def _tracked(source: Source, result: Any) -> dict[str, Any]:
    """docx-tracked: the letter's own .docx with tracked changes, and its merge fields."""
    from rewriter.wordml import FIXED_DATE, field_counts, merge_fields, write_tracked

    suffix = PurePosixPath(source.rel).suffix.lower()
    if suffix == ".odt":
        return {"tracked_note": "Wijzigingen in het eigen .odt-bestand: nog niet ondersteund."}
    if suffix != ".docx":
        return {}
    tracked = write_tracked(source.data, result, date=FIXED_DATE)  # deterministic output
    fields = merge_fields(source.data)
    if (
        field_counts(tracked.data) != field_counts(source.data)
        or merge_fields(tracked.data) != fields
    ):
        raise RewriterError(
            "De velden van dit Word-bestand zouden veranderen; het bestand met wijzigingen "
            "is daarom niet geschreven."
        )
    return {
        "data": tracked.data,
        "tracked_changes": tracked.changes,
        "tracked_refused": len(tracked.refused),
        "merge_fields": fields,
    }


def _status_path(outdir: Path, rel: str) -> Path:
    name = hashlib.sha256(rel.encode()).hexdigest()[:24]
    return outdir / ".status" / f"{name}.json"


def _job(args: tuple[Source, str, Options]) -> dict[str, Any]:
    source, outdir, options = args
    try:
        summary = convert_one(source, Path(outdir), options)
    except OSError as exc:  # e.g. a folder 'a.pdf/' in the way of the output 'a.pdf'
        where = Path(exc.filename).name if exc.filename else "de uitvoermap"
        summary = LetterSummary(
            source.rel,
            "fout",
            f"De uitvoer kon niet worden geschreven ({where}): er staat al een map of bestand "
            "met die naam, of de schijf is vol.",
        )
    except RewriterError as exc:
        summary = LetterSummary(source.rel, "fout", exc.message)
    return asdict(summary)


def _die_with_parent(parent: int) -> None:
    """Pool worker initializer: end this worker when the batch process ends, even by SIGKILL.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG;
    the parent here is the thread that started the pool, which run_batch keeps
    alive until the pool is shut down). Elsewhere, and in case the parent died
    before this ran, a daemon thread checks the parent pid once a second.
    """
    import ctypes
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="ouder-bewaking", daemon=True).start()


GC_THRESHOLD = (20_000, 10, 10)  # a batch worker's (Python's default: 700, 10, 10)


def _start_worker(parent: int, options: Options) -> None:
    """Pool worker initializer: end with the parent (`_die_with_parent`), load the engine,
    and move what is loaded so far (the engine, the glossary, the language tables: some
    350,000 objects) out of the cyclic garbage collector's reach (`gc.freeze`): they live
    as long as the worker, and each full collection scanned them all again. CPU spent
    collecting in a batch letter: 11 ms before, 5-7 ms after (`python -m bench.batch_stages`
    prints it). Then the youngest generation is collected every `GC_THRESHOLD[0]`
    allocations instead of 700: a letter makes some 10^6 short-lived objects (spaCy
    tokens, regex matches), nearly all freed by their reference counts, and each young
    collection walked the survivors again (collecting: 8 -> 4 ms a distinct letter, measured
    with the stage clock). Nothing an output depends on changes: only when cycles are
    looked for; memory grows by at most the 20,000 young objects' cycles between
    collections."""
    import gc

    _die_with_parent(parent)
    try:
        _engine(options.glossary_overlay, options.config, options.stamp())
    except Exception:  # the first letter reports it, with a Dutch reason
        return
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


@dataclass
class BatchResult:
    """What a batch run did."""

    summaries: list[LetterSummary]
    converted: int
    skipped: int

    @property
    def failed(self) -> list[LetterSummary]:
        """The letters that could not be converted."""
        return [s for s in self.summaries if s.status != "ok"]


def run_batch(
    root: Path,
    outdir: Path,
    options: Options,
    jobs: int = 1,
    force: bool = False,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> BatchResult:
    """Convert a library; resume where a previous run stopped; write the report."""
    outdir = outdir.resolve()
    if root.is_dir() and (outdir == root.resolve() or root.resolve() in outdir.parents):
        raise BatchError("De uitvoermap mag niet in de invoermap liggen.")
    sources, refused = collect(root)
    key = options.key()
    todo: list[Source] = []
    done: list[LetterSummary] = []
    for source in sources:
        status = _status_path(outdir, source.rel)
        digest = hashlib.sha256(source.data).hexdigest()
        if not force and status.exists():
            saved = json.loads(status.read_text(encoding="utf-8"))
            if saved.get("hash") == digest and saved.get("options") == key:
                done.append(LetterSummary(**saved["summary"]))
                continue
        todo.append(source)
    results: list[LetterSummary] = []
    jobs_args = [(s, str(outdir), options) for s in todo]
    if jobs > 1 and len(todo) > 1:
        iterator = _pooled(jobs_args, jobs, options)
        for raw in progress(iterator, len(todo)) if progress else iterator:
            results.append(_record(outdir, raw, sources, key))
    else:
        iterator = map(_job, jobs_args)
        for raw in progress(iterator, len(todo)) if progress else iterator:
            results.append(_record(outdir, raw, sources, key))
    summaries = sorted(done + results + refused, key=lambda s: s.rel)
    write_reports(outdir, summaries)
    return BatchResult(summaries, converted=len(results), skipped=len(done))


def _pooled(
    jobs_args: list[tuple[Source, str, Options]], jobs: int, options: Options
) -> Iterator[dict[str, Any]]:
    """The letters' results with `jobs` worker processes, in order.

    The first letter is converted in this process, before the workers start: it loads
    what every letter needs once per process (the engine, the trained parser, the
    section model, WeasyPrint and its fonts, the word frequencies: some 6 s of CPU), and
    the workers, forked from this process, start with it all loaded instead of each
    loading it again (`_start_worker` finds the engine made). Outputs do not depend on
    which process converts a letter, nor on what it converted before.
    """
    yield _job(jobs_args[0])
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), options)
    ) as pool:
        yield from pool.map(_job, jobs_args[1:], chunksize=2)


def _record(outdir: Path, raw: dict[str, Any], sources: list[Source], key: str) -> LetterSummary:
    summary = LetterSummary(**raw)
    if summary.status == "ok":
        data = next(s.data for s in sources if s.rel == summary.rel)
        payload = {"hash": hashlib.sha256(data).hexdigest(), "options": key, "summary": raw}
        write_atomic(
            _status_path(outdir, summary.rel), json.dumps(payload, ensure_ascii=False).encode()
        )
    return summary


# --- the library report -----------------------------------------------------------------

_RANK = {"A2": 0, "B1": 1, "B2": 2, "C1": 3, "": -1}
CSV_FIELDS = (
    "rel", "status", "reason", "cefr_before", "cefr_after", "flesch_before", "flesch_after",
    "words", "findings", "warnings", "applied", "refused", "facts", "facts_lost", "contact_channels",
)  # fmt: skip
# report.csv is read in Dutch Excel: Dutch headers, ';' between cells, decimal commas
CSV_HEADERS = (
    "brief", "status", "reden", "niveau voor", "niveau na", "Flesch-Douma voor",
    "Flesch-Douma na", "woorden", "opmerkingen", "waarschuwingen", "aangepast", "geweigerd",
    "feiten", "feiten kwijt", "contactmogelijkheden",
)  # fmt: skip


def worst_first(summaries: Iterable[LetterSummary]) -> list[LetterSummary]:
    """Converted letters ordered from hardest to easiest (CEFR, then Flesch-Douma)."""
    ok = [s for s in summaries if s.status == "ok"]
    return sorted(ok, key=lambda s: (-_RANK[s.cefr_before], s.flesch_before, s.rel))


def write_reports(outdir: Path, summaries: list[LetterSummary]) -> None:
    """Write report.csv (for Dutch Excel) and a self-contained report.html (opens offline)."""
    write_atomic(outdir / "report.csv", report_csv(summaries).encode("utf-8"))
    write_atomic(outdir / "report.html", report_html(summaries).encode("utf-8"))


def report_csv(summaries: list[LetterSummary]) -> str:
    """The library report as CSV that Dutch Excel opens as it is: a BOM (UTF-8), ';' as
    separator, Dutch headers, numbers rounded with a decimal comma, and every text cell
    made inert (a file named '=HYPERLINK(...).txt' shows as text)."""
    from rewriter.report_format import dutch_number, spreadsheet_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for s in summaries:
        row = []
        for name in CSV_FIELDS:
            value = getattr(s, name)
            if isinstance(value, float):
                value = dutch_number(value) if s.status == "ok" or value else ""
            row.append(spreadsheet_cell(value))
        writer.writerow(row)
    return "\ufeff" + buffer.getvalue()


def report_html(summaries: list[LetterSummary]) -> str:
    """The library report as one HTML page with inline CSS and SVG charts."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from rewriter.render import TEMPLATES

    ok = [s for s in summaries if s.status == "ok"]
    b1 = ("A2", "B1")
    hard = Counter(w for s in ok for w in s.hard_words)
    before = Counter(s.cefr_before for s in ok)
    after = Counter(s.cefr_after for s in ok)
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"])
    )
    return env.get_template("report.html.j2").render(
        total=len(summaries),
        converted=len(ok),
        failed=[s for s in summaries if s.status != "ok"],
        b1_before=sum(1 for s in ok if s.cefr_before in b1),
        b1_after=sum(1 for s in ok if s.cefr_after in b1),
        facts_lost=sum(s.facts_lost for s in ok),
        many_channels=sum(1 for s in ok if s.contact_channels > 1),
        ranking=worst_first(ok),
        levels=["A2", "B1", "B2", "C1"],
        before=before,
        after=after,
        top=max([*before.values(), *after.values(), 1]),
        hard_words=hard.most_common(30),
        tracked=[s for s in ok if s.tracked_file or s.tracked_note],
    )
