"""The batch path's speed-ups give the same results as the plain computation they replace.

Each one (see bench/batch_stages.py for what it saves) either computes less or keeps
a value it computed before; here each is compared with the plain computation on the
fixture letters (tests/fixtures/letters) and on our own sentences.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest

from rewriter import wordml
from rewriter.analysers.glossary import find_glossary
from rewriter.compose import (
    _docx_parts,
    _docx_parts_by_package,
    compose,
    delivered_text,
    guard_files,
    required_facts,
)
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.rewrite import guard_text, rewrite, select

LETTERS = sorted((Path(__file__).parent / "fixtures" / "letters").glob("*.txt"))
OWN = [
    "Wij zijn van mening dat u in aanmerking komt voor een voorziening, in het kader van de "
    "Wmo. Ten behoeve van uw aanvraag kent het college u een budget toe.",
    "In verband met de wet en ter zake van uw verzoek: in dat geval, met ingang van 1 mei.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in LETTERS] + OWN


def test_phrase_prefilter_finds_what_the_plain_phrase_match_finds(engine: Engine) -> None:
    """A phrase whose second word is not the next token is skipped before `_match_phrase`;
    with no prefilter (every phrase tried) the findings are the same, in the same order."""
    compiled = engine.compiled
    plain = dataclasses.replace(
        compiled,
        multi_next={k: (None,) * len(v) for k, v in compiled.multi.items()},
        token_cache={},
    )
    lem = engine.resources.lemmatizer
    skipped = sum(1 for seconds in compiled.multi_next.values() for s in seconds if s)
    assert skipped > 900  # the filter is in use for almost every phrase
    phrases = 0
    for text in _texts():
        letter = Letter.from_text(text, engine.resources)
        fast = list(find_glossary(letter, compiled, lem, engine.settings.domain))
        slow = list(find_glossary(letter, plain, lem, engine.settings.domain))
        assert fast == slow
        phrases += sum(1 for f in fast if f.form in ("phrase", "gap-phrase"))
    assert phrases > 50


@pytest.mark.parametrize("accept", ["safe", "all"])
def test_checking_only_the_chosen_proposals_applies_the_same(engine: Engine, accept: str) -> None:
    """`vet="chosen"` (the batch) checks the grammar of the proposals `accept` chooses only;
    the text, the applied and the refused edits are those of checking all of them, and the
    proposals it offers are the chosen part of all offered ones."""
    applied = withheld = 0
    for text in _texts()[:: 1 if accept == "safe" else 3]:
        full = rewrite(text, engine, accept)
        lean = rewrite(text, engine, accept, vet="chosen")
        assert lean.text == full.text
        assert lean.applied == full.applied
        assert lean.refused == full.refused
        assert lean.missing == full.missing and lean.scores_after == full.scores_after
        assert lean.proposals == tuple(select(full.proposals, accept))
        chosen = {
            p.id for p in select([*full.proposals, *(w.proposal for w in full.withheld)], accept)
        }
        assert lean.withheld == tuple(w for w in full.withheld if w.proposal.id in chosen)
        assert len(lean.proposals) <= len(full.proposals)
        applied += len(full.applied)
        withheld += len(lean.withheld)
    assert applied > 100 and withheld > 0  # the grammar check did withhold chosen ones


def test_vet_takes_only_all_or_chosen(engine: Engine) -> None:
    with pytest.raises(ValueError):
        rewrite(OWN[0], engine, "safe", vet="some")


def _own_docx() -> list[bytes]:
    """Word files laid out otherwise than render_docx's: two sections (the second with its
    own footer, then one that inherits it), merged table cells, and a file without footer."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    out = []
    doc = Document()
    doc.add_paragraph("Uw aanvraag van 3 maart 2026 is toegekend.")
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Norm per maand"
    table.cell(0, 2).text = "€ 1.512,26"
    table.cell(1, 0).merge(table.cell(1, 2)).text = "Totaal: € 486,30"
    doc.sections[0].footer.paragraphs[0].text = "Kenmerk JZ-2026/0413"
    doc.add_section(WD_SECTION.NEW_PAGE)
    second = doc.sections[1].footer
    second.is_linked_to_previous = False
    second.paragraphs[0].text = "Bel 0800-1234 (gratis)"
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("Met vriendelijke groet,")
    for d in (doc, Document()):
        buffer = io.BytesIO()
        d.save(buffer)
        out.append(buffer.getvalue())
    return out


