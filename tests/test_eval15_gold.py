"""The fifteenth frozen evaluation set (bench/eval15/) is well-formed.

Every quoted gold string occurs verbatim in its letter (read as the tool reads
it), the paragraph list covers every body block in order, headings are lines
of their own, and the set has the composition and the new layouts its README
promises. The block readers are the shared ones of bench/goldcheck.py and the
municipalities of sets 7-13 are those listed in tests/test_eval14_gold.py.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest
from test_eval14_gold import _EARLIER as _SETS_7_TO_13

from bench.eval15.gold import LETTERS, GoldError, LetterGold15, load_gold
from bench.goldcheck import check_letter, docx_blocks, letter_body, txt_blocks

GOLD = load_gold()
BY_FILE = {g.file: g for g in GOLD}

# Set 14's municipalities (its README's composition table): none recurs here either.
_SET_14 = {
    "Aa en Hunze", "Westerkwartier", "Dinkelland", "Twenterand", "Neder-Betuwe", "Buren",
    "Peel en Maas", "Gemert-Bakel", "Laarbeek", "Hollands Kroon", "Medemblik", "Staphorst",
    "Tholen", "Goeree-Overflakkee", "Zeewolde", "Waadhoeke",
}  # fmt: skip
_EARLIER = _SETS_7_TO_13 | _SET_14


@cache
def _text(file: str) -> str:
    return BY_FILE[file].text()


def _body(g: LetterGold15) -> str:
    return letter_body(g.file, _text(g.file))


def _blocks(g: LetterGold15) -> list[str]:
    if g.file.endswith(".docx"):
        # Word headings are left out by the shared reader; bold Normal headings (f15) are
        # read as blocks, so the gold headings are left out here.
        heads = set(g.headings)
        return [b for b in docx_blocks(g.path) if b not in heads]
    return txt_blocks(_body(g), g.headings)


def test_composition_of_the_set():
    on_disk = sorted(p.name for p in LETTERS.iterdir() if p.suffix in (".txt", ".docx"))
    assert sorted(BY_FILE) == on_disk
    assert len(GOLD) == 16
    assert sum(g.file.endswith(".docx") for g in GOLD) == 5
    assert sum(g.plain for g in GOLD) == 2
    assert sum(bool(g.crisis_lines) for g in GOLD) >= 4
    assert sum(bool(g.on_behalf_of) for g in GOLD) >= 1
    assert len({g.sender_org.split()[-1] for g in GOLD}) == 16, "one municipality per letter"
    kinds = Counter(g.kind for g in GOLD)
    for kind in ("toekenning", "afwijzing", "uitnodiging", "herinnering", "informatiebrief"):
        assert kinds[kind] >= 2, kind
    for kind in ("beslissing op bezwaar", "terugvordering", "waarschuwing", "aanmaning"):
        assert kinds[kind] >= 1, kind
    assert kinds["beëindiging"] >= 1
    assert sum(not g.plain and len(g.jargon) >= 20 for g in GOLD) == 10, "ten old-style letters"
    assert sum(not g.plain and 8 <= len(g.jargon) <= 10 for g in GOLD) == 4, "four mid-style"
    assert sum(bool(g.headings) for g in GOLD if g.file.endswith(".docx")) == 5
    assert {g.domain for g in GOLD} >= {"jeugd", "wmo", "participatie", "schulden", "leerplicht"}
    assert max(Counter(g.domain for g in GOLD).values()) <= 4


def test_municipalities_are_new_and_lists_are_clean():
    for g in GOLD:
        place = g.sender_org.split(" ", 1)[1]
        assert place not in _EARLIER, f"{g.file}: {place} was used in sets 7-14"
        lowered = [j.lower() for j in g.jargon]
        assert len(lowered) == len(set(lowered)), f"{g.file}: a jargon spelling twice"
        assert not set(g.jargon) & set(g.legal_terms), f"{g.file}: jargon and legal term"


@pytest.mark.parametrize("file", sorted(BY_FILE))
def test_letter_matches_its_gold(file):
    g = BY_FILE[file]
    blocks = _blocks(g)
    check_letter(g, file, _text(file), _body(g), blocks, words=(250, 600))


def test_the_new_layouts_and_traps_are_there():
    channels = {c.channel for g in GOLD for c in g.contact_pairs}
    assert any(re.fullmatch(r"14 0\d{2,3}", c) for c in channels), "only the general 14 0xx"
    assert any("toestel" in c for c in channels), "a number with an extension"
    assert any(c.endswith("toestel 2314") for c in channels)
    # a named person reachable by e-mail only (f04)
    f04 = BY_FILE["f04-leerplicht-waarschuwing-alleen-email.txt"]
    assert [c.channel for c in f04.contact_pairs] == ["b.haverkamp@oostgelre.example.nl"]
    # two people of the sender for two subjects plus a third organisation (f01)
    f01 = BY_FILE["f01-jeugd-toekenning-twee-contactpersonen-svb.txt"]
    assert len({c.who for c in f01.contact_pairs if c.who.startswith(("mevrouw", "de heer"))}) == 2
    assert f01.other_channels
    # headings in capitals (f05 text, f15 Word) and with a trailing colon (f06)
    capitals = [g for g in GOLD if g.headings and all(h.isupper() for h in g.headings)]
    assert len(capitals) >= 2 and any(g.file.endswith(".docx") for g in capitals)
    assert any(g.headings and all(h.endswith(":") for h in g.headings) for g in GOLD)
    # numbered headings in a Word letter (f12)
    assert any(
        g.file.endswith(".docx") and g.headings and all(re.match(r"\d\. ", h) for h in g.headings)
        for g in GOLD
    )
    # 113 inside a paragraph about something else (f07): the block is not a contact block
    f07 = BY_FILE["f07-schulden-uitnodiging-datum-tijd-plaats-113.txt"]
    assert {cl.number for cl in f07.crisis_lines} == {"113", "0800-0113"}
    holder = next(b for b in _body(f07).split("\n\n") if "0800-0113" in b)
    start = next(p for p in f07.paragraphs if holder.strip().startswith(p.start))
    assert start.section == "vragen"
    # Datum:/Tijd:/Plaats: rows inside running text (f07): the sentence goes on after them
    assert {"Datum:", "Tijd:", "Plaats:"} <= {i.split(" ", 1)[0] for i in f07.list_items}
    assert re.search(r"spreekkamer 4\nwaarbij", _text(f07.file))
    assert any(cl.label.startswith("Huisartsenpost") for g in GOLD for cl in g.crisis_lines)
    assert any("voorlopige voorziening" in _text(f) and "Postbus 9030" in _text(f) for f in BY_FILE)
    assert any("bijgevoegde besluit" in _text(f) for f in BY_FILE)
    # a "Wat kunt u doen als ..." list that mixes instructions and another organisation (f10)
    f10 = BY_FILE["f10-participatie-informatiebrief-wat-kunt-u-doen-als.txt"]
    assert any(h.startswith("Wat kunt u doen als") for h in f10.headings)
    other = f10.other_channels[0].text
    assert any(other in item for item in f10.list_items)
    assert any(
        i.keep in item for i in f10.instructions if i.keep != other for item in f10.list_items
    )
    # the IBANs are checked above: there are two
    ibans = [c for g in GOLD for c in g.facts["case_numbers"] if c.startswith("NL")]
    assert len(ibans) == 2


def test_docx_letters_are_reproduced_and_have_word_structure(tmp_path):
    from docx import Document

    from bench.eval15.make_docx import LETTERS as SPECS
    from bench.eval15.make_docx import build
    from rewriter.readers import read_text

    assert sorted(s["file"] for s in SPECS) == sorted(f for f in BY_FILE if f.endswith(".docx"))
    level2 = telefoon_tables = datum_tables = 0
    for spec in SPECS:
        out = tmp_path / spec["file"]
        build(spec).save(str(out))
        assert read_text(out) == _text(spec["file"]), spec["file"]
        doc = Document(str(LETTERS / spec["file"]))
        styles = Counter(p.style.name for p in doc.paragraphs)
        assert styles["List Bullet"] + styles["List Number"] >= 2, spec["file"]
        assert doc.tables, spec["file"]
        headings = BY_FILE[spec["file"]].headings
        for heading in headings:
            assert any(
                p.text == heading
                and (
                    p.style.name.startswith("Heading")
                    or (p.style.name == "Normal" and all(r.bold for r in p.runs))
                )
                for p in doc.paragraphs
            ), f"{spec['file']}: {heading!r} is not a Word heading nor a bold line of its own"
        level2 += any(p.text in headings and p.style.name == "Heading 2" for p in doc.paragraphs)
        firsts = [[c.text for c in t.rows[0].cells] for t in doc.tables]
        telefoon_tables += any("Telefoon" in first for first in firsts)
        datum_tables += any(first[:2] == ["Datum", "Tijd"] for first in firsts)
        footer = doc.sections[0].footer.paragraphs[0].text
        assert BY_FILE[spec["file"]].sender_org in footer, f"{spec['file']}: no gemeente"
        assert re.search(r"\b0\d{2,3}-\d", footer), f"{spec['file']}: no general number"
    assert level2 >= 2, "the Heading 2 layout is in at least two Word letters"
    assert telefoon_tables >= 1, "a real Word table with a Telefoon column"
    assert datum_tables >= 1, "an appointment as a real Word table"


def test_loader_names_the_record_on_a_bad_field(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text(
        "- file: f01-jeugd-toekenning-twee-contactpersonen-svb.txt\n  kind: brief\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"record 1 \(f01-jeugd-.*kind"):
        load_gold(bad)
    bad.write_text("- file: q99-missing.txt\n", encoding="utf-8")
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(bad)
