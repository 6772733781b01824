"""Issue 14 item 13: overlay changes from the web app are signed in, logged and undoable,
and an entry whose own examples make a letter worse (a de/het swap) is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rewriter import workbench as wb
from rewriter.engine import Engine
from rewriter.errors import GlossaryError
from rewriter.overlay_admin import OverlayAccessError, OverlayAdmin, log_path, sign_in
from rewriter.panel.config import hash_password
from rewriter.settings import Settings

PASSWORD = "medewerker-wachtwoord"
GOOD = (
    "buurtkamer", "replace", "de buurtkamer", "het buurthuis", "Zo heet het hier.",
    "U bent welkom in de [buurtkamer].", "U bent welkom in het buurthuis.", "De kamer is klein.",
)  # fmt: skip


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.create(Settings())


@pytest.fixture
def accounts(tmp_path: Path) -> Path:
    hashed = hash_password(PASSWORD, salt=b"a" * 16)
    path = tmp_path / "panel.toml"
    path.write_text(
        f'[[accounts]]\nuser = "anna"\nrole = "staff"\npassword = "{hashed}"\n'
        f'[[accounts]]\nuser = "fatima"\nrole = "panel"\npassword = "{hashed}"\n',
        encoding="utf-8",
    )
    return path


def test_only_staff_sign_in(accounts: Path) -> None:
    assert sign_in(accounts, "Anna", PASSWORD).user == "anna"  # name in any case
    with pytest.raises(OverlayAccessError, match="Alleen medewerkers"):
        sign_in(accounts, "fatima", PASSWORD)
    with pytest.raises(OverlayAccessError, match="klopt niet"):
        sign_in(accounts, "anna", "fout")
    with pytest.raises(OverlayAccessError, match="geen accountbestand"):
        sign_in(None, "anna", PASSWORD)


def test_writing_needs_a_signed_in_user(tmp_path: Path, engine: Engine) -> None:
    admin = OverlayAdmin(tmp_path / "overlay.yaml")
    with pytest.raises(OverlayAccessError, match="Meld u eerst aan"):
        admin.save(wb.overlay_entry(*GOOD), engine, "")
    with pytest.raises(OverlayAccessError, match="Meld u eerst aan"):
        admin.disable("beschikking", "")
    assert not (tmp_path / "overlay.yaml").exists()


def test_changes_are_logged_and_the_last_can_be_undone(tmp_path: Path, engine: Engine) -> None:
    overlay = tmp_path / "overlay.yaml"
    admin = OverlayAdmin(overlay)
    admin.save(wb.overlay_entry(*GOOD), engine, "anna")
    after_save = overlay.read_text(encoding="utf-8")
    admin.disable("beschikking", "bert")
    assert "disabled" in overlay.read_text(encoding="utf-8")
    records = [json.loads(x) for x in log_path(overlay).read_text(encoding="utf-8").splitlines()]
    assert [(r["wie"], r["actie"], r["id"]) for r in records] == [
        ("anna", "opslaan", "buurtkamer"),
        ("bert", "uitzetten", "beschikking"),
    ]
    assert all(r["wanneer"] for r in records)
    undone = admin.undo("anna")
    assert undone["actie"] == "uitzetten"
    assert overlay.read_text(encoding="utf-8") == after_save
    admin.undo("anna")
    assert not overlay.exists()  # back to no overlay at all
    with pytest.raises(OverlayAccessError, match="geen wijziging"):
        admin.undo("anna")
    history = admin.history()
    assert [h["actie"] for h in history] == ["ongedaan", "ongedaan", "uitzetten", "opslaan"]
    assert all("voor" not in h for h in history)
    assert len(log_path(overlay).read_text(encoding="utf-8").splitlines()) == 4  # append-only


def test_a_de_het_swap_is_refused_in_dutch(tmp_path: Path, engine: Engine) -> None:
    admin = OverlayAdmin(tmp_path / "overlay.yaml")
    bare = wb.overlay_entry(
        "de-het", "replace", "de", "het", "x", "Wij sturen u [de] beschikking.",
        "Wij sturen u het beschikking.", "Het huis is groot.",
    )  # fmt: skip
    with pytest.raises(GlossaryError, match="lidwoord"):
        admin.save(bare, engine, "anna")
    swap = wb.overlay_entry(
        "lidwoord", "replace", "de beschikking", "het beschikking", "x",
        "Wij sturen u [de beschikking].", "Wij sturen u het beschikking.", "Het huis is groot.",
    )  # fmt: skip
    with pytest.raises(GlossaryError, match="slechter"):
        admin.save(swap, engine, "anna")
    assert not (tmp_path / "overlay.yaml").exists()
    assert not log_path(tmp_path / "overlay.yaml").exists()
    # a new word with its own article is fine
    fine = wb.overlay_entry(
        "beschikking-besluit", "replace", "de beschikking", "het besluit", "x",
        "Wij sturen u de [beschikking].", "Wij sturen u het besluit.", "Het huis is groot.",
    )  # fmt: skip
    admin.save(fine, engine, "anna")
