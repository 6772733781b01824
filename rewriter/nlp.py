"""Language resources: the spaCy Dutch tokenizer and the lemma tables.

Everything here is loaded once per process through `load_resources()` and is
read-only afterwards (the per-form lemma cache only memoises pure results).
Nothing is downloaded: spaCy's blank Dutch pipeline and the tables from
`spacy-lookups-data` are installed packages.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass, field
from importlib import resources

import spacy
from spacy.language import Language

_POS_RULES = ("noun", "verb", "adj")
# Entries kept in a per-process word cache before it is emptied (the caches hold values
# that depend on their key alone, so emptying one only costs time; under threads a
# duplicate computation or a lost entry is harmless).
CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class Lemmatizer:
    """Dutch lemma candidates from spaCy's lookup and rule tables (no POS needed)."""

    lookup: dict[str, str]
    index: dict[str, frozenset[str]]
    exc: dict[str, dict[str, list[str]]]
    rules: dict[str, list[tuple[str, str]]]
    _cache: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)

    def lemmas(self, form: str) -> frozenset[str]:
        """Return plausible lemmas of `form`: itself, lookup and index-validated rule lemmas."""
        return self._analyse(form)[0]

    def loose_lemmas(self, form: str) -> frozenset[str]:
        """Return `lemmas` plus rule lemmas that are not in the index (unknown compounds)."""
        return self._analyse(form)[1]

    def is_known(self, form: str, pos: str = "noun") -> bool:
        """Return True when `form` is a known lemma of the given part of speech."""
        return form.lower() in self.index.get(pos, frozenset())

    def _analyse(self, form: str) -> tuple[frozenset[str], frozenset[str]]:
        hit = self._cache.get(form)
        if hit is not None:
            return hit
        low = form.lower()
        strict = {low}
        loose: set[str] = set()
        looked = self.lookup.get(low)
        if looked:
            strict.add(looked.lower())
        for pos in _POS_RULES:
            exc = self.exc.get(pos, {})
            if low in exc:
                strict.update(x.lower() for x in exc[low])
                continue
            index = self.index.get(pos, frozenset())
            for old, new in self.rules.get(pos, ()):
                if low.endswith(old) and len(low) > len(old) + 1:
                    cand = low[: len(low) - len(old)] + new
                    if cand in index:
                        strict.add(cand)
                    else:
                        loose.add(cand)
        result = (frozenset(strict), frozenset(strict | loose))
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()  # bounded: a server sees every word of every letter
        self._cache[form] = result
        return result


@dataclass(frozen=True)
class Resources:
    """The shared, read-only language resources of one process."""

    nlp: Language
    lemmatizer: Lemmatizer


def _read_table(name: str) -> dict:
    root = resources.files("spacy_lookups_data") / "data"
    raw = (root / f"nl_{name}.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


def _build_lemmatizer() -> Lemmatizer:
    rules = _read_table("lemma_rules")
    exc = _read_table("lemma_exc")
    index = _read_table("lemma_index")
    return Lemmatizer(
        lookup=_read_table("lemma_lookup"),
        index={pos: frozenset(index.get(pos, [])) for pos in _POS_RULES},
        exc={pos: dict(exc.get(pos, {})) for pos in _POS_RULES},
        rules={pos: [(old, new) for old, new in rules.get(pos, [])] for pos in _POS_RULES},
    )


@functools.cache
def load_resources() -> Resources:
    """Build the tokenizer, sentencizer and lemmatizer once per process."""
    nlp = spacy.blank("nl")
    _keep_titles_whole(nlp)
    nlp.add_pipe("sentencizer")
    return Resources(nlp=nlp, lemmatizer=_build_lemmatizer())


def _keep_titles_whole(nlp: Language) -> None:
    """Every dotted title of the word lists is one token ('mw.', 'fam.'): spaCy's Dutch
    exceptions know 'mevr.' and 'dhr.' but split 'mw.' into 'mw' and '.', and the
    sentencizer then ended a sentence inside 'tot mw. R. Nijhuis'."""
    from spacy.symbols import ORTH

    from rewriter.lang import nl

    for title in nl.words("titles"):
        if title.endswith("."):
            for form in (title, title.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
