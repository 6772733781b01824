"""Print benchmark figures: check latency next to the trained spaCy pipeline, and quality on
the Amsterdam complex/simple pairs. Run with `make bench` (or `python -m bench`)."""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.onepage import bench_onepage
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import check

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
AMSTERDAM = ROOT.parent / "shared" / "data" / "amsterdam-municipal" / "complex-simple-dev.csv"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def bench_amsterdam(engine: Engine, path: Path) -> None:
    if not path.exists():
        print(f"## Amsterdam pairs: not found at {path}; skipped")
        return
    docs: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"complex": [], "simple": []})
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            docs[row["Document ID"]]["complex"].append(row["Complex"].strip())
            docs[row["Document ID"]]["simple"].append(row["Simple"].strip())
    totals = {side: Counter() for side in ("complex", "simple")}
    cefr = {side: Counter() for side in ("complex", "simple")}
    for sides in docs.values():
        for side, sentences in sides.items():
            text = "\n\n".join(s for s in sentences if s)
            report = check(text, engine)
            totals[side]["words"] += report.scores.words
            totals[side]["findings"] += len(report.findings)
            cefr[side][report.scores.cefr] += 1
            for f in report.findings:
                totals[side][f.category] += 1
    print(f"## Amsterdam development pairs ({len(docs)} documents, {path.name})")
    density = {}
    for side in ("complex", "simple"):
        t = totals[side]
        density[side] = 100 * t["findings"] / max(1, t["words"])
        cats = ", ".join(
            f"{k} {100 * v / max(1, t['words']):.2f}"
            for k, v in sorted(t.items())
            if k not in ("words", "findings")
        )
        print(f"{side:8s} {t['words']:6d} words  {density[side]:5.2f} findings/100 words  ({cats})")
        print(f"{'':8s} CEFR estimate per document: {dict(sorted(cefr[side].items()))}")
    ratio = density["complex"] / density["simple"] if density["simple"] else float("inf")
    verdict = "OK" if ratio >= 2 else "BELOW TARGET"
    print(f"density ratio complex / simple = {ratio:.2f}x   (target >= 2x: {verdict})")
    print()


def bench_sari(engine: Engine, path: Path) -> None:
    from bench.sari import load_pairs, report, sari
    from rewriter.rewrite import rewrite
    from rewriter.scoring import sentence_difficulty

    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Complex"].strip() and r["Simple"].strip()]
    out_scores, id_scores, outputs = [], [], []
    better = same = worse = 0
    changed = 0
    t0 = time.perf_counter()
    for row in rows:
        source, reference = row["Complex"].strip(), row["Simple"].strip()
        result = rewrite(source, engine, "all")
        output = result.text
        outputs.append(output)
        changed += output != source
        out_scores.append(sari(source, output, [reference]))
        id_scores.append(sari(source, source, [reference]))
        before = sentence_difficulty([w for w in source.split() if any(c.isalnum() for c in w)])
        after = sentence_difficulty([w for w in output.split() if any(c.isalnum() for c in w)])
        if after < before - 1e-9:
            better += 1
        elif after > before + 1e-9:
            worse += 1
        else:
            same += 1
    n = len(rows)
    print(f"## SARI on the Amsterdam development pairs ({n} sentences, rewrite --accept all)")
    print(
        f"rewriter output   SARI {statistics.mean(out_scores):6.2f}   ({changed} of {n} sentences changed)"
    )
    print(f"identity baseline SARI {statistics.mean(id_scores):6.2f}   (output = input)")
    print("\n".join(report(load_pairs(path), {"--accept all": outputs})))  # + check half
    print(
        f"sentence difficulty after rewrite: easier {100 * better / n:.1f}%, "
        f"unchanged {100 * same / n:.1f}%, harder {100 * worse / n:.1f}%"
    )
    print(f"({time.perf_counter() - t0:.1f} s)")
    print()


def bench_render(engine: Engine, rounds: int) -> None:
    from rewriter.render import RenderError, render_formats
    from rewriter.rewrite import rewrite
    from rewriter.structure import extract_structure

    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    structures = [
        extract_structure(Letter.from_text(rewrite(t, engine, "all").text, engine.resources))
        for t in texts
    ]
    render_formats(structures[0], ("pdf",))  # warm up WeasyPrint and fonts
    times: dict[str, list[float]] = {"pdf": [], "docx": []}
    failed = 0
    for _ in range(rounds):
        for s in structures:
            for fmt in ("pdf", "docx"):
                t0 = time.perf_counter()
                try:
                    render_formats(s, (fmt,))
                except RenderError:
                    failed += 1
                times[fmt].append(time.perf_counter() - t0)
    print(
        f"## render time per letter ({len(structures)} letters, {rounds} warm rounds, one-page fitting included)"
    )
    for fmt, values in times.items():
        print(
            f"{fmt:5s} p50 {1000 * _percentile(values, 0.5):7.1f} ms   p95 {1000 * _percentile(values, 0.95):7.1f} ms"
        )
    print(f"letters that did not fit one page: {failed}")
    print()


