"""Sense: which meaning of a glossary term the letter uses, and whether an entry fits.

- `estimate_domain(text)`: the letter's domain (jeugd, wmo, participatie, schulden,
  leerplicht, or algemeen when no domain stands out), from cue words kept as data in
  rewriter/lang/nl/domains.yaml, with a reason a writer can check
  ("jeugd: Jeugdwet ×3, jeugdhulp ×2").
- `fits(entry, ...)`: an entry's conditions (`domain`, `near`, `not_near`, `window`) hold
  at a finding's span; names of laws and organisations are never touched
  (`in_name`), nor addresses (`in_address`); a legal term in a sentence that names a court is never swapped for
  another legal term (`court_term`).

Everything here is a pure function of the text; the compiled patterns are cached.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.lang.nl.stop_words import STOP_WORDS

from rewriter.glossary import Entry, context_regex
from rewriter.lang import nl

# A domain must reach this many cue points, and lead the next one by this factor.
MIN_POINTS = 2
LEAD = 1.5
# Other domains count as well when they reach this share of the leader's points.
ALSO = 0.5
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class DomainEstimate:
    """The letter's estimated domain, the domains that also fit, and why."""

    domain: str  # one of glossary.DOMAINS; "algemeen" when no domain stands out
    domains: frozenset[str]  # every domain the letter is about (empty for "algemeen")
    points: tuple[tuple[str, int], ...]  # per domain, highest first
    cues: tuple[tuple[str, str, int], ...]  # (domain, cue as written in the letter, count)
    given: bool = False  # set in the settings, not estimated

    @property
    def reason(self) -> str:
        """Return a short Dutch reason: 'jeugd: Jeugdwet ×3, jeugdhulp ×2'."""
        if self.given:
            return f"{self.domain}: ingesteld"
        if not self.domains:
            return "algemeen: geen duidelijke woorden van één wet of terrein"
        parts = []
        for domain, _ in self.points:
            if domain not in self.domains:
                continue
            shown = [f"{cue} ×{n}" for d, cue, n in self.cues if d == domain][:4]
            parts.append(f"{domain}: {', '.join(shown)}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """Return the optional `domain` field of a check result."""
        return {
            "name": self.domain,
            "also": sorted(self.domains - {self.domain}),
            "reason": self.reason,
        }


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, str, int, re.Pattern[str]], ...]:
    # longer cues first, so 'bijzondere bijstand' is not counted again as 'bijstand*'
    cues = sorted(nl.domain_cues(), key=lambda c: -len(c[1]))
    return tuple((d, cue, w, context_regex(cue)) for d, cue, w in cues)


_WORD_START = r"(?<!\w)"


def word_alternation(patterns: list[str], words: list[str]) -> str:
    """One regex for many whole-word alternatives, tried in the order given.

    A big alternation is slow in Python's `re`: every alternative is tried at every
    position. When each alternative starts with the same word-start assertion and each
    word starts with a letter or digit, that assertion (and a look-ahead for a word
    character) is put in front once, so the other positions fail after one test; the
    matches are the same (same leftmost position, same first alternative).
    """
    body = "|".join(patterns)
    if not patterns or not all(p.startswith(_WORD_START) for p in patterns):
        return body
    if not all(w[:1].isalnum() or w[:1] == "_" for w in words):
        return body
    rest = "|".join(p[len(_WORD_START) :] for p in patterns)
    return f"{_WORD_START}(?=\\w)(?:{rest})"


@lru_cache(maxsize=1)
def _cue_scanner() -> re.Pattern[str]:
    """All cues in one pattern, one group per cue, longest cue first."""
    cues = _cue_patterns()
    groups = [
        f"(?P<c{i}>{p.pattern})" if not p.pattern.startswith(_WORD_START)
        else f"{_WORD_START}(?P<c{i}>{p.pattern[len(_WORD_START) :]})"
        for i, (_, _, _, p) in enumerate(cues)
    ]  # fmt: skip
    return re.compile(word_alternation(groups, [c for _, c, _, _ in cues]), re.IGNORECASE)


@lru_cache(maxsize=64)
def estimate_domain(text: str) -> DomainEstimate:
    """Estimate the domain of a letter from its cue words (a small, explainable scorer)."""
    cues = _cue_patterns()
    points: Counter[str] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], str] = {}  # the first spelling in the letter
    for m in _cue_scanner().finditer(text):
        domain, _cue, weight, _ = cues[int((m.lastgroup or "c0")[1:])]
        points[domain] += weight
        key = (domain, m.group(0).lower())
        shown.setdefault(key, m.group(0))
        seen[key] += 1
    ranked = tuple(sorted(points.items(), key=lambda kv: (-kv[1], kv[0])))
    found = tuple(
        (d, shown[(d, cue)], n)
        for (d, cue), n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    if not ranked or ranked[0][1] < MIN_POINTS:
        return DomainEstimate("algemeen", frozenset(), ranked, found)
    top, top_points = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    also = {d for d, p in ranked if p >= max(MIN_POINTS, ALSO * top_points)}
    name = top if top_points >= LEAD * second else "algemeen"
    return DomainEstimate(name, frozenset(also | {top}), ranked, found)


def letter_domain(text: str, setting: str | None = None) -> DomainEstimate:
    """The letter's domain: the configured one (settings.domain) or the estimate."""
    if setting is None:
        return estimate_domain(text)
    domains = frozenset() if setting == "algemeen" else frozenset({setting})
    return DomainEstimate(setting, domains, (), (), given=True)


def domain_fits(entry: Entry, estimate: DomainEstimate) -> bool:
    """Return True when the entry may be offered in a letter of this domain.

    An entry without `domain`, or with `algemeen`, fits every letter. A letter without a
    clear domain accepts every entry (we cannot tell that the sense is wrong).
    """
    if not entry.domains or "algemeen" in entry.domains or not estimate.domains:
        return True
    return bool(set(entry.domains) & estimate.domains)


def _window_text(text: str, start: int, end: int, window: int | str, sent: tuple[int, int]) -> str:
    if window == "letter":
        return text
    if window == "sentence":
        return text[sent[0] : sent[1]]
    assert isinstance(window, int)
    before = list(_WORD.finditer(text, max(0, start - 40 * window), start))
    after = list(_WORD.finditer(text, end, min(len(text), end + 40 * window)))
    lo = before[-window].start() if len(before) >= window else max(0, start - 40 * window)
    hi = after[window - 1].end() if len(after) >= window else min(len(text), end + 40 * window)
    return text[lo:hi]


def context_fits(
    entry: Entry, text: str, start: int, end: int, sent: tuple[int, int], spread: bool = False
) -> bool:
    """Return True when the entry's `near` / `not_near` conditions hold around [start, end).

    The term itself is masked, so a pattern never matches the term it guards. A `spread`
    span (a split verb 'kent ... toe', a formula with a gap 'heeft ... plaatsgevonden')
    owns only its first and last word: the words in the gap stay visible, so 'near:
    [gesprek]' sees 'heeft een gesprek plaatsgevonden'.
    """
    if not entry.near and not entry.not_near:
        return True
    masked = text[:start] + " " * (end - start) + text[end:]
    inner = text[start:end].split()
    if spread and len(inner) > 2:
        head_end, tail_start = start + len(inner[0]), end - len(inner[-1])
        masked = (
            text[:start] + " " * (head_end - start) + text[head_end:tail_start]
            + " " * (end - tail_start) + text[end:]
        )  # fmt: skip
    around = _window_text(masked, start, end, entry.window, sent)
    if any(context_regex(p).search(around) for p in entry.not_near):
        return False
    return not entry.near or any(context_regex(p).search(around) for p in entry.near)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    """All known names in one pattern, longest first."""
    names = sorted(nl.words("names"), key=len, reverse=True)
    return re.compile(
        word_alternation([context_regex(n).pattern for n in names], names), re.IGNORECASE
    )


def name_words(text: str) -> frozenset[str]:
    """The words of the known names (lang/nl/names.txt) that occur in a text."""
    return frozenset(w for m in _name_pattern().finditer(text) for w in m.group().split())


@lru_cache(maxsize=16)
def _name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the known names occur in a letter (found once per letter)."""
    return tuple(m.span() for m in _name_pattern().finditer(text))


def in_name(text: str, start: int, end: int, sent_start: int) -> bool:
    """Return True when [start, end) lies inside the name of a law or organisation.

    A known name (lang/nl/names.txt) that is longer than the span, or a capitalised
    multiword name inside a sentence: the term follows a name head (lang/nl/name_heads.txt)
    with at most two lowercase words between them ('de Wet gemeentelijke
    schuldhulpverlening'), or a capitalised term follows a capitalised word ('het Sociaal
    Wijkteam').
    """
    for a, b in _name_spans(text):
        if a > start:
            break
        if end <= b and (b - a) > end - start:
            return True
    before = list(_WORD.finditer(text, max(sent_start, start - 60), start))[-3:]
    prev_end = start
    between: list[str] = []
    for m in reversed(before):
        if any(c in text[m.end() : prev_end] for c in ",;:.()/\n"):
            return False
        word = m.group(0)
        if word.islower():
            if word in nl.words("determiners") or word in STOP_WORDS:
                # 'Sara een indicatie', 'Participatiewet te herzien': a name, then other words
                return False
            between.append(word)
            prev_end = m.start()
            continue
        if not word[:1].isupper() or word.isupper() or "-" in word or word in ("U", "Uw"):
            return False
        first = text[sent_start : m.start()].strip(" \t\"'‘“-•*") == ""
        if first:
            return False  # 'Algemene informatie treft u aan': a sentence start, not a name
        if word.lower() in nl.words("name_heads"):
            return True  # 'de Wet gemeentelijke schuldhulpverlening'
        # 'het Sociaal Wijkteam', 'Steunpunt Mantelzorg': capitals on both words; but not
        # 'Participatiewet algemene bijstand toegekend'
        return not between and text[start : start + 1].isupper()
    return False


@lru_cache(maxsize=1)
def _court_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(context_regex(c) for c in nl.words("courts"))


@lru_cache(maxsize=1)
def _legal_terms() -> frozenset[str]:
    return frozenset(w.lower() for w in nl.words("legal_terms"))


def court_term(entry: Entry, sentence_text: str) -> bool:
    """Return True when a replacement would swap a court's legal term for another.

    In a sentence that names a court or a judge, a `replace` entry whose term or one of
    whose alternatives is a legal term (lang/nl/legal_terms.txt) is not offered.
    """
    if entry.type != "replace":
        return False
    legal = _legal_terms()
    words = {w.lower() for t in entry.terms for w in t.words}
    words |= {w.lower() for a in entry.plain for w in a.text.split()}
    if not words & legal:
        return False
    return any(p.search(sentence_text) for p in _court_patterns())


# A Dutch postcode or a postbus: the line is (part of) an address.
_ADDRESS = re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\b(?:postbus|antwoordnummer)\s+\d+", re.IGNORECASE)


def in_address(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Return True when [start, end) is part of an address written in a sentence: a run of
    short comma-separated parts that holds a postbus or a postcode ('Rechtbank X, team
    bestuursrecht, Postbus 9030, 6800 EM Arnhem'). An address is copied, never explained."""
    sentence = text[sent[0] : sent[1]]
    if not _ADDRESS.search(sentence):
        return False
    parts: list[tuple[int, int]] = []
    at = 0
    for m in re.finditer(r"[,:;]|$", sentence):
        parts.append((at, m.start()))
        at = m.end()
    here = next(
        (i for i, (a, b) in enumerate(parts) if a <= start - sent[0] < b or a == b == 0), None
    )
    if here is None:
        return False

    def short(i: int) -> bool:
        a, b = parts[i]
        return len(sentence[a:b].split()) <= 4

    lo = hi = here
    while lo > 0 and short(lo - 1):
        lo -= 1
    while hi + 1 < len(parts) and short(hi + 1):
        hi += 1
    run = [sentence[a:b] for a, b in parts[lo : hi + 1]]
    return short(here) and any(_ADDRESS.search(part) for part in run)


@lru_cache(maxsize=1)
def _naming() -> re.Pattern[str]:
    # the naming verb, up to four words ('in de wet', 'ook wel'), an optional article, the
    # term; after it only the sentence's end
    return re.compile(
        r"\b" + nl.pattern("naming_verbs") + r"(?:\s+[\w-]+){0,4}?\s+(?:(?:een|de|het)\s+)?$",
        re.IGNORECASE,
    )


def named_term(entry: Entry, text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Return True when the span is the name a sentence gives ('Dit heet in de wet een
    maatwerkvoorziening.'): a replacement or another word would rename it; an explanation
    still fits."""
    if entry.type == "explain":
        return False
    if text[end : sent[1]].strip(" \t\n.!?:;)\"'’”") != "":
        return False
    return bool(_naming().search(text[sent[0] : start]))


def fits(
    entry: Entry,
    text: str,
    start: int,
    end: int,
    sent: tuple[int, int],
    estimate: DomainEstimate,
    spread: bool = False,
) -> bool:
    """Return True when the entry may be offered for the span [start, end) of `text`
    (`spread`: a split verb or a formula with a gap, see `context_fits`)."""
    if not domain_fits(entry, estimate):
        return False
    if not context_fits(entry, text, start, end, sent, spread):
        return False
    if not entry.case_sensitive and in_name(text, start, end, sent[0]):
        return False
    if in_address(text, start, end, sent):
        return False
    if named_term(entry, text, start, end, sent):
        return False
    return not court_term(entry, text[sent[0] : sent[1]])
