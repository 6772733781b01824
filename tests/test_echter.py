"""'Echter' in the middle of a main clause -> 'Maar' in front of it (rewriter/echter.py)."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.rewrite import rewrite_letter

HEAD = "Geachte mevrouw Bos,\n\n"
TAIL = "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


def _proposal(engine: Engine, sentence: str) -> str | None:
    letter = Letter.from_text(HEAD + sentence + TAIL, engine.resources)
    result = rewrite_letter(letter, engine, "all")
    for p in result.proposals:
        if p.rule_id == "echter.maar":
            text = letter.text
            for e in sorted(p.edits, key=lambda e: e.start, reverse=True):
                text = text[: e.start] + e.text + text[e.end :]
            return text[len(HEAD) : len(text) - len(TAIL)]
    return None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Het college is echter niet bereid de kosten te betalen.",
            "Maar het college is niet bereid de kosten te betalen.",
        ),
        (
            "Wij kunnen de kosten echter niet vergoeden.",
            "Maar wij kunnen de kosten niet vergoeden.",
        ),
        (
            "Voor acht uur per week heeft de commissie echter geen grond gevonden.",
            "Maar voor acht uur per week heeft de commissie geen grond gevonden.",
        ),
        # a name keeps its capital and is not touched
        ("Fenna heeft echter meer zorg nodig.", "Maar Fenna heeft meer zorg nodig."),
        (
            "Echter, de hulp kan pas starten als u tekent.",
            "Maar de hulp kan pas starten als u tekent.",
        ),
    ],
)
def test_echter_to_maar(engine: Engine, sentence: str, want: str) -> None:
    assert _proposal(engine, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # after a comma: another clause ('Als u werkt, ...'), or a loose addition
        "Als u werkt, heeft u echter geen recht op bijstand.",
        "U krijgt de hulp, echter met een maximum van 30 uur.",
        # inside a subordinate clause
        "Wij weten dat u echter geen geld heeft.",
        # before the finite verb: no main-clause middle
        "Deze kosten echter blijven voor uw rekening.",
        # 'Echter' without a comma at the front: 'Maar is gebleken' would not read
        "Echter is gebleken dat u werkt.",
        # 'dient u evenwel zelf ...' is 'dient u wel zelf ...' (glossary evenwel-wel)
        "Voor de toeslag dient u evenwel zelf een aanvraag in te dienen.",
    ],
)
def test_echter_stays(engine: Engine, sentence: str) -> None:
    assert _proposal(engine, sentence) is None
