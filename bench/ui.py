"""The main tab's speed: the analyse round trip through the app, and a tick -> preview update.

1. analyse: `/analyse` through gradio_client on loopback for each fixture letter (warm),
   the round trip a click on *Controleer de brief* costs (target p50 <= 300 ms);
2. tick: the server's whole answer to one changed choice (`worksheet.tick`: apply the
   choices, put own edits back, rescore for the live level, word diff, facts line), for
   every row of every fixture letter switched off and on again (target p50 <= 150 ms).

    python -m bench --ui-only        (or: python -m bench.ui)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from rewriter import workbench as wb
from rewriter import worksheet as ws
from rewriter.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
ANALYSE_TARGET_MS = 300
TICK_TARGET_MS = 150


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def bench_tick(engine: Engine, texts: list[str]) -> list[float]:
    """Milliseconds per changed choice, server side."""
    times = []
    for text in texts:
        session, shown, _ = ws.open_session(wb.analyse_text(text, engine))
        base = [-1 if c is None else c for c in session.choices]
        ws.tick(session, base, shown, engine)  # warm
        for k, row in enumerate(session.rows):
            if not row.options:
                continue
            for value in (-1 if base[k] >= 0 else 0, base[k]):
                picks = list(base)
                picks[k] = value
                t0 = time.perf_counter()
                session, shown, *_ = ws.tick(session, picks, shown, engine)
                times.append(1000 * (time.perf_counter() - t0))
    return times


def bench_analyse(texts: list[str], rounds: int) -> list[float]:
    """Milliseconds per /analyse round trip through the app on loopback."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    sys.path.insert(0, str(ROOT))
    from gradio_client import Client

    import app

    demo = app.build_demo()
    url = app.serve_on_loopback(demo)
    times = []
    try:
        client = Client(url, verbose=False)
        for text in texts:
            client.predict(text, "", api_name="/analyse")  # warm
        for _ in range(rounds):
            for text in texts:
                t0 = time.perf_counter()
                client.predict(text, "", api_name="/analyse")
                times.append(1000 * (time.perf_counter() - t0))
    finally:
        demo.close()
    return times


def bench_ui(engine: Engine | None = None, rounds: int = 3) -> None:
    """Print the analyse round trip and the tick -> preview time against their targets."""
    engine = engine or Engine.create()
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    words = statistics.mean(len(t.split()) for t in texts)
    ticks = bench_tick(engine, texts)
    analyse = bench_analyse(texts, rounds)
    print(f"## main tab ({len(texts)} fixture letters, mean {words:.0f} words)")
    a50, a95 = _pct(analyse, 0.5), _pct(analyse, 0.95)
    verdict = "OK" if a50 <= ANALYSE_TARGET_MS else "ABOVE TARGET"
    print(
        f"analyse round trip (API, {len(analyse)} calls) p50 {a50:6.0f} ms   p95 {a95:6.0f} ms"
        f"   (target p50 <= {ANALYSE_TARGET_MS} ms: {verdict})"
    )
    t50, t95 = _pct(ticks, 0.5), _pct(ticks, 0.95)
    verdict = "OK" if t50 <= TICK_TARGET_MS else "ABOVE TARGET"
    print(
        f"tick -> preview, server ({len(ticks)} ticks)  p50 {t50:6.1f} ms   p95 {t95:6.1f} ms"
        f"   max {max(ticks):6.1f} ms   (target p50 <= {TICK_TARGET_MS} ms: {verdict})"
    )
    print()


if __name__ == "__main__":
    bench_ui()
