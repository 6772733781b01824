"""Parent panel: storage, rounds, anonymised pages, verdicts, results, glossary feedback, access."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from rewriter.anonymise import default_anonymiser
from rewriter.engine import Engine
from rewriter.panel import service
from rewriter.panel.config import PanelConfig, hash_password, verify_password
from rewriter.panel.store import MIGRATIONS, PanelError, Store
from rewriter.panel.web import create_app
from rewriter.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
MANIFEST = {
    m["file"]: m for m in yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))
}
ROUND_LETTERS = [
    "01-wmo-toekenning-huishoudelijke-hulp.txt",
    "13-terugvordering-bijstand.txt",
    "07-jeugdhulp-toekenning-ambulante-begeleiding.txt",
]
PASSWORD = "geheim-wachtwoord"


def _hash() -> str:
    return hash_password(PASSWORD, salt=b"s" * 16)


def panel_config(tmp_path: Path) -> PanelConfig:
    hashed = _hash()
    return PanelConfig.from_dict(
        {
            "database": str(tmp_path / "panel.sqlite3"),
            "glossary_overlay": str(tmp_path / "overlay.yaml"),
            "accounts": [
                {"user": "anna", "role": "staff", "password": hashed, "name": "Anna (gemeente)"},
                {"user": "fatima", "role": "panel", "password": hashed, "name": "Fatima"},
                {"user": "joost", "role": "panel", "password": hashed},
            ],
        }
    )


@pytest.fixture(scope="module")
def anonymiser():
    return default_anonymiser()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.create(Settings())


@pytest.fixture
def app(tmp_path: Path, engine: Engine, anonymiser):
    config = panel_config(tmp_path)
    return create_app(config, make_engine=lambda: engine, make_anonymiser=lambda: anonymiser)


def login(app, user: str) -> tuple[TestClient, str]:
    client = TestClient(app, follow_redirects=False)
    r = client.post("/login", data={"user": user, "password": PASSWORD})
    assert r.status_code == 303, r.text
    page = client.get("/staf" if user == "anna" else "/panel")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client, csrf


def make_round(app, blind: bool = False, members=("fatima",)) -> tuple[TestClient, str, int]:
    staff, csrf = login(app, "anna")
    files = [
        ("files", (name, (LETTERS / name).read_bytes(), "text/plain")) for name in ROUND_LETTERS
    ]
    data = {"csrf": csrf, "title": "Ronde Wmo", "members": list(members)}
    if blind:
        data["blind"] = "ja"
    r = staff.post("/staf/nieuw", data=data, files=files)
    assert r.status_code == 303, r.text
    rid = int(r.headers["location"].rsplit("/", 1)[1])
    page = staff.get(f"/staf/ronde/{rid}").text
    chosen = re.findall(r'name="proposal" value="(\d+)" checked', page)
    assert len(chosen) >= 3
    r = staff.post(f"/staf/ronde/{rid}/open", data={"csrf": csrf, "proposal": chosen})
    assert r.status_code == 303
    return staff, csrf, rid


# --- storage ---------------------------------------------------------------------------------


def test_store_migrates_once_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = Store.open(str(path))
    assert store.version() == len(MIGRATIONS)
    assert Store.open(str(path)).migrate() == len(MIGRATIONS)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_older_database_migrates_to_the_current_schema_with_its_data(
    tmp_path: Path, monkeypatch
) -> None:
    from sqlalchemy import insert

    import rewriter.panel.store as store_module

    path = str(tmp_path / "oud.sqlite3")
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:2])
    old = Store.open(path)
    assert old.version() == 2
    item = {"title": "B", "original": "T.", "context": {}, "proposals": []}
    rid = old.create_round("Oud", "Vraag?", False, "anna", ["fatima"], [item])
    lid = old.letters(rid)[0]["id"]
    with old.tx() as conn:  # an answer as version 2 stored it: plain text
        conn.execute(
            insert(store_module.answers).values(
                letter_id=lid, member="fatima", answer="Bellen.", tone=4, comment="", created_at="x"
            )
        )
    old.engine.dispose()
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    new = Store.open(path)
    assert new.version() == len(MIGRATIONS) >= 2
    assert new.round(rid)["title"] == "Oud"
    assert new.my_answer("fatima", lid)["replies"] == ["Bellen."]  # version 3: a list
    new.login_failed("fatima")  # the table of version 2 is there
    assert not new.locked_out("fatima")


def test_broken_database_path_is_a_dutch_error(tmp_path: Path) -> None:
    bad = tmp_path / "bestand"
    bad.write_text("geen map")
    with pytest.raises(PanelError, match="database van het ouderpanel"):
        Store.open(str(bad / "sub" / "p.sqlite3"))


def test_vote_replaces_the_members_earlier_vote(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "p.sqlite3"))
    item = {
        "title": "B",
        "original": "Tekst.",
        "context": {},
        "proposals": [
            {
                "rule_id": "glossary.x",
                "entry_id": "x",
                "kind": "replace",
                "alternative": 0,
                "edits": "[]",
                "term_before": "a",
                "term_after": "b",
                "sentence_before": "a.",
                "sentence_after": "b.",
                "selected": True,
            }
        ],
    }
    rid = store.create_round("R", "V?", False, "anna", ["fatima"], [item])
    pid = store.proposals(store.letters(rid)[0]["id"])[0]["id"]
    store.vote(pid, "fatima", "beter")
    store.vote(pid, "fatima", "ander", "c")
    assert [(v["verdict"], v["alternative"]) for v in store.verdicts(rid)] == [("ander", "c")]
    with pytest.raises(PanelError, match="ander woord"):
        store.vote(pid, "fatima", "misschien")
    with pytest.raises(PanelError, match="woord op"):
        store.vote(pid, "fatima", "ander", "  ")
    with pytest.raises(PanelError, match="1 tot en met 5"):
        store.answer(store.letters(rid)[0]["id"], "fatima", ["x"], 7, "")


# --- accounts --------------------------------------------------------------------------------


def test_passwords_are_hashed_and_verified() -> None:
    hashed = hash_password("abc")
    assert "abc" not in hashed and hashed.startswith("scrypt$")
    assert verify_password("abc", hashed)
    assert not verify_password("abd", hashed)
    assert not verify_password("abc", "plain-text")


def test_config_refuses_plain_passwords_and_bad_roles(tmp_path: Path) -> None:
    from rewriter.errors import SettingsError

    with pytest.raises(SettingsError, match="hash-password"):
        PanelConfig.from_dict({"accounts": [{"user": "a", "role": "staff", "password": "x"}]})
    with pytest.raises(SettingsError, match="staff of panel"):
        PanelConfig.from_dict({"accounts": [{"user": "a", "role": "baas", "password": _hash()}]})
    with pytest.raises(SettingsError, match="Onbekende sleutel"):
        PanelConfig.from_dict({"databse": "x"})
    with pytest.raises(SettingsError, match="true of false"):
        PanelConfig.from_dict({"secure_cookie": "ja"})


def test_session_cookie_is_httponly_strict_and_secure_when_configured(
    tmp_path: Path, engine: Engine, anonymiser
) -> None:
    config = PanelConfig.from_dict(
        {
            "database": str(tmp_path / "p.sqlite3"),
            "secure_cookie": True,
            "accounts": [{"user": "anna", "role": "staff", "password": _hash()}],
        }
    )
    app = create_app(config, make_engine=lambda: engine, make_anonymiser=lambda: anonymiser)
    r = TestClient(app, follow_redirects=False).post(
        "/login", data={"user": "anna", "password": PASSWORD}
    )
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" in cookie
    assert r.headers["cache-control"] == "no-store"


def test_cli_hash_password(monkeypatch, capsys) -> None:
    from rewriter.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("welkom123\n"))
    assert main(["panel", "hash-password"]) == 0
    assert verify_password("welkom123", capsys.readouterr().out.strip())


# --- rounds and anonymisation ------------------------------------------------------------------


def test_round_holds_only_anonymised_text(app) -> None:
    _staff, _csrf, rid = make_round(app)
    store = app.state.server.store
    stored = []
    for letter in store.letters(rid):
        stored.append(letter["original"])
        stored.append(str(letter["context"]))
        for p in store.proposals(letter["id"], selected_only=False):
            stored += [p["sentence_before"], p["sentence_after"], p["term_before"]]
    blob = "\n".join(stored)
    for name in ROUND_LETTERS:
        personal = MANIFEST[name].get("personal", {})
        for kind, values in personal.items():  # names, addresses, ..., phones, emails
            for value in values:
                assert value not in blob, (kind, value)
    assert "[naam]" in blob and "[adres]" in blob and "[geboortedatum]" in blob


def test_panel_pages_serve_no_personal_data(app) -> None:
    _staff, _csrf, rid = make_round(app)
    member, _ = login(app, "fatima")
    pages = [member.get("/panel").text]
    for n in range(1, len(ROUND_LETTERS) + 1):
        r = member.get(f"/panel/ronde/{rid}/brief/{n}")
        assert r.status_code == 200
        pages.append(r.text)
    served = "\n".join(pages)
    for name in ROUND_LETTERS:
        personal = MANIFEST[name].get("personal", {})
        for kind, values in personal.items():  # names, addresses, ..., phones, emails
            for value in values:
                assert value not in served, (kind, value)


def test_vote_answer_and_results(app) -> None:
    staff, _staff_csrf, rid = make_round(app)
    member, csrf = login(app, "fatima")
    page = member.get(f"/panel/ronde/{rid}/brief/1").text
    pids = list(dict.fromkeys(re.findall(r'name="proposal" value="(\d+)"', page)))
    assert len(pids) >= 3
    verdicts = [("beter", ""), ("niet_beter", ""), ("ander", "bericht")]
    for pid, (verdict, alt) in zip(pids, verdicts, strict=False):
        r = member.post(
            "/panel/stem",
            data={"csrf": csrf, "proposal": pid, "verdict": verdict, "alternative": alt, "n": 1},
        )
        assert r.status_code == 303 and "bewaard=" in r.headers["location"]
    letter_id = re.search(r'name="letter" value="(\d+)"', page).group(1)
    r = member.post(
        "/panel/antwoord",
        data={
            "csrf": csrf,
            "letter": letter_id,
            "answer": "Ik moet binnen zes weken bellen.",
            "tone": "4",
            "comment": "Veel duidelijker.",
            "n": 1,
        },
    )
    assert r.status_code == 303
    again = member.get(r.headers["location"]).text
    assert "Uw antwoord is bewaard" in again and "✔ Bewaard: ander woord: bericht" in again

    data = service.results(app.state.server.store, rid)
    first = data["letters"][0]
    assert first["tone"] == 4.0
    assert first["questions"] == [
        {"question": service.DEFAULT_QUESTION, "answers": ["Ik moet binnen zes weken bellen."]}
    ]
    voted = [p for p in first["proposals"] if p["votes"]]
    assert [p["agreement"] for p in voted] == [100, 0, 0]
    assert voted[2]["alternatives"] == [("bericht", 1)]

    html = staff.get(f"/staf/ronde/{rid}/resultaten").text
    assert "100%" in html and "bericht (1)" in html and "Veel duidelijker." in html
    r = staff.get(f"/staf/ronde/{rid}/resultaten.csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["ronde", "brief", "voorstel"]
    assert any(row[10] == "bericht (1)" for row in rows[1:])


def test_blind_round_maps_a_and_b_back(app) -> None:
    _staff, _csrf, rid = make_round(app, blind=True)
    member, csrf = login(app, "fatima")
    page = member.get(f"/panel/ronde/{rid}/brief/1").text
    assert "Versie A" in page and "A is duidelijker" in page and "Beter</button>" not in page
    pid = int(re.search(r'name="proposal" value="(\d+)"', page).group(1))
    new_label = "A" if service.flipped("fatima", "voorstel", pid) else "B"
    member.post("/panel/stem", data={"csrf": csrf, "proposal": pid, "verdict": new_label, "n": 1})
    votes = app.state.server.store.verdicts(rid)
    assert [(v["proposal_id"], v["verdict"]) for v in votes] == [(pid, "beter")]


def test_candidates_are_queued_and_accepted_into_the_overlay(app, tmp_path: Path) -> None:
    staff, staff_csrf, rid = make_round(app)
    member, csrf = login(app, "fatima")
    store = app.state.server.store
    letter = store.letters(rid)[0]
    glossary_props = [p for p in store.proposals(letter["id"]) if p["entry_id"]]
    target = glossary_props[0]
    member.post(
        "/panel/stem",
        data={
            "csrf": csrf,
            "proposal": target["id"],
            "verdict": "ander",
            "alternative": "brief met de beslissing",
            "n": 1,
        },
    )
    r = staff.post(f"/staf/ronde/{rid}/kandidaten", data={"csrf": staff_csrf})
    assert r.status_code == 303
    # Nothing is merged automatically.
    overlay = tmp_path / "overlay.yaml"
    assert not overlay.exists()
    queue = store.candidates("open")
    cand = next(c for c in queue if c["kind"] == "alternative")
    assert cand["payload"]["text"] == "brief met de beslissing"
    page = staff.get("/staf/woordenlijst").text
    assert "brief met de beslissing" in page
    assert "Tip: De andere woorden beginnen met de of het" in page  # article advice
    assert "Zo worden de voorbeeldzinnen" in page  # a preview before anything is saved
    assert not overlay.exists()
    r = staff.post(
        f"/staf/kandidaat/{cand['id']}/aannemen",
        data={"csrf": staff_csrf, "text": "de brief met de beslissing"},
    )
    assert r.status_code == 303 and "melding=" in r.headers["location"], r.text
    assert "__line__" not in overlay.read_text(encoding="utf-8")
    entries = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    saved = next(e for e in entries if e["id"] == target["entry_id"])
    assert saved["plain"][0] == "de brief met de beslissing"  # the staff member's edit
    assert "Ouderpanel, ronde" in saved["source"]
    assert store.candidate(cand["id"])["status"] == "aangenomen"
    # Queuing again does not duplicate.
    assert service.queue_candidates(store, rid) == 0


def test_an_unusable_word_is_refused_with_the_reason(app, tmp_path: Path) -> None:
    staff, staff_csrf, rid = make_round(app)
    store = app.state.server.store
    letter = store.letters(rid)[0]
    target = next(p for p in store.proposals(letter["id"]) if p["entry_id"])
    store.vote(target["id"], "fatima", "ander", "x")
    service.queue_candidates(store, rid)
    cand = next(c for c in store.candidates("open") if c["kind"] == "alternative")
    r = staff.post(
        f"/staf/kandidaat/{cand['id']}/aannemen", data={"csrf": staff_csrf, "text": "(("}
    )
    assert r.status_code == 303 and "fout=" in r.headers["location"]
    page = staff.get(r.headers["location"]).text
    assert "Niet overgenomen" in page
    assert store.candidate(cand["id"])["status"] == "open"
    assert not (tmp_path / "overlay.yaml").exists()


def test_rejected_proposal_becomes_a_pass_example(app, tmp_path: Path, engine: Engine) -> None:
    _staff, _csrf, rid = make_round(app)
    store = app.state.server.store
    letter = store.letters(rid)[0]
    target = next(p for p in store.proposals(letter["id"]) if p["entry_id"])
    store.vote(target["id"], "fatima", "niet_beter")
    service.queue_candidates(store, rid)
    cand = next(c for c in store.candidates("open") if c["kind"] == "pass")
    overlay = tmp_path / "overlay.yaml"
    summary = service.accept_candidate(store, engine, overlay, cand["id"], "anna")
    assert "niet meer gemarkeerd" in summary
    saved = next(e for e in yaml.safe_load(overlay.read_text()) if e["id"] == target["entry_id"])
    phrase = cand["payload"]["except"]
    assert target["term_before"].strip() in phrase and phrase in saved["except"]
    assert {"pass": target["sentence_before"]} in saved["examples"]


# --- access ----------------------------------------------------------------------------------


def test_every_page_but_login_needs_a_session(app) -> None:
    anonymous = TestClient(app, follow_redirects=False)
    assert anonymous.get("/login").status_code == 200
    for path in (
        "/",
        "/panel",
        "/staf",
        "/staf/nieuw",
        "/panel/ronde/1/brief/1",
        "/staf/ronde/1/resultaten",
        "/staf/ronde/1/resultaten.csv",
        "/staf/woordenlijst",
    ):
        r = anonymous.get(path)
        assert r.status_code == 303 and r.headers["location"] == "/login", path
    for path in (
        "/panel/stem",
        "/panel/antwoord",
        "/staf/nieuw",
        "/staf/ronde/1/open",
        "/staf/kandidaat/1/aannemen",
    ):
        assert anonymous.post(path, data={}).status_code == 401, path
    assert anonymous.post("/login", data={"user": "anna", "password": "fout"}).status_code == 401


def test_password_guessing_is_slowed_down(app) -> None:
    client = TestClient(app, follow_redirects=False)
    for _ in range(5):
        r = client.post("/login", data={"user": "fatima", "password": "raden"})
        assert r.status_code == 401
    r = client.post("/login", data={"user": "fatima", "password": PASSWORD})
    assert r.status_code == 429 and "Te vaak een verkeerd wachtwoord" in r.text
    assert client.post("/login", data={"user": "anna", "password": PASSWORD}).status_code == 303


def test_panel_account_is_refused_on_staff_pages_and_other_rounds(app) -> None:
    _staff, _csrf, rid = make_round(app, members=("joost",))
    member, csrf = login(app, "fatima")
    for path in (
        "/staf",
        "/staf/nieuw",
        f"/staf/ronde/{rid}",
        f"/staf/ronde/{rid}/resultaten",
        f"/staf/ronde/{rid}/resultaten.csv",
        "/staf/woordenlijst",
    ):
        assert member.get(path).status_code == 403, path
    assert member.post(f"/staf/ronde/{rid}/kandidaten", data={"csrf": csrf}).status_code == 403
    # Not invited to this round: no page, no vote.
    assert member.get(f"/panel/ronde/{rid}/brief/1").status_code == 403
    assert "Ronde Wmo" not in member.get("/panel").text
    pid = app.state.server.store.proposals(app.state.server.store.letters(rid)[0]["id"])[0]["id"]
    r = member.post("/panel/stem", data={"csrf": csrf, "proposal": pid, "verdict": "beter"})
    assert r.status_code == 403
    assert app.state.server.store.verdicts(rid) == []


def test_a_member_sees_only_their_own_votes(app) -> None:
    _staff, _csrf, rid = make_round(app, members=("fatima", "joost"))
    store = app.state.server.store
    pid = store.proposals(store.letters(rid)[0]["id"])[0]["id"]
    store.vote(pid, "joost", "ander", "joostwoord")
    member, _ = login(app, "fatima")
    assert "joostwoord" not in member.get(f"/panel/ronde/{rid}/brief/1").text


def test_post_without_csrf_token_is_refused(app) -> None:
    _staff, _csrf, rid = make_round(app)
    member, _ = login(app, "fatima")
    store = app.state.server.store
    pid = store.proposals(store.letters(rid)[0]["id"])[0]["id"]
    r = member.post("/panel/stem", data={"proposal": pid, "verdict": "beter"})
    assert r.status_code == 403
    assert store.verdicts(rid) == []


def test_concept_round_is_invisible_to_the_panel(app, engine: Engine, anonymiser) -> None:
    store = app.state.server.store
    rid = service.create_round(
        store,
        engine,
        anonymiser,
        title="Concept",
        letters=[service.LetterInput("B", (LETTERS / ROUND_LETTERS[0]).read_text())],
        members=["fatima"],
        created_by="anna",
    )
    member, _ = login(app, "fatima")
    assert member.get(f"/panel/ronde/{rid}/brief/1").status_code == 403


def test_logout_ends_the_session(app) -> None:
    member, csrf = login(app, "fatima")
    assert member.post("/uitloggen", data={"csrf": csrf}).status_code == 303
    assert member.get("/panel").headers["location"] == "/login"


def test_panel_pages_speak_plain_dutch(app, engine: Engine) -> None:
    """What the panel pages themselves say (not the letters) scores B1 or easier."""
    from bs4 import BeautifulSoup

    from rewriter.pipeline import check

    _staff, _csrf, rid = make_round(app)
    member, _ = login(app, "fatima")
    texts = []
    for path in ("/panel", f"/panel/ronde/{rid}/brief/1"):
        soup = BeautifulSoup(member.get(path).text, "html.parser")
        for node in soup.select(".brief, .versie, h1, header, title, style, mark, del"):
            node.decompose()  # letter text, its title and the change itself
        texts.append(soup.get_text("\n"))
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    own = ". ".join(dict.fromkeys(lines))
    scores = check(own, engine).scores
    assert scores.words > 150, own  # the instructions, buttons and questions are all there
    assert scores.cefr in ("A2", "B1"), (scores, own)


def test_a_round_with_two_questions(app, engine: Engine, anonymiser) -> None:
    store = app.state.server.store
    rid = service.create_round(
        store,
        engine,
        anonymiser,
        title="Twee vragen",
        letters=[service.LetterInput("B", (LETTERS / ROUND_LETTERS[0]).read_text())],
        members=["fatima"],
        created_by="anna",
        question="Wat moet u doen?\n\nWie belt u als u een vraag heeft?",
    )
    letter = store.letters(rid)[0]
    ids = [p["id"] for p in store.proposals(letter["id"], selected_only=False)]
    service.open_round(store, engine, rid, ids[:2])
    member, csrf = login(app, "fatima")
    page = member.get(f"/panel/ronde/{rid}/brief/1").text
    assert "Wie belt u als u een vraag heeft?" in page and 'name="answer_2"' in page
    member.post(
        "/panel/antwoord",
        data={
            "csrf": csrf,
            "letter": letter["id"],
            "answer": "Bellen.",
            "answer_2": "Ans.",
            "n": 1,
        },
    )
    data = service.results(store, rid)["letters"][0]["questions"]
    assert [q["answers"] for q in data] == [["Bellen."], ["Ans."]]
    assert "Wie belt u als u een vraag heeft? Ans." in service.results_csv(store, rid)
    with pytest.raises(PanelError, match="hooguit 3"):
        service.create_round(
            store, engine, anonymiser, title="Veel", members=["fatima"], created_by="anna",
            letters=[service.LetterInput("B", "Tekst.")], question="a\nb\nc\nd",
        )  # fmt: skip
