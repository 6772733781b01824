"""The shipped section model: which plain question a paragraph answers.

The section cues in rewriter/structure.py are hand-written rules; on letters
nobody tuned them on they were right for about 8 in 10 paragraphs. This model
is a small spaCy text classifier (bag of words and word pairs) trained by
scripts/train_sections.py on the annotated evaluation letters. It reads the
paragraph's words together with what the cues decided (the section and the
name of the cue), the kind of item, the old heading's meaning and the position,
and chooses the section. The cues stay in charge where they are structural
(an appointment block goes under "Wat gaat er nu gebeuren?").

`load_sections_model()` loads rewriter/models/sections/ once per process.
Nothing is downloaded. When the folder is absent or does not load, or the
environment variable KEUKENTAFELTAAL_SECTIONS is "off", it returns None and the
cues alone decide; `sections_status()` says which of the two is in use, in
Dutch, for the shells.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rewriter.parser import load_pipeline, model_folder

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "models" / "sections"
_ENV = "KEUKENTAFELTAAL_SECTIONS"  # a folder, or "off" to let the cues decide alone
LABELS = ("waarom", "besluit", "gebeuren", "vragen", "bezwaar", "overig")


def load_sections_model(path: str | Path | None = None) -> Language | None:
    """Return the trained section classifier, or None when it is absent, off or broken."""
    folder = Path(path) if path is not None else model_folder(_ENV, MODEL_DIR)
    if folder is None:
        return None
    nlp = load_pipeline(str(folder))
    return nlp if nlp is not None and "textcat" in nlp.pipe_names else None


def predict(model: Language, features: str, exclude: tuple[str, ...] = ()) -> tuple[str, float]:
    """The section the model chooses for a paragraph's feature text, and its probability;
    `exclude` names sections that are not possible for this letter."""
    cats = {k: v for k, v in model(features).cats.items() if k not in exclude}
    label = max(cats, key=cats.get)
    return label, float(cats[label])


def sections_status(path: str | Path | None = None) -> str:
    """A Dutch one-line status: sections by the trained model, or by the rules alone."""
    if load_sections_model(path) is not None:
        return "Indeling in vragen: getraind model (sections) met de vaste regels."
    return "Indeling in vragen: alleen de vaste regels. Het getrainde model ontbreekt of staat uit."
