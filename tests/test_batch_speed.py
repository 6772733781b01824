"""The batch speed-ups change nothing a reader or the guard sees.

- A batch (two worker processes, several letters per worker, so the per-process
  template copy and parsed stylesheets are reused) delivers the same files and the
  same guard verdict as one `compose` of each letter.
- The parsed stylesheet gives the PDF the inline <style> gives, byte for byte; the
  copied DOCX template gives the DOCX a freshly read template gives.
- The guard still reads every delivered file: a fact missing from only the DOCX or
  only the PDF is reported for that file.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from rewriter import render
from rewriter.batch import Options, run_batch
from rewriter.compose import compose, delivered_text, guard_files
from rewriter.engine import Engine
from rewriter.readers import read_bytes

LETTERS = Path(__file__).resolve().parent / "fixtures" / "letters"
NAMES = sorted(p.name for p in LETTERS.glob("*.txt"))
SAMPLE = [NAMES[i] for i in (0, 5, 11, 17, 23, 30)]  # decisions, templates, other kinds


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("in")
    for name in SAMPLE:
        (root / name).write_bytes((LETTERS / name).read_bytes())
    out = tmp_path_factory.mktemp("uit")
    result = run_batch(root, out, Options("safe", ("html", "docx", "pdf")), jobs=2)
    assert not result.failed, [(s.rel, s.reason) for s in result.failed]
    return out


@pytest.mark.parametrize("name", SAMPLE)
def test_batch_delivers_what_one_compose_delivers(
    batch_out: Path, engine: Engine, name: str
) -> None:
    text = read_bytes((LETTERS / name).read_bytes(), ".txt", name=name)
    single = compose(text, engine, "safe", ("html", "docx", "pdf"))
    stem = batch_out / "brieven" / Path(name).stem
    for fmt in ("html", "docx", "pdf"):
        delivered = Path(f"{stem}.{fmt}").read_bytes()
        assert delivered_text(fmt, delivered) == delivered_text(fmt, single.files[fmt].data), fmt
    assert Path(f"{stem}.html").read_bytes() == single.files["html"].data
    assert Path(f"{stem}.docx").read_bytes() == single.files["docx"].data
    detail = json.loads(Path(f"{stem}.json").read_text(encoding="utf-8"))
    assert detail["guard"] == single.guard.to_dict()
    assert detail["guard"]["ok"] is True
    assert set(single.guard.checked) == {"html", "docx", "pdf"}


def _contexts(engine: Engine, names: list[str]) -> list[tuple[dict, Any, bool, Any]]:
    out = []
    for name in names:
        c = compose((LETTERS / name).read_text(encoding="utf-8"), engine, "safe", ("html",))
        out.append((c.context, c.files["html"].layout, c.structure.decision, c))
    return out


def test_parsed_stylesheet_and_template_copy_give_the_same_bytes(engine: Engine) -> None:
    from weasyprint import HTML

    for context, layout, decision, _ in _contexts(engine, SAMPLE[:4]):
        html = render.render_html(context, layout, decision)
        body, css = render._split_style(html)
        assert css is not None and "<style" not in body and "@font-face" in css
        inline = HTML(string=html, base_url=str(render.TEMPLATES), url_fetcher=render._fetcher())
        expected = inline.render(font_config=render._font_config()).write_pdf()
        assert render._layout_pdf(html).write_pdf() == expected
        fresh = render._PlainDocxTemplate()  # python-docx's template read and styled per letter
        with mock.patch.object(render, "_docx_template", return_value=fresh):
            expected_docx = render.render_docx(context, layout)
        assert render.render_docx(context, layout) == expected_docx
        assert render.render_docx(context, layout) == expected_docx  # the template is unchanged


def test_glyph_array_types_are_the_ones_cffi_parses(engine: Engine) -> None:
    """WeasyPrint's font subsetting asks cffi for 'hb_codepoint_t[N]' with a new N in
    most letters; `render._quick_glyph_arrays` makes that type without cffi's C parser.
    It is the very type object the parser gives, and the PDF is byte for byte the same
    as with cffi parsing every name."""
    from weasyprint.text.ffi import ffi

    assert render._quick_glyph_arrays()
    assert isinstance(ffi._parsed_types, render._GlyphArrayTypes)
    for n in (1, 57, 58, 1000, 4321):
        quick = ffi.typeof(f"hb_codepoint_t[{n}]")
        with ffi._lock:
            parsed = ffi._get_cached_btype(ffi._parser.parse_type(f"hb_codepoint_t[{n}]"))
        assert quick is parsed
    assert ffi.typeof("hb_codepoint_t *") is not None  # other names: parsed as before
    with pytest.raises(KeyError):
        ffi._parsed_types["hb_codepoint_t[x]"]
    for context, layout, decision, _ in _contexts(engine, SAMPLE[:3]):
        document = render._layout_pdf(render.render_html(context, layout, decision))
        quick_pdf = render.write_pdf(document)
        with mock.patch.object(ffi, "_parsed_types", dict(ffi._parsed_types.items())):
            ffi._parsed_types.clear()  # a plain cache, empty: cffi parses every name
            parsed_pdf = document.write_pdf()
        assert quick_pdf == parsed_pdf


def test_html_without_one_plain_style_element_goes_to_weasyprint_as_it_is() -> None:
    for html in (
        "<html><body>x</body></html>",
        "<head><style>a{}</style><style>b{}</style></head>",
    ):
        assert render._split_style(html) == (html, None)


def _without(value: Any, fact: str) -> Any:
    """The page context with `fact` cut from every text in it."""
    if isinstance(value, str):
        return value.replace(fact, "")
    if isinstance(value, dict):
        return {k: _without(v, fact) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_without(v, fact) for v in value)
    return value


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_guard_reports_a_fact_missing_from_one_delivered_file(engine: Engine, fmt: str) -> None:
    text = (LETTERS / SAMPLE[0]).read_text(encoding="utf-8")
    c = compose(text, engine, "safe", ("html", "docx", "pdf"))
    assert c.guard.ok
    paragraphs = " ".join(p for s in c.context["sections"] for p in s["paragraphs"])
    fact = next(f for f in c.required if any(ch.isdigit() for ch in f) and f in paragraphs)
    broken = _without(c.context, fact)
    layout = c.files[fmt].layout
    if fmt == "docx":
        data = render.render_docx(broken, layout)
    else:
        data = render._layout_pdf(render.render_html(broken, layout, c.structure.decision))
        data = data.write_pdf()
    files = {**c.files, fmt: dataclasses.replace(c.files[fmt], data=data)}
    guard = guard_files(text, c.rewrite.facts, files, c.context, c.structure)
    assert not guard.ok
    assert (fmt, fact) in guard.missing
    assert {f for f, _ in guard.missing} == {fmt}  # the other files still hold it


def test_the_font_folder_is_removed_when_the_process_exits(tmp_path) -> None:
    """WeasyPrint's temporary font folder is removed at exit (it leaked 1.5 MB per process)."""
    import subprocess
    import sys

    script = "from rewriter.render import _font_config\nprint(_font_config()._folder)\n"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=LETTERS.parent.parent,
    )
    folder = out.stdout.strip().splitlines()[-1]
    assert folder and not Path(folder).exists(), folder
    assert "Traceback" not in out.stderr
