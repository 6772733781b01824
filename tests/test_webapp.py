"""The web app: gradio_client API tests and end-to-end flows in Debian's chromium.

The app is started by the fixture on a free loopback port with its own glossary
overlay file. The browser is /usr/bin/chromium from apt (never a browser download by Playwright).
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from conftest import WAIT_MS, analyse, app_ready

import app
from rewriter.panel.config import hash_password
from rewriter.protect import find_protected

PASSWORD = "medewerker-wachtwoord"

LETTER = """Gemeente Deventer
Postbus 5000
7400 GC Deventer

Datum: 12 maart 2026
Ons kenmerk: WMO-2026-004512

Geachte mevrouw De Vries,

Middels deze beschikking laten wij u weten dat u huishoudelijke hulp krijgt voor 3 uur per week. Indien u vragen heeft, kunt u bellen met het Wmo-loket via 14 0570 of met uw consulent via 06-12345678.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,

R. Hofstede
Consulent Wmo
"""
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("overlay")
    overlay = folder / "woordenlijst-gemeente.yaml"
    accounts = folder / "panel.toml"
    accounts.write_text(
        f'[[accounts]]\nuser = "anna"\nrole = "staff"\npassword = "{hash_password(PASSWORD)}"\n',
        encoding="utf-8",
    )
    demo = app.build_demo(overlay=overlay, accounts=accounts)
    url = app.serve_on_loopback(demo, allowed_paths=[str(app._TMP)], **app.launch_options())
    yield url, overlay
    demo.close()


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server[0], verbose=False)


def test_apianalyse(client) -> None:
    out = client.predict(LETTER, "", api_name="/analyse")
    badge, sheet, preview = out[2], out[4], out[5]
    assert "Taalniveau" in badge and "doel: B1" in badge
    assert 'class="m s-solid"' in sheet and "vaktaal" in sheet  # marks with a label
    assert "Middels" in sheet and "Met</label>" in sheet and "Via</label>" in sheet
    assert "Met dit besluit" in preview


def test_api_glossary_search(client) -> None:
    table = client.predict("beschikking", api_name="/zoek")
    assert any(row[0] == "beschikking" and row[1] == "vervangen" for row in table["data"])


def test_api_refuses_empty_letter(client) -> None:
    out = client.predict("   ", "", api_name="/analyse")  # one plain message, no error badges
    assert out[1].startswith("❌") and "leeg" in out[1]


# --- browser flows ------------------------------------------------------------------------

pytestmark_browser = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium not installed")


# `browser`: Debian chromium driven by Playwright, from tests/conftest.py


@pytest.fixture
def page(browser, server):
    context = browser.new_context(
        locale="nl-NL", viewport={"width": 1400, "height": 1000}, accept_downloads=True
    )
    context.set_default_timeout(WAIT_MS)
    pg = context.new_page()
    outside: list[str] = []
    pg.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else None
        ),
    )
    pg.goto(server[0], wait_until="domcontentloaded")
    app_ready(pg)
    yield pg
    assert outside == [], f"requests left the machine: {outside[:3]}"
    context.close()


def page_ready(pg) -> None:
    app_ready(pg)


def _row(page, before: str):
    return page.locator("#voorstellen .vs-rij").filter(has_text=before).first


def test_flow_paste_untick_download_pdf(page, tmp_path: Path) -> None:
    analyse(page, LETTER)
    marked = page.locator("#markeringen")
    assert "Middels" in marked.inner_text()
    preview = page.locator("#voorbeeld textarea")
    assert "Met dit besluit" in preview.input_value()
    row = _row(page, "deze beschikking")
    assert row.get_by_label("dit besluit").is_checked()
    row.get_by_label("laat staan").check()
    page.wait_for_function(
        "() => document.querySelector('#voorbeeld textarea').value.includes('Met deze beschikking')",
        timeout=WAIT_MS,
    )
    assert "Met dit besluit" not in preview.input_value()
    page.click("#maak")
    link = page.locator('#downloads a[download$=".pdf"]').first
    link.wait_for(timeout=WAIT_MS)
    with page.expect_download() as info:
        link.click()
    pdf_path = tmp_path / "brief.pdf"
    info.value.save_as(pdf_path)
    reader = PdfReader(io.BytesIO(pdf_path.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Met deze beschikking" in text  # accepted 'Middels' -> 'Met', rejected 'besluit'
    assert "Met dit besluit" not in text
    phones = {p.text for p in find_protected(text) if p.kind == "phone"}
    assert len(phones) == 1
    assert text.count("Heeft u vragen?") == 1
    # the guard's verdict on the delivered files, and the channels that left the letter
    assert "Alle feiten staan erin." in page.locator("#briefcontrole").inner_text()


def test_flow_upload_docx(page, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    for block in LETTER.split("\n\n"):
        doc.add_paragraph(block)
    path = tmp_path / "brief.docx"
    doc.save(path)
    page.set_input_files("#upload input[type=file]", str(path))
    page.wait_for_selector("#niveau span", timeout=WAIT_MS)
    assert "Middels" in page.locator("#markeringen").inner_text()
    assert "Middels deze beschikking" in page.locator("#brief textarea").input_value()


def _sign_in(page) -> None:
    page.fill("#staf-naam textarea, #staf-naam input", "Anna")
    page.fill("#staf-wachtwoord input", PASSWORD)
    page.click("#aanmelden")
    page.wait_for_function(
        "() => document.querySelector('#aanmeldstatus').innerText.includes('Aangemeld')",
        timeout=WAIT_MS,
    )


def test_flow_add_glossary_entry_and_see_it_used(page, server) -> None:
    page.get_by_role("tab", name="Woordenlijst").click()
    _sign_in(page)
    # only word, simpler word and a sentence: no id, the rest gets sensible defaults
    page.fill("#nieuw-woord textarea, #nieuw-woord input", "de koffieautomaat")
    page.fill("#nieuw-eenvoudig textarea, #nieuw-eenvoudig input", "de koffiemachine")
    page.fill(
        "#nieuw-voorbeeld textarea, #nieuw-voorbeeld input", "De koffieautomaat staat in de hal."
    )
    page.click("#opslaan")
    page.wait_for_function(
        "() => document.querySelector('#opslagstatus').innerText.includes('Opgeslagen')",
        timeout=WAIT_MS,
    )
    assert "koffieautomaat" in server[1].read_text(encoding="utf-8")
    page.get_by_role("tab", name="Brief verbeteren").click()
    analyse(page, "Geachte heer,\n\nDe koffieautomaat staat bij de ingang van het gemeentehuis.\n")
    assert "De koffiemachine staat" in page.locator("#voorbeeld textarea").input_value()


def test_glossary_form_refuses_a_broken_entry(page) -> None:
    page.get_by_role("tab", name="Woordenlijst").click()
    page.fill("#nieuw-woord textarea, #nieuw-woord input", "iets")
    page.click("#opslaan")  # not signed in: refused
    page.wait_for_function(
        "() => document.querySelector('#opslagstatus').innerText.includes('Meld u eerst aan')",
        timeout=WAIT_MS,
    )
    _sign_in(page)
    page.click("#opslaan")
    page.wait_for_function(
        "() => !document.querySelector('#opslagstatus').innerText.includes('Meld u eerst aan')",
        timeout=WAIT_MS,
    )
    page.wait_for_function(
        "() => document.querySelector('#opslagstatus').innerText.includes('Niet opgeslagen')",
        timeout=WAIT_MS,
    )


def test_two_users_do_not_share_a_letter(browser, server) -> None:
    pages = []
    for _ in range(2):
        context = browser.new_context(locale="nl-NL", viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(WAIT_MS)
        pg = context.new_page()
        pg.goto(server[0], wait_until="domcontentloaded")
        app_ready(pg)
        pages.append((context, pg))
    (c1, p1), (c2, p2) = pages
    analyse(p1, LETTER)
    analyse(p2, "Geachte heer,\n\nDe casus van uw zoon is besproken.\n")
    p1.wait_for_timeout(500)
    assert "Middels" in p1.locator("#markeringen").inner_text()
    assert "casus" in p2.locator("#markeringen").inner_text()
    assert "Middels" not in p2.locator("#markeringen").inner_text()
    assert "casus" not in p1.locator("#voorbeeld textarea").input_value()
    c1.close()
    c2.close()


def test_api_library_zip(client, tmp_path: Path) -> None:
    import zipfile

    from gradio_client import handle_file

    archive = tmp_path / "brieven.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("wmo/brief.txt", LETTER)
        z.writestr("kapot.docx", b"nee")
    result, summary = client.predict(handle_file(str(archive)), "safe", api_name="/bibliotheek")
    assert "1 brief omgezet, 1 niet gelukt" in summary
    with zipfile.ZipFile(result) as z:
        names = set(z.namelist())
    assert {"report.html", "report.csv", "pdf/wmo/brief.pdf", "docx/wmo/brief.docx"} <= names


def test_keyboard_only_analysis(page) -> None:
    page.focus("#brief textarea")
    page.keyboard.type("Geachte heer,\n\nMiddels deze brief laten wij u weten dat u hulp krijgt.")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate(
            "() => document.activeElement && document.activeElement.id === 'analyseer'"
        ):
            break
    assert page.evaluate("() => document.activeElement.id") == "analyseer"
    page.keyboard.press("Enter")
    page.wait_for_selector("#niveau span", timeout=WAIT_MS)
    assert "Middels" in page.locator("#markeringen").inner_text()
