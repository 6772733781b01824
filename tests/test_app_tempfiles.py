"""Issue 14 item 4: the app's temp folder is private, removed at exit, and the stale
folders of earlier runs are removed at start-up; item 9: session state has a time to live."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parent.parent


def test_temp_folder_is_private_and_named_after_the_process() -> None:
    assert stat.S_IMODE(app._TMP.stat().st_mode) == 0o700
    assert app._TMP.name.startswith(f"keukentafeltaal-{os.getpid()}-")


def test_stale_folders_of_earlier_runs_are_removed(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = tmp_path / f"keukentafeltaal-{gone.stdout.strip()}-abc"
    alive = tmp_path / f"keukentafeltaal-{os.getpid()}-def"
    old = tmp_path / "keukentafeltaal-x1y2z3"  # made before folders carried a process id
    recent = tmp_path / "keukentafeltaal-q9w8e7"
    other = tmp_path / "iets-anders-123"
    for folder in (dead, alive, old, recent, other):
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "brief.pdf").write_bytes(b"%PDF naam en BSN")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    removed = app._remove_stale_temp(tmp_path)
    assert sorted(removed) == sorted([dead, old])
    assert not dead.exists() and not old.exists()
    assert alive.exists() and recent.exists() and other.exists()


def test_the_temp_folder_is_removed_when_the_app_exits() -> None:
    code = (
        "import app, pathlib\n"
        "(app._TMP / 'upload').mkdir()\n"
        "(app._TMP / 'upload' / 'brief.pdf').write_bytes(b'%PDF')\n"
        "print(app._TMP)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env, timeout=300)  # fmt: skip
    folder = Path(out.stdout.strip().splitlines()[-1])
    assert folder.name.startswith("keukentafeltaal-")
    assert not folder.exists()


def test_session_state_has_a_time_to_live(tmp_path: Path) -> None:
    import gradio as gr

    demo = app.build_demo(overlay=tmp_path / "o.yaml", state_ttl=120)
    states = [b for b in demo.blocks.values() if isinstance(b, gr.State)]
    assert states and all(s.time_to_live and s.time_to_live >= 120 for s in states)
    assert min(s.time_to_live for s in states) == 120
