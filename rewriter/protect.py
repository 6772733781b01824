"""Protected spans: facts in a letter that no rewrite may touch.

Amounts, dates, times, periods and deadlines, quantities with units, case
numbers, BSN, IBAN, postcodes, article references, e-mail addresses, URLs,
phone numbers and merge fields. Detection is pattern based and errs on the
side of protecting too much: a protected span only suppresses findings and
refuses edits, it never changes text.
"""

from __future__ import annotations

import bisect
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from rewriter.lang import nl

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
_MONTH = rf"(?:{nl.alternation('months')[3:-1]}|{nl.alternation('month_abbreviations')}\.?)"
_WEEKDAY = nl.alternation("weekdays")
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
    r"Uitvoeringsbesluit\s+(?:Wmo(?:\s+2015)?|Jeugdwet|Participatiewet)|"
    # A named regulation ends in a capitalised word (the municipality) or a year;
    # without one only the word itself is taken ("van de beleidsregels eenzijdig").
    r"(?:[Vv]erordening|[Bb]eleidsregels?|Besluit)"
    r"(?:(?:\s+[a-zë]+){0,3}(?:\s+[A-Z][\wë\-]+){1,2}(?:\s+\d{4})?|(?:\s+[a-zë]+){0,3}\s+\d{4})?)"
)
# "per maand", "per ouder per dag"
_PER_UNIT = (
    r"(?:maand|week|jaar|kalenderjaar|kwartaal|dag|dagdeel|uur|etmaal|nacht|keer|rit|"
    r"kilometer|km|persoon|kind|ouder|huishouden|stuk|periode|(?:twee|vier)\s+weken)"
)
_PER = rf"(?:\s+per\s+{_PER_UNIT}(?!\w)){{0,2}}"
_DURATION = r"(?:(?:werk|les|kalender)?(?:dagen|dag|weken|week)|maanden|maand|jaren|jaar|uur|uren)"
# what a deadline counts from: "na de datum van deze brief", "na ontvangst". The old words
# "dagtekening" and "aanvang" stay outside, like "met ingang van": they are wording a rewrite
# may change ("binnen zes weken | na dagtekening van deze brief" -> "na de datum van deze
# brief"); the fact is the duration, which stays protected.
_ANCHOR = (
    r"\s+(?:(?:na|vanaf|voor|vóór)\s+(?:de\s+|het\s+)?(?:datum|verzending|ontvangst|"
    r"bekendmaking|einddatum|ingangsdatum|afloop)"
    r"(?:\s+van\s+(?:deze|dit|de|het|uw)\s+(?:brief|besluit|beschikking|gesprek|afspraak|"
    r"indicatie|toekenning))?"
    # 'uiterlijk 24 uur voorafgaand aan de afspraak', 'twee dagen voor het gesprek'
    r"|(?:voorafgaand(?:e)?\s+aan|voor|vóór)\s+(?:de|het|uw)\s+"
    r"(?:afspraak|gesprek|intake|"
    r"zitting|hoorzitting|bijeenkomst|bezoek))"
)
_BEFOREHAND = r"(?:\s+van\s+tevoren)?"
_QTY_UNIT = (
    r"(?:uur|uren|lesuren|dagdelen|dagdeel|minuten|minuut|kwartier|keer|kilometer|km|meter|m|"
    r"procent|%|nachten|etmalen|consulten|sessies|gesprekken|(?:les|werk)?(?:weken|dagen)|"
    r"maanden|jaar|jaren)"
)
# decimal comma only: "8.30 uur" is a time, "3,5 uur" a quantity
_QNUM = rf"(?:\d+(?:,\d+)?(?![.\d])|{_NUMWORD})"
_QTY = (
    rf"{_QNUM}(?:\s+(?:tot|à|-|–)\s+{_QNUM})?\s?(?:(?:opeenvolgende|aaneengesloten|volle|hele)\s+)?"
    rf"{_QTY_UNIT}(?![\w%]){_PER}"
)
_QTY_PREFIX = (
    r"(?:circa|ca\.|ongeveer|ruim|bijna|maximaal|minimaal|minstens|hooguit|ten\s+minste|"
    r"tenminste|ten\s+hoogste|de\s+afgelopen|de\s+komende|eenmaal\s+per|tweemaal\s+per|"
    r"(?:één|een|\d+)\s+keer\s+per)"
)
_ART_NUM = r"\d+[a-z]?(?:[.:]\d+[a-z]?)*"
_ART_ITEM = r"(?:\d+[a-z]?|[a-z])\b°?"
_ORDINAL = (
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde)"
)

