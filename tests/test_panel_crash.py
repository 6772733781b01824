"""No verdict is lost: SIGKILL the panel server in the middle of a burst of votes.

A vote counts as confirmed when the server answered the POST with its
redirect to the 'bewaard' page. After a restart, every confirmed vote must be
in the database and visible to staff in the CSV export.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from rewriter.panel.config import hash_password
from rewriter.panel.store import Store

PASSWORD = "crash-test-wachtwoord"
PROPOSALS = 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _config(tmp_path: Path) -> Path:
    hashed = hash_password(PASSWORD, salt=b"c" * 16)
    path = tmp_path / "panel.toml"
    path.write_text(
        f'database = "{tmp_path / "panel.sqlite3"}"\n'
        f'glossary_overlay = "{tmp_path / "overlay.yaml"}"\n'
        "[[accounts]]\n"
        f'user = "anna"\nrole = "staff"\npassword = "{hashed}"\n'
        "[[accounts]]\n"
        f'user = "fatima"\nrole = "panel"\npassword = "{hashed}"\n',
        encoding="utf-8",
    )
    return path


def _seed(db: Path) -> tuple[int, list[int]]:
    store = Store.open(str(db))
    props = [
        {
            "rule_id": "glossary.test",
            "entry_id": "test",
            "kind": "replace",
            "alternative": 0,
            "edits": "[]",
            "term_before": f"woord{i}",
            "term_after": f"ander{i}",
            "sentence_before": f"Zin {i} met woord{i}.",
            "sentence_after": f"Zin {i} met ander{i}.",
            "selected": True,
        }
        for i in range(PROPOSALS)
    ]
    item = {"title": "Brief", "original": "Tekst.", "context": {}, "proposals": props}
    rid = store.create_round("Crash", "Wat moet u doen?", False, "anna", ["fatima"], [item])
    letter = store.letters(rid)[0]
    ids = [p["id"] for p in store.proposals(letter["id"], selected_only=False)]
    store.open_round(rid, ids, {})
    store.engine.dispose()
    return rid, ids


def _start(config: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "rewriter", "panel", "serve", "--config", str(config),
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the panel server did not start")


def _login(base: str, user: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=10)
    r = client.post("/login", data={"user": user, "password": PASSWORD})
    assert r.status_code == 303
    page = client.get("/panel" if user == "fatima" else "/staf").text
    return client, re.search(r'name="csrf" value="([^"]+)"', page).group(1)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_confirmed_votes_survive_sigkill(tmp_path: Path) -> None:
    config = _config(tmp_path)
    rid, ids = _seed(tmp_path / "panel.sqlite3")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(config, port)
    confirmed: list[int] = []
    lock = threading.Lock()
    try:
        client, csrf = _login(base, "fatima")

        def burst(chunk: list[int]) -> None:
            own = httpx.Client(base_url=base, cookies=client.cookies, timeout=10)
            for pid in chunk:
                try:
                    r = own.post(
                        "/panel/stem",
                        data={"csrf": csrf, "proposal": pid, "verdict": "beter", "n": 1},
                    )
                except httpx.HTTPError:
                    return  # the server is gone: this vote was never confirmed
                if r.status_code == 303 and "bewaard=" in r.headers["location"]:
                    with lock:
                        confirmed.append(pid)

        threads = [threading.Thread(target=burst, args=(ids[i::4],)) for i in range(4)]
        for t in threads:
            t.start()
        while True:  # kill mid-burst, once a fair number of votes went through
            with lock:
                if len(confirmed) >= 60:
                    break
            time.sleep(0.01)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        for t in threads:
            t.join(timeout=30)
        with lock:
            done = list(confirmed)
        print(f"confirmed before the kill: {len(done)} of {PROPOSALS}")
        assert 60 <= len(done) < PROPOSALS, "the kill must land in the middle of the burst"
    finally:
        if server.poll() is None:
            server.kill()

    server = _start(config, port)  # restart on the same database
    try:
        staff, _ = _login(base, "anna")
        csv_text = staff.get(f"/staf/ronde/{rid}/resultaten.csv").text
        store = Store.open(str(tmp_path / "panel.sqlite3"))
        stored = {v["proposal_id"] for v in store.verdicts(rid)}
        assert set(done) <= stored, f"lost votes: {sorted(set(done) - stored)[:10]}"
        rows = {line.split(";")[3]: line.split(";")[5] for line in csv_text.splitlines()[1:]}
        for pid in done:
            i = ids.index(pid)
            assert rows[f"Zin {i} met woord{i}."] == "1"
    finally:
        server.kill()
        server.wait(timeout=10)
