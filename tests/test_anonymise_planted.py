"""Issue 14 item 2: the anonymiser's misses, replayed one by one, and recall per kind on
40 generated letters with planted data (bench/anonymise.py, fixed seed); a panel round of
uploaded letters keeps none of the planted strings or file-name parts."""

from __future__ import annotations

import pytest

from bench.anonymise import KINDS, NBSP, panel_leaks, planted_letters, recall
from rewriter.anonymise import default_anonymiser
from rewriter.engine import Engine
from rewriter.settings import Settings


@pytest.fixture(scope="module")
def anonymiser():
    return default_anonymiser()


@pytest.mark.parametrize(
    ("text", "secret", "placeholder"),
    [
        ("Uw BSN: 123.456.782 staat in ons systeem.", "123.456.782", "[bsn]"),
        ("Het nummer 111.222.333 is bekend.", "111.222.333", "[bsn]"),
        ("Burgerservicenummer 1234 56 782 is bekend.", "1234 56 782", "[bsn]"),
        ("Zijn geboortedatum is 2 februari 1990.", "2 februari 1990", "[geboortedatum]"),
        ("Noor (geboortedatum 14-05-2015) woont bij u.", "14-05-2015", "[geboortedatum]"),
        ("Uw geboortedatum: 14-05-2015.", "14-05-2015", "[geboortedatum]"),
        (f"U woont aan de Dorpsstraat{NBSP}7 in Olst.", f"Dorpsstraat{NBSP}7", "[adres]"),
        ("JOHANNES VAN DER BERG\nDorpsstraat 7\n8121 AB Olst", "JOHANNES", "[naam]"),
        ("JOHANNES VAN DER BERG\nDorpsstraat 7\n8121 AB Olst", "BERG", "[naam]"),
        ("MEVROUW A. DE VRIES-BAKKER\nDorpsstraat 7", "VRIES-BAKKER", "[naam]"),
        ("Meneer jansen belt u volgende week.", "jansen", "[naam]"),
    ],
)
def test_each_reported_miss_is_replaced(anonymiser, text: str, secret: str, placeholder) -> None:
    result = anonymiser.anonymise(text)
    assert secret not in result.text, result.text
    assert placeholder in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "Meneer is vertrokken en mevrouw heeft gebeld.",
        "Zij is in 2015 geboren. Op 14-05-2026 komt u langs.",
        "BESCHIKKING JEUGDHULP\nGEMEENTE OLST-WIJHE",
        "Het bedrag van 123.456.789 euro staat vast.",
    ],
)
def test_the_new_rules_leave_ordinary_text_alone(anonymiser, text: str) -> None:
    assert anonymiser.anonymise(text).text == text


def test_recall_per_kind_on_40_planted_letters(anonymiser) -> None:
    letters = planted_letters(40, seed=14)
    planted, found, missed = recall(letters, anonymiser)
    assert set(planted) == set(KINDS)
    for kind in KINDS:
        assert planted[kind] >= 40
        assert found[kind] / planted[kind] >= 0.99, (kind, missed)


def test_a_panel_round_keeps_no_planted_string_or_file_name(anonymiser) -> None:
    letters = planted_letters(6, seed=15)
    assert any(NBSP in p.text for p in letters)
    checked, parts, leaks = panel_leaks(letters, anonymiser, Engine.create(Settings()))
    assert checked >= 50 and parts == len({v for p in letters for v in p.file_values})
    assert leaks == []
