"""The fact guard and `verify` (rewriter/facts.py, rewriter/verify.py, `rewriter verify`)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from rewriter.engine import Engine
from rewriter.facts import compare_facts, extract_facts
from rewriter.verify import verify

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
DATED = "Datum: 3 maart 2026\n\n"


def _kinds(facts) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("Bel dan uiterlijk twee werkdagen van tevoren.", "deadline", "uiterlijk twee werkdagen van tevoren"),
        ("Meld het uiterlijk 48 uur voor de afspraak.", "deadline", "uiterlijk 48 uur"),
        ("U kunt binnen zes weken bezwaar maken.", "deadline", "binnen zes weken"),
        ("Zeg het uiterlijk één werkdag van tevoren af.", "deadline", "uiterlijk één werkdag van tevoren"),
        ("Bij spoed belt u Veilig Thuis 0800-2000.", "crisis_line", "Veilig Thuis 0800-2000"),
        ("In levensgevaar: bel 112.", "crisis_line", "112"),
        ("Denkt u aan zelfmoord? Bel 113 of 0800-0113.", "crisis_line", "113"),
        ("Buiten kantoortijd belt u de Crisisdienst Jeugd: 088 - 123 45 67.", "crisis_line", "Crisisdienst Jeugd: 088 - 123 45 67"),
        ("'s Nachts belt u de Huisartsenpost via 0900-1234567.", "crisis_line", "Huisartsenpost via 0900-1234567"),
        ("Kinderen kunnen De Kindertelefoon bellen: 0800-0432.", "crisis_line", "De Kindertelefoon bellen: 0800-0432"),
    ],
)  # fmt: skip
def test_new_fact_kinds(sentence: str, kind: str, text: str) -> None:
    assert (kind, text) in _kinds(extract_facts(sentence))


@pytest.mark.parametrize(
    ("original", "rewritten"),
    [
        ("U krijgt op 1 april 2026 geld.", "Op 1-4-2026 krijgt u geld."),
        ("U krijgt op 1 april 2026 geld.", "U krijgt op 1 april geld."),
        ("U krijgt € 1.250,00.", "U krijgt € 1250."),
        ("U krijgt € 1.250,00.", "U krijgt 1250 euro."),
        ("Doe het binnen 6 weken.", "Doe het binnen zes weken."),
        ("Bel mevrouw J. de Vries.", "Bel De Vries."),
        ("Bel dan uiterlijk twee werkdagen van tevoren.", "Laat het ons uiterlijk twee werk-\ndagen van tevoren weten."),
        ("Bij spoed belt u Veilig Thuis 0800-2000.", "Veilig Thuis (bij spoed):\n0800 - 2000."),
        ("De afspraak is om 10.00 uur.", "U komt om 10:00 uur."),
    ],
)  # fmt: skip
def test_meaning_preserving_changes_are_no_problem(original: str, rewritten: str) -> None:
    diff = compare_facts(DATED + original, DATED + rewritten)
    assert diff.ok, (diff.missing, diff.added, diff.changed)


@pytest.mark.parametrize(
    ("original", "rewritten", "kind", "before", "after"),
    [
        ("U krijgt € 612,40.", "U krijgt € 621,40.", "amount", "€ 612,40", "€ 621,40"),
        ("Doe het binnen zes weken.", "Doe het binnen vier weken.", "deadline", "binnen zes weken", "binnen vier weken"),
        ("U krijgt op 1 april 2026 geld.", "U krijgt op 2 april 2026 geld.", "date", "1 april 2026", "2 april 2026"),
        ("Bel mevrouw J. de Vries.", "Bel mevrouw Jansen.", "name", "mevrouw J. de Vries", "mevrouw Jansen"),
    ],
)  # fmt: skip
def test_changed_facts_are_paired(
    original: str, rewritten: str, kind: str, before: str, after: str
) -> None:
    diff = compare_facts(DATED + original, DATED + rewritten)
    assert [(b.kind, b.text, a.text) for b, a in diff.changed] == [(kind, before, after)]
    assert not diff.missing and not diff.added


def test_unlabelled_crisis_line_is_missing() -> None:
    diff = compare_facts("Bij spoed belt u Veilig Thuis 0800-2000.", "Spoed? Bel 0800-2000.")
    assert ("crisis_line", "Veilig Thuis 0800-2000") in _kinds(diff.missing)


def test_invented_number_is_added() -> None:
    diff = compare_facts(DATED + "U krijgt hulp.", DATED + "U krijgt 3 extra uren hulp.")
    assert diff.added and not diff.ok


@pytest.mark.parametrize("path", sorted(LETTERS.glob("*.txt")), ids=lambda p: p.name[:2])
def test_a_letter_and_its_reflowed_text_layer_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.wrap(text, 50, break_on_hyphens=False))
    for version in (text, re.sub(r"[ \t]+", " ", text), wrapped):
        diff = compare_facts(text, version)
        assert diff.ok, (path.name, diff.missing, diff.added, diff.changed)


def test_verify_reports_legal_terms_and_stigma(engine: Engine) -> None:
    original = DATED + "Tegen dit besluit kunt u binnen zes weken bezwaar maken."
    rewritten = (
        DATED + "Bent u het niet eens? Stuur ons binnen zes weken een brief. U bent een zorgmijder."
    )
    v = verify(original, rewritten, engine)
    assert set(v.legal_terms_lost) >= {"besluit", "bezwaar"}
    assert v.stigma_added == ("zorgmijder",)
    assert not v.ok
    assert v.scores_before is not None and v.scores_after is not None
    assert verify(original, original, engine).ok
