"""The main tab's working model (rewriter/worksheet.py): rows, choices, own edits, progress."""

from __future__ import annotations

import re

from rewriter import worddiff
from rewriter import workbench as wb
from rewriter import worksheet as ws
from rewriter.engine import Engine
from rewriter.letter import Letter

LETTER = """Gemeente Deventer
Postbus 5000
7400 GC Deventer

Datum: 12 maart 2026
Ons kenmerk: WMO-2026-004512

Geachte mevrouw De Vries,

Middels deze beschikking laten wij u weten dat u huishoudelijke hulp krijgt voor 3 uur per week. Indien u vragen heeft, kunt u bellen met het Wmo-loket via 14 0570 of met uw consulent via 06-12345678 of 06-87654321.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,

R. Hofstede
Consulent Wmo
"""
LONG = (
    "Geachte heer,\n\nIn het kader van de uitvoering van de Wet maatschappelijke ondersteuning "
    "hebben wij na zorgvuldige afweging van alle belangen en na overleg met de betrokken "
    "zorgaanbieders in uw wijk besloten dat de ondersteuning die u op dit moment ontvangt "
    "wordt voortgezet tot het einde van het jaar. Wij melden dit ook bij Veilig Thuis, "
    "het advies- en meldpunt voor huiselijk geweld en kindermishandeling, zodat zij in de "
    "komende periode samen met de wijkteams en de school van uw kinderen kunnen kijken naar "
    "wat er in uw gezin nodig is om de situatie thuis te verbeteren.\n\n"
    "Met vriendelijke groet,\n\nA. de Boer\n"
)


def _session(engine: Engine, text: str = LETTER) -> tuple[ws.Session, str]:
    session, shown, misfits = ws.open_session(wb.analyse_text(text, engine))
    assert misfits == ()
    return session, shown


def _row(session: ws.Session, now: str) -> tuple[int, ws.Row]:
    return next((k, r) for k, r in enumerate(session.rows) if r.now == now)


def test_one_row_per_finding_with_alternatives_as_one_choice(engine: Engine) -> None:
    session, shown = _session(engine)
    k, middels = _row(session, "Middels")
    assert [o.label for o in middels.options] == ["Met", "Via"]
    assert not middels.safe_single  # alternatives: never ticked by 'vink alle veilige aan'
    assert session.choices[k] == 0 and "Met deze" not in shown and "Met dit besluit" in shown
    _, indien = _row(session, "Indien")
    assert indien.safe_single
    # every finding has a row, and the contact channels share one
    spans = {span for r in session.rows for span in r.spans}
    assert all((f.start, f.end) in spans for f in session.analysis.report.findings)
    contact = [r for r in session.rows if r.category == "contact"]
    assert len(contact) == 1 and len(contact[0].spans) == 4
    # choosing the second alternative replaces the first: one choice per row
    picks = [-1 if c is None else c for c in session.choices]
    picks[k] = 1
    after, _, text, _ = ws.choose(session, picks, shown)
    assert "Via dit besluit" in text and "Met dit besluit" not in text
    assert after.choices[k] == 1


def test_explanations_say_things_once(engine: Engine) -> None:
    session, _ = _session(engine)
    _, middels = _row(session, "Middels")
    assert middels.reason == "'Middels' is stijf en ouderwets. Schrijf 'met' of 'via'."
    for row in session.rows:
        sentences = re.split(r"(?<=[.!?])\s+", row.reason)
        assert len(sentences) == len(set(sentences)), row.reason
    assert ws.one_reason("'X' is stijf. Schrijf 'a'. 'X' is stijf.") == "'X' is stijf. Schrijf 'a'."


def test_contact_summary_in_plain_dutch(engine: Engine) -> None:
    session, _ = _session(engine)
    contact = next(r for r in session.rows if r.category == "contact")
    assert "3 telefoonnummers, geen e-mailadres, 1 loket" in contact.reason
    assert "(s)" not in contact.reason and "(sen)" not in contact.reason


def test_veilig_thuis_is_not_called_a_legal_word(engine: Engine) -> None:
    session, _ = _session(engine, LONG)
    labels = {r.category for r in session.rows if "Veilig Thuis" in r.now}
    assert labels and "juridisch woord" not in labels


def test_choices_survive_a_new_analysis_of_the_same_letter(engine: Engine) -> None:
    session, shown = _session(engine)
    k, _ = _row(session, "Middels")
    j, _ = _row(session, "Indien")
    picks = [-1 if c is None else c for c in session.choices]
    picks[k], picks[j] = 1, -1
    session, _, shown, _ = ws.choose(session, picks, shown)
    edited = shown.replace("huishoudelijke hulp", "hulp in het huishouden")
    again, text, misfits = ws.open_session(wb.analyse_text(LETTER, engine), session, edited)
    assert again.choices[k] == 1 and again.choices[j] is None
    assert text == edited and misfits == ()
    # another letter starts afresh
    other, text, _ = ws.open_session(
        wb.analyse_text("Geachte heer,\n\nIndien u vragen heeft, bel ons.\n", engine),
        session,
        edited,
    )
    assert other.choices == ws.default_choices(other.rows) and "Als u vragen" in text
    # an uploaded Word file stays with its own letter only
    with_file = ws.replace(session, source=("brief.docx", b"PK"))
    assert ws.open_session(wb.analyse_text(LETTER, engine), with_file)[0].source is not None
    assert other.source is None


