"""Issue 15: an unexpected exception in any handler of the web app shows one plain Dutch
message (never Gradio's English "Error"), and the log names its type and place, never its
text (an exception message may quote the letter).

The browser is /usr/bin/chromium from apt (`browser` fixture in tests/conftest.py), set
to English, so Gradio's own words would be English if they leaked through.
"""

from __future__ import annotations

import inspect
import logging
import os

import gradio as gr
import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from conftest import WAIT_MS, app_ready

import app

SECRET = "geheime brieftekst van mevrouw Jansen"


def _boom(*_args, **_kwargs):
    raise RuntimeError(SECRET)


def test_wrapped_handler_gives_dutch_error_and_logs_no_text(caplog) -> None:
    def handler(text: str, progress=gr.Progress()):  # noqa: B008
        return _boom(text)

    wrapped = app.dutch_errors(handler)
    assert inspect.signature(wrapped) == inspect.signature(handler)  # Gradio reads it
    with caplog.at_level(logging.ERROR), pytest.raises(gr.Error) as info:
        wrapped("brief")
    assert info.value.message == app.UNEXPECTED and info.value.title == "Fout"
    assert "RuntimeError" in caplog.text and "handler" in caplog.text
    assert SECRET not in caplog.text and "Jansen" not in caplog.text


def test_wrapped_generator_stays_a_generator(caplog) -> None:
    def steps(n: int):
        yield "een"
        _boom(n)

    wrapped = app.dutch_errors(steps)
    assert inspect.isgeneratorfunction(wrapped)
    out = wrapped(1)
    assert next(out) == "een"
    with caplog.at_level(logging.ERROR), pytest.raises(gr.Error) as info:
        next(out)
    assert info.value.message == app.UNEXPECTED
    assert SECRET not in caplog.text


def test_gradio_error_passes_unchanged() -> None:
    def refuse() -> None:
        raise gr.Error("Kies eerst een .zip met brieven.", title="Fout")

    with pytest.raises(gr.Error) as info:
        app.dutch_errors(refuse)()
    assert info.value.message == "Kies eerst een .zip met brieven."


def test_every_handler_of_the_app_is_wrapped(tmp_path) -> None:
    demo = app.build_demo(overlay=tmp_path / "woordenlijst-gemeente.yaml")
    handlers = [f for f in demo.fns.values() if f.fn is not None]
    assert len(handlers) > 10
    assert all(getattr(f.fn, "_dutch_errors", False) for f in handlers)


def test_failing_handlers_speak_dutch_in_the_browser(
    browser, tmp_path, monkeypatch, caplog
) -> None:
    monkeypatch.setattr(app.ws, "worksheet_html", _boom)  # the main tab's analysis
    monkeypatch.setattr(app, "verify", _boom)  # "Controleer een herschreven brief"
    demo = app.build_demo(overlay=tmp_path / "woordenlijst-gemeente.yaml")
    url = app.serve_on_loopback(demo, allowed_paths=[str(app._TMP)], **app.launch_options())
    context = browser.new_context(locale="en-US", viewport={"width": 1366, "height": 900})
    context.set_default_timeout(WAIT_MS)
    try:
        page = context.new_page()
        with caplog.at_level(logging.ERROR):
            page.goto(url, wait_until="domcontentloaded")
            app_ready(page)
            page.fill(
                "#brief textarea", "Geachte heer,\n\nMiddels deze brief laten wij u iets weten.\n"
            )
            page.click("#analyseer")
            # the main tab: the message where the result would be, the busy mark gone
            page.wait_for_function(
                "() => document.querySelector('#melding').innerText.includes('Er ging iets mis')"
            )
            assert page.inner_text("#melding").strip() == f"❌ {app.UNEXPECTED}"
            page.wait_for_function("() => !document.body.classList.contains('kt-bezig')")
            assert page.locator(".toast-body").count() == 0
            # another tab: one toast, its title drawn as 'Fout', the text Dutch
            page.get_by_role("tab", name="Controleer een herschreven brief").click()
            page.fill("#v-origineel textarea", "Uw uitkering is 500 euro.")
            page.fill("#v-herschreven textarea", "U krijgt 500 euro.")
            page.click("#controleer")
            toast = page.locator(".toast-body.error")
            toast.wait_for()
            assert app.UNEXPECTED in toast.inner_text()
            title = page.evaluate(
                "() => { const t = document.querySelector('.toast-title.error');"
                " return [getComputedStyle(t).fontSize, getComputedStyle(t, '::before').content]; }"
            )
            assert title == ["0px", '"Fout"'], title  # Gradio's own "Error" is not shown
            assert page.locator(".toast-body").count() == 1
        assert "RuntimeError" in caplog.text
        assert SECRET not in caplog.text and "Jansen" not in caplog.text
    finally:
        context.close()
        demo.close()
