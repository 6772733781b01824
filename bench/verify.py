"""Corruption benchmark for `verify`: does the fact lock catch every kind of damage?

Damaged rewrites are generated from letters (the fixture letters, and the
frozen evaluation letters when they exist) by small, deterministic edits of
one kind each; the damage is found with the generator's own patterns below
(independent of what `verify` reports). A damage counts as caught when
`verify` says the rewrite is not ok. False alarms are measured on the
hand-written meaning-preserving rewrites in bench/verify_preserving.yaml.

Run: `python -m bench.verify` (also part of `make bench`).
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

from rewriter.engine import Engine
from rewriter.verify import verify

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "letters"
EVAL = ROOT / "bench" / "eval" / "letters"
EVAL2 = ROOT / "bench" / "eval2" / "letters"  # held out: measured here, never tuned on
PRESERVING = Path(__file__).resolve().parent / "verify_preserving.yaml"
PER_LETTER = 3  # at most this many damaged versions per kind and letter

Damage = tuple[str, str]  # (kind, damaged text)

_AMOUNT = re.compile(r"€\s?\d{1,3}(?:\.\d{3})*(?:,\d{2})?")
_DATE = re.compile(
    r"\b(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)( \d{4})?\b"
)
_NUMWORDS = ["twee", "drie", "vier", "vijf", "zes", "acht", "tien", "twaalf"]
_DEADLINE = re.compile(
    r"\b(?:binnen|uiterlijk)\s+(?:een\s+termijn\s+van\s+)?(\d+|"
    + "|".join(_NUMWORDS)
    + r"|één)\s+(werkdagen|werkdag|dagen|weken|maanden|uur)"
)
_PERSON = re.compile(
    r"\b(?:mevrouw|de heer|meneer|mw\.|dhr\.)\s+(?:[A-Z]\.\s?)*(?:(?:van|de|der|den)\s+)*"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"|\b(?:[A-Z]\.){1,3}\s?(?:(?:van|de|der|den)\s+)*([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
)
_CASE = re.compile(
    r"(?:[Kk]enmerk|[Zz]aaknummer|[Dd]ossiernummer|[Cc]liëntnummer)\s*:?\s*([A-Z0-9/\-.]*\d[A-Z0-9/\-.]*)"
)
_MERGE = re.compile(r"«[^»\n]{1,40}»|\{\{[^{}\n]{1,40}\}\}|\[[A-Z][A-Z_ ]{2,30}\]")
_DUE = re.compile(r"\b(?:vóór|voor|uiterlijk|op)\s+(?:\w+dag\s+)?" + _DATE.pattern)
_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})\s+uur\b")
_LEGAL = {
    "bezwaar": "klacht",
    "besluit": "bericht",
    "beschikking": "brief",
    "beroep": "klacht",
}
_INSTRUCTION = re.compile(
    r"\b(?:stuur|bel|lever|neem|geef|meld|vul|zeg|laat|wilt u|u moet|u dient|moet u|dient u|"
    r"verzoeken wij u|u wordt verzocht)\b",
    re.IGNORECASE,
)
_SURNAMES = ["Brouwer", "Kuipers", "Verhoeven", "Postma", "Hendriks", "Wiersma", "Molenaar"]
_CRISIS = [
    ("Bij spoed of zorgen over de veiligheid van een kind belt u Veilig Thuis: 0800-2000.",
     ["Bij spoed belt u 0800-2000.", "Bij spoed of zorgen over de veiligheid van een kind belt u ons."]),
    ("Is er direct gevaar? Bel dan 112.",
     ["Is er direct gevaar? Bel dan de politie.", "Is er direct gevaar? Bel dan 0800-8844."]),
    ("Denkt u aan zelfmoord? Bel 113 Zelfmoordpreventie via 0800-0113.",
     ["Denkt u aan zelfmoord? Praat erover met uw huisarts.", "Denkt u aan zelfmoord? Bel 0800-0113."]),
    ("Buiten kantoortijd belt u de Crisisdienst Jeugd: 088 - 126 59 00.",
     ["Buiten kantoortijd belt u 088 - 126 59 00.", "Buiten kantoortijd belt u de huisarts."]),
    ("'s Avonds en in het weekend belt u de Huisartsenpost: 0900-1515.",
     ["'s Avonds en in het weekend belt u uw huisarts.", "'s Avonds en in het weekend belt u 0900-1515."]),
    ("Kinderen en jongeren kunnen altijd De Kindertelefoon bellen: 0800-0432.",
     ["Kinderen en jongeren kunnen altijd iemand bellen.", "Kinderen en jongeren kunnen altijd bellen: 0800-0432."]),
]  # fmt: skip
# {n}: a number the letter does not have (a sentence that repeats a number of the
# letter invents no fact; the fact check cannot and need not see it)
_INVENTED = [
    "U krijgt daarnaast {n} extra uren hulp per week.",
    "Wij betalen u eenmalig € {n},00 extra.",
    "Deze regeling geldt tot 1 januari 20{n}.",
    "Het gesprek duurt ongeveer {n} minuten.",
    "Uw dossier heeft nummer {n}-88123.",
    "U krijgt binnen {n} werkdagen antwoord.",
    "Er staan nu {n} mensen op de wachtlijst.",
    "Vorig jaar kregen {n} gezinnen deze hulp.",
]


def _sub_at(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _shift_digit(value: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(value) if c.isdigit()]
    i = rng.choice(digits)
    new = str((int(value[i]) + rng.randint(1, 8)) % 10)
    return value[:i] + new + value[i + 1 :]


def _take(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    seen: set[str] = set()
    out = []
    for m in matches:
        if m.group() not in seen:
            seen.add(m.group())
            out.append(m)
    return out[:PER_LETTER]


def _amount_changed(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_AMOUNT.finditer(text))):
        yield _sub_at(text, m.start(), m.end(), _shift_digit(m.group(), rng))


def _date_shifted(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_DATE.finditer(text))):
        day = int(m.group(1))
        new_day = day + rng.randint(1, 3) if day < 25 else day - rng.randint(1, 3)
        yield _sub_at(text, m.start(1), m.end(1), str(new_day))


def _deadline_changed(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_DEADLINE.finditer(text))):
        old = m.group(1)
        if old.isdigit():
            new = str(int(old) + rng.randint(1, 4))
        else:
            new = rng.choice([w for w in _NUMWORDS if w != old])
        yield _sub_at(text, m.start(1), m.end(1), new)


def _deadline_dropped(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_DEADLINE.finditer(text))):
        before = text[: m.start()].rstrip(" ")
        yield (
            before
            + (" " if before and not before.endswith("\n") else "")
            + text[m.end() :].lstrip(" ")
        )


def _name_swapped(text: str, rng: random.Random) -> Iterator[str]:
    surnames = [s for s in _SURNAMES if s not in text]
    for m in _take(list(_PERSON.finditer(text))):
        group = 1 if m.group(1) else 2
        yield _sub_at(text, m.start(group), m.end(group), rng.choice(surnames))


def _case_number_altered(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_CASE.finditer(text))):
        yield _sub_at(text, m.start(1), m.end(1), _shift_digit(m.group(1), rng))


def _merge_field_broken(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_MERGE.finditer(text))):
        field = m.group()
        broken = rng.choice(
            [
                field[:-1],
                field[1:],
                field[:-2] + field[-1],
                field[0] + field[1:-1].upper() + "X" + field[-1],
            ]
        )
        yield _sub_at(text, m.start(), m.end(), broken)


def _objection_dropped(text: str, rng: random.Random) -> Iterator[str]:
    from rewriter.facts import objection_span

    start, end = objection_span(text)
    if end > start:
        yield text[:start] + text[end:].lstrip("\n")


def _crisis_dropped(text: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    """(original with a crisis paragraph, rewrite without the line or without its label)."""
    cut = text.rfind("\n\n", 0, int(len(text) * 0.8))
    # a line the letter has already would still be there: only new lines are inserted
    fresh = [c for c in _CRISIS if re.findall(r"\d[\d -]+\d|\b11[23]\b", c[0])[-1] not in text]
    for sentence, damaged in rng.sample(fresh, 2):
        original = text[:cut] + "\n\n" + sentence + text[cut:]
        yield original, text[:cut] + "\n\n" + rng.choice(damaged) + text[cut:]
    sentence, _ = rng.choice(fresh)
    yield text[:cut] + "\n\n" + sentence + text[cut:], text


def _instruction_dropped(text: str, rng: random.Random) -> Iterator[str]:
    sentences = [
        m for m in re.finditer(r"[^.!?\n]+[.!?]", text)
        if _INSTRUCTION.search(m.group()) and (_DEADLINE.search(m.group()) or _DUE.search(m.group()))
    ]  # fmt: skip
    for m in _take(sentences):
        yield _sub_at(text, m.start(), m.end(), "")


def _new_phone(text: str, rng: random.Random) -> Iterator[str]:
    paragraphs = [m.end() for m in re.finditer(r"[.!?]\n\n", text)]
    for pos in rng.sample(paragraphs, min(2, len(paragraphs))):
        number = f"06-{rng.randint(10_000_000, 99_999_999)}"
        yield text[: pos - 2] + f" Bel voor vragen {number}." + text[pos - 2 :]


def _invented_sentence(text: str, rng: random.Random) -> Iterator[str]:
    paragraphs = [m.end() for m in re.finditer(r"[.!?]\n\n", text)]
    if not paragraphs:
        return
    numbers = set(re.findall(r"\d+", text))
    for template in rng.sample(_INVENTED, 3):
        n = rng.choice([str(k) for k in range(31, 99) if str(k) not in numbers])
        sentence = template.format(n=n)
        pos = rng.choice(paragraphs)
        yield text[: pos - 2] + " " + sentence + text[pos - 2 :]


def _legal_replaced(text: str, rng: random.Random) -> Iterator[str]:
    for word, plain in _LEGAL.items():
        if not re.search(rf"\b{word}\b", text, re.IGNORECASE):
            continue
        family = {
            "besluit": r"(?:besluit|beschikking|beslissing|besloten|beslist)\w*",
            "beschikking": r"(?:besluit|beschikking|beslissing|besloten|beslist)\w*",
            "bezwaar": r"bezwaar\w*|bezwaren",
            "beroep": r"beroep\w*",
        }[word]

        def repl(m: re.Match[str], plain: str = plain) -> str:
            return plain.capitalize() if m.group()[0].isupper() else plain

        yield re.sub(rf"\b(?:{family})\b", repl, text, flags=re.IGNORECASE)


def _time_changed(text: str, rng: random.Random) -> Iterator[str]:
    for m in _take(list(_TIME.finditer(text))):
        hour = (int(m.group(1)) + rng.randint(1, 3)) % 24
        yield _sub_at(text, m.start(1), m.end(1), str(hour))


KINDS: dict[str, Callable[[str, random.Random], Iterator]] = {
    "amount changed": _amount_changed,
    "date shifted": _date_shifted,
    "time changed": _time_changed,
    "deadline changed": _deadline_changed,
    "deadline dropped": _deadline_dropped,
    "name swapped": _name_swapped,
    "case number altered": _case_number_altered,
    "merge field broken": _merge_field_broken,
    "objection route dropped": _objection_dropped,
    "crisis line dropped": _crisis_dropped,
    "instruction dropped": _instruction_dropped,
    "new phone number": _new_phone,
    "invented sentence with a number": _invented_sentence,
    "legal term replaced": _legal_replaced,
}


def corruptions(texts: list[str], seed: int = 16) -> list[tuple[str, str, str]]:
    """(kind, original, damaged) for every letter and kind; deterministic."""
    out = []
    for i, text in enumerate(texts):
        for kind, make in KINDS.items():
            rng = random.Random(f"{seed}-{i}-{kind}")
            for item in make(text, rng):
                original, damaged = item if isinstance(item, tuple) else (text, item)
                if damaged != original:
                    out.append((kind, original, damaged))
    return out


def preserving_pairs(path: Path = PRESERVING) -> list[dict]:
    """The hand-written meaning-preserving rewrites."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for item in items:
        prefix = f"Datum: 2 maart {item['year']}\n\n" if item.get("year") else ""
        out.append(
            {
                "kind": item["kind"],
                "original": prefix + item["original"],
                "rewritten": prefix + item["rewritten"],
            }
        )
    return out


