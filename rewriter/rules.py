"""The code rules: one record per rule, read by analysis, proposals and every screen.

A `CodeRule` says how it finds (an analyser `(letter, engine) -> findings`), how it
proposes (a proposer `(letter, findings, engine) -> proposals`) and which `Category`s its
findings have. A `Category` holds every fact about a finding category that used to live in
separate tables: the Dutch label, the highlight colour, the icon and underline of a mark
(the no-colour cue), which mark wins where marks overlap, the priority in deduplication,
whether it counts as jargon in the scores and whether it is a word a reader may not know.

A new analyser therefore touches two files: its own module and this registry (one
`CodeRule` record, with a `Category` when it brings a new one). `Registry` is a frozen
value; `RULES` is the default. Functions that run rules take a registry argument with
`RULES` as default, so a test (or a deployment) passes its own registry instead of
changing global state.

Glossary entries are rules as data (glossary/*.yaml); here they are one code rule,
`glossary`, whose findings take the category of their entry.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING

from rewriter.analysers import (
    find_contact,
    find_dienen_te,
    find_long_sentences,
    find_nominalisations,
    find_passives,
    find_rare_words,
    find_unknown_acronyms,
    glossary,
)
from rewriter.echter import echter_proposals
from rewriter.maybe import maybe_proposals
from rewriter.nominal import nominal_proposals
from rewriter.numbers import number_proposals
from rewriter.patterns import MUST_RULES, structural_proposals
from rewriter.sentence_rules import sentence_proposals
from rewriter.subject_label import subject_label_proposals
from rewriter.suggest import glossary_proposals

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter
    from rewriter.model import Finding
    from rewriter.suggest import Proposal

Analyser = Callable[["Letter", "Engine"], Iterable["Finding"]]
Proposer = Callable[["Letter", Sequence["Finding"], "Engine"], list["Proposal"]]


@dataclass(frozen=True)
class Category:
    """Everything the tool knows about one finding category, in one place."""

    name: str  # the `category` of a finding (JSON schema 1)
    label: str  # Dutch, on every screen
    colour: str  # highlight colour (the letter view of the old tab, the legend)
    icon: str  # shown before a mark: the cue that does not depend on colour
    underline: str  # CSS underline style of a mark: solid, double, dotted, dashed, wavy, none
    mark_order: int  # where marks overlap the lower one is drawn (narrow words over wide spans)
    # Word-level categories compete for a span in deduplication (lower wins) and are dropped
    # in protected spans; None: a sentence- or letter-level finding, kept as found.
    priority: int | None = None
    weak: bool = False  # a frequency hint: any glossary hit on the same span beats it
    words_only: bool = False  # names and titles (address, signature) are not flagged
    jargon: bool = False  # its words count as jargon in the scores
    unknown_word: bool = False  # a word a reader may not know (what blocks B1 on the main tab)

    @property
    def word_level(self) -> bool:
        """True for a word-level category (one finding per span, dropped in protected spans)."""
        return self.priority is not None


@dataclass(frozen=True)
class CodeRule:
    """One code rule: what it finds, how it proposes, in which categories."""

    name: str
    categories: tuple[Category, ...]
    find: Analyser | None = None
    propose: Proposer | None = None

    @property
    def scores(self) -> bool:
        """Its findings can count in the scores: rescoring a rewritten letter runs it."""
        return any(c.word_level for c in self.categories)


# Proposal kinds (Proposal.kind) and their Dutch labels on the proposal list.
KIND_LABELS = {
    "woord": "woord",
    "zin": "zin (controleer)",
    "uitleg": "uitleg",
    "toon": "toon",
    "actief": "actieve zin",
    "zin splitsen": "zin splitsen",
    "werkwoord": "werkwoord in plaats van naamwoord",
}


@dataclass(frozen=True)
class Registry:
    """An ordered set of code rules; every table the screens and the pipeline need."""

    rules: tuple[CodeRule, ...]
    kinds: tuple[tuple[str, str], ...] = field(default=tuple(KIND_LABELS.items()))

    def __post_init__(self) -> None:
        seen: dict[str, Category] = {}
        for rule in self.rules:
            for c in rule.categories:
                if seen.setdefault(c.name, c) != c:
                    raise ValueError(f"category {c.name!r} is defined twice, differently")
        labels = [c.label for c in seen.values()]
        if len(set(labels)) != len(labels):
            raise ValueError("two categories have the same label")

    def with_rule(self, rule: CodeRule) -> Registry:
        """A new registry with one more rule (this one is unchanged)."""
        return Registry((*self.rules, rule), self.kinds)

    @cached_property
    def categories(self) -> dict[str, Category]:
        """Category by name, in the order of the rules."""
        return {c.name: c for rule in self.rules for c in rule.categories}

    @cached_property
    def by_label(self) -> dict[str, Category]:
        """Category by Dutch label."""
        return {c.label: c for c in self.categories.values()}

    def label(self, category: str) -> str:
        """The Dutch label of a category."""
        return self.categories[category].label

    @cached_property
    def labels(self) -> dict[str, str]:
        """Dutch label by category name."""
        return {name: c.label for name, c in self.categories.items()}

    @cached_property
    def colours(self) -> dict[str, str]:
        """Highlight colour by Dutch label (what a highlighted-text widget needs)."""
        return {c.label: c.colour for c in self.categories.values()}

    @cached_property
    def icons(self) -> dict[str, str]:
        """Mark icon by Dutch label."""
        return {c.label: c.icon for c in self.categories.values()}

    @cached_property
    def underlines(self) -> dict[str, str]:
        """Mark underline style by Dutch label."""
        return {c.label: c.underline for c in self.categories.values()}

    @cached_property
    def kind_labels(self) -> dict[str, str]:
        """Dutch label by proposal kind; 'stigma' proposals carry the stigma category's label."""
        out = dict(self.kinds)
        if "stigma" in self.categories:
            out["stigma"] = self.categories["stigma"].label
        return out

    def mark_order(self, category: str) -> int:
        """Sort key for overlapping marks (unknown categories last)."""
        c = self.categories.get(category)
        return c.mark_order if c is not None else 99

    def names(self, test: Callable[[Category], bool]) -> frozenset[str]:
        """The names of the categories that pass `test`."""
        return frozenset(name for name, c in self.categories.items() if test(c))

    @cached_property
    def analysers(self) -> tuple[Analyser, ...]:
        """Every rule's analyser, in order."""
        return tuple(r.find for r in self.rules if r.find is not None)

    @cached_property
    def score_analysers(self) -> tuple[Analyser, ...]:
        """The analysers whose findings can count in the scores (see `CodeRule.scores`).

        Sentence- and letter-level findings never change which word-level findings
        survive deduplication, so rescoring a rewritten letter needs only these.
        """
        return tuple(r.find for r in self.rules if r.find is not None and r.scores)

    @cached_property
    def proposers(self) -> tuple[Proposer, ...]:
        """Every rule's proposer, in order."""
        return tuple(r.propose for r in self.rules if r.propose is not None)


