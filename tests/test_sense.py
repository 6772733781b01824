"""Sense: domain traps (an explanation or replacement of the wrong sense is never offered),
the domain estimate, names of laws, a court's legal terms, and load-time validation.

The trap letters are our own sentences, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rewriter.engine import Engine
from rewriter.errors import GlossaryError
from rewriter.glossary import load_file, parse_entry
from rewriter.pipeline import check
from rewriter.sense import estimate_domain

# (name, letter text, entry that must NOT be offered)
TRAPS = [
    (
        "spoedplaatsing-ggz",
        "Uw zoon staat op de wachtlijst van de jeugd-GGZ. Wij hebben een spoedplaatsing "
        "aangevraagd, zodat zijn behandeling eerder kan beginnen.",
        "crisisplaatsing",
    ),
    (
        "spoedplaatsing-verpleeghuis",
        "Uw moeder heeft een spoedplaatsing in het verpleeghuis gekregen.",
        "crisisplaatsing",
    ),
    (
        "spoedplaatsing-wmo-letter",
        "Op grond van de Wmo krijgt u beschermd wonen. Na de spoedplaatsing in het huis "
        "aan de Dorpsstraat bespreken wij uw dagbesteding.",
        "crisisplaatsing",
    ),
    (
        "gebruikelijke-hulp-jeugdwet",
        "Op grond van de Jeugdwet hebben wij uw aanvraag voor jeugdhulp bekeken. Hulp bij "
        "het aankleden van uw kind valt onder gebruikelijke hulp.",
        "gebruikelijke-hulp",
    ),
    (
        "inlichtingenplicht-jeugdwet",
        "U krijgt voor uw dochter een pgb op grond van de Jeugdwet. Voor de jeugdhulp geldt "
        "de inlichtingenplicht: geef veranderingen direct aan ons door.",
        "inlichtingenplicht",
    ),
    (
        "inlichtingenplicht-wmo",
        "U krijgt huishoudelijke hulp op grond van de Wmo. Voor deze maatwerkvoorziening "
        "geldt de inlichtingenplicht.",
        "inlichtingenplicht",
    ),
    (
        "voorliggende-voorziening-school",
        "Uw zoon heeft extra begeleiding in de klas nodig. De school is hier een voorliggende "
        "voorziening: de school moet eerst zelf extra ondersteuning bieden.",
        "voorliggende-voorziening",
    ),
    (
        "voorliggende-voorziening-onderwijs",
        "Passend onderwijs gaat voor. Het samenwerkingsverband is een voorliggende voorziening.",
        "voorliggende-voorziening",
    ),
    (
        "abonnementstarief-per-maand",
        "U betaalt het abonnementstarief aan het CAK. Dit is € 21,80 per maand.",
        "abonnementstarief",
    ),
    (
        "abonnementstarief-maandelijks",
        "Het CAK int maandelijks het abonnementstarief van € 21,80.",
        "abonnementstarief",
    ),
    (
        "beschikking-kinderrechter",
        "Bij beschikking van 3 maart 2025 heeft de kinderrechter uw dochter onder toezicht "
        "gesteld.",
        "beschikking",
    ),
    (
        "beschikking-rechtbank",
        "De rechtbank heeft bij beschikking de schuldsaneringsregeling op u van toepassing "
        "verklaard.",
        "beschikking",
    ),
    (
        "beschikking-gerechtshof",
        "In de beschikking van het gerechtshof staat dat de machtiging wordt verlengd.",
        "beschikking",
    ),
    (
        "avg",
        "Wij bewaren uw gegevens volgens de Algemene verordening gegevensbescherming.",
        "verordening",
    ),
    (
        "avg-sentence-start",
        "Algemene verordening gegevensbescherming: zo gaan wij met uw gegevens om.",
        "verordening",
    ),
    (
        "wet-schuldhulpverlening",
        "Dit besluit is genomen op grond van de Wet gemeentelijke schuldhulpverlening.",
        "schuldhulpverlening",
    ),
    (
        "wet-maatschappelijke-ondersteuning",
        "Dit staat in de Wet maatschappelijke ondersteuning 2015.",
        "maatschappelijke-ondersteuning",
    ),
    (
        "verrekenen-wmo",
        "Op grond van de Wmo betaalt u een eigen bijdrage voor de traplift. Wij verrekenen "
        "het bedrag met de vorige factuur van het CAK.",
        "verrekenen",
    ),
    (
        "tegenprestatie-wmo",
        "U krijgt een scootmobiel op grond van de Wmo. Als tegenprestatie vragen wij niets.",
        "tegenprestatie",
    ),
    (
        "rechtmatigheid-jeugd-pgb",
        "Wij controleren de rechtmatigheid van het pgb uit de Jeugdwet voor uw zoon.",
        "rechtmatigheid",
    ),
    (
        "doorplaatsing-beschermd-wonen",
        "U woont in een woonvoorziening voor beschermd wonen (Wmo). De doorplaatsing naar een "
        "andere woonvoorziening is op 1 mei.",
        "doorplaatsing",
    ),
    (
        "arrangement-wmo",
        "U krijgt dagbesteding op grond van de Wmo. Het arrangement bestaat uit twee dagdelen "
        "dagbesteding per week.",
        "arrangement",
    ),
    (
        "handelingsplan-schulden",
        "Uw schuldhulpverlening is gestart. De schuldhulpverlener maakt met u een handelingsplan.",
        "handelingsplan",
    ),
    (
        "casusoverleg-wmo",
        "Over uw Wmo-aanvraag voor huishoudelijke hulp is een casusoverleg geweest.",
        "casusoverleg",
    ),
    (
        "verwijsbrief-wmo",
        "Voor uw Wmo-aanvraag voor een woningaanpassing hebben wij een verwijsbrief van uw "
        "huisarts ontvangen. De traplift komt in mei.",
        "verwijsbrief",
    ),
    (
        "zorgplicht-gemeente",
        "De gemeente heeft een zorgplicht voor inwoners die niet zelfstandig kunnen wonen.",
        "zorgplicht",
    ),
    (
        "vordering-school",
        "Uw zoon maakt goede vorderingen op school.",
        "vordering",
    ),
    (
        "maatregel-jeugd",
        "De kinderrechter kan een maatregel opleggen als de veiligheid van uw kind in gevaar is.",
        "maatregel-opleggen",
    ),
    (
        "basisvoorziening-wmo",
        "Het buurthuis is een basisvoorziening voor alle inwoners. Uw Wmo-aanvraag voor "
        "huishoudelijke hulp en de rolstoel nemen wij in behandeling.",
        "basisvoorziening",
    ),
    (
        "kostendelersnorm-wmo",
        "Voor de eigen bijdrage Wmo kijkt het CAK niet naar de kostendelersnorm; uw "
        "maatwerkvoorziening blijft hetzelfde.",
        "kostendelersnorm",
    ),
    (
        "inlichtingenplicht-jeugd-bescherming",
        "De gezinsvoogd van de jeugdbescherming heeft met u gesproken. De jeugdhulp loopt "
        "door. Voor uw pgb geldt de inlichtingenplicht.",
        "inlichtingenplicht",
    ),
    (
        "gebruikelijke-hulp-pleegzorg",
        "Uw pleegkind woont bij u in het pleeggezin. Op grond van de Jeugdwet valt hulp bij "
        "huiswerk onder gebruikelijke hulp.",
        "gebruikelijke-hulp",
    ),
    (
        "crisisplaatsing-behandeling",
        "Er is een crisisplaatsing geregeld bij de afdeling behandeling van de GGZ.",
        "crisisplaatsing",
    ),
]

# (name, letter text, entry that MUST be offered): the right sense is still found.
SENSES = [
    (
        "spoedplaatsing-jeugd",
        "Op grond van de Jeugdwet is uw zoon na een spoedplaatsing in een pleeggezin gaan "
        "wonen. De gezinsvoogd belt u deze week.",
        "crisisplaatsing",
    ),
    (
        "gebruikelijke-hulp-wmo",
        "Op grond van de Wmo hebben wij uw aanvraag voor huishoudelijke hulp bekeken. Het "
        "schoonmaken valt onder gebruikelijke hulp van uw partner.",
        "gebruikelijke-hulp",
    ),
    (
        "gebruikelijke-hulp-jeugd",
        "Op grond van de Jeugdwet hebben wij uw aanvraag voor jeugdhulp bekeken. Hulp bij "
        "het aankleden van uw kind valt onder gebruikelijke hulp.",
        "gebruikelijke-hulp-jeugd",
    ),
    (
        "inlichtingenplicht-bijstand",
        "U krijgt een bijstandsuitkering op grond van de Participatiewet. Voor uw uitkering "
        "geldt de inlichtingenplicht.",
        "inlichtingenplicht",
    ),
    (
        "inlichtingenplicht-zorg",
        "U krijgt voor uw dochter een pgb op grond van de Jeugdwet. Voor de jeugdhulp geldt "
        "de inlichtingenplicht: geef veranderingen direct aan ons door.",
        "inlichtingenplicht-zorg",
    ),
    (
        "voorliggende-voorziening-school",
        "Uw zoon heeft extra begeleiding in de klas nodig. De school is hier een voorliggende "
        "voorziening.",
        "voorliggende-voorziening-school",
    ),
    (
        "voorliggende-voorziening-wmo",
        "Voor een rollator is er een voorliggende voorziening via uw zorgverzekering.",
        "voorliggende-voorziening",
    ),
    (
        "abonnementstarief-maand",
        "U betaalt het abonnementstarief aan het CAK. Dit is € 21,80 per maand.",
        "abonnementstarief-maand",
    ),
    ("beschikking-gemeente", "U ontvangt de beschikking binnen acht weken.", "beschikking"),
    ("verordening", "Dit staat in de verordening van onze gemeente.", "verordening"),
    (
        "zorgplicht-school",
        "De school heeft zorgplicht voor uw zoon en zoekt een passende plek.",
        "zorgplicht",
    ),
    (
        "law-name-then-term",
        "Met ingang van 1 maart wordt aan u op grond van artikel 11 Participatiewet algemene "
        "bijstand toegekend.",
        "toekennen",
    ),
    (
        "name-head-at-sentence-start",
        "Algemene informatie treft u aan op onze website.",
        "aantreffen",
    ),
    (
        "rechtmatigheid-pgb",
        "Op grond van de Wmo krijgt u een pgb voor begeleiding. Wij controleren de "
        "rechtmatigheid van de besteding.",
        "rechtmatigheid-zorg",
    ),
    (
        "verrekenen-bijstand",
        "Uw bijstandsuitkering is te hoog geweest. Wij verrekenen het bedrag met uw "
        "uitkering van volgende maand.",
        "verrekenen",
    ),
]


def _offered(engine: Engine, text: str) -> set[str]:
    return {f.entry_id for f in check(text, engine).findings if f.entry_id}


@pytest.mark.parametrize(("name", "text", "entry_id"), TRAPS, ids=[t[0] for t in TRAPS])
def test_domain_trap_not_offered(engine: Engine, name: str, text: str, entry_id: str) -> None:
    assert entry_id in engine.glossary.by_id, entry_id
    report = check(text, engine)
    wrong = [f for f in report.findings if f.entry_id == entry_id]
    assert not wrong, f"{name}: {entry_id} offered for {wrong[0].text!r}: {wrong[0].replacements}"
    # and the sense's words do not sneak in through another entry either
    entry = engine.glossary.by_id[entry_id]
    if entry.explanation:
        for f in report.findings:
            assert not any(entry.explanation in r for r in f.replacements), (name, f.rule_id)


@pytest.mark.parametrize(("name", "text", "entry_id"), SENSES, ids=[s[0] for s in SENSES])
def test_right_sense_offered(engine: Engine, name: str, text: str, entry_id: str) -> None:
    assert entry_id in _offered(engine, text), name


def test_enough_domain_traps() -> None:
    assert len(TRAPS) >= 30


def test_domain_estimate_with_reason() -> None:
    text = (
        "Op grond van de Jeugdwet krijgt uw zoon jeugdhulp. De Jeugdwet zegt ook dat wij "
        "de jeugdhulp elk jaar bekijken. Meer over de Jeugdwet leest u op onze website."
    )
    est = estimate_domain(text)
    assert est.domain == "jeugd"
    assert est.reason.startswith("jeugd: Jeugdwet ×3, jeugdhulp ×2")
    assert est.to_dict()["name"] == "jeugd"


def test_domain_estimate_general_and_mixed() -> None:
    assert estimate_domain("Wij hebben uw brief ontvangen. Dank u wel.").domain == "algemeen"
    mixed = estimate_domain(
        "U krijgt bijstand op grond van de Participatiewet. Uw schuldhulpverlening loopt via "
        "de Wet gemeentelijke schuldhulpverlening; de budgetbeheerder betaalt uw vaste lasten."
    )
    assert {"participatie", "schulden"} <= mixed.domains


def test_check_json_carries_domain(engine: Engine) -> None:
    report = check("U krijgt huishoudelijke hulp op grond van de Wmo.", engine)
    data = report.to_dict()
    assert data["domain"]["name"] == "wmo"
    assert "Wmo" in data["domain"]["reason"]


def test_name_of_organisation_with_capitals_is_skipped(engine: Engine) -> None:
    # a capitalised multiword name that contains a term: 'Stichting Wijkteam Oost'
    offered = _offered(engine, "U kunt bellen met de Stichting Wijkteam Oost.")
    assert "wijkteam" not in offered
    assert "wijkteam" in _offered(engine, "U kunt bellen met het wijkteam.")


def test_address_is_never_explained(engine: Engine) -> None:
    # our own address lines: a court's team and a municipal department in an address
    text = (
        "Stuur uw beroepschrift naar: Rechtbank Overijssel, sector bestuursrecht, "
        "Postbus 10067, 8000 GB Zwolle."
    )
    assert "bestuursrechter" not in _offered(engine, text)
    assert "bestuursrechter" in _offered(
        engine, "De sector bestuursrecht van de rechtbank beslist over uw beroep."
    )


def test_a_term_being_named_is_not_replaced(engine: Engine) -> None:
    # 'Dit heet in de wet een maatwerkvoorziening.': the name itself; a replacement would
    # rename it ('Dit heet in de wet een hulp die de gemeente speciaal voor u regelt')
    for text in (
        "Dit heet in de wet een maatwerkvoorziening.",
        "Dat heet een maatwerkvoorziening.",
        "Dit noemen we huishoudelijke ondersteuning.",
    ):
        offered = _offered(engine, text)
        assert not offered & {"maatwerkvoorziening", "huishoudelijke-ondersteuning"}, text
    # near misses: the same word in a sentence that does not name it
    assert "maatwerkvoorziening" in _offered(engine, "U krijgt een maatwerkvoorziening.")
    assert "maatwerkvoorziening" in _offered(
        engine, "Een maatwerkvoorziening heet zo omdat de hulp bij u past."
    )


def test_person_name_before_term_is_not_a_name(engine: Engine) -> None:
    # 'Sara een perspectiefplan': a person, then a noun phrase: still explained
    assert "perspectiefplan" in _offered(engine, "Wij maken voor Sara een perspectiefplan.")


def _raw(**extra: object) -> dict:
    raw = {
        "id": "test-entry",
        "type": "explain",
        "terms": ["de toets"],
        "explanation": "een test",
        "reason": "r",
        "source": "s",
        "examples": [{"flag": "De [toets] is klaar.", "fix": "De toets (een test) is klaar."},
                     {"pass": "De test is klaar."}],
    }  # fmt: skip
    raw.update(extra)
    return raw


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"domain": ["zorg"]}, "'domain'"),
        ({"near": "re:("}, "ongeldig patroon"),
        ({"not_near": [3]}, "'not_near'"),
        ({"near": ["school"], "window": "alinea"}, "'window'"),
        ({"near": ["school"], "window": 0}, "'window'"),
        ({"window": 10}, "zonder 'near'"),
    ],
)
def test_conditions_are_validated(extra: dict, message: str) -> None:
    with pytest.raises(GlossaryError) as err:
        parse_entry(_raw(**extra), "glossary/test.yaml", 12)
    text = str(err.value)
    assert message in text
    assert "glossary/test.yaml" in text and "12" in text and "test-entry" in text


def test_conditions_error_names_file_line_and_id(tmp_path: Path) -> None:
    path = tmp_path / "fout.yaml"
    path.write_text(
        "- id: goed\n  type: explain\n  terms: [de toets]\n  explanation: een test\n"
        "  reason: r\n  source: s\n  examples:\n    - flag: 'De [toets] is klaar.'\n"
        "      fix: 'De toets (een test) is klaar.'\n    - pass: 'De test.'\n"
        "- id: fout\n  type: explain\n  terms: [de proef]\n  explanation: een test\n"
        "  domain: [zorg]\n  reason: r\n  source: s\n  examples:\n"
        "    - flag: 'De [proef] is klaar.'\n      fix: 'De proef (een test) is klaar.'\n"
        "    - pass: 'De test.'\n",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError) as err:
        load_file(path)
    text = str(err.value)
    assert "fout.yaml" in text and ":11" in text and "fout" in text and "domain" in text


def test_valid_conditions_load() -> None:
    entry = parse_entry(_raw(domain=["jeugd"], near=["school*"], not_near=["re:\\bggz\\b"]))
    assert entry.domains == ("jeugd",)
    assert entry.near == ("school*",)
    assert entry.window == "sentence"


def test_traps_bite_without_sense(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the sense conditions most traps would offer the wrong sense: the traps
    # test the conditions, not sentences in which the term never matches.
    import sys

    module = sys.modules["rewriter.analysers.glossary"]
    monkeypatch.setattr(module, "fits", lambda *args, **kwargs: True)
    bitten = [name for name, text, eid in TRAPS if eid in _offered(engine, text)]
    # five traps about names of laws (AVG, Wet maatschappelijke ondersteuning, Wet
    # gemeentelijke schuldhulpverlening ...) are also caught earlier: a law's name is a
    # protected fact (rewriter/protect.py), so no rule fires inside it at all
    assert len(bitten) >= 25, sorted({t[0] for t in TRAPS} - set(bitten))
