"""Anonymise a letter before parents on a panel read it.

Names of people, home addresses, postcodes, BSN, phone numbers, e-mail
addresses, birth dates, case numbers and IBANs are replaced by readable Dutch
placeholders ("[naam]", "[adres]", ...). Three sources are combined:

* the Dutch de-identification package `deduce` (names, street addresses);
* the protected-span patterns of `rewriter.protect` (BSN, IBAN, postcode,
  phone, e-mail, case number) and the person pattern of `rewriter.facts`;
* rules of our own: street + house number, the address line above a postcode,
  "geboren (op) DATE" / "geboortedatum: DATE", and every further occurrence of
  a name that was found once ("Sanne Bosman" ... "Sanne").

Dates are facts of the letter (its date, deadlines, appointments) and stay; only
birth dates are replaced. Organisation names, place names, URLs, merge fields
(«achternaam», {{naam}}) and the municipality's Postbus address stay too.
Phone numbers and e-mail addresses are always replaced, also the municipality's.

Spans in `Replacement` point into the original text; `Anonymised.map_span`
carries an original range over to the anonymised text.
"""

from __future__ import annotations

import atexit
import functools
import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rewriter.facts import PERSON
from rewriter.lang import nl
from rewriter.protect import find_protected, is_valid_bsn

SCHEMA = 1
KINDS = (
    "name",
    "address",
    "postcode",
    "bsn",
    "phone",
    "email",
    "birth_date",
    "case_number",
    "iban",
)
PLACEHOLDERS = {
    "name": "[naam]",
    "address": "[adres]",
    "postcode": "[postcode]",
    "bsn": "[bsn]",
    "phone": "[telefoonnummer]",
    "email": "[e-mailadres]",
    "birth_date": "[geboortedatum]",
    "case_number": "[kenmerk]",
    "iban": "[rekeningnummer]",
}
CHILD_PLACEHOLDER = "[naam kind]"
# Where spans of equal length overlap, the earlier kind wins.
_PRIORITY = {
    kind: i
    for i, kind in enumerate(
        (
            "email",
            "iban",
            "bsn",
            "phone",
            "postcode",
            "birth_date",
            "case_number",
            "address",
            "name",
        )
    )
}
# protect.py kinds that are personal data here
_PROTECTED_KINDS = {
    "bsn": "bsn",
    "iban": "iban",
    "postcode": "postcode",
    "phone": "phone",
    "email": "email",
    "case_number": "case_number",
}
_DEDUCE_KINDS = {"telefoonnummer": "phone", "emailadres": "email", "bsn": "bsn"}


@dataclass(frozen=True, slots=True)
class Replacement:
    """One replaced span of the original text and its placeholder."""

    kind: str
    start: int
    end: int
    placeholder: str