# --- categories -------------------------------------------------------------------------

STIGMA = Category(
    "stigma", "label over mensen", "#e76f51", "⚠", "double", 0,
    priority=0, jargon=True, unknown_word=True,
)  # fmt: skip
JARGON = Category(
    "jargon", "vaktaal", "#f4a261", "▲", "solid", 1,
    priority=4, words_only=True, jargon=True, unknown_word=True,
)  # fmt: skip
LEGAL = Category(
    "legal", "uitleg nodig", "#b39ddb", "ℹ", "dotted", 2,
    priority=1, words_only=True, jargon=True, unknown_word=True,
)  # fmt: skip
TONE = Category("tone", "toon", "#f48fb1", "☹", "wavy", 3, priority=3)
ACRONYM = Category(
    "acronym", "afkorting", "#80deea", "◉", "dotted", 4,
    priority=2, words_only=True, jargon=True, unknown_word=True,
)  # fmt: skip
AVOID = Category(
    "avoid", "vaag", "#ffe082", "≈", "wavy", 5,
    priority=5, words_only=True, jargon=True, unknown_word=True,
)  # fmt: skip
CONTACT = Category("contact", "contact", "#ffcc80", "☎", "double", 6)
RARE_WORD = Category(
    "rare_word", "weinig bekend woord", "#e0e0e0", "?", "dotted", 7,
    priority=9, weak=True, words_only=True, unknown_word=True,
)  # fmt: skip
PASSIVE = Category("passive", "lijdende vorm", "#a5d6a7", "↺", "dashed", 8)
NOMINALISATION = Category("nominalisation", "naamwoordstijl", "#c5e1a5", "◆", "dashed", 9)
LONG_SENTENCE = Category("long_sentence", "lange zin", "#bbdefb", "¶", "none", 10)


