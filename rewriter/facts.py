"""The fact guard: the facts of the original letter must survive every rewrite.

Facts are the protected spans (amounts, dates, times, periods, quantities,
case numbers, BSN, IBAN, postcodes, article references, e-mail addresses,
URLs, phone numbers, merge fields), deadlines (a period that sets a limit:
"uiterlijk twee werkdagen van tevoren", "binnen zes weken", "vóór 1 mei"; the
deadline of an instruction is its fact), crisis lines (112, 113, Veilig Thuis,
Crisisdienst, Huisartsenpost, Kindertelefoon ..., the label with its number),
names of people and organisations, and the objection route with its term.

`touches_fact` lets `suggest.apply` refuse an edit that overlaps a fact
occurrence. `compare_facts` is THE fact guard for any produced text (rule
based, model based, a rendered PDF/DOCX/HTML text layer, a colleague's or a
chatbot's rewrite): it reports the missing, added and changed facts. It
compares meaning, not characters: "1 april 2026" = "1-4-2026" = "1 april" in
a letter of 2026, "€ 1.250,00" = "€ 1250", "zes weken" = "6 weken", a name
with or without title or initials, any whitespace, line breaks and
end-of-line hyphenation. Dates, amounts and times are also counted: one the
new text states fewer times is missing once, and an extra place of a value is
reported only as the 'after' of a change. `missing_facts` (used by
`rewrite.guard_text`) is a view of the same comparison; `OriginalFacts`
prepares the original once for several comparisons.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rewriter.lang import nl
from rewriter.protect import Coverage, Protected, find_protected

_NAME_PARTICLES = (
    r"(?:(?:van|de|der|den|te|ten|ter|el|al|la|le|von|da|dos|op|in[ \t]+'t|'t)[ \t]+)*"
)
# after a title without initials the first particle has a capital ('mevrouw Van Houten')
_NAME_PARTICLES_AFTER_TITLE = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]e|[Tt]en|[Tt]er|el|al|la|le|von|da|dos|op|in[ \t]+'t|'t)[ \t]+)*"
_UP = "[A-ZÀ-ÖØ-ÞĀ-ŽİŞĞ]"
_SURNAME = rf"{_UP}[^\W\d_]+(?:-{_UP}[^\W\d_]+)*"
_TITLE = r"(?:(?:[Dd]e[ \t]+)?heer[ \t]+en[ \t]+mevrouw|[Dd]e[ \t]+heer|heer|[Mm]evrouw|[Mm]eneer|mw\.|mevr\.|dhr\.|hr\.|juffrouw|dokter|dr\.|mr\.|ir\.|drs\.)"
_INITIALS = r"(?:[A-Z]\.[ \t]?){1,4}"
_ORG_HEAD_WORDS = (  # words that start an organisation's or a team's name, never a surname
    r"(?:Team|Afdeling|Bureau|Loket|Gemeente|Stichting|Wijkteam|Buurtteam|Jeugdteam|Sociaal|"
    r"Centrum|Humanitas|Schuldhulpmaatje|Praktijk|Zorggroep|Woningcorporatie|Woonstichting|"
    r"Kredietbank|Vereniging|UWV|SVB|CAK|GGD|MEE|Belastingdienst|Rechtbank)"
)
# 'mevrouw Esther van Rijn': a first name, then particles and the surname; not 'mevrouw
# Smit van Team Inkomen', 'de heer Bos van Stap Verder' or 'mevrouw Smit van Humanitas'
_FIRST_NAME_SURNAME = (
    rf"[ \t]+(?:van|de|der|den|ten|ter|te)[ \t]+(?:(?:de|der|den)[ \t]+)?"
    rf"(?!{_ORG_HEAD_WORDS}\b){_SURNAME}(?![ \t]+{_UP})(?![\w-])"
)
PERSON = re.compile(
    rf"\b{_TITLE}[ \t]+(?:{_INITIALS}[ \t]*)?{_NAME_PARTICLES_AFTER_TITLE}{_SURNAME}"
    rf"(?:{_FIRST_NAME_SURNAME}|[ \t]+{_SURNAME})?"
    rf"|(?<![\w.]){_INITIALS}[ \t]*{_NAME_PARTICLES}{_SURNAME}"
    rf"|\b(?:[Vv]an|[Dd]e|[Ee]l)[ \t]+{_NAME_PARTICLES}{_SURNAME}-{_SURNAME}"
)
_ORG_HEAD = (
    r"(?:Gemeente|Stichting|Zorggroep|Rechtbank|Raad[ \t]+voor[ \t]+de[ \t]+Kinderbescherming|"
    r"Veilig[ \t]+Thuis|Sociale[ \t]+Verzekeringsbank|Centraal[ \t]+Administratie[ \t]+Kantoor|Wijkteam|"
    r"Buurtteam|Jeugdteam|Sociaal[ \t]+Team|Centrum[ \t]+voor[ \t]+Jeugd[ \t]+en[ \t]+Gezin|GGD|UWV|SVB|CAK|"
    r"Belastingdienst|Woningcorporatie|Woonstichting|Begeleidingsdienst|Huishoudservice|"
    r"Thuiszorg|Thuiszorgorganisatie|Jeugdbescherming|Kredietbank|Regiotaxi|Hulpmiddelencentrum|"
    r"Ergotherapie|Installatiebedrijf|Vereniging|Praktijk|Centrale[ \t]+Raad[ \t]+van[ \t]+Beroep|"
    r"Nationale[ \t]+ombudsman|Sociaal[ \t]+Wijkteam|Plangroep|Humanitas|Schuldhulpmaatje|Leger[ \t]+des[ \t]+Heils)"
)
# a line of capitals, spaces and hyphens only: a heading written in capitals
_CAPITALS_LINE = re.compile(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,}[A-ZÀ-Þ]\s*")
_ORG = re.compile(
    rf"\b{_ORG_HEAD}(?:[ \t]+(?:[A-Z][\w'’&.-]*|&|en|de|van|het|voor|aan|op)(?=[\s,.;:)]|$))*"
)
_ORG_SUFFIX = re.compile(
    r"\b(?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]*(?:zorg|groep|dienst|centrum|advies|service|team|"
    r"bedrijf|begeleiding|wonen|support|coaching)\b(?:[ \t]+[A-Z][\w'’-]+){0,3}"
)
_OBJECTION = re.compile(
    r"\b(bezwaar|beroep|bezwaarschrift|bezwaarbrief)\b[^\n]{0,400}?(binnen\s+\S+\s+(?:weken|dagen)|\d+\s+weken|"
    r"zes\s+weken|\btermijn)|(binnen\s+\S+\s+weken)[^\n]{0,300}?"
    r"\b(bezwaar|beroep|bezwaarschrift|bezwaarbrief)\b",
    re.IGNORECASE,
)


# a name never runs over a tab: in a table row ('Waarvoor<tab>Wie<tab>Telefoon') it ends
# at the cell (a cell of one common word is a column heading, `_proper_nouns`)
_PROPER = re.compile(
    rf"(?<![\w@/.]){_UP}[\w'’.&-]*"
    rf"(?:(?: +(?:van|de|der|den|el|al|ten|ter|en|&|aan|het|voor|a|op))* +{_UP}[\w'’.-]*)*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[-•*]\s+|\(\s*)$")


@functools.lru_cache(maxsize=65536)
def _is_known_word(word: str) -> bool:
    """Return True for a dictionary word or a transparent compound (not a name)."""
    from rewriter.analysers.style import is_transparent_compound
    from rewriter.dutch import singular_candidates
    from rewriter.nlp import load_resources

    lem = load_resources().lemmatizer
    forms = lem.loose_lemmas(word) | singular_candidates(word) | {word}
    nouns = lem.index["noun"]
    for f in forms:
        if (
            f in nouns
            or f in lem.index["verb"]
            or f in lem.index["adj"]
            or is_transparent_compound(f)
        ):
            return True
        # a compound whose head is a dictionary noun of 5+ letters: jeugdhulp|aanbieder
        if any(f[cut:] in nouns for cut in range(3, len(f) - 4)):
            return True
    return False


_HEADING_NUMBER = re.compile(rf"(?i)\s*(?:{nl.pattern('heading_numbers')})\s+")


def _proper_nouns(text: str) -> list[tuple[int, int]]:
    """Capitalised word runs that are names, not sentence-initial common words."""
    from rewriter.scoring import zipf_frequency

    out = []
    for m in _PROPER.finditer(text):
        value = m.group().rstrip(".-")
        mstart = m.start()
        if _postscript_mark(text, mstart):  # 'P.S. Ontvangt u ...': a sentence follows
            mark = _NOTE_MARK.match(text, mstart)
            value, mstart = value[mark.end() - mstart :], mark.end()
            if not value:
                continue
        words = value.split()
        at_start = bool(_SENTENCE_START.search(text[max(0, mstart - 3) : mstart]))
        if at_start:
            first = words[0].lower()
            if zipf_frequency(first) >= 3.0 or first.isdigit() or _is_known_word(first):
                words = words[1:]  # a common word that starts a sentence
                if not words or not words[0][:1].isupper():
                    continue
                start = text.index(words[0], mstart)
            else:
                start = mstart
        else:
            start = mstart
        end = (
            start + len(" ".join(words))
            if " ".join(words) == text[start : start + len(" ".join(words))]
            else mstart + len(value)
        )
        shouted = False  # 'WAT MOET U DOEN': a heading in capitals, not a name ('JAN DE VRIES')
        if value.isupper() and " " in value:
            zipfs = [zipf_frequency(w.lower()) for w in value.split()]
            particles = set(nl.words("name_particles"))
            common = [  # frequent words that are no name particle ('GEEN BEZWAAR MOGELIJK')
                z
                for w, z in zip(value.split(), zipfs, strict=True)
                if w.lower() not in particles and z >= 5.0
            ]
            shouted = min(zipfs) >= 3.0 and (
                sum(z >= 5.5 for z in zipfs) >= 2 or (len(common) >= 2 and max(common) >= 5.5)
            )
        if len(words) == 1 and _HEADING_NUMBER.fullmatch(
            text[text.rfind("\n", 0, start) + 1 : start]
        ):
            after = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
            first = words[0].lower()
            if not after.strip() and (zipf_frequency(first) >= 2.0 or _is_known_word(first)):
                continue  # 'Artikel 5 Rechtsmiddelen': a numbered heading's title, no name
        if len(words) == 1 and text[max(0, start - 1) : start] == "\t":
            first = words[0].lower()
            if zipf_frequency(first) >= 3.0 or _is_known_word(first):
                continue  # 'Wie', 'Telefoon': a table's column heading, no name
        if words and not shouted and not all(w.isupper() and len(w) <= 1 for w in words):
            out.append((start, end))
    return out


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact occurrence in the original text."""

    kind: str
    start: int
    end: int
    text: str


