"""The one-page letter keeps its promises on letters that try to break them.

Every rule of the one-page letter has a letter here built to make it fail:
the right contact (never another organisation's number under our name),
instructions and deadlines kept, crisis lines kept with their label, no
heading glued into a sentence, lists and tables kept, sections by content,
and a guard that checks the delivered files and says so when a fact is gone.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from rewriter.compose import Guard, compose, delivered_text, guard_files
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.render import ContactChoice
from rewriter.structure import extract_structure

HEAD = """Gemeente Lingewaard
Team Jeugd en Gezin
Postbus 15
6850 AA Huissen

Mevrouw A. Yilmaz
Kastanjelaan 8
6851 BB Huissen

Datum: 2 maart 2026
Ons kenmerk: JG-2026-0412
Onderwerp: {subject}

Geachte mevrouw Yilmaz,

"""
TAIL = """
Met vriendelijke groet,

R. Hoogeveen
Jeugdconsulent, Team Jeugd en Gezin
"""


def letter(body: str, subject: str = "uw aanvraag jeugdhulp") -> str:
    return HEAD.format(subject=subject) + body.strip() + "\n" + TAIL


CONTACT_TRAP = letter(
    """
Naar aanleiding van uw aanvraag van 3 februari 2026 hebben wij onderzocht welke hulp uw zoon nodig heeft.

Besluit
Wij hebben besloten dat uw zoon ambulante begeleiding krijgt van 1 april 2026 tot en met 31 maart 2027.

Voor deze hulp betaalt u een eigen bijdrage. Vragen over de eigen bijdrage? Bel het CAK: 0800-1925.

Uw vaste contactpersoon is R. Hoogeveen. U kunt mij bellen op 06-41228710.

Voor algemene vragen kunt u ook bellen met het Klantcontactcentrum via 14 0481.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.
""",
    "besluit jeugdhulp",
)


def test_contact_line_pairs_the_person_with_her_own_number(engine: Engine) -> None:
    c = compose(CONTACT_TRAP, engine, "none", ("html",))
    line = c.contact_line
    assert "06-41228710" in line
    assert "0800-1925" not in line and "14 0481" not in line
    owners = {r.text: r.owner for r in c.removed_channels}
    assert "14 0481" in owners  # the sender's general number: listed for the writer
    # questions about the CAK's bill go to the CAK: its number stays with that sentence
    body = " ".join(t for items in c.structure.items.values() for it in items for t in it.flat())
    assert "Bel het CAK: 0800-1925." in body and "0800-1925" not in owners
    assert c.guard.ok, c.guard.message()


def test_another_organisations_number_is_never_put_under_our_name(engine: Engine) -> None:
    text = letter("""
Naar aanleiding van uw aanvraag hebben wij onderzocht welke hulp u nodig heeft.

De hulp wordt gegeven door Zorggroep Salland. Mevrouw K. Bos van Zorggroep Salland belt u binnen vijf werkdagen. U kunt haar ook bellen op 06-98765432.

Vragen over de eigen bijdrage? Bel het CAK: 0800-1925.
""")
    c = compose(text, engine, "none", ())
    assert "06-98765432" not in c.contact_line
    assert "0800-1925" not in c.contact_line
    # the other organisations' numbers stay with what the reader can do there
    body = " ".join(t for items in c.structure.items.values() for it in items for t in it.flat())
    assert "0800-1925" in body and "06-98765432" in body
    # no person of ours has a number: the writer is asked to fill one in
    assert any("telefoonnummer" in n or "contactpersoon" in n for n in c.notes)


def test_one_persons_email_is_never_put_under_another_person(engine: Engine) -> None:
    text = letter("""
Naar aanleiding van uw aanvraag hebben wij onderzocht welke hulp u nodig heeft.

U kunt mij bellen op 06-41228710.

Stukken voor de pgb-aanvraag stuurt u per e-mail aan mevrouw T. Wolters via t.wolters@lingewaard.example.nl. Doe dat binnen twee weken.
""")
    c = compose(text, engine, "none", ())
    assert "06-41228710" in c.contact_line
    assert "t.wolters@lingewaard.example.nl" not in c.contact_line


def test_an_instruction_with_a_phone_number_is_kept_with_its_deadline(engine: Engine) -> None:
    text = letter("""
Wij nodigen u uit voor een gesprek op dinsdag 17 maart 2026 om 10.00 uur in het gemeentehuis.

Kunt u niet komen? Bel dan uiterlijk twee werkdagen van tevoren naar 14 0481.

