"""The one-page letter's rules added after the eleventh evaluation set's first run
(issue 11), one small letter each. The letters are written for these tests."""

from __future__ import annotations

import io

from conftest import section_of as _section_of
from test_onepage_rules import _letter, _structure

from rewriter.compose import compose
from rewriter.engine import Engine
from rewriter.readers import read_text
from rewriter.render import ContactChoice, decide_contact


def _line(engine: Engine, text: str) -> str:
    return decide_contact(_structure(engine, text), ContactChoice(), "Gemeente Zuiderveld").line


def test_a_consultation_hour_is_the_away_number_with_its_hours(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek over uw schulden op 12 januari 2027.

Heeft u vragen?
U kunt mij bellen op 0599-12 34 56. Lukt dat niet, dan kunt u bellen tijdens ons telefonisch spreekuur.

Telefonisch spreekuur
Dinsdag en donderdag van 9.00 tot 11.00 uur: 0599-12 30 00."""
    text = _letter(body, "uitnodiging gesprek")
    s = _structure(engine, text)
    assert _section_of(s, "Lukt dat niet") is None  # no dangling 'Lukt dat niet' in the body
    line = _line(engine, text)
    assert "0599-12 34 56" in line
    assert "Bel dan ons telefonisch spreekuur: 0599-12 30 00." in line
    assert "dinsdag en donderdag van 9.00 tot 11.00 uur" in line
    c = compose(text, engine, "safe", ())
    assert c.guard.ok and not c.guard.moved_out  # the hours are on the page, not moved out


def test_an_away_sentence_without_a_number_and_nothing_after_it_stays(engine: Engine) -> None:
    # near miss: no number follows, so the contact line has no away number to give
    body = """Wij nodigen u uit voor een gesprek over uw schulden op 12 januari 2027.

U kunt mij bellen op 0599-12 34 56. Lukt dat niet, dan kunt u ook langskomen op het stadhuis."""
    line = _line(engine, _letter(body, "uitnodiging gesprek"))
    assert "Bel dan" not in line and "0599-12 34 56" in line


def test_tick_boxes_stay_a_list_with_their_boxes(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027.

Neem deze papieren mee. Kruis aan wat u al heeft:

☐ uw identiteitsbewijs
☐ uw bankafschriften van de laatste drie maanden
☐ uw huurcontract"""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    lists = [it for items in s.items.values() for it in items if it.kind == "list"]
    assert lists and lists[0].items == (
        "☐ uw identiteitsbewijs",
        "☐ uw bankafschriften van de laatste drie maanden",
        "☐ uw huurcontract",
    )
    c = compose(_letter(body, "uitnodiging gesprek"), engine, "none", ("html",))
    html = c.files["html"].data.decode("utf-8")
    assert '<ul class="genummerd">' in html  # the box is the mark: no bullet before it


def test_another_organisations_line_after_not_us_stays_as_written(engine: Engine) -> None:
    body = """Wij hebben besloten u een scootmobiel in bruikleen te geven.

Is hij kapot? Bel dan niet ons, maar de storingslijn van de leverancier: 0599-77 66 55.

Heeft u vragen? Bel mij op 0599-12 34 56."""
    text = _letter(body, "uw aanvraag scootmobiel")
    s = _structure(engine, text)
    kept = [t for items in s.items.values() for it in items for t in it.flat()]
    assert any(
        "Bel dan niet ons, maar de storingslijn van de leverancier: 0599-77 66 55." in t
        for t in kept
    )
    owner = next(c for c in s.channels if c.text == "0599-77 66 55")
    assert owner.owner_kind == "other"
    assert "0599-77 66 55" not in _line(engine, text)


def _card_docx() -> bytes:
    from docx import Document

    doc = Document()
    for line in ("Gemeente Zuiderveld", "Postbus 12", "9999 ZZ Zuiderveld", ""):
        doc.add_paragraph(line)
    for line in ("De heer P. Akkerman", "Molenweg 3", "9999 ZA Zuiderveld", ""):
        doc.add_paragraph(line)
    doc.add_paragraph("Onderwerp: uw aanvraag scootmobiel")
    doc.add_paragraph("Geachte heer Akkerman,")
    doc.add_paragraph("Wij hebben besloten u een scootmobiel in bruikleen te geven.")
    doc.add_paragraph("Heeft u vragen over deze brief, dan kunt u contact opnemen met een van ons:")
    rows = [
        ("", "Anna Vermeulen", "Bram Koster"),
        ("Voor", "vragen over het besluit", "vragen over de eigen bijdrage"),
        ("Telefoon", "0599-11 11 11", "0599-22 22 22"),
        ("E-mail", "a.vermeulen@zuiderveld.example.nl", "b.koster@zuiderveld.example.nl"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            table.cell(r, k).text = cell
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("Bram Koster")
    doc.add_paragraph("medewerker eigen bijdrage")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_word_card_with_people_in_columns_gives_each_their_own_number(
    engine: Engine, tmp_path
) -> None:
    path = tmp_path / "kaart.docx"
    path.write_bytes(_card_docx())
    text = read_text(path)
    s = _structure(engine, text)
    owners = {c.text: c.owner for c in s.channels}
    # the names row lost its empty top-left cell: names still go with their own column
    assert owners["0599-11 11 11"] == "Anna Vermeulen"
    assert owners["0599-22 22 22"] == "Bram Koster"
    assert owners["b.koster@zuiderveld.example.nl"] == "Bram Koster"
    c = compose(text, engine, "safe", ())
    line = c.contact_line
    assert "0599-22 22 22" in line and "b.koster@zuiderveld.example.nl" in line
    assert "0599-11 11 11" not in line and "a.vermeulen" not in line
    # the card left the body as a whole (one contact line), listed for the writer
    assert {r.text for r in c.removed_channels} >= {"0599-11 11 11"}
    body = " ".join(p for sec in c.context["sections"] for p in sec["paragraphs"])
    assert "0599-11 11 11" not in body and "een van ons" not in body


def test_a_team_mailbox_is_contact_talk(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Voor vragen kunt u contact opnemen met de consulent, de heer D. Zwart, telefoon 0599-63 38 61, of met de mailbox van het team: inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Voor vragen kunt u contact") is None  # one contact line, not two
    assert any(r.startswith("Voor vragen kunt u contact") for r in s.removed)


def test_a_contact_person_named_without_a_title_owns_her_number(engine: Engine) -> None:
    body = """Wij hebben besloten uw budgetbeheer te beëindigen.

Uw contactpersoon is Ilona Verbeek. U kunt haar bellen op 0599-25 80 14 of mailen naar i.verbeek@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    owner = next(c for c in s.channels if c.text == "0599-25 80 14")
    assert (owner.owner, owner.owner_kind) == ("Ilona Verbeek", "person")
    assert "Bel uw contactpersoon Ilona Verbeek: 0599-25 80 14" in _line(engine, _letter(body))


def test_what_a_crisis_line_says_about_itself_goes_with_it(engine: Engine) -> None:
    body = """Wij nodigen je uit voor een gesprek op 12 januari 2027.

Zit je ergens mee? Bel De Kindertelefoon: 0800-0432. Dat is gratis en anoniem."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert any(c.endswith("0800-0432. Dat is gratis en anoniem.") for c in s.crisis)
    assert _section_of(s, "Dat is gratis") is None
    # near miss: a sentence about something else after a crisis line stays in the body
    other = body.replace("Dat is gratis en anoniem.", "Dat gesprek duurt een uur.")
    s = _structure(engine, _letter(other, "uitnodiging gesprek"))
    assert _section_of(s, "Dat gesprek duurt een uur.") is not None


def test_an_objection_told_as_admissible_is_not_the_route_to_object() -> None:
    from rewriter.structure import is_objection_route

    told = (
        "Het bezwaarschrift is binnen de daartoe gestelde termijn ingediend en voldoet aan de"
        " overige vereisten. Derhalve is het bezwaar ontvankelijk."
    )
    assert not is_objection_route(told)
    # near miss: the route itself, also when it names the term
    route = (
        "Indien u zich met deze beslissing niet kunt verenigen, kunt u binnen zes weken"
        " beroep instellen bij de rechtbank."
    )
    assert is_objection_route(route)
    assert is_objection_route(told + " " + route)


def test_an_aan_row_names_the_reader_in_the_address_block(engine: Engine) -> None:
    text = """Gemeente Zuiderveld
Leerplicht
Postbus 12, 9999 ZZ Zuiderveld

Aan: Jayden Bakker
Molenweg 3
9999 ZA Zuiderveld

Datum: 2 november 2026
Ons nummer: LP-26-0733

Beste Jayden,

Ik wil je graag spreken over je schoolbezoek op 12 januari 2027.

Groet,

Lotte Groen
leerplichtambtenaar"""
    s = _structure(engine, text)
    assert s.recipient[:1] == ("Jayden Bakker",)
    assert "Molenweg 3" not in s.sender
    assert ("Aan", "Jayden Bakker") not in s.references


def test_a_table_of_names_without_channels_stays_a_table(engine: Engine, tmp_path) -> None:
    # near miss of the column card: two children side by side with amounts, no channel
    from docx import Document

    doc = Document()
    for line in ("Gemeente Zuiderveld", "Postbus 12", "9999 ZZ Zuiderveld", ""):
        doc.add_paragraph(line)
    for line in ("De heer P. Akkerman", "Molenweg 3", "9999 ZA Zuiderveld", ""):
        doc.add_paragraph(line)
    doc.add_paragraph("Onderwerp: uw aanvraag kindpakket")
    doc.add_paragraph("Geachte heer Akkerman,")
    doc.add_paragraph("Wij hebben besloten u voor beide kinderen een bijdrage te geven:")
    rows = [("", "Sem Akkerman", "Lisa Akkerman"), ("Bijdrage", "€ 150,00", "€ 175,00")]
    table = doc.add_table(rows=2, cols=3)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            table.cell(r, k).text = cell
    doc.add_paragraph("Heeft u vragen? Bel mij op 0599-12 34 56.")
    doc.add_paragraph("Met vriendelijke groet,")
    doc.add_paragraph("J. de Boer")
    path = tmp_path / "tabel.docx"
    doc.save(str(path))
    s = _structure(engine, read_text(path))
    tables = [it for items in s.items.values() for it in items if it.kind == "table"]
    assert tables and any("€ 175,00" in " ".join(r) for t in tables for r in t.rows)