@dataclass(frozen=True, slots=True)
class Anonymised:
    """The anonymised text and the replacements, with spans into the original text."""

    text: str
    replacements: tuple[Replacement, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the schema-1 JSON form (spans into the original text)."""
        return {
            "schema": SCHEMA,
            "text": self.text,
            "replacements": [
                {"kind": r.kind, "start": r.start, "end": r.end} for r in self.replacements
            ],
        }

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Map the original range [start, end) to the anonymised text.

        Return None when the range overlaps a replacement (an empty range only
        when it lies strictly inside one): that text is gone.
        """
        if start < 0 or end < start:
            raise ValueError(f"invalid range {start}:{end}")
        shift = 0
        for r in self.replacements:
            if r.end <= start:
                shift += len(r.placeholder) - (r.end - r.start)
            elif r.start >= end:
                break
            else:
                return None
        return start + shift, end + shift


# --------------------------------------------------------------------------- patterns

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽİŞĞ"
_LOW = "a-zß-öø-ÿā-žışğ"
_WORD = rf"[{_UP}{_LOW}]"
_TITLE = re.compile(
    r"(?:(?:de\s+)?heer\s+en\s+mevrouw\s+|"
    + "|".join(
        ("(?:de\\s+)?" if t == "heer" else "")
        + re.escape(t)
        + ("\\s*" if t.endswith(".") else "\\s+")
        for t in nl.words("titles")
    )
    + ")+",
    re.IGNORECASE,
)
_INTERFIXES = frozenset(nl.words("name_particles"))
_INITIAL = re.compile(rf"^(?:[{_UP}]\.)+$|^[{_UP}]$")
# Words that make a capitalised run an organisation, not a person.
_ORG_WORD = re.compile(
    r"(?i)(?:bank|groep|zorg|dienst|centrum|stichting|praktijk|bureau|college|school|team|"
    r"bedrijf|vereniging|instelling|gemeente|rechtbank|advies|service|verband|loket|"
    r"commissie|kantoor|^huis|^thuis|^wonen|^punt|^raad|^hoeve|^boerderij|^polis|^b\.?v\.?|"
    r"^n\.?v\.?)$"
)
_ORG_AFTER = re.compile(r"^\s*(?:&|B\.V\.|BV\b|N\.V\.|College\b|School\b|Zorg\b|Groep\b)")
_KIN_BEFORE = re.compile(
    r"(?i)\b(?:zoon|dochter|kind|pleegzoon|pleegdochter|pleegkind|kleinkind|leerling|"
    r"jongere|jeugdige|minderjarige|zoontje|dochtertje)\s*,?\s*$"
    r"|\b(?:ouders?|verzorgers?|ouder\(s\)|verzorger\(s\))\s+van\s*$"
)
_STREET_SUFFIX = (
    r"(?:straat|straatweg|weg|laan|plein|singel|kade|gracht|dijk|dreef|hof|pad|steeg|markt|"
    r"baan|park|wal|veld|burg|brug|berg|dam|haven|kamp|wei|hage|hagen|kerkhof|plantsoen|"
    r"allee|boulevard|erf|zoom|vaart|poort|oord|tuin|werf|akker|donk|hoeve|stede|staete|"
    r"horst|schans|wijk|meent|beek|straatje|acker)"
)
_HOUSE_NUMBER = (
    r"\d{1,5}(?:\s?-\s?[A-Za-z0-9]{1,4}\b|[A-Za-z]{1,2}\b|[ \t](?:hs|bis|I{1,3}|\d?hoog)\b)?"
)
_STREET_PREFIX = (
    r"(?:(?:Van|De|Den|Der|Het|'t|Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|"
    r"Koningin|Graaf|Sint|St\.|Oude|Nieuwe|Korte|Lange|Kleine|Grote|Generaal|Kapitein|"
    rf"Professor|Prof\.|[{_UP}]\.|[{_UP}][{_LOW}]+)[ \t]+(?:(?:van|de|der|den|het|ter|ten)[ \t]+)*)"
)
_STREET = re.compile(
    rf"(?<![\w@/.-]){_STREET_PREFIX}{{0,3}}[{_UP}][{_LOW}'’]*{_STREET_SUFFIX}"
    rf"(?:-[{_UP}][{_LOW}]+)?[ \t]+{_HOUSE_NUMBER}(?![\d.,:]\d|\s?(?:uur|%|euro|procent))"
)
# Capitalised words (with particles) + house number right before a postcode: the street
# line of an address block, or "Het Spui 12, 2511 BL Den Haag" in a sentence.
_ADDRESS_LINE = re.compile(
    rf"(?<![\w.'’-])((?:(?:De|Het|'t)[ \t]+)?[{_UP}][\w'’.-]*"
    rf"(?:[ \t]+(?:(?:van|de|der|den|het|ter|ten|aan|op|in|'t)[ \t]+)*[{_UP}][\w'’.-]*){{0,4}}"
    rf"[ \t]+{_HOUSE_NUMBER})[ \t]*,?[ \t]*\n?[ \t]*[1-9]\d{{3}}[ \t]?[A-Z]{{2}}\b"
)
_IBAN = re.compile(r"[A-Z]{2}\d{2}\s?[A-Z]{4}\s?(?:\d{4}\s?){2}\d{2}")
_PO_BOX = re.compile(r"(?i)\b(?:postbus|antwoordnummer)\s+\d+\s*,?\s*\n?\s*$")
# "geboren op", "geboortedatum is", "Geboortedatum van A. Yilmaz:", "geb.": a date that
# follows on the same line and in the same sentence is a birth date.
_BIRTH_CONTEXT = re.compile(
    r"(?i)(?:\bgeboren\b|\bgeboortedatum\b|\bgeboortedag\b|\bgeb\.|\bgeb\s*datum\b)"
    r"(?:[^\n\d.!?;]|(?<=\b[A-Z])\.){0,40}$"
)
_DATE = re.compile(
    r"(?i)\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d|\.\d)|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\s+(?:{nl.alternation('months')[3:-1]}|{nl.alternation('month_abbreviations')[3:-1]})"
    r"\.?\s+\d{4})(?!\d)"
)
# no-break, figure, thin and narrow no-break spaces: detection sees a plain space
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})
# nine digits, plain or grouped 3-3-3, 4-2-3 or 2-3-2-2 with dots, spaces or hyphens
_BSN_NUMBER = re.compile(
    r"(?<![\d.,-])(?:\d{9}|\d{3}([. -])\d{3}\1\d{3}|\d{4}([. -])\d{2}\2\d{3}"
    r"|\d{2}([. -])\d{3}\3\d{2}\3\d{2})(?![\d]|[.,-]\d)"
)
_BSN_LABEL = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|burgerservice-nummer|sofi-?nummer)(?:\s+(?:is|was))?"
    r"[\s:.]*$"
)
_CAPS_TOKEN = rf"(?:[{_UP}]\.)+|[{_UP}][{_UP}'’]*(?:-[{_UP}][{_UP}'’]*)*"
_CAPS_RUN = re.compile(rf"(?<![\w.'’-])(?:{_CAPS_TOKEN})(?:[ \t]+(?:{_CAPS_TOKEN}))+(?![\w'’-])")
_CAPS_TITLES = frozenset({"MEVROUW", "MENEER", "HEER", "DHR.", "MW.", "MEVR.", "HR.", "FAMILIE"})
_LOWER_AFTER_TITLE = re.compile(
    r"(?i:\b(?:meneer|mevrouw|de[ \t]+heer|dhr\.|mw\.|mevr\.|hr\.|familie))[ \t]+"
    rf"((?:(?:van|de|der|den|ter|ten)[ \t]+)*[{_LOW}][{_LOW}'’]+(?:-[{_LOW}]+)?)(?![\w'’-])"
)
# ordinary words that may follow "meneer"/"mevrouw" in a sentence (besides deduce's lists)
_NOT_A_SURNAME = frozenset(
    str.split(
        "is was heeft had kan kon wil wilde zal zou moet moest mag mocht krijgt kreeg komt kwam "
        "gaat ging woont woonde werkt zegt zei vraagt vroeg en of ook zelf niet nog al wel dan "
        "die dat deze wie zijn haar hun u uw om op in met voor bij aan te naar uit over als maar "
        "zo er daar hier wordt werd ontvangt geeft gaf belt mailt schrijft weet vindt denkt"
    )
)
# our own placeholders and template fields: never anonymised again
_OWN_PLACEHOLDER = re.compile(
    r"\[(?:naam(?: kind| ouder)?|adres|postcode|bsn|telefoonnummer|e-mailadres|geboortedatum|"
    r"kenmerk|rekeningnummer)\]"
)


