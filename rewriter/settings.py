"""Settings: defaults in code, overridable from a TOML file (unknown keys refused)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from rewriter.errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    """Thresholds and paths; every field has a sensible default."""

    long_sentence_words: int = 20
    rare_word_zipf: float = 2.5
    max_letter_chars: int = 200_000
    glossary_dir: str | None = None
    glossary_overlay: str | None = None
    disabled_rules: tuple[str, ...] = ()

    @classmethod
    def from_toml(cls, path: str | Path) -> Settings:
        """Read settings from a TOML file; refuse unknown keys with the list of valid ones."""
        try:
            data: dict[str, Any] = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"Instellingen niet te lezen uit {path}: {exc}") from exc
        return cls().updated(data, source=str(path))

    def updated(self, data: dict[str, Any], source: str = "instellingen") -> Settings:
        """Return a copy with `data` applied; refuse unknown keys."""
        valid = {f.name for f in fields(self)}
        unknown = set(data) - valid
        if unknown:
            raise SettingsError(
                f"Onbekende sleutel(s) {', '.join(sorted(unknown))} in {source}. "
                f"Geldige sleutels: {', '.join(sorted(valid))}."
            )
        if "disabled_rules" in data:
            data = {**data, "disabled_rules": tuple(data["disabled_rules"])}
        return replace(self, **data)

    def rule_enabled(self, rule_id: str) -> bool:
        """Return False when `rule_id` or one of its dotted prefixes is disabled."""
        return not any(rule_id == d or rule_id.startswith(d + ".") for d in self.disabled_rules)
