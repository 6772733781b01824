"""Review round 10 (docs/review-sentences.md): the wrong proposals of `--accept all` and
`--accept safe` on eight letters of set 5, each fixed at its cause. The glossary conditions
(zorgoverleg, heronderzoek, zorg-in-natura, schriftelijk, daartoe, hiertoe,
u-wordt-verwacht) are held by their own flag and pass examples (test_glossary_examples.py);
these tests hold the two code changes."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.pipeline import analyse
from rewriter.rewrite import rewrite


def _entries(engine: Engine, text: str) -> set[str]:
    return {f.entry_id for f in analyse(Letter.from_text(text, engine.resources), engine)}


@pytest.mark.parametrize(
    "text",
    [
        # 'een bijdrage geleverd aan': a participle of 'leveren', never 'aanleveren'
        # (a separable verb's participle is one word: 'aangeleverd')
        "Met de dagbesteding wordt een goede bijdrage geleverd aan uw zelfstandigheid.",
        "De stukken zijn door de school geleverd aan de leerplichtambtenaar.",
    ],
)
def test_participle_is_no_split_separable_verb(engine: Engine, text: str) -> None:
    assert "aanleveren" not in _entries(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "U levert de loonstroken voor 1 mei bij ons aan.",  # split finite form
        "U heeft de loonstroken niet op tijd aangeleverd.",  # the participle, one word
    ],
)
def test_separable_verb_still_found(engine: Engine, text: str) -> None:
    assert "aanleveren" in _entries(engine, text)


_WMO = (
    "Geachte mevrouw,\n\nU heeft bij de gemeente een Wmo-maatwerkvoorziening voor "
    "huishoudelijke hulp aangevraagd. Uw zoon woont bij u en kan het schoonmaken van het "
    "huis overnemen. {sentence} Daarom krijgt u van ons geen huishoudelijke hulp via de Wmo."
    "\n\nMet vriendelijke groet,\n\nHet Wmo-team\n"
)


def _explained(engine: Engine, sentence: str) -> list[str]:
    result = rewrite(_WMO.format(sentence=sentence), engine, "all")
    return [p.after for p in result.proposals if p.rule_id == "glossary.gebruikelijke-hulp"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit heet gebruikelijke hulp.",
        "Dat noemen wij gebruikelijke hulp.",
    ],
)
def test_term_the_letter_names_itself_is_not_explained_again(engine: Engine, sentence: str) -> None:
    assert _explained(engine, sentence) == []


def test_term_the_letter_does_not_define_is_explained(engine: Engine) -> None:
    after = _explained(engine, "Dat valt onder gebruikelijke hulp.")
    assert after and "Gebruikelijke hulp betekent:" in after[0]
