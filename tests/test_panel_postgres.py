"""The panel store on PostgreSQL: a throwaway cluster from Debian's postgresql package.

`scripts/system-deps.sh test` installs PostgreSQL, so CI runs this; the server
listens on a Unix socket in a temporary folder only and is stopped afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rewriter.panel import service
from rewriter.panel.store import MIGRATIONS, Store

BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if not BINARIES:
        pytest.skip("PostgreSQL is not installed (scripts/system-deps.sh test installs it)")
    pytest.importorskip("psycopg")
    bindir = BINARIES[-1].parent
    base = Path(tempfile.mkdtemp(prefix="panel-pg-", dir="/tmp"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(base, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data, log = base / "data", base / "log"
    port = _free_port()
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "panel", "--auth=trust",
         "-E", "UTF8", "--no-sync", "--locale=C"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
         "-o", f"-k {base} -p {port} -c listen_addresses=''", "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://panel@/postgres?host={base}&port={port}"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def _item(n: int) -> dict:
    return {
        "title": "Brief",
        "original": "U krijgt [naam] een besluit.",
        "context": {"sections": []},
        "proposals": [
            {
                "rule_id": "glossary.beschikking",
                "entry_id": "beschikking",
                "kind": "replace",
                "alternative": 0,
                "edits": "[]",
                "term_before": f"woord{i}",
                "term_after": f"ander{i}",
                "sentence_before": f"Zin {i}.",
                "sentence_after": f"Nieuwe zin {i}.",
                "selected": True,
            }
            for i in range(n)
        ],
    }


def test_store_round_trip_on_postgresql(pg_url: str) -> None:
    store = Store.open(pg_url)
    assert store.engine.dialect.name == "postgresql"
    assert store.version() == len(MIGRATIONS)
    assert Store.open(pg_url).migrate() == len(MIGRATIONS)  # idempotent

    rid = store.create_round(
        "Ronde", "Wat moet u doen?", True, "anna", ["fatima", "joost"], [_item(3)]
    )
    letter = store.letters(rid)[0]
    ids = [p["id"] for p in store.proposals(letter["id"], selected_only=False)]
    store.open_round(rid, ids[:2], {letter["id"]: {"sections": [], "subject": "Nieuw"}})
    assert store.may_see("fatima", rid) and not store.may_see("kees", rid)
    assert [p["id"] for p in store.proposals(letter["id"])] == ids[:2]
    assert store.letter(letter["id"])["context"]["subject"] == "Nieuw"

    store.vote(ids[0], "fatima", "beter")
    store.vote(ids[0], "fatima", "ander", "bericht")  # a changed vote replaces the first
    store.vote(ids[0], "joost", "beter")
    store.vote(ids[1], "joost", "niet_beter")
    store.answer(letter["id"], "fatima", ["Bellen voor 1 mei."], 4, "Duidelijk.")
    store.answer(letter["id"], "fatima", ["Bellen voor 1 mei."], 5, "Duidelijk.")

    data = service.results(store, rid)
    props = data["letters"][0]["proposals"]
    assert [(p["votes"], p["agreement"]) for p in props] == [(2, 50), (1, 0)]
    assert props[0]["alternatives"] == [("bericht", 1)]
    assert data["letters"][0]["tone"] == 5.0
    assert data["letters"][0]["questions"][0]["answers"] == ["Bellen voor 1 mei."]
    assert "bericht (1)" in service.results_csv(store, rid)

    assert service.queue_candidates(store, rid) == 2  # the other word; a 'pass' for ids[1]
    assert service.queue_candidates(store, rid) == 0
    kinds = sorted(c["kind"] for c in store.candidates("open"))
    assert kinds == ["alternative", "pass"]

    token, csrf = store.new_session("fatima", "panel")
    session = store.session(token)
    assert session["username"] == "fatima" and session["csrf"] == csrf
    store.end_session(token)
    assert store.session(token) is None
    store.engine.dispose()
