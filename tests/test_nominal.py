"""Nominalisations to verbs (rewriter/nominal.py): flag and near-miss cases per pattern.

Every case runs the full proposal path (the registry's proposers and the grammar check).
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import check_letter
from rewriter.rewrite import propose_checked, rewrite


def _nominal(engine: Engine, sentence: str) -> list[str]:
    """The sentence after each offered nominalisation proposal."""
    letter = Letter.from_text(sentence, engine.resources)
    offered, _ = propose_checked(check_letter(letter, engine), engine)
    out = []
    for p in offered:
        if p.rule_id.startswith("nominalisation."):
            assert not p.safe, "a nominalisation rewrite is never applied by default"
            out.append(sentence[: p.start] + p.after + sentence[p.end :])
    return out


FLAG = [
    # 'Voor het <verb> van <object>' -> 'Om <object> te <verb>'
    (
        "Voor het in behandeling nemen van uw aanvraag hebben wij uw loonstroken nodig.",
        "Om uw aanvraag te behandelen hebben wij uw loonstroken nodig.",
    ),
    (
        "Voor het aanvragen van bijzondere bijstand kunt u een formulier invullen.",
        "Om bijzondere bijstand aan te vragen kunt u een formulier invullen.",
    ),
    (
        "Voor het indienen van een bezwaarschrift heeft u zes weken de tijd.",
        "Om bezwaar te maken heeft u zes weken de tijd.",
    ),
    (
        "Voor het indienen van bezwaar is geen advocaat nodig.",
        "Om bezwaar te maken is geen advocaat nodig.",
    ),
    # 'Ter <-ing> van <object>' -> 'Om <object> te <verb>'
    (
        "Ter voorkoming van schulden bieden wij budgetcoaching aan.",
        "Om schulden te voorkomen bieden wij budgetcoaching aan.",
    ),
    (
        "Ter ondersteuning van uw aanvraag kunt u een verklaring van uw arts meesturen.",
        "Om uw aanvraag te ondersteunen kunt u een verklaring van uw arts meesturen.",
    ),
    (
        "Wij hebben een gesprek gepland ter bespreking van uw situatie.",
        "Wij hebben een gesprek gepland om uw situatie te bespreken.",
    ),
    # 'Na ontvangst van uw <object>' -> 'Als wij uw <object> hebben ontvangen,'
    (
        "Na ontvangst van uw aanvraag nemen wij binnen twee weken contact met u op.",
        "Als wij uw aanvraag hebben ontvangen, nemen wij binnen twee weken contact met u op.",
    ),
    (
        "Na ontvangst van uw formulier, beoordelen wij uw aanvraag.",
        "Als wij uw formulier hebben ontvangen, beoordelen wij uw aanvraag.",
    ),
    (
        "Voor het instellen van beroep is griffierecht verschuldigd.",
        "Om in beroep te gaan is griffierecht verschuldigd.",
    ),
    # 'Het <act of the reader> van <object> <finite>' -> 'Als u <object> <verb>, <finite> dat'
    (
        "Het indienen van een bezwaarschrift schorst de werking van dit besluit niet.",
        "Als u bezwaar maakt, schorst dat de werking van dit besluit niet.",
    ),
    (
        "Het invullen van het formulier duurt ongeveer tien minuten.",
        "Als u het formulier invult, duurt dat ongeveer tien minuten.",
    ),
    # 'Bij het <act of the reader> van <object>' -> 'Als u <object> <verb>,'
    (
        "Bij het aanvragen van bijstand kijken wij naar uw inkomen.",
        "Als u bijstand aanvraagt, kijken wij naar uw inkomen.",
    ),
    (
        "Bij het indienen van een bezwaarschrift, moet u uw naam vermelden.",
        "Als u bezwaar maakt, moet u uw naam vermelden.",
    ),
]

NEAR_MISS = [
    # 'het voorkomen van' is also 'the occurrence of': not in the verb table
    "Voor het voorkomen van schulden is het belangrijk dat u op tijd betaalt.",
    # the object runs into 'voor u en uw gezin': not a plain object
    "Voor het aanvragen van een uitkering voor u en uw gezin is een formulier nodig.",
    # not at the front of the sentence
    "Wij zijn gestart met het in behandeling nemen van uw aanvraag.",
    # 'ter' without 'van <object>'
    "Wij sturen u dit formulier ter ondertekening.",
    # a relative clause inside the object
    "Ter voorkoming van misverstanden die kunnen ontstaan sturen wij u dit verslag.",
    # the reader receives this letter, not the sender: 'wij' would be wrong
    "Na ontvangst van deze brief heeft u zes weken de tijd.",
    # 'na ontvangst van uw ...' inside a deadline, not at the front
    "U krijgt binnen twee weken na ontvangst van uw aanvraag bericht.",
    # after a comma the 'ter' phrase is an afterthought; the sentence may continue
    "Wij bellen u volgende week, ter voorbereiding van het gesprek.",
    # a copula judges the act: 'Als u wijzigingen doorgeeft, is dat belangrijk' says less
    "Het doorgeven van wijzigingen is belangrijk.",
    # the sender assesses, not the reader: no 'Als u'
    "Het beoordelen van uw aanvraag duurt acht weken.",
    # a word between 'het' and the verb
    "Het tijdig doorgeven van wijzigingen voorkomt een terugvordering.",
    # 'Bij het ...' of the sender's act, and 'bij het ...' not at the front
    "Bij het beoordelen van uw aanvraag kijken wij naar uw inkomen.",
    "U kunt hulp krijgen bij het invullen van het formulier.",
    # 'u' right after the verb: the nominalisation is an object, not the subject
    "Het indienen van een bezwaarschrift kunt u ook digitaal doen.",
]


@pytest.mark.parametrize(("sentence", "expected"), FLAG, ids=[s for s, _ in FLAG])
def test_nominalisation_becomes_a_verb(engine: Engine, sentence: str, expected: str) -> None:
    assert _nominal(engine, sentence) == [expected]


@pytest.mark.parametrize("sentence", NEAR_MISS)
def test_near_misses_get_no_verb_rewrite(engine: Engine, sentence: str) -> None:
    assert _nominal(engine, sentence) == []


def test_not_applied_by_default_but_with_all(engine: Engine) -> None:
    text = (
        "Geachte heer Jansen,\n\nNa ontvangst van uw formulier nemen wij binnen twee weken "
        "contact met u op.\n\nMet vriendelijke groet,\n\nJ. de Vries\n"
    )
    assert "Na ontvangst van uw formulier" in rewrite(text, engine, "safe").text
    after = rewrite(text, engine, "all")
    assert "Als wij uw formulier hebben ontvangen, nemen wij" in after.text
    assert after.missing == ()


def test_hint_and_rewrite_are_one_row_on_the_main_tab(engine: Engine) -> None:
    from rewriter import workbench, worksheet
    from rewriter.rules import RULES

    text = "Ter voorkoming van schulden bieden wij budgetcoaching aan."
    rows = [
        r
        for r in worksheet.build_rows(workbench.analyse_text(text, engine))
        if "nominal" in r.rule_id
    ]
    assert [(r.category, r.now, [o.label for o in r.options]) for r in rows] == [
        (RULES.label("nominalisation"), "Ter voorkoming van schulden", ["Om schulden te voorkomen"])
    ]
    assert not rows[0].safe_single  # never ticked by 'vink alle veilige aan'
