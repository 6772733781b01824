"""The fact guard: facts of the original letter must survive every rewrite verbatim.

Facts are the protected spans (amounts, dates, times, periods, quantities,
case numbers, BSN, IBAN, postcodes, article references, e-mail addresses,
URLs, phone numbers, merge fields), names of people and organisations, and
the presence of the objection route (bezwaar/beroep with its term).

`guard_edits` refuses an edit that overlaps a fact occurrence; `missing_facts`
checks any produced text (rule-based or, later, model-based) against the
original's facts.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rewriter.protect import Coverage, Protected, find_protected

_NAME_PARTICLES = (
    r"(?:(?:van|de|der|den|te|ten|ter|el|al|la|le|von|da|dos|op|in[ \t]+'t|'t)[ \t]+)*"
)
_UP = "[A-ZÀ-ÖØ-ÞĀ-ŽİŞĞ]"
_SURNAME = rf"{_UP}[^\W\d_]+(?:-{_UP}[^\W\d_]+)*"
_TITLE = r"(?:(?:de[ \t]+)?heer[ \t]+en[ \t]+mevrouw|de[ \t]+heer|heer|mevrouw|meneer|mw\.|mevr\.|dhr\.|hr\.|juffrouw|dokter|dr\.|mr\.|ir\.|drs\.)"
_INITIALS = r"(?:[A-Z]\.[ \t]?){1,4}"
PERSON = re.compile(
    rf"\b{_TITLE}[ \t]+(?:{_INITIALS}[ \t]*)?{_NAME_PARTICLES}{_SURNAME}(?:[ \t]+{_SURNAME})?"
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


_PROPER = re.compile(
    rf"(?<![\w@/.]){_UP}[\w'’.&-]*"
    rf"(?:(?:[ \t]+(?:van|de|der|den|el|al|ten|ter|en|&|aan|het|voor|a|op))*[ \t]+{_UP}[\w'’.-]*)*"
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


def _proper_nouns(text: str) -> list[tuple[int, int]]:
    """Capitalised word runs that are names, not sentence-initial common words."""
    from rewriter.scoring import zipf_frequency

    out = []
    for m in _PROPER.finditer(text):
        value = m.group().rstrip(".-")
        words = value.split()
        at_start = bool(_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]))
        if at_start:
            first = words[0].lower()
            if zipf_frequency(first) >= 3.0 or first.isdigit() or _is_known_word(first):
                words = words[1:]  # a common word that starts a sentence
                if not words or not words[0][:1].isupper():
                    continue
                start = text.index(words[0], m.start())
            else:
                start = m.start()
        else:
            start = m.start()
        end = (
            start + len(" ".join(words))
            if " ".join(words) == text[start : start + len(" ".join(words))]
            else m.start() + len(value)
        )
        if words and not all(w.isupper() and len(w) <= 1 for w in words):
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
    m = re.search(r"[a-zà-ÿ]{2}\.\s+[A-Z]", value)
    return value[: m.start() + 3] if m else value


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
    facts = [Fact(p.kind, p.start, p.end, p.text) for p in spans]
    covered = Coverage(len(text), facts)

    def add(fact: Fact) -> None:
        facts.append(fact)
        covered.add(fact)

    for kind, pattern in (("organisation", _ORG), ("organisation", _ORG_SUFFIX), ("name", PERSON)):
        for m in pattern.finditer(text):
            value = _strip_connectors(_one_sentence(m.group()).rstrip(" .,;:"))
            if len(value) >= 3 and not covered.covers(m.start()):
                add(Fact(kind, m.start(), m.start() + len(value), value))
    for start, end in _proper_nouns(text):
        end = start + len(_one_sentence(text[start:end]).rstrip(". "))
        if end - start >= 2 and covered.find(start, end) is None:
            add(Fact("name", start, end, text[start:end]))
    facts.sort(key=lambda f: (f.start, -f.end))
    return tuple(facts)


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


def missing_facts(facts: Iterable[Fact], new_text: str, original_text: str = "") -> list[str]:
    """Return the facts (verbatim) that occur fewer times in `new_text` than in the original."""
    need = Counter(f.text for f in facts)
    missing = [value for value, count in need.items() if new_text.count(value) < count]
    if original_text and has_objection_route(original_text) and not has_objection_route(new_text):
        missing.append("bezwaarroute")
    return missing


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
