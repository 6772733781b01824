"""Calibrate the CEFR points model on the City of Amsterdam complex/simple sentence pairs.

Usage (from anywhere):
    .venv/bin/python bench/calibrate_cefr.py [CSV] [--features] [--jargon]

The CSV defaults to ../shared/data/amsterdam-municipal/complex-simple-dev.csv relative to the
repository root. Sentences are grouped per Document ID into one complex and one simple text.
For each side the script prints the distribution of estimated CEFR levels, the mean
Flesch-Douma and Brouwer scores, and the share of documents where the simple text is rated
easier than or equal to the complex text. --features also prints feature percentiles and the
points that each rule hands out per side. --jargon runs the glossary over every document (as
`rewriter check` counts jargon words), prints the jargon shares per side and scores a grid of
jargon steps with the other steps fixed (this is how the jargon steps in CEFR_RULES were set).
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from rewriter.scoring import (  # noqa: E402
    CEFR_RULES,
    LONG_WORD_SYLLABLES,
    Scores,
    cefr_points,
    compute_scores,
    count_syllables,
    sentence_difficulty,
)

DEFAULT_CSV = (
    REPO_ROOT.parent / "shared" / "data" / "amsterdam-municipal" / "complex-simple-dev.csv"
)
LEVELS = ("A2", "B1", "B2", "C1")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# The publisher anonymised names, numbers etc. as [NAME], [NUMBER], ... Numbers become a digit
# token (1 syllable, never rare); other placeholders become a short neutral token.
PLACEHOLDER = re.compile(r"\[([A-Z_]+)\]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9À-Ý])")
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


@dataclass(frozen=True)
class Document:
    """One document: its complex and simple sentences in CSV order."""

    doc_id: str
    complex_sentences: tuple[str, ...]
    simple_sentences: tuple[str, ...]


def replace_placeholders(text: str) -> str:
    """Replace the publisher's anonymisation placeholders by neutral tokens."""
    return PLACEHOLDER.sub(lambda m: "10" if m.group(1) == "NUMBER" else "X", text)


def split_text(cells: tuple[str, ...]) -> list[list[str]]:
    """Split CSV cells into sentences of word tokens with simple regexes."""
    sentences: list[list[str]] = []
    for cell in cells:
        for sentence in SENTENCE_END.split(replace_placeholders(cell).strip()):
            words = WORD.findall(sentence)
            if words:
                sentences.append(words)
    return sentences


def dedupe(cells: list[str]) -> tuple[str, ...]:
    """Drop a cell that repeats the previous one (one complex sentence aligned twice)."""
    out: list[str] = []
    for cell in cells:
        if not out or out[-1] != cell:
            out.append(cell)
    return tuple(out)


def read_documents(path: Path) -> list[Document]:
    """Read the CSV and group the sentences per Document ID."""
    complex_cells: dict[str, list[str]] = {}
    simple_cells: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            doc_id = row["Document ID"].strip()
            complex_cells.setdefault(doc_id, []).append(row["Complex"])
            simple_cells.setdefault(doc_id, []).append(row["Simple"])
    return [
        Document(doc_id, dedupe(complex_cells[doc_id]), dedupe(simple_cells[doc_id]))
        for doc_id in sorted(complex_cells, key=lambda d: (len(d), d))
    ]


def features(scores: Scores) -> dict[str, float]:
    """Return the model features of a Scores object."""
    return {
        "avg_sentence_length": scores.avg_sentence_length,
        "long_sentence_share": scores.long_sentence_share,
        "syllables_per_word": scores.syllables_per_word,
        "long_word_share": scores.long_word_share,
        "rare_word_share": scores.rare_word_share,
        "jargon_share": scores.jargon_share,
    }


def quantiles(values: list[float]) -> str:
    """Format the 10th, 25th, 50th, 75th and 90th percentile."""
    if len(values) < 2:
        return " ".join(f"{v:.3f}" for v in values)
    cuts = statistics.quantiles(values, n=20, method="inclusive")
    picks = (cuts[1], cuts[4], cuts[9], cuts[14], cuts[17])
    return " ".join(f"{v:7.3f}" for v in picks)


