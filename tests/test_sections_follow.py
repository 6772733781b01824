"""Issue 11: the delivered page keeps the sections the original's words earned.

The default rewrite changes words ('Indien betaling ... uitblijft' becomes a question),
not what a paragraph is about, so `compose` places each paragraph of the rewritten
letter where the same paragraph of the original went (`extract_structure(earlier=...)`).
"""

from __future__ import annotations

from dataclasses import replace

from rewriter.compose import compose
from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.structure import extract_structure

LETTER = """Gemeente Oosterwolde
Team Invordering
Postbus 20
8430 AA Oosterwolde

De heer P. Bakker
Dorpsstraat 4
8431 AB Oosterwolde

Datum: 2 december 2026
Ons kenmerk: INV-2026-1234
Onderwerp: aanmaning achterstand aflossing lening

Geachte heer Bakker,

Bij besluit van 4 april 2025 is aan u een renteloze lening verstrekt voor de aanschaf van een koelkast. U betaalt de lening maandelijks terug met een bedrag van € 35,00.

Wij verzoeken u het openstaande bedrag van € 105,00 binnen 14 dagen over te maken op rekeningnummer NL91 ABNA 0417 1643 00 onder vermelding van het kenmerk.

Indien betaling binnen de gestelde termijn uitblijft, zijn wij genoodzaakt het volledige resterende bedrag ineens op te eisen. De kosten daarvan komen voor uw rekening.

Heeft u reeds betaald, dan kunt u deze brief als niet verzonden beschouwen.

Voor vragen over deze aanmaning kunt u contact opnemen met Team Invordering via 0516-56 12 34.

Met vriendelijke groet,

Team Invordering
gemeente Oosterwolde
"""


def _sections(structure) -> list[str]:
    return [p.section for p in structure.placements]


def test_earlier_placements_decide_when_the_items_are_the_same(engine: Engine) -> None:
    letter = Letter.from_text(LETTER, engine.resources)
    own = extract_structure(letter)
    forced = tuple(replace(p, section="overig") for p in own.placements)
    followed = extract_structure(letter, earlier=forced)
    assert _sections(followed) == ["overig"] * len(own.placements)
    # every body paragraph now stands under 'Meer informatie'
    assert not any(followed.sections[k] for k in followed.sections if k != "overig")


def test_earlier_placements_of_other_items_are_ignored(engine: Engine) -> None:
    letter = Letter.from_text(LETTER, engine.resources)
    own = extract_structure(letter)
    one_less = tuple(replace(p, section="overig") for p in own.placements[:-1])
    assert _sections(extract_structure(letter, earlier=one_less)) == _sections(own)
    # the same number of items, but another kind (a list where a paragraph stood)
    other_kind = tuple(
        replace(p, section="overig", features=p.features.replace("K_p", "K_list", 1))
        for p in own.placements
    )
    assert _sections(extract_structure(letter, earlier=other_kind)) == _sections(own)


def test_the_delivered_page_has_the_original_sections(engine: Engine) -> None:
    plain = compose(LETTER, engine, "none", ())
    safe = compose(LETTER, engine, "safe", ())
    assert safe.rewrite is not None and safe.rewrite.applied  # the rewrite changed words
    assert safe.structure.placements and len(safe.structure.placements) == len(
        plain.structure.placements
    )
    assert _sections(safe.structure) == _sections(plain.structure)
    # and the page itself: the same headings in the same order
    assert safe.sections == plain.sections
