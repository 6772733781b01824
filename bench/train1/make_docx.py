"""Generate the .docx letters of the training-only set bench/train1 from the text in this file.

Run from the repository root:  python -m bench.train1.make_docx

Training data only (see README.md). Every letter uses real Word structure: the letterhead
in the page header, a footer with the gemeente's general number, a recipient block with
reference rows, headings, List Bullet/List Number lists and real tables. Each body block is
`(kind, value, section)`; the third element is the block's gold section (`section` or
`section/alt`), the same as in gold.yaml. The builder follows bench/eval14/make_docx.py's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 7, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "t41-wmo-toekenning-begeleiding-cak-aanbiedertabel.docx",
        "kind": "toekenning",
        "domain": "wmo",
        "style": "old",
        "sender_org": "Gemeente Deurne",
        "header": ["Gemeente Deurne", "Team Wmo", "Postbus 3, 5750 AA Deurne"],
        "footer": "Gemeente Deurne · telefoon 14 0493 · www.deurne.example.nl",
        "address": ["De heer H. van Bussel", "Helmondseweg 40", "5751 PB Deurne"],
        "refs": [
            "Datum: 30 november 2026",
            "Ons kenmerk: DEU/WMO/2026/2291",
            "Onderwerp: toekenning begeleiding groep",
        ],
        "salutation": "Geachte heer Van Bussel,",
        "body": [
            ("h2", "Aanleiding"),
            (
                "p",
                "Op 21 oktober 2026 heeft u zich bij het Wmo-loket gemeld met het verzoek om "
                "ondersteuning bij de invulling van uw dag, nadat u als gevolg van een "
                "hersenbloeding uw werk als vrachtwagenchauffeur niet langer kunt uitoefenen.",
                "waarom",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college heeft besloten u met ingang van 1 januari 2027 tot en met 31 "
                "december 2027 een maatwerkvoorziening begeleiding groep toe te kennen, in de "
                "vorm van zorg in natura, ten omvang van drie dagdelen per week.",
                "besluit",
            ),
            (
                "p",
                "Uit het gesprek met de consulent en het advies van de ergotherapeut is gebleken "
                "dat u zonder ondersteuning niet in staat bent structuur aan te brengen in uw "
                "week, en dat hierin niet door uw echtgenote of een algemene voorziening kan "
                "worden voorzien.",
                "besluit/waarom",
            ),
            ("h2", "Uitvoering"),
            (
                "table",
                [
                    ["Onderdeel", "Gegevens"],
                    ["Aanbieder", "Dagbesteding De Peelhorst"],
                    ["Omvang", "3 dagdelen per week"],
                    ["Vervoer", "met het groepsvervoer van de aanbieder"],
                ],
                "gebeuren/besluit",
            ),
            (
                "p",
                "De Peelhorst ontvangt de toewijzing van ons en neemt binnen twee weken contact "
                "met u op voor een kennismaking en het opstellen van een ondersteuningsplan.",
                "gebeuren",
            ),
            ("h2", "Eigen bijdrage"),
            (
                "p",
                "U betaalt voor de dagbesteding een eigen bijdrage van ten hoogste € 21,80 per "
                "maand. Die bijdrage wordt niet door de gemeente, maar door het CAK berekend en "
                "geïnd; het CAK zendt u daarover een eigen beschikking.",
                "gebeuren/besluit",
            ),
            ("h2", "Verplichtingen"),
            (
                "p",
                "U bent verplicht wijzigingen in uw situatie die van invloed kunnen zijn op deze "
                "voorziening, zoals een verhuizing of een opname, onverwijld aan ons te melden.",
                "vragen",
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Tegen dit besluit kunt u binnen zes weken na de datum van verzending bezwaar "
                "maken bij het college van burgemeester en wethouders van Deurne, Postbus 3, "
                "5750 AA Deurne.",
                "bezwaar",
            ),
            (
                "p",
                "Voor vragen kunt u contact opnemen met uw consulent, mevrouw M. Verhoeven, "
                "telefoon 0493-38 74 12.",
                "contact",
            ),
        ],
        "closing": ["Met vriendelijke groet,", "M. Verhoeven\nconsulent Wmo"],
    },
    {
        "file": "t42-participatie-terugvordering-bedragentabel-stappen.docx",
        "kind": "terugvordering",
        "domain": "participatie",
        "style": "mid",
        "sender_org": "Gemeente Halderberge",
        "header": ["Gemeente Halderberge", "Werk en Inkomen", "Postbus 5, 4730 AA Oudenbosch"],
        "footer": "Gemeente Halderberge · 0165-39 05 55",
        "address": ["Mevrouw S. Kerstens", "Markt 19", "4731 HM Oudenbosch"],
        "refs": [
            "Datum: 8 december 2026",
            "Klantnummer: 27734",
            "Onderwerp: u moet bijstand terugbetalen",
        ],
        "salutation": "Beste mevrouw Kerstens,",
        "body": [
            ("h1", "Waarom krijgt u deze brief?"),
            (
                "p",
                "U woonde van 1 juni tot en met 30 september 2026 samen met de heer R. Damen. "
                "Dat heeft u ons pas op 2 november 2026 verteld. U kreeg in die maanden bijstand "
                "als alleenstaande. Dat was te veel.",
                "waarom",
            ),
            ("h1", "Wat hebben wij besloten?"),
            (
                "p",
                "U moet de bijstand die u te veel kreeg terugbetalen. Het gaat om € 2.640,80.",
                "besluit",
            ),
            (
                "table",
                [
                    ["Maand", "Te veel ontvangen"],
                    ["juni 2026", "€ 660,20"],
                    ["juli 2026", "€ 660,20"],
                    ["augustus 2026", "€ 660,20"],
                    ["september 2026", "€ 660,20"],
                ],
                "besluit/waarom",
            ),
            ("h1", "Hoe betaalt u terug?"),
            (
                "ol",
                [
                    "Maak het bedrag over op NL93 BNGH 0285 0355 08 ten name van Gemeente Halderberge.",
                    "Zet het kenmerk HB-TV-27734 bij de betaling.",
                    "Doe dit binnen zes weken na de datum van deze brief.",
                ],
                "vragen",
            ),
            (
                "p",
                "Kunt u niet alles in één keer betalen? Bel ons dan voor een betalingsregeling.",
                "vragen/contact",
            ),
            ("h1", "Wat als u niet betaalt?"),
            (
                "p",
                "Dan sturen wij u eerst een herinnering. Betaalt u daarna nog niet, dan gaat de "
                "vordering naar een deurwaarder. Dat kost u extra geld.",
                "gebeuren",
            ),
            ("h1", "Bent u het niet eens?"),
            (
                "p",
                "Maak dan binnen zes weken bezwaar bij het college van burgemeester en "
                "wethouders van Halderberge. U moet de vordering wel betalen, ook als u bezwaar "
                "maakt.",
                "bezwaar",
            ),
            (
                "p",
                "Vragen? Bel uw klantmanager, de heer J. Baggermans, op 0165-39 06 21.",
                "contact",
            ),
        ],
        "closing": ["Met vriendelijke groet,", "J. Baggermans\nklantmanager Werk en Inkomen"],
    },
    {
        "file": "t43-leerplicht-uitnodiging-afspraaktabel-gevolgen.docx",
        "kind": "uitnodiging",
        "domain": "leerplicht",
        "style": "mid",
        "sender_org": "Gemeente Moerdijk",
        "header": ["Gemeente Moerdijk", "Leerplicht", "Postbus 4, 4760 AA Zevenbergen"],
        "footer": "Gemeente Moerdijk · 0168-37 34 00 · www.moerdijk.example.nl",
        "address": [
            "Aan de ouders/verzorgers van Milan Rasenberg",
            "Kerkstraat 5",
            "4761 CK Zevenbergen",
        ],
        "refs": ["Datum: 9 december 2026", "Kenmerk: LP-MDK-26-0477"],
        "salutation": "Geachte ouders/verzorgers,",
        "body": [
            (
                "p",
                "Het Markland College heeft gemeld dat Milan de afgelopen zes weken 22 keer te laat "
                "is gekomen en 11 lesuren zonder reden heeft gemist. Daarom nodig ik u en Milan "
                "uit voor een gesprek.",
                "waarom",
            ),
            ("h2", "De afspraak"),
            (
                "table",
                [
                    ["Datum", "donderdag 17 december 2026"],
                    ["Tijd", "16.00 uur"],
                    ["Plaats", "gemeentehuis Zevenbergen, Pastoor van Kessel 2"],
                    ["Met wie", "de heer T. Suijkerbuijk, leerplichtambtenaar"],
                ],
                "gebeuren",
            ),
            ("h2", "Wat verwacht ik van u?"),
            (
                "ul",
                [
                    "Kom samen met Milan.",
                    "Neem het rooster van Milan mee.",
                    "Kunt u niet? Bel dan uiterlijk twee werkdagen van tevoren.",
                ],
                "vragen",
            ),
            ("h2", "Wat gebeurt er als u niet komt?"),
            (
                "p",
                "Als u zonder bericht wegblijft, nodig ik u nog één keer uit. Komt u dan weer niet, "
                "of blijft Milan te laat komen, dan maak ik een proces-verbaal op. Dan beslist "
                "de officier van justitie over een straf.",
                "gebeuren",
            ),
            (
                "p",
                "Omdat dit geen besluit is, staat tegen deze uitnodiging geen bezwaar open.",
                "bezwaar",
            ),
            (
                "p",
                "U kunt mij bereiken op 0168-37 36 88 of via leerplicht@moerdijk.example.nl.",
                "contact",
            ),
        ],
        "closing": ["Met vriendelijke groet,", "T. Suijkerbuijk\nleerplichtambtenaar"],
    },
    {
        "file": "t44-jeugd-afwijzing-vervoer-andere-hulp-lijst.docx",
        "kind": "afwijzing",
        "domain": "jeugd",
        "style": "old",
        "sender_org": "Gemeente Gennep",
        "header": ["Gemeente Gennep", "Team Sociaal Domein", "Postbus 9003, 6590 HD Gennep"],
        "footer": "Gemeente Gennep · 0485-49 41 41",
        "address": ["Mevrouw E. Gerrits", "Zandstraat 30", "6591 DE Gennep"],
        "refs": [
            "Datum: 3 december 2026",
            "Ons kenmerk: GEN/JGD/2026/0615",
            "Onderwerp: besluit aanvraag vervoer naar dagbehandeling",
        ],
        "salutation": "Geachte mevrouw Gerrits,",
        "body": [
            ("hb", "Uw aanvraag"),
            (
                "p",
                "U heeft op 28 oktober 2026 verzocht om vergoeding van het vervoer van uw dochter "
                "Noa naar de dagbehandeling van Kindcentrum De Maasoever te Boxmeer.",
                "waarom",
            ),
            ("hb", "Beslissing"),
            (
                "p",
                "Het college heeft besloten uw aanvraag af te wijzen.",
                "besluit",
            ),
            ("hb", "Overwegingen"),
            (
                "p",
                "Ingevolge artikel 2.3 van de Jeugdwet en artikel 9 van de Verordening jeugdhulp "
                "Gennep 2025 wordt vervoer slechts vergoed indien de jeugdige vanwege medische "
                "redenen of een beperking niet zelfstandig kan reizen en de ouders het vervoer "
                "redelijkerwijs niet zelf kunnen verzorgen. Uit het gesprek met de jeugdconsulent "
                "is gebleken dat u over een auto beschikt en uw werktijden het toelaten Noa twee "
                "dagen per week te brengen en te halen.",
                "besluit/waarom",
            ),
            ("hb", "Andere mogelijkheden"),
            (
                "p",
                "Mocht het vervoer u desondanks zwaar vallen, dan kunt u gebruikmaken van de "
                "volgende mogelijkheden:",
                "overig/contact",
            ),
            (
                "ul",
                [
                    "vrijwillige chauffeurs van Automaatje Gennep, telefoon 0485-51 24 80;",
                    "een reiskostenvergoeding via de bijzondere bijstand bij een laag inkomen;",
                    "carpoolen met andere ouders van De Maasoever, via de ouderraad.",
                ],
                "overig/contact",
            ),
            ("hb", "Bezwaar"),
            (
                "p",
                "Indien u het met dit besluit niet eens bent, kunt u binnen zes weken na de dag "
                "van verzending een bezwaarschrift indienen bij het college van burgemeester en "
                "wethouders van Gennep, Postbus 9003, 6590 HD Gennep.",
                "bezwaar",
            ),
            (
                "p",
                "Voor vragen kunt u zich wenden tot de jeugdconsulent, de heer W. Jacobs, "
                "bereikbaar op 0485-49 42 17.",
                "contact",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Gennep,\nW. Jacobs\njeugdconsulent",
        ],
    },
]


def _lines(doc: Any, lines: list[str]) -> None:
    """One paragraph with a line break between the lines (an address block)."""
    p = doc.add_paragraph()
    for n, line in enumerate(lines):
        run = p.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def build(spec: dict[str, Any]) -> Any:
    doc = Document()
    doc.core_properties.author = "Keukentafeltaal trainingsset 1 (fictief)"
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
    for block in spec["body"]:
        _block(doc, spec, block[0], block[1])
    for text in spec["closing"]:
        _lines(doc, text.split("\n"))
    return doc


def _block(doc: Any, spec: dict[str, Any], kind: str, value: Any) -> None:
    if kind in {"h1", "h2", "h3"}:
        doc.add_heading(value, level=int(kind[1]))
    elif kind == "hb":
        # a heading as many municipal Word letters have it: a bold Normal paragraph
        doc.add_paragraph().add_run(value).bold = True
    elif kind == "p":
        doc.add_paragraph(value)
    elif kind in {"ul", "ol"}:
        for item in value:
            doc.add_paragraph(item, style="List Bullet" if kind == "ul" else "List Number")
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
