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


# The page has mounted and wired its handlers (app.READY sets the class).
READY = "() => document.body.classList.contains('kt-klaar')"
# An analysis of the main tab has ended and shown its level.
ANALYSED = (
    "() => !document.body.classList.contains('kt-bezig')"
    " && document.querySelector('#niveau').innerText.includes('Taalniveau')"
)


def app_ready(page) -> None:
    """Wait until the web app in `page` can take input: its letter box is there and its
    handlers are wired. Typing or clicking before that could go unseen."""
    page.wait_for_selector("#brief textarea", timeout=WAIT_MS)
    page.wait_for_function(READY, timeout=WAIT_MS)


def analyse(page, text: str | None = None) -> None:
    """Type `text` (if given) into the main tab, press Analyseer and wait for the result.

    A click that nothing answered (no busy mark, no result after a third of the wait) is
    given again, up to three times; a slow analysis that is still busy is waited for, not
    clicked again. On failure the message says what the page showed, for the CI log."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    if text is not None:
        page.fill("#brief textarea", text)
    for _ in range(3):
        page.click("#analyseer")
        try:
            page.wait_for_function(ANALYSED, timeout=WAIT_MS // 3)
            return
        except PlaywrightTimeout:
            if page.evaluate("() => document.body.classList.contains('kt-bezig')"):
                try:
                    page.wait_for_function(ANALYSED, timeout=WAIT_MS)
                    return
                except PlaywrightTimeout:
                    break
    shown = page.evaluate(
        "() => ({body: document.body.className,"
        " melding: document.querySelector('#melding')?.innerText,"
        " niveau: document.querySelector('#niveau')?.innerText,"
        " brief: document.querySelector('#brief textarea')?.value.length})"
    )
    pytest.fail(f"the analysis did not end; the page showed {shown}")


def section_of(structure, start: str) -> str | None:
    """The page section that holds the paragraph, list entry or row starting with `start`."""
    for key, items in structure.items.items():
        for it in items:
            if any(s.startswith(start) for s in it.flat()):
                return key
    return None
