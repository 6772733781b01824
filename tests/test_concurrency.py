"""One user's long letter does not stall another's; file references over HTTP are refused.

The lane and the budget are tested directly; the app is then launched on a free
loopback port and driven over HTTP: a short letter is analysed to the end while a long
one is still running, and a file reference that is a URL or a path outside the upload
folder is refused in Dutch without any connection or name lookup by the server (a
socket guard in this process, where the app runs, plus a listener on another loopback
port named in the URL that must receive nothing).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from rewriter import workbench as wb
from rewriter.engine import Engine
from rewriter.errors import BusyError, TooSlowError
from rewriter.lanes import AnalysisLanes

LETTERS = Path(__file__).parent / "fixtures" / "letters"
SHORT = (LETTERS / "01-wmo-toekenning-huishoudelijke-hulp.txt").read_text(encoding="utf-8")


def _signature(analysis: wb.Analysis) -> tuple:
    report = analysis.report
    return (
        tuple((f.start, f.end, f.category, f.message) for f in report.findings),
        tuple((p.start, p.end, p.after, p.safe) for p in analysis.proposals),
        report.scores.cefr,
        analysis.facts,
    )


# --- the lane and the budget ---------------------------------------------------------------


def test_a_second_long_letter_is_refused_while_a_short_one_passes(engine: Engine) -> None:
    lanes = AnalysisLanes(heavy_chars=len(SHORT), heavy_slots=1, budget_s=60)
    long_text = SHORT * 3
    with lanes.admit(long_text):
        with pytest.raises(BusyError, match="al een lange brief"):
            lanes.analyse(long_text, engine)
        assert lanes.analyse(SHORT, engine).report.findings  # a short letter is not held up
    # the slot is free again after the first long letter
    assert lanes.analyse(long_text, engine).report.scores.words > 0


def test_the_slot_is_released_when_the_analysis_fails(engine: Engine) -> None:
    lanes = AnalysisLanes(heavy_chars=10, heavy_slots=1, budget_s=0)
    with pytest.raises(TooSlowError, match="te lang"):
        lanes.analyse(SHORT, engine)
    with pytest.raises(TooSlowError):  # not BusyError: the slot was given back
        lanes.analyse(SHORT, engine)


def test_budget_stops_at_a_stage_boundary(engine: Engine) -> None:
    with pytest.raises(TooSlowError, match="gestopt"):
        wb.analyse_text(SHORT, engine, deadline=time.monotonic() - 1)
    done = wb.analyse_text(SHORT, engine, deadline=time.monotonic() + 600)
    assert done.report.findings


def test_analyses_in_threads_equal_analyses_one_by_one(engine: Engine) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))[:4]]
    alone = [_signature(wb.analyse_text(t, engine)) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda t: _signature(wb.analyse_text(t, engine)), texts))
    assert together == alone


# --- over HTTP against the launched app ------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import app

    overlay = tmp_path_factory.mktemp("overlay") / "woordenlijst-gemeente.yaml"
    demo = app.build_demo(overlay=overlay)
    url = app.serve_on_loopback(demo, allowed_paths=[str(app._TMP)])
    yield url, int(url.rstrip("/").rsplit(":", 1)[1])
    demo.close()


def test_a_short_letter_finishes_while_a_long_one_is_running(server) -> None:
    from gradio_client import Client
    from gradio_client.utils import Status

    url, _ = server
    long_text = (SHORT + "\n\n") * 60  # about 120,000 characters: seconds of work
    big = Client(url, verbose=False).submit(long_text, None, api_name="/analyse")
    deadline = time.monotonic() + 120
    while big.status().code != Status.PROCESSING:
        assert time.monotonic() < deadline, "the long letter never started"
        assert not big.done()
        time.sleep(0.05)
    out = Client(url, verbose=False).predict(SHORT, None, api_name="/analyse")
    assert "Taalniveau" in out[2]  # outputs: letter, notice, badge, ...
    assert not big.done(), "the short letter waited for the long one"
    assert "Taalniveau" in big.result(timeout=600)[2]


def _refusal(url: str, reference: str) -> str:
    """Call /bibliotheek (a public endpoint with a file input) with a file reference over
    plain HTTP; return the error message. (The main tab reads a file only through its
    private upload event.)"""
    import httpx

    payload = {"data": [{"path": reference, "meta": {"_type": "gradio.FileData"}}, "safe"]}
    with httpx.Client(base_url=url, timeout=60, trust_env=False) as http:
        started = http.post("gradio_api/call/bibliotheek", json=payload)
        started.raise_for_status()
        event = started.json()["event_id"]
        stream = http.get(f"gradio_api/call/bibliotheek/{event}").text
    kinds = [
        line.split(":", 1)[1].strip() for line in stream.splitlines() if line.startswith("event:")
    ]
    assert kinds[-1] == "error", stream
    data = [
        line.split(":", 1)[1].strip() for line in stream.splitlines() if line.startswith("data:")
    ]
    message = json.loads(data[-1])
    return message["error"] if isinstance(message, dict) else str(message)


def test_http_url_or_outside_path_is_refused_without_a_connection(
    server, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, app_port = server
    # a listener on another loopback port, named in one of the URLs: it must get nothing
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)
    bait = listener.getsockname()[1]
    attempts: list[object] = []
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def to_the_app(host: object, port: object) -> bool:
        return host in ("127.0.0.1", "localhost") and str(port) == str(app_port)

    def guarded_getaddrinfo(host, port, *args, **kwargs):
        if not to_the_app(host, port):
            attempts.append(("getaddrinfo", host, port))
            raise OSError("no name lookups in this test")
        return real_getaddrinfo(host, port, *args, **kwargs)

    def guarded_connect(sock: socket.socket, address: object) -> object:
        if not (isinstance(address, tuple) and to_the_app(*address[:2])):
            attempts.append(("connect", address))
            raise OSError("no connections in this test")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    try:
        for reference in (
            f"http://127.0.0.1:{bait}/brief.txt",
            "https://brieven.gemeente.invalid/brief.docx",
        ):
            assert "internetadres" in _refusal(url, reference)
        for reference in ("/etc/passwd", str(Path(__file__))):
            assert "niet geüpload" in _refusal(url, reference)
        received = []
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                received.append(listener.accept())
    finally:
        listener.close()
    assert received == [], "the server connected to the address in the file reference"
    assert attempts == [], f"the server looked up or connected to: {attempts}"
