"""Protected spans: facts in a letter that no rewrite may touch.

Amounts, dates, times, periods and deadlines, quantities with units, case
numbers, BSN, IBAN, postcodes, article references, e-mail addresses, URLs,
phone numbers and merge fields. Detection is pattern based and errs on the
side of protecting too much: a protected span only suppresses findings and
refuses edits, it never changes text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = (
    "amount",
    "date",
    "time",
    "period",
    "quantity",
    "case_number",
    "bsn",
    "iban",
    "postcode",
    "article",
    "email",
    "url",
    "phone",
    "merge_field",
)


@dataclass(frozen=True, slots=True)
class Protected:
    """One protected span of the original text."""

    kind: str
    start: int
    end: int
    text: str


_NUMWORD = (
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
    r"negentig|honderd|half|anderhalf|eenentwintig|achtentwintig)"
)
_NUM = rf"(?:\d+(?:[.,]\d+)?|{_NUMWORD})"
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan\.?|feb\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|okt\.?|"
    r"nov\.?|dec\.?)"
)
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_DATE_CORE = (
    rf"(?:(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![\d.])"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|{_MONTH}\s+\d{{4}})"
)
_LAW = (
    r"(?:Wmo(?:\s+2015)?|Awb|Algemene\s+wet\s+bestuursrecht|Jeugdwet|Participatiewet|Pw|"
    r"Leerplichtwet(?:\s+1969)?|Wgs|Wet\s+gemeentelijke\s+schuldhulpverlening|BW|"
    r"Burgerlijk\s+Wetboek|IOAW|IOAZ|AOW|Wet\s+langdurige\s+zorg|Wlz|Zvw|Zorgverzekeringswet|"
    r"Verordening(?:\s+[A-Za-zë]+){1,4}(?:\s+\d{4})?|Besluit(?:\s+[A-Za-zë]+){1,3}(?:\s+\d{4})?)"
)
_ART_NUM = r"\d+[a-z]?(?:[.:]\d+[a-z]?)*"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "merge_field",
        re.compile(
            r"«[^»\n]{1,60}»|\{\{[^{}\n]{1,60}\}\}|\{[A-Za-z_][\w.]{0,40}\}|<<[^<>\n]{1,60}>>"
            r"|\$\{[^{}\n]{1,60}\}|\[[A-Z][A-Z0-9 _\-]{1,40}\]|\bMERGEFIELD\s+[\w\-]+(?:\.[\w\-]+)*"
        ),
    ),
    ("email", re.compile(r"\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b")),
    (
        "url",
        re.compile(
            r"\b(?:https?://|www\.)[^\s<>()\"']+[^\s<>()\"'.,;:!?]"
            r"|\b(?:[a-z0-9\-]+\.)+(?:nl|com|org|net|eu|info)(?:/[^\s<>()\"']*[^\s<>()\"'.,;:!?])?\b(?![@\w])",
            re.IGNORECASE,
        ),
    ),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?(?:\d{4}\s?){2}\d{2}\b")),
    (
        "article",
        re.compile(
            rf"\b(?:[Aa]rtikel(?:en)?|[Aa]rt\.)\s+{_ART_NUM}"
            rf"(?:\s*(?:,|en|tot\s+en\s+met|t/m)\s*{_ART_NUM})*"
            r"(?:,?\s+(?:lid|leden|onder|sub|aanhef\s+en\s+onder)\s+[\w]{1,4}(?:\s*(?:,|en)\s*[\w]{1,3})*)*"
            rf"(?:,?\s+(?:van\s+(?:de|het)\s+)?{_LAW})?"
        ),
    ),
    (
        "amount",
        re.compile(
            r"(?:€|EUR|euro)\s?-?\d{1,3}(?:\.\d{3})*(?:,(?:\d{1,2}|-{1,2}))?(?!\d)"
            r"|\b\d{1,3}(?:\.\d{3})*(?:,\d{2})?\s?(?:euro|EUR)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "period",
        re.compile(
            rf"\b(?:van|vanaf)\s+{_DATE_CORE}\s+(?:tot\s+en\s+met|t/m|tot)\s+{_DATE_CORE}"
            rf"|\b{_DATE_CORE}\s+(?:tot\s+en\s+met|t/m)\s+{_DATE_CORE}"
            rf"|\b(?:binnen|uiterlijk|na|over|gedurende|maximaal|minimaal|voor\s+de\s+duur\s+van)\s+"
            rf"{_NUM}\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand|jaar|jaren)"
            r"(?:\s+(?:na|vanaf|voor|vóór)\s+(?:de\s+)?(?:datum|dagtekening|verzending|ontvangst|"
            r"bekendmaking)(?:\s+van\s+(?:deze|dit|de|het)\s+(?:brief|besluit|beschikking))?)?"
            rf"|\b{_NUM}\s+(?:werk)?(?:dagen|weken|maanden)\s+(?:na|vanaf)\s+(?:de\s+)?"
            r"(?:datum|dagtekening|verzending|ontvangst|bekendmaking)"
            r"(?:\s+van\s+(?:deze|dit|de|het)\s+(?:brief|besluit|beschikking))?",
            re.IGNORECASE,
        ),
    ),
    ("date", re.compile(rf"\b{_DATE_CORE}(?!\d)", re.IGNORECASE)),
    (
        "time",
        re.compile(
            r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:uur|u\b))?(?!\d)"
            r"|\b(?:[01]?\d|2[0-3])\s+uur\b"
        ),
    ),
    (
        "quantity",
        re.compile(
            rf"\b{_NUM}\s+(?:uur|uren|dagdelen|dagdeel|minuten|kwartier|keer|kilometer|km|procent|"
            r"%|nachten|etmalen|consulten|sessies|gesprekken|weken|maanden|dagen)"
            r"(?:\s+per\s+(?:week|maand|dag|jaar|kwartaal|keer|periode|twee\s+weken))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "case_number",
        re.compile(
            r"(?<=[Kk]enmerk:\s)\s*\S+|(?<=[Kk]enmerk\s)\S*\d\S*"
            r"|(?<=nummer:\s)\S*\d\S*|(?<=nummer\s)[A-Z]*\d[\w/\-.]*"
            r"|\b[A-Z]{1,6}[-/]\d{2,}(?:[-/][A-Z0-9]+)+\b|\b[A-Z]{2,6}-?\d{5,}\b"
        ),
    ),
    ("postcode", re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),
    (
        "phone",
        re.compile(
            r"(?:\+31|0031)[\s\-]?(?:\(0\))?[\s\-]?\d(?:[\s\-]?\d){8}(?!\d)"
            r"|\(0\d{2,3}\)[\s\-]?\d(?:[\s\-]?\d){5,6}(?!\d)"
            r"|\b0[89]00[\s\-]?\d(?:[\s\-]?\d){3,6}(?!\d)"
            r"|\b0\d(?:\s?-\s?|[\s\-]?)\d(?:[\s\-]?\d){7}(?!\d)"
            r"|\b0\d{2,3}\s?-\s?\d(?:[\s\-]?\d){5,6}(?!\d)"
            r"|\b14\s?0\d{2,3}\b"
            r"|(?<=[Bb]el\s)(?:112|113)\b|\b113\s+Zelfmoordpreventie|\b112\b(?=\s*\(|\s+bij\s+nood|\.|,)"
        ),
    ),
)

_BSN_LABELLED = re.compile(
    r"(?:BSN|[Bb]urgerservicenummer)\s*:?\s*(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\s\d{3}\s\d{3})"
)
_NINE_DIGITS = re.compile(r"(?<![\d.,\-])\d{9}(?![\d.,])")


def is_valid_bsn(digits: str) -> bool:
    """Return True when nine digits pass the Dutch eleven test (elfproef)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0 and digits != "000000000"