@dataclass(frozen=True, slots=True)
class _Span:
    kind: str
    start: int
    end: int
    placeholder: str


# --------------------------------------------------------------------------- deduce


def _new_deduce() -> Any:
    """Build a Deduce object; undo the logging setup deduce does when it is imported.

    `deduce` calls logging.basicConfig(stream=sys.stdout, level=DEBUG) at import,
    which would write debug lines into our CLI output. It reads only its packaged
    lookup lists (and a cache next to them): no network.
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from deduce import Deduce
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return Deduce()


class Anonymiser:
    """Finds personal data and replaces it; builds the (slow) Deduce object once, lazily.

    `use_deduce=False` runs the pattern rules only (fast, lower recall on names
    and addresses).
    """

    def __init__(
        self, use_deduce: bool = True, deduce_factory: Callable[[], Any] = _new_deduce
    ) -> None:
        self._use_deduce = use_deduce
        self._factory = deduce_factory
        self._deduce: Any = None
        self._lock = threading.Lock()

    def _deduce_annotations(self, text: str) -> list[tuple[str, int, int]]:
        if not self._use_deduce:
            return []
        with self._lock:
            if self._deduce is None:
                self._deduce = self._factory()
                atexit.register(_release_deduce, weakref.ref(self))
            doc = self._deduce.deidentify(text)
        out = []
        for a in doc.annotations:
            # deduce may give numpy integers: plain ints, or json.dumps fails downstream
            start, end = int(a.start_char), int(a.end_char)
            if 0 <= start < end <= len(text) and text[start:end] == a.text:
                out.append((a.tag, start, end))
        return sorted(out, key=lambda t: (t[1], t[2], t[0]))

    def anonymise(self, text: str) -> Anonymised:
        """Return the text with personal data replaced by placeholders."""
        original = text
        # Detection runs on a copy with non-breaking and thin spaces made plain spaces
        # (same length, so every span holds for the original too).
        text = text.translate(_SPACES)
        annotations = self._deduce_annotations(text)
        protected = find_protected(text)
        blocked = [(p.start, p.end) for p in protected if p.kind == "merge_field"]
        blocked += [m.span() for m in _OWN_PLACEHOLDER.finditer(text)]
        orgs = _organisation_spans(text)

        spans: list[_Span] = []
        spans += _protected_spans(text, protected)
        spans += _bsn_numbers(text)
        spans += _birth_dates(text, annotations)
        spans += _addresses(text, annotations)
        names = _names(text, annotations, orgs)
        names += _capitalised_names(text, orgs)
        names += _lower_case_names(text)
        spans += names
        spans += _repeated_names(text, names, orgs)
        for tag, start, end in annotations:
            kind = _DEDUCE_KINDS.get(tag)
            if kind:
                spans.append(_Span(kind, start, end, PLACEHOLDERS[kind]))
        # a span that overlaps or touches a merge field is part of a template field
        # ("WMO-ENS-2026-{ MERGEFIELD Dossiernummer }"): it stays
        spans = [
            s
            for s in spans
            if not any(s.start <= b_end and b_start <= s.end for b_start, b_end in blocked)
        ]
        return _apply(original, _merge(spans))


def _release_deduce(ref: weakref.ref[Anonymiser]) -> None:
    """Drop the Deduce object before interpreter shutdown: freed now it takes half a
    second, left to the interpreter's final clean-up it takes some ten seconds."""
    anonymiser = ref()
    if anonymiser is not None:
        anonymiser._deduce = None


