"""The code-rule registry: one record per rule, read by analysis, proposals and screens."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from rewriter import present
from rewriter.engine import Engine
from rewriter.glossary import CATEGORY_OVERRIDES, TYPES
from rewriter.letter import Letter
from rewriter.model import Finding, Severity
from rewriter.pipeline import analyse, check_letter, rescore
from rewriter.rewrite import propose
from rewriter.rules import RULES, Category, CodeRule
from rewriter.suggest import Edit, Proposal

REWRITER = Path(__file__).resolve().parent.parent / "rewriter"

# A tiny extra code rule, defined only here: 'bekijken' -> 'lezen' (a word no table knows).
TRIAL = Category("trial", "proefregel", "#123456", "⌛", "dotted", 5, priority=6, jargon=True)


def _find_trial(letter: Letter, engine: Engine) -> Iterator[Finding]:
    del engine
    for tok in letter.doc:
        if tok.lower_ == "bekijken":
            end = tok.idx + len(tok.text)
            yield Finding(
                "trial.bekijken", "trial", Severity.SUGGESTION, tok.idx, end, tok.text,
                "Schrijf 'lezen'.", ("lezen",),
            )  # fmt: skip


def _propose_trial(letter: Letter, findings, engine: Engine) -> list[Proposal]:
    del engine
    return [
        Proposal.from_edits(
            letter.text,
            id=f"{f.rule_id}@{f.start}",
            rule_id=f.rule_id,
            kind="woord",
            edits=[Edit(f.start, f.end, "lezen")],
            explanation="Een proef.",
            safe=True,
        )
        for f in findings
        if f.rule_id == "trial.bekijken"
    ]


EXTRA = RULES.with_rule(CodeRule("trial", (TRIAL,), _find_trial, _propose_trial))
SENTENCE = "Wij hebben uw aanvraag ontvangen en gaan die bekijken."


def test_an_extra_rule_flows_through_analysis_proposals_and_screens(engine: Engine) -> None:
    letter = Letter.from_text(SENTENCE, engine.resources)
    report = check_letter(letter, engine, EXTRA)
    ours = [f for f in report.findings if f.category == "trial"]
    assert [f.text for f in ours] == ["bekijken"]
    # it counts as jargon in the scores, through the record's `jargon` flag
    assert report.scores == rescore(letter, engine, EXTRA)
    assert report.scores != check_letter(letter, engine).scores
    # proposals: the rule's proposer runs and passes the grammar check
    props = [p for p in propose(report, engine, EXTRA) if p.rule_id == "trial.bekijken"]
    assert [p.after for p in props] == ["lezen"]
    # screens: the Dutch label and colour come from the record
    assert ("bekijken", "proefregel") in present.highlights(report, EXTRA)
    assert present.findings_rows(report, EXTRA)[0][0] in {"proefregel"} | set(RULES.labels.values())
    assert EXTRA.colours["proefregel"] == "#123456" and EXTRA.icons["proefregel"] == "⌛"


def test_the_default_registry_is_unchanged(engine: Engine) -> None:
    letter = Letter.from_text(SENTENCE, engine.resources)
    assert "trial" not in RULES.categories
    assert all(f.category != "trial" for f in analyse(letter, engine))


def test_a_category_defined_twice_differently_is_refused() -> None:
    other = Category("jargon", "vakwoorden", "#000000", "!", "solid", 1, priority=4)
    try:
        RULES.with_rule(CodeRule("x", (other,)))
    except ValueError as e:
        assert "jargon" in str(e)
    else:
        raise AssertionError("a second, different 'jargon' category was accepted")


def test_registry_tables_cover_every_category() -> None:
    cats = RULES.categories
    assert set(RULES.labels) == set(cats)
    assert set(RULES.colours) == set(RULES.icons) == set(RULES.underlines) == set(RULES.by_label)
    assert len(set(RULES.labels.values())) == len(cats)
    # every scoring analyser is also an analyser, in the same order
    assert [a for a in RULES.analysers if a in RULES.score_analysers] == list(RULES.score_analysers)


def _string_constants(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _collections(tree: ast.AST) -> Iterator[list[str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            items = node.keys
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = node.elts
        else:
            continue
        yield [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def test_no_other_module_holds_category_tables() -> None:
    """Labels, colours and lists of category names live in rewriter/rules.py only (checked
    over rewriter/ and app.py).

    Glossary entry types ('avoid', 'stigma' are also category names) are the glossary's
    data schema, not category tables; so is the list of categories an entry may name
    (`glossary.CATEGORY_OVERRIDES`), which must be categories of the registry.
    """
    assert set(CATEGORY_OVERRIDES) <= set(RULES.categories)
    cats = RULES.categories.values()
    names = {c.name for c in cats} - set(TYPES)
    # labels that are not also ordinary words of other tables ('contact', 'toon')
    labels = {c.label for c in cats} - names - {"toon"}
    colours = {c.colour.lower() for c in cats}
    offenders = []
    for path in [*sorted(REWRITER.rglob("*.py")), REWRITER.parent / "app.py"]:
        if path.name == "rules.py":
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        rel = path.relative_to(REWRITER.parent)
        offenders += [f"{rel}: label {s!r}" for s in _string_constants(tree) if s in labels]
        offenders += [f"{rel}: colour {c}" for c in colours if c in source.lower()]
        for items in _collections(tree):
            listed = sorted(names.intersection(items))
            if len(listed) >= 2 and items != list(CATEGORY_OVERRIDES):
                offenders.append(f"{rel}: a table of categories {listed}")
    assert offenders == []


def test_rewrite_code_does_not_reach_into_detector_internals() -> None:
    """The rewrites share word-level helpers through rewriter/verbforms.py and the
    language layer; they import nothing from rewriter/analysers."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "rewriter"
    rewrite_modules = ("rewrite", "patterns", "grammar", "grammar_vet", "sentence_rules",
                       "suggest", "nominal", "conjugate", "dutch", "verbforms", "maybe",
                       "numbers", "subject_label", "echter")  # fmt: skip
    for name in rewrite_modules:
        tree = ast.parse((root / f"{name}.py").read_text(encoding="utf-8"))
        imported = [
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        ] + [a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
        assert not [m for m in imported if m.startswith("rewriter.analysers")], name
    from rewriter.verbforms import DIENEN

    assert DIENEN["dient"] == "moet" and DIENEN["dienden"] == "moesten"
