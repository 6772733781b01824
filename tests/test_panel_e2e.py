"""The parent-panel website end to end, in Debian's chromium.

One browser flow through the real server (`python -m rewriter panel serve`, a
subprocess on a free loopback port with its own database and overlay glossary):
staff make and open a round, a panel member reads an anonymised letter, votes,
suggests a word and answers the question, staff read the results, download the
CSV and take the suggested word over into the overlay glossary.

The browser is /usr/bin/chromium from apt (never a browser download by Playwright).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from conftest import WAIT_MS

from rewriter.panel.config import hash_password
from rewriter.panel.store import Store

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
MANIFEST = {
    m["file"]: m for m in yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))
}
ROUND_LETTERS = ["01-wmo-toekenning-huishoudelijke-hulp.txt", "13-terugvordering-bijstand.txt"]
PERSONAL_KINDS = ("names", "addresses", "postcodes", "bsn", "phones", "emails", "ibans")
PASSWORD = "geheim-wachtwoord"
ROUND_TITLE = "Ronde Wmo en bijstand"
WORD = "keukentafelwoord"  # the panel member's own word: unique, so easy to find back
ANSWER = "Ik moet binnen zes weken bellen als ik het niet eens ben."
COMMENT = "De nieuwe brief is veel duidelijker."
PHONE = {"width": 390, "height": 844}
SLOW = 120_000  # ms: the first round builds the anonymiser (Deduce), ~10 s on a fast machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _toml_config(tmp: Path) -> tuple[str, Path, Path]:
    """A panel.toml with scrypt hashes; returns (text, database path, overlay path)."""
    database, overlay = tmp / "panel.sqlite3", tmp / "woordenlijst-gemeente.yaml"
    hashed = hash_password(PASSWORD)
    lines = [
        f"database = {json.dumps(str(database))}",
        f"glossary_overlay = {json.dumps(str(overlay))}",
    ]
    for user, role, name in (
        ("anna", "staff", "Anna (gemeente)"),
        ("fatima", "panel", "Fatima"),
        ("joost", "panel", ""),
    ):
        lines += ["", "[[accounts]]", f'user = "{user}"', f'role = "{role}"']
        lines += [f'password = "{hashed}"'] + ([f'name = "{name}"'] if name else [])
    return "\n".join(lines) + "\n", database, overlay


def _wait_until_up(proc: subprocess.Popen, url: str, log: Path, timeout: float = 90) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"panel server stopped ({proc.returncode}): {log.read_text()[-2000:]}")
        try:
            with opener.open(url, timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    pytest.fail(f"panel server did not answer {url} in {timeout} s: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("panel")
    text, database, overlay = _toml_config(tmp)
    config = tmp / "panel.toml"
    config.write_text(text, encoding="utf-8")
    port = _free_port()
    log = tmp / "server.log"
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "rewriter", "panel", "serve", "--config", str(config),
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(proc, f"{base}/login", log)
        yield {"base": base, "database": database, "overlay": overlay, "log": log}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


# `browser`: Debian chromium driven by Playwright, from tests/conftest.py


class Browsing:
    """New browser contexts that record every request URL (all must stay on 127.0.0.1)."""

    def __init__(self, browser) -> None:
        self.browser = browser
        self.requests: list[str] = []
        self.contexts: list = []

    def page(self):
        context = self.browser.new_context(
            locale="nl-NL", viewport={"width": 1400, "height": 1000}, accept_downloads=True
        )
        context.set_default_timeout(WAIT_MS)
        context.on("request", lambda r: self.requests.append(r.url))
        self.contexts.append(context)
        return context.new_page()

    def outside(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlparse(url).scheme not in ("data", "blob")
            and urlparse(url).hostname != "127.0.0.1"
        ]

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsing(browser):
    b = Browsing(browser)
    yield b
    b.close()


def _login(page, base: str, user: str, lands_on: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#user", user)
    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("#inloggen")
    assert urlparse(page.url).path == lands_on, page.url


def _logout(page) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Uitloggen").click()
    assert urlparse(page.url).path == "/login"


def _submit(page, locator, timeout: float = 30_000) -> None:
    """Click a submit button and wait for the page the form post leads to."""
    with page.expect_navigation(timeout=timeout):
        locator.click(
            timeout=timeout
        )  # the click waits for the response too (slow on a busy machine)


def _choose_proposals(database: Path, round_id: int) -> tuple[list[dict], dict]:
    """The panel's proposals of letter 1, and a glossary word swap to suggest an own word for."""
    store = Store.open(str(database))  # the server's SQLite file (WAL: reading alongside is fine)
    try:
        props = store.proposals(store.letters(round_id)[0]["id"])
    finally:
        store.engine.dispose()
    glossary = [
        p for p in props if p["entry_id"] and p["term_before"].strip() and p["kind"] != "uitleg"
    ]
    assert glossary, "letter 1 has no glossary proposal to suggest a word for"
    return props, glossary[0]