@functools.cache
def default_anonymiser() -> Anonymiser:
    """The shared anonymiser of this process (Deduce is built on first use)."""
    return Anonymiser()


def anonymise(text: str) -> Anonymised:
    """Anonymise `text` with the shared anonymiser."""
    return default_anonymiser().anonymise(text)


# --------------------------------------------------------------------------- rules


def _protected_spans(text: str, protected: Iterable[Any]) -> list[_Span]:
    out = []
    for p in protected:
        kind = _PROTECTED_KINDS.get(p.kind)
        if kind is None:
            continue
        start, end = p.start, p.end
        if kind == "case_number":
            if not re.search(r"\d", p.text):
                continue  # "Uw kenmerk: melding d.d. ..." names no number
            if re.search(r"(?i)productcode:?\s*$", text[max(0, start - 14) : start]):
                continue  # a product code says what, not who
            end -= len(p.text) - len(p.text.rstrip(".,;:)"))
            if _IBAN.fullmatch(text[start:end]):
                kind = "iban"  # "rekeningnummer NL43BNGH3601610550"
            elif is_valid_bsn(text[start:end]):
                kind = "bsn"
        if kind == "phone" and p.text in ("112", "113"):
            continue  # emergency numbers belong to nobody
        if kind == "postcode" and _PO_BOX.search(text[max(0, p.start - 40) : p.start]):
            continue  # the municipality's Postbus address is no personal data
        out.append(_Span(kind, start, end, PLACEHOLDERS[kind]))
    return out


