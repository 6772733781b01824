"""The section model: loading, fallback to the cues, and what it may and may not decide.

Model-loading code is tested on tiny models trained here (scripts/train_sections.py's
own `train`); the shipped model is tested on letters written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import section_of as _section_of

from rewriter.engine import Engine
from rewriter.letter import Letter
from rewriter.sections_model import LABELS, MODEL_DIR, load_sections_model, sections_status
from rewriter.structure import extract_structure

ROOT = Path(__file__).resolve().parent.parent

HEAD = """Gemeente Zwolle
Postbus 10007
8000 GA Zwolle

Mevrouw A. de Vries
Kerkstraat 4
8011 AB Zwolle

Datum: 2 november 2026
Onderwerp: {subject}

Beste mevrouw De Vries,

"""
TAIL = """

Met vriendelijke groet,

J. Smit
Team Inkomen
"""


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_sections", ROOT / "scripts" / "train_sections.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny(label: str, tmp_path: Path):
    """A model that says `label` for everything, saved and loaded like the shipped one."""
    rows = [
        {"features": f"K_p H_None R_{k} C_rest F_w{i} woord{i}", "gold": label}
        for i, k in enumerate(LABELS * 3)
    ]
    model = _trainer().train(rows)
    folder = tmp_path / f"tiny-{label}"
    model.to_disk(folder)
    loaded = load_sections_model(folder)
    assert loaded is not None
    return loaded


def _structure(engine: Engine, body: str, subject: str, **kw):
    text = HEAD.format(subject=subject) + body.strip() + TAIL
    return extract_structure(Letter.from_text(text, engine.resources), **kw)


BODY = """U heeft op 3 oktober 2026 bijzondere bijstand aangevraagd.

Kunt u niet komen? Bel dan uiterlijk een dag van tevoren.

De medewerker bekijkt samen met u welke papieren nog ontbreken.

Datum: 12 november 2026
Tijd: 10.00 uur
Plaats: Stadskantoor, Lübeckplein 2"""


def test_without_a_model_the_cues_decide_and_say_so(
    engine: Engine, tmp_path: Path, monkeypatch
) -> None:
    assert load_sections_model(tmp_path / "absent") is None
    assert "alleen de vaste regels" in sections_status(tmp_path / "absent")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "meta.json").write_text("{niet: json")
    assert load_sections_model(broken) is None
    monkeypatch.setenv("KEUKENTAFELTAAL_SECTIONS", "off")
    assert load_sections_model() is None
    s = _structure(engine, BODY, "uw aanvraag")
    assert all(p.probability == 0.0 and p.section == p.cue_section for p in s.placements)
    assert _section_of(s, "Kunt u niet komen?") == "vragen"


def test_the_shipped_model_loads(engine: Engine) -> None:
    model = load_sections_model(MODEL_DIR)
    assert model is not None
    assert set(model.get_pipe("textcat").labels) == set(LABELS)
    assert "getraind model" in sections_status(MODEL_DIR)
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    # the report of the training run: every set scored by a model trained without it
    sets = {"eval", *(f"eval{n}" for n in range(2, 17))}
    assert set(meta["leave_one_set_out"]) == sets
    # bench/eval17 is the untouched held-out set: never trained on
    trained = json.loads((MODEL_DIR / "training.json").read_text())["sets"]
    assert "eval15" in trained  # read and trained on in the fifteenth session
    assert "eval16" in trained  # read and trained on in the sixteenth session
    assert "eval17" not in trained  # written in the sixteenth session to be measured once


def test_the_model_decides_only_after_a_general_cue(engine: Engine, tmp_path: Path) -> None:
    tiny = _tiny("gebeuren", tmp_path)
    s = _structure(engine, BODY, "uw aanvraag", model=tiny)
    general = next(p for p in s.placements if p.text.startswith("De medewerker bekijkt"))
    # a general cue ('rest': nothing specific said where it belongs): the model decides
    assert general.cue == "rest" and general.cue_section == "overig"
    assert general.section == "gebeuren" and general.probability > 0.0
    assert _section_of(s, "De medewerker bekijkt") == "gebeuren"
    # an opening that asks: the model decides too (it was right more often than the cue
    # on letters it had not seen: an offer of help is no request)
    asked = next(p for p in s.placements if p.text.startswith("Kunt u niet komen?"))
    assert asked.cue_section == "vragen" and asked.probability > 0.0
    # specific cues decide alone: the appointment block
    appointment = next(p for p in s.placements if p.cue == "appointment")
    assert appointment.section == "gebeuren" and appointment.probability == 0.0
    # near miss: the same letter with the cues only
    cues = _structure(engine, BODY, "uw aanvraag", cues_only=True)
    assert _section_of(cues, "De medewerker bekijkt") == "overig"


def test_a_letter_that_decides_nothing_gets_no_decision_section(
    engine: Engine, tmp_path: Path
) -> None:
    tiny = _tiny("besluit", tmp_path)
    body = """De regels voor de meedoenregeling veranderen.

