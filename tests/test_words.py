"""Simpler words beyond the glossary: hints from lang/nl/synonyms.tsv, never applied."""

from __future__ import annotations

from pathlib import Path

from bench.words import load_items, measure
from rewriter.analysers.style import simpler_words, synonym_index
from rewriter.engine import Engine
from rewriter.lang import nl
from rewriter.pipeline import check
from rewriter.rewrite import rewrite

DEV = Path(__file__).resolve().parent / "data" / "hard_words_dev.yaml"


def _hint(engine: Engine, text: str, word: str):
    return next(f for f in check(text, engine).findings if f.text == word)


def test_officialese_word_gets_up_to_three_plain_words(engine: Engine) -> None:
    # 'resulteert' is not a glossary entry (the glossary's own words get its finding)
    f = _hint(engine, "Dit resulteert in een lagere uitkering.", "resulteert")
    assert f.rule_id == "rare_word.simpler"
    assert f.severity.value == "hint"
    assert f.replacements[0] == "leidt tot"
    assert 1 <= len(f.replacements) <= 3


def test_alternatives_follow_the_form_of_the_word(engine: Engine) -> None:
    lem = engine.resources.lemmatizer
    assert simpler_words("randvoorwaarden", lem)[:2] == ("voorwaarden", "eisen")
    assert simpler_words("genereert", lem)[0] == "maakt"
    assert simpler_words("resulteert", lem)[0] == "leidt tot"
    assert simpler_words("cruciale", lem)[0] == "heel belangrijk"
    # a separable verb is shown as its infinitive, never as 'opleveert'
    assert "opleveert" not in simpler_words("genereert", lem)


def test_rarer_alternatives_are_left_out(engine: Engine) -> None:
    # 'beslissend' (Zipf 3.1) is rarer than 'cruciaal' (4.0): not simpler, left out
    assert simpler_words("cruciaal", engine.resources.lemmatizer) == (
        "heel belangrijk",
        "essentieel",
    )


def test_hints_are_never_applied(engine: Engine) -> None:
    text = "Dit resulteert in een lagere uitkering. De procedure is complex."
    hints = [f for f in check(text, engine).findings if f.rule_id == "rare_word.simpler"]
    assert len(hints) >= 2
    for accept in ("safe", "all"):
        assert rewrite(text, engine, accept).text == text


def test_glossary_wins_over_the_synonym_list(engine: Engine) -> None:
    # 'reeds' is a glossary entry: its finding is the glossary's, with a proposal
    f = _hint(engine, "Wij hebben uw formulier reeds ontvangen.", "reeds")
    assert f.rule_id == "glossary.reeds"


def test_names_are_not_flagged(engine: Engine) -> None:
    findings = check("Mevrouw Frequent woont in Utrecht.", engine).findings
    assert not [f for f in findings if f.rule_id == "rare_word.simpler"]


def test_synonym_list_is_data_with_sources() -> None:
    rows = nl.table("synonyms")
    assert len(rows) >= 300
    assert all(r["source"].strip() and r["alternatives"].strip() for r in rows)
    assert all(r["pos"] in {"noun", "verb", "adj", "adv", "prep", "conj", "pron"} for r in rows)
    assert len(synonym_index()) == len(rows)  # one row per word


def test_development_set_figures(engine: Engine) -> None:
    # our own development sentences (the frozen evaluation set is measured by bench only)
    result = measure(load_items(DEV), engine)
    assert result["n"] >= 80
    assert result["flagged"] >= 0.85 * result["n"], result["misses"]
    assert result["fitting"] >= 0.60 * result["n"], result["misses"]
