"""Generate the .docx letters of the fourteenth frozen evaluation set from the text in this file.

Run from the repository root:  python -m bench.eval14.make_docx

Every letter uses real Word structure: the letterhead in the page header, a
footer with the gemeente's general number, a recipient block with reference
rows, List Bullet/List Number styles for lists and at least one real table.
New in this set: a "Behandeld door / Telefoon / E-mail" block as a real Word
table above the salutation (z12), the same block as text in the page header
(z15), a table of crisis lines (z13), a table of amounts (z12, z16), the
letter's own "Wat betekent dit voor u?" / "Wat moet u doen?" headings (z14)
and a "Bijlagen:" list after the signature (z16).
The builder is a copy of bench/eval13/make_docx.py's, kept here on purpose so
that this frozen set does not change when another set's script does; it adds
two spec fields, `top_table` (a table between the reference rows and the
salutation) and `after` (blocks after the signature). The text is written
here by hand (not copied from any tool output); the generated files are
committed next to the .txt letters and described in gold.yaml.
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
        "file": "z12-wmo-toekenning-behandeld-door-tabel-eigen-bijdrage.docx",
        "header": ["Gemeente Staphorst", "Team Wmo", "Postbus 2, 7950 AA Staphorst"],
        "footer": "Gemeente Staphorst · algemeen telefoonnummer 0522-46 74 00 · www.staphorst.example.nl",
        "address": ["Mevrouw J. Mulder-Prins", "Gemeenteweg 211", "7951 CG Staphorst"],
        "refs": [
            "Datum: 16 december 2026",
            "Ons kenmerk: ST/WMO/2026/1408",
            "Onderwerp: toekenning begeleiding en eigen bijdrage",
        ],
        "top_table": [
            ["Behandeld door", "de heer G. Brouwer"],
            ["Telefoon", "0522-46 75 82 (maandag, dinsdag en donderdag)"],
            ["E-mail", "g.brouwer@staphorst.example.nl"],
        ],
        "salutation": "Geachte mevrouw Mulder-Prins,",
        "body": [
            ("h2", "Aanleiding"),
            (
                "p",
                "Naar aanleiding van uw melding van 14 oktober 2026 en het daaropvolgende gesprek "
                "op 3 november 2026 ten uwen huize, waarbij tevens uw dochter aanwezig was, is door "
                "ons onderzoek verricht naar de mogelijkheden om uw zelfredzaamheid te bevorderen.",
            ),
            ("h2", "Besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van Staphorst heeft besloten u met "
                "ingang van 1 januari 2027 voor de duur van twaalf maanden een maatwerkvoorziening "
                "begeleiding individueel toe te kennen in de vorm van zorg in natura, ten omvang van "
                "vier uur per week, uit te voeren door Zorgcoöperatie De Vechtstreek.",
            ),
            ("h2", "Motivering"),
            (
                "p",
                "Uit het onderzoek is naar voren gekomen dat u als gevolg van uw beperkingen niet in "
                "staat bent om zonder ondersteuning structuur aan te brengen in uw dagelijkse "
                "bezigheden en uw administratie bij te houden, en dat hierin niet kan worden voorzien "
                "door middel van eigen kracht, gebruikelijke hulp, mantelzorg of een algemene "
                "voorziening. Het verslag van het onderzoek is als bijlage bijgevoegd. Dit besluit is "
                "gebaseerd op artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 en "
                "artikel 8 van de Verordening maatschappelijke ondersteuning Staphorst 2025.",
            ),
            ("h2", "Eigen bijdrage"),
            (
                "p",
                "Voor deze voorziening bent u een eigen bijdrage verschuldigd. De eigen bijdrage "
                "wordt vastgesteld en geïnd door het CAK. Op basis van de thans geldende regelgeving "
                "bedraagt deze:",
            ),
            (
                "table",
                [
                    ["Omschrijving", "Bedrag"],
                    ["Eigen bijdrage (abonnementstarief)", "€ 21,80 per maand"],
                    ["Maximaal per jaar", "€ 261,60"],
                ],
            ),
            ("h2", "Vervolg"),
            (
                "p",
                "Teneinde de begeleiding tijdig te doen aanvangen, dienen de volgende stappen te "
                "worden doorlopen:",
            ),
            (
                "ol",
                [
                    "De zorgaanbieder neemt binnen vijf werkdagen na dagtekening van deze beschikking "
                    "contact met u op.",
                    "U stelt samen met de zorgaanbieder binnen zes weken een ondersteuningsplan op.",
                    "U ontvangt van het CAK een afzonderlijke beschikking over de eigen bijdrage.",
                ],
            ),
            ("h2", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de dag "
                "van verzending van deze beschikking een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Staphorst, Postbus 2, 7950 AA Staphorst. Bezwaar "
                "tegen de hoogte van de eigen bijdrage dient u te richten aan het CAK.",
            ),
            (
                "p",
                "Voor vragen over deze beschikking kunt u contact opnemen met de behandelaar (zie "
                "boven). Bij diens afwezigheid kunt u het algemene nummer van de gemeente bellen.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Staphorst,",
            "A.H. Jansen\nteamleider Wmo",
        ],
    },
    {
        "file": "z13-jeugd-beeindiging-crisistabel-namens.docx",
        "header": [
            "Stichting Sociaal Team Tholen",
            "in opdracht van Gemeente Tholen",
            "Hof van Tholen 1, 4691 EB Tholen",
        ],
        "footer": "Gemeente Tholen · algemeen telefoonnummer 0166-60 40 00 · Stichting Sociaal Team Tholen · 0166-60 41 41",
        "address": ["De heer en mevrouw Quist", "Oudelandsestraat 27", "4693 AP Poortvliet"],
        "refs": [
            "Datum: 15 december 2026",
            "Ons kenmerk: SST/JGD/2026/0719",
            "BSN jeugdige: 292217328",
            "Onderwerp: beëindiging ambulante gezinsbegeleiding",
        ],
        "salutation": "Geachte heer en mevrouw Quist,",
        "body": [
            ("h1", "Beëindiging van de jeugdhulp"),
            (
                "p",
                "Bij beschikking van 22 juni 2026 is aan uw dochter Noor een individuele voorziening "
                "in de vorm van ambulante gezinsbegeleiding toegekend voor de periode van 1 juli 2026 "
                "tot en met 30 juni 2027. Tijdens het evaluatiegesprek op 1 december 2026 is door de "
                "gezinsbegeleider van Jeugdzorg Zeeland Oost, mevrouw H. de Kam, in overleg met u "
                "vastgesteld dat de in het hulpverleningsplan geformuleerde doelen in voldoende mate "
                "zijn behaald.",
            ),
            (
                "p",
                "Gelet op het vorenstaande heeft het college van burgemeester en wethouders van "
                "Tholen besloten de voorziening met ingang van 1 februari 2027 te beëindigen, zulks "
                "op grond van artikel 2.3 van de Jeugdwet juncto artikel 12 van de Verordening "
                "jeugdhulp Tholen 2025.",
            ),
            ("h1", "Wat er na de beëindiging gebeurt"),
            ("p", "Na beëindiging van de jeugdhulp zal de navolgende nazorg worden geboden:"),
            (
                "ul",
                [
                    "een nazorggesprek met uw jeugdconsulent in de maand april 2027;",
                    "de mogelijkheid om gedurende zes maanden zonder nieuwe melding contact op te "
                    "nemen met het Sociaal Team;",
                    "op verzoek een overdracht aan de jeugdverpleegkundige van het consultatiebureau.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met deze beschikking niet kunt verenigen, kunt u binnen zes weken na "
                "de dag van verzending daarvan een bezwaarschrift indienen bij het college van "
                "burgemeester en wethouders van Tholen, Postbus 51, 4690 AB Tholen. Het "
                "bezwaarschrift dient te zijn ondertekend en voorzien van de gronden van het bezwaar.",
            ),
            ("h1", "Contact en hulp bij crisis"),
            (
                "p",
                "Voor vragen omtrent deze beschikking kunt u zich wenden tot uw jeugdconsulent, de "
                "heer M. Moerland, rechtstreeks bereikbaar op 06-14 83 25 90 of "
                "m.moerland@sociaalteamtholen.example.nl. Voor vragen over de begeleiding zelf kunt "
                "u tot 1 februari 2027 terecht bij mevrouw De Kam van Jeugdzorg Zeeland Oost, "
                "0113-24 90 30.",
            ),
            (
                "p",
                "Indien zich buiten kantoortijden een crisissituatie voordoet, kunt u gebruikmaken "
                "van de onderstaande nummers:",
            ),
            (
                "table",
                [
                    ["Wie", "Telefoon", "Wanneer"],
                    [
                        "Crisisdienst Jeugd Zeeland",
                        "0118-43 19 19",
                        "buiten kantoortijden, bij een crisis",
                    ],
                    [
                        "Veilig Thuis Zeeland",
                        "0800-2000",
                        "bij zorgen over huiselijk geweld, dag en nacht",
                    ],
                    ["Alarmnummer", "112", "bij direct gevaar"],
                ],
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Tholen,",
            "M. Moerland\njeugdconsulent Stichting Sociaal Team Tholen",
        ],
    },
    {
        "file": "z14-schulden-toekenning-eigen-kopjes-contacttabel.docx",
        "header": [
            "Gemeente Goeree-Overflakkee",
            "Schuldhulpverlening",
            "Postbus 1, 3240 AA Middelharnis",
        ],
        "footer": "Gemeente Goeree-Overflakkee · algemeen telefoonnummer 0187-47 58 00 · www.goeree-overflakkee.example.nl",
        "address": ["De heer L. Tanis", "Vingerling 15", "3241 EB Middelharnis"],
        "refs": [
            "Datum: 17 december 2026",
            "Ons kenmerk: GO/SHV/2026/3391",
            "Onderwerp: besluit schuldhulpverlening",
        ],
        "salutation": "Geachte heer Tanis,",
        "body": [
            (
                "p",
                "Op 23 november 2026 heeft u schuldhulpverlening aangevraagd. Wij hebben uw "
                "aanvraag onderzocht. In deze brief leest u ons besluit.",
            ),
            ("h2", "Wat hebben wij besloten?"),
            (
                "p",
                "U krijgt schuldhulpverlening. Wij starten met een stabilisatiefase van maximaal vier "
                "maanden. In die tijd zorgen we samen dat uw vaste lasten weer worden betaald en dat "
                "er geen nieuwe schulden bijkomen. Daarna onderzoeken wij of een minnelijke "
                "schuldregeling mogelijk is. Dit besluit is genomen op grond van artikel 4a van de "
                "Wet gemeentelijke schuldhulpverlening.",
            ),
            ("h2", "Wat betekent dit voor u?"),
            ("p", "Tijdens de schuldhulpverlening gelden de volgende afspraken:"),
            (
                "ul",
                [
                    "u maakt geen nieuwe schulden;",
                    "u geeft wijzigingen in uw inkomen of gezin binnen vijf werkdagen aan ons door;",
                    "u komt naar alle afspraken of zegt ze op tijd af.",
                ],
            ),
            (
                "p",
                "Indien u zich niet aan deze afspraken houdt, kan de schuldhulpverlening door ons "
                "worden beëindigd. U komt dan in beginsel eerst na het verstrijken van een termijn "
                "van twaalf maanden opnieuw in aanmerking voor schuldhulpverlening.",
            ),
            ("h2", "Wat moet u doen?"),
            (
                "ol",
                [
                    "Onderteken het plan van aanpak dat bij deze brief zit.",
                    "Stuur het ondertekende plan uiterlijk 8 januari 2027 terug in de antwoordenvelop.",
                    "Kom naar het eerste gesprek met uw schuldhulpverlener op dinsdag 12 januari 2027 "
                    "om 9.30 uur in het gemeentehuis, Koningin Julianaweg 45 in Middelharnis.",
                ],
            ),
            ("h2", "Bent u het niet eens met dit besluit?"),
            (
                "p",
                "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw "
                "bezwaarschrift naar het college van burgemeester en wethouders, Postbus 1, 3240 AA "
                "Middelharnis. Vermeld daarin waarom u het niet eens bent met het besluit.",
            ),
            ("h2", "Heeft u vragen?"),
            (
                "table",
                [
                    ["Wie", "Waarvoor", "Telefoon", "E-mail"],
                    [
                        "mevrouw C. Breen, uw schuldhulpverlener",
                        "vragen over uw dossier",
                        "06-53 18 40 72",
                        "c.breen@goeree-overflakkee.example.nl",
                    ],
                    [
                        "Team Schuldhulpverlening",
                        "als mevrouw Breen er niet is",
                        "0187-47 59 20",
                        "schuldhulp@goeree-overflakkee.example.nl",
                    ],
                    [
                        "Stichting Thuisadministratie Flakkee",
                        "hulp bij het ordenen van uw post",
                        "0187-48 11 70",
                        "",
                    ],
                ],
            ),
            (
                "p",
                "Zit u zo in de knel dat u geen uitweg meer ziet? Praat erover met 113 "
                "Zelfmoordpreventie: bel 0800-0113 (gratis) of 113.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "C. Breen\nschuldhulpverlener Gemeente Goeree-Overflakkee",
        ],
    },
    {
        "file": "z15-leerplicht-herinnering-behandeld-door-in-koptekst.docx",
        "header": [
            "Gemeente Zeewolde",
            "Leerplicht",
            "Behandeld door: mevrouw I. Post · Telefoon: 036-522 96 48 · E-mail: i.post@zeewolde.example.nl",
        ],
        "footer": "Gemeente Zeewolde · algemeen telefoonnummer 036-522 95 00",
        "address": ["De heer en mevrouw Hamstra", "Horsterweg 74", "3891 AK Zeewolde"],
        "refs": [
            "Datum: 14 december 2026",
            "Ons kenmerk: ZW/LP/2026/0287",
            "Onderwerp: herinnering verklaring vrijstelling leerplicht",
        ],
        "salutation": "Geachte heer en mevrouw Hamstra,",
        "body": [
            (
                "p",
                "Op 9 november 2026 heeft u een beroep gedaan op vrijstelling van de leerplicht voor "
                "uw zoon Finn, omdat hij op grond van lichamelijke of psychische redenen niet "
                "geschikt zou zijn om tot een school te worden toegelaten (artikel 5, onder a, van de "
                "Leerplichtwet 1969). In onze brief van 16 november 2026 hebben wij u gevraagd een "
                "verklaring van een onafhankelijke arts te sturen. Deze verklaring hebben wij nog "
                "niet ontvangen.",
            ),
            ("h3", "Wat vragen wij van u?"),
            ("p", "Wij vragen u de volgende stukken te sturen:"),
            (
                "ul",
                [
                    "de verklaring van de jeugdarts van GGD Flevoland;",
                    "een verklaring van de behandelaar van Finn, als die er is.",
                ],
            ),
            ("p", "Stuur de stukken vóór 11 januari 2027. U kunt dat op twee manieren doen:"),
            (
                "ol",
                [
                    "uploaden via www.zeewolde.example.nl/leerplicht, of",
                    "per post naar Gemeente Zeewolde, t.a.v. Leerplicht, Postbus 1, 3890 AA Zeewolde.",
                ],
            ),
            ("h3", "Hoe maakt u een afspraak bij de jeugdarts?"),
            (
                "p",
                "De jeugdarts van GGD Flevoland onderzoekt Finn en schrijft de verklaring. Bel voor "
                "een afspraak met de GGD via 088-002 99 20. Zeg erbij dat het gaat om een verklaring "
                "voor vrijstelling van de leerplicht.",
            ),
            ("h3", "Wat gebeurt er daarna?"),
            ("p", "Na ontvangst van de verklaring volgen deze stappen:"),
            (
                "table",
                [
                    ["Wat", "Wanneer"],
                    ["u stuurt de verklaringen", "vóór 11 januari 2027"],
                    [
                        "gesprek met de leerplichtambtenaar in het gemeentehuis",
                        "donderdag 21 januari 2027 om 14.00 uur",
                    ],
                    ["u krijgt ons besluit over de vrijstelling", "uiterlijk 19 februari 2027"],
                ],
            ),
            ("h3", "Wat gebeurt er als wij de verklaring niet krijgen?"),
            (
                "p",
                "Zonder verklaring kunnen wij uw kennisgeving niet in behandeling nemen. Finn is dan "
                "leerplichtig en moet worden ingeschreven op een school. Bij het uitblijven van "
                "inschrijving zijn wij genoodzaakt proces-verbaal op te maken.",
            ),
            ("h3", "Heeft u vragen?"),
            (
                "p",
                "Neem contact op met mevrouw Post (zie de gegevens bovenaan deze brief). Is zij er "
                "niet, bel dan het algemene nummer van de gemeente en vraag naar Leerplicht.",
            ),
        ],
        "closing": ["Met vriendelijke groet,", "I. Post\nleerplichtambtenaar"],
    },
    {
        "file": "z16-participatie-afwijzing-draagkrachttabel-bijlagen.docx",
        "header": ["Gemeente Waadhoeke", "Team Inkomen", "Postbus 58, 8800 AB Franeker"],
        "footer": "Gemeente Waadhoeke · algemeen telefoonnummer 0517-38 08 00",
        "address": ["Mevrouw G. Hiemstra", "Godsacker 6", "8801 LH Franeker"],
        "refs": [
            "Datum: 18 december 2026",
            "Ons kenmerk: WH/INK/2026/4852",
            "Behandeld door: de heer S. Wiersma",
            "Telefoonnummer: 0517-38 08 37",
            "Onderwerp: aanvraag bijzondere bijstand wasmachine",
        ],
        "salutation": "Geachte mevrouw Hiemstra,",
        "body": [
            ("h1", "Uw aanvraag"),
            (
                "p",
                "Op 20 november 2026 heeft u een aanvraag ingediend voor bijzondere bijstand in de "
                "kosten van de aanschaf van een wasmachine ter hoogte van € 449,00. Ter beoordeling "
                "van uw aanvraag is door ons uw draagkracht over een periode van twaalf maanden "
                "vastgesteld.",
            ),
            ("h1", "Ons besluit"),
            (
                "p",
                "Het college van burgemeester en wethouders van Waadhoeke heeft besloten uw aanvraag "
                "af te wijzen, op grond van artikel 35, eerste lid, van de Participatiewet juncto "
                "artikel 5 van de Beleidsregels bijzondere bijstand Waadhoeke 2025.",
            ),
            ("h1", "Motivering"),
            (
                "p",
                "De kosten van een wasmachine worden aangemerkt als incidenteel noodzakelijke kosten "
                "die in beginsel uit het inkomen dienen te worden bekostigd, dan wel door middel van "
                "reservering of gespreide betaling achteraf. Uit de draagkrachtberekening blijkt dat "
                "u over voldoende draagkracht beschikt om de kosten zelf te dragen:",
            ),
            (
                "table",
                [
                    ["Onderdeel", "Bedrag"],
                    ["Uw inkomen per maand", "€ 1.612,40"],
                    ["Draagkrachtgrens per maand", "€ 1.489,12"],
                    ["Draagkracht per maand (100% van het verschil)", "€ 123,28"],
                    ["Draagkracht over twaalf maanden", "€ 1.479,36"],
                    ["Kosten wasmachine", "€ 449,00"],
                ],
            ),
            (
                "p",
                "Aangezien uw draagkracht de kosten overstijgt, komt u niet in aanmerking voor "
                "bijzondere bijstand.",
            ),
            ("h1", "Andere mogelijkheden"),
            ("p", "Wellicht kunt u gebruikmaken van een van de onderstaande mogelijkheden:"),
            (
                "ul",
                [
                    "een renteloze lening via de Gemeentelijke Kredietbank Friesland, telefoon "
                    "058-233 81 00;",
                    "een aanvraag bij Stichting Noodfonds Noord-Friesland, via uw wijkteam.",
                ],
            ),
            ("h1", "Bezwaar"),
            (
                "p",
                "Indien u zich met dit besluit niet kunt verenigen, kunt u binnen zes weken na de "
                "datum van verzending van deze brief een gemotiveerd bezwaarschrift indienen bij het "
                "college van burgemeester en wethouders van Waadhoeke, Postbus 58, 8800 AB Franeker. "
                "Alvorens een beslissing op het bezwaar wordt genomen, wordt u in de gelegenheid "
                "gesteld te worden gehoord.",
            ),
            (
                "p",
                "Voor nadere informatie kunt u contact opnemen met de behandelend medewerker, de heer "
                "S. Wiersma, telefoon 0517-38 08 37, of per e-mail via inkomen@waadhoeke.example.nl.",
            ),
        ],
        "closing": [
            "Met vriendelijke groet,",
            "namens het college van burgemeester en wethouders van Waadhoeke,",
            "mr. J.K. Sikkema\nteamleider Inkomen",
        ],
        "after": [
            ("p", "Bijlagen:"),
            (
                "ul",
                [
                    "draagkrachtberekening van 18 december 2026",
                    "folder Gemeentelijke Kredietbank Friesland",
                ],
            ),
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
    doc.core_properties.author = "Keukentafeltaal evaluatieset 14 (fictief)"
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
