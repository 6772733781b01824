"""The fixed reader-facing text of the one-page letter, read from templates/brieftekst.toml.

The text speaks to the reader as the letter does: with 'u' (the default), or with 'je'
or 'jullie' when the letter is written that way (a letter to a young person, 'Beste
Milan', or to both parents, 'Beste Sanne en Youssef'). The tables [je.*] and [jullie.*]
of brieftekst.toml hold what differs from the 'u' text.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from rewriter.lang import nl

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FORMS = ("u", "je", "jullie")


@functools.cache
def letter_text(form: str = "u") -> dict[str, Any]:
    """Headings, the objection text and the contact sentences in the reader's form of
    address (`FORMS`; read once per process and form)."""
    with (TEMPLATES / "brieftekst.toml").open("rb") as fh:
        data = tomllib.load(fh)
    own = {k: v for k, v in data.items() if k not in FORMS}
    if form in FORMS[1:]:
        for table, values in data.get(form, {}).items():
            own[table] = {**own[table], **values}
    return own


@functools.cache
def _forms() -> dict[str, str]:
    return {row["word"]: row["form"] for row in nl.table("address_forms")}


def address_form(text: str) -> str:
    """How `text` addresses its reader: 'u', 'je' or 'jullie' (rewriter/lang/nl/
    address_forms.tsv). 'je' or 'jullie' only when those words outnumber 'u' and 'uw',
    so a 'u' letter with a generic 'je' in it stays a 'u' letter."""
    forms = _forms()
    counts = Counter(forms[w] for w in re.findall(r"\w+", text.lower()) if w in forms)
    informal = counts["je"] + counts["jullie"]
    if informal <= counts["u"]:
        return "u"
    return "jullie" if counts["jullie"] >= counts["je"] else "je"