Als uw zoon zonder bericht niet komt, maken wij een proces-verbaal op.
""")
    c = compose(text, engine, "none", ("html", "pdf", "docx"))
    for fmt, rendered in c.files.items():
        flat = " ".join(delivered_text(fmt, rendered.data).split())
        assert "uiterlijk twee werkdagen van tevoren" in flat, fmt
        assert "Kunt u niet komen?" in flat, fmt
    assert c.guard.ok, c.guard.message()


def test_instruction_pointed_to_the_contact_line(engine: Engine) -> None:
    text = letter("""
Wij nodigen u uit voor een gesprek op dinsdag 17 maart 2026 om 10.00 uur.

Kunt u niet komen? Bel dan uiterlijk twee werkdagen van tevoren naar het Klantcontactcentrum via 14 0481.
""")
    s = extract_structure(Letter.from_text(text, Engine.create().resources))
    body = " ".join(p for ps in s.sections.values() for p in ps)
    assert "uiterlijk twee werkdagen van tevoren" in body


CRISIS = letter("""
Naar aanleiding van uw melding hebben wij met u gesproken over de zorgen om uw dochter.

Wij starten op 1 april 2026 met gezinsbegeleiding.

Maakt u zich ernstig zorgen en kunt u ons niet bereiken? Bel dan buiten kantoortijd de Crisisdienst Jeugd: 0800-0123456.
Bij een medisch probleem in de avond of het weekend belt u de Huisartsenpost Betuwe: 0900-8860.
Is er direct gevaar? Bel 112.
Maakt u zich zorgen over huiselijk geweld? Bel Veilig Thuis: 0800-2000.

Voor vragen kunt u mij bellen op 06-41228710.
""")


def test_crisis_lines_are_kept_with_their_label(engine: Engine) -> None:
    c = compose(CRISIS, engine, "none", ("html", "pdf", "docx"))
    for fmt, rendered in c.files.items():
        flat = " ".join(delivered_text(fmt, rendered.data).split())
        for label, number in (
            ("Crisisdienst Jeugd", "0800-0123456"),
            ("Huisartsenpost", "0900-8860"),
            ("Bel 112", "112"),
            ("Veilig Thuis", "0800-2000"),
        ):
            assert label in flat and number in flat, (fmt, label)
    assert "06-41228710" in c.contact_line
    assert not any(r.text in ("0800-0123456", "0900-8860", "0800-2000") for r in c.removed_channels)


HEADINGS_LISTS = letter(
    """
Aanleiding
U heeft op 3 februari 2026 gevraagd om bijzondere bijstand voor een wasmachine.

Besluit
Wij kennen u bijzondere bijstand toe van € 350,00.

U krijgt het geld in twee delen:
- € 200,00 op 15 maart 2026
- € 150,00 op 15 april 2026

Overzicht van de terugbetaling
maart 2025: € 612,40
april 2025: € 744,15
mei 2025: € 701,03

Wat moet u doen
Stuur ons binnen twee weken de aankoopbon.

Cliëntnummer: 0048213

Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.
""",
    "besluit bijzondere bijstand",
)


def test_headings_are_never_glued_and_lists_and_tables_stay(engine: Engine) -> None:
    c = compose(HEADINGS_LISTS, engine, "none", ("html", "docx", "pdf"))
    html = c.files["html"].data.decode()
    assert "<li>€\u00a0200,00 op 15 maart 2026</li>" in html
    assert "<th>april 2025</th><td>€\u00a0744,15</td>" in html
    for fmt, rendered in c.files.items():
        flat = " ".join(delivered_text(fmt, rendered.data).split())
        for glued in ("Besluit Wij", "Aanleiding U heeft", "Bezwaar Bent", "Wat moet u doen Stuur"):
            assert glued not in flat, (fmt, glued)
        assert flat.count("Bent u het niet eens?") == 1, fmt
    # the fixed headings replace the letter's own; the unmapped one stays as a sub-heading
    assert "<h3>Overzicht van de terugbetaling</h3>" in html
    from docx import Document

    doc = Document(io.BytesIO(c.files["docx"].data))
    # an amount never breaks over two lines: its space is a non-breaking one
    assert [p.text for p in doc.paragraphs if p.style.name == "List Bullet"] == [
        "€\u00a0200,00 op 15 maart 2026",
        "€\u00a0150,00 op 15 april 2026",
    ]
    assert any(t.rows[1].cells[1].text == "€\u00a0744,15" for t in doc.tables)
    assert c.guard.ok, c.guard.message()


def test_sections_by_content(engine: Engine) -> None:
    c = compose(HEADINGS_LISTS, engine, "none", ())
    items = c.structure.items
    why = " ".join(s for it in items["waarom"] for s in it.flat())
    assert "wasmachine" in why and "Cliëntnummer" not in why
    assert ("Cliëntnummer", "0048213") in c.structure.references
    assert any("Stuur ons" in s for it in items["vragen"] for s in it.flat())
    assert any("toe van € 350,00" in s for it in items["besluit"] for s in it.flat())
    headings = [s["heading"] for s in c.context["sections"]]
    assert len(headings) == len(set(headings))


APPOINTMENT = letter(
    """
