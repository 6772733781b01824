"""The glossary data itself: size, coverage, validation errors with a location, overlays."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pytest

from rewriter.errors import GlossaryError
from rewriter.glossary import TYPES, load_glossary

GOOD = """\
- id: voorbeeld
  type: replace
  terms: [het voorveld]
  plain: [de sociale basis]
  reason: "Uitleg."
  source: "seeds-extract #1 (001:154)"
  examples:
    - flag: "Het [voorveld] helpt."
      fix: "De sociale basis helpt."
    - pass: "Het veld is nat."
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "g"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_shipped_glossary_is_large_and_complete() -> None:
    glossary = load_glossary()
    assert len(glossary) >= 350
    types = Counter(e.type for e in glossary.entries)
    assert set(types) == set(TYPES)
    for entry in glossary.entries:
        assert entry.reason and entry.source
        assert any(x.kind == "flag" for x in entry.examples)
        assert any(x.kind == "pass" for x in entry.examples)


def test_seed_canonical_mappings_are_present() -> None:
    glossary = load_glossary()
    plain = {e.terms[0].text: [a.text for a in e.plain] for e in glossary.entries}
    assert "sociale basis" in plain["voorveld"]
    assert glossary.by_id["beschikking"].plain[0].gender == "het"


def test_valid_file_loads(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, "a.yaml", GOOD))
    entry = glossary.by_id["voorbeeld"]
    assert entry.terms[0].gender == "het" and entry.plain[0].gender == "de"
    assert entry.line == 1


@pytest.mark.parametrize(
    ("broken", "needle"),
    [
        (GOOD.replace('  source: "seeds-extract #1 (001:154)"\n', ""), "'source'"),
        (GOOD.replace("type: replace", "type: vervang"), "'type'"),
        (GOOD.replace("Het [voorveld] helpt.", "Het voorveld helpt."), "markering"),
        (GOOD.replace('      fix: "De sociale basis helpt."\n', ""), "'fix'"),
        (GOOD.replace('    - pass: "Het veld is nat."\n', ""), "pass"),
        (GOOD.replace("id: voorbeeld", "id: Voor Beeld"), "'id'"),
        (GOOD.replace("  reason:", "  reden: x\n  reason:"), "onbekende sleutel"),
    ],
    ids=["no-source", "bad-type", "no-marker", "no-fix", "no-pass", "bad-id", "unknown-key"],
)
def test_broken_entry_names_file_line_and_id(tmp_path: Path, broken: str, needle: str) -> None:
    folder = _write(tmp_path, "kapot.yaml", "# kop\n" + broken)
    with pytest.raises(GlossaryError) as info:
        load_glossary(folder)
    message = str(info.value)
    assert "kapot.yaml:2" in message
    assert needle in message
    assert info.value.line == 2


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", GOOD)
    folder = _write(tmp_path, "b.yaml", GOOD)
    with pytest.raises(GlossaryError, match="twee keer"):
        load_glossary(folder)


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    folder = _write(tmp_path, "a.yaml", GOOD + "  - [onaf\n")
    with pytest.raises(GlossaryError) as info:
        load_glossary(folder)
    assert "a.yaml:" in str(info.value)


def test_overlay_adds_overrides_and_disables(tmp_path: Path) -> None:
    folder = _write(tmp_path, "a.yaml", GOOD + "\n" + GOOD.replace("voorbeeld", "tweede"))
    overlay = tmp_path / "gemeente.yaml"
    overlay.write_text(
        GOOD.replace("de sociale basis", "de buurt").replace("De sociale basis", "De buurt")
        + "- id: tweede\n  disabled: true\n",
        encoding="utf-8",
    )
    glossary = load_glossary(folder, overlay)
    assert glossary.by_id["voorbeeld"].plain[0].text == "buurt"
    assert "tweede" not in glossary.by_id


def test_invalid_overlay_entry_is_refused(tmp_path: Path) -> None:
    folder = _write(tmp_path, "a.yaml", GOOD)
    overlay = tmp_path / "gemeente.yaml"
    overlay.write_text(GOOD.replace("type: replace", "type: onzin"), encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"gemeente\.yaml:1"):
        load_glossary(folder, overlay)
