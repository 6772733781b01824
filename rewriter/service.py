"""End-to-end use case kept for callers of the old interface: rewrite and render a letter.

New code calls `rewriter.compose.compose`, which this wraps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rewriter.compose import Composed, compose
from rewriter.engine import Engine
from rewriter.render import ContactChoice, HouseStyle, Rendered
from rewriter.rewrite import RewriteResult
from rewriter.structure import LetterStructure


@dataclass(frozen=True)
class RenderResult:
    """A rewritten and rendered letter, with the fact check of the delivered file."""

    rewrite: RewriteResult
    structure: LetterStructure
    rendered: Rendered
    facts_found: list[str]
    facts_missing: list[str]
    composed: Composed


def render_letter(
    text: str,
    engine: Engine,
    fmt: str,
    accept: str | Iterable[str] = "safe",
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> RenderResult:
    """Rewrite a letter and render its one-page version in one format (see `compose`)."""
    c = compose(text, engine, accept, (fmt,), style, choice)
    summary = c.summary()
    assert c.rewrite is not None
    return RenderResult(
        c.rewrite,
        c.structure,
        c.files[fmt],
        summary["facts"]["found"],
        summary["facts"]["missing"],
        c,
    )
