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
        # anchored to the appointment: the whole deadline is one fact
        ("Meld het uiterlijk 48 uur voor de afspraak.", "deadline", "uiterlijk 48 uur voor de afspraak"),
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


def _cli(argv: list[str], stdin: str = "", monkeypatch=None, capsys=None) -> tuple[int, str]:
    import io

    from rewriter.cli import main

    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(argv)
    return code, capsys.readouterr().out if capsys is not None else ""


ORIGINAL = (
    DATED + "U krijgt € 612,40 op 1 april 2026. Tegen dit besluit kunt u binnen zes weken "
    "bezwaar maken.\n"
)
REWRITTEN = (
    DATED + "U krijgt € 621,40 op 1 april. Bent u het niet eens? Dat kan binnen vier weken. "
    "Bel 06-12345678.\n"
)


def test_cli_verify_json_contract(tmp_path: Path, monkeypatch, capsys) -> None:
    import json

    (tmp_path / "o.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "r.txt").write_text(REWRITTEN, encoding="utf-8")
    code, out = _cli(
        ["verify", str(tmp_path / "o.txt"), str(tmp_path / "r.txt"), "--format", "json"],
        capsys=capsys,
    )
    data = json.loads(out)
    assert code == 1
    assert list(data) == [
        "schema", "ok", "missing", "added", "changed", "legal_terms_lost", "stigma_added",
        "scores_before", "scores_after",
    ]  # fmt: skip
    assert data["schema"] == 1 and data["ok"] is False
    assert {"kind": "amount", "before": "€ 612,40", "after": "€ 621,40"} in data["changed"]
    assert {"kind": "deadline", "before": "binnen zes weken", "after": "binnen vier weken"} in (
        data["changed"]
    )
    assert {"kind": "phone", "text": "06-12345678"} in data["added"]
    assert {"kind": "objection_route", "text": "bezwaarroute"} in data["missing"]
    assert {"besluit", "bezwaar"} <= set(data["legal_terms_lost"])
    assert data["scores_before"]["cefr"] and set(data["scores_after"]) == set(data["scores_before"])
    for item in data["missing"] + data["added"]:
        assert set(item) == {"kind", "text"}


def test_cli_verify_text_stdin_and_exit_codes(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "o.txt").write_text(ORIGINAL, encoding="utf-8")
    code, out = _cli(
        ["verify", "-", str(tmp_path / "o.txt")], ORIGINAL, monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0 and "In orde" in out
    code, out = _cli(
        ["verify", str(tmp_path / "o.txt"), "-"], REWRITTEN, monkeypatch=monkeypatch, capsys=capsys
    )
    lines = out.splitlines()
    assert code == 1
    assert "Veranderd (bedrag): € 612,40 → € 621,40" in lines
    assert "Toegevoegd, staat niet in het origineel (telefoonnummer): 06-12345678" in lines
    assert "Juridisch woord verdwenen: bezwaar" in lines
    with pytest.raises(SystemExit) as exc:
        _cli(["verify", str(tmp_path / "o.txt")], capsys=capsys)
    assert exc.value.code == 2
    assert _cli(["verify", "-", "-"], capsys=capsys)[0] == 2
    assert _cli(["verify", str(tmp_path / "nope.txt"), "-"], capsys=capsys)[0] == 2


def test_cli_verify_internal_error_exits_4(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "o.txt").write_text(ORIGINAL, encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("rewriter.verify.verify", boom)
    assert _cli(["verify", str(tmp_path / "o.txt"), str(tmp_path / "o.txt")], capsys=capsys)[0] == 4


def test_every_kind_of_damage_is_caught_on_sample_letters(engine: Engine) -> None:
    """The corruption generator of bench/verify.py on three letters: every damage is reported."""
    from bench.verify import KINDS, corruptions

    names = ("02-wmo-toekenning-begeleiding-template.txt", "13-terugvordering-bijstand.txt",
             "20-leerplicht-verzuim-waarschuwing.txt")  # fmt: skip
    items = corruptions([(LETTERS / n).read_text(encoding="utf-8") for n in names])
    kinds = {kind for kind, _, _ in items}
    assert len(kinds) >= 12, set(KINDS) - kinds
    escaped = [
        (kind, damaged[:80])
        for kind, original, damaged in items
        if verify(original, damaged, engine, scores=False).ok
    ]
    assert not escaped


def test_hand_written_meaning_preserving_rewrites_are_accepted(engine: Engine) -> None:
    from bench.verify import preserving_pairs

    pairs = preserving_pairs()
    assert len(pairs) >= 100
    alarms = [
        (
            p["kind"],
            p["rewritten"],
            verify(p["original"], p["rewritten"], engine, scores=False).problems(),
        )
        for p in pairs[::4]
    ]
    assert [a for a in alarms if a[2]] == []


def test_side_by_side_marks_problems_in_both_texts(engine: Engine) -> None:
    from rewriter.verify import side_by_side

    v = verify(ORIGINAL, REWRITTEN, engine)
    left, right = side_by_side(ORIGINAL, REWRITTEN, v)
    assert "".join(p for p, _ in left) == ORIGINAL and "".join(p for p, _ in right) == REWRITTEN
    assert ("€ 612,40", "veranderd") in left and ("€ 621,40", "veranderd") in right
    assert ("06-12345678", "toegevoegd") in right
    assert ("besluit", "juridisch woord") in left


def _explanations(text: str, engine: Engine) -> list[str]:
    from rewriter.pipeline import check
    from rewriter.rewrite import propose

    return [p.after.strip() for p in propose(check(text, engine), engine) if p.kind == "uitleg"]


def test_an_explanation_names_the_term_as_the_letter_has_it(engine: Engine) -> None:
    """Fixture 38: 'Leerplichtwet' was explained as 'Leerplichtwet 1969', adding a year."""
    text = (
        DATED + "Ouders moeten zorgen dat hun kind naar school gaat. Dat staat in de Leerplichtwet."
    )
    lines = _explanations(text, engine)
    assert any("Leerplichtwet betekent:" in line for line in lines), lines
    assert not any("1969" in line for line in lines)


def test_an_explanation_that_adds_a_number_is_withheld(engine: Engine) -> None:
    without = DATED + "Uw dochter valt nog onder de kwalificatieplicht. Wij nemen contact op."
    assert not any("18 jaar" in line for line in _explanations(without, engine))
    stated = (
        DATED + "Tot uw zoon 18 jaar is of een diploma op niveau 2 heeft, geldt de "
        "kwalificatieplicht. Wij nemen contact op."
    )
    assert any("18 jaar" in line for line in _explanations(stated, engine))


def test_the_engines_own_rewrite_of_fixture_38_adds_no_fact(engine: Engine) -> None:
    from rewriter.rewrite import rewrite

    text = (LETTERS / "38-plain-leerplicht-uitnodiging.txt").read_text(encoding="utf-8")
    result = verify(text, rewrite(text, engine, "all").text, engine, scores=False)
    assert result.ok, result.problems()


@pytest.mark.parametrize(
    ("original", "rewritten", "before", "after"),
    [
        # the shifted date lands on a date the letter states elsewhere
        ("Uw bezwaar van 7 juli 2026 kwam op 8 juli 2026 binnen. Over uw bezwaar van 7 juli 2026 "
         "beslissen wij later.",
         "Uw bezwaar van 8 juli 2026 kwam op 8 juli 2026 binnen. Over uw bezwaar van 7 juli 2026 "
         "beslissen wij later.", "7 juli 2026", "8 juli 2026"),
        ("U krijgt € 50,00 per week. Vanaf 1 mei krijgt u € 60,00 per week.",
         "U krijgt € 60,00 per week. Vanaf 1 mei krijgt u € 60,00 per week.", "€ 50,00 per week", "€ 60,00"),
        ("Het gesprek is om 10.00 uur. De school belt u om 11.00 uur. Kom om 10.00 uur.",
         "Het gesprek is om 11.00 uur. De school belt u om 11.00 uur. Kom om 10.00 uur.", "10.00", "11.00"),
    ],
)  # fmt: skip
def test_a_fact_changed_into_one_the_letter_has_elsewhere_is_a_change(
    original: str, rewritten: str, before: str, after: str
) -> None:
    diff = compare_facts(DATED + original, DATED + rewritten)
    assert [(b.text, a.text) for b, a in diff.changed] == [(before, after)], diff


def test_a_fact_stated_less_often_is_missing_once() -> None:
    original = (
        DATED + "Uw aanvraag van 3 maart 2026 is binnen. Wij bekijken de aanvraag van 3 maart 2026."
    )
    diff = compare_facts(original, DATED + "Wij bekijken uw aanvraag van 3 maart 2026.")
    assert [(f.kind, f.text) for f in diff.missing] == [("date", "3 maart 2026")]
    assert not diff.added and not diff.changed


@pytest.mark.parametrize(
    "rewritten",
    [
        "In het kort: stuur uw loonstroken vóór 1 mei 2026.\n\nStuur de loonstroken vóór 1 mei "
        "2026. U krijgt dan € 80,00. Dat is € 80,00 per maand. Bel ons om 9.00 uur: om 9.00 uur "
        "op 06-12345678.",
        "Stuur de loonstroken vóór 1 mei 2026. U krijgt dan € 80,00 per maand. Bel ons om 9.00 uur."
        "\n\nContact: 9.00 uur, 06-12345678, 06-12345678.",
    ],
)
def test_a_fact_said_again_is_no_problem(rewritten: str) -> None:
    original = (
        DATED + "Stuur de loonstroken vóór 1 mei 2026. U krijgt dan € 80,00 per maand. "
        "Bel ons om 9.00 uur op 06-12345678."
    )
    diff = compare_facts(original, DATED + rewritten)
    assert diff.ok, (diff.missing, diff.added, diff.changed)


def test_a_prepared_original_gives_the_same_answer(engine: Engine) -> None:
    from rewriter.facts import OriginalFacts

    text = (LETTERS / "13-terugvordering-bijstand.txt").read_text(encoding="utf-8")
    prepared = OriginalFacts(text, extract_facts(text))
    for version in (text, text.replace("€", "EUR", 1), text[: len(text) // 2]):
        assert compare_facts(prepared, version) == compare_facts(text, version)


def test_the_one_page_guard_reports_a_changed_fact(engine: Engine) -> None:
    """A changed amount is a missing one with an added partner: compose's guard must see it."""
    from rewriter.compose import compose

    text = (LETTERS / "13-terugvordering-bijstand.txt").read_text(encoding="utf-8")
    amount = re.search(r"€ ?\d[\d.]*,\d\d", text).group()
    changed = text.replace(amount, amount[:-1] + str((int(amount[-1]) + 1) % 10))
    composed = compose(text, engine, "safe", ("html",), rewritten=changed)
    assert not composed.guard.ok
    assert amount in {t for _, t in composed.guard.missing}


@pytest.mark.parametrize(
    ("original", "text_layer"),
    [
        ("Een rekenhulp vindt u op www.hetcak.example.nl/rekenhulp. Bel ons.",
         "Een rekenhulp vindt u op www.hetcak.example.nl/\nrekenhulp. Bel ons."),
        ("Dit is het besluit met kenmerk WMO-AMF-2025-18220, over uw aanvraag.",
         "Dit is het besluit met kenmerk WMO-\nAMF-2025-18220, over uw aanvraag."),
        ("Op 21 oktober 2026 kwam onze Wmo-consulent, de heer B. Oomen, bij u.",
         "Op 21 oktober 2026 kwam onze Wmo-\nconsulent, de heer B. Oomen, bij u."),
    ],
)  # fmt: skip
def test_a_pdf_line_break_at_a_slash_or_a_real_hyphen_is_layout(
    original: str, text_layer: str
) -> None:
    """Seen in the one-page PDFs: WeasyPrint breaks a URL after '/' and a word at its hyphen."""
    diff = compare_facts(DATED + original, DATED + text_layer)
    assert diff.ok, (diff.missing, diff.added, diff.changed)