_PLAIN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "merge_field",
        re.compile(
            r"\{\s*MERGEFIELD\s+[^{}\n]{1,80}?\s*\}"
            r"|«[^»\n]{1,60}»|\{\{[^{}\n]{1,60}\}\}|\{[A-Za-z_][\w.]{0,40}\}|<<[^<>\n]{1,60}>>"
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
            rf"(?:,?\s+(?:(?:lid|leden|onder|sub|aanhef\s+en\s+onder)\s+{_ART_ITEM}"
            rf"(?:\s*(?:,|en|of)\s*{_ART_ITEM})*|{_ORDINAL}\s+lid))*"
            rf"(?:,?\s+(?:van\s+(?:de|het)\s+)?{_LAW}"
            # 'artikel 4 van voornoemde verordening': the law named by reference
            r"|\s+van\s+(?:de(?:ze)?|dit|het|voornoemde|bovengenoemde|genoemde|bedoelde)\s+"
            r"(?:verordening|wet|regeling|beleidsregels?|besluit))?"
        ),
    ),
    (
        # the name of a law or regulation on its own ('de Verordening jeugdhulp gemeente
        # Kampen 2025', 'Wet maatschappelijke ondersteuning 2015'): a fact, never reworded
        "article",
        re.compile(
            r"\b(?:Verordening|Beleidsregels?|Nadere\s+regels)(?:\s+[a-zë]+){0,4}"
            r"(?:(?:\s+[A-Z][\wë\-]+){1,2}(?:\s+\d{4})?|\s+\d{4})\b"
            r"|\bWet(?:\s+[a-zë]+){1,4}\s+\d{4}\b|\bWet(?:\s+[a-zë]+){1,4}(?=\s*\()"
            r"|\bAlgemene\s+verordening\s+gegevensbescherming\b"
        ),
    ),
    (
        "amount",
        re.compile(
            r"(?:(?:€|\b(?:EUR|euro))\s?-?\d{1,3}(?:\.\d{3})*(?:,(?:\d{1,2}|-{1,2}))?(?!\d)"
            r"|\b\d{1,3}(?:\.\d{3})*(?:,\d{2})?\s?(?:euro|EUR)\b)"
            rf"{_PER}",
            re.IGNORECASE,
        ),
    ),
    (
        "period",
        re.compile(
            # "met ingang van" stays outside: it is wording a rewrite may change ("vanaf")
            rf"\b(?:(?<!ingang\s)van|vanaf)\s+{_DATE_CORE}\s+(?:tot\s+en\s+met|t/m|tot)\s+"
            rf"{_DATE_CORE}"
            rf"|\b(?:{_DATE_CORE}|{_MONTH})\s+(?:tot\s+en\s+met|t/m)\s+{_DATE_CORE}"
            rf"|\b(?:vanaf|vóór|voor|uiterlijk|in\s+de\s+(?:week|maand)\s+van)"
            rf"\s+{_DATE_CORE}"
            # 'gedurende' and 'voor de duur van' stay outside, like 'met ingang van': wording
            # a rewrite may change ('gedurende zes maanden' -> 'zes maanden', 'voor de duur
            # van een jaar' -> 'voor een jaar'); the duration stays protected (a quantity)
            rf"|\b(?:binnen(?:\s+(?:een|de)\s+termijn\s+van)?|uiterlijk|na|over|"
            r"maximaal|minimaal|ten\s+minste|tenminste|ten\s+hoogste|minstens|hooguit|ongeveer|"
            r"circa|ca\.|de\s+afgelopen|de\s+komende)\s+"
            # a whole word: 'twee weekenden' is no period of 'twee week'
            rf"{_NUM}(?:\s+(?:tot|à|-|–)\s+{_NUM})?\s+{_DURATION}(?![\w-])(?:{_ANCHOR})?"
            rf"{_BEFOREHAND}"
            rf"|\b{_NUM}\s+{_DURATION}(?![\w-])(?:{_ANCHOR}{_BEFOREHAND}|\s+van\s+tevoren)"
            # the duration after 'gedurende' or 'voor de duur van' (the words themselves stay
            # outside, above)
            rf"|(?:(?<=\bgedurende\s)|(?<=\bduur\svan\s)){_NUM}\s+{_DURATION}(?![\w-])"
            r"|\bvoor\s+(?:on)?bepaalde\s+tijd\b",
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
            rf"\b(?:{_QTY_PREFIX}\s+)?{_QTY}(?:\s*(?:,|en|tot|à|-|–)\s+{_QTY})*"
            r"(?:\s+(?:in\s+totaal|van\s+tevoren|of\s+(?:ouder|jonger|meer|minder|langer)))?"
            r"(?![\w%])",
            re.IGNORECASE,
        ),
    ),
    (
        "case_number",
        re.compile(
            r"(?<=[Kk]enmerk:\s)\s*[^\s{«\[<]+|(?<=[Kk]enmerk\s)\S*\d\S*"
            r"|(?<=nummer:\s)\S*\d\S*|(?<=nummer\s)[A-Z]*\d[\w/\-.]*"
            r"|(?<=[Pp]roductcode\s)[A-Z0-9]*\d[A-Z0-9]*|(?<=[Pp]roductcode:\s)[A-Z0-9]*\d[A-Z0-9]*"
            r"|\b[A-Z]{1,6}[-/]\d{2,}(?:[-/][A-Z0-9]+)+\b|\b[A-Z]{2,6}-?\d{5,}\b"
        ),
    ),
    ("postcode", re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),
    (
        "phone",
        re.compile(
            r"(?:(?:\+31|0031)[\s\-]?(?:\(0\))?[\s\-]?\d(?:[\s\-]?\d){8}(?!\d)"
            r"|\(0\d{2,3}\)[\s\-]?\d(?:[\s\-]?\d){5,6}(?!\d)"
            r"|\b0[89]00[\s\-]?\d(?:[\s\-]?\d){3,6}(?!\d)"
            r"|\b0\d(?:\s?-\s?|[\s\-]?)\d(?:[\s\-]?\d){7}(?!\d)"
            r"|\b0\d{2,3}\s?-\s?\d(?:[\s\-]?\d){5,6}(?!\d)"
            r"|\b14\s?0\d{2,3}\b"
            # '0599.12.34.56', '050.123.45.67', '0599.32 04 18': a dot after the area code,
            # dots or spaces between the groups (ten digits)
            r"|\b(?=(?:\d[.\s]?){9}\d(?!\d))0\d{1,3}\.\s?\d{2,4}(?:[.\s]\d{2,4}){1,3}(?![\d.]\d)"
            r"|(?<=[Bb]el\s)(?:112|113)\b|(?<=:\s)(?:112|113)\b(?=\s*$|\s*\n|\.)|\b113\s+Zelfmoordpreventie|\b112\b(?=\s*\(|\s+bij\s+nood|\.|,))"
            # '0572-34 77 99, toestel 2314': the extension belongs to the number
            rf"(?:,?\s(?:{nl.pattern('phone_extensions')})\s?\d{{2,5}}\b)?"
        ),
    ),
)

