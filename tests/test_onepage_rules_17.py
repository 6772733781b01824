"""The one-page letter's rules added in the sixteenth session (issue 11). The letters are
written for these tests (not taken from the evaluation sets); each rule has a near miss."""

from __future__ import annotations

import re

from test_onepage_rules_16 import HEAD, PLAIN

from rewriter.compose import compose, delivered_text
from rewriter.engine import Engine

# the letter of the fifteenth session's rule tests: letterhead, footer number 0599-99 00 00


def test_the_crisis_heading_stands_on_its_own_line_in_every_format(engine: Engine) -> None:
    body = PLAIN + (
        "Bij een crisissituatie buiten kantoortijden belt u de Crisisdienst Jeugd: "
        "0800-123 45 67. Bij direct gevaar belt u 112."
    )
    letter = HEAD.format(body=body, subject="dagbehandeling")
    c = compose(letter, engine, "safe", ("html", "pdf", "docx"))
    assert c.structure.crisis, "the crisis lines are found"
    html = c.files["html"].data.decode("utf-8")
    box = re.search(r'<p class="spoed">(.*?)</p>', html, re.S).group(1)
    # the heading, then each line after a break of its own: never 'Bij spoed: Bij een ...'
    assert box.startswith("<strong>Bij spoed:</strong><br>"), box
    for fmt in ("html", "pdf", "docx"):
        text = re.sub(r"\s+", " ", delivered_text(fmt, c.files[fmt].data))
        assert "0800-123 45 67" in text and "112" in text, fmt
    assert c.summary()["facts"]["missing"] == []


def _contact(engine: Engine, body: str):
    from rewriter.letter import Letter
    from rewriter.render import ContactChoice, decide_contact
    from rewriter.structure import extract_structure

    text = HEAD.format(body=body, subject="dagbehandeling")
    s = extract_structure(Letter.from_text(text, engine.resources))
    return decide_contact(s, ContactChoice(), "Gemeente Zuiderveld")


DECIDED = (
    "Wij hebben besloten dat uw zoon Tim dagbehandeling krijgt van 4 januari 2027 tot en "
    "met 2 januari 2028.\n\n"
)


def test_a_person_with_only_an_e_mail_address_stays_on_the_contact_line(engine: Engine) -> None:
    # the footer's general number used to take the line alone: the person was lost
    d = _contact(engine, DECIDED + "Heeft u vragen? Mail mij: j.smit@zuiderveld.example.nl.")
    assert d.line == (
        "Heeft u vragen? Mail mij: j.smit@zuiderveld.example.nl. Wilt u liever bellen? "
        "Bel dan Gemeente Zuiderveld: 0599-99 00 00."
    )
    assert d.who == "signer" and any("alleen een e-mailadres" in n for n in d.notes)
    d = _contact(
        engine,
        DECIDED + "Heeft u vragen? Mail dan uw consulent mevrouw P. de Groot: "
        "p.degroot@zuiderveld.example.nl.",
    )
    assert d.line.startswith(
        "Heeft u vragen? Mail uw contactpersoon mevrouw P. de Groot: "
        "p.degroot@zuiderveld.example.nl. Wilt u liever bellen? Bel dan Gemeente Zuiderveld"
    ), d.line
    assert d.line.count("p.degroot@") == 1  # not again as 'E-mail: ...'


def test_near_miss_a_person_with_a_number_of_their_own_is_called(engine: Engine) -> None:
    d = _contact(
        engine,
        DECIDED + "Heeft u vragen? Bel mij: 06-12 34 56 78. Mailen kan ook: "
        "j.smit@zuiderveld.example.nl.",
    )
    assert d.line.startswith("Heeft u vragen? Bel mij: 06-12 34 56 78."), d.line
    assert "liever bellen" not in d.line


def test_near_miss_another_organisations_mailbox_is_not_our_contact(engine: Engine) -> None:
    d = _contact(
        engine,
        DECIDED + "Wilt u hulp bij het invullen? Mail dan mevrouw K. Bos van Stichting MEE: "
        "k.bos@mee-noord.example.nl.",
    )
    assert "k.bos@" not in d.line and "Bos" not in d.line, d.line


def _structure(engine: Engine, body: str, head: str = HEAD, subject: str = "besluit"):
    from rewriter.letter import Letter
    from rewriter.structure import extract_structure

    text = head.format(body=body, subject=subject)
    return extract_structure(Letter.from_text(text, engine.resources))