def _one_sentence(value: str) -> str:
    """Cut a name at a sentence end: 'Stichting Wijkracht. Derhalve' -> 'Stichting Wijkracht.'"""
    m = _SENTENCE_CUT.search(value)
    return value[: m.start() + 3] if m else value


_SENTENCE_CUT = re.compile(r"[a-zà-ÿ]{2}\.\s+[A-Z]")


_CONNECTORS = {"en", "de", "van", "het", "voor", "aan", "op", "&"}


def _strip_connectors(value: str) -> str:
    words = value.split(" ")
    while len(words) > 1 and words[-1] in _CONNECTORS:
        words.pop()
    return " ".join(words)


def extract_facts(text: str, protected: Iterable[Protected] | None = None) -> tuple[Fact, ...]:
    """Return every fact occurrence: protected spans, people, organisations.

    `protected` may pass the text's protected spans when they are known already
    (a Letter has them), to save finding them again.
    """
    spans = find_protected(text) if protected is None else protected
    facts = [Fact(_fact_kind(p.kind, p.text), p.start, p.end, p.text) for p in spans]
    covered = Coverage(len(text), facts)

    def add(fact: Fact) -> None:
        facts.append(fact)
        covered.add(fact)

    for kind, pattern in (("organisation", _ORG), ("organisation", _ORG_SUFFIX), ("name", PERSON)):
        for m in pattern.finditer(text):
            if kind == "name" and _postscript_mark(text, m.start()):
                continue  # 'P.S. Ontvangt u al huurtoeslag?' is no person 'P.S. Ontvangt'
            value = _strip_connectors(_one_sentence(m.group()).rstrip(" .,;:"))
            if len(value) >= 3 and not covered.covers(m.start()):
                add(Fact(kind, m.start(), m.start() + len(value), value))
    for start, end in _proper_nouns(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if _CAPITALS_LINE.fullmatch(text[line_start : line_end if line_end >= 0 else None]):
            continue  # 'BEZWAAR EN VOORLOPIGE VOORZIENING': a heading in capitals, no name
        end = start + len(_one_sentence(text[start:end]).rstrip(". "))
        if end - start >= 2 and covered.find(start, end) is None:
            add(Fact("name", start, end, text[start:end]))
    facts.extend(_crisis_lines(text, facts))
    facts.sort(key=lambda f: (f.start, -f.end))
    return tuple(facts)


_NOTE_MARK = re.compile(nl.note_mark() + r"[ \t]+")  # 'P.S. ', 'N.B. ' (capitals only)


def _postscript_mark(text: str, start: int) -> bool:
    """'P.S.' or 'N.B.' that opens a line of at least four words: a postscript, not the
    initials of a person ('P.S. Jansen' alone on a line stays a name)."""
    mark = _NOTE_MARK.match(text, start)
    if not mark or text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    line_end = text.find("\n", start)
    rest = text[mark.end() : line_end if line_end >= 0 else len(text)]
    return len(rest.split()) >= 4


_DEADLINE = re.compile(r"^(?:uiterlijk|binnen|vóór|voor)\b|\bvan\s+tevoren$", re.IGNORECASE)


def _fact_kind(kind: str, text: str) -> str:
    """A period that sets a limit is a deadline ("uiterlijk 48 uur", "binnen zes weken")."""
    if kind == "period" and _DEADLINE.search(text):
        return "deadline"
    return kind


# Crisis and emergency lines: the label is part of the fact ("Veilig Thuis 0800-2000").
_CRISIS_LABEL = re.compile(
    r"\b(?:Veilig\s+Thuis|Crisisdienst(?:\s+(?:Jeugd|GGZ|Volwassenen|Jeugd\s+en\s+Gezin))?|"
    r"(?:De\s+)?Kindertelefoon|Huisartsenpost|Huisartsendienst|Zelfmoordpreventie|"
    r"(?:De\s+)?Luisterlijn|Slachtofferhulp(?:\s+Nederland)?|Spoedeisende\s+hulp|alarmnummer|"
    r"Sensoor|Korrelatie|Meldpunt\s+Zorg\s+en\s+Overlast)\b",
    re.IGNORECASE,
)
# 112 and 113 in an emergency context ("bel 112", "113 Zelfmoordpreventie", "113 of 0800-0113")
_CRISIS_NUMBER = re.compile(r"(?<![\w.,/€-])(?:112|113)(?![\w]|[.,]\d)")
_CRISIS_CONTEXT = re.compile(
    r"\b(?:bel|belt|nood|noodgeval|noodsituatie|spoed|gevaar|levensgevaar|direct|meteen|"
    r"alarm|zelfmoord|suïcide|zelfmoordpreventie|politie|ambulance|brandweer|of)\b",
    re.IGNORECASE,
)


def crisis_label(label: str) -> str:
    """The canonical name of a crisis line: 'de Kindertelefoon' -> 'kindertelefoon'."""
    words = label.lower().split()
    if words and words[0] == "de":
        words = words[1:]
    return " ".join(words)


def _crisis_lines(text: str, facts: list[Fact]) -> list[Fact]:
    """Crisis lines: a label with the phone number that follows it in the same sentence."""
    phones = [f for f in facts if f.kind == "phone"]
    out: list[Fact] = []
    for m in _CRISIS_LABEL.finditer(text):
        end = _sentence_end(text, m.end())
        phone = next((p for p in phones if m.end() <= p.start < min(end, m.end() + 80)), None)
        stop = phone.end if phone else m.end()
        out.append(Fact("crisis_line", m.start(), stop, text[m.start() : stop]))
    for m in _CRISIS_NUMBER.finditer(text):
        start = _sentence_start(text, m.start())
        context = text[start : _sentence_end(text, m.end())]
        inside = any(f.start <= m.start() < f.end and f.kind != "phone" for f in facts)
        known = any(c.start <= m.start() < c.end for c in out)
        if not inside and not known and _CRISIS_CONTEXT.search(context):
            out.append(Fact("crisis_line", m.start(), m.end(), m.group()))
    return out


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?](?:\s|$)|\n\s*\n").search(text, pos)
    return m.start() if m else len(text)


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), text.rfind("? ", 0, pos))
    return cut + 1 if cut >= 0 else 0


