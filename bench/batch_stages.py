"""Where a batch letter's time goes: the per-stage share of `batch.convert_one`.

Every stage is a function of the code path (read, spaCy, analysis, rewrite, structure,
render, guard, writing); each is wrapped with a timer that counts its *own* time
(time spent in a nested stage counts for that stage), so the shares add up to the
whole. The letters are the fixture letters as .docx, converted in this process
(one job), after one warm-up letter.

Run: `python -m bench.batch_stages [--letters 80] [--formats docx,pdf]`; `make bench` prints
it with the batch. `--formats docx` measures the batch's default (.docx out).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import io
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"


def fixture_docx() -> list[tuple[str, bytes]]:
    """The fixture letters as .docx files (one paragraph per block), as a library holds them."""
    from docx import Document

    out = []
    for path in sorted(LETTERS.glob("*.txt")):
        doc = Document()
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            doc.add_paragraph(block)
        buffer = io.BytesIO()
        doc.save(buffer)
        out.append((path.stem, buffer.getvalue()))
    return out


class StageClock:
    """Own CPU time per stage: a nested stage's time is taken off the stage around it.

    CPU time of this process (`time.process_time`), so that other programs on a shared
    machine do not count; the batch's wall time is printed beside it.
    """

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)  # calls (a generator: its first step)
        self._stack: list[list[Any]] = []  # [name, start, time of nested stages]
        self.not_ok = 0  # letters the batch did not pass (its guard), converted all the same

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        frame = [name, time.process_time(), 0.0]
        self._stack.append(frame)
        try:
            yield
        finally:
            elapsed = time.process_time() - frame[1]
            self._stack.pop()
            self.own[name] += elapsed - frame[2]
            if self._stack:
                self._stack[-1][2] += elapsed

    def wrap(self, name: str | Callable[..., str], func: Callable) -> Callable:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            label = name(*args, **kwargs) if callable(name) else name
            self.calls[label] += 1
            with self.stage(label):
                return func(*args, **kwargs)

        return timed

    def wrap_generator(self, name: Callable[..., str], func: Callable) -> Callable:
        """A generator's own time is the time inside each `next`, not between them."""

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            label = name(*args, **kwargs)
            self.calls[label] += 1
            with self.stage(label):
                gen = func(*args, **kwargs)
            while True:
                with self.stage(label):
                    try:
                        item = next(gen)
                    except StopIteration:
                        return
                yield item

        return timed


def _spacy_label(nlp: Any, *_: Any, **__: Any) -> str:
    from rewriter.parser import load_parser
    from rewriter.sections_model import load_sections_model

    if nlp is load_parser():
        return "spaCy: trained parser"
    if nlp is load_sections_model():
        return "spaCy: section model (textcat)"
    return "spaCy: tokeniser"


def _guard_read_label(fmt: str, *_: Any, **__: Any) -> str:
    return f"guard: text of the {fmt.upper()}"


# (module, attribute, stage); functions are replaced wherever a rewriter module binds them
_FUNCTIONS = (
    ("rewriter.readers", "read_bytes", "read the input file"),
    ("rewriter.pipeline", "analyse", "analysis (findings)"),
    ("rewriter.pipeline", "score_letter", "analysis (scores)"),
    ("rewriter.rewrite", "propose_checked", "proposals"),
    ("rewriter.grammar_vet", "vet_proposals", "grammar check of proposals"),
    ("rewriter.rewrite", "rewrite_letter", "rewrite (apply, rescore loop, text guard)"),
    ("rewriter.facts", "extract_facts", "facts (extract)"),
    ("rewriter.structure", "extract_structure", "structure"),
    ("rewriter.render", "build_context", "page context (contacts, sections)"),
    ("rewriter.render", "render_html", "HTML (Jinja2)"),
    ("rewriter.render", "_layout_pdf", "PDF layout (WeasyPrint)"),
    ("rewriter.render", "render_docx", "DOCX (python-docx)"),
    ("rewriter.compose", "guard_files", "guard: compare facts"),
    ("rewriter.batch", "write_atomic", "write files"),
    ("rewriter.batch", "convert_one", "batch bookkeeping (summary, JSON)"),
)


@contextlib.contextmanager
def instrumented(clock: StageClock) -> Iterator[None]:
    """Wrap the stage functions (and spaCy, WeasyPrint's PDF writer, the letter model)."""
    import importlib

    from spacy.language import Language
    from weasyprint.document import Document as WeasyDocument

    from rewriter.letter import Letter

    undo: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, new: Any) -> None:
        undo.append((owner, attr, owner.__dict__[attr] if isinstance(owner, type) else None))
        setattr(owner, attr, new)

    for module_name, attr, label in _FUNCTIONS:
        module = importlib.import_module(module_name)
        func = getattr(module, attr)
        timed = clock.wrap(label, func)
        for name, mod in list(sys.modules.items()):
            if (name == "rewriter" or name.startswith("rewriter.")) and mod is not None:
                for key, value in list(vars(mod).items()):
                    if value is func:
                        undo.append((mod, key, func))
                        setattr(mod, key, timed)
    patch(Language, "__call__", clock.wrap(_spacy_label, Language.__call__))
    patch(Language, "pipe", clock.wrap_generator(_spacy_label, Language.pipe))
    patch(WeasyDocument, "write_pdf", clock.wrap("PDF write (WeasyPrint)", WeasyDocument.write_pdf))
    raw_from_text = Letter.__dict__["from_text"].__func__
    patch(Letter, "from_text", classmethod(clock.wrap("letter model", raw_from_text)))
    compose = importlib.import_module("rewriter.compose")
    delivered = compose.delivered_text
    undo.append((compose, "delivered_text", delivered))
    compose.delivered_text = clock.wrap(_guard_read_label, delivered)
    try:
        yield
    finally:
        for owner, attr, old in reversed(undo):
            setattr(owner, attr, old)


