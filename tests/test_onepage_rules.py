"""The one-page letter's rules for contacts, sections and the letterhead, one small letter each.

These letters are written for the tests (not taken from the evaluation sets).
"""

from __future__ import annotations

from conftest import section_of as _section_of

from rewriter.compose import compose, delivered_text
from rewriter.contacts import is_contact_role
from rewriter.engine import Engine
from rewriter.facts import PERSON
from rewriter.letter import Letter
from rewriter.render import ContactChoice, decide_contact, keep_together
from rewriter.structure import extract_structure

HEAD = """Gemeente Zuiderveld
Team Inkomen
Postbus 12
9999 ZZ Zuiderveld

De heer P. Akkerman
Molenweg 3
9999 ZA Zuiderveld

Datum: 2 november 2026
Onderwerp: {subject}

Geachte heer Akkerman,

"""
TAIL = """

Met vriendelijke groet,

J. de Boer
consulent Team Inkomen"""


def _letter(body: str, subject: str = "uw aanvraag bijzondere bijstand") -> str:
    return HEAD.format(subject=subject) + body.strip() + TAIL


def _structure(engine: Engine, text: str):
    return extract_structure(Letter.from_text(text, engine.resources))


def test_what_is_left_of_a_contact_paragraph_leaves_with_its_channels(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Heeft u vragen over dit besluit? Uw klantmanager mevrouw R. Smit is bereikbaar op maandag en donderdag. Bel haar op 06-11 22 33 44."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Heeft u vragen") is None
    assert any("bereikbaar op maandag" in r for r in s.removed)  # listed, not lost
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert "06-11 22 33 44" in line and "Smit" in line


