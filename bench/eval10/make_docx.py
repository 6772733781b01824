"""Generate the .docx letters of the tenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval10.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block with reference rows, Heading 1/Heading 2 styles for
the headings, List Bullet/List Number styles for lists and at least one real
table (costs asked and refused, the agreements of a debt plan, the care before
and after, a pgb account, the papers received and missing), so a reader that
uses the document model can be measured on it. The builder is a copy of
bench/eval9/make_docx.py, kept here on purpose so that this frozen set does not
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
_FIXED = dt.datetime(2026, 12, 9, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "v12-participatie-afwijzing-bijzondere-bijstand-wasmachine.docx",
        "header": [
            "Gemeente Nieuwegein",
            "Team Inkomen",
            "Postbus 1",
            "3430 AA Nieuwegein",
        ],
        "footer": "Gemeente Nieuwegein · Stadsplein 1 · telefoon 14 030 · www.nieuwegein.example.nl",
        "address": [
            "Mevrouw E.H. Brouwer",
            "Zuidstedeweg 18",
            "3434 SK Nieuwegein",
        ],
        "refs": [
            "Datum: 9 december 2026",
            "Onderwerp: uw aanvraag bijzondere bijstand",
            "Ons kenmerk: NWG/INK/BB/2026/2208",
            "Burgerservicenummer: 742087517",
        ],
        "salutation": "Geachte mevrouw Brouwer,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 13 november 2026 heeft u een aanvraag ingediend om bijzondere bijstand ter "
                "bekostiging van de aanschaf van een wasmachine en een koelkast, nadat beide "
                "apparaten in oktober 2026 defect zijn geraakt. Ter onderbouwing van uw aanvraag "
                "heeft u de hiernavolgende offertes overgelegd:",
            ),
            (
                "table",
                [
                    ["Apparaat", "Leverancier", "Bedrag"],
                    ["Wasmachine", "Witgoedhandel Van Rossum", "€ 489,00"],
                    ["Koelkast", "Witgoedhandel Van Rossum", "€ 379,00"],
                    ["Totaal", "", "€ 868,00"],
                ],
            ),
            ("h1", "Overwegingen"),
            (
                "p",
                "Ingevolge artikel 35, eerste lid, van de Participatiewet heeft de belanghebbende "
                "recht op bijzondere bijstand voor zover hij niet beschikt over de middelen om te "
                "voorzien in de uit bijzondere omstandigheden voortvloeiende noodzakelijke kosten "
                "van het bestaan. Kosten van duurzame gebruiksgoederen, waaronder witgoed, "
                "behoren tot de algemeen noodzakelijke kosten van het bestaan, welke in beginsel "
                "uit het inkomen dienen te worden bestreden door middel van reservering dan wel "
                "gespreide betaling achteraf. Van bijzondere omstandigheden die tot een andere "
                "beoordeling zouden moeten leiden, is ons niet gebleken.",
            ),
            (
                "p",
                "Voorts is er sprake van een voorliggende voorziening, te weten een lening bij de "
                "Kredietbank Lekstroom, welke op grond van artikel 15, eerste lid, van de "
                "Participatiewet aan de bijzondere bijstand voorafgaat.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Gelet op het vorenstaande wordt uw aanvraag om bijzondere bijstand afgewezen.",
            ),
            ("h1", "Welke mogelijkheden heeft u wel?"),
            ("p", "Wij wijzen u op de volgende mogelijkheden:"),
            (
                "ul",
                [
                    "een renteloze lening bij de Kredietbank Lekstroom; u kunt deze zelf "
                    "aanvragen via 088-410 27 55",
                    "een bijdrage van Stichting Urgente Noden Lekstroom, aan te vragen door een "
                    "hulpverlener van het Sociaal Makelaarsteam",
                    "tweedehands apparaten via Kringloop Het Goed in Nieuwegein",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met deze beslissing niet kunt verenigen, kunt u binnen zes weken "
                "na verzenddatum van deze brief een gemotiveerd bezwaarschrift richten aan het "
                "college van burgemeester en wethouders van Nieuwegein, Postbus 1, 3430 AA "
                "Nieuwegein, onder overlegging van een afschrift van dit besluit.",
            ),
            ("h1", "Vragen"),
            (
                "p",
                "Voor vragen omtrent deze beslissing kunt u contact opnemen met uw "
                "inkomensconsulent, de heer Youssef Amrani, telefoonnummer 030-607 14 83, e-mail "
                "y.amrani@nieuwegein.example.nl. Voor een afspraak met het Sociaal "
                "Makelaarsteam kunt u bellen met 030-604 52 10.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Burgemeester en wethouders van Nieuwegein,\nnamens dezen,",
            "mr. W. Schipper\nteamleider Inkomen",
        ],
    },
    {
        "file": "v13-schulden-beeindiging-schuldhulptraject-afspraken-niet-nagekomen.docx",
        "header": [
            "Gemeente Venray",
            "Team Schuldhulpverlening",
            "Postbus 500",
            "5800 AM Venray",
        ],
        "footer": "Gemeente Venray · Raadhuisstraat 1 · 14 0478 · www.venray.example.nl",
        "address": [
            "De heer M.P.J. Hendrix",
            "Henseniusstraat 5",
            "5801 BL Venray",
        ],
        "refs": [
            "Venray, 8 december 2026",
            "Ons kenmerk: VRY/SHV/2026/0087",
            "Betreft: beëindiging schuldhulpverlening",
        ],
        "salutation": "Geachte heer Hendrix,",
        "body": [
            (
                "p",
                "Bij besluit van 3 april 2026 bent u toegelaten tot de schuldhulpverlening van de "
                "gemeente Venray. In het plan van aanpak, dat door u op 17 april 2026 voor akkoord "
                "is ondertekend, zijn afspraken vastgelegd omtrent de verplichtingen die u tijdens "
                "het traject in acht dient te nemen. Middels onze brieven van 14 oktober 2026 en "
                "5 november 2026 bent u er schriftelijk op gewezen dat u deze verplichtingen niet "
                "nakwam, en bent u in de gelegenheid gesteld dit binnen de gestelde termijn te "
                "herstellen.",
            ),
            ("h1", "Welke afspraken zijn niet nagekomen"),
            ("p", "Uit ons dossier blijkt het volgende:"),
            (
                "table",
                [
                    ["Afspraak uit het plan van aanpak", "Stand per 1 december 2026"],
                    ["Vaste lasten op tijd betalen", "huur oktober en november niet betaald"],
                    [
                        "Geen nieuwe schulden maken",
                        "nieuwe schuld bij Zorgverzekeraar Maasland: € 412,60",
                    ],
                    [
                        "Post binnen vijf werkdagen doorsturen",
                        "sinds september 2026 niets ontvangen",
                    ],
                    ["Maandelijks sparen voor de schuldeisers", "€ 0,00 van € 1.050,00 ontvangen"],
                ],
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Gelet op het feit dat u, ondanks herhaaldelijke verzoeken daartoe, de in het plan "
                "van aanpak overeengekomen verplichtingen niet bent nagekomen, besluiten wij op "
                "grond van artikel 5, tweede lid, van de Beleidsregels schuldhulpverlening Venray "
                "2024 de schuldhulpverlening met ingang van 1 januari 2027 te beëindigen. De "
                "schuldeisers worden hiervan door ons in kennis gesteld. Het saldo van uw "
                "spaarrekening bij de gemeente, zijnde € 0,00, behoeft derhalve niet te worden "
                "uitbetaald.",
            ),
            (
                "p",
                "Gedurende een periode van twaalf maanden na de datum van beëindiging kunt u geen "
                "nieuw verzoek om schuldhulpverlening indienen, tenzij er sprake is van "
                "gewijzigde omstandigheden, zulks ter beoordeling van het college.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na "
                "dagtekening van deze brief schriftelijk bezwaar maken. In uw bezwaarschrift "
                "vermeldt u in ieder geval:",
            ),
            (
                "ol",
                [
                    "uw naam en adres",
                    "de datum en het kenmerk van deze brief",
                    "waarom u het niet eens bent met dit besluit",
                    "uw handtekening",
                ],
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor vragen kunt u contact opnemen met uw schuldhulpverlener, mevrouw Ilse "
                "Peeters, bereikbaar op 0478-52 37 19 of via i.peeters@venray.example.nl. Met "
                "vragen over uw huurachterstand kunt u terecht bij uw woonconsulent van "
                "Wonen Noord-Limburg, de heer Frank Hermans, via 0478-55 80 40. Loopt het u "
                "boven het hoofd en denkt u aan zelfdoding? Bel 113 Zelfmoordpreventie via "
                "0800-0113 (gratis, dag en nacht).",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Venray,",
            "drs. C. Vullings\nmanager Sociaal Domein",
        ],
    },
    {
        "file": "v14-jeugd-intrekking-dagbehandeling-onderwijszorgarrangement.docx",
        "header": [
            "Gemeente Sittard-Geleen",
            "Team Jeugd",
            "Postbus 18",
            "6130 AA Sittard",
        ],
        "footer": "Gemeente Sittard-Geleen · Markt 1, Sittard · 14 046 · www.sittard-geleen.example.nl",
        "address": [
            "Mevrouw D. Quaedvlieg",
            "Rijksweg Noord 212",
            "6162 AN Geleen",
        ],
        "refs": [
            "Datum: 10 december 2026",
            "Ons kenmerk: SG/JGD/2026/4410",
            "Onderwerp: wijziging jeugdhulp voor Finn Quaedvlieg",
        ],
        "salutation": "Geachte mevrouw Quaedvlieg,",
        "body": [
            (
                "p",
                "Finn gaat vanaf 1 februari 2027 vier dagen per week naar school. Daarom "
                "verandert zijn jeugdhulp. In deze brief leest u wat er verandert en wat u kunt "
                "doen als u het er niet mee eens bent.",
            ),
            ("h1", "Waarom krijgt u deze brief?"),
            (
                "p",
                "Finn (geboren 30 augustus 2016) gaat nu drie dagen per week naar de "
                "dagbehandeling van Kinderdagcentrum Het Pad. Op 26 november 2026 hebben wij met "
                "u, Het Pad en SBO De Wissel besproken dat Finn vanaf 1 februari 2027 naar De "
                "Wissel gaat. De school biedt hem daar een onderwijs-zorgarrangement, waarbij "
                "een begeleider van Het Pad in de klas aanwezig is. Deze ondersteuning wordt "
                "bekostigd uit middelen van het samenwerkingsverband passend onderwijs en is "
                "derhalve aan te merken als een voorliggende voorziening.",
            ),
            ("h1", "Wat hebben we besloten?"),
            (
                "p",
                "Wij trekken het besluit van 8 januari 2026 in voor zover het de dagbehandeling "
                "betreft, met ingang van 1 februari 2027. De individuele begeleiding thuis "
                "blijft. Ter voorkoming van dubbele bekostiging is het niet mogelijk beide vormen "
                "van ondersteuning naast elkaar te continueren. Hieronder ziet u wat Finn nu "
                "krijgt en wat hij vanaf 1 februari 2027 krijgt.",
            ),
            (
                "table",
                [
                    ["Jeugdhulp", "Tot 1 februari 2027", "Vanaf 1 februari 2027"],
                    ["Dagbehandeling Het Pad", "3 dagen per week", "stopt"],
                    ["Individuele begeleiding thuis", "2 uur per week", "2 uur per week"],
                    ["Begeleider in de klas (via school)", "geen", "4 dagen per week"],
                ],
            ),
            ("h1", "Wat gaat er nu gebeuren?"),
            (
                "ul",
                [
                    "Het Pad en De Wissel maken samen een overdrachtsplan vóór 15 januari 2027.",
                    "Het vervoer naar Het Pad stopt op 29 januari 2027. Leerlingenvervoer naar "
                    "De Wissel vraagt u zelf aan bij de gemeente, uiterlijk drie weken voor de "
                    "eerste schooldag.",
                    "Na zes weken bespreken wij samen met u en de school hoe het gaat.",
                ],
            ),
            ("h1", "Bent u het niet eens met dit besluit?"),
            (
                "p",
                "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw "
                "bezwaarschrift naar het college van burgemeester en wethouders van "
                "Sittard-Geleen, Postbus 18, 6130 AA Sittard. Het indienen van een bezwaarschrift "
                "schort de werking van dit besluit niet op. Is het dringend? Dan kunt u de "
                "voorzieningenrechter vragen om een voorlopige voorziening.",
            ),
            ("h1", "Vragen?"),
            (
                "p",
                "Bel mij, Kim Houben, jeugdconsulent, op 046-477 82 35 (dinsdag tot en met "
                "vrijdag). Ben ik er niet? Bel dan Team Jeugd via 14 046. Vragen over het "
                "overdrachtsplan of de klas stelt u aan de intern begeleider van De Wissel, "
                "mevrouw Sanne Lemmens, s.lemmens@sbodewissel.example.nl.",
            ),
            ("h1", "Hulp bij crisis"),
            (
                "p",
                "Maakt u zich 's avonds of in het weekend ernstig zorgen over Finn? Bel de "
                "Crisisdienst Jeugd Zuid-Limburg: 043-604 57 77. Is Finn ziek en is de huisarts "
                "gesloten? Bel de Huisartsenpost Westelijke Mijnstreek: 088-880 21 00. Bij "
                "levensgevaar belt u altijd 112.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Sittard-Geleen,",
            "Kim Houben\njeugdconsulent",
            "Gezien: M. Janssen, teamleider Jeugd",
        ],
    },
    {
        "file": "v15-wmo-terugvordering-pgb-niet-besteed-verantwoording.docx",
        "header": [
            "Gemeente Goes",
            "Afdeling Maatschappelijke Ondersteuning",
            "Postbus 2118",
            "4460 MC Goes",
        ],
        "footer": "Gemeente Goes · Stadhuis, Grote Markt 1 · 14 0113 · www.goes.example.nl",
        "address": [
            "De heer A.J. de Koning",
            "p/a mevrouw B. de Koning-Meijer (wettelijk vertegenwoordiger)",
            "Ringbaan 41",
            "4461 HC Goes",
        ],
        "refs": [
            "Goes, 11 december 2026",
            "Uw kenmerk: -",
            "Ons kenmerk: GOE/WMO/PGB/2026/0618",
            "Burgerservicenummer: 350629560",
            "Onderwerp: vaststelling en terugvordering persoonsgebonden budget 2025",
        ],
        "salutation": "Geachte heer De Koning,",
        "body": [
            ("h1", "Aanleiding"),
            (
                "p",
                "Bij beschikking van 19 december 2024 is aan u ten behoeve van begeleiding groep "
                "een persoonsgebonden budget (pgb) toegekend ingevolge de Wet maatschappelijke "
                "ondersteuning 2015 over de periode van 1 januari 2025 tot en met 31 december "
                "2025. Conform artikel 2.3.6, vierde lid, van de Wmo 2015 juncto artikel 19 van "
                "de Verordening maatschappelijke ondersteuning Goes 2023 bent u gehouden het pgb "
                "te besteden aan de ondersteuning waarvoor het is verstrekt en hierover "
                "verantwoording af te leggen.",
            ),
            ("h1", "Vaststelling"),
            (
                "p",
                "Uit het jaaroverzicht van de Sociale Verzekeringsbank (SVB) over 2025 is "
                "gebleken dat een gedeelte van het budget niet is besteed. Het pgb wordt "
                "derhalve als volgt vastgesteld:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Toegekend budget 2025", "€ 11.232,00"],
                    ["Uitbetaald aan zorgverlener via SVB", "€ 8.914,50"],
                    ["Niet besteed, teruggestort door SVB", "€ 1.480,00"],
                    ["Terug te vorderen", "€ 837,50"],
                ],
            ),
            (
                "p",
                "Het bedrag van € 837,50 betreft het deel van het budget dat niet door de SVB is "
                "teruggestort en waarvan de besteding niet is aangetoond. Op grond van artikel "
                "2.4.1 van de Wmo 2015 wordt dit bedrag van u teruggevorderd.",
            ),
            ("h1", "Alsnog verantwoorden"),
            (
                "p",
                "Indien u van mening bent dat dit bedrag wel degelijk aan zorg is besteed, kunt u "
                "dit binnen vier weken na dagtekening van deze brief alsnog aantonen. Als bewijs "
                "accepteren wij:",
            ),
            (
                "ul",
                [
                    "een door zorgaanbieder en budgethouder ondertekende declaratie",
                    "een bankafschrift waaruit de betaling aan de zorgverlener blijkt",
                    "een factuur van de zorgaanbieder op naam van de budgethouder",
                ],
            ),
            ("h1", "Betaling"),
            ("p", "Indien u geen nadere stukken overlegt, verzoeken wij u als volgt te handelen:"),
            (
                "ol",
                [
                    "Maak € 837,50 over op NL19 BNGH 6300 7491 81 ten name van gemeente Goes.",
                    "Vermeld daarbij het kenmerk GOE/WMO/PGB/2026/0618.",
                    "Doe dit uiterlijk 31 januari 2027. Lukt dat niet in één keer? Vraag dan vóór "
                    "die datum een betalingsregeling aan.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Mocht u zich met dit besluit niet kunnen verenigen, dan kunt u binnen zes weken "
                "na dagtekening van deze brief een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Goes. Vragen over de uitbetalingen of uw "
                "jaaroverzicht kunt u stellen aan de SVB, telefoon 030-264 83 05. Onafhankelijk "
                "advies over uw pgb krijgt u bij het PGB-Steunpunt Zeeland, 0113-25 07 90.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor nadere informatie omtrent deze brief kunt u zich wenden tot mevrouw Eva "
                "Sinke, pgb-consulent, bereikbaar via 0113-24 96 71 of via de afdelingsmailbox "
                "wmo@goes.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Goes,",
            "J.C. Verhulst\nhoofd afdeling Maatschappelijke Ondersteuning",
        ],
    },
    {
        "file": "v16-participatie-herinnering-heronderzoek-ontbrekende-stukken.docx",
        "header": [
            "Gemeente Barneveld",
            "Team Werk en Inkomen",
            "Postbus 63",
            "3770 AB Barneveld",
        ],
        "footer": "Gemeente Barneveld · Raadhuisplein 2 · telefoon 14 0342 · www.barneveld.example.nl",
        "address": [
            "Mevrouw G. van de Kamp",
            "Jan van Schaffelaarstraat 77",
            "3771 BV Barneveld",
        ],
        "refs": [
            "Barneveld, 9 december 2026",
            "Ons kenmerk: BRN/WI/HO/2026/1374",
            "Klantnummer: 407719",
            "Onderwerp: herinnering heronderzoek bijstandsuitkering",
        ],
        "salutation": "Geachte mevrouw Van de Kamp,",
        "body": [
            (
                "p",
                "Bij brief van 5 november 2026 hebben wij u medegedeeld dat in het kader van het "
                "periodieke heronderzoek naar de rechtmatigheid van uw bijstandsuitkering een "
                "aantal gegevens van u benodigd is. Tot op heden hebben wij niet alle gevraagde "
                "stukken van u mogen ontvangen.",
            ),
            ("h1", "Welke stukken ontbreken nog"),
            (
                "table",
                [
                    ["Stuk", "Ontvangen", "Nog nodig"],
                    [
                        "Rekeningafschriften betaalrekening",
                        "augustus en september 2026",
                        "oktober 2026",
                    ],
                    ["Rekeningafschriften spaarrekening", "geen", "augustus t/m oktober 2026"],
                    ["Huurspecificatie 2026", "ja", "-"],
                    ["Uitkeringsspecificatie WW", "geen", "laatste specificatie"],
                ],
            ),
            ("h1", "Hersteltermijn"),
            (
                "p",
                "Wij verzoeken u de ontbrekende stukken uiterlijk vrijdag 18 december 2026 aan "
                "ons te doen toekomen. Indien de gevraagde stukken niet binnen voornoemde termijn "
                "in ons bezit zijn, zijn wij genoodzaakt het recht op uitkering op grond van "
                "artikel 54, eerste lid, van de Participatiewet op te schorten met ingang van 1 "
                "januari 2027. Indien u de stukken ook na opschorting niet binnen acht dagen "
                "aanlevert, wordt het recht op bijstand ingetrokken.",
            ),
            ("p", "U kunt de stukken op de volgende wijzen aanleveren:"),
            (
                "ul",
                [
                    "digitaal via het klantportaal op www.barneveld.example.nl/mijnuitkering",
                    "per post aan Team Werk en Inkomen, Postbus 63, 3770 AB Barneveld",
                    "persoonlijk aan de balie van het gemeentehuis, op werkdagen van 9.00 tot "
                    "12.30 uur",
                ],
            ),
            ("h1", "Uitkeringsspecificatie WW"),
            (
                "p",
                "Uw laatste uitkeringsspecificatie van de WW kunt u downloaden in Mijn UWV. Lukt "
                "dit niet, dan kunt u een kopie opvragen bij het UWV via 088-898 20 94. Hulp bij "
                "het verzamelen van uw papieren krijgt u kosteloos bij de Sociaal Raadslieden "
                "Barneveld, telefoon 0342-41 77 30.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Deze herinnering is geen besluit. Tegen deze brief staat daarom geen bezwaar "
                "open. Indien wij uw uitkering opschorten, ontvangt u daarover een afzonderlijk "
                "besluit waartegen u wel bezwaar kunt maken.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Heeft u vragen? Neemt u dan contact op met uw klantmanager, de heer Wouter "
                "Bouwman, telefoon 0342-49 55 18, e-mail w.bouwman@barneveld.example.nl. Ben ik "
                "er niet? Bel dan Team Werk en Inkomen via 14 0342.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Barneveld,",
            "Wouter Bouwman\nklantmanager",
            "mede namens H. Kok, teamleider Werk en Inkomen",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 10 (fictief)"
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