Naar aanleiding van uw aanmelding nodigen wij u uit voor een gesprek.

Datum: dinsdag 17 maart 2026
Tijd: 10.00 uur
Plaats: Gemeentehuis Huissen, Dorpsstraat 1
Met: R. Hoogeveen, jeugdconsulent

Neem uw identiteitsbewijs mee.
""",
    "uitnodiging gesprek",
)


def test_appointment_is_a_clear_list_under_what_happens_next(engine: Engine) -> None:
    c = compose(APPOINTMENT, engine, "none", ("html",))
    gebeuren = c.structure.items["gebeuren"]
    appointment = next(it for it in gebeuren if it.kind == "appointment")
    assert [k for k, _ in appointment.rows] == ["Wanneer", "Hoe laat", "Waar", "Met wie"]
    html = c.files["html"].data.decode()
    assert "<th>Hoe laat</th><td>10.00 uur</td>" in html
    assert c.guard.ok, c.guard.message()


BOB = letter(
    """
U heeft op 12 januari 2026 bezwaar gemaakt tegen ons besluit van 5 december 2025 over uw bijstand.

Wij hebben uw bezwaar besproken met de Commissie bezwaarschriften. Wij vinden uw bezwaar ongegrond. Het besluit van 5 december 2025 blijft zoals het is.

Bent u het niet eens met deze beslissing op bezwaar? Dan kunt u binnen zes weken beroep instellen bij de Rechtbank Gelderland.
""",
    "beslissing op bezwaar",
)


def test_a_decision_on_objection_sits_under_the_decision(engine: Engine) -> None:
    c = compose(BOB, engine, "none", ())
    besluit = " ".join(s for it in c.structure.items["besluit"] for s in it.flat())
    bezwaar = " ".join(s for it in c.structure.items["bezwaar"] for s in it.flat())
    assert "ongegrond" in besluit and "ongegrond" not in bezwaar
    assert "beroep instellen" in bezwaar


PLAIN = """Gemeente Lingewaard
Postbus 15
6850 AA Huissen

Mevrouw A. Yilmaz
Kastanjelaan 8
6851 BB Huissen

Datum: 2 maart 2026
Onderwerp: U krijgt hulp bij het huishouden

Beste mevrouw Yilmaz,

U vroeg ons om hulp bij het huishouden. Wij hebben met u gepraat op 17 februari 2026.

U krijgt 3 uur hulp per week. Dat begint op 1 april 2026.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief.

Heeft u vragen? Bel mij gerust: 06-41228710.

Met vriendelijke groet,

