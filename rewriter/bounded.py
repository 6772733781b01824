"""Bounded per-process caches: the one helper that keeps them small.

The caches themselves (tagged sentences and their problems in rewriter/grammar_vet.py, the
glossary's matches per sentence in rewriter/analysers/glossary.py) are plain dicts used in
least-recently-used order: a hit is popped and put back at the young end, and `trim`
drops the oldest entries.
"""

from __future__ import annotations


def trim(kept: dict, size: int) -> None:
    """Drop the oldest entries of `kept` down to `size` (another thread's change stops it
    early: the web app's handlers share a process)."""
    try:
        while len(kept) > max(size, 0):
            kept.pop(next(iter(kept)), None)
    except (RuntimeError, StopIteration):
        pass
