"""Shared fixtures: one Engine per test session (loading is the slow part)."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.create()
