"""Admission for analyses in a shared server: long letters cannot stall short ones.

The web app runs up to `Settings.web_concurrency` analyses at once (threads; the core
keeps no mutable state per request outside the request, and its shared caches are
bounded and only ever filled with values that depend on their key alone). Without a
lane for long letters, a few users posting letters at the size limit would take every
slot and everyone else would wait behind them. Here:

- a letter longer than `heavy_letter_chars` must take one of `heavy_slots`; when all
  are taken it is refused at once with a Dutch message (BusyError) instead of waiting,
  so it never holds a slot that a short letter could use;
- every analysis gets a time budget (`analysis_budget_s`): it stops with TooSlowError at
  the first stage boundary past the budget (see `workbench.analyse_text`);
- with `heavy_worker` on (the web app), a long letter is analysed in a worker process
  (`HeavyWorker`, one per heavy slot) that loads its own engine. A runaway analysis is
  killed at the budget (the user gets the same Dutch TooSlowError), and the memory a
  long letter needed goes back to the operating system when the worker is recycled:
  after `heavy_worker_letters` letters, when its resident memory passes
  `heavy_worker_rss_mb`, or after `heavy_worker_idle_s` seconds without work.

Memory of the app process itself: analyses in threads leave freed memory in glibc's
per-thread malloc arenas, which is not given back to the system on its own (measured: +18 %
resident after 20 users x 40 s, most of it free heap). So the app tunes malloc
(`tune_malloc`: 2 arenas, a fixed mmap threshold) and the lanes trim the heap
(`trim_heap`, malloc_trim) once no analysis has run for `trim_after_s` seconds.

The worker is a plain child process (`python -m rewriter.lanes FD`) that talks over a
socket pair with `multiprocessing.connection.Connection`; it is not a multiprocessing
'spawn' child, because that would re-run the app's main module (its temp folder and
Gradio import) in the worker. The analysis comes back pickled, with the spaCy vocabulary
left out (`persistent_id`) and reattached to the app's own engine, so the result is the
same object graph an in-process analysis gives.

So at most `heavy_slots` long letters are analysed at once, and at least
`web_concurrency - heavy_slots` slots stay free for short ones. The lane is one object
per app (no module state); its semaphore and its workers are what it shares between
threads.
"""

from __future__ import annotations

import ctypes
import io
import os
import pickle
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from rewriter.engine import Engine
from rewriter.errors import BusyError, RewriterError, TooSlowError
from rewriter.settings import Settings
from rewriter.workbench import Analysis, analyse_text, too_slow

# The worker's own soft deadline is the budget; the app kills it this much later (time to
# pickle and send a result that was ready just in time).
KILL_GRACE_S = 2.0
# The app trims its heap once no analysis has run for this long (after a burst of work).
TRIM_AFTER_S = 2.0
# Loading an engine in a fresh worker (not counted in a letter's budget).
START_TIMEOUT_S = 300.0
_VOCAB = "vocab"
_M_ARENA_MAX = -8  # glibc malloc.h
_M_MMAP_THRESHOLD = -3
_WARM_UP = "Geachte heer Jansen,\n\nU ontvangt een beschikking voor ambulante begeleiding.\n"


class WorkerError(RewriterError):
    """The worker process ended without an answer (killed from outside, out of memory)."""

    code = "intern"


class _VocabPickler(pickle.Pickler):
    """Pickle an analysis without the engine's spaCy vocabulary (the app has its own)."""

    def __init__(self, file: io.BytesIO, vocab: object) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._vocab = vocab

    def persistent_id(self, obj: object) -> str | None:
        return _VOCAB if obj is self._vocab else None


class _VocabUnpickler(pickle.Unpickler):
    """Unpickle an analysis onto the app engine's spaCy vocabulary."""

    def __init__(self, file: io.BytesIO, vocab: object) -> None:
        super().__init__(file)
        self._vocab = vocab

    def persistent_load(self, pid: Any) -> object:
        if pid != _VOCAB:
            raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")
        return self._vocab


def dump_analysis(analysis: Analysis, engine: Engine) -> bytes:
    buf = io.BytesIO()
    _VocabPickler(buf, engine.resources.nlp.vocab).dump(analysis)
    return buf.getvalue()


def load_analysis(data: bytes, engine: Engine) -> Analysis:
    return _VocabUnpickler(io.BytesIO(data), engine.resources.nlp.vocab).load()


def _libc() -> Any:
    return ctypes.CDLL(None)  # the C library the interpreter runs on


