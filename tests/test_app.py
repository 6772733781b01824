"""The web app's view models (rewriter/workbench.py): pure functions behind the screens."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rewriter import workbench as wb
from rewriter import worksheet as ws
from rewriter.engine import Engine
from rewriter.errors import GlossaryError
from rewriter.render import ContactChoice
from rewriter.settings import Settings

TEXT = (
    "Geachte heer Jansen,\n\nMiddels deze beschikking krijgt u hulp vanaf 1 mei 2026. "
    "Bel 14 0570 of 06-12345678.\n\nMet vriendelijke groet,\n\nA. de Boer\n"
)


def test_rows_preview_and_facts(engine: Engine) -> None:
    analysis = wb.analyse_text(TEXT, engine)
    rows = wb.proposal_rows(analysis)
    assert rows and all(len(r) == 5 for r in rows)
    ticks = [r[0] for r in rows]
    result = wb.preview(analysis, ticks)
    assert "Met dit besluit" in result.text
    status = wb.fact_status(analysis, result)
    assert "Alle bedragen, datums en termijnen staan er nog in" in status
    none = wb.preview(analysis, [False] * len(rows))
    assert none.text == TEXT
    pieces = wb.diff_pieces(TEXT, result.text)
    assert ("Middels", "-") in pieces and any(label == "+" for _, label in pieces)
    assert "".join(p for p, label in pieces if label != "+") == TEXT


def test_scores_views_are_dutch(engine: Engine) -> None:
    analysis = wb.analyse_text(TEXT, engine)
    assert "Taalniveau" in wb.cefr_badge(analysis.report)
    assert "Zinslengte" in ws.sentence_chart(analysis.report.letter)
    assert "vaktaal" in wb.category_counts(analysis.report)
    offset = TEXT.index("Middels")
    assert "Middels" in wb.finding_details(analysis.report, analysis.proposals, offset)
    assert wb.contact_options(TEXT, engine) == ["14 0570", "06-12345678"]


def test_downloads_are_written(engine: Engine, tmp_path: Path) -> None:
    files, composed = wb.downloads(TEXT, engine, tmp_path, ContactChoice(phone="06-12345678"))
    assert set(files) == {"pdf", "docx", "html", "txt"}
    assert files["pdf"].read_bytes()[:4] == b"%PDF"
    assert composed.guard.ok, composed.guard.message()
    assert "06-12345678" in composed.contact_line
    assert "Alle feiten staan erin." in wb.letter_status(composed)


def test_overlay_add_disable_and_refuse(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    holder = wb.EngineHolder(Settings(), overlay)
    raw = wb.overlay_entry(
        "buurtkamer", "replace", "de buurtkamer", "het buurthuis", "Zo heet het hier.",
        "U bent welkom in de [buurtkamer].", "U bent welkom in het buurthuis.", "De kamer is klein.",
    )  # fmt: skip
    wb.save_overlay_entry(overlay, raw, holder.get())
    engine = holder.reload()
    assert "buurtkamer" in engine.glossary.by_id
    assert yaml.safe_load(overlay.read_text(encoding="utf-8"))[0]["id"] == "buurtkamer"
    wb.disable_entry(overlay, "beschikking")
    assert "beschikking" not in holder.reload().glossary.by_id
    bad = wb.overlay_entry(
        "x-y", "replace", "de kast", "de la", "r", "Een [stoel].", "Een la.", "Niets."
    )
    with pytest.raises(GlossaryError, match="niet gemarkeerd"):
        wb.save_overlay_entry(overlay, bad, holder.get())
    assert not list(tmp_path.glob(".woordenlijst-*"))  # no temp files left behind
