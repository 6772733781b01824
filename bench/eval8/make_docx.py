"""Generate the .docx letters of the eighth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval8.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and at least one real table (the youth care
granted, the papers that were not delivered, the savings counted, an
appointment and a contact card, an appointment), so a reader that uses the
document model can be measured on it. The builder is a copy of
bench/eval7/make_docx.py, kept here on purpose so that this frozen set does not
change when another set's script does. The text is written here by hand (not
copied from any tool output); the generated files are committed next to the
.txt letters and described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 8, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "t12-jeugd-toekenning-ambulante-hulp-gezin.docx",
        "header": [
            "Gemeente Emmen",
            "Team Jeugd en Gezin",
            "Postbus 30001",
            "7800 RA Emmen",
        ],
        "footer": "Gemeente Emmen · Raadhuisplein 1 · telefoon 14 0591 · www.emmen.example.nl",
        "address": [
            "Mevrouw T. Lubbers",
            "Hondsrugweg 65",
            "7823 PA Emmen",
        ],
        "refs": [
            "Emmen, 8 december 2026",
            "Ons kenmerk: EMN/JGD/2026/3307",
            "BSN jeugdige: 132386240",
            "Betreft: beschikking jeugdhulp voor Mila Lubbers (geboren 9 april 2012)",
        ],
        "salutation": "Geachte mevrouw Lubbers,",
        "body": [
            ("h1", "1. Uw aanvraag"),
            (
                "p",
                "Op 6 november 2026 heeft u bij ons een aanvraag ingediend voor jeugdhulp voor uw "
                "dochter Mila. Op 18 november 2026 heeft onze jeugdconsulent, mevrouw P. Lanting, "
                "met u en Mila gesproken. Uit dit gesprek en de informatie van de huisarts blijkt "
                "dat Mila sinds de zomer angstklachten heeft en nauwelijks nog naar school gaat. "
                "U heeft aangegeven dat u als alleenstaande ouder handelingsverlegen bent.",
            ),
            ("h1", "2. Ons besluit"),
            (
                "p",
                "Op grond van artikel 2.3 van de Jeugdwet en de Verordening Jeugdhulp Emmen 2025 "
                "kennen wij de volgende individuele voorziening toe:",
            ),
            (
                "table",
                [
                    ["Vorm van hulp", "Aanbieder", "Omvang", "Periode"],
                    [
                        "Ambulante behandeling jeugd-ggz",
                        "Jeugdzorg De Hondsrug",
                        "2 uur per week",
                        "1 januari 2027 tot en met 30 juni 2027",
                    ],
                    [
                        "Gezinsbegeleiding thuis",
                        "Jeugdzorg De Hondsrug",
                        "3 uur per week",
                        "1 januari 2027 tot en met 30 juni 2027",
                    ],
                ],
            ),
            (
                "p",
                "De hulp wordt in natura geleverd. Dit betekent dat de gemeente de aanbieder "
                "rechtstreeks betaalt. U bent geen eigen bijdrage verschuldigd.",
            ),
            ("h2", "Wat wij van u verwachten"),
            (
                "p",
                "Aan deze beschikking zijn de volgende afspraken verbonden:",
            ),
            (
                "ul",
                [
                    "u stelt samen met de aanbieder binnen vier weken na de start een hulpverleningsplan op",
                    "u werkt mee aan de evaluatie in de week van 7 april 2027",
                    "u meldt wijzigingen in uw situatie onverwijld aan de jeugdconsulent",
                ],
            ),
            (
                "p",
                "Jeugdzorg De Hondsrug neemt binnen tien werkdagen telefonisch contact met u op om "
                "de eerste afspraak te plannen. Voor vragen over die planning kunt u de aanbieder "
                "bellen op 0591-66 72 10.",
            ),
            ("h1", "3. Bezwaar"),
            (
                "p",
                "Indien u zich niet kunt verenigen met deze beschikking, kunt u binnen zes weken na "
                "de verzenddatum een bezwaarschrift indienen bij het college van burgemeester en "
                "wethouders van Emmen, Postbus 30001, 7800 RA Emmen. Het bezwaarschrift bevat ten "
                "minste uw naam en adres, de datum, een omschrijving van het besluit en de redenen "
                "van uw bezwaar.",
            ),
            ("h1", "4. Contact en hulp bij crisis"),
            (
                "p",
                "Uw vaste contactpersoon is mevrouw P. Lanting, jeugdconsulent. U kunt haar bereiken "
                "op 06-38 20 17 54 of via p.lanting@emmen.example.nl.",
            ),
            (
                "p",
                "Gaat het buiten kantoortijd ineens heel slecht met Mila? Bel dan de Crisisdienst "
                "Jeugd Drenthe: 0592-85 10 00. Bij levensgevaar belt u 112. Maakt u zich zorgen over "
                "geweld in het gezin? Bel Veilig Thuis: 0800-2000.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Emmen,",
            "J.H. Oldenhuis\nteamleider Jeugd en Gezin",
        ],
    },
    {
        "file": "t13-schulden-beeindiging-schuldhulp-geen-medewerking.docx",
        "header": [
            "Gemeente Dordrecht",
            "Team Schuldhulpverlening",
            "Postbus 8",
            "3300 AA Dordrecht",
        ],
        "footer": "Gemeente Dordrecht · Spuiboulevard 300 · www.dordrecht.example.nl",
        "address": [
            "De heer A.L. Sardjoe",
            "Krispijnseweg 212",
            "3317 EM Dordrecht",
        ],
        "refs": [
            "Dordrecht, 10 december 2026",
            "Ons kenmerk: DOR/SHV/26/2284",
            "Betreft: beëindiging schuldhulpverlening",
        ],
        "salutation": "Geachte heer Sardjoe,",
        "body": [
            (
                "p",
                "Met deze brief delen wij u mede dat wij de schuldhulpverlening aan u beëindigen "
                "met ingang van 1 januari 2027. Hieronder leest u waarom en wat u kunt doen.",
            ),
            ("h1", "Aanleiding"),
            (
                "p",
                "Op 4 augustus 2026 bent u gestart met een traject schuldhulpverlening. In het plan "
                "van aanpak van 1 september 2026 hebben wij met u afgesproken:",
            ),
            (
                "ol",
                [
                    "U levert alle gevraagde stukken aan binnen de afgesproken termijn.",
                    "U maakt geen nieuwe schulden.",
                    "U komt naar de afspraken met uw schuldhulpconsulent.",
                ],
            ),
            (
                "p",
                "Ondanks twee schriftelijke herinneringen, van 6 oktober 2026 en 3 november 2026, "
                "heeft u de volgende stukken niet aangeleverd:",
            ),
            (
                "table",
                [
                    ["Stuk", "Gevraagd op", "Uiterste datum"],
                    ["Jaaropgave 2025 van uw werkgever", "1 september 2026", "15 september 2026"],
                    [
                        "Overzicht van de schuld aan Zorgverzekeraar Zuid",
                        "1 september 2026",
                        "15 september 2026",
                    ],
                    [
                        "Bankafschriften augustus tot en met oktober 2026",
                        "6 oktober 2026",
                        "20 oktober 2026",
                    ],
                ],
            ),
            (
                "p",
                "Daarnaast is gebleken dat u een nieuwe betalingsachterstand heeft laten ontstaan bij "
                "Woonstichting Drechtoevers van € 1.142,00. Op 24 november 2026 bent u zonder afmelding niet "
                "verschenen op de afspraak met uw consulent.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Gelet op het vorenstaande en op grond van artikel 5 van de Beleidsregels "
                "schuldhulpverlening Dordrecht 2025 beëindigen wij de schuldhulpverlening, "
                "aangezien u de verplichtingen die uit het plan van aanpak voortvloeien niet bent "
                "nagekomen. Een nieuwe aanvraag wordt gedurende zes maanden na de beëindiging "
                "niet in behandeling genomen, tenzij sprake is van een dreigende huisuitzetting.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van "
                "deze brief bezwaar maken bij het college van burgemeester en wethouders van "
                "Dordrecht. Geef in uw bezwaar aan waarom u het niet eens bent.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Voor vragen over deze brief kunt u contact opnemen met uw schuldhulpconsulent, de "
                "heer S. Pranoto, telefoon 078-770 45 12. Loopt uw budgetbeheer via Stichting "
                "Geldkracht Drechtsteden? Dan blijft dat gewoon doorlopen; met vragen daarover "
                "belt u de stichting op 078-613 80 40.",
            ),
            (
                "p",
                "Geven uw schulden u zoveel zorgen dat u aan zelfdoding denkt? Praat er dan over met "
                "113 Zelfmoordpreventie: bel 0800-0113 of 113. Dat kan anoniem.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Dordrecht,",
            "drs. M.C. van der Linden\nmanager Schuldhulpverlening",
            "P.S. Levert u alsnog vóór 22 december 2026 alle ontbrekende stukken aan en betaalt u "
            "de achterstand bij Woonstichting Drechtoevers? Neem dan contact op met de heer Pranoto. Wij "
            "bekijken dan of de schuldhulpverlening toch kan doorgaan.",
        ],
    },
    {
        "file": "t14-participatie-afwijzing-bijstand-vermogen.docx",
        "header": [
            "Gemeente Leeuwarden",
            "Werk en Inkomen",
            "Postbus 21000",
            "8900 JA Leeuwarden",
        ],
        "footer": "Gemeente Leeuwarden · Oldehoofsterkerkhof 2 · www.leeuwarden.example.nl",
        "address": [
            "De heer en mevrouw P. en A. Dijkstra-Hoekstra",
            "Tesselschadestraat 40",
            "8913 HC Leeuwarden",
        ],
        "refs": [
            "Leeuwarden, 7 december 2026",
            "Ons kenmerk: LWD/WI/2026/61530",
            "Betreft: uw aanvraag om algemene bijstand",
        ],
        "salutation": "Geachte heer en mevrouw Dijkstra,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 2 november 2026 heeft u een uitkering op grond van de Participatiewet aangevraagd "
                "voor u als gezin, ingaande 2 november 2026. Op 16 november 2026 heeft u hierover een "
                "gesprek gehad met uw inkomensconsulent, mevrouw R. Zijlstra.",
            ),
            ("h1", "Onze beslissing"),
            (
                "p",
                "Wij wijzen uw aanvraag af. Op grond van artikel 34 van de Participatiewet wordt "
                "bij de beoordeling van het recht op bijstand rekening gehouden met het vermogen "
                "waarover u beschikt of redelijkerwijs kunt beschikken. Uw vermogen is op de datum "
                "van aanvraag als volgt vastgesteld:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Spaarrekening", "€ 9.840,00"],
                    ["Betaalrekening (saldo boven de bijstandsnorm)", "€ 1.215,60"],
                    ["Auto, Volkswagen Touran 2019 (dagwaarde)", "€ 11.500,00"],
                    ["Totaal vermogen", "€ 22.555,60"],
                    ["Vermogensgrens gezin 2026", "€ 15.330,00"],
                ],
            ),
            (
                "p",
                "Uw vermogen overschrijdt de vermogensgrens met € 7.225,60. U wordt derhalve geacht "
                "gedurende enige tijd in uw eigen levensonderhoud te kunnen voorzien. Wij hebben "
                "onderzocht of de auto tot het vrij te laten vermogen kan worden gerekend. Nu u de "
                "auto niet nodig heeft voor werk of vanwege een medische noodzaak, is daarvan geen "
                "sprake.",
            ),
            ("h2", "Wanneer kunt u opnieuw aanvragen?"),
            (
                "p",
                "Als uw vermogen onder de grens van € 15.330,00 is gekomen, kunt u een nieuwe "
                "aanvraag indienen. Bewaar daarom de bonnen van uw uitgaven. Wellicht komt u in de "
                "tussentijd in aanmerking voor:",
            ),
            (
                "ul",
                [
                    "zorgtoeslag en huurtoeslag van Belastingdienst/Toeslagen",
                    "kwijtschelding van gemeentelijke belastingen",
                    "hulp van de Voedselbank Leeuwarden bij een acuut tekort",
                ],
            ),
            (
                "p",
                "Hulp bij het aanvragen van toeslagen krijgt u gratis bij het Sociaal "
                "Raadsliedenwerk Leeuwarden, telefoon 058-213 75 30.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich niet kunt verenigen met dit besluit, kunt u binnen zes weken na "
                "dagtekening een gemotiveerd bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Leeuwarden. Een bezwaar schort de werking van het "
                "besluit niet op.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Heeft u vragen over deze brief? Mail dan naar mevrouw R. Zijlstra via "
                "r.zijlstra@leeuwarden.example.nl of bel het klantcontactcentrum Werk en Inkomen "
                "via 058-233 84 00.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van Leeuwarden,\nnamens dezen,",
            "R. Zijlstra\ninkomensconsulent",
            "Bijlagen:\n1. berekening vermogen\n2. folder Sociaal Raadsliedenwerk",
        ],
    },
    {
        "file": "t15-wmo-uitnodiging-keukentafelgesprek-sociaal-team.docx",
        "header": [
            "Stichting Sociaal Team Gouda",
            "in opdracht van de gemeente Gouda",
            "Burgemeester Jamessingel 22",
            "2803 PV Gouda",
        ],
        "footer": "Stichting Sociaal Team Gouda · telefoon 0182-58 94 00 · www.sociaalteamgouda.example.nl",
        "address": [
            "Mevrouw C. Brouwer-Jansen",
            "Karnemelksloot 118",
            "2806 BK Gouda",
        ],
        "refs": [
            "Gouda, 8 december 2026",
            "Registratienummer: STG-26-08871",
            "Betreft: uitnodiging voor een gesprek over ondersteuning thuis",
        ],
        "salutation": "Geachte mevrouw Brouwer,",
        "body": [
            (
                "p",
                "Op 26 november 2026 heeft uw dochter, mevrouw I. Brouwer, u bij ons gemeld voor "
                "ondersteuning in het kader van de Wet maatschappelijke ondersteuning. U gaf aan "
                "dat het huishouden en de boodschappen u sinds uw heupoperatie niet meer lukken. "
                "Stichting Sociaal Team Gouda voert het onderzoek uit in opdracht van de gemeente "
                "Gouda. Graag maken wij kennis met u.",
            ),
            ("h1", "Uw afspraak"),
            (
                "table",
                [
                    ["Datum", "maandag 21 december 2026"],
                    ["Tijd", "14.00 uur (het gesprek duurt ongeveer een uur)"],
                    ["Plaats", "bij u thuis, Karnemelksloot 118"],
                    ["Wie komt er", "de heer O. Demir, consulent Wmo"],
                ],
            ),
            (
                "p",
                "In het gesprek bespreken wij wat u zelf nog kunt, wat uw familie en buren doen en "
                "waar u hulp bij nodig heeft. Binnen zes weken na uw melding ontvangt u een verslag "
                "van het gesprek. Daarna kunt u een aanvraag doen.",
            ),
            ("h1", "Wat neemt u mee"),
            (
                "ul",
                [
                    "uw identiteitsbewijs",
                    "uw zorgpas",
                    "brieven van het ziekenhuis of de fysiotherapeut, als u die heeft",
                ],
            ),
            (
                "p",
                "U mag iemand vragen om bij het gesprek te zijn, bijvoorbeeld uw dochter. U kunt ook "
                "gratis hulp krijgen van een onafhankelijke cliëntondersteuner van Stichting "
                "Cliëntsteunpunt Midden-Holland, telefoon 0182-69 10 25. Zorgt uw dochter veel voor "
                "u? Het Steunpunt Mantelzorg Gouda geeft haar advies en een luisterend oor: "
                "0182-54 67 80.",
            ),
            ("h1", "Komt de afspraak niet uit?"),
            (
                "p",
                "Bel of mail de heer Demir dan uiterlijk vrijdag 18 december 2026, dan maken wij een "
                "nieuwe afspraak.",
            ),
            (
                "table",
                [
                    ["Uw contactpersoon", "de heer O. Demir"],
                    ["Telefoon", "06-17 44 09 28"],
                    ["E-mail", "o.demir@sociaalteamgouda.example.nl"],
                    ["Afwezig?", "bel het algemene nummer 0182-58 94 00"],
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "L. van Vliet\ncoördinator Stichting Sociaal Team Gouda",
        ],
    },
    {
        "file": "t16-leerplicht-herinnering-rmc-uitgeschreven.docx",
        "header": [
            "Regionaal Bureau Leerlingzaken Twente",
            "namens de gemeente Hengelo",
            "Postbus 18",
            "7550 AA Hengelo",
        ],
        "footer": "Regionaal Bureau Leerlingzaken Twente · telefoon 074-245 98 00 · "
        "www.leerlingzakentwente.example.nl",
        "address": [
            "Milan Oude Booijink",
            "Enschedesestraat 301",
            "7552 CV Hengelo",
        ],
        "refs": [
            "Hengelo, 9 december 2026",
            "Ons kenmerk: RBL-HGL-26-1173",
            "Betreft: tweede uitnodiging, je bent nog kwalificatieplichtig",
        ],
        "salutation": "Beste Milan,",
        "body": [
            ("h1", "1. Waarom krijg je deze brief:"),
            (
                "p",
                "Het ROC van Twente heeft ons laten weten dat je op 13 november 2026 bent "
                "uitgeschreven bij de opleiding Allround Medewerker ICT. Je bent 17 jaar en je hebt "
                "nog geen startkwalificatie. Volgens de Leerplichtwet 1969 ben je dan "
                "kwalificatieplichtig tot je 18de verjaardag, op 2 augustus 2027. Je moet dus een "
                "opleiding volgen of een combinatie van werken en leren hebben.",
            ),
            (
                "p",
                "Op 24 november 2026 hebben wij je een brief gestuurd voor een gesprek op 2 december "
                "2026. Je bent niet gekomen en je hebt niet afgebeld. Daarom krijg je nu deze "
                "tweede uitnodiging.",
            ),
            ("h1", "2. Je nieuwe afspraak:"),
            (
                "table",
                [
                    ["Wanneer", "dinsdag 22 december 2026, 11.00 uur"],
                    ["Waar", "Stadhuis Hengelo, Hazemeijerplein 1, balie Leerlingzaken"],
                    ["Met wie", "mevrouw D. Wesselink, RMC-consulent"],
                ],
            ),
            ("h1", "3. Wat moet je doen:"),
            (
                "ol",
                [
                    "Kom naar het gesprek en neem je ID-kaart mee.",
                    "Neem een van je ouders mee, want je bent nog geen 18.",
                    "Kun je echt niet? Laat het mevrouw Wesselink dan uiterlijk één werkdag van "
                    "tevoren weten.",
                ],
            ),
            (
                "p",
                "Kom je zonder bericht weer niet, dan is de leerplichtambtenaar verplicht een "
                "proces-verbaal op te maken. Je moet dan misschien voor de kinderrechter verschijnen "
                "of een taakstraf doen via Halt. Dat willen wij graag voorkomen.",
            ),
            ("h2", "Wij helpen je verder"),
            (
                "p",
                "In het gesprek kijken we samen welke opleiding of baan met leren bij je past. Wil "
                "je eerst praten met iemand van de opleiding? Bel dan het Studentservicecentrum van "
                "het ROC van Twente: 088-876 54 00.",
            ),
            ("h1", "4. Contact:"),
            (
                "p",
                "Je kunt mevrouw Wesselink bellen of appen op 06-51 09 73 36, of mailen naar "
                "d.wesselink@leerlingzakentwente.example.nl. Is zij er niet? Bel dan het algemene "
                "nummer van Leerlingzaken: 074-245 98 00.",
            ),
            (
                "p",
                "Zit je ergens mee en wil je anoniem praten? Bel of chat met De Kindertelefoon: "
                "0800-0432. Denk je aan zelfdoding? Bel 113 of 0800-0113.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "D. Wesselink\nRMC-consulent Regionaal Bureau Leerlingzaken Twente",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 8 (fictief)"
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