def test_docx_text_from_its_parts_is_the_text_python_docx_reads(engine: Engine) -> None:
    """The guard reads a delivered DOCX's main part and footers only; the text is what
    python-docx reads from the whole package, for our own files and for others."""
    files = [
        compose(text, engine, "safe", ("docx",), vet="chosen").files["docx"].data
        for text in _texts()[::4]
    ]
    for data in files:
        parts = _docx_parts(data)
        assert parts is not None and parts == _docx_parts_by_package(data)
    assert len(files) >= 10
    laid_out, bare = _own_docx()
    assert _docx_parts(laid_out) == _docx_parts_by_package(laid_out)
    assert "Bel 0800-1234 (gratis)" in _docx_parts(laid_out)
    assert _docx_parts(laid_out).count("Bel 0800-1234 (gratis)") == 2  # inherited by section 3
    assert _docx_parts(bare) is None  # no footer: python-docx reads the whole package
    assert delivered_text("docx", bare) == "\n".join(_docx_parts_by_package(bare))


def _word_letter() -> bytes:
    """A Word letter with what the reader takes from parts other than the body: a first-page
    header and footer, a second section with its own header, a third that inherits, and
    numbered and bulleted list paragraphs (styles and numbering parts)."""
    from docx import Document
    from docx.enum.section import WD_SECTION

    doc = Document()
    first = doc.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Gemeente Voorbeeld, Postbus 12, 1000 AB Stad"
    first.header.paragraphs[0].text = "Vervolg van onze brief van 3 maart 2026"
    first.first_page_footer.paragraphs[0].text = "Kenmerk WMO-2026-004512"
    first.footer.paragraphs[0].text = "Pagina 2"
    doc.add_paragraph("Geachte mevrouw Jansen,")
    doc.add_paragraph("U krijgt € 21,80 per maand.")
    for item in ("uw loonstrook", "uw huurcontract"):
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph("een kopie van uw identiteitsbewijs", style="List Bullet")
    doc.add_section(WD_SECTION.NEW_PAGE)
    second = doc.sections[1].header
    second.is_linked_to_previous = False
    second.paragraphs[0].text = "Bijlage: berekening"
    doc.add_paragraph("Norm per maand: € 1.512,26")
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("Met vriendelijke groet,")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _as_template(data: bytes) -> bytes:
    """The same file declared as a Word template (.dotx): python-docx refuses it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            raw = src.read(item)
            if item.filename == "[Content_Types].xml":
                raw = raw.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, raw)
    return out.getvalue()


def test_word_input_from_its_parts_reads_as_through_the_package(monkeypatch) -> None:
    """read_docx parses the main part once and only the parts it uses; the letter text,
    headers, footers and list labels are those read through python-docx's package."""
    from bench.batch_stages import fixture_docx

    root = Path(__file__).resolve().parent.parent
    files = [data for _, data in fixture_docx()[::5]]
    files += [
        p.read_bytes() for d in ("eval", "eval2") for p in (root / "bench" / d).rglob("*.docx")
    ]
    files += [_word_letter(), *_own_docx()]
    fast = []
    for data in files:
        assert wordml._word_parts(data) is not None
        fast.append(wordml.read_docx(data))
    with monkeypatch.context() as m:
        m.setattr(wordml, "_word_parts", lambda data: None)
        slow = [wordml.read_docx(data) for data in files]
    for a, b in zip(fast, slow, strict=True):
        assert a.text == b.text
        assert [(x.start, x.kind, x.text) for x in a.pieces] == [
            (x.start, x.kind, x.text) for x in b.pieces
        ]
    letter = fast[-3].text
    for seen in ("Postbus 12", "Vervolg van", "Kenmerk WMO", "Pagina 2", "Bijlage", "1. uw loon"):
        assert seen in letter, seen
    assert len(files) > 15
    template = _as_template(_word_letter())
    assert wordml._word_parts(template) is None
    with pytest.raises(ValueError, match="not a Word file"):
        wordml.read_docx(template)


