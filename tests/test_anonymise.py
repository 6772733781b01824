"""Anonymising letters for parent panels: recall per kind, precision, CLI schema, map_span.

Recall is measured on the fixture corpus (manifest `personal:` and `facts: case_numbers`)
plus deterministic synthetic letters with planted personal data, so that every kind has
at least 20 instances. A planted string counts as found when all its characters are
covered by replacements; titles and joiners ("mevrouw", "de heer", "heer en mevrouw",
"familie", " en ") are not personal data and stay ("Geachte mevrouw [naam]").
Case numbers completed by a merge field ("ALM-WMO-2026-[ZAAKNUMMER]") are template text,
not personal data, and are left out.
"""

from __future__ import annotations

import io
import json
import logging
import random
import re
import socket
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from rewriter.anonymise import (
    CHILD_PLACEHOLDER,
    KINDS,
    PLACEHOLDERS,
    Anonymised,
    Anonymiser,
    Replacement,
    default_anonymiser,
)
from rewriter.cli import main
from rewriter.protect import is_valid_bsn

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "fixtures" / "letters"
MANIFEST = yaml.safe_load((LETTERS / "manifest.yaml").read_text(encoding="utf-8"))
MANIFEST_KINDS = {
    "names": "name",
    "addresses": "address",
    "postcodes": "postcode",
    "bsn": "bsn",
    "phones": "phone",
    "emails": "email",
    "birth_dates": "birth_date",
    "ibans": "iban",
    "case_numbers": "case_number",
}
_TITLE = re.compile(
    r"(?i)^(?:(?:de\s+)?heer\s+en\s+mevrouw|de\s+heer|heer|mevrouw|meneer|familie)\s+"
)
_MERGE = re.compile(r"[\[«{]")


@pytest.fixture(scope="module")
def anonymiser() -> Anonymiser:
    """The shared anonymiser, built once; its (lazy) Deduce build may not touch the network."""
    shared = default_anonymiser()
    with pytest.MonkeyPatch.context() as mp:

        def no_network(*args: object, **kwargs: object) -> None:
            raise AssertionError("deduce tried to reach the network")

        mp.setattr(socket.socket, "connect", no_network)
        mp.setattr(socket, "create_connection", no_network)
        level, handlers = logging.getLogger().level, list(logging.getLogger().handlers)
        shared.anonymise("Mevrouw J. de Vries")
        # importing deduce calls logging.basicConfig(stdout, DEBUG); that must be undone
        assert logging.getLogger().level == level
        assert logging.getLogger().handlers == handlers
    return shared


# --------------------------------------------------------------------------- corpus


def _letter(name: str) -> str:
    return (LETTERS / name).read_text(encoding="utf-8")


def _manifest_cases() -> list[tuple[str, str, dict[str, list[str]]]]:
    """(name, text, {kind: planted strings}) for every manifest letter."""
    cases = []
    for entry in MANIFEST:
        text = _letter(entry["file"])
        planted: dict[str, list[str]] = {}
        for key, values in (entry.get("personal") or {}).items():
            planted.setdefault(MANIFEST_KINDS[key], []).extend(values)
        for value in entry["facts"].get("case_numbers", []):
            end = text.index(value) + len(value)
            if _MERGE.search(value) or _MERGE.match(text[end : end + 1]):
                continue  # a template number: the merge field is the number
            planted.setdefault("case_number", []).append(value)
        cases.append((entry["file"], text, planted))
    return cases


# --------------------------------------------------------------------------- synthetic