Toelichting
De gemeenteraad heeft de inkomensgrens verhoogd.

Deze brief is geen besluit. U kunt er geen bezwaar tegen maken."""
    s = _structure(engine, body, "nieuwe regels", model=tiny)
    assert not s.items["besluit"]
    # near miss: a letter that decides may have one
    decided = body.replace(
        "Deze brief is geen besluit. U kunt er geen bezwaar tegen maken.",
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.",
    )
    s = _structure(engine, decided, "besluit meedoenregeling", model=tiny)
    assert _section_of(s, "De gemeenteraad heeft") == "besluit"


def test_the_writers_own_plain_heading_stands(engine: Engine, tmp_path: Path) -> None:
    tiny = _tiny("overig", tmp_path)
    body = """Waarom krijgt u deze brief?
U heeft een traplift aangevraagd.

Wat vragen we van u?
Stuur ons de offerte van de leverancier."""
    s = _structure(engine, body, "uw aanvraag traplift", model=tiny)
    assert _section_of(s, "U heeft een traplift") == "waarom"
    # near miss: a heading in other words is a general cue, and the model decides
    other = body.replace("Waarom krijgt u deze brief?", "Aanleiding")
    s = _structure(engine, other, "uw aanvraag traplift", model=tiny)
    placed = next(p for p in s.placements if p.text.startswith("U heeft een traplift"))
    assert placed.cue == "heading" and placed.section == "overig"


def test_the_shipped_model_on_paragraphs_the_cues_leave_to_it(engine: Engine) -> None:
    body = """U heeft op 14 september 2026 een uitkering aangevraagd.

Wij hebben besloten u een bijstandsuitkering toe te kennen.

Uw uitkering is € 1.401,00 per maand. Het geld staat rond de 25e van elke maand op uw rekening.

Het UWV stuurt ons elke maand uw gegevens over uw werk en inkomsten.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."""
    s = _structure(engine, body, "besluit bijstandsuitkering")
    assert _section_of(s, "Wij hebben besloten") == "besluit"
    assert _section_of(s, "Bent u het niet eens") == "bezwaar"
    assert _section_of(s, "Uw uitkering is € 1.401,00") in ("besluit", "gebeuren")
    assert all(p.section in LABELS for p in s.placements)
    decided = [p for p in s.placements if p.probability]
    assert decided, "the model decided none of the paragraphs"


@pytest.mark.parametrize("label", ["vragen"])
def test_training_is_reproducible(label: str, tmp_path: Path) -> None:
    rows = [
        {"features": f"K_p R_{k} C_rest F_a{i} tekst{i}", "gold": k} for i, k in enumerate(LABELS)
    ]
    trainer = _trainer()
    one, two = trainer.train(rows), trainer.train(rows)
    line = "K_p R_vragen C_rest F_a3 tekst3"
    assert one(line).cats == two(line).cats
    assert max(one(line).cats, key=one(line).cats.get) == label


def test_training_only_sets_train_and_are_never_scored() -> None:
    trainer = _trainer()
    assert "train1" in trainer.TRAIN_ONLY
    assert not set(trainer.TRAIN_ONLY) & {*trainer.SETS, *trainer.HELD_OUT}
    # the report leaves out only evaluation sets: a training-only set is no measurement
    rows = [
        {
            "features": f"K_p H_None R_{k} C_rest F_w{i} woord{i}",
            "gold": k,
            "cues": k,
            "cue": "rest",
        }
        for i, k in enumerate(LABELS * 2)
    ]
    scores = trainer.report({"eval": rows, "train1": rows})
    assert set(scores) == {"eval"}
