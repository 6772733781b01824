"""Shared fixtures: one Engine per test session (loading is the slow part), and the browser."""

from __future__ import annotations

import shutil

import pytest

from rewriter.engine import Engine

# Debian's chromium from apt; Playwright never downloads a browser here.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# How long a browser test waits for the app (ms). Generous on purpose: the CI machine has
# 2 cores and runs the whole suite, and a wait ends as soon as its condition holds, so a
# long limit only delays a failure. A tolerance, not a speed target (bench/ui.py measures).
WAIT_MS = 240_000


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.create()


@pytest.fixture(scope="session")
def nlp():
    """The shipped trained Dutch parser (rewriter/models/parser)."""
    from rewriter.parser import load_parser

    model = load_parser()
    assert model is not None, "the shipped model is missing"
    return model


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.fail("chromium is missing: run `make setup` as root (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )  # fmt: skip
        yield b
        b.close()


def section_of(structure, start: str) -> str | None:
    """The page section that holds the paragraph, list entry or row starting with `start`."""
    for key, items in structure.items.items():
        for it in items:
            if any(s.startswith(start) for s in it.flat()):
                return key
    return None