_FIRST = [
    "Lieke", "Thijs", "Noor", "Ruben", "Fleur", "Sem", "Mila", "Luuk", "Julia", "Stijn",
    "Anouk", "Mohammed", "Aylin", "Priya", "Kofi", "Fatma", "Dirk", "Marloes", "Wouter",
    "Esra", "Bas", "Ilona", "Jayden", "Roos",
]  # fmt: skip
_SURNAMES = [
    "Jansen", "de Jong", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Kaya", "Yıldız", "Ramdin", "Boateng", "van der Linden", "Veenstra",
]  # fmt: skip
_STREETS = [
    "Kerkstraat", "Molenweg", "Schoolstraat", "Julianalaan", "Beatrixstraat", "Wilhelminaplein",
    "Lindelaan", "Eikenlaan", "Nieuwstraat", "Dorpsweg", "Vondelstraat", "Prinsengracht",
    "Zuiderdijk", "Burgemeester de Withstraat", "Van Goghstraat", "Kastanjehof",
]  # fmt: skip
_CITIES = ["Zwolle", "Deventer", "Amersfoort", "Utrecht", "Tilburg", "Nijmegen", "Ede", "Oss"]
_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
_MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
_PROVIDERS = ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com", "outlook.com"]


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            value = "".join(map(str, digits)) + str(check)
            assert is_valid_bsn(value)
            return value


def _iban(rng: random.Random) -> str:
    bank = rng.choice(_BANKS)
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    iban = f"NL{check:02d}{bank}{account}"
    return " ".join(iban[i : i + 4] for i in range(0, 18, 4)) if rng.random() < 0.5 else iban


def _phone(rng: random.Random) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    return rng.choice(
        [
            f"06-{rng.randint(1, 6)}{digits(7)}",
            f"06 {rng.randint(1, 6)}{digits(3)} {digits(4)}",
            f"0{rng.randint(10, 79)} - {rng.randint(2, 9)}{digits(2)} {digits(2)} {digits(2)}",
            f"+31 6 {rng.randint(1, 6)}{digits(7)}",
        ]
    )


def _birth_date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2006, 2021)
    if rng.random() < 0.5:
        return f"{day:02d}-{month:02d}-{year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def _cap(surname: str) -> str:
    """'de Jong' -> 'De Jong' (the surname without initials or first name)."""
    return surname[:1].upper() + surname[1:]


