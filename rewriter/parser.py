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


def model_folder(env: str, default: Path) -> Path | None:
    """The folder of a shipped model: the environment variable `env` names another folder
    or says "off" (no model); otherwise `default`."""
    value = os.environ.get(env, "")
    if value.lower() == "off":
        return None
    return Path(value) if value else default


@functools.cache
def load_pipeline(path: str) -> Language | None:
    """A spaCy pipeline saved in `path`, loaded once per process; None when it is absent
    or does not load (the callers fall back to their rules)."""
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
    folder = Path(path) if path is not None else model_folder(_ENV, MODEL_DIR)
    if folder is None:
        return None
    return load_pipeline(str(folder))


def parser_status(path: str | Path | None = None) -> str:
    """A Dutch one-line status: full analysis with the parser, or reduced without it."""
    if load_parser(path) is not None:
        return "Zinsontleding: getraind Nederlands model (nl_ud_small)."
    return (
        "Zinsontleding: beperkt. Het getrainde model ontbreekt; de regels zonder model "
        "worden gebruikt."
    )
