"""Plain sentences on the frozen evaluation letters (bench/eval), by an independent count.

For --accept safe and --accept all: median words per sentence and Flesch-Douma
(own counter: sentences split at . ! ? and line breaks, syllables as vowel groups;
not the tool's scoring), words per letter before -> after, the tool's CEFR estimate,
gold facts lost (verbatim, from bench/eval/gold.yaml; a number written in digits, or a
word the rewrite changed inside the fact, counts as kept and is reported apart), proposals
withheld by the
grammar check (by reason); SARI on the Amsterdam development pairs; time per letter.

Run: `python -m bench.sentences [--dump review.tsv]` (also part of `make bench`).
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
_VOWELS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’-]*")
_BODY_START = re.compile(r"^\s*(?:Geachte|Beste|Hallo|Dag)\b.*$", re.MULTILINE)
_BODY_END = re.compile(
    r"^\s*(?:Met vriendelijke groet|Vriendelijke groet|Hoogachtend)", re.MULTILINE
)
HELD_OUT = {"eval13", "eval14", "eval15", "eval16", "eval17"}
SARI_GPT35 = 34.0  # zero-shot GPT-3.5, Vlantis et al., LREC-COLING 2024, same corpus


def eval_dir() -> Path | None:
    """bench/eval in this checkout, else the eval helper's worktree (read only)."""
    for candidate in (ROOT / "bench" / "eval", ROOT.parent / "eval" / "bench" / "eval"):
        if (candidate / "gold.yaml").exists() and (candidate / "letters").is_dir():
            return candidate
    return None


def amsterdam_csv() -> Path | None:
    for parent in ROOT.parents:
        p = parent / "shared" / "data" / "amsterdam-municipal" / "complex-simple-dev.csv"
        if p.exists():
            return p
    return None


def body(text: str) -> str:
    """The letter body: from the salutation's next line to the closing (whole text if absent)."""
    m = _BODY_START.search(text)
    start = m.end() if m else 0
    e = _BODY_END.search(text, start)
    return text[start : e.start() if e else len(text)]


def sentences(text: str) -> list[list[str]]:
    out = []
    for piece in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = _WORD.findall(piece)
        if words:
            out.append(words)
    return out


def syllables(word: str) -> int:
    return max(1, len(_VOWELS.findall(word)))


def flesch_douma(text: str) -> float:
    sents = sentences(text)
    words = [w for s in sents for w in s]
    if not words:
        return 0.0
    asl = len(words) / len(sents)
    asw = sum(syllables(w) for w in words) / len(words)
    return 206.835 - 0.93 * asl - 77 * asw


def median_sentence_words(text: str) -> float:
    sents = sentences(text)
    return statistics.median(len(s) for s in sents) if sents else 0.0


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _in_digits(fact: str) -> str:
    """'binnen zes weken' -> 'binnen 6 weken': the same fact with its number words in digits."""
    from rewriter.numbers import digits_of

    return " ".join(digits_of(w) or w for w in fact.split(" "))


def gold_facts(entry: dict) -> list[str]:
    facts = entry.get("facts") or {}
    return [v for values in facts.values() for v in (values or []) if isinstance(v, str)]


