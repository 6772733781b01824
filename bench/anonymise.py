"""Anonymisation recall per kind on generated letters with planted personal data.

`planted_letters(n, seed)` writes n letters from a seeded generator (name, street and
place pools below, valid BSNs and IBANs), in the formats an attack review found missed
(issue 14): grouped BSNs ("BSN: 123.456.782", "1234 56 782"), birth dates after
"geboortedatum is", names in capitals ("JOHANNES VAN DER BERG", "MEVROUW A. DE
VRIES-BAKKER"), a surname in lower case after a title ("Meneer jansen"), no-break spaces
inside names, addresses and postcodes, and a file name holding the name and BSN.

A planted string counts as found when every one of its characters lies inside a
replacement. `panel_leaks` runs the same letters through the panel website (uploaded
under their file names) and searches the database and every page for the originals.

    python -m bench --anonymise-only      (or: python -m bench.anonymise)
"""

from __future__ import annotations

import random
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

NBSP = "\u00a0"
KINDS = ("name", "address", "postcode", "bsn", "phone", "email", "birth_date", "iban")
FIRST = [
    "Johannes",
    "Fatima",
    "Mehmet",
    "Noor",
    "Sanne",
    "Daan",
    "Lieke",
    "Ahmed",
    "Emma",
    "Bram",
    "Sophie",
    "Mohamed",
    "Anouk",
    "Thijs",
    "Eva",
    "Youssef",
    "Julia",
    "Ruben",
    "Iris",
    "Zeynep",
    "Jasper",
    "Lotte",
    "Kees",
    "Marieke",
    "Pieter",
    "Aisha",
    "Luuk",
    "Fleur",
    "Hamza",
    "Willem",
    "Ingrid",
    "Gerrit",
    "Annemiek",
    "Bas",
    "Samira",
]
SURNAMES = [
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Jong",
    "Yilmaz",
    "Kaya",
    "Pietersen",
    "Hoekstra",
    "Koster",
    "Prins",
    "Wouters",
    "Kuipers",
]
STREETS = [
    "Dorps",
    "Kerk",
    "Linden",
    "School",
    "Molen",
    "Wilhelmina",
    "Beatrix",
    "Eiken",
    "Berken",
    "Juliana",
    "Kastanje",
    "Esdoorn",
    "Vogel",
    "Merel",
    "Lijster",
    "Zwaluw",
    "Tulp",
    "Roos",
    "Iris",
    "Nieuwe",
    "Oude",
    "Beuken",
    "Wilgen",
    "Populieren",
]
SUFFIXES = ("straat", "laan", "weg", "plein", "hof", "singel", "kade", "dreef")
PLACES = [
    "Olst",
    "Wijhe",
    "Deventer",
    "Zwolle",
    "Raalte",
    "Heino",
    "Dalfsen",
    "Ommen",
    "Hellendoorn",
    "Rijssen",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@dataclass
class Planted:
    """One generated letter: its file name, text and planted (kind, start, end) spans."""

    file_name: str
    text: str = ""
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    file_values: tuple[str, ...] = ()

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append((kind, len(self.text), len(self.text) + len(piece)))
        self.text += piece

    def values(self) -> list[tuple[str, str]]:
        return [(kind, self.text[s:e]) for kind, s, e in self.spans]


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def _bsn_format(rng: random.Random, bsn: str) -> str:
    return rng.choice(
        (
            bsn,
            f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
            f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
            f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}",
            f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}",
            f"{bsn[:3]}{NBSP}{bsn[3:6]}{NBSP}{bsn[6:]}",
        )
    )


