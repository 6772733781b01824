"""The one-page letter's rules added after the twelfth evaluation set's first run
(issue 11): its fact and instruction problems only (its section problems stay unread).
The letters are written for these tests."""

from __future__ import annotations

import re

from conftest import section_of as _section_of
from test_onepage_rules import HEAD, _letter, _structure

from rewriter.compose import compose
from rewriter.engine import Engine
from rewriter.facts import compare_facts
from rewriter.letter import Letter
from rewriter.render import ContactChoice, decide_contact


def test_a_title_with_a_dot_does_not_end_the_sentence(engine: Engine) -> None:
    # spaCy's Dutch exceptions know 'mevr.' and 'dhr.', not 'mw.' or 'fam.'
    text = (
        "Voor vragen over de opvang kunt u terecht bij mw. K. de Boer, consulent. "
        "Wij schreven ook aan Fam. Jansen en mw. Bos. Daarna belt u ons."
    )
    letter = Letter.from_text(text, engine.resources)
    assert [text[s.start : s.end] for s in letter.sentences] == [
        "Voor vragen over de opvang kunt u terecht bij mw. K. de Boer, consulent.",
        "Wij schreven ook aan Fam. Jansen en mw. Bos.",
        "Daarna belt u ons.",
    ]


def test_two_consultants_with_mw_keep_their_whole_sentences(engine: Engine) -> None:
    body = """Wij hebben besloten dat Noor en Daan begeleiding krijgen van 1 februari 2027 tot 1 februari 2028.

Voor vragen over de begeleiding van Noor kunt u terecht bij mw. K. de Boer, consulent, telefoon 0591-12 34 01. Voor vragen over de begeleiding van Daan kunt u bellen met dhr. P. Smit, consulent, telefoon 0591-12 34 02."""
    c = compose(_letter(body, "begeleiding Noor en Daan"), engine, "safe", ("html",))
    page = " ".join(re.sub(r"<[^>]+>", " ", c.files["html"].data.decode()).split())
    assert "bij mw. K. de Boer" in page or "mw. K. de Boer" in c.contact_line
    assert not re.search(r"\bmw\.\s*(?:$|[A-Z][a-z])", page)  # no 'bij mw.' left dangling
    assert "K. de Boer" in page + c.contact_line
    assert c.guard.ok


def test_a_count_in_digits_is_the_same_fact_and_another_count_is_not() -> None:
    before = "U bent niet gekomen op drie afspraken met uw consulent."
    same = compare_facts(before, "U kwam niet op 3 afspraken met uw consulent.")
    assert not same.missing and not same.changed
    other = compare_facts(before, "U kwam niet op 4 afspraken met uw consulent.")
    assert next(b.text for b, _ in other.changed).startswith("drie")


def test_the_count_rewrite_keeps_the_guard_quiet(engine: Engine) -> None:
    body = """Wij hebben besloten uw uitkering te verlagen, omdat u niet bent verschenen op twee gesprekken met uw consulent.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."""
    c = compose(_letter(body, "verlaging uitkering"), engine, "safe", ("html",))
    assert c.guard.ok and not c.rewrite.missing


def test_another_organisations_number_in_the_contact_paragraph_stays(engine: Engine) -> None:
    body = """Wij hebben besloten dat uw zoon dagbehandeling krijgt van 1 februari 2027 tot 1 augustus 2027.

Contact

Voor vragen over deze brief kunt u contact opnemen met de heer T. Visser, consulent, telefoon 0591-22 33 44. Voor afspraken met de dagbehandeling belt u het secretariaat van Zorgboerderij De Hoeve, 0591-55 66 77."""
    c = compose(_letter(body, "dagbehandeling"), engine, "safe", ("html",))
    assert "0591-22 33 44" in c.contact_line
    page = " ".join(re.sub(r"<[^>]+>", " ", c.files["html"].data.decode()).split())
    assert "Zorgboerderij De Hoeve, 0591-55 66 77" in page  # the instruction with its number
    assert "0591-55 66 77" not in c.contact_line


def test_the_signer_named_without_a_title_is_a_person_of_the_sender(engine: Engine) -> None:
    # 'ondergetekende, Femke ...' read like an organisation's name: her own number and
    # e-mail were another organisation's, and her sentence stayed beside the contact line
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 10.00 uur in het gemeentehuis.

Voor nadere informatie kunt u contact opnemen met ondergetekende, Jan de Boer, consulent, op 0591-11 22 33 of via j.deboer@zuiderveld.example.nl."""
    text = (
        HEAD.format(subject="uitnodiging gesprek")
        + body
        + ("\n\nMet vriendelijke groet,\n\nJan de Boer\nconsulent Team Inkomen")
    )
    s = _structure(engine, text)
    assert _section_of(s, "Voor nadere informatie") is None  # gone to the contact line
    owners = {c.text: (c.owner, c.owner_kind) for c in s.channels}
    assert owners["0591-11 22 33"] == ("Jan de Boer", "person")
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "0591-11 22 33" in line


def test_a_department_mailbox_next_to_the_person_is_contact_talk(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Voor meer informatie kunt u terecht bij mevrouw A. Kok, consulent, bereikbaar via 0591-44 55 66 of via de afdelingsmailbox inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Voor meer informatie") is None
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "Kok" in line and "0591-44 55 66" in line


def test_a_signer_with_a_first_name_in_brackets_is_the_signer(engine: Engine) -> None:
    # 'M. (Marleen) van Duijn' was no name: 'ondergetekende' then had no owner, and the
    # contact line gave her own number as the gemeente's
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 10.00 uur in het gemeentehuis.

Voor vragen over deze brief kunt u contact opnemen met ondergetekende op 0591-77 88 99."""
    text = (
        HEAD.format(subject="uitnodiging gesprek")
        + body
        + ("\n\nMet vriendelijke groet,\n\nK. (Karin) van Dam\nleerplichtambtenaar")
    )
    s = _structure(engine, text)
    assert s.sender_info.signer == "K. (Karin) van Dam"
    owners = {c.text: (c.owner, c.owner_kind) for c in s.channels}
    assert owners["0591-77 88 99"] == ("K. (Karin) van Dam", "person")
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "0591-77 88 99" in line and "Gemeente Zuiderveld" not in line
