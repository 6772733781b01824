"""Structure extraction: header, sections, appointments, contact channels; nothing dropped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.protect import find_protected
from rewriter.structure import extract_structure

LETTERS = Path(__file__).parent / "fixtures" / "letters"
MANIFEST = yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("item", MANIFEST, ids=[m["file"] for m in MANIFEST])
def test_structure_of_fixture_letters(engine: Engine, item: dict) -> None:
    text = (LETTERS / item["file"]).read_text(encoding="utf-8")
    s = extract_structure(Letter.from_text(text, engine.resources))
    assert s.decision == bool(item.get("decision"))
    assert s.salutation and s.closing
    # nothing of the body is lost: every body word is in a section, the removed contact
    # sentences, the header or the signature
    kept = " ".join([*s.sender, *s.recipient, s.date, s.subject, s.salutation, s.closing, *s.signature,
                     *(f"{k} {v}" for k, v in s.references), *s.annexes, *s.removed, *s.crisis, *s.headings,
                     *(p for ps in s.sections.values() for p in ps)])  # fmt: skip
    words = set(re.findall(r"\w+", kept.lower())) | {"datum", "onderwerp", "betreft"}  # labels
    missing = set(re.findall(r"\w+", text.lower())) - words
    assert not missing, sorted(missing)[:10]
    for contact in item.get("contacts", []):
        kinds = {p.kind for p in find_protected(contact)}
        if not kinds & {"phone", "email", "url"} or "postcode" in kinds:
            continue  # postal addresses and opening hours are not separate channels here
        assert any(contact in c.text or c.text in contact for c in s.contacts), contact


def test_appointments_in_invitations(engine: Engine) -> None:
    invitations = [m for m in MANIFEST if m["kind"] == "uitnodiging"]
    assert invitations
    for item in invitations:
        text = (LETTERS / item["file"]).read_text(encoding="utf-8")
        s = extract_structure(Letter.from_text(text, engine.resources))
        assert s.appointments, item["file"]
        facts = item.get("facts", {})
        slots = facts.get("times", []) + facts.get("merge_fields", [])
        assert any(t in a for t in slots for a in s.appointments), item["file"]
