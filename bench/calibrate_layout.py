"""Calibrate the layout choice of `rewriter.render.fit_one_page` on the fixture letters.

Usage: .venv/bin/python bench/calibrate_layout.py

Every fixture letter is rewritten (accept safe) and laid out in each of the
LAYOUTS on an endless page, so the body height gives the exact fill of one A4
page (1.0 = full). The script prints per layout the fill ratios used by
`_TYPICAL_RATIO` and `_LOOSER_RATIO`, and fits the line model of
`estimate_fill` (least squares) for the loosest layout.
"""

from __future__ import annotations

import math
import statistics
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from rewriter import render  # noqa: E402
from rewriter.engine import Engine  # noqa: E402
from rewriter.rewrite import rewrite  # noqa: E402
from rewriter.structure import extract_structure  # noqa: E402

LETTERS = REPO_ROOT / "tests" / "fixtures" / "letters"
PX_PER_MM = 96 / 25.4


def endless_fill(context: dict, layout: render.Layout, decision: bool) -> float:
    html = render.render_html(context, layout, decision).replace("size: A4;", "size: 210mm 5000mm;")
    box = render._layout_pdf(html).pages[0]._page_box
    body = next(c for c in box.children if getattr(c, "element_tag", None) == "html").children[0]
    return body.height / (layout.text_box_mm()[1] * PX_PER_MM)


def features(context: dict, chars_per_line: int) -> list[float]:
    paragraphs = [p for s in context["sections"] for p in s["paragraphs"]]
    paragraphs.append(context["contact_line"])
    lines = sum(math.ceil(len(p) / chars_per_line) for p in paragraphs)
    subject = math.ceil(len(context["subject"] or "") * 1.2 / chars_per_line)
    other = len(context["recipient"]) + bool(context["date"]) + subject + 2
    other += len(context["signature"])
    return [
        lines,
        len(paragraphs),
        len(context["sections"]),
        len(context["sender"]) + 1,
        other,
        1,
    ]


def main() -> None:
    engine = Engine.create()
    contexts, fills = [], []
    for path in sorted(LETTERS.glob("*.txt")):
        result = rewrite(path.read_text(encoding="utf-8"), engine, "safe")
        structure = extract_structure(result.letter_after)
        context = render.build_context(structure, render.HouseStyle(), render.ContactChoice())
        contexts.append(context)
        fills.append([endless_fill(context, lay, structure.decision) for lay in render.LAYOUTS])
    print(f"{len(fills)} letters; fill per layout (1.0 = one full page)")
    for i in range(len(render.LAYOUTS)):
        column = [f[i] for f in fills]
        fitting = sum(1 for x in column if x <= 1.0)
        print(f"layout {i}: fits {fitting:2d}, fill {min(column):.3f} .. {max(column):.3f}")
    for i in range(1, len(render.LAYOUTS)):
        typical = statistics.median(f[i] / f[0] for f in fills)
        looser = min(f[i - 1] / f[i] for f in fills)
        print(
            f"layout {i}: median ratio to layout 0 {typical:.3f}, min ratio looser/this {looser:.3f}"
        )
    target = np.array([f[0] for f in fills])
    best = None
    for chars in range(60, 111, 2):
        x = np.array([features(c, chars) for c in contexts], float)
        coef = np.linalg.lstsq(x, target, rcond=None)[0]
        err = x @ coef - target
        rms = float(np.sqrt(np.mean(err**2)))
        if best is None or rms < best[0]:
            best = (rms, chars, coef, float(np.abs(err).max()))
    rms, chars, coef, worst = best
    per_line = coef[0]
    names = ("paragraph", "heading", "sender", "line", "letter")
    print(f"line model: {chars} characters per line, {1 / per_line:.1f} lines per page")
    print(
        "  extra lines: "
        + ", ".join(f"{n} {c / per_line:.2f}" for n, c in zip(names, coef[1:], strict=True))
    )
    print(f"  error: {rms:.3f} rms, {worst:.3f} worst")


if __name__ == "__main__":
    main()
