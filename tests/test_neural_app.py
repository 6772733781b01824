"""AI proposals in the web app's main tab, through the app's API (/analyse) and its worksheet.

The backend is the fake OpenAI-compatible server of test_neural.py on loopback.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from test_neural import BAD, GOOD, LETTER, P1, P2, P3, _Fake, server  # noqa: F401 (server: fixture)

from rewriter.engine import Engine
from rewriter.neural.propose import KIND, ai_proposals, load_backend
from rewriter.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app  # noqa: E402


def _launch(settings: Settings, tmp_path: Path):
    from gradio_client import Client

    demo = app.build_demo(settings=settings, overlay=tmp_path / "overlay.yaml")
    return demo, Client(app.serve_on_loopback(demo), verbose=False)


def test_main_tab_offers_ai_proposals_unticked(server: str, tmp_path: Path) -> None:  # noqa: F811
    _Fake.replies = {**GOOD, P1: BAD["changed amount of hours"][1]}
    settings = Settings().updated({"neural_backend": "http", "neural_base_url": server})
    demo, client = _launch(settings, tmp_path)
    try:
        # outputs (the session state is not part of the API): letter, notice, badge, chart,
        # worksheet, preview, diff, facts, contact choice, AI status
        out = client.predict(LETTER, None, api_name="/analyse")
        sheet, note = out[4], out[-1]
        assert KIND in sheet  # offered in the proposal list (never ticked: the next test)
        assert f"AI-herschrijven: aan, via {server}" in note
        # the section whose rewrite changed '3 uur' is refused with its reason
        assert "Geen AI-voorstel voor *Wij hebben besloten" in note and "Veranderd" in note
        assert "4 uur" not in sheet
    finally:
        demo.close()


def test_accepting_only_the_ai_proposals_gives_the_model_text(
    server: str,  # noqa: F811
    engine: Engine,
) -> None:
    from dataclasses import replace

    from rewriter import workbench as wb
    from rewriter import worksheet as ws

    _Fake.replies = {**GOOD, P1: BAD["changed amount of hours"][1]}
    settings = Settings().updated({"neural_backend": "http", "neural_base_url": server})
    backend, _ = load_backend(settings)
    analysis = wb.analyse_text(LETTER, engine)
    ai, _ = ai_proposals(analysis.report.letter.text, engine, backend)
    assert ai and all(p.kind == KIND and not p.safe for p in ai)
    analysis = replace(analysis, proposals=analysis.proposals + ai)
    session, _, _ = ws.open_session(analysis, None, None)
    assert not any(p.kind == KIND for p in ws.chosen(session))  # never ticked by default
    text = ws.generate(analysis, list(ai)).text
    assert GOOD[P2] in text and GOOD[P3] in text
    assert P1 in text  # the refused section stays as it was


def test_main_tab_says_no_backend_is_active(tmp_path: Path) -> None:
    demo, client = _launch(Settings(), tmp_path)
    try:
        out = client.predict(LETTER, None, api_name="/analyse")
        assert "AI-herschrijven: uit" in out[-1]
        assert KIND not in out[4]
    finally:
        demo.close()


def test_the_hook_opens_no_socket_without_a_backend(engine: Engine, monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    backend, line = load_backend(Settings())
    assert backend is None and "uit" in line
    assert ai_proposals(LETTER, engine, backend) == ((), "")


def test_a_wrong_backend_setting_does_not_stop_the_app() -> None:
    backend, line = load_backend(Settings().updated({"neural_backend": "http"}))
    assert backend is None and "neural_base_url" in line