def load_letters(folder: Path) -> list[tuple[str, str, dict]]:
    from rewriter.readers import read_text

    gold = {g["file"]: g for g in yaml.safe_load((folder / "gold.yaml").read_text("utf-8"))}
    out = []
    for path in sorted((folder / "letters").iterdir()):
        if path.suffix not in (".txt", ".docx") or path.name not in gold:
            continue
        out.append((path.name, read_text(path), gold[path.name]))
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def bench_letters(engine, letters, dump: Path | None = None) -> None:
    from rewriter.grammar_vet import reason_key
    from rewriter.parser import load_parser, parser_status
    from rewriter.pipeline import check
    from rewriter.rewrite import rewrite

    print(f"## plain sentences on {len(letters)} frozen evaluation letters (independent count)")
    print(parser_status())
    before_med = statistics.median(median_sentence_words(body(t)) for _, t, _ in letters)
    before_fd = statistics.median(flesch_douma(body(t)) for _, t, _ in letters)
    print(
        f"before            median words/sentence {before_med:5.1f}   Flesch-Douma {before_fd:5.1f}"
    )
    rows = []
    for mode in ("safe", "all"):
        from bench.onepage import as_reworded

        meds, fds, lost, longer, grown, digits, reworded = [], [], 0, 0, [], 0, 0
        cefr = Counter()
        withheld: Counter = Counter()
        applied = 0
        for name, text, gold in letters:
            result = rewrite(text, engine, mode)
            out = result.text
            meds.append(median_sentence_words(body(out)))
            fds.append(flesch_douma(body(out)))
            facts = [f for f in gold_facts(gold) if f in text]
            missing = [f for f in facts if f not in out]
            # a number the safe rewrite wrote in digits ('binnen zes weken' -> 'binnen 6
            # weken', rewriter/numbers.py) is the same fact; counted apart so it stays visible
            in_digits = [f for f in missing if _in_digits(f) != f and _in_digits(f) in out]
            digits += len(in_digits)
            # a word the rewrite changed inside it ('binnen tien dagen na dagtekening' ->
            # 'binnen 10 dagen na de datum'): there as reworded, counted apart
            reworded_kept = [
                f
                for f in missing
                if f not in in_digits and (r := as_reworded(f, text, result)) and r in out
            ]
            reworded += len(reworded_kept)
            lost += len(missing) - len(in_digits) - len(reworded_kept)
            wb, wa = word_count(text), word_count(out)
            longer += wa > wb
            grown.append(100 * (wa - wb) / max(1, wb))
            cefr[f"{result.report.scores.cefr}->{result.scores_after.cefr}"] += 1
            withheld.update(reason_key(w.reason) for w in result.withheld)
            applied += len({a.proposal_id for a in result.applied})
            by_id = {p.id: p for p in result.proposals}
            for pid in dict.fromkeys(a.proposal_id for a in result.applied):
                p = by_id[pid]
                rows.append((mode, name, p.rule_id, p.kind, p.before, p.after))
        print(
            f"--accept {mode:4s}     median words/sentence {statistics.median(meds):5.1f}   "
            f"Flesch-Douma {statistics.median(fds):5.1f}   (targets after safe: <= 14, >= 60)"
        )
        print(
            f"  words per letter: {longer} of {len(letters)} longer than before; change "
            f"min {min(grown):+.1f}% median {statistics.median(grown):+.1f}% max {max(grown):+.1f}%"
        )
        print(f"  CEFR before->after: {dict(sorted(cefr.items()))}")
        print(
            f"  gold facts lost: {lost} (kept with the number in digits: {digits}; reworded"
            f" inside by the rewrite: {reworded})   "
            f"proposals applied: {applied}"
        )
        print(f"  withheld by the grammar check: {dict(withheld.most_common()) or 0}")
    # timing: check and rewrite per letter next to the trained pipeline on the same letters
    nlp = load_parser()
    texts = [t for _, t, _ in letters]
    t_check, t_rewrite, t_parse = [], [], []
    for t in texts:
        t0 = time.perf_counter()
        check(t, engine)
        t_check.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rewrite(t, engine, "safe")
        t_rewrite.append(time.perf_counter() - t0)
        if nlp is not None:
            t0 = time.perf_counter()
            nlp(t)
            t_parse.append(time.perf_counter() - t0)
    ms = 1000
    print(
        f"time per letter: check p50 {ms * _pct(t_check, 0.5):.0f} ms p95 {ms * _pct(t_check, 0.95):.0f} ms; "
        f"rewrite --accept safe (grammar check included) p50 {ms * _pct(t_rewrite, 0.5):.0f} ms "
        f"p95 {ms * _pct(t_rewrite, 0.95):.0f} ms"
    )
    if t_parse:
        print(
            f"trained pipeline alone on the same letters: p50 {ms * _pct(t_parse, 0.5):.0f} ms "
            f"p95 {ms * _pct(t_parse, 0.95):.0f} ms"
        )
    if dump is not None:
        with dump.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t")
            w.writerow(("mode", "letter", "rule", "kind", "before", "after"))
            w.writerows(rows)
        print(f"applied proposals written to {dump}")
    print()


def bench_sari(engine) -> None:
    from bench.sari import document_outputs, load_pairs, report, sari
    from rewriter.rewrite import rewrite

    path = amsterdam_csv()
    if path is None:
        print("## SARI: Amsterdam pairs not found; skipped")
        return
    docs = load_pairs(path)
    pairs = [(c, s) for _, c, s in docs]
    print(f"## SARI on the Amsterdam development pairs ({len(pairs)} sentences)")
    ident = statistics.mean(sari(c, c, [s]) for c, s in pairs)
    outputs = {}
    for mode in ("safe", "all"):
        scores, changed, outs = [], 0, []
        for c, s in pairs:
            out = rewrite(c, engine, mode).text
            outs.append(out)
            changed += out != c
            scores.append(sari(c, out, [s]))
        outputs[f"--accept {mode}"] = outs
        print(f"--accept {mode:4s} SARI {statistics.mean(scores):6.2f}   ({changed} changed)")
    print(f"identity     SARI {ident:6.2f}   zero-shot GPT-3.5 (published): {SARI_GPT35:.1f}")
    for mode in ("safe", "all"):
        # the length rule is per letter: each document rewritten as one letter
        outputs[f"{mode}, per doc"] = document_outputs(
            docs, lambda text, mode=mode: rewrite(text, engine, mode)
        )
    print("by operation; the check half (split by document) is the honest figure;")
    print("'MODE, per doc': each document rewritten as one letter (the length rule is per letter):")
    print("\n".join(report(docs, outputs)))
    print()


def main() -> None:
    from rewriter.engine import Engine

    ap = argparse.ArgumentParser(prog="python -m bench.sentences")
    ap.add_argument("--dump", type=Path, default=None, help="write applied proposals (TSV)")
    ap.add_argument("--no-sari", action="store_true")
    ap.add_argument(
        "--sets",
        default="eval",
        help="comma-separated folders under bench/ (eval,eval2,...,eval17); eval13-17 are held out: "
        "print its figures only at the end of a piece of work, never --dump it",
    )
    args = ap.parse_args()
    engine = Engine.create()
    for name in args.sets.split(","):
        folder = eval_dir() if name == "eval" else ROOT / "bench" / name
        if folder is None or not (folder / "gold.yaml").exists():
            print(f"## plain sentences: evaluation letters (bench/{name}) not found; skipped")
            continue
        print(f"# bench/{name}")
        # held out for words and sentences work: aggregate figures only, never a dump
        dump = None if name in HELD_OUT else args.dump
        bench_letters(engine, load_letters(folder), dump)
    if not args.no_sari:
        bench_sari(engine)


if __name__ == "__main__":
    main()