def _birth_dates(text: str, annotations: list[tuple[str, int, int]]) -> list[_Span]:
    """Dates right after "geboren (op)", "geboortedatum:" or "geb."; other dates stay."""
    candidates = [m.span() for m in _DATE.finditer(text)]
    candidates += [(s, e) for tag, s, e in annotations if tag == "datum"]
    out = []
    for start, end in sorted(set(candidates)):
        if _BIRTH_CONTEXT.search(text[max(0, start - 40) : start]):
            out.append(_Span("birth_date", start, end, PLACEHOLDERS["birth_date"]))
    return out


def _addresses(text: str, annotations: list[tuple[str, int, int]]) -> list[_Span]:
    """Street + house number: deduce's locations with a number, our street pattern and
    the line above a postcode in an address block. Postbus addresses stay."""
    found = [
        (start, end)
        for tag, start, end in annotations
        if tag == "locatie"
        and re.search(r"\d", text[start:end])
        # postcode + place: the postcode rule takes the postcode, the place stays
        and not re.fullmatch(r"[1-9]\d{3}\s?[A-Z]{2}\b.*", text[start:end])
    ]
    found += [m.span() for m in _STREET.finditer(text)]
    # "Normenkader Twente 2025": a year is no house number, except in an address block
    found = [(s, e) for s, e in found if not re.search(r"\s(?:19|20)\d{2}$", text[s:e])]
    found += [m.span(1) for m in _ADDRESS_LINE.finditer(text)]
    out = []
    for start, end in found:
        if re.match(r"(?i)(?:postbus|antwoordnummer|kamer|artikel|lid)\b", text[start:end]):
            continue
        # "De Ruwaard 1218" at the start of a line or after a comma
        lead = re.search(
            r"(?:^|[\n,])[ \t]*((?:De|Het|'t)[ \t]+)$", text[max(0, start - 9) : start]
        )
        if lead:
            start -= len(lead.group(1))
        out.append(_Span("address", start, end, PLACEHOLDERS["address"]))
    return out


def _organisation_spans(text: str) -> list[tuple[int, int]]:
    """Capitalised runs with an organisation word, from the part that holds it onwards:
    "Installatiebedrijf Van Dijk & Zn." whole, but of "mevrouw De Vries van het Wijkteam"
    only "het Wijkteam" (a person "van"/"en"/"voor" an organisation stays a person)."""
    # a run does not go on after a word that ends in a full stop ("Salland. Lieke")
    run = re.compile(
        rf"[{_UP}][\w'’&.-]*(?:(?<!\.)(?:[ \t]+(?:van|de|der|den|het|en|&|aan|voor|a|op))*"
        rf"[ \t]+[{_UP}&][\w'’&.-]*)*"
    )
    out = []
    for m in run.finditer(text):
        offset = m.start()
        for part in re.split(r"([ \t]+(?:van|en|voor|aan|op)[ \t]+)", m.group()):
            if re.fullmatch(r"[ \t]+(?:van|en|voor|aan|op)[ \t]+", part):
                offset += len(part)
                continue
            if any(_ORG_WORD.search(w.strip(".,")) for w in part.split()):
                out.append((offset, m.end()))
                break
            offset += len(part)
    return out


def _split_name(name: str) -> tuple[str, str, bool]:
    """Return (first name, surname, has_initials) of a name without its title."""
    tokens = name.split()
    initials = False
    while tokens and _INITIAL.match(tokens[0]):
        tokens.pop(0)
        initials = True
    if not tokens:
        return "", "", initials
    if not initials and len(tokens) >= 2 and tokens[0].lower() not in _INTERFIXES:
        return tokens[0], " ".join(tokens[1:]), False
    return "", " ".join(tokens), initials


