"""The fixed reader-facing text of the one-page letter, read from templates/brieftekst.toml."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@functools.cache
def letter_text() -> dict[str, Any]:
    """Headings, the objection text and the contact sentences (read once per process)."""
    with (TEMPLATES / "brieftekst.toml").open("rb") as fh:
        return tomllib.load(fh)
