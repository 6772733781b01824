"""Listed jargon left after a rewrite, on the frozen evaluation sets.

    python -m bench.jargon_left [--top N] [--accept safe|all ...]

Each letter of bench/eval, bench/eval2, ..., bench/eval17 has a gold `jargon` list written
by a person.
For every listed string (each distinct spelling once, compared case-insensitively) we
count its occurrences in the original letter and in the rewritten letter: case-insensitive,
at word boundaries, any run of white space matching any other. That is an independent
count; the tool's own findings are never used. An occurrence is "left" when the string
still occurs after the rewrite (at most as often as before), so

    left = sum(min(after, before)) / sum(before)

over all listed strings of all letters of a set. Target: <= 25 % after `--accept safe`.
The most frequent remaining strings are printed to show where the gap is; do not add
glossary entries copied from these letters (the sets are frozen). Sets 3 to 7 were held
out for jargon until words8, sets 7 to 10 until words15, sets 11 and 12 until words16: from
then on sets 1-12 may be read for words work, and sets 13 to 15 stay held out: only their
figures are printed.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from rewriter.engine import Engine
from rewriter.readers import read_text
from rewriter.rewrite import rewrite

ROOT = Path(__file__).resolve().parent.parent
_NAMES = ("eval", *(f"eval{n}" for n in range(2, 18)))  # eval, eval2, ..., eval17
SETS = tuple(ROOT / "bench" / name for name in _NAMES)
# figures only: their remaining strings are never printed
HELD_OUT = {"eval13", "eval14", "eval15", "eval16", "eval17"}
TARGET = 0.25


def occurrences(phrase: str, text: str) -> int:
    """How often `phrase` occurs in `text`: case-insensitive, at word boundaries."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return 0
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


@dataclass
class SetResult:
    name: str
    letters: int
    before: int
    left: int
    remaining: Counter

    @property
    def share(self) -> float:
        return self.left / self.before if self.before else 0.0


def load_set(folder: Path) -> list[tuple[str, str, list[str]]]:
    """(file name, letter text, distinct jargon strings) for each letter with a jargon list."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for record in gold:
        seen: dict[str, str] = {}
        for phrase in record.get("jargon") or []:
            seen.setdefault(" ".join(str(phrase).split()).lower(), str(phrase))
        text = read_text(folder / "letters" / record["file"])
        out.append((record["file"], text, list(seen.values())))
    return out


def measure(engine: Engine, folder: Path, accept: str) -> SetResult:
    letters = load_set(folder)
    before_total = left_total = 0
    remaining: Counter = Counter()
    for _name, text, jargon in letters:
        if not jargon:
            continue
        out = rewrite(text, engine, accept).text
        for phrase in jargon:
            before = occurrences(phrase, text)
            left = min(before, occurrences(phrase, out))
            before_total += before
            left_total += left
            if left:
                remaining[phrase.lower()] += left
    return SetResult(folder.name, len(letters), before_total, left_total, remaining)


def bench_jargon_left(
    engine: Engine, accepts: tuple[str, ...] = ("safe", "all"), top: int = 25
) -> dict[tuple[str, str], SetResult]:
    """Print the share of listed jargon left per set and accept level; return the results."""
    results = {}
    print("## listed jargon left after rewriting (frozen sets, independent count)")
    for folder in SETS:
        if not (folder / "gold.yaml").exists():
            print(f"{folder.name}: no gold.yaml; skipped")
            continue
        for accept in accepts:
            r = measure(engine, folder, accept)
            results[(folder.name, accept)] = r
            verdict = ""
            if accept == "safe":
                verdict = "   (target <= 25 %: " + ("OK" if r.share <= TARGET else "ABOVE") + ")"
            print(
                f"{r.name:6s} --accept {accept:4s}: {r.left:4d} of {r.before:4d} occurrences left "
                f"= {100 * r.share:5.1f} %{verdict}"
            )
            if accept == "safe" and top and folder.name not in HELD_OUT:
                items = ", ".join(f"{p} ({n})" for p, n in r.remaining.most_common(top))
                print(f"{'':6s} most frequent left: {items}")
    print()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.jargon_left")
    parser.add_argument("--top", type=int, default=25, help="remaining items to list (0: none)")
    parser.add_argument("--accept", nargs="*", default=["safe", "all"])
    args = parser.parse_args()
    bench_jargon_left(Engine.create(), tuple(args.accept), args.top)


if __name__ == "__main__":
    main()