def test_round_from_upload_to_overlay(server, browsing, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    base = server["base"]

    # --- 1. staff: make a round from two uploaded letters and open it ---------------------------
    staff = browsing.page()
    _login(staff, base, "anna", "/staf")
    with staff.expect_navigation():
        staff.click("#nieuwe-ronde")
    assert urlparse(staff.url).path == "/staf/nieuw"
    staff.fill("#title", ROUND_TITLE)
    staff.set_input_files("#files", [str(LETTERS / name) for name in ROUND_LETTERS])
    staff.check("input[name=members][value=fatima]")
    _submit(staff, staff.locator("#maak-ronde"), timeout=SLOW)
    match = re.fullmatch(r"/staf/ronde/(\d+)", urlparse(staff.url).path)
    assert match, f"round not made: {staff.url}\n{staff.inner_text('main')[:500]}"
    round_id = int(match.group(1))
    expect(staff.locator("h1")).to_have_text(ROUND_TITLE)
    # one heading per letter (its subject line, anonymised)
    expect(staff.locator("form h2")).to_have_count(len(ROUND_LETTERS))
    assert staff.locator("input[name=proposal]:checked").count() >= 3  # safe ones pre-ticked
    _submit(staff, staff.locator("#open-ronde"), timeout=SLOW)
    expect(staff.locator("main")).to_contain_text("Status: open")
    _logout(staff)

    # --- 2. panel member: read letter 1 side by side, anonymised ---------------------------------
    member = browsing.page()
    _login(member, base, "fatima", "/panel")
    card = member.locator("section.kaart", has_text=ROUND_TITLE)
    expect(card).to_have_count(1)
    expect(card.locator("a.ronde-brief")).to_have_count(len(ROUND_LETTERS))
    with member.expect_navigation():
        card.locator("a.ronde-brief").first.click()
    letter_path = f"/panel/ronde/{round_id}/brief/1"
    assert urlparse(member.url).path == letter_path
    now = member.get_by_role("heading", name="De brief nu", exact=True)
    new = member.get_by_role("heading", name="De nieuwe brief", exact=True)
    expect(now).to_be_visible()
    expect(new).to_be_visible()
    left, right = now.bounding_box(), new.bounding_box()
    assert abs(left["y"] - right["y"]) < 2 and right["x"] > left["x"] + 300  # side by side
    html = member.content()
    assert "[" in member.inner_text("#origineel")
    assert "[naam]" in html
    personal = MANIFEST[ROUND_LETTERS[0]]["personal"]
    for kind in PERSONAL_KINDS:
        for value in personal.get(kind, []):
            assert value not in html, (kind, value)

    # --- 3. panel member: three votes, then the question -----------------------------------------
    props, target = _choose_proposals(server["database"], round_id)
    cards = member.locator("section.voorstel")
    assert [c.get_attribute("id") for c in cards.all()] == [f"voorstel-{p['id']}" for p in props]
    others = [p for p in props if p["id"] != target["id"]]
    assert len(others) >= 2, "letter 1 needs at least three proposals for the panel"
    better, not_better = others[0], others[1]

    def vote(pid: int, button: str, saved: str) -> None:
        _submit(
            member,
            member.locator(f"#voorstel-{pid}").get_by_role("button", name=button, exact=True),
        )
        expect(member.locator("p.melding")).to_have_text("Bedankt! Uw keuze is bewaard.")
        expect(member.locator(f"#voorstel-{pid} .bewaard")).to_have_text(f"✔ Bewaard: {saved}")

    vote(better["id"], "Beter", "beter")
    vote(not_better["id"], "Niet beter", "niet beter")
    # Enter in the word field (a phone's Go key) sends the word, not 'Beter'.
    member.locator(f"#voorstel-{target['id']} details.ander summary").click()  # folded away
    field = member.locator(f"#voorstel-{target['id']} input[name=alternative]")
    field.fill(WORD)
    with member.expect_navigation():
        field.press("Enter")
    expect(member.locator("p.melding")).to_have_text("Bedankt! Uw keuze is bewaard.")
    expect(member.locator(f"#voorstel-{target['id']} .bewaard")).to_have_text(
        f"✔ Bewaard: ander woord: {WORD}"
    )
    # The earlier votes are still shown after the later ones.
    expect(member.locator(f"#voorstel-{better['id']} .bewaard")).to_have_text("✔ Bewaard: beter")

    member.fill("#antwoord", ANSWER)
    member.check("input[name=tone][value='4']")
    member.fill("#opmerking", COMMENT)
    _submit(member, member.locator("#bewaar-antwoord"))
    expect(member.locator("p.melding")).to_have_text("Bedankt! Uw antwoord is bewaard.")
    expect(member.locator("#vraag .bewaard")).to_have_text("✔ Uw antwoord is bewaard.")
    expect(member.locator("#antwoord")).to_have_value(ANSWER)
    expect(member.locator("input[name=tone][value='4']")).to_be_checked()
    expect(member.locator("#opmerking")).to_have_value(COMMENT)

    # --- 4. the same page on a phone: no sideways scrolling, big buttons -------------------------
    member.set_viewport_size(PHONE)
    member.goto(f"{base}{letter_path}")
    shot = tmp_path / "panel-brief-telefoon.png"
    member.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    width = member.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1] + 1, f"sideways scrolling on a phone: {width}"
    # stacked, not squeezed side by side; the letter as it is now folded away above the new one
    folded = member.locator("details.origineel summary")
    expect(now).to_be_hidden()
    top_now, top_new = folded.bounding_box(), new.bounding_box()
    assert top_new["y"] > top_now["y"] + 30 and top_new["x"] <= top_now["x"] + 1
    for button in member.locator("form.voorstel button, #bewaar-antwoord").all():
        box = button.bounding_box()
        assert box["height"] >= 44 and box["x"] + box["width"] <= PHONE["width"], box
    _logout(member)

    # --- 5. staff: results, CSV, candidates, overlay ---------------------------------------------
    staff = browsing.page()
    _login(staff, base, "anna", "/staf")
    staff.goto(f"{base}/staf/ronde/{round_id}/resultaten")
    expect(staff.locator("h1")).to_have_text(f"Resultaten: {ROUND_TITLE}")
    rows = staff.locator("table.resultaten").first.locator("tbody tr")
    expect(rows).to_have_count(len(props))
    position = {p["id"]: i for i, p in enumerate(props)}

    def cells(pid: int) -> list[str]:
        return [c.strip() for c in rows.nth(position[pid]).locator("td").all_inner_texts()]

    assert cells(better["id"])[1:5] == ["1", "1", "0", "100%"]
    assert cells(not_better["id"])[1:5] == ["1", "0", "1", "0%"]
    assert cells(target["id"])[1:] == ["1", "0", "0", "0%", f"{WORD} (1)"]
    first_letter = staff.locator("main")
    expect(first_letter).to_contain_text("Toon: 4 uit 5 (1 stemmen)")
    expect(staff.locator("li", has_text=ANSWER)).to_have_count(1)
    expect(staff.locator("li", has_text=COMMENT)).to_have_count(1)

    with staff.expect_download() as info:
        staff.click("#csv")
    download = info.value
    assert download.suggested_filename == f"ouderpanel-ronde-{round_id}.csv"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:3] == ["ronde", "brief", "voorstel"]
    own = [row for row in table[1:] if row[10] == f"{WORD} (1)"]
    assert len(own) == 1 and own[0][0] == ROUND_TITLE and own[0][12] == ANSWER

    _submit(staff, staff.locator("#maak-kandidaten"))
    assert urlparse(staff.url).path == "/staf/woordenlijst"
    candidate = staff.locator("form.kandidaat", has_text=WORD)
    expect(candidate).to_have_count(1)
    expect(candidate).to_contain_text(f"woord-id: {target['entry_id']}")
    assert not server["overlay"].exists()  # nothing is merged before staff decide
    _submit(staff, candidate.get_by_role("button", name="Neem over"))
    assert urlparse(staff.url).path == "/staf/woordenlijst"
    expect(staff.locator("p.melding")).to_contain_text(f"'{WORD}' staat nu voorop")
    expect(staff.locator("form.kandidaat", has_text=WORD)).to_have_count(0)
    expect(staff.locator("li", has_text=f"→ {WORD}: aangenomen door anna")).to_have_count(1)

    entries = yaml.safe_load(server["overlay"].read_text(encoding="utf-8"))
    entry = next(e for e in entries if e["id"] == target["entry_id"])
    first = entry["plain"][0]
    assert (first["text"] if isinstance(first, dict) else first) == WORD
    assert f"Ouderpanel, ronde {round_id} '{ROUND_TITLE}'" in entry["source"]

    # --- 6. nothing left the machine -------------------------------------------------------------
    assert browsing.requests, "no requests recorded"
    assert browsing.outside() == [], f"requests left the machine: {browsing.outside()[:3]}"
