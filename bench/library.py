"""Letter libraries for the batch speed figures (bench/speed.py, bench/batch_stages.py).

The per-process caches (glossary matches and tagged sentences per sentence, spaCy's
tokeniser per word) reward a library that repeats its letters, so the batch figures are
taken on DISTINCT letters:

- `distinct_letters()`: every development letter once: the fixture letters, evaluation
  sets 1-12 and train1 (308 letters, no two with the same text). Held-out sets (13 and
  later) are never read.
- `variant(text, k)`: a generated letter made from a real one: other surnames, another
  municipality and street names, other dates, amounts and numbers, other weekdays and
  months, a few neutral word pairs swapped ('wij'/'we', 'heeft u'/'hebt u') and the
  sentences of each multi-sentence body paragraph in another order. What a cache could
  still serve is measured, not assumed: `sentence_overlap` counts the sentences that
  occur in more than one letter of a library.
- `repeated_letters(n)`: the 42 fixture letters in turn, the library the figures used
  to be taken on; printed next to the distinct figure for comparison only.
"""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from pathlib import Path

from rewriter.lang import nl

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "letters"
DEVELOPMENT_SETS = ("eval", *(f"eval{i}" for i in range(2, 13)), "train1")

_SURNAMES = [
    "Aydin",
    "Bakker",
    "Boersma",
    "Bosman",
    "Claassen",
    "Dekker",
    "Dijkman",
    "Evers",
    "Faber",
    "Geerts",
    "Groen",
    "Haan",
    "Hendriks",
    "Hoekstra",
    "Huisman",
    "Jacobs",
    "Jonker",
    "Kok",
    "Koster",
    "Kramer",
    "Kuipers",
    "Lammers",
    "Maas",
    "Meijer",
    "Mulder",
    "Nijhuis",
    "Peeters",
    "Postma",
    "Prins",
    "Roos",
    "Schouten",
    "Smit",
    "Sterk",
    "Terpstra",
    "Timmer",
    "Veenstra",
    "Verbeek",
    "Vos",
    "Wagenaar",
    "Willems",
    "Wolters",
    "Zijlstra",
]
_TOWNS = [
    "Amersfoort",
    "Assen",
    "Deventer",
    "Emmen",
    "Gouda",
    "Hengelo",
    "Hoorn",
    "Leeuwarden",
    "Lelystad",
    "Oss",
    "Roermond",
    "Schiedam",
    "Sittard",
    "Veenendaal",
    "Venlo",
    "Zaanstad",
    "Zeist",
    "Zwolle",
]
_FIRST_NAMES = [
    "Anna",
    "Bram",
    "Daan",
    "Eva",
    "Fatima",
    "Jan",
    "Joost",
    "Lotte",
    "Mohamed",
    "Noor",
    "Peter",
    "Sanne",
    "Sem",
    "Tess",
    "Thijs",
    "Yara",
]
# the language layer's lists: working days (Monday first) and months (January first)
_WEEKDAYS = list(nl.words("weekdays"))[:5]
_MONTHS = list(nl.words("months"))
_PAIRS = (  # neutral swaps: both sides as plain, same grammar
    ("wij", "we"),
    ("heeft u", "hebt u"),
    ("Heeft u", "Hebt u"),
    ("zo snel mogelijk", "zo vlug mogelijk"),
    ("telefonisch", "per telefoon"),
    ("Wij", "We"),
    ("Met vriendelijke groet", "Met vriendelijke groeten"),
    ("zes weken", "6 weken"),
    ("Bel", "Belt u"),
    ("krijgt u", "ontvangt u"),
    ("daarom", "om die reden"),
    ("Daarom", "Om die reden"),
    ("aan ons", "aan de gemeente"),
    ("bij ons", "bij de gemeente"),
    ("direct", "meteen"),
    ("per e-mail", "via e-mail"),
    ("ontvangt", "krijgt"),
    ("hulp", "ondersteuning"),
    ("gesprek", "overleg"),
    ("per maand", "elke maand"),
    ("per week", "elke week"),
    ("zo nodig", "als het nodig is"),
    ("kunt u", "kunt u ook"),
)
_TITLE = re.compile(r"\b(?:[Mm]evrouw|[Hh]eer|mw\.|dhr\.)\s+(?:(?:[A-Z]\.)+\s*)?([A-Z][a-z]{2,})")
_TOWN = re.compile(r"\b\d{4} ?[A-Z]{2}\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_STREET = re.compile(r"^([A-Z][a-z]+)(straat|weg|laan|plein|singel|kade)\s+\d", re.M)
_SIGNER = re.compile(r"^([A-Z][a-z]+) ([A-Z][a-z]{2,})$", re.M)
_DAY = re.compile(r"\b([1-9]|[12]\d|3[01])(?= (?:" + "|".join(_MONTHS) + r")\b)")
_DIGITS = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d])|\d{3,}|(?<=,)\d\d\b")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.?!])\s+(?=[A-Z])")


