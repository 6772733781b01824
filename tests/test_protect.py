"""Protected spans: facts no rewrite may touch (rewriter/protect.py).

Three tables: spans that must be found with their kind and exact text, near
misses that must not be protected as a given kind, and the fixture corpus,
where every fact and every piece of personal data listed in manifest.yaml must
lie completely inside protected spans.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from rewriter.protect import KINDS, Protected, find_protected, is_valid_bsn, overlaps

LETTERS = Path(__file__).parent / "fixtures" / "letters"
MANIFEST = yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))

# (id, text, kind, the exact protected text)
FOUND = [
    # amounts
    ("amount-euro-sign", "U krijgt € 1.250,50 terug.", "amount", "€ 1.250,50"),
    ("amount-no-space", "Dat kost €21,80.", "amount", "€21,80"),
    ("amount-dash", "De boete is € 50,- per keer.", "amount", "€ 50,- per keer"),
    ("amount-per-month", "Uw eigen bijdrage is € 21,80 per maand.", "amount", "€ 21,80 per maand"),
    (
        "amount-per-per",
        "Dat is € 100,00 per ouder per dag.",
        "amount",
        "€ 100,00 per ouder per dag",
    ),
    ("amount-word-after", "U betaalt 1.250 euro terug.", "amount", "1.250 euro"),
    ("amount-EUR", "Het bedrag is EUR 30,00.", "amount", "EUR 30,00"),
    # dates
    ("date-long", "Wij ontvingen uw aanvraag op 12 maart 2026.", "date", "12 maart 2026"),
    ("date-weekday", "Het gesprek is op dinsdag 17 maart 2026.", "date", "dinsdag 17 maart 2026"),
    ("date-numeric-dash", "Dit geldt op 1-4-2026 voor u.", "date", "1-4-2026"),
    ("date-numeric-slash", "Uw brief van 03/02/2026 is binnen.", "date", "03/02/2026"),
    ("date-iso", "Datum: 2026-04-01", "date", "2026-04-01"),
    ("date-no-year", "Wij bellen u op 5 mei.", "date", "5 mei"),
    ("date-month-year", "De hulp stopt in december 2026.", "date", "december 2026"),
    ("date-after-dd", "Uw brief d.d. 12 maart 2026 is ontvangen.", "date", "12 maart 2026"),
    # times
    ("time-dot", "Wij komen om 14.30 uur.", "time", "14.30 uur"),
    ("time-colon", "Wij komen om 9:00 uur.", "time", "9:00 uur"),
    ("time-hour", "Het loket opent om 9 uur.", "time", "9 uur"),
    # periods and deadlines
    (
        "period-binnen-zes-weken",
        "U kunt binnen zes weken bezwaar maken.",
        "period",
        "binnen zes weken",
    ),
    (
        "period-binnen-14-dagen",
        "Stuur het formulier binnen 14 dagen terug.",
        "period",
        "binnen 14 dagen",
    ),
    (
        "period-na-datum-brief",
        "Dat kan tot zes weken na de datum van deze brief.",
        "period",
        "zes weken na de datum van deze brief",
    ),
    (
        "period-termijn",
        "Stuur het binnen een termijn van 14 dagen na dagtekening van deze brief.",
        "period",
        "binnen een termijn van 14 dagen",
    ),
    ("period-werkdagen", "U hoort binnen 10 werkdagen van ons.", "period", "binnen 10 werkdagen"),
    (
        "period-date-range",
        "U krijgt hulp van 1 april 2026 tot en met 31 maart 2027.",
        "period",
        "van 1 april 2026 tot en met 31 maart 2027",
    ),
    (
        "period-range-after-met-ingang-van",
        "Met ingang van 1 april 2026 tot en met 31 maart 2027 krijgt u hulp.",
        "period",
        "1 april 2026 tot en met 31 maart 2027",
    ),
    ("period-vanaf", "Vanaf 1 april 2026 krijgt u hulp.", "period", "Vanaf 1 april 2026"),
    (
        "period-month-range",
        "Stuur de bonnen van januari tot en met december 2025.",
        "period",
        "januari tot en met december 2025",
    ),
    ("period-voor-date", "Stuur het vóór 25 maart 2026 terug.", "period", "vóór 25 maart 2026"),
    (
        "period-voor-aanvang",
        "Zeg het uiterlijk 24 uur voor aanvang van het gesprek af.",
        "period",
        "uiterlijk 24 uur",
    ),
    ("period-van-tevoren", "Meld verlof 8 weken van tevoren.", "period", "8 weken van tevoren"),
    (
        "period-onbepaald",
        "U krijgt de scootmobiel voor onbepaalde tijd.",
        "period",
        "voor onbepaalde tijd",
    ),
    (
        "period-range-weeks",
        "U hoort binnen 8 tot 10 weken meer.",
        "period",
        "binnen 8 tot 10 weken",
    ),
    # quantities
    ("quantity-per-week", "U krijgt 3,5 uur per week hulp.", "quantity", "3,5 uur per week"),
    (
        "quantity-minutes",
        "Het gesprek duurt ongeveer 30 minuten.",
        "quantity",
        "ongeveer 30 minuten",
    ),
    ("quantity-km", "De scootmobiel rijdt 12 km per uur.", "quantity", "12 km per uur"),
    ("quantity-years", "U bent 21 jaar of ouder.", "quantity", "21 jaar of ouder"),
    ("quantity-range", "Het duurt 1 uur tot 1,5 uur.", "quantity", "1 uur tot 1,5 uur"),
    (
        "quantity-and",
        "U krijgt 2 uur en 45 minuten per week.",
        "quantity",
        "2 uur en 45 minuten per week",
    ),
    ("quantity-eenmaal", "Wij bellen eenmaal per 8 weken.", "quantity", "eenmaal per 8 weken"),
    ("quantity-count-digits", "U heeft 11 schuldeisers.", "quantity", "11"),
    ("quantity-count-word", "Er ontbreken nog twee dingen.", "quantity", "twee"),
    ("quantity-count-adjective", "Er waren drie opeenvolgende meetmomenten.", "quantity", "drie"),
    (
        "quantity-lesweken",
        "Hij was vier opeenvolgende lesweken weg.",
        "quantity",
        "vier opeenvolgende lesweken",
    ),
    # case numbers
    ("case-kenmerk", "Ons kenmerk: WMO-2026-004512", "case_number", "WMO-2026-004512"),
    ("case-slashes", "Zaak Z/26/118734 is gesloten.", "case_number", "Z/26/118734"),
    ("case-zaaknummer", "Uw zaaknummer 2026-0042 staat bovenaan.", "case_number", "2026-0042"),
    ("case-productcode", "Het gaat om productcode 45A11, begeleiding.", "case_number", "45A11"),
    (
        "case-before-merge-field",
        "Ons kenmerk: WMO-ENS-2026-{ MERGEFIELD Dossiernummer }",
        "case_number",
        "WMO-ENS-2026-",
    ),
    # BSN
    ("bsn-valid-plain", "Wij zagen 111222333 op het formulier.", "bsn", "111222333"),
    ("bsn-valid-sentence-end", "Het gaat om 271521934.", "bsn", "271521934"),
    ("bsn-labelled", "BSN: 2715.21.934", "bsn", "2715.21.934"),
    ("bsn-labelled-spaces", "Burgerservicenummer 271 521 934", "bsn", "271 521 934"),
    # IBAN
    ("iban-spaced", "Maak het over op NL91 ABNA 0417 1643 00.", "iban", "NL91 ABNA 0417 1643 00"),
    ("iban-compact", "Rekening NL91ABNA0417164300 van de gemeente.", "iban", "NL91ABNA0417164300"),
    # postcodes
    ("postcode-space", "Dorpsstraat 12, 7411 AB Deventer", "postcode", "7411 AB"),
    ("postcode-compact", "Postbus 5000, 7400GC Deventer", "postcode", "7400GC"),
    # article references
    (
        "article-wmo",
        "Op grond van artikel 2.3.5 Wmo 2015 krijgt u hulp.",
        "article",
        "artikel 2.3.5 Wmo 2015",
    ),
    ("article-awb", "Zie artikel 6:7 Awb.", "article", "artikel 6:7 Awb"),
    (
        "article-awb-long",
        "Zie artikel 4:5 van de Algemene wet bestuursrecht.",
        "article",
        "artikel 4:5 van de Algemene wet bestuursrecht",
    ),
    (
        "article-ordinal-lid",
        "Volgens artikel 54, derde lid, Participatiewet moet u betalen.",
        "article",
        "artikel 54, derde lid, Participatiewet",
    ),
    (
        "article-onder",
        "Op grond van artikel 21, onder a, Participatiewet.",
        "article",
        "artikel 21, onder a, Participatiewet",
    ),
    ("article-lid-number", "Zie art. 8 lid 2 Jeugdwet.", "article", "art. 8 lid 2 Jeugdwet"),
    (
        "article-verordening",
        "Zie artikel 12 van de Verordening maatschappelijke ondersteuning Apeldoorn 2025 hierover.",
        "article",
        "artikel 12 van de Verordening maatschappelijke ondersteuning Apeldoorn 2025",
    ),
    (
        "article-beleidsregels-plain",
        "Conform artikel 5 van de beleidsregels eenzijdig beëindigd.",
        "article",
        "artikel 5 van de beleidsregels",
    ),
    # e-mail and URL
    ("email", "Mail naar wmo@deventer.example.nl vandaag.", "email", "wmo@deventer.example.nl"),
    (
        "url-www",
        "Kijk op www.deventer.example.nl/bezwaar.",
        "url",
        "www.deventer.example.nl/bezwaar",
    ),
    (
        "url-https",
        "Zie https://example.nl/a?b=1, daar staat het.",
        "url",
        "https://example.nl/a?b=1",
    ),
    # phone numbers
    ("phone-14-short", "Bel 14 0570 voor vragen.", "phone", "14 0570"),
    ("phone-spaced-dash", "Bel 0570 - 69 39 11 op werkdagen.", "phone", "0570 - 69 39 11"),
    ("phone-mobile", "Bel 06-12345678 als het niet lukt.", "phone", "06-12345678"),
    ("phone-088", "Het CAK is bereikbaar via 088 711 5555.", "phone", "088 711 5555"),
    ("phone-brackets", "Bel (0570) 69 39 11 voor een afspraak.", "phone", "(0570) 69 39 11"),
    ("phone-0800", "Veilig Thuis: 0800-2000.", "phone", "0800-2000"),
    ("phone-international", "Vanuit het buitenland: +31 6 1234 5678.", "phone", "+31 6 1234 5678"),
    # merge fields
    ("merge-guillemets", "Beste «naam», welkom.", "merge_field", "«naam»"),
    ("merge-mustache", "Voor {{kind_voornaam}} is er plek.", "merge_field", "{{kind_voornaam}}"),
    ("merge-brackets", "Geachte [NAAM],", "merge_field", "[NAAM]"),
    ("merge-bare", "Geachte MERGEFIELD Voornaam,", "merge_field", "MERGEFIELD Voornaam"),
    (
        "merge-word-field",
        "Geachte { MERGEFIELD Voornaam },",
        "merge_field",
        "{ MERGEFIELD Voornaam }",
    ),
    ("merge-angle", "Datum: <<datum_brief>>", "merge_field", "<<datum_brief>>"),
]

# (id, text, kind, text that must NOT be protected as that kind)
NOT_FOUND = [
    ("plain-number-not-amount", "U kunt 3 keer bellen.", "amount", "3"),
    ("children-not-amount", "U heeft 3 kinderen.", "amount", "3 kinderen"),
    ("year-not-amount", "In 2026 verandert er iets.", "amount", "2026"),
    ("plain-number-not-phone", "Zie pagina 12 van de folder.", "phone", "12"),
    ("elfproef-fails-not-bsn", "Het nummer 123456789 is geen BSN.", "bsn", "123456789"),
    ("ten-digits-not-bsn", "Referentie 1234567890 hoort bij u.", "bsn", "123456789"),
    ("dd-alone-not-date", "Uw brief d.d. gisteren kwam aan.", "date", "d.d."),
    ("version-not-time", "Zie versie 2.3.5 van de regeling.", "time", "2.3"),
    ("article-number-not-date", "Zie artikel 2.3.5 Wmo 2015.", "date", "2.3.5"),
    ("house-number-not-quantity", "De deur 12 is open.", "quantity", "12 is"),
    ("lowercase-word-not-postcode", "Bel 1234 ab nu.", "postcode", "1234 ab"),
    ("sa-not-postcode", "Dit is 1234 SA.", "postcode", "1234 SA"),
    ("verb-not-counted", "Er zijn 3 gaan zitten.", "quantity", "3 gaan"),
    ("een-not-counted", "U krijgt een beschikking.", "quantity", "een beschikking"),
    ("kenmerk-stops-at-merge-field", "Ons kenmerk: WMO-{ MERGEFIELD X }", "case_number", "{"),
]

# Wording next to a fact that a rewrite may change: protecting it would drop the glossary
# finding on it (the pipeline drops findings that overlap a protected span).
# (id, text, the fact that stays protected, the wording that stays editable)
EDITABLE = [
    (
        "met-ingang-van",
        "Met ingang van 1 april 2026 krijgt u hulp.",
        "1 april 2026",
        "Met ingang van",
    ),
    (
        "met-ingang-van-range",
        "U krijgt met ingang van 1 april 2026 tot en met 31 maart 2029 hulp.",
        "1 april 2026 tot en met 31 maart 2029",
        "met ingang van",
    ),
    ("counted-noun", "Er wonen twee kostendelers bij u.", "twee", "kostendelers"),
    ("counted-noun-jargon", "Wij sturen u twee beschikkingen.", "twee", "beschikkingen"),
    ("counted-noun-digits", "Stuur 2 loonstroken mee.", "2", "loonstroken"),
]


def kinds_at(text: str, fragment: str) -> set[str]:
    """Kinds of all protected spans that overlap the first occurrence of `fragment`."""
    start = text.index(fragment)
    end = start + len(fragment)
    return {p.kind for p in find_protected(text) if p.start < end and start < p.end}


@pytest.mark.parametrize(
    ("text", "kind", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND]
)
def test_span_is_found_verbatim(text: str, kind: str, expected: str) -> None:
    spans = find_protected(text)
    assert (kind, expected) in [(p.kind, p.text) for p in spans], spans


@pytest.mark.parametrize(
    ("text", "kind", "fragment"), [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND]
)
def test_near_miss_is_not_protected_as_kind(text: str, kind: str, fragment: str) -> None:
    assert kind not in kinds_at(text, fragment), find_protected(text)


@pytest.mark.parametrize(
    ("text", "fact", "wording"), [c[1:] for c in EDITABLE], ids=[c[0] for c in EDITABLE]
)
def test_wording_around_a_fact_stays_editable(text: str, fact: str, wording: str) -> None:
    spans = find_protected(text)
    assert fact in [p.text for p in spans], spans
    start = text.index(wording)
    assert not overlaps(start, start + len(wording), spans), spans


def test_every_kind_has_a_positive_example() -> None:
    assert {c[2] for c in FOUND} == set(KINDS)


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("111222333", True),
        ("271521934", True),
        ("123456782", True),
        ("123456789", False),
        ("111222334", False),
        ("000000000", False),
        ("12345678", False),
        ("1234567890", False),
        ("12345678a", False),
    ],
)
def test_elfproef(digits: str, valid: bool) -> None:
    assert is_valid_bsn(digits) is valid


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Geen feiten hier.",
        "Geachte mevrouw De Vries, wij bellen u op 5 mei 2026 om 9.00 uur over € 21,80 per maand.",
        "«a» «b» {{c}} [D] 0570 - 69 39 11 www.x.nl a@b.nl NL91ABNA0417164300 7411 AB 111222333",
        (LETTERS / "22-uitnodiging-keukentafelgesprek-mergefield.txt").read_text(encoding="utf-8"),
    ],
    ids=["empty", "none", "mixed", "dense", "letter-22"],
)
def test_spans_are_sorted_disjoint_trimmed_and_verbatim(text: str) -> None:
    spans = find_protected(text)
    for p in spans:
        assert isinstance(p, Protected)
        assert p.kind in KINDS
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text == p.text.strip()
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 3, False), (0, 4, False), (0, 5, True), (5, 6, True), (9, 10, True), (10, 12, False)],
)
def test_overlaps_is_half_open(start: int, end: int, expected: bool) -> None:
    spans = (Protected("date", 4, 10, "x" * 6),)
    assert overlaps(start, end, spans) is expected


# --- the fixture corpus ------------------------------------------------------

PERSONAL_KINDS = ("bsn", "phones", "emails", "ibans", "postcodes")


def manifest_items() -> list[tuple[str, str, str]]:
    """(file, manifest kind, verbatim string) for every fact and checked personal datum."""
    items = []
    for entry in MANIFEST:
        for kind, values in (entry.get("facts") or {}).items():
            items += [(entry["file"], kind, v) for v in values]
        for kind, values in (entry.get("personal") or {}).items():
            if kind in PERSONAL_KINDS:
                items += [(entry["file"], f"personal.{kind}", v) for v in values]
    return items


ITEMS = manifest_items()

_COUNTED = re.compile(
    r"^(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?:opeenvolgende )?"
    r"([a-z]+(?:en|s))$"
)
_UNITS = {"uur", "uren", "lesuren", "minuten", "dagen", "lesdagen", "weken", "lesweken", "jaar"}


def fact_core(kind: str, value: str) -> tuple[str, str | None]:
    """Split a manifest string into the part that must be protected and editable wording.

    "met ingang van <datum>", a deadline's old anchor ("na dagtekening", "voor aanvang") and
    the noun of a count ("twee kamers") are wording a rewrite may change; everything else in a manifest fact must be protected as a whole.
    """
    lead = "met ingang van "
    if value.lower().startswith(lead):
        return value[len(lead) :], value[: len(lead) - 1]
    # 'na dagtekening', 'voor aanvang': old words for what a deadline counts from, left free
    anchor = re.search(r"\s+((?:na|voor|vóór)\s+(?:de\s+)?(?:dagtekening|aanvang)\b.*)$", value)
    if anchor:
        return value[: anchor.start()], anchor.group(1)
    m = _COUNTED.match(value)
    if kind == "quantities" and m and m.group(2) not in _UNITS:
        return m.group(1), m.group(2)
    return value, None


def check_fact(text: str, kind: str, value: str) -> tuple[bool, bool]:
    """(whole value protected, fact core protected with its wording left free) for every
    occurrence of `value` in `text`; a protected character lies inside some protected span."""
    spans = find_protected(text)
    covered = bytearray(len(text))
    for p in spans:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    core, wording = fact_core(kind, value)
    whole_ok = core_ok = True
    for m in re.finditer(re.escape(value), text):
        whole_ok &= all(covered[m.start() : m.end()])
        c = m.start() + value.index(core)
        core_ok &= all(covered[c : c + len(core)])
        if wording is not None:
            w = m.start() + value.index(wording)
            core_ok &= not overlaps(w, w + len(wording), spans)
    return whole_ok, core_ok


def test_manifest_lists_every_kind_we_check() -> None:
    kinds = {k for _, k, _ in ITEMS}
    assert {
        "amounts",
        "dates",
        "times",
        "periods",
        "quantities",
        "case_numbers",
        "articles",
    } <= kinds
    assert {"merge_fields", "personal.bsn", "personal.phones", "personal.ibans"} <= kinds
    assert len(ITEMS) > 500


@pytest.mark.parametrize(
    ("name", "kind", "value"), ITEMS, ids=[f"{n[:2]}-{k}-{v}" for n, k, v in ITEMS]
)
def test_corpus_fact_is_protected(name: str, kind: str, value: str) -> None:
    text = (LETTERS / name).read_text(encoding="utf-8")
    assert value in text
    whole_ok, core_ok = check_fact(text, kind, value)
    assert core_ok
    if fact_core(kind, value)[1] is None:
        assert whole_ok


def test_corpus_recall_per_kind() -> None:
    """Recall per manifest kind: all facts protected; only the editable wording is left free."""
    total: dict[str, int] = defaultdict(int)
    whole: dict[str, int] = defaultdict(int)
    core: dict[str, int] = defaultdict(int)
    texts = {e["file"]: (LETTERS / e["file"]).read_text(encoding="utf-8") for e in MANIFEST}
    for name, kind, value in ITEMS:
        whole_ok, core_ok = check_fact(texts[name], kind, value)
        total[kind] += 1
        whole[kind] += whole_ok
        core[kind] += core_ok
    assert core == total
    # the 'met ingang van' periods, old anchors and the counted nouns are the only partial covers
    assert {k for k in total if whole[k] < total[k]} <= {"periods", "quantities"}


def _pattern_texts() -> list[str]:
    """The fixture letters, every sentence of the glossary (examples, explanations), and
    texts made to test the look-ahead: capitals, case folds, numbers at a text's edges."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    glossary = Path(__file__).resolve().parent.parent / "glossary"
    for path in sorted(glossary.glob("*.yaml")):
        texts.append(path.read_text(encoding="utf-8"))
    texts += [t.upper() for t in texts[:5]] + [t.swapcase() for t in texts[5:10]]
    texts += [
        "Twee kamers, TWEE kamers, ſes Kelvin K, 12 maart, MAART 2026, Ma 3 mei",
        "3 weken", "€ 12,50", "0612345678", "(020) 123 4567", "+31 6 12345678",
        "Vanaf 1 januari 2026 tot en met 3 februari 2026 binnen zes weken na ontvangst",
        "artikel 3 lid 2 Wmo 2015; Verordening maatschappelijke ondersteuning Kampen 2025",
        "BSN: 123456782 en 111222333; «voornaam» {{naam}} [NAAM] ${x} <<y>>",
        "", " ", "12", "1", "ca. 4 uur per week", "8.30 uur", "113", "Bel 112.",
    ]  # fmt: skip
    return texts