def has_objection_route(text: str) -> bool:
    """Return True when the letter says how to object or appeal, with a term."""
    return bool(_OBJECTION.search(text))


def objection_span(text: str) -> tuple[int, int]:
    """Return the paragraph that holds the objection route, or (0, 0)."""
    m = _OBJECTION.search(text)
    if not m:
        return (0, 0)
    start = text.rfind("\n\n", 0, m.start())
    end = text.find("\n\n", m.end())
    return (0 if start == -1 else start + 2, len(text) if end == -1 else end)


def missing_facts(
    facts: Iterable[Fact],
    new_text: str,
    original_text: str | OriginalFacts = "",
    new_facts: Iterable[Fact] | None = None,
) -> list[str]:
    """Return the facts (their original text) that `new_text` lost or changed.

    A view of `compare_facts` for callers that only need what is gone: the
    missing facts and the 'before' side of every changed one, in text order,
    then 'bezwaarroute' when the objection route disappeared.
    """
    diff = compare_facts(original_text, new_text, facts=facts, new_facts=new_facts)
    lost = sorted(
        [f for f in diff.missing if f.kind != "objection_route"] + [b for b, _ in diff.changed],
        key=lambda f: f.start,
    )
    out = list(dict.fromkeys(f.text for f in lost))
    if any(f.kind == "objection_route" for f in diff.missing):
        out.append("bezwaarroute")
    return out


def fact_list(facts: Iterable[Fact]) -> list[str]:
    """Return the distinct fact strings in order of first appearance."""
    seen: dict[str, None] = {}
    for f in facts:
        seen.setdefault(f.text, None)
    return list(seen)


def touches_fact(start: int, end: int, facts: Iterable[Fact]) -> Fact | None:
    """Return the fact an edit of [start, end) would alter, if any."""
    for f in facts:
        if start == end:
            if f.start < start < f.end:
                return f
        elif start < f.end and f.start < end:
            return f
    return None


# ---------------------------------------------------------------------------
# The comparison: meaning, not characters.

_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90, "honderd": 100, "half": 0.5, "anderhalf": 1.5,
}  # fmt: skip
_UNITS = {k: v for k, v in _NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 9}
_TENS = {k: v for k, v in _NUMBER_WORDS.items() if isinstance(v, int) and v % 10 == 0}
_MONTHS = {
    "jan": 1, "feb": 2, "mrt": 3, "maa": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip


_WHITE = re.compile(r"\s+")
# compiled once: number_value runs some 400 times a letter (re's own cache costs a lookup a call)
_DIGITS_VALUE = re.compile(r"\d+(?:,\d+)?")
_UNITS_AND_TENS = re.compile(r"(\w+?)(?:en|ën)(\w+)")


def number_value(word: str) -> float | None:
    """The value of a number in digits or words: '6' -> 6, 'zes' -> 6, 'tweeëntwintig' -> 22."""
    w = word.lower().strip()
    if _DIGITS_VALUE.fullmatch(w):
        return float(w.replace(",", "."))
    if w in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[w])
    m = _UNITS_AND_TENS.fullmatch(w)
    if m and m.group(1) in _UNITS and m.group(2) in _TENS:
        return float(_UNITS[m.group(1)] + _TENS[m.group(2)])
    return None