def test_fact_guard_prepared_once_gives_the_same_verdicts(engine: Engine) -> None:
    """rewrite prepares the original's side of the fact guard once and compose's file guard
    reuses it (and the new text's facts from its Letter): the facts lost, and the guard's
    verdict on every delivered file, also a broken one, are those of preparing it afresh."""
    texts = _texts()[::6]
    broken_checked = 0
    for text in texts:
        c = compose(text, engine, "safe", ("html", "docx"), vet="chosen")
        r = c.rewrite
        assert r is not None and r.original_facts is not None
        assert list(r.missing) == guard_text(text, r.text, r.facts)
        fresh = guard_files(text, r.facts, c.files, c.context, c.structure)
        assert c.guard == fresh
        fact = next((f.text for f in r.facts if f.text in r.text and f.kind == "amount"), None)
        if fact is None:
            continue
        # the page writes an amount with a non-breaking space ('€\u00a0480,00')
        page_fact = fact.replace(" ", "\u00a0").encode()
        cut = {
            k: dataclasses.replace(
                v, data=v.data.replace(fact.encode(), b"").replace(page_fact, b"")
            )
            for k, v in c.files.items()
            if k == "html"
        }
        broken = guard_files(text, r.facts, cut, c.context, c.structure, r.original_facts)
        assert not broken.ok and ("html", fact) in broken.missing
        assert broken == guard_files(text, r.facts, cut, c.context, c.structure)
        broken_checked += 1
    assert broken_checked >= 2
    # a prepared side of another letter is not used
    a, b = (compose(t, engine, "safe", ("html",), vet="chosen") for t in texts[:2])
    other = guard_files(
        texts[0], a.rewrite.facts, a.files, a.context, a.structure, b.rewrite.original_facts
    )
    assert other == a.guard


def test_glossary_read_by_libyaml_is_read_as_by_pyyaml(tmp_path: Path) -> None:
    """The glossary files are parsed by libyaml (when PyYAML has it): every shipped file
    gives the same entries with the same lines as PyYAML's own parser, and broken YAML
    is refused by both with its file and line."""
    import yaml

    from rewriter import glossary as glossary_module
    from rewriter.errors import RewriterError

    assert glossary_module._LineLoader.__mro__[1] is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = sorted(glossary_module.default_glossary_dir().glob("*.yaml"))
    entries = 0
    for path in files:
        fast = glossary_module._read_entries(path)
        slow = glossary_module._read_entries(path, glossary_module._PlainLineLoader)
        assert fast == slow
        entries += len(fast)
    assert len(files) > 10 and entries > 1500
    broken = tmp_path / "kapot.yaml"
    broken.write_text("- id: a\n  type: word\n- id: [b\n  type: word\n", encoding="utf-8")
    lines = []
    for loader in (glossary_module._LineLoader, glossary_module._PlainLineLoader):
        with pytest.raises(RewriterError) as info:
            glossary_module._read_entries(broken, loader)
        assert "kapot.yaml" in str(info.value) and "geen geldige YAML" in str(info.value)
        lines.append(info.value.line)  # type: ignore[attr-defined]
    assert lines[0] == lines[1] > 1


