"""Every alternative the tool offers is spelled right: 0 spelling errors.

Checked against Debian's hunspell-nl (OpenTaal) word list, /usr/share/hunspell/nl.dic with
its affix rules (nl.aff), read by spylls (Hunspell ported to pure Python). Covered: the
`plain`/`options` of every glossary entry (with the verb forms and plurals given there and
the plurals the engine builds for noun alternatives: this is where 'de eizen' came from) and
every alternative in rewriter/lang/nl/synonyms.tsv.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from rewriter.analysers.style import inflect_alternative
from rewriter.dutch import plural_of
from rewriter.engine import Engine
from rewriter.lang import nl

DIC = Path("/usr/share/hunspell/nl")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _dictionary():  # spylls has no type hints
    from spylls.hunspell import Dictionary

    if not DIC.with_suffix(".dic").exists():
        pytest.fail("hunspell-nl is missing: run scripts/system-deps.sh test (apt hunspell-nl)")
    return Dictionary.from_files(str(DIC))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _known(word: str) -> bool:
    d = _dictionary()
    return bool(d.lookup(word) or d.lookup(word.lower()) or d.lookup(word.capitalize()))


def _misspelled(phrases: dict[str, str]) -> list[str]:
    bad = []
    for phrase, where in sorted(phrases.items()):
        for word in _words(phrase):
            if not _known(word):
                bad.append(f"{word!r} in {phrase!r} ({where})")
    return bad


def test_glossary_alternatives_are_spelled_right(engine: Engine) -> None:
    lem = engine.resources.lemmatizer
    phrases: dict[str, str] = {}
    for entry in engine.glossary.entries:
        where = f"{entry.path}:{entry.line} {entry.id}"
        for alt in entry.plain:
            phrases.setdefault(alt.text, where)
            for form in (alt.plural, *alt.forms.values()):
                if form:
                    phrases.setdefault(form, where)
            if entry.pos == "noun" and alt.gender and " " not in alt.text and not alt.plural:
                plural = plural_of(alt.text, lem)
                if plural:
                    phrases.setdefault(plural, f"{where} (meervoud van {alt.text})")
    assert len(phrases) > 300
    bad = _misspelled(phrases)
    assert not bad, f"{len(bad)} spelling errors:\n" + "\n".join(bad)


def test_synonym_alternatives_are_spelled_right(engine: Engine) -> None:
    # every form the rare-word hint can show: the base form and the inflected one
    lem = engine.resources.lemmatizer
    forms = {"noun": "plural", "adj": "e", "verb": "3sg"}
    phrases: dict[str, str] = {}
    for row in nl.table("synonyms"):
        where = f"synonyms.tsv {row['word']}"
        for alt in row["alternatives"].split("|"):
            alt = alt.strip()
            phrases.setdefault(alt, where)
            for form in (
                (forms.get(row["pos"]), "part", "part-e")
                if row["pos"] == "verb"
                else (forms.get(row["pos"]),)
            ):
                if form:
                    shown = inflect_alternative(alt, row["pos"], form, lem)
                    phrases.setdefault(shown, f"{where} ({form} van {alt})")
    assert len(phrases) > 500
    bad = _misspelled(phrases)
    assert not bad, f"{len(bad)} spelling errors:\n" + "\n".join(bad)


def test_the_checker_catches_a_misspelling() -> None:
    assert _known("eisen") and _known("besluiten")
    assert not _known("eizen")


def test_verb_stems_match_hunspell_for_every_elen_eren_enen_verb() -> None:
    """conjugate.stem agrees with hunspell-nl on every -elen/-eren/-enen verb it decides.

    Of 'regelt'/'regeelt' the OpenTaal list knows one; that one is the truth (2192 verbs).
    """
    from rewriter.conjugate import VERB_SCHWA, stem

    d = _dictionary()
    checked, wrong = 0, []
    for word in sorted({w.stem for w in d.dic.words}):
        m = VERB_SCHWA.fullmatch(word)
        if not m or not word.islower():
            continue
        short, long_ = m.group(1) + "e" + m.group(2), m.group(1) + "ee" + m.group(2)
        has_short, has_long = d.lookup(short + "t"), d.lookup(long_ + "t")
        if has_short == has_long:
            continue
        checked += 1
        if stem(word) != (short if has_short else long_):
            wrong.append(f"{word} -> {stem(word)}")
    assert checked > 2000
    assert wrong == []
