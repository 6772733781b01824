"""Load on the web app: concurrent users analysing letters through the API on loopback.

Starts `app.launch` in a child process (its own memory), lets `users` gradio_client
sessions analyse a fixture letter in a loop for `seconds`, optionally with one more user
who sends a letter at the size limit; the clients then close (as a browser tab does), the
benchmark waits `settle` seconds and stops the app with
SIGTERM. Prints p50/p95 latency, errors, the resident memory of the app and its worker
process for long letters together before, right after and `settle` seconds after the
load (target: back within 10 % of the start), and whether the app's temp folder is gone
after the stop.

    python -m bench --load            (or: python -m bench.load --users 20 --seconds 60)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTER = (
    ROOT / "tests" / "fixtures" / "letters" / "07-jeugdhulp-toekenning-ambulante-begeleiding.txt"
)


CLIENT_TIMEOUT_S = 60.0


def _rss_mb(pid: int) -> float:
    with Path(f"/proc/{pid}/status").open(encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _children(pid: int) -> list[int]:
    """The process ids of `pid`'s descendants (the app's worker for long letters)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids = (task / "children").read_text(encoding="ascii").split()
        except OSError:
            continue
        for kid in map(int, kids):
            found += [kid, *_children(kid)]
    return found


def _worker_rss_mb(pid: int) -> float:
    """The resident memory of the app's child processes together (0 when there are none)."""
    total = 0.0
    for kid in _children(pid):
        with contextlib.suppress(OSError):  # ended meanwhile
            total += _rss_mb(kid)
    return total


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def _start_app(port: int, state_ttl: int | None) -> subprocess.Popen:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if state_ttl is not None:
        env["KEUKENTAFELTAAL_STATE_TTL"] = str(state_ttl)
    proc = subprocess.Popen(
        [sys.executable, "-c", f"import app; app.launch(port={port})"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # Linux only: the app must not outlive the benchmark
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the app did not start within 180 s")


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the benchmark process dies (Linux prctl)."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _long_letter(limit: int) -> str:
    base = LETTER.read_text(encoding="utf-8")
    return (base * (limit // len(base) + 1))[: limit - 1]


def run_load(
    users: int = 20,
    seconds: float = 60,
    settle: float = 60,
    big: bool = False,
    ttl: int | None = None,
) -> dict:
    """Run one load phase against a fresh app; return the figures."""
    from gradio_client import Client

    from rewriter.settings import Settings

    port = _free_port()
    proc = _start_app(port, ttl)
    url = f"http://127.0.0.1:{port}/"
    letter = LETTER.read_text(encoding="utf-8")
    try:
        warm = Client(url, verbose=False)
        for _ in range(3):
            warm.predict(letter, None, api_name="/analyse")
        del warm
        time.sleep(2)
        rss_start = _rss_mb(proc.pid) + _worker_rss_mb(proc.pid)
        times: list[float] = []
        big_times: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def user(text: str, sink: list[float]) -> None:
            try:
                # a browser does not give up on a slow answer after httpx's default 5 s
                client = Client(url, verbose=False, httpx_kwargs={"timeout": CLIENT_TIMEOUT_S})
            except Exception as exc:
                with lock:
                    errors.append(type(exc).__name__)
                return
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    client.predict(text, None, api_name="/analyse")
                    with lock:
                        sink.append(time.perf_counter() - t0)
                except Exception as exc:
                    with lock:
                        errors.append(f"{type(exc).__name__}: {str(exc)[:90]}")
            client.close()  # like a browser tab that closes: its heartbeat ends

        threads = [
            threading.Thread(target=user, args=(letter, times), daemon=True) for _ in range(users)
        ]
        if big:
            long_text = _long_letter(Settings().max_letter_chars)
            threads.append(threading.Thread(target=user, args=(long_text, big_times), daemon=True))
        for t in threads:
            t.start()
        peak = rss_start
        # calls still running 120 s after the end are left (and counted as unfinished)
        while any(t.is_alive() for t in threads) and time.monotonic() < stop + 120:
            peak = max(peak, _rss_mb(proc.pid) + _worker_rss_mb(proc.pid))
            time.sleep(1)
        unfinished = sum(t.is_alive() for t in threads)
        worker_after = _worker_rss_mb(proc.pid)
        rss_after = _rss_mb(proc.pid) + worker_after
        time.sleep(settle)
        worker_settled = _worker_rss_mb(proc.pid)
        rss_settled = _rss_mb(proc.pid) + worker_settled
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    leftover = list(Path(tempfile.gettempdir()).glob(f"keukentafeltaal-{proc.pid}-*"))
    return {
        "calls": len(times),
        "p50": _percentile(times, 0.5),
        "p95": _percentile(times, 0.95),
        "errors": len(errors),
        "unfinished": unfinished,
        "big_calls": len(big_times),
        "big_p50": _percentile(big_times, 0.5),
        "rss_start": rss_start,
        "rss_peak": peak,
        "rss_after": rss_after,
        "rss_settled": rss_settled,
        "worker_after": worker_after,
        "worker_settled": worker_settled,
        "temp_left": len(leftover),
        "error_kinds": Counter(errors).most_common(5),
    }


def bench_load(
    users: int = 20,
    seconds: float = 60,
    settle: float = 60,
    ttl: int | None = None,
    phases: tuple[bool, ...] = (False, True),
) -> None:
    """Print the load figures: normal letters, then the same with one letter at the limit."""
    print(
        f"## web app under load: {users} API users analysing for {seconds:.0f} s (loopback; "
        f"client timeout {CLIENT_TIMEOUT_S:.0f} s)"
    )
    for big in phases:
        r = run_load(users, seconds, settle, big, ttl)
        label = "plus one user at the size limit" if big else "normal letters"
        label += f" (load average {os.getloadavg()[0]:.1f})"
        back = (r["rss_settled"] - r["rss_start"]) / r["rss_start"] * 100
        verdict = "OK" if back <= 10 else "ABOVE TARGET"
        print(
            f"{label}: {r['calls']} analyses, p50 {1000 * r['p50']:.0f} ms, "
            f"p95 {1000 * r['p95']:.0f} ms, {r['errors']} errors, "
            f"{r['unfinished']} calls unfinished 120 s after the end "
            f"(target 0 and 0: {'OK' if r['errors'] == r['unfinished'] == 0 else 'FAILED'})"
        )
        if big:
            print(f"  letters at the limit: {r['big_calls']} done, p50 {r['big_p50']:.1f} s")
        for kind, n in r["error_kinds"]:
            print(f"  error x{n}: {kind}")
        print(
            f"  RSS start {r['rss_start']:.0f} MB, peak {r['rss_peak']:.0f} MB, after "
            f"{r['rss_after']:.0f} MB, {settle:.0f} s later {r['rss_settled']:.0f} MB "
            f"({back:+.1f} % of start; target <= +10 %: {verdict})"
        )
        print(
            f"  of which the worker process for long letters: {r['worker_after']:.0f} MB after, "
            f"{r['worker_settled']:.0f} MB {settle:.0f} s later"
        )
        print(f"  temp folders left after SIGTERM: {r['temp_left']}")
    print()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--settle", type=float, default=60)
    parser.add_argument("--ttl", type=int, default=None, help="KEUKENTAFELTAAL_STATE_TTL")
    parser.add_argument("--phase", choices=("both", "normal", "big"), default="both")
    args = parser.parse_args()
    phases = {"both": (False, True), "normal": (False,), "big": (True,)}[args.phase]
    bench_load(args.users, args.seconds, args.settle, args.ttl, phases)