Ilse Koster
Wmo-consulent
"""


def test_a_plain_letter_comes_through_essentially_unchanged(engine: Engine) -> None:
    c = compose(PLAIN, engine, "safe", ("html",))
    assert "Bel mij" in c.contact_line and "06-41228710" in c.contact_line
    text = " ".join(delivered_text("html", c.files["html"].data).split())
    assert text.count("bezwaar maken") == 1  # no second, standard objection text
    assert not c.notes or all("bezwaar" not in n for n in c.notes)
    assert c.guard.ok


def test_guard_reads_the_delivered_file(engine: Engine) -> None:
    c = compose(CONTACT_TRAP, engine, "none", ("html",))
    html = c.files["html"].data.decode()
    assert "1 april 2026" in html and c.guard.ok
    broken = type(c.files["html"])(
        **{**c.files["html"].__dict__, "data": html.replace("1 april 2026", "").encode()}
    )
    facts = Letter.from_text(CONTACT_TRAP, engine.resources).facts
    guard = guard_files(CONTACT_TRAP, facts, {"html": broken}, c.context, c.structure)
    assert not guard.ok
    assert guard.checked == ("html",)
    assert any("1 april 2026" in t for f, t in guard.missing if f == "html")
    assert "ontbreekt" in guard.message()
    assert Guard(True).to_dict() == {"ok": True, "missing": [], "moved_out": []}


def test_render_exits_1_and_names_the_missing_fact(
    engine: Engine, tmp_path: Path, monkeypatch, capsys
) -> None:
    import rewriter.compose as compose_module
    from rewriter import cli

    original = compose_module.delivered_text

    def a_file_that_lost_a_date(fmt: str, data: bytes) -> str:
        return original(fmt, data).replace("3 februari 2026", "")

    monkeypatch.setattr(compose_module, "delivered_text", a_file_that_lost_a_date)
    src = tmp_path / "brief.txt"
    src.write_text(CONTACT_TRAP, encoding="utf-8")
    rc = cli.main(["render", str(src), "--format", "html", "--out", str(tmp_path / "b.html")])
    out, err = capsys.readouterr()
    assert rc == 1
    summary = json.loads(out)
    assert summary["guard"]["ok"] is False
    assert {"format": "html", "text": "3 februari 2026"} in summary["guard"]["missing"]
    assert "3 februari 2026" in err and "ontbreekt" in err


def test_render_json_lists_removed_channels_with_owner(tmp_path: Path) -> None:
    import subprocess

    src = tmp_path / "brief.txt"
    src.write_text(CONTACT_TRAP, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "rewriter", "render", str(src), "--format", "pdf",
         "--out", str(tmp_path / "b.pdf")],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert {
        "text": "14 0481",
        "kind": "phone",
        "owner": "het Klantcontactcentrum",
    } in summary["removed_channels"]
    assert not any(r["text"] == "0800-1925" for r in summary["removed_channels"])  # stays
    assert summary["guard"]["ok"] is True and summary["guard"]["missing"] == []


def test_batch_uses_config_and_the_library_tab_uses_the_overlay(tmp_path: Path) -> None:
    from rewriter import cli
    from rewriter.library import convert_library

    lib = tmp_path / "in"
    lib.mkdir()
    (lib / "brief.txt").write_text(
        letter("Wij hebben uw aanvraag derhalve afgewezen. Dat doen wij teneinde geld te sparen."),
        encoding="utf-8",
    )
    config = tmp_path / "rewriter.toml"
    config.write_text('disabled_rules = ["glossary.derhalve"]\n', encoding="utf-8")
    assert cli.main(["batch", str(lib), "--out", str(tmp_path / "uit"), "--formats", "txt",
                     "--jobs", "1", "--config", str(config)]) == 0  # fmt: skip
    found = [p for p in (tmp_path / "uit").rglob("*.json") if ".status" not in p.parts]
    detail = json.loads(found[0].read_text(encoding="utf-8"))
    assert "derhalve" in detail["text"]  # the rule the settings switch off was not applied
    assert "teneinde" not in detail["text"]

    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        """- id: aanvraag-verzoek
  type: replace
  terms: [de aanvraag]
  plain: [het verzoek]
  reason: "Test: de gemeente zegt liever verzoek."
  source: "test"
  examples:
    - flag: "Wij hebben uw [aanvraag] ontvangen."
      fix: "Wij hebben uw verzoek ontvangen."
    - pass: "Wij hebben uw verzoek ontvangen."
""",
        encoding="utf-8",
    )
    import zipfile

    upload = tmp_path / "lib.zip"
    with zipfile.ZipFile(upload, "w") as z:
        z.write(lib / "brief.txt", "brief.txt")
    archive, _ = convert_library(upload, tmp_path / "werk", "safe", ("txt",), overlay=overlay)
    with zipfile.ZipFile(archive) as z:
        name = next(n for n in z.namelist() if n.endswith("brief.txt"))
        text = z.read(name).decode()
    assert "uw verzoek" in text


@pytest.mark.parametrize(
    "body",
    [
        "Voor vragen kunt u bellen met 14 0481.",
        "U bereikt ons team op werkdagen via 14 0481.",
    ],
)
def test_team_fallback_asks_for_a_person(engine: Engine, body: str) -> None:
    text = letter("Naar aanleiding van uw aanvraag hebben wij een besluit genomen.\n\n" + body)
    text = text.replace("R. Hoogeveen\n", "")
    c = compose(text, engine, "none", ())
    assert "14 0481" in c.contact_line
    assert any("contactpersoon" in n for n in c.notes)
    assert not re.search(r"Bel mij", c.contact_line)


def test_contact_choice_overrides(engine: Engine) -> None:
    c = compose(
        CONTACT_TRAP, engine, "none", (), choice=ContactChoice(name="Team Jeugd", phone="14 0481")
    )
    assert c.contact_line.startswith("Heeft u vragen? Bel Team Jeugd: 14 0481.")