NUMBERED = (
    "1. Bij besluit van 12 april 2026 bent u toegelaten tot de schuldhulpverlening, waarbij u "
    "zich heeft verplicht tot het maandelijks overleggen van uw bankafschriften en het niet "
    "aangaan van nieuwe schulden.\n\n"
    "2. Het college heeft besloten de schuldhulpverlening met ingang van 1 januari 2027 te "
    "beëindigen. U bent de afspraken in ernstige mate niet nagekomen.\n\n"
    "3. Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na "
    "bekendmaking hiervan een bezwaarschrift indienen bij het college."
)


def test_numbered_paragraphs_are_paragraphs_each_under_its_own_heading(engine: Engine) -> None:
    from conftest import section_of

    s = _structure(engine, NUMBERED)
    assert section_of(s, "Bij besluit van 12 april 2026") == "waarom"
    assert section_of(s, "Het college heeft besloten") == "besluit"
    placed = [p.section for p in s.placements if "bezwaarschrift indienen" in p.text]
    assert placed == ["bezwaar"], [(p.section, p.text[:30]) for p in s.placements]
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "1. Bij besluit" not in page  # the number goes with the list it no longer is


def test_near_miss_a_numbered_list_its_lead_announces_stays_a_list(engine: Engine) -> None:
    body = (
        "Wij hebben besloten dat u bijzondere bijstand krijgt voor de kosten van uw bril.\n\n"
        "Om het geld te krijgen, zijn er nog twee dingen nodig:\n\n"
        "1. U stuurt ons de rekening van de opticien. Zet uw naam en uw klantnummer op de "
        "rekening, zodat wij weten van wie de rekening is en wij die snel kunnen betalen.\n\n"
        "2. U stuurt ons een afschrift van uw bankrekening. Daarop moeten wij uw naam en uw "
        "rekeningnummer kunnen zien, anders kunnen wij het geld niet aan u overmaken."
    )
    s = _structure(engine, body)
    lists = [it for items in s.items.values() for it in items if it.kind == "list"]
    assert lists and len(lists[0].items) == 2 and lists[0].items[0].startswith("1. U stuurt")


CARD_HEAD = HEAD.replace(
    "Ons kenmerk: ZV/JGD/2026/0042",
    "Ons kenmerk: ZV/JGD/2026/0042\nBehandeld door: mevrouw K. Veenstra\nTelefoon: 0599-12 34 56",
)


def test_a_sentence_pointing_to_the_handler_in_the_letterhead_leaves(engine: Engine) -> None:
    body = DECIDED + (
        "Voor eventuele vragen kunt u contact opnemen met de behandelaar die in de kop van deze "
        "brief staat vermeld. Voor afspraken over het verlof van uw zoon in de toekomst moet u "
        "bij de directeur van de school zijn."
    )
    s = _structure(engine, body, CARD_HEAD)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "in de kop van deze brief" not in page
    assert "Voor afspraken over het verlof" in page  # the rest of the paragraph stays


def test_near_miss_the_pointer_without_a_card_in_the_letterhead_stays(engine: Engine) -> None:
    body = DECIDED + (
        "Voor eventuele vragen kunt u contact opnemen met de behandelaar die in de kop van deze "
        "brief staat vermeld."
    )
    s = _structure(engine, body)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "in de kop van deze brief" in page  # nobody in the letterhead: it points nowhere


def test_hours_of_the_footer_number_pointed_to_go_on_the_contact_line(engine: Engine) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + (
        "Team Jeugd is op werkdagen van 9.00 tot 12.00 uur bereikbaar via het telefoonnummer "
        "onderaan deze brief, of per e-mail via jeugd@zuiderveld.example.nl. Vermeld altijd "
        "uw cliëntnummer."
    )
    s = _structure(engine, body)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "onderaan deze brief" not in page
    d = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld")
    assert "0599-99 00 00" in d.line and "van 9.00 tot 12.00 uur" in d.line, d.line
    # the team's mailbox is on the line or listed for the writer, never lost unseen
    assert "jeugd@zuiderveld.example.nl" in d.line or any(
        r.text == "jeugd@zuiderveld.example.nl" for r in d.removed_channels
    )
    assert any("cliëntnummer" in x for it in s.items.get("contact", ()) for x in it.flat())


def test_near_miss_a_sentence_with_an_instruction_and_a_pointer_stays(engine: Engine) -> None:
    body = DECIDED + (
        "Stuur vóór 1 februari 2027 uw loonstroken naar jeugd@zuiderveld.example.nl of bel het "
        "telefoonnummer onderaan deze brief."
    )
    s = _structure(engine, body)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "Stuur vóór 1 februari 2027 uw loonstroken" in page