def test_a_sentence_with_an_instruction_is_not_contact_talk(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Stuur de nota uiterlijk 1 december 2026 naar ons. Heeft u vragen? Bel 06-11 22 33 44."""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "Stuur de nota uiterlijk 1 december 2026" in kept


def test_contact_roles_come_from_the_language_layer() -> None:
    assert is_contact_role("klantmanager") and is_contact_role("Wmo-consulent")
    assert is_contact_role("jeugdconsulent") and not is_contact_role("bijstand")


def test_the_committee_secretary_owns_the_number_as_a_person_of_the_sender(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten uw bezwaar ongegrond te verklaren.

Voor vragen over deze beslissing kunt u contact opnemen met mevrouw mr. K. Veldman, secretaris van de Commissie bezwaarschriften, via 0599-12 34 56."""
    s = _structure(engine, _letter(body, "beslissing op uw bezwaar"))
    phone = next(c for c in s.channels if c.text == "0599-12 34 56")
    assert "Veldman" in phone.owner and phone.owner_kind == "person"


def test_the_juridisch_loket_is_never_the_senders_loket(engine: Engine) -> None:
    body = """Wij hebben besloten uw aanvraag af te wijzen.

Wilt u hulp bij een bezwaar? U kunt gratis advies vragen bij het Juridisch Loket via 0900-80 24."""
    s = _structure(engine, _letter(body))
    loket = next(c for c in s.channels if c.text == "0900-80 24")
    assert loket.owner_kind == "other"
    assert "0900-80 24" not in decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line


def test_the_senders_footer_line_owns_its_number(engine: Engine) -> None:
    text = _letter("Wij hebben besloten u bijzondere bijstand toe te kennen.").replace(
        "consulent Team Inkomen",
        "namens deze,\nGemeente Zuiderveld | Markt 1, Zuiderveld | 14 0599",
    )
    s = _structure(engine, text)
    phone = next(c for c in s.channels if c.text == "14 0599")
    assert "Zuiderveld" in phone.owner and phone.owner_kind == "team"
    assert "deze" not in s.sender_info.names


def test_a_lead_sentence_stays_with_its_table(engine: Engine) -> None:
    body = """Wij hebben besloten de te veel betaalde bijstand terug te vorderen.

Het terug te betalen bedrag is als volgt opgebouwd:
maart 2026: € 120,00
april 2026: € 80,00
Totaal: € 200,00"""
    c = compose(_letter(body, "terugvordering bijstand"), engine, "none", ("html",))
    table = [it for its in c.structure.items.values() for it in its if it.kind == "table"]
    assert table and table[0].text.startswith("Het terug te betalen bedrag")
    html = c.files["html"].data.decode("utf-8")
    assert html.index("als volgt opgebouwd") < html.index("<table")


def test_sections_read_a_subordinate_clause_and_its_main_clause(engine: Engine) -> None:
    body = """Wij hebben besloten u budgetbeheer toe te kennen.

Indien u de afspraken over het budgetbeheer niet nakomt, kunnen wij het budgetbeheer stoppen.

Om de betalingen goed te regelen, openen wij voor u een beheerrekening.

Mocht uw inkomen veranderen, dan kunt u een nieuwe berekening vragen."""
    s = _structure(engine, _letter(body, "besluit budgetbeheer"))
    assert _section_of(s, "Indien u de afspraken") == "vragen"
    assert _section_of(s, "Om de betalingen") == "gebeuren"
    # an option after a condition: the model decides after the 'clause' cue. The model
    # trained with sets 10 and 11 files it under what we ask (as the question form 'Verandert
    # uw inkomen? Dan kunt u ...' is, cue 'question-then-option'); before, under the rest.
    # Either is defensible; the clause alone must not make it what happens or the decision.
    assert _section_of(s, "Mocht uw inkomen") in ("overig", "vragen")


def test_a_letter_without_an_objection_route_says_so_under_the_objection_heading(
    engine: Engine,
) -> None:
    body = """Wij nodigen u uit voor een gesprek op 9 november 2026 om 10.00 uur.

Deze brief is geen besluit. U kunt er geen bezwaar tegen maken."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert _section_of(s, "Deze brief is geen besluit") == "bezwaar"


def test_a_contact_person_named_before_the_role_is_an_introduction(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Mevrouw Van Dalen is uw vaste contactpersoon. Heeft u vragen? Bel mevrouw Van Dalen op 06-99 88 77 66."""
    s = _structure(engine, _letter(body))
    assert any("Van Dalen" in person for _, person in s.intros)
    c = compose(_letter(body), engine, "none", ())
    assert "Van Dalen" in c.contact_line and "06-99 88 77 66" in c.contact_line
    page = " ".join(it["text"] for sec in c.context["sections"] for it in sec["items"])
    assert "is uw vaste contactpersoon" not in page  # said once, by the contact line
    assert c.contact_line.count("Van Dalen") == 1


def test_a_titled_surname_without_initials_is_a_person() -> None:
    found = [m.group() for m in PERSON.finditer("Mevrouw Van Houten is er op dinsdag.")]
    assert found == ["Mevrouw Van Houten"]
    assert not list(PERSON.finditer("De Raad van State besliste."))


def test_they_point_to_the_organisation_named_just_before(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

De vrijwilligers van de Formulierenhulp Zuiderveld helpen u gratis met formulieren. U kunt hen bereiken via 0599-77 66 55."""
    s = _structure(engine, _letter(body))
    ch = next(c for c in s.channels if c.text == "0599-77 66 55")
    assert "Formulierenhulp" in ch.owner and ch.owner_kind == "other"
    assert "0599-77 66 55" not in decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line


def test_a_word_letterhead_address_in_its_own_block_joins_the_name(engine: Engine) -> None:
    text = _letter("Wij hebben besloten u bijzondere bijstand toe te kennen.").replace(
        "De heer P. Akkerman\nMolenweg 3", "De heer P. Akkerman\n\nMolenweg 3"
    )
    s = _structure(engine, text)
    assert s.recipient == ("De heer P. Akkerman", "Molenweg 3", "9999 ZA Zuiderveld")
    assert not any("Molenweg" in p for ps in s.sections.values() for p in ps)


def test_an_article_named_by_reference_is_kept_whole(engine: Engine) -> None:
    letter = Letter.from_text(
        "Het bedrag volgt uit artikel 4 van voornoemde verordening.", engine.resources
    )
    assert [p.text for p in letter.protected if p.kind == "article"] == [
        "artikel 4 van voornoemde verordening"
    ]


def test_the_persons_email_joins_their_number_however_the_name_is_written(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Kunt u niet komen? Bel dan uiterlijk een werkdag van tevoren met mevrouw R. Smit op 06-11 22 33 44. Mevrouw Smit is ook bereikbaar via r.smit@zuiderveld.example.nl."""
    c = compose(_letter(body), engine, "none", ())
    assert "06-11 22 33 44" in c.contact_line
    assert "r.smit@zuiderveld.example.nl" in c.contact_line


def _docx_with_lists() -> bytes:
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph("Wij hebben besloten u bijzondere bijstand toe te kennen.")
    doc.add_heading("Uw afspraken", level=1)
    for item in ("U maakt geen nieuwe schulden.", "U geeft veranderingen binnen een week door."):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Spoed", level=1)
    for item in (
        "Is er acuut gevaar? Bel 112.",
        "Zorgen over geweld thuis: Veilig Thuis, 0800-2000.",
    ):
        doc.add_paragraph(item, style="List Number")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_word_list_paragraphs_read_with_their_label_and_stay_one_list(engine: Engine) -> None:
    from rewriter.wordml import read_docx

    text = read_docx(_docx_with_lists()).text
    assert "- U maakt geen nieuwe schulden." in text
    assert "1. Is er acuut gevaar? Bel 112." in text
    assert "2. Zorgen over geweld thuis" in text
    s = _structure(engine, _letter(text))
    lists = [it for it in s.items["vragen"] if it.kind == "list"]
    assert [it.items for it in lists] == [
        ("U maakt geen nieuwe schulden.", "U geeft veranderingen binnen een week door.")
    ]
    # crisis lines in a numbered list are kept in the crisis block, without the number
    assert "Is er acuut gevaar? Bel 112." in s.crisis
    assert any(c.startswith("Zorgen over geweld thuis") for c in s.crisis)


def test_the_word_list_label_cannot_be_edited() -> None:
    from rewriter.wordml import _LOCK_LABEL, _edit_reason, read_docx

    doc = read_docx(_docx_with_lists())
    at = doc.text.index("- U maakt")
    assert _edit_reason(doc, at, at + 4) == _LOCK_LABEL
    assert _edit_reason(doc, at + 2, at + 4) == ""  # 'U ' itself is ordinary text


def test_headings_that_say_what_follows(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Hoe gaat het nu verder
De Sociale Verzekeringsbank beheert het budget namens de gemeente.

Wat de gemeente doet
Na ontvangst van de rekening controleert de gemeente of alles klopt.

Uitbetaling
Het bedrag wordt binnen tien werkdagen overgemaakt.

Uw rechten
U bent niet verplicht om op vragen te antwoorden.

Eigen bijdrage
Voor deze voorziening bent u een eigen bijdrage verschuldigd."""
    s = _structure(engine, _letter(body, "besluit bijzondere bijstand"))
    assert _section_of(s, "De Sociale Verzekeringsbank") == "gebeuren"
    assert _section_of(s, "Na ontvangst van de rekening") == "gebeuren"
    assert _section_of(s, "Het bedrag wordt binnen") == "gebeuren"
    assert _section_of(s, "U bent niet verplicht") == "overig"
    assert _section_of(s, "Voor deze voorziening") == "overig"


def test_another_bodys_objection_route_at_the_end_does_not_move_a_paragraph(
    engine: Engine,
) -> None:
    body = """U krijgt in 2027 een nieuwe eigen bijdrage van het CAK.

Wat gaat er gebeuren
Wij verwachten dat uw eigen bijdrage € 22,60 per maand wordt. Het CAK stelt het bedrag vast. U krijgt daarover in januari een beschikking van het CAK. Tegen die beschikking kunt u bezwaar maken bij het CAK.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."""
    s = _structure(engine, _letter(body, "uw eigen bijdrage"))
    assert _section_of(s, "Wij verwachten dat uw eigen bijdrage") == "gebeuren"
    assert _section_of(s, "Bent u het niet eens") == "bezwaar"


def test_a_letter_that_decides_nothing_has_no_decision_section(engine: Engine) -> None:
    body = """U ontvangt sinds 2024 een uitkering van ons.

Met ingang van 1 januari 2027 wordt de regeling gewijzigd. U hoeft daarvoor niets te doen.

Deze brief is geen besluit. U kunt er geen bezwaar tegen maken."""
    s = _structure(engine, _letter(body, "nieuwe regels voor de meedoenregeling"))
    assert s.items["besluit"] == ()
    assert _section_of(s, "Met ingang van 1 januari 2027") == "gebeuren"
    assert _section_of(s, "Deze brief is geen besluit") == "bezwaar"


def test_empathy_before_a_request_is_part_of_the_request(engine: Engine) -> None:
    body = """Uit onze administratie blijkt dat u de termijn van oktober nog niet heeft betaald.

Wij begrijpen dat het soms moeilijk is om rond te komen. Kunt u niet betalen? Neem dan contact met ons op."""
    s = _structure(engine, _letter(body, "herinnering terugbetaling"))
    assert _section_of(s, "Wij begrijpen dat") == "vragen"


def test_the_opening_paragraph_says_why_and_an_imperative_under_a_question_asks(
    engine: Engine,
) -> None:
    body = """Daan is de laatste weken vaak niet op school geweest. De school heeft dat gemeld.

Kunt u niet komen?
Bel of app mij dan zo snel mogelijk. Dan maken we een nieuwe afspraak."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert _section_of(s, "Daan is de laatste weken") == "waarom"
    assert _section_of(s, "Bel of app mij") == "vragen"


def test_an_on_behalf_line_and_a_street_with_a_comma_join_the_sender(engine: Engine) -> None:
    text = _letter("Wij hebben besloten u bijzondere bijstand toe te kennen.").replace(
        "Gemeente Zuiderveld\nTeam Inkomen\nPostbus 12\n9999 ZZ Zuiderveld",
        "Stichting Wijkteam Zuiderveld\n\nin opdracht van de gemeente Zuiderveld\n\n"
        "Marktstraat 21, 9999 ZZ Zuiderveld",
    )
    s = _structure(engine, text)
    assert s.sender[-1] == "Marktstraat 21, 9999 ZZ Zuiderveld"
    assert s.recipient[0] == "De heer P. Akkerman"


def test_a_person_at_another_organisation_stays_named_with_their_number(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Voor vragen over de begeleiding op school kunt u terecht bij de zorgcoördinator van Het Vechtdal College, mevrouw P. de Kraker, via 0529-61 23 00."""
    text = _letter(body)
    s = _structure(engine, text)
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "mevrouw P. de Kraker" in kept and "Het Vechtdal College" in kept
    # what the reader can do there needs the number (the contact line is the sender's)
    assert "0529-61 23 00" in kept
    # next to the contact line, where the page lists whom else the reader can reach
    assert _section_of(s, "Voor vragen over de begeleiding op school") == "contact"
    c = compose(text, engine, "none", ())
    assert not any(r.text == "0529-61 23 00" for r in c.removed_channels)
    assert "0529-61 23 00" not in c.contact_line


def test_the_contact_line_takes_the_hours_from_the_sentence_next_to_the_number(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Heeft u vragen? Neem dan contact op met het Wmo-loket van de gemeente Bergen op Zoom via 14 0164. Het loket is bereikbaar op werkdagen van 9.00 tot 13.00 uur."""
    text = _letter(body).replace("Gemeente Zuiderveld", "Gemeente Bergen op Zoom")
    c = compose(text, engine, "none", ())
    assert "Bel het Wmo-loket: 14 0164." in c.contact_line
    assert "op werkdagen van 9.00 tot 13.00 uur" in c.contact_line
    assert "Bel Zoom" not in c.contact_line


def test_a_numbered_list_shows_its_own_numbers_without_bullets_and_crisis_lines_stay_apart(
    engine: Engine,
) -> None:
    body = """Wij nodigen u uit voor een gesprek.

Neem mee:
1. uw identiteitsbewijs;
2. de verwijzing van de huisarts.

Als het niet kan wachten:
- Crisisdienst Jeugd, dag en nacht: 071-750 17 00
- Bij direct levensgevaar: 112"""
    c = compose(_letter(body, "uitnodiging gesprek"), engine, "none", ("html", "docx"))
    html = c.files["html"].data.decode()
    assert '<ul class="genummerd"><li>1. uw identiteitsbewijs;</li>' in html
    # the list's lead goes with its crisis lines (alone it would end in nothing)
    assert c.structure.crisis == (
        "Als het niet kan wachten: Crisisdienst Jeugd, dag en nacht: 071-750 17 00.",
        "Bij direct levensgevaar: 112.",
    )


def test_a_job_title_is_not_an_organisation_and_a_department_after_it_is_the_persons(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

U kunt contact opnemen met uw Wmo-consulent, de heer R. Terpstra, via 058-233 84 17.

Voor een regeling kunt u contact opnemen met de heer S. Smit, medewerker Debiteurenbeheer, via 010-246 52 38."""
    s = _structure(engine, _letter(body))
    kinds = {c.text: (c.owner, c.owner_kind) for c in s.channels}
    assert kinds["058-233 84 17"] == ("de heer R. Terpstra", "person")
    assert kinds["010-246 52 38"] == ("de heer S. Smit", "person")


def test_a_bewindvoerder_is_never_the_senders_contact(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Een kopie van deze brief gaat naar uw bewindvoerder, mevrouw K. de Wit. Mevrouw De Wit is bereikbaar via 010-246 83 10.

Heeft u vragen? Bel Team Inkomen via 0599-12 34 56."""
    c = compose(_letter(body), engine, "none", ())
    assert "010-246 83 10" not in c.contact_line
    assert "0599-12 34 56" in c.contact_line


def test_what_to_do_after_a_question_stays_without_the_number(engine: Engine) -> None:
    body = """Wij hebben besloten uw bijstand een maand te verlagen.

Komt u door deze maatregel in geldnood? Neem dan direct contact op met uw klantmanager, mevrouw D. van Gorp, via 013-542 90 36."""
    s = _structure(engine, _letter(body))
    kept = " ".join(p for ps in s.sections.values() for p in ps)
    assert "Neem dan direct contact op met uw klantmanager, mevrouw D. van Gorp." in kept
    assert "013-542 90 36" not in kept


def test_a_bare_list_keeps_its_heading_as_its_lead(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 30 november.

Neem dit mee
- de brief van de kinderarts
- het schriftje van school"""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    lists = [it for it in s.items["vragen"] if it.kind == "list"]
    assert lists and lists[0].text == "Neem dit mee:"
    assert lists[0].items == ("de brief van de kinderarts", "het schriftje van school")


def test_grounds_headings_file_by_the_kind_of_letter(engine: Engine) -> None:
    body = """Op 3 oktober 2026 heeft u bijzondere bijstand aangevraagd voor een wasmachine.

Verloop van de procedure
Aanvraag ontvangen 3 oktober 2026; huisbezoek 14 oktober 2026; besluit 30 oktober 2026.

Wij hebben besloten uw aanvraag toe te kennen.

Motivering
Een wasmachine is een noodzakelijke uitgave die u niet uit uw eigen middelen kunt betalen.

Berekening
Kosten wasmachine: € 429,00

Beslissing
De leverancier neemt binnen vijf werkdagen contact met u op voor de bezorging."""
    s = _structure(engine, _letter(body, "besluit bijzondere bijstand"))
    assert _section_of(s, "Aanvraag ontvangen") == "waarom"
    assert _section_of(s, "Een wasmachine is een noodzakelijke") == "besluit"
    assert _section_of(s, "Kosten wasmachine") == "besluit"
    assert _section_of(s, "De leverancier neemt") == "gebeuren"

    # the same grounds heading in a letter that decides nothing says why we write
    info = """U ontvangt deze brief omdat de regels voor de meedoenregeling veranderen.

Toelichting
De gemeenteraad heeft de inkomensgrens verhoogd naar 130 procent van het minimum.

Deze brief is geen besluit. U kunt er geen bezwaar tegen maken."""
    s = _structure(engine, _letter(info, "nieuwe regels voor de meedoenregeling"))
    assert _section_of(s, "De gemeenteraad heeft de inkomensgrens") == "waarom"


def test_requests_after_a_connective_a_summons_or_a_pointer_ask(engine: Engine) -> None:
    body = """Uit de gegevens van het UWV is ons gebleken dat u sinds mei meer inkomen heeft.

Wij verwachten dat u uiterlijk 1 december 2026 het formulier terugstuurt.

Voorts verzoeken wij u elke wijziging in uw inkomen binnen een week door te geven.

Wij sommeren u het bedrag van € 250,00 binnen veertien dagen over te maken.

Wij wijzen u erop dat een studie van uw dochter invloed heeft op uw uitkering. Is dat het geval, dan verzoeken wij u een bewijs van inschrijving te sturen.

Wij wijzen u er verder op dat de regels in 2027 kunnen veranderen."""
    s = _structure(engine, _letter(body, "besluit herziening bijstand"))
    assert _section_of(s, "Uit de gegevens van het UWV") in ("waarom", "besluit")
    assert _section_of(s, "Wij verwachten dat u uiterlijk") == "vragen"
    assert _section_of(s, "Voorts verzoeken wij u") == "vragen"
    assert _section_of(s, "Wij sommeren u") == "vragen"
    assert _section_of(s, "Wij wijzen u erop dat een studie") == "vragen"
    assert _section_of(s, "Wij wijzen u er verder op") == "overig"  # near miss: no request


def test_a_decision_on_an_objection_is_the_decision_and_a_consequence_what_happens(
    engine: Engine,
) -> None:
    body = """Op 2 augustus 2026 heeft u bezwaar gemaakt tegen ons besluit van 1 juli 2026.

Indien de gevraagde bewijsstukken niet op tijd binnen zijn, kan dit tot gevolg hebben dat de levering later plaatsvindt.

Beslissing
Het college verklaart uw bezwaar gegrond en kent u alsnog een scootmobiel toe.

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken in beroep gaan bij de rechtbank."""
    s = _structure(engine, _letter(body, "beslissing op bezwaar"))
    assert _section_of(s, "Het college verklaart uw bezwaar gegrond") == "besluit"
    # a conditional consequence is what happens, or (the annotation convention of the
    # evaluation sets) what we ask; the cues alone say what happens
    assert _section_of(s, "Indien de gevraagde bewijsstukken") in ("gebeuren", "vragen")
    cues = extract_structure(
        Letter.from_text(_letter(body, "beslissing op bezwaar"), engine.resources),
        None,
        cues_only=True,
    )
    assert _section_of(cues, "Indien de gevraagde bewijsstukken") == "gebeuren"
    assert _section_of(s, "Bent u het niet eens") == "bezwaar"


def test_an_old_contact_heading_is_not_repeated_and_a_paraphrased_heading_is_replaced(
    engine: Engine,
) -> None:
    body = """Op 3 oktober 2026 heeft u bijzondere bijstand aangevraagd.

Wat is ons besluit?
Wij hebben besloten uw aanvraag toe te kennen.

Contact
Voor vragen over uw zorgverzekering kunt u terecht bij uw zorgverzekeraar."""
    s = _structure(engine, _letter(body, "besluit bijzondere bijstand"))
    subheadings = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "Contact" not in subheadings
    assert "Wat is ons besluit?" not in subheadings
    assert _section_of(s, "Wij hebben besloten") == "besluit"
    # by the cues, the referral under the old 'Contact' heading is more information (the
    # model trained on sets 1-7 files it under the decision: measured in the bench)
    cues = extract_structure(
        Letter.from_text(_letter(body, "besluit bijzondere bijstand"), engine.resources),
        None,
        cues_only=True,
    )
    assert _section_of(cues, "Voor vragen over uw zorgverzekering") == "overig"
    # near miss: a heading that says something of its own stays as a sub-heading
    kept = body.replace("Contact\n", "Welke hulp is er wel?\n")
    s = _structure(engine, _letter(kept, "besluit bijzondere bijstand"))
    subheadings = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "Welke hulp is er wel?" in subheadings


def test_what_the_reader_may_do_and_a_why_heading_about_the_decision(engine: Engine) -> None:
    body = """Op 3 oktober 2026 heeft u een traplift aangevraagd.

Wij hebben besloten uw aanvraag af te wijzen.

Waarom wijzen wij uw aanvraag af?
De woning is niet geschikt voor een traplift.

Wat gaat er nu gebeuren
In de tussentijd kunt u gebruikmaken van de boodschappendienst van de buurtvereniging.

Voor de kosten van een verhuizing kunt u een verhuiskostenvergoeding aanvragen.

Lukt het niet om een nieuwe woning te vinden? Dan kunt u langskomen op ons spreekuur."""
    s = _structure(engine, _letter(body, "besluit woningaanpassing"))
    assert _section_of(s, "De woning is niet geschikt") == "besluit"
    assert _section_of(s, "In de tussentijd kunt u") == "overig"
    assert _section_of(s, "Voor de kosten van een verhuizing") == "vragen"
    assert _section_of(s, "Lukt het niet om een nieuwe woning") == "vragen"
    # near miss: 'Waarom krijgt u deze brief?' is the occasion, not the grounds
    why = body.replace("Waarom wijzen wij uw aanvraag af?", "Waarom krijgt u deze brief?")
    s = _structure(engine, _letter(why, "besluit woningaanpassing"))
    assert _section_of(s, "De woning is niet geschikt") == "waarom"


def test_the_letterhead_keeps_its_department_and_label_rows_are_references(
    engine: Engine,
) -> None:
    text = """Gemeente Zuiderveld

Werk en Inkomen
Postbus 12, 9999 ZZ Zuiderveld

Mevrouw K. Visser
Dorpsstraat 8
9999 ZB Zuiderveld

Datum: 2 november 2026
Uw bezwaarschrift van: 3 augustus 2026
Factuurnummer: TV-2026-00911
Onderwerp: beslissing op bezwaar

Geachte mevrouw Visser,

Wij hebben besloten uw bezwaar gegrond te verklaren.

Met vriendelijke groet,

J. de Boer
jurist"""
    s = _structure(engine, text)
    assert s.sender == ("Gemeente Zuiderveld", "Werk en Inkomen", "Postbus 12, 9999 ZZ Zuiderveld")
    assert s.recipient[0] == "Mevrouw K. Visser"
    assert ("Uw bezwaarschrift van", "3 augustus 2026") in s.references
    assert ("Factuurnummer", "TV-2026-00911") in s.references
    assert not [it for it in s.items["overig"] if "Visser" in it.text or "TV-2026" in it.text]
    # near miss: the letterhead's own channels stay with the sender
    with_phone = text.replace("Postbus 12, 9999 ZZ Zuiderveld", "Telefoon: 14 0999")
    s = _structure(engine, with_phone)
    assert "Telefoon: 14 0999" in s.sender


def test_an_amount_row_with_a_long_label_is_a_table_row(engine: Engine) -> None:
    body = """Wij hebben besloten uw uitkering te herzien. Uw uitkering is als volgt berekend:

Norm alleenstaande ouder, kostendelersnorm twee personen (per maand): € 1.310,50
Af: uw netto inkomsten uit deeltijdwerk (gemiddeld): € 402,10
Netto uitkering per maand: € 908,40"""
    s = _structure(engine, _letter(body, "besluit herziening bijstand"))
    table = next(it for its in s.items.values() for it in its if it.kind == "table")
    assert table.rows[0] == (
        "Norm alleenstaande ouder, kostendelersnorm twee personen (per maand)",
        "€ 1.310,50",
    )
    assert table.rows[1] == ("Af: uw netto inkomsten uit deeltijdwerk (gemiddeld)", "€ 402,10")
    assert _section_of(s, "Wij hebben besloten") == "besluit"


def test_a_heading_with_a_colon_on_its_own_line_is_a_heading(engine: Engine) -> None:
    body = """Op 3 oktober 2026 heeft u hulp bij het huishouden aangevraagd.

Besluit:
Wij kennen u hulp bij het huishouden toe voor 120 minuten per week.

Eigen bijdrage:
Voor deze hulp betaalt u een eigen bijdrage aan het CAK.

De hulp is als volgt geregeld:
Omvang: 120 minuten per week
Aanbieder: Thuiszorg Zuid"""
    text = _letter(body, "besluit hulp bij het huishouden")
    s = _structure(engine, text)
    assert _section_of(s, "Wij kennen u hulp") == "besluit"
    # what the reader pays for the help: part of the decision, more information, or what
    # happens next (the evaluation sets' gold accepts each for the CAK's eigen bijdrage)
    assert _section_of(s, "Voor deze hulp betaalt u") in ("besluit", "overig", "gebeuren")
    c = compose(text, engine, "none", ())
    page = " ".join(s for sec in c.context["sections"] for it in sec["items"] for s in [it["text"]])
    assert "Besluit: Wij kennen" not in page and "Eigen bijdrage: Voor" not in page
    # near miss: a longer line with a colon still leads its table
    table = next(it for its in s.items.values() for it in its if it.kind == "table")
    assert table.text == "De hulp is als volgt geregeld:"


def test_a_heading_in_capitals_is_not_a_name_the_guard_asks_for(engine: Engine) -> None:
    from rewriter.facts import extract_facts

    assert extract_facts("WAT MOET U DOEN\nWij verzoeken u te betalen.") == ()
    assert (
        extract_facts("Er komt geen boete.\n\nGEEN BEZWAAR MOGELIJK\n\nDit is geen besluit.") == ()
    )
    names = [f.text for f in extract_facts("Aan JAN DE VRIES, Dorpsstraat 1")]
    assert "JAN DE VRIES" in names  # near miss: frequent first name and particles
    # a postscript mark is no initials: 'P.S. Ontvangt u al huurtoeslag?' names nobody
    ps = "A. Smit\n\nP.S. Ontvangt u al huurtoeslag? Dan hoeft u niets te doen."
    assert [f.text for f in extract_facts(ps) if f.kind == "name"] == ["A. Smit"]
    # near miss: initials alone on a line with a surname stay a name
    assert "P.S. Jansen" in [
        f.text for f in extract_facts("Met vriendelijke groet,\n\nP.S. Jansen")
    ]
    names = [f.text for f in extract_facts("Aan JAN VAN DER HEIJDEN, Dorpsstraat 1")]
    assert "JAN VAN DER HEIJDEN" in names  # near miss: a name in capitals stays a fact


def test_a_person_with_another_organisations_mail_domain_is_not_the_senders(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten uw zoon jeugdhulp toe te kennen.

Zorggroep Noord ontvangt een opdracht. Mevrouw T. Bakker is daar na de intake bereikbaar via 050-311 22 33 of t.bakker@zorggroepnoord.example.nl.

Voor vragen over dit besluit belt u met de heer K. Smit, 06-11 22 33 44, k.smit@zuiderveld.example.nl."""
    text = _letter(body, "besluit jeugdhulp").replace(
        "consulent Team Inkomen",
        "consulent Team Inkomen\nGemeente Zuiderveld · www.zuiderveld.example.nl",
    )
    c = compose(text, engine, "none", ())
    assert "K. Smit" in c.contact_line and "06-11 22 33 44" in c.contact_line
    assert "Bakker" not in c.contact_line
    s = _structure(engine, text)
    owners = {ch.text: ch.owner_kind for ch in s.channels}
    assert owners["t.bakker@zorggroepnoord.example.nl"] == "other"
    assert owners["k.smit@zuiderveld.example.nl"] == "person"  # near miss: the sender's domain


def test_an_outside_role_before_the_name_with_a_verb_between(engine: Engine) -> None:
    body = """Wij hebben besloten uw dochter jeugdhulp toe te kennen.

Uw behandelaar wordt mevrouw R. Kok. Zij is bereikbaar via 050-999 88 77.

Voor vragen over dit besluit belt u met mij: 06-55 44 33 22."""
    c = compose(_letter(body, "besluit jeugdhulp"), engine, "none", ())
    assert "Kok" not in c.contact_line and "050-999 88 77" not in c.contact_line
    assert "06-55 44 33 22" in c.contact_line


def test_the_hours_sentence_of_a_person_starts_with_a_capital(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Heeft u vragen? Uw klantmanager, mevrouw F. Visser, is bereikbaar op maandag en dinsdag via 06-12 34 56 78."""
    c = compose(_letter(body), engine, "none", ())
    assert "Mevrouw F. Visser is bereikbaar op maandag en dinsdag" in c.contact_line


# --- sections by what a paragraph says (sixth session) ---


def test_a_condition_asking_the_reader_beats_the_old_heading(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor een koelkast.

Hoe gaat het verder

Wij maken het bedrag binnen twee weken over.

Wijzigt uw gezinssituatie, bijvoorbeeld omdat er iemand bij u komt wonen, dan verzoeken wij u dit binnen een week aan ons door te geven."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Wijzigt uw gezinssituatie") == "vragen"
    assert _section_of(s, "Wij maken het bedrag") == "gebeuren"  # near miss: no condition


def test_a_condition_then_an_imperative_is_a_request(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 10.00 uur.

Mocht u die dag niet kunnen, laat het ons dan uiterlijk drie werkdagen van tevoren weten."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert _section_of(s, "Mocht u die dag") == "vragen"


def test_a_letter_that_says_it_decides_nothing_has_no_decision(engine: Engine) -> None:
    body = """Met deze brief informeren wij u over een wijziging van uw zorgaanbieder.

Vanaf 1 maart 2027 krijgt uw zoon begeleiding van Stichting De Brug.

Deze brief is geen besluit. U kunt er daarom geen bezwaar tegen maken."""
    s = _structure(engine, _letter(body, "wijziging zorgaanbieder"))
    assert s.decision is False
    assert _section_of(s, "Met deze brief informeren") == "waarom"
    near = _structure(engine, _letter("Wij hebben besloten uw aanvraag af te wijzen.", "besluit"))
    assert near.decision is True


def test_payment_under_a_decision_heading_is_what_happens_next(engine: Engine) -> None:
    body = """Beslissing

Wij verklaren uw bezwaar gegrond en kennen u alsnog € 410,00 toe.

Het bedrag van € 410,00 wordt binnen tien werkdagen overgemaakt op uw rekening."""
    s = _structure(engine, _letter(body, "beslissing op bezwaar"))
    assert _section_of(s, "Het bedrag van") == "gebeuren"
    assert _section_of(s, "Wij verklaren uw bezwaar") == "besluit"


def test_a_list_of_amounts_in_a_decision_is_the_decision(engine: Engine) -> None:
    body = """Wij vorderen de teveel betaalde bijstand van u terug.

Herziening

Het bedrag is als volgt berekend:
- januari 2026: € 120,00
- februari 2026: € 95,50
- totaal: € 215,50"""
    s = _structure(engine, _letter(body, "terugvordering bijstand"))
    assert _section_of(s, "januari 2026") == "besluit"


def test_a_list_of_the_readers_duties_is_what_we_ask(engine: Engine) -> None:
    body = """Wij hebben besloten u toe te laten tot de schuldhulpverlening.

Afspraken

1. U maakt geen nieuwe schulden.
2. U stuurt post van schuldeisers binnen drie dagen door.
3. U komt naar de afspraken."""
    s = _structure(engine, _letter(body, "toelating schuldhulpverlening"))
    assert _section_of(s, "1. U maakt") == "vragen"


def test_headings_about_data_history_and_what_is_going_on(engine: Engine) -> None:
    body = """Wat is er aan de hand

Uit onze gegevens blijkt dat u in mei 2026 inkomsten had die u niet heeft doorgegeven.

Wat gebeurt er met uw gegevens

Wij bewaren uw gegevens in uw dossier en delen ze alleen met uw toestemming."""
    s = _structure(engine, _letter(body, "herziening bijstand"))
    assert _section_of(s, "Uit onze gegevens") == "waarom"
    assert _section_of(s, "Wij bewaren uw gegevens") == "overig"


def test_a_pointer_to_a_duty_is_what_we_ask(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek over het verzuim van uw dochter.

Wij wijzen u erop dat ouders ervoor moeten zorgen dat hun kind naar school gaat.

Wij wijzen u er verder op dat de school op 24 december gesloten is."""
    s = _structure(engine, _letter(body, "uitnodiging verzuimgesprek"))
    assert _section_of(s, "Wij wijzen u erop dat ouders") == "vragen"
    assert _section_of(s, "Wij wijzen u er verder op") == "overig"  # near miss: no duty


def test_how_to_deliver_what_is_asked_is_a_request(engine: Engine) -> None:
    body = """Wij missen nog uw bankafschriften van oktober 2026.

U kunt de afschriften uploaden via Mijn Zuiderveld of per post sturen naar Postbus 12."""
    s = _structure(engine, _letter(body, "herinnering stukken"))
    assert _section_of(s, "U kunt de afschriften") == "vragen"


def test_an_invitation_that_is_no_decision_says_so_under_the_objection_heading(
    engine: Engine,
) -> None:
    body = """Wij nodigen u uit voor een gesprek op 3 februari 2027.

Bezwaar maken?

Dat kan niet. Dit is een uitnodiging en geen besluit."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert _section_of(s, "Dat kan niet") == "bezwaar"


# --- contact paragraphs (sixth session) ---


def test_a_contact_card_of_rows_goes_to_the_contact_line(engine: Engine) -> None:
    body = """Wij hebben besloten u toe te laten tot de schuldhulpverlening.

Uw schuldhulpverlener is:
Naam: mevrouw K. Bakker
Telefoon: 0599-12 34 56
E-mail: k.bakker@zuiderveld.example.nl"""
    s = _structure(engine, _letter(body, "toelating schuldhulpverlening"))
    assert "Naam: mevrouw K. Bakker" in s.removed
    assert "Telefoon: 0599-12 34 56" in s.removed
    assert _section_of(s, "Naam:") is None
    # near miss: rows with an amount are a table, not a contact card
    near = """Wij kennen u bijzondere bijstand toe.

Bedrag: € 250,00
Telefoon: 0599-12 34 56"""
    n = _structure(engine, _letter(near))
    assert not any(r.startswith("Bedrag") for r in n.removed)


def test_contact_talk_that_leaves_with_the_channels(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Uw contactpersoon bij Team Inkomen blijft mevrouw L. Vos, consulent bijzondere bijstand. U bereikt haar via 0599-11 22 33.

Mocht u na het lezen van deze brief nog vragen hebben, dan kunt u een e-mail sturen naar inkomen@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body))
    assert _section_of(s, "Uw contactpersoon bij Team Inkomen") is None
    assert _section_of(s, "Mocht u na het lezen") is None
    assert any(r.startswith("Mocht u na het lezen") for r in s.removed)
    # the safe rewrite's form of it ('Als u na het lezen van deze brief nog vragen heeft,
    # dan ...') leaves in the same way (it stayed in the body as a request)
    reworded = body.replace("Mocht u", "Als u").replace("vragen hebben", "vragen heeft")
    s = _structure(engine, _letter(reworded))
    assert _section_of(s, "Als u na het lezen") is None
    assert any(r.startswith("Als u na het lezen") for r in s.removed)


def test_questions_for_another_organisation_keep_who_and_the_number(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen.

Vragen over de lessen en het rooster beantwoordt mevrouw T. Kramer van Het Noorderlicht College, 0599-44 55 66."""
    s = _structure(engine, _letter(body))
    kept = [t for items in s.items.values() for it in items for t in it.flat()]
    assert any("mevrouw T. Kramer van Het Noorderlicht College" in t for t in kept)
    assert any("0599-44 55 66" in t for t in kept)


def test_a_conditional_lead_in_goes_with_the_crisis_lines(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027.

Wordt het thuis vóór 12 januari onveilig, wacht dan niet op het gesprek. Bel bij acute zorgen de Crisisdienst Jeugd via 088-123 45 67. Is er direct gevaar, bel dan 112."""
    s = _structure(engine, _letter(body, "uitnodiging gesprek"))
    assert any(c.startswith("Wordt het thuis vóór 12 januari onveilig") for c in s.crisis)
    assert _section_of(s, "Wordt het thuis") is None
    somber = """Wij nodigen u uit voor een gesprek op 12 januari 2027.

Merkt u dat uw zoon erg somber is, wacht dan niet tot het gesprek. U kunt dag en nacht bellen met 113 Zelfmoordpreventie via 0800-0113."""
    s = _structure(engine, _letter(somber, "uitnodiging gesprek"))
    assert any(c.startswith("Merkt u dat uw zoon erg somber is") for c in s.crisis)
    # near miss: a lead-in about something else stays in the body
    other = somber.replace("erg somber is", "nog geen schoolboeken heeft")
    s = _structure(engine, _letter(other, "uitnodiging gesprek"))
    assert _section_of(s, "Merkt u dat uw zoon nog geen") is not None


def test_a_number_that_holds_112_is_not_the_emergency_line(engine: Engine) -> None:
    body = """Wij hebben besloten u een pas voor collectief vervoer te geven.

Wat kunt u doen?
- Ritten reserveert u bij Regiotaxi Parkstad via 0900-112 54 54, uiterlijk één uur voor vertrek.
- Een scootmobiel huren kan bij het uitleenpunt in de buurt."""
    s = _structure(engine, _letter(body, "besluit collectief vervoer"))
    assert not s.crisis
    assert _section_of(s, "Ritten reserveert u") is not None
    # near miss: the emergency number itself is a crisis line
    alarm = body + "\n\nIs er direct gevaar? Bel dan 112."
    s = _structure(engine, _letter(alarm, "besluit collectief vervoer"))
    assert any("112." in c for c in s.crisis)
    assert _section_of(s, "Ritten reserveert u") is not None


def test_a_longer_heading_with_a_colon_is_a_heading_and_a_lead_in_is_not(
    engine: Engine,
) -> None:
    body = """Wij hebben uw bezwaar ontvangen.

De mening van de commissie:
De commissie heeft u op 15 oktober 2026 gehoord en adviseert het bezwaar gegrond te verklaren.

Wij hebben het volgende besloten:
Het college neemt het advies over en kent u alsnog een pgb toe."""
    letter = Letter.from_text(_letter(body, "beslissing op bezwaar"), engine.resources)
    headings = [b.text for b in letter.blocks if b.kind == "heading" and b.region == "body"]
    assert headings == ["De mening van de commissie:"]
    s = extract_structure(letter)
    flat = [x for its in s.items.values() for it in its for x in it.flat()]
    assert not any(x.startswith("De mening van de commissie: De commissie") for x in flat)
    assert "De mening van de commissie" in flat  # a sub-heading, without its colon
    # near miss: a sentence that leads its text stays with it
    assert any(x.startswith("Wij hebben het volgende besloten: Het college") for x in flat)


def test_a_person_named_with_a_department_and_the_senders_mailbox_is_the_senders(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten uw bezwaar gegrond te verklaren.

Voor vragen over deze beslissing kunt u terecht bij mevrouw H. Bosch van Juridische Zaken Sociaal Domein, bereikbaar via 053-481 77 62 of h.bosch@zuiderveld.example.nl."""
    text = _letter(body, "beslissing op bezwaar").replace(
        "consulent Team Inkomen",
        "consulent Team Inkomen\nGemeente Zuiderveld · www.zuiderveld.example.nl",
    )
    c = compose(text, engine, "none", ())
    assert "H. Bosch" in c.contact_line and "053-481 77 62" in c.contact_line
    # near miss: the same person with another organisation's mailbox is not the sender's
    other = text.replace("h.bosch@zuiderveld.example.nl", "h.bosch@zorggroep-zuiderveld.example.nl")
    other = other.replace("van Juridische Zaken Sociaal Domein", "van Zorggroep Meerzicht")
    c = compose(other, engine, "none", ())
    assert "Bosch" not in c.contact_line


def test_the_words_that_say_a_letter_decides_nothing() -> None:
    from rewriter.structure import _NO_OBJECTION_POSSIBLE, _NOT_A_DECISION

    for said in ("Deze brief is geen besluit.", "Dit is een waarschuwing en geen besluit."):
        assert _NOT_A_DECISION.search(said) and _NO_OBJECTION_POSSIBLE.search(said)
    assert _NOT_A_DECISION.search("Er wordt in deze brief niets besloten.")
    for said in ("U kunt daarom geen bezwaar maken.", "Hiertegen kunt u geen bezwaar maken."):
        assert _NO_OBJECTION_POSSIBLE.search(said) and not _NOT_A_DECISION.search(said)
    # near miss: a decision
    assert not _NOT_A_DECISION.search("Dit is een besluit. U kunt bezwaar maken.")
    assert not _NO_OBJECTION_POSSIBLE.search("Dit is een besluit. U kunt bezwaar maken.")


def test_a_title_that_started_a_sentence_is_lower_case_in_the_contact_line(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten uw aanvraag af te wijzen.

Mevrouw Schreurs legt dit besluit graag uit. Zij is bereikbaar via 045-560 47 19."""
    c = compose(_letter(body, "besluit scootmobiel"), engine, "none", ())
    assert "contactpersoon mevrouw Schreurs: 045-560 47 19" in c.contact_line
    # near miss: a name the writer typed stays as typed
    from rewriter.render import ContactChoice

    chosen = compose(
        _letter(body, "besluit scootmobiel"),
        engine,
        "none",
        (),
        choice=ContactChoice(name="Mevrouw M. Schreurs", phone="045-560 47 19"),
    )
    assert "Mevrouw M. Schreurs" in chosen.contact_line


def test_a_pronoun_for_a_person_whose_channels_left_names_the_contact_person(
    engine: Engine,
) -> None:
    body = """Wij hebben uw aanvraag ontvangen en gaan die onderzoeken.

Uw consulent is mevrouw W. Hoving. U kunt haar bereiken via 06-27 41 58 93. Is zij afwezig, dan kunt u bellen met het algemene nummer van het sociaal team, 0592-26 60 00."""
    s = _structure(engine, _letter(body, "uw aanvraag"))
    flat = [x for its in s.items.values() for it in its for x in it.flat()]
    assert any(x.startswith("Is uw contactpersoon afwezig, dan kunt u bellen") for x in flat)
    assert not any("Is zij afwezig" in x for x in flat)
    # near miss: with no channel removed before it, the pronoun keeps its antecedent
    kept = body.replace("U kunt haar bereiken via 06-27 41 58 93. ", "")
    s = _structure(engine, _letter(kept, "uw aanvraag"))
    flat = [x for its in s.items.values() for it in its for x in it.flat()]
    assert any("Is zij afwezig" in x for x in flat)


def test_a_signer_with_a_name_particle_is_me(engine: Engine) -> None:
    from rewriter.contacts import sender_of

    signature = ["Sanne de Ridder", "jeugdprofessional, Stichting Jeugdteam Amersfoort"]
    assert sender_of(["Stichting Jeugdteam Amersfoort"], signature).signer == "Sanne de Ridder"
    # near miss: a team line is no signer
    assert sender_of(["Gemeente Zwolle"], ["Team Inkomen", "Gemeente Zwolle"]).signer == ""
    body = """Vanaf nu ben ik uw vaste jeugdprofessional.

U kunt mij rechtstreeks bellen of appen via 06-41 27 88 53. Ben ik er niet, dan helpt het secretariaat van het jeugdteam u via 033-469 51 00."""
    text = _letter(body, "kennismaking").replace(
        "J. de Boer\nconsulent Team Inkomen", "Sanne de Ridder\njeugdprofessional"
    )
    c = compose(text, engine, "none", ())
    assert "Bel mij: 06-41 27 88 53" in c.contact_line


def test_a_postscript_is_part_of_the_body_and_the_annex_list_goes_with_the_references(
    engine: Engine,
) -> None:
    body = """Wij geven u een rolstoel voor gebruik buitenshuis."""
    tail = """

P.S. Vergeet niet de oude rolstoel terug te brengen naar Welzorg vóór 1 januari 2027.

Bijlagen:
- folder Welzorg
- gespreksverslag"""
    text = _letter(body, "besluit rolstoel") + tail
    s = _structure(engine, text)
    assert _section_of(s, "Vergeet niet de oude rolstoel") == "vragen"
    assert s.annexes == ("Bijlagen: folder Welzorg; gespreksverslag",)
    assert s.signature == ("J. de Boer", "consulent Team Inkomen")
    c = compose(text, engine, "none", ("html",))
    assert c.guard.ok and "vóór 1 januari 2027" in delivered_text("html", c.files["html"].data)
    # the other order: the annex list first, then the postscript
    swapped = _letter(body, "besluit rolstoel") + (
        "\n\nBijlage:\n- folder Welzorg\n\nPS: Bel ons vóór 1 mei 2027 als de rolstoel niet past."
    )
    s = _structure(engine, swapped)
    assert s.annexes == ("Bijlage: folder Welzorg",)
    assert _section_of(s, "Bel ons vóór 1 mei 2027") is not None
    # a postscript of two sentences keeps both; the footer after a blank line is no part of it
    two = _letter(body, "besluit rolstoel") + (
        "\n\nP.S. Ontvangt u post van een deurwaarder? Stuur deze dan binnen een week door."
        "\n\nGemeente Zuiderveld · Markt 1 · 14 0999"
    )
    s = _structure(engine, two)
    assert _section_of(s, "Ontvangt u post van een deurwaarder? Stuur deze dan") == "vragen"
    assert s.signature[-1] == "Gemeente Zuiderveld · Markt 1 · 14 0999"
    # near miss: a signature line that only starts with 'Ps' is no postscript
    s = _structure(engine, _letter(body, "besluit rolstoel") + "\nPsycholoog")
    assert s.signature[-1] == "Psycholoog" and not s.annexes


def test_a_sub_heading_in_capitals_reads_as_a_sentence(engine: Engine) -> None:
    body = """Op 23 oktober 2026 was uw dochter zonder toestemming niet op school.

DE WAARSCHUWING
U krijgt van mij een officiële waarschuwing. Heeft u klachten over de les, bel dan de GGD Fryslân.

CONTACT MET DE GGD
De GGD beantwoordt uw vragen over de gezondheid van uw dochter.

UW WMO-INDICATIE
Uw Wmo-indicatie loopt door."""
    s = _structure(engine, _letter(body, "waarschuwing"))
    subs = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "De waarschuwing" in subs
    assert "Contact met de GGD" in subs  # the letter writes GGD in capitals elsewhere
    # near miss: an abbreviation the letter does not show in capitals stays as written
    assert "UW WMO-INDICATIE" in subs


def test_headings_of_a_decision_on_an_objection(engine: Engine) -> None:
    body = """Op 4 augustus 2026 heeft u bezwaar gemaakt tegen ons besluit van 24 juni 2026.

Het advies van de commissie:
De commissie heeft u op 15 oktober 2026 gehoord en adviseert het bezwaar gegrond te verklaren.

Onze beslissing:
Het college neemt het advies over en kent u alsnog een pgb toe.

Uitbetaling:
Het verschil wordt binnen vier weken aan uw budget toegevoegd.

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de rechtbank."""
    s = _structure(engine, _letter(body, "beslissing op bezwaar"))
    decision = [x for it in s.items["besluit"] for x in it.flat()]
    # the decision leads its section; the committee's advice is its ground
    assert decision[0].startswith("Het college neemt het advies over")
    assert decision[1].startswith("De commissie heeft u op 15 oktober")
    assert _section_of(s, "Het verschil wordt") == "gebeuren"
    # the fixed heading replaces them: no sub-heading repeats them
    assert not [it for its in s.items.values() for it in its if it.kind == "subheading"]


def test_a_team_named_after_the_verb_and_its_hours_in_the_contact_line(engine: Engine) -> None:
    body = """Wij hebben besloten u kwijtschelding te geven voor de afvalstoffenheffing 2026.

Heeft u vragen? Bel Team Belastingen via 0229-25 22 00. U kunt ook mailen naar belastingen@zuiderveld.example.nl. Wij zijn bereikbaar op werkdagen van 9.00 tot 16.00 uur."""
    text = _letter(body, "kwijtschelding").replace("J. de Boer\n", "")
    c = compose(text, engine, "none", ())
    assert "Bel Bel" not in c.contact_line
    assert "Team Belastingen: 0229-25 22 00" in c.contact_line
    assert "op werkdagen van 9.00 tot 16.00 uur" in c.contact_line
    # near miss: the hours of another organisation are not the team's
    other = body.replace(
        "Wij zijn bereikbaar op werkdagen van 9.00 tot 16.00 uur.",
        "De Kredietbank is bereikbaar op werkdagen van 9.00 tot 12.00 uur.",
    )
    c = compose(_letter(other, "kwijtschelding").replace("J. de Boer\n", ""), engine, "none", ())
    assert "12.00" not in c.contact_line


def test_a_question_another_organisation_answers_stays_with_its_answer(engine: Engine) -> None:
    body = """Wij hebben besloten uw pgb te stoppen.

Het restant van het budget vervalt. Heeft u vragen over uw budgetoverzicht? Bel dan de SVB via 030-264 82 00."""
    s = _structure(engine, _letter(body, "intrekking pgb"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    # the reader must be able to do it: the other organisation's number stays with it
    assert "Heeft u vragen over uw budgetoverzicht? Bel dan de SVB via 030-264 82 00." in flat
    # near miss: questions for the sender go to the contact line
    ours = body.replace("Bel dan de SVB via 030-264 82 00.", "Bel dan Team Inkomen via 14 0999.")
    s = _structure(engine, _letter(ours, "intrekking pgb"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "budgetoverzicht" not in flat


def test_numbered_headings_are_headings_not_a_list(engine: Engine) -> None:
    body = """1. Uw aanvraag
Op 2 oktober 2026 heeft u een rolstoel aangevraagd.

2. Wat wij hebben onderzocht
Uit het advies van de ergotherapeut blijkt dat u buiten geen korte afstanden kunt lopen.

3. Ons besluit
Wij kennen u een rolstoel toe voor gebruik buitenshuis.

4. Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken bezwaar maken."""
    letter = Letter.from_text(_letter(body, "besluit rolstoel"), engine.resources)
    headings = [b.text for b in letter.blocks if b.kind == "heading" and b.region == "body"]
    assert headings == [
        "1. Uw aanvraag",
        "2. Wat wij hebben onderzocht",
        "3. Ons besluit",
        "4. Bent u het niet eens met dit besluit?",
    ]
    s = extract_structure(letter)
    assert _section_of(s, "Op 2 oktober 2026") == "waarom"
    # the decision leads its section, before the grounds that came first in the letter
    besluit = [it for it in s.items["besluit"] if it.kind != "subheading"]
    assert besluit[0].text.startswith("Wij kennen u een rolstoel toe")
    assert any(it.kind == "subheading" and it.text == "Wat wij hebben onderzocht"
               for it in s.items["besluit"])  # fmt: skip
    assert _section_of(s, "Dan kunt u binnen zes weken") == "bezwaar"


def test_a_numbered_list_stays_a_list(engine: Engine) -> None:
    body = """Wij missen nog enkele stukken. Stuur ons de volgende stukken:

1. Kopie van uw identiteitsbewijs
2. Uw loonstroken van oktober

1. Uw bankafschriften

Wij hebben de stukken uiterlijk 1 januari 2027 nodig."""
    letter = Letter.from_text(_letter(body, "herinnering stukken"), engine.resources)
    kinds = [(b.kind, b.text) for b in letter.blocks if b.region == "body"]
    assert ("list_item", "1. Kopie van uw identiteitsbewijs") in kinds
    assert ("list_item", "1. Uw bankafschriften") in kinds  # one lone numbered line
    assert not any(k == "heading" for k, _ in kinds)


def test_a_person_named_with_another_organisation_before_the_name(engine: Engine) -> None:
    body = """Wij hebben besloten u begeleiding toe te kennen.

Bespreek uw keuze eventueel met uw begeleider van Zorggroep Duinzicht, de heer P. Ruis. Hij is bereikbaar via 079-111 22 33.

Heeft u vragen over deze brief? Bel mij via 0599-12 34 56."""
    s = _structure(engine, _letter(body, "besluit begeleiding"))
    kinds = {c.text: c.owner_kind for c in s.channels}
    assert kinds["079-111 22 33"] == "other"
    assert kinds["0599-12 34 56"] == "person"


def test_a_contact_card_names_the_owner_of_its_number_and_mailbox(engine: Engine) -> None:
    body = """Met deze brief informeren wij u over een nieuwe schuldhulpverlener.

Uw huidige schuldhulpverlener, mevrouw R. Jansen, stopt per 1 februari 2027. Vanaf die datum neemt de heer K. Vos uw dossier over. Mevrouw Jansen is daarna niet meer bereikbaar via haar e-mailadres r.jansen@zuiderveld.example.nl.

Uw nieuwe schuldhulpverlener:
Naam: de heer K. Vos
Telefoon: 0599-12 34 99
E-mail: k.vos@zuiderveld.example.nl"""
    s = _structure(engine, _letter(body, "nieuwe schuldhulpverlener"))
    owners = {c.text: (c.owner, c.owner_kind) for c in s.channels}
    assert owners["0599-12 34 99"] == ("de heer K. Vos", "person")
    assert owners["k.vos@zuiderveld.example.nl"] == ("de heer K. Vos", "person")
    # near miss: 'haar' read as the person named just before; the mailbox says whose it is
    assert owners["r.jansen@zuiderveld.example.nl"][0] == "Mevrouw Jansen"


def test_a_place_with_s_before_the_date_is_the_date_line(engine: Engine) -> None:
    head = HEAD.replace("Datum: 2 november 2026\n", "'s-Hertogenbosch, 2 november 2026\n")
    text = head.format(subject="uw aanvraag") + "Wij kennen u een rolstoel toe." + TAIL
    s = _structure(engine, text)
    assert s.date == "2 november 2026"
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "'s-Hertogenbosch" not in flat  # not a paragraph of the body
    # near miss: a sentence with a comma and a date in the body stays a sentence
    body = "Wij kennen u een rolstoel toe.\n\nOp 12 oktober 2026, na ons gesprek, kwam het advies."
    s = _structure(engine, _letter(body))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "Op 12 oktober 2026, na ons gesprek" in flat


def test_call_or_app_me_points_to_the_contact_line_in_whole_dutch(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 15.30 uur.

Kunt u niet op deze dag? Bel of app mij dan vóór 8 januari 2027 via 06-18 72 40 95. Dan maken we een nieuwe afspraak."""
    s = _structure(engine, _letter(body, "uitnodiging"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "Laat het mij dan vóór 8 januari 2027 weten." in flat
    assert "of app" not in flat
    # near miss: the team's number keeps 'ons', however the team is named
    for call in (
        "Bel Team Inkomen dan vóór 8 januari 2027 via 14 0999.",
        "Bel ons dan vóór 8 januari 2027 via 14 0999.",
        "Bel dan vóór 8 januari 2027 naar Team Inkomen via 14 0999.",
        "Bel dan Team Inkomen vóór 8 januari 2027 via 14 0999.",
    ):
        team = body.replace("Bel of app mij dan vóór 8 januari 2027 via 06-18 72 40 95.", call)
        s = _structure(engine, _letter(team, "uitnodiging"))
        flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
        assert "Kunt u niet op deze dag? Laat het ons dan vóór 8 januari 2027 weten." in flat


def test_a_self_introduction_and_the_fallback_go_to_the_contact_line(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Ik ben uw klantmanager. U kunt mij bellen via 06-11 22 33 44. Ik ben bereikbaar op maandag, dinsdag en donderdag.

Ben ik er niet, bel dan Team Inkomen via 14 0999."""
    c = compose(_letter(body), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "klantmanager" not in flat
    assert "06-11 22 33 44" in c.contact_line
    assert "maandag, dinsdag en donderdag" in c.contact_line  # the signer's own hours
    # whom to call when the contact person is away: in the contact line, number too
    assert "Ben ik er niet? Bel dan Team Inkomen: 14 0999." in c.contact_line
    assert "Ben ik er niet" not in flat
    # near miss: a sentence that also asks something stays
    asks = body.replace("Ik ben uw klantmanager.", "Ik ben uw klantmanager en ik kom bij u langs.")
    c = compose(_letter(asks), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "ik kom bij u langs" in flat


def test_a_contact_card_with_a_first_name_gives_the_person_the_line(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Contact
Uw klantmanager: Ruud Hazenberg
Telefoon: 06-11 22 33 44 (maandag tot en met donderdag)
Afwezig?: Bel Team Inkomen via 14 0999"""
    text = _letter(body).replace("J. de Boer\nconsulent Team Inkomen", "R. Hazenberg\nklantmanager")
    c = compose(text, engine, "none", ("html",))
    assert "06-11 22 33 44" in c.contact_line  # the person's own number, not the fallback
    # ... the fallback is for when the person is away
    assert c.contact_line.endswith("Ben ik er niet? Bel dan Team Inkomen: 14 0999."), c.contact_line
    assert c.guard.ok
    # a card in a table (tab between the cells): the name left with the card, and the
    # guard says so instead of calling it missing
    tabbed = text.replace("Uw klantmanager: ", "Uw klantmanager\t").replace(
        "Telefoon: ", "Telefoon\t"
    )
    tabbed = tabbed.replace("R. Hazenberg\nklantmanager", "J. de Boer")
    c = compose(tabbed, engine, "none", ("html",))
    assert "06-11 22 33 44" in c.contact_line, c.contact_line
    assert c.guard.ok, c.guard.missing
    # near miss: a card whose name row holds no name gives its channel no person
    other = body.replace("Uw klantmanager: Ruud Hazenberg", "Uw klantmanager: wordt nog bekend")
    c = compose(_letter(other), engine, "none", ())
    assert "06-11 22 33 44" not in c.contact_line or "Bel mij" not in c.contact_line


def test_ondergetekende_is_the_signer(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Voor vragen kunt u contact opnemen met ondergetekende via 06-11 22 33 44 of via het teamadres inkomen@zuiderveld.example.nl."""
    c = compose(_letter(body), engine, "none", ())
    assert c.contact_line.startswith("Heeft u vragen? Bel mij: 06-11 22 33 44.")
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "ondergetekende" not in flat
    # near miss: 'jullie' letters lose their pure contact sentence the same way
    jullie = body.replace(
        "Voor vragen kunt u contact opnemen met ondergetekende via",
        "Jullie kunnen mij bellen of appen via",
    ).replace(" of via het teamadres", ". Mail kan ook:")
    c = compose(_letter(jullie), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Jullie kunnen mij bellen" not in flat and "06-11 22 33 44" in c.contact_line


def test_a_name_that_left_with_a_tabbed_card_row_is_moved_out_not_missing(
    engine: Engine,
) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Contact

Uw Wmo-consulent\tRuud Hazenberg

Telefoon\t06-11 22 33 44 (maandag tot en met donderdag)"""
    text = _letter(body).replace(
        "J. de Boer\nconsulent Team Inkomen", "R. Hazenberg\nWmo-consulent"
    )
    c = compose(text, engine, "none", ("html",))
    assert c.contact_line.startswith("Heeft u vragen? Bel mij: 06-11 22 33 44.")
    # the full name left with the card row; the page names him as 'R. Hazenberg' (the
    # signature), so nothing is missing, and the writer sees the full name listed
    assert c.guard.ok and c.guard.moved_out == ("Ruud Hazenberg",)
    from dataclasses import replace

    from rewriter.compose import guard_files
    from rewriter.facts import extract_facts

    # near miss: with no removed contact row that held it, the full name is not listed as
    # moved out (the page still names the same person, 'R. Hazenberg')
    kept_nowhere = replace(c.structure, removed=())
    guard = guard_files(text, extract_facts(text), c.files, c.context, kept_nowhere)
    assert guard.ok and guard.moved_out == ()
    # and with the signature naming someone else, the name is missing
    other = text.replace("R. Hazenberg\nWmo-consulent", "J. de Boer\nconsulent Team Inkomen")
    html = c.files["html"].data.decode().replace("R. Hazenberg", "J. de Boer")
    files = {"html": replace(c.files["html"], data=html.encode())}
    guard = guard_files(other, extract_facts(other), files, c.context, kept_nowhere)
    assert not guard.ok and guard.missing == (("html", "Ruud Hazenberg"),)


def test_a_card_whose_fallback_row_names_a_team_leaves_whole(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Uw contactpersoon
Naam: Fleur Tielemans, klantmanager
Telefoon: 06-53 19 84 27 (maandag, dinsdag en donderdag)
Niet bereikbaar? Bel Team Inkomen Oost: 026-377 48 10"""
    c = compose(_letter(body), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Tielemans" not in flat and "026-377 48 10" not in flat
    assert "06-53 19 84 27" in c.contact_line
    # the fallback row is the number for when she is away: in the contact line
    assert "Bel dan Team Inkomen Oost: 026-377 48 10." in c.contact_line
    # near miss: a table whose first label is no contact word keeps its rows
    amounts = """Wij hebben besloten u bijzondere bijstand toe te kennen voor de bril van uw zoon.

Bedrag: € 240,00
Telefoon: 06-53 19 84 27"""
    c = compose(_letter(amounts), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "€ 240,00" in flat


def test_the_readers_objection_told_as_history_is_why_the_letter_comes(engine: Engine) -> None:
    body = """UW BEZWAAR
Bij brief van 21 juli 2026 heeft uw gemachtigde namens u bezwaar gemaakt tegen het besluit van 16 juni 2026.

ONZE BESLISSING
Het college verklaart uw bezwaar gegrond.

BEROEP
Tegen deze beslissing kunt u binnen zes weken beroep instellen bij de rechtbank."""
    s = _structure(engine, _letter(body, "beslissing op bezwaar"))
    assert _section_of(s, "Bij brief van 21 juli 2026") == "waarom"
    assert _section_of(s, "Tegen deze beslissing") == "bezwaar"
    # near miss: under the same heading, the route itself stays the objection section
    route = body.replace(
        "Bij brief van 21 juli 2026 heeft uw gemachtigde namens u bezwaar gemaakt tegen het besluit van 16 juni 2026.",
        "Wilt u hulp bij het maken van bezwaar? Vraag het de cliëntondersteuner.",
    )
    s = _structure(engine, _letter(route, "besluit"))
    assert _section_of(s, "Wilt u hulp bij het maken van bezwaar?") == "bezwaar"


def test_a_writers_plain_question_heading_stands(engine: Engine) -> None:
    from rewriter.structure import _fixed_heading_key

    assert _fixed_heading_key("3. Wat gebeurt er nu?") == "gebeuren"
    assert _fixed_heading_key("Wat moet u doen?") == "vragen"
    assert _fixed_heading_key("Wat hebben we besloten?") == "besluit"  # the page's own
    # near miss: a heading that only looks like one is not a plain question of the page
    assert _fixed_heading_key("Wat gebeurt er met uw zorg?") is None
    assert _fixed_heading_key("Wat moet u doen met de formulieren?") is None


def test_an_appointment_on_one_line_with_bars_becomes_the_appointment_list(
    engine: Engine,
) -> None:
    body = """Wij nodigen u uit voor een gesprek:

Dinsdag 12 januari 2027 | 15.30 tot 16.15 uur | Stadskantoor, Markt 1, kamer 2.14
Met: mevrouw L. Hermans, consulent"""
    s = _structure(engine, _letter(body, "uitnodiging"))
    rows = [
        r for its in s.items.values() for it in its if it.kind == "appointment" for r in it.rows
    ]
    assert rows == [
        ("Wanneer", "Dinsdag 12 januari 2027"),
        ("Hoe laat", "15.30 tot 16.15 uur"),
        ("Waar", "Stadskantoor, Markt 1, kamer 2.14"),
        ("Met wie", "mevrouw L. Hermans, consulent"),
    ]
    # near miss: a line with bars that holds no date and time stays a line of text
    other = body.replace(
        "Dinsdag 12 januari 2027 | 15.30 tot 16.15 uur | Stadskantoor, Markt 1, kamer 2.14",
        "Team Inkomen | Markt 1 | Zuiderveld",
    )
    s = _structure(engine, _letter(other, "uitnodiging"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "Team Inkomen | Markt 1 | Zuiderveld" in flat


def test_a_school_person_via_the_school_is_never_the_contact_line(engine: Engine) -> None:
    body = """Op 25 november 2026 heeft de intern begeleider van basisschool De Bron, mevrouw K. Visser, contact met ons opgenomen.

Hebben jullie vragen over de klas? Die kunnen jullie stellen aan mevrouw Visser, via de school: 015-256 33 41.

Heeft u vragen over dit besluit? Bel Team Inkomen via 14 0999."""
    c = compose(_letter(body, "uitnodiging"), engine, "none", ())
    assert "015-256 33 41" not in c.contact_line and "Visser" not in c.contact_line
    # near miss: the sender's own consultant with her own number is the contact line
    ours = body.replace(
        "Die kunnen jullie stellen aan mevrouw Visser, via de school: 015-256 33 41.",
        "Bel dan uw consulent mevrouw R. Smit via 06-11 22 33 44.",
    ).replace("Heeft u vragen over dit besluit? Bel Team Inkomen via 14 0999.", "")
    c = compose(_letter(ours, "uitnodiging"), engine, "none", ())
    assert "06-11 22 33 44" in c.contact_line


def test_a_question_heading_over_its_dan_answer_stays_and_hours_go_to_the_line(
    engine: Engine,
) -> None:
    body = """Wij missen nog papieren voor uw aanvraag.

Wat gebeurt er als wij de papieren niet krijgen?
Dan kunnen wij uw aanvraag niet afmaken.

Heeft u vragen?
Bel mij op 06-11 22 33 44. Ik ben er van maandag tot en met donderdag."""
    s = _structure(engine, _letter(body, "herinnering"))
    subheadings = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "Wat gebeurt er als wij de papieren niet krijgen?" in subheadings
    c = compose(_letter(body, "herinnering"), engine, "none", ())
    assert "maandag tot en met donderdag" in c.contact_line
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Ik ben er" not in flat
    # near miss: a question heading over a paragraph that does not answer with 'Dan'
    # is replaced by the page's own question as before
    plain = body.replace(
        "Wat gebeurt er als wij de papieren niet krijgen?\nDan kunnen",
        "Wat gebeurt er nu?\nWij kunnen",
    )
    s = _structure(engine, _letter(plain, "herinnering"))
    subheadings = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "Wat gebeurt er nu?" not in subheadings


def test_per_e_mail_is_never_read_as_the_verb_mail(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 17 december 2026 om 10.00 uur.

Kunt u niet komen? Geef dat dan uiterlijk twee werkdagen van tevoren door aan mevrouw R. Smit. Zij is het best bereikbaar per e-mail: r.smit@zuiderveld.example.nl."""
    s = _structure(engine, _letter(body, "uitnodiging"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "per e-laat" not in flat
    assert "laat het ons" not in flat.lower()
    # near miss: 'Bel ... dan ... via' is the verb and points to the contact line
    verb = body.replace(
        "Zij is het best bereikbaar per e-mail: r.smit@zuiderveld.example.nl.",
        "Bel Team Inkomen dan vóór 8 januari 2027 via 14 0999.",
    )
    s = _structure(engine, _letter(verb, "uitnodiging"))
    flat = " ".join(x for its in s.items.values() for it in its for x in it.flat())
    assert "Laat het ons dan vóór 8 januari 2027 weten." in flat


def test_a_tables_lead_in_is_a_real_reason_under_an_unknown_heading(engine: Engine) -> None:
    body = """Openstaande termijnen
Op 3 maart 2025 heeft u met ons een betalingsregeling getroffen. U betaalt elke maand € 75,00. Deze termijnen heeft u niet betaald:

Maand\tBedrag
september 2026\t€ 75,00
oktober 2026\t€ 75,00

Wat vragen wij van u?
Wij vragen u het bedrag van € 150,00 binnen 14 dagen over te maken."""
    s = _structure(engine, _letter(body, "herinnering betalingsregeling"))
    assert _section_of(s, "Op 3 maart 2025") == "waarom"
    # near miss: a lone reference row is no reason, and 'Waarom' does not keep it
    lone = _letter(
        "Cliëntnummer: 0048213\n\nWij vragen u het bedrag van € 150,00 binnen 14 dagen over te"
        " maken.",
        "herinnering betalingsregeling",
    )
    assert _structure(engine, lone).items["waarom"] == ()


def test_an_imperative_under_a_question_heading_asks_whatever_the_verb(engine: Engine) -> None:
    body = """Wij hebben uw aanvraag voor een bijstandsuitkering ontvangen.

Heeft u geen geld meer voor eten of huur?
Vertel het mij meteen. Soms kunnen wij u een voorschot geven."""
    s = _structure(engine, _letter(body, "uw aanvraag"))
    assert _section_of(s, "Vertel het mij meteen") == "vragen"


def test_a_warning_of_what_follows_a_repeat_is_what_happens_next(engine: Engine) -> None:
    # (filed under 'Wat vragen we van u?' until the sixteenth session; the gold of three
    # sets files it under what happens next)
    body = """Uw zoon was op 2 en 3 november 2026 zonder toestemming niet op school.

Ik wijs u erop dat bij herhaling van ongeoorloofd verzuim een proces-verbaal wordt opgemaakt."""
    s = _structure(engine, _letter(body, "waarschuwing verzuim"))
    assert _section_of(s, "Ik wijs u erop") == "gebeuren"
    # near miss: a pointer without a consequence stays extra information
    plain = body.replace(
        "dat bij herhaling van ongeoorloofd verzuim een proces-verbaal wordt opgemaakt",
        "dat de school ook een folder over verlof heeft",
    )
    assert _section_of(_structure(engine, _letter(plain, "waarschuwing verzuim")), "Ik wijs") == (
        "overig"
    )


def test_the_writers_days_and_the_teams_hours_leave_with_the_team_number(engine: Engine) -> None:
    body = """Wij nodigen jullie uit voor een gesprek op 16 december 2026 om 13.30 uur.

Bereikbaarheid
Ik werk op maandag, dinsdag en donderdag. Op andere dagen kunnen jullie terecht bij Team Jeugd, telefoon 0111-22 33 44, van 9.00 tot 17.00 uur."""
    c = compose(_letter(body, "uitnodiging"), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Ik werk op" not in flat and "0111-22 33 44" not in flat
    assert any("Ik werk op maandag" in r for r in c.structure.removed)  # listed, not lost
    assert "0111-22 33 44" in c.contact_line
    assert "van 9.00 tot 17.00 uur" in c.contact_line
    # the writer's days are not the team's hours
    assert "maandag" not in c.contact_line


def test_help_from_another_organisation_is_more_information(engine: Engine) -> None:
    body = """Wij hebben besloten uw aanvraag voor bijzondere bijstand af te wijzen.

Wat kunt u nog doen?
Lukt het niet om uw papieren te ordenen? De vrijwilligers van Humanitas helpen u daar gratis bij. U kunt Humanitas bellen op 0111-98 76 54."""
    text = _letter(body, "besluit bijzondere bijstand")
    assert _section_of(_structure(engine, text), "Lukt het niet om uw papieren") == "overig"
    # near miss: a paragraph that first says what the provider will do is what happens
    # next, even with a referral after it
    nxt = _letter(
        "Wij hebben besloten u begeleiding toe te kennen.\n\nDe zorgaanbieder, Stichting Kompas,"
        " wordt door ons op de hoogte gebracht en zal contact met u opnemen. Voor vragen over de"
        " begeleiding kunt u terecht bij Stichting Kompas, via 0111-55 66 77.",
        "besluit begeleiding",
    )
    assert _section_of(_structure(engine, nxt), "De zorgaanbieder") != "overig"


def test_the_page_speaks_to_the_reader_as_the_letter_does(engine: Engine) -> None:
    jullie = """Jullie zoon Daan is de laatste weken vaak niet op school geweest. Daarom willen we met jullie praten.

Het gesprek is op 16 december 2026 om 13.30 uur bij ons op kantoor. Laat het mij weten als jullie niet kunnen.

Hebben jullie vragen? Bel mij op 06-11 22 33 44."""
    text = _letter(jullie, "uitnodiging gesprek").replace(
        "Geachte heer Akkerman,", "Beste Piet en Anna,"
    )
    c = compose(text, engine, "none", ("html",))
    headings = [s["heading"] for s in c.context["sections"]]
    assert "Waarom krijgen jullie deze brief?" in headings
    assert c.contact_line.startswith("Hebben jullie vragen? Bel mij: 06-11 22 33 44.")
    html = delivered_text("html", c.files["html"].data)
    assert "krijgt u" not in html and "Heeft u vragen" not in html

    je = """Je bent op 2 november 2026 uitgeschreven bij je school. Je bent nog geen 18 jaar en je hebt nog geen diploma. Daarom moet je naar school of werk met leren.

Heb je vragen? Bel mij op 06-11 22 33 44."""
    c = compose(_letter(je, "uitnodiging"), engine, "none", ())
    assert c.context["sections"][0]["heading"] == "Waarom krijg je deze brief?"
    assert c.contact_line.startswith("Heb je vragen? Bel mij:")
    # near miss: a 'u' letter with a generic 'je' in it stays a 'u' letter
    u = """U heeft bijzondere bijstand aangevraagd voor een wasmachine. Zonder wasmachine kun je niet goed voor een gezin zorgen, dat begrijpen wij.

Wij hebben besloten u bijzondere bijstand toe te kennen. U krijgt € 450,00.

Heeft u vragen? Bel mij op 06-11 22 33 44."""
    c = compose(_letter(u), engine, "none", ())
    assert c.structure.address == "u"
    assert c.contact_line.startswith("Heeft u vragen? Bel mij:")
    assert c.context["sections"][0]["heading"] == "Waarom krijgt u deze brief?"


def test_the_default_objection_text_speaks_as_the_letter_does(engine: Engine) -> None:
    body = """Je hebt op 1 november 2026 gevraagd om een vergoeding voor je busabonnement. Je krijgt de vergoeding: € 40,00 per maand.

Heb je vragen? Bel mij op 06-11 22 33 44."""
    c = compose(_letter(body, "besluit vergoeding busabonnement"), engine, "none", ())
    objection = [s for s in c.context["sections"] if s["key"] == "bezwaar"]
    assert objection and objection[0]["heading"] == "Ben je het niet eens?"
    assert objection[0]["items"][0]["text"].startswith("Ben je het niet eens met dit besluit?")


def test_the_number_for_when_the_contact_is_away_joins_the_contact_line(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 15.30 uur.

Heeft u vragen? Bel mij op 06-11 22 33 44. Ik ben bereikbaar op maandag, dinsdag en donderdag. Ben ik er niet, bel dan Team Leerplicht via 0111-22 33 44."""
    c = compose(_letter(body, "uitnodiging"), engine, "none", ())
    line = c.contact_line
    assert line.startswith("Heeft u vragen? Bel mij: 06-11 22 33 44.")
    assert "Ben ik er niet? Bel dan Team Leerplicht: 0111-22 33 44." in line
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Ben ik er niet" not in flat
    # near miss: an instruction for when the writer is away keeps its deadline in the body
    deadline = body.replace(
        "Ben ik er niet, bel dan Team Leerplicht via 0111-22 33 44.",
        "Ben ik er niet, meld u dan uiterlijk 11 januari 2027 af bij Team Leerplicht via"
        " 0111-22 33 44.",
    )
    c = compose(_letter(deadline, "uitnodiging"), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "uiterlijk 11 januari 2027" in flat


def test_a_cards_away_row_is_not_the_persons_own_number(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 15.30 uur.

Uw contactpersoon\tde heer O. Demir
Telefoon\t06-17 44 09 28
Afwezig?\tbel het algemene nummer 0111-58 94 00"""
    c = compose(_letter(body, "uitnodiging"), engine, "none", ())
    assert "de heer O. Demir: 06-17 44 09 28" in c.contact_line
    assert "Is de heer O. Demir er niet? Bel dan" in c.contact_line
    assert "0111-58 94 00" in c.contact_line.split("er niet?")[1]


def test_a_phone_number_or_an_amount_never_breaks_over_two_lines(engine: Engine) -> None:
    body = """Wij hebben besloten u bijzondere bijstand toe te kennen. U krijgt € 1.450,00.

Voor hulp bij uw administratie kunt u terecht bij Humanitas, telefoon 0111-54 67 80."""
    c = compose(_letter(body, "besluit bijzondere bijstand"), engine, "none", ("html", "docx"))
    html = c.files["html"].data.decode("utf-8")
    assert "€\u00a01.450,00" in html
    assert (
        keep_together("Bel 0111-54 67 80 of 14 0591.")
        == "Bel 0111-54\u00a067\u00a080 of 14\u00a00591."
    )
    assert c.guard.ok, c.guard.missing  # the guard reads a non-breaking space as a space
    docx = delivered_text("docx", c.files["docx"].data)
    assert "1.450,00" in docx
    # the letter's data keep their plain spaces (JSON, the web app)
    assert "\u00a0" not in c.contact_line
    assert all("\u00a0" not in p for ps in c.structure.sections.values() for p in ps)


def test_a_question_heading_over_call_then_stays_as_its_condition(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 21 december 2026 om 14.00 uur.

Komt de afspraak niet uit?
Bel of mail de heer Demir dan uiterlijk vrijdag 18 december 2026, dan maken wij een nieuwe afspraak."""
    s = _structure(engine, _letter(body, "uitnodiging"))
    subheadings = [it.text for its in s.items.values() for it in its if it.kind == "subheading"]
    assert "Komt de afspraak niet uit?" in subheadings


def test_a_question_about_questions_with_call_me_is_the_contact_line(engine: Engine) -> None:
    body = """Je krijgt vanaf 1 januari 2027 geen jeugdhulp meer.

Heb je vragen, bel of app me dan via 06-22 81 47 05."""
    c = compose(_letter(body, "einde jeugdhulp"), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Heb je vragen" not in flat and "laat het mij" not in flat.lower()
    assert c.contact_line.startswith("Heb je vragen? Bel mij: 06-22 81 47 05.")


def test_an_old_heading_the_safe_rewrite_made_plain_is_still_replaced(engine: Engine) -> None:
    body = """Aanleiding:
Bij besluit van 3 maart 2026 heeft u een pgb gekregen voor begeleiding.

Besluit:
Wij trekken het besluit van 3 maart 2026 in vanaf 1 januari 2027."""
    c = compose(_letter(body, "intrekking pgb"), engine, "safe", ())
    subheadings = [
        it.text for its in c.structure.items.values() for it in its if it.kind == "subheading"
    ]
    assert "Reden" not in subheadings and "Aanleiding" not in subheadings
    why = " ".join(x for it in c.structure.items["waarom"] for x in it.flat())
    assert "pgb gekregen voor begeleiding" in why


def test_a_team_name_with_and_in_it_is_named_whole(engine: Engine) -> None:
    body = """Wij vorderen € 1.749,49 van u terug.

Voor vragen over deze brief kunt u contact opnemen met Team Werk en Inkomen via telefoonnummer 14 0999."""
    c = compose(_letter(body, "terugvordering"), engine, "none", ())
    assert "Team Werk en Inkomen: 14 0999" in c.contact_line


def test_a_person_with_a_first_name_and_a_particle_is_named_whole() -> None:
    found = [m.group() for m in PERSON.finditer("uw klantmanager, mevrouw Esther van Rijn, via")]
    assert found == ["mevrouw Esther van Rijn"]
    # near misses: an organisation or a team after 'van' is not part of the name
    for text, name in (
        ("bel mevrouw Smit van Team Inkomen", "mevrouw Smit"),
        ("de heer Bos van Stap Verder helpt u", "de heer Bos"),
        ("mevrouw Smit van Humanitas helpt u", "mevrouw Smit"),
    ):
        assert [m.group() for m in PERSON.finditer(text)] == [name]


def test_the_contact_person_is_the_one_with_a_mailbox_at_the_sender(engine: Engine) -> None:
    body = """Wij verlagen uw uitkering omdat u niet bent verschenen bij het traject van Stap Verder. De trajectbegeleider, de heer Wouter Bos, heeft dat gemeld.

Kunt u door ziekte niet komen, dan meldt u zich vóór 8.30 uur af bij de heer Bos via 010-473 66 20.

Voor vragen over dit besluit kunt u contact opnemen met uw klantmanager, mevrouw Esther van Rijn, via 010-246 89 35 of e.vanrijn@zuiderveld.example.nl."""
    c = compose(_letter(body, "besluit verlaging"), engine, "none", ("html",))
    assert "mevrouw Esther van Rijn: 010-246 89 35" in c.contact_line
    assert "Bos" not in c.contact_line and "010-473 66 20" not in c.contact_line
    assert c.guard.ok, c.guard.missing


def test_a_count_of_weekends_is_no_period_of_weeks() -> None:
    from rewriter.protect import find_protected

    spans = find_protected("logeeropvang voor de duur van twee weekenden per maand")
    assert not any(p.kind == "period" for p in spans)
    # near miss: weeks are a period
    assert [p.text for p in find_protected("binnen zes weken na de datum van deze brief")] == [
        "binnen zes weken na de datum van deze brief"
    ]


def test_a_day_off_sentence_gives_the_number_for_when_the_writer_is_away(engine: Engine) -> None:
    body = """Wij stoppen de begeleiding op 1 maart 2027.

Mocht u nog vragen hebben naar aanleiding van deze brief, dan kunt u contact opnemen met ondergetekende via 0111-45 19 82. Op vrijdag ben ik niet werkzaam; u kunt dan het algemene nummer van Team Zorg bellen, 0111-45 19 00."""
    c = compose(_letter(body, "einde begeleiding"), engine, "none", ())
    assert c.contact_line.startswith("Heeft u vragen? Bel mij: 0111-45 19 82.")
    # 'ben ik niet' alone is no question: the template's own words
    assert "Ben ik er niet? Bel dan Team Zorg: 0111-45 19 00." in c.contact_line
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "werkzaam" not in flat and "ondergetekende" not in flat
    # near miss: a day off that comes with an instruction and a deadline stays in the body
    kept = body.replace(
        "u kunt dan het algemene nummer van Team Zorg bellen, 0111-45 19 00.",
        "meld u dan uiterlijk 26 februari 2027 af bij Team Zorg via 0111-45 19 00.",
    )
    c = compose(_letter(kept, "einde begeleiding"), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "uiterlijk 26 februari 2027" in flat


def test_a_job_title_after_the_name_is_contact_talk(engine: Engine) -> None:
    body = """Wij kennen u bijzondere bijstand toe voor de kosten van bewindvoering.

Vragen over dit besluit kunt u richten aan de heer T. Groen, consulent bijzondere bijstand, via 0111-24 84 61 of t.groen@zuiderveld.example.nl."""
    c = compose(_letter(body), engine, "none", ())
    assert _section_of(c.structure, "Vragen over dit besluit") is None
    assert "0111-24 84 61" in c.contact_line
    # near miss: a sentence that also asks something of the reader stays
    asks = body.replace("Vragen over dit besluit kunt u richten aan", "Stuur de nota's naar")
    c = compose(_letter(asks), engine, "none", ())
    assert _section_of(c.structure, "Stuur de nota's naar") is not None


def test_a_deadline_before_the_appointment_is_one_fact() -> None:
    from rewriter.protect import find_protected

    spans = find_protected("Zeg de afspraak uiterlijk 24 uur voorafgaand aan de afspraak af.")
    assert [p.text for p in spans if p.kind == "period"] == [
        "uiterlijk 24 uur voorafgaand aan de afspraak"
    ]
    spans = find_protected("Bel uiterlijk twee werkdagen voor het gesprek.")
    assert [p.text for p in spans if p.kind == "period"] == [
        "uiterlijk twee werkdagen voor het gesprek"
    ]
    # the old words 'na dagtekening', 'na de verzenddatum' and 'voor aanvang' stay free
    # for the rewrite ('na de datum van deze brief'; tests/test_protect.py fact_core)
    spans = find_protected("U kunt binnen zes weken na dagtekening van deze brief bezwaar maken.")
    assert [p.text for p in spans if p.kind == "period"] == ["binnen zes weken"]
    # near miss: 'voor het' without an appointment word is no anchor
    spans = find_protected("U krijgt uiterlijk twee werkdagen voor het eten een bericht.")
    assert [p.text for p in spans if p.kind == "period"] == ["uiterlijk twee werkdagen"]


def test_a_longer_question_on_its_own_line_is_a_heading() -> None:
    from rewriter.document import is_heading_line

    assert is_heading_line("Heeft u hulp nodig bij het ordenen van uw papieren?")
    # near miss: a statement of that length is a line of text; a question of 13 words too
    assert not is_heading_line("U krijgt hulp bij het ordenen van uw papieren van ons")
    assert not is_heading_line(
        "Heeft u hulp nodig bij het ordenen van al uw papieren voor de bank?"
    )


def test_a_summary_first_in_a_decision_letter_is_the_decision(engine: Engine) -> None:
    body = """In deze brief leest u dat wij u geen bijzondere bijstand geven voor de wasmachine.

Op 3 oktober 2026 heeft u bijzondere bijstand aangevraagd. Wij hebben uw aanvraag onderzocht.

Wij wijzen uw aanvraag af, omdat u de wasmachine kunt betalen uit uw eigen geld."""
    s = _structure(engine, _letter(body, "besluit bijzondere bijstand"))
    assert _section_of(s, "In deze brief leest u dat") == "besluit"
    # near miss: a letter that says what the reader will read, not what was decided
    told = body.replace("leest u dat wij u geen", "leest u waarom wij u geen")
    s = _structure(engine, _letter(told, "besluit bijzondere bijstand"))
    assert _section_of(s, "In deze brief leest u waarom") == "waarom"


def test_a_reply_slip_after_the_signature_stays_a_slip(engine: Engine) -> None:
    slip = """

Bijlage: folder over de regeling

- - - - - - - - - - knip hier - - - - - - - - - -

ANTWOORDSTROOK
Stuur deze strook uiterlijk 12 november 2026 terug.
Naam: ....................
Ik kom wel / niet naar het gesprek op 17 november 2026."""
    body = """Wij nodigen u uit voor een gesprek op 17 november 2026 om 10.00 uur.

Vul de antwoordstrook in en stuur die uiterlijk 12 november 2026 terug."""
    c = compose(_letter(body, "uitnodiging") + slip, engine, "none", ("html", "docx"))
    assert c.structure.reply_slip == (
        "ANTWOORDSTROOK",
        "Stuur deze strook uiterlijk 12 november 2026 terug.",
        "Naam: ....................",
        "Ik kom wel / niet naar het gesprek op 17 november 2026.",
    )
    assert c.structure.annexes == ("Bijlage: folder over de regeling",)  # not the slip
    for fmt in ("html", "docx"):
        text = delivered_text(fmt, c.files[fmt].data)
        # after the signature, line by line
        assert text.index("consulent Team Inkomen") < text.index("ANTWOORDSTROOK")
        assert "Ik kom wel / niet naar het gesprek op 17 november 2026." in text
    assert c.guard.ok, c.guard.missing
    # near miss: an annex list alone is no slip
    c = compose(_letter(body, "uitnodiging") + slip.split("\n\n- -")[0], engine, "none", ())
    assert c.structure.reply_slip == ()
    assert c.structure.annexes == ("Bijlage: folder over de regeling",)


def test_the_signers_own_mailbox_joins_the_contact_line(engine: Engine) -> None:
    text = _letter(
        """Wij nodigen u uit voor een gesprek op 17 november 2026 om 10.00 uur.

Heeft u vragen? Bel mij. Mijn nummer is 06-52 83 41 70. U mag ook een WhatsApp sturen naar dit nummer. Of mail naar j.deboer@zuiderveld.example.nl."""
    )
    c = compose(text, engine, "none", ())
    assert "06-52 83 41 70" in c.contact_line
    assert "j.deboer@zuiderveld.example.nl" in c.contact_line  # J. de Boer signs
    assert _section_of(c.structure, "U mag ook een WhatsApp") is None
    # near miss: a mailbox of someone else stays unknown, and out of the contact line
    other = text.replace("j.deboer@", "m.jansen@")
    c = compose(other, engine, "none", ())
    assert "m.jansen@" not in c.contact_line


def test_the_objection_route_as_a_question_and_its_answer_is_the_objection(
    engine: Engine,
) -> None:
    body = """Wij verlagen uw hulp bij het huishouden van 3 naar 2 uur per week.

Wat kunt u verwachten?
Uw zorgaanbieder belt u over de nieuwe tijden.

Kunt u zich met dit besluit niet verenigen? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders. Voor gratis hulp bij uw bezwaar kunt u terecht bij Stichting Sterk via 0111-25 10 36."""
    s = _structure(engine, _letter(body, "besluit hulp bij het huishouden"))
    assert _section_of(s, "Kunt u zich met dit besluit niet verenigen?") == "bezwaar"
    # near miss: a question answered with what the reader may do, not an objection
    other = body.replace(
        "Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders.",
        "Dan kunt u binnen zes weken een gesprek aanvragen bij het wijkteam.",
    ).replace(" bij uw bezwaar", "")
    s = _structure(engine, _letter(other, "besluit hulp bij het huishouden"))
    assert _section_of(s, "Kunt u zich met dit besluit niet verenigen?") != "bezwaar"


def test_a_cards_hours_row_joins_the_contact_line(engine: Engine) -> None:
    body = """U krijgt individuele begeleiding van 3 uur per week.

Contactgegevens
Consulent: mevrouw L. Smits
Telefoon: 0111-23 45 67
E-mail: l.smits@zuiderveld.example.nl
Bereikbaar: maandag tot en met donderdag, 9.00 tot 12.00 uur"""
    c = compose(_letter(body, "besluit begeleiding"), engine, "none", ())
    assert "0111-23 45 67" in c.contact_line
    assert "maandag tot en met donderdag, 9.00 tot 12.00 uur" in c.contact_line
    # near miss: a card without an hours row gets no hours
    c = compose(_letter(body.rsplit("\n", 1)[0], "besluit begeleiding"), engine, "none", ())
    assert "bereikbaar" not in c.contact_line


def test_the_law_first_then_a_deadline_for_the_reader_is_a_request(engine: Engine) -> None:
    body = """Op 16 november 2026 heeft u bijstand aangevraagd. Wij missen nog stukken.

Hersteltermijn
Volgens artikel 4:5 van de Algemene wet bestuursrecht krijgt u de gelegenheid de stukken alsnog te sturen, uiterlijk op 23 december 2026. U kunt de stukken uploaden via onze website."""
    s = _structure(engine, _letter(body, "hersteltermijn"))
    assert _section_of(s, "Volgens artikel 4:5") == "vragen"
    # near miss: the law first, with a deadline for the sender, is the reason
    ours = body.replace(
        "krijgt u de gelegenheid de stukken alsnog te sturen, uiterlijk op 23 december 2026",
        "moeten wij binnen acht weken na uw aanvraag beslissen",
    )
    s = _structure(engine, _letter(ours, "hersteltermijn"))
    assert _section_of(s, "Volgens artikel 4:5") != "vragen"


def test_owners_named_after_a_job_title_or_an_imperative(engine: Engine) -> None:
    body = """Wij kennen u begeleiding toe. De begeleiding geeft Stichting De Brug.

Kunt u op dat moment niet? Bel De Brug dan uiterlijk 48 uur van tevoren via 0111-47 19 63.

De begeleider van Kompas Gezinshulp, mevrouw Lisa Verschuren, belt u binnen tien werkdagen. Voor vragen over de planning kunt u haar bereiken op 0111-23 71 05.

Vragen over deze brief?
Neem contact op met uw wijkcoach, Hanneke Vos. Zij is bereikbaar op 06-53 18 29 44."""
    c = compose(_letter(body, "besluit begeleiding"), engine, "none", ())
    owners = {ch.text: (ch.owner, ch.owner_kind) for ch in c.structure.channels}
    assert owners["0111-47 19 63"] == ("De Brug", "other")
    assert owners["0111-23 71 05"][1] == "other"  # named with another organisation
    assert owners["06-53 18 29 44"] == ("Hanneke Vos", "person")
    assert c.contact_line.startswith("Heeft u vragen? Bel uw contactpersoon Hanneke Vos:")
    # near miss: 'Bel ons' is the sender; a name without a job title before it is not read
    from rewriter.contacts import _mentions

    assert _mentions("Bel ons op 0111-47 19 63.")[0][3] == "us"


def test_a_card_in_columns_gives_each_number_to_its_column(engine: Engine) -> None:
    body = """Wij kennen Noor intensieve gezinsbegeleiding toe.

Contactgegevens
Jeugdconsulent\tGedragswetenschapper
Sanne Bakker\tKoen Aarts
06-29 44 18 73\t0111-25 80 12
s.bakker@zuiderveld.example.nl\tk.aarts@zuiderveld.example.nl"""
    c = compose(_letter(body, "besluit jeugdhulp"), engine, "none", ())
    owners = {ch.text: ch.owner for ch in c.structure.channels}
    assert owners["06-29 44 18 73"] == "Sanne Bakker"
    assert owners["0111-25 80 12"] == "Koen Aarts"
    assert owners["k.aarts@zuiderveld.example.nl"] == "Koen Aarts"
    # near miss: a table whose rows are labels and values is no card in columns
    rows = body.replace("Sanne Bakker\tKoen Aarts", "Telefoon\tE-mail")
    c = compose(_letter(rows, "besluit jeugdhulp"), engine, "none", ())
    owners = {ch.text: ch.owner for ch in c.structure.channels}
    assert owners["06-29 44 18 73"] != "Sanne Bakker"


def test_an_away_question_and_its_answer_go_to_the_contact_line(engine: Engine) -> None:
    body = """Wij nodigen u uit voor een gesprek op 12 januari 2027 om 15.30 uur.

Heeft u vragen? Bel mij op 06-11 22 33 44. Ben ik er niet? Bel dan het algemene nummer van Team Leerplicht: 0111-22 33 44."""
    c = compose(_letter(body, "uitnodiging"), engine, "none", ())
    assert "Ben ik er niet? Bel dan Team Leerplicht: 0111-22 33 44." in c.contact_line
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "Ben ik er niet" not in flat
    # near miss: an answer with a deadline stays in the body, with its number
    kept = body.replace(
        "Bel dan het algemene nummer van Team Leerplicht: 0111-22 33 44.",
        "Meld u dan uiterlijk 11 januari 2027 af bij Team Leerplicht via 0111-22 33 44.",
    )
    c = compose(_letter(kept, "uitnodiging"), engine, "none", ())
    flat = " ".join(x for its in c.structure.items.values() for it in its for x in it.flat())
    assert "uiterlijk 11 januari 2027" in flat
