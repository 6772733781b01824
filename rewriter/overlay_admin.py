"""Attributed, reviewable changes to the municipality's glossary overlay from the web app.

Only a staff account of the panel's account file (panel.toml, scrypt hashes; checked by
`rewriter.panel.config`) may write the overlay. Every change is appended to a change log
next to the overlay (`<overlay>.wijzigingen.jsonl`: who, when, what, and the overlay's
text before the change), so it can be reviewed and the last change undone. The log is
append-only: an undo is one more line.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rewriter import workbench as wb
from rewriter.engine import Engine
from rewriter.errors import RewriterError, SettingsError
from rewriter.glossary import Entry
from rewriter.panel.config import Account, PanelConfig


class OverlayAccessError(RewriterError):
    """Writing the overlay is not allowed (not signed in, no accounts)."""


def log_path(overlay: Path) -> Path:
    """The change log that belongs to an overlay file."""
    return overlay.with_name(overlay.name + ".wijzigingen.jsonl")


def sign_in(accounts: Path | None, user: str, password: str) -> Account:
    """The staff account for a name and password; Dutch errors otherwise."""
    if accounts is None or not accounts.exists():
        raise OverlayAccessError(
            "Er is geen accountbestand ingesteld (panel.toml). Vraag de beheerder om "
            "KEUKENTAFELTAAL_ACCOUNTS in te stellen."
        )
    try:
        config = PanelConfig.from_toml(accounts)
    except SettingsError as exc:
        raise OverlayAccessError(exc.message) from exc
    account = config.login(user, password)
    if account is None:
        raise OverlayAccessError("Naam of wachtwoord klopt niet.")
    if account.role != "staff":
        raise OverlayAccessError(
            "Alleen medewerkers van de gemeente kunnen de woordenlijst wijzigen."
        )
    return account


@dataclass
class OverlayAdmin:
    """Writes the overlay on behalf of a signed-in staff member and keeps the change log."""

    overlay: Path
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def save(self, raw: dict[str, Any], engine: Engine, user: str) -> Entry:
        """Check and save an entry (see `workbench.save_overlay_entry`), logged."""
        _require(user)
        with self._lock:
            before = self._text()
            entry = wb.save_overlay_entry(self.overlay, raw, engine)
            self._log(user, "opslaan", raw.get("id", ""), before, raw)
        return entry

    def disable(self, entry_id: str, user: str) -> None:
        """Switch an entry off, logged."""
        _require(user)
        with self._lock:
            before = self._text()
            wb.disable_entry(self.overlay, entry_id)
            self._log(user, "uitzetten", entry_id, before, {"id": entry_id, "disabled": True})

    def undo(self, user: str) -> dict[str, Any]:
        """Undo the last change that is not undone yet; return its log record."""
        _require(user)
        with self._lock:
            open_changes = self._open_changes()
            if not open_changes:
                raise OverlayAccessError("Er is geen wijziging om ongedaan te maken.")
            last = open_changes[-1]
            previous = last["voor"]
            before = self._text()
            if previous is None:
                self.overlay.unlink(missing_ok=True)
            else:
                _write_text_atomic(self.overlay, previous)
            self._log(user, "ongedaan", last["id"], before, {"ongedaan": last["nummer"]})
        return last

    def history(self, limit: int = 10) -> list[dict[str, Any]]:
        """The last changes, newest first (without the stored overlay texts)."""
        records = self._records()[-limit:]
        return [{k: v for k, v in r.items() if k not in ("voor",)} for r in reversed(records)]

    # --- internals ----------------------------------------------------------------------

    def _text(self) -> str | None:
        return self.overlay.read_text(encoding="utf-8") if self.overlay.exists() else None

    def _records(self) -> list[dict[str, Any]]:
        path = log_path(self.overlay)
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def _open_changes(self) -> list[dict[str, Any]]:
        stack: list[dict[str, Any]] = []
        for record in self._records():
            if record["actie"] == "ongedaan":
                if stack:
                    stack.pop()
            else:
                stack.append(record)
        return stack

    def _log(
        self, user: str, action: str, entry_id: str, before: str | None, what: dict[str, Any]
    ) -> None:
        path = log_path(self.overlay)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {
            "nummer": len(self._records()) + 1,
            "wanneer": datetime.now(UTC).isoformat(timespec="seconds"),
            "wie": user,
            "actie": action,
            "id": entry_id,
            "wat": what,
            "voor": before,
        }
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()


def _require(user: str) -> None:
    if not user:
        raise OverlayAccessError("Meld u eerst aan als medewerker om de woordenlijst te wijzigen.")


def _write_text_atomic(path: Path, text: str) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".woordenlijst-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    Path(tmp).replace(path)