def _count_value(token: str) -> float | None:
    """A number as a count: '033' (part of a phone number) is none."""
    if token[:1] == "0" and len(token) > 1 and token[1:2].isdigit():
        return None
    return number_value(token)


_NUM_TOKEN = (
    r"(?:\d+(?:,\d+)?|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
_DURATION_UNIT = {
    "werkdag": "werkdag", "werkdagen": "werkdag", "kalenderdag": "dag", "kalenderdagen": "dag",
    "dag": "dag", "dagen": "dag", "schooldag": "dag", "schooldagen": "dag", "lesdag": "dag",
    "lesdagen": "dag", "week": "week", "weken": "week", "lesweek": "week",
    "lesweken": "week", "maand": "maand", "maanden": "maand", "jaar": "jaar", "jaren": "jaar",
    "uur": "uur", "uren": "uur", "lesuren": "uur", "minuut": "minuut", "minuten": "minuut",
    "kwartier": "kwartier", "dagdeel": "dagdeel", "dagdelen": "dagdeel", "nacht": "nacht",
    "nachten": "nacht", "keer": "keer", "procent": "procent", "%": "procent",
}  # fmt: skip
DURATION_UNITS = frozenset(_DURATION_UNIT)  # 'dagen', 'weken', 'uur', 'keer', '%' ...
_DURATION_RE = re.compile(
    rf"(?<![\w,.:])({_NUM_TOKEN})(?:\s+(?:tot|à|-|–)\s+({_NUM_TOKEN}))?\s*"
    r"(?:(?:extra|volle|hele|opeenvolgende|aaneengesloten)\s+)?"
    r"(werkdagen|werkdag|kalenderdagen|kalenderdag|dagen|dag|weken|week|lesweken|lesweek|"
    r"maanden|maand|jaren|jaar|uren|uur|lesuren|minuten|minuut|kwartier|dagdelen|dagdeel|"
    r"nachten|nacht|keer|procent|%)(?![\w%])",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(r"(?<![\d.,])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d])")
_DATE_ISO = re.compile(r"(?<![\d.,])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_ALT = nl.alternation("months")[3:-1]
_DATE_WORDS = re.compile(
    rf"(?<![\w])(\d{{1,2}})\s+({_MONTH_ALT}|{nl.alternation('month_abbreviations')[3:-1]})\.?"
    r"(?:\s+(\d{4}))?(?!\w)",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    rf"(?<![\d\w]\s)(?<!\d)\b({_MONTH_ALT})\s+(\d{{4}})\b",
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"(?<![\d.,:])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])|(?<![\d.,])([01]?\d|2[0-3])\s+uur\b"
)
_AMOUNT_RE = re.compile(
    r"(?:€|\bEUR\b|\beuro\b)\s?(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d{1,2}|-{1,2}))?(?!\d)"
    r"|(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?\s?(?:euro|EUR)\b",
    re.IGNORECASE,
)
_PER_RE = re.compile(
    r"^\s*(?:per|elke|iedere|in\s+de|een|per\s+één)\s+(maand|week|jaar|kwartaal|dag|uur|keer|"
    r"rit|kilometer|km|persoon|kind|ouder|huishouden|nacht|etmaal|dagdeel|periode|vier\s+weken|"
    r"twee\s+weken)\b",
    re.IGNORECASE,
)
_NAME_TITLE = re.compile(
    r"^(?:(?:de\s+)?heer\s+en\s+mevrouw|de\s+heer|heer|mevrouw|meneer|mw\.|mevr\.|dhr\.|hr\.|"
    r"juffrouw|dokter|dr\.|mr\.|ir\.|drs\.)\s+",
    re.IGNORECASE,
)
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s?)+\s*")
_HYPHEN_BREAK = re.compile(r"([a-zà-ÿ])-[ \t]*\n[ \t]*([a-zà-ÿ])")
# a line broken after a real hyphen: a layout hyphenates only lower-case words, so a
# hyphen next to a capital or a digit stays ('WMO-\nAMF-2025' is 'WMO-AMF-2025')
_HARD_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=\w)")
# a URL broken after a slash, dot or hyphen ('www.cak.nl/\nrekenhulp')
_URL_BREAK = re.compile(r"((?:https?://|www\.)[^\s]*[/?&=_-])[ \t]*\n[ \t]*(?=\w)")
# a line broken after the slash of a reference or a name ('BU/WMO/\n2026/2954',
# 'Belastingdienst/\nToeslagen'): a layout breaks there, a writer never does
_SLASH_BREAK = re.compile(r"(\w/)[ \t]*\n[ \t]*(?=\w)")
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")


_INNER_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])")


