"""The grammar check's known holes (issue 12) and the wrong proposals of review round 8.

Each hole has a flag case (the edit is refused, with its reason counted) and a near miss
(a correct edit of the same shape is still offered). The sentences are written for these
tests; none is copied from an evaluation letter.
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.grammar import edit_problems, split_sentences
from rewriter.grammar_vet import reason_key
from rewriter.rewrite import rewrite
from rewriter.verbforms import is_participle

LETTER = """Geachte heer Bakker,

{body}

Met vriendelijke groet,

Gemeente Zwolle
"""


def _letter(body: str) -> str:
    return LETTER.format(body=body)


@pytest.mark.parametrize(
    ("before", "after", "reason"),
    [
        # (a) two finite verbs in one clause
        ("Het traject kan eenzijdig worden gestopt.", "Wij stoppen het traject kan eenzijdig.",
         "two-finite"),
        # (b) a main clause given subordinate order
        ("Wij wijzen u erop dat het gesprek een verplicht karakter heeft.",
         "Let op: het gesprek een verplicht karakter heeft.", "word-order"),
        ("U beschikt over voldoende middelen.", "U over voldoende middelen heeft.", "word-order"),
        # a subordinate clause given main-clause order ('beschikt over' -> 'heeft')
        ("Wij kijken of u beschikt over een eigen auto.",
         "Wij kijken of u heeft een eigen auto.", "word-order"),
        ("Omdat u beschikt over een eigen auto, krijgt u geen vergoeding.",
         "Omdat u heeft een eigen auto, krijgt u geen vergoeding.", "word-order"),
        # an article lost: 'fungeert als bufferzone' -> 'is bufferzone'
        ("Het grasveld fungeert als bufferzone naast de school.",
         "Het grasveld is bufferzone naast de school.", "article-lost"),
        # a split that leaves a noun phrase without a verb after a name with an initial
        ("Er was een gesprek met mevrouw K. Smit, consulent, en een arts van de GGD.",
         "Er was een gesprek met mevrouw K. Smit, consulent. Een arts van de GGD.",
         "no-finite-verb"),
        # after 'Dan' a word that is no verb: no finite verb
        ("Als u dat wilt, krijgt u dan uitleg over de vergoeding.",
         "Wilt u dat? Dan uitleg over de vergoeding.", "no-finite-verb"),
        ("Als u dat wilt, betalen wij het bedrag.", "Wilt u dat? Dan betaald het bedrag.",
         "no-finite-verb"),
    ],
)  # fmt: skip
def test_grammar_check_refuses(engine: Engine, nlp, before: str, after: str, reason: str) -> None:
    problems = edit_problems(before, after, engine.resources.lemmatizer, nlp)
    assert reason in {p.reason for p in problems}, problems


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Het traject kan eenzijdig worden beëindigd.", "Het traject kan eenzijdig worden gestopt."),
        ("Wij wijzen u erop dat het gesprek een verplicht karakter heeft.",
         "Let op: het gesprek heeft een verplicht karakter."),
        ("Wij kijken of u beschikt over een eigen auto.", "Wij kijken of u een eigen auto heeft."),
        ("Omdat u beschikt over een eigen auto, krijgt u geen vergoeding.",
         "Omdat u een eigen auto heeft, krijgt u geen vergoeding."),
        ("Mevrouw Smit fungeert als uw contactpersoon.", "Mevrouw Smit is uw contactpersoon."),
        ("Het bedrag dat u ontvangt wordt hoger.", "Het bedrag dat u krijgt wordt hoger."),
        ("Wat u moet doen is bellen met uw consulent.", "Wat u moet doen is bellen met uw klantmanager."),
        ("Op 3 mei was er een gesprek met mevrouw K. Smit, consulent, en wij hebben uw vraag besproken.",
         "Op 3 mei was er een gesprek met mevrouw K. Smit, consulent. Wij hebben uw vraag besproken."),
        # after 'Dan' the verb comes second, also one the parser reads as a noun ('start')
        ("Als u weer begint met werken, dan start de vergoeding weer.",
         "Begint u weer met werken? Dan start de vergoeding weer."),
        # a problem the original already had does not block an edit
        ("U bent eigenaar van de woning, zodat u geen huurtoeslag krijgt.",
         "U bent eigenaar van de woning. Daarom krijgt u geen huurtoeslag."),
        # 'voor zover' opens a subordinate clause: its verb is not a second finite verb
        ("U heeft recht op bijstand voor zover u niet beschikt over de middelen om in de "
         "noodzakelijke kosten van het bestaan te voorzien.",
         "U heeft recht op bijstand voor zover u niet genoeg geld heeft om van te leven."),
    ],
)  # fmt: skip
def test_grammar_check_near_misses(engine: Engine, nlp, before: str, after: str) -> None:
    assert not edit_problems(before, after, engine.resources.lemmatizer, nlp)


def test_initial_does_not_end_a_sentence() -> None:
    assert split_sentences("Bel mevrouw K. Smit. Zij helpt u.") == [
        "Bel mevrouw K. Smit.",
        "Zij helpt u.",
    ]


def test_particle_before_prefix_verb_is_a_participle(engine: Engine) -> None:
    lem = engine.resources.lemmatizer
    assert is_participle("uitbetaald", lem) == "uitbetalen"
    assert is_participle("voorbereid", lem) == "voorbereiden"
    assert is_participle("uitbetaalt", lem) is None  # present tense
    assert is_participle("uitbetalen", lem) is None


def test_beschikt_over_in_a_subordinate_clause_is_withheld(engine: Engine) -> None:
    text = _letter("Wij hebben onderzocht of u beschikt over voldoende eigen geld.")
    result = rewrite(text, engine, "all")
    assert "of u heeft voldoende" not in result.text
    assert "word-order" in {reason_key(w.reason) for w in result.withheld}
    # near miss: in a main clause the swap is still made
    main = rewrite(_letter("U beschikt over voldoende eigen geld."), engine, "safe").text
    assert "U heeft voldoende eigen geld." in main


def test_fungeert_als_only_before_a_determiner(engine: Engine) -> None:
    bare = _letter("Het grasveld fungeert als bufferzone naast de school.")
    assert rewrite(bare, engine, "all").text == bare
    owned = rewrite(_letter("Mevrouw Smit fungeert als uw contactpersoon."), engine, "safe").text
    assert "Mevrouw Smit is uw contactpersoon." in owned


def test_no_split_before_a_noun_phrase(engine: Engine) -> None:
    body = (
        "Op 3 mei was er een gesprek bij u thuis met mevrouw K. Smit, consulent van het "
        "sociaal team, en een ergotherapeut van de praktijk in het dorp."
    )
    props = rewrite(_letter(body), engine, "none").proposals
    assert not [p for p in props if p.rule_id == "sentences.too-long" and p.edits]
    # near miss: ', en' before a clause with its own verb is still split
    body2 = (
        "Op 3 mei was er een gesprek bij u thuis met uw consulent van het sociaal team "
        "over uw aanvraag, en uit dat gesprek blijkt dat u hulp nodig heeft bij het koken."
    )
    out = rewrite(_letter(body2), engine, "safe").text
    assert "aanvraag. Uit dat gesprek blijkt" in out


@pytest.mark.parametrize(
    ("body", "changed", "kept"),
    [
        ("Daartoe behoren ook uw spaargeld en uw auto.", None, "Daartoe behoren"),
        ("Wij hebben daartoe een afspraak met u gemaakt.", "daarvoor een afspraak", None),
        ("Wij helpen je om je emoties beter te hanteren.", None, "te hanteren"),
        ("Wij hanteren de regels uit de verordening.", "Wij gebruiken de regels", None),
        ("Tijdens het huisbezoek willen wij samen met u nagaan wat er nodig is.", None,
         "nagaan wat"),
        ("Wij gaan na of u recht heeft op bijstand.", "Wij controleren of u", None),
        ("Wij stellen de toeslag met terugwerkende kracht tot 1 maart 2026 opnieuw vast.", None,
         "met terugwerkende kracht tot"),
        ("Wij betalen het bedrag met terugwerkende kracht uit.", "het bedrag achteraf uit", None),
    ],
)  # fmt: skip
def test_review8_glossary_senses(engine: Engine, body: str, changed, kept) -> None:
    out = rewrite(_letter(body), engine, "safe").text
    if changed:
        assert changed in out
    if kept:
        assert kept in out


def test_no_split_after_an_objection_made(engine: Engine) -> None:
    # the reasons after 'bezwaar gemaakt, omdat' are the reader's, not the sender's
    body = (
        "U heeft op 3 mei via uw advocaat mevrouw J. de Boer bezwaar gemaakt tegen ons "
        "besluit, omdat de hulp van uw buurvrouw volgens u niet meer mogelijk is."
    )
    props = rewrite(_letter(body), engine, "none").proposals
    assert not [p for p in props if p.rule_id == "sentences.too-long" and p.edits]
    # near miss: 'bezwaar' as a noun elsewhere does not block a split at ';'
    body2 = (
        "Wij vergoeden de kosten van de hulp van uw advocaat in bezwaar tot een bedrag van "
        "€ 600,00; dit bedrag maken wij binnen 4 weken over aan uw advocaat."
    )
    out = rewrite(_letter(body2), engine, "safe").text
    assert "€ 600,00. Dit bedrag maken wij" in out
