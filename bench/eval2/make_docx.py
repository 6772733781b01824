"""Generate the .docx letters of the second frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval2.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, Heading 1/Heading 2 styles for the headings, List Bullet/List Number
styles for lists and a real table (an appointment, an amount overview, a
procedure), so a reader that uses the document model can be measured on it.
The builder mirrors bench/eval/make_docx.py but is copied here on purpose, so
that this frozen set does not change when the first set's script does. The
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
_FIXED = dt.datetime(2026, 11, 20, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "v14-jeugd-toekenning-ambulante-jeugdhulp.docx",
        "header": [
            "Stichting Jeugd en Gezin Hengelo",
            "in opdracht van de gemeente Hengelo",
            "Marktstraat 21, 7551 DM Hengelo",
        ],
        "footer": "Stichting Jeugd en Gezin Hengelo voert namens de gemeente Hengelo de "
        "toegang tot jeugdhulp uit. KvK 71930528.",
        "address": [
            "De heer T. Nijenhuis en mevrouw A. Postma",
            "Tuindorpstraat 58",
            "7555 CS Hengelo",
        ],
        "refs": [
            "Datum: 23 november 2026",
            "Kenmerk: SJG-HGL/2026/1462",
            "Betreft: Lotte Nijenhuis, geboren 30 mei 2017, BSN 511848730",
            "Onderwerp: Beschikking ambulante jeugdhulp",
        ],
        "salutation": "Geachte heer Nijenhuis en mevrouw Postma,",
        "body": [
            (
                "p",
                "Op 14 oktober 2026 heeft u zich bij ons gemeld omdat u zich zorgen maakt over "
                "de ontwikkeling van uw dochter Lotte. Naar aanleiding daarvan heeft op 4 november "
                "2026 een gesprek plaatsgevonden met onze jeugdconsulent, mevrouw E. Kuipers. "
                "Haar bevindingen zijn vastgelegd in het ondersteuningsplan dat u op 11 november "
                "2026 heeft ondertekend.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Namens het college van burgemeester en wethouders van Hengelo kennen wij Lotte "
                "een individuele voorziening ambulante jeugdhulp toe op grond van artikel 2.3 "
                "van de Jeugdwet. De jeugdhulp wordt geleverd in de vorm van zorg in natura.",
            ),
            (
                "table",
                [
                    ["Soort hulp", "Ambulante begeleiding jeugd (productcode 45A08)"],
                    ["Omvang", "2 uur per week"],
                    ["Ingangsdatum", "1 december 2026"],
                    ["Einddatum", "31 mei 2027"],
                    ["Zorgaanbieder", "Jeugdhulp Twente Oost"],
                ],
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Uit het onderzoek is gebleken dat Lotte als gevolg van aanhoudende "
                "gedragsproblematiek ondersteuning nodig heeft die het gebruikelijke opvoedkundige "
                "handelen van ouders overstijgt. De inzet van het eigen netwerk en de "
                "schoolmaatschappelijk werker is ontoereikend gebleken. Het doel van de hulp is "
                "dat Lotte leert haar emoties te reguleren en dat u handvatten krijgt om haar "
                "daarin te ondersteunen.",
            ),
            ("h1", "Wat gebeurt er nu"),
            (
                "p",
                "Wij hebben Jeugdhulp Twente Oost over dit besluit geïnformeerd. De zorgaanbieder "
                "neemt binnen tien werkdagen contact met u op. Heeft u binnen die termijn niets "
                "vernomen, dan kunt u zelf contact opnemen met de planning van Jeugdhulp Twente "
                "Oost via 074-259 61 40.",
            ),
            ("p", "Wij vragen u het volgende:"),
            (
                "ul",
                [
                    "wijzigingen in de gezinssituatie binnen twee weken aan ons door te geven;",
                    "mee te werken aan de evaluatie van de hulp in april 2027;",
                    "tijdig een nieuwe aanvraag te doen indien na 31 mei 2027 verdere hulp nodig is.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de "
                "verzenddatum van deze brief een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Hengelo, Postbus 18, 7550 AA Hengelo. Een "
                "bezwaarschrift schort de werking van dit besluit niet op.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Uw vaste contactpersoon is mevrouw E. Kuipers. U bereikt haar op 06-38 92 15 04 "
                "of via e.kuipers@jeugdengezinhengelo.example.nl.",
            ),
            ("h2", "Spoed en crisis"),
            (
                "ol",
                [
                    "Is er acuut gevaar? Bel 112.",
                    "Crisis buiten kantoortijd: Crisisdienst Jeugd Twente, 088-330 59 00.",
                    "Zorgen over huiselijk geweld of kindermishandeling: Veilig Thuis, 0800-2000.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Hengelo,",
            "E. Kuipers\njeugdconsulent\nStichting Jeugd en Gezin Hengelo",
        ],
    },
    {
        "file": "v15-wmo-afwijzing-woningaanpassing.docx",
        "header": [
            "Gemeente Roosendaal",
            "Cluster Maatschappelijke Ondersteuning",
            "Postbus 5000, 4700 KA Roosendaal",
        ],
        "footer": "Gemeente Roosendaal · telefoon 14 0165 · www.roosendaal.example.nl",
        "address": [
            "Mevrouw J.C. Dekkers-Moerman",
            "Kalsdonksestraat 112",
            "4702 SJ Roosendaal",
        ],
        "refs": [
            "Datum: 18 november 2026",
            "Ons kenmerk: MO/WV/2026/0771",
            "Onderwerp: Besluit op uw aanvraag traplift",
        ],
        "salutation": "Geachte mevrouw Dekkers,",
        "body": [
            (
                "p",
                "Op 1 oktober 2026 heeft u een aanvraag ingediend voor een woningaanpassing in de "
                "vorm van een traplift in uw woning aan de Kalsdonksestraat. Op 21 oktober 2026 "
                "heeft onze Wmo-consulent, de heer B. Oomen, samen met een ergotherapeut van "
                "Adviesbureau Toegankelijk Wonen uw woning bezocht.",
            ),
            ("h1", "Besluit"),
            ("p", "Wij wijzen uw aanvraag voor een traplift af."),
            ("h1", "Waarom wijzen wij uw aanvraag af"),
            (
                "p",
                "Op grond van artikel 2.3.5 van de Wmo 2015 en artikel 12 van de Verordening "
                "Maatschappelijke ondersteuning Roosendaal 2025 komt u niet in aanmerking voor een "
                "traplift. Dit heeft de volgende redenen:",
            ),
            (
                "ol",
                [
                    "Uit het advies van de ergotherapeut blijkt dat de trap in uw woning te smal "
                    "is voor het plaatsen van een veilige traplift.",
                    "Verhuizing naar een gelijkvloerse woning is in uw situatie de goedkoopst "
                    "compenserende oplossing.",
                    "U staat sinds maart 2025 ingeschreven als woningzoekende en komt met voorrang "
                    "in aanmerking voor een gelijkvloerse woning.",
                ],
            ),
            (
                "p",
                "Ter compensatie van de verhuiskosten kunt u een verhuiskostenvergoeding "
                "aanvragen. De hoogte hiervan is als volgt vastgesteld:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Forfaitaire verhuiskostenvergoeding", "€ 3.250,00"],
                    ["Bijdrage inrichtingskosten", "€ 750,00"],
                    ["Totaal maximaal", "€ 4.000,00"],
                ],
            ),
            ("h1", "Wat kunt u doen"),
            (
                "p",
                "Wilt u de verhuiskostenvergoeding aanvragen, dan dient u het aanvraagformulier "
                "uiterlijk binnen drie maanden na de datum van uw verhuizing in te dienen. Voor "
                "vragen over urgentie en woningtoewijzing kunt u zich wenden tot woningcorporatie "
                "Alwel via 0165-59 40 00.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van "
                "deze brief bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester "
                "en wethouders, Postbus 5000, 4700 KA Roosendaal.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Heeft u vragen over deze brief, neem dan contact op met de heer B. Oomen via "
                "0165-57 90 33 of b.oomen@roosendaal.example.nl. De ergotherapeut, mevrouw "
                "D. Lambregts, is te bereiken via d.lambregts@toegankelijkwonen.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van Roosendaal,\nnamens deze,",
            "ing. P.J. Suijkerbuijk\nteamleider Maatschappelijke Ondersteuning",
            "Bijlage: adviesrapport Adviesbureau Toegankelijk Wonen van 28 oktober 2026",
        ],
    },
    {
        "file": "v16-participatie-uitnodiging-reintegratiegesprek.docx",
        "header": [
            "Gemeente Leeuwarden",
            "Werk en Inkomen",
            "Postbus 21000, 8900 JA Leeuwarden",
        ],
        "footer": "Gemeente Leeuwarden · Werk en Inkomen · 14 058 · www.leeuwarden.example.nl",
        "address": [
            "De heer S. Hoekstra",
            "Tuinen 44",
            "8911 KE Leeuwarden",
        ],
        "refs": [
            "Datum: 19 november 2026",
            "Klantnummer: 5530148",
            "Onderwerp: Uitnodiging gesprek over werk",
        ],
        "salutation": "Geachte heer Hoekstra,",
        "body": [
            (
                "p",
                "Sinds 1 juli 2026 ontvangt u een uitkering op grond van de Participatiewet. Op "
                "grond van artikel 9 van de Participatiewet bent u verplicht naar vermogen "
                "arbeid te verkrijgen en te aanvaarden en mee te werken aan een traject gericht "
                "op arbeidsinschakeling. In dat kader nodigen wij u uit voor een gesprek.",
            ),
            ("h1", "Uw afspraak"),
            (
                "table",
                [
                    ["Datum", "dinsdag 8 december 2026"],
                    ["Tijd", "13.45 uur"],
                    ["Plaats", "Werkplein Leeuwarden, Zuidvliet 2, Leeuwarden"],
                    ["Met", "de heer W. Zijlstra, werkcoach"],
                ],
            ),
            (
                "p",
                "Tijdens het gesprek wordt met u besproken welke mogelijkheden er zijn om de afstand "
                "tot de arbeidsmarkt te verkleinen. Hierbij wordt onder meer gekeken naar uw "
                "werkervaring, opleiding, gezondheid en eventuele belemmeringen.",
            ),
            ("h2", "Wat neemt u mee"),
            (
                "ul",
                [
                    "een geldig identiteitsbewijs",
                    "uw cv, als u dat heeft",
                    "diploma's en certificaten",
                ],
            ),
            ("h2", "Kunt u niet komen"),
            (
                "p",
                "Bent u verhinderd, dan dient u dit uiterlijk 24 uur voor aanvang van het gesprek "
                "te melden bij de heer Zijlstra via 06-15 73 40 92. Alleen met een geldige reden "
                "wordt een nieuwe afspraak gemaakt.",
            ),
            ("h1", "Wat gebeurt er als u niet komt"),
            (
                "p",
                "Indien u zonder geldige reden niet verschijnt, kan dit gevolgen hebben voor uw "
                "uitkering. Wij kunnen dan een maatregel opleggen op grond van artikel 18 van de "
                "Participatiewet en de Verordening maatregelen Participatiewet Leeuwarden 2024. "
                "Daarbij wordt:",
            ),
            (
                "ol",
                [
                    "uw uitkering één maand met 100% verlaagd bij een eerste keer;",
                    "bij herhaling binnen twaalf maanden de verlaging voor een langere periode "
                    "toegepast.",
                ],
            ),
            (
                "p",
                "Voordat wij een maatregel opleggen, krijgt u altijd de gelegenheid om uw kant van "
                "het verhaal te vertellen.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Heeft u vragen over deze uitnodiging? Bel dan met de heer Zijlstra via "
                "06-15 73 40 92 of mail naar w.zijlstra@leeuwarden.example.nl. Voor vragen over de "
                "betaling van uw uitkering belt u met het algemene nummer 14 058. Heeft u vragen "
                "over uw zorgtoeslag, dan kunt u terecht bij de BelastingTelefoon via 0800-0543.",
            ),
            ("p", "Tegen deze uitnodiging kunt u geen bezwaar maken, omdat het geen besluit is."),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "W. Zijlstra\nwerkcoach Werk en Inkomen\nGemeente Leeuwarden",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 2 (fictief)"
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
        elif kind == "p":
            doc.add_paragraph(value)
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