def normalise_layout(text: str) -> str:
    """Undo what a layout does to text: end-of-line hyphenation, a break after a slash,
    odd spaces, CR.

    The text layer of a PDF breaks lines and may hyphenate words ('werk-\\ndagen').
    Line breaks stay (names and headings are found per line); runs of spaces
    become one space.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    text = _URL_BREAK.sub(r"\1", text)
    text = _SLASH_BREAK.sub(r"\1", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = _HARD_HYPHEN_BREAK.sub(r"\1-", text)
    return _SPACES.sub(" ", text)


def _unwrap(text: str) -> str:
    """Join the lines of a paragraph (a layout wraps them); keep blank lines between paragraphs."""
    return re.sub(r"(?<!\n)[ \t]*\n[ \t]*(?!\s*\n)", " ", text)


def _flat(text: str) -> str:
    """Lower case, one space between words, for searching names and labels."""
    return " " + " ".join(re.findall(r"[\wÀ-ÿ&'’\-]+", text.lower())) + " "


def _year_of(text: str) -> int | None:
    """The year of a letter: the most frequent year in its dates (None when it has none)."""
    years = Counter(int(m.group(3)) for m in _DATE_WORDS.finditer(text) if m.group(3)) + Counter(
        int(m.group(3)) for m in _DATE_NUMERIC.finditer(text) if len(m.group(3)) == 4
    )
    return years.most_common(1)[0][0] if years else None


def _month(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


def _dates(text: str, year: int | None) -> list[tuple[int, int, tuple]]:
    """(start, end, key) of every date in `text`; key is (day, month, year)."""
    out = []
    for m in _DATE_WORDS.finditer(text):
        y = int(m.group(3)) if m.group(3) else year
        out.append((m.start(), m.end(), ("date", int(m.group(1)), _month(m.group(2)), y)))
    for m in _DATE_NUMERIC.finditer(text):
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append((m.start(), m.end(), ("date", d, mo, y)))
    for m in _DATE_ISO.finditer(text):
        out.append(
            (m.start(), m.end(), ("date", int(m.group(3)), int(m.group(2)), int(m.group(1))))
        )
    for m in _MONTH_YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), ("month", _month(m.group(1)), int(m.group(2)))))
    return out


def _amounts(text: str) -> list[tuple[int, int, tuple]]:
    out = []
    for m in _AMOUNT_RE.finditer(text):
        whole = (m.group(1) or m.group(3)).replace(".", "")
        frac = m.group(2) or m.group(4) or "0"
        cents = int(whole) * 100 + (0 if "-" in frac else int(frac.ljust(2, "0")))
        per = _PER_RE.match(text, m.end())
        unit = re.sub(r"\s+", " ", per.group(1).lower()) if per else None
        out.append((m.start(), m.end(), ("amount", cents, unit)))
    return out


def _times(text: str) -> list[tuple[int, int, tuple]]:
    out = []
    for m in _TIME_RE.finditer(text):
        if m.group(3):
            out.append((m.start(), m.end(), ("time", int(m.group(3)), 0)))
        else:
            out.append((m.start(), m.end(), ("time", int(m.group(1)), int(m.group(2)))))
    return out


def _durations(text: str) -> list[tuple[int, int, tuple]]:
    out = []
    for m in _DURATION_RE.finditer(text):
        unit = _DURATION_UNIT[m.group(3).lower()]
        for g in (1, 2):
            if m.group(g):
                value = number_value(m.group(g))
                if value is not None:
                    out.append((m.start(), m.end(), ("duration", value, unit)))
    return out


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _phone_key(value: str) -> str:
    digits = _digits(value)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif value.strip().startswith("+31"):
        digits = "0" + digits[2:]
    return digits.replace("0310", "0", 1) if digits.startswith("0310") else digits


def _keys(kind: str, value: str, year: int | None) -> frozenset[tuple]:
    """The meaning of one fact: keys that another text must contain for it to be present."""
    v = value.strip()
    if kind == "amount":
        return frozenset(k for _, _, k in _amounts(v))
    if kind == "date":
        return frozenset(k for _, _, k in _dates(v, year))
    if kind == "time":
        return frozenset(k for _, _, k in _times(v))
    if kind in ("period", "deadline", "quantity"):
        keys = {k for _, _, k in _dates(v, year)} | {k for _, _, k in _durations(v)}
        keys |= {k for _, _, k in _times(v)}
        return frozenset(keys)
    if kind == "phone":
        return frozenset({("phone", _phone_key(v))})
    if kind in ("email", "merge_field"):
        return frozenset({(kind, re.sub(r"\s+", "", v.lower()))})
    if kind == "url":
        url = re.sub(r"^(?:https?://)?(?:www\.)?", "", v.lower()).rstrip("/")
        return frozenset({("url", url)})
    if kind in ("case_number", "bsn", "iban", "postcode"):
        return frozenset({("id", re.sub(r"[^0-9A-Z]", "", v.upper()))})
    if kind == "article":
        flat = re.sub(r"\bart\.", "artikel", v.lower())
        words = re.findall(r"[\w:.]+", flat)
        return frozenset(
            {("article", " ".join(w.rstrip(".") for w in words if w not in {"van", "de", "het"}))}
        )
    return frozenset()


@dataclass(frozen=True, slots=True)
class FactDiff:
    """The result of the fact guard: what the new text lost, invented or changed."""

    missing: tuple[Fact, ...]
    added: tuple[Fact, ...]
    changed: tuple[tuple[Fact, Fact], ...]

    @property
    def ok(self) -> bool:
        """True when no fact is missing, added or changed."""
        return not (self.missing or self.added or self.changed)


def stated_numbers(text: str) -> set[float]:
    """Every number `text` states in digits or words ('033', part of a phone number, is none)."""
    return set(_stated_numbers(text))


@functools.lru_cache(maxsize=4)
def _stated_numbers(text: str) -> frozenset[float]:
    # kept for the last few texts: the proposals ask for the same letter's numbers for
    # every explanation they add (`numbers_added`), about eight times per letter
    out: set[float] = set()
    for m in re.finditer(rf"(?<![\w]){_NUM_TOKEN}(?![\w])", text, re.IGNORECASE):
        value = _count_value(m.group())
        if value is not None:
            out.add(value)
    for m in re.finditer(r"\d+", text):
        if not (m.group().startswith("0") and len(m.group()) > 1):
            out.add(float(int(m.group())))
    return frozenset(out)


def numbers_added(addition: str, text: str) -> list[str]:
    """The numbers `addition` states that `text` does not ('een' and 'half' are no fact).

    A sentence the engine adds to a letter (an explanation) must not bring a
    number the letter does not have: `compare_facts` would rightly call it added.
    """
    known = _stated_numbers(text)
    out = []
    for m in re.finditer(rf"(?<![\w]){_NUM_TOKEN}(?![\w])", addition, re.IGNORECASE):
        value = _count_value(m.group())
        if m.group().lower() not in ("een", "één", "half") and value not in known | {None}:
            out.append(m.group())
    for m in re.finditer(r"\d+", addition):
        if float(int(m.group())) not in known and m.group() not in out:
            out.append(m.group())
    return out


class _Index:
    """What a text says, as comparable keys: the facts, the numbers, the words."""

    def __init__(self, text: str, year: int | None, facts: Iterable[Fact] | None = None) -> None:
        self.text = text
        self.facts = tuple(facts) if facts is not None else extract_facts(text)
        self.flat = _flat(text)
        self.collapsed = re.sub(r"\s+", " ", text)
        self.words = set(self.flat.split())
        found: list[tuple[int, int, tuple]] = []
        for finder in (_amounts, _times, _durations):
            found += finder(text)
        found += _dates(text, year)
        self.spans = found
        self.keys: set[tuple] = {k for _, _, k in found}
        for f in self.facts:
            self.keys |= _keys(f.kind, f.text, year)
        # a date with a year also says the date without one (and the month of the year);
        # 'twee uur' and '2 uur' are a duration and a time of day at once
        for k in list(self.keys):
            if k[0] == "time" and k[2] == 0:
                self.keys.add(("duration", float(k[1]), "uur"))
            if k[0] == "duration" and k[2] == "uur" and float(k[1]).is_integer() and k[1] < 24:
                self.keys.add(("time", int(k[1]), 0))
            if k[0] == "date":
                self.keys.add(("date", k[1], k[2], None))
                self.keys.add(("month", k[2], k[3]))
            if k[0] == "amount":
                self.keys.add(("amount", k[1], None))
        self.crisis = {
            (crisis_label(_CRISIS_LABEL.match(f.text).group()) if _CRISIS_LABEL.match(f.text) else f.text,
             _phone_key(f.text[_CRISIS_LABEL.match(f.text).end():]) if _CRISIS_LABEL.match(f.text) else f.text)
            for f in self.facts
            if f.kind == "crisis_line"
        }  # fmt: skip
        self.numbers = self._numbers()

    def _numbers(self) -> set[float]:
        """Every number the text states, in any form (digits, words, dates, amounts)."""
        out = stated_numbers(self.text)
        for k in self.keys:
            out |= {float(x) for x in k[1:] if isinstance(x, int | float)}
        return out

    def has(self, fact: Fact, year: int | None) -> bool:
        """Return True when this text states `fact` (in any meaning-preserving form)."""
        text = _WHITE.sub(" ", fact.text.strip())
        if text and _occurs(text, self.collapsed):
            return True
        # 'Wmo-consulent' broken at its own hyphen reads 'Wmoconsulent' once joined
        joined = _INNER_HYPHEN.sub("", text)
        if joined != text and _occurs(joined, self.collapsed):
            return True
        if fact.kind in ("name", "organisation") and text in self.collapsed:
            return True
        if fact.kind == "crisis_line":
            label = _CRISIS_LABEL.match(fact.text)
            if not label:
                return (fact.text, fact.text) in self.crisis or bool(
                    re.search(rf"(?<!\d){re.escape(fact.text)}(?!\d)", self.text)
                )
            want = (crisis_label(label.group()), _phone_key(fact.text[label.end() :]))
            if any(c == want or (c[0] == want[0] and not want[1]) for c in self.crisis):
                return True
            return self._labelled_number(*want)
        if fact.kind in ("name", "organisation"):
            if _not_a_name(fact.text):
                return True
            words = fact.text.split()
            # a sentence-initial word glued to the name: 'Bij Zorggroep Salland'
            glued = len(words) > 1 and words[1][:1].isupper() and _is_known_word(words[0].lower())
            if glued and _occurs(" ".join(words[1:]), self.collapsed):
                return True
            return _name_key(fact.text) in self.flat
        if fact.kind == "phone" and _digit_pattern(_phone_key(fact.text)).search(self.text):
            return True
        keys = _keys(fact.kind, fact.text, year)
        if not keys:
            count = _count_value(fact.text.strip()) if fact.kind == "quantity" else None
            if count is not None:  # the number of a count: '12' (ritten) = 'twaalf'
                return count in self.numbers
            if fact.kind == "quantity" and _flat(_in_digits(fact.text)).strip() in self.flat:
                return True  # 'twee gesprekken' written '2 gesprekken' (rewriter/numbers.py)
            return _flat(fact.text).strip() in self.flat
        return keys <= self.keys

    def _labelled_number(self, label: str, digits: str) -> bool:
        """A crisis label with its number near it, in whatever layout."""
        number = _digit_pattern(digits) if digits else None
        for m in _CRISIS_LABEL.finditer(self.text):
            if crisis_label(m.group()) != label:
                continue
            if number is None:
                return True
            window = self.text[max(0, m.start() - 60) : m.end() + 100]
            if number.search(window):
                return True
        return False


def digits_of(word: str) -> str | None:
    """'vijf' -> '5', 'twintig' -> '20'; None for 'een', 'één', digits and other words."""
    if not word.isalpha() or not word.islower() or word in {"een", "één", "half", "anderhalf"}:
        return None
    value = number_value(word)
    if value is None or value != int(value) or not 2 <= value <= 99:
        return None
    return str(int(value))


def _in_digits(text: str) -> str:
    """'twee gesprekken' -> '2 gesprekken': every whole count word in digits, as the number
    rewrite (rewriter/numbers.py) writes them."""
    return " ".join(digits_of(w) or w for w in text.split())


_TITLE_ONLY = {"dhr", "hr", "mw", "mevr", "dr", "drs", "mr", "ir", "ing", "prof", "st"}


def _not_a_name(text: str) -> bool:
    """A 'name' that is a title abbreviation or a very common word ('dhr', "'s Avonds")."""
    from rewriter.scoring import zipf_frequency

    word = text.strip(" .'’").lower()
    return word in _TITLE_ONLY or (" " not in word and zipf_frequency(word) >= 4.0)


def _occurs(needle: str, haystack: str) -> bool:
    """`needle` as a whole in `haystack`: '1 april' is not in '11 april', '{x}' not in '{{x}}'.

    The same test as the pattern (?<![\\w{«<[€$])(?<!\\d[.,/-])NEEDLE(?![\\w}»>\\]])(?![.,/-]\\d),
    written with str.find: a pattern compiled per fact text overflows the re cache
    and cost half of `compare_facts`.
    """
    if not needle:
        return False
    end = len(needle)
    start = haystack.find(needle)
    while start != -1:
        before = haystack[max(0, start - 2) : start]
        after = haystack[start + end : start + end + 2]
        if not (
            (before[-1:] and (_word(before[-1]) or before[-1] in "{«<[€$"))
            or (len(before) == 2 and before[0].isdecimal() and before[1] in ".,/-")
            or (after[:1] and (_word(after[0]) or after[0] in "}»>]"))
            or (len(after) == 2 and after[0] in ".,/-" and after[1].isdecimal())
        ):
            return True
        start = haystack.find(needle, start + 1)
    return False


def _word(char: str) -> bool:
    """A character the pattern class \\w matches."""
    return char.isalnum() or char == "_"


def _digit_pattern(digits: str) -> re.Pattern[str]:
    """A phone number's digits with any separators between them: '08002000' ~ '0800 - 2000'."""
    return re.compile(r"(?<![\d])" + r"[\s\-–.()]*".join(digits) + r"(?!\d)")


