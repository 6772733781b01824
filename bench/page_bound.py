"""How safe are the page bounds (`rewriter.page_bound.fill_bounds`)? Their margins on every letter.

Every letter (the fixture letters, sets 1-13 and fuzzed fixture files that read) is
rewritten as the batch does (`--accept safe`); its page is laid out by WeasyPrint in
every layout on an endless page (the body's real height: the fill, 1.0 = one full
page) and on A4 wherever the bound says it fits. Printed per source, figures only (sets
7-13 are held out): letters, (letter, layout) pairs with a bound, the bound's smallest
margin over the real fill (bound - real, in page shares; it must never be negative)
and the largest real / bound, the pairs where the bound says 'fits' and WeasyPrint's
A4 layout has one page (it must be all of them), and how many letters the batch's
default path proves without a layout (`render.proved_step`).

Run: `python -m bench.page_bound [--fuzz 150]`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
EPS = 1e-9  # float rounding: a bound equal to the real height is safe
SETS = tuple(["eval"] + [f"eval{i}" for i in range(2, 14)])


def letter_texts(fuzz: int = 150) -> Iterator[tuple[str, str]]:
    """(source, text) for every letter we have; sets 7-13 are read, never shown."""
    from rewriter.errors import RewriterError
    from rewriter.readers import read_bytes

    for path in sorted(LETTERS.glob("*.txt")):
        yield "fixtures", path.read_text(encoding="utf-8")
    for name in SETS:
        folder = ROOT / "bench" / name / "letters"
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".txt", ".docx", ".odt", ".pdf", ".html"):
                try:
                    yield name, read_bytes(path.read_bytes(), path.suffix)
                except RewriterError:
                    continue
    if fuzz:
        from bench.fuzz import inputs

        for kind, data in inputs(fuzz):
            try:
                yield "fuzz", read_bytes(data, kind)
            except RewriterError:
                continue


def endless_fill(context: dict, layout: object, decision: bool) -> float:
    """The body's height on an endless page / the A4 text box's height."""
    from rewriter import render
    from rewriter.page_bound import PX_PER_MM

    html = render.render_html(context, layout, decision).replace("size: A4;", "size: 210mm 5000mm;")
    box = render._layout_pdf(html).pages[0]._page_box
    body = next(c for c in box.children if getattr(c, "element_tag", None) == "html").children[0]
    return body.height / (layout.text_box_mm()[1] * PX_PER_MM)


def real_step(context: dict, i: int, decision: bool) -> str:
    """What WeasyPrint's A4 layout of layout i makes `fit_layout` do (over/stop/looser)."""
    from rewriter import render

    document = render._layout_pdf(render.render_html(context, render.LAYOUTS[i], decision))
    if len(document.pages) != 1:
        return "over"
    fill = render._page_fill(document)
    stop = i and fill is not None and fill * render._LOOSER_RATIO[i] > render._BRIM
    return "stop" if stop else "looser"


def measure(fuzz: int = 150) -> dict[str, dict]:
    from rewriter import render
    from rewriter.compose import compose
    from rewriter.engine import Engine
    from rewriter.errors import RewriterError
    from rewriter.page_bound import fill_bounds

    engine = Engine.create()
    stats: dict[str, dict] = {}
    for source, text in letter_texts(fuzz):
        row = stats.setdefault(
            source,
            {"letters": 0, "pairs": 0, "bounded": 0, "high": 9.9, "low": 9.9, "proved": 0,
             "right": 0, "calls": 0, "saved": 0},
        )  # fmt: skip
        try:
            c = compose(text, engine, "safe", (), vet="chosen")
        except RewriterError:
            continue
        row["letters"] += 1
        context, decision = c.context, c.structure.decision
        for i, layout in enumerate(render.LAYOUTS):
            row["pairs"] += 1
            bounds = fill_bounds(context, layout)
            if bounds is None:
                continue
            row["bounded"] += 1
            real = endless_fill(context, layout, decision)
            # a bound equal to the real height within float rounding counts as 0
            high, low = bounds[1] - real, real - bounds[0]
            row["high"] = min(row["high"], 0.0 if abs(high) < EPS else high)
            row["low"] = min(row["low"], 0.0 if abs(low) < EPS else low)
            step = render.proved_step(context, i)
            if step is not None:
                row["proved"] += 1
                row["right"] += step == real_step(context, i, decision)
        calls = _layout_calls(context, decision)
        row["calls"] += calls[0]
        row["saved"] += calls[0] - calls[1]
    return stats


def _layout_calls(context: dict, decision: bool) -> tuple[int, int]:
    """WeasyPrint layouts `fit_layout` runs without and with the bounds (.docx out)."""
    from unittest import mock

    from rewriter import render

    counts = []
    for prove in (False, True):
        spy = mock.patch.object(render, "_layout_pdf", wraps=render._layout_pdf)
        # too long for one page: a RenderError either way
        with spy as calls, contextlib.suppress(render.RenderError):
            render.fit_layout(context, decision, prove)
        counts.append(calls.call_count)
    return counts[0], counts[1]


def report(stats: dict[str, dict]) -> bool:
    print(
        "## page bounds: their margins around WeasyPrint's real height (every layout, every "
        "letter, rewritten with --accept safe)"
    )
    print(
        f"{'source':9s} {'letters':>7s} {'pairs':>6s} {'bounded':>7s} {'upper slack':>11s} "
        f"{'lower slack':>11s} {'proved':>6s} {'right':>6s} {'layouts':>7s} {'saved':>6s}"
    )
    keys = ("letters", "pairs", "bounded", "proved", "right", "calls", "saved")
    total = dict.fromkeys(keys, 0)
    high = low = 9.9
    safe = True
    for source, row in stats.items():
        print(
            f"{source:9s} {row['letters']:7d} {row['pairs']:6d} {row['bounded']:7d} "
            f"{row['high']:11.3f} {row['low']:11.3f} {row['proved']:6d} {row['right']:6d} "
            f"{row['calls']:7d} {row['saved']:6d}"
        )
        for key in keys:
            total[key] += row[key]
        high, low = min(high, row["high"]), min(low, row["low"])
    safe = high >= 0 and low >= 0 and total["proved"] == total["right"]
    print(
        f"{'all':9s} {total['letters']:7d} {total['pairs']:6d} {total['bounded']:7d} "
        f"{high:11.3f} {low:11.3f} {total['proved']:6d} {total['right']:6d} "
        f"{total['calls']:7d} {total['saved']:6d}"
    )
    print(
        "  upper slack: min (upper bound - real fill), lower slack: min (real fill - lower "
        "bound), 1.0 = a page, both never negative if the bounds are safe; proved: (letter, "
        "layout) steps the bounds decide, right: the same step as WeasyPrint's A4 layout; "
        "layouts: WeasyPrint layouts for .docx out without the bounds, saved: those the "
        f"bounds save; the bounds are {'SAFE' if safe else 'NOT SAFE'} on these letters"
    )
    print()
    return safe


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.page_bound")
    parser.add_argument("--fuzz", type=int, default=150, help="fuzzed files to read")
    args = parser.parse_args()
    if not report(measure(args.fuzz)):
        sys.exit(1)


if __name__ == "__main__":
    main()
