"""Generate the .docx letters of the seventeenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval17.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer with the gemeente's general number, a recipient block with reference
rows, List Bullet/List Number styles for lists and at least one real table.
New in this set: a one-cell 'Samenvatting' box (a table) right under the
salutation (h12), a letter whose sections are the rows of a two-column Word
table (label left, text right, h13), a contact person whose direct number
stands only in the page footer, next to the gemeente's general number and
another organisation's number (h14), headings written as articles
("Artikel 1 Besluit" … as `Heading 2`, h15) and a plain letter whose decision
is a Word table of what stops and what stays (h16).
The builder is a copy of bench/eval15/make_docx.py's, kept here on purpose so
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
_FIXED = dt.datetime(2026, 12, 18, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "h12-jeugd-afwijzing-samenvatting-kader-bovenaan.docx",
        "header": ["Gemeente Stichtse Vecht", "Team Jeugd", "Postbus 1212, 3600 BE Maarssen"],
        "footer": "Gemeente Stichtse Vecht · Postbus 1212, 3600 BE Maarssen · telefoon 0346-25 40 00",
        "address": ["De heer en mevrouw Van Rijn", "Straatweg 66", "3604 BD Maarssen"],
        "refs": [
            "Datum: 16 december 2026",
            "Ons kenmerk: SV/JGD/2026/2286",
            "Betreft: uw aanvraag persoonsgebonden budget voor Julia",
        ],
        "salutation": "Geachte heer en mevrouw Van Rijn,",
        "body": [
            (
                "table",
                [
                    ["Samenvatting"],
                    [
                        "Julia krijgt geen persoonsgebonden budget. Zij kan de begeleiding wel "
                        "krijgen als zorg in natura van een aanbieder met wie de gemeente een "
                        "contract heeft."
                    ],
                ],
            ),
            ("h2", "Uw aanvraag"),
            (
                "p",
                "Op 6 oktober 2026 heeft u bij ons een aanvraag ingediend voor een "
                "persoonsgebonden budget ten behoeve van individuele begeleiding van uw dochter "
                "Julia, geboren op 19 augustus 2013. Naar aanleiding van deze aanvraag heeft op "
                "29 oktober 2026 een onderzoeksgesprek plaatsgevonden, waarvan het verslag u op "
                "12 november 2026 is toegezonden.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders heeft besloten uw aanvraag om een "
                "persoonsgebonden budget af te wijzen. Wel wordt aan Julia een individuele "
                "voorziening in natura toegekend in de vorm van individuele begeleiding, ten "
                "omvang van twee uur per week, voor de periode van 1 januari 2027 tot en met "
                "31 december 2027.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Op grond van artikel 8.1.1, tweede lid, van de Jeugdwet dient u te motiveren "
                "waarom de individuele voorziening in natura niet passend is. Uit het onderzoek "
                "is niet gebleken dat de gecontracteerde aanbieders niet in staat zijn de "
                "benodigde begeleiding te bieden. Voorts heeft u onvoldoende aangetoond dat u in "
                "staat bent de aan een persoonsgebonden budget verbonden taken op verantwoorde "
                "wijze uit te voeren, zoals bedoeld in artikel 12 van de Verordening jeugdhulp "
                "Stichtse Vecht 2025.",
            ),
            (
                "p",
                "U wordt verzocht binnen veertien dagen na dagtekening van deze brief uw keuze "
                "voor een van de gecontracteerde aanbieders kenbaar te maken, teneinde de "
                "begeleiding tijdig te kunnen laten aanvangen:",
            ),
            (
                "ul",
                [
                    "Stichting Kwadraat Jeugd te Maarssen;",
                    "Zorgbureau De Vechtstroom te Breukelen.",
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na "
                "de dag van bekendmaking een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Stichtse Vecht, Postbus 1212, 3600 BE Maarssen. "
                "Het bezwaarschrift dient te zijn ondertekend en de gronden van het bezwaar te "
                "bevatten.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Voor vragen kunt u zich wenden tot de jeugdconsulent, mevrouw M. de Haan, "
                "bereikbaar via 0346-25 43 81 of m.dehaan@stichtsevecht.example.nl.",
            ),
            (
                "p",
                "Maakt u zich ernstige zorgen over de veiligheid van Julia, dan kunt u Veilig "
                "Thuis bellen via 0800-2000. Bij acuut gevaar belt u 112.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders,",
            "de heer F. Lammers\nteamleider Jeugd",
        ],
    },
    {
        "file": "h13-wmo-toekenning-rubrieken-als-tabelrijen.docx",
        "header": ["Gemeente Leusden", "Wmo-loket", "Postbus 150, 3830 AD Leusden"],
        "footer": "Gemeente Leusden · Postbus 150, 3830 AD Leusden · telefoon 033-496 11 11",
        "address": ["Mevrouw W. Hendriks-Smit", "Hamersveldseweg 31", "3833 GM Leusden"],
        "refs": [
            "Datum: 15 december 2026",
            "Ons kenmerk: LE/WMO/2026/1608",
            "Onderwerp: besluit woningaanpassing",
        ],
        "salutation": "Geachte mevrouw Hendriks-Smit,",
        "body": [
            (
                "p",
                "In deze brief leest u ons besluit over uw aanvraag. Wij hebben de brief in "
                "een tabel gezet. Links staat het onderwerp, rechts leest u wat het voor u "
                "betekent.",
            ),
            (
                "table",
                [
                    [
                        "Uw aanvraag",
                        "Op 14 oktober 2026 heeft u een aanvraag gedaan voor het aanpassen van "
                        "uw badkamer. Uw consulent heeft op 3 november 2026 met u gesproken.",
                    ],
                    [
                        "Ons besluit",
                        "U krijgt een maatwerkvoorziening: wij vergoeden het verwijderen van het "
                        "bad en het plaatsen van een inloopdouche met beugels. Hiervoor ontvangt "
                        "u een vergoeding van maximaal € 6.850,00.",
                    ],
                    [
                        "Waarom",
                        "U kunt door uw reuma niet meer veilig in en uit het bad stappen. "
                        "Verhuizen naar een geschikte woning is geen reële optie, zo is gebleken "
                        "uit het onderzoek. Dit besluit is gebaseerd op artikel 2.3.5 van de Wet "
                        "maatschappelijke ondersteuning 2015.",
                    ],
                    [
                        "Wat moet u doen",
                        "Vraag een offerte aan bij een installateur en stuur die uiterlijk "
                        "1 maart 2027 naar wmo@leusden.example.nl. Na goedkeuring van de offerte "
                        "kan de installateur beginnen.",
                    ],
                    [
                        "Betaling",
                        "Wij betalen de vergoeding binnen vier weken nadat wij de factuur van de "
                        "installateur hebben ontvangen.",
                    ],
                    [
                        "Bent u het niet eens?",
                        "Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. "
                        "Stuur uw bezwaarschrift naar het college van burgemeester en "
                        "wethouders, Postbus 150, 3830 AD Leusden.",
                    ],
                    [
                        "Vragen",
                        "Bel uw consulent, de heer R. Visser, op 033-496 12 74. Hij is er op "
                        "maandag, dinsdag en vrijdag. U kunt ook mailen naar "
                        "wmo@leusden.example.nl.",
                    ],
                ],
            ),
            (
                "p",
                "Let op: vraagt u de vergoeding aan bij uw verzekeraar of een andere "
                "instantie? Geef dit dan aan ons door. Wij houden daar rekening mee bij de "
                "betaling:",
            ),
            (
                "ul",
                ["de polis of toezegging van de verzekeraar;", "de factuur van de installateur."],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders,",
            "de heer R. Visser\nWmo-consulent",
        ],
    },
    {
        "file": "h14-wmo-uitnodiging-contactnummer-alleen-in-voettekst.docx",
        "header": ["Gemeente Duiven", "Team Wonen en Zorg", "Postbus 6, 6920 AA Duiven"],
        "footer": (
            "Gemeente Duiven · Postbus 6, 6920 AA Duiven · algemeen 0316-27 91 11 · "
            "contactpersoon mevrouw E. Arts, direct 0316-27 92 37 · Regiotaxi Gelderland "
            "0900-900 12 34"
        ),
        "address": ["De heer B. Janssen", "Rijksweg 84", "6921 AG Duiven"],
        "refs": [
            "Datum: 16 december 2026",
            "Ons kenmerk: DU/WZ/2026/0415",
            "Onderwerp: uitnodiging voor een gesprek over uw melding",
        ],
        "salutation": "Geachte heer Janssen,",
        "body": [
            ("h2", "Waarom krijgt u deze brief?"),
            (
                "p",
                "U heeft zich op 1 december 2026 bij ons gemeld, omdat u moeite heeft met het "
                "verplaatsen buitenshuis. Naar aanleiding van uw melding zijn wij gehouden een "
                "onderzoek te verrichten naar uw situatie en uw mogelijkheden.",
            ),
            ("h2", "Wanneer is het gesprek?"),
            (
                "p",
                "Het gesprek vindt plaats op woensdag 6 januari 2027 om 10.00 uur bij u thuis. "
                "Uw consulent, mevrouw E. Arts, komt bij u langs. U mag iemand uitnodigen om "
                "bij het gesprek aanwezig te zijn, bijvoorbeeld een familielid of een "
                "cliëntondersteuner.",
            ),
            ("h2", "Wat neemt u mee?"),
            (
                "ul",
                [
                    "uw identiteitsbewijs;",
                    "informatie van uw huisarts of specialist, als u die heeft;",
                    "uw Regiotaxipas, als u die heeft.",
                ],
            ),
            ("h2", "Komt het niet uit?"),
            (
                "p",
                "Bel dan uiterlijk 4 januari 2027 uw consulent. Haar directe nummer staat "
                "onderaan deze brief. Het indienen van een melding is geen aanvraag. Tegen deze "
                "uitnodiging kunt u dan ook geen bezwaar maken.",
            ),
            (
                "table",
                [
                    ["Wat", "Wanneer"],
                    ["Gesprek bij u thuis", "6 januari 2027, 10.00 uur"],
                    ["Verslag van het gesprek", "binnen twee weken na het gesprek"],
                    ["Uw aanvraag indienen", "na ontvangst van het verslag"],
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "mevrouw E. Arts\nconsulent Wonen en Zorg",
        ],
    },
    {
        "file": "h15-participatie-maatregel-kopjes-als-artikelen.docx",
        "header": ["Gemeente Wijchen", "Werk en Inkomen", "Postbus 9000, 6600 HA Wijchen"],
        "footer": "Gemeente Wijchen · Postbus 9000, 6600 HA Wijchen · telefoon 024-751 37 77",
        "address": ["De heer L. van Dijk", "Touwslagersbaan 12", "6602 AL Wijchen"],
        "refs": [
            "Datum: 17 december 2026",
            "Ons kenmerk: WC/WI/2026/4402",
            "Betreft: verlaging van uw bijstandsuitkering",
        ],
        "salutation": "Geachte heer Van Dijk,",
        "body": [
            ("h2", "Artikel 1 Aanleiding"),
            (
                "p",
                "Bij besluit van 2 september 2026 is aan u de verplichting opgelegd deel te "
                "nemen aan het re-integratietraject Werkfit bij Werkbedrijf Rijk van Nijmegen. "
                "Blijkens de rapportage van de trajectbegeleider bent u op 9, 16 en 23 november "
                "2026 zonder afmelding niet verschenen.",
            ),
            ("h2", "Artikel 2 Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders heeft besloten uw bijstand te "
                "verlagen met 30 procent van de toepasselijke bijstandsnorm, voor de duur van "
                "één maand, ingaande 1 januari 2027. De verlaging wordt als volgt berekend:",
            ),
            (
                "table",
                [
                    ["Omschrijving", "Bedrag"],
                    ["Bijstandsnorm alleenstaande", "€ 1.401,84"],
                    ["Verlaging 30 procent", "€ 420,55"],
                    ["Uitkering januari 2027", "€ 981,29"],
                ],
            ),
            ("h2", "Artikel 3 Overwegingen"),
            (
                "p",
                "Ingevolge artikel 18, vierde lid, van de Participatiewet verlaagt het college de "
                "bijstand indien de belanghebbende de verplichtingen verbonden aan de bijstand "
                "niet of onvoldoende nakomt. Op 30 november 2026 bent u in de gelegenheid "
                "gesteld uw zienswijze te geven, doch u heeft hiervan geen gebruik gemaakt. Van "
                "dringende redenen om van de verlaging af te zien is niet gebleken.",
            ),
            ("h2", "Artikel 4 Verplichtingen"),
            (
                "p",
                "Het traject wordt voortgezet. U dient zich uiterlijk 7 januari 2027 te melden "
                "bij uw trajectbegeleider, de heer S. Peters van Werkbedrijf Rijk van Nijmegen, "
                "telefoon 024-350 21 80.",
            ),
            ("h2", "Artikel 5 Rechtsmiddelen"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na "
                "verzenddatum een bezwaarschrift indienen bij het college. Vermeld in uw "
                "bezwaarschrift:",
            ),
            (
                "ol",
                [
                    "uw naam en adres;",
                    "de datum en het kenmerk van dit besluit;",
                    "de redenen waarom u het niet eens bent, en uw handtekening.",
                ],
            ),
            ("h2", "Artikel 6 Inlichtingen"),
            (
                "p",
                "Voor inlichtingen kunt u zich wenden tot uw klantmanager, mevrouw A. Gerritsen, "
                "telefoon 024-751 38 42.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Wijchen,",
            "mevrouw C. Hermsen\nteamleider Werk en Inkomen",
        ],
    },
    {
        "file": "h16-jeugd-plain-beeindiging-tabel-wat-stopt-wat-blijft.docx",
        "header": ["Gemeente Steenbergen", "Team Jeugd", "Postbus 6, 4650 AA Steenbergen"],
        "footer": "Gemeente Steenbergen · Postbus 6, 4650 AA Steenbergen · telefoon 0167-54 33 33",
        "address": ["Mevrouw D. Moerland", "Kaaistraat 9", "4651 BM Steenbergen"],
        "refs": [
            "Datum: 17 december 2026",
            "Ons kenmerk: ST/JGD/2026/0733",
            "Onderwerp: de hulp voor Milan stopt, de begeleiding op school blijft",
        ],
        "salutation": "Beste mevrouw Moerland,",
        "body": [
            ("h2", "Wat hebben we besloten?"),
            (
                "p",
                "Milan heeft sinds januari 2026 hulp van een gezinsbegeleider. Het gaat nu goed "
                "met hem. Daarom stopt die hulp. De begeleiding op school blijft. In de tabel "
                "ziet u wat er verandert.",
            ),
            (
                "table",
                [
                    ["Hulp", "Wat gebeurt er?"],
                    ["Gezinsbegeleiding thuis", "stopt op 31 januari 2027"],
                    ["Begeleiding op school", "blijft tot de zomervakantie van 2027"],
                ],
            ),
            ("h2", "Waarom stopt de hulp thuis?"),
            (
                "p",
                "De doelen uit het plan zijn gehaald. Milan gaat weer elke dag naar school. "
                "U, de gezinsbegeleider en wij zijn het daarover eens. "
                "Dat hebben we samen besproken op 8 december 2026.",
            ),
            ("h2", "Gaat het later minder goed?"),
            (
                "p",
                "Neem dan contact met mij op. Dan kijken we samen of Milan weer hulp nodig "
                "heeft. U hoeft dan niet opnieuw lang te wachten.",
            ),
            ("h2", "Bent u het niet eens?"),
            (
                "p",
                "Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. "
                "Schrijf op waarom u het niet eens bent. Stuur uw brief naar Postbus 6, "
                "4650 AA Steenbergen.",
            ),
            ("h2", "Wie kunt u bellen?"),
            (
                "ul",
                [
                    "Vragen over deze brief: bel mij op 06-27 04 61 88 of op kantoor 0167-54 34 12.",
                    "Mailen kan ook: j.vanopstal@steenbergen.example.nl.",
                    "Zorgen over de veiligheid thuis? Bel Veilig Thuis: 0800-2000.",
                    "Direct gevaar? Bel 112.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Jeroen van Opstal\njeugdconsulent",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 17 (fictief)"
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
    if "top_table" in spec:
        _blocks(doc, spec, [("table", spec["top_table"])])
    doc.add_paragraph(spec["salutation"])
    _blocks(doc, spec, spec["body"])
    for text in spec["closing"]:
        _multiline(doc, text)
    _blocks(doc, spec, spec.get("after", []))
    return doc


def _blocks(doc: Any, spec: dict[str, Any], blocks: list[tuple[str, Any]]) -> None:
    for kind, value in blocks:
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


def main() -> None:
    for spec in LETTERS:
        build(spec).save(str(OUT / spec["file"]))
        print(OUT / spec["file"])


if __name__ == "__main__":
    main()
