"""Generate the .docx letters of the fifteenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval15.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer with the gemeente's general number, a recipient block with reference
rows, List Bullet/List Number styles for lists and at least one real table.
New in this set: numbered headings ("1. Aanleiding" … as `Heading 2`, f12),
an aanmaning with a table of amounts and a payment deadline (f13), an
appointment as a Word table (f14), headings in capitals as bold Normal lines
(f15, a beslissing op bezwaar with the rechtbank's address for a voorlopige
voorziening) and a plain covering letter that points to an attached besluit
(f16).
The builder is a copy of bench/eval14/make_docx.py's, kept here on purpose so
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
        "file": "f12-jeugd-toekenning-genummerde-kopjes.docx",
        "header": ["Gemeente Heusden", "Team Jeugd", "Postbus 41, 5250 AA Vlijmen"],
        "footer": "Gemeente Heusden · Postbus 41, 5250 AA Vlijmen · telefoon 073-513 17 00",
        "address": ["De heer en mevrouw Van Gils", "Nieuwstraat 12", "5256 AS Heusden"],
        "refs": [
            "Datum: 15 december 2026",
            "Ons kenmerk: HE/JGD/2026/4471",
            "BSN jeugdige: 308023006",
            "Onderwerp: besluit jeugdhulp voor Tim",
        ],
        "salutation": "Geachte heer en mevrouw Van Gils,",
        "body": [
            ("h2", "1. Aanleiding"),
            (
                "p",
                "Op 28 oktober 2026 is door de huisarts van uw zoon Tim een verwijzing naar "
                "jeugdhulp afgegeven. Naar aanleiding daarvan heeft op 18 november 2026 een "
                "keukentafelgesprek plaatsgevonden tussen u en uw jeugdconsulent, waarin uw hulpvraag "
                "nader is geïnventariseerd.",
            ),
            ("h2", "2. Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van Heusden heeft besloten aan Tim een "
                "individuele voorziening in natura toe te kennen, zoals hieronder weergegeven:",
            ),
            (
                "table",
                [
                    ["Voorziening", "Aanbieder", "Omvang", "Periode"],
                    [
                        "Ambulante jeugdhulp (individueel)",
                        "Zorggroep De Maasoever",
                        "3 uur per week",
                        "4 januari 2027 tot en met 2 juli 2027",
                    ],
                    [
                        "Ouderbegeleiding",
                        "Zorggroep De Maasoever",
                        "1 uur per twee weken",
                        "4 januari 2027 tot en met 2 juli 2027",
                    ],
                ],
            ),
            ("h2", "3. Motivering"),
            (
                "p",
                "Uit het gesprek en de door de huisarts verstrekte informatie is gebleken dat Tim "
                "zodanige problemen ondervindt in de omgang met leeftijdsgenoten en in de regulering "
                "van zijn emoties, dat het voorliggende veld en uw eigen mogelijkheden als ouders "
                "ontoereikend zijn om deze op te lossen. Dit besluit is genomen op grond van artikel "
                "2.3 van de Jeugdwet en artikel 6 van de Verordening jeugdhulp Heusden 2025.",
            ),
            ("h2", "4. Uitvoering"),
            ("p", "Ten aanzien van de uitvoering van de jeugdhulp geldt het navolgende:"),
            (
                "ul",
                [
                    "De zorgaanbieder neemt binnen tien werkdagen na dagtekening van deze "
                    "beschikking contact met u op voor een kennismaking.",
                    "Binnen zes weken na aanvang wordt door de zorgaanbieder in samenspraak met u een "
                    "hulpverleningsplan opgesteld.",
                    "Uiterlijk vier weken voor het einde van de periode vindt een evaluatie plaats.",
                ],
            ),
            ("h2", "5. Bezwaar"),
            (
                "p",
                "Indien u zich niet met deze beschikking kunt verenigen, kunt u binnen zes weken "
                "na de dag van verzending daarvan een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Heusden, Postbus 41, 5250 AA Vlijmen.",
            ),
            ("h2", "6. Contact"),
            (
                "p",
                "Voor vragen omtrent deze beschikking kunt u zich wenden tot uw jeugdconsulent, "
                "mevrouw N. van der Pluijm, via n.vanderpluijm@heusden.example.nl of telefonisch "
                "via het algemene nummer van de gemeente onderaan deze brief.",
            ),
            (
                "p",
                "Bij zorgen over de veiligheid van Tim of een ander gezinslid kunt u dag en nacht "
                "Veilig Thuis bellen, 0800-2000. Bij direct gevaar belt u 112.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Heusden,",
            "mr. P.J.M. de Bruijn\nteamleider Jeugd",
        ],
    },
    {
        "file": "f13-schulden-aanmaning-bedragentabel.docx",
        "header": ["Gemeente Zaltbommel", "Team Invordering", "Postbus 10002, 5300 DA Zaltbommel"],
        "footer": "Gemeente Zaltbommel · telefoon 0418-68 16 00 · invordering@zaltbommel.example.nl",
        "address": ["Mevrouw B. Verhoeven", "Waalkade 31", "5301 CK Zaltbommel"],
        "refs": [
            "Datum: 17 december 2026",
            "Ons kenmerk: ZB/INV/2026/8820",
            "Leningnummer: 2024-0391",
            "Onderwerp: aanmaning achterstand aflossing lening",
        ],
        "salutation": "Geachte mevrouw Verhoeven,",
        "body": [
            ("h2", "Waarom krijgt u deze brief?"),
            (
                "p",
                "In 2024 heeft u van de gemeente een lening gekregen om uw schulden af te lossen. U "
                "betaalt deze lening maandelijks terug. De termijnen van oktober en november 2026 "
                "hebben wij niet ontvangen, ook niet na onze herinnering van 20 november 2026. Daarom "
                "sturen wij u deze aanmaning.",
            ),
            ("h2", "Hoeveel moet u betalen?"),
            (
                "table",
                [
                    ["Omschrijving", "Bedrag"],
                    ["Termijn oktober 2026", "€ 65,00"],
                    ["Termijn november 2026", "€ 65,00"],
                    ["Aanmaningskosten", "€ 7,50"],
                    ["Totaal te betalen", "€ 137,50"],
                ],
            ),
            (
                "p",
                "De aanmaningskosten worden in rekening gebracht op grond van artikel 8 van de "
                "Leningsvoorwaarden Gemeentelijke Kredietverlening Zaltbommel 2023.",
            ),
            ("h2", "Wat moet u doen?"),
            (
                "ol",
                [
                    "Maak € 137,50 over op NL13 BNGH 0285 0456 78 ten name van Gemeente Zaltbommel.",
                    "Vermeld bij de betaling uw leningnummer 2024-0391.",
                    "Zorg dat het geld uiterlijk 11 januari 2027 op onze rekening staat.",
                ],
            ),
            ("h2", "Wat gebeurt er als u niet betaalt?"),
            (
                "p",
                "Indien het verschuldigde bedrag niet binnen de gestelde termijn is voldaan, zijn wij "
                "genoodzaakt de lening in zijn geheel op te eisen en de vordering uit handen te geven "
                "aan een gerechtsdeurwaarder. De daaraan verbonden kosten komen voor uw rekening.",
            ),
            ("h2", "Kunt u niet betalen?"),
            (
                "p",
                "Neem dan vóór 11 januari 2027 contact met ons op. Misschien kunnen wij de "
                "maandtermijn tijdelijk verlagen. Tegen deze aanmaning kunt u geen bezwaar maken.",
            ),
            (
                "p",
                "Bel mevrouw A. Ketelaars van het team Invordering op 0418-68 16 47 of mail naar "
                "invordering@zaltbommel.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Zaltbommel,",
            "R. van Wijk\nteamleider Invordering",
        ],
    },
    {
        "file": "f14-wmo-herinnering-afspraak-tabel.docx",
        "header": ["Gemeente Altena", "Team Wmo", "Postbus 49, 4260 AA Wijk en Aalburg"],
        "footer": "Gemeente Altena · Wmo-loket 0416-67 33 00 · www.altena.example.nl",
        "address": ["De heer W. de Kok", "Grote Kerkstraat 4", "4286 AG Almkerk"],
        "refs": [
            "Datum: 16 december 2026",
            "Ons kenmerk: AL/WMO/2026/1537",
            "Onderwerp: herinnering herbeoordeling huishoudelijke ondersteuning",
        ],
        "salutation": "Geachte heer De Kok,",
        "body": [
            ("h3", "Waarom krijgt u deze brief?"),
            (
                "p",
                "Uw indicatie voor huishoudelijke ondersteuning loopt af op 31 maart 2027. Op 4 "
                "november 2026 hebben wij u gevraagd om een afspraak te maken voor een herbeoordeling. "
                "Wij hebben nog niets van u gehoord. Daarom hebben wij zelf een afspraak voor u "
                "gemaakt.",
            ),
            ("h3", "Wanneer is de afspraak?"),
            (
                "table",
                [
                    ["Datum", "Tijd", "Plaats", "Met wie"],
                    [
                        "donderdag 14 januari 2027",
                        "13.30 uur",
                        "bij u thuis",
                        "mevrouw J. Verschoor, Wmo-consulent",
                    ],
                ],
            ),
            (
                "p",
                "In het gesprek wordt door ons in samenspraak met u bezien of u de ondersteuning "
                "nog nodig heeft en in welke omvang. Het gesprek duurt ongeveer een uur. U mag iemand uitnodigen om erbij te "
                "zijn, bijvoorbeeld een familielid of een mantelzorger.",
            ),
            ("h3", "Wat moet u doen?"),
            (
                "ul",
                [
                    "Houd uw identiteitsbewijs bij de hand.",
                    "Past de afspraak niet? Bel dan uiterlijk 11 januari 2027 voor een nieuwe afspraak.",
                    "Wilt u geen ondersteuning meer? Laat het ons dan ook weten.",
                ],
            ),
            ("h3", "Wat gebeurt er als u niet thuis bent?"),
            (
                "p",
                "Indien de herbeoordeling niet vóór 31 maart 2027 kan plaatsvinden, kan niet worden "
                "vastgesteld of u na die datum nog in aanmerking komt voor een maatwerkvoorziening. "
                "De huishoudelijke ondersteuning stopt dan op 31 maart 2027.",
            ),
            ("h3", "Heeft u vragen?"),
            (
                "p",
                "Bel mevrouw Verschoor op 0416-67 34 18 (maandag tot en met woensdag) of mail naar "
                "j.verschoor@altena.example.nl. Op andere dagen kunt u het Wmo-loket bellen. Het "
                "nummer staat onderaan deze brief. Wilt u hulp van een onafhankelijke "
                "cliëntondersteuner bij het gesprek? Bel dan MEE Altena, 0416-56 20 40.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Altena,",
            "J. Verschoor\nWmo-consulent",
        ],
    },
    {
        "file": "f15-wmo-beslissing-op-bezwaar-voorlopige-voorziening.docx",
        "header": [
            "Gemeente West Betuwe",
            "Juridische Zaken",
            "Postbus 10, 4190 CA Geldermalsen",
        ],
        "footer": "Gemeente West Betuwe · telefoon 0345-68 85 00 · Postbus 10, 4190 CA Geldermalsen",
        "address": [
            "Mevrouw T. Schouten",
            "p/a mr. K. Baars, Baars Rechtshulp",
            "Rijksstraatweg 88",
            "4191 KN Geldermalsen",
        ],
        "refs": [
            "Datum: 18 december 2026",
            "Ons kenmerk: WB/JZ/2026/0273",
            "Uw kenmerk: KB/2026/118",
            "Onderwerp: beslissing op bezwaar maatwerkvoorziening woningaanpassing",
        ],
        "salutation": "Geachte mevrouw Schouten,",
        "body": [
            ("hb", "VERLOOP VAN DE PROCEDURE"),
            (
                "p",
                "Bij besluit van 12 augustus 2026 heeft het college van burgemeester en wethouders van "
                "West Betuwe uw aanvraag om een maatwerkvoorziening in de vorm van een traplift "
                "afgewezen, onder verwijzing naar de mogelijkheid tot verhuizing naar een voor u "
                "geschikte woning. Tegen dit besluit heeft uw gemachtigde, mr. K. Baars, namens u bij "
                "brief van 18 september 2026 tijdig bezwaar gemaakt. Het verloop was als volgt:",
            ),
            (
                "table",
                [
                    ["Stap", "Datum"],
                    ["Besluit op aanvraag", "12 augustus 2026"],
                    ["Bezwaarschrift ontvangen", "18 september 2026"],
                    ["Hoorzitting commissie bezwaarschriften", "10 november 2026"],
                    ["Advies commissie", "24 november 2026"],
                ],
            ),
            ("hb", "BESLUIT"),
            (
                "p",
                "Het college heeft besloten, overeenkomstig het advies van de commissie "
                "bezwaarschriften, uw bezwaar ongegrond te verklaren en het bestreden besluit in stand "
                "te laten. Het advies van de commissie treft u als bijlage aan en maakt deel uit van "
                "deze beslissing.",
            ),
            (
                "p",
                "De commissie is van oordeel dat het college zich terecht op het standpunt heeft "
                "gesteld dat verhuizing naar een gelijkvloerse woning in de kern Geldermalsen een "
                "goedkoper en adequaat alternatief vormt, nu een dergelijke woning binnen een "
                "redelijke termijn beschikbaar is en een verhuiskostenvergoeding kan worden verstrekt. "
                "Het college neemt dit oordeel over. Deze beslissing berust op artikel 7:11 van de "
                "Algemene wet bestuursrecht en artikel 2.3.5 van de Wet maatschappelijke "
                "ondersteuning 2015.",
            ),
            ("hb", "BEROEP EN VOORLOPIGE VOORZIENING"),
            (
                "p",
                "Indien u zich met deze beslissing niet kunt verenigen, kunt u binnen zes weken na "
                "de dag van verzending ervan beroep instellen bij de rechtbank Gelderland, sector "
                "bestuursrecht, Postbus 9030, 6800 EM Arnhem. Voor de behandeling van het beroep is "
                "griffierecht verschuldigd. Hiernaast kunt u, indien onverwijlde spoed dat vereist, "
                "de voorzieningenrechter van dezelfde rechtbank op hetzelfde adres verzoeken een "
                "voorlopige voorziening te treffen. Bij het beroepschrift dienen te worden gevoegd:",
            ),
            (
                "ul",
                [
                    "een kopie van deze beslissing op bezwaar;",
                    "een kopie van het advies van de commissie bezwaarschriften.",
                ],
            ),
            ("hb", "CONTACT"),
            (
                "p",
                "Voor vragen over deze beslissing kan uw gemachtigde contact opnemen met de "
                "behandelend jurist, de heer S. Nieuwenhuizen, via 0345-68 86 62 of "
                "juridischezaken@westbetuwe.example.nl. Voor vragen over de "
                "verhuiskostenvergoeding kunt u terecht bij het Wmo-loket via het algemene nummer "
                "van de gemeente.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van West Betuwe,",
            "de secretaris,\tde burgemeester,\nH. van Leeuwen\tdrs. G.A. Keijzer",
        ],
    },
    {
        "file": "f16-jeugd-toekenning-plain-bijgevoegd-besluit.docx",
        "header": ["Gemeente Maasdriel", "Team Jeugd", "Postbus 10000, 5330 GA Kerkdriel"],
        "footer": "Gemeente Maasdriel · telefoon 0418-63 82 00 · www.maasdriel.example.nl",
        "address": ["Mevrouw L. Kuijpers", "Hoogstraat 33", "5331 KK Kerkdriel"],
        "refs": [
            "Datum: 16 december 2026",
            "Ons kenmerk: MD/JGD/2026/0952",
            "Onderwerp: Bram krijgt dagbesteding",
        ],
        "salutation": "Beste mevrouw Kuijpers,",
        "body": [
            (
                "p",
                "Op 25 november 2026 hebben we met u en Bram gepraat over hulp voor Bram. We hebben "
                "daarna een besluit genomen. In deze brief leest u in het kort wat er is besloten. "
                "Alle details vindt u in het besluit. Zie het bijgevoegde besluit.",
            ),
            ("h2", "Wat hebben we besloten?"),
            (
                "p",
                "Bram krijgt dagbesteding bij Zorgboerderij Het Drielse Veld. Hij kan daar vanaf 4 "
                "januari 2027 drie dagen per week naartoe. Dat mag een jaar lang. U betaalt daar "
                "niets voor. De zorgboerderij past bij wat Bram graag doet: buiten werken en met "
                "dieren bezig zijn.",
            ),
            ("h2", "Wat gebeurt er nu?"),
            (
                "ol",
                [
                    "De zorgboerderij belt u vóór 24 december 2026 om kennis te maken.",
                    "Samen met u maakt de zorgboerderij een plan voor Bram.",
                    "Na een half jaar praten we met u en Bram over hoe het gaat.",
                ],
            ),
            ("h2", "Bent u het niet eens met het besluit?"),
            (
                "p",
                "Dan kunt u bezwaar maken binnen zes weken na de datum van het besluit. Hoe u dat doet, "
                "staat in het besluit.",
            ),
            ("h2", "Wie kunt u bellen?"),
            (
                "table",
                [
                    ["Waarvoor", "Wie", "Telefoon"],
                    ["Vragen over deze brief", "Kees Goossens, jeugdconsulent", "06-18 40 72 93"],
                    ["Bij zorgen over veiligheid thuis", "Veilig Thuis", "0800-2000"],
                    ["Bij direct gevaar", "Alarmnummer", "112"],
                ],
            ),
            (
                "p",
                "U kunt Kees ook mailen: k.goossens@maasdriel.example.nl. Is hij er niet? Bel dan "
                "de gemeente. Het nummer staat onderaan deze brief.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Kees Goossens\njeugdconsulent gemeente Maasdriel",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 15 (fictief)"
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
