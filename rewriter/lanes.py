"""Admission for analyses in a shared server: long letters cannot stall short ones.

The web app runs up to `Settings.web_concurrency` analyses at once (threads; the core
keeps no mutable state per request outside the request, and its shared caches are
bounded and only ever filled with values that depend on their key alone). Without a
lane for long letters, a few users posting letters at the size limit would take every
slot and everyone else would wait behind them. Here:

- a letter longer than `heavy_letter_chars` must take one of `heavy_slots`; when all
  are taken it is refused at once with a Dutch message (BusyError) instead of waiting,
  so it never holds a slot that a short letter could use;
- every analysis gets a soft time budget (`analysis_budget_s`): it stops with
  TooSlowError at the first stage boundary past the budget (see
  `workbench.analyse_text`).

So at most `heavy_slots` long letters are in memory at once, and at least
`web_concurrency - heavy_slots` slots stay free for short ones. The lane is one object
per app (no module state); its semaphore is the only thing it shares between threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rewriter.engine import Engine
from rewriter.errors import BusyError
from rewriter.settings import Settings
from rewriter.workbench import Analysis, analyse_text


class AnalysisLanes:
    """Run analyses with a slot limit for long letters and a time budget for all."""

    def __init__(self, heavy_chars: int, heavy_slots: int, budget_s: float) -> None:
        self.heavy_chars = heavy_chars
        self.budget_s = budget_s
        self._heavy = threading.BoundedSemaphore(max(1, heavy_slots))

    @classmethod
    def from_settings(cls, settings: Settings) -> AnalysisLanes:
        return cls(settings.heavy_letter_chars, settings.heavy_slots, settings.analysis_budget_s)

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
        with self.admit(text):
            return analyse_text(text, engine, self.deadline())
