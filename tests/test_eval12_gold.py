"""The twelfth frozen evaluation set (bench/eval12/) is well-formed.

Every quoted gold string occurs verbatim in its letter (read as the tool reads
it), the paragraph list covers every body block in order, headings are lines
of their own, and the set has the composition its README promises.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from bench.eval12.gold import LETTERS, GoldError, LetterGold12, load_gold
from bench.goldcheck import check_letter, docx_blocks, letter_body, txt_blocks

GOLD = load_gold()
BY_FILE = {g.file: g for g in GOLD}


@cache
def _text(file: str) -> str:
    return BY_FILE[file].text()


def _body(g: LetterGold12) -> str:
    return letter_body(g.file, _text(g.file))


def _txt_blocks(g: LetterGold12) -> list[str]:
    return txt_blocks(_body(g), g.headings)


def _docx_blocks(g: LetterGold12) -> list[str]:
    # x16 has .docx headings written as bold Normal paragraphs: the shared reader
    # takes them for blocks, so the gold headings (lines of their own) are left out here.
    heads = set(g.headings)
    return [b for b in docx_blocks(g.path) if b not in heads]


def test_composition_of_the_set():
    on_disk = sorted(p.name for p in LETTERS.iterdir() if p.suffix in (".txt", ".docx"))
    assert sorted(BY_FILE) == on_disk
    assert len(GOLD) == 16
    assert sum(g.file.endswith(".docx") for g in GOLD) == 5
    assert sum(g.plain for g in GOLD) == 2
    assert sum(bool(g.crisis_lines) for g in GOLD) >= 4
    assert sum(bool(g.on_behalf_of) for g in GOLD) >= 3
    assert len({g.sender_org.split()[-1] for g in GOLD}) == 16, "one municipality per letter"
    kinds = Counter(g.kind for g in GOLD)
    for kind in ("toekenning", "afwijzing", "uitnodiging", "herinnering", "beëindiging"):
        assert kinds[kind] >= 2, kind
    for kind in ("beslissing op bezwaar", "intrekking", "terugvordering", "waarschuwing"):
        assert kinds[kind] >= 1, kind
    assert kinds["informatiebrief"] >= 1
    assert sum(bool(g.headings) for g in GOLD if g.file.endswith(".docx")) == 5
    assert {g.domain for g in GOLD} >= {"jeugd", "wmo", "participatie", "schulden", "leerplicht"}
    assert max(Counter(g.domain for g in GOLD).values()) <= 4


# The municipalities of the sets before (their READMEs' composition tables): none recurs here.
_EARLIER = {
    "Zwolle", "Breda", "Venlo", "Arnhem", "Groningen", "Maastricht", "Leiden", "'s-Hertogenbosch",
    "Helmond", "Hoorn", "Ede", "Apeldoorn", "Lelystad", "Zaanstad", "Oss", "Middelburg",
    "Deventer", "Tilburg", "Roermond", "Nijmegen", "Assen", "Heerlen", "Delft", "Eindhoven",
    "Almelo", "Alkmaar", "Amersfoort", "Emmen", "Dordrecht", "Leeuwarden", "Gouda", "Hengelo",
    "Zutphen", "Purmerend", "Hilversum", "Kampen", "Weert", "Schiedam", "Zoetermeer",
    "Harderwijk", "Doetinchem", "Terneuzen", "Heerenveen", "Veenendaal", "Oosterhout",
    "Den Helder", "Meppel", "Vlaardingen",
    "Haarlem", "Almere", "Woerden", "Gorinchem", "Tiel", "Roosendaal", "Bergen op Zoom",
    "Smallingerland", "Hoogeveen", "Winterswijk", "Alphen aan den Rijn", "Nieuwegein", "Venray",
    "Sittard-Geleen", "Goes", "Barneveld",
    "Zeist", "Culemborg", "Wageningen", "Hardenberg", "Katwijk", "Meierijstad", "Vlissingen",
    "Heemskerk", "Waalwijk", "Oldambt", "Nunspeet", "Houten", "Kerkrade", "Dronten",
    "Noordoostpolder", "Capelle aan den IJssel",
}  # fmt: skip


def test_municipalities_are_new_and_lists_are_clean():
    for g in GOLD:
        place = g.sender_org.split(" ", 1)[1]
        assert place not in _EARLIER, f"{g.file}: {place} was used in set 7, 8, 9, 10 or 11"
        lowered = [j.lower() for j in g.jargon]
        assert len(lowered) == len(set(lowered)), f"{g.file}: a jargon spelling twice"
        assert not set(g.jargon) & set(g.legal_terms), f"{g.file}: jargon and legal term"


@pytest.mark.parametrize("file", sorted(BY_FILE))
def test_letter_matches_its_gold(file):
    g = BY_FILE[file]
    blocks = _docx_blocks(g) if file.endswith(".docx") else _txt_blocks(g)
    check_letter(g, file, _text(file), _body(g), blocks, words=(250, 550))


def test_docx_letters_are_reproduced_and_have_word_structure(tmp_path):
    from docx import Document

    from bench.eval12.make_docx import LETTERS as SPECS
    from bench.eval12.make_docx import build
    from rewriter.readers import read_text

    assert sorted(s["file"] for s in SPECS) == sorted(f for f in BY_FILE if f.endswith(".docx"))
    for spec in SPECS:
        out = tmp_path / spec["file"]
        build(spec).save(str(out))
        assert read_text(out) == _text(spec["file"]), spec["file"]
        doc = Document(str(LETTERS / spec["file"]))
        styles = Counter(p.style.name for p in doc.paragraphs)
        assert styles["List Bullet"] + styles["List Number"] >= 2, spec["file"]
        assert doc.tables, spec["file"]
        for heading in BY_FILE[spec["file"]].headings:
            assert any(
                p.text == heading
                and (
                    p.style.name.startswith("Heading")
                    or (p.style.name == "Normal" and all(r.bold for r in p.runs))
                )
                for p in doc.paragraphs
            ), f"{spec['file']}: {heading!r} is not a Word heading nor a bold line of its own"
    level2 = 0
    for spec in SPECS:
        doc = Document(str(LETTERS / spec["file"]))
        level2 += any(
            p.text in BY_FILE[spec["file"]].headings and p.style.name == "Heading 2"
            for p in doc.paragraphs
        )
    assert level2 >= 2, "the Heading 2 layout is in at least two Word letters"


def test_loader_names_the_record_on_a_bad_field(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text(
        "- file: x01-jeugd-toekenning-twee-kinderen-wijkteam-ps-crisis.txt\n  kind: brief\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"record 1 \(x01-jeugd-.*kind"):
        load_gold(bad)
    bad.write_text("- file: q99-missing.txt\n", encoding="utf-8")
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(bad)
