"""The one-page benchmark's own text comparison (bench/onepage.py)."""

from __future__ import annotations

from bench.onepage import _flat


def test_a_pdf_line_that_ends_after_a_slash_is_the_same_text() -> None:
    # the PDF's text layer reads 'Belastingdienst/' and 'Toeslagen' on two lines
    assert _flat("door te geven aan de Belastingdienst/\nToeslagen.") == _flat(
        "door te geven aan de Belastingdienst/Toeslagen."
    )
    # a space before a word stays a space
    assert _flat("de\n Belastingdienst") == "de Belastingdienst"