def _synthetic(index: int) -> tuple[str, str, dict[str, list[str]], list[str]]:
    """(name, text, {kind: planted strings}, strings that must survive)."""
    rng = random.Random(1000 + index)
    city = _CITIES[index % len(_CITIES)]
    parent_first, parent_sur = rng.choice(_FIRST), rng.choice(_SURNAMES)
    initial = parent_first[0]
    child_first = rng.choice([f for f in _FIRST if f != parent_first])
    child_sur = parent_sur if rng.random() < 0.6 else rng.choice(_SURNAMES)
    staff_first, staff_sur = rng.choice(_FIRST), rng.choice(_SURNAMES)
    title, salutation = rng.choice([("Mevrouw", "mevrouw"), ("De heer", "heer")])
    street = f"{rng.choice(_STREETS)} {rng.randint(1, 240)}{rng.choice(['', '', 'a', '-B'])}"
    postcode = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
    bsn, iban, phone, birth = _bsn(rng), _iban(rng), _phone(rng), _birth_date(rng)
    compact = parent_sur.replace(" ", "").lower().replace("ı", "i")
    email = f"{parent_first.lower()}.{compact}@{rng.choice(_PROVIDERS)}"
    case = rng.choice(
        [
            f"JZ-2026-{rng.randint(10000, 99999)}",
            f"Z/26/{rng.randint(100000, 999999)}",
            f"WMO-{city[:3].upper()}-2026-{rng.randint(1000, 9999)}",
        ]
    )
    letter_date = f"{rng.randint(1, 28)} maart 2026"
    meeting = f"{rng.randint(1, 28)} april 2026"
    org = rng.choice(["Jeugdteam De Brug", "Stichting Welzijn Noord", "Zorggroep De Linde"])
    child_word = rng.choice(["zoon", "dochter"])
    variant = index % 3
    header = (
        f"Gemeente {city}\nTeam Sociaal Domein\nPostbus {rng.randint(10, 9999)}\n"
        f"{rng.randint(1000, 9999)} AA {city}\n\n"
        f"{title} {initial}. {parent_sur}\n{street}\n{postcode} {city}\n\n"
        f"Datum: {letter_date}\nOns kenmerk: {case}\n"
    )
    if variant == 0:
        body = (
            f"Betreft: {child_first} {child_sur}, geboren {birth}\nBSN: {bsn}\n\n"
            f"Geachte {salutation} {_cap(parent_sur)},\n\n"
            f"Op {meeting} spreken wij met u over uw {child_word} {child_first} {child_sur}. "
            f"{child_first} krijgt hulp van {org}. Wij maken de vergoeding over op "
            f"rekening {iban}. Het gesprek is op het kantoor van de gemeente.\n\n"
            f"Wij hebben uw telefoonnummer {phone} en uw e-mailadres {email} genoteerd.\n\n"
            f"Met vriendelijke groet,\n\n{staff_first} {staff_sur}\nConsulent jeugd\n"
        )
        planted_names = [f"{initial}. {parent_sur}", f"{salutation} {_cap(parent_sur)}"]
        planted_names += [f"{child_first} {child_sur}", child_first, f"{staff_first} {staff_sur}"]
    elif variant == 1:
        body = (
            f"Geboortedatum: {birth}\nBurgerservicenummer: {bsn}\n\n"
            f"Geachte {salutation} {_cap(parent_sur)},\n\n"
            f"U vroeg op {meeting} om hulp bij het huishouden. Wij komen bij u thuis op "
            f"{street}, {postcode} {city}. U krijgt hulp van {org}. Het bedrag van de "
            f"tegemoetkoming storten wij op uw rekening {iban} ten name van "
            f"{initial}. {parent_sur}.\n\n"
            f"U kunt uw consulent {staff_first} {staff_sur} bellen. Wij bellen u terug op "
            f"{phone}. U kunt ook mailen; wij antwoorden naar {email}.\n\n"
            f"Met vriendelijke groet,\n\n{staff_first[0]}. {staff_sur}\nConsulent Wmo\n"
        )
        planted_names = [f"{initial}. {parent_sur}", f"{salutation} {_cap(parent_sur)}"]
        planted_names += [f"{staff_first} {staff_sur}", f"{staff_first[0]}. {staff_sur}"]
    else:
        body = (
            f"Onderwerp: uitnodiging gesprek over {child_first}, «kenmerk_aanvraag»\n\n"
            f"Geachte {salutation} {_cap(parent_sur)},\n\n"
            f"Uw {child_word} {child_first} {child_sur} (geboren op {birth}, BSN {bsn}) "
            f"mist veel lessen. {org} denkt met ons mee. Wij nodigen u en {child_first} uit op {meeting} om 10.00 uur. "
            f"Is het bedrag van de boete betaald? Dan krijgt u het terug op {iban}.\n\n"
            f"Mijn telefoonnummer is {phone}. Mijn e-mailadres is {email}.\n\n"
            f"Met vriendelijke groet,\n\n{staff_first} {staff_sur}\nLeerplichtambtenaar\n"
        )
        planted_names = [f"{initial}. {parent_sur}", f"{salutation} {_cap(parent_sur)}"]
        planted_names += [f"{child_first} {child_sur}", child_first, f"{staff_first} {staff_sur}"]
    planted = {
        "name": planted_names,
        "address": [street],
        "postcode": [postcode],
        "bsn": [bsn],
        "phone": [phone],
        "email": [email],
        "birth_date": [birth],
        "iban": [iban],
        "case_number": [case],
    }
    keep = [letter_date, meeting, org, f"Gemeente {city}"]
    if variant == 2:
        keep.append("«kenmerk_aanvraag»")
    return f"synthetisch-{index:02d}", header + body, planted, keep


SYNTHETIC = [_synthetic(i) for i in range(24)]


# --------------------------------------------------------------------------- helpers


def _covered(anon: Anonymised, text: str, kind: str, value: str) -> list[tuple[bool, bool]]:
    """For every occurrence of `value` in `text`: (are all its personal characters replaced,
    does a replacement of the right kind cover it)."""
    covered = bytearray(len(text))
    for r in anon.replacements:
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    skip = 0
    if kind == "name" and (m := _TITLE.match(value)):
        skip = m.end()
    joiners = {m.start() + i for m in re.finditer(r" en ", value) for i in range(4)}
    out = []
    for m in re.finditer(re.escape(value), text):
        needed = [
            m.start() + i
            for i in range(skip, len(value))
            if not value[i].isspace() and not (kind == "name" and i in joiners)
        ]
        right_kind = any(
            r.kind == kind for r in anon.replacements if r.start < m.end() and m.start() < r.end
        )
        out.append((all(covered[i] for i in needed), right_kind))
    assert out, f"{value!r} not in letter"
    return out