def test_docx_from_the_styled_template_is_the_docx_of_a_fresh_template(engine: Engine) -> None:
    """`render_docx` copies a template styled once per font size and colour, sharing the
    parts a letter does not change; the bytes are those of python-docx's template read
    and styled for every letter, in every layout and in two colours, in turns (so the
    shared parts are reused after other letters), and the shared parts stay unchanged."""
    from unittest import mock

    from rewriter import render

    plain = render._PlainDocxTemplate()
    cases = []
    for i, text in enumerate(_texts()[:-2]):
        c = compose(text, engine, "safe", ("html",), vet="chosen")
        context = c.context
        if i % 3 == 1:
            style = dataclasses.replace(context["style"], primary_colour="#7A1F5C")
            context = {**context, "style": style}
        cases.append((context, render.LAYOUTS[i % len(render.LAYOUTS)]))
    template = render._docx_template()
    shared_before = None
    for _ in range(2):
        for context, layout in cases:
            with mock.patch.object(render, "_docx_template", return_value=plain):
                expected = render.render_docx(context, layout)
            assert render.render_docx(context, layout) == expected
        blobs = {k: [p.blob for p in v[2]] for k, v in template._styled.items()}
        assert shared_before is None or blobs == shared_before
        shared_before = blobs
    sizes = {layout.font_size for layout in render.LAYOUTS}
    assert {(s, c) for s in sizes for c in ("1F4E79", "7A1F5C")} <= set(template._styled)


