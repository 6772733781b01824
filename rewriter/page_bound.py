"""Bounds on how full the one-page letter is, without laying it out.

`render.fit_layout` lays the letter out with WeasyPrint (~50 ms a layout) to prove that
it fits one page and to choose its layout. When no PDF is written, a step of that choice
can come from bounds instead (`render.proved_step`): `fill_bounds(context, layout)` gives
a lower and an upper bound on the height of the body of `templates/base.html.j2`, as a
share of the page's text box (1.0 = full), or None when the letter holds something they
do not model (a table, a logo, another font, a character DejaVu Sans lacks or another
script, a word wider than a line).

Why they bound it:
- Lines: a greedy line breaker (Pango's, as WeasyPrint uses it) never needs more lines
  with more break opportunities, narrower glyphs or a wider line, nor fewer with fewer
  and wider ones. The upper bound breaks only at the white space HTML collapses (a
  no-break space stays inside its word) and measures glyphs `_WIDER`; the lower bound
  breaks also between any two characters that are not both letters or digits and
  measures them `_NARROWER`. Widths are the glyphs' advance widths in the font file.
  A word wider than a line could make the real breaker break inside it: no bounds.
- Heights: a line box is the template's line height times its font size (DejaVu's
  regular and bold faces share their vertical metrics). Adjoining vertical margins
  collapse into the larger one; padding and borders count in full; the upper bound also
  counts the last margin, an empty line after a last `<br>` and an empty paragraph.

`tests/test_page_bound.py` checks them against WeasyPrint's layout on every readable
letter; `python -m bench.page_bound` prints their margins on every letter we have.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

PX_PER_PT = 4 / 3
PX_PER_MM = 96 / 25.4
# Glyph widths: the real line's width is the sum of its glyphs' advances plus kerning
# (DejaVu kerns 755 pairs tighter, 50 looser) and ligatures. The upper bound counts
# words 1 % wider, the lower bound 2 % narrower; on every letter we have, the real
# breaker needed the lower bound's lines at 1 % (`python -m bench.page_bound`).
_WIDER = 1.01
_NARROWER = 1.02
_SPACES = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses into one (breakable) space
_FONTS = Path(__file__).resolve().parent.parent / "templates" / "fonts"
REGULAR = str(_FONTS / "DejaVuSans.ttf")
BOLD = str(_FONTS / "DejaVuSans-Bold.ttf")


@functools.cache
def _advances(path: str) -> tuple[dict[int, float], float]:
    """({code point: advance width in em}, the space's advance in em) of a font file."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    per_em = font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {cp: metrics[glyph][0] / per_em for cp, glyph in font.getBestCmap().items()}
    return widths, widths[ord(" ")]


class _NoBound(Exception):
    """The letter holds something the bound does not model."""


Run = tuple[str, bool]  # (text, bold)


def _chars(runs: list[Run]) -> list[tuple[str, float]]:
    """The characters of one forced line after HTML's white-space collapsing, each with its
    advance width in em; white space at the line's ends is dropped."""
    out: list[tuple[str, float]] = []
    for text, bold in runs:
        widths, space = _advances(BOLD if bold else REGULAR)
        for ch in _SPACES.sub(" ", text):
            if ch == " ":
                if out and out[-1][0] != " ":
                    out.append((" ", space))
                continue
            if ch.isalnum() and ord(ch) > 0x24F:  # another script may break inside words
                raise _NoBound(f"script of {ch!r}")
            w = widths.get(ord(ch))
            if w is None:  # another font would be used: other widths and heights
                raise _NoBound(f"no glyph for {ch!r}")
            out.append((ch, w))
    while out and out[-1][0] == " ":
        out.pop()
    return out


def _greedy(atoms: list[tuple[float, float]], limit: float) -> int:
    """Lines of a first-fit breaker: `atoms` are (width, width of the space after it),
    a break may follow any atom and drops the space there."""
    lines, used, pending = 1, 0.0, 0.0
    for w, space in atoms:
        if used and used + pending + w > limit:
            lines += 1
            used = w
        else:
            used += pending + w
        pending = space
    return lines


def _upper_lines(chars: list[tuple[str, float]], limit: float) -> int:
    """At least as many lines as the real breaker needs: breaks only at spaces."""
    atoms: list[tuple[float, float]] = []
    word = 0.0
    for ch, w in chars:
        if ch == " ":
            atoms.append((word * _WIDER, w * _WIDER))
            word = 0.0
        else:
            word += w
    atoms.append((word * _WIDER, 0.0))
    if any(w > limit for w, _ in atoms):  # the real breaker would break inside it
        raise _NoBound("a word wider than the line")
    return _greedy(atoms, limit)


def _lower_lines(chars: list[tuple[str, float]], limit: float) -> int:
    """At most as many lines as the real breaker needs: a break may follow a space and
    fall between any two characters that are not both letters or digits (every break
    opportunity of Unicode's line breaking in Latin text, and more), each glyph
    `_NARROWER` narrower."""
    atoms: list[tuple[float, float]] = []
    word = 0.0
    for i, (ch, w) in enumerate(chars):
        if ch == " ":
            atoms.append((word / _NARROWER, w / _NARROWER))
            word = 0.0
            continue
        word += w
        nxt = chars[i + 1][0] if i + 1 < len(chars) else " "
        if nxt != " " and not (ch.isalnum() and nxt.isalnum()):
            atoms.append((word / _NARROWER, 0.0))
            word = 0.0
    if word or not atoms:
        atoms.append((word / _NARROWER, 0.0))
    return _greedy(atoms, limit)


class _Box:
    """A block on the page: its margins, padding and border, and its forced lines."""

    def __init__(self, top: float, bottom: float, extra: float = 0.0) -> None:
        self.top, self.bottom, self.extra = top, bottom, extra
        self.rows: list[tuple[list[Run], float, float, bool]] = []  # runs, size, width, empty ok

    def row(self, runs: list[Run], size: float, width: float, counts_empty: bool = True) -> None:
        self.rows.append((runs, size, width, counts_empty))

    def heights(self, line_height: float) -> tuple[float, float]:
        low = high = self.extra
        for runs, size, width, counts_empty in self.rows:
            chars = _chars(runs)
            limit = width / size
            high += _upper_lines(chars, limit) * size * line_height
            if chars or counts_empty:
                low += _lower_lines(chars, limit) * size * line_height
        return low, high


def fill_bounds(context: dict[str, Any], layout: Any) -> tuple[float, float] | None:
    """(lower, upper) bounds on the body's height in `layout` as a share of the page's
    text box (the page fits when the real share is at most 1.0), or None (see above)."""
    try:
        boxes = _boxes(context, layout)
        lh = layout.line_height
        low, high = 0.0, boxes[-1].bottom  # the last margin (it ends the body or not)
        shown: list[_Box] = []  # for the lower bound: boxes that may have no height left out
        for i, box in enumerate(boxes):
            box_low, box_high = box.heights(lh)
            high += box_high
            if i:  # adjoining margins collapse into the larger one
                high += max(boxes[i - 1].bottom, box.top)
            if box_low > 0:
                # an empty box's margins collapse through it with its neighbours' (and
                # at the end with the body's): leaving it out never adds height
                low += box_low + (max(shown[-1].bottom, box.top) if shown else 0.0)
                shown.append(box)
    except _NoBound:
        return None
    page = layout.text_box_mm()[1] * PX_PER_MM
    return low / page, high / page


def _text(value: str) -> str:
    from rewriter.render import keep_together

    return keep_together(value)  # as the template's `finalize` does to every value


def _boxes(context: dict[str, Any], layout: Any) -> list[_Box]:
    """The blocks of templates/base.html.j2, top to bottom, with its CSS's sizes in px."""
    from rewriter.render import contact_more

    style = context["style"]
    if context.get("logo") or style.font_regular != REGULAR or style.font_bold != BOLD:
        raise _NoBound("a logo or another font")
    if not layout.gap.endswith("em"):
        raise _NoBound(f"gap {layout.gap}")
    f = layout.font_size * PX_PER_PT
    gap = float(layout.gap.removesuffix("em")) * f
    width = layout.text_box_mm()[0] * PX_PER_MM
    para = 0.35 * f  # p, ul: margin-bottom 0.35em
    boxes: list[_Box] = []

    def box(top: float, bottom: float, extra: float = 0.0) -> _Box:
        boxes.append(_Box(top, bottom, extra))
        return boxes[-1]

    def plain(value: str) -> list[Run]:
        return [(_text(value), False)]

    def bold(value: str) -> list[Run]:
        return [(_text(value), True)]

    # .kop: the name in bold (1.15em of .afzender's 0.85em) <br><br> the sender's lines
    small = 0.85 * f
    kop = box(0.0, gap)
    kop.row(bold(style.name), 1.15 * small, width)
    kop.row([], small, width, bool(context["sender"]))  # the empty line; a last <br>
    for line in context["sender"]:
        kop.row(plain(line), small, width)
    if context["recipient"]:
        adres = box(0.0, gap)  # .adres: margin 0 0 gap (over p's 0.35em)
        for line in context["recipient"]:
            adres.row(plain(line), f, width)
    if context["date"]:
        box(0.0, gap).row(plain(context["date"]), f, width)
    if context["subject"]:
        h1 = 1.2 * f
        box(0.0, gap / f * h1).row(bold(context["subject"]), h1, width)
    if context["salutation"]:
        box(0.0, para).row(plain(context["salutation"]), f, width)
    for section in context["sections"]:
        if section["key"] == "contact":
            continue
        h2 = 1.02 * f
        box(gap / f * h2, 0.15 * h2).row(bold(section["heading"]), h2, width)
        for item in section["items"]:
            kind = item["kind"]
            if kind == "p":
                box(0.0, para).row(plain(item["text"]), f, width)
            elif kind == "subheading":
                box(0.3 * f, 0.1 * f).row(bold(item["text"]), f, width)
            elif kind == "list":
                if item["text"]:
                    box(0.0, 0.1 * f).row(plain(item["text"]), f, width)  # p.inleiding
                indent = (0.6 if item["numbered"] else 1.3) * f
                ul = box(0.0, para)
                for entry in item["items"]:
                    ul.row(plain(entry), f, width - indent)
            else:  # a table: its columns are sized by WeasyPrint's table layout
                raise _NoBound(f"a {kind}")
    # .contact: margin-top; padding 0.4em above and below, 0.6em each side; a 3pt border
    inner = width - 1.2 * f - 3 * PX_PER_PT
    crisis = context["crisis"]
    contact = box(gap, 0.0, 0.8 * f + (0.3 * f if crisis else 0.0))
    contact.row(plain(context["contact_line"]), f, inner)
    for line in contact_more(context):  # each a <p> of its own, as the template shows them
        contact.row(plain(line), f, inner)
    if crisis:
        # the heading on a line of its own (a crisis line is often a sentence of its own:
        # 'Bij spoed: Bij een crisissituatie ...' read as one), each line after a <br>
        contact.row(bold(context["crisis_heading"]), f, inner)
        for line in crisis:
            contact.row(plain(line), f, inner)
    # .groet: margin-top gap (its first <p> adjoins it), the closing and the signature
    box(gap, para).row(plain(context["closing"]), f, width)
    signature = box(0.0, para)
    for line in context["signature"]:
        signature.row(plain(line), f, width)
    if not context["signature"]:
        signature.row([], f, width, False)  # an empty <p>: no line at all, one at most
    if context.get("reply_slip"):
        strook = box(gap, 0.0, 0.4 * f + PX_PER_PT)  # padding-top and a 1pt border
        for line in context["reply_slip"]:
            strook.row(plain(line), f, width)
    return boxes
