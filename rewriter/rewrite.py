"""rewrite(): findings -> proposals -> the writer's choice -> guarded apply -> new scores.

Every path that produces text goes through `guard_text`, which reports the
facts of the original that are missing from the new text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rewriter.engine import Engine
from rewriter.facts import Fact, OriginalFacts, extract_facts, fact_list, missing_facts
from rewriter.grammar_vet import vet_proposals
from rewriter.letter import Letter
from rewriter.parser import load_parser
from rewriter.pipeline import Report, check_letter, rescore
from rewriter.rules import RULES, Registry
from rewriter.scoring import Scores
from rewriter.suggest import AppliedEdit, Proposal, Refusal, apply

ACCEPT_MODES = ("safe", "all", "none")


@dataclass(frozen=True)
class RewriteResult:
    """The outcome of one rewrite: new text, what was applied and refused, facts, scores."""

    report: Report
    proposals: tuple[Proposal, ...]
    text: str
    applied: tuple[AppliedEdit, ...]
    refused: tuple[Refusal, ...]
    facts: tuple[Fact, ...]
    missing: tuple[str, ...]
    scores_after: Scores
    # The analysed rewritten text, so callers (structure, render) need not build it again.
    letter_after: Letter = field(compare=False, repr=False)
    # Proposals the grammar check did not offer (rewriter/grammar.py), with the reason.
    withheld: tuple[Refusal, ...] = ()
    # The original's side of the fact guard (its text and `facts`), prepared once, so
    # that `compose` checks the delivered files against it without preparing it again.
    original_facts: OriginalFacts | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        """Return the schema-1 result fields of `rewriter rewrite` (without path and error)."""
        return {
            "text": self.text,
            "applied": [
                {
                    "rule_id": a.rule_id,
                    "start": a.start,
                    "end": a.end,
                    "before": a.before,
                    "after": a.after,
                }
                for a in self.applied
            ],
            "refused": [{"rule_id": r.proposal.rule_id, "reason": r.reason} for r in self.refused],
            "facts": {"found": fact_list(self.facts), "missing": list(self.missing)},
            "scores_before": self.report.scores.to_dict(),
            "scores_after": self.scores_after.to_dict(),
        }


def propose(report: Report, engine: Engine, registry: Registry = RULES) -> tuple[Proposal, ...]:
    """Return every proposal for a report that passes the grammar check."""
    return propose_checked(report, engine, registry)[0]


def propose_checked(
    report: Report,
    engine: Engine,
    registry: Registry = RULES,
    only: str | Iterable[str] | None = None,
) -> tuple[tuple[Proposal, ...], tuple[Refusal, ...]]:
    """Return (proposals offered, proposals withheld by the grammar check with the reason).

    Every code rule's proposals (glossary, structural, sentence; rewriter/rules.py); every
    one is re-analysed on the sentences it touches (rewriter/grammar.py) before it is offered.
    With `only` (an `accept` value), only the proposals it selects are checked and returned:
    the check of one proposal does not depend on the others, so these are exactly the
    proposals `select(offered, only)` would give, at the cost of checking fewer.
    """
    letter = report.letter
    props: list[Proposal] = []
    for proposer in registry.proposers:
        props += proposer(letter, report.findings, engine)
    props = sorted(props, key=lambda p: (p.start, p.end, p.id))
    if only is not None:
        props = select(props, only)
    lem = engine.resources.lemmatizer
    offered, withheld = vet_proposals(letter, props, lem, load_parser(), engine.glossary)
    return tuple(offered), tuple(withheld)


def select(proposals: Iterable[Proposal], accept: str | Iterable[str]) -> list[Proposal]:
    """Choose proposals: 'safe', 'all', 'none', or a collection of rule ids / proposal ids.

    'all' takes the first alternative of every proposal; the guard in `apply`
    still refuses what would alter a fact.
    """
    props = list(proposals)
    if accept == "none":
        return []
    if accept == "safe":
        return [p for p in props if p.safe]
    if accept == "all":
        return [p for p in props if p.alternative == 0]
    wanted = {accept} if isinstance(accept, str) else set(accept)
    return [p for p in props if (p.rule_id in wanted and p.alternative == 0) or p.id in wanted]


def guard_text(original: str, new_text: str, facts: Iterable[Fact] | None = None) -> list[str]:
    """Return the facts of `original` that are missing from `new_text` (any rewriter)."""
    return missing_facts(
        facts if facts is not None else extract_facts(original), new_text, original
    )


CEFR_RANK = {"A2": 0, "B1": 1, "B2": 2, "C1": 3}
_TOO_LONG = (
    "Dit voorstel is niet toegepast: de tekst zou er moeilijker door worden "
    "(langere zinnen). Maak de zin eerst korter."
)


def rewrite_letter(
    letter: Letter, engine: Engine, accept: str | Iterable[str] = "safe", vet: str = "all"
) -> RewriteResult:
    """Analyse, propose, apply the accepted proposals under the fact guard, and rescore.

    Three guarantees: no fact of the original is lost, the CEFR estimate of
    the result is never worse than the original's, and with accept='safe' the
    letter does not get longer (in words). When the chosen proposals
    together would make the letter harder to read (replacements and
    explanations can lengthen sentences), the proposals that add the most
    words are withdrawn, one at a time, and reported as refused; when the letter
    is too long by a few words, the smallest proposal that makes up for them goes
    first (`_to_withdraw`), so that the words saved elsewhere in the letter pay
    for a sentence rewrite that adds one (the rule is per letter).

    `vet="all"` checks the grammar of every proposal (the result lists them all, for
    a writer to choose from); `vet="chosen"` only of those `accept` chooses, for a caller
    that uses the applied text alone (the batch): the text, what was applied and refused
    are the same, and `proposals` and `withheld` then hold only the chosen ones.
    """
    if vet not in ("all", "chosen"):
        raise ValueError(f"vet must be 'all' or 'chosen', not {vet!r}")
    report = check_letter(letter, engine)
    proposals, withheld = propose_checked(report, engine, only=accept if vet == "chosen" else None)
    facts = letter.facts
    chosen = select(proposals, accept)
    withdrawn: list[Refusal] = []
    while True:
        result = apply(letter.text, chosen, letter.protected, facts)
        if result.applied and not _word_count(result.text):
            # deleting a closing formula must not leave an empty letter
            withdrawn += [Refusal(p, _EMPTY) for p in chosen]
            chosen = []
            continue
        letter_after, after = (
            _rescore(result.text, engine, letter) if result.applied else (letter, report.scores)
        )
        harder = CEFR_RANK[after.cefr] > CEFR_RANK[report.scores.cefr]
        longer = accept == "safe" and _word_count(result.text) > _word_count(letter.text)
        if not harder and not longer:
            break
        applied_ids = {a.proposal_id for a in result.applied}
        growing = [p for p in chosen if p.id in applied_ids and _words_added(p) > 0]
        if not growing:
            break
        worst = _to_withdraw(growing, _word_count(result.text) - _word_count(letter.text), harder)
        chosen = [p for p in chosen if p.id != worst.id]
        withdrawn.append(Refusal(worst, _TOO_LONG if harder else _LONGER))
    prepared = OriginalFacts(letter.text, facts)
    # the same check as guard_text(letter.text, result.text, facts), with the original's
    # side prepared once and the facts of the analysed new text
    missing = missing_facts(facts, result.text, prepared, letter_after.facts)
    return RewriteResult(
        report=report,
        proposals=proposals,
        text=result.text,
        applied=result.applied,
        refused=result.refused + tuple(withdrawn),
        facts=facts,
        missing=tuple(missing),
        scores_after=after,
        letter_after=letter_after,
        withheld=withheld,
        original_facts=prepared,
    )


_EMPTY = "Dit voorstel is niet toegepast: er zou geen tekst overblijven."
_LONGER = (
    "Dit voorstel is niet vanzelf toegepast: de brief zou er langer door worden. "
    "Kies het zelf als de uitleg nodig is."
)


def _word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _words_added(prop: Proposal) -> int:
    return len(prop.after.split()) - len(prop.before.split())


def _to_withdraw(growing: list[Proposal], excess: int, harder: bool) -> Proposal:
    """The growing proposal to withdraw next.

    Too long by `excess` words: the smallest one that alone makes up for it, so that no more
    is withdrawn than needed (three '+2' swaps were withdrawn where one '+1' would do, once
    the active voice, 'wordt uitgenodigd' -> 'nodigen wij ... uit', added a word); without
    one, or when the letter got harder to read, the largest. At the same size the earlier one.
    """
    fits = [p for p in growing if _words_added(p) >= excess]
    if fits and not harder:
        return min(fits, key=lambda p: (_words_added(p), p.start))
    return max(growing, key=lambda p: (_words_added(p), -p.start))


def _rescore(text: str, engine: Engine, original: Letter) -> tuple[Letter, Scores]:
    # `like=original`: the sentences the rewrite left as they were are not matched against
    # the glossary again (Letter.memo); the scores are those of a fresh letter
    letter = Letter.from_text(text, engine.resources, like=original)
    return letter, rescore(letter, engine)


def rewrite(
    text: str, engine: Engine, accept: str | Iterable[str] = "safe", vet: str = "all"
) -> RewriteResult:
    """Rewrite a letter text; see `rewrite_letter`."""
    return rewrite_letter(Letter.from_text(text, engine.resources), engine, accept, vet)
