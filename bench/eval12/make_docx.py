"""Generate the .docx letters of the twelfth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval12.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block with reference rows, List Bullet/List Number styles
for lists and at least one real table. New in this set: headings in Word
`Heading 2` (x12, x14); a numbered list of papers and a footer with a website
(x13); a table of results and hours (x12), of old and new hours (x14) and of
debts (x15); a contact table that mixes the sender's people with another
organisation (x16); a bold `Let op!` lead (x13). The builder is a copy of
bench/eval11/make_docx.py's, kept here on purpose so that this frozen set
does not change when another set's script does. The text is written here by
hand (not copied from any tool output); the generated files are committed
next to the .txt letters and described in gold.yaml.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "letters"
_FIXED = dt.datetime(2026, 12, 16, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "x12-wmo-toekenning-huishoudelijke-ondersteuning-heading2-tabel.docx",
        "header": ["Gemeente Westland", "Team Wmo", "Postbus 150, 2670 AD Naaldwijk"],
        "footer": "Gemeente Westland | Postbus 150, 2670 AD Naaldwijk | telefoon 0174-67 30 00",
        "address": ["Mevrouw C. Zuijderwijk", "Kerkstraat 58", "2671 CR Naaldwijk"],
        "refs": [
            "Naaldwijk, 16 december 2026",
            "Ons kenmerk: WL/WMO/2026/6614",
            "Onderwerp: besluit huishoudelijke ondersteuning",
        ],
        "salutation": "Geachte mevrouw Zuijderwijk,",
        "body": [
            (
                "p",
                "Naar aanleiding van uw aanvraag d.d. 2 november 2026 en het onderzoek dat op "
                "19 november 2026 ten uwen huize heeft plaatsgevonden, berichten wij u als volgt "
                "omtrent de door u gevraagde ondersteuning.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van de Gemeente Westland heeft besloten "
                "u met ingang van 4 januari 2027 een maatwerkvoorziening huishoudelijke "
                "ondersteuning in natura toe te kennen, zulks voor de duur van 24 maanden. De "
                "ondersteuning zal worden uitgevoerd door Thuiszorg Het Westen, overeenkomstig het "
                "onderstaande resultaatoverzicht:",
            ),
            (
                "table",
                [
                    ["Resultaat", "Omvang", "Frequentie"],
                    ["Schoon en leefbaar huis", "2,5 uur", "per week"],
                    ["Wasverzorging", "1 uur", "per week"],
                    ["Totaal", "3,5 uur", "per week"],
                ],
            ),
            ("h2", "Overwegingen"),
            (
                "p",
                "Uit het onderzoek is gebleken dat u ten gevolge van uw reumatische aandoening niet "
                "langer in staat bent zwaardere huishoudelijke werkzaamheden zelfstandig te "
                "verrichten. Uw echtgenoot verblijft sedert augustus 2026 in een verpleeghuis, "
                "zodat van gebruikelijke hulp geen sprake kan zijn. Voorliggende of algemene "
                "voorzieningen zijn niet toereikend gebleken.",
            ),
            ("h2", "Eigen bijdrage"),
            (
                "p",
                "Voor deze maatwerkvoorziening bent u een eigen bijdrage verschuldigd. De hoogte "
                "hiervan wordt door het CAK vastgesteld en geïnd. Voor vragen met betrekking tot "
                "de eigen bijdrage dient u zich rechtstreeks tot het CAK te wenden, telefoon "
                "0800-0087.",
            ),
            ("h2", "Wat wordt van u verwacht"),
            ("p", "Wij verzoeken u het volgende in acht te nemen:"),
            (
                "ul",
                [
                    "wijzigingen in uw gezondheid of woonsituatie binnen twee weken aan ons "
                    "doorgeven;",
                    "bij verhindering de thuishulp uiterlijk 24 uur van tevoren afmelden via het "
                    "planbureau van Thuiszorg Het Westen, telefoon 0174-63 55 20;",
                    "de thuishulp de benodigde schoonmaakmiddelen ter beschikking stellen.",
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich niet met dit besluit kunt verenigen, kunt u binnen zes weken na "
                "dagtekening van dit besluit een bezwaarschrift indienen. Het bezwaarschrift dient "
                "te worden gericht aan het college van burgemeester en wethouders, Postbus 150, "
                "2670 AD Naaldwijk.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Voor vragen omtrent dit besluit kunt u contact opnemen met mevrouw M. van der "
                "Voort, Wmo-consulent, telefonisch bereikbaar op 0174-67 33 48 of per e-mail via "
                "m.vandervoort@gemeentewestland.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van de Gemeente Westland,",
            "ing. R.P. Duijndam\nteammanager Wmo",
        ],
    },
    {
        "file": "x13-participatie-uitnodiging-heronderzoek-papieren-website.docx",
        "header": [
            "Gemeente Pijnacker-Nootdorp",
            "Werk en Inkomen",
            "Oranjeplein 1, 2641 EZ Pijnacker",
        ],
        "footer": "Gemeente Pijnacker-Nootdorp | www.pijnacker-nootdorp.example.nl | telefoon 14 015",
        "address": ["De heer K. Ramdin", "Westlaan 117", "2641 DL Pijnacker"],
        "refs": [
            "Pijnacker, 17 december 2026",
            "Klantnummer: 518822",
            "Onderwerp: uitnodiging heronderzoek bijstand",
        ],
        "salutation": "Geachte heer Ramdin,",
        "body": [
            (
                "p",
                "Iedereen met een bijstandsuitkering krijgt af en toe een heronderzoek. Wij kijken "
                "dan of uw uitkering nog klopt. Nu bent u aan de beurt. Daarom nodigen wij u uit "
                "voor een gesprek.",
            ),
            ("h1", "Wanneer is het gesprek?"),
            (
                "p",
                "Het gesprek is op donderdag 7 januari 2027 om 9.30 uur in het gemeentehuis, "
                "Oranjeplein 1 in Pijnacker. U praat met de heer T. Boukhari, consulent Werk en "
                "Inkomen. Meld u bij de balie van het Klantcontactcentrum.",
            ),
            (
                "table",
                [
                    ["Wanneer", "Wat"],
                    [
                        "uiterlijk 5 januari 2027",
                        "papieren uploaden (of meenemen naar het gesprek)",
                    ],
                    ["7 januari 2027, 9.30 uur", "gesprek in het gemeentehuis"],
                    [
                        "binnen acht weken na het gesprek",
                        "u krijgt de uitkomst van het heronderzoek",
                    ],
                ],
            ),
            ("h1", "Welke papieren neemt u mee?"),
            (
                "p",
                "Neem de volgende stukken mee, of upload ze uiterlijk 5 januari 2027 via "
                "Mijn Pijnacker-Nootdorp:",
            ),
            (
                "ol",
                [
                    "uw geldige identiteitsbewijs;",
                    "de afschriften van al uw bankrekeningen over de laatste drie maanden;",
                    "uw huurcontract en de laatste huurverhoging;",
                    "uw polis van de zorgverzekering;",
                    "bewijs van eventuele inkomsten, zoals loonstroken of alimentatie.",
                ],
            ),
            ("h1", "Waarom vragen wij dit?"),
            (
                "p",
                "Op grond van artikel 17, eerste lid, van de Participatiewet moet u ons alle "
                "informatie geven die van belang is voor uw uitkering. Wij zijn tevens gehouden "
                "de rechtmatigheid van de verstrekte bijstand periodiek te verifiëren.",
            ),
            (
                "pb",
                (
                    "Let op! ",
                    "Komt u niet naar het gesprek of neemt u de papieren niet mee, dan kunnen wij "
                    "uw uitkering opschorten. U krijgt dan eerst nog een hersteltermijn.",
                ),
            ),
            ("h1", "Vragen of verhinderd?"),
            (
                "p",
                "Kunt u niet op deze dag? Bel dan zo snel mogelijk, in ieder geval binnen drie "
                "werkdagen na ontvangst van deze brief, met de heer Boukhari op 015-362 18 44. U "
                "kunt hem ook mailen: t.boukhari@pijnacker-nootdorp.example.nl.",
            ),
            (
                "p",
                "Heeft u een vraag over uw huurtoeslag of zorgtoeslag? Die regelt de gemeente "
                "niet. Neem daarvoor contact op met de Belastingdienst/Toeslagen, telefoon "
                "0800-0543.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "T. Boukhari\nconsulent Werk en Inkomen\nGemeente Pijnacker-Nootdorp",
        ],
    },
    {
        "file": "x14-jeugd-intrekking-wijziging-dagbehandeling-heading2-crisis.docx",
        "header": ["Gemeente Gooise Meren", "Team Jeugd", "Postbus 6000, 1400 HA Bussum"],
        "footer": "Gemeente Gooise Meren | Postbus 6000, 1400 HA Bussum | telefoon 035-699 10 00",
        "address": ["De heer en mevrouw Visser", "Nieuwe 's-Gravelandseweg 9", "1405 HJ Bussum"],
        "refs": [
            "Bussum, 15 december 2026",
            "Ons kenmerk: GM/JGD/2026/4471",
            "Onderwerp: wijziging jeugdhulp Mees Visser",
        ],
        "salutation": "Geachte heer en mevrouw Visser,",
        "body": [
            ("h2", "Aanleiding"),
            (
                "p",
                "Bij beschikking van 3 maart 2026 is aan uw zoon Mees een individuele voorziening "
                "jeugdhulp toegekend in de vorm van dagbehandeling bij Zorgcentrum De Vaart, met "
                "een omvang van vier dagdelen per week, voor de periode tot en met 2 maart 2027.",
            ),
            (
                "p",
                "Tijdens het evaluatiemoment d.d. 25 november 2026, waarbij u, de "
                "gedragswetenschapper van Zorgcentrum De Vaart en de jeugdconsulent aanwezig "
                "waren, is vastgesteld dat de doelen uit het hulpverleningsplan in belangrijke "
                "mate zijn behaald. Mees bezoekt sedert september 2026 weer vier dagen per week "
                "het reguliere onderwijs. Door de aanbieder is derhalve geadviseerd de "
                "dagbehandeling af te schalen.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Gelet op het vorenstaande heeft het college besloten de beschikking van 3 maart "
                "2026 gedeeltelijk in te trekken en de omvang van de dagbehandeling met ingang "
                "van 1 februari 2027 als volgt te wijzigen:",
            ),
            (
                "table",
                [
                    ["Voorziening", "Tot 1 februari 2027", "Vanaf 1 februari 2027"],
                    ["Dagbehandeling", "4 dagdelen per week", "1 dagdeel per week"],
                    ["Ouderbegeleiding", "geen", "1 uur per twee weken"],
                ],
            ),
            (
                "p",
                "De einddatum van 2 maart 2027 blijft ongewijzigd. Het college acht een "
                "afbouwperiode van vier weken voldoende teneinde een zorgvuldige overgang te "
                "bewerkstelligen.",
            ),
            ("h2", "Wat wordt van u verwacht"),
            (
                "ul",
                [
                    "Bespreek voor 15 januari 2027 met de aanbieder op welke dag Mees naar de "
                    "dagbehandeling blijft gaan.",
                    "Neem tijdig contact op met de jeugdconsulent indien de situatie van Mees "
                    "verslechtert.",
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na "
                "de datum van verzending hiertegen bezwaar maken bij het college van burgemeester "
                "en wethouders van de Gemeente Gooise Meren, Postbus 6000, 1400 HA Bussum.",
            ),
            ("h2", "Contact"),
            (
                "p",
                "Voor vragen omtrent deze brief kunt u contact opnemen met de heer J. Dekker, "
                "jeugdconsulent, telefoon 035-699 48 12, e-mail j.dekker@gooisemeren.example.nl. "
                "Voor afspraken met de dagbehandeling belt u het secretariaat van Zorgcentrum De "
                "Vaart, 035-694 20 10.",
            ),
            (
                "p",
                "Maakt u zich ernstige zorgen over de veiligheid van Mees of van iemand in uw "
                "gezin? Bel dan Veilig Thuis, 0800-2000, dag en nacht bereikbaar. Bij een crisis "
                "buiten kantoortijd kunt u de Crisisdienst Jeugd Gooi en Vechtstreek bellen: "
                "035-692 66 66.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van de Gemeente Gooise Meren,",
            "mw. A. de Graaf\nteamleider Jeugd",
        ],
    },
    {
        "file": "x15-schulden-afwijzing-schuldhulp-fraudeschuld-tabel.docx",
        "header": [
            "Gemeente Vijfheerenlanden",
            "Team Schuldhulpverlening",
            "Postbus 100, 4130 EC Vianen",
        ],
        "footer": "Gemeente Vijfheerenlanden | Postbus 100, 4130 EC Vianen | telefoon 0347-36 90 00",
        "address": ["Mevrouw S. Brouwer", "Voorstraat 63", "4132 AR Vianen"],
        "refs": [
            "Vianen, 17 december 2026",
            "Ons kenmerk: VHL/SHV/2026/0388",
            "Onderwerp: besluit op uw verzoek om schuldhulpverlening",
        ],
        "salutation": "Geachte mevrouw Brouwer,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 12 november 2026 heeft u bij het Team Schuldhulpverlening een verzoek om "
                "schuldhulpverlening ingediend. Op 30 november 2026 heeft een intakegesprek "
                "plaatsgevonden, waarin uw schuldenpositie nader in kaart is gebracht. Uit de "
                "door u overgelegde stukken blijkt van de navolgende schulden:",
            ),
            (
                "table",
                [
                    ["Schuldeiser", "Soort schuld", "Bedrag"],
                    ["Gemeente Vijfheerenlanden", "terugvordering bijstand", "€ 4.812,00"],
                    ["Energiebedrijf Lek", "energierekening", "€ 1.265,40"],
                    ["Zorgverzekeraar Rivierstad", "premieachterstand", "€ 894,15"],
                ],
            ),
            ("h1", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van de Gemeente Vijfheerenlanden heeft "
                "besloten uw verzoek om schuldhulpverlening af te wijzen.",
            ),
            ("h1", "Motivering"),
            (
                "p",
                "Ingevolge artikel 3, tweede lid, onder a, van de Wet gemeentelijke "
                "schuldhulpverlening kan het college een verzoek om schuldhulpverlening weigeren "
                "ten aanzien van een verzoeker die in de periode van drie jaar voorafgaand aan het "
                "verzoek een schuld heeft doen ontstaan ten gevolge van fraude. Blijkens de "
                "gegevens in ons bezit is de vordering van de gemeente ontstaan door het niet "
                "melden van inkomsten in 2025, waarvoor aan u een bestuurlijke boete is opgelegd. "
                "Het college acht zich derhalve genoodzaakt om, conform de Beleidsregels "
                "Schuldhulpverlening Vijfheerenlanden 2025, uw verzoek niet te honoreren. Van "
                "bijzondere omstandigheden die tot een andere afweging nopen, is niet gebleken.",
            ),
            ("h1", "Wat kunt u wel doen?"),
            (
                "p",
                "Hoewel wij u geen schuldhulpverlening kunnen bieden, wijzen wij u op de volgende "
                "mogelijkheden:",
            ),
            (
                "ul",
                [
                    "een betalingsregeling treffen met de afdeling Invordering van de gemeente "
                    "voor de terugvordering;",
                    "gratis hulp bij het op orde brengen van uw administratie door Stichting "
                    "Thuisadministratie Vijfheerenlanden, telefoon 0347-32 18 40;",
                    "na 1 januari 2028 opnieuw een verzoek indienen, wanneer de periode van drie "
                    "jaar is verstreken.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u daartegen binnen zes "
                "weken na verzending van dit besluit bezwaar maken. Het bezwaarschrift dient te "
                "worden gericht aan het college van burgemeester en wethouders, Postbus 100, "
                "4130 EC Vianen.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Voor nadere informatie kunt u zich wenden tot de heer A. Verweij, "
                "schuldhulpconsulent, telefoon 0347-36 91 27, bereikbaar op werkdagen tussen "
                "9.00 en 12.00 uur.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders,",
            "A. Verweij\nschuldhulpconsulent",
        ],
    },
    {
        "file": "x16-leerplicht-herinnering-kwalificatieplicht-contacttabel.docx",
        "header": [
            "Regionaal Bureau Leerplicht De Kempen",
            "namens de Gemeente Bergeijk",
            "Postbus 10, 5570 AA Bergeijk",
        ],
        "footer": "Regionaal Bureau Leerplicht De Kempen | www.leerplichtdekempen.example.nl | "
        "telefoon 0497-55 14 00",
        "address": ["Noah Peeters", "Hof 21", "5571 CC Bergeijk"],
        "refs": [
            "Bergeijk, 16 december 2026",
            "Ons kenmerk: RBL/BGK/2026/0677",
            "Onderwerp: herinnering - waar ga je naar school?",
        ],
        "salutation": "Beste Noah,",
        "body": [
            (
                "p",
                "Op 20 november 2026 stuurden wij je een brief. Daarin vroegen wij je om ons te "
                "laten weten op welke school of opleiding je nu zit. Wij hebben nog geen antwoord "
                "van je gekregen. Daarom krijg je deze herinnering.",
            ),
            ("hb", "Waarom schrijven wij je?"),
            (
                "p",
                "Blijkens de gegevens van DUO sta je sinds 1 oktober 2026 niet meer ingeschreven "
                "bij het Summa College. Je bent 17 jaar en hebt nog geen startkwalificatie. Je "
                "bent daarmee een voortijdig schoolverlater. Voor jou geldt de "
                "kwalificatieplicht: je moet naar school tot je een diploma op minimaal mbo-niveau "
                "2 hebt of 18 wordt. Wij zijn op grond van de Leerplichtwet 1969 gehouden toe te "
                "zien op de naleving van de kwalificatieplicht.",
            ),
            ("hb", "Wat moet je doen?"),
            (
                "p",
                "Neem binnen vijf werkdagen na het ontvangen van deze brief contact op met je "
                "leerplichtambtenaar. Dat kan op twee manieren:",
            ),
            (
                "ol",
                [
                    "Bel of app Esther van Loon op 06-41 28 75 93.",
                    "Vul het antwoordformulier in op www.leerplichtdekempen.example.nl.",
                ],
            ),
            (
                "pb",
                (
                    "Let op: ",
                    "reageer je niet, dan moeten wij ervan uitgaan dat je ongeoorloofd verzuimt. "
                    "Wij kunnen dan een proces-verbaal opmaken. Dat willen we liever niet.",
                ),
            ),
            ("hb", "Werk je al of zoek je een opleiding?"),
            (
                "p",
                "Misschien werk je al, of weet je nog niet wat je wilt. Ook dan helpen wij je "
                "graag. In het kader van de RMC-functie zoeken wij samen met het Jongerenloket "
                "Kempen een traject: een opleiding of een combinatie van werken en leren die bij "
                "je past.",
            ),
            (
                "table",
                [
                    ["Wie", "Waarvoor", "Telefoon"],
                    [
                        "Esther van Loon, leerplichtambtenaar",
                        "vragen over deze brief",
                        "06-41 28 75 93",
                    ],
                    ["Jongerenloket Kempen", "een opleiding of werk zoeken", "040-208 44 10"],
                    ["Secretariaat Bureau Leerplicht", "als Esther er niet is", "0497-55 14 00"],
                ],
            ),
            (
                "p",
                "Dit is een herinnering en geen besluit. Je kunt er daarom geen bezwaar tegen "
                "maken.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "Esther van Loon\nleerplichtambtenaar\nRegionaal Bureau Leerplicht De Kempen",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 12 (fictief)"
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
    for text in spec["closing"]:
        _multiline(doc, text)
    return doc


def main() -> None:
    for spec in LETTERS:
        build(spec).save(str(OUT / spec["file"]))
        print(OUT / spec["file"])


if __name__ == "__main__":
    main()
