"""The one-page letter's rules added in the twelfth session (issue 11), found on the
development sets' section problems. The letters are written for these tests."""

from __future__ import annotations

from conftest import section_of as _section_of
from test_onepage_rules import _letter, _structure

from rewriter.compose import compose, delivered_text
from rewriter.engine import Engine
from rewriter.render import ContactChoice, decide_contact

DECISION = "Wij hebben besloten u bijzondere bijstand toe te kennen voor een nieuwe koelkast."


def test_send_an_email_to_is_a_way_to_reach_someone_not_an_instruction(engine: Engine) -> None:
    body = f"""{DECISION}

Heeft u vragen? Neem dan contact op met de heer Wessels via 0599-12 34 56 of stuur een e-mail naar inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Neem dan contact op") is None  # it went to the contact line
    assert any("stuur een e-mail naar" in r for r in s.removed)  # listed for the writer
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "0599-12 34 56" in line and "Wessels" in line


def test_send_your_papers_by_email_stays_an_instruction(engine: Engine) -> None:
    # near miss: what to send is an instruction; the sentence stays in the letter
    body = f"""{DECISION}

Stuur een e-mail met uw bankafschriften naar inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Stuur een e-mail met uw bankafschriften") is not None
    assert not any("bankafschriften" in r for r in s.removed)


def test_a_long_question_about_questions_is_still_contact_talk(engine: Engine) -> None:
    body = f"""{DECISION}

Heeft u naar aanleiding van deze brief nog vragen, dan kunt u contact opnemen met het Team Inkomen via telefoonnummer 14 0599 of per e-mail via inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Heeft u naar aanleiding") is None
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "14 0599" in line


def test_a_question_about_something_else_with_a_number_stays(engine: Engine) -> None:
    # near miss: the words between 'Heeft u' and 'vragen' do not make any sentence contact
    body = f"""{DECISION}

Heeft u naar aanleiding van deze brief nog vragen, dan kunt u contact opnemen met het Team Inkomen via 14 0599. Lever het formulier uiterlijk 1 december 2026 in."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Lever het formulier uiterlijk") is not None


OTHERS = f"""{DECISION}

Heeft u vragen over dit besluit? Bel dan uw klantmanager, mevrouw R. Smit, via 06-11 22 33 44.

Vragen over uw huurtoeslag stelt u aan de BelastingTelefoon via 0800-0543. Hulp bij het invullen van formulieren krijgt u gratis bij de Formulierenbrigade Zuiderveld, telefoon 0599-77 66 55."""


def test_other_organisations_numbers_go_next_to_the_contact_line(engine: Engine) -> None:
    s = _structure(engine, _letter(OTHERS))
    assert _section_of(s, "Vragen over uw huurtoeslag") == "contact"
    c = compose(_letter(OTHERS), engine, "none", ("html", "docx"))
    assert "Andere nummers" not in c.sections  # the page shows no such heading
    html = c.files["html"].data.decode().replace("\u00a0", " ")
    # on the page: right after the contact line, in its box, without a heading of its own
    box = html[html.index('<div class="contact">') :]
    assert box.index("06-11 22 33 44") < box.index("0800-0543") < box.index("groet")
    assert "Andere nummers" not in html
    text = delivered_text("docx", c.files["docx"].data).replace("\u00a0", " ")
    assert text.index("06-11 22 33 44") < text.index("0800-0543") < text.index("groet")
    assert "Andere nummers" not in text
    assert c.guard.ok


def test_another_organisation_with_an_instruction_stays_in_the_body(engine: Engine) -> None:
    # near miss: a deadline makes it something the reader must do
    body = f"""{DECISION}

Heeft u vragen over dit besluit? Bel dan uw klantmanager, mevrouw R. Smit, via 06-11 22 33 44.

Geef de verandering uiterlijk 1 december 2026 door aan de BelastingTelefoon via 0800-0543."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Geef de verandering") not in (None, "contact")


def test_a_paragraph_with_the_sender_s_number_and_a_fact_stays_in_the_body(
    engine: Engine,
) -> None:
    body = f"""{DECISION}

Heeft u vragen over dit besluit? Bel dan uw klantmanager, mevrouw R. Smit, via 06-11 22 33 44.

Het bedrag van € 450,00 staat vóór 1 december op uw rekening; u kunt Team Inkomen bellen via 14 0599."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Het bedrag van") not in (None, "contact")


def test_if_he_is_not_there_goes_with_the_contact_line(engine: Engine) -> None:
    # 'Als hij er niet is, ...' after the person's sentence left for the contact line:
    # alone in the body 'hij' would point to nobody
    body = f"""{DECISION}

Heeft u vragen? U kunt de heer R. Doeleman bereiken via 0599-48 71 93. Als hij er niet is, kunt u het algemene nummer van Team Werk bellen: 14 0599."""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "Als hij er niet is" not in kept
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "0599-48 71 93" in line and "14 0599" in line


def test_if_he_is_not_there_at_another_organisation_keeps_its_number(engine: Engine) -> None:
    # near miss: another organisation's away number is not the sender's; it stays
    body = f"""{DECISION}

Heeft u vragen? Bel dan uw klantmanager, mevrouw R. Smit, via 06-11 22 33 44.

Uw jobcoach van Werkbrug Zuid is de heer P. Pol. Als hij er niet is, kunt u Werkbrug Zuid bellen via 0599-55 66 77."""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "0599-55 66 77" in kept


def test_the_lead_of_a_list_of_crisis_lines_goes_with_them(engine: Engine) -> None:
    body = f"""{DECISION}

Maakt u zich buiten kantoortijd ernstig zorgen over de veiligheid van uw kind, bel dan:
- Crisisdienst Jeugd Zuiderveld: 0599-43 35 55 (dag en nacht)
- bij levensgevaar: 112"""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "bel dan" not in kept  # no lead that ends in nothing
    assert s.crisis[0].startswith("Maakt u zich buiten kantoortijd ernstig zorgen")
    assert s.crisis[0].endswith("0599-43 35 55 (dag en nacht).")
    assert s.crisis[1] == "Bij levensgevaar: 112."


def test_a_list_with_a_crisis_line_and_more_keeps_its_lead(engine: Engine) -> None:
    # near miss: the list also holds what is not a crisis line; the lead stays over it
    body = f"""{DECISION}

Deze organisaties kunnen u helpen:
- Crisisdienst Jeugd Zuiderveld: 0599-43 35 55 (dag en nacht)
- de Formulierenbrigade, voor hulp bij formulieren"""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "Deze organisaties kunnen u helpen" in kept