_PLAIN_BSN_LABELLED = re.compile(
    r"(?:BSN|[Bb]urgerservicenummer)\s*:?\s*(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\s\d{3}\s\d{3})"
)
_PLAIN_NINE_DIGITS = re.compile(r"(?<![\d.,\-])\d{9}(?!\d|[.,\-]\d)")
# The number of a count of things: "twee" in "twee kamers", "11" in "11 schuldeisers".
# Only the number is protected; the noun stays open to rewrites ("twee beschikkingen"
# -> "twee besluiten"). Weaker than every other pattern: kept only where nothing else is.
_COUNT_WORD = (
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"twintig|dertig|veertig|vijftig|honderd)"
)
_NOT_COUNTED = (
    r"(?:zijn|hebben|worden|kunnen|moeten|zullen|willen|mogen|hoeven|laten|gaan|staan|komen|"
    r"doen|maken|geven|nemen|krijgen|ontvangen|betalen|waren|tussen|tegen|binnen|buiten|boven|"
    r"beneden|volgens|sinds|tijdens|eens|alles|niets|samen|alleen|geleden|rechts|links|open)"
)
_PLAIN_COUNT = re.compile(
    rf"(?<![\w.,:/\-])(?:\d{{1,3}}(?![\d.,:/\-])|(?i:{_COUNT_WORD}))(?=[ \t]+"
    r"(?:(?:opeenvolgende|aaneengesloten|verschillende|andere|nieuwe|losse)[ \t]+)?"
    rf"(?!{_NOT_COUNTED}\b)[a-zà-ÿ][a-zà-ÿ\-]{{2,}}(?:en|s)\b)"
)


