"""End-to-end use cases shared by the CLI and the web app: rewrite and render a letter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rewriter.engine import Engine
from rewriter.facts import fact_list
from rewriter.render import ContactChoice, HouseStyle, Rendered, render
from rewriter.rewrite import RewriteResult, rewrite
from rewriter.structure import LetterStructure, extract_structure


@dataclass(frozen=True)
class RenderResult:
    """A rewritten and rendered letter, with the fact check of the rendered text."""

    rewrite: RewriteResult
    structure: LetterStructure
    rendered: Rendered
    facts_found: list[str]
    facts_missing: list[str]


def render_letter(
    text: str,
    engine: Engine,
    fmt: str,
    accept: str | Iterable[str] = "safe",
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> RenderResult:
    """Rewrite a letter, split it into its parts and render the one-page version.

    The fact check compares the rendered text with the facts of the original
    letter; contact details that were moved out of the body (listed in
    `removed_contacts`) and facts inside those removed contact sentences are
    reported there instead.
    """
    result = rewrite(text, engine, accept)
    structure = extract_structure(result.letter_after)
    rendered = render(structure, fmt, style, choice)
    moved = " ".join(structure.removed)
    required = [
        f for f in result.facts if f.text not in rendered.removed_contacts and f.text not in moved
    ]
    found = fact_list(required)
    missing = [f for f in found if f not in rendered.text]
    return RenderResult(result, structure, rendered, found, missing)
