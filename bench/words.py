"""Simpler words: how many single-hard-word sentences are flagged, and how many get a
fitting simpler word among the first three offered.

    python -m bench.words [YAML ...] [--dev] [--misses]

Each YAML item is one sentence with one hard word and the simpler words that fit there,
written by a person (an independent count, never the tool's own findings):

    - sentence: "Momenteel is de wachttijd zes weken."
      word: Momenteel
      fitting: [nu, op dit moment]

Other key names are read too (text/zin, hard/target/woord, ok/alternatives/accept/simpler/
eenvoudiger), and a sentence may mark its word as [word] instead of giving `word`.
Flagged: a word-level finding (glossary or rare word) overlaps the word. Fitting in top 3:
one of the first three replacements of such a finding equals a fitting word after
lower-casing and dropping an article, or shares a lemma with a one-word fitting word.
Without arguments it measures the frozen evaluation set (bench/eval/hard_words.yaml) when
it is there, and the development set (tests/data/hard_words_dev.yaml).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from rewriter.engine import Engine
from rewriter.pipeline import check
from rewriter.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "bench" / "eval" / "hard_words.yaml"
DEV = ROOT / "tests" / "data" / "hard_words_dev.yaml"
WORD_LEVEL = RULES.names(lambda c: c.word_level)
_ARTICLE = re.compile(r"^(?:de|het|een)\s+")


@dataclass(frozen=True)
class Item:
    """One sentence with one hard word and the simpler words that fit there."""

    sentence: str
    start: int
    end: int
    fitting: tuple[str, ...]


def _first(raw: dict[str, Any], *keys: str) -> Any:
    return next((raw[k] for k in keys if k in raw), None)


def load_items(path: Path) -> list[Item]:
    """Read a hard-word set (see the module docstring for the accepted keys)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = _first(data, "items", "sentences", "zinnen") or []
    items = []
    for raw in data:
        sentence = str(_first(raw, "sentence", "text", "zin"))
        word = _first(raw, "word", "hard", "target", "woord", "hard_word")
        mark = re.search(r"\[([^\]]+)\]", sentence)
        if mark:
            word = word or mark.group(1)
            sentence = sentence[: mark.start()] + mark.group(1) + sentence[mark.end() :]
        fitting = _first(
            raw, "fitting", "ok", "alternatives", "accept", "simpler", "eenvoudiger", "plain"
        )
        fitting = [fitting] if isinstance(fitting, str) else list(fitting or [])
        start = sentence.find(str(word))
        if start < 0:
            start = sentence.lower().find(str(word).lower())
        if start < 0:
            raise ValueError(f"{path}: {word!r} not in {sentence!r}")
        items.append(Item(sentence, start, start + len(str(word)), tuple(map(str, fitting))))
    return items


def _norm(text: str) -> str:
    return _ARTICLE.sub("", text.strip().lower())


def _fits(replacement: str, fitting: tuple[str, ...], engine: Engine) -> bool:
    rep = _norm(replacement)
    wanted = {_norm(f) for f in fitting}
    if rep in wanted:
        return True
    lem = engine.resources.lemmatizer
    if " " in rep:
        return False
    lemmas = lem.lemmas(rep) | {rep}
    return any(" " not in w and (lem.lemmas(w) | {w}) & lemmas for w in wanted)


def measure(items: list[Item], engine: Engine) -> dict[str, Any]:
    """Return counts: flagged, fitting in top 3, and the misses."""
    flagged = fitting = 0
    misses: list[str] = []
    for item in items:
        report = check(item.sentence, engine)
        hits = [
            f
            for f in report.findings
            if f.category in WORD_LEVEL and f.start < item.end and item.start < f.end
        ]
        word = item.sentence[item.start : item.end]
        if not hits:
            misses.append(f"not flagged: {word}")
            continue
        flagged += 1
        offered = [r for f in hits for r in f.replacements[:3]]
        if any(_fits(r, item.fitting, engine) for r in offered):
            fitting += 1
        else:
            misses.append(f"no fitting word: {word} -> {offered[:3]}")
    return {"n": len(items), "flagged": flagged, "fitting": fitting, "misses": misses}


def report(path: Path, engine: Engine, show_misses: bool = False) -> dict[str, Any]:
    """Print the figures for one set and return them."""
    result = measure(load_items(path), engine)
    n = result["n"] or 1
    print(
        f"{path.name}: {result['n']} sentences; flagged {result['flagged']} "
        f"({result['flagged'] / n:.0%}, target >= 85%); fitting word in top 3 "
        f"{result['fitting']} ({result['fitting'] / n:.0%}, target >= 60%)"
    )
    if show_misses:
        for miss in result["misses"]:
            print(f"  {miss}")
    return result


def bench_words(engine: Engine, paths: list[Path] | None = None, misses: bool = False) -> None:
    """The `make bench` section: the frozen set (when present) and the development set."""
    print("## simpler words (single hard word per sentence)")
    for path in paths or [p for p in (FROZEN, DEV) if p.exists()]:
        report(path, engine, misses)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.words")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--dev", action="store_true", help="only the development set")
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    args = parser.parse_args()
    paths = [DEV] if args.dev else args.paths or None
    bench_words(Engine.create(), paths, args.misses)


if __name__ == "__main__":
    main()
