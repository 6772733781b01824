"""Batch data integrity (issue 14, item 12): no output collisions, conflicts become an
error entry, no temporary files left, and pool workers die with the batch process."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from rewriter.batch import Options, collect, run_batch, write_atomic

ROOT = Path(__file__).resolve().parent.parent
LETTER = "Geachte heer,\n\nMiddels deze beschikking krijgt u hulp vanaf 1 mei 2026.\n\nMet vriendelijke groet,\n\nA. de Boer\n"  # fmt: skip
OPTIONS = Options("safe", ("txt",))


def test_same_stem_and_same_name_never_share_outputs(tmp_path: Path) -> None:
    lib = tmp_path / "in"
    for rel, word in (("brief.txt", "een"), ("brief.md", "twee"), ("a/dup.txt", "drie"),
                      ("b/dup.txt", "vier"), ("c/Dup.txt", "vijf"), ("c/dup.txt", "zes")):  # fmt: skip
        (lib / rel).parent.mkdir(parents=True, exist_ok=True)
        (lib / rel).write_text(LETTER.replace("hulp", f"hulp {word}"), encoding="utf-8")
    result = run_batch(lib, tmp_path / "out", OPTIONS)
    assert not result.failed, [(s.rel, s.reason) for s in result.failed]
    outputs = [o for s in result.summaries for o in s.outputs]
    assert len(outputs) == len(set(o.lower() for o in outputs)) == 6
    for s in result.summaries:
        word = {"brief.txt": "een", "brief.md": "twee", "a/dup.txt": "drie", "b/dup.txt": "vier",
                "c/Dup.txt": "vijf", "c/dup.txt": "zes"}[s.rel]  # fmt: skip
        text = (tmp_path / "out" / s.outputs[0]).read_text(encoding="utf-8")
        assert f"hulp {word}" in text, (s.rel, s.outputs)
    assert "brieven/a/dup.txt" in outputs  # no collision: the plain name is kept
    assert {"brieven/brief-txt.txt", "brieven/brief-md.txt"} <= set(outputs)


def test_duplicate_names_in_a_zip_are_refused_once(tmp_path: Path) -> None:
    archive = tmp_path / "brieven.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("map/brief.txt", LETTER)
        z.writestr("map\\brief.txt", LETTER.replace("hulp", "steun"))
    sources, refused = collect(archive)
    assert [s.rel for s in sources] == ["map/brief.txt"]
    assert [r.rel for r in refused] == ["map/brief.txt"] and "twee keer" in refused[0].reason


def test_file_folder_conflict_is_an_error_entry_and_the_run_goes_on(tmp_path: Path) -> None:
    archive = tmp_path / "brieven.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", LETTER)  # its output brieven/a.txt is a file ...
        z.writestr("a.txt/x.txt", LETTER)  # ... where this letter needs a folder
        z.writestr("b.txt", LETTER)
    out = tmp_path / "out"
    result = run_batch(archive, out, OPTIONS)
    status = {s.rel: s.status for s in result.summaries}
    assert status == {"a.txt": "ok", "a.txt/x.txt": "fout", "b.txt": "ok"}
    assert "kon niet worden geschreven" in result.failed[0].reason
    assert (out / "report.html").exists() and (out / "report.csv").exists()
    assert not list(out.rglob(".tmp-*"))


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "doel").mkdir()
    with pytest.raises(OSError):
        write_atomic(tmp_path / "doel", b"x")
    assert not list(tmp_path.rglob(".tmp-*"))


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_pool_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    lib = tmp_path / "in"
    lib.mkdir()
    # enough letters that the pool is still at work when the test looks for it: the
    # parent converts the first letter itself, the workers start with all loaded, and a
    # sentence seen before is served from the per-process caches (same letters are fast)
    for i in range(300):
        (lib / f"brief-{i}.txt").write_text(LETTER, encoding="utf-8")
    script = (
        "import sys; from pathlib import Path; from rewriter.batch import Options, run_batch; "
        "run_batch(Path(sys.argv[1]), Path(sys.argv[2]), Options('safe', ('txt',)), jobs=2)"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(lib), str(tmp_path / "out")],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            time.sleep(0.2)
            workers = _children(parent.pid)
        assert len(workers) >= 2, "the pool did not start"
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "orphaned pool workers"
    finally:
        for pid in [parent.pid, *workers]:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