def _recall_table(anonymiser: Anonymiser, cases: list) -> tuple[Counter, Counter, Counter, list]:
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    right_kind: Counter[str] = Counter()
    missed = []
    for name, text, planted, *_ in cases:
        anon = anonymiser.anonymise(text)
        for kind, values in planted.items():
            for value in values:
                for ok, kind_ok in _covered(anon, text, kind, value):
                    total[kind] += 1
                    found[kind] += ok
                    right_kind[kind] += ok and kind_ok
                    if not ok:
                        missed.append(f"{name}: {kind} {value!r}")
    return total, found, right_kind, missed


def _report(total: Counter, found: Counter) -> str:
    return ", ".join(
        f"{kind} {found[kind]}/{total[kind]} = {found[kind] / max(1, total[kind]):.3f}"
        for kind in KINDS
    )


# --------------------------------------------------------------------------- recall


def test_synthetic_letters_plant_what_they_claim() -> None:
    assert len({text for _, text, _, _ in SYNTHETIC}) == len(SYNTHETIC)
    assert [text for _, text, _, _ in SYNTHETIC] == [_synthetic(i)[1] for i in range(24)]
    for name, text, planted, keep in SYNTHETIC:
        for values in planted.values():
            for value in values:
                assert value in text, (name, value)
        for value in keep:
            assert value in text, (name, value)


def test_recall_per_kind_at_least_95_percent(anonymiser: Anonymiser) -> None:
    total, found, right_kind, missed = _recall_table(anonymiser, _manifest_cases() + SYNTHETIC)
    report = _report(total, found)
    print("recall:", report)
    assert set(total) == set(KINDS), report
    for kind in KINDS:
        assert total[kind] >= 20, f"too few {kind} instances: {report}"
        assert found[kind] / total[kind] >= 0.95, f"{kind}: {report}\nmissed: {missed}"
        # and the replacement says what it replaced
        assert right_kind[kind] / total[kind] >= 0.95, f"{kind}: {_report(total, right_kind)}"


def test_recall_on_fixture_corpus_alone(anonymiser: Anonymiser) -> None:
    total, found, _, missed = _recall_table(anonymiser, _manifest_cases())
    report = _report(total, found)
    print("fixture recall:", report)
    assert sum(found.values()) / sum(total.values()) >= 0.95, f"{report}\nmissed: {missed}"
    assert len(total) == len(KINDS), report


def test_no_manifest_personal_string_left(anonymiser: Anonymiser) -> None:
    total = left = 0
    leaks = []
    for name, text, planted in _manifest_cases():
        anonymised = anonymiser.anonymise(text).text
        for values in planted.values():
            for value in set(values):
                total += 1
                if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", anonymised):
                    left += 1
                    leaks.append(f"{name}: {value!r}")
    assert total >= 200
    assert (total - left) / total >= 0.95, leaks


# --------------------------------------------------------------------------- precision


def test_merge_fields_survive(anonymiser: Anonymiser) -> None:
    checked = 0
    for entry in MANIFEST:
        fields = entry["facts"].get("merge_fields", [])
        if not fields:
            continue
        anonymised = anonymiser.anonymise(_letter(entry["file"])).text
        for field in fields:
            checked += 1
            assert field in anonymised, (entry["file"], field)
    assert checked >= 20
    for text in ("Geachte {{naam}},", "Geachte «aanhef» «achternaam»,", "Beste [VOORNAAM],"):
        assert anonymiser.anonymise(text).text == text


def test_organisations_survive(anonymiser: Anonymiser) -> None:
    total = kept = 0
    lost = []
    for entry in MANIFEST:
        anonymised = anonymiser.anonymise(_letter(entry["file"])).text
        for org in entry.get("organisations", []):
            total += 1
            if org in anonymised:
                kept += 1
            else:
                lost.append(f"{entry['file']}: {org}")
    assert total >= 90
    assert kept / total >= 0.90, lost


