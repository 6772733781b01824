"""Long letters in a worker process (issue 14): the result equals an in-process analysis,
the worker is recycled (its process ends, so its memory goes back to the system), and a
runaway analysis is killed at the time budget with a Dutch message while a short letter
is analysed in the app meanwhile. The runaway is the worker's `stall_s` test hook: data
given to that one worker, not a patch of shared code."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from rewriter import workbench as wb
from rewriter.engine import Engine
from rewriter.errors import TooSlowError
from rewriter.lanes import (
    KILL_GRACE_S,
    AnalysisLanes,
    HeavyWorker,
    trim_heap,
    tune_malloc,
)
from rewriter.settings import Settings

LETTERS = Path(__file__).parent / "fixtures" / "letters"
SHORT = (LETTERS / "01-wmo-toekenning-huishoudelijke-hulp.txt").read_text(encoding="utf-8")
LONG = SHORT + "\n\n" + SHORT


def _signature(analysis: wb.Analysis) -> tuple:
    report = analysis.report
    return (
        tuple((f.start, f.end, f.rule_id, f.category, f.message) for f in report.findings),
        tuple((p.start, p.end, p.before, p.after, p.safe, p.kind) for p in analysis.proposals),
        report.scores,
        analysis.facts,
    )


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_long_letter_is_analysed_in_the_worker_and_the_worker_is_recycled(
    engine: Engine,
) -> None:
    worker = HeavyWorker(Settings(), None, max_letters=2, idle_s=0)
    lanes = AnalysisLanes(heavy_chars=len(SHORT), heavy_slots=1, budget_s=60, workers=[worker])
    try:
        first = lanes.analyse(LONG, engine)
        pid = worker.pid
        assert pid is not None and pid != os.getpid() and not _gone(pid)
        assert _signature(first) == _signature(wb.analyse_text(LONG, engine))
        # the letter's tokens live on the app's own vocabulary, as in-process
        assert first.report.letter.doc.vocab is engine.resources.nlp.vocab
        assert wb.preview(first, [True] * len(first.proposals)).text
        assert _signature(lanes.analyse(LONG, engine)) == _signature(first)
        assert worker.pid is None  # recycled after max_letters = 2 ...
        deadline = time.monotonic() + 10
        while not _gone(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(pid)  # ... and its process is gone
    finally:
        lanes.close()


def test_a_runaway_is_killed_at_the_budget_while_a_short_letter_finishes(
    engine: Engine,
) -> None:
    budget = 4.0
    worker = HeavyWorker(Settings(), None, stall_s=600, idle_s=0)
    lanes = AnalysisLanes(heavy_chars=len(SHORT), heavy_slots=1, budget_s=budget, workers=[worker])
    try:
        worker.start()  # loading the engine is not part of the letter's budget
        pid = worker.pid
        assert pid is not None
        with ThreadPoolExecutor(max_workers=1) as pool:
            t0 = time.monotonic()
            runaway = pool.submit(lanes.analyse, LONG, engine)
            short = lanes.analyse(SHORT, engine)  # in the app's own thread, meanwhile
            assert short.report.findings
            assert not runaway.done(), "the short letter waited for the long one"
            with pytest.raises(TooSlowError, match="duurt te lang en is gestopt"):
                runaway.result(timeout=120)
            took = time.monotonic() - t0
        assert budget <= took < budget + KILL_GRACE_S + 5
        assert _gone(pid) and worker.pid is None  # killed, not left running
    finally:
        lanes.close()


def test_the_heap_is_trimmed_once_the_lanes_are_idle(engine: Engine) -> None:
    assert tune_malloc() and trim_heap()  # glibc (Linux, as in CI)
    lanes = AnalysisLanes(heavy_chars=10**6, heavy_slots=1, budget_s=60, trim_after_s=0.3)
    assert lanes.analyse(SHORT, engine).report.findings
    assert lanes.trims == 0  # not at once: more work may follow
    deadline = time.monotonic() + 10
    while lanes.trims == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lanes.trims == 1


def test_a_closed_tab_drops_its_session_after_the_grace(tmp_path: Path) -> None:
    """Gradio keeps a closed session's state (the letter) for an hour; the app drops it."""
    import httpx
    from gradio_client import Client

    import app

    demo = app.build_demo(overlay=tmp_path / "woordenlijst.yaml", closed_grace=0.5)
    url = app.serve_on_loopback(demo, allowed_paths=[str(app._TMP)])
    try:
        client = Client(url, verbose=False)
        client.predict(SHORT, None, api_name="/analyse")
        session = client.session_hash
        holder = demo.state_holder
        assert any(v is not None for v in holder.session_data[session].state_data.values())
        # a heartbeat that ends is how Gradio sees a tab close
        with (
            httpx.Client(base_url=url, timeout=30, trust_env=False) as http,
            http.stream("GET", f"gradio_api/heartbeat/{session}") as beat,
        ):
            next(beat.iter_lines())
        client.close()
        deadline = time.monotonic() + 30
        while session in holder.session_data and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session not in holder.session_data
    finally:
        demo.close()
