"""Withhold proposals that the grammar check rejects (see rewriter/grammar.py).

For each proposal the sentences it touches are taken from the letter, the
proposal's edits are applied to them, and `grammar.edit_problems` compares the
two. A proposal that introduces a problem is not offered; the refusal carries
the Dutch reason (the benchmark counts them per reason).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rewriter.grammar import (
    NAME_HEADS,
    REASONS,
    Problem,
    article_genders,
    edit_problems,
    sentence_problems,
    split_sentences,
)
from rewriter.suggest import Proposal, Refusal

if TYPE_CHECKING:
    from spacy.language import Language

    from rewriter.glossary import Glossary
    from rewriter.letter import Letter
    from rewriter.nlp import Lemmatizer

WITHHELD_PREFIX = "Niet aangeboden: de zin zou niet meer kloppen"


# glossary_genders per Glossary object (an Engine's glossary is built once and never
# changed): (the glossary itself, its genders), at most a few glossaries (overlay reloads)
_GENDERS: dict[int, tuple[Glossary, dict[str, str]]] = {}
_GENDERS_LIMIT = 4


def glossary_genders(glossary: Glossary | None) -> dict[str, str]:
    """Return word -> 'de'/'het' for the nouns whose gender the glossary states.

    Worked out once per glossary (it reads every explanation and example of every entry,
    a quarter of the grammar check's time per letter when done per letter); a copy is
    returned, so a caller cannot change the kept one.
    """
    if glossary is None:
        return {}
    kept = _GENDERS.get(id(glossary))
    if kept is None or kept[0] is not glossary:
        if len(_GENDERS) >= _GENDERS_LIMIT:
            _GENDERS.clear()
        kept = (glossary, _glossary_genders(glossary))
        _GENDERS[id(glossary)] = kept
    return dict(kept[1])


def _glossary_genders(glossary: Glossary) -> dict[str, str]:
    # the articles in the glossary's own hand-written Dutch (explanations, examples) ...
    texts = []
    for entry in glossary.entries:
        texts += [entry.explanation, entry.explanation_plural]
        texts += [x for e in entry.examples for x in (e.sentence, e.fix or "")]
    out = article_genders("\n".join(texts))
    # ... and, above them, the genders it states
    for entry in glossary.entries:
        for alt in entry.plain:
            if alt.gender and " " not in alt.text:
                out[alt.text.lower()] = alt.gender
        for term in entry.terms:
            if term.gender and len(term.words) == 1:
                out[term.words[0].lower()] = term.gender
    return out


def touched_segment(letter: Letter, prop: Proposal) -> tuple[int, int]:
    """Return the span of the whole sentences that a proposal's edits touch."""
    start, end = prop.start, prop.end
    for s in letter.sentences:
        if s.start <= prop.end and prop.start <= s.end:
            start, end = min(start, s.start), max(end, s.end)
    return start, end


def after_segment(text: str, prop: Proposal, start: int, end: int) -> str:
    """Apply a proposal's edits to text[start:end]."""
    segment = text[start:end]
    for e in sorted(prop.edits, key=lambda e: (e.start, e.end), reverse=True):
        segment = segment[: e.start - start] + e.text + segment[e.end - start :]
    return segment


def reason_key(refusal_reason: str) -> str:
    """Map a withheld proposal's Dutch reason back to its grammar.REASONS key."""
    for key, text in REASONS.items():
        if text in refusal_reason:
            return key
    return "other"


def vet_proposals(
    letter: Letter,
    proposals: Sequence[Proposal],
    lem: Lemmatizer,
    nlp: Language | None,
    glossary: Glossary | None = None,
) -> tuple[list[Proposal], list[Refusal]]:
    """Split proposals into (offered, withheld by the grammar check)."""
    # the glossary's genders first, then the articles the letter itself uses
    genders = {**article_genders(letter.text), **glossary_genders(glossary)}
    memo: dict[str, list[Problem]] = {}
    segments = []
    for prop in proposals:
        start, end = touched_segment(letter, prop)
        segments.append((letter.text[start:end], after_segment(letter.text, prop, start, end)))
    docs: dict = {}
    if nlp is not None:
        # Parse the sentences after each edit first, in one batch; a sentence before the edit
        # matters only when the edited one has a problem (to tell new problems from old
        # ones), so those are parsed only then. The checks read tags and morphology, not
        # the dependency tree: the parser and lemmatizer are not run.
        after_texts = [s for _, after in segments for s in split_sentences(after)]
        docs = _parse(nlp, after_texts, docs)
        memo.update(
            (s, sentence_problems(s, lem, nlp, genders, docs[s])) for s in docs if s not in memo
        )
        needy = [b for b, a in segments if any(memo[s] for s in split_sentences(a))]
        docs = _parse(nlp, [s for b in needy for s in split_sentences(b)], docs)
    offered: list[Proposal] = []
    withheld: list[Refusal] = []
    for prop, (before, after) in zip(proposals, segments, strict=True):
        clean = nlp is not None and not any(memo[s] for s in split_sentences(after))
        problems = [] if clean else edit_problems(before, after, lem, nlp, genders, memo, docs)
        if not problems and _inside_name(letter, prop):
            problems = [Problem("name", letter.text[prop.start : prop.end])]
        if problems:
            withheld.append(Refusal(prop, f"{WITHHELD_PREFIX}: {problems[0].message}."))
        else:
            offered.append(prop)
    return offered, withheld


def _parse(nlp: Language, texts: list[str], docs: dict) -> dict:
    """Add the parses of the texts not yet in `docs` (tagger and morphology only)."""
    todo = [t for t in dict.fromkeys(texts) if t not in docs]
    skip = ("parser", "trainable_lemmatizer", "lemmatizer")
    disable = [n for n in skip if n in nlp.pipe_names]
    docs.update(zip(todo, nlp.pipe(todo, disable=disable, batch_size=64), strict=True))
    return docs


def _inside_name(letter: Letter, prop: Proposal) -> bool:
    """A word swap right after a capitalised word mid-sentence: 'Centrum indicatiestelling zorg'."""
    if prop.kind not in ("woord", "zin", "stigma") or not prop.rule_id.startswith("glossary."):
        return False
    first = prop.edits[0]
    if first.start == first.end or not letter.text[first.start : first.start + 1].islower():
        return False
    sentence = letter.sentence_at(first.start)
    before = letter.text[sentence.start if sentence else 0 : first.start]
    words = before.split()
    last = words[-1] if len(words) >= 2 else ""
    return last[:1].isupper() and last[1:].islower() and last.lower() in NAME_HEADS