def tune_malloc(arenas: int = 2, mmap_threshold: int = 128 * 1024) -> bool:
    """Make glibc malloc keep less free memory (elsewhere: no-op, False). Call it before
    the server starts its threads.

    At most `arenas` arenas serve all threads (like MALLOC_ARENA_MAX): fewer arenas hold
    fewer free blocks, at little cost when the GIL serialises the threads anyway. Blocks
    of `mmap_threshold` bytes and more get their own mapping, given back when freed (a
    fixed threshold: glibc otherwise raises it after each large free, up to 32 MB, and
    such blocks then stay in the heap)."""
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is None:
        return False
    return mallopt(_M_ARENA_MAX, arenas) == 1 and mallopt(_M_MMAP_THRESHOLD, mmap_threshold) == 1


def trim_heap() -> bool:
    """Give free heap memory back to the system (glibc malloc_trim; elsewhere: False)."""
    malloc_trim = getattr(_libc(), "malloc_trim", None)
    return bool(malloc_trim and malloc_trim(0))


def _rss_mb(pid: int) -> float:
    try:
        with Path(f"/proc/{pid}/status").open(encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class HeavyWorker:
    """One worker process for long letters, started when first needed, with its own engine.

    `stall_s` is a test hook (data, passed to the worker at start): the worker sleeps that
    long before each analysis, without looking at the clock, like a runaway would.
    """

    def __init__(
        self,
        settings: Settings,
        overlay: Path | None = None,
        *,
        max_letters: int = 10,
        max_rss_mb: float = 1500.0,
        idle_s: float = 30.0,
        stall_s: float = 0.0,
    ) -> None:
        self.settings = settings
        self.overlay = overlay
        self.max_letters = max_letters
        self.max_rss_mb = max_rss_mb
        self.idle_s = idle_s
        self.stall_s = stall_s
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._letters = 0
        self._last_used = 0.0

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (None when stopped)."""
        return self._proc.pid if self._proc is not None else None

    def analyse(self, text: str, engine: Engine, budget_s: float) -> Analysis:
        """Analyse `text` in the worker; kill the worker when it runs past the budget."""
        with self._lock:
            conn = self._running()
            try:
                conn.send_bytes(pickle.dumps((text, budget_s)))
                if not conn.poll(budget_s + KILL_GRACE_S):
                    self._stop()
                    raise too_slow()
                status, payload = pickle.loads(conn.recv_bytes())
            except (EOFError, OSError) as exc:
                self._stop()
                raise WorkerError(
                    "Het controleren van deze brief is onverwacht gestopt. "
                    "Probeer het opnieuw, of controleer de brief in delen."
                ) from exc
            self._letters += 1
            self._last_used = time.monotonic()
            if self._letters >= self.max_letters or _rss_mb(self._proc.pid) > self.max_rss_mb:
                self._stop()  # its memory goes back to the operating system
            elif self.idle_s > 0:
                timer = threading.Timer(self.idle_s, self._stop_when_idle)
                timer.daemon = True
                timer.start()
        if status == "error":
            raise payload
        return load_analysis(payload, engine)

    def start(self) -> None:
        """Start the worker and wait until its engine is loaded (else the first letter does)."""
        with self._lock:
            self._running()

    def close(self) -> None:
        """Stop the worker (a later `analyse` starts a new one)."""
        with self._lock:
            self._stop()

    def _stop_when_idle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return  # busy: the timer of that letter will look again
        try:
            if time.monotonic() - self._last_used >= self.idle_s:
                self._stop()
        finally:
            self._lock.release()

    def _running(self) -> Connection:
        if self._proc is not None and self._proc.poll() is None and self._conn is not None:
            return self._conn
        self._stop()
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parent.parent)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([package_root, *sys.path]),
            "MALLOC_ARENA_MAX": "2",
            "MALLOC_MMAP_THRESHOLD_": str(128 * 1024),
        }
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "rewriter.lanes", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # no library prints pieces of a letter anywhere
                stderr=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        finally:
            theirs.close()
        self._conn = Connection(ours.detach())
        self._letters = 0
        self._conn.send_bytes(pickle.dumps((self.settings, self.overlay, self.stall_s)))
        if not self._conn.poll(START_TIMEOUT_S):
            self._stop()
            raise WorkerError("Het rekenproces voor lange brieven start niet. Probeer het later.")
        try:
            status, payload = pickle.loads(self._conn.recv_bytes())
        except (EOFError, OSError) as exc:
            self._stop()
            raise WorkerError("Het rekenproces voor lange brieven start niet.") from exc
        if status == "error":
            self._stop()
            raise payload
        return self._conn

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            self._proc = None


def serve(fd: int) -> None:
    """The worker's loop: load an engine, then analyse letters until the socket closes."""
    from rewriter.workbench import EngineHolder

    conn = Connection(fd)
    settings, overlay, stall_s = pickle.loads(conn.recv_bytes())
    try:
        holder = EngineHolder(settings, overlay) if overlay else None
        engine = holder.get() if holder else Engine.create(settings)
        analyse_text(_WARM_UP, engine)  # first-use loading is not counted in a letter's budget
    except RewriterError as exc:
        conn.send_bytes(pickle.dumps(("error", exc)))
        return
    conn.send_bytes(pickle.dumps(("ready", None)))
    while True:
        try:
            text, budget_s = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return  # the app closed the connection or ended
        # an orphan (the app died mid-letter) does not run on past the budget either
        guard = threading.Timer(budget_s + 2 * KILL_GRACE_S, os._exit, (3,))
        guard.daemon = True
        guard.start()
        try:
            if stall_s:
                time.sleep(stall_s)
            if holder is not None:
                engine = holder.get()  # rebuilt when the overlay file changed
            analysis = analyse_text(text, engine, time.monotonic() + budget_s)
            reply = ("ok", dump_analysis(analysis, engine))
        except RewriterError as exc:
            reply = ("error", exc)
        except Exception as exc:  # the app re-raises it; no letter text is in the name
            reply = ("error", RuntimeError(f"{type(exc).__name__} in het rekenproces"))
        guard.cancel()
        try:
            conn.send_bytes(pickle.dumps(reply))
        except OSError:
            return


class AnalysisLanes:
    """Run analyses with a slot limit for long letters and a time budget for all."""

    def __init__(
        self,
        heavy_chars: int,
        heavy_slots: int,
        budget_s: float,
        workers: list[HeavyWorker] | None = None,
        trim_after_s: float | None = None,
    ) -> None:
        self.heavy_chars = heavy_chars
        self.budget_s = budget_s
        self.trim_after_s = trim_after_s
        self._count_lock = threading.Lock()
        self._running = 0
        self._finished = 0
        self.trims = 0
        slots = max(1, heavy_slots)
        self._heavy = threading.BoundedSemaphore(slots)
        # with workers: one per slot, so an admitted long letter always finds a free one
        self._workers: queue.SimpleQueue[HeavyWorker] | None = None
        if workers:
            if len(workers) != slots:
                raise ValueError("one heavy worker per heavy slot")
            self._workers = queue.SimpleQueue()
            for worker in workers:
                self._workers.put(worker)
        self.workers = tuple(workers or ())

    @classmethod
    def from_settings(cls, settings: Settings, overlay: Path | None = None) -> AnalysisLanes:
        workers = None
        if settings.heavy_worker:
            workers = [
                HeavyWorker(
                    settings,
                    overlay,
                    max_letters=settings.heavy_worker_letters,
                    max_rss_mb=settings.heavy_worker_rss_mb,
                    idle_s=settings.heavy_worker_idle_s,
                )
                for _ in range(max(1, settings.heavy_slots))
            ]
        return cls(
            settings.heavy_letter_chars,
            settings.heavy_slots,
            settings.analysis_budget_s,
            workers,
            trim_after_s=TRIM_AFTER_S,
        )

    def is_heavy(self, text: str) -> bool:
        return len(text) > self.heavy_chars

    @contextmanager
    def admit(self, text: str) -> Iterator[None]:
        """Hold a long-letter slot for the block (refuse when none is free); short: no-op."""
        if not self.is_heavy(text):
            yield
            return
        if not self._heavy.acquire(blocking=False):
            raise BusyError(
                "Er wordt nu al een lange brief gecontroleerd. "
                "Probeer het over een minuut opnieuw, of controleer een korter stuk."
            )
        try:
            yield
        finally:
            self._heavy.release()

    def deadline(self) -> float:
        """The monotonic time at which an analysis started now must stop."""
        return time.monotonic() + self.budget_s

    def analyse(self, text: str, engine: Engine) -> Analysis:
        """`workbench.analyse_text` in the right lane and within the time budget."""
        with self._count_lock:
            self._running += 1
        try:
            with self.admit(text):
                if self._workers is None or not self.is_heavy(text):
                    return analyse_text(text, engine, self.deadline())
                worker = self._workers.get_nowait()  # never empty: one per admitted slot
                try:
                    return worker.analyse(text, engine, self.budget_s)
                finally:
                    self._workers.put(worker)
        finally:
            self._done()

    def _done(self) -> None:
        with self._count_lock:
            self._running -= 1
            self._finished += 1
            finished, idle = self._finished, self._running == 0
        if idle and self.trim_after_s is not None:
            timer = threading.Timer(self.trim_after_s, self._trim_if_idle, (finished,))
            timer.daemon = True
            timer.start()

    def _trim_if_idle(self, finished: int) -> None:
        """Trim the heap if no analysis started or ended since the timer was set."""
        with self._count_lock:
            if self._running or self._finished != finished:
                return
            self.trims += 1
        trim_heap()

    def close(self) -> None:
        """Stop the worker processes."""
        for worker in self.workers:
            worker.close()


__all__ = [
    "AnalysisLanes",
    "HeavyWorker",
    "TooSlowError",
    "WorkerError",
    "trim_heap",
    "tune_malloc",
]


if __name__ == "__main__":
    serve(int(sys.argv[1]))