def test_own_edits_are_put_back_or_reported() -> None:
    generated = "Met dit besluit krijgt u hulp. Als u vragen heeft, belt u ons."
    edited = generated.replace("krijgt u hulp", "krijgt u hulp in huis")
    edits = ws.own_edits(generated, edited)
    assert ws.reapply(generated, edits) == (edited, ())
    regenerated = generated.replace("Met dit", "Via dit")
    text, misfits = ws.reapply(regenerated, edits)
    assert text == regenerated.replace("krijgt u hulp", "krijgt u hulp in huis") and not misfits
    gone = "Een heel andere brief."
    text, misfits = ws.reapply(gone, edits)
    assert text == gone and misfits == edits
    assert "past niet meer" in ws.misfit_note(misfits)


def test_select_all_set_is_safe_single_choices_only(engine: Engine) -> None:
    session, _ = _session(engine)
    html = ws.proposals_html(session)
    for k, row in enumerate(session.rows):
        block = re.search(rf'<li class="vs-rij" id="vs-{k}"[^>]*>', html).group(0)
        assert f'data-veilig="{int(row.safe_single)}"' in block
        if len(row.options) > 1:  # radios: 'laat staan' plus each alternative, one name
            names = set(re.findall(rf'name="(vs-{k})"', html))
            assert names == {f"vs-{k}"}
            assert html.count(f'type="radio" name="vs-{k}"') == len(row.options) + 1


def test_progress_names_what_blocks_b1(engine: Engine) -> None:
    session, shown = _session(engine, LONG)
    before = ws.progress(session, shown, engine)
    assert before.target == "B1"
    assert any(re.fullmatch(r"nog \d+ zinn?e?n? langer dan 20 woorden", b) for b in before.blockers)
    html = ws.progress_html(before)
    assert "doel: B1" in html and f"Taalniveau: {before.before} → {before.after}" in html
    none, _, text, _ = ws.choose(session, [-1] * len(session.rows), shown)
    blockers = ws.progress(none, text, engine).blockers
    if any(r.options for r in none.rows if ws._is_word_row(r, none.analysis.report.findings)):
        assert any("met een voorstel dat niet is gekozen" in b for b in blockers)


def test_sentence_chart_counts_body_sentences_only(engine: Engine) -> None:
    letter = Letter.from_text(LETTER, engine.resources)
    lengths = ws.body_sentence_lengths(letter)
    assert len(lengths) == 4  # the two paragraphs; no address, date, kenmerk or signature
    assert min(lengths) >= 8
    assert "4 zinnen in de tekst van de brief" in ws.sentence_chart(letter)


def test_letter_view_marks_without_colour_one_span_per_long_sentence(engine: Engine) -> None:
    session, _ = _session(engine, LONG)
    html = ws.letter_html(session)
    long_findings = [f for f in session.analysis.report.findings if f.category == "long_sentence"]
    assert long_findings and html.count('class="zin-lang"') == len(long_findings)
    assert not re.search(r"<mark[^>]*>(<span[^>]*>[^<]*</span>)?</mark>", html)  # no empty marks
    for mark in re.findall(r"<mark [^>]*>", html):
        assert re.search(r'class="m s-\w+"', mark) and 'title="' in mark  # style + label
    text = re.sub(r"<span class=\"icoon\"[^>]*>[^<]*</span>", "", html)
    text = re.sub(r"<[^>]+>", "", text)
    import html as h

    assert h.unescape(text) == LONG  # the letter, whole and in order


def test_diff_keeps_whole_words() -> None:
    before, after = "de wethouders besluiten vandaag", "de wethouder besluit vandaag"
    pieces = worddiff.diff_pieces(before, after)
    words = set(before.split()) | set(after.split())
    for piece, label in pieces:
        if label:
            assert all(w in words for w in piece.split()), piece  # no 'wethou' + 'ders'
    assert ("wethouders", "-") in pieces and ("wethouder", "+") in pieces
    assert "".join(p for p, label in pieces if label != "+") == before


def test_contact_choices_read_the_analysed_letter(engine: Engine) -> None:
    session, _ = _session(engine)
    expected = wb.contact_options(LETTER, engine)
    assert wb.contact_options(session.analysis.report.letter, engine) == expected
    assert "06-87654321" in expected


def test_the_change_view_shows_whole_phrases() -> None:
    html = ws.diff_html(
        "Middels deze beschikking laten wij u weten.", "Met dit besluit laten wij u weten."
    )
    assert html.count("<del>") == 1 and "<del>Middels deze beschikking</del>" in html
    assert "<ins>Met dit besluit</ins> laten wij u weten." in html
    assert ws.diff_html("Eén & twee", "Eén & twee") == '<div class="verschil">Eén &amp; twee</div>'
