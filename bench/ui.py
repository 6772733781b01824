"""The main tab's speed: the analyse round trip through the app, and a tick -> preview update.

1. analyse, the round trip a click on *Controleer de brief* costs (target p50 <= 300 ms),
   for each fixture letter (warm), on loopback, three ways:
   - in process: the app's own `/analyse` handler called directly (no HTTP), wall clock
     and CPU time of the thread, so a slow figure can be told apart from a busy machine
     (the machine's load average is printed with it);
   - browser protocol: what the page does, `queue/join` and the server-sent events of
     `queue/data` on one kept-alive connection, until `process_completed` (the target);
   - gradio_client: the Python client, as measured before; it opens new connections per
     call and polls its message queue every 50 ms, so it adds time a browser does not.
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


def _in_process(fn, text: str) -> tuple[float, float]:
    """One analysis in the app's handler without HTTP: (wall, CPU of the thread) in ms."""
    t0, c0 = time.perf_counter(), time.thread_time()
    fn(text, None, "")
    return 1000 * (time.perf_counter() - t0), 1000 * (time.thread_time() - c0)


def _browser_call(http, dep: dict, session: str, text: str) -> None:
    """One click as the page makes it: join the queue, read the event stream to the end."""
    import json

    trigger = (dep.get("targets") or [[None]])[0][0]
    data = [text, None, ""]
    body = {"data": data, "event_data": None, "fn_index": dep["id"], "trigger_id": trigger,
            "session_hash": session}  # fmt: skip
    joined = http.post("queue/join", json=body)
    joined.raise_for_status()
    event = joined.json()["event_id"]
    with http.stream("GET", "queue/data", params={"session_hash": session}) as stream:
        buffer = ""
        for chunk in stream.iter_text():
            buffer += chunk
            while "\n\n" in buffer:
                line, buffer = buffer.split("\n\n", 1)
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") == event and message["msg"] == "process_completed":
                    if not message.get("success"):
                        raise RuntimeError("analyse failed in the benchmark")
                    return
    raise RuntimeError("the event stream ended without a result")


def bench_analyse(texts: list[str], rounds: int) -> dict[str, list[float]]:
    """The analyse timings: in process (wall, cpu), browser protocol, gradio_client.

    The three take turns, so a busy moment of the machine weighs on all three alike.
    """
    import uuid

    import httpx

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    sys.path.insert(0, str(ROOT))
    from gradio_client import Client

    import app

    demo = app.build_demo()
    url = app.serve_on_loopback(demo)
    out: dict = {"load_in": _load(), "wall": [], "cpu": [], "browser": [], "client": []}
    try:
        fn = next(f.fn for f in demo.fns.values() if f.api_name == "analyse")  # the handler
        config = httpx.get(url + "config", timeout=60).json()
        dep = next(d for d in config["dependencies"] if d.get("api_name") == "analyse")
        session = uuid.uuid4().hex
        client = Client(url, verbose=False)
        with httpx.Client(base_url=url + "gradio_api/", timeout=120) as http:
            # step k takes letter k mod n by method k mod 3: each method meets each letter
            # once per 3n steps, and a letter comes back only after n others, so the
            # per-text caches (domain estimate, names) of one method's call do not help
            # the next method's call of the same letter
            n = len(texts)
            for r in range(rounds + 1):  # the first round warms up and is not counted
                for k in range(3 * n):
                    text, method = texts[k % n], k % 3
                    t0 = time.perf_counter()
                    if method == 0:
                        wall, cpu = _in_process(fn, text)
                    elif method == 1:
                        _browser_call(http, dep, session, text)
                    else:
                        client.predict(text, "", api_name="/analyse")
                    took = 1000 * (time.perf_counter() - t0)
                    if r and method == 0:
                        out["wall"].append(wall)
                        out["cpu"].append(cpu)
                    elif r:
                        out["browser" if method == 1 else "client"].append(took)
        out["load_after"] = _load()
    finally:
        demo.close()
    return out


def _load() -> list[float]:
    """The machine's load average over 1, 5 and 15 minutes (2 cores are shared)."""
    return list(os.getloadavg())


def bench_ui(engine: Engine | None = None, rounds: int = 3) -> None:
    """Print the analyse round trip and the tick -> preview time against their targets."""
    engine = engine or Engine.create()
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    words = statistics.mean(len(t.split()) for t in texts)
    ticks = bench_tick(engine, texts)
    timings = bench_analyse(texts, rounds)
    print(f"## main tab ({len(texts)} fixture letters, mean {words:.0f} words)")
    load_in, load_after = timings["load_in"], timings["load_after"]
    print(
        f"machine load average (1/5/15 min) {load_in[0]:.2f} {load_in[1]:.2f} {load_in[2]:.2f}"
        f" at the start, {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} at the end"
        f" ({os.cpu_count()} cores)"
    )
    for key, label in (
        ("wall", "analysis in process, wall    "),
        ("cpu", "analysis in process, CPU     "),
        ("client", "round trip via gradio_client "),
    ):
        v = timings[key]
        print(f"{label} ({len(v)} calls) p50 {_pct(v, 0.5):6.0f} ms   p95 {_pct(v, 0.95):6.0f} ms")
    analyse = timings["browser"]
    a50, a95 = _pct(analyse, 0.5), _pct(analyse, 0.95)
    verdict = "OK" if a50 <= ANALYSE_TARGET_MS else "ABOVE TARGET"
    print(
        f"analyse round trip, browser protocol ({len(analyse)} calls) p50 {a50:6.0f} ms"
        f"   p95 {a95:6.0f} ms   (target p50 <= {ANALYSE_TARGET_MS} ms: {verdict})"
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