def find_protected(text: str) -> tuple[Protected, ...]:
    """Return protected spans, sorted, with overlaps resolved (earlier kinds win)."""
    found: list[Protected] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            raw = text[start:end]
            stripped = raw.strip()
            if not stripped:
                continue
            start += len(raw) - len(raw.lstrip())
            end = start + len(stripped)
            found.append(Protected(kind, start, end, text[start:end]))
    for m in _BSN_LABELLED.finditer(text):
        found.append(Protected("bsn", m.start(1), m.end(1), m.group(1)))
    for m in _NINE_DIGITS.finditer(text):
        if is_valid_bsn(m.group()):
            found.append(Protected("bsn", m.start(), m.end(), m.group()))
    return _resolve(found)


def _resolve(spans: list[Protected]) -> tuple[Protected, ...]:
    """Keep the longest span where spans overlap (ties: the order of `_PATTERNS`)."""
    order = {kind: i for i, kind in enumerate(KINDS)}
    spans.sort(key=lambda p: (-(p.end - p.start), order.get(p.kind, 99), p.start))
    kept: list[Protected] = []
    for span in spans:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    kept.sort(key=lambda p: p.start)
    return tuple(kept)


def overlaps(start: int, end: int, spans: tuple[Protected, ...]) -> bool:
    """Return True when [start, end) overlaps any protected span."""
    return any(start < p.end and p.start < end for p in spans)
