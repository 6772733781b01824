"""Panel configuration: database, glossary overlay and accounts with hashed passwords.

Example `panel.toml`:

    database = "data/ouderpanel.sqlite3"   # or a URL: "postgresql+psycopg://user@host/db"
    glossary_overlay = "data/woordenlijst-gemeente.yaml"
    secure_cookie = true                    # when served over HTTPS (reverse proxy)

    [[accounts]]
    user = "anna"
    role = "staff"                          # staff or panel
    password = "scrypt$16384$8$1$..."       # from: rewriter panel hash-password

Passwords are hashed with scrypt (standard library); the plain password is
never stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rewriter.errors import SettingsError
from rewriter.settings import read_toml, refuse_unknown

ROLES = ("staff", "panel")
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    """Return 'scrypt$N$r$p$salt$hash' for a password."""
    if not password:
        raise SettingsError("Een leeg wachtwoord kan niet.")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(("scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def verify_password(password: str, stored: str) -> bool:
    """Check a password against a stored hash in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.urlsafe_b64decode(digest + "==")
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.urlsafe_b64decode(salt + "=="),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


@dataclass(frozen=True)
class Account:
    """A staff member or panel member."""

    user: str
    role: str
    password: str  # scrypt hash
    name: str = ""

    @property
    def display_name(self) -> str:
        """How the account is named on pages."""
        return self.name or self.user


@dataclass(frozen=True)
class PanelConfig:
    """Everything the panel server needs."""

    database: str = "data/ouderpanel.sqlite3"
    glossary_overlay: str = "data/woordenlijst-gemeente.yaml"
    accounts: tuple[Account, ...] = ()
    # Where staff round creation reads settings for the engine (thresholds etc.).
    settings: str | None = None
    # Behind HTTPS (a reverse proxy), set true: the session cookie is then sent over HTTPS only.
    secure_cookie: bool = False

    @classmethod
    def from_toml(cls, path: str | Path) -> PanelConfig:
        """Read and validate a panel configuration file (Dutch errors)."""
        data = read_toml(path, "Instellingen van het ouderpanel")
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "panel.toml") -> PanelConfig:
        """Validate a configuration mapping."""
        refuse_unknown(
            data,
            {"database", "glossary_overlay", "accounts", "settings", "secure_cookie"},
            source,
        )
        if not isinstance(data.get("secure_cookie", False), bool):
            raise SettingsError(f"secure_cookie in {source} moet true of false zijn.")
        accounts = []
        seen: set[str] = set()
        for i, raw in enumerate(data.get("accounts", []), start=1):
            if not isinstance(raw, dict):
                raise SettingsError(f"Account {i} in {source} is geen tabel.")
            refuse_unknown(raw, {"user", "role", "password", "name"}, f"account {i} in {source}")
            user = str(raw.get("user", "")).strip()
            role = str(raw.get("role", ""))
            password = str(raw.get("password", ""))
            if not user:
                raise SettingsError(f"Account {i} in {source} heeft geen gebruikersnaam (user).")
            if user.casefold() in seen:
                raise SettingsError(f"Gebruikersnaam '{user}' staat twee keer in {source}.")
            if role not in ROLES:
                raise SettingsError(
                    f"Account '{user}' in {source}: rol moet staff of panel zijn, niet '{role}'."
                )
            if not password.startswith("scrypt$"):
                raise SettingsError(
                    f"Account '{user}' in {source}: het wachtwoord moet een hash zijn. "
                    "Maak die met: rewriter panel hash-password"
                )
            seen.add(user.casefold())
            accounts.append(Account(user, role, password, str(raw.get("name", ""))))
        return cls(
            database=str(data.get("database", cls.database)),
            glossary_overlay=str(data.get("glossary_overlay", cls.glossary_overlay)),
            accounts=tuple(accounts),
            settings=data.get("settings"),
            secure_cookie=data.get("secure_cookie", False),
        )

    def account(self, user: str) -> Account | None:
        """The account with this user name, whatever the case ("Fatima" is fatima: a phone
        capitalises the first letter it is typed)."""
        key = user.strip().casefold()
        return next((a for a in self.accounts if a.user.casefold() == key), None)

    def login(self, user: str, password: str) -> Account | None:
        """The account when the password is right; None otherwise (same time either way)."""
        account = self.account(user.strip())
        if account is None:
            verify_password(password, _DUMMY)
            return None
        return account if verify_password(password, account.password) else None

    def panel_members(self) -> list[Account]:
        """Accounts with the panel role."""
        return [a for a in self.accounts if a.role == "panel"]


_DUMMY = hash_password("niet-bestaand-account", salt=b"0" * 16)
