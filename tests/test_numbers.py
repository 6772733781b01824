"""Numbers in digits (rewriter/numbers.py): flag and near-miss cases.

Every case runs the full path: the registry's proposers, the grammar check, and
`suggest.apply` with its protected spans and fact guard (a number is a fact; writing the
same value in digits is the one edit allowed inside it).
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import check_letter
from rewriter.rewrite import propose_checked, rewrite
from rewriter.suggest import same_number


def _digits(engine: Engine, sentence: str) -> list[str]:
    """The sentence after each offered number proposal."""
    letter = Letter.from_text(sentence, engine.resources)
    offered, _ = propose_checked(check_letter(letter, engine), engine)
    out = []
    for p in offered:
        if p.rule_id == "number.digits":
            assert p.safe
            out.append(sentence[: p.start] + p.after + sentence[p.end :])
    return out


FLAG = [
    ("Er zijn drie manieren om dit te doen.", "Er zijn 3 manieren om dit te doen."),
    ("Wij hebben twaalf nieuwe woningen gebouwd.", "Wij hebben 12 nieuwe woningen gebouwd."),
    ("In de groep zitten vier of vijf kinderen.", "In de groep zitten 4 of 5 kinderen."),
    (
        "De gemachtigde mag voor maximaal drie kiezers stemmen.",
        "De gemachtigde mag voor maximaal 3 kiezers stemmen.",
    ),
    (
        "Het gerechtshof deed hierover drie uitspraken.",
        "Het gerechtshof deed hierover 3 uitspraken.",
    ),
    # a period or a deadline is a count too: the same value, so the same deadline
    ("U moet binnen zes weken bezwaar maken.", "U moet binnen 6 weken bezwaar maken."),
    ("U kunt uw pas na vijf werkdagen ophalen.", "U kunt uw pas na 5 werkdagen ophalen."),
    ("Het duurt twee of drie weken.", "Het duurt 2 of 3 weken."),
    (
        "Zeg uw afspraak uiterlijk twee werkdagen van tevoren af.",
        "Zeg uw afspraak uiterlijk 2 werkdagen van tevoren af.",
    ),
    (
        "Meld verzuim van 16 uur in vier opeenvolgende lesweken.",
        "Meld verzuim van 16 uur in 4 opeenvolgende lesweken.",
    ),
    ("U betaalt het bedrag in acht termijnen.", "U betaalt het bedrag in 8 termijnen."),
]

NEAR_MISS = [
    "Twee weken later komt de consulent bij u langs.",  # a sentence does not open with a digit
    "Wij willen graag onder vier ogen met u praten.",  # a fixed expression
    "Het gesprek duurt ongeveer drie kwartier.",  # quarters of an hour: said in words
    "U krijgt twee derde van het bedrag terug.",  # a fraction
    "Een van de drie is al betaald.",  # not a count before a noun
    "De twee die u noemde, kennen wij.",  # a pronoun after the number
    "U krijgt een brief van ons.",  # 'een' is the article
    "U heeft recht op één uitkering.",  # 'één' stays
    "U heeft een twee- of driekamerwoning nodig.",  # part of a compound
    "U woont in het Acht Zaligheden-gebouw.",  # capitalised: part of a name
    "U moet de regels van de school in acht nemen.",  # 'in acht nemen' is a verb
    "Wij hebben de termijn van de wet in acht genomen.",  # the same verb
]


@pytest.mark.parametrize(("sentence", "expected"), FLAG)
def test_a_counting_number_word_is_written_in_digits(
    engine: Engine, sentence: str, expected: str
) -> None:
    assert _digits(engine, sentence) == [expected]
    assert rewrite(sentence, engine, "safe").text == expected


@pytest.mark.parametrize("sentence", NEAR_MISS)
def test_a_number_word_that_does_not_count_stays(engine: Engine, sentence: str) -> None:
    assert _digits(engine, sentence) == []


def test_only_the_same_value_in_digits_may_change_a_protected_number() -> None:
    assert same_number("vijf", "5")
    assert same_number("twintig", "20")
    assert not same_number("vijf", "6")
    assert not same_number("vijf", "vijftig")
    assert not same_number("5", "5")


def test_the_digits_keep_every_fact_of_a_letter(engine: Engine) -> None:
    text = (
        "Geachte mevrouw Jansen,\n\n"
        "U heeft op 3 maart 2026 voor drie kinderen een pas aangevraagd. U kunt de passen "
        "na vijf werkdagen ophalen. Bent u het niet eens met dit besluit? Dan kunt u "
        "binnen zes weken bezwaar maken.\n\nMet vriendelijke groet,\n\nA. de Vries\n"
    )
    result = rewrite(text, engine, "safe")
    assert "voor 3 kinderen" in result.text
    assert "na 5 werkdagen" in result.text  # a period: the same value in digits
    assert "binnen 6 weken" in result.text  # the deadline: the same value in digits
    assert not result.missing  # the guard reads '6 weken' as 'zes weken'
    assert result.facts == rewrite(text, engine, "none").facts
    assert "3 maart 2026" in result.text
    assert not [r for r in result.refused if "5" in r.proposal.after]


def test_the_sentence_bench_counts_a_fact_in_digits_as_kept() -> None:
    """bench.sentences checks gold facts verbatim; a deadline the rewrite wrote in digits is
    the same fact, counted as kept (and reported apart), not as lost."""
    from bench.sentences import _in_digits

    assert _in_digits("binnen zes weken") == "binnen 6 weken"
    assert _in_digits("uiterlijk twee werkdagen van tevoren") == "uiterlijk 2 werkdagen van tevoren"
    assert _in_digits("een maand") == "een maand"  # the article stays a word
    assert _in_digits("€ 1.250,00") == "€ 1.250,00"
