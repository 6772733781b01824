"""Generate the .docx letters of the sixteenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval16.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer with the gemeente's general number, a recipient block with reference
rows, List Bullet/List Number styles for lists and at least one real table.
New in this set: headings as bold run-in leads at the start of a paragraph
("Besluit. Het college heeft …", g12), an aanmaning whose numbers are written
with the netnummer in brackets and a second table with the payment details
(g13), a contact table in which the gemeente's own number starts with 0113
next to other organisations' numbers (g14), a reference table at the top
(Ons kenmerk / Uw kenmerk / Behandeld door / Datum) and a decision split over
two paragraphs with a table between them in a beslissing op bezwaar (g15), and
a plain letter whose crisis lines are the last items of a bulleted list (g16).
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
        "file": "g12-jeugd-beeindiging-kopjes-als-vette-aanloop.docx",
        "header": [
            "Gemeente Overbetuwe",
            "Team Jeugd en Gezin",
            "Postbus 11, 6660 AA Elst",
        ],
        "footer": "Gemeente Overbetuwe · Postbus 11, 6660 AA Elst · telefoon 0481-36 23 00 · www.overbetuwe.example.nl",
        "address": ["De heer en mevrouw Hendriks", "Dorpsstraat 56", "6661 EM Elst"],
        "refs": [
            "Elst, 15 december 2026",
            "Ons kenmerk: OVB/JGD/2026/4471",
            "Onderwerp: beëindiging jeugdhulp Jesse",
        ],
        "salutation": "Geachte heer en mevrouw Hendriks,",
        "body": [
            (
                "pb",
                (
                    "Aanleiding. ",
                    "Bij besluit van 14 februari 2025 is aan uw zoon Jesse, geboren op 27 januari 2009, jeugdhulp in de vorm van ambulante begeleiding toegekend, te leveren door Stichting Jeugdhulp Betuwe. Op 27 januari 2027 zal Jesse de leeftijd van achttien jaar bereiken, waarmee de Jeugdwet in beginsel niet langer op hem van toepassing is.",
                ),
            ),
            (
                "pb",
                (
                    "Besluit. ",
                    "Het college heeft besloten de jeugdhulp met ingang van 27 januari 2027 te beëindigen en geen verlengde jeugdhulp als bedoeld in artikel 1.1 van de Jeugdwet toe te kennen.",
                ),
            ),
            (
                "pb",
                (
                    "Motivering. ",
                    "Uit het perspectiefplan alsmede het gesprek dat op 24 november 2026 ten uwent heeft plaatsgevonden, is gebleken dat de ondersteuning die Jesse na zijn achttiende verjaardag behoeft, in voldoende mate kan worden geboden in het kader van de Wet maatschappelijke ondersteuning 2015, zodat de noodzaak tot voortzetting van de jeugdhulp na het bereiken van de meerderjarige leeftijd niet is aangetoond. Teneinde een ononderbroken ondersteuning te waarborgen, is in overleg met u en Jesse overeengekomen dat de overdracht naar de Wmo reeds voor de einddatum wordt voorbereid.",
                ),
            ),
            (
                "p",
                "Onderstaand overzicht geeft weer welke ondersteuning per welke datum eindigt dan wel wordt overgedragen:",
            ),
            (
                "table",
                [
                    ["Ondersteuning", "Huidige aanbieder", "Vanaf 27 januari 2027"],
                    [
                        "Ambulante begeleiding",
                        "Stichting Jeugdhulp Betuwe",
                        "eindigt; begeleiding via de Wmo",
                    ],
                    ["Dagbesteding", "Zorgboerderij De Linge", "wordt voortgezet via de Wmo"],
                ],
            ),
            (
                "pb",
                (
                    "Vervolg. ",
                    "Ten behoeve van een tijdige overdracht wordt van u en Jesse het volgende verwacht:",
                ),
            ),
            (
                "ul",
                [
                    "Jesse dient het bijgevoegde meldingsformulier Wmo zelf te ondertekenen en uiterlijk 8 januari 2027 te retourneren;",
                    "u dient eventuele wijzigingen in de woonsituatie van Jesse onverwijld aan ons te melden.",
                ],
            ),
            (
                "pb",
                (
                    "Bezwaar. ",
                    "Indien u of Jesse zich met dit besluit niet kan verenigen, kan binnen zes weken na de datum van verzending van deze brief een bezwaarschrift worden ingediend bij het college van burgemeester en wethouders van Overbetuwe, Postbus 11, 6660 AA Elst. Het bezwaarschrift dient te worden ondertekend en de gronden van het bezwaar te bevatten.",
                ),
            ),
            (
                "pb",
                (
                    "Contact. ",
                    "Voor vragen omtrent dit besluit kunt u zich wenden tot de jeugdconsulent, de heer S. Brouwer, telefoon 0481-36 27 14, e-mail s.brouwer@overbetuwe.example.nl. Vragen over de begeleiding zelf kunt u tot 27 januari 2027 voorleggen aan Stichting Jeugdhulp Betuwe, telefoon 026-384 11 90.",
                ),
            ),
            (
                "pb",
                (
                    "Crisis. ",
                    "Is er buiten kantooruren sprake van een crisissituatie, dan kunt u contact opnemen met de Crisisdienst Jeugd Gelderland-Midden, telefoon 088-933 12 00. Bij direct levensgevaar belt u 112.",
                ),
            ),
        ],
        "closing": [
            "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Overbetuwe,",
            "mr. L.M. van Dijk\nteamleider Jeugd en Gezin",
        ],
    },
    {
        "file": "g13-schulden-aanmaning-netnummer-tussen-haakjes-betaaltabel.docx",
        "header": [
            "Gemeente Etten-Leur",
            "Team Invordering",
            "Postbus 10100, 4870 GA Etten-Leur",
        ],
        "footer": "Gemeente Etten-Leur · Postbus 10100, 4870 GA Etten-Leur · (076) 502 44 00 · invordering@etten-leur.example.nl",
        "address": ["Mevrouw J. Oomen", "Anna Paulownastraat 18", "4872 EG Etten-Leur"],
        "refs": [
            "Etten-Leur, 16 december 2026",
            "Leningnummer: EL-KB-2025-0318",
            "Onderwerp: aanmaning aflossing sociale lening",
        ],
        "salutation": "Geachte mevrouw Oomen,",
        "body": [
            ("h2", "Waarom krijgt u deze aanmaning?"),
            (
                "p",
                "Op 3 maart 2025 heeft u van de gemeente een sociale lening ontvangen voor de herinrichting van uw woning. U lost deze lening af in maandelijkse termijnen van € 85,00, te voldoen vóór de eerste van iedere maand. Ondanks onze herinnering van 10 november 2026 hebben wij de termijnen van oktober en november 2026 niet ontvangen.",
            ),
            ("h2", "Hoeveel moet u betalen?"),
            (
                "table",
                [
                    ["Omschrijving", "Bedrag"],
                    ["Termijn oktober 2026", "€ 85,00"],
                    ["Termijn november 2026", "€ 85,00"],
                    ["Aanmaningskosten", "€ 7,50"],
                    ["Totaal te betalen", "€ 177,50"],
                ],
            ),
            ("h2", "Hoe betaalt u?"),
            (
                "p",
                "Maak het totaalbedrag over vóór 6 januari 2027. Gebruik daarvoor de volgende gegevens:",
            ),
            (
                "table",
                [
                    ["Rekeningnummer", "NL56 BNGH 0285 1773 09"],
                    ["Ten name van", "Gemeente Etten-Leur"],
                    ["Omschrijving", "EL-KB-2025-0318"],
                ],
            ),
            (
                "p",
                "Heeft u het bedrag inmiddels voldaan? Dan kunt u deze aanmaning als niet verzonden beschouwen.",
            ),
            ("h2", "Wat gebeurt er als u niet betaalt?"),
            (
                "p",
                "Indien betaling uitblijft, zijn wij genoodzaakt de vordering ter incasso uit handen te geven aan een gerechtsdeurwaarder. De daaraan verbonden kosten komen voor uw rekening. Tegen deze aanmaning kunt u geen bezwaar maken.",
            ),
            ("h2", "Kunt u niet betalen?"),
            (
                "ol",
                [
                    "Neem vóór 6 januari 2027 contact op met Team Invordering.",
                    "Wij bespreken met u of een lagere termijn tijdelijk mogelijk is.",
                    "Heeft u meer schulden? Dan kunt u zich aanmelden bij het Geldloket Etten-Leur, telefoon (076) 503 82 20.",
                ],
            ),
            ("h2", "Heeft u vragen?"),
            (
                "p",
                "Team Invordering is op werkdagen van 9.00 tot 12.00 uur bereikbaar via het telefoonnummer onderaan deze brief, of per e-mail via invordering@etten-leur.example.nl. Vermeld altijd uw leningnummer.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "R. van Gastel\nmedewerker Team Invordering",
        ],
    },
    {
        "file": "g14-wmo-informatiebrief-contacttabel-0113-nummer.docx",
        "header": [
            "Gemeente Borsele",
            "Wmo-loket",
            "Postbus 1, 4450 AA Heinkenszand",
        ],
        "footer": "Gemeente Borsele · Postbus 1, 4450 AA Heinkenszand · telefoon 0113-23 84 00 · www.borsele.example.nl",
        "address": ["Mevrouw C. de Jonge-Verburg", "Zandweg 7", "4451 AH Heinkenszand"],
        "refs": [
            "Heinkenszand, 17 december 2026",
            "Ons kenmerk: BOR/WMO/2026/7810",
            "Onderwerp: nieuwe aanbieder hulp bij het huishouden",
        ],
        "salutation": "Geachte mevrouw De Jonge-Verburg,",
        "body": [
            ("h2", "Wat verandert er?"),
            (
                "p",
                "U ontvangt van de gemeente hulp bij het huishouden van Thuiszorg Zeeland Zuid. Het contract van de gemeente met deze aanbieder eindigt op 31 januari 2027. Vanaf 1 februari 2027 krijgt u uw hulp van Huishoudhulp De Schelde. De omvang van uw hulp blijft zoals in uw beschikking staat: 150 minuten per week.",
            ),
            (
                "p",
                "Uw huidige indicatie wordt ongewijzigd voortgezet; het betreft uitsluitend een wisseling van aanbieder. U hoeft hiervoor dus geen nieuwe aanvraag in te dienen.",
            ),
            ("h2", "Wat gebeurt er?"),
            (
                "ul",
                [
                    "Huishoudhulp De Schelde neemt vóór 22 januari 2027 contact met u op voor een kennismakingsgesprek.",
                    "Uw vaste hulp mag in veel gevallen met u mee overgaan. Dit wordt in het kennismakingsgesprek met u besproken.",
                    "Uw eigen bijdrage blijft hetzelfde. Het CAK int de eigen bijdrage, zoals nu.",
                ],
            ),
            ("h2", "Moet u iets doen?"),
            (
                "p",
                "Nee, in principe niet. Heeft u op 25 januari 2027 nog niets van Huishoudhulp De Schelde gehoord? Neem dan contact op met het Wmo-loket.",
            ),
            ("h2", "Bij wie kunt u terecht?"),
            (
                "table",
                [
                    ["Vraag over", "Bij wie", "Telefoon"],
                    [
                        "uw hulp tot en met 31 januari 2027",
                        "Thuiszorg Zeeland Zuid",
                        "0118-42 60 60",
                    ],
                    ["uw hulp vanaf 1 februari 2027", "Huishoudhulp De Schelde", "0113-57 12 90"],
                    ["uw eigen bijdrage", "CAK", "0800-0087"],
                    ["uw indicatie of deze brief", "Wmo-loket gemeente Borsele", "0113-23 84 00"],
                ],
            ),
            (
                "p",
                "Het Wmo-loket is bereikbaar op werkdagen van 8.30 tot 12.30 uur. U kunt ook mailen naar wmo@borsele.example.nl. Wilt u hulp van een onafhankelijke cliëntondersteuner? Die is gratis; vraag ernaar bij het Wmo-loket.",
            ),
            ("h2", "Kunt u bezwaar maken?"),
            (
                "p",
                "Tegen deze brief kunt u geen bezwaar maken. Deze brief bevat geen besluit: uw rechten blijven gelijk.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "M. Dingemanse\nteamleider Wmo",
        ],
    },
    {
        "file": "g15-participatie-beslissing-op-bezwaar-kenmerktabel-bovenaan.docx",
        "header": [
            "Gemeente Vught",
            "Juridische Zaken",
            "Postbus 10100, 5260 GA Vught",
        ],
        "footer": "Gemeente Vught · Postbus 10100, 5260 GA Vught · telefoon 073-658 06 58 · www.vught.example.nl",
        "address": ["De heer R.A. van Kessel", "Taalstraat 142", "5261 BK Vught"],
        "refs": ["Aangetekend verzonden"],
        "top_table": [
            ["Ons kenmerk", "VUG/JZ/2026/0957"],
            ["Uw kenmerk", "bezwaar 12 augustus 2026"],
            ["Behandeld door", "mevrouw mr. N. Claassen"],
            ["Doorkiesnummer", "073-658 07 41"],
            ["Datum", "17 december 2026"],
        ],
        "salutation": "Geachte heer Van Kessel,",
        "body": [
            ("h1", "Het bestreden besluit"),
            (
                "p",
                "Bij besluit van 7 juli 2026 heeft het college de u toekomende bijstand ingevolge de Participatiewet met ingang van 1 augustus 2026 verlaagd met 20 procent gedurende drie maanden, wegens het niet nakomen van de arbeidsverplichting om te verschijnen op een sollicitatiegesprek bij Van der Heijden Logistiek op 9 juni 2026. Tegen dit besluit heeft u bij brief van 12 augustus 2026 tijdig bezwaar gemaakt.",
            ),
            ("h1", "Beslissing"),
            (
                "p",
                "Het college heeft besloten, in afwijking van het advies van de commissie bezwaarschriften van 25 november 2026, uw bezwaar gedeeltelijk gegrond te verklaren. De maatregel wordt gehandhaafd, doch de duur daarvan wordt teruggebracht tot één maand, zulks overeenkomstig het onderstaande overzicht:",
            ),
            (
                "table",
                [
                    ["Maand", "Verlaging volgens besluit", "Verlaging na bezwaar"],
                    ["augustus 2026", "€ 261,42", "€ 261,42"],
                    ["september 2026", "€ 261,42", "€ 0,00"],
                    ["oktober 2026", "€ 261,42", "€ 0,00"],
                ],
            ),
            (
                "p",
                "Het te veel ingehouden bedrag van € 522,84 zal binnen vier weken na dagtekening van deze beslissing op uw rekening worden bijgeschreven. Voorts worden de kosten die u in verband met de behandeling van het bezwaar redelijkerwijs heeft moeten maken, vergoed tot een bedrag van € 647,00, te voldoen aan uw gemachtigde, Rechtshulp Den Bosch-Vught.",
            ),
            ("h1", "Motivering"),
            (
                "p",
                "Het college is met de commissie van oordeel dat u verwijtbaar niet op het gesprek bent verschenen. Gelet echter op het feit dat u aannemelijk heeft gemaakt dat u ten tijde van het gesprek de zorg droeg voor uw zieke moeder, acht het college een verlaging gedurende drie maanden niet evenredig, zodat met toepassing van artikel 9, tweede lid, van de Afstemmingsverordening Participatiewet Vught 2024 wegens dringende redenen wordt afgezien van de volledige duur.",
            ),
            ("h1", "Beroep"),
            (
                "p",
                "Indien u zich met deze beslissing niet kunt verenigen, kunt u binnen zes weken na de dag van verzending daarvan beroep instellen bij de rechtbank Oost-Brabant, team bestuursrecht, Postbus 90125, 5200 MA 's-Hertogenbosch. Het beroepschrift dient te bevatten:",
            ),
            (
                "ul",
                [
                    "uw naam en adres;",
                    "de dagtekening;",
                    "een omschrijving van de beslissing waartegen het beroep is gericht;",
                    "de gronden van het beroep.",
                ],
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Voor vragen omtrent deze beslissing kunt u zich wenden tot de behandelaar, wier gegevens bovenaan deze brief zijn vermeld.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Vught,\nnamens dezen,",
            "mr. N. Claassen\njurist Juridische Zaken",
        ],
    },
    {
        "file": "g16-jeugd-plain-toekenning-crisis-in-opsomming.docx",
        "header": [
            "Gemeente Landgraaf",
            "Team Jeugd",
            "Postbus 31000, 6370 AA Landgraaf",
        ],
        "footer": "Gemeente Landgraaf · Postbus 31000, 6370 AA Landgraaf · telefoon 045-569 53 00 · www.landgraaf.example.nl",
        "address": ["Mevrouw N. Ramakers", "Kampstraat 12", "6373 CD Landgraaf"],
        "refs": [
            "Landgraaf, 18 december 2026",
            "Kenmerk: LGR/JGD/2026/0612",
            "Onderwerp: hulp voor Lieke",
        ],
        "salutation": "Beste mevrouw Ramakers,",
        "body": [
            ("h2", "Wat hebben wij besloten?"),
            (
                "p",
                "U vroeg op 12 november 2026 om hulp voor uw dochter Lieke. Wij geven Lieke die hulp. Zij krijgt een jaar lang elke week een middag begeleiding van Kindercentrum De Kei. Dat is van 4 januari 2027 tot en met 2 januari 2028.",
            ),
            (
                "p",
                "Waarom? Lieke heeft moeite met vriendschappen en met boos worden. In ons gesprek op 1 december 2026 vertelde u dat dit thuis en op school veel ruzie geeft. De begeleiding helpt Lieke om daar beter mee om te gaan.",
            ),
            ("h2", "Wat gebeurt er nu?"),
            (
                "table",
                [
                    ["Wat", "Wanneer"],
                    [
                        "Kindercentrum De Kei belt u voor een eerste afspraak",
                        "vóór 23 december 2026",
                    ],
                    ["Lieke gaat voor het eerst naar de begeleiding", "maandag 4 januari 2027"],
                    ["Wij bellen u om te horen hoe het gaat", "in april 2027"],
                ],
            ),
            ("h2", "Bent u het niet eens met dit besluit?"),
            (
                "p",
                "Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. Stuur een brief naar het college van burgemeester en wethouders, Postbus 31000, 6370 AA Landgraaf. Zet erin waarom u het niet eens bent. Liever eerst even praten? Bel mij dan.",
            ),
            ("h2", "Vragen?"),
            ("p", "Bel mij gerust:"),
            (
                "ul",
                [
                    "Anouk Heuts, jeugdconsulent: 06-18 27 45 93 (maandag tot en met donderdag)",
                    "mailen kan ook: a.heuts@landgraaf.example.nl",
                    "Is er 's avonds of in het weekend gevaar voor Lieke of voor u? Bel Veilig Thuis: 0800-2000.",
                    "Is er direct gevaar? Bel 112.",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Anouk Heuts\njeugdconsulent",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 16 (fictief)"
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
