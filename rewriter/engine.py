"""The Engine: language resources, glossary and settings, built once and shared.

An Engine is immutable after construction and safe to share between
threads (the web app) and to rebuild when the glossary overlay changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rewriter.analysers.glossary import CompiledGlossary, compile_glossary
from rewriter.glossary import Glossary, load_glossary
from rewriter.nlp import Resources, load_resources
from rewriter.settings import Settings


@dataclass(frozen=True)
class Engine:
    """Everything an analysis needs, loaded and validated up front."""

    resources: Resources
    glossary: Glossary
    compiled: CompiledGlossary
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def create(
        cls,
        settings: Settings | None = None,
        glossary_dir: str | Path | None = None,
        overlay: str | Path | None = None,
    ) -> Engine:
        """Load resources and the glossary (plus an optional overlay) and compile them."""
        settings = settings or Settings()
        resources = load_resources()
        glossary = load_glossary(
            glossary_dir or settings.glossary_dir, overlay or settings.glossary_overlay
        )
        return cls(resources, glossary, compile_glossary(glossary, resources.lemmatizer), settings)


def file_stamp(path: str | Path | None) -> tuple[int, int, int] | None:
    """What changes when a file is rewritten (mtime in ns, size, inode); None if absent.

    An overlay is written atomically (a new file renamed into place), so the inode
    changes on every write, even within one mtime tick.
    """
    if path is None:
        return None
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