def describe_side(name: str, scores: list[Scores], show_features: bool) -> None:
    """Print the level distribution and mean formulas of one side."""
    counts = Counter(s.cefr for s in scores)
    total = len(scores)
    dist = "  ".join(f"{lvl} {counts[lvl]:2d} ({counts[lvl] / total:4.0%})" for lvl in LEVELS)
    print(f"{name:8s} n={total}  {dist}")
    print(
        f"{'':8s} mean Flesch-Douma {statistics.fmean(s.flesch_douma for s in scores):6.1f}"
        f"   mean Brouwer {statistics.fmean(s.brouwer for s in scores):6.1f}"
        f"   mean words/sentence {statistics.fmean(s.avg_sentence_length for s in scores):5.1f}"
    )
    if show_features:
        print(f"{'':8s} feature percentiles p10 p25 p50 p75 p90")
        for rule in CEFR_RULES:
            values = [features(s)[rule.feature] for s in scores]
            pts = Counter(cefr_points(features(s))[rule.feature] for s in scores)
            spread = " ".join(f"{p}:{pts[p]}" for p in sorted(pts))
            print(f"{'':10s}{rule.feature:20s} {quantiles(values)}   points {spread}")
        totals = Counter(sum(cefr_points(features(s)).values()) for s in scores)
        print(f"{'':8s} point totals {dict(sorted(totals.items()))}")


def sentence_pairs(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read the CSV rows as (complex words, simple words), one pair per row."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (
                [w for s in split_text((row["Complex"],)) for w in s],
                [w for s in split_text((row["Simple"],)) for w in s],
            )
            for row in csv.DictReader(handle)
        ]


def report_sentences(path: Path) -> None:
    """Print how often sentence_difficulty rates the simple row as easier or equal."""
    pairs = [(c, s) for c, s in sentence_pairs(path) if c and s and c != s]
    diffs = [(sentence_difficulty(c), sentence_difficulty(s)) for c, s in pairs]
    easier = sum(1 for c, s in diffs if s <= c)
    print(
        f"rows (changed): {len(pairs)}; mean sentence_difficulty complex "
        f"{statistics.fmean(c for c, _ in diffs):.1f}, simple {statistics.fmean(s for _, s in diffs):.1f}; "
        f"simple <= complex in {easier}/{len(pairs)} ({easier / len(pairs):.0%})"
    )


def jargon_words(text: str, engine: object) -> int:
    """Count the jargon words of a text exactly as pipeline.score_letter does."""
    from rewriter.letter import Letter
    from rewriter.pipeline import analyse
    from rewriter.rules import RULES

    letter = Letter.from_text(text, engine.resources)  # type: ignore[attr-defined]
    findings = analyse(letter, engine, RULES.score_analysers)
    return sum(
        2 if f.form in ("split-verb", "gap-phrase", "clause-gap") else len(f.text.split())
        for f in findings
        if f.category in RULES.names(lambda c: c.jargon)
    )


JARGON_GRID = (0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 1.0)


def score_rules(rules: tuple, feats: list[tuple[dict, dict]]) -> tuple[int, int, int]:
    """Return (complex at B2/C1, simple at B1 or easier, simple <= complex) for these rules."""
    from rewriter.scoring import CEFR_LEVEL_POINTS

    def level(features: dict) -> str:
        total = sum(cefr_points(features, rules).values())
        return next((lvl for minimum, lvl in CEFR_LEVEL_POINTS if total >= minimum), "A2")

    hard = sum(1 for c, _ in feats if LEVEL_RANK[level(c)] >= 2)
    easy = sum(1 for _, s in feats if LEVEL_RANK[level(s)] <= 1)
    order = sum(1 for c, s in feats if LEVEL_RANK[level(s)] <= LEVEL_RANK[level(c)])
    return hard, easy, order


