"""Generate the .docx letters of the thirteenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval13.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer with the gemeente's general number, a recipient block with reference
rows, List Bullet/List Number styles for lists and at least one real table.
New in this set: a real Word table of contacts (y12, y14, y16), an
appointment as a two-column Word table of `Datum`/`Tijd`/`Plaats` rows (y16),
headings in Word `Heading 3` (y14), a bezwaar route with an online form and a
postal address in a numbered list (y13) and a letter to both parents (y16).
The builder is a copy of bench/eval12/make_docx.py's, kept here on purpose so
that this frozen set does not change when another set's script does. The
text is written here by hand (not copied from any tool output); the generated
files are committed next to the .txt letters and described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 14, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "y12-wmo-toekenning-contacttabel-genummerde-lijst.docx",
        "header": ["Gemeente Borger-Odoorn", "Team Wmo", "Postbus 3, 7875 ZG Exloo"],
        "footer": "Gemeente Borger-Odoorn · algemeen telefoonnummer 0591-53 53 53 · www.borger-odoorn.example.nl",
        "address": ["De heer H. Wubbels", "Hoofdstraat 102", "7881 AH Emmer-Compascuum"],
        "refs": [
            "Datum: 9 december 2026",
            "Ons kenmerk: BO/WMO/2026/6117",
            "Onderwerp: toekenning woningaanpassing",
        ],
        "salutation": "Geachte heer Wubbels,",
        "body": [
            ("h2", "Aanvraag"),
            (
                "p",
                "Naar aanleiding van uw melding van 14 september 2026 en het daaropvolgende onderzoek, waarbij op 6 oktober 2026 een huisbezoek heeft plaatsgevonden door de Wmo-consulent en op 2 november 2026 een advies is uitgebracht door de ergotherapeut van Zorgadvies Drenthe, berichten wij u als volgt.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders heeft besloten aan u een maatwerkvoorziening ingevolge de Wet maatschappelijke ondersteuning 2015 toe te kennen in de vorm van een woningaanpassing, te weten het verwijderen van de douchebak en het aanbrengen van een drempelloze inloopdouche met beugels en een douchezitje. De voorziening wordt verstrekt in de vorm van een persoonsgebonden budget met een maximum van € 6.850,00, zijnde de kosten van de goedkoopst adequate voorziening.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Uit het advies van de ergotherapeut is gebleken dat u als gevolg van uw beperkingen niet langer op verantwoorde wijze gebruik kunt maken van de bestaande douche en dat verhuizing naar een geschiktere woning, gelet op uw medische situatie en de beschikbaarheid van passende woningen in de regio, niet als goedkoopst compenserende oplossing kan worden aangemerkt.",
            ),
            ("h2", "Hoe verloopt de uitvoering?"),
            (
                "p",
                "Ten einde het budget te kunnen ontvangen, dient u de onderstaande stappen te doorlopen:",
            ),
            (
                "ol",
                [
                    "U vraagt een offerte op bij een erkend installateur naar keuze en stuurt deze binnen acht weken na dagtekening van deze beschikking aan ons toe.",
                    "Na goedkeuring van de offerte wordt 80 procent van het budget aan u uitbetaald.",
                    "Na gereedmelding en een controle ter plaatse door de Wmo-consulent wordt het restant uitbetaald.",
                ],
            ),
            (
                "p",
                "Dient u de offerte niet binnen de gestelde termijn in, dan vervalt deze beschikking van rechtswege, tenzij u tijdig om uitstel heeft verzocht.",
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de dag van verzending een gemotiveerd bezwaarschrift indienen bij het college van burgemeester en wethouders van Borger-Odoorn, Postbus 3, 7875 ZG Exloo.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Voor vragen omtrent de uitvoering van deze beschikking kunt u zich wenden tot onderstaande personen:",
            ),
            (
                "table",
                [
                    ["Waarvoor", "Wie", "Telefoon", "E-mail"],
                    [
                        "vragen over deze beschikking",
                        "mevrouw T. Lanting, Wmo-consulent",
                        "0591-53 54 12",
                        "t.lanting@borger-odoorn.example.nl",
                    ],
                    [
                        "vragen over de betaling van het budget",
                        "Team Financiën, afdeling pgb",
                        "0591-53 54 80",
                        "pgb@borger-odoorn.example.nl",
                    ],
                    [
                        "advies over de aanpassing",
                        "Zorgadvies Drenthe, ergotherapie",
                        "0592-38 71 20",
                        "",
                    ],
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Borger-Odoorn,",
            "ing. J. Kuipers\nteamleider Wmo",
        ],
    },
    {
        "file": "y13-schulden-intrekking-online-formulier-113.docx",
        "header": ["Gemeente Ommen", "Schuldhulpverlening", "Postbus 100, 7730 AC Ommen"],
        "footer": "Gemeente Ommen · Postbus 100, 7730 AC Ommen · telefoon 0529-45 91 00",
        "address": ["Mevrouw K.L. Timmerman", "Vrijthof 6", "7731 CJ Ommen"],
        "refs": [
            "Datum: 15 december 2026",
            "Ons kenmerk: OMN/SHV/2026/2208",
            "BSN: 226014393",
            "Onderwerp: intrekking beschikking schuldhulpverlening",
        ],
        "salutation": "Geachte mevrouw Timmerman,",
        "body": [
            ("h1", "Aanleiding"),
            (
                "p",
                "Bij beschikking van 3 maart 2026 is aan u toegang verleend tot de gemeentelijke schuldhulpverlening ingevolge de Wet gemeentelijke schuldhulpverlening, onder de voorwaarde dat u de in het plan van aanpak vastgelegde afspraken nakomt. Geconstateerd moet worden dat u de gemaakte afspraken herhaaldelijk niet bent nagekomen, zoals blijkt uit het onderstaande overzicht.",
            ),
            (
                "table",
                [
                    ["Afspraak", "Datum", "Nagekomen"],
                    ["aanleveren bankafschriften", "15 september 2026", "nee"],
                    [
                        "gesprek met de schuldhulpverlener",
                        "6 oktober 2026",
                        "nee, zonder afmelding",
                    ],
                    ["aanleveren bankafschriften (herinnering)", "3 november 2026", "nee"],
                ],
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Gelet op het voorgaande heeft het college besloten de beschikking van 3 maart 2026 met ingang van 1 januari 2027 in te trekken op grond van artikel 5 van de Beleidsregels schuldhulpverlening Ommen 2025. Dit betekent dat de schuldhulpverlening per die datum wordt beëindigd en dat de schuldeisers hiervan door ons in kennis zullen worden gesteld.",
            ),
            (
                "p",
                "Een hernieuwd verzoek om schuldhulpverlening kan, behoudens bijzondere omstandigheden, eerst na een termijn van twaalf maanden na dagtekening van deze brief in behandeling worden genomen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de dag van verzending bezwaar maken op een van de volgende wijzen:",
            ),
            (
                "ol",
                [
                    "digitaal, via het bezwaarformulier op www.ommen.example.nl/bezwaar (inloggen met DigiD);",
                    "per post, gericht aan het college van burgemeester en wethouders van Ommen, Postbus 100, 7730 AC Ommen.",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor nadere informatie kunt u contact opnemen met uw schuldhulpverlener, de heer G. Ruitenberg, via 0529-45 92 37 of g.ruitenberg@ommen.example.nl.",
            ),
            (
                "p",
                "Maakt u zich grote zorgen en denkt u aan zelfmoord? Praat erover met 113 Zelfmoordpreventie via 113 of gratis via 0800-0113.",
            ),
            (
                "p",
                "Wilt u toch hulp bij uw geldzaken zonder schuldhulpverlening? Dan kunt u terecht bij:",
            ),
            (
                "ul",
                [
                    "het Sociaal Raadslieden Spreekuur in het gemeentehuis, elke woensdag van 9.00 tot 12.00 uur;",
                    "Stichting Thuisadministratie Vechtdal, telefoon 0529-46 18 02.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Ommen,\nnamens dezen,",
            "A.G. Meijerink\nteamleider Schuldhulpverlening",
        ],
    },
    {
        "file": "y14-leerplicht-herinnering-bureau-contacttabel-heading3.docx",
        "header": [
            "Regionaal Bureau Leerplicht Liemers",
            "uitvoering leerplicht voor Gemeente Montferland",
            "Postbus 9001, 6940 EA Didam",
        ],
        "footer": "Gemeente Montferland · algemeen nummer 0316-29 13 91 · Regionaal Bureau Leerplicht Liemers · www.rblliemers.example.nl",
        "address": ["Jesse Gerritsen", "Raadhuisstraat 27", "6942 EG Didam"],
        "refs": [
            "Datum: 11 december 2026",
            "Ons kenmerk: RBL/MTF/2026/1540",
            "Onderwerp: herinnering: je moet je inschrijven voor een opleiding",
        ],
        "salutation": "Beste Jesse,",
        "body": [
            (
                "p",
                "Op 12 november 2026 hebben wij je een brief gestuurd. Daarin schreven we dat je kwalificatieplichtig bent tot je een startkwalificatie hebt of tot je 18 jaar wordt. Uit onze administratie blijkt dat je nog steeds niet bij een school of opleiding staat ingeschreven. Wij hebben ook geen reactie van je ontvangen.",
            ),
            ("h3", "Wat moet je doen?"),
            ("p", "Reageer uiterlijk 4 januari 2027. Dat kan op twee manieren:"),
            (
                "ol",
                [
                    "Bel of app je leerplichtambtenaar, mevrouw R. Hendriksen, op 06-29 55 81 07.",
                    "Vul het reactieformulier in op www.rblliemers.example.nl/reageren.",
                ],
            ),
            (
                "pb",
                (
                    "Let op: ",
                    "indien wij niets van je vernemen, zijn wij genoodzaakt een proces-verbaal op te maken wegens overtreding van de kwalificatieplicht ingevolge artikel 4a van de Leerplichtwet 1969. De officier van justitie beslist dan of je een straf krijgt.",
                ),
            ),
            ("h3", "Wie kan je helpen?"),
            (
                "p",
                "Weet je nog niet welke opleiding bij je past? Dan kunnen deze mensen je helpen:",
            ),
            (
                "table",
                [
                    ["Wie", "Waarvoor", "Telefoon"],
                    [
                        "mevrouw R. Hendriksen, leerplichtambtenaar",
                        "vragen over deze brief en je inschrijving",
                        "06-29 55 81 07",
                    ],
                    [
                        "Jongerenpunt Liemers",
                        "hulp bij het kiezen van een opleiding of werk",
                        "0316-58 40 22",
                    ],
                    [
                        "secretariaat Regionaal Bureau Leerplicht Liemers",
                        "als mevrouw Hendriksen er niet is",
                        "0316-29 14 70",
                    ],
                ],
            ),
            ("h3", "Waarom sturen wij je deze brief?"),
            (
                "p",
                "Tot je 18 jaar moet je naar school, tenzij je al een diploma op mbo-niveau 2, havo of vwo hebt. Wij willen samen met je zoeken naar een opleiding die bij je past, zodat je later makkelijker werk vindt.",
            ),
            ("p", "Deze brief is geen besluit. Je kunt er daarom geen bezwaar tegen maken."),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "R. Hendriksen\nleerplichtambtenaar\nnamens het college van burgemeester en wethouders van Montferland",
        ],
    },
    {
        "file": "y15-jeugd-afwijzing-pgb-heading2-crisis.docx",
        "header": ["Gemeente Cranendonck", "Team Jeugd en Gezin", "Postbus 2090, 6020 AB Budel"],
        "footer": "Gemeente Cranendonck · Postbus 2090, 6020 AB Budel · telefoon 0495-43 12 00",
        "address": ["Mevrouw M. Jacobs", "Markt 19", "6021 CE Budel"],
        "refs": [
            "Datum: 10 december 2026",
            "Ons kenmerk: CRD/JG/2026/0874",
            "Uw aanvraag van: 16 oktober 2026",
            "Onderwerp: besluit op uw aanvraag persoonsgebonden budget",
        ],
        "salutation": "Geachte mevrouw Jacobs,",
        "body": [
            ("h2", "Uw aanvraag"),
            (
                "p",
                "Op 16 oktober 2026 heeft u verzocht om de aan uw zoon Finn, geboren 30 juni 2016, BSN 414936632, toegekende jeugdhulp in de vorm van individuele begeleiding voortaan te ontvangen in de vorm van een persoonsgebonden budget, teneinde deze begeleiding door uw zus, mevrouw L. Jacobs, te laten uitvoeren.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college heeft besloten uw aanvraag om een persoonsgebonden budget af te wijzen. De jeugdhulp voor Finn blijft ongewijzigd in natura verstrekt door Zorgaanbieder Kempenkind, overeenkomstig de beschikking van 2 juni 2026.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Ingevolge artikel 8.1.1, tweede lid, van de Jeugdwet juncto artikel 11 van de Verordening jeugdhulp Cranendonck 2025 kan een persoonsgebonden budget slechts worden verstrekt indien de aanvrager gemotiveerd heeft aangegeven waarom de voorziening in natura niet passend wordt geacht en voldoende aannemelijk is dat de hulp van goede kwaliteit is. Uit het gesprek van 12 november 2026 is niet gebleken dat de hulp in natura niet passend is. Voorts beschikt mevrouw L. Jacobs niet over de vereiste opleiding, zoals weergegeven in het onderstaande overzicht.",
            ),
            (
                "table",
                [
                    ["Voorwaarde", "Voldaan"],
                    ["motivering waarom zorg in natura niet passend is", "nee"],
                    ["opleiding op minimaal mbo-niveau 4 in zorg of welzijn", "nee"],
                    ["budgetplan ingediend", "ja"],
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de dag van verzending een bezwaarschrift indienen bij het college van burgemeester en wethouders van Cranendonck, Postbus 2090, 6020 AB Budel.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Voor nadere inlichtingen kunt u zich wenden tot uw jeugdconsulent, de heer S. Tielemans, bereikbaar via 0495-43 13 66 of s.tielemans@cranendonck.example.nl. Wij wijzen u tevens op de volgende mogelijkheden:",
            ),
            (
                "ul",
                [
                    "onafhankelijke cliëntondersteuning via Stichting MEE De Kempen, telefoon 040-230 86 50;",
                    "bij zorgen over de veiligheid van uw kind: Veilig Thuis, 0800-2000 (gratis, dag en nacht);",
                    "in een acute crisis buiten kantoortijden: Crisisdienst Jeugd Zuidoost-Brabant, 040-261 68 30.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Cranendonck,",
            "mr. E.M. van Asten\nteammanager Jeugd en Gezin",
        ],
    },
    {
        "file": "y16-leerplicht-uitnodiging-beide-ouders-afspraaktabel.docx",
        "header": ["Gemeente Krimpenerwaard", "Leerplicht", "Postbus 200, 2860 AE Bergambacht"],
        "footer": "Gemeente Krimpenerwaard · telefoon 0182-39 39 39 · www.krimpenerwaard.example.nl",
        "address": [
            "Aan de ouders/verzorgers van Noor Blom",
            "de heer P. Blom en mevrouw J. Blom-Verkerk",
            "Dorpsstraat 64",
            "2861 AK Bergambacht",
        ],
        "refs": [
            "Datum: 14 december 2026",
            "Kenmerk: KRW/LP/2026/0719",
            "Onderwerp: uitnodiging gesprek over het verzuim van Noor",
        ],
        "salutation": "Geachte heer Blom en mevrouw Blom-Verkerk,",
        "body": [
            (
                "p",
                "De school van uw dochter Noor, het Driestar College, heeft ons op 7 december 2026 laten weten dat Noor dit schooljaar 11 keer te laat is gekomen en 16 lesuren heeft gemist zonder geldige reden. Wij nodigen u beiden en Noor uit voor een gesprek.",
            ),
            ("h1", "Wanneer en waar is het gesprek?"),
            (
                "table",
                [
                    ["Datum", "maandag 11 januari 2027"],
                    ["Tijd", "15.30 uur"],
                    ["Plaats", "gemeentehuis, Dorpsstraat 3 in Bergambacht"],
                    ["Met wie", "de heer W. de Jong, leerplichtambtenaar"],
                ],
            ),
            ("h1", "Wat gaan we bespreken?"),
            (
                "p",
                "Wij willen weten waarom Noor vaak te laat is of niet naar school gaat. Misschien speelt er iets thuis of op school. Samen maken we afspraken. Daarbij gaan wij stapsgewijs te werk:",
            ),
            (
                "ol",
                [
                    "Wij luisteren naar u en naar Noor.",
                    "Wij vragen de school wat zij kunnen doen.",
                    "Wij leggen de afspraken vast in een brief aan u.",
                ],
            ),
            (
                "p",
                "Indien geen verbetering optreedt, kan de leerplichtambtenaar in het uiterste geval een proces-verbaal opmaken. Zover hoeft het niet te komen.",
            ),
            ("h1", "Kunt u niet komen?"),
            (
                "p",
                "U bent verplicht te verschijnen. Kunt u echt niet? Bel dan uiterlijk twee werkdagen van tevoren, dan maken we een nieuwe afspraak.",
            ),
            ("h1", "Heeft u vragen?"),
            (
                "table",
                [
                    ["Wie", "Telefoon", "E-mail"],
                    [
                        "de heer W. de Jong, leerplichtambtenaar",
                        "0182-39 37 45",
                        "w.dejong@krimpenerwaard.example.nl",
                    ],
                    [
                        "Team Leerplicht (als de heer De Jong er niet is)",
                        "0182-39 37 00",
                        "leerplicht@krimpenerwaard.example.nl",
                    ],
                ],
            ),
            ("p", "Tegen deze uitnodiging kunt u geen bezwaar maken, omdat het geen besluit is."),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "W. de Jong\nleerplichtambtenaar Gemeente Krimpenerwaard",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 13 (fictief)"
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
        elif kind == "h3":
            doc.add_heading(value, level=3)
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
