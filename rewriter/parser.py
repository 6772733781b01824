"""The shipped Dutch parser (tagger, morphologizer, dependency parser, lemmatizer).

`load_parser()` loads rewriter/models/nl_ud_small/ once per process (trained by
scripts/train_parser.py on UD Dutch; CC BY-SA 4.0, see the LICENSE file there).
Nothing is downloaded. When the folder is absent or does not load, it returns
None and the callers fall back to the lexical rules; `parser_status()` says
which of the two is in use, in Dutch, for the shells.

The parse is used for sentence-level checks (a finite verb in every sentence,
agreement), not for tokenisation: offsets stay those of `Letter`.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "models" / "nl_ud_small"
_ENV = "KEUKENTAFELTAAL_PARSER"  # a folder, or "off" to run without the parser


def _model_path() -> Path | None:
    value = os.environ.get(_ENV, "")
    if value.lower() == "off":
        return None
    return Path(value) if value else MODEL_DIR


@functools.cache
def _load(path: str) -> Language | None:
    import spacy

    folder = Path(path)
    if not (folder / "meta.json").is_file():
        return None
    try:
        return spacy.load(folder)
    except (OSError, ValueError, KeyError):
        return None


def load_parser(path: str | Path | None = None) -> Language | None:
    """Return the trained Dutch pipeline, or None when it is absent or does not load."""
    folder = Path(path) if path is not None else _model_path()
    if folder is None:
        return None
    return _load(str(folder))


def parser_status(path: str | Path | None = None) -> str:
    """A Dutch one-line status: full analysis with the parser, or reduced without it."""
    if load_parser(path) is not None:
        return "Zinsontleding: getraind Nederlands model (nl_ud_small)."
    return (
        "Zinsontleding: beperkt. Het getrainde model ontbreekt; de regels zonder model "
        "worden gebruikt."
    )
