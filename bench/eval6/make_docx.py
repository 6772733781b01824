"""Generate the .docx letters of the sixth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval6.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and a real table (what was examined, the
parts of a multi-part decision, missed appointments, missed school days, the
old and new care provider), so a reader that uses the document model can be
measured on it. The builder is a copy of bench/eval5/make_docx.py, kept here on
purpose so that this frozen set does not change when another set's script
does. The text is written here by hand (not copied from any tool output); the
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
_FIXED = dt.datetime(2026, 12, 6, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "r12-wmo-afwijzing-scootmobiel.docx",
        "header": [
            "Gemeente Heerlen",
            "Wmo-team",
            "Postbus 1",
            "6400 AA Heerlen",
        ],
        "footer": "Gemeente Heerlen · Geleenstraat 27 · telefoon 14 045, op werkdagen van 8.30 "
        "tot 16.30 uur · www.heerlen.example.nl",
        "address": [
            "De heer H.W.M. Crombach",
            "Akerstraat-Noord 212",
            "6431 HX Hoensbroek",
        ],
        "refs": [
            "Heerlen, 2 december 2026",
            "Ons kenmerk: HRL/WMO/26/7164",
            "Cliëntnummer: 5507823",
            "Onderwerp: besluit op uw aanvraag scootmobiel",
        ],
        "salutation": "Geachte heer Crombach,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "U heeft op 30 september 2026 een scootmobiel aangevraagd, omdat u door uw "
                "longziekte (COPD) niet meer lopend naar de supermarkt en naar uw "
                "kleinkinderen in Heerlen-Centrum kunt. Op 21 oktober 2026 heeft mevrouw M. "
                "Schreurs, Wmo-consulent, met u en uw buurvrouw mevrouw I. Dautzenberg een "
                "gesprek gevoerd bij u thuis.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Het college wijst uw aanvraag voor een scootmobiel als maatwerkvoorziening "
                "af. Dit besluit is genomen op grond van artikel 2.3.5, derde lid, van de Wet "
                "maatschappelijke ondersteuning 2015 en artikel 11 van de Verordening "
                "maatschappelijke ondersteuning Heerlen 2024.",
            ),
            ("h2", "Waarom wijzen wij de aanvraag af?"),
            (
                "p",
                "Een maatwerkvoorziening wordt slechts verstrekt voor zover u niet op eigen "
                "kracht, met gebruikelijke hulp, met hulp van uw netwerk of met een algemene "
                "voorziening tot deelname aan het maatschappelijk verkeer in staat bent. In "
                "het onderzoek is het volgende vastgesteld:",
            ),
            (
                "table",
                [
                    ["Wat wij hebben onderzocht", "Uitkomst"],
                    [
                        "Boodschappen doen",
                        "Uw dochter en de supermarkt (bezorgservice) doen dit al wekelijks",
                    ],
                    [
                        "Bezoek aan familie en vrienden",
                        "Mogelijk met de Regiotaxi Parkstad (collectief vervoer)",
                    ],
                    [
                        "Korte afstanden in de wijk",
                        "Rollator voldoet volgens uw longarts voor afstanden tot 200 meter",
                    ],
                    [
                        "Medisch advies",
                        "Geen advies van een onafhankelijk arts dat een scootmobiel "
                        "noodzakelijk is",
                    ],
                ],
            ),
            (
                "p",
                "Gelet hierop kunnen uw beperkingen in de mobiliteit met voorliggende en "
                "algemene voorzieningen voldoende worden gecompenseerd.",
            ),
            ("h1", "Wat kunt u wel doen?"),
            (
                "ul",
                [
                    "Een Regiotaxipas aanvragen. Het college heeft hiertoe al een indicatie "
                    "voor collectief vervoer voor u geregistreerd; de pas ontvangt u binnen "
                    "drie weken. Ritten reserveert u bij Regiotaxi Parkstad via "
                    "0900-112 54 54, uiterlijk één uur voor vertrek.",
                    "Gebruikmaken van ANWB AutoMaatje Heerlen: vrijwilligers rijden u tegen "
                    "een kleine vergoeding. Afspraken maakt u via 045-571 23 09.",
                    "Een scootmobiel lenen of huren bij een uitleenpunt in de buurt; het "
                    "Wijksteunpunt Hoensbroek kan u daarover informeren.",
                ],
            ),
            (
                "p",
                "Verslechtert uw gezondheid, dan kunt u op elk moment een nieuwe melding "
                "doen. Neem dan een recente brief van uw longarts mee.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich niet kunt verenigen met dit besluit, kunt u binnen zes weken na "
                "de verzenddatum van deze brief een gemotiveerd bezwaarschrift indienen bij "
                "het college van burgemeester en wethouders van Heerlen, Postbus 1, 6400 AA "
                "Heerlen. U kunt zich daarbij kosteloos laten bijstaan door een "
                "onafhankelijke cliëntondersteuner van Stichting MEE Zuid-Limburg, bereikbaar "
                "via 088-633 34 00.",
            ),
            ("h1", "Heeft u vragen?"),
            (
                "p",
                "Mevrouw Schreurs licht dit besluit graag toe. Zij is bereikbaar via 045-560 "
                "47 19 of m.schreurs@heerlen.example.nl. Wilt u haar spreken en is zij niet "
                "aanwezig, dan kunt u het Wmo-team bellen via 14 045.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Heerlen,",
            "ing. R.J. Pelzer\nmanager Wmo-team",
        ],
    },
    {
        "file": "r13-jeugd-toekenning-meerdere-onderdelen.docx",
        "header": [
            "Gemeente Delft",
            "Team Jeugd",
            "Postbus 78",
            "2600 ME Delft",
        ],
        "footer": "Gemeente Delft · Stadskantoor, Phoenixstraat 16 · Team Jeugd 015-260 28 00 · "
        "www.delft.example.nl",
        "address": [
            "Mevrouw P.C. Oosterhout",
            "Papsouwselaan 301",
            "2624 AJ Delft",
        ],
        "refs": [
            "Delft, 3 december 2026",
            "Kenmerk: DLF-JGD-2026-6029",
            "Betreft: Lieke Oosterhout, geboren 22 juni 2015, BSN 114246518",
            "Onderwerp: besluit jeugdhulp",
        ],
        "salutation": "Geachte mevrouw Oosterhout,",
        "body": [
            (
                "p",
                "Op 6 oktober 2026 heeft u voor uw dochter Lieke jeugdhulp aangevraagd. Het "
                "ging om drie onderdelen: hulp bij u thuis, logeeropvang in het weekend en "
                "vervoer naar de dagbehandeling. Deze aanvraag is op 28 oktober 2026 met u "
                "besproken door de jeugdconsulent, de heer S. van Leeuwen, in aanwezigheid "
                "van de intern begeleider van De Delftse Daltonschool.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Het college neemt op grond van artikel 2.3 van de Jeugdwet en de Verordening "
                "jeugdhulp Delft 2025 het volgende besluit, dat uit drie delen bestaat:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Besluit", "Periode", "Aanbieder"],
                    [
                        "1. Ambulante gezinsbehandeling",
                        "toegekend, 3 uur per week",
                        "1 januari 2027 tot 1 januari 2028",
                        "Gezinspraktijk Delfland",
                    ],
                    [
                        "2. Logeeropvang",
                        "toegekend, 2 weekenden per maand",
                        "1 januari 2027 tot 1 juli 2027",
                        "Logeerhuis De Vlinder",
                    ],
                    ["3. Vervoer dagbehandeling", "afgewezen", "–", "–"],
                ],
            ),
            ("h2", "Toelichting op deel 1 en 2"),
            (
                "p",
                "Lieke heeft een autismespectrumstoornis en raakt thuis snel overprikkeld. De "
                "gezinsbehandeling helpt u en uw partner om daar op een andere manier mee om "
                "te gaan. De logeeropvang is toegekend om u als ouders te ontlasten; uit het "
                "gesprek bleek dat u het zonder adempauze niet lang meer volhoudt.",
            ),
            ("h2", "Toelichting op deel 3"),
            (
                "p",
                "Vervoer wordt alleen vergoed indien het kind vanwege zijn beperking niet "
                "zelfstandig of met hulp van de ouders naar de jeugdhulp kan reizen. De "
                "dagbehandeling ligt op 2,4 kilometer van uw woning en uw partner brengt Lieke "
                "op weg naar zijn werk. Het ligt daarom op uw weg als ouders om het vervoer "
                "te regelen. Dit deel van uw aanvraag wordt afgewezen.",
            ),
            ("h1", "Wat gebeurt er nu?"),
            (
                "p",
                "Gezinspraktijk Delfland en Logeerhuis De Vlinder hebben een opdracht van ons "
                "gekregen. Hun contactpersonen bellen u vóór 20 december 2026 om de start te "
                "plannen. Hun gegevens:",
            ),
            (
                "ul",
                [
                    "Gezinspraktijk Delfland, gezinsbehandelaar mevrouw D. Verhagen, 015-219 64 70",
                    "Logeerhuis De Vlinder, planning, 015-285 13 32 of "
                    "planning@devlinder.example.nl",
                ],
            ),
            (
                "p",
                "Wij verzoeken u de aanbieder binnen veertien dagen te bellen als u vóór 20 "
                "december 2026 niets heeft gehoord.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "U kunt tegen elk deel van dit besluit bezwaar maken. Dat doet u binnen zes "
                "weken na de datum van deze brief, schriftelijk bij het college van "
                "burgemeester en wethouders van Delft, Postbus 78, 2600 ME Delft. Vermeld "
                "tegen welk deel u bezwaar maakt.",
            ),
            ("h1", "Vragen of zorgen"),
            (
                "p",
                "De heer Van Leeuwen is uw vaste contactpersoon. U bereikt hem via "
                "06-53 90 14 28 of s.vanleeuwen@delft.example.nl. Op vrijdag werkt hij niet; "
                "dan kunt u terecht bij Team Jeugd via 015-260 28 00.",
            ),
            (
                "p",
                "Loopt het thuis uit de hand en kunt u niet wachten tot de hulp start, bel "
                "dan buiten kantoortijd de Crisisdienst Jeugd Haaglanden via 088-357 20 20. "
                "Heeft u zorgen over geweld in het gezin, dan kunt u altijd Veilig Thuis "
                "bellen via 0800-2000.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Delft,",
            "S. van Leeuwen\njeugdconsulent Team Jeugd",
        ],
    },
    {
        "file": "r14-schulden-beeindiging-schuldhulpverlening.docx",
        "header": [
            "Gemeente Hengelo",
            "Schuldhulpverlening",
            "Postbus 18",
            "7550 AA Hengelo",
        ],
        "footer": "Gemeente Hengelo · Hazemeijerplein 1 · Schuldhulpverlening 074-245 93 00 · "
        "www.hengelo.example.nl/geldzorgen",
        "address": [
            "De heer en mevrouw Smit-Ramdin",
            "Oldenzaalsestraat 233",
            "7553 AJ Hengelo",
        ],
        "refs": [
            "Hengelo, 4 december 2026",
            "Zaaknummer: HGL-SHV-2025-0381",
            "Onderwerp: beëindiging schuldhulpverlening",
        ],
        "salutation": "Geachte heer en mevrouw Smit,",
        "body": [
            (
                "p",
                "Dit is een vervelende brief. Wij hebben besloten dat de schuldhulpverlening "
                "aan u stopt. Hieronder leest u waarom, en wat dit voor u betekent.",
            ),
            ("h2", "Het besluit"),
            (
                "p",
                "Het college beëindigt met ingang van 1 januari 2027 de schuldhulpverlening "
                "die u op 3 maart 2025 is toegekend. Dit besluit is genomen op grond van "
                "artikel 4a, tweede lid, van de Wet gemeentelijke schuldhulpverlening en "
                "artikel 7 van de Beleidsregels schuldhulpverlening Hengelo 2024.",
            ),
            ("h2", "De reden"),
            (
                "p",
                "Bij de start heeft u schriftelijk verklaard dat u meewerkt aan het traject. "
                "Sinds de zomer is het contact verwaterd. In het overzicht hieronder staan de "
                "afspraken die niet zijn nagekomen:",
            ),
            (
                "table",
                [
                    ["Datum", "Afspraak", "Wat er gebeurde"],
                    [
                        "17 juli 2026",
                        "gesprek over de aflossingscapaciteit",
                        "niet verschenen, niet afgemeld",
                    ],
                    [
                        "2 september 2026",
                        "aanleveren loonstroken",
                        "niet ontvangen",
                    ],
                    [
                        "8 oktober 2026",
                        "huisbezoek",
                        "niet thuis, kaartje achtergelaten",
                    ],
                    [
                        "5 november 2026",
                        "laatste gesprek (aangetekende brief)",
                        "niet verschenen",
                    ],
                ],
            ),
            (
                "p",
                "Bovendien zijn er in die periode twee nieuwe schulden ontstaan, bij een "
                "energieleverancier en een webwinkel. Zonder uw medewerking kunnen wij geen "
                "schuldregeling met uw schuldeisers afsluiten.",
            ),
            ("h2", "Wat dit voor u betekent"),
            (
                "ul",
                [
                    "Wij laten uw schuldeisers voor 1 januari 2027 schriftelijk weten dat "
                    "wij niet langer namens u optreden.",
                    "Het budgetbeheer bij Stichting Budgetbeheer Twente loopt door tot en met "
                    "31 januari 2027. Daarna betaalt u uw vaste lasten weer zelf. Vragen "
                    "daarover stelt u aan uw budgetbeheerder via 074-255 61 84.",
                    "Het moratorium (de afkoelingsperiode) stopt; schuldeisers mogen weer "
                    "incassomaatregelen nemen.",
                    "U kunt zich pas na twaalf maanden opnieuw aanmelden, tenzij er sprake "
                    "is van bijzondere omstandigheden.",
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Tegen dit besluit staat bezwaar open. Uw bezwaarschrift moet binnen zes "
                "weken na de dagtekening van deze brief zijn ontvangen door het college van "
                "burgemeester en wethouders van Hengelo, Postbus 18, 7550 AA Hengelo.",
            ),
            ("h2", "Toch verder?"),
            (
                "p",
                "Wilt u het traject toch voortzetten, dan kan dat alleen als u vóór 18 "
                "december 2026 met mij een afspraak maakt. Bel mij hiervoor via 074-245 93 "
                "27 of stuur een e-mail naar b.hofstede@hengelo.example.nl. Ik ben bereikbaar "
                "van maandag tot en met woensdag. Op de andere dagen kunt u het team "
                "Schuldhulpverlening bellen via 074-245 93 00.",
            ),
            (
                "p",
                "Wij begrijpen dat geldzorgen veel spanning kunnen geven. Denkt u aan "
                "zelfdoding, bel dan 113 Zelfmoordpreventie via 0800-0113 (gratis, dag en "
                "nacht). Voor dringende medische hulp buiten kantoortijd belt u de "
                "Huisartsenpost Hengelo via 0900-333 41 60.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Hengelo,",
            "B. Hofstede\nschuldhulpverlener",
        ],
    },
    {
        "file": "r15-leerplicht-waarschuwing-ongeoorloofd-verzuim.docx",
        "header": [
            "Gemeente Leeuwarden",
            "Bureau Leerplicht",
            "Postbus 21000",
            "8900 JA Leeuwarden",
        ],
        "footer": "Gemeente Leeuwarden · Oldehoofsterkerkhof 2 · leerplicht@leeuwarden.example.nl "
        "· www.leeuwarden.example.nl/leerplicht",
        "address": [
            "De heer en mevrouw Dijkstra",
            "Tesselschadestraat 14",
            "8913 HB Leeuwarden",
        ],
        "refs": [
            "Leeuwarden, 1 december 2026",
            "Kenmerk: LP-LWD-26-1650",
            "Leerling: Femke Dijkstra, groep 6, obs De Trije",
            "BSN leerling: 279917661",
            "Onderwerp: officiële waarschuwing",
        ],
        "salutation": "Geachte heer en mevrouw Dijkstra,",
        "body": [
            ("h1", "WAAROM DEZE BRIEF"),
            (
                "p",
                "Op 23 oktober 2026 heeft de directeur van obs De Trije, mevrouw G. "
                "Wijnstra, aan ons gemeld dat uw dochter Femke zonder toestemming niet op "
                "school is geweest. De school had uw verzoek om extra verlof op 29 september "
                "2026 afgewezen. Volgens de melding ging het om de volgende dagen:",
            ),
            (
                "table",
                [
                    ["Datum", "Dag", "Reden volgens de school"],
                    ["14 oktober 2026", "woensdag", "vakantie, geen verlof"],
                    ["15 oktober 2026", "donderdag", "vakantie, geen verlof"],
                    ["16 oktober 2026", "vrijdag", "vakantie, geen verlof"],
                ],
            ),
            (
                "p",
                "Op 17 november 2026 heeft u dit in een gesprek met mij erkend. U gaf aan dat "
                "de vliegtickets goedkoper waren voor de herfstvakantie. Dit is geen "
                "gewichtige omstandigheid in de zin van artikel 11, onder f, en artikel 14 "
                "van de Leerplichtwet 1969.",
            ),
            ("h1", "DE WAARSCHUWING"),
            (
                "p",
                "Omdat dit de eerste keer is en u eerlijk heeft verteld wat er is gebeurd, "
                "maak ik dit keer geen proces-verbaal op. U krijgt van mij een officiële "
                "waarschuwing. Deze waarschuwing blijft vijf jaar in ons dossier bewaard.",
            ),
            ("h1", "ALS HET OPNIEUW GEBEURT"),
            (
                "ul",
                [
                    "maak ik direct een proces-verbaal op tegen beide ouders;",
                    "beslist de officier van justitie over een boete, die per ouder per "
                    "dag kan oplopen;",
                    "wordt deze waarschuwing bij de beoordeling betrokken.",
                ],
            ),
            (
                "p",
                "Wilt u in de toekomst buiten de schoolvakanties op vakantie, vraag dan "
                "uiterlijk acht weken van tevoren verlof aan bij de directeur van de school. "
                "Alleen bij een beroep met seizoensgebonden werk kan dat worden toegestaan, "
                "en dan één keer per schooljaar voor ten hoogste tien schooldagen.",
            ),
            ("h1", "GEEN BEZWAAR MOGELIJK"),
            (
                "p",
                "Deze waarschuwing is geen besluit in de zin van de Algemene wet "
                "bestuursrecht. U kunt er daarom geen bezwaar tegen maken. Bent u het "
                "oneens met de inhoud, dan kunt u mij dat binnen vier weken schriftelijk "
                "laten weten; uw reactie wordt dan bij het dossier gevoegd.",
            ),
            ("h1", "CONTACT"),
            (
                "p",
                "Voor vragen over deze brief kunt u mij bellen via 058-233 84 12 op maandag, "
                "dinsdag en donderdag. Vragen over het verlofbeleid van de school stelt u aan "
                "mevrouw Wijnstra via 058-212 40 96. Heeft Femke last van klachten waardoor "
                "zij vaker thuisblijft, dan kunt u ook een afspraak maken met de jeugdarts "
                "van GGD Fryslân via 088-229 92 22.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "A. Hoekstra\nleerplichtambtenaar gemeente Leeuwarden",
        ],
    },
    {
        "file": "r16-wmo-informatiebrief-nieuwe-zorgaanbieder-sociaal-team.docx",
        "header": [
            "Stichting Sociaal Team Zoetermeer",
            "in opdracht van de gemeente Zoetermeer",
            "Markt 10, 2711 CJ Zoetermeer",
        ],
        "footer": "Stichting Sociaal Team Zoetermeer · 079-346 80 00 · bereikbaar op werkdagen "
        "van 9.00 tot 17.00 uur · www.sociaalteamzoetermeer.example.nl",
        "address": [
            "Mevrouw C.A. van der Linden",
            "Dorpsstraat 177",
            "2712 AL Zoetermeer",
        ],
        "refs": [
            "Zoetermeer, 4 december 2026",
            "Ons kenmerk: STZ-WMO-26-2288",
            "Onderwerp: uw begeleiding krijgt een nieuwe aanbieder",
        ],
        "salutation": "Geachte mevrouw Van der Linden,",
        "body": [
            ("h1", "Kort gezegd"),
            (
                "ul",
                [
                    "Zorggroep Meerzicht stopt op 31 januari 2027 met begeleiding in Zoetermeer.",
                    "U houdt uw begeleiding: 4 uur per week, zoals in uw beschikking van 8 "
                    "mei 2025 staat.",
                    "U kiest vóór 15 januari 2027 een nieuwe aanbieder.",
                ],
            ),
            ("h1", "Wat is er aan de hand?"),
            (
                "p",
                "De gemeente Zoetermeer heeft met ingang van 1 februari 2027 nieuwe "
                "contracten afgesloten met de aanbieders van Wmo-begeleiding. Zorggroep "
                "Meerzicht heeft niet ingeschreven en zal na 31 januari 2027 geen "
                "begeleiding meer bieden. Het Sociaal Team voert deze wijziging uit in "
                "opdracht van de gemeente. Aan uw recht op begeleiding verandert niets: "
                "uw beschikking blijft geldig tot 1 juni 2028. Deze brief is dan ook geen "
                "nieuw besluit.",
            ),
            ("h1", "Nu en straks"),
            (
                "table",
                [
                    ["", "Tot en met 31 januari 2027", "Vanaf 1 februari 2027"],
                    ["Aanbieder", "Zorggroep Meerzicht", "uw keuze uit drie aanbieders"],
                    ["Omvang", "4 uur per week", "4 uur per week"],
                    ["Eigen bijdrage CAK", "€ 21,80 per maand", "€ 21,80 per maand"],
                ],
            ),
            ("h1", "Wat vragen wij van u?"),
            (
                "ol",
                [
                    "Lees de folder over de drie aanbieders die bij deze brief zit: "
                    "Begeleiding Plus, Stichting Thuis in de Wijk en Zorgcoöperatie Meerwaarde.",
                    "Bespreek uw keuze eventueel met uw begeleider van Zorggroep Meerzicht, "
                    "de heer T. Kok. Hij is tot en met 31 januari 2027 bereikbaar via "
                    "079-361 25 55.",
                    "Geef uw keuze vóór 15 januari 2027 door aan mevrouw Bakker, telefonisch "
                    "of per e-mail.",
                ],
            ),
            (
                "p",
                "Heeft u vóór 15 januari 2027 geen keuze doorgegeven, dan wijzen wij u een "
                "aanbieder toe. Wij houden daarbij zo veel mogelijk rekening met wat wij "
                "van u weten, zoals uw voorkeur voor een vaste begeleider.",
            ),
            (
                "p",
                "Wilt u bij het kiezen hulp van iemand die niet van het Sociaal Team is? Dan "
                "kunt u gratis een onafhankelijke cliëntondersteuner inschakelen van "
                "Stichting Cliëntondersteuning Haaglanden via 070-308 15 90.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Mevrouw R. Bakker is uw consulent bij het Sociaal Team. Zij belt u in de week "
                "van 11 januari 2027 om te vragen of het gelukt is. Zelf bellen kan ook: "
                "079-346 81 47 of r.bakker@sociaalteamzoetermeer.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "R. Bakker\nWmo-consulent, Stichting Sociaal Team Zoetermeer",
            "namens de gemeente Zoetermeer",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 6 (fictief)"
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
