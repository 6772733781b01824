"""The sender says 'wij' (rewriter/sentence_rules.py `_gemeente_wij`): flag and near-miss.

'De gemeente richt ... in' -> 'Wij richten ... in'. Applied by default for a bare 'De
gemeente' when the letter names no other organisation that could be its sender (as
`sentence.active-sender` assumes the gemeente is 'wij'); 'De gemeente Zwolle' is offered only.
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite

LETTER = """Geachte mevrouw De Vries,

{body}

Met vriendelijke groet,

Gemeente Zwolle
"""
RULE = "sentence.gemeente-wij"


def _props(engine: Engine, body: str):
    result = rewrite(LETTER.format(body=body), engine, "none")
    return [p for p in result.proposals if p.rule_id == RULE]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "De gemeente richt de stemlokalen zo in dat iedereen afstand kan houden.",
            "Wij richten de stemlokalen zo in dat iedereen afstand kan houden.",
        ),
        (
            "De gemeente moet uw formulier uiterlijk op 12 maart hebben ontvangen.",
            "Wij moeten uw formulier uiterlijk op 12 maart hebben ontvangen.",
        ),
        ("De gemeente is verantwoordelijk voor de jeugdhulp.", "Wij zijn verantwoordelijk voor de jeugdhulp."),
        ("De gemeente betaalt de huur en de energie.", "Wij betalen de huur en de energie."),
    ],
)  # fmt: skip
def test_the_gemeente_as_subject_becomes_wij(engine: Engine, before: str, after: str) -> None:
    props = _props(engine, before)
    assert len(props) == 1
    assert props[0].safe
    text = rewrite(LETTER.format(body=before), engine, [props[0].id]).text
    assert text.split("\n\n")[1] == after


@pytest.mark.parametrize(
    "body",
    [
        # another organisation that could be the sender or the actor: offered, not applied
        "De gemeente betaalt de huur. De SVB betaalt uw pgb.",
        "De gemeente is verantwoordelijk voor de jeugdhulp. Uw zorgaanbieder stuurt de rekening.",
    ],
)
def test_not_applied_when_another_organisation_is_named(engine: Engine, body: str) -> None:
    props = _props(engine, body)
    assert len(props) == 1
    assert not props[0].safe
    assert rewrite(LETTER.format(body=body), engine, "safe").text == LETTER.format(body=body)


@pytest.mark.parametrize(
    "body",
    [
        "De gemeente en haar partners willen daar graag bij helpen.",  # not the subject alone
        "De gemeente houdt zich aan de wet.",  # 'zich' would have to become 'ons'
        "De gemeente stuurt u haar besluit.",  # 'haar' refers back to the gemeente
        "De gemeente betaalt de huur en stuurt u een brief.",  # a second finite verb
        "De gemeente werd in 2015 groter.",  # past tense: left alone
        "Bij de gemeente kunt u een pas aanvragen.",  # not the subject
        "Wij vragen de gemeente om hulp.",  # an object
    ],
)
def test_the_gemeente_stays_where_wij_would_be_wrong(engine: Engine, body: str) -> None:
    assert _props(engine, body) == []


def test_a_named_gemeente_is_a_fact_the_rewrite_may_not_drop(engine: Engine) -> None:
    body = "De gemeente Zwolle is verantwoordelijk voor de jeugdhulp."
    props = _props(engine, body)
    assert len(props) == 1
    assert not props[0].safe  # it may be another gemeente than the sender
    result = rewrite(LETTER.format(body=body), engine, [props[0].id])
    assert "De gemeente Zwolle is verantwoordelijk" in result.text
    assert [r.proposal.id for r in result.refused] == [props[0].id]