def test_pool_worker_loads_the_engine_and_freezes_it_for_the_collector(tmp_path: Path) -> None:
    """A batch worker loads its engine in the pool initializer, moves it out of the
    cyclic collector's reach and collects young objects every 20,000 allocations (the letters' outputs are compared with one `compose` in
    tests/test_batch_speed.py, jobs=2); a settings file that cannot be read leaves the
    worker running, to report the error per letter as before."""
    import os
    import subprocess
    import sys

    bad = tmp_path / "kapot.toml"
    bad.write_text("dit is [geen toml", encoding="utf-8")
    script = (
        "import gc, os, sys\n"
        "from rewriter import batch\n"
        "batch._start_worker(os.getppid(), batch.Options(config=sys.argv[1]))\n"
        "print(gc.get_freeze_count(), gc.get_threshold()[0])\n"
        "batch._start_worker(os.getppid(), batch.Options())\n"
        "print(gc.get_freeze_count(), len(batch._engine(None, None, batch.Options().stamp()).glossary))\n"
        "print(gc.get_threshold() == batch.GC_THRESHOLD)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script, str(bad)],
        capture_output=True, text=True, check=True, cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    before, after, threshold = done.stdout.split("\n")[:3]
    frozen, entries = (int(x) for x in after.split())
    assert before.split() == ["0", "700"]  # no engine: nothing frozen, Python's collection
    assert threshold == "True"  # a loaded worker collects its young objects less often
    assert frozen > 100_000 and entries > 1500


def test_no_pdf_is_written_when_none_is_asked_and_the_other_files_are_the_same(
    engine: Engine, monkeypatch
) -> None:
    """Every format is laid out once to prove the one page, but only a PDF asked for is
    written (`write_pdf`): without 'pdf' the DOCX and HTML are byte for byte the files a
    run with 'pdf' gives, and no PDF is written; with it, the PDF is written once."""
    from weasyprint.document import Document as WeasyDocument

    from rewriter.render import render_formats

    written: list[int] = []
    real = WeasyDocument.write_pdf

    def counted(self, *args, **kwargs):
        written.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(WeasyDocument, "write_pdf", counted)
    for text in _texts()[:6]:
        structure = compose(text, engine, "safe", ()).structure
        written.clear()
        every = render_formats(structure, ("pdf", "docx", "html"))
        assert len(written) == 1
        written.clear()
        without = render_formats(structure, ("docx", "html"))
        assert not written
        assert {f: r.data for f, r in without.items()} == {
            f: every[f].data for f in ("docx", "html")
        }
        assert without["docx"].layout == every["pdf"].layout
        assert every["pdf"].data.startswith(b"%PDF")


def test_morphology_read_once_per_analysis_is_what_morph_get_says() -> None:
    """The grammar check reads a token's gender, number and verb form once per distinct
    analysis (`grammar._morph_features`); each is what `MorphAnalysis.get` says, the
    first time and from the memo."""
    from rewriter.grammar import _morph_features
    from rewriter.parser import load_parser

    nlp = load_parser()
    assert nlp is not None
    seen = 0
    for doc in nlp.pipe(_texts()[:8], disable=["parser", "trainable_lemmatizer"]):
        for t in doc:
            g, n, vf = t.morph.get("Gender"), t.morph.get("Number"), t.morph.get("VerbForm")
            gender = "de" if g == ["Com"] else "het" if g == ["Neut"] else None
            plain = (gender, (n == ["Plur"]) if n else None, vf == ["Fin"])
            assert _morph_features(t.morph) == plain
            assert _morph_features(t.morph) == plain
            seen += bool(g or n or vf)
    assert seen > 500


def test_shared_docx_parts_are_deflated_once_and_give_the_bytes_of_compressing_again(
    engine: Engine,
) -> None:
    """The styled template's shared parts (styles, styles with effects, theme, thumbnail)
    are serialised and deflated once; a letter's .docx replays that stream into its zip
    member and is byte for byte the .docx with every part serialised and compressed again
    (`_docx_bytes` without them), for two letters in a row."""
    from rewriter import render

    for text in _texts()[:2]:
        c = compose(text, engine, "safe", ("html",), vet="chosen")
        layout = c.files["html"].layout
        fast = render.render_docx(c.context, layout)
        _doc, _ids, serialised = render._docx_template().styled_copy(
            layout.font_size, _colour(c.context)
        )
        assert {str(s.partname) for s in serialised.values()} == set(render._SHARED_PARTS)
        assert all(s.deflated for s in serialised.values())  # replayed, not compressed again
        slow = _rebuilt(render, c.context, layout)
        assert fast == slow


def _colour(context: dict) -> object:
    from docx.shared import RGBColor

    return RGBColor.from_string(context["style"].primary_colour.lstrip("#").upper())


def _rebuilt(render: object, context: dict, layout: object) -> bytes:
    """render_docx with the shared parts serialised and compressed again."""
    from unittest import mock

    template = render._docx_template()  # type: ignore[attr-defined]
    real = template.styled_copy

    def plain(size: float, colour: object) -> tuple:
        doc, ids, _serialised = real(size, colour)
        return doc, ids, {}

    with mock.patch.object(template, "styled_copy", plain):
        return render.render_docx(context, layout)  # type: ignore[attr-defined]


def test_facts_of_a_text_without_a_letter_are_the_letters_facts(engine: Engine) -> None:
    """`compose(..., rewritten=...)` takes the original's facts from `letter_facts`
    (no tokeniser, no sentence split), or from the rewritten Letter when both texts are
    the same: the facts `Letter.from_text(text).facts` gives, and the same refusal of a
    text without words."""
    from rewriter.errors import EmptyLetterError
    from rewriter.letter import letter_facts

    for text in _texts():
        assert letter_facts(text) == Letter.from_text(text, engine.resources).facts
    for empty in ("", " \n", "—"):
        with pytest.raises(EmptyLetterError):
            letter_facts(empty)
    text, edited = _texts()[3], _texts()[3].replace("\n\n", "\n\nEen nieuwe zin.\n\n", 1)
    for original, rewritten in ((text, text), (text, edited)):
        fast = compose(original, engine, "none", ("html",), rewritten=rewritten)
        plain_facts = Letter.from_text(original, engine.resources).facts
        assert fast.guard.ok
        assert fast.required == tuple(required_facts(plain_facts, fast.structure, fast.context))
