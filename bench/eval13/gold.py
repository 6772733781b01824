"""Loader for the thirteenth frozen evaluation set in bench/eval13/.

The records use exactly the format of bench/eval/gold.yaml (documented in
bench/eval/README.md), so validation is delegated to the first set's
validator. That validator checks the letter file against its own letters
directory; we check the file here, in bench/eval13/letters, and hand the
validator a stand-in file name that exists there, then restore ours.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from bench.eval import gold as first
from bench.eval.gold import GoldError, LetterGold

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold.yaml"

__all__ = ["GOLD", "LETTERS", "GoldError", "LetterGold13", "load_gold"]


@dataclass(frozen=True)
class LetterGold13(LetterGold):
    """A record of this set: the same fields, the letter read from bench/eval13/letters."""

    @property
    def path(self) -> Path:
        return LETTERS / self.file


def _stand_in() -> str:
    return min(p.name for p in first.LETTERS.iterdir() if p.suffix in (".txt", ".docx"))


def load_gold(path: Path = GOLD) -> list[LetterGold13]:
    """All letter records of this set's gold.yaml, validated for shape."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise GoldError(f"{path.name}: expected a list of records")
    stand_in = _stand_in()
    out: list[LetterGold13] = []
    seen: set[str] = set()
    for n, rec in enumerate(data):
        where = first._where(path, n, rec)
        if not isinstance(rec, dict):
            raise GoldError(f"{where}: expected a mapping, got {rec!r}")
        file = first._str(rec, "file", where)
        if not (LETTERS / file).is_file():
            raise GoldError(f"{where}: letter file {file} does not exist in {LETTERS}")
        if file in seen:
            raise GoldError(f"{where}: {file} annotated twice")
        seen.add(file)
        checked = first._letter({**rec, "file": stand_in}, where)
        values = {f.name: getattr(checked, f.name) for f in fields(checked)}
        out.append(LetterGold13(**{**values, "file": file}))
    return out
