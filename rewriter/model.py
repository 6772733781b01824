"""Value types shared by analysers, proposals and shells."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Finding categories and every fact about them: rewriter/rules.py.


class Severity(StrEnum):
    """How strongly a finding asks for a change."""

    HINT = "hint"
    SUGGESTION = "suggestion"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        """Return 0 for hint, 1 for suggestion, 2 for warning."""
        return ("hint", "suggestion", "warning").index(self.value)


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation about the letter, with a span into the original text."""

    rule_id: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    replacements: tuple[str, ...] = ()
    entry_id: str | None = None
    form: str = ""  # how a glossary term matched: exact, plural, compound, split-verb, ...
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the schema-1 JSON form of this finding."""
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "replacements": list(self.replacements),
        }

    def get(self, key: str, default: Any = None) -> Any:
        """Return a value from `extra`."""
        return dict(self.extra).get(key, default)