class _NoFirstSet(Exception):
    """A pattern whose possible first characters `_first_chars` does not work out."""


def _first_chars(items: Any, ignore_case: bool = False) -> tuple[set[tuple[str, bool]], bool]:
    """(what a match of the parsed sequence `items` can begin with: regex class items, each
    with whether it stands in a case-blind group; whether it can match the empty string).
    Zero-width parts (\\b, look-arounds) add nothing. Raises _NoFirstSet for anything it
    does not follow."""
    out: set[tuple[str, bool]] = set()
    for op, av in items:
        chars, nullable = _first_of(op, av, ignore_case)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, ignore_case: bool) -> tuple[set[tuple[str, bool]], bool]:
    if op is _sre.LITERAL:
        return {(re.escape(chr(av)), ignore_case)}, False
    if op is _sre.IN:
        out: set[tuple[str, bool]] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                out.add((re.escape(chr(value)), ignore_case))
            elif kind is _sre.RANGE:
                low, high = re.escape(chr(value[0])), re.escape(chr(value[1]))
                out.add((f"{low}-{high}", ignore_case))
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                out.add((r"\d", False))
            else:
                raise _NoFirstSet(kind)
        return out, False
    if op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
        return {(r"\d", False)}, False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if del_flags & re.IGNORECASE:
            raise _NoFirstSet(op)
        return _first_chars(sub, ignore_case or bool(add_flags & re.IGNORECASE))
    if op is _sre.BRANCH:
        out, nullable = set(), False
        for branch in av[1]:
            chars, empty = _first_chars(branch, ignore_case)
            out, nullable = out | chars, nullable or empty
        return out, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, sub = av
        chars, nullable = _first_chars(sub, ignore_case)
        return chars, nullable or low == 0
    raise _NoFirstSet(op)


def _quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a look-ahead for the characters a match of it can begin with:
    the same matches, found faster (Python's regex engine tries every alternative at
    every word start; the look-ahead turns most positions away with one class test).
    The look-ahead has the pattern's flags, and a case-blind group's first characters
    are tested case-blind. A pattern whose first characters are not worked out (a negated
    class, \\w, any character) or that can match the empty string is returned as it is;
    so is one that can begin with any letter (a look-ahead would cost more than it saves)."""
    try:
        chars, nullable = _first_chars(_sre_parse.parse(pattern.pattern, pattern.flags))
    except _NoFirstSet:
        return pattern
    if nullable or not chars or any(c in ("a-z", "A-Z") for c, _ in chars):
        return pattern
    plain = "".join(sorted(c for c, blind in chars if not blind))
    blind = "".join(sorted(c for c, blind in chars if blind))
    ahead = "|".join(([f"[{plain}]"] if plain else []) + ([f"(?i:[{blind}])"] if blind else []))
    return re.compile(f"(?={ahead})(?:{pattern.pattern})", pattern.flags)


# tests/test_protect.py checks that each gives the matches of its plain pattern
_PATTERNS = tuple((kind, _quick(pattern)) for kind, pattern in _PLAIN_PATTERNS)
_BSN_LABELLED = _quick(_PLAIN_BSN_LABELLED)
_NINE_DIGITS = _quick(_PLAIN_NINE_DIGITS)
_COUNT = _quick(_PLAIN_COUNT)


def is_valid_bsn(digits: str) -> bool:
    """Return True when nine digits pass the Dutch eleven test (elfproef)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0 and digits != "000000000"


def may_hold_spaced(text: str, kinds: Iterable[str]) -> bool:
    """False when no span of `kinds` in `find_protected(text)` can hold a space: each such
    span is a match of its kind's pattern (stripped), so when no match has a space inside,
    none of them does. A cheap test before the whole search (`render.keep_together`)."""
    wanted = set(kinds)
    for kind, pattern in _PATTERNS:
        if kind in wanted:
            for m in pattern.finditer(text):
                if " " in m.group().strip():
                    return True
    return False


