"""The sixteenth frozen evaluation set (bench/eval16/) is well-formed.

Every quoted gold string occurs verbatim in its letter (read as the tool reads
it), the paragraph list covers every body block in order, headings are lines
of their own, and the set has the composition and the new layouts its README
promises. The block readers are the shared ones of bench/goldcheck.py; the
municipalities of sets 7-14 are those listed in tests/test_eval15_gold.py.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest
from test_eval15_gold import _EARLIER as _SETS_7_TO_14

from bench.eval16.gold import LETTERS, GoldError, LetterGold16, load_gold
from bench.goldcheck import SALUTATION, check_letter, docx_blocks, letter_body, txt_blocks

GOLD = load_gold()
BY_FILE = {g.file: g for g in GOLD}

# Set 15's municipalities (its README's composition table) and the senders of sets 1-6
# (their gold.yaml `sender_org` fields, nothing else of those sets): none recurs here.
_SET_15 = {
    "Noordenveld", "De Wolden", "Raalte", "Oost Gelre", "Aalten", "Nijkerk", "Putten", "Elburg",
    "Voorst", "Brummen", "Rheden", "Heusden", "Zaltbommel", "Altena", "West Betuwe", "Maasdriel",
}  # fmt: skip
_SETS_1_TO_6 = {
    "Alkmaar", "Almelo", "Almere", "Amersfoort", "Apeldoorn", "Assen", "Bergen op Zoom", "Breda",
    "Delft", "Den Helder", "Deventer", "Doetinchem", "Dordrecht", "Ede", "Eindhoven", "Emmen",
    "Enschede", "Gouda", "Haarlem", "Harderwijk", "Heerenveen", "Heerlen", "Helmond", "Hengelo",
    "Hoorn", "Kampen", "Katwijk", "Leeuwarden", "Leiden", "Lelystad", "Lingewaard", "Meppel",
    "Middelburg", "Nijkerk", "Nijmegen", "Oldambt", "Oss", "Purmerend", "Roermond", "Roosendaal",
    "Schiedam", "Sittard-Geleen", "Súdwest-Fryslân", "Terneuzen", "Tiel", "Tilburg",
    "Veenendaal", "Venlo", "Vlaardingen", "Vlissingen", "Weert", "Woerden", "Zaanstad", "Zeist",
    "Zoetermeer", "Zwolle",
}  # fmt: skip
_EARLIER = _SETS_7_TO_14 | _SET_15 | _SETS_1_TO_6


@cache
def _text(file: str) -> str:
    return BY_FILE[file].text()


def _body(g: LetterGold16) -> str:
    return letter_body(g.file, _text(g.file))


def _blocks(g: LetterGold16) -> list[str]:
    if g.file.endswith(".docx"):
        heads = set(g.headings)
        return [b for b in docx_blocks(g.path) if b not in heads]
    return txt_blocks(_body(g), g.headings)


def _g(prefix: str) -> LetterGold16:
    return next(g for g in GOLD if g.file.startswith(prefix))


def _block_of(g: LetterGold16, needle: str) -> str:
    """The gold section of the body block that holds `needle` (text letters)."""
    for chunk in re.split(r"\n\s*\n", _body(g)):
        if needle in chunk:
            lines = [ln.strip() for ln in chunk.strip().split("\n") if ln.strip()]
            lines = [ln for ln in lines if ln not in g.headings]
            return next(p.section for p in g.paragraphs if lines[0].startswith(p.start))
    raise AssertionError(f"{g.file}: {needle!r} is not in the body")


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
    for kind in ("toekenning", "afwijzing", "uitnodiging", "beëindiging", "informatiebrief"):
        assert kinds[kind] >= 2, kind
    assert kinds["beslissing op bezwaar"] >= 2
    for kind in ("terugvordering", "waarschuwing", "aanmaning", "herinnering"):
        assert kinds[kind] >= 1, kind
    assert sum(not g.plain and 25 <= len(g.jargon) <= 31 for g in GOLD) == 10, "ten old-style"
    assert sum(not g.plain and 8 <= len(g.jargon) <= 10 for g in GOLD) == 4, "four mid-style"
    assert {g.domain for g in GOLD} >= {"jeugd", "wmo", "participatie", "schulden", "leerplicht"}
    assert max(Counter(g.domain for g in GOLD).values()) <= 4


def test_municipalities_are_new_and_lists_are_clean():
    for g in GOLD:
        place = g.sender_org.split(" ", 1)[1]
        assert place not in _EARLIER, f"{g.file}: {place} was used in sets 1-15"
        lowered = [j.lower() for j in g.jargon]
        assert len(lowered) == len(set(lowered)), f"{g.file}: a jargon spelling twice"
        assert not set(g.jargon) & set(g.legal_terms), f"{g.file}: jargon and legal term"


@pytest.mark.parametrize("file", sorted(BY_FILE))
def test_letter_matches_its_gold(file):
    g = BY_FILE[file]
    blocks = _blocks(g)
    check_letter(g, file, _text(file), _body(g), blocks, words=(250, 600))


def test_the_new_layouts_and_traps_are_there():
    # g01: the contact person and her channels stand only in the signature block
    g01 = _g("g01")
    person = [c for c in g01.contact_pairs if c.who.startswith("mevrouw")]
    assert person and all(c.channel not in _body(g01) for c in person)
    assert "ondergetekende" in _body(g01)
    after = _text(g01.file).split("Met vriendelijke groet", 1)[1]
    assert all(c.channel in after for c in person)
    # g02: numbers written with dots; a stand-in colleague with his own number
    g02 = _g("g02")
    assert all(re.fullmatch(r"0\d{3}\.\d\d \d\d \d\d", c.channel) for c in g02.contact_pairs)
    assert len({c.who for c in g02.contact_pairs}) == 3
    # g03: a decision split over two paragraphs with the amount table between them
    g03 = _g("g03")
    table = next(n for n, p in enumerate(g03.paragraphs) if p.start.startswith("Periode\t"))
    assert {g03.paragraphs[n].section for n in (table - 1, table, table + 1)} == {"besluit"}
    assert any(re.fullmatch(r"0\d{3} \d\d \d\d \d\d", c.channel) for c in g03.contact_pairs)
    # g04: numbered paragraphs without headings; a team reachable by e-mail only
    g04 = _g("g04")
    assert not g04.headings and all(re.match(r"\d\. ", p.start) for p in g04.paragraphs)
    team = [c.channel for c in g04.contact_pairs if c.who == "Team Schuldhulpverlening"]
    assert team and all("@" in c for c in team)
    # g05: the handler and her number only in the reference rows above the salutation
    g05 = _g("g05")
    direct = next(c.channel for c in g05.contact_pairs if c.who.startswith("de heer"))
    head = _text(g05.file)[: SALUTATION.search(_text(g05.file)).start()]
    assert f"Doorkiesnummer: {direct}" in head and direct not in _body(g05)
    assert "Behandeld door:" in head
    # g06: the appointment in a sentence (no rows); the crisis lines in a P.S. after the closing
    g06 = _g("g06")
    assert g06.on_behalf_of and not re.search(r"^(Datum|Tijd|Plaats):", _body(g06), re.M)
    ps = _text(g06.file).split("\nP.S. ", 1)[1]
    assert all(cl.number in ps and cl.number not in _body(g06) for cl in g06.crisis_lines)
    # g07: the bezwaar (beroep) paragraph names a cliëntondersteuner with her organisation's
    # number; the gemeente's number in international form
    g07 = _g("g07")
    assert _block_of(g07, g07.other_channels[0].text) == "bezwaar"
    assert any(c.channel.startswith("+31") for c in g07.contact_pairs)
    # g08: a "Let op:" block
    g08 = _g("g08")
    assert any(p.start.startswith("Let op:") and p.section == "vragen" for p in g08.paragraphs)
    # g09: no reference rows at all; 113 under its own question heading
    g09 = _g("g09")
    assert not g09.facts["case_numbers"] and "kenmerk" not in _text(g09.file).lower()
    assert _block_of(g09, "0800-0113") == "contact"
    # g10: one "Heeft u vragen?" paragraph names two people for two questions
    g10 = _g("g10")
    holder = next(b for b in _body(g10).split("\n\n") if "Heeft u vragen?" in b)
    people = {c.who for c in g10.contact_pairs if c.who.startswith(("de heer", "mevrouw"))}
    assert len(people) == 2 and all(who in holder for who in people)
    # g13: numbers with the netnummer in brackets; g14: a gemeente number that starts with 0113
    assert any(re.match(r"\(0\d{2,3}\) ", c.channel) for c in _g("g13").contact_pairs)
    g14 = _g("g14")
    assert not g14.crisis_lines and any(c.channel.startswith("0113-") for c in g14.contact_pairs)
    # the IBANs are checked by check_letter: there are two
    ibans = [c for g in GOLD for c in g.facts["case_numbers"] if c.startswith("NL")]
    assert len(ibans) == 2


def test_docx_letters_are_reproduced_and_have_word_structure(tmp_path):
    from docx import Document

    from bench.eval16.make_docx import LETTERS as SPECS
    from bench.eval16.make_docx import build
    from rewriter.readers import read_text

    assert sorted(s["file"] for s in SPECS) == sorted(f for f in BY_FILE if f.endswith(".docx"))
    styles_seen: Counter[str] = Counter()
    for spec in SPECS:
        out = tmp_path / spec["file"]
        build(spec).save(str(out))
        assert read_text(out) == _text(spec["file"]), spec["file"]
        doc = Document(str(LETTERS / spec["file"]))
        styles = Counter(p.style.name for p in doc.paragraphs)
        assert styles["List Bullet"] + styles["List Number"] >= 2, spec["file"]
        assert doc.tables, spec["file"]
        for heading in BY_FILE[spec["file"]].headings:
            matches = [p for p in doc.paragraphs if p.text == heading]
            assert matches and matches[0].style.name.startswith("Heading"), heading
            styles_seen[matches[0].style.name] += 1
        footer = doc.sections[0].footer.paragraphs[0].text
        assert BY_FILE[spec["file"]].sender_org in footer, f"{spec['file']}: no gemeente"
        assert re.search(r"\(?\b0\d{2,3}\)?[ -]\d", footer), f"{spec['file']}: no general number"
    assert styles_seen["Heading 1"] and styles_seen["Heading 2"]
    # g12: headings as bold run-in leads of Normal paragraphs, no heading lines at all
    g12 = _g("g12")
    leads = [
        p
        for p in Document(str(g12.path)).paragraphs
        if p.runs and p.runs[0].bold and p.runs[0].text.endswith(". ") and len(p.runs) > 1
    ]
    assert not g12.headings and len(leads) >= 6
    # g15: a reference table above the salutation (Behandeld door); the decision split
    # over two paragraphs with a table between them
    g15 = _g("g15")
    first = Document(str(g15.path)).tables[0]
    assert [r.cells[0].text for r in first.rows][:3] == [
        "Ons kenmerk",
        "Uw kenmerk",
        "Behandeld door",
    ]
    sections = [p.section for p in g15.paragraphs]
    table = next(n for n, p in enumerate(g15.paragraphs) if "\t" in p.start)
    assert sections[table - 1] == sections[table + 1] == "besluit"
    # g14: a contact table with a Telefoon column; g16: crisis lines as List Bullet items
    g14 = Document(str(_g("g14").path))
    assert any("Telefoon" in [c.text for c in t.rows[0].cells] for t in g14.tables)
    g16 = _g("g16")
    bullets = [p.text for p in Document(str(g16.path)).paragraphs if p.style.name == "List Bullet"]
    assert all(any(cl.number in b for b in bullets) for cl in g16.crisis_lines)


def test_loader_names_the_record_on_a_bad_field(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text(
        "- file: g01-jeugd-toekenning-contact-alleen-in-ondertekening.txt\n  kind: brief\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"record 1 \(g01-jeugd-.*kind"):
        load_gold(bad)
    bad.write_text("- file: q99-missing.txt\n", encoding="utf-8")
    with pytest.raises(GoldError, match="does not exist"):
        load_gold(bad)
