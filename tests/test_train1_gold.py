"""The training-only set bench/train1/ is well-formed.

Training data for the section model (scripts/train_sections.py, TRAIN_ONLY), never a
measurement. Every gold `start` stands in its letter as the tool reads it, in order and
at the start of a body block; every section is a valid label; every letter is annotated;
no municipality of the held-out sets is used (only their `sender_org` values are read).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from bench.goldcheck import txt_blocks
from rewriter.readers import read_text
from rewriter.sections_model import LABELS

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "bench" / "train1"
GOLD = yaml.safe_load((FOLDER / "gold.yaml").read_text(encoding="utf-8"))
SECTIONS = {*LABELS, "contact"}
HELD_OUT = ("eval15", "eval16", "eval17")
SALUTATION = re.compile(r"^(Geachte|Beste|Hallo|Hoi)\b.*,$", re.M)
CLOSING = re.compile(
    r"^(Met (vriendelijke|hartelijke) groet|Hartelijke groet|Groet(en)?,|Hoogachtend|Tot (ziens|\d{1,2} ))",
    re.M,
)


@cache
def _text(file: str) -> str:
    return read_text(FOLDER / "letters" / file)


def _body_blocks(record: dict) -> list[str]:
    """The first line of every block between the salutation and the closing, the
    record's headings left out."""
    text = _text(record["file"])
    sal, close = SALUTATION.search(text), CLOSING.search(text)
    assert sal and close and sal.end() < close.start(), record["file"]
    return txt_blocks(text[sal.end() : close.start()], record.get("headings") or [])


def test_every_letter_is_annotated_once() -> None:
    files = [r["file"] for r in GOLD]
    assert len(files) == len(set(files))
    on_disk = sorted(
        p.name for p in (FOLDER / "letters").iterdir() if p.suffix in {".txt", ".docx"}
    )
    assert sorted(files) == on_disk
    assert len(files) >= 30


@pytest.mark.parametrize("record", GOLD, ids=lambda r: r["file"][:3])
def test_starts_and_sections(record: dict) -> None:
    text = _text(record["file"])
    paragraphs = record["paragraphs"]
    assert paragraphs, record["file"]
    at = 0
    for p in paragraphs:
        assert set(p) <= {"start", "section", "alt"}, p
        assert p["section"] in SECTIONS, p
        assert p.get("alt") in SECTIONS | {None}, p
        assert p.get("alt") != p["section"], p
        found = text.find(p["start"], at)
        assert found >= 0, f"{record['file']}: {p['start']!r} not found (in order)"
        at = found + len(p["start"])
    for heading in record.get("headings") or []:
        assert heading in {ln.strip() for ln in text.split("\n")}, heading


@pytest.mark.parametrize(
    "record", [r for r in GOLD if r["file"].endswith(".txt")], ids=lambda r: r["file"][:3]
)
def test_the_paragraphs_are_the_body_blocks(record: dict) -> None:
    blocks = _body_blocks(record)
    starts = [p["start"] for p in record["paragraphs"]]
    assert len(blocks) == len(starts), f"{record['file']}: {len(blocks)} blocks, {len(starts)}"
    for block, start in zip(blocks, starts, strict=True):
        assert block.startswith(start), f"{record['file']}: {block[:60]!r} vs {start!r}"


def _place(sender: str) -> str:
    return re.sub(r"^(gemeente|Gemeente)\s+", "", sender.strip()).lower()


def test_no_municipality_of_a_held_out_set() -> None:
    held = set()
    for name in HELD_OUT:
        path = ROOT / "bench" / name / "gold.yaml"
        if path.exists():  # only the sender_org values are read, never the letters
            held |= {
                _place(r["sender_org"])
                for r in yaml.safe_load(path.read_text(encoding="utf-8"))
                if r.get("sender_org")
            }
    # only our own file names are reported, never the held-out names
    as_sender = [r["file"] for r in GOLD if _place(r["sender_org"]) in held]
    assert not as_sender, f"sender is a held-out set's municipality: {as_sender}"
    named = [
        r["file"]
        for r in GOLD
        if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", _text(r["file"]).lower()) for p in held)
    ]
    assert not named, f"names a held-out set's municipality: {named}"


def test_addresses_are_on_example_nl() -> None:
    for r in GOLD:
        for address in re.findall(r"[\w.+-]+@[\w.-]+\w|\bwww\.[\w.-]+\w", _text(r["file"])):
            assert address.endswith("example.nl"), f"{r['file']}: {address}"


def test_the_word_letters_match_their_builder(tmp_path: Path) -> None:
    from bench.train1.make_docx import LETTERS, build

    for spec in LETTERS:
        build(spec).save(str(tmp_path / spec["file"]))
        assert read_text(tmp_path / spec["file"]) == _text(spec["file"]), spec["file"]


def test_no_municipality_of_the_readable_sets() -> None:
    """New municipalities: none is a sender of bench/eval .. bench/eval14."""
    names = ["eval", *(f"eval{n}" for n in range(2, 15))]
    used = {
        _place(r["sender_org"])
        for name in names
        for r in yaml.safe_load((ROOT / "bench" / name / "gold.yaml").read_text(encoding="utf-8"))
    }
    assert not [r["file"] for r in GOLD if _place(r["sender_org"]) in used]