def _name_key(name: str) -> str:
    """A name without title and initials, lower case: 'mevrouw J. de Vries' -> ' de vries '."""
    value = _NAME_TITLE.sub("", name.strip())
    value = _INITIALS_RE.sub("", value) or value
    return _flat(value)


_COMPARED = {
    "amount": "amount",
    "date": "date",
    "time": "time",
    "period": "deadline",
    "deadline": "deadline",
    "quantity": "deadline",
    "phone": "phone",
    "email": "email",
    "url": "url",
    "merge_field": "merge_field",
    "case_number": "case_number",
    "bsn": "bsn",
    "iban": "iban",
    "name": "name",
    "organisation": "organisation",
    "article": "article",
    "postcode": "postcode",
    "crisis_line": "crisis_line",
}
# kinds an invented fact is reported for ("added"); organisations and postcodes are not:
# a rewrite may name the sender or an address line differently without inventing anything
_ADDED_KINDS = (
    "amount", "date", "time", "deadline", "period", "phone", "email", "url", "merge_field",
    "case_number", "bsn", "iban", "name",
)  # fmt: skip


# what a caller may move out of the text on purpose (contact channels and their owners);
# crisis lines, deadlines, amounts, dates and the objection route can never be excused
_CHANNEL_KINDS = ("phone", "email", "url", "postcode", "name", "organisation")