# --- proposers ----------------------------------------------------------------------------


def _glossary_proposals(
    letter: Letter, findings: Sequence[Finding], engine: Engine
) -> list[Proposal]:
    lem = engine.resources.lemmatizer
    limit = engine.settings.long_sentence_words
    return glossary_proposals(letter, findings, engine.glossary, lem, limit)


def _structural(
    rule_ids: Collection[str], letter: Letter, findings: Sequence[Finding], engine: Engine
) -> list[Proposal]:
    wanted = [f for f in findings if f.rule_id in rule_ids]
    return structural_proposals(letter, wanted, engine.resources.lemmatizer, findings)


def _sentence_rewrites(
    letter: Letter, findings: Sequence[Finding], engine: Engine
) -> list[Proposal]:
    return sentence_proposals(letter, findings, engine.resources.lemmatizer)


def _nominal(letter: Letter, findings: Sequence[Finding], engine: Engine) -> list[Proposal]:
    return nominal_proposals(letter, findings, engine.resources.lemmatizer)


def _maybe(letter: Letter, findings: Sequence[Finding], engine: Engine) -> list[Proposal]:
    return maybe_proposals(letter, findings, engine.resources.lemmatizer)


def _numbers(letter: Letter, findings: Sequence[Finding], engine: Engine) -> list[Proposal]:
    return number_proposals(letter, findings, engine.resources.lemmatizer)


def _echter(letter: Letter, findings: Sequence[Finding], engine: Engine) -> list[Proposal]:
    return echter_proposals(letter, findings, engine.resources.lemmatizer)


def _subject_label(letter: Letter, findings: Sequence[Finding], engine: Engine) -> list[Proposal]:
    return subject_label_proposals(letter, findings)


# --- the rules ----------------------------------------------------------------------------

RULES = Registry(
    (
        # glossary entries: their type (or `category`) decides the category
        CodeRule(
            "glossary",
            (STIGMA, JARGON, LEGAL, AVOID, ACRONYM, TONE),
            glossary,
            _glossary_proposals,
        ),
        CodeRule(
            "long_sentence",
            (LONG_SENTENCE,),
            find_long_sentences,
            partial(_structural, {"sentences.too-long"}),
        ),
        CodeRule(
            "passive",
            (PASSIVE,),
            find_passives,
            partial(
                _structural,
                {"passive.verzocht", "glossary.toon-wij-verzoeken-u", "passive.er-wordt"},
            ),
        ),
        CodeRule(
            "dienen_te",
            (TONE,),
            find_dienen_te,
            partial(
                _structural,
                {"tone.dienen-te", *MUST_RULES},
            ),
        ),
        CodeRule("nominalisation", (NOMINALISATION,), find_nominalisations, _nominal),
        CodeRule("acronym", (ACRONYM,), find_unknown_acronyms),
        CodeRule("contact", (CONTACT,), find_contact),
        CodeRule("rare_word", (RARE_WORD,), find_rare_words),
        # whole-sentence rewrites (conditions first, empty formulas, active voice)
        CodeRule("sentence", (), None, _sentence_rewrites),
        # number words that count something, in digits ('vijf werkdagen' -> '5 werkdagen')
        CodeRule("number", (), None, _numbers),
        # 'mogelijk' where it can only mean 'perhaps' -> 'misschien'
        CodeRule("maybe", (), None, _maybe),
        # 'echter' in the middle of a main clause -> 'Maar' in front of it
        CodeRule("echter", (), None, _echter),
        # the subject line's label 'Betreft:' -> 'Onderwerp:' (one label line only)
        CodeRule("subject_label", (), None, _subject_label),
    )
)