def _names(
    text: str, annotations: list[tuple[str, int, int]], orgs: list[tuple[int, int]]
) -> list[_Span]:
    """Person names from deduce and from the person pattern of rewriter.facts, without
    the title ("mevrouw [naam]") and without organisations ("Installatiebedrijf Van Dijk")."""
    raw = [(s, e) for tag, s, e in annotations if tag == "persoon"]
    raw += [m.span() for m in PERSON.finditer(text)]
    out = []
    for start, end in sorted(set(raw)):
        value = text[start:end]
        title = _TITLE.match(value)
        titled = bool(title)
        if title:
            start += title.end()
        value = text[start:end].rstrip(" \t.,")
        end = start + len(value)
        if not value or not re.search(_WORD, value):
            continue
        first = value.split()[0]
        if not titled and first.lower() in _INTERFIXES and first[:1].islower():
            continue  # "van Deventer" (college van B en W van Deventer), "aan de Esch"
        if any(_ORG_WORD.search(w.strip(".,")) for w in value.split()):
            continue
        if any(o_start <= start and end <= o_end for o_start, o_end in orgs):
            continue
        before = text[max(0, start - 40) : start]
        if re.search(r"(?:^|\s)het\s+$", before) or _ORG_AFTER.match(text[end : end + 8]):
            continue  # "het Piter Jelles", "Van Dijk & Zn."
        if all(_INITIAL.match(t) for t in value.split()):
            continue
        placeholder = CHILD_PLACEHOLDER if _KIN_BEFORE.search(before) else PLACEHOLDERS["name"]
        out.append(_Span("name", start, end, placeholder))
    # "uw dochter Sanne Bosman" makes every "Sanne ..." a child's name
    children = {
        _split_name(text[s.start : s.end])[0] for s in out if s.placeholder == CHILD_PLACEHOLDER
    } - {""}
    return [
        _Span(s.kind, s.start, s.end, CHILD_PLACEHOLDER)
        if _split_name(text[s.start : s.end])[0] in children or text[s.start : s.end] in children
        else s
        for s in out
    ]


