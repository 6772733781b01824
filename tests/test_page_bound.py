"""The page bounds (rewriter/page_bound.py) against WeasyPrint's real layout.

Whenever the bounds decide a step of `render.fit_layout` (the page runs over, fits and
stays, fits and a looser layout is tried), WeasyPrint's A4 layout makes the same step;
in particular, whenever they say 'fits', the real layout is one page. Checked on every
readable letter (the fixtures, sets 1-6) and on fuzzed fixture files;
`python -m bench.page_bound` adds the held-out sets (figures only).
"""

from __future__ import annotations

import functools
from pathlib import Path
from unittest import mock

import pytest

from bench.page_bound import endless_fill, real_step
from rewriter import render
from rewriter.compose import compose
from rewriter.errors import RewriterError
from rewriter.page_bound import fill_bounds
from rewriter.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "letters"
READABLE = ("eval", "eval2", "eval3", "eval4", "eval5", "eval6")


def _texts(source: str) -> list[str]:
    if source == "fixtures":
        return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if source == "fuzz":
        from bench.fuzz import inputs

        out = []
        for kind, data in inputs(30):
            try:
                out.append(read_bytes(data, kind))
            except RewriterError:
                continue
        return out
    folder = ROOT / "bench" / source / "letters"
    return [read_bytes(p.read_bytes(), p.suffix) for p in sorted(folder.iterdir())]


@functools.cache
def _composed(source: str, engine_id: int) -> list:
    from rewriter.engine import Engine

    engine = Engine.create()
    return [compose(t, engine, "safe", (), vet="chosen") for t in _texts(source)]


@pytest.mark.parametrize("source", ["fixtures", *READABLE, "fuzz"])
def test_every_proved_step_is_weasyprints(source: str) -> None:
    proved = 0
    for c in _composed(source, 0):
        for i in range(len(render.LAYOUTS)):
            step = render.proved_step(c.context, i)
            if step is not None:
                proved += 1
                # 'stop' and 'looser' (fits) are real only when the A4 layout is one page
                assert step == real_step(c.context, i, c.structure.decision), (source, i)
    if source in ("fixtures", "eval2"):
        assert proved  # the bounds do decide steps here


def test_bounds_enclose_the_real_height() -> None:
    """Lower bound <= the body's real height (an endless page) <= upper bound."""
    for c in _composed("fixtures", 0)[::3]:
        for layout in render.LAYOUTS:
            low, high = fill_bounds(c.context, layout)
            real = endless_fill(c.context, layout, c.structure.decision)
            assert low - 1e-9 <= real <= high + 1e-9


def test_an_empty_last_paragraph_adds_no_height_to_the_lower_bound() -> None:
    """An empty signature <p>: its margins and the closing's collapse with the body's end
    (a fuzzed letter showed it once the margin was counted)."""
    c = _composed("fixtures", 0)[-1]
    context = {**c.context, "signature": [], "reply_slip": []}
    for layout in render.LAYOUTS[:2]:
        low, high = fill_bounds(context, layout)
        real = endless_fill(context, layout, c.structure.decision)
        assert low - 1e-9 <= real <= high + 1e-9


def test_same_docx_with_and_without_the_bounds() -> None:
    """The bounds only stand in for layouts: the chosen layout and the .docx are the same."""
    for c in _composed("fixtures", 0)[::4]:
        proved = render.render_formats(c.structure, ("docx", "html"))
        with mock.patch.object(render, "proved_step", return_value=None):
            laid_out = render.render_formats(c.structure, ("docx", "html"))
        for fmt in ("docx", "html"):
            assert proved[fmt].data == laid_out[fmt].data
            assert proved[fmt].layout == laid_out[fmt].layout


def test_a_pdf_is_always_laid_out() -> None:
    c = _composed("fixtures", 0)[-1]
    with mock.patch.object(render, "proved_step") as step:
        render.render_formats(c.structure, ("pdf", "docx"))
    step.assert_not_called()


def test_no_bounds_for_what_they_do_not_model() -> None:
    context = _composed("fixtures", 0)[-1].context
    layout = render.LAYOUTS[0]
    assert fill_bounds(context, layout) is not None
    logo = {**context, "logo": "file:///logo.png"}
    assert fill_bounds(logo, layout) is None
    table = {"key": "besluit", "heading": "Besluit", "paragraphs": ["a: b"],
             "items": [{"kind": "table", "text": "", "items": [], "rows": [["a", "b"]]}]}  # fmt: skip
    assert fill_bounds({**context, "sections": [table]}, layout) is None
    assert fill_bounds({**context, "subject": "Uw aanvraag 中文"}, layout) is None  # no glyph
    assert fill_bounds({**context, "subject": "x" * 400}, layout) is None  # wider than a line


def test_the_measured_page_is_the_page() -> None:
    """A layout that is only measured (`fit_layout(prove=True)`) leaves the running footer
    out (`render.measured_html`): the same pages and the same body height as the page with
    it, in every layout (`bench.same_outputs` checks the files on 192 letters)."""
    for c in _composed("fixtures", 0)[::8]:
        for layout in render.LAYOUTS:
            html = render.render_html(c.context, layout, c.structure.decision)
            measured = render.measured_html(html)
            assert measured != html and "<footer>" not in measured
            full, bare = render._layout_pdf(html), render._layout_pdf(measured)
            assert len(full.pages) == len(bare.pages)
            assert render._page_fill(full) == render._page_fill(bare)


def test_a_page_not_as_the_template_writes_it_is_measured_whole() -> None:
    html = "<html><body><p>brief</p><footer>a</footer><footer>b</footer></body></html>"
    assert render.measured_html(html) == html
