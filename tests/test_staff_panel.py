"""Issue 15, panel and line ends: a pasted letter with CRLF (what a browser posts from a
<textarea>), CR or U+2028 keeps its sections on every input path; the staff round page
pre-ticks exactly the set it states; labels name the whole term; tone with a decimal comma."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from test_panel import LETTERS, login, panel_config

from rewriter import cli
from rewriter.anonymise import default_anonymiser
from rewriter.engine import Engine
from rewriter.inputgate import check_text, normalise_newlines
from rewriter.panel import service
from rewriter.panel.web import create_app, decimal_comma, marked_after
from rewriter.readers import read_bytes
from rewriter.settings import Settings

LETTER = (LETTERS / "07-jeugdhulp-toekenning-ambulante-begeleiding.txt").read_text(encoding="utf-8")
VEILIG = (
    "Geachte mevrouw Jansen,\n\nWij hebben een melding gedaan bij Veilig Thuis. Dat doen wij "
    "omdat wij ons zorgen maken.\n\nMet vriendelijke groet,\n\nP. de Vries\n"
)
ENDINGS = {"crlf": "\r\n", "cr": "\r", "u2028": "\u2028"}


def test_normalise_newlines() -> None:
    assert normalise_newlines("a\r\nb\rc\u2028d\x85e") == "a\nb\nc\nd\ne"
    assert normalise_newlines("alinea 1\u2029alinea 2") == "alinea 1\n\nalinea 2"
    assert check_text("Beste lezer,\r\n\r\nTekst.", 100) == "Beste lezer,\n\nTekst."


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_upload_and_cli_stdin_normalise(ending: str, monkeypatch) -> None:
    data = LETTER.replace("\n", ending).encode("utf-8")
    plain = read_bytes(LETTER.encode("utf-8"), ".txt", name="brief.txt")
    assert read_bytes(data, ".txt", name="brief.txt") == plain  # an uploaded .txt
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert cli._read("-", Settings()) == plain  # `rewriter check -` reads stdin


@pytest.fixture(scope="module")
def anonymiser():
    return default_anonymiser()


@pytest.fixture
def app(tmp_path: Path, engine: Engine, anonymiser):
    return create_app(
        panel_config(tmp_path), make_engine=lambda: engine, make_anonymiser=lambda: anonymiser
    )


def _round_from_paste(app, text: str) -> tuple[object, str, int]:
    staff, csrf = login(app, "anna")
    data = {"csrf": csrf, "title": "Geplakt", "members": ["fatima"], "text": text}
    r = staff.post("/staf/nieuw", data=data)
    assert r.status_code == 303, r.text
    return staff, csrf, int(r.headers["location"].rsplit("/", 1)[1])


def test_pasted_crlf_letter_keeps_its_sections(app) -> None:
    store = app.state.server.store
    _s, _c, plain = _round_from_paste(app, LETTER)
    _s, _c, crlf = _round_from_paste(app, LETTER.replace("\n", "\r\n"))
    want, got = store.letters(plain)[0], store.letters(crlf)[0]
    assert len(want["context"]["sections"]) >= 3
    assert got["context"]["sections"] == want["context"]["sections"]
    assert got["context"]["salutation"] == want["context"]["salutation"]
    assert "\r" not in got["original"] and got["original"].count("\n\n") >= 5


def test_staff_round_preticks_the_set_it_states(app) -> None:
    staff, _csrf, rid = _round_from_paste(app, LETTER)
    page = staff.get(f"/staf/ronde/{rid}").text
    assert f"hooguit {service.PRESELECTED} per brief" in page
    stated = re.search(r"Aangevinkt: (\d+) van (\d+) voorstellen", page)
    checked = len(re.findall(r'name="proposal" value="\d+" checked', page))
    boxes = len(re.findall(r'name="proposal" value="\d+"', page))
    assert stated and (int(stated.group(1)), int(stated.group(2))) == (checked, boxes)
    rows = app.state.server.store.proposals(app.state.server.store.letters(rid)[0]["id"])
    assert all(p["alternative"] == 0 for p in rows if p["selected"])


def test_explanation_label_names_the_whole_term(engine: Engine, anonymiser) -> None:
    prepared = service.prepare_letter(service.LetterInput("", VEILIG), engine, anonymiser)
    labels = [p["term_before"] for p in prepared["proposals"] if p["kind"] == "uitleg"]
    assert "Veilig Thuis" in labels and "Thuis" not in labels


def test_tone_has_a_decimal_comma() -> None:
    assert decimal_comma(3.5) == "3,5"
    assert decimal_comma(4.0) == "4"
    assert decimal_comma(3.25) == "3,2" or decimal_comma(3.25) == "3,3"


def test_login_name_in_any_case_and_no_autocapitals(app) -> None:
    from starlette.testclient import TestClient

    client = TestClient(app, follow_redirects=False)
    form = client.get("/login").text
    field = re.search(r'<input[^>]*id="user"[^>]*>', form).group()
    assert 'autocapitalize="none"' in field and 'autocomplete="username"' in field
    r = client.post("/login", data={"user": "Fatima", "password": "geheim-wachtwoord"})
    assert r.status_code == 303 and r.headers["location"] == "/panel"


def test_panel_rebuilds_its_engine_when_the_app_changed_the_overlay(tmp_path: Path) -> None:
    """The web app's Woordenlijst tab writes the overlay the panel reads."""
    config = panel_config(tmp_path)
    made: list[object] = []

    def make_engine() -> object:
        made.append(object())
        return made[-1]

    server = create_app(config, make_engine=make_engine, make_anonymiser=lambda: None).state.server
    first = server.engine()
    assert server.engine() is first and len(made) == 1  # no change: no rebuild
    overlay = Path(config.glossary_overlay)
    overlay.write_text("[]\n", encoding="utf-8")
    second = server.engine()
    assert second is not first and len(made) == 2
    overlay.unlink()
    assert server.engine() is not second


def test_change_card_marks_the_new_words_once() -> None:
    before = (
        "Naar aanleiding van de verwijzing van de huisarts d.d. 20 januari 2026 en het gesprek "
        "met onze jeugdconsulent, waarin de hulpvraag ten aanzien van uw dochter <Sara> is "
        "besproken, delen wij u het volgende mede."
    )
    after = before.replace("d.d.", "van").replace("ten aanzien van", "over")
    whole = str(marked_after(before, after))
    assert whole == (
        "Naar aanleiding van de verwijzing van de huisarts <mark>van</mark> 20 januari 2026 en "
        "het gesprek met onze jeugdconsulent, waarin de hulpvraag <mark>over</mark> uw dochter "
        "&lt;Sara&gt; is besproken, delen wij u het volgende mede."
    )
    short = str(marked_after(before, after, 3))
    assert short == (
        "… van de huisarts <mark>van</mark> 20 januari 2026 en het gesprek met onze "
        "jeugdconsulent, waarin de hulpvraag <mark>over</mark> uw dochter &lt;Sara&gt; …"
    )
    # a phrase is one mark; the removed words are not shown; nothing changed: no mark
    assert str(marked_after("Middels deze beschikking.", "Met dit besluit.")) == (
        "<mark>Met dit besluit.</mark>"
    )
    assert str(marked_after("Zin <b>.", "Zin <b>.", 2)) == "Zin &lt;b&gt;."
