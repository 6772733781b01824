"""Loader for the seventeenth frozen evaluation set in bench/eval17/.

The records use exactly the format of bench/eval/gold.yaml (documented in
bench/eval/README.md); `bench.eval.gold.load_set` reads and validates them, with the
letter files in bench/eval17/letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.eval.gold import GoldError, LetterGold, load_set

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold.yaml"

__all__ = ["GOLD", "LETTERS", "GoldError", "LetterGold17", "load_gold"]


@dataclass(frozen=True)
class LetterGold17(LetterGold):
    """A record of this set: the same fields, the letter read from bench/eval17/letters."""

    @property
    def path(self) -> Path:
        return LETTERS / self.file


def load_gold(path: Path = GOLD) -> list[LetterGold17]:
    """All letter records of this set's gold.yaml, validated for shape."""
    return load_set(path, LETTERS, LetterGold17)
