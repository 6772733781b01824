"""The subject line's label: 'Betreft:' -> 'Onderwerp:' (rewriter/subject_label.py)."""

from __future__ import annotations

import pytest

from rewriter.engine import Engine
from rewriter.rewrite import rewrite

BODY = (
    "\nGeachte heer De Vries,\n\nWij nodigen u uit voor een gesprek op 3 maart 2026.\n\n"
    "Met vriendelijke groet,\n\nJ. Jansen\n"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # the one label line: changed, the subject text as written
        ("Betreft: uitnodiging gesprek\n", "Onderwerp: uitnodiging gesprek\n"),
        ("BETREFT: aanmaning\n", "ONDERWERP: aanmaning\n"),
        # a subject that names the child after it is still a subject
        (
            "Betreft: jeugdhulp voor Ryan Bulut, geboren 14 februari 2012\n",
            "Onderwerp: jeugdhulp voor Ryan Bulut, geboren 14 februari 2012\n",
        ),
    ],
)
def test_label_becomes_onderwerp(engine: Engine, head: str, want: str) -> None:
    out = rewrite("Gemeente Utrecht\nPostbus 1\n\n" + head + BODY, engine, "safe").text
    assert want in out


@pytest.mark.parametrize(
    "head",
    [
        # both labels: two 'Onderwerp:' lines would say nothing
        "Betreft: Daan Veldhuizen, geboren 17 augustus 2015\nOnderwerp: beschikking jeugdhulp\n",
        # a person, not a subject
        "Betreft: Noa van Dijk, geboren 2 februari 2016, BSN 315153842\n",
        # two 'Betreft:' lines: which one is the subject is not known
        "Betreft: uw aanvraag\nBetreft: Noa van Dijk\n",
        # not a label: 'betreft' in a sentence of the body is the glossary's
        "",
    ],
)
def test_label_stays(engine: Engine, head: str) -> None:
    text = (
        "Gemeente Utrecht\nPostbus 1\n\n"
        + head
        + BODY.replace("Wij nodigen", "Deze brief betreft uw aanvraag. Wij nodigen")
    )
    out = rewrite(text, engine, "safe").text
    assert "Onderwerp:" not in out.replace("Onderwerp: beschikking", "")
    assert out.count("Betreft:") == head.count("Betreft:")