def test_a_table_of_questions_and_whom_to_ask_is_a_directory(engine: Engine) -> None:
    body = DECIDED + (
        "Bij wie kunt u terecht?\n"
        "Vraag over\tBij wie\tTelefoon\n"
        "uw hulp tot 1 februari\tThuiszorg Noord\t0599-11 22 33\n"
        "uw eigen bijdrage\tCAK\t0800-0087"
    )
    s = _structure(engine, body)
    assert any(it.kind == "list" for it in s.items.get("contact", ())), s.items.get("contact")


def test_a_term_and_an_objection_in_two_sentences_are_no_objection_route() -> None:
    from rewriter.structure import is_objection_route

    assert not is_objection_route(
        "Het te veel ingehouden bedrag wordt binnen vier weken op uw rekening bijgeschreven. "
        "Voorts worden de kosten die u voor het bezwaar heeft gemaakt vergoed."
    )
    # near miss: the route in one sentence
    assert is_objection_route(
        "U kunt binnen zes weken na de datum van deze brief een bezwaarschrift indienen."
    )


def test_documents_we_must_have_by_a_date_are_what_we_ask(engine: Engine) -> None:
    from rewriter.structure import _ASK_OPENER

    assert _ASK_OPENER.match("Wij moeten de stukken uiterlijk 29 januari 2027 hebben.")
    assert _ASK_OPENER.match("We willen uw loonstroken vóór 1 maart ontvangen.")
    # near miss: what we must do ourselves
    assert not _ASK_OPENER.match("Wij moeten uw aanvraag eerst onderzoeken.")


TEAM_HEAD = HEAD.replace(
    "Postbus 12, 9999 ZZ Zuiderveld\n",
    "Postbus 12, 9999 ZZ Zuiderveld\nAlgemeen telefoonnummer: 0599-11 11 11\n",
    1,
).replace("Gemeente Zuiderveld · telefoon 0599-99 00 00", "Gemeente Zuiderveld")


def test_a_team_reachable_by_e_mail_only_is_not_given_the_general_number(engine: Engine) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + (
        "Team Jeugd is uitsluitend per e-mail bereikbaar via jeugd@zuiderveld.example.nl."
    )
    s = _structure(engine, body, TEAM_HEAD)
    general = next(c for c in s.channels if c.text == "0599-11 11 11")
    assert general.owner == "Gemeente Zuiderveld"  # not the team line above it
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert line == (
        "Heeft u vragen? Mail Team Jeugd: jeugd@zuiderveld.example.nl. Wilt u liever bellen? "
        "Bel dan Gemeente Zuiderveld: 0599-11 11 11."
    ), line


def test_near_miss_a_team_with_its_own_number_is_called(engine: Engine) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + (
        "Heeft u vragen? Bel Team Jeugd: 0599-22 33 44 of mail jeugd@zuiderveld.example.nl."
    )
    line = decide_contact(
        _structure(engine, body, TEAM_HEAD), ContactChoice(), "Gemeente Zuiderveld"
    ).line
    assert line.startswith("Heeft u vragen? Bel Team Jeugd: 0599-22 33 44."), line
    assert "liever bellen" not in line


def test_the_title_of_an_article_heading_is_no_name() -> None:
    from rewriter.facts import _proper_nouns

    def names(text: str) -> list[str]:
        return [text[a:b] for a, b in _proper_nouns(text)]

    # the guard asked for 'Rechtsmiddelen' and 'Inlichtingen' once the page's own headings
    # had replaced 'Artikel 5 Rechtsmiddelen' and 'Artikel 6 Inlichtingen'
    assert names("Artikel 5 Rechtsmiddelen\nTegen dit besluit kunt u bezwaar maken.") == []
    assert names("Ad 1. Aanleiding\nU heeft op 3 mei hulp gevraagd.") == []
    # near misses: a name after the number, and the word inside a sentence
    assert names("Artikel 5 Jansen Bouw\nx") == ["Jansen Bouw"]
    assert names("Zie artikel 5 Rechtsmiddelen van de regeling.") == ["Rechtsmiddelen"]


def test_a_desk_named_with_the_gemeente_owns_its_number(engine: Engine) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + (
        "Heeft u vragen over deze brief? Bel het Wmo-loket gemeente Zuiderveld: 0599-55 66 77."
    )
    s = _structure(engine, body)
    owner = next(c.owner for c in s.channels if c.text == "0599-55 66 77")
    assert owner == "het Wmo-loket"  # was 'Zuiderveld': the line read 'Bel Zuiderveld: ...'
    line = decide_contact(s, ContactChoice(), "Gemeente Zuiderveld").line
    assert line.startswith("Heeft u vragen? Bel het Wmo-loket: 0599-55 66 77."), line


