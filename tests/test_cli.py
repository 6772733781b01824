"""The CLI contract: exit codes, text lines, and golden schema-1 JSON for fixture letters.

Regenerate the golden files after an intended change with:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_cli.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
GOLDEN_LETTERS = [
    "tests/fixtures/letters/01-wmo-toekenning-huishoudelijke-hulp.txt",
    "tests/fixtures/letters/13-terugvordering-bijstand.txt",
    "tests/fixtures/letters/34-plain-jeugdhulp-verlenging.txt",
]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rewriter", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("letter", GOLDEN_LETTERS)
def test_golden_json(letter: str) -> None:
    assert (ROOT / letter).exists(), letter
    result = run("check", letter, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    data = json.loads(result.stdout)
    golden = GOLDEN / (Path(letter).stem + ".json")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert data == json.loads(golden.read_text(encoding="utf-8"))


def test_json_contract_shape_and_offsets() -> None:
    letter = GOLDEN_LETTERS[0]
    data = json.loads(run("check", letter, "--format", "json").stdout)
    assert data["schema"] == 1
    (result,) = data["results"]
    assert set(result) - {"domain"} == {"path", "error", "scores", "findings"}
    # the optional schema-1 field: the letter's estimated domain and why
    assert set(result["domain"]) == {"name", "also", "reason"}
    assert result["error"] is None
    assert set(result["scores"]) == {
        "words", "sentences", "avg_sentence_length", "long_sentence_share",
        "flesch_douma", "brouwer", "cefr", "reasons",
    }  # fmt: skip
    assert result["scores"]["cefr"] in ("A2", "B1", "B2", "C1")
    text = (ROOT / letter).read_text(encoding="utf-8")
    categories = {
        "jargon", "stigma", "legal", "avoid", "long_sentence", "passive", "nominalisation",
        "acronym", "tone", "contact", "rare_word",
    }  # fmt: skip
    assert result["findings"]
    for f in result["findings"]:
        assert set(f) == {
            "rule_id",
            "category",
            "severity",
            "start",
            "end",
            "text",
            "message",
            "replacements",
        }
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["category"] in categories
        assert f["severity"] in ("hint", "suggestion", "warning")


def test_exit_codes_and_error_entries(tmp_path: Path) -> None:
    clean = tmp_path / "schoon.txt"
    clean.write_text("Wij komen morgen bij u langs.\n", encoding="utf-8")
    assert run("check", str(clean)).returncode == 0
    assert run("check", GOLDEN_LETTERS[0]).returncode == 1
    assert run("check").returncode == 2
    assert run("check", "--format", "xml", str(clean)).returncode == 2

    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"geen zip")
    result = run("check", str(bad), str(clean), "--format", "json")
    data = json.loads(result.stdout)
    assert [r["path"] for r in data["results"]] == [str(bad), str(clean)]
    assert data["results"][0]["error"]["code"] == "onleesbaar"
    assert "kan niet worden gelezen" in data["results"][0]["error"]["message"]
    assert data["results"][0]["findings"] == [] and data["results"][0]["scores"] is None
    assert data["results"][1]["error"] is None
    assert result.returncode == 1


def test_text_format_lines_and_stdin() -> None:
    result = run("check", "-", stdin="Geachte heer,\n\nU dient de beschikking te tekenen.\n")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any(line.startswith("-:3:3 tone.dienen-te ") for line in lines), lines
    assert any(line.startswith("-:3:12 glossary.beschikking ") for line in lines), lines


def test_overlay_glossary_option(tmp_path: Path) -> None:
    overlay = tmp_path / "gemeente.yaml"
    overlay.write_text("- id: beschikking\n  disabled: true\n", encoding="utf-8")
    result = run("check", "-", "--glossary", str(overlay), stdin="U krijgt de beschikking.\n")
    assert "glossary.beschikking" not in result.stdout


def test_unknown_config_key_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "rewriter.toml"
    config.write_text("max_zin = 3\n", encoding="utf-8")
    result = run("check", "-", "--config", str(config), stdin="Tekst.\n")
    assert result.returncode == 2
    assert "Geldige sleutels" in result.stderr