def calibrate_jargon(documents: list[Document]) -> None:
    """Measure jargon shares on both sides and score a grid of jargon steps."""
    from rewriter.engine import Engine
    from rewriter.scoring import CefrRule

    engine = Engine.create()
    feats: list[tuple[dict, dict]] = []
    shares: dict[str, list[float]] = {"complex": [], "simple": []}
    for doc in documents:
        pair = []
        for side, cells in (("complex", doc.complex_sentences), ("simple", doc.simple_sentences)):
            text = replace_placeholders("\n\n".join(cells))
            sentences = split_text(cells)
            scores = compute_scores(sentences, jargon_words=jargon_words(text, engine))
            shares[side].append(scores.jargon_share)
            pair.append(features(scores))
        feats.append((pair[0], pair[1]))
    for side, values in shares.items():
        print(f"jargon share {side:8s} p10 p25 p50 p75 p90: {quantiles(values)}")
    others = tuple(r for r in CEFR_RULES if r.feature != "jargon_share")
    n = len(feats)
    print(f"jargon steps   complex>=B2  simple<=B1  simple<=complex  (n={n} per side)")
    results = []
    for i, first in enumerate(JARGON_GRID):
        for second in JARGON_GRID[i + 1 :]:
            rules = (*others, CefrRule("jargon_share", (first, second)))
            hard, easy, order = score_rules(rules, feats)
            results.append((hard + easy, order, first, second, hard, easy))
    # best first; among equals the lowest steps (jargon should count as early as the data allows)
    results.sort(key=lambda r: (-r[0], -r[1], r[2], r[3]))
    for total, order, first, second, hard, easy in results[:12]:
        print(
            f"  {first:5.3f} {second:5.3f}   {hard:3d}          {easy:3d}         {order:3d}   total {total}"
        )
    current = next(r for r in CEFR_RULES if r.feature == "jargon_share").steps
    hard, easy, order = score_rules(CEFR_RULES, feats)
    print(f"current steps {current}: complex>=B2 {hard}, simple<=B1 {easy}, order {order}")


def main(argv: list[str] | None = None) -> int:
    """Run the calibration report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--features", action="store_true", help="print feature percentiles")
    parser.add_argument("--per-doc", action="store_true", help="print one line per document")
    parser.add_argument("--jargon", action="store_true", help="calibrate the jargon steps")
    args = parser.parse_args(argv)

    documents = read_documents(args.csv)
    complex_scores: list[Scores] = []
    simple_scores: list[Scores] = []
    for doc in documents:
        complex_scores.append(compute_scores(split_text(doc.complex_sentences)))
        simple_scores.append(compute_scores(split_text(doc.simple_sentences)))

    pairs = list(zip(complex_scores, simple_scores, strict=True))
    print(f"{args.csv.name}: {len(documents)} documents")
    print(
        f"words: complex {sum(s.words for s in complex_scores)}, "
        f"simple {sum(s.words for s in simple_scores)}; "
        f"long word = {LONG_WORD_SYLLABLES}+ syllables "
        f"(e.g. 'arbeidsongeschiktheid' = {count_syllables('arbeidsongeschiktheid')})"
    )
    describe_side("complex", complex_scores, args.features)
    describe_side("simple", simple_scores, args.features)

    easier_or_equal = sum(1 for c, s in pairs if LEVEL_RANK[s.cefr] <= LEVEL_RANK[c.cefr])
    strictly_easier = sum(1 for c, s in pairs if LEVEL_RANK[s.cefr] < LEVEL_RANK[c.cefr])
    fd_higher = sum(1 for c, s in pairs if s.flesch_douma >= c.flesch_douma)
    n = len(pairs)
    print(f"simple <= complex (CEFR):        {easier_or_equal}/{n} ({easier_or_equal / n:.0%})")
    print(f"simple <  complex (CEFR):        {strictly_easier}/{n} ({strictly_easier / n:.0%})")
    print(f"simple >= complex (Flesch-Douma): {fd_higher}/{n} ({fd_higher / n:.0%})")
    report_sentences(args.csv)
    if args.jargon:
        calibrate_jargon(documents)

    if args.per_doc:
        for doc, (c, s) in zip(documents, pairs, strict=True):
            print(
                f"doc {doc.doc_id:>3s} words {c.words:5d}/{s.words:5d}  "
                f"FD {c.flesch_douma:5.1f}/{s.flesch_douma:5.1f}  {c.cefr} -> {s.cefr}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
