"""Generate the .docx letters of the fifth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval5.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and a real table (what is granted, an
appointment, a final payment, the phases of a debt arrangement, the old and
new hours of a home-help indication), so a reader that uses the document
model can be measured on it. The builder is a copy of bench/eval4/make_docx.py,
kept here on purpose so that this frozen set does not change when another
set's script does. The text is written here by hand (not copied from any tool
output); the generated files are committed next to the .txt letters and
described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 4, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "r12-jeugd-toekenning-specialistische-jeugdhulp.docx",
        "header": [
            "Stichting Jeugdteams Vlaardingen",
            "in opdracht van de gemeente Vlaardingen",
            "Westnieuwland 6, 3131 VX Vlaardingen",
        ],
        "footer": "Stichting Jeugdteams Vlaardingen · algemeen nummer 010-248 60 00 · "
        "bereikbaar op werkdagen van 9.00 tot 17.00 uur · www.jeugdteamsvlaardingen.example.nl",
        "address": [
            "Mevrouw R. Tahiri",
            "Van Hogendorplaan 812",
            "3135 BL Vlaardingen",
        ],
        "refs": [
            "Datum: 1 december 2026",
            "Ons kenmerk: JTV/BES/2026/3390",
            "Jeugdige: Yasmine Tahiri, geboren 2 oktober 2015",
            "Onderwerp: Besluit jeugdhulp",
        ],
        "salutation": "Geachte mevrouw Tahiri,",
        "body": [
            (
                "p",
                "Op 3 november 2026 heeft u samen met uw jeugdconsulent, de heer O. Karaca, "
                "een ondersteuningsplan opgesteld voor uw dochter Yasmine. Daarin staat dat "
                "Yasmine door haar autisme vastloopt op school en thuis en dat zij "
                "specialistische hulp nodig heeft. In deze brief leest u wat het college op "
                "basis van dat plan heeft besloten.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college kent Yasmine op grond van artikel 2.3 van de Jeugdwet de "
                "volgende individuele voorziening toe:",
            ),
            (
                "table",
                [
                    ["Vorm van hulp", "Omvang", "Aanbieder", "Periode"],
                    [
                        "Specialistische ambulante behandeling",
                        "2 uur per week",
                        "Kompas Jeugdzorg Rijnmond",
                        "4 januari 2027 tot en met 3 januari 2028",
                    ],
                    [
                        "Ouderbegeleiding",
                        "6 gesprekken",
                        "Kompas Jeugdzorg Rijnmond",
                        "4 januari 2027 tot en met 30 juni 2027",
                    ],
                ],
            ),
            (
                "p",
                "De hulp wordt in natura verstrekt. Dat betekent dat de aanbieder rechtstreeks "
                "met de gemeente afrekent en dat u geen rekening ontvangt. Voor jeugdhulp is "
                "geen ouderbijdrage verschuldigd.",
            ),
            ("h2", "Onderbouwing"),
            (
                "p",
                "Uit het ondersteuningsplan en de verwijzing van de kinderarts blijkt dat de "
                "problemen van Yasmine niet in voldoende mate kunnen worden verholpen met de "
                "hulp van het jeugdteam of met ondersteuning door de school. Het college acht "
                "de gevraagde behandeling derhalve noodzakelijk en passend.",
            ),
            ("h1", "Wat gebeurt er nu?"),
            (
                "ul",
                [
                    "Kompas Jeugdzorg Rijnmond ontvangt een opdracht en belt u vóór "
                    "18 december 2026 voor een intakegesprek.",
                    "Uw behandelaar wordt mevrouw J. Scholten, orthopedagoog. Zij is na de "
                    "intake bereikbaar via 010-435 91 18 of j.scholten@kompasjeugd.example.nl.",
                    "De heer Karaca blijft uw aanspreekpunt bij het jeugdteam en evalueert de "
                    "hulp samen met u in juni 2027.",
                ],
            ),
            (
                "p",
                "Gaat er iets veranderen in uw gezin dat belangrijk is voor de hulp, "
                "bijvoorbeeld een verhuizing buiten Vlaardingen, dan dient u dit binnen "
                "twee weken door te geven aan de heer Karaca.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de "
                "verzenddatum bezwaar maken bij het college van burgemeester en wethouders "
                "van Vlaardingen, Postbus 1002, 3130 EB Vlaardingen.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor vragen over dit besluit belt of mailt u met de heer O. Karaca, "
                "06-52 77 18 40, o.karaca@jeugdteamsvlaardingen.example.nl. Vragen over "
                "school stelt u aan de intern begeleider van basisschool De Windwijzer, "
                "mevrouw P. Verhulst, via 010-434 02 76.",
            ),
            (
                "p",
                "Maakt u zich buiten kantoortijd ernstig zorgen over de veiligheid van "
                "Yasmine of van iemand anders in uw gezin, bel dan:",
            ),
            (
                "ul",
                [
                    "Jeugdcrisisdienst Rijnmond: 010-433 55 55 (dag en nacht)",
                    "Veilig Thuis Rotterdam Rijnmond: 0800-2000",
                    "bij levensgevaar: 112",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Vlaardingen,",
            "mevrouw A. Koster\nmanager Stichting Jeugdteams Vlaardingen",
        ],
    },
    {
        "file": "r13-leerplicht-uitnodiging-zorgoverleg-schoolverzuim.docx",
        "header": [
            "Regionaal Bureau Leerplicht Midden-Limburg",
            "namens de gemeente Weert",
            "Wilhelminasingel 101, 6001 GS Weert",
        ],
        "footer": "RBL Midden-Limburg · 0495-57 50 00 · info@rblml.example.nl · "
        "telefonisch bereikbaar maandag tot en met donderdag 9.00-16.00 uur",
        "address": [
            "Aan de ouders/verzorgers van Milan Hermans",
            "Beekstraat 64",
            "6001 GJ Weert",
        ],
        "refs": [
            "Weert, 2 december 2026",
            "Dossier: RBL-WRT-26-0734",
            "Betreft: uitnodiging zorgoverleg over de schoolgang van Milan",
        ],
        "salutation": "Geachte ouders/verzorgers van Milan,",
        "body": [
            (
                "p",
                "Milan is sinds de herfstvakantie veel afwezig op het Philips van Horne "
                "College. Volgens de school heeft hij tussen 26 oktober en 27 november 2026 "
                "op negen dagen geheel of gedeeltelijk gemist, meestal met een ziekmelding "
                "op de ochtend zelf. De zorgcoördinator van de school, mevrouw D. Coenen, "
                "heeft het verzuim op 30 november 2026 bij ons gemeld en gevraagd om een "
                "gezamenlijk overleg.",
            ),
            (
                "p",
                "Er is op dit moment geen sprake van een straf of een proces-verbaal. Wij "
                "willen eerst met u, met Milan en met de school bekijken wat er achter het "
                "verzuim zit en wat Milan nodig heeft.",
            ),
            ("h1", "Het overleg"),
            (
                "table",
                [
                    ["Wanneer", "woensdag 16 december 2026"],
                    ["Hoe laat", "13.15 uur, duur ongeveer 45 minuten"],
                    ["Waar", "Philips van Horne College, Herenvennenweg 75, Weert, kamer B.012"],
                    [
                        "Wie zijn er",
                        "mevrouw D. Coenen (zorgcoördinator), de heer F. Willems "
                        "(leerplichtambtenaar) en de jeugdarts van de GGD, dokter H. Smeets",
                    ],
                ],
            ),
            ("h1", "Ter voorbereiding"),
            (
                "ol",
                [
                    "Bespreek met Milan waarom hij 's ochtends niet naar school gaat, als dat "
                    "lukt.",
                    "Neem verklaringen van de huisarts of een behandelaar mee, als u die heeft.",
                    "Vul de vragenlijst in die bij deze brief zit en neem die mee naar het overleg.",
                ],
            ),
            ("h1", "Verhinderd?"),
            (
                "p",
                "Is het tijdstip echt onmogelijk, geef dit dan uiterlijk 24 uur van tevoren "
                "door aan de heer Willems, telefonisch via 0495-57 50 23 of per e-mail via "
                "f.willems@rblml.example.nl. Wij plannen het overleg dan binnen een week "
                "opnieuw. Blijft u zonder afmelding weg en loopt het verzuim verder op, dan "
                "zijn wij genoodzaakt de procedure bij ongeoorloofd verzuim te starten, "
                "waarvan een proces-verbaal onderdeel kan zijn.",
            ),
            ("h1", "Wie doet wat?"),
            (
                "p",
                "Vragen over de lessen, het rooster en de ziekmeldingen beantwoordt mevrouw "
                "Coenen van de school: 0495-53 66 40, d.coenen@pvhc.example.nl. Vragen over "
                "de gezondheid van Milan kunt u bespreken met dokter Smeets van GGD "
                "Limburg-Noord, 088-119 14 40. Voor alle vragen over dit overleg en over de "
                "leerplicht is de heer Willems uw contactpersoon.",
            ),
            (
                "p",
                "Praat Milan over niet meer willen leven, bel dan 113 Zelfmoordpreventie via "
                "0800-0113 of 113, dag en nacht. Bij direct gevaar belt u 112.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "F. Willems\nleerplichtambtenaar\nRegionaal Bureau Leerplicht Midden-Limburg",
        ],
    },
    {
        "file": "r14-participatie-beeindiging-bijstand-werk.docx",
        "header": [
            "Gemeente Nijkerk",
            "Sociaal Domein, Werk en Inkomen",
            "Postbus 1000, 3860 BA Nijkerk",
        ],
        "footer": "Gemeente Nijkerk · Kolkstraat 27 · 14 033 · www.nijkerk.example.nl",
        "address": [
            "De heer B. van Beek",
            "Oosterstraat 22",
            "3861 BN Nijkerk",
        ],
        "refs": [
            "Datum: 30 november 2026",
            "Ons kenmerk: NKK/WI/2026/5561",
            "Klantnummer: 0088124",
            "Onderwerp: Beëindiging van uw bijstandsuitkering",
        ],
        "salutation": "Geachte heer Van Beek,",
        "body": [
            ("h1", "Waarom deze brief"),
            (
                "p",
                "Op 16 november 2026 heeft u ons via het wijzigingsformulier laten weten "
                "dat u per 1 december 2026 een arbeidsovereenkomst voor 32 uur per week heeft "
                "bij Hoveniersbedrijf Groen & Co. Wij feliciteren u met deze baan. Met "
                "uw loon van € 2.180,00 netto per maand heeft u naar verwachting meer "
                "inkomsten dan de bijstandsnorm.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Het college beëindigt uw bijstandsuitkering op grond van artikel 45 van de "
                "Participatiewet met ingang van 1 december 2026. Vanaf die datum heeft u, "
                "gelet op uw inkomsten uit arbeid, geen recht meer op bijstand.",
            ),
            ("h2", "Uw laatste betaling"),
            (
                "table",
                [
                    ["Omschrijving", "Bedrag"],
                    ["Bijstand over november 2026", "€ 1.091,96"],
                    ["Opgebouwde vakantietoeslag juni tot en met november 2026", "€ 327,60"],
                    ["Totaal, uit te betalen uiterlijk 18 december 2026", "€ 1.419,56"],
                ],
            ),
            ("h1", "Wat moet u nog doen"),
            (
                "ul",
                [
                    "Stuur ons uw eerste loonstrook van december 2026 zodra u die heeft, en "
                    "uiterlijk 15 januari 2027. Daarmee controleren wij of de beëindiging "
                    "terecht is.",
                    "Geef uw nieuwe inkomen zelf door aan Belastingdienst/Toeslagen, want uw "
                    "zorgtoeslag en huurtoeslag kunnen veranderen. Dat kan via "
                    "www.toeslagen.example.nl of 0800-543 21 00.",
                    "Eindigt uw proeftijd of uw contract binnen zes maanden, meld u dan "
                    "dezelfde week opnieuw bij ons.",
                ],
            ),
            (
                "p",
                "Mocht u de loonstrook niet tijdig aan ons verstrekken, dan kan de "
                "uitbetaling van de vakantietoeslag worden opgeschort totdat de stukken "
                "compleet zijn.",
            ),
            ("h1", "Niet eens met dit besluit?"),
            (
                "p",
                "U kunt binnen zes weken na de verzenddatum van deze brief bezwaar maken "
                "bij het college van burgemeester en wethouders, Postbus 1000, 3860 BA "
                "Nijkerk. Vermeld daarbij het kenmerk en waarom u het niet eens bent.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Uw jobcoach van Werkbrug Veluwe, de heer R. Pol, heeft u bij deze baan "
                "begeleid en houdt de komende drie maanden contact met u en uw werkgever; "
                "hij is bereikbaar via 06-21 43 65 87. Voor vragen over deze brief en over "
                "uw uitkering neemt u contact op met uw klantmanager, mevrouw G. Timmer, via "
                "033-247 18 92 of via werkeninkomen@nijkerk.example.nl, het e-mailadres van "
                "haar team.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Nijkerk,",
            "G. Timmer\nklantmanager Werk en Inkomen",
        ],
    },
    {
        "file": "r15-schulden-toekenning-toelating-schuldhulpverlening.docx",
        "header": [
            "Gemeente Meppel",
            "Team Schuldhulpverlening",
            "Postbus 501, 7940 AM Meppel",
        ],
        "footer": "Gemeente Meppel · Gemeentehuis, Zuideinde 36 · telefoon 14 0522 · "
        "schuldhulp@meppel.example.nl",
        "address": [
            "Mevrouw C.M. Zwiers",
            "Stouwepad 9",
            "7941 GZ Meppel",
        ],
        "refs": [
            "Datum: 27 november 2026",
            "Ons kenmerk: MPL/SHV/2026/0417",
            "Burgerservicenummer: 285392785",
            "Onderwerp: Besluit op uw aanvraag om schuldhulpverlening",
        ],
        "salutation": "Geachte mevrouw Zwiers,",
        "body": [
            (
                "p",
                "U heeft zich op 13 oktober 2026 gemeld voor hulp bij uw schulden. Tijdens het "
                "intakegesprek op 29 oktober 2026 heeft u samen met de heer M. Oldenburger, "
                "schuldhulpverlener, uw inkomsten, uitgaven en schulden in kaart gebracht. U "
                "heeft 14 schuldeisers en uw totale schuld bedraagt € 23.870,00.",
            ),
            ("h1", "Wat is ons besluit?"),
            (
                "p",
                "Het college laat u toe tot het schuldhulpverleningstraject op grond van "
                "artikel 3 van de Wet gemeentelijke schuldhulpverlening. Het traject bestaat "
                "uit de volgende fasen:",
            ),
            (
                "table",
                [
                    ["Fase", "Wat gebeurt er", "Wanneer"],
                    [
                        "Stabilisatie",
                        "vaste lasten op orde, geen nieuwe schulden",
                        "december 2026 tot en met februari 2027",
                    ],
                    ["Schuldregeling", "voorstel aan alle schuldeisers", "vanaf maart 2027"],
                    [
                        "Aflossing",
                        "maandelijkse afdracht aan de schuldeisers",
                        "36 maanden na akkoord",
                    ],
                ],
            ),
            (
                "p",
                "Het besluit is genomen onder de voorwaarde dat u meewerkt aan het traject. "
                "Houdt u zich niet aan de afspraken, dan kan het college het traject "
                "beëindigen, zoals is bepaald in de Beleidsregels schuldhulpverlening Meppel "
                "2025.",
            ),
            ("h1", "Wat spreken we met u af?"),
            (
                "ol",
                [
                    "U maakt geen nieuwe schulden en sluit geen nieuwe leningen of "
                    "abonnementen af.",
                    "U geeft post van schuldeisers binnen vijf werkdagen door aan de heer "
                    "Oldenburger.",
                    "U levert de ontbrekende bankafschriften van augustus en september 2026 "
                    "uiterlijk 11 december 2026 aan.",
                    "U komt op de afspraken die met u worden gemaakt, of zegt die uiterlijk één "
                    "werkdag van tevoren af.",
                ],
            ),
            (
                "p",
                "Uw bewindvoerder, mevrouw T. Nijboer van Bewind Drenthe, ontvangt een kopie "
                "van dit besluit. Zij regelt uw betalingen en is bereikbaar via 0522-85 40 19. "
                "Voor het aanleveren van de bankafschriften kunt u ook haar om hulp vragen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u het met dit besluit niet eens bent, kunt u binnen zes weken na de "
                "datum van deze brief een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Meppel, Postbus 501, 7940 AM Meppel.",
            ),
            ("h1", "Contact en hulp"),
            (
                "p",
                "De heer Oldenburger is uw vaste contactpersoon. Hij werkt van maandag tot en "
                "met donderdag en is bereikbaar via 0522-45 96 31 of "
                "m.oldenburger@meppel.example.nl. Is hij afwezig, dan helpt een collega van "
                "Team Schuldhulpverlening u via 0522-45 96 00.",
            ),
            (
                "p",
                "Geldzorgen kunnen zwaar drukken. Denkt u aan zelfdoding, praat er dan over "
                "met 113 Zelfmoordpreventie via 0800-0113, gratis en dag en nacht. Heeft u "
                "'s avonds of in het weekend dringend een arts nodig, bel dan de "
                "Huisartsenpost Drenthe via 0900-112 01 12.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Meppel,",
            "M. Oldenburger\nschuldhulpverlener",
        ],
    },
    {
        "file": "r16-wmo-intrekking-gedeeltelijk-huishoudelijke-ondersteuning.docx",
        "header": [
            "Gemeente Zeist",
            "Postbus 513",
            "3700 AM Zeist",
        ],
        "footer": "Gemeente Zeist · Het Rond 1 · Klantcontactcentrum 14 030, op werkdagen "
        "van 8.30 tot 17.00 uur · www.zeist.example.nl",
        "address": [
            "De heer W.A. Lagerwey",
            "Laan van Vollenhove 2211",
            "3706 GK Zeist",
        ],
        "refs": [
            "Zeist, 3 december 2026",
            "Kenmerk: ZST/WMO/2026/11823",
            "Cliëntnummer: 0412907",
            "Onderwerp: herziening huishoudelijke ondersteuning",
        ],
        "salutation": "Geachte heer Lagerwey,",
        "body": [
            (
                "p",
                "Bij besluit van 20 februari 2025 heeft het college u een maatwerkvoorziening "
                "huishoudelijke ondersteuning toegekend voor 210 minuten per week. Sindsdien "
                "woont uw dochter, mevrouw K. Lagerwey, bij u in. Dit is op 14 oktober 2026 "
                "besproken tijdens het heronderzoek met de Wmo-consulent, mevrouw A. "
                "Dekker-Roos.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college trekt de toekenning gedeeltelijk in op grond van artikel 2.3.10 "
                "van de Wmo 2015 en artikel 12 van de Verordening maatschappelijke "
                "ondersteuning Zeist 2024. De omvang van de ondersteuning wordt als volgt "
                "gewijzigd:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Tot 1 februari 2027", "Vanaf 1 februari 2027"],
                    ["Schoonmaken woning", "150 minuten per week", "90 minuten per week"],
                    ["Wasverzorging", "60 minuten per week", "0 minuten per week"],
                    ["Totaal", "210 minuten per week", "90 minuten per week"],
                ],
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Van een huisgenoot van 18 jaar of ouder wordt verwacht dat hij of zij een "
                "deel van het huishouden op zich neemt. Dit heet gebruikelijke hulp. Uw "
                "dochter is 26 jaar en heeft geen beperkingen die haar daarin belemmeren. "
                "Het zware schoonmaakwerk in de badkamer en de keuken kan zij naast haar baan "
                "niet volledig overnemen; daarvoor blijft 90 minuten per week beschikbaar. "
                "De was kan zij wel voor haar rekening nemen.",
            ),
            ("h2", "Overgangstermijn"),
            (
                "p",
                "Teneinde u en uw dochter de gelegenheid te bieden de taken anders te "
                "verdelen, gaat de wijziging pas in op 1 februari 2027. Tot die datum blijft "
                "de huidige ondersteuning ongewijzigd.",
            ),
            ("h1", "Wat gaat er gebeuren"),
            (
                "ul",
                [
                    "Zorgbureau Heuvelrug past het rooster per 1 februari 2027 aan. De "
                    "planner, de heer S. Brink, belt u daarover in januari 2027; bij "
                    "vragen over het rooster kunt u hem bereiken via 030-699 12 48.",
                    "Uw eigen bijdrage aan het CAK blijft gelijk, omdat u de maximale "
                    "bijdrage al betaalt.",
                ],
            ),
            (
                "p",
                "Verandert er iets in uw woonsituatie, bijvoorbeeld doordat uw dochter "
                "verhuist, dan verzoeken wij u dit binnen vier weken aan ons te melden. Wij "
                "bekijken dan opnieuw hoeveel ondersteuning u nodig heeft.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Tegen dit besluit kan binnen zes weken na de dag van verzending bezwaar worden "
                "gemaakt bij het college van burgemeester en wethouders van Zeist, Postbus 513, "
                "3700 AM Zeist.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Mevrouw Dekker-Roos beantwoordt graag uw vragen. Zij is bereikbaar op "
                "dinsdag, woensdag en vrijdag via 030-698 73 35 of "
                "a.dekker-roos@zeist.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Zeist,",
            "A. Dekker-Roos\nWmo-consulent",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 5 (fictief)"
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
