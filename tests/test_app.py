"""The web app builds and its analyse handler returns what the components expect."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import app
from rewriter.engine import Engine


def test_app_builds_and_analyses(engine: Engine) -> None:
    demo = app.build_demo(engine)
    fn = next(d.fn for d in demo.fns.values() if d.api_name == "analyse")
    pieces, summary, rows = fn("Middels deze beschikking laten wij u weten dat u hulp krijgt.")
    assert "".join(p for p, _ in pieces).startswith("Middels")
    assert "Taalniveau" in summary
    assert any(row[0] == "vaktaal" for row in rows)
