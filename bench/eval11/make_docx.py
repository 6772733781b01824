"""Generate the .docx letters of the eleventh frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval11.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block with reference rows, List Bullet/List Number styles
for lists and at least one real table. New in this set: headings written the
way many municipal Word letters have them, as bold Normal paragraphs of their
own (w12, w13, w16) instead of a Heading style (w14, w15); a paragraph that
opens with a bold lead ("Let op:") but is not a heading; a contact card as a
Word table with the people in columns (w12); an appointment as a Word table
(w14); tick boxes in a table (w16). The builder is a copy of
bench/eval10/make_docx.py's with the kinds `hb` (bold Normal heading line) and
`pb` (paragraph with a bold lead) added, kept here on purpose so that this
frozen set does not change when another set's script does. The text is written
here by hand (not copied from any tool output); the generated files are
committed next to the .txt letters and described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 16, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "w12-wmo-toekenning-scootmobiel-contactkaart-tabel.docx",
        "header": ["Gemeente Houten", "Team Zorg en Ondersteuning", "Onderdoor 25, 3995 DW Houten"],
        "footer": "Gemeente Houten | telefoon 030-639 26 11 | www.houten.example.nl",
        "address": ["Mevrouw T. Schouten-de Wit", "Lupinehof 9", "3992 JC Houten"],
        "refs": [
            "Onderwerp: uw aanvraag voor een scootmobiel",
            "Ons kenmerk: HTN/WMO/2026/8841",
            "Datum: 15 december 2026",
        ],
        "salutation": "Geachte mevrouw Schouten,",
        "body": [
            (
                "p",
                "U heeft ons op 12 oktober 2026 gevraagd om een scootmobiel. Op 4 november 2026 heeft Wmo-consulent Eva Martens met u gesproken bij u thuis. In deze brief leest u wat wij hebben besloten.",
            ),
            ("hb", "Ons besluit"),
            (
                "p",
                "U krijgt een scootmobiel in bruikleen. Uit het gesprek is gebleken dat u als gevolg van uw longziekte niet meer dan 100 meter kunt lopen en derhalve niet zelfstandig boodschappen kunt doen. Op grond van artikel 2.3.5 van de Wmo 2015 en artikel 9 van de Verordening maatschappelijke ondersteuning Houten 2025 verstrekken wij u daarom een maatwerkvoorziening in natura. U betaalt hiervoor een eigen bijdrage van € 21,80 per maand aan het CAK.",
            ),
            ("hb", "Wat gebeurt er nu?"),
            (
                "p",
                "Hulpmiddelencentrum Lek en Vecht levert de scootmobiel. De leverancier neemt binnen tien werkdagen na verzending van deze brief contact met u op voor een afspraak. Zij komen de scootmobiel bij u thuis brengen en leggen u uit hoe u hem gebruikt en oplaadt.",
            ),
            (
                "pb",
                (
                    "Let op: ",
                    "de scootmobiel blijft eigendom van de gemeente. Is hij kapot? Bel dan niet ons, maar de storingslijn van de leverancier: 030-204 77 60.",
                ),
            ),
            ("hb", "Wat moet u zelf doen?"),
            (
                "ul",
                [
                    "Zorg voor een droge stalling met een stopcontact.",
                    "Sluit zelf een WA-verzekering af voor de scootmobiel, als u die nog niet heeft.",
                    "Geef het aan ons door als u gaat verhuizen of de scootmobiel niet meer gebruikt.",
                ],
            ),
            ("hb", "Bent u het niet eens met dit besluit?"),
            (
                "p",
                "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders. Indien u bezwaar maakt, dient u in uw brief aan te geven waarom u het niet eens bent met het besluit. Wilt u hulp? Een onafhankelijke cliëntondersteuner helpt u gratis.",
            ),
            ("hb", "Vragen?"),
            ("p", "Heeft u vragen over deze brief, dan kunt u contact opnemen met een van ons:"),
            (
                "table",
                [
                    ["", "Eva Martens", "Youssef Amrani"],
                    ["Voor", "vragen over het besluit", "vragen over de eigen bijdrage"],
                    ["Telefoon", "030-639 24 11", "030-639 24 37"],
                    ["E-mail", "e.martens@houten.example.nl", "y.amrani@houten.example.nl"],
                    ["Bereikbaar", "maandag, dinsdag en donderdag", "maandag tot en met vrijdag"],
                ],
            ),
            (
                "p",
                "Kunt u ons niet bereiken? Bel dan het algemene nummer van de gemeente, 030-639 26 11.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Houten,",
            "Eva Martens\nWmo-consulent",
        ],
    },
    {
        "file": "w13-participatie-afwijzing-individuele-inkomenstoeslag-vetgedrukte-kopjes.docx",
        "header": [
            "Gemeente Kerkrade",
            "Afdeling Werk, Inkomen en Zorg",
            "Postbus 600, 6460 AP Kerkrade",
        ],
        "footer": "Gemeente Kerkrade | Klantcontactcentrum 045-546 33 00 | www.kerkrade.example.nl",
        "address": ["De heer J.M.H. Schreinemakers", "Hoofdstraat 140", "6461 CV Kerkrade"],
        "refs": [
            "Onderwerp: besluit op uw aanvraag individuele inkomenstoeslag",
            "Ons kenmerk: KRK/WIZ/IIT/2026/1177",
            "BSN: 219517290",
            "Datum: 16 december 2026",
        ],
        "salutation": "Geachte heer Schreinemakers,",
        "body": [
            (
                "p",
                "Op 6 november 2026 hebben wij uw aanvraag om een individuele inkomenstoeslag ontvangen. Naar aanleiding van deze aanvraag hebben wij beoordeeld of u voldoet aan de voorwaarden die de Participatiewet en de Verordening individuele inkomenstoeslag Kerkrade 2024 daaraan stellen. Bij deze delen wij u mede dat uw aanvraag wordt afgewezen.",
            ),
            ("hb", "Overwegingen"),
            (
                "p",
                "Ingevolge artikel 36 van de Participatiewet kan het college een individuele inkomenstoeslag verlenen aan een persoon die langdurig een laag inkomen heeft en geen uitzicht heeft op inkomensverbetering. Ingevolge artikel 3 van voornoemde verordening wordt onder een langdurig laag inkomen verstaan een inkomen dat gedurende een periode van 36 maanden onafgebroken niet hoger is geweest dan 105% van de toepasselijke bijstandsnorm. Uit de door u overgelegde bescheiden alsmede uit de gegevens van het UWV blijkt dat uw inkomen in onderstaande maanden deze grens heeft overschreden:",
            ),
            (
                "table",
                [
                    ["Maand", "Uw inkomen", "Grens (105% van de norm)"],
                    ["maart 2025", "€ 1.612,40", "€ 1.438,07"],
                    ["april 2025", "€ 1.598,15", "€ 1.438,07"],
                    ["december 2025", "€ 1.702,88", "€ 1.471,35"],
                ],
            ),
            (
                "p",
                "Aangezien uw inkomen in de referteperiode van 1 november 2023 tot en met 31 oktober 2026 derhalve niet onafgebroken onder de grens heeft gelegen, voldoet u niet aan de voorwaarden voor het verkrijgen van een individuele inkomenstoeslag. Van bijzondere omstandigheden welke aanleiding zouden kunnen geven tot afwijking van deze regel is ons niet gebleken.",
            ),
            (
                "pb",
                (
                    "Let op: ",
                    "vanaf 1 november 2028 kunt u opnieuw een aanvraag indienen, mits uw inkomen vanaf januari 2026 onder de grens blijft.",
                ),
            ),
            ("hb", "Andere mogelijkheden"),
            (
                "p",
                "Wellicht komt u in aanmerking voor andere regelingen. Wij wijzen u in dit verband op het volgende:",
            ),
            (
                "ul",
                [
                    "de collectieve zorgverzekering voor minima via de gemeente;",
                    "de Meedoenregeling voor sport en cultuur;",
                    "gratis hulp bij uw administratie van Formulierenhulp Parkstad, telefoon 045-400 18 62.",
                ],
            ),
            ("hb", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na verzenddatum een bezwaarschrift indienen bij het college van burgemeester en wethouders van Kerkrade. Het bezwaarschrift dient te bevatten:",
            ),
            (
                "ol",
                [
                    "uw naam en adres;",
                    "de datum;",
                    "een omschrijving van het besluit waartegen het bezwaar is gericht;",
                    "de gronden van het bezwaar en uw handtekening.",
                ],
            ),
            ("hb", "Nadere informatie"),
            (
                "p",
                "Voor nadere informatie kunt u contact opnemen met uw consulent, mevrouw R. Meessen, telefoonnummer 045-546 34 28, bereikbaar op werkdagen tussen 9.00 en 12.00 uur. Wij verzoeken u bij correspondentie steeds het kenmerk van deze brief te vermelden.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Burgemeester en wethouders van Kerkrade,\nnamens dezen,",
            "ing. L.P. Coenen\nmanager afdeling Werk, Inkomen en Zorg",
        ],
    },
    {
        "file": "w14-leerplicht-uitnodiging-ziekteverzuim-afspraak-in-tabel.docx",
        "header": ["Gemeente Dronten", "Leerplicht en RMC", "De Rede 1, 8251 EW Dronten"],
        "footer": "Gemeente Dronten | telefoon 14 0321 | www.dronten.example.nl",
        "address": ["Aan de ouders van Jesse Koopman", "Educalaan 31", "8251 GB Dronten"],
        "refs": [
            "Onderwerp: tweede uitnodiging gesprek over het verzuim van Jesse",
            "Ons kenmerk: DRO/LP/2026/0481",
            "Datum: 14 december 2026",
        ],
        "salutation": "Beste ouders van Jesse,",
        "body": [
            (
                "p",
                "Op 24 november 2026 heb ik u uitgenodigd voor een gesprek over de ziekmeldingen van Jesse. U bent op die afspraak niet verschenen en heeft zich ook niet afgemeld. Daarom nodig ik u nogmaals uit.",
            ),
            ("h1", "Waarom dit gesprek?"),
            (
                "p",
                "Jesse zit in klas 2 van het vmbo op het Ichthus College. Hij is dit schooljaar 14 keer ziek gemeld, in totaal 31 dagen. Als een leerling zo vaak ziek is, noemen wij dat zorgwekkend ziekteverzuim. Wij willen samen met u en Jesse kijken wat er aan de hand is en welke hulp nodig is. Daarom is ook de jeugdarts van de GGD bij het gesprek.",
            ),
            ("h1", "Wanneer en waar?"),
            (
                "table",
                [
                    ["Datum", "donderdag 7 januari 2027"],
                    ["Tijd", "10.15 uur tot 11.00 uur"],
                    ["Plaats", "gemeentehuis Dronten, De Rede 1, spreekkamer 4"],
                    [
                        "Met wie",
                        "Thijs Vermeer (leerplicht) en dokter A. Yıldız (jeugdarts GGD Flevoland)",
                    ],
                ],
            ),
            ("p", "Neem Jesse mee naar het gesprek. Neem ook mee:"),
            (
                "ul",
                [
                    "brieven van de huisarts of het ziekenhuis over Jesse, als u die heeft;",
                    "de namen van hulpverleners die Jesse nu al helpen.",
                ],
            ),
            ("h1", "Wat als u weer niet komt?"),
            (
                "p",
                "Leerplichtig zijn betekent dat ouders ervoor moeten zorgen dat hun kind naar school gaat. Indien u zonder geldige reden wederom niet verschijnt, ben ik genoodzaakt een proces-verbaal op te maken. Dat wil ik liever voorkomen.",
            ),
            ("h1", "Kunt u echt niet?"),
            (
                "p",
                "Bel mij dan uiterlijk maandag 4 januari 2027, dan plannen wij samen een nieuwe datum. Wilt u alleen de afspraak met de jeugdarts verzetten? Bel dan het secretariaat Jeugdgezondheidszorg van GGD Flevoland: 088-002 99 20.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "U kunt mij bereiken op 06-28 13 77 45 of t.vermeer@dronten.example.nl. Ben ik er niet? Bel dan het algemene nummer van de gemeente, 14 0321, en vraag naar team Leerplicht.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Thijs Vermeer\nleerplichtambtenaar gemeente Dronten",
        ],
    },
    {
        "file": "w15-jeugd-terugvordering-pgb-niet-verantwoord.docx",
        "header": [
            "Gemeente Noordoostpolder",
            "Team Jeugd en Gezin",
            "Postbus 155, 8300 AD Emmeloord",
        ],
        "footer": "Gemeente Noordoostpolder | telefoon 14 0527 | www.noordoostpolder.example.nl",
        "address": [
            "Mevrouw K.A. Hofstra",
            "wettelijk vertegenwoordiger van Sem Hofstra",
            "Lange Nering 52",
            "8302 EH Emmeloord",
        ],
        "refs": [
            "Onderwerp: terugvordering persoonsgebonden budget jeugdhulp 2025",
            "Ons kenmerk: NOP/JG/PGB/2026/0219",
            "Datum: 17 december 2026",
        ],
        "salutation": "Geachte mevrouw Hofstra,",
        "body": [
            ("h1", "Aanleiding"),
            (
                "p",
                "Bij beschikking van 16 december 2024 is ten behoeve van uw zoon Sem Hofstra een persoonsgebonden budget (pgb) jeugdhulp toegekend ten bedrage van € 9.600,00 voor het kalenderjaar 2025, ter bekostiging van begeleiding door een zorgverlener uit het sociale netwerk. Op grond van artikel 8.1.1 van de Jeugdwet juncto artikel 11 van de Verordening jeugdhulp Noordoostpolder 2024 is de budgethouder gehouden het budget uitsluitend te besteden aan het doel waarvoor het is verstrekt en hierover verantwoording af te leggen.",
            ),
            ("h1", "Bevindingen"),
            (
                "p",
                "Uit de jaarafrekening van de Sociale Verzekeringsbank (SVB) over 2025, alsmede uit de door u op 3 oktober 2026 overgelegde urenbriefjes, is het volgende gebleken:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Toegekend budget 2025", "€ 9.600,00"],
                    ["Uitbetaald aan zorgverlener, verantwoord", "€ 6.912,00"],
                    ["Uitbetaald, niet verantwoord met urenbriefjes", "€ 1.248,00"],
                    ["Niet besteed, door SVB teruggestort", "€ 1.440,00"],
                ],
            ),
            (
                "p",
                "Voor een bedrag van € 1.248,00 zijn door de SVB declaraties uitbetaald over de maanden augustus en september 2025, zonder dat uit de overgelegde stukken blijkt dat er in deze periode daadwerkelijk zorg is verleend. Nu de verantwoording over deze periode ontbreekt, is dit bedrag onverschuldigd betaald. Het niet bestede bedrag van € 1.440,00 is reeds door de SVB aan de gemeente teruggestort en wordt derhalve niet van u teruggevorderd.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college heeft besloten het bedrag van € 1.248,00 van u terug te vorderen. U wordt verzocht dit bedrag als volgt te voldoen:",
            ),
            (
                "ol",
                [
                    "Maak het bedrag over op NL07 INGB 4277 7697 34 ten name van Gemeente Noordoostpolder.",
                    "Vermeld bij de betaling het kenmerk NOP/JG/PGB/2026/0219.",
                    "Zorg dat het bedrag uiterlijk 29 januari 2027 op onze rekening staat.",
                ],
            ),
            (
                "p",
                "Indien u alsnog bewijsstukken kunt overleggen waaruit blijkt dat de zorg in augustus en september 2025 wel is geleverd, zoals een ondertekende verklaring van de zorgverlener met een overzicht van de data en uren, dan wordt de terugvordering heroverwogen. Gelieve deze stukken voor 29 januari 2027 in te zenden.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na dagtekening een bezwaarschrift indienen bij het college van burgemeester en wethouders van Noordoostpolder. Voor onafhankelijk advies over uw pgb kunt u zich wenden tot het Pgb-steunpunt Flevoland, telefoon 0320-28 44 19.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor vragen kunt u contact opnemen met de pgb-consulent, de heer D. Zwart, telefoon 0527-63 38 61, of met de mailbox van het team: pgb@noordoostpolder.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Noordoostpolder,",
            "mr. S. Kingma\nteammanager Jeugd en Gezin",
        ],
    },
    {
        "file": "w16-schulden-herinnering-hersteltermijn-ontbrekende-stukken.docx",
        "header": [
            "Gemeente Capelle aan den IJssel",
            "Afdeling Schuldhulpverlening",
            "Postbus 70, 2900 AB Capelle aan den IJssel",
        ],
        "footer": "Gemeente Capelle aan den IJssel | telefoon 010-284 80 00 | www.capelleaandenijssel.example.nl",
        "address": ["Mevrouw S. Baldewsingh", "Slotlaan 288", "2902 AW Capelle aan den IJssel"],
        "refs": [
            "Onderwerp: herinnering: aanvulling van uw aanvraag schuldhulpverlening",
            "Ons kenmerk: CAP/SHV/2026/2270",
            "Datum: 16 december 2026",
        ],
        "salutation": "Geachte mevrouw Baldewsingh,",
        "body": [
            (
                "p",
                "Op 30 oktober 2026 heeft u een aanvraag om schuldhulpverlening ingediend. Bij brief van 18 november 2026 bent u verzocht een aantal ontbrekende gegevens te overleggen teneinde uw aanvraag in behandeling te kunnen nemen. Tot op heden hebben wij deze gegevens niet, dan wel niet volledig, van u mogen ontvangen.",
            ),
            ("hb", "Stand van zaken"),
            (
                "p",
                "Hieronder treft u een overzicht aan van de stukken die reeds door ons zijn ontvangen en de stukken die nog ontbreken.",
            ),
            (
                "table",
                [
                    ["Stuk", "Ontvangen", "Ontbreekt"],
                    ["Kopie identiteitsbewijs", "☑", "☐"],
                    ["Bankafschriften september en oktober 2026", "☑", "☐"],
                    ["Bankafschriften november 2026", "☐", "☑"],
                    ["Overzicht van uw schulden met de laatste brief per schuldeiser", "☐", "☑"],
                    ["Beschikking huurtoeslag 2026", "☐", "☑"],
                ],
            ),
            ("hb", "Hersteltermijn"),
            (
                "p",
                "Op grond van artikel 4:5 van de Algemene wet bestuursrecht stellen wij u hierbij in de gelegenheid de ontbrekende stukken alsnog aan te leveren, uiterlijk 6 januari 2027. Indien wij de stukken niet voor genoemde datum hebben ontvangen, zijn wij genoodzaakt uw aanvraag buiten behandeling te laten. U ontvangt daarover dan een afzonderlijk besluit, waartegen u bezwaar kunt maken. Tegen deze herinnering zelf is geen bezwaar mogelijk.",
            ),
            ("hb", "Wijze van aanleveren"),
            ("p", "U kunt de stukken op een van de volgende manieren aanleveren:"),
            (
                "ul",
                [
                    "uploaden via het klantportaal op www.capelleaandenijssel.example.nl/schulden;",
                    "per post aan Postbus 70, 2900 AB Capelle aan den IJssel, onder vermelding van het kenmerk;",
                    "afgeven bij de balie van het Stadhuis, Rivierweg 111, op werkdagen van 9.00 tot 16.00 uur.",
                ],
            ),
            (
                "pb",
                (
                    "Let op: ",
                    "lukt het u niet om de stukken bij elkaar te krijgen, bijvoorbeeld omdat u brieven van schuldeisers kwijt bent? Neem dan vóór 6 januari 2027 contact met ons op. Wij kunnen dan samen met u naar een oplossing zoeken.",
                ),
            ),
            ("hb", "Contact"),
            (
                "p",
                "Voor vragen kunt u zich wenden tot uw schuldhulpconsulent, de heer O. Tahiri, telefonisch bereikbaar op 010-284 83 52 of per e-mail via o.tahiri@capelleaandenijssel.example.nl. Voor hulp bij het ordenen van uw papieren kunt u tevens terecht bij het inloopspreekuur van Humanitas Thuisadministratie, telefoon 010-450 12 64.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Capelle aan den IJssel,",
            "O. Tahiri\nschuldhulpconsulent",
        ],
    },
]


def _lines(doc: Any, lines: list[str], bold: bool = False) -> None:
    """One paragraph with a line break between the lines (an address block)."""
    p = doc.add_paragraph()
    for n, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if n < len(lines) - 1:
            run.add_break()


def _multiline(doc: Any, text: str) -> None:
    _lines(doc, text.split("\n"))


def build(spec: dict[str, Any]) -> Any:
    doc = Document()
    doc.core_properties.author = "Keukentafeltaal evaluatieset 11 (fictief)"
    doc.core_properties.title = spec["file"]
    doc.core_properties.created = _FIXED
    doc.core_properties.modified = _FIXED
    doc.core_properties.last_modified_by = "make_docx.py"
    doc.core_properties.revision = 1
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = spec["header"][0]
    header.runs[0].bold = True
    for line in spec["header"][1:]:
        section.header.add_paragraph(line)
    section.footer.paragraphs[0].text = spec["footer"]

    _lines(doc, spec["address"])
    _lines(doc, spec["refs"])
    doc.add_paragraph(spec["salutation"])
    for kind, value in spec["body"]:
        if kind == "h1":
            doc.add_heading(value, level=1)
        elif kind == "h2":
            doc.add_heading(value, level=2)
        elif kind == "hb":
            # a heading as many municipal Word letters have it: a bold Normal paragraph
            doc.add_paragraph().add_run(value).bold = True
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "pb":
            lead, rest = value
            p = doc.add_paragraph()
            p.add_run(lead).bold = True
            p.add_run(rest)
        elif kind == "ul":
            for item in value:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in value:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            raise ValueError(f"{spec['file']}: unknown block kind {kind!r}")
    for text in spec["closing"]:
        _multiline(doc, text)
    return doc


def main() -> None:
    for spec in LETTERS:
        build(spec).save(str(OUT / spec["file"]))
        print(OUT / spec["file"])


if __name__ == "__main__":
    main()
