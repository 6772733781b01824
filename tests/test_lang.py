"""One place for Dutch language data: rewriter/lang/nl, one kind per file."""

from __future__ import annotations

import re
from pathlib import Path

from rewriter.lang import nl

ROOT = Path(__file__).resolve().parent.parent / "rewriter"


def _modules() -> list[Path]:
    return [p for p in ROOT.rglob("*.py") if "lang" not in p.relative_to(ROOT).parts]


def test_no_module_keeps_its_own_weekdays_or_months() -> None:
    weekdays = set(nl.words("weekdays"))
    months = set(nl.words("months"))
    offenders = []
    for path in _modules():
        words = set(re.findall(r"[a-z]+", path.read_text(encoding="utf-8")))
        if len(words & weekdays) >= 3 or len(words & months) >= 3:
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, f"use rewriter.lang.nl instead of a word list in: {offenders}"


def test_the_lists_are_complete() -> None:
    assert nl.words("weekdays")[0] == "maandag" and len(nl.words("weekdays")) == 7
    assert nl.words("months")[-1] == "december" and len(nl.words("months")) == 12
    assert nl.verb_forms("worden") >= {"wordt", "werd", "geworden"}
    assert "heeft" in nl.verb_forms("hebben")
    assert nl.compound_links()[0] == ""
    assert dict(nl.pairs("irregular_plurals"))["kind"] == "kinderen"


def test_modules_use_the_language_layer() -> None:
    import importlib

    from rewriter import dutch, protect, structure
    from rewriter.analysers import style, voice

    # rewriter.analysers.glossary is also the name of a function in the package
    glossary = importlib.import_module("rewriter.analysers.glossary")

    assert nl.words("particles") == glossary.PARTICLES
    assert glossary._LINKS == style._LINKS == nl.compound_links()
    assert nl.verb_forms("worden") == voice.WORDEN
    assert "maandag" in protect._WEEKDAY and structure._WEEKDAY.search("op Dinsdag")
    assert dutch._IRREGULAR_PLURALS["idee"] == "ideeën"


def test_regex_alternation_escapes() -> None:
    assert re.fullmatch(nl.alternation("month_abbreviations"), "sept")
    assert not re.fullmatch(nl.alternation("weekdays", first=5), "zondag")
