"""bench/jargon_why.py: each listed occurrence left after --accept safe gets one bucket."""

from __future__ import annotations

import pytest

from bench.jargon_why import bench_jargon_why, classify_letter
from rewriter.engine import Engine

LETTER = (
    "Geachte mevrouw Bos,\n\n"
    "Wij verzoeken u de papieren binnen zes weken te sturen. "
    "Bewaar de bonnen ten hoogste zeven jaar. "
    "Uw zoon heeft zijn hoofdverblijf bij u. "
    "Het plan is een flapperdeflap.\n\n"
    "Met vriendelijke groet,\n\nJ. Jansen\n"
)


def test_each_left_occurrence_gets_one_bucket(engine: Engine) -> None:
    jargon = ["wij verzoeken u", "ten hoogste", "hoofdverblijf", "flapperdeflap"]
    got = dict((p, b) for b, p in classify_letter(LETTER, jargon, engine))
    assert "wij verzoeken u" not in got  # replaced by 'Wij vragen u': not left
    # 'ten hoogste zeven jaar' is a period ('gedurende zeven jaar' no longer holds
    # 'gedurende': glossary gedurende-duur drops the word, rewriter/protect.py)
    assert got["ten hoogste"] == "e-protected"
    assert got["hoofdverblijf"] == "b-hint"  # an avoid entry: a hint, no proposal
    assert got["flapperdeflap"] == "a-unflagged"


def test_other_written_form_and_long_phrase_buckets(engine: Engine) -> None:
    text = LETTER.replace(
        "Het plan is een flapperdeflap.", "Dit is een flapperdeflap van de bovenste plank."
    )
    jargon = ["flapperdeflap van de bovenste plank"]
    got = dict((p, b) for b, p in classify_letter(text, jargon, engine))
    assert got["flapperdeflap van de bovenste plank"] == "g-phrase"


def test_held_out_sets_are_refused(engine: Engine) -> None:
    for name in ("eval13", "eval14", "eval15", "eval16", "eval17"):
        with pytest.raises(SystemExit):
            bench_jargon_why(engine, (name,))


def test_sets_seven_to_twelve_are_development_sets() -> None:
    from bench.jargon_left import HELD_OUT
    from bench.jargon_why import DEVELOPMENT_SETS

    assert {"eval7", "eval8", "eval9", "eval10", "eval11", "eval12"} <= set(DEVELOPMENT_SETS)
    assert {"eval13", "eval14", "eval15", "eval16", "eval17"} <= HELD_OUT
    assert not HELD_OUT & set(DEVELOPMENT_SETS)