def test_letter_dates_and_other_facts_survive(anonymiser: Anonymiser) -> None:
    """Letter dates, deadlines and appointments are facts, not personal data."""
    checked = 0
    for entry in MANIFEST:
        births = set((entry.get("personal") or {}).get("birth_dates", []))
        anonymised = anonymiser.anonymise(_letter(entry["file"])).text
        for key in ("dates", "amounts", "times", "articles"):
            for value in entry["facts"].get(key, []):
                if value in births:
                    continue
                checked += 1
                assert value in anonymised, (entry["file"], key, value)
    assert checked >= 300
    for name, text, _, keep in SYNTHETIC:
        anonymised = anonymiser.anonymise(text).text
        for value in keep:
            assert value in anonymised, (name, value)


def test_birth_dates_only_after_birth_context(anonymiser: Anonymiser) -> None:
    text = (
        "Datum: 3 maart 2026\nBetreft: Sanne Bosman, geboren 14-02-2015\n"
        "Geboortedatum: 2 mei 2013\nU komt op 12-03-2026 om 10.00 uur. Geb. 01-01-2010. "
        "Reageer voor 1 april 2026."
    )
    anon = anonymiser.anonymise(text)
    births = [text[r.start : r.end] for r in anon.replacements if r.kind == "birth_date"]
    assert births == ["14-02-2015", "2 mei 2013", "01-01-2010"]
    for value in ("3 maart 2026", "12-03-2026", "10.00 uur", "1 april 2026"):
        assert value in anon.text


def test_readable_placeholders_and_titles_kept(anonymiser: Anonymiser) -> None:
    text = (
        "Mevrouw K. Jansen\nKerkstraat 5\n1234 AB Zwolle\n\nOns kenmerk: JZ-2026-12345\n\n"
        "Geachte mevrouw Jansen,\n\nUw dochter Lieke Jansen krijgt hulp van Zorggroep "
        "Salland. Lieke mag ook bellen met 06-12345678 of mailen naar k.jansen@ziggo.nl. "
        "Wij storten het geld op NL91 ABNA 0417 1643 00. Bij nood belt u 112."
    )
    anon = anonymiser.anonymise(text)
    assert anon.text == (
        "Mevrouw [naam]\n[adres]\n[postcode] Zwolle\n\nOns kenmerk: [kenmerk]\n\n"
        "Geachte mevrouw [naam],\n\nUw dochter [naam kind] krijgt hulp van Zorggroep "
        "Salland. [naam kind] mag ook bellen met [telefoonnummer] of mailen naar "
        "[e-mailadres]. Wij storten het geld op [rekeningnummer]. Bij nood belt u 112."
    )
    assert {r.placeholder for r in anon.replacements} <= {*PLACEHOLDERS.values(), CHILD_PLACEHOLDER}


def test_deterministic_and_idempotent(anonymiser: Anonymiser) -> None:
    for name, text, _ in _manifest_cases()[:10]:
        first = anonymiser.anonymise(text)
        assert anonymiser.anonymise(text) == first, name
        assert anonymiser.anonymise(first.text).text == first.text, name


def test_replacements_are_sorted_disjoint_and_rebuild_the_text(anonymiser: Anonymiser) -> None:
    for name, text, _, _ in SYNTHETIC[:6]:
        anon = anonymiser.anonymise(text)
        pos, parts = 0, []
        for r in anon.replacements:
            assert r.kind in KINDS and pos <= r.start < r.end <= len(text), (name, r)
            assert text[r.start : r.end].strip() == text[r.start : r.end], (name, r)
            parts += [text[pos : r.start], r.placeholder]
            pos = r.end
        assert "".join([*parts, text[pos:]]) == anon.text


# --------------------------------------------------------------------------- map_span