def bench_verify(engine: Engine, letter_dirs: tuple[Path, ...] = (FIXTURES, EVAL, EVAL2)) -> dict:
    """Print caught / total per kind of damage and false alarms on the preserving set."""
    t0 = time.perf_counter()
    figures: dict = {}
    for directory in letter_dirs:
        paths = sorted(directory.glob("*.txt")) if directory.is_dir() else []
        if not paths:
            print(f"## verify: no letters in {directory}; skipped")
            continue
        texts = [p.read_text(encoding="utf-8") for p in paths]
        items = corruptions(texts)
        caught: Counter[str] = Counter()
        total: Counter[str] = Counter()
        escaped: dict[str, list[str]] = defaultdict(list)
        for kind, original, damaged in items:
            total[kind] += 1
            if not verify(original, damaged, engine, scores=False).ok:
                caught[kind] += 1
            elif len(escaped[kind]) < 2:
                escaped[kind].append(_diff_snippet(original, damaged))
        print(
            f"## verify: corruption set from {len(texts)} letters in "
            f"{_shown(directory)} ({len(items)} damaged rewrites, {len(total)} kinds)"
        )
        for kind in KINDS:
            if total[kind]:
                share = 100 * caught[kind] / total[kind]
                print(f"{kind:33s} caught {caught[kind]:4d} / {total[kind]:4d}  ({share:5.1f} %)")
                for snippet in escaped[kind]:
                    print(f"    missed: {snippet}")
        all_caught, all_total = sum(caught.values()), sum(total.values())
        verdict = "OK" if all_caught == all_total else "BELOW TARGET"
        print(
            f"{'all kinds':33s} caught {all_caught:4d} / {all_total:4d}  (target 100 %: {verdict})"
        )
        figures[directory.name] = (all_caught, all_total)
    pairs = preserving_pairs()
    alarms = []
    for pair in pairs:
        v = verify(pair["original"], pair["rewritten"], engine, scores=False)
        if not v.ok:
            alarms.append((pair, v.problems()))
    share = 100 * len(alarms) / len(pairs)
    verdict = "OK" if share <= 5 else "ABOVE TARGET"
    kinds = Counter(p["kind"] for p in pairs)
    print(
        f"## verify: false alarms on {len(pairs)} hand-written meaning-preserving rewrites "
        f"({len(kinds)} kinds)"
    )
    print(f"false alarms {len(alarms)} / {len(pairs)}  ({share:.1f} %, target <= 5 %: {verdict})")
    for pair, problems in alarms:
        print(f"    [{pair['kind']}] {pair['rewritten'][-70:]!r}: {'; '.join(problems)[:160]}")
    figures["false_alarms"] = (len(alarms), len(pairs))
    figures["engine"] = _engine_rewrites(engine)
    print(f"({time.perf_counter() - t0:.1f} s)")
    print()
    return figures


def _engine_rewrites(engine: Engine) -> tuple[int, int]:
    """The engine's own rewrites (--accept all) of the fixture letters, checked by verify."""
    from rewriter.rewrite import rewrite

    paths = sorted(FIXTURES.glob("*.txt"))
    flagged = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        v = verify(text, rewrite(text, engine, "all").text, engine, scores=False)
        if not v.ok:
            flagged.append((path.name, v.problems()))
    print(f"## verify: the engine's own rewrites (--accept all) of {len(paths)} fixture letters")
    print(f"rewrites with a reported problem: {len(flagged)} / {len(paths)}")
    for name, problems in flagged:
        print(f"    {name}: {'; '.join(problems)[:160]}")
    return len(flagged), len(paths)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _diff_snippet(original: str, damaged: str) -> str:
    start = 0
    while start < min(len(original), len(damaged)) and original[start] == damaged[start]:
        start += 1
    return f"{original[max(0, start - 30) : start + 40]!r} -> {damaged[max(0, start - 30) : start + 40]!r}"


if __name__ == "__main__":
    import sys

    dirs = tuple(Path(a) for a in sys.argv[1:]) or (FIXTURES, EVAL, EVAL2)
    bench_verify(Engine.create(), dirs)