def library_docx(letters: int, library: str = "distinct") -> list[tuple[str, bytes]]:
    """`letters` letters as .docx: distinct ones (bench/library.py: the development letters,
    then variants of them) or the fixture letters repeated ("repeated")."""
    from bench.library import _docx, distinct_library, repeated_library

    chosen = distinct_library(letters) if library == "distinct" else repeated_library(letters)
    return [(name, _docx(text)) for name, text in chosen]


def measure_stages(
    letters: int = 80, formats: tuple[str, ...] = ("docx", "pdf"), library: str = "distinct"
) -> tuple[StageClock, float, int]:
    """Convert `letters` letters (.docx in; `formats` out) in this process: distinct
    letters (the default) or the fixture letters repeated (`library="repeated"`)."""
    from rewriter import batch
    from rewriter.batch import Options, Source

    if library == "distinct":  # spread over the sets, the warm-up letter one of them
        pool = library_docx(max(letters + 1, 308), library)
        sources = [pool[i * len(pool) // (letters + 1)] for i in range(letters + 1)]
        warm = sources.pop(0)[1]
    else:
        sources = library_docx(letters, library)
        warm = sources[0][1]
    options = Options("safe", formats)
    clock = StageClock()
    collecting = _GcClock()
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        out = Path(tmp)
        batch.convert_one(Source("warm.docx", warm), out, options)  # engine, fonts, caches
        gc.freeze()  # as a batch worker does once its engine is loaded (batch._start_worker)
        thresholds = gc.get_threshold()
        gc.set_threshold(*batch.GC_THRESHOLD)  # and as it collects
        with instrumented(clock), collecting:
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(letters):
                stem, data = sources[i % len(sources)]
                summary = batch.convert_one(Source(f"{i:04d}-{stem}.docx", data), out, options)
                if summary.status != "ok":  # the guard's verdict on a real letter: counted
                    clock.not_ok += 1
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        gc.set_threshold(*thresholds)
    clock.own["(outside the stages)"] = max(0.0, cpu - sum(clock.own.values()))
    clock.collector = collecting.spent  # type: ignore[attr-defined]
    return clock, wall, letters


class _GcClock:
    """CPU time spent in the cyclic garbage collector (inside the stages' own times)."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._start = 0.0

    def _callback(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.spent += time.process_time() - self._start

    def __enter__(self) -> _GcClock:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)


_LIBRARIES = {
    "distinct": "distinct letters (development sets and fixtures, each once)",
    "repeated": "letters (the 42 fixture letters in turn: repeats the caches serve)",
}


def print_stages(
    clock: StageClock,
    wall: float,
    letters: int,
    formats: tuple[str, ...] = ("docx", "pdf"),
    library: str = "distinct",
) -> None:
    total = sum(clock.own.values())
    out = " + ".join(f".{f}" for f in formats)
    print(
        f"## batch stages: {letters} {_LIBRARIES[library]} (.docx in; {out} out), one process:"
        f" CPU {1000 * total / letters:.0f} ms per letter (wall {1000 * wall / letters:.0f} ms)"
        + (f"; {clock.not_ok} not passed by the guard" if clock.not_ok else "")
    )
    for name, seconds in sorted(clock.own.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:44s} {1000 * seconds / letters:7.1f} ms/letter  "
            f"{100 * seconds / total:5.1f} %   ({clock.calls.get(name, 0) / letters:.1f} calls)"
        )
    spacy = sum(s for n, s in clock.own.items() if n.startswith("spaCy"))
    parser = clock.own.get("spaCy: trained parser", 0.0)
    print(
        f"  spaCy in all: {1000 * spacy / letters:.1f} ms/letter ({100 * spacy / total:.1f} %); "
        f"the trained parser alone: {1000 * parser / letters:.1f} ms/letter "
        f"= {parser / letters * 1000 / 2:.1f} s per 1,000 letters on 2 jobs"
    )
    collector = getattr(clock, "collector", None)
    if collector is not None:
        print(
            f"  inside the stages, the garbage collector: {1000 * collector / letters:.1f} "
            "ms/letter (the engine frozen out of its reach, as in a batch worker)"
        )
    print()


def bench_render_reuse(letters: int = 20, rounds: int = 3) -> None:
    """What the per-process reuse in rewriter/render.py saves, measured in turns in one
    process (so other programs on the machine weigh on both sides alike): WeasyPrint's
    layout with the inline <style> parsed per page vs the parsed stylesheet, and the
    DOCX with python-docx's template read and styled per letter vs the styled template copied
    with its unchanged parts shared."""
    from unittest import mock

    from weasyprint import HTML

    from rewriter import render
    from rewriter.compose import compose
    from rewriter.engine import Engine

    engine = Engine.create()
    items = []
    for path in sorted(LETTERS.glob("*.txt"))[:letters]:
        c = compose(path.read_text(encoding="utf-8"), engine, "safe", ("html",))
        items.append((c.context, c.files["html"].layout, c.files["html"].data.decode()))
    fresh = render._PlainDocxTemplate()

    def docx_read(context: dict, layout: Any) -> bytes:
        with mock.patch.object(render, "_docx_template", return_value=fresh):
            return render.render_docx(context, layout)

    def layout_inline(html: str) -> Any:
        page = HTML(string=html, base_url=str(render.TEMPLATES), url_fetcher=render._fetcher())
        return page.render(font_config=render._font_config())

    spent: dict[str, float] = defaultdict(float)
    for _ in range(rounds):
        for context, layout, html in items:
            for name, run, args in (
                ("PDF layout, <style> parsed per page", layout_inline, (html,)),
                ("PDF layout, parsed stylesheet reused", render._layout_pdf, (html,)),
                ("DOCX, template read and styled per letter", docx_read, (context, layout)),
                (
                    "DOCX, styled template copied, shared parts",
                    render.render_docx,
                    (context, layout),
                ),
            ):
                t0 = time.process_time()
                run(*args)
                spent[name] += time.process_time() - t0
    print(f"## render reuse, in turns ({len(items)} letters x {rounds}; CPU per call)")
    for name, seconds in spent.items():
        print(f"  {name:40s} {1000 * seconds / (rounds * len(items)):6.1f} ms")
    print()


def bench_batch_paths(letters: int = 20, rounds: int = 3) -> None:
    """What the batch path's speed-ups save, each measured in turns with the plain way it
    replaces, in one process (tests/test_batch_paths.py shows that both give the same):
    reading the input .docx from the parts it uses vs through python-docx's package, the
    guard's reading of a delivered .docx likewise, and checking the grammar of the chosen
    proposals only vs of all of them (rewrite with --accept safe)."""
    from unittest import mock

    from rewriter import compose as composing
    from rewriter import wordml
    from rewriter.compose import compose
    from rewriter.engine import Engine
    from rewriter.rewrite import rewrite

    engine = Engine.create()
    inputs = [data for _, data in fixture_docx()[:letters]]
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))[:letters]]
    outputs = [compose(t, engine, "safe", ("docx",)).files["docx"].data for t in texts]

    def read_by_package(data: bytes) -> Any:
        with mock.patch.object(wordml, "_word_parts", return_value=None):
            return wordml.read_docx(data)

    def guard_by_package(data: bytes) -> Any:
        with mock.patch.object(composing, "_docx_parts", return_value=None):
            return composing.delivered_text("docx", data)

    rows = (
        ("input .docx, python-docx package", read_by_package, inputs),
        ("input .docx, the parts it uses", wordml.read_docx, inputs),
        ("guard: delivered .docx, package", guard_by_package, outputs),
        (
            "guard: delivered .docx, its parts",
            lambda d: composing.delivered_text("docx", d),
            outputs,
        ),
        ("rewrite, grammar check of all proposals", lambda t: rewrite(t, engine, "safe"), texts),
        (
            "rewrite, of the chosen ones (batch)",
            lambda t: rewrite(t, engine, "safe", vet="chosen"),
            texts,
        ),
    )
    spent: dict[str, float] = defaultdict(float)
    for _ in range(rounds):
        for i in range(len(texts)):
            for name, run, items in rows:
                t0 = time.process_time()
                run(items[i % len(items)])
                spent[name] += time.process_time() - t0
    print(f"## batch path speed-ups, in turns ({len(texts)} letters x {rounds}; CPU per call)")
    for name, seconds in spent.items():
        print(f"  {name:44s} {1000 * seconds / (rounds * len(texts)):6.1f} ms")
    print()


def bench_batch_stages(
    letters: int = 80,
    formats: tuple[str, ...] = ("docx", "pdf"),
    library: str = "distinct",
    extras: bool = True,
) -> None:
    print_stages(*measure_stages(letters, formats, library), formats, library)
    if extras:
        bench_render_reuse()
        bench_batch_paths()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.batch_stages")
    parser.add_argument("--letters", type=int, default=80)
    parser.add_argument("--library", choices=("distinct", "repeated"), default="distinct")
    parser.add_argument(
        "--formats",
        default="docx,pdf",
        help="formats out, comma-separated ('docx': the batch's default, issue 12's target)",
    )
    parser.add_argument("--only", action="store_true", help="the stage table only")
    args = parser.parse_args()
    formats = tuple(f for f in args.formats.split(",") if f)
    bench_batch_stages(args.letters, formats, args.library, extras=not args.only)


if __name__ == "__main__":
    main()
