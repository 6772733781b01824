"""Loader and validator for the frozen evaluation set in bench/eval/.

gold.yaml holds one record per letter (see README.md for the format);
hard_words.yaml and domain_traps.yaml hold single sentences for the word
and sense benchmarks. Loading validates the shape of every record and names
the file and the record when something is wrong; whether the quoted strings
really occur in the letters is checked by tests/test_eval_gold.py.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

import yaml

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold.yaml"
HARD_WORDS = HERE / "hard_words.yaml"
DOMAIN_TRAPS = HERE / "domain_traps.yaml"

KINDS = frozenset(
    {
        "toekenning",
        "afwijzing",
        "uitnodiging",
        "herinnering",
        "aanmaning",
        "terugvordering",
        "beslissing op bezwaar",
        "intrekking",
        "beëindiging",
        "informatiebrief",
        "maatregel",
        "waarschuwing",
    }
)
DOMAINS = frozenset({"jeugd", "wmo", "participatie", "schulden", "leerplicht", "algemeen"})
SECTIONS = frozenset({"waarom", "besluit", "gebeuren", "vragen", "bezwaar", "overig", "contact"})
FACT_KINDS = (
    "amounts",
    "dates",
    "times",
    "deadlines",
    "case_numbers",
    "names",
    "organisations",
    "merge_fields",
    "articles",
)


class GoldError(ValueError):
    """A malformed record in one of the gold files."""


@dataclass(frozen=True)
class Paragraph:
    start: str
    section: str
    alt: str | None


@dataclass(frozen=True)
class ContactPair:
    who: str
    channel: str


@dataclass(frozen=True)
class OtherChannel:
    owner: str
    text: str


@dataclass(frozen=True)
class CrisisLine:
    label: str | None
    number: str


@dataclass(frozen=True)
class Instruction:
    action: str
    keep: str


@dataclass(frozen=True)
class Objection:
    present: bool
    term: str | None


@dataclass(frozen=True)
class LetterGold:
    file: str
    kind: str
    domain: str
    plain: bool
    decision: bool
    sender_org: str
    on_behalf_of: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    contact_pairs: tuple[ContactPair, ...]
    other_channels: tuple[OtherChannel, ...]
    crisis_lines: tuple[CrisisLine, ...]
    instructions: tuple[Instruction, ...]
    facts: dict[str, tuple[str, ...]]
    objection: Objection
    list_items: tuple[str, ...]
    jargon: tuple[str, ...]
    legal_terms: tuple[str, ...]

    @property
    def path(self) -> Path:
        return LETTERS / self.file

    def text(self) -> str:
        """The letter's text as the tool's own reader returns it (.txt and .docx alike)."""
        from rewriter.readers import read_text

        return read_text(self.path)

    def quoted(self) -> list[tuple[str, str]]:
        """Every (field, string) that must occur verbatim in the letter's text."""
        out: list[tuple[str, str]] = [("sender_org", self.sender_org)]
        if self.on_behalf_of:
            out.append(("on_behalf_of", self.on_behalf_of))
        out += [("headings", h) for h in self.headings]
        out += [("paragraphs.start", p.start) for p in self.paragraphs]
        for c in self.contact_pairs:
            out += [("contact_pairs.who", c.who), ("contact_pairs.channel", c.channel)]
        for o in self.other_channels:
            out += [("other_channels.owner", o.owner), ("other_channels.text", o.text)]
        for cl in self.crisis_lines:
            out.append(("crisis_lines.number", cl.number))
            if cl.label:
                out.append(("crisis_lines.label", cl.label))
        out += [("instructions.keep", i.keep) for i in self.instructions]
        for kind, values in self.facts.items():
            out += [(f"facts.{kind}", v) for v in values]
        if self.objection.term:
            out.append(("objection.term", self.objection.term))
        out += [("list_items", s) for s in self.list_items]
        out += [("jargon", s) for s in self.jargon]
        out += [("legal_terms", s) for s in self.legal_terms]
        return out


@dataclass(frozen=True)
class HardWord:
    sentence: str
    word: str
    ok: tuple[str, ...]


@dataclass(frozen=True)
class DomainTrap:
    sentence: str
    domain: str
    term: str
    wrong: str
    note: str


def _where(source: Path, index: int, record: Any) -> str:
    name = record.get("file") if isinstance(record, dict) else None
    return f"{source.name} record {index + 1}" + (f" ({name})" if name else "")


