"""Generate the .docx letters of the fourth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval4.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and a real table (an appointment, the
steps of an objection procedure, other help with its contacts, a pgb
overview), so a reader that uses the document model can be measured on it.
The builder is a copy of bench/eval3/make_docx.py, kept here on purpose so
that this frozen set does not change when another set's script does. The
text is written here by hand (not copied from any tool output); the
generated files are committed next to the .txt letters and described in
gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 11, 30, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "q13-leerplicht-uitnodiging-verzuimgesprek.docx",
        "header": [
            "Bureau Leerplicht Midden-Holland",
            "uitvoering leerplicht en RMC namens de gemeente Gouda",
            "Postbus 1086, 2800 BB Gouda",
        ],
        "footer": "Bureau Leerplicht Midden-Holland · 0182-58 93 00 · "
        "leerplicht@blmh.example.nl · www.blmh.example.nl",
        "address": [
            "Aan de ouder(s)/verzorger(s) van Jayden Koster",
            "Bloemendaal 336",
            "2804 NP Gouda",
        ],
        "refs": [
            "Gouda, 27 november 2026",
            "Ons kenmerk: BLMH/2026/GD/1193",
            "Leerling: Jayden Koster, geboren 8 mei 2010, klas 3 vmbo-kader, "
            "Goudse Scholengemeenschap De Rotonde",
            "Onderwerp: Uitnodiging verzuimgesprek",
        ],
        "salutation": "Geachte heer en mevrouw Koster,",
        "body": [
            (
                "p",
                "Namens het college van burgemeester en wethouders van Gouda voert Bureau "
                "Leerplicht Midden-Holland de taken uit die voortvloeien uit de Leerplichtwet "
                "1969. In die hoedanigheid ontvingen wij op 19 november 2026 van de "
                "Goudse Scholengemeenschap De Rotonde een melding van ongeoorloofd verzuim "
                "van uw zoon Jayden.",
            ),
            ("h1", "Waarom nodigen wij u uit?"),
            (
                "p",
                "Volgens de melding van de school is Jayden sinds 1 september 2026 in totaal "
                "38 lesuren zonder geldige reden afwezig geweest en is hij 14 keer te laat "
                "gekomen. De school heeft hierover op 6 oktober 2026 en 3 november 2026 met "
                "u gesproken, maar het verzuim is niet afgenomen. Daarmee is sprake van "
                "verzuim als bedoeld in artikel 21 van de Leerplichtwet 1969, dat de school "
                "verplicht is te melden.",
            ),
            (
                "p",
                "Wij willen met u en Jayden bespreken wat de oorzaak van het verzuim is en "
                "welke afspraken nodig zijn om ervoor te zorgen dat Jayden weer geregeld naar "
                "school gaat.",
            ),
            ("h1", "Gegevens van de afspraak"),
            (
                "table",
                [
                    ["Datum", "dinsdag 15 december 2026"],
                    ["Tijd", "14.00 uur"],
                    [
                        "Plaats",
                        "Bureau Leerplicht Midden-Holland, Burgemeester Jamessingel 1, Gouda",
                    ],
                    ["Met", "de heer T. van Leeuwen, leerplichtambtenaar"],
                ],
            ),
            (
                "p",
                "Zowel u als Jayden wordt verwacht bij dit gesprek. Op grond van de "
                "Leerplichtwet 1969 bent u verplicht om op deze uitnodiging te verschijnen.",
            ),
            ("h2", "Wat neemt u mee?"),
            (
                "ul",
                [
                    "Een geldig legitimatiebewijs van u en van Jayden.",
                    "Eventuele verklaringen van een arts of behandelaar, als Jayden door ziekte "
                    "afwezig was.",
                    "De brieven die u van de school over het verzuim heeft gekregen.",
                ],
            ),
            ("h2", "Kunt u niet komen?"),
            (
                "p",
                "Bent u op de genoemde datum verhinderd, dan dient u dit uiterlijk twee "
                "werkdagen vóór het gesprek telefonisch te melden bij de heer Van Leeuwen via "
                "0182-58 93 27, zodat een nieuwe afspraak kan worden gemaakt.",
            ),
            (
                "p",
                "Indien u zonder bericht niet verschijnt, kan de leerplichtambtenaar een "
                "proces-verbaal opmaken wegens het niet nakomen van de verplichtingen uit de "
                "Leerplichtwet 1969. Het proces-verbaal wordt ingezonden naar de officier van "
                "justitie, die kan besluiten tot een geldboete of een taakstraf.",
            ),
            ("h1", "Vragen en hulp"),
            (
                "p",
                "Met vragen over deze uitnodiging kunt u contact opnemen met de heer Van "
                "Leeuwen via 0182-58 93 27 of t.vanleeuwen@blmh.example.nl. Vragen over de "
                "lessen, het rooster of de absentieregistratie stelt u aan de mentor van "
                "Jayden, mevrouw R. Hoek, via 0182-51 22 64 of r.hoek@derotonde.example.nl.",
            ),
            (
                "p",
                "Gaat het thuis of met Jayden zo slecht dat u zich zorgen maakt over zijn "
                "veiligheid, wacht dan niet tot het gesprek:",
            ),
            (
                "ul",
                [
                    "Bij direct gevaar: bel 112.",
                    "Als Jayden aan zelfdoding denkt: 113 Zelfmoordpreventie, 0800-0113 "
                    "(gratis, dag en nacht).",
                    "Wil Jayden zelf anoniem met iemand praten: De Kindertelefoon, 0800-0432.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Gouda,",
            "T. van Leeuwen\nleerplichtambtenaar\nBureau Leerplicht Midden-Holland",
        ],
    },
    {
        "file": "q14-wmo-beslissing-op-bezwaar-rolstoel.docx",
        "header": [
            "Gemeente Hengelo",
            "Afdeling Juridische Zaken",
            "Postbus 18, 7550 AA Hengelo",
        ],
        "footer": "Gemeente Hengelo · Hazemeijerplein 1 · 14 074 · www.hengelo.example.nl",
        "address": [
            "Mevrouw G. Oude Lenferink",
            "Tuindorpstraat 19",
            "7555 CT Hengelo",
        ],
        "refs": [
            "Datum: 26 november 2026",
            "Ons kenmerk: JZ/BZW/2026/0163",
            "Uw bezwaarschrift van: 3 augustus 2026",
            "Onderwerp: Beslissing op uw bezwaar tegen de afwijzing van een elektrische rolstoel",
        ],
        "salutation": "Geachte mevrouw Oude Lenferink,",
        "body": [
            (
                "p",
                "Bij brief van 3 augustus 2026 heeft u bezwaar gemaakt tegen het besluit van "
                "22 juni 2026, waarbij het college uw aanvraag voor een elektrische rolstoel op "
                "grond van de Wet maatschappelijke ondersteuning 2015 heeft afgewezen en u een "
                "handbewogen rolstoel met duwondersteuning heeft toegekend. In deze brief "
                "leest u onze beslissing op uw bezwaar.",
            ),
            ("h1", "Verloop van de procedure"),
            (
                "table",
                [
                    ["Stap", "Datum"],
                    ["Besluit op uw aanvraag", "22 juni 2026"],
                    ["Ontvangst bezwaarschrift", "4 augustus 2026"],
                    ["Hoorzitting Commissie bezwaarschriften", "1 oktober 2026"],
                    ["Advies van de commissie", "29 oktober 2026"],
                ],
            ),
            (
                "p",
                "Tijdens de hoorzitting bent u bijgestaan door uw dochter, mevrouw M. Oude "
                "Lenferink. Het college werd vertegenwoordigd door de Wmo-consulent, de heer "
                "B. Nijenhuis. Het verslag van de hoorzitting is als bijlage bij het advies "
                "gevoegd.",
            ),
            ("h1", "Overwegingen"),
            (
                "p",
                "De Commissie bezwaarschriften heeft het college geadviseerd uw bezwaar gegrond "
                "te verklaren. Het college neemt dit advies over en overweegt daartoe als "
                "volgt:",
            ),
            (
                "ol",
                [
                    "In het bestreden besluit is onvoldoende onderzocht of u met een "
                    "handbewogen rolstoel met duwondersteuning zelfstandig de afstand naar de "
                    "supermarkt en de huisarts kunt afleggen.",
                    "Uit het aanvullend advies van de onafhankelijk medisch adviseur van "
                    "Adviesbureau Twentezorg van 12 oktober 2026 blijkt dat uw schouderklachten "
                    "zodanig zijn toegenomen dat zelf hoepelen niet meer verantwoord is.",
                    "Daarmee biedt de toegekende voorziening geen passende bijdrage aan uw "
                    "zelfredzaamheid en participatie als bedoeld in artikel 2.3.5 van de Wmo "
                    "2015.",
                ],
            ),
            ("h1", "Beslissing"),
            (
                "p",
                "Het college verklaart uw bezwaar gegrond, herroept het besluit van 22 juni "
                "2026 en kent u alsnog een elektrische rolstoel in bruikleen toe als "
                "maatwerkvoorziening. Daarnaast vergoedt het college op grond van artikel 7:15 "
                "van de Algemene wet bestuursrecht de kosten van de door u ingeschakelde "
                "rechtsbijstand tot een bedrag van € 647,00, dat binnen vier weken wordt "
                "overgemaakt op het rekeningnummer van uw gemachtigde.",
            ),
            (
                "p",
                "Hulpmiddelenleverancier Medipoint Oost neemt binnen tien werkdagen contact "
                "met u op om een afspraak te maken voor het aanmeten van de rolstoel. Wordt u "
                "niet binnen tien werkdagen gebeld, neem dan zelf contact op met Medipoint "
                "Oost via 074-250 48 60.",
            ),
            ("h1", "Beroep"),
            (
                "p",
                "Indien u het niet eens bent met deze beslissing op bezwaar, kunt u binnen "
                "zes weken na de dag van verzending van deze brief beroep instellen bij de "
                "rechtbank Overijssel, sector bestuursrecht, Postbus 10067, 8000 GB Zwolle. "
                "Voor het instellen van beroep is griffierecht verschuldigd.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Voor vragen over deze beslissing kunt u contact opnemen met mr. H. "
                "Lammertink, jurist, via 074-245 91 06 of h.lammertink@hengelo.example.nl. "
                "Voor vragen over de levering van de rolstoel kunt u terecht bij de heer "
                "Nijenhuis, Wmo-consulent, via 074-245 96 32.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van Hengelo,\nnamens deze,",
            "mr. H. Lammertink\njurist Juridische Zaken",
        ],
    },
    {
        "file": "q15-jeugd-afwijzing-dyslexiezorg.docx",
        "header": [
            "Sociaal Team Doetinchem",
            "in opdracht van de gemeente Doetinchem",
            "Raadhuisstraat 2, 7001 EW Doetinchem",
        ],
        "footer": "Sociaal Team Doetinchem · 0314-37 70 00 · www.sociaalteamdoetinchem.example.nl",
        "address": [
            "De heer S. Hendriksen",
            "Mevrouw L. Hendriksen-Tiemessen",
            "Keppelseweg 217",
            "7001 CH Doetinchem",
        ],
        "refs": [
            "Doetinchem, 24 november 2026",
            "Ons kenmerk: STD/JW/2026/0855",
            "Betreft: Fenna Hendriksen, geboren 30 januari 2018, BSN 276153443",
        ],
        "salutation": "Geachte heer en mevrouw Hendriksen,",
        "body": [
            (
                "p",
                "Op 8 oktober 2026 heeft u namens uw dochter Fenna een aanvraag ingediend voor "
                "diagnostiek en behandeling van ernstige enkelvoudige dyslexie (EED) bij "
                "Leerpraktijk Achterhoek. Het Sociaal Team Doetinchem beoordeelt deze "
                "aanvragen namens het college van burgemeester en wethouders van Doetinchem.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college wijst uw aanvraag voor vergoeding van dyslexiezorg op grond van "
                "de Jeugdwet af.",
            ),
            ("h2", "Waarom wijzen wij uw aanvraag af?"),
            (
                "p",
                "Dyslexiezorg wordt alleen vergoed als de school aantoonbaar voldoende extra "
                "begeleiding heeft geboden en de achterstand daarna blijft bestaan. Conform het "
                "Protocol Dyslexie Diagnostiek en Behandeling 3.0 moet het leerlingdossier "
                "daartoe aan de volgende voorwaarden voldoen:",
            ),
            (
                "ol",
                [
                    "Drie opeenvolgende meetmomenten met een achterstand in lezen.",
                    "Ten minste twee perioden van extra begeleiding van elk twaalf weken.",
                    "Een handelingsplan waaruit blijkt hoe de begeleiding is uitgevoerd.",
                ],
            ),
            (
                "p",
                "Uit het dossier dat basisschool De Wingerd op 21 oktober 2026 heeft aangeleverd, "
                "blijkt dat Fenna tot nu toe één periode van extra begeleiding heeft gehad. "
                "Daarmee wordt niet voldaan aan de tweede voorwaarde en kan niet worden "
                "vastgesteld dat er sprake is van hardnekkige leesproblemen als bedoeld in "
                "artikel 6 van de Verordening jeugdhulp Doetinchem 2025.",
            ),
            ("h1", "Welke hulp is er wel?"),
            (
                "table",
                [
                    ["Hulp", "Wie", "Telefoon"],
                    [
                        "Tweede periode extra leesbegeleiding op school",
                        "Basisschool De Wingerd, intern begeleider",
                        "0314-36 24 80",
                    ],
                    [
                        "Advies over opvoeden en leren thuis",
                        "Sociaal Team Doetinchem",
                        "0314-37 70 00",
                    ],
                    [
                        "Nieuwe aanvraag na de tweede periode",
                        "Sociaal Team Doetinchem",
                        "0314-37 70 00",
                    ],
                ],
            ),
            (
                "p",
                "Blijft de achterstand na de tweede periode bestaan, dan kunt u een nieuwe "
                "aanvraag indienen. Wij verzoeken u in dat geval het bijgewerkte "
                "leerlingdossier mee te sturen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de datum "
                "van deze brief bezwaar maken bij het college van burgemeester en wethouders "
                "van Doetinchem, Postbus 9020, 7000 HA Doetinchem. Uw consulent kan u "
                "uitleggen hoe dat gaat.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Uw consulent is mevrouw W. Lensink. U kunt haar bellen op 06-30 71 84 26 of "
                "mailen naar w.lensink@sociaalteamdoetinchem.example.nl. Vragen over het "
                "onderzoek van Leerpraktijk Achterhoek stelt u aan de praktijk zelf via "
                "0314-62 03 51.",
            ),
            (
                "p",
                "Heeft u buiten kantoortijd met spoed hulp nodig voor uw gezin?",
            ),
            (
                "ul",
                [
                    "Crisisdienst Jeugd Achterhoek: 0314-35 90 90",
                    "Veilig Thuis, bij zorgen over huiselijk geweld: 0800-2000",
                    "Bij levensgevaar: 112",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Doetinchem,",
            "W. Lensink\nconsulent jeugd\nSociaal Team Doetinchem",
        ],
    },
    {
        "file": "q16-wmo-intrekking-persoonsgebonden-budget.docx",
        "header": [
            "Gemeente Roosendaal",
            "Team Maatschappelijke Ondersteuning",
            "Postbus 5000, 4700 KA Roosendaal",
        ],
        "footer": "Gemeente Roosendaal · Stadserf 1 · telefoon 14 0165 · www.roosendaal.example.nl",
        "address": [
            "De heer C.J. Verbraak",
            "Kalsdonksestraat 76",
            "4702 GD Roosendaal",
        ],
        "refs": [
            "Datum: 27 november 2026",
            "Ons kenmerk: RSD/MO/2026/20917",
            "Cliëntnummer: 0150388",
            "Onderwerp: Intrekking persoonsgebonden budget begeleiding",
        ],
        "salutation": "Geachte heer Verbraak,",
        "body": [
            ("h1", "Aanleiding"),
            (
                "p",
                "Bij besluit van 15 januari 2026 is aan u een maatwerkvoorziening begeleiding "
                "individueel toegekend in de vorm van een persoonsgebonden budget (pgb) van "
                "maximaal € 9.880,00 per jaar. In het kader van de jaarlijkse controle heeft de "
                "Sociale Verzekeringsbank (SVB) op 2 oktober 2026 gemeld dat er over de periode "
                "april tot en met augustus 2026 declaraties zijn ingediend door uw zorgverlener, "
                "terwijl u ons op 9 oktober 2026 heeft verklaard dat u in die periode geen "
                "begeleiding heeft ontvangen.",
            ),
            (
                "table",
                [
                    ["Periode", "Gedeclareerd", "Begeleiding ontvangen"],
                    ["april 2026", "€ 823,00", "nee"],
                    ["mei 2026", "€ 823,00", "nee"],
                    ["juni 2026", "€ 823,00", "nee"],
                    ["juli 2026", "€ 823,00", "nee"],
                    ["augustus 2026", "€ 823,00", "nee"],
                ],
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college trekt het pgb met ingang van 1 december 2026 in op grond van "
                "artikel 2.3.10 van de Wmo 2015. U blijft recht houden op begeleiding; deze "
                "wordt vanaf 1 december 2026 geleverd als zorg in natura door Zorggroep "
                "Brabantse Wal. Over de terugvordering van het ten onrechte uitbetaalde "
                "budget ontvangt u een afzonderlijk besluit.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Een pgb mag uitsluitend worden besteed aan de ondersteuning waarvoor het is "
                "verstrekt. Nu er gedurende vijf maanden is gedeclareerd zonder dat "
                "begeleiding is geleverd, is het budget niet besteed aan het doel waarvoor het "
                "is verstrekt. Het college acht het niet verantwoord het pgb te laten "
                "voortbestaan.",
            ),
            ("h1", "Wat moet u doen"),
            (
                "ul",
                [
                    "Zeg de zorgovereenkomst met uw huidige zorgverlener op vóór 1 december "
                    "2026 en stuur een kopie van de opzegging naar de SVB.",
                    "Maak een afspraak voor een kennismaking met Zorggroep Brabantse Wal; zij "
                    "bellen u hiervoor in de week van 30 november 2026.",
                ],
            ),
            (
                "p",
                "Indien de zorgovereenkomst niet tijdig wordt opgezegd, blijven de "
                "declaraties van de zorgverlener voor uw rekening.",
            ),
            ("h1", "Bezwaar en voorlopige voorziening"),
            (
                "p",
                "Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar "
                "maken bij het college van burgemeester en wethouders van Roosendaal, "
                "Postbus 5000, 4700 KA Roosendaal. Het bezwaar schort de werking van het "
                "besluit niet op. Bij spoedeisend belang kunt u de voorzieningenrechter van de "
                "rechtbank Zeeland-West-Brabant om een voorlopige voorziening verzoeken.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Heeft u vragen over dit besluit, neemt u dan contact op met de heer "
                "J. Koevoets, Wmo-consulent, via 0165-57 92 14 of "
                "j.koevoets@roosendaal.example.nl. Voor vragen over de declaraties en de "
                "opzegging van de zorgovereenkomst kunt u bellen met de SVB via "
                "030-264 82 00. De teamleider Maatschappelijke Ondersteuning, mevrouw "
                "A. Jacobs, heeft dit besluit ondertekend.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Roosendaal,",
            "A. Jacobs\nteamleider Maatschappelijke Ondersteuning",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 4 (fictief)"
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
