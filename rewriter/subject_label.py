"""The subject line's label: 'Betreft:' -> 'Onderwerp:'.

The proposer of the `subject_label` code rule (rewriter/rules.py). 'Betreft' is office
language (Direct Duidelijk, schrijfadvies voor brieven; Helder Haags Woordenboek); a
letter's subject line reads plainer as 'Onderwerp: ...'. The glossary never touches the
letterhead (it is names and addresses, rewriter/pipeline._in_address_or_signature), so the
label is a rule of its own, and a narrow one:

- only a label: a line of the letterhead (before the salutation) that starts with
  'Betreft' and a colon; 'Betreft' inside a sentence is the glossary's business
  ('het-betreft', 'betreft-is');
- only when it is the letterhead's one 'Betreft:' line and the letterhead has no
  'Onderwerp:' line: many letters write 'Betreft: <child, date of birth>' above
  'Onderwerp: <subject>', and two 'Onderwerp:' lines would say nothing;
- not when the line names a person rather than a subject: 'Betreft: Noa Visscher, geboren
  2 februari 2016, BSN ...' (a date of birth or BSN, and a first part of capitalised words
  and name particles only) is about someone, not 'Onderwerp: Noa Visscher';
- the rest of the line stays as written (the subject text is the glossary's, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rewriter.lang import nl
from rewriter.letter import Letter
from rewriter.model import Finding
from rewriter.suggest import Edit, Proposal

_LABEL = re.compile(r"^[^\S\n]*(betreft)[^\S\n]*:", re.MULTILINE | re.IGNORECASE)
_OTHER = re.compile(r"^[^\S\n]*onderwerp[^\S\n]*:", re.MULTILINE | re.IGNORECASE)
_PERSON_MARK = re.compile(r"\b(?:geboren|geb\.|BSN|burgerservicenummer)\b", re.IGNORECASE)
_WHY = "'Betreft' is kantoortaal. 'Onderwerp' zegt waar de brief over gaat."


def subject_label_proposals(letter: Letter, findings: Iterable[Finding]) -> list[Proposal]:
    """One proposal for the letterhead's 'Betreft:' label, or none (findings unused)."""
    del findings
    end = letter.header_end
    if not end:
        return []  # no salutation: where the letterhead ends is not known
    head = letter.text[:end]
    labels = list(_LABEL.finditer(head))
    if len(labels) != 1 or _OTHER.search(head):
        return []
    a, b = labels[0].span(1)
    line_end = letter.text.find("\n", b)
    rest = letter.text[labels[0].end() : line_end if line_end >= 0 else len(letter.text)]
    if _names_person(rest):
        return []
    written = letter.text[a:b]
    plain = (
        "ONDERWERP" if written.isupper() else "Onderwerp" if written[0].isupper() else "onderwerp"
    )
    return [
        Proposal.from_edits(
            letter.text,
            id=f"label.onderwerp@{a}",
            rule_id="label.onderwerp",
            kind="woord",
            edits=[Edit(a, b, plain)],
            explanation=_WHY,
            safe=True,
        )
    ]


def _names_person(rest: str) -> bool:
    """The label's text is a person's name with a date of birth or BSN."""
    if not _PERSON_MARK.search(rest):
        return False
    first = re.split(r"[,(]", rest, maxsplit=1)[0].split()
    particles = set(nl.words("name_particles"))
    return bool(first) and all(w[:1].isupper() or w.lower() in particles for w in first)
