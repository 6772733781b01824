"""The one-page letter's rules added after the twelfth evaluation set's first run
(issue 11): its fact and instruction problems only (its section problems stay unread).
The letters are written for these tests."""

from __future__ import annotations

import re

from test_onepage_rules import _letter

from rewriter.compose import compose
from rewriter.engine import Engine
from rewriter.facts import compare_facts
from rewriter.letter import Letter


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
