"""The web app's view 'Controleer een herschreven brief' through its API (/controleer)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app  # noqa: E402

ORIGINAL = (
    "Datum: 3 maart 2026\n\nU krijgt € 612,40 op 1 april 2026. Tegen dit besluit kunt u "
    "binnen zes weken bezwaar maken.\n"
)
REWRITTEN = (
    "Datum: 3 maart 2026\n\nU krijgt € 621,40 op 1 april. Bent u het niet eens? "
    "Dat kan binnen zes weken. Bel 06-12345678.\n"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    from gradio_client import Client

    demo = app.build_demo(overlay=tmp_path_factory.mktemp("overlay") / "overlay.yaml")
    yield Client(app.serve_on_loopback(demo), verbose=False)
    demo.close()


def _marked(pieces) -> set[tuple[str, str]]:
    return {(p["token"], p["class_or_confidence"]) for p in pieces if p["class_or_confidence"]}


def test_check_a_rewrite_side_by_side(client) -> None:
    status, left, right = client.predict(ORIGINAL, REWRITTEN, api_name="/controleer")
    assert "Niet in orde" in status
    assert "Veranderd (bedrag): € 612,40 → € 621,40" in status
    assert "Juridisch woord verdwenen: besluit" in status
    assert ("€ 612,40", "veranderd") in _marked(left)
    assert {("€ 621,40", "veranderd"), ("06-12345678", "toegevoegd")} <= _marked(right)
    status, left, right = client.predict(ORIGINAL, ORIGINAL, api_name="/controleer")
    assert "In orde" in status and not _marked(left) and not _marked(right)
