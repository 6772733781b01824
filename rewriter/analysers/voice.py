"""Passive voice: a form of `worden`/`zijn` with a past participle.

Reads: tokens of each sentence and the lemma tables. Emits `passive.*`:
`passive.verzocht` (suggestion) for "u wordt verzocht", `passive.er-wordt`
(suggestion) for impersonal "er wordt ... besloten", otherwise
`passive.worden` / `passive.zijn` as hints. Lexical rules only (no parser),
measured at F1 0.79-0.87 on UD Dutch (research/nlp-stack.md §6); `zijn` +
participles of verbs that take `zijn` in the perfect (gegaan, verhuisd) are
not passives and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rewriter.lang import nl
from rewriter.model import Finding, Severity
from rewriter.nlp import Lemmatizer
from rewriter.verbforms import is_participle

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter

WORDEN = nl.verb_forms("worden")
ZIJN = nl.verb_forms("zijn")
# Verbs whose perfect takes 'zijn': their participle after 'zijn' is not passive.
ZIJN_VERBS = {
    "gaan", "komen", "blijven", "worden", "zijn", "beginnen", "verhuizen", "vertrekken",
    "overlijden", "sterven", "gebeuren", "lukken", "mislukken", "ontstaan", "verdwijnen",
    "vallen", "groeien", "opgroeien", "stoppen", "veranderen", "terugkomen", "aankomen",
    "slagen", "zakken", "verschijnen", "uitkomen", "meegaan", "langskomen", "afnemen",
    "toenemen", "stijgen", "dalen", "trouwen", "scheiden", "verlopen", "vervallen",
    "verstrijken", "binnenkomen", "ophouden", "opstaan", "teruggaan", "thuiskomen",
    "inschrijven", "schrikken", "gewend", "geboren", "overgaan", "afreizen", "vergeten",
}  # fmt: skip
BOUNDARY = {",", ";", ":", "(", ")", "dat", "omdat", "want", "maar", "als", "die", "en", "of"}
_WINDOW = 11


def find_passives(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield passive constructions, one per auxiliary."""
    lem = engine.resources.lemmatizer
    doc = letter.doc
    for sentence in letter.sentences:
        toks = list(doc[sentence.token_start : sentence.token_end])
        used: set[int] = set()
        for i, tok in enumerate(toks):
            low = tok.lower_
            if low not in WORDEN and low not in ZIJN:
                continue
            part = _find_participle(toks, i, lem, low in ZIJN, used)
            if part is None:
                continue
            j, verb = part
            used.add(j)
            a, b = (i, j) if i < j else (j, i)
            start = toks[a].idx
            end = toks[b].idx + len(toks[b].text)
            yield _finding(letter, toks, i, j, verb, low, start, end)


def _find_participle(
    toks: list, i: int, lem: Lemmatizer, is_zijn: bool, used: set[int]
) -> tuple[int, str] | None:
    if is_zijn and i + 1 < len(toks) and toks[i + 1].lower_ in {"er", "van", "blij", "het"}:
        return None
    candidates = [*range(i + 1, min(len(toks), i + 1 + _WINDOW))]
    for j in candidates:
        tok = toks[j]
        if tok.lower_ in BOUNDARY and j > i + 1:
            break
        verb = is_participle(tok.text, lem) if j not in used else None
        if verb:
            if is_zijn and verb in ZIJN_VERBS:
                return None
            return j, verb
    for j in (i - 1, i - 2):
        if j >= 0 and j not in used:
            verb = is_participle(toks[j].text, lem)
            if verb and not (is_zijn and verb in ZIJN_VERBS):
                return j, verb
    return None


def _finding(
    letter: Letter, toks: list, i: int, j: int, verb: str, aux: str, start: int, end: int
) -> Finding:
    prev = toks[i - 1].lower_ if i > 0 else ""
    after = toks[i + 1].lower_ if i + 1 < len(toks) else ""
    text = letter.text[start:end]
    if verb == "verzoeken" and "u" in (prev, after):
        return Finding(
            "passive.verzocht", "passive", Severity.SUGGESTION, start, end, text,
            "'U wordt verzocht' klinkt streng en afstandelijk. Vraag het direct: 'Wilt u ...?'",
            ("Wilt u ...?",),
        )  # fmt: skip
    if prev == "er" or (after == "er" and aux in WORDEN):
        return Finding(
            "passive.er-wordt", "passive", Severity.SUGGESTION, start, end, text,
            "Hier staat niet wie iets doet. Zeg wie het doet: 'Wij besluiten', 'De gemeente kijkt'.",
        )  # fmt: skip
    rule = "passive.worden" if aux in WORDEN else "passive.zijn"
    return Finding(
        rule, "passive", Severity.HINT, start, end, text,
        "Lijdende vorm: wie doet dit? Schrijf liever actief, bijvoorbeeld 'Wij hebben ... '.",
    )  # fmt: skip