def test_map_span() -> None:
    original = "Mevrouw J. de Vries woont op Dorpsstraat 12 in Deventer."
    name = original.index("J. de Vries")
    street = original.index("Dorpsstraat 12")
    anon = Anonymised(
        "Mevrouw [naam] woont op [adres] in Deventer.",
        (
            Replacement("name", name, name + 11, "[naam]"),
            Replacement("address", street, street + 14, "[adres]"),
        ),
    )
    for word in ("Mevrouw", "woont op", "in Deventer."):
        start = original.index(word)
        mapped = anon.map_span(start, start + len(word))
        assert mapped is not None and anon.text[mapped[0] : mapped[1]] == word
    assert anon.map_span(name, name + 2) is None  # inside a replacement
    assert anon.map_span(name - 1, name + 1) is None  # overlaps its start
    assert anon.map_span(street + 13, street + 16) is None  # overlaps its end
    assert anon.map_span(0, len(original)) is None
    # empty ranges: at a boundary they map, strictly inside a replacement they do not
    assert anon.map_span(name, name) == (name, name)
    assert anon.map_span(name + 11, name + 11) == (name + 6, name + 6)
    assert anon.map_span(name + 3, name + 3) is None
    with pytest.raises(ValueError):
        anon.map_span(5, 2)


def test_map_span_on_a_real_letter(anonymiser: Anonymiser) -> None:
    text = _letter("01-wmo-toekenning-huishoudelijke-hulp.txt")
    anon = anonymiser.anonymise(text)
    for fact in ("12 maart 2026", "€ 21,80 per maand", "Zorggroep Salland", "3,5 uur per week"):
        start = text.index(fact)
        mapped = anon.map_span(start, start + len(fact))
        assert mapped is not None and anon.text[mapped[0] : mapped[1]] == fact
    bsn = text.index("271521934")
    assert anon.map_span(bsn, bsn + 9) is None


# --------------------------------------------------------------------------- CLI


def test_cli_json_schema(anonymiser: Anonymiser, capsys: pytest.CaptureFixture[str]) -> None:
    path = LETTERS / "03-wmo-toekenning-woningaanpassing.txt"
    assert main(["anonymise", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "financiële" in out  # ensure_ascii=False
    data = json.loads(out)
    assert set(data) == {"schema", "text", "replacements"}
    assert data["schema"] == 1 and isinstance(data["text"], str)
    original = path.read_text(encoding="utf-8")
    assert data == anonymiser.anonymise(original).to_dict()
    kinds = set()
    pos = 0
    for r in data["replacements"]:
        assert set(r) == {"kind", "start", "end"}
        assert r["kind"] in KINDS
        assert isinstance(r["start"], int) and isinstance(r["end"], int)
        assert pos <= r["start"] < r["end"] <= len(original)
        pos = r["end"]
        kinds.add(r["kind"])
        span = original[r["start"] : r["end"]]
        assert span.strip() == span
        assert len(span) < 4 or span not in data["text"], span
    assert {"name", "address", "postcode", "phone", "email", "iban", "case_number"} <= kinds
    spans = {original[r["start"] : r["end"]] for r in data["replacements"]}
    assert {"H.J. Kamphuis", "Sprengenweg 48", "7314 PM", "NL34 INGB 7178 4726 71"} <= spans


def test_cli_text_and_stdin(
    anonymiser: Anonymiser, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = "Geachte heer Bakker,\n\nUw BSN is 271521934. Bel ons op 14 0570."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(letter.encode("utf-8"))))
    assert main(["anonymise", "-"]) == 0
    out = capsys.readouterr().out
    assert out == "Geachte heer [naam],\n\nUw BSN is [bsn]. Bel ons op [telefoonnummer].\n"


def test_cli_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["anonymise", str(tmp_path / "weg.txt")]) == 1
    assert "niet gevonden" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["anonymise", str(tmp_path / "weg.txt"), "--format", "xml"])
    assert exc.value.code == 2


def test_pattern_only_mode_needs_no_deduce() -> None:
    def refuse() -> object:
        raise AssertionError("Deduce built")

    quick = Anonymiser(use_deduce=False, deduce_factory=refuse)
    text = "Geachte heer Bakker,\n\nUw BSN is 271521934, uw rekening NL91 ABNA 0417 1643 00."
    assert quick.anonymise(text).text == (
        "Geachte heer [naam],\n\nUw BSN is [bsn], uw rekening [rekeningnummer]."
    )
