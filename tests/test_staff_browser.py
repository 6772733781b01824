"""Issue 15 in Debian's chromium: the Woordenlijst and Bibliotheek tabs of the web app, and
the panel on a phone.

- adding *de jeugdconsulent* in the Woordenlijst tab (built-in *consulent* marks the
  compound) and seeing the app use it;
- the Bibliotheek tab shows "brief 1 van 3" while it works and gives a clean zip;
- a pasted letter with CRLF line ends (what a browser posts from a <textarea>) keeps its
  sections in the panel; a panel member logs in from a phone as "Fatima";
- a panel letter page on a phone: the letter as it is now folded away (height measured).

Set KTT_SCREENSHOTS=<folder> to keep screenshots at 1366x900 and 390x844.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from conftest import WAIT_MS, app_ready
from test_panel_e2e import PHONE, SLOW, _login, _submit
from test_panel_e2e import server as panel  # noqa: F401  (fixture: the panel server)

import app
from rewriter.panel.config import hash_password

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
PANEL_LETTER = (LETTERS / "07-jeugdhulp-toekenning-ambulante-begeleiding.txt").read_text(
    encoding="utf-8"
)
PASSWORD = "medewerker-wachtwoord"
PANEL_PASSWORD = "geheim-wachtwoord"  # test_panel_e2e's accounts
LAPTOP = {"width": 1366, "height": 900}
SHOTS = os.environ.get("KTT_SCREENSHOTS")
JEUGD = (
    "Geachte mevrouw De Vries,\n\nUw jeugdconsulent belt u volgende week over de hulp voor "
    "uw zoon.\n\nMet vriendelijke groet,\n\nJ. de Boer\n"
)


def _shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"ui-lib-{name}.png"))


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("staff")
    overlay = folder / "woordenlijst-gemeente.yaml"
    accounts = folder / "panel.toml"
    accounts.write_text(
        f'[[accounts]]\nuser = "anna"\nrole = "staff"\npassword = "{hash_password(PASSWORD)}"\n',
        encoding="utf-8",
    )
    demo = app.build_demo(overlay=overlay, accounts=accounts)
    yield app.serve_on_loopback(demo, css=app.CSS, allowed_paths=[str(app._TMP)]), overlay
    demo.close()


def _app_page(browser, web, viewport):
    context = browser.new_context(locale="nl-NL", viewport=viewport, accept_downloads=True)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.goto(web[0], wait_until="domcontentloaded")
    app_ready(page)
    return context, page


def _body_has(page, text: str, timeout: float = WAIT_MS) -> None:
    page.wait_for_function(
        "t => document.body.innerText.includes(t) || [...document.querySelectorAll('textarea')]"
        ".some(a => a.value.includes(t))",
        arg=text,
        timeout=timeout,
    )


def test_api_paste_with_crlf_is_read_as_with_lf(web) -> None:
    from gradio_client import Client

    client = Client(web[0], verbose=False)
    lf = client.predict(JEUGD, None, api_name="/analyse")
    crlf = client.predict(JEUGD.replace("\n", "\r\n"), None, api_name="/analyse")
    assert crlf == lf


def test_add_jeugdconsulent_and_see_it_used(browser, web) -> None:
    context, page = _app_page(browser, web, LAPTOP)
    page.get_by_role("tab", name="Woordenlijst").click()
    page.fill("#zoek textarea, #zoek input", "jeugdconsulent")
    # the built-in rule that marks the compound is found
    _body_has(page, "consulent (ook in 'jeugdconsulent')")
    page.fill("#staf-naam textarea, #staf-naam input", "Anna")
    page.fill("#staf-wachtwoord input", PASSWORD)
    page.click("#aanmelden")
    _body_has(page, "Aangemeld als")
    page.fill("#nieuw-woord textarea, #nieuw-woord input", "de jeugdconsulent")
    page.fill("#nieuw-eenvoudig textarea, #nieuw-eenvoudig input", "de medewerker jeugd")
    page.fill(
        "#nieuw-voorbeeld textarea, #nieuw-voorbeeld input",
        "Uw jeugdconsulent belt u volgende week.",
    )
    page.click("#opslaan")  # first try, optional fields left empty
    page.wait_for_function(
        "() => /Opgeslagen|Niet opgeslagen|Fout|Error/.test(document.querySelector('#opslagstatus')"
        ".innerText + document.body.innerText)",
        timeout=WAIT_MS,
    )
    status = page.inner_text("#opslagstatus")
    assert status.startswith("✅"), status
    assert "id: jeugdconsulent" in web[1].read_text(encoding="utf-8")
    _shot(page, "woordenlijst-1366")
    page.set_viewport_size(PHONE)
    _shot(page, "woordenlijst-390")
    page.set_viewport_size(LAPTOP)
    page.get_by_role("tab", name="Brief verbeteren").click()
    page.fill("#brief textarea", JEUGD)
    page.click("#analyseer")
    _body_has(page, "Uw medewerker jeugd belt u")  # the new entry, ticked as safe
    context.close()


def test_glossary_table_shows_many_readable_rows(browser, web) -> None:
    context, page = _app_page(browser, web, LAPTOP)
    page.get_by_role("tab", name="Woordenlijst").click()
    table = page.locator("#woordenlijst")
    _body_has(page, "Onderzoek naar brieven in het sociaal domein")
    # rows whose whole box is inside the table's visible (scrolling) area
    table.scroll_into_view_if_needed()
    visible = page.evaluate(
        """() => {
        const view = document.querySelector('#woordenlijst .virtual-table-viewport')
            .getBoundingClientRect();
        const top = Math.max(view.top, 0), bottom = Math.min(view.bottom, innerHeight);
        return [...document.querySelectorAll('#woordenlijst [role=row]')]
            .filter(r => r.innerText.trim() && !r.querySelector('[role=columnheader]'))
            .filter(r => { const b = r.getBoundingClientRect();
                return b.height > 0 && b.top >= top && b.bottom <= bottom; }).length;
        }"""
    )
    assert visible > 3, visible
    text = table.inner_text()
    assert "seeds-extract" not in text and "001:" not in text
    assert "Onderzoek naar brieven in het sociaal domein" in text
    context.close()


def test_library_progress_and_clean_zip(browser, web, tmp_path: Path) -> None:
    upload = tmp_path / "brieven.zip"
    with zipfile.ZipFile(upload, "w") as z:
        for name in ("01-wmo-toekenning-huishoudelijke-hulp.txt", "13-terugvordering-bijstand.txt",
                     "16-participatiewet-wijziging-kostendelersnorm.txt"):  # fmt: skip
            z.write(LETTERS / name, f"brieven/{name}")
    context, page = _app_page(browser, web, LAPTOP)
    page.get_by_role("tab", name="Bibliotheek").click()
    page.set_input_files("#bibliotheek-zip input[type=file]", str(upload))
    page.wait_for_timeout(1000)
    page.click("#bibliotheek-start")
    # while it works: our own line "Bezig: brief 1 van 3 · nog ongeveer ...", and none of
    # Gradio's progress words ("0/3 brieven | 0.7s", "- 33.3%"), looked at every 0.2 s
    seen: list[str] = []
    for _ in range(1500):
        texts = page.evaluate(  # what shows: Gradio's hidden status trackers left out
            """() => [...document.querySelectorAll('#bibliotheek-status, #bibliotheek-download,'
                + ' #bibliotheek-start')].map(e => { const c = e.cloneNode(true);
                c.querySelectorAll('.wrap.hide').forEach(x => x.remove());
                return c.textContent; })"""
        )
        seen += [t for t in texts if t.strip() and t not in seen]
        if "omgezet" in texts[0]:
            break
        if "van 3" in texts[0] and len(seen) < 40:
            _shot(page, "bibliotheek-voortgang-1366")
        page.wait_for_timeout(200)
    assert any(re.fullmatch(r"Bezig: brief [123] van 3.*", t.strip()) for t in seen), seen
    assert not [t for t in seen if re.search(r"\d+/\d+|\d\.\ds\b|%|processing", t)], seen
    assert "3 brieven omgezet, 0 niet gelukt" in page.inner_text("#bibliotheek-status")
    with page.expect_download() as info:
        page.locator("#bibliotheek-download a").first.click()
    names = zipfile.ZipFile(info.value.path()).namelist()
    assert names[:2] == ["report.html", "report.csv"]
    assert "pdf/13-terugvordering-bijstand.pdf" in names
    assert not [n for n in names if "brieven/" in n or n.endswith(".json")]
    _shot(page, "bibliotheek-1366")
    page.set_viewport_size(PHONE)
    _shot(page, "bibliotheek-390")
    context.close()


def test_panel_pasted_crlf_letter_and_phone_login(browser, panel) -> None:  # noqa: F811
    from playwright.sync_api import expect

    base = panel["base"]
    staff_ctx = browser.new_context(locale="nl-NL", viewport=LAPTOP)
    staff_ctx.set_default_timeout(WAIT_MS)
    staff = staff_ctx.new_page()
    posted: list[bytes] = []
    staff.on(
        "request",
        lambda r: (
            posted.append(r.post_data_buffer or b"") if r.url.endswith("/staf/nieuw") else None
        ),
    )
    _login(staff, base, "anna", "/staf")
    staff.goto(f"{base}/staf/nieuw")
    staff.fill("#title", "Geplakte brief")
    staff.fill("#text", PANEL_LETTER)
    staff.check("input[name=members][value=fatima]")
    _submit(staff, staff.locator("#maak-ronde"), timeout=SLOW)
    assert b"Geachte" in posted[-1] and b"\r\n\r\n" in posted[-1].split(b"Geachte", 1)[1]
    match = re.fullmatch(r"/staf/ronde/(\d+)", urlparse(staff.url).path)
    assert match, staff.inner_text("main")[:500]
    rid = int(match.group(1))
    stated = re.search(r"Aangevinkt: (\d+) van (\d+)", staff.inner_text("main"))
    assert stated and int(stated.group(1)) == staff.locator("input[name=proposal]:checked").count()
    _submit(staff, staff.locator("#open-ronde"), timeout=SLOW)
    staff_ctx.close()

    phone_ctx = browser.new_context(
        locale="nl-NL", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=1
    )
    phone_ctx.set_default_timeout(WAIT_MS)
    phone = phone_ctx.new_page()
    phone.goto(f"{base}/login")
    field = phone.locator("#user")
    assert field.get_attribute("autocapitalize") == "none"
    assert field.get_attribute("autocomplete") == "username"
    field.fill("Fatima")  # a phone's keyboard capitalises the first letter
    phone.fill("#password", PANEL_PASSWORD)
    with phone.expect_navigation():
        phone.click("#inloggen")
    assert urlparse(phone.url).path == "/panel", phone.inner_text("main")[:300]
    phone.goto(f"{base}/panel/ronde/{rid}/brief/1")
    new = phone.locator(".brief.nieuw")
    expect(new).to_be_visible()
    headings = new.locator("h3").all_inner_texts()
    assert len(headings) >= 3, headings  # the sections are kept: not one long paragraph
    salutation = new.locator("p").nth(1).inner_text()
    assert salutation.startswith("Geachte") and len(salutation) < 80, salutation
    original = phone.locator("details.origineel")
    expect(original).to_be_visible()
    assert original.get_attribute("open") is None  # folded away on a phone
    expect(phone.locator("#origineel")).to_be_hidden()
    folded = phone.evaluate("document.documentElement.scrollHeight")
    _shot(phone, "panelbrief-390")
    if SHOTS:
        phone.screenshot(
            path=str(Path(SHOTS) / "ui-lib-panelbrief-390-hele-pagina.png"), full_page=True
        )
    phone.locator("details.origineel summary").click()
    unfolded = phone.evaluate("document.documentElement.scrollHeight")
    print(f"\npanel letter page at 390x844: {folded} px folded, {unfolded} px with the original")
    assert folded < unfolded
    # each change card shows its sentence once (the new one, cut around the change), the
    # whole sentences folded under it: 10,566 px before, 7,621 px after (this letter)
    assert folded <= 8_500, folded
    card = phone.locator("section.voorstel").first
    expect(card.locator("p.versie.nieuw mark").first).to_be_visible()
    expect(card.locator("details.nu p.versie").first).to_be_hidden()
    assert card.locator("p.versie:visible").count() == 1
    phone.set_viewport_size(LAPTOP)
    phone.reload()
    expect(phone.locator("#origineel")).to_be_visible()  # side by side on a laptop
    _shot(phone, "panelbrief-1366")
    phone_ctx.close()
