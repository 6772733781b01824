"""Generate the .docx letters of the third frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval3.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and a real table (an amount overview, the
decision's details, an appointment), so a reader that uses the document model
can be measured on it. The builder is a copy of bench/eval2/make_docx.py, kept
here on purpose so that this frozen set does not change when another set's
script does. The text is written here by hand (not copied from any tool
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
_FIXED = dt.datetime(2026, 11, 27, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "w13-participatie-toekenning-bijzondere-bijstand.docx",
        "header": [
            "Gemeente Lelystad",
            "Team Inkomen en Bijzondere Bijstand",
            "Postbus 91, 8200 AB Lelystad",
        ],
        "footer": "Gemeente Lelystad · Stadhuisplein 2 · telefoon 14 0320 · "
        "www.lelystad.example.nl",
        "address": [
            "Mevrouw R.A. Tahiri",
            "Zuiderwagenplein 17",
            "8224 AD Lelystad",
        ],
        "refs": [
            "Datum: 24 november 2026",
            "Zaaknummer: BB-2026-14027",
            "Burgerservicenummer: 464870963",
            "Onderwerp: Besluit op uw aanvraag bijzondere bijstand",
        ],
        "salutation": "Geachte mevrouw Tahiri,",
        "body": [
            (
                "p",
                "Op 21 oktober 2026 heeft u bijzondere bijstand aangevraagd voor de kosten van "
                "een nieuwe wasmachine, een bed voor uw dochter en de eigen bijdrage voor de "
                "schoolreis van uw zoon. Op 4 november 2026 heeft u de door ons opgevraagde "
                "offertes en bankafschriften aangeleverd.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college kent u bijzondere bijstand toe tot een bedrag van € 689,00. Het "
                "deel van uw aanvraag dat ziet op de schoolreis wordt afgewezen. Het "
                "toegekende bedrag is als volgt opgebouwd:",
            ),
            (
                "table",
                [
                    ["Kostenpost", "Aangevraagd", "Toegekend"],
                    ["Wasmachine", "€ 449,00", "€ 449,00"],
                    ["Bed met matras", "€ 240,00", "€ 240,00"],
                    ["Schoolreis", "€ 95,00", "€ 0,00"],
                    ["Totaal", "€ 784,00", "€ 689,00"],
                ],
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Op grond van artikel 35 van de Participatiewet heeft u recht op bijzondere "
                "bijstand voor zover u niet beschikt over de middelen om in de "
                "noodzakelijke kosten van het bestaan te voorzien. De kosten voor de "
                "wasmachine en het bed zijn noodzakelijk en kunnen niet uit uw inkomen of "
                "vermogen worden voldaan. Voor de schoolreis bestaat een voorliggende "
                "voorziening: het Kindpakket Lelystad, dat deze kosten volledig vergoedt. "
                "Bijzondere bijstand wordt daarom op grond van artikel 15 van de "
                "Participatiewet niet verleend.",
            ),
            ("h1", "Uitbetaling"),
            (
                "p",
                "Het bedrag van € 689,00 wordt binnen vijf werkdagen overgemaakt op uw "
                "rekening NL71 RABO 0347 2210 58. U ontvangt de bijstand om niet; u hoeft "
                "het bedrag dus niet terug te betalen.",
            ),
            ("h1", "Wat vragen wij van u"),
            (
                "ul",
                [
                    "Bewaar de aankoopbonnen en lever deze binnen acht weken na uitbetaling in "
                    "via Mijn Lelystad.",
                    "Vraag de vergoeding voor de schoolreis aan bij het Kindpakket Lelystad "
                    "vóór 15 januari 2027.",
                ],
            ),
            (
                "p",
                "Indien u de aankoopbonnen niet binnen de gestelde termijn inlevert, kan het "
                "college de bijstand geheel of gedeeltelijk van u terugvorderen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken "
                "na de verzenddatum een gemotiveerd bezwaarschrift indienen bij het college "
                "van burgemeester en wethouders van Lelystad, Postbus 91, 8200 AB Lelystad. "
                "Voor gratis juridisch advies kunt u terecht bij het Juridisch Loket via "
                "0900-80 24 of bij het Sociaal Raadsliedenwerk Lelystad via 0320-24 69 10.",
            ),
            ("h1", "Vragen?"),
            (
                "p",
                "Uw contactpersoon is de heer O. Visser, consulent bijzondere bijstand. U kunt "
                "hem bellen op 0320-27 84 61 of mailen naar bijzonderebijstand@lelystad.example.nl. "
                "Vragen over het Kindpakket stelt u aan Stichting Kindpakket Flevoland via "
                "0320-40 12 33 of info@kindpakketflevoland.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "het college van burgemeester en wethouders van Lelystad,\nnamens deze,",
            "O. Visser\nconsulent bijzondere bijstand",
        ],
    },
    {
        "file": "w14-wmo-toekenning-persoonsgebonden-budget.docx",
        "header": [
            "Gemeente Sittard-Geleen",
            "Domein Samenleving, team Wmo",
            "Postbus 18, 6130 AA Sittard",
        ],
        "footer": "Gemeente Sittard-Geleen · 14 046 · www.sittard-geleen.example.nl · "
        "Bezoekadres: Stadhuisplein 1, Sittard",
        "address": [
            "De heer W.L.M. Houben",
            "p/a mevrouw E. Houben-Frijns",
            "Rijksweg Zuid 214",
            "6134 AH Sittard",
        ],
        "refs": [
            "Datum: 20 november 2026",
            "Ons kenmerk: SG/WMO/2026/38812",
            "Uw BSN: 458310542",
            "Onderwerp: Toekenning persoonsgebonden budget begeleiding",
        ],
        "salutation": "Geachte heer Houben,",
        "body": [
            (
                "p",
                "Op 9 september 2026 heeft uw echtgenote namens u een melding gedaan voor "
                "ondersteuning bij het structureren van uw dag. Na het onderzoek heeft u op "
                "14 oktober 2026 een aanvraag ingediend voor individuele begeleiding in de "
                "vorm van een persoonsgebonden budget (pgb). Uw budgetplan heeft u op "
                "2 november 2026 aangeleverd.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Wij kennen u een maatwerkvoorziening individuele begeleiding toe in de vorm "
                "van een pgb. De gegevens van deze voorziening staan in de tabel hieronder.",
            ),
            (
                "table",
                [
                    ["Voorziening", "Individuele begeleiding (pgb)"],
                    ["Omvang", "6 uur per week"],
                    ["Tarief", "€ 52,40 per uur (niet-professionele hulp: € 25,00 per uur)"],
                    ["Maximaal budget per jaar", "€ 16.348,80"],
                    ["Periode", "1 december 2026 tot en met 30 november 2028"],
                ],
            ),
            ("h2", "Waarom krijgt u een pgb"),
            (
                "p",
                "Uit het gesprek met onze Wmo-consulent is gebleken dat u als gevolg van "
                "niet-aangeboren hersenletsel niet in staat bent uw dag zelfstandig in te "
                "delen. Uw echtgenote biedt al veel mantelzorg, maar de ondersteuning die u "
                "nodig heeft gaat boven de gebruikelijke hulp uit. U heeft voldoende "
                "gemotiveerd waarom u de begeleiding zelf wilt inkopen bij Zorgboerderij De "
                "Geleenhoeve, en u bent met hulp van uw echtgenote in staat de aan een pgb "
                "verbonden taken op verantwoorde wijze uit te voeren, als bedoeld in "
                "artikel 2.3.6 van de Wmo 2015.",
            ),
            ("h1", "Wat gebeurt er nu"),
            (
                "p",
                "Het budget wordt niet aan u uitbetaald, maar beheerd door de Sociale "
                "Verzekeringsbank (SVB). De SVB betaalt uw zorgverlener op basis van de "
                "zorgovereenkomst en de declaraties. Voordat de SVB kan betalen, moet u de "
                "volgende stappen zetten:",
            ),
            (
                "ol",
                [
                    "Sluit een zorgovereenkomst af met Zorgboerderij De Geleenhoeve volgens het "
                    "model van de SVB.",
                    "Stuur de ondertekende zorgovereenkomst uiterlijk 15 december 2026 naar de "
                    "SVB.",
                    "Laat de zorgverlener iedere maand een declaratie indienen via het "
                    "PGB-portaal.",
                ],
            ),
            (
                "p",
                "Voor vragen over de zorgovereenkomst en de betalingen kunt u contact opnemen "
                "met de SVB via 030-264 82 00. U betaalt een eigen bijdrage aan het CAK; "
                "hierover ontvangt u een aparte brief van het CAK.",
            ),
            ("h1", "Uw verplichtingen"),
            (
                "p",
                "U bent verplicht de besteding van het pgb te verantwoorden en wijzigingen in "
                "uw situatie binnen twee weken door te geven. Indien blijkt dat het pgb niet "
                "of niet doelmatig is besteed, kan het college het besluit herzien of "
                "intrekken en het ten onrechte verstrekte budget terugvorderen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de "
                "dagtekening van deze brief schriftelijk bezwaar maken bij het college van "
                "burgemeester en wethouders van Sittard-Geleen, Postbus 18, 6130 AA "
                "Sittard.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Mevrouw S. Coenen is uw vaste contactpersoon. Zij is bereikbaar via "
                "046-477 73 25 en s.coenen@sittard-geleen.example.nl. Voor algemene vragen "
                "kunt u ook bellen met het Klantcontactcentrum via 14 046.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Sittard-Geleen,",
            "M.J.G. Vroemen\nteamleider Wmo",
        ],
    },
    {
        "file": "w15-jeugd-uitnodiging-gezinsgesprek-wijkteam.docx",
        "header": [
            "Stichting Wijkteams Kampen",
            "werkt in opdracht van de gemeente Kampen",
            "Burgwal 59, 8261 EP Kampen",
        ],
        "footer": "Stichting Wijkteams Kampen · 038-339 20 00 · info@wijkteamskampen.example.nl "
        "· KvK 69204513",
        "address": [
            "Mevrouw J. Mulder",
            "De heer R. Visscher",
            "Christinastraat 8",
            "8266 AP Kampen",
        ],
        "refs": [
            "Kampen, 25 november 2026",
            "Ons kenmerk: SWK/JG/2026/0587",
            "Betreft: Noa Visscher, geboren 2 februari 2016, BSN 315153842",
        ],
        "salutation": "Beste mevrouw Mulder en meneer Visscher,",
        "body": [
            (
                "p",
                "Op 6 november 2026 heeft de intern begeleider van basisschool De Fontein, "
                "mevrouw G. Wolters, Noa met uw toestemming bij ons aangemeld. De school "
                "maakt zich zorgen omdat Noa de laatste maanden erg teruggetrokken is en "
                "regelmatig buikpijn heeft. Wij willen graag samen met u bekijken wat Noa "
                "en uw gezin nodig hebben.",
            ),
            ("h1", "Uw afspraak"),
            (
                "table",
                [
                    ["Wanneer", "dinsdag 8 december 2026"],
                    ["Hoe laat", "9.00 tot 10.30 uur"],
                    ["Waar", "bij u thuis, Christinastraat 8, Kampen"],
                    [
                        "Met wie",
                        "mevrouw M. Brinkman (gezinscoach) en de heer H. Oosterhof "
                        "(jeugdverpleegkundige GGD IJsselland)",
                    ],
                ],
            ),
            (
                "p",
                "Mevrouw Brinkman is uw vaste contactpersoon bij het wijkteam. Zij is "
                "bereikbaar via 06-18 35 72 90 of m.brinkman@wijkteamskampen.example.nl. "
                "De heer Oosterhof is bereikbaar via 088-443 00 61 of "
                "h.oosterhof@ggdijsselland.example.nl.",
            ),
            ("h2", "Wat wij van u vragen"),
            (
                "ul",
                [
                    "Zorg dat u er allebei bent; Noa hoeft er niet bij te zijn.",
                    "Neem het groeiboekje of het laatste verslag van de huisarts erbij, als u "
                    "dat heeft.",
                    "Denk vooraf na over wat u zelf graag anders zou zien.",
                ],
            ),
            (
                "p",
                "Kunt u niet op deze dag? Bel dan uiterlijk 48 uur van tevoren met mevrouw "
                "Brinkman via 06-18 35 72 90, dan plannen wij een nieuwe afspraak.",
            ),
            ("h2", "Wat gebeurt er met uw gegevens"),
            (
                "p",
                "Het wijkteam legt in het kader van de uitvoering van de Jeugdwet gegevens "
                "over uw gezin vast in een dossier. Wij delen deze gegevens alleen met "
                "anderen, zoals de school of de huisarts, als u daarvoor toestemming heeft "
                "gegeven, tenzij de veiligheid van Noa in het geding is. Meer informatie "
                "vindt u in onze privacyverklaring op www.wijkteamskampen.example.nl/privacy.",
            ),
            (
                "p",
                "Deze uitnodiging is geen besluit van de gemeente; bezwaar maken is daarom "
                "niet mogelijk. Als na het gesprek jeugdhulp nodig is, neemt de gemeente "
                "daarover een besluit waartegen u wel bezwaar kunt maken.",
            ),
            ("h1", "Hulp bij spoed"),
            (
                "ul",
                [
                    "Bij direct gevaar: bel 112.",
                    "Acute zorgen over Noa 's avonds of in het weekend: Crisisdienst Jeugd "
                    "IJsselland, 038-456 99 90.",
                    "Vermoeden van huiselijk geweld of kindermishandeling: Veilig Thuis, "
                    "0800-2000 (gratis, 24 uur per dag).",
                    "Wil Noa zelf met iemand praten? De Kindertelefoon: 0800-0432.",
                ],
            ),
        ],
        "closing": [
            "Met hartelijke groet,",
            "M. Brinkman\ngezinscoach\nStichting Wijkteams Kampen",
        ],
    },
    {
        "file": "w16-schulden-afwijzing-schuldhulpverlening.docx",
        "header": [
            "Gemeente Meppel",
            "Schuldhulpverlening",
            "Postbus 501, 7940 AM Meppel",
        ],
        "footer": "Gemeente Meppel · Schuldhulploket 0522-85 93 00 · "
        "schuldhulp@meppel.example.nl · www.meppel.example.nl",
        "address": [
            "De heer L. de Vries",
            "Zuideinde 73",
            "7941 GJ Meppel",
        ],
        "refs": [
            "Datum: 26 november 2026",
            "Ons kenmerk: SHV/2026/0219",
            "Onderwerp: Besluit over uw aanvraag schuldhulpverlening",
        ],
        "salutation": "Geachte heer De Vries,",
        "body": [
            (
                "p",
                "Op 22 oktober 2026 heeft u zich gemeld bij het Schuldhulploket van de gemeente "
                "Meppel met een verzoek om schuldhulpverlening. Op 5 november 2026 heeft een "
                "intakegesprek plaatsgevonden met onze schuldhulpverlener, de heer F. Kuiper.",
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Wij wijzen uw verzoek om toelating tot een schuldregeling af. Wel bieden wij "
                "u andere vormen van ondersteuning aan; deze staan verderop in deze brief.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Op grond van artikel 3 van de Wet gemeentelijke schuldhulpverlening en de "
                "Beleidsregels schuldhulpverlening Meppel 2025 kan de gemeente een verzoek om "
                "een schuldregeling weigeren. Wij hebben daarbij het volgende in aanmerking "
                "genomen:",
            ),
            (
                "ol",
                [
                    "Binnen de afgelopen twaalf maanden is een eerder schuldregelingstraject "
                    "door uw eigen toedoen beëindigd, omdat u de afgesproken bedragen niet heeft "
                    "gespaard.",
                    "Uit het intakegesprek blijkt dat u sindsdien nieuwe schulden heeft gemaakt "
                    "bij twee webwinkels.",
                    "Uw inkomen is op dit moment niet stabiel, omdat uw tijdelijke contract op "
                    "31 december 2026 afloopt.",
                ],
            ),
            (
                "p",
                "Wij zijn van oordeel dat een schuldregeling op dit moment onvoldoende kans van "
                "slagen heeft. Dit betekent niet dat u in de toekomst niet opnieuw kunt worden "
                "toegelaten.",
            ),
            ("h1", "Welke hulp kunt u wel krijgen"),
            (
                "table",
                [
                    ["Hulp", "Door wie", "Contact"],
                    ["Budgetcursus (zes bijeenkomsten)", "Schuldhulploket", "0522-85 93 00"],
                    ["Hulp bij de administratie", "Humanitas Meppel", "0522-24 51 18"],
                    ["Advies bij beslag en deurwaarders", "Juridisch Loket", "0900-80 24"],
                ],
            ),
            (
                "p",
                "Wilt u gebruikmaken van de budgetcursus? Meld u dan vóór 8 januari 2027 aan bij "
                "het Schuldhulploket via 0522-85 93 00, want de eerstvolgende cursus start op "
                "13 januari 2027. Indien u de cursus met goed gevolg afrondt en uw inkomen "
                "stabiel is, kunt u na zes maanden opnieuw een verzoek indienen.",
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum "
                "van deze brief bezwaar maken bij het college van burgemeester en wethouders van "
                "Meppel, Postbus 501, 7940 AM Meppel. Vermeld in uw bezwaarschrift waarom u het "
                "niet eens bent met dit besluit en stuur een kopie van deze brief mee.",
            ),
            ("h1", "Heeft u vragen?"),
            (
                "p",
                "Neem dan contact op met de heer Kuiper via 06-20 84 51 37 of "
                "f.kuiper@meppel.example.nl. Hij werkt op maandag tot en met donderdag.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Meppel,",
            "F. Kuiper\nschuldhulpverlener",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 3 (fictief)"
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
