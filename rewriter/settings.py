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
    max_letter_chars: int = 200_000  # longer letters are refused at the input gate
    max_letter_bytes: int = 20 * 1024 * 1024  # size of a letter file (.docx/.pdf with images)
    # The web app (rewriter/lanes.py): events of one kind running at once; letters longer
    # than `heavy_letter_chars` take one of `heavy_slots` (more are refused until one is
    # free), so long letters never hold every slot; an analysis stops at its next stage
    # once it has run `analysis_budget_s` seconds. The threads share one core (the GIL):
    # 2 keeps one slot for short letters; 4 gave no more throughput in bench/load.py.
    web_concurrency: int = 2
    heavy_letter_chars: int = 20_000
    heavy_slots: int = 1
    analysis_budget_s: float = 60.0
    # A long letter is analysed in a worker process (rewriter/lanes.py) that is killed at
    # the budget, and recycled (its memory returned) after `heavy_worker_letters` letters,
    # above `heavy_worker_rss_mb` resident, or after `heavy_worker_idle_s` without work.
    heavy_worker: bool = True
    heavy_worker_letters: int = 10
    heavy_worker_rss_mb: int = 1500
    heavy_worker_idle_s: float = 30.0
    glossary_dir: str | None = None
    glossary_overlay: str | None = None
    disabled_rules: tuple[str, ...] = ()
    # Neural rewriting (optional, rewriter/neural): off unless configured here. "transformers"
    # loads `neural_model_dir` in process; "http" calls the OpenAI-compatible endpoint at
    # `neural_base_url` that the municipality runs itself. There is no default endpoint.
    neural_backend: str = ""
    neural_model_dir: str = ""
    neural_base_url: str = ""
    neural_model: str = ""
    neural_api_key_env: str = ""
    neural_timeout: float = 120.0
    # The domain of the letters when it is known (jeugd, wmo, participatie, schulden,
    # leerplicht, algemeen); None: estimated per letter from its words (rewriter/sense.py).
    domain: str | None = None

    @classmethod
    def from_toml(cls, path: str | Path) -> Settings:
        """Read settings from a TOML file; refuse unknown keys with the list of valid ones."""
        return cls().updated(read_toml(path, "Instellingen"), source=str(path))

    def updated(self, data: dict[str, Any], source: str = "instellingen") -> Settings:
        """Return a copy with `data` applied; refuse unknown keys."""
        refuse_unknown(data, {f.name for f in fields(self)}, source)
        if "disabled_rules" in data:
            data = {**data, "disabled_rules": tuple(data["disabled_rules"])}
        if data.get("domain") is not None:
            from rewriter.glossary import DOMAINS

            if data["domain"] not in DOMAINS:
                raise SettingsError(
                    f"Onbekend domein {data['domain']!r} in {source}. "
                    f"Kies uit: {', '.join(DOMAINS)}."
                )
        return replace(self, **data)

    def rule_enabled(self, rule_id: str) -> bool:
        """Return False when `rule_id` or one of its dotted prefixes is disabled."""
        return not any(rule_id == d or rule_id.startswith(d + ".") for d in self.disabled_rules)


def read_toml(path: str | Path, what: str) -> dict[str, Any]:
    """Read a TOML file; a missing or broken file is a SettingsError in Dutch."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{what} niet te lezen uit {Path(path).name}: {exc}") from exc


def refuse_unknown(data: dict[str, Any], valid: set[str], source: str) -> None:
    """Raise a SettingsError that lists the valid keys when `data` has unknown ones."""
    unknown = set(data) - valid
    if unknown:
        raise SettingsError(
            f"Onbekende sleutel(s) {', '.join(sorted(unknown))} in {source}. "
            f"Geldige sleutels: {', '.join(sorted(valid))}."
        )