class OriginalFacts:
    """The original's side of the fact guard, built once, compared with many texts.

    `compose` checks every delivered format (HTML, PDF, DOCX) against the same
    original: it prepares the original once and passes this value along (no
    cache in the module). `facts` may pass the original's facts when they are
    known already.
    """

    __slots__ = ("index", "objection", "text", "year")

    def __init__(self, original: str, facts: Iterable[Fact] | None = None) -> None:
        self.text = normalise_layout(original)
        self.year = _year_of(self.text)
        self.index = _Index(self.text, self.year, facts)
        self.objection = objection_span(self.text) if has_objection_route(self.text) else None


def compare_facts(
    original: str | OriginalFacts,
    new_text: str,
    *,
    facts: Iterable[Fact] | None = None,
    allowed_missing: Iterable[str] = (),
    new_facts: Iterable[Fact] | None = None,
) -> FactDiff:
    """The fact guard: compare the facts of `original` with `new_text`.

    `missing`: facts of the original the new text does not state in any form;
    `added`: facts of the new text the original does not support (a new
    amount, date, deadline, phone number, e-mail address, URL, name, merge
    field, or any other new number); `changed`: a missing and an added fact of
    the same kind, paired in text order ("€ 612,40" -> "€ 621,40"). The
    objection route is a fact of kind 'objection_route'. `allowed_missing`
    lists texts a caller removed on purpose (contact channels moved to the
    contact line): a phone number, e-mail address, URL, postcode, name or
    organisation inside one is not reported; a crisis line, deadline, amount,
    date or the objection route always is. `original` may be an `OriginalFacts`
    prepared once for several comparisons (then `facts` is not used). `new_facts` may
    pass `extract_facts(new_text)` when it is known already (a Letter of the new text has
    it); it is used only for a text that has no layout to undo (see `normalise_layout`).
    """
    prepared = original if isinstance(original, OriginalFacts) else OriginalFacts(original, facts)
    given = new_text
    new_text = normalise_layout(new_text)
    year = prepared.year
    old = prepared.index
    new = _Index(new_text, year, new_facts if new_text == given else None)
    allowed = [re.sub(r"\s+", " ", a.strip()) for a in allowed_missing if a.strip()]
    missing: list[Fact] = []
    seen: set[str] = set()
    for f in old.facts:
        if f.kind not in _COMPARED or f.text in seen:
            continue
        seen.add(f.text)
        flat_text = re.sub(r"\s+", " ", f.text)
        excusable = f.kind in _CHANNEL_KINDS
        if excusable and any(flat_text in a or a in flat_text for a in allowed):
            continue
        if not new.has(f, year):
            missing.append(f)
    missing += _deadlines_lost(old, new, year, {f.text for f in missing}, allowed)
    if prepared.objection and not has_objection_route(_unwrap(new_text)):
        start, end = prepared.objection
        missing.append(Fact("objection_route", start, end, "bezwaarroute"))
    lost, repeats = _recounted(old, new, {f.text for f in missing})
    added = _added(old, new, year)
    return _pair(missing + lost, added, repeats)


def _context(text: str, pos: int) -> set[str]:
    """The longer words of the sentence around `pos`."""
    sentence = text[_sentence_start(text, pos) : _sentence_end(text, pos)]
    return {w for w in re.findall(r"[^\W\d_]{4,}", sentence.lower())}


def _occurrences(index: _Index) -> dict[tuple, list[tuple[int, int]]]:
    """Where a text states each date, amount and time: (start, end) per place.

    An amount counts without its unit (the unit is compared by `has`); 'twee uur'
    counts as the time 2:00 too, as `_Index` says; one place counts once.
    """
    out: dict[tuple, list[tuple[int, int]]] = {}
    seen: set[tuple] = set()
    for start, end, key in index.spans:
        if key[0] in ("date", "time"):
            k = key
        elif key[0] == "amount":
            k = key[:2]
        elif (
            key[0] == "duration" and key[2] == "uur" and float(key[1]).is_integer() and key[1] < 24
        ):
            k = ("time", int(key[1]), 0)
        else:
            continue
        if (start, k) not in seen:
            seen.add((start, k))
            out.setdefault(k, []).append((start, end))
    return out


def _recounted(old: _Index, new: _Index, reported: set[str]) -> tuple[list[Fact], list[Fact]]:
    """Dates, amounts and times the new text states fewer or more times than the original.

    'bezwaarschrift van 7-7-2026' -> '8-7-2026' in a letter that has the 7th twice
    and the 8th once changes no set of facts, only how often each occurs. Returns
    (lost, repeats): `lost` are the original's places no longer stated (those
    whose sentence shares the fewest words with a new place of the same value);
    `repeats` are the new text's extra places of a value the original states.
    A repeat alone preserves meaning (a summary that repeats a date, a contact
    line that repeats the office hours); it is reported only as the 'after' of a
    change, paired with a lost fact of the same kind (`_pair`).
    """
    before, after = _occurrences(old), _occurrences(new)
    lost: list[Fact] = []
    repeats: list[Fact] = []
    for key, places in before.items():
        now = after.get(key, [])
        if not now:
            continue  # not stated at all: `has` decides (a form the spans do not see)
        if len(now) < len(places):
            contexts = [_context(new.text, s) for s, _ in now]
            scored = sorted(
                places, key=lambda p: max(len(_context(old.text, p[0]) & c) for c in contexts)
            )
            for s, e in sorted(scored[: len(places) - len(now)]):
                if old.text[s:e] not in reported:
                    lost.append(Fact(key[0], s, e, old.text[s:e]))
        elif len(now) > len(places):
            contexts = [_context(old.text, s) for s, _ in places]
            scored = sorted(
                now, key=lambda p: max(len(_context(new.text, p[0]) & c) for c in contexts)
            )
            repeats += [
                Fact(key[0], s, e, new.text[s:e]) for s, e in scored[: len(now) - len(places)]
            ]
    return lost, sorted(repeats, key=lambda f: f.start)