def _iban(rng: random.Random) -> str:
    bank = rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO"))
    account = "".join(str(rng.randrange(10)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    iban = f"NL{check:02d}{bank}{account}"
    if rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _initials(rng: random.Random) -> str:
    return "".join(f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." for _ in range(rng.randint(1, 2)))


def _surname_cap(surname: str) -> str:
    """'van den Berg' at the start of a name stays lower case after a first name; alone
    after a title the first particle is capitalised ("De Vries")."""
    return surname[:1].upper() + surname[1:]


def planted_letter(rng: random.Random, number: int) -> Planted:
    """One letter with a name, child, addresses, postcode, BSN, birth date, IBAN, phone,
    e-mail and a case worker, each in a randomly chosen format."""
    first, surname = rng.choice(FIRST), rng.choice(SURNAMES)
    second = rng.choice([s for s in SURNAMES if " " not in s and s != surname])
    child = rng.choice([f for f in FIRST if f != first])
    worker_first, worker = rng.choice(FIRST), rng.choice([s for s in SURNAMES if " " not in s])
    street = f"{rng.choice(STREETS)}{rng.choice(SUFFIXES)}"
    house = f"{rng.randint(1, 240)}{rng.choice(('', '', 'a', 'B', '-2'))}"
    place = rng.choice(PLACES)
    # PostNL uses no SA, SD or SS
    letters = rng.choice([a + b for a in "ABEGHJKLMNPRSTVWXZ" for b in "ABEGHJKLMNPRTVWXZ"])
    postcode = f"{rng.randint(1000, 9999)}{rng.choice(('', ' ', NBSP))}{letters}"
    bsn = _bsn(rng)
    born = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2020))
    file_name = rng.choice(
        (
            f"Beschikking jeugdhulp {first} {_surname_cap(surname)} BSN {bsn}.txt",
            f"brief_{surname.replace(' ', '_')}_{bsn}.txt",
            f"{_surname_cap(surname)}, {first} - besluit {number}.txt",
        )
    )
    letter = Planted(file_name)
    letter.file_values = (first, surname, _surname_cap(surname), bsn)
    add = letter.add
    add(f"Gemeente {place}\nPostbus {rng.randint(1, 999)}\n8100 AA {place}\n\n")

    # the address block: plain, capitals, titled capitals with a double surname, no-break space
    style = rng.randrange(4)
    if style == 0:
        add(f"{first} {surname}", "name")
    elif style == 1:
        add(f"{first} {surname}".upper(), "name")
    elif style == 2:
        add("MEVROUW ")
        add(f"{_initials(rng)} {surname}-{second}".upper(), "name")
    else:
        add(f"{first}{NBSP}{surname}", "name")
    add("\n")
    address = f"{street}{rng.choice((' ', NBSP))}{house}"
    add(address.upper() if style == 1 else address, "address")
    add("\n")
    add(postcode, "postcode")
    add(f" {place.upper() if style == 1 else place}\n\n")
    add(f"Datum: {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026\n")
    add(f"Ons kenmerk: JZ-2026-{rng.randint(100, 99999)}\n")
    add("Onderwerp: besluit over uw aanvraag\n\n")
    add("Geachte mevrouw ")
    add(_surname_cap(surname), "name")
    add(",\n\n")
    add(f"Op {rng.randint(1, 28)} februari 2026 hebben wij uw aanvraag ontvangen voor uw zoon ")
    add(child, "name")
    add(". ")
    add(child, "name")
    birth = rng.randrange(4)
    if birth == 0:
        add(", geboren op ")
        add(f"{born[0]}-{born[1]:02d}-{born[2]}", "birth_date")
    elif birth == 1:
        add(", zijn geboortedatum is ")
        add(f"{born[0]} {MONTHS[born[1] - 1]} {born[2]}", "birth_date")
    elif birth == 2:
        add(" (geboortedatum ")
        add(f"{born[0]:02d}-{born[1]:02d}-{born[2]}", "birth_date")
        add(")")
    else:
        add(", geb. ")
        add(f"{born[0]}-{born[1]}-{born[2]}", "birth_date")
    add(", woont bij u aan de ")
    add(f"{street}{rng.choice((' ', NBSP))}{house}", "address")
    add(f" in {place}.\n\n")
    label = rng.choice(("BSN: ", "BSN ", "burgerservicenummer ", "Burgerservicenummer: "))
    add(f"Het {label}" if label[0].islower() else f"{label}")
    add(_bsn_format(rng, bsn), "bsn")
    add(" staat in ons systeem. Wij betalen de vergoeding op rekening ")
    add(_iban(rng), "iban")
    add(".\n\nHeeft u vragen? Bel ")
    add(rng.choice(("meneer ", "Meneer ", "de heer ")))
    add(worker.lower() if rng.random() < 0.5 else worker, "name")
    add(" op ")
    phone = rng.choice(
        (
            f"06-{rng.randint(10000000, 99999999)}",
            f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"0570 - {rng.randint(100000, 999999)}",
            f"+31 6 {rng.randint(10000000, 99999999)}",
        )
    )
    add(phone, "phone")
    add(" of mail naar ")
    add(f"{worker_first}.{worker.lower()}@{place.lower()}.nl".lower(), "email")
    add(".\n\nMet vriendelijke groet,\n\n")
    add(f"{worker_first} {worker}", "name")
    add("\nconsulent jeugd\n")
    return letter


def planted_letters(n: int = 40, seed: int = 14) -> list[Planted]:
    """n letters from one seeded generator: the same letters on every run."""
    rng = random.Random(seed)
    return [planted_letter(rng, i) for i in range(1, n + 1)]


def recall(letters: list[Planted], anonymiser: Any) -> tuple[Counter, Counter, list]:
    """(planted, found, missed) per kind: found when every character is replaced."""
    planted: Counter = Counter()
    found: Counter = Counter()
    missed = []
    for letter in letters:
        result = anonymiser.anonymise(letter.text)
        covered = [(r.start, r.end) for r in result.replacements]
        for kind, start, end in letter.spans:
            planted[kind] += 1
            if all(any(s <= i < e for s, e in covered) for i in range(start, end)):
                found[kind] += 1
            else:
                missed.append((kind, letter.text[start:end]))
    return planted, found, missed


def panel_leaks(letters: list[Planted], anonymiser: Any, engine: Any) -> tuple[int, int, list]:
    """Upload the letters under their file names to a panel round, open it, and search
    the database and every staff and panel page for a planted string or file-name part.
    Return (strings checked, file-name parts checked, leaks)."""
    from sqlalchemy import MetaData, select
    from starlette.testclient import TestClient

    from rewriter.panel.config import PanelConfig, hash_password
    from rewriter.panel.web import create_app

    with tempfile.TemporaryDirectory(prefix="bench-anon-") as tmp:
        hashed = hash_password("bench-wachtwoord", salt=b"b" * 16)
        config = PanelConfig.from_dict(
            {
                "database": f"{tmp}/panel.sqlite3",
                "glossary_overlay": f"{tmp}/overlay.yaml",
                "accounts": [
                    {"user": "staf", "role": "staff", "password": hashed},
                    {"user": "ouder", "role": "panel", "password": hashed},
                ],
            }
        )
        app = create_app(config, make_engine=lambda: engine, make_anonymiser=lambda: anonymiser)
        staff = _client(TestClient, app, "staf")
        csrf = _csrf(staff.get("/staf").text)
        files = [("files", (p.file_name, p.text.encode(), "text/plain")) for p in letters]
        r = staff.post(
            "/staf/nieuw",
            data={"csrf": csrf, "title": "Herkenning", "members": ["ouder"]},
            files=files,
        )
        if r.status_code != 303:
            raise RuntimeError(f"round creation failed: HTTP {r.status_code}")
        rid = int(r.headers["location"].rsplit("/", 1)[1])
        round_page = staff.get(f"/staf/ronde/{rid}").text
        chosen = re.findall(r'name="proposal" value="(\d+)"', round_page)
        staff.post(f"/staf/ronde/{rid}/open", data={"csrf": csrf, "proposal": chosen})
        member = _client(TestClient, app, "ouder")
        pages = [round_page, staff.get("/staf").text, member.get("/panel").text]
        pages.append(staff.get(f"/staf/ronde/{rid}/resultaten").text)
        pages.append(staff.get(f"/staf/ronde/{rid}/resultaten.csv").text)
        for n in range(1, len(letters) + 1):
            pages.append(member.get(f"/panel/ronde/{rid}/brief/{n}").text)
        store = app.state.server.store
        meta = MetaData()
        meta.reflect(store.engine)
        rows = []
        with store.engine.connect() as conn:
            for table in meta.sorted_tables:
                rows += [str(tuple(row)) for row in conn.execute(select(table))]
        store.engine.dispose()
    haystack = "\n".join(pages + rows)
    import html

    haystack += "\n" + html.unescape(haystack)
    values = {v for p in letters for _, v in p.values()}
    parts = {v for p in letters for v in p.file_values}
    # a value counts in any spacing: "Dorpsstraat 7" and "Dorpsstraat\xa07" alike
    plain = haystack.replace(NBSP, " ")
    leaks = [
        v
        for v in sorted(values | parts)
        if re.search(rf"(?<!\w){re.escape(v.replace(NBSP, ' '))}(?!\w)", plain)
    ]
    return len(values), len(parts), leaks


def _client(test_client: Any, app: Any, user: str) -> Any:
    client = test_client(app, follow_redirects=False)
    r = client.post("/login", data={"user": user, "password": "bench-wachtwoord"})
    if r.status_code != 303:
        raise RuntimeError(f"login failed: HTTP {r.status_code}")
    return client


def _csrf(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def bench_anonymise(n: int = 40, seed: int = 14, engine: Any = None) -> None:
    """Print the recall table per kind and the panel leak check."""
    from rewriter.anonymise import default_anonymiser

    letters = planted_letters(n, seed)
    anonymiser = default_anonymiser()
    t0 = time.perf_counter()
    planted, found, missed = recall(letters, anonymiser)
    seconds = time.perf_counter() - t0
    print(f"## anonymisation recall: {n} generated letters (seed {seed}), {seconds:.1f} s")
    print(f"{'kind':12s} {'planted':>8s} {'found':>6s} {'recall':>8s}   (target >= 99 %)")
    for kind in KINDS:
        share = found[kind] / planted[kind] if planted[kind] else float("nan")
        verdict = "OK" if share >= 0.99 else "BELOW TARGET"
        print(f"{kind:12s} {planted[kind]:8d} {found[kind]:6d} {100 * share:7.1f} %   {verdict}")
    for kind, value in missed[:20]:
        print(f"  missed {kind}: {value!r}")
    if engine is None:
        from rewriter.engine import Engine

        engine = Engine.create()
    t0 = time.perf_counter()
    checked, parts, leaks = panel_leaks(letters, anonymiser, engine)
    print(
        f"panel round of {n} uploaded letters ({time.perf_counter() - t0:.0f} s): "
        f"{checked} planted strings and {parts} file-name parts searched in the database "
        f"and every page: {len(leaks)} found"
    )
    files_found = parts - len(
        [v for v in leaks if v in {x for p in letters for x in p.file_values}]
    )
    print(f"{'file_name':12s} {parts:8d} {files_found:6d} {100 * files_found / parts:7.1f} %")
    for value in leaks[:20]:
        print(f"  leaked: {value!r}")
    print()


if __name__ == "__main__":
    bench_anonymise()