def test_quick_patterns_find_what_the_plain_patterns_find() -> None:
    """Each pattern of find_protected runs behind a look-ahead for the characters its
    matches can begin with (protect._quick): the same matches at the same places."""
    from rewriter import protect

    pairs = [
        *zip(protect._PATTERNS, protect._PLAIN_PATTERNS, strict=True),
        ((None, protect._BSN_LABELLED), (None, protect._PLAIN_BSN_LABELLED)),
        ((None, protect._NINE_DIGITS), (None, protect._PLAIN_NINE_DIGITS)),
        ((None, protect._COUNT), (None, protect._PLAIN_COUNT)),
    ]
    quick = sum(1 for (_, fast), (_, plain) in pairs if fast is not plain)
    assert quick >= 10  # most patterns have a look-ahead
    for text in _pattern_texts():
        for (_, fast), (_, plain) in pairs:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ]


def test_quick_pattern_leaves_what_it_cannot_follow_as_it_is() -> None:
    from rewriter.protect import _quick

    for source in (r"[^a]b", r"\w+@", r"a?", r".x", r"[a-z]+", r"(?-i:a)b"):
        pattern = re.compile(source, re.IGNORECASE if "-i" in source else 0)
        assert _quick(pattern) is pattern
    assert _quick(re.compile(r"\bab|(?i:c)d")).pattern == r"(?=[a]|(?i:[c]))(?:\bab|(?i:c)d)"