def find_protected(text: str) -> tuple[Protected, ...]:
    """Return protected spans, sorted, with overlaps resolved (longest, then earlier kinds win).

    The number of a count ("twee" in "twee kamers") is added last, only where no other
    span lies; wording a rewrite may change ("met ingang van", the counted noun) is left out.
    """
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
    kept = _resolve(found)
    index = SpanIndex(kept)
    counts = [
        Protected("quantity", m.start(), m.end(), m.group())
        for m in _COUNT.finditer(text)
        if not index.overlaps(m.start(), m.end())
    ]
    return tuple(sorted(kept + _resolve(counts), key=lambda p: p.start))


def _resolve(spans: list[Protected]) -> tuple[Protected, ...]:
    """Keep the longest span where spans overlap (ties: the order of `_PATTERNS`)."""
    order = {kind: i for i, kind in enumerate(KINDS)}
    spans.sort(key=lambda p: (-(p.end - p.start), order.get(p.kind, 99), p.start))
    kept = SpanIndex()
    for span in spans:
        if not kept.overlaps(span.start, span.end):
            kept.add(span)
    return kept.spans()


def overlaps(start: int, end: int, spans: tuple[Protected, ...]) -> bool:
    """Return True when [start, end) overlaps any protected span."""
    return any(start < p.end and p.start < end for p in spans)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class SpanIndex(Generic[S]):
    """Spans that do not overlap each other (anything with `start` and `end`), kept
    sorted: an overlap test in O(log n) instead of a scan over all spans.

    Sorted by (start, end), such spans are sorted by end too, so the only
    candidate for overlapping [start, end) is the first span that ends after
    `start`. An empty query [x, x) overlaps a span that holds x strictly inside.
    """

    __slots__ = ("_ends", "_keys", "_spans")

    def __init__(self, spans: Iterable[S] = ()) -> None:
        self._spans: list[S] = []
        self._keys: list[tuple[int, int]] = []
        self._ends: list[int] = []
        for span in sorted(spans, key=lambda p: (p.start, p.end)):
            self.add(span)

    def find(self, start: int, end: int) -> S | None:
        """Return the span that overlaps [start, end), if any."""
        i = bisect.bisect_right(self._ends, start)
        if i < len(self._spans) and self._keys[i][0] < end:
            return self._spans[i]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Return True when [start, end) overlaps a span in the index."""
        return self.find(start, end) is not None

    def add(self, span: S) -> None:
        """Add a span that overlaps none in the index (the caller checks)."""
        key = (span.start, span.end)
        i = bisect.bisect_left(self._keys, key)
        self._spans.insert(i, span)
        self._keys.insert(i, key)
        self._ends.insert(i, span.end)

    def spans(self) -> tuple[S, ...]:
        """The spans, sorted by start."""
        return tuple(self._spans)


class Coverage(Generic[S]):
    """Spans that may overlap each other, over a text of known length: which span
    covers a position. Marking costs the span's length; a test costs the query's
    length at C speed (bytearray.find) instead of a scan over all spans.
    """

    __slots__ = ("_inner", "_length", "_mask", "_owner")

    def __init__(self, length: int, spans: Iterable[S] = ()) -> None:
        self._length = length
        self._mask = bytearray(length + 1)  # 1 where a character lies inside a span
        self._owner: list[S | None] = [None] * (length + 1)
        self._inner: list[S | None] = [None] * (length + 1)  # insertion points strictly inside
        for span in spans:
            self.add(span)

    def add(self, span: S) -> None:
        """Mark the characters of `span`."""
        start, end = max(0, span.start), min(self._length, span.end)
        if end <= start:
            return
        self._mask[start:end] = b"\x01" * (end - start)
        self._owner[start:end] = [span] * (end - start)
        self._inner[start + 1 : end] = [span] * (end - start - 1)

    def find(self, start: int, end: int) -> S | None:
        """Return a span that overlaps [start, end); for an empty range, one holding
        `start` strictly inside."""
        if start == end:
            return self._inner[start] if 0 <= start <= self._length else None
        i = self._mask.find(1, max(0, start), max(0, min(end, self._length)))
        return self._owner[i] if i != -1 else None

    def covers(self, position: int) -> bool:
        """Return True when the character at `position` lies inside a span."""
        return 0 <= position < self._length and self._mask[position] == 1
