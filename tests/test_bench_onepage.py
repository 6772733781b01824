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


def test_a_number_inside_a_longer_gold_channel_is_not_counted_on_its_own() -> None:
    from types import SimpleNamespace

    from bench.onepage import _contact_valid

    gold = {
        "contact_pairs": [
            {"who": "de heer T. Nijman", "channel": "0599-34 77 99, toestel 2314"},
            {"who": "Gemeente Zuiderveld", "channel": "0599-34 77 99"},
        ]
    }
    line = "Heeft u vragen? Bel uw contactpersoon de heer T. Nijman: 0599-34 77 99, toestel 2314."
    composed = SimpleNamespace(contact_line=line, structure=None)
    assert _contact_valid(composed, gold) == (True, "")
    # the switchboard alone under his name is still another's number
    bare = "Heeft u vragen? Bel uw contactpersoon de heer T. Nijman: 0599-34 77 99."
    ok, why = _contact_valid(SimpleNamespace(contact_line=bare, structure=None), gold)
    assert not ok and "nummer van een ander" in why


def test_a_name_inside_an_e_mail_address_is_not_a_person_on_the_line() -> None:
    from types import SimpleNamespace

    from bench.onepage import _contact_valid

    gold = {
        "contact_pairs": [
            {"who": "mevrouw N. Hoogendoorn", "channel": "0182-62 45 09"},
            {"who": "mevrouw N. Hoogendoorn", "channel": "N.Hoogendoorn@Waddinxveen.example.nl"},
            {"who": "Gemeente Waddinxveen", "channel": "0182-62 00 00"},
        ]
    }
    line = (
        "Heeft u vragen? Bel uw contactpersoon mevrouw N. Hoogendoorn: 0182-62 45 09. "
        "E-mail: N.Hoogendoorn@Waddinxveen.example.nl."
    )
    assert _contact_valid(SimpleNamespace(contact_line=line, structure=None), gold) == (True, "")
    # near miss: the same person with the gemeente's number is still another's number
    wrong = "Heeft u vragen? Bel uw contactpersoon mevrouw N. Hoogendoorn: 0182-62 00 00."
    ok, why = _contact_valid(SimpleNamespace(contact_line=wrong, structure=None), gold)
    assert not ok and "nummer van een ander" in why
