"""The one-page letter's rules added in the twelfth session (issue 11), found on the
development sets' section problems. The letters are written for these tests."""

from __future__ import annotations

from conftest import section_of as _section_of
from test_onepage_rules import _letter, _structure

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
