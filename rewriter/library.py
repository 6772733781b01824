"""The Bibliotheek tab: a .zip of letters in, a clean .zip of new letters and a report out.

The result zip, for a writer who opens it in Explorer:

    report.html            the library report; every letter links to its files
    report.csv             the same for Dutch Excel (';', decimal commas)
    pdf/<letter>.pdf       one folder per format, the letters' own sub-folders inside
    docx/<letter>.docx

A folder that holds the whole upload ('brieven/' in 'brieven.zip') is left out, so
there is no 'pdf/brieven/brieven/'. The batch's per-letter JSON details and resume
status stay in the work folder; they are for the command line (`rewriter batch`).

Progress: `on_progress(n, total, seconds_left)` before letter n is converted, for the
app's "brief 12 van 120 · nog ongeveer 40 seconden".
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from rewriter.batch import LetterSummary, Options, report_csv, report_html, run_batch

Progress = Callable[[int, int, float | None], None]


def progress_text(n: int, total: int, seconds_left: float | None) -> str:
    """'brief 12 van 120 · nog ongeveer 2 minuten' (Dutch, rounded for people)."""
    text = f"brief {n} van {total}"
    if seconds_left is None:
        return text
    if seconds_left < 60:
        left = f"{max(5, round(seconds_left / 5) * 5)} seconden"
    else:
        minutes = round(seconds_left / 60)
        left = "1 minuut" if minutes <= 1 else f"{minutes} minuten"
    return f"{text} · nog ongeveer {left}"


def _timed(on_progress: Progress) -> Callable[[Iterable[Any], int], Iterable[Any]]:
    """A `run_batch` progress wrapper: before letter n it reports (n, total, seconds left,
    estimated from the letters so far; None before the first is done)."""

    def wrap(items: Iterable[Any], total: int) -> Iterator[Any]:
        start = time.monotonic()
        it = iter(items)
        for n in range(1, total + 1):
            spent = time.monotonic() - start
            on_progress(n, total, spent / (n - 1) * (total - n + 1) if n > 1 else None)
            try:
                item = next(it)  # run_batch maps lazily (jobs=1): this converts letter n
            except StopIteration:
                return
            yield item

    return wrap


def _common_top(names: list[str]) -> str:
    """The one folder every letter is in ('brieven/'), or ''."""
    tops = {PurePosixPath(n).parts[0] for n in names if len(PurePosixPath(n).parts) > 1}
    flat = any(len(PurePosixPath(n).parts) == 1 for n in names)
    return f"{tops.pop()}/" if len(tops) == 1 and not flat else ""


def _zip_name(output: str, top: str) -> str:
    """'brieven/brieven/wmo/a.pdf' (batch output) -> 'pdf/wmo/a.pdf' (zip)."""
    rel = output.removeprefix("brieven/").removeprefix(top)
    suffix = "wijzigingen" if rel.endswith(".wijzigingen.docx") else PurePosixPath(rel).suffix[1:]
    return f"{suffix}/{rel}"


def convert_library(
    upload: Path,
    workdir: Path,
    accept: str = "safe",
    formats: tuple[str, ...] = ("pdf", "docx"),
    overlay: Path | None = None,
    on_progress: Progress | None = None,
) -> tuple[Path, str]:
    """Convert an uploaded .zip library; return the result zip and a Dutch summary."""
    out = workdir / "omgezet"
    # the municipality's overlay, as the writer just edited it (batch keys its engine on
    # the overlay's content, so an edit takes effect at once)
    used = str(overlay) if overlay is not None and overlay.exists() else None
    result = run_batch(
        upload,
        out,
        Options(accept, formats, used),
        jobs=1,
        progress=_timed(on_progress) if on_progress else None,
    )
    top = _common_top([s.rel for s in result.summaries])
    summaries: list[LetterSummary] = []
    files: list[tuple[Path, str]] = []
    for s in result.summaries:
        names = [_zip_name(o, top) for o in s.outputs if not o.endswith(".json")]
        files += [(out / o, n) for o, n in zip(s.outputs, names, strict=False)]
        tracked = _zip_name(s.tracked_file, top) if s.tracked_file else ""
        summaries.append(replace(s, outputs=names, tracked_file=tracked))
    archive = workdir / "omgezette-brieven.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        # the report first: the first thing a writer sees in the zip
        z.writestr("report.html", report_html(summaries))
        z.writestr("report.csv", report_csv(summaries))
        for path, name in sorted(files, key=lambda f: f[1]):
            if path.is_file():
                z.write(path, name)
    ok = len(result.summaries) - len(result.failed)
    lines = [
        f"**{ok} {'brief' if ok == 1 else 'brieven'} omgezet, {len(result.failed)} niet gelukt.** "
        "Open eerst report.html in de zip: daar staan alle brieven, met een link naar elke brief."
    ]
    lines += [f"- {s.rel}: {s.reason}" for s in result.failed]
    return archive, "\n".join(lines)
