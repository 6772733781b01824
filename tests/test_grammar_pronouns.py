"""The grammar check on pronouns and relative adverbs (issue 12).

A passive rewrite made 'waarvoor van wij verwachten u dat …' out of 'waarvoor van u
wordt verwacht dat …', and the grammar check let it through: the tagger reads the
garbled verb as a noun. The checks here read the words alone. Each has flag cases
(the edit is refused, with its reason) and near misses (a correct edit of the same
shape is still offered). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.grammar import REASONS, edit_problems
from rewriter.grammar_vet import reason_key
from rewriter.rewrite import rewrite

LETTER = """Geachte mevrouw Jansen,

{body}

Met vriendelijke groet,

Gemeente Deventer
"""


@pytest.mark.parametrize(
    ("before", "after", "reason"),
    [
        # a subject pronoun right after a preposition
        ("Dit is een uitgave waarvoor van u wordt verwacht dat u spaart.",
         "Dit is een uitgave waarvoor van wij verwachten u dat u spaart.", "pronoun-case"),
        ("Het bedrag is voor ons.", "Het bedrag is voor wij.", "pronoun-case"),
        ("Het gesprek is met uw consulent.", "Het gesprek is met zij.", "pronoun-case"),
        ("U krijgt een brief van de gemeente.", "U krijgt een brief van wij.", "pronoun-case"),
        # a relative adverb that an edit puts right before a preposition
        ("Dit is een uitgave waarvoor u moet sparen.",
         "Dit is een uitgave waarvoor met uw geld moet worden gespaard.", "relative-preposition"),
        # main-clause order in a subordinate clause, whatever the tagger makes of the verb
        ("Dit is de afspraak waarvoor u wordt verwacht.",
         "Dit is de afspraak waarvoor wij verwachten u.", "word-order"),
        ("Het gaat om het gesprek waarvoor u wordt uitgenodigd.",
         "Het gaat om het gesprek waarvoor wij nodigen u uit.", "word-order"),
        ("Omdat u wordt verwacht op het spreekuur, sturen wij u deze brief.",
         "Omdat wij verwachten u op het spreekuur, sturen wij u deze brief.", "word-order"),
    ],
)  # fmt: skip
def test_refused(engine: Engine, nlp, before: str, after: str, reason: str) -> None:
    problems = edit_problems(before, after, engine.resources.lemmatizer, nlp)
    assert reason in {p.reason for p in problems}, problems
    # without the parser the words alone still find it
    bare = edit_problems(before, after, engine.resources.lemmatizer, None)
    assert reason in {p.reason for p in bare}, bare


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # object pronouns after a preposition
        ("Het bedrag is voor de gemeente.", "Het bedrag is voor ons."),
        ("Het gesprek is met uw consulent.", "Het gesprek is met u."),
        # 'voor' as a conjunction ('voor wij komen') is not a preposition
        ("Wij bellen u voordat wij komen.", "Wij bellen u voor wij komen."),
        # the original already had 'waarvoor van': an edit elsewhere is no new problem
        ("Dit is een uitgave waarvoor van u wordt verwacht dat u spaart.",
         "Dit is een kostenpost waarvoor van u wordt verwacht dat u spaart."),
        # a subordinate clause in the right order
        ("Dit is de afspraak waarvoor u wordt verwacht.",
         "Dit is de afspraak waarvoor wij u verwachten."),
        ("Omdat u wordt verwacht op het spreekuur, sturen wij u deze brief.",
         "Omdat wij u verwachten op het spreekuur, sturen wij u deze brief."),
        # 'of' between main clauses keeps main-clause order
        ("Bel ons of wij nemen contact met u op.", "Bel ons of wij bellen u terug."),
        # a main clause: the verb before the object pronoun is right
        ("U wordt verwacht op 3 mei.", "Wij verwachten u op 3 mei."),
    ],
)  # fmt: skip
def test_near_misses(engine: Engine, nlp, before: str, after: str) -> None:
    assert not edit_problems(before, after, engine.resources.lemmatizer, nlp)


def test_reasons_are_counted_by_key() -> None:
    # bench/sentences.py counts withheld edits by reason_key
    for key in ("pronoun-case", "relative-preposition"):
        assert reason_key(f"Niet aangeboden: {REASONS[key]} ('x')") == key


@pytest.mark.parametrize(
    "body",
    [
        "Dit is de afspraak waarvoor u wordt verwacht.",
        "Omdat u wordt verwacht op het spreekuur, sturen wij u deze brief.",
        "Het gaat om het gesprek waarvoor u wordt uitgenodigd.",
        "Wij weten dat u wordt gevraagd om mee te werken.",
        "Dit is een uitgave waarvoor van u wordt verwacht dat u spaart.",
    ],
)
def test_passive_in_a_subordinate_clause_is_left(engine: Engine, body: str) -> None:
    out = rewrite(LETTER.format(body=body), engine, "all").text
    assert body in out


@pytest.mark.parametrize(
    ("body", "changed"),
    [
        ("U wordt verwacht op 3 mei om 10.00 uur.", "Wij verwachten u op 3 mei"),
        ("U wordt gevraagd uw loonstroken mee te nemen.", "Wij vragen u uw loonstroken"),
    ],
)
def test_passive_in_a_main_clause_is_still_made(engine: Engine, body: str, changed: str) -> None:
    assert changed in rewrite(LETTER.format(body=body), engine, "safe").text


@pytest.mark.parametrize(
    ("body", "term", "plain", "reason"),
    [
        # the old output of glossary.u-wordt-verwacht, built by hand: refused and counted
        ("Dit is een uitgave waarvoor van u wordt verwacht dat u spaart.",
         "u wordt verwacht", "wij verwachten u", "pronoun-case"),
        ("Dit is de afspraak waarvoor u wordt verwacht.",
         "u wordt verwacht", "wij verwachten u", "word-order"),
    ],
)  # fmt: skip
def test_a_garbled_edit_is_withheld_with_its_reason(
    engine: Engine, nlp, body: str, term: str, plain: str, reason: str
) -> None:
    from rewriter.grammar_vet import vet_proposals
    from rewriter.letter import Letter
    from rewriter.suggest import Edit, Proposal

    text = LETTER.format(body=body)
    letter = Letter.from_text(text, engine.resources)
    at = text.index(term)
    prop = Proposal.from_edits(
        text, id="test@1", rule_id="glossary.test", kind="zin",
        edits=[Edit(at, at + len(term), plain)], explanation="", safe=True,
    )  # fmt: skip
    offered, withheld = vet_proposals(letter, [prop], engine.resources.lemmatizer, nlp)
    assert offered == []
    assert [reason_key(w.reason) for w in withheld] == [reason]
