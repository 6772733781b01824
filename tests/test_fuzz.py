"""Fuzz run in CI (issue 14): a few hundred mutated .docx/.odt/.pdf/.html/.txt files built
from the fixture letters (fixed seed, bench/fuzz.py), read and analysed in a separate
process: no traceback, no input over 10 s, peak memory under 1 GB, nothing on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_fuzzed_inputs_give_dutch_errors_or_results() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.fuzz", "--n", "200", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    assert stats["inputs"] == 200
    assert stats["outcomes"].get("traceback", 0) == 0, stats["tracebacks"]
    assert stats["outcomes"].get("ok", 0) > 20  # the mutations leave many letters readable
    assert stats["hangs"] == 0, stats["slowest"]
    assert stats["peak_rss_mb"] < 1024
    assert proc.stderr == ""  # no library prints or logs pieces of a letter
