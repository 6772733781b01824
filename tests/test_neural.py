"""Neural rewriting (rewriter/neural): fact-locked by verify, off unless configured.

The HTTP backend runs against a fake OpenAI-compatible server on loopback that
returns canned good and bad rewrites.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from rewriter.engine import Engine
from rewriter.neural.backends import (
    OpenAICompatibleBackend,
    backend_from_settings,
    backend_status,
)
from rewriter.neural.propose import KIND, neural_for_letter, neural_proposals, sections
from rewriter.settings import Settings
from rewriter.suggest import apply

P1 = (
    "Wij hebben besloten dat u vanaf 1 april 2026 huishoudelijke hulp krijgt. "
    "U krijgt 3 uur hulp per week van Zorggroep Salland."
)
P2 = (
    "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken na de datum "
    "van deze brief bezwaar maken."
)
P3 = "Voor vragen kunt u contact opnemen met mevrouw J. de Vries via telefoonnummer 14 0570."
LETTER = f"Datum: 12 maart 2026\n\nBeste mevrouw De Vries,\n\n{P1}\n\n{P2}\n\n{P3}\n"

GOOD = {
    P1: "Wij hebben besloten dat u vanaf 1 april 2026 hulp in het huishouden krijgt. "
    "U krijgt 3 uur hulp per week van Zorggroep Salland.",
    P2: "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum "
    "van deze brief bezwaar maken.",
    P3: "Heeft u vragen? Bel mevrouw J. de Vries via telefoonnummer 14 0570.",
}
# one bad rewrite per kind of damage, with the words its refusal must name
BAD = {
    "changed amount of hours": (P1, GOOD[P1].replace("3 uur", "4 uur"), "Veranderd"),
    "dropped deadline": (P2, "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.", "Ontbreekt"),
    "invented phone number": (P3, GOOD[P3] + " Of bel 06-12345678.", "Toegevoegd"),
    "stigma word": (P1, GOOD[P1] + " Dat is goed voor een zorgmijder als u.", "Stigmatiserend"),
    "legal terms lost": (P2, "Bent u het niet eens? Stuur ons dan binnen zes weken na de datum "
                         "van deze brief een brief.", "Juridisch woord"),
    "empty reply": (P3, "", "lege tekst"),
    "fact moved (apply could never accept it)": (
        P2, "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen "
        "zes weken na de datum van deze brief.", "vast gegeven"),
}  # fmt: skip


class _Fake(BaseHTTPRequestHandler):
    replies: ClassVar[dict[str, str]] = {}
    requests: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        section = body["messages"][-1]["content"]
        content = type(self).replies.get(section, section)
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data.encode("utf-8"))

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Fake.requests = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_sections_are_the_running_text() -> None:
    assert [LETTER[a:b] for a, b in sections(LETTER)] == [P1, P2, P3]


def test_good_rewrites_become_ai_proposals(engine: Engine, server: str) -> None:
    _Fake.replies = dict(GOOD)
    result = neural_proposals(LETTER, engine, OpenAICompatibleBackend(server, "test-model"))
    assert result.refused == () and result.fallback == ()
    assert result.proposals and all(p.kind == KIND and not p.safe for p in result.proposals)
    # the prompt carried the glossary and the facts
    system = _Fake.requests[0]["messages"][0]["content"]
    assert "1 april 2026" in system and "zorgmijder" in system and "B1" in system
    assert _Fake.requests[0]["model"] == "test-model"
    # accepting every AI proposal gives the model's text; the fact guard lets it through
    applied = apply(LETTER, list(result.proposals))
    assert not applied.refused
    for section in GOOD.values():
        assert section in applied.text


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_rewrites_are_refused_with_the_reason(engine: Engine, server: str, name: str) -> None:
    section, reply, reason = BAD[name]
    _Fake.replies = {**GOOD, section: reply}
    result = neural_proposals(LETTER, engine, OpenAICompatibleBackend(server, ""))
    (refusal,) = result.refused
    assert LETTER[refusal.start : refusal.end] == section
    assert any(reason in r for r in refusal.reasons), refusal.reasons
    # the refused section keeps its rule-based proposals; the others get AI proposals
    assert all(refusal.start <= p.start and p.end <= refusal.end for p in result.fallback)
    assert not any(refusal.start <= p.start < refusal.end for p in result.proposals)


def test_a_server_that_is_down_refuses_every_section(engine: Engine) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    backend = OpenAICompatibleBackend(f"http://127.0.0.1:{port}", "", timeout=5)
    result = neural_proposals(LETTER, engine, backend)
    assert len(result.refused) == 3 and not result.proposals
    assert all("geen bruikbaar antwoord" in r.reasons[0] for r in result.refused)


def test_no_backend_configured_opens_no_socket(engine: Engine, monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert Settings().neural_backend == ""
    assert backend_from_settings(Settings()) is None
    assert neural_for_letter(LETTER, engine) is None
    assert "uit" in backend_status(Settings())


def test_http_backend_from_settings(engine: Engine, server: str) -> None:
    settings = Settings().updated({"neural_backend": "http", "neural_base_url": server})
    _Fake.replies = dict(GOOD)
    result = neural_for_letter(LETTER, replace(engine, settings=settings))
    assert result is not None and result.proposals
    assert server in backend_status(settings)
