"""'Mocht ..., dan' becomes 'Als ..., dan' (rewriter/sentence_rules.py `_mocht_als`): the
infinitive that closes the clause becomes the finite verb of its subject, in place."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Mocht u vragen hebben, dan kunt u bellen.", "Als u vragen heeft, dan kunt u bellen."),
        (
            # the condition as a question wins where it applies (the municipalities' own
            # rewrite; rewriter/sentence_rules.py)
            "Mocht u het niet eens zijn met dit besluit, dan kunt u bezwaar maken.",
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.",
        ),
        (
            "Mocht de zorgverzekeraar de vergoeding afwijzen, dan kunt u opnieuw een aanvraag indienen.",
            "Als de zorgverzekeraar de vergoeding afwijst, dan kunt u opnieuw een aanvraag indienen.",
        ),
        ("Mocht u niet kunnen komen, bel ons dan.", "Als u niet kunt komen, bel ons dan."),
        (
            # a te-infinitive is never the clause's verb (words16: it gave 'te voldot')
            "Mocht u niet in staat zijn aan uw plichten te voldoen, bel ons dan.",
            "Als u niet in staat bent aan uw plichten te voldoen, bel ons dan.",
        ),
        ("Wij helpen u graag, mocht dat nodig zijn.", "Wij helpen u graag, als dat nodig is."),
        (
            "Mochten er vragen zijn, dan horen wij het graag.",
            "Als er vragen zijn, dan horen wij het graag.",
        ),
        (
            "Mocht de situatie na de zomer toch verslechteren, dan kunt u zich opnieuw melden.",
            "Als de situatie na de zomer toch verslechtert, dan kunt u zich opnieuw melden.",
        ),
        (
            "Mocht u het bedrag niet in één keer kunnen terugbetalen, neem dan contact op.",
            "Als u het bedrag niet in één keer kunt terugbetalen, neem dan contact op.",
        ),
        (
            # 'verhinderd zijn' has its own plain form in the glossary
            "Mocht u verhinderd zijn, dan horen wij dat graag.",
            "Kunt u niet komen, dan horen wij dat graag.",
        ),
        (
            "Mocht het zo zijn dat u verhuist, geef dit dan aan ons door.",
            "Als het zo is dat u verhuist, geef dit dan aan ons door.",
        ),
        (
            "Mocht u moeite hebben met betalen, dan helpen wij u.",
            "Als u moeite heeft met betalen, dan helpen wij u.",
        ),
        (
            "Mocht u geen gebruik meer willen maken van de hulp, dan horen wij dat graag.",
            "Als u geen gebruik meer wilt maken van de hulp, dan horen wij dat graag.",
        ),
        (
            # 'ons' after a preposition is a pronoun, not the start of a noun phrase
            "Mocht u de loonstrook niet aan ons sturen, dan kunnen wij niet betalen.",
            "Als u de loonstrook niet aan ons stuurt, dan kunnen wij niet betalen.",
        ),
        (
            "Mocht u dit bij ons melden, dan nemen wij contact met u op.",
            "Als u dit bij ons meldt, dan nemen wij contact met u op.",
        ),
    ],
)
def test_mocht_becomes_als(engine: Engine, before: str, after: str) -> None:
    assert rewrite(before, engine, "safe").text == after


@pytest.mark.parametrize(
    "text",
    [
        "Vorig jaar mocht u zelf een aanbieder kiezen.",  # 'mocht' as the past of 'mogen'
        "Mocht ik dat doen?",  # a question
        "Mocht u vragen hebben dan kunt u bellen.",  # no comma: where the clause ends is unknown
    ],
)
def test_other_uses_of_mocht_are_left_alone(engine: Engine, text: str) -> None:
    out = rewrite(text, engine, "safe").text
    assert out.split()[0] == text.split()[0]
    assert "Als" not in out
