"""Generate the .docx letters of the ninth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval9.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and at least one real table (the youth care
granted, the debts, the arrears, the hours before and after with a contact card,
the costs granted), so a reader that uses the document model can be measured on
it. The builder is a copy of bench/eval8/make_docx.py, kept here on purpose so
that this frozen set does not change when another set's script does. The text is
written here by hand (not copied from any tool output); the generated files are
committed next to the .txt letters and described in gold.yaml.
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
        "file": "u12-jeugd-toekenning-verlenging-begeleiding-meer-uren.docx",
        "header": [
            "Gemeente Veenendaal",
            "Team Jeugd",
            "Postbus 1100",
            "3900 BC Veenendaal",
        ],
        "footer": "Gemeente Veenendaal · Raadhuisplein 1 · telefoon 14 0318 · www.veenendaal.example.nl",
        "address": [
            "De heer P.J. van Ginkel",
            "Kerkewijk 230",
            "3904 JK Veenendaal",
        ],
        "refs": [
            "Veenendaal, 8 december 2026",
            "Ons kenmerk: VND/JGD/2026/1906",
            "BSN jeugdige: 196100409",
            "Betreft: beschikking jeugdhulp voor Thijs van Ginkel (geboren 22 januari 2013)",
        ],
        "salutation": "Geachte heer Van Ginkel,",
        "body": [
            ("h1", "1. Uw verzoek"),
            (
                "p",
                "Bij beschikking van 12 maart 2026 is aan uw zoon Thijs ambulante individuele "
                "begeleiding toegekend ten belope van vier uur per week, welke door "
                "Jeugdzorgpraktijk De Vallei wordt geleverd. Op 19 november 2026 heeft u, mede "
                "namens uw ex-partner, mevrouw Lisa Roelofs, verzocht om verlenging van deze "
                "jeugdhulp, aangezien de begeleiding naar uw mening onvoldoende resultaat heeft "
                "opgeleverd ten aanzien van het omgaan met boosheid en de thuissituatie sinds de "
                "zomer verder is verslechterd.",
            ),
            ("h1", "2. Ons besluit"),
            (
                "p",
                "Na afweging van de uitkomsten van het gesprek dat op 26 november 2026 met u, "
                "Thijs en zijn begeleider heeft plaatsgevonden, alsmede van het advies van de "
                "gedragswetenschapper van ons team, is besloten uw verzoek toe te wijzen en de "
                "omvang van de begeleiding, gelet op de toegenomen problematiek, tijdelijk te "
                "verhogen. De toegekende jeugdhulp is als volgt vastgesteld:",
            ),
            (
                "table",
                [
                    ["Jeugdhulp", "Omvang", "Periode", "Aanbieder"],
                    [
                        "Ambulante individuele begeleiding",
                        "6 uur per week",
                        "1 januari 2027 t/m 30 juni 2027",
                        "Jeugdzorgpraktijk De Vallei",
                    ],
                    [
                        "Ambulante individuele begeleiding",
                        "4 uur per week",
                        "1 juli 2027 t/m 31 december 2027",
                        "Jeugdzorgpraktijk De Vallei",
                    ],
                ],
            ),
            (
                "p",
                "Deze beschikking is gegeven op grond van artikel 2.3 van de Jeugdwet en de "
                "Verordening jeugdhulp Veenendaal 2025.",
            ),
            ("h1", "3. Wat verwachten wij van u"),
            ("p", "Aan deze beschikking zijn de navolgende verplichtingen verbonden:"),
            (
                "ul",
                [
                    "u verleent uw medewerking aan de uitvoering van het ondersteuningsplan;",
                    "u meldt wijzigingen in de gezinssituatie, zoals een verhuizing, "
                    "onverwijld aan ons;",
                    "u neemt deel aan de evaluatie die uiterlijk in mei 2027 plaatsvindt.",
                ],
            ),
            (
                "p",
                "De Vallei zal binnen tien werkdagen contact met u opnemen teneinde de extra "
                "uren in te plannen. Mocht u binnen deze termijn niets hebben vernomen, dan kunt "
                "u zich wenden tot de planning van De Vallei via 0318-55 70 40.",
            ),
            ("h1", "4. Bezwaar en contact"),
            (
                "p",
                "Indien u zich met deze beschikking niet kunt verenigen, kunt u binnen zes weken "
                "na de dag van verzending een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders. Voor vragen kunt u contact opnemen met de "
                "behandelend jeugdconsulent, mevrouw Mirjam Baars, via 0318-53 82 16 of "
                "m.baars@veenendaal.example.nl.",
            ),
            ("h2", "Hulp bij crisis"),
            (
                "p",
                "Loopt de situatie thuis buiten kantooruren uit de hand, bel dan de Crisisdienst "
                "Jeugd Foodvalley via 0318-20 40 60. Bij direct gevaar belt u 112.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Het college van burgemeester en wethouders van Veenendaal,\nnamens dezen,",
            "drs. E.M. Bouwman\nmanager Jeugd en Onderwijs",
        ],
    },
    {
        "file": "u13-schulden-afwijzing-toelating-schuldhulp-fraudevordering.docx",
        "header": [
            "Gemeente Oosterhout",
            "Schuldhulpverlening",
            "Postbus 10150",
            "4900 GB Oosterhout",
        ],
        "footer": "Gemeente Oosterhout · Slotjesveld 1 · telefoon 14 0162 · www.oosterhout.example.nl",
        "address": [
            "De heer M.A. Claassen",
            "Heuvelstraat 76",
            "4901 KH Oosterhout",
        ],
        "refs": [
            "Oosterhout, 9 december 2026",
            "Ons kenmerk: OHT/SHV/2026/0317",
            "Betreft: besluit op uw aanvraag schuldhulpverlening",
        ],
        "salutation": "Geachte heer Claassen,",
        "body": [
            (
                "p",
                "In deze brief leest u dat wij u op dit moment niet toelaten tot een "
                "schuldregeling, en welke hulp u wel kunt krijgen.",
            ),
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 3 november 2026 heeft u zich gemeld voor schuldhulpverlening. Tijdens het "
                "intakegesprek van 17 november 2026 met de schuldhulpconsulent, mevrouw Inge "
                "Kuijpers, is met u een overzicht opgesteld van de schulden die thans bij ons "
                "bekend zijn:",
            ),
            (
                "table",
                [
                    ["Schuldeiser", "Soort schuld", "Bedrag"],
                    ["Gemeente Oosterhout", "terugvordering bijstand wegens fraude", "€ 8.412,00"],
                    ["Woonstichting Thuisvester", "huurachterstand", "€ 1.975,50"],
                    ["Zilveren Kruis", "premie zorgverzekering", "€ 1.128,36"],
                    ["Totaal", "", "€ 11.515,86"],
                ],
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Overeenkomstig artikel 5 van de Beleidsregels schuldhulpverlening Oosterhout "
                "2024 kan aan een verzoeker de toegang tot een minnelijke schuldregeling worden "
                "geweigerd, indien een substantieel deel van de schuldenlast voortvloeit uit "
                "een vordering ter zake van fraude, zulks teneinde te voorkomen dat "
                "schuldeisers genoegen dienen te nemen met een gedeeltelijke betaling van een "
                "vordering die door verwijtbaar handelen is ontstaan. Aangezien de "
                "fraudevordering van € 8.412,00 ruim 73 procent van uw totale schuldenlast "
                "uitmaakt, wordt uw aanvraag voor een schuldregeling afgewezen.",
            ),
            ("h1", "Welke hulp kunt u wel krijgen"),
            (
                "p",
                "Onverminderd het voorgaande wordt u, teneinde verdere escalatie van uw "
                "financiële problematiek te voorkomen, de volgende ondersteuning aangeboden:",
            ),
            (
                "ol",
                [
                    "stabilisatie van uw inkomsten en vaste lasten door middel van budgetbeheer "
                    "bij Stichting Budgetzorg West-Brabant, bereikbaar op 0162-47 88 10;",
                    "het treffen van een betalingsregeling voor de fraudevordering, waarbij de "
                    "aflossing wordt afgestemd op de beslagvrije voet;",
                    "hulp bij het aanvragen van toeslagen, waarvoor u terecht kunt bij de "
                    "consulent.",
                ],
            ),
            (
                "p",
                "Indien u van dit aanbod gebruik wenst te maken, wordt u verzocht dit vóór 8 "
                "januari 2027 kenbaar te maken aan mevrouw Kuijpers.",
            ),
            ("h1", "Bezwaar en contact"),
            (
                "p",
                "Bent u het niet eens met dit besluit, dan kunt u daartegen binnen zes weken "
                "na de datum van deze brief bezwaar maken bij het college van burgemeester en "
                "wethouders van Oosterhout.",
            ),
            (
                "p",
                "Met vragen kunt u terecht bij mevrouw Kuijpers, bereikbaar via 0162-48 93 27 of "
                "i.kuijpers@oosterhout.example.nl. Zit u vanwege uw schulden zo in de knel dat u "
                "aan zelfdoding denkt, bel dan 113 Zelfmoordpreventie op 0800-0113.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Burgemeester en wethouders van Oosterhout,\nnamens dezen,",
            "R.H. van den Broek\nmanager Werk, Inkomen en Schulden",
            "P.S. Krijgt u in de tussentijd een brief van een deurwaarder? Stuur die dan "
            "meteen door naar mevrouw Kuijpers.",
        ],
    },
    {
        "file": "u14-schulden-aanmaning-sociale-lening-achterstand.docx",
        "header": [
            "Gemeente Den Helder",
            "Gemeentelijke Kredietbank Noordkop",
            "Postbus 36",
            "1780 AA Den Helder",
        ],
        "footer": "Gemeente Den Helder · Drs. F. Bijlweg 20 · telefoon 14 0223 · www.denhelder.example.nl",
        "address": [
            "Mevrouw D. Zwart",
            "Spoorgracht 58",
            "1781 CB Den Helder",
        ],
        "refs": [
            "Den Helder, 10 december 2026",
            "Leningnummer: KBN-2025-0489",
            "Onderwerp: aanmaning betalingsachterstand sociale lening",
        ],
        "salutation": "Geachte mevrouw Zwart,",
        "body": [
            ("h1", "Waarom ontvangt u deze aanmaning?"),
            (
                "p",
                "Ingevolge de op 14 april 2025 door u ondertekende kredietovereenkomst bent u "
                "gehouden de aan u verstrekte sociale lening van € 3.600,00 af te lossen in "
                "maandelijkse termijnen van € 75,00, te voldoen vóór de eerste dag van iedere "
                "maand. Uit onze administratie blijkt dat de onderstaande termijnen, ondanks de "
                "herinnering die u op 6 november 2026 heeft ontvangen, nog steeds niet door ons "
                "zijn ontvangen:",
            ),
            (
                "table",
                [
                    ["Termijn", "Vervaldatum", "Bedrag"],
                    ["oktober 2026", "1 oktober 2026", "€ 75,00"],
                    ["november 2026", "1 november 2026", "€ 75,00"],
                    ["december 2026", "1 december 2026", "€ 75,00"],
                    ["Totaal achterstand", "", "€ 225,00"],
                ],
            ),
            ("h1", "Wat vragen wij van u?"),
            (
                "p",
                "Wij sommeren u hierbij het achterstallige bedrag van € 225,00 uiterlijk op 24 "
                "december 2026 over te maken op rekeningnummer NL63 BNGH 0285 1155 70 ten name "
                "van Gemeentelijke Kredietbank Noordkop, onder vermelding van uw leningnummer. "
                "Indien u uw betaling reeds heeft verricht, kunt u deze aanmaning als niet "
                "verzonden beschouwen.",
            ),
            (
                "p",
                "Bent u niet in staat het volledige bedrag ineens te betalen, dan bestaan de "
                "volgende mogelijkheden:",
            ),
            (
                "ul",
                [
                    "een tijdelijke verlaging van de maandtermijn, mits u daartoe een recent "
                    "inkomensoverzicht overlegt;",
                    "uitstel van betaling gedurende ten hoogste drie maanden;",
                    "een gesprek met een schuldhulpconsulent van de gemeente.",
                ],
            ),
            ("h1", "Wat gebeurt er als u niet betaalt?"),
            (
                "p",
                "Blijft betaling na de genoemde datum wederom uit, dan is de Kredietbank "
                "genoodzaakt de kredietovereenkomst conform artikel 12 van de algemene "
                "voorwaarden op te zeggen, waarna het volledige restant van de lening, thans "
                "€ 2.325,00, ineens opeisbaar wordt en de vordering ter incasso uit handen zal "
                "worden gegeven aan gerechtsdeurwaarderskantoor Van Tol & Partners te "
                "Alkmaar, hetgeen aanzienlijke extra kosten met zich mee kan brengen.",
            ),
            (
                "p",
                "Tegen deze aanmaning kunt u geen bezwaar maken, omdat het geen besluit is.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Om een regeling af te spreken, of als u vragen heeft, kunt u contact opnemen met "
                "de heer Bart Kramer van de Kredietbank via 0223-67 85 12 of "
                "kredietbank@denhelder.example.nl. Met vragen over een betalingsachterstand bij "
                "uw energieleverancier kunt u terecht bij het Geldloket Den Helder, 0223-61 40 "
                "00.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "B. Kramer\nkredietconsulent\nGemeentelijke Kredietbank Noordkop",
        ],
    },
    {
        "file": "u15-wmo-intrekking-huishoudelijke-hulp-minder-uren-wijkteam.docx",
        "header": [
            "Stichting Wijkteams Meppel",
            "namens het college van burgemeester en wethouders van de gemeente Meppel",
            "Zuideinde 16",
            "7941 GJ Meppel",
        ],
        "footer": "Stichting Wijkteams Meppel · Zuideinde 16 · telefoon 0522-85 44 00 · www.wijkteamsmeppel.example.nl",
        "address": [
            "Mevrouw G. Bakker-Lubbers",
            "Kerkplein 9",
            "7941 BM Meppel",
        ],
        "refs": [
            "Meppel, 9 december 2026",
            "Ons kenmerk: WTM/WMO/2026/2074",
            "BSN: 244632601",
            "Betreft: gedeeltelijke intrekking maatwerkvoorziening hulp bij het huishouden",
        ],
        "salutation": "Geachte mevrouw Bakker,",
        "body": [
            ("h1", "Aanleiding"),
            (
                "p",
                "Bij besluit van 5 januari 2026 is aan u een maatwerkvoorziening hulp bij het "
                "huishouden verstrekt van 3 uur per week, op basis van de toen bestaande "
                "situatie waarin u na uw heupoperatie niet in staat was tot het verrichten van "
                "zware huishoudelijke taken. Middels het heronderzoek dat op 20 november 2026 "
                "bij u thuis door uw Wmo-consulent is verricht, is vastgesteld dat uw "
                "zelfredzaamheid zich dusdanig heeft hersteld dat de voorziening in de "
                "huidige omvang niet langer noodzakelijk wordt geacht.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Op grond van artikel 2.3.10 van de Wet maatschappelijke ondersteuning 2015 is "
                "besloten de aan u verstrekte maatwerkvoorziening gedeeltelijk in te trekken. "
                "Hierbij is in aanmerking genomen dat u blijkens het verslag van het "
                "heronderzoek thans weer zelfstandig in staat bent tot het uitvoeren van lichte "
                "huishoudelijke werkzaamheden, zoals het opruimen van de woning en het verzorgen "
                "van de was, zodat uitsluitend ten aanzien van de zware huishoudelijke taken, te "
                "weten het stofzuigen, het dweilen en het schoonmaken van het sanitair, nog "
                "ondersteuning noodzakelijk wordt geacht. De omvang van de hulp wordt als volgt "
                "gewijzigd:",
            ),
            (
                "table",
                [
                    ["", "Tot 1 maart 2027", "Vanaf 1 maart 2027"],
                    ["Hulp bij het huishouden", "3 uur per week", "1,5 uur per week"],
                    ["Eigen bijdrage CAK", "€ 21,80 per maand", "€ 21,80 per maand"],
                ],
            ),
            (
                "p",
                "Tot 1 maart 2027 geldt een overgangstermijn, gedurende welke de huidige omvang "
                "ongewijzigd blijft, teneinde u in staat te stellen de werkzaamheden anders te "
                "organiseren. Wij verzoeken u gedurende deze periode in overleg met uw "
                "huishoudelijk medewerker na te gaan welke werkzaamheden u zelf, dan wel met "
                "hulp van uw kinderen of buren, kunt overnemen.",
            ),
            ("h1", "Wat kunt u verwachten?"),
            (
                "ol",
                [
                    "Thuiszorg Noord-Drenthe wordt door ons van dit besluit in kennis gesteld.",
                    "De zorgaanbieder neemt vóór 1 februari 2027 contact met u op over de nieuwe "
                    "werktijden; over de planning kunt u de zorgaanbieder bellen op 0522-24 66 "
                    "90.",
                    "Vanaf 1 maart 2027 ontvangt u 1,5 uur hulp per week.",
                ],
            ),
            (
                "p",
                "Kunt u zich met dit besluit niet verenigen, dan kunt u binnen zes weken na "
                "de verzenddatum bezwaar maken bij het college van burgemeester en wethouders "
                "van Meppel. Voor gratis hulp bij uw bezwaar kunt u zich wenden tot "
                "onafhankelijk cliëntondersteuner Stichting Sterk Meppel via 0522-25 10 36.",
            ),
            ("h1", "Contact"),
            (
                "table",
                [
                    ["Uw Wmo-consulent", "mevrouw A. Mulder"],
                    ["Telefoon", "06-18 46 72 05"],
                    ["E-mail", "a.mulder@wijkteamsmeppel.example.nl"],
                    ["Afwezig?", "Bel het wijkteam: 0522-85 44 00"],
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "H. Dekker\ncoördinator Wijkteam Meppel-Noord\nStichting Wijkteams Meppel",
        ],
    },
    {
        "file": "u16-participatie-toekenning-bijzondere-bijstand-bewindvoering.docx",
        "header": [
            "Gemeente Vlaardingen",
            "Team Bijzondere Bijstand",
            "Postbus 1002",
            "3130 EB Vlaardingen",
        ],
        "footer": "Gemeente Vlaardingen · Westnieuwland 6 · telefoon 14 010 · www.vlaardingen.example.nl",
        "address": [
            "De heer L.F. Verschoor",
            "p/a Bewindvoerderskantoor Maasmond",
            "t.a.v. mevrouw R. Aydin",
            "Postbus 4410",
            "3006 AK Rotterdam",
        ],
        "refs": [
            "Vlaardingen, 8 december 2026",
            "Ons kenmerk: VLD/BB/2026/7731",
            "BSN: 399548166",
            "Onderwerp: besluit bijzondere bijstand kosten beschermingsbewind",
        ],
        "salutation": "Geachte heer Verschoor,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 13 november 2026 is door uw bewindvoerder, mevrouw R. Aydin van "
                "Bewindvoerderskantoor Maasmond, namens u een aanvraag ingediend om bijzondere "
                "bijstand in de kosten van het beschermingsbewind, dat bij beschikking van de "
                "kantonrechter van de Rechtbank Rotterdam van 2 oktober 2026 over uw goederen "
                "is ingesteld.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Na toetsing van uw aanvraag aan artikel 35 van de Participatiewet en de "
                "Beleidsregels bijzondere bijstand Vlaardingen 2026 is gebleken dat de kosten "
                "van bewindvoering noodzakelijk zijn en voortvloeien uit bijzondere "
                "omstandigheden, terwijl uw draagkracht, vastgesteld op nihil, ontoereikend is "
                "om deze kosten zelf te voldoen. Derhalve wordt aan u bijzondere bijstand "
                "toegekend tot de hieronder vermelde bedragen, welke door de kantonrechter als "
                "maximale tarieven zijn vastgesteld:",
            ),
            (
                "table",
                [
                    ["Kostensoort", "Periode", "Bedrag"],
                    ["Intakekosten (eenmalig)", "oktober 2026", "€ 729,00"],
                    ["Beloning bewindvoerder", "per maand, vanaf 2 oktober 2026", "€ 136,50"],
                ],
            ),
            ("h1", "Betaling"),
            (
                "p",
                "De bijstand wordt rechtstreeks overgemaakt naar de beheerrekening die door uw "
                "bewindvoerder ten behoeve van u wordt aangehouden. De eenmalige intakekosten "
                "worden binnen tien werkdagen na dagtekening betaalbaar gesteld; de maandelijkse "
                "beloning wordt achteraf, omstreeks de twintigste van iedere maand, uitbetaald.",
            ),
            ("h1", "Uw verplichtingen"),
            (
                "p",
                "Aan deze toekenning zijn de volgende verplichtingen verbonden, waarvan de "
                "uitvoering op grond van de beschikking van de kantonrechter in de praktijk "
                "door uw bewindvoerder zal worden verzorgd:",
            ),
            (
                "ul",
                [
                    "het onverwijld melden van een wijziging in uw inkomen of vermogen;",
                    "het direct melden van de opheffing of wijziging van het bewind;",
                    "het jaarlijks vóór 1 april toezenden van de rekening en verantwoording.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich niet met dit besluit kunt verenigen, kunt u, dan wel uw "
                "bewindvoerder namens u, binnen zes weken na de datum van verzending van deze "
                "brief een bezwaarschrift indienen.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Vragen over dit besluit kunt u richten aan de heer Thomas Groen, consulent "
                "bijzondere bijstand, via 010-248 46 13 of t.groen@vlaardingen.example.nl. "
                "Voor vragen over het beheer van uw geld kunt u zich wenden tot mevrouw Aydin "
                "via 010-714 38 90 of r.aydin@maasmond-bewind.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Burgemeester en wethouders van Vlaardingen,\nnamens dezen,",
            "T. Groen\nconsulent bijzondere bijstand",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 9 (fictief)"
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
