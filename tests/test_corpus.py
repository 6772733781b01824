"""Precision and recall on the fixture corpus (tests/fixtures/letters, manifest.yaml).

The eight letters written in plain B1 Dutch must stay (almost) clean: a false
alarm in front of a parent panel costs more than a miss. The officialese
letters must all be caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rewriter.engine import Engine
from rewriter.pipeline import check
from rewriter.present import highlights

LETTERS = Path(__file__).parent / "fixtures" / "letters"
MANIFEST = yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))
PLAIN = [m["file"] for m in MANIFEST if m.get("plain")]
OFFICIALESE = [m["file"] for m in MANIFEST if not m.get("plain")]


@pytest.mark.parametrize("name", PLAIN)
def test_plain_letters_stay_clean(engine: Engine, name: str) -> None:
    report = check((LETTERS / name).read_text(encoding="utf-8"), engine)
    loud = [(f.rule_id, f.text) for f in report.findings if f.severity != "hint"]
    assert loud == []
    assert len(report.findings) <= 6
    assert report.scores.cefr in ("A2", "B1")


@pytest.mark.parametrize("name", OFFICIALESE)
def test_officialese_letters_are_caught(engine: Engine, name: str) -> None:
    report = check((LETTERS / name).read_text(encoding="utf-8"), engine)
    categories = {f.category for f in report.findings if f.severity != "hint"}
    assert {"jargon", "long_sentence"} & categories
    assert report.scores.cefr in ("B1", "B2", "C1")


def test_corpus_separates_plain_from_officialese(engine: Engine) -> None:
    def density(names: list[str]) -> float:
        findings = words = 0
        for name in names:
            report = check((LETTERS / name).read_text(encoding="utf-8"), engine)
            findings += len(report.findings)
            words += report.scores.words
        return 100 * findings / words

    assert density(OFFICIALESE) >= 3 * density(PLAIN)


@pytest.mark.parametrize("name", [PLAIN[0], OFFICIALESE[0]])
def test_highlights_cover_the_letter_exactly(engine: Engine, name: str) -> None:
    text = (LETTERS / name).read_text(encoding="utf-8")
    pieces = highlights(check(text, engine))
    assert "".join(p for p, _ in pieces) == text