def _docx(text: str) -> bytes:
    """A .txt letter as a library's .docx holds it: one paragraph per block."""
    from docx import Document

    doc = Document()
    for block in text.split("\n\n"):
        doc.add_paragraph(block)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def distinct_texts() -> list[tuple[str, str]]:
    """(name, text) of every development letter once, in a fixed order."""
    from rewriter.readers import read_bytes

    folders = [("fixtures", FIXTURES)] + [
        (name, ROOT / "bench" / name / "letters") for name in DEVELOPMENT_SETS
    ]
    out = []
    for name, folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".docx"):
                text = read_bytes(path.read_bytes(), path.suffix, name=path.name)
                out.append((f"{name}-{path.stem}", text))
    return out


def variant(text: str, k: int) -> str:
    """Letter `text` with other names, places, dates, numbers and sentence order (k >= 1)."""
    rng = random.Random(f"{k}:{len(text)}:{text[:80]}")
    swaps: dict[str, str] = {}
    towns = set()
    for pattern, pool in ((_TITLE, _SURNAMES), (_TOWN, _TOWNS)):
        for found in dict.fromkeys(m.group(1) for m in pattern.finditer(text)):
            if found not in swaps:
                swaps[found] = rng.choice([p for p in pool if p != found])
            if pool is _TOWNS:
                towns.add(found)
    for m in _STREET.finditer(text):
        swaps[m.group(1) + m.group(2)] = rng.choice(_SURNAMES) + m.group(2)
    for m in _SIGNER.finditer(text):
        if m.group(1) in ("Gemeente", "Team", "Postbus", "Afdeling", "Bezwaar"):
            continue
        swaps.setdefault(m.group(1), rng.choice(_FIRST_NAMES))
        swaps.setdefault(m.group(2), rng.choice(_SURNAMES))
    for town in [t for t in swaps if t in towns]:
        swaps[town.lower()] = swaps[town].lower()  # in e-mail and web addresses
    shift_day = rng.randrange(1, 27)
    shift_digit = rng.randrange(1, 9)
    week = rng.randrange(1, 5)
    month = rng.randrange(1, 12)
    words = {w: _WEEKDAYS[(i + week) % 5] for i, w in enumerate(_WEEKDAYS)}
    words |= {w: _MONTHS[(i + month) % 12] for i, w in enumerate(_MONTHS)}
    for a, b in _PAIRS:
        if rng.random() < 0.7:
            words[a], words[b] = b, a
    words |= swaps
    names = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b"
    )
    out = names.sub(lambda m: words[m.group(1)], text)
    out = _DAY.sub(lambda m: str((int(m.group(1)) - 1 + shift_day) % 28 + 1), out)

    def digits(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return s  # a year stays
        if "BSN" in out[max(0, m.start() - 12) : m.start()]:
            return s  # a citizen number keeps its check digit
        return s[0] + "".join(str((int(c) + shift_digit) % 10) for c in s[1:])

    out = _DIGITS.sub(digits, out)
    blocks = out.split("\n\n")
    for i, block in enumerate(blocks):
        parts = _SENTENCE_END.split(block)
        if "\n" not in block and len(parts) >= 3:
            rng.shuffle(parts)
            blocks[i] = " ".join(parts)
    return "\n\n".join(blocks)


def distinct_library(n: int) -> list[tuple[str, str]]:
    """n distinct letters (name, text): the development letters, then variants of them."""
    real = distinct_texts()
    out = list(real[:n])
    k = 1
    while len(out) < n:
        for name, text in real[: n - len(out)]:
            out.append((f"{name}-variant{k}", variant(text, k)))
        k += 1
    return out


def repeated_library(n: int) -> list[tuple[str, str]]:
    """n letters: the fixture letters in turn (the old library; for comparison only)."""
    fixtures = sorted(FIXTURES.glob("*.txt"))
    return [
        (
            f"{fixtures[i % len(fixtures)].stem}-{i:04d}",
            fixtures[i % len(fixtures)].read_text("utf-8"),
        )
        for i in range(n)
    ]


def write_library(folder: Path, letters: list[tuple[str, str]]) -> None:
    """The letters as .docx files in ten sub-folders of `folder`."""
    for i, (name, text) in enumerate(letters):
        path = folder / f"map{i % 10}" / f"{i:04d}-{name}.docx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_docx(text))


def sentence_overlap(letters: list[tuple[str, str]], min_words: int = 1) -> tuple[int, int, float]:
    """(sentences, distinct sentences, share of sentences that occur in another letter too),
    sentences of at least `min_words` words, cut at sentence ends and line breaks."""
    per_letter = [
        {
            s.strip()
            for line in text.splitlines()
            for s in _SENTENCE_END.split(line)
            if len(s.split()) >= min_words
        }
        for _, text in letters
    ]
    seen = Counter(s for sents in per_letter for s in sents)
    total = sum(len(sents) for sents in per_letter)
    shared = sum(1 for sents in per_letter for s in sents if seen[s] > 1)
    return total, len(seen), shared / max(total, 1)