def _deadlines_lost(
    old: _Index, new: _Index, year: int | None, reported: set[str], allowed: list[str]
) -> list[Fact]:
    """A deadline the original states in more sentences than the new text.

    'binnen zes weken' for the objection and 'binnen zes weken' for the care
    plan are two deadlines: keeping one does not keep the other. The
    occurrences whose sentence shares the fewest words with any new sentence
    holding the same term are the lost ones.
    """
    by_key: dict[tuple, list[tuple[Fact, set[str]]]] = {}
    for f in old.facts:
        if f.kind not in ("deadline", "period"):
            continue
        for key in _keys(f.kind, f.text, year):
            if key[0] == "duration":
                by_key.setdefault(key, []).append((f, _context(old.text, f.start)))
    lost: list[Fact] = []
    for key, occurrences in by_key.items():
        contexts = {frozenset(c) for _, c in occurrences}
        places = [_context(new.text, start) for start, _, k in new.spans if k == key]
        distinct_new = {frozenset(c) for c in places}
        if len(distinct_new) >= len(contexts):
            continue
        scored = sorted(occurrences, key=lambda o: max((len(o[1] & p) for p in places), default=0))
        for fact, _ in scored[: len(contexts) - len(distinct_new)]:
            flat_text = re.sub(r"\s+", " ", fact.text)
            if fact.text not in reported and not any(flat_text in a for a in allowed):
                lost.append(fact)
                reported.add(fact.text)
    return lost


def _added(old: _Index, new: _Index, year: int | None) -> list[Fact]:
    """Facts and numbers of the new text that the original does not support."""
    added: list[Fact] = []
    seen: set[str] = set()
    covered: list[tuple[int, int]] = []
    for f in new.facts:
        covered.append((f.start, f.end))
        if f.kind not in _ADDED_KINDS or f.text in seen:
            continue
        seen.add(f.text)
        if f.kind == "name":
            if _invented_name(f, old):
                added.append(Fact("name", f.start, f.end, f.text))
            continue
        if f.kind == "quantity":
            continue
        if not old.has(f, year):
            kind = "deadline" if f.kind == "period" else f.kind
            added.append(Fact(kind, f.start, f.end, f.text))
    for start, end, key in new.spans:
        covered.append((start, end))
        if key not in old.keys and not any(a.start <= start < a.end for a in added):
            if key[0] == "duration" and key[1] in old.numbers and key[2] in ("keer", "procent"):
                continue
            kind = {"duration": "deadline", "month": "date"}.get(key[0], key[0])
            added.append(Fact(kind, start, end, new.text[start:end]))
    # a broken merge field: more delimiters outside whole fields than the original has
    stray_old = Counter(m.group() for m in _stray_delimiters(old))
    for m in _stray_delimiters(new):
        if stray_old[m.group()] > 0:
            stray_old[m.group()] -= 1
        else:
            token = re.search(r"\S*$", new.text[: m.start()]).group() + m.group()
            token += re.match(r"\S*", new.text[m.end() :]).group()
            added.append(Fact("merge_field", m.start(), m.end(), token))
    for f in new.facts:
        if f.kind == "quantity" and f.text not in seen:
            values = {number_value(w) for w in re.findall(_NUM_TOKEN, f.text, re.IGNORECASE)}
            if any(v is not None and v >= 2 and v not in old.numbers for v in values):
                added.append(Fact("number", f.start, f.end, f.text))
    inside = bytearray(len(new.text) + 1)  # 1 where a covered span lies: one test a number
    for s, e in covered:
        inside[max(s, 0) : max(e, 0)] = b"\x01" * max(e - max(s, 0), 0)
    for m in re.finditer(rf"(?<![\w,.]){_NUM_TOKEN}(?![\w])", new.text, re.IGNORECASE):
        if inside[m.start()]:
            continue
        value = _count_value(m.group())
        if m.group().lower() in ("een", "één", "half") or value is None:
            continue
        if value not in old.numbers:
            added.append(Fact("number", m.start(), m.end(), m.group()))
    added.sort(key=lambda f: f.start)
    return added


_DELIMITER = re.compile(r"«|»|\{\{|\}\}|<<|>>|\{|\}")


def _stray_delimiters(index: _Index) -> list[re.Match[str]]:
    """Merge-field delimiters outside a whole merge field: the rest of a broken one."""
    fields = [(f.start, f.end) for f in index.facts if f.kind == "merge_field"]
    return [
        m for m in _DELIMITER.finditer(index.text) if not any(s <= m.start() < e for s, e in fields)
    ]


def _invented_name(f: Fact, old: _Index) -> bool:
    """A name in the new text none of whose own words the original has."""
    words = [w for w in _name_key(f.text).split() if w not in _CONNECTORS and len(w) > 1]
    if not words or all(w in old.words for w in words):
        return False
    new_words = [w for w in words if w not in old.words]
    # a capitalised common word in a rewrite ('Wijkteam', 'Samen') is no name
    return any(not _is_known_word(w) for w in new_words) or bool(PERSON.fullmatch(f.text))


def _pair(missing: list[Fact], added: list[Fact], repeats: Iterable[Fact] = ()) -> FactDiff:
    """Pair a missing and an added fact of the same kind into a change (in text order).

    A missing fact with no added partner may pair with a repeat: an extra place of
    a value the original states elsewhere ('7-7-2026' -> '8-7-2026' when the letter
    has 8-7-2026 too). Unpaired repeats are no problem.
    """
    changed: list[tuple[Fact, Fact]] = []
    left = list(added)
    spare = list(repeats)
    still: list[Fact] = []
    for f in missing:
        group = _COMPARED.get(f.kind, f.kind)
        partner = next((a for a in left if _COMPARED.get(a.kind, a.kind) == group), None)
        if partner is None:
            partner = next((r for r in spare if r.kind == group), None)
            if partner is not None:
                spare.remove(partner)
                changed.append((f, partner))
                continue
        if partner is None and group in ("amount", "date", "deadline", "time"):
            partner = next((a for a in left if a.kind == "number"), None)
        if partner is None:
            still.append(f)
        else:
            left.remove(partner)
            changed.append((f, partner))
    return FactDiff(tuple(still), tuple(left), tuple(changed))
