"""Generate the .docx letters of the frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, Heading 1/Heading 2 styles for the headings, List Bullet/List Number
styles for lists and a real table for the appointment or the amounts, so a
reader that uses the document model can be measured on it. The text is
written here (not copied from any tool output); the generated files are
committed next to the .txt letters and described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)

Block = tuple[str, Any]

LETTERS: list[dict[str, Any]] = [
    {
        "file": "e27-wmo-toekenning-woningaanpassing.docx",
        "header": ["Gemeente Middelburg", "Team Wmo | Postbus 6000 | 4330 LA Middelburg"],
        "footer": "Gemeente Middelburg | Kanaalweg 3, Middelburg | www.middelburg.example.nl | 14 0118",
        "address": ["Mevrouw H.W. Minderhoud", "Lange Delft 57", "4331 AK Middelburg"],
        "refs": [
            "Datum: 10 november 2026",
            "Ons kenmerk: WMO-WA-2026-0318",
            "BSN: 294847005",
            "Onderwerp: beschikking woonvoorziening (aanpassing badkamer)",
        ],
        "salutation": "Geachte mevrouw Minderhoud,",
        "body": [
            (
                "p",
                "Op 4 augustus 2026 heeft u zich bij de gemeente Middelburg gemeld met het verzoek om "
                "een aanpassing van uw badkamer, aangezien u als gevolg van multiple sclerose niet meer "
                "zelfstandig gebruik kunt maken van het ligbad. In het kader van het onderzoek heeft "
                "mevrouw D. Kodde, Wmo-consulent, op 26 augustus 2026 een huisbezoek afgelegd en is "
                "advies ingewonnen bij ergotherapeut mevrouw F. Lous van Zorgstroom.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van Middelburg kent u een maatwerkvoorziening "
                "toe in de vorm van een woningaanpassing, bestaande uit het verwijderen van het ligbad en "
                "het realiseren van een drempelvrije douchehoek met douchezitje en wandbeugels. De "
                "voorziening wordt verstrekt als financiële tegemoetkoming in de kosten, tot ten hoogste "
                "het hieronder vermelde bedrag.",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Verwijderen ligbad en aanpassen leidingwerk", "€ 1.845,00"],
                    ["Drempelvrije douchehoek met afvoer", "€ 3.260,00"],
                    ["Douchezitje en twee wandbeugels", "€ 412,50"],
                    ["Totaal tegemoetkoming", "€ 5.517,50"],
                ],
            ),
            ("h1", "Uitleg"),
            (
                "p",
                "Uit het onderzoek als bedoeld in artikel 2.3.2 van de Wmo 2015 en het advies van de "
                "ergotherapeut blijkt dat u door uw beperkingen aangewezen bent op een drempelvrije "
                "doucheruimte om zelfstandig te kunnen douchen. Verhuizing is in uw situatie niet "
                "aangewezen, omdat er binnen een redelijke termijn geen passende woning beschikbaar is en "
                "u in uw huidige woning over een slaapkamer op de begane grond beschikt.",
            ),
            ("h1", "Hoe gaat het verder"),
            ("h2", "Wat u zelf regelt"),
            (
                "ul",
                [
                    "U vraagt schriftelijk toestemming aan uw verhuurder, Woongoed Zeeland, voordat de werkzaamheden beginnen.",
                    "U laat de werkzaamheden uitvoeren door een erkend installatiebedrijf naar keuze.",
                    "U stuurt de factuur binnen drie maanden na afronding van de werkzaamheden naar de gemeente.",
                ],
            ),
            ("h2", "Wat de gemeente doet"),
            (
                "p",
                "Na ontvangst van de factuur controleert de gemeente of de aanpassing overeenkomstig deze "
                "beschikking is uitgevoerd. Hiertoe kan een medewerker van de gemeente een controlebezoek "
                "afleggen. Het bedrag wordt binnen vier weken na goedkeuring op uw rekening gestort. Indien "
                "de werkelijke kosten lager zijn dan het toegekende bedrag, worden de werkelijke kosten "
                "vergoed.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met deze beschikking, dan kunt u binnen zes weken na de datum van "
                "verzending bezwaar maken bij het college van burgemeester en wethouders van Middelburg, "
                "Postbus 6000, 4330 LA Middelburg. Het bezwaarschrift moet zijn ondertekend en de gronden "
                "van het bezwaar bevatten.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Heeft u vragen? Belt u dan gerust met mevrouw D. Kodde via 06-24 81 37 55 of mailt u naar "
                "d.kodde@middelburg.example.nl. Voor vragen over het advies kunt u ergotherapeut F. Lous "
                "bereiken via f.lous@zorgstroom.example.nl. Vragen over de toestemming van uw verhuurder "
                "stelt u aan Woongoed Zeeland via 0118-68 92 00.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Middelburg,",
            "D. Kodde\nWmo-consulent",
            "Bijlage: adviesrapport ergotherapeut van 2 september 2026",
        ],
    },
    {
        "file": "e28-jeugd-uitnodiging-keukentafelgesprek.docx",
        "header": [
            "Jeugd- en Gezinsteam Katwijk",
            "in opdracht van de gemeente Katwijk | Postbus 589 | 2220 AN Katwijk",
        ],
        "footer": "Jeugd- en Gezinsteam Katwijk | www.jgtkatwijk.example.nl | Bij vragen: 14 071",
        "address": ["Aan de heer en mevrouw Van der Plas", "Voorstraat 29", "2225 ER Katwijk"],
        "refs": [
            "Datum: 9 november 2026",
            "Ons kenmerk: JGT-K-2026-2019",
            "Onderwerp: uitnodiging gesprek over de ondersteuning van Tess",
        ],
        "salutation": "Beste meneer en mevrouw Van der Plas,",
        "body": [
            (
                "p",
                "Uw aanvraag van 20 oktober 2026 voor ondersteuning van uw dochter Tess van der Plas, die "
                "sinds de zomer steeds vaker niet naar school wil en thuis veel angst laat zien, is door ons "
                "in goede orde ontvangen. Het Jeugd- en Gezinsteam Katwijk voert namens het college van "
                "burgemeester en wethouders van Katwijk het onderzoek uit naar de vraag of een voorziening "
                "op grond van de Jeugdwet noodzakelijk is. Wij nodigen u daarom uit voor een gesprek.",
            ),
            ("h1", "Uw afspraak"),
            (
                "table",
                [
                    ["Datum", "maandag 30 november 2026"],
                    ["Tijd", "16.00 uur tot 17.30 uur"],
                    ["Plaats", "bij u thuis, Voorstraat 29 in Katwijk"],
                    ["Met", "mevrouw J. van Duijn, jeugdprofessional"],
                ],
            ),
            (
                "p",
                "In dit gesprek, dat ook wel keukentafelgesprek wordt genoemd, wordt met u besproken wat "
                "de problemen zijn, wat u en uw netwerk zelf kunnen doen en welke hulp daarnaast nodig is. "
                "Het is wenselijk dat Tess bij een deel van het gesprek aanwezig is.",
            ),
            ("h1", "Wat neemt u mee"),
            (
                "ol",
                [
                    "uw identiteitsbewijs en dat van Tess;",
                    "de verwijzing van de huisarts, indien aanwezig;",
                    "recente verslagen van school of van de jeugdgezondheidszorg.",
                ],
            ),
            ("h1", "Verhinderd"),
            (
                "p",
                "Kunt u niet komen? Bel dan uiterlijk twee werkdagen van tevoren naar 14 071. Indien u "
                "zonder afmelding niet aanwezig bent, wordt uw aanvraag als ingetrokken beschouwd.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Uw contactpersoon is mevrouw J. van Duijn. Bel mij: 06-55 02 19 84. U kunt ook mailen "
                "naar j.vanduijn@jgtkatwijk.example.nl. Heeft u een vraag over de schoolsituatie van Tess, "
                "dan kunt u contact opnemen met de intern begeleider van haar school, mevrouw A. Zandbergen, "
                "via a.zandbergen@dewegwijzer.example.nl.",
            ),
            ("h2", "Als het niet kan wachten"),
            (
                "ul",
                [
                    "Crisisdienst Jeugd Hollands Midden, dag en nacht: 071-750 17 00",
                    "Huisartsenpost Katwijk, buiten kantoortijden: 0900-513 80 39",
                    "Veilig Thuis, bij zorgen over huiselijk geweld: 0800-2000",
                    "Bij direct levensgevaar: 112",
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "J. van Duijn\njeugdprofessional Jeugd- en Gezinsteam Katwijk",
        ],
    },
    {
        "file": "e29-participatie-terugvordering-kostendelersnorm.docx",
        "header": [
            "Gemeente Roosendaal",
            "Sociaal Domein | Werk en Inkomen | Postbus 5000 | 4700 KA Roosendaal",
        ],
        "footer": "Gemeente Roosendaal | Stadsplein 1 | 14 0165 | www.roosendaal.example.nl",
        "address": ["Mevrouw A.F. Brugmans", "Nispensestraat 102", "4701 GD Roosendaal"],
        "refs": [
            "Datum: 12 november 2026",
            "Ons kenmerk: WI-TV-2026-03871",
            "BSN: 516180939",
            "Onderwerp: herziening en terugvordering bijstand (kostendelersnorm)",
        ],
        "salutation": "Geachte mevrouw Brugmans,",
        "body": [
            (
                "p",
                "U ontvangt sinds 1 mei 2024 een bijstandsuitkering op grond van de Participatiewet naar "
                "de norm voor een alleenstaande ouder. Bij een huisbezoek op 8 oktober 2026 is gebleken dat "
                "uw zoon Kevin Brugmans, die op 14 februari 2026 de leeftijd van 27 jaar heeft bereikt, "
                "sinds die datum zijn hoofdverblijf in uw woning heeft. Dit heeft u niet aan ons doorgegeven.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Wij hebben besloten uw bijstand met ingang van 1 maart 2026 te herzien en vast te stellen "
                "met toepassing van de kostendelersnorm voor twee kostendelende medebewoners. De over de "
                "periode van 1 maart 2026 tot en met 31 oktober 2026 te veel betaalde bijstand vorderen wij "
                "van u terug. Met ingang van 1 november 2026 ontvangt u een lagere uitkering.",
            ),
            (
                "table",
                [
                    ["Maand", "Te veel ontvangen"],
                    ["maart 2026", "€ 387,12"],
                    ["april 2026", "€ 387,12"],
                    ["mei 2026", "€ 387,12"],
                    ["juni 2026", "€ 387,12"],
                    ["juli 2026", "€ 401,66"],
                    ["augustus 2026", "€ 401,66"],
                    ["september 2026", "€ 401,66"],
                    ["oktober 2026", "€ 401,66"],
                    ["Totaal", "€ 3.155,12"],
                ],
            ),
            ("h1", "Uitleg"),
            (
                "p",
                "Op grond van artikel 22a van de Participatiewet wordt de bijstandsnorm lager naarmate meer "
                "personen van 27 jaar of ouder in dezelfde woning hun hoofdverblijf hebben. Zij kunnen de "
                "kosten van wonen en levensonderhoud immers delen. Doordat u niet heeft gemeld dat uw zoon "
                "27 jaar is geworden en bij u woont, heeft u de inlichtingenplicht van artikel 17 van de "
                "Participatiewet geschonden. Op grond van artikel 58 van de Participatiewet zijn wij verplicht "
                "de te veel betaalde bijstand terug te vorderen.",
            ),
            ("h2", "Terugbetalen"),
            (
                "ul",
                [
                    "Wij houden vanaf december 2026 elke maand € 95,00 in op uw uitkering.",
                    "U kunt ook het hele bedrag in één keer terugbetalen; neem dan contact met ons op.",
                    "Kunt u € 95,00 per maand niet missen, dan kunt u binnen vier weken een lager bedrag aanvragen.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na dagtekening "
                "een bezwaarschrift indienen bij het college van burgemeester en wethouders van Roosendaal, "
                "Postbus 5000, 4700 KA Roosendaal. Het maken van bezwaar schort de terugvordering niet op.",
            ),
            (
                "p",
                "Voor vragen kunt u terecht bij uw consulent, de heer B. van Gool, bereikbaar via "
                "0165-57 94 12 of b.vangool@roosendaal.example.nl. Voor vragen over uw huurtoeslag, die door "
                "de komst van uw zoon ook kan veranderen, belt u de BelastingTelefoon: 0800-0543.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Roosendaal,",
            "B. van Gool\nconsulent Werk en Inkomen",
        ],
    },
    {
        "file": "e30-leerplicht-uitnodiging-verhoor.docx",
        "header": ["Gemeente Terneuzen", "Leerplicht | Postbus 35 | 4530 AA Terneuzen"],
        "footer": "Gemeente Terneuzen | Stadhuisplein 1 | www.terneuzen.example.nl | 14 0115",
        "address": ["De heer en mevrouw Van Hoeve", "Axelsestraat 210", "4537 AL Terneuzen"],
        "refs": [
            "Datum: 16 november 2026",
            "Ons kenmerk: LP/PV/2026/114",
            "Onderwerp: uitnodiging voor verhoor in verband met schoolverzuim van Lars van Hoeve",
        ],
        "salutation": "Geachte heer en mevrouw Van Hoeve,",
        "body": [
            (
                "p",
                "Uw zoon Lars van Hoeve, geboren 2 juni 2010, staat ingeschreven bij Het Zeldenrust College "
                "te Terneuzen. Ondanks het gesprek met de leerplichtambtenaar op 15 september 2026 en de "
                "daarin gemaakte afspraken, heeft de school op 6 november 2026 opnieuw melding gedaan van "
                "ongeoorloofd verzuim. Lars is sinds 12 oktober 2026 in totaal 64 lesuren zonder geldige "
                "reden afwezig geweest.",
            ),
            ("h1", "Waarom een verhoor"),
            (
                "p",
                "Er bestaat een redelijk vermoeden dat u als ouders artikel 2, eerste lid, van de "
                "Leerplichtwet 1969 heeft overtreden. Daarom wordt u uitgenodigd voor een verhoor door de "
                "leerplichtambtenaar, die hierbij optreedt als buitengewoon opsporingsambtenaar. Van het "
                "verhoor wordt een proces-verbaal opgemaakt, dat wordt ingezonden naar het Openbaar "
                "Ministerie. Ook Lars, die 16 jaar is, wordt afzonderlijk gehoord.",
            ),
            ("h1", "Uw afspraak"),
            (
                "table",
                [
                    ["Datum", "dinsdag 1 december 2026"],
                    ["Tijd", "9.30 uur (ouders) en 10.30 uur (Lars)"],
                    ["Plaats", "stadhuis Terneuzen, Stadhuisplein 1, spreekkamer 2.14"],
                    ["Met", "de heer W. Dieleman, leerplichtambtenaar"],
                ],
            ),
            ("h2", "Uw rechten"),
            (
                "ol",
                [
                    "U bent niet verplicht om op vragen te antwoorden.",
                    "U heeft het recht om u te laten bijstaan door een advocaat.",
                    "U mag een tolk laten komen als u de Nederlandse taal onvoldoende beheerst.",
                ],
            ),
            (
                "p",
                "Komt u niet, dan kan het proces-verbaal ook zonder uw verklaring worden opgemaakt. Kunt u "
                "op het genoemde tijdstip niet aanwezig zijn, neem dan uiterlijk één werkdag van tevoren "
                "contact op met de heer Dieleman via 0115-45 56 71 om een nieuwe afspraak te maken.",
            ),
            ("h1", "Hulp"),
            (
                "p",
                "Wij zien dat er mogelijk meer aan de hand is. Wilt u hulp voor Lars of uw gezin, dan kan "
                "de heer Dieleman u in contact brengen met het Centrum voor Jeugd en Gezin Terneuzen. Voor "
                "vragen over de begeleiding op school kunt u terecht bij de zorgcoördinator van Het "
                "Zeldenrust College, mevrouw P. de Kraker, via 0115-61 23 00.",
            ),
            (
                "p",
                "Tegen deze uitnodiging kunt u geen bezwaar maken. Voor vragen over deze brief kunt u "
                "contact opnemen met de heer W. Dieleman via 0115-45 56 71 of leerplicht@terneuzen.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "W. Dieleman\nleerplichtambtenaar / buitengewoon opsporingsambtenaar",
        ],
    },
    {
        "file": "e31-schulden-toekenning-schuldregeling.docx",
        "header": ["Gemeente Eindhoven", "Schuldhulpverlening | Postbus 90150 | 5600 RB Eindhoven"],
        "footer": "Gemeente Eindhoven | Stadhuisplein 10 | 14 040 | www.eindhoven.example.nl",
        "address": ["De heer R.W. Hoeks", "Kruisstraat 140", "5612 CZ Eindhoven"],
        "refs": [
            "Datum: 3 november 2026",
            "Ons kenmerk: SHV-MSR-2026-0871",
            "BSN: 166896305",
            "Onderwerp: beschikking schuldregeling",
        ],
        "salutation": "Geachte heer Hoeks,",
        "body": [
            (
                "p",
                "Sinds 1 april 2026 neemt u deel aan de schuldhulpverlening van de gemeente Eindhoven. De "
                "stabilisatiefase is op 30 september 2026 met goed resultaat afgerond. Uw inkomen en vaste "
                "lasten zijn op orde en u heeft geen nieuwe schulden gemaakt. Op 14 oktober 2026 hebben alle "
                "vier schuldeisers ingestemd met het voorstel voor een minnelijke schuldregeling.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van Eindhoven kent u met ingang van 1 november "
                "2026 een minnelijke schuldregeling toe met een looptijd van 18 maanden. De totale schuld van "
                "€ 9.865,00 wordt gedeeltelijk afgelost. Na afloop van de regeling schelden uw schuldeisers het "
                "restant kwijt, mits u zich aan de afspraken houdt.",
            ),
            ("h2", "Aflossing per schuldeiser"),
            (
                "table",
                [
                    ["Schuldeiser", "Schuld", "Aflossing totaal"],
                    ["Woonbedrijf Eindhoven", "€ 2.410,00", "€ 829,50"],
                    ["Energiebedrijf Brabant", "€ 1.655,00", "€ 569,70"],
                    ["Zorgverzekeraar VGZ", "€ 3.120,00", "€ 1.074,00"],
                    ["Belastingdienst/Toeslagen", "€ 2.680,00", "€ 922,80"],
                    ["Totaal", "€ 9.865,00", "€ 3.396,00"],
                ],
            ),
            (
                "p",
                "U spaart hiervoor € 188,67 per maand. Dit bedrag wordt door de Kredietbank Eindhoven vanaf "
                "uw beheerrekening gereserveerd. Het budgetbeheer loopt gedurende de schuldregeling door.",
            ),
            ("h1", "Uw afspraken"),
            (
                "ul",
                [
                    "U maakt geen nieuwe schulden.",
                    "U geeft veranderingen in uw inkomen binnen vijf werkdagen door.",
                    "U gaat naar de afspraken met uw budgetcoach.",
                    "U probeert meer inkomen te verwerven, bijvoorbeeld door meer uren te werken.",
                ],
            ),
            (
                "p",
                "Houdt u zich niet aan deze afspraken, dan kan de schuldregeling worden beëindigd. Uw "
                "schuldeisers kunnen dan de volledige schuld weer bij u invorderen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken na verzending van "
                "deze brief bezwaar maken bij het college van burgemeester en wethouders van Eindhoven, "
                "Postbus 90150, 5600 RB Eindhoven.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Uw schuldhulpverlener is mevrouw L. Beerens. U bereikt haar via 040-238 63 52 of "
                "l.beerens@eindhoven.example.nl. Vragen over uw beheerrekening stelt u aan de Kredietbank "
                "Eindhoven via 040-238 61 00.",
            ),
            (
                "p",
                "Schulden geven vaak veel zorgen. Loopt het u even te veel over uw hoofd en denkt u aan "
                "zelfdoding? Bel dan gratis en anoniem met 113 Zelfmoordpreventie: 0800-0113.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Eindhoven,",
            "L. Beerens\nschuldhulpverlener",
        ],
    },
    {
        "file": "e32-participatie-beslissing-op-bezwaar.docx",
        "header": ["Gemeente Súdwest-Fryslân", "Juridische Zaken | Postbus 10000 | 8600 HA Sneek"],
        "footer": "Gemeente Súdwest-Fryslân | Marktstraat 15, Sneek | 14 0515 | www.sudwestfryslan.example.nl",
        "address": ["Mevrouw T. Zijlstra", "Oosterdijk 31", "8601 BS Sneek"],
        "refs": [
            "Datum: 13 november 2026",
            "Ons kenmerk: JZ-BZ-2026-0422",
            "Onderwerp: beslissing op uw bezwaar tegen de afwijzing van bijzondere bijstand",
        ],
        "salutation": "Geachte mevrouw Zijlstra,",
        "body": [
            (
                "p",
                "U heeft bezwaar gemaakt tegen het besluit van 22 juli 2026, waarbij uw aanvraag om "
                "bijzondere bijstand voor de kosten van een nieuwe bril van € 395,00 is afgewezen. In deze "
                "brief leest u onze beslissing op uw bezwaar. Hieronder ziet u eerst hoe de procedure is "
                "verlopen.",
            ),
            (
                "table",
                [
                    ["Besluit waartegen bezwaar", "22 juli 2026"],
                    ["Bezwaarschrift ontvangen", "25 augustus 2026"],
                    ["Hoorzitting", "6 oktober 2026"],
                    ["Advies commissie", "20 oktober 2026"],
                ],
            ),
            ("h1", "Beslissing"),
            (
                "p",
                "Het college verklaart uw bezwaar ongegrond en handhaaft het besluit van 22 juli 2026. Dit "
                "betekent dat u geen bijzondere bijstand krijgt voor de bril.",
            ),
            ("h1", "Waarom"),
            (
                "p",
                "In uw bezwaarschrift en tijdens de hoorzitting heeft u het volgende naar voren gebracht:",
            ),
            (
                "ul",
                [
                    "u heeft de bril nodig om te kunnen werken;",
                    "u kon de bril niet uit uw inkomen betalen omdat u al andere schulden had;",
                    "u wist niet dat uw aanvullende zorgverzekering een deel had kunnen vergoeden.",
                ],
            ),
            (
                "p",
                "De Commissie bezwaarschriften heeft geadviseerd het bezwaar ongegrond te verklaren. Kosten "
                "van een bril worden in de regel tot de algemeen noodzakelijke kosten van het bestaan "
                "gerekend, waarvoor u uit uw inkomen moet reserveren. Bovendien had u via de collectieve "
                "zorgverzekering van de gemeente aanvullend verzekerd kunnen zijn. Het college neemt het "
                "advies van de commissie over. Het advies is als bijlage bij deze brief gevoegd.",
            ),
            ("h1", "Beroep"),
            (
                "p",
                "Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de dag van "
                "verzending van deze brief beroep instellen bij de Rechtbank Noord-Nederland, sector "
                "bestuursrecht, Postbus 150, 9700 AD Groningen. U kunt daarbij ook een verzoek om een "
                "voorlopige voorziening doen. Voor het beroep betaalt u griffierecht. Hiervoor hoeft u geen "
                "advocaat in te schakelen.",
            ),
            ("h2", "Hoe u beroep instelt"),
            (
                "ol",
                [
                    "Schrijf een brief met uw naam, adres en de datum.",
                    "Leg uit waarom u het niet eens bent met deze beslissing.",
                    "Stuur een kopie van deze brief mee en onderteken uw brief.",
                ],
            ),
            (
                "p",
                "Heeft u vragen over deze beslissing, dan kunt u contact opnemen met mevrouw mr. G. Wijbenga, "
                "secretaris van de Commissie bezwaarschriften, via 0515-48 92 31 of "
                "bezwaar@sudwestfryslan.example.nl. Wilt u hulp bij het instellen van beroep, dan kunt u "
                "contact opnemen met het Juridisch Loket via 0900-8020.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van Súdwest-Fryslân,",
            "namens deze,\nG. Wijbenga\nsecretaris Commissie bezwaarschriften",
            "Bijlage: advies Commissie bezwaarschriften van 20 oktober 2026",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset (fictief)"
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