def bench_app(rounds: int = 50) -> None:
    import os
    import sys

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    sys.path.insert(0, str(ROOT))
    from gradio_client import Client

    import app

    demo = app.build_demo()
    url = app.serve_on_loopback(demo)
    try:
        letter = (LETTERS / "07-jeugdhulp-toekenning-ambulante-begeleiding.txt").read_text(
            encoding="utf-8"
        )
        words = len(letter.split())
        client = Client(url, verbose=False)
        for _ in range(3):
            client.predict(letter, "", api_name="/analyse")
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            client.predict(letter, "", api_name="/analyse")
            times.append(time.perf_counter() - t0)
        rss = _rss_mb()
    finally:
        demo.close()
    p50 = 1000 * _percentile(times, 0.5)
    verdict = "OK" if p50 <= 300 else "ABOVE TARGET"
    print(f"## web app: analyse a {words}-word letter through the API ({rounds} warm calls)")
    print(
        f"round trip p50 {p50:.0f} ms   p95 {1000 * _percentile(times, 0.95):.0f} ms   (target p50 <= 300 ms: {verdict})"
    )
    print(f"resident memory of the app process after {rounds + 3} analyses: {rss:.0f} MB")
    print()


def _rss_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--amsterdam", type=Path, default=AMSTERDAM)
    parser.add_argument(
        "--batch-letters", type=int, default=1000, help="letters in the batch benchmark (0: skip)"
    )
    parser.add_argument(
        "--batch-only", action="store_true", help="only the batch benchmark (with --batch-jobs)"
    )
    parser.add_argument("--batch-jobs", default="1,2", help="job counts for the batch benchmark")
    parser.add_argument(
        "--onepage-only", action="store_true", help="only the one-page letter figures"
    )
    parser.add_argument(
        "--anonymise-only", action="store_true", help="only the anonymisation recall table"
    )
    parser.add_argument(
        "--load", action="store_true", help="only the load benchmark of the web app (~6 min)"
    )
    parser.add_argument(
        "--ui-only", action="store_true", help="only the main tab: analyse and tick timings"
    )
    parser.add_argument(
        "--fuzz", type=int, default=0, help="fuzzed inputs to read and check (0: skip; try 10000)"
    )
    args = parser.parse_args()
    if args.load:
        from bench.load import bench_load

        bench_load()
        return
    if args.anonymise_only:
        from bench.anonymise import bench_anonymise

        bench_anonymise()
        return
    batch_jobs = tuple(int(j) for j in args.batch_jobs.split(","))
    if args.batch_only:
        from bench.speed import bench_batch, bench_formats  # per job count, stages, formats

        bench_batch(args.batch_letters, batch_jobs)
        bench_formats(args.batch_letters)
        return
    t0 = time.perf_counter()
    engine = Engine.create()
    print(f"engine load: {time.perf_counter() - t0:.2f} s, {len(engine.glossary)} glossary entries")
    Letter.from_text("Opwarmen.", engine.resources)
    print()
    if args.onepage_only:
        bench_onepage(engine)
        return
    if args.ui_only:
        from bench.ui import bench_ui

        bench_ui(engine)
        return
    from bench.speed import bench_check_vs_parser  # check vs the trained pipeline (issue 12)

    bench_check_vs_parser(engine, args.rounds)
    from bench.parser import bench_parser
    from bench.sentences import bench_letters, eval_dir, load_letters

    bench_parser()
    if eval_dir() is not None:
        bench_letters(engine, load_letters(eval_dir()))
    bench_amsterdam(engine, args.amsterdam)
    bench_sari(engine, args.amsterdam)
    from bench.sense import bench_sense
    from bench.words import bench_words

    bench_words(engine)
    bench_sense(engine)
    from bench.jargon_left import bench_jargon_left

    bench_jargon_left(engine)
    bench_render(engine, max(1, args.rounds // 2))
    bench_onepage(engine)
    from bench.page_bound import measure, report  # the bounds that stand in for layouts

    report(measure(fuzz=60))
    from bench.wordml import bench_wordml  # tracked-changes .docx vs one-page DOCX

    bench_wordml(engine, max(1, args.rounds // 2))
    bench_app()
    from bench.ui import bench_ui  # the main tab: analyse round trip, tick -> preview

    bench_ui(engine)
    from bench.verify import bench_verify

    bench_verify(engine)
    from bench.anonymise import bench_anonymise

    bench_anonymise(engine=engine)
    if args.batch_letters:
        from bench.speed import bench_batch, bench_formats  # per job count, stages, formats

        bench_batch(args.batch_letters, batch_jobs)
        bench_formats(args.batch_letters)
    if args.fuzz:
        from bench import fuzz

        fuzz.report(fuzz.run(args.fuzz))


if __name__ == "__main__":
    main()