def _str(rec: dict, key: str, where: str, *, nullable: bool = False) -> str | None:
    if key not in rec:
        raise GoldError(f"{where}: missing field '{key}'")
    value = rec[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{where}: '{key}' must be a non-empty string, got {value!r}")
    if value != value.strip():
        raise GoldError(f"{where}: '{key}' has leading or trailing spaces: {value!r}")
    return value


def _bool(rec: dict, key: str, where: str) -> bool:
    value = rec.get(key)
    if not isinstance(value, bool):
        raise GoldError(f"{where}: '{key}' must be true or false, got {value!r}")
    return value


def _list(rec: dict, key: str, where: str) -> list:
    value = rec.get(key)
    if not isinstance(value, list):
        raise GoldError(f"{where}: '{key}' must be a list (use [] when empty), got {value!r}")
    return value


def _strs(rec: dict, key: str, where: str) -> tuple[str, ...]:
    items = _list(rec, key, where)
    out = []
    for n, item in enumerate(items):
        out.append(_str({key: item}, key, f"{where} {key}[{n}]"))
    if len(set(out)) != len(out):
        dup = sorted({s for s in out if out.count(s) > 1})
        raise GoldError(f"{where}: '{key}' lists {dup} more than once")
    return tuple(out)


def _only(rec: dict, keys: set[str], where: str) -> None:
    if not isinstance(rec, dict):
        raise GoldError(f"{where}: expected a mapping, got {rec!r}")
    extra = set(rec) - keys
    if extra:
        raise GoldError(f"{where}: unknown field(s) {sorted(extra)}")


_LETTER_KEYS = {
    "file",
    "kind",
    "domain",
    "plain",
    "decision",
    "sender_org",
    "on_behalf_of",
    "headings",
    "paragraphs",
    "contact_pairs",
    "other_channels",
    "crisis_lines",
    "instructions",
    "facts",
    "objection",
    "list_items",
    "jargon",
    "legal_terms",
}


def _letter(rec: dict, where: str) -> LetterGold:
    _only(rec, _LETTER_KEYS, where)
    file = _str(rec, "file", where)
    if not (LETTERS / file).is_file():
        raise GoldError(f"{where}: letter file {file} does not exist in {LETTERS}")
    kind = _str(rec, "kind", where)
    if kind not in KINDS:
        raise GoldError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    domain = _str(rec, "domain", where)
    if domain not in DOMAINS:
        raise GoldError(f"{where}: domain {domain!r} is not one of {sorted(DOMAINS)}")
    paragraphs = []
    for n, p in enumerate(_list(rec, "paragraphs", where)):
        w = f"{where} paragraphs[{n}]"
        _only(p, {"start", "section", "alt"}, w)
        start = _str(p, "start", w)
        if not 1 <= len(start.split()) <= 8:
            raise GoldError(f"{w}: start must be the first words (at most 8), got {start!r}")
        section = _str(p, "section", w)
        alt = _str(p, "alt", w, nullable=True)
        for s in (section, alt):
            if s is not None and s not in SECTIONS:
                raise GoldError(f"{w}: section {s!r} is not one of {sorted(SECTIONS)}")
        if alt == section:
            raise GoldError(f"{w}: alt repeats section {section!r}; use null")
        paragraphs.append(Paragraph(start, section, alt))
    if not paragraphs:
        raise GoldError(f"{where}: a letter has at least one paragraph")
    pairs = []
    for n, c in enumerate(_list(rec, "contact_pairs", where)):
        w = f"{where} contact_pairs[{n}]"
        _only(c, {"who", "channel"}, w)
        pairs.append(ContactPair(_str(c, "who", w), _str(c, "channel", w)))
    others = []
    for n, o in enumerate(_list(rec, "other_channels", where)):
        w = f"{where} other_channels[{n}]"
        _only(o, {"owner", "text"}, w)
        others.append(OtherChannel(_str(o, "owner", w), _str(o, "text", w)))
    valid = {c.channel for c in pairs}
    clash = valid & {o.text for o in others}
    if clash:
        raise GoldError(f"{where}: channel(s) {sorted(clash)} both valid and someone else's")
    crisis = []
    for n, cl in enumerate(_list(rec, "crisis_lines", where)):
        w = f"{where} crisis_lines[{n}]"
        _only(cl, {"label", "number"}, w)
        crisis.append(CrisisLine(_str(cl, "label", w, nullable=True), _str(cl, "number", w)))
    instructions = []
    for n, i in enumerate(_list(rec, "instructions", where)):
        w = f"{where} instructions[{n}]"
        _only(i, {"action", "keep"}, w)
        instructions.append(Instruction(_str(i, "action", w), _str(i, "keep", w)))
    facts_rec = rec.get("facts")
    _only(facts_rec, set(FACT_KINDS), f"{where} facts")
    missing = [k for k in FACT_KINDS if k not in facts_rec]
    if missing:
        raise GoldError(f"{where}: facts lacks {missing} (use [] when none)")
    facts = {k: _strs(facts_rec, k, f"{where} facts") for k in FACT_KINDS}
    obj = rec.get("objection")
    _only(obj, {"present", "term"}, f"{where} objection")
    objection = Objection(
        _bool(obj, "present", f"{where} objection"),
        _str(obj, "term", f"{where} objection", nullable=True),
    )
    if objection.term and not objection.present:
        raise GoldError(f"{where}: objection has a term but present is false")
    plain = _bool(rec, "plain", where)
    return LetterGold(
        file=file,
        kind=kind,
        domain=domain,
        plain=plain,
        decision=_bool(rec, "decision", where),
        sender_org=_str(rec, "sender_org", where),
        on_behalf_of=_str(rec, "on_behalf_of", where, nullable=True),
        headings=_strs(rec, "headings", where),
        paragraphs=tuple(paragraphs),
        contact_pairs=tuple(pairs),
        other_channels=tuple(others),
        crisis_lines=tuple(crisis),
        instructions=tuple(instructions),
        facts=facts,
        objection=objection,
        list_items=_strs(rec, "list_items", where),
        jargon=_strs(rec, "jargon", where),
        legal_terms=_strs(rec, "legal_terms", where),
    )


def _records(path: Path) -> list:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise GoldError(f"{path.name}: expected a list of records")
    return data


def load_gold(path: Path = GOLD) -> list[LetterGold]:
    """All letter records of gold.yaml, validated for shape."""
    out = []
    seen: set[str] = set()
    for n, rec in enumerate(_records(path)):
        letter = _letter(rec, _where(path, n, rec))
        if letter.file in seen:
            raise GoldError(f"{_where(path, n, rec)}: {letter.file} annotated twice")
        seen.add(letter.file)
        out.append(letter)
    return out


def load_hard_words(path: Path = HARD_WORDS) -> list[HardWord]:
    """Single sentences with one hard general word and the simpler words a B1 editor accepts."""
    out = []
    for n, rec in enumerate(_records(path)):
        where = _where(path, n, rec)
        _only(rec, {"sentence", "word", "ok"}, where)
        sentence = _str(rec, "sentence", where)
        word = _str(rec, "word", where)
        if word not in sentence:
            raise GoldError(f"{where}: word {word!r} does not occur verbatim in the sentence")
        ok = _strs(rec, "ok", where)
        if not ok:
            raise GoldError(f"{where}: 'ok' lists at least one simpler alternative")
        out.append(HardWord(sentence, word, ok))
    return out


def load_domain_traps(path: Path = DOMAIN_TRAPS) -> list[DomainTrap]:
    """Sentences where a term has a sense that depends on the domain or context."""
    out = []
    for n, rec in enumerate(_records(path)):
        where = _where(path, n, rec)
        _only(rec, {"sentence", "domain", "term", "wrong", "note"}, where)
        sentence = _str(rec, "sentence", where)
        domain = _str(rec, "domain", where)
        if domain not in DOMAINS:
            raise GoldError(f"{where}: domain {domain!r} is not one of {sorted(DOMAINS)}")
        term = _str(rec, "term", where)
        if term not in sentence:
            raise GoldError(f"{where}: term {term!r} does not occur verbatim in the sentence")
        out.append(
            DomainTrap(sentence, domain, term, _str(rec, "wrong", where), _str(rec, "note", where))
        )
    return out


Record = TypeVar("Record", bound=LetterGold)


def load_set(path: Path, letters: Path, record: type[Record]) -> list[Record]:
    """All letter records of a later set's gold.yaml (bench/eval2 ... use this set's
    format), validated for shape, as `record` (the set's subclass, whose `path` is in
    its own `letters` folder). The shape check (`_letter`) looks for the letter file
    here, in bench/eval/letters: a later set's file is checked in `letters`, and the
    shape check gets a stand-in name that exists here."""
    stand_in = min(p.name for p in LETTERS.iterdir() if p.suffix in (".txt", ".docx"))
    out: list[Record] = []
    seen: set[str] = set()
    for n, rec in enumerate(_records(path)):
        where = _where(path, n, rec)
        if not isinstance(rec, dict):
            raise GoldError(f"{where}: expected a mapping, got {rec!r}")
        file = _str(rec, "file", where)
        if not (letters / file).is_file():
            raise GoldError(f"{where}: letter file {file} does not exist in {letters}")
        if file in seen:
            raise GoldError(f"{where}: {file} annotated twice")
        seen.add(file)
        checked = _letter({**rec, "file": stand_in}, where)
        values = {f.name: getattr(checked, f.name) for f in fields(checked)}
        out.append(record(**{**values, "file": file}))
    return out
