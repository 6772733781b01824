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


def _contact(engine: Engine, body: str):
    from rewriter.letter import Letter
    from rewriter.render import ContactChoice, decide_contact
    from rewriter.structure import extract_structure

    text = HEAD.format(body=body, subject="dagbehandeling")
    s = extract_structure(Letter.from_text(text, engine.resources))
    return decide_contact(s, ContactChoice(), "Gemeente Zuiderveld")


DECIDED = (
    "Wij hebben besloten dat uw zoon Tim dagbehandeling krijgt van 4 januari 2027 tot en "
    "met 2 januari 2028.\n\n"
)


def test_a_person_with_only_an_e_mail_address_stays_on_the_contact_line(engine: Engine) -> None:
    # the footer's general number used to take the line alone: the person was lost
    d = _contact(engine, DECIDED + "Heeft u vragen? Mail mij: j.smit@zuiderveld.example.nl.")
    assert d.line == (
        "Heeft u vragen? Mail mij: j.smit@zuiderveld.example.nl. Wilt u liever bellen? "
        "Bel dan Gemeente Zuiderveld: 0599-99 00 00."
    )
    assert d.who == "signer" and any("alleen een e-mailadres" in n for n in d.notes)
    d = _contact(
        engine,
        DECIDED + "Heeft u vragen? Mail dan uw consulent mevrouw P. de Groot: "
        "p.degroot@zuiderveld.example.nl.",
    )
    assert d.line.startswith(
        "Heeft u vragen? Mail uw contactpersoon mevrouw P. de Groot: "
        "p.degroot@zuiderveld.example.nl. Wilt u liever bellen? Bel dan Gemeente Zuiderveld"
    ), d.line
    assert d.line.count("p.degroot@") == 1  # not again as 'E-mail: ...'


def test_near_miss_a_person_with_a_number_of_their_own_is_called(engine: Engine) -> None:
    d = _contact(
        engine,
        DECIDED + "Heeft u vragen? Bel mij: 06-12 34 56 78. Mailen kan ook: "
        "j.smit@zuiderveld.example.nl.",
    )
    assert d.line.startswith("Heeft u vragen? Bel mij: 06-12 34 56 78."), d.line
    assert "liever bellen" not in d.line


def test_near_miss_another_organisations_mailbox_is_not_our_contact(engine: Engine) -> None:
    d = _contact(
        engine,
        DECIDED + "Wilt u hulp bij het invullen? Mail dan mevrouw K. Bos van Stichting MEE: "
        "k.bos@mee-noord.example.nl.",
    )
    assert "k.bos@" not in d.line and "Bos" not in d.line, d.line
