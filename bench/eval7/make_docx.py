"""Generate the .docx letters of the seventh frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval7.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer, a recipient block, Heading 1/Heading 2 styles for the headings, List
Bullet/List Number styles for lists and at least one real table (the youth care
granted, what stops and what stays, the creditors in a debt arrangement, the
requested days of leave, an appointment written as a table; two letters also
have a contact card as a table), so a reader that uses the document model can
be measured on it. The builder is a copy of bench/eval6/make_docx.py, kept
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
_FIXED = dt.datetime(2026, 12, 7, 9, 0, 0)

LETTERS: list[dict[str, Any]] = [
    {
        "file": "s12-jeugd-toekenning-verlenging-jeugdhulp.docx",
        "header": [
            "Gemeente Apeldoorn",
            "Team Jeugd",
            "Postbus 9033",
            "7300 ES Apeldoorn",
        ],
        "footer": "Gemeente Apeldoorn · Marktplein 1 · telefoon 14 055 · www.apeldoorn.example.nl",
        "address": [
            "De heer en mevrouw Scholten-Mulder",
            "Loolaan 402",
            "7315 AG Apeldoorn",
        ],
        "refs": [
            "Apeldoorn, 1 december 2026",
            "Ons kenmerk: APD/JGD/26/11852",
            "Betreft: verlenging jeugdhulp voor Finn Scholten (geboren 14 maart 2013)",
        ],
        "salutation": "Geachte heer en mevrouw Scholten,",
        "body": [
            ("h1", "1. Uw verzoek"),
            (
                "p",
                "Op 4 november 2026 heeft u ons verzocht de jeugdhulp voor Finn te verlengen. "
                "De huidige toewijzing eindigt op 31 december 2026. Bij uw verzoek was het "
                "evaluatieverslag van De Boomhut Jeugdbehandeling gevoegd, waarin wordt "
                "geadviseerd de behandeling gedurende zes maanden voort te zetten.",
            ),
            ("h1", "2. Ons besluit"),
            (
                "p",
                "Het college verlengt de jeugdhulp voor Finn met ingang van 1 januari 2027 "
                "tot en met 30 juni 2027. Dit besluit is genomen op grond van artikel 2.3 van "
                "de Jeugdwet en de Verordening Jeugdhulp Apeldoorn 2025. De verlenging "
                "bestaat uit de volgende onderdelen:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Aanbieder", "Omvang", "Periode"],
                    [
                        "Ambulante gezinsbehandeling",
                        "De Boomhut Jeugdbehandeling",
                        "3 uur per week",
                        "1 januari 2027 t/m 30 juni 2027",
                    ],
                    [
                        "Logeeropvang (weekend)",
                        "Zorgboerderij De Eikenhof",
                        "2 etmalen per maand",
                        "1 januari 2027 t/m 30 juni 2027",
                    ],
                ],
            ),
            ("h1", "3. Wat gebeurt er nu?"),
            (
                "p",
                "Wij sturen de toewijzing vandaag naar beide aanbieders. De hulp loopt zonder "
                "onderbreking door. Van u wordt het volgende verwacht:",
            ),
            (
                "ul",
                [
                    "Spreek de nieuwe weekenden af met Zorgboerderij De Eikenhof. De "
                    "planning is bereikbaar via 055-301 46 72.",
                    "Laat het ons binnen twee weken weten als uw situatie verandert, "
                    "bijvoorbeeld bij een verhuizing of als Finn de behandeling stopt.",
                    "Vraagt u een nieuwe verlenging aan? Doe dat dan uiterlijk 1 mei 2027.",
                ],
            ),
            ("h1", "4. Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de "
                "dagtekening van deze brief bezwaar maken bij het college van burgemeester "
                "en wethouders van Apeldoorn, Postbus 9033, 7300 ES Apeldoorn.",
            ),
            ("h1", "5. Contact en hulp bij crisis"),
            (
                "p",
                "Uw jeugdconsulent is mevrouw Y. el Idrissi. Zij is bereikbaar via "
                "055-580 27 31 of y.elidrissi@apeldoorn.example.nl.",
            ),
            (
                "p",
                "Is er buiten kantoortijd een crisis met Finn? Bel dan de Crisisdienst Jeugd "
                "Oost-Veluwe via 088-215 90 90 (dag en nacht). Bij direct gevaar belt u 112. "
                "Maakt u zich zorgen over geweld in het gezin, bel dan Veilig Thuis via "
                "0800-2000. Finn kan zelf gratis De Kindertelefoon bellen via 0800-0432.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Apeldoorn,",
            "drs. M.W. Kuipers\nteamleider Jeugd",
        ],
    },
    {
        "file": "s13-wmo-beeindiging-dagbesteding-wlz.docx",
        "header": [
            "Gemeente Lelystad",
            "Wmo-team",
            "Postbus 91",
            "8200 AB Lelystad",
        ],
        "footer": "Gemeente Lelystad · Stadhuisplein 2 · 14 0320 · www.lelystad.example.nl",
        "address": [
            "De heer J.C. Bosman",
            "Zuigerplasdreef 87",
            "8224 BG Lelystad",
        ],
        "refs": [
            "Lelystad, 2 december 2026",
            "Ons kenmerk: LLS-WMO-2026-5560",
            "Onderwerp: uw dagbesteding stopt, uw zorg gaat verder via de Wlz",
        ],
        "salutation": "Geachte heer Bosman,",
        "body": [
            (
                "p",
                "In het kort: uw dagbesteding gaat door, maar wordt vanaf 1 februari 2027 betaald uit de Wet langdurige zorg (Wlz) in plaats van door de gemeente.",
            ),
            ("h1", "Waarom krijgt u deze brief?"),
            (
                "p",
                "Het CIZ heeft op 10 november 2026 besloten dat u recht heeft op zorg uit de Wet "
                "langdurige zorg. Wie een Wlz-indicatie heeft, krijgt geen "
                "maatwerkvoorziening meer uit de Wmo 2015. Dat staat in artikel 2.3.5, zesde "
                "lid, van de Wmo 2015.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Het college beëindigt uw maatwerkvoorziening dagbesteding per 1 februari "
                "2027. Tot die datum loopt alles door zoals nu. Wij hebben voor een "
                "overgangsperiode van twee maanden gekozen, zodat u niet zonder zorg komt te "
                "zitten.",
            ),
            (
                "table",
                [
                    ["", "Tot en met 31 januari 2027", "Vanaf 1 februari 2027"],
                    ["Dagbesteding", "Wmo, via de gemeente", "Wlz, via het zorgkantoor"],
                    ["Eigen bijdrage", "Wmo-bijdrage aan het CAK", "Wlz-bijdrage aan het CAK"],
                    ["Begeleiding thuis", "Wmo, via de gemeente", "Wlz, via het zorgkantoor"],
                ],
            ),
            ("h1", "Wat moet u doen?"),
            (
                "ol",
                [
                    "Kies samen met uw zus een zorgaanbieder voor de Wlz. U mag bij De "
                    "Werkplaats Flevoland blijven als die aanbieder een Wlz-contract heeft.",
                    "Geef uw keuze vóór 8 januari 2027 door aan Zorgkantoor Flevoland via "
                    "0320-29 95 00.",
                    "Heeft u een pgb uit de Wlz nodig? Vraag dat dan ook bij het zorgkantoor aan.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Bent u het niet eens met dit besluit? Maak dan binnen zes weken na de datum "
                "van deze brief bezwaar bij het college van burgemeester en wethouders van "
                "Lelystad. Let op: tegen het besluit van het CIZ zelf maakt u bezwaar bij het "
                "CIZ.",
            ),
            ("h1", "Contact"),
            (
                "table",
                [
                    ["Uw Wmo-consulent", "Ruud Hazenberg"],
                    ["Telefoon", "0320-27 84 51 (maandag tot en met donderdag)"],
                    ["E-mail", "r.hazenberg@lelystad.example.nl"],
                    ["Afwezig?", "Bel het Wmo-team via 0320-27 80 00"],
                ],
            ),
            (
                "p",
                "Gaat het psychisch niet goed met u en kunt u niet wachten? Bel dan uw huisarts "
                "of, buiten kantoortijd, de Crisisdienst GGZ Flevoland via 0320-21 33 33. Denkt "
                "u aan zelfdoding, bel dan 113 Zelfmoordpreventie: 0800-0113.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Lelystad,",
            "R. Hazenberg\nWmo-consulent",
        ],
    },
    {
        "file": "s14-schulden-toekenning-schuldregeling.docx",
        "header": [
            "Gemeente Zaanstad",
            "Afdeling Schuldhulpverlening",
            "Postbus 2000",
            "1500 GA Zaandam",
        ],
        "footer": "Gemeente Zaanstad · Stadhuisplein 100, Zaandam · 14 075 · "
        "www.zaanstad.example.nl",
        "address": [
            "Mevrouw F. Öztürk",
            "Peperstraat 19",
            "1502 AD Zaandam",
        ],
        "refs": [
            "Zaandam, 3 december 2026",
            "Ons kenmerk: ZST/SHV/2026/07731",
            "Burgerservicenummer: 343122200",
            "Onderwerp: beschikking toelating schuldregeling",
        ],
        "salutation": "Geachte mevrouw Öztürk,",
        "body": [
            ("h2", "Aanleiding"),
            (
                "p",
                "Naar aanleiding van uw verzoek om schuldhulpverlening van 15 september 2026 "
                "heeft een onderzoek plaatsgevonden naar uw inkomen, uw uitgaven en uw "
                "schulden. Uit dit onderzoek is gebleken dat u niet in staat bent uw schulden "
                "binnen afzienbare tijd zelfstandig af te lossen.",
            ),
            ("h2", "Beschikking"),
            (
                "p",
                "Het college van burgemeester en wethouders besluit u, gelet op artikel 4 van "
                "de Wet gemeentelijke schuldhulpverlening en de Beleidsregels "
                "schuldhulpverlening Zaanstad 2024, toe te laten tot een minnelijke "
                "schuldregeling. De looptijd bedraagt 18 maanden, te rekenen vanaf 1 januari "
                "2027. Uw schuldeisers zullen een voorstel ontvangen conform onderstaand "
                "overzicht.",
            ),
            (
                "table",
                [
                    ["Schuldeiser", "Openstaande vordering", "Aanbod (18 maanden)"],
                    ["Stichting Woonzorg Zaanstreek (huur)", "€ 2.318,45", "€ 412,20"],
                    ["Energiebedrijf Zaanwind B.V.", "€ 1.104,90", "€ 196,45"],
                    ["Belastingdienst/Toeslagen", "€ 3.870,00", "€ 688,08"],
                    ["Totaal", "€ 7.293,35", "€ 1.296,73"],
                ],
            ),
            (
                "p",
                "Uw maandelijkse aflossingscapaciteit is vastgesteld op € 72,04. Dit bedrag wordt "
                "door Stichting Budgetbeheer Zaanstreek maandelijks voor u gereserveerd.",
            ),
            ("h2", "Uw verplichtingen"),
            (
                "p",
                "Gedurende de looptijd van de schuldregeling dient u zich te houden aan de "
                "navolgende verplichtingen:",
            ),
            (
                "ul",
                [
                    "u maakt geen nieuwe schulden;",
                    "u meldt wijzigingen in inkomen, woonsituatie of gezinssamenstelling binnen "
                    "vijf werkdagen;",
                    "u verschijnt op de halfjaarlijkse voortgangsgesprekken;",
                    "u zoekt actief naar (meer) betaald werk, tenzij u daarvan bent vrijgesteld.",
                ],
            ),
            (
                "p",
                "Indien u deze verplichtingen niet nakomt, kan het college deze beschikking "
                "intrekken en wordt de schuldregeling beëindigd.",
            ),
            ("h2", "Rechtsmiddel"),
            (
                "p",
                "Tegen deze beschikking kunt u binnen zes weken na de datum van verzending "
                "schriftelijk bezwaar maken bij het college van burgemeester en wethouders "
                "van Zaanstad, Postbus 2000, 1500 GA Zaandam.",
            ),
            ("h2", "Contactgegevens"),
            (
                "p",
                "Voor vragen over uw schuldregeling kunt u contact opnemen met ondergetekende "
                "via 075-681 63 27 of via het teamadres schuldhulp@zaanstad.example.nl. "
                "Vragen over de betaling van uw vaste lasten stelt u aan uw budgetbeheerder "
                "bij Stichting Budgetbeheer Zaanstreek, telefoon 075-612 08 90.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Zaanstad,",
            "mevrouw G. Koning\nschuldhulpverlener",
            "P.S. Ontvangt u tijdens de schuldregeling post van een schuldeiser of een "
            "deurwaarder? Stuur deze dan binnen een week door naar het teamadres.",
        ],
    },
    {
        "file": "s15-leerplicht-afwijzing-extra-verlof-bruiloft.docx",
        "header": [
            "Gemeente Oss",
            "Team Leerplicht",
            "Postbus 5",
            "5340 BA Oss",
        ],
        "footer": "Gemeente Oss · Raadhuislaan 10 · telefoon 14 0412 · www.oss.example.nl",
        "address": [
            "De heer en mevrouw El Amrani",
            "Kruisstraat 51",
            "5341 HE Oss",
        ],
        "refs": [
            "Oss, 4 december 2026",
            "Ons kenmerk: OSS/LP/VL/2026-0174",
            "Onderwerp: uw aanvraag extra verlof voor Yasmina en Bilal",
        ],
        "salutation": "Geachte heer en mevrouw El Amrani,",
        "body": [
            ("h1", "UW AANVRAAG"),
            (
                "p",
                "Op 16 november 2026 heeft u via de directeur van basisschool De Regenboog "
                "extra verlof aangevraagd voor uw kinderen Yasmina (groep 6) en Bilal (groep "
                "3). U wilt met het gezin naar de bruiloft van uw broer in Nador. Omdat u "
                "meer dan tien schooldagen vraagt, beslist de leerplichtambtenaar over uw "
                "aanvraag.",
            ),
            (
                "table",
                [
                    ["Gevraagd", "Data", "Schooldagen"],
                    ["Verlof", "maandag 8 maart tot en met vrijdag 26 maart 2027", "15"],
                    ["Bruiloft", "zaterdag 13 maart 2027", "0 (weekend)"],
                    ["Terugreis", "zaterdag 27 maart 2027", "0 (weekend)"],
                ],
            ),
            ("h1", "MIJN BESLISSING"),
            (
                "p",
                "Ik wijs uw aanvraag voor vijftien dagen af. Wel verleen ik verlof voor "
                "donderdag 11 en vrijdag 12 maart 2027, zodat u de bruiloft kunt bijwonen. "
                "Voor een huwelijk van een bloedverwant in de eerste tot en met derde graad "
                "is dat volgens de Leerplichtwet 1969 (artikel 11, onder g, en artikel 14) "
                "redelijk, ook als de reis lang is. Voor de overige dagen is geen gewichtige "
                "omstandigheid aangetoond.",
            ),
            ("h1", "ALS UW KINDEREN TOCH LANGER WEGBLIJVEN"),
            (
                "p",
                "Blijven Yasmina en Bilal langer van school dan de twee dagen die ik toesta, "
                "dan is dat ongeoorloofd verzuim. De gevolgen daarvan zijn:",
            ),
            (
                "ul",
                [
                    "de school moet het verzuim bij mij melden;",
                    "ik kan een proces-verbaal opmaken;",
                    "de officier van justitie kan u een boete geven, per kind en per ouder.",
                ],
            ),
            ("h1", "BEZWAAR"),
            (
                "p",
                "Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de "
                "datum van deze brief bezwaar maken bij het college van burgemeester en "
                "wethouders van Oss, Postbus 5, 5340 BA Oss. Omdat de reis al in maart is, "
                "kunt u daarnaast de voorzieningenrechter van de rechtbank Oost-Brabant om een "
                "voorlopige voorziening vragen.",
            ),
            ("h1", "VRAGEN"),
            (
                "p",
                "Wilt u de beslissing bespreken? Bel mij dan via 0412-62 97 15 of mail naar "
                "leerplicht@oss.example.nl, het adres van ons team. Vragen over het huiswerk "
                "dat de kinderen kunnen meenemen, stelt u aan de directeur van De Regenboog, "
                "mevrouw P. Verhoeven, via 0412-63 40 22.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "A.C. van Lieshout\nleerplichtambtenaar gemeente Oss",
        ],
    },
    {
        "file": "s16-jeugd-uitnodiging-gezinsgesprek-cjg.docx",
        "header": [
            "Stichting Centrum Jeugd en Gezin Walcheren",
            "in opdracht van de gemeente Middelburg",
            "Segeersstraat 2",
            "4331 ED Middelburg",
        ],
        "footer": "Stichting Centrum Jeugd en Gezin Walcheren · telefoon 0118-67 44 00 "
        "(werkdagen 8.30–17.00 uur) · info@cjgwalcheren.example.nl",
        "address": [
            "Kim de Visser en Dennis Minderhoud",
            "Vlissingsestraat 204",
            "4331 LH Middelburg",
        ],
        "refs": [
            "Middelburg, 7 december 2026",
            "Ons kenmerk: CJGW-26-2291",
            "Onderwerp: uitnodiging voor een gezinsgesprek",
        ],
        "salutation": "Beste Kim en Dennis,",
        "body": [
            (
                "p",
                "Fijn dat we elkaar vorige week aan de telefoon spraken. Zoals afgesproken "
                "nodig ik jullie uit voor een eerste gezinsgesprek. Hieronder lezen jullie "
                "wanneer het is, wie erbij zijn en wat jullie kunnen verwachten.",
            ),
            ("h1", "Waarom een gezinsgesprek?"),
            (
                "p",
                "Jullie vertelden dat het thuis sinds de scheiding onrustig is. Jesse (9) "
                "slaapt slecht en heeft op school vaker ruzie. Ook maken jullie je zorgen over "
                "geld. In het gesprek kijken we samen wat jullie gezin nodig heeft en wie daarbij "
                "kan helpen.",
            ),
            ("h1", "De afspraak"),
            (
                "table",
                [
                    ["Wanneer", "dinsdag 19 januari 2027, 14.00 tot 15.30 uur"],
                    ["Waar", "CJG Walcheren, Segeersstraat 2, Middelburg (eerste verdieping)"],
                    ["Wie", "Kim, Dennis en Lieke van Damme (gezinscoach)"],
                    ["Jesse", "komt niet mee; hem spreek ik later apart"],
                ],
            ),
            ("h2", "Wat kunnen jullie meenemen?"),
            (
                "ul",
                [
                    "het laatste rapport van Jesse;",
                    "als jullie die hebben: de brief van de huisarts over het slapen;",
                    "iemand die jullie steunt, bijvoorbeeld een familielid of vriend.",
                ],
            ),
            (
                "p",
                "Kunnen jullie niet op deze dag? Laat het mij dan uiterlijk vrijdag 15 januari "
                "2027 weten, dan zoeken we samen een nieuwe datum.",
            ),
            ("h1", "Wie kunnen er nog meer helpen?"),
            (
                "p",
                "Met jullie toestemming vraag ik ook de intern begeleider van De Zeeuwse "
                "Stroom, meneer H. Lievense, hoe het met Jesse op school gaat. Hij is "
                "bereikbaar via 0118-61 22 87. Voor hulp bij de geldzorgen kan "
                "cliëntondersteuner Mariska Boone van MEE Zeeland meedenken: 0118-42 13 00.",
            ),
            ("h1", "Contact"),
            (
                "p",
                "Jullie kunnen mij bellen of appen via 06-47 30 81 62 of mailen naar "
                "l.vandamme@cjgwalcheren.example.nl. Ik werk op maandag, dinsdag en "
                "donderdag. Op andere dagen helpt een collega van het CJG jullie via het "
                "algemene nummer.",
            ),
            (
                "p",
                "Is er thuis een acute crisis buiten kantoortijd? Bel dan de Crisisdienst "
                "Jeugd Zeeland via 0118-43 99 99. Is er direct gevaar, bel 112. Bij zorgen over "
                "huiselijk geweld kunnen jullie Veilig Thuis bellen via 0800-2000, dag en nacht.",
            ),
        ],
        "closing": [
            "Met hartelijke groet,",
            "Lieke van Damme\ngezinscoach, Stichting Centrum Jeugd en Gezin Walcheren",
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 7 (fictief)"
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