def _variants(word: str) -> str:
    """A pattern for a name as found, in capitals and (when found in capitals or lower
    case) capitalised: "Berg" also finds "BERG", "JANSEN" also "Jansen"."""
    forms = {word, word.upper()}
    if word.isupper() or word.islower():
        forms.add("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _repeated_names(text: str, names: list[_Span], orgs: list[tuple[int, int]]) -> list[_Span]:
    """Every further occurrence of a found first name or surname ("Sanne", "De Vries")."""
    patterns: dict[str, str] = {}
    for span in names:
        first, surname, _ = _split_name(text[span.start : span.end])
        child = span.placeholder == CHILD_PLACEHOLDER
        if first and len(first) >= 2:
            key = _variants(first)
            if child or key not in patterns:
                patterns[key] = span.placeholder
        if surname and len(surname.replace(" ", "")) >= 3:
            parts = surname.split()
            core = [p for p in parts if p.lower() not in _INTERFIXES]
            if not core:
                continue
            key = r"\s+".join(
                f"(?i:{re.escape(p)})" if p.lower() in _INTERFIXES else _variants(p) for p in parts
            )
            patterns.setdefault(key, PLACEHOLDERS["name"])
    out = []
    for key, placeholder in sorted(patterns.items()):
        for m in re.finditer(rf"(?<![\w@/.-]){key}(?![\w@-])", text):
            start, end = m.span()
            if any(o_start <= start and end <= o_end for o_start, o_end in orgs):
                continue
            out.append(_Span("name", start, end, placeholder))
    return out


@functools.cache
def _name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """First names, surnames (also those after a particle: "Leeuwen"), common words and
    stop words from deduce's packaged lookup lists (empty when deduce is not installed:
    the case rules below then find titled names only)."""
    from importlib import resources

    def read(*parts: str) -> frozenset[str]:
        try:
            node = resources.files("deduce").joinpath("data", "lookup", "src", *parts)
            return frozenset(node.read_text(encoding="utf-8").split("\n")) - {""}
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
            return frozenset()

    first = read("names", "lst_first_name", "items.txt")
    surnames = read("names", "lst_surname", "items.txt") | read(
        "names", "lst_interfix_surname", "items.txt"
    )
    common = read("whitelist", "lst_common_word", "items.txt")
    stop = read("whitelist", "lst_stop_word", "items.txt")
    return (
        first,
        surnames,
        frozenset(w.lower() for w in common | stop),
        frozenset(w.lower() for w in stop),
    )


def _bsn_numbers(text: str) -> list[_Span]:
    """Nine digits, grouped with dots, spaces or hyphens or not, that pass the eleven test
    or stand after "BSN"/"burgerservicenummer" ("BSN: 123.456.782", "1234 56 782")."""
    out = []
    for m in _BSN_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if is_valid_bsn(digits) or _BSN_LABEL.search(text[max(0, m.start() - 40) : m.start()]):
            out.append(_Span("bsn", m.start(), m.end(), PLACEHOLDERS["bsn"]))
    return out


def _capitalised_names(text: str, orgs: list[tuple[int, int]]) -> list[_Span]:
    """Names in capitals: "MEVROUW A. DE VRIES-BAKKER" (after a title, whatever the words)
    and "JOHANNES VAN DER BERG" (a known first name, then a known name)."""
    first_names, surnames, common, _stop = _name_lists()
    out = []
    for m in _CAPS_RUN.finditer(text):
        tokens = [(t.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        titled = False
        while tokens and (
            tokens[0][1] in _CAPS_TITLES
            or (tokens[0][1] == "DE" and len(tokens) > 1 and tokens[1][1] == "HEER")
            or (tokens[0][1] == "EN" and titled)
        ):
            tokens.pop(0)
            titled = True
        core = [t for _, t in tokens if t.lower() not in _INTERFIXES and not _INITIAL.match(t)]
        if not core:
            continue
        words = [t.title() for t in core]
        known = [
            w for w in words if w.lower() not in common and _known_name(w, first_names, surnames)
        ]
        initials = _INITIAL.match(tokens[0][1]) is not None
        first = tokens[0][1].title()
        if not (
            titled
            or (initials and known)
            or (
                first in first_names
                and first.lower() not in common
                and len(words) >= 2
                and all(_known_name(w, first_names, surnames) for w in words[1:])
            )
        ):
            continue
        start = m.start() + tokens[0][0]
        end = m.end()
        if any(o_start <= start < o_end for o_start, o_end in orgs):
            continue
        before = text[max(0, start - 40) : start]
        placeholder = CHILD_PLACEHOLDER if _KIN_BEFORE.search(before) else PLACEHOLDERS["name"]
        out.append(_Span("name", start, end, placeholder))
    return out


def _known_name(word: str, first_names: frozenset[str], surnames: frozenset[str]) -> bool:
    return word in first_names or word in surnames or any(p in surnames for p in word.split("-"))


def _lower_case_names(text: str) -> list[_Span]:
    """A known surname typed in lower case after a title: "Meneer jansen", "meneer kok"
    (right after a title a bare noun is a name; verbs and function words are not)."""
    first_names, surnames, _common, stop = _name_lists()
    out = []
    for m in _LOWER_AFTER_TITLE.finditer(text):
        word = m.group(1).split()[-1]
        if word in stop or word in _NOT_A_SURNAME:
            continue
        if word.title() in surnames or word.title() in first_names:
            out.append(_Span("name", m.start(1), m.end(1), PLACEHOLDERS["name"]))
    return out


# --------------------------------------------------------------------------- merge


def _merge(spans: list[_Span]) -> list[_Span]:
    """Merge overlapping spans into one covering their union; the longest span gives
    the kind and placeholder (ties: `_PRIORITY`, then the earlier start)."""
    ordered = sorted(set(spans), key=lambda s: (s.start, s.end, _PRIORITY[s.kind], s.placeholder))
    groups: list[list[_Span]] = []
    group_end = -1
    for span in ordered:
        if groups and span.start < group_end:
            groups[-1].append(span)
            group_end = max(group_end, span.end)
        else:
            groups.append([span])
            group_end = span.end
    merged = []
    for group in groups:
        best = min(
            group,
            key=lambda s: (
                -(s.end - s.start),
                _PRIORITY[s.kind],
                s.start,
                s.placeholder != CHILD_PLACEHOLDER,
            ),
        )
        start = min(s.start for s in group)
        end = max(s.end for s in group)
        merged.append(_Span(best.kind, start, end, best.placeholder))
    return merged


def _apply(text: str, spans: list[_Span]) -> Anonymised:
    parts = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(span.placeholder)
        pos = span.end
    parts.append(text[pos:])
    replacements = tuple(Replacement(s.kind, s.start, s.end, s.placeholder) for s in spans)
    return Anonymised("".join(parts), replacements)
