"""Issue 15, Woordenlijst: the add form for staff, overrides through compounds, search,
readable sources, and overlay changes that reach a running app without a restart."""

from __future__ import annotations

import pytest
import yaml

from rewriter import glossary_form as gf
from rewriter import workbench as wb
from rewriter.errors import GlossaryError
from rewriter.overlay_admin import OverlayAdmin
from rewriter.settings import Settings

LETTER = (
    "Geachte mevrouw De Vries,\n\nUw jeugdconsulent belt u volgende week over de hulp voor "
    "uw zoon.\n\nMet vriendelijke groet,\n\nJ. de Boer\n"
)


@pytest.fixture(scope="module")
def holder(tmp_path_factory: pytest.TempPathFactory) -> wb.EngineHolder:
    return wb.EngineHolder(Settings(), tmp_path_factory.mktemp("ov") / "woordenlijst.yaml")


def test_id_is_made_from_the_word() -> None:
    assert gf.make_id("de Jeugdconsulent") == "jeugdconsulent"
    assert gf.make_id("het keukentafel gesprek, de tafel") == "keukentafel-gesprek"
    assert gf.make_id("de café-eigenaar") == "cafe-eigenaar"


def test_example_gets_its_brackets_and_defaults(holder: wb.EngineHolder) -> None:
    raw = gf.form_entry(
        gf.GlossaryForm("de jeugdconsulent", "de medewerker jeugd", "Uw jeugdconsulent belt u."),
        holder.get(),
    )
    assert raw["id"] == "jeugdconsulent"
    assert raw["examples"] == [
        {"flag": "Uw [jeugdconsulent] belt u.", "fix": "Uw medewerker jeugd belt u."},
        {"pass": "Uw medewerker jeugd belt u."},
    ]
    assert raw["reason"] and raw["source"] == gf.DEFAULT_SOURCE
    # an article typed inside the brackets moves out of them
    moved = gf.form_entry(
        gf.GlossaryForm(
            "de jeugdconsulent", "de medewerker jeugd", "Morgen belt [de jeugdconsulent] u."
        ),
        holder.get(),
    )
    assert moved["examples"][0]["flag"] == "Morgen belt de [jeugdconsulent] u."


@pytest.mark.parametrize(
    ("raw_message", "expected"),
    [
        ("'fix' ontbreekt bij flag-voorbeeld 1", "Vul bij 'Dezelfde zin, verbeterd'"),
        ("voorbeeld 1: een flag-voorbeeld heeft precies één [markering]", "Zet in de 'Voorbeeldzin'"),
        ("het voorbeeld 'Uw de jeugdconsulent belt.' wordt niet gemarkeerd op 'de jeugdconsulent'. "
         "Klopt de schrijfwijze?", "De 'Voorbeeldzin' wordt niet gemarkeerd op 'de jeugdconsulent'"),
        ("het bijna-voorbeeld 'Uw jeugdconsulent.' wordt toch gemarkeerd.",
         "De 'Zin die niet gemarkeerd mag worden' wordt toch gemarkeerd"),
        ("'plain' (of 'options') ontbreekt: geef minstens één alternatief", "Vul bij 'Eenvoudiger'"),
    ],
)  # fmt: skip
def test_errors_speak_in_the_forms_field_names(raw_message: str, expected: str) -> None:
    exc = GlossaryError(raw_message, path="woordenlijst-gemeente.yaml", line=3, entry_id="x")
    message = gf.form_message(exc)
    assert message.startswith(expected), message
    for technical in (".yaml", "flag", "fix'", "'id'", "pass-", "plain", "(x)"):
        assert technical not in message, (technical, message)


def test_empty_fields_are_named(holder: wb.EngineHolder) -> None:
    with pytest.raises(gf.FormError, match="Vul bij 'Eenvoudiger'"):
        gf.form_entry(gf.GlossaryForm("de jeugdconsulent", "", "Uw jeugdconsulent belt."))
    with pytest.raises(gf.FormError, match="staat niet in de 'Voorbeeldzin'"):
        gf.form_entry(gf.GlossaryForm("de jeugdconsulent", "de medewerker", "Uw medewerker belt."))


def test_sign_in_is_asked_first(holder: wb.EngineHolder) -> None:
    admin = OverlayAdmin(holder.overlay)
    with pytest.raises(gf.FormError, match="Meld u eerst aan"):
        gf.save_form(admin, holder, "", gf.GlossaryForm("iets", "", ""))


def test_jeugdconsulent_overrides_the_builtin_consulent(holder: wb.EngineHolder) -> None:
    engine = holder.get()
    before = {f.entry_id for f in wb.analyse_text(LETTER, engine).report.findings}
    assert "consulent" in before  # the built-in rule marks the compound
    # search finds the compound and shows the rule that marks it
    rows = gf.search_rows(engine, "jeugdconsulent")
    assert rows and rows[0][0] == "consulent (ook in 'jeugdconsulent')"

    admin = OverlayAdmin(holder.overlay)
    form = gf.GlossaryForm("de jeugdconsulent", "de medewerker jeugd", "Uw jeugdconsulent belt u.")
    entry_id, status = gf.save_form(admin, holder, "anna", form)  # first try, defaults only
    assert entry_id == "jeugdconsulent" and status.startswith("✅"), status
    analysis = wb.analyse_text(LETTER, holder.get())
    ids = {f.entry_id for f in analysis.report.findings}
    assert "jeugdconsulent" in ids and "consulent" not in ids
    assert any(p.after == "Uw medewerker jeugd" for p in analysis.proposals)
    row = gf.search_rows(holder.get(), "jeugdconsulent")[0]
    assert row[0] == "jeugdconsulent" and row[1] == "vervangen · gemeente"


def test_overlay_written_elsewhere_reaches_the_app(holder: wb.EngineHolder) -> None:
    """The panel's glossary page writes the same file: the next request sees it."""
    engine = holder.get()
    entries = (
        yaml.safe_load(holder.overlay.read_text(encoding="utf-8"))
        if holder.overlay.exists()
        else []
    )
    entries = [e for e in entries or [] if e.get("id") != "buurtkamer"]
    entries.append(
        {"id": "buurtkamer", "type": "replace", "terms": ["de buurtkamer"], "plain": ["het buurthuis"],
         "reason": "Zo heet het hier.", "source": "Ouderpanel",
         "examples": [{"flag": "U bent welkom in de [buurtkamer].", "fix": "U bent welkom in het buurthuis."},
                      {"pass": "De kamer is klein."}]}
    )  # fmt: skip
    tmp = holder.overlay.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    tmp.replace(holder.overlay)  # as the panel writes it: atomically
    fresh = holder.get()
    assert fresh is not engine
    assert "buurtkamer" in fresh.glossary.by_id
    assert holder.get() is fresh  # no rebuild while the file stays the same


def test_sources_read_as_text() -> None:
    assert gf.readable_source("seeds-extract #48 (001:219; 000:21)") == (
        "Onderzoek naar brieven in het sociaal domein: boek 'Tussen beleid en leefwereld'; "
        "essay over 50 jaar jeugdzorg"
    )
    assert gf.readable_source("Awb art. 4:1") == "Algemene wet bestuursrecht art. 4:1"


def test_no_raw_seed_citation_in_the_table(holder: wb.EngineHolder) -> None:
    rows = gf.search_rows(holder.get())
    assert len(rows) > 1000
    assert not [r for r in rows if "seeds-extract" in r[4] or "001:" in r[4]]
