"""The one-page letter's rules added in the sixteenth session (issue 11). The letters are
written for these tests (not taken from the evaluation sets); each rule has a near miss."""

from __future__ import annotations

import re

from rewriter.compose import compose, delivered_text
from rewriter.engine import Engine

HEAD = """Gemeente Zuiderveld
Team Jeugd
Postbus 12, 9999 ZZ Zuiderveld

Mevrouw T. Akkerman
Molenweg 3
9999 ZA Zuiderveld

Datum: 2 november 2026
Ons kenmerk: ZV/JGD/2026/0042
Onderwerp: {subject}

Beste mevrouw Akkerman,

{body}

Met vriendelijke groet,

Jan Smit
jeugdconsulent
Gemeente Zuiderveld · telefoon 0599-99 00 00"""

PLAIN = (
    "Wij hebben besloten dat uw zoon Tim dagbehandeling krijgt van 4 januari 2027 tot en "
    "met 2 januari 2028.\n\nBel mij als u vragen heeft: 06-12 34 56 78.\n\n"
)


def test_the_crisis_heading_stands_on_its_own_line_in_every_format(engine: Engine) -> None:
    body = PLAIN + (
        "Bij een crisissituatie buiten kantoortijden belt u de Crisisdienst Jeugd: "
        "0800-123 45 67. Bij direct gevaar belt u 112."
    )
    letter = HEAD.format(body=body, subject="dagbehandeling")
    c = compose(letter, engine, "safe", ("html", "pdf", "docx"))
    assert c.structure.crisis, "the crisis lines are found"
    html = c.files["html"].data.decode("utf-8")
    box = re.search(r'<p class="spoed">(.*?)</p>', html, re.S).group(1)
    # the heading, then each line after a break of its own: never 'Bij spoed: Bij een ...'
    assert box.startswith("<strong>Bij spoed:</strong><br>"), box
    for fmt in ("html", "pdf", "docx"):
        text = re.sub(r"\s+", " ", delivered_text(fmt, c.files[fmt].data))
        assert "0800-123 45 67" in text and "112" in text, fmt
    assert c.summary()["facts"]["missing"] == []