def test_a_pointer_to_a_consequence_is_what_happens_next(engine: Engine) -> None:
    from conftest import section_of

    body = DECIDED + (
        "Wij wijzen u er nadrukkelijk op dat bij herhaling van ongeoorloofd verzuim zonder "
        "nadere waarschuwing proces-verbaal zal worden opgemaakt.\n\n"
        "Ik wijs u erop dat u als ouder gehouden bent er zorg voor te dragen dat uw kind "
        "de school geregeld bezoekt."
    )
    s = _structure(engine, body, subject="waarschuwing verzuim")
    assert section_of(s, "Wij wijzen u er nadrukkelijk op") == "gebeuren"
    # near miss: a pointer to the reader's duty is what we ask
    assert section_of(s, "Ik wijs u erop dat u als ouder") == "vragen"


def test_rows_with_dot_leaders_are_a_table() -> None:
    from rewriter.document import parse_blocks

    text = (
        "Netto inkomen per maand ................ € 1.912,40\n"
        "Toepasselijke bijstandsnorm ............ € 1.612,28\n"
        "Verschil per maand ..................... € 300,12"
    )
    rows = [(b.kind, b.label, b.value) for b in parse_blocks(text, 0)]
    assert rows == [
        ("row", "Netto inkomen per maand", "€ 1.912,40"),
        ("row", "Toepasselijke bijstandsnorm", "€ 1.612,28"),
        ("row", "Verschil per maand", "€ 300,12"),
    ]
    # near miss: an ellipsis in a sentence, also between other lines
    text = "Wij wachten nog op .... uw stukken.\nDaarna beslissen wij .... over uw aanvraag."
    assert [b.kind for b in parse_blocks(text, 0)] == ["paragraph"]


def test_a_call_to_my_colleagues_and_a_call_back_are_contact_talk(engine: Engine) -> None:
    body = DECIDED + (
        "Heeft u nog vragen? Bel dan mijn collega's van Team Jeugd via 0599-22 33 44 "
        "(werkdagen van 9.00 tot 12.30 uur). Wilt u mij zelf spreken? Mail mij dan via "
        "j.smit@zuiderveld.example.nl. Ik bel u dan terug."
    )
    s = _structure(engine, body)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "collega's" not in page and "bel u dan terug" not in page, page
    assert any("0599-22 33 44" in r for r in s.removed)  # listed for the writer


def test_near_miss_sending_something_back_is_an_instruction(engine: Engine) -> None:
    body = DECIDED + (
        "Heeft u nog vragen? Bel dan mijn collega's van Team Jeugd via 0599-22 33 44. "
        "Stuur het formulier vóór 1 maart 2027 terug."
    )
    s = _structure(engine, body)
    page = " ".join(x for items in s.items.values() for it in items for x in it.flat())
    assert "Stuur het formulier vóór 1 maart 2027 terug." in page


def test_a_team_said_to_answer_the_footer_number_owns_it(engine: Engine) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + (
        "Team Jeugd is op werkdagen van 9.00 tot 12.00 uur bereikbaar via het telefoonnummer "
        "onderaan deze brief, of per e-mail via jeugd@zuiderveld.example.nl."
    )
    line = decide_contact(_structure(engine, body), ContactChoice(), "Gemeente Zuiderveld").line
    assert line == (
        "Heeft u vragen? Bel Team Jeugd: 0599-99 00 00. Wij zijn bereikbaar op werkdagen van "
        "9.00 tot 12.00 uur. E-mail: jeugd@zuiderveld.example.nl."
    ), line


def test_near_miss_without_the_pointer_the_footer_number_stays_the_gemeentes(
    engine: Engine,
) -> None:
    from rewriter.render import ContactChoice, decide_contact

    body = DECIDED + "Team Jeugd is per e-mail bereikbaar via jeugd@zuiderveld.example.nl."
    line = decide_contact(_structure(engine, body), ContactChoice(), "Gemeente Zuiderveld").line
    assert "Bel Team Jeugd" not in line, line


def test_a_desk_named_by_its_kind_takes_an_article_on_the_line() -> None:
    from rewriter.render import _desk

    assert _desk("Wmo-loket") == "het Wmo-loket"  # 'Bel Wmo-loket: ...' read as a telegram
    assert _desk("KCC") == "het KCC"
    # near misses: names, and a name that has its article already
    assert _desk("Team Jeugd") == "Team Jeugd"
    assert _desk("Gemeente Zuiderveld") == "Gemeente Zuiderveld"
    assert _desk("het Wmo-loket") == "het Wmo-loket"
