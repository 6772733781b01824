"""Glossary: load and validate `glossary/*.yaml` into an immutable `Glossary`.

Schema (one YAML list of entries per file; see glossary/README.md):

    - id: beschikking                # kebab-case, unique over all files
      type: replace                  # replace | avoid | explain | stigma
      terms: [de beschikking]        # lemma forms; an article marks a noun's gender;
                                     #   '...' marks a gap in a phrase
      pos: noun                      # noun | verb | adj | adv | phrase | other (inferred)
      plain: [het besluit]           # alternatives, best first (string or mapping)
      explanation: ...               # explain: short plain explanation for first use
      compounds: head                # head | none | both
      except: [de beschikking over]  # phrases in which the term is not flagged
      case_sensitive: false          # true for acronyms and names
      exact: false                   # true: words match as written (any case), no other
                                     #   inflection ('delen wij u mee', not 'deelden ...')
      level: suggestion              # hint | suggestion | warning
      safe: true                     # may the top proposal be applied automatically?
      reason: ...                    # Dutch, for the writer
      source: ...                    # where the advice comes from
      domain: [wmo, jeugd]           # only offered when the letter's domain fits (sense)
      not_near: [kinderrechter]      # not offered when one of these is near ...
      near: [besluit*]               # ... only offered when one of these is near
      window: sentence               # 'near' = in the sentence (default), the letter, or N words
      examples:
        - flag: "U ontvangt [de beschikking] binnen acht weken."
          fix: "U ontvangt het besluit binnen acht weken."
        - pass: "U hebt de beschikking over een auto."

Errors name file, line and entry id (GlossaryError). An overlay file can add
entries, override entries with the same id, or disable them (`disabled: true`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from rewriter.errors import GlossaryError

TYPES = ("replace", "avoid", "explain", "stigma")
POS = ("noun", "verb", "adj", "adv", "phrase", "other")
LEVELS = ("hint", "suggestion", "warning")
COMPOUNDS = ("head", "none", "both")
CATEGORY_OVERRIDES = ("tone", "nominalisation", "passive")
VERB_SLOTS = ("inf", "stem", "t", "past_sg", "past_pl", "part")
DEFAULT_LEVEL = {"replace": "suggestion", "avoid": "hint", "explain": "hint", "stigma": "warning"}
ARTICLES = ("de", "het")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MARK = re.compile(r"\[([^\[\]]+)\]")
_KEYS = {
    "id", "type", "terms", "term", "pos", "gender", "plain", "options", "explanation",
    "compounds", "except", "case_sensitive", "level", "safe", "reason", "source", "examples",
    "disabled", "acronym", "tags", "category", "explanation_plural", "domain", "near",
    "not_near", "window", "exact",
}  # fmt: skip
DOMAINS = ("jeugd", "wmo", "participatie", "schulden", "leerplicht", "algemeen")
WINDOWS = ("sentence", "letter")


@dataclass(frozen=True, slots=True)
class Alternative:
    """One plain alternative: text, article (de/het/None) and optional forms."""

    text: str
    gender: str | None = None
    plural: str | None = None
    forms: Mapping[str, str] = field(default_factory=dict)

    def with_article(self) -> str:
        """Return the alternative as a writer would read it in a list."""
        return f"{self.gender} {self.text}" if self.gender else self.text


@dataclass(frozen=True, slots=True)
class Term:
    """A term as matched: its words (lemma forms), gender and gap position."""

    words: tuple[str, ...]
    gender: str | None = None
    gap_after: int | None = None  # index of the word after which a gap may occur

    @property
    def text(self) -> str:
        """Return the term as written in the entry (without article)."""
        return " ".join(self.words)


@dataclass(frozen=True, slots=True)
class Example:
    """A flag example (with marked span and optional fix) or a pass example."""

    kind: str  # "flag" | "pass"
    sentence: str  # without markers
    span: tuple[int, int] | None = None
    fix: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One validated glossary entry."""

    id: str
    type: str
    terms: tuple[Term, ...]
    pos: str
    plain: tuple[Alternative, ...]
    level: str
    reason: str
    source: str
    examples: tuple[Example, ...]
    explanation: str = ""
    explanation_plural: str = ""
    compounds: str = "none"
    exceptions: tuple[str, ...] = ()
    case_sensitive: bool = False
    exact: bool = False  # words match as written (any case): no other inflection
    safe: bool = True
    acronym: bool = False
    category_override: str = ""
    domains: tuple[str, ...] = ()  # empty: every domain
    near: tuple[str, ...] = ()  # context patterns, one of which must be near
    not_near: tuple[str, ...] = ()  # context patterns, none of which may be near
    window: int | str = "sentence"  # words either side, "sentence" or "letter"
    path: str = ""
    line: int = 0

    @property
    def category(self) -> str:
        """Return the finding category for this entry."""
        if self.category_override:
            return self.category_override
        if self.acronym:
            return "acronym"
        return {"replace": "jargon", "avoid": "avoid", "explain": "legal", "stigma": "stigma"}[
            self.type
        ]

    @property
    def rule_id(self) -> str:
        """Return the stable rule id, e.g. 'glossary.beschikking'."""
        return f"glossary.{self.id}"


@dataclass(frozen=True)
class Glossary:
    """An immutable set of entries, indexed for matching."""

    entries: tuple[Entry, ...]
    by_id: Mapping[str, Entry]

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Glossary:
        """Build a glossary from validated entries."""
        items = tuple(entries)
        return cls(items, {e.id: e for e in items})

    def __len__(self) -> int:
        return len(self.entries)


def default_glossary_dir() -> Path:
    """Return the shipped glossary folder (KEUKENTAFELTAAL_GLOSSARY overrides)."""
    env = os.environ.get("KEUKENTAFELTAAL_GLOSSARY")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "glossary"


def load_glossary(
    directory: str | Path | None = None, overlay: str | Path | None = None
) -> Glossary:
    """Load every `*.yaml` in `directory` (sorted) plus an optional overlay file."""
    folder = Path(directory) if directory else default_glossary_dir()
    if not folder.is_dir():
        raise GlossaryError(f"map met woordenlijsten niet gevonden: {folder}")
    entries: dict[str, Entry] = {}
    for path in sorted(folder.glob("*.yaml")):
        for entry in load_file(path):
            if entry.id in entries:
                first = entries[entry.id]
                raise GlossaryError(
                    f"id komt twee keer voor (eerst in {first.path}:{first.line})",
                    path=str(path),
                    line=entry.line,
                    entry_id=entry.id,
                )
            entries[entry.id] = entry
    if overlay:
        apply_overlay(entries, Path(overlay))
    return Glossary.from_entries(entries.values())


def apply_overlay(entries: dict[str, Entry], path: Path) -> None:
    """Add, override or disable entries from a municipality's overlay file."""
    if not path.exists():
        return
    for raw, line in _read_entries(path):
        entry_id = str(raw.get("id", ""))
        if raw.get("disabled") is True:
            if set(raw) - {"id", "disabled", "reason", "source"}:
                # A disabled full entry is kept out of matching but still validated.
                parse_entry(raw, str(path), line)
            entries.pop(entry_id, None)
            continue
        entries[entry_id] = parse_entry(raw, str(path), line)


def load_file(path: Path) -> list[Entry]:
    """Load and validate one glossary file."""
    return [
        parse_entry(raw, str(path), line)
        for raw, line in _read_entries(path)
        if raw.get("disabled") is not True
    ]


# libyaml's parser when PyYAML was built with it (the same documents, the same values and
# marks; 0.3 s instead of 1.8 s CPU for the shipped glossary, once per process that loads
# an engine: every batch worker, the app, the CLI); PyYAML's own parser otherwise.
# tests/test_batch_paths.py compares both.
_SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """A YAML loader that records the line of every mapping as '__line__'."""


class _PlainLineLoader(yaml.SafeLoader):
    """`_LineLoader` on PyYAML's own (pure Python) parser, for the comparison test."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_PlainLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_entries(path: Path, loader: type = _LineLoader) -> list[tuple[dict[str, Any], int]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise GlossaryError(f"geen geldige YAML: {exc}", path=str(path), line=line) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"bestand niet te lezen: {exc}", path=str(path)) from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise GlossaryError("het bestand moet een lijst van items zijn", path=str(path), line=1)
    out = []
    for item in data:
        if not isinstance(item, dict):
            raise GlossaryError("elk item moet een mapping zijn (id, type, ...)", path=str(path))
        line = int(item.pop("__line__", 0))
        out.append((item, line))
    return out


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def parse_entry(raw: Mapping[str, Any], path: str = "", line: int = 0) -> Entry:
    """Validate one raw entry; raise GlossaryError with file, line and id."""
    raw = _strip_lines(dict(raw))
    entry_id = str(raw.get("id", "")).strip()

    def fail(message: str) -> GlossaryError:
        return GlossaryError(message, path=path, line=line, entry_id=entry_id or "?")

    if not entry_id:
        raise fail("'id' ontbreekt")
    if not _ID.match(entry_id):
        raise fail("'id' mag alleen kleine letters, cijfers en streepjes bevatten")
    unknown = set(raw) - _KEYS
    if unknown:
        raise fail(f"onbekende sleutel(s): {', '.join(sorted(unknown))}")
    etype = raw.get("type")
    if etype not in TYPES:
        raise fail(f"'type' moet een van {', '.join(TYPES)} zijn")
    raw_terms = raw.get("terms", raw.get("term"))
    if isinstance(raw_terms, str):
        raw_terms = [raw_terms]
    if not raw_terms or not all(isinstance(t, str) and t.strip() for t in raw_terms):
        raise fail("'terms' ontbreekt of is leeg")
    keep_article = raw.get("pos") in ("phrase", "verb", "adv", "adj", "other")
    terms = tuple(_parse_term(t, raw.get("gender"), keep_article) for t in raw_terms)
    pos = raw.get("pos") or _infer_pos(terms)
    if pos not in POS:
        raise fail(f"'pos' moet een van {', '.join(POS)} zijn")
    for key in ("reason", "source"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip() or "???" in value:
            raise fail(f"'{key}' ontbreekt of is leeg")
    level = raw.get("level", DEFAULT_LEVEL[etype])
    if level not in LEVELS:
        raise fail(f"'level' moet een van {', '.join(LEVELS)} zijn")
    noun_alts = pos == "noun"
    plain = tuple(
        _parse_alt(a, fail, noun_alts) for a in (raw.get("plain") or raw.get("options") or [])
    )
    if etype in ("replace", "stigma", "avoid") and not plain:
        raise fail("'plain' (of 'options') ontbreekt: geef minstens één alternatief")
    explanation = str(raw.get("explanation", "")).strip()
    if etype == "explain" and not explanation:
        raise fail("'explanation' ontbreekt: een uitleg-item heeft een korte uitleg nodig")
    if pos == "verb":
        for alt in plain:
            bad = set(alt.forms) - set(VERB_SLOTS)
            if bad:
                raise fail(f"onbekende werkwoordsvorm(en): {', '.join(sorted(bad))}")
    compounds = raw.get("compounds", "none")
    if compounds not in COMPOUNDS:
        raise fail(f"'compounds' moet een van {', '.join(COMPOUNDS)} zijn")
    exceptions = raw.get("except", []) or []
    if not isinstance(exceptions, list) or not all(isinstance(x, str) for x in exceptions):
        raise fail("'except' moet een lijst van zinsdelen zijn")
    safe_default = etype in ("replace", "explain")
    safe = raw.get("safe", safe_default)
    if not isinstance(safe, bool):
        raise fail("'safe' moet true of false zijn")
    if etype in ("avoid", "stigma") and safe:
        raise fail(f"een {etype}-item wordt nooit automatisch toegepast: 'safe' moet false zijn")
    category = raw.get("category", "")
    if category and category not in CATEGORY_OVERRIDES:
        raise fail(f"'category' moet een van {', '.join(CATEGORY_OVERRIDES)} zijn")
    examples = _parse_examples(raw.get("examples"), etype, fail)
    domains, near, not_near, window = _parse_conditions(raw, fail)
    return Entry(
        id=entry_id,
        type=etype,
        terms=terms,
        pos=pos,
        plain=plain,
        level=level,
        reason=raw["reason"].strip(),
        source=raw["source"].strip(),
        examples=examples,
        explanation=explanation,
        explanation_plural=str(raw.get("explanation_plural", "")).strip(),
        compounds=compounds,
        exceptions=tuple(x.lower() for x in exceptions),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        exact=bool(raw.get("exact", False)),
        safe=safe,
        acronym=bool(raw.get("acronym", False)),
        category_override=category,
        domains=domains,
        near=near,
        not_near=not_near,
        window=window,
        path=path,
        line=line,
    )


def _parse_conditions(
    raw: Mapping[str, Any], fail: Any
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int | str]:
    """Validate the sense conditions: domain, near, not_near and window."""
    domains = raw.get("domain", []) or []
    if isinstance(domains, str):
        domains = [domains]
    if not isinstance(domains, list) or not all(d in DOMAINS for d in domains):
        raise fail(f"'domain' moet een lijst zijn met waarden uit {', '.join(DOMAINS)}")
    lists: list[tuple[str, ...]] = []
    for key in ("near", "not_near"):
        value = raw.get(key, []) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(f"'{key}' moet een lijst van woorden of patronen zijn")
        for pattern in value:
            try:
                context_regex(pattern)
            except re.error as exc:
                raise fail(f"'{key}': ongeldig patroon {pattern!r}: {exc}") from exc
        lists.append(tuple(v.strip() for v in value))
    window = raw.get("window", "sentence")
    if not (window in WINDOWS or (isinstance(window, int) and not isinstance(window, bool))):
        raise fail("'window' moet 'sentence', 'letter' of een aantal woorden zijn")
    if isinstance(window, int) and not 1 <= window <= 200:
        raise fail("'window' moet tussen 1 en 200 woorden liggen")
    if "window" in raw and not (lists[0] or lists[1]):
        raise fail("'window' zonder 'near' of 'not_near' heeft geen betekenis")
    return tuple(domains), lists[0], lists[1], window


def context_regex(pattern: str) -> re.Pattern[str]:
    """Compile a context pattern: 're:<regex>', or words where '*' is any word ending.

    Words match whole words, case-insensitively: 'rechter' matches 'rechter' but not
    'rechterlijke'; 'jeugd*' matches 'jeugdhulp' and 'Jeugdwet'.
    """
    return _context_regex(pattern)


@lru_cache(maxsize=4096)
def _context_regex(pattern: str) -> re.Pattern[str]:
    if pattern.startswith("re:"):
        return re.compile(pattern[3:], re.IGNORECASE)
    parts = [re.escape(w).replace(r"\*", r"\w*") for w in pattern.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _parse_term(text: str, gender: Any, keep_article: bool = False) -> Term:
    words = text.strip().split()
    article = None
    if len(words) > 1 and words[0].lower() in ARTICLES and not keep_article:
        article = words[0].lower()
        words = words[1:]
    elif isinstance(gender, str) and gender in ARTICLES:
        article = gender
    gap = None
    if "..." in words:
        gap = words.index("...") - 1
        words = [w for w in words if w != "..."]
    return Term(tuple(words), article, gap)


def _infer_pos(terms: tuple[Term, ...]) -> str:
    if any(t.gender for t in terms):
        return "noun"
    if all(len(t.words) == 1 for t in terms):
        return "other"
    return "phrase"


def _parse_alt(value: Any, fail: Any, noun: bool = True) -> Alternative:
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise fail("elk alternatief in 'plain' is tekst of een mapping met 'text'")
    text = value["text"].strip()
    gender = value.get("gender")
    words = text.split()
    if gender is None and noun and len(words) > 1 and words[0] in ARTICLES:
        gender, text = words[0], " ".join(words[1:])
    if gender not in (None, "de", "het"):
        raise fail("'gender' van een alternatief moet 'de' of 'het' zijn")
    forms = value.get("forms") or {}
    if not isinstance(forms, dict):
        raise fail("'forms' moet een mapping zijn (bijv. part: gegeven)")
    return Alternative(text, gender, value.get("plural"), dict(forms))


def _parse_examples(value: Any, etype: str, fail: Any) -> tuple[Example, ...]:
    if not isinstance(value, list) or not value:
        raise fail("'examples' ontbreekt: geef minstens één flag- en één pass-voorbeeld")
    out: list[Example] = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, dict) or not ({"flag", "pass"} & set(item)):
            raise fail(f"voorbeeld {i}: gebruik 'flag' (met fix) of 'pass'")
        if "pass" in item:
            sentence = item["pass"]
            if not isinstance(sentence, str) or ("[" in sentence and _MARK.search(sentence)):
                raise fail(f"voorbeeld {i}: een pass-voorbeeld heeft geen [markering]")
            out.append(Example("pass", sentence))
            continue
        marked = item["flag"]
        marks = _MARK.findall(marked) if isinstance(marked, str) else []
        if len(marks) != 1:
            raise fail(f"voorbeeld {i}: een flag-voorbeeld heeft precies één [markering]")
        m = _MARK.search(marked)
        assert m is not None
        sentence = marked[: m.start()] + m.group(1) + marked[m.end() :]
        span = (m.start(), m.start() + len(m.group(1)))
        fix = item.get("fix")
        if fix is not None and not isinstance(fix, str):
            raise fail(f"voorbeeld {i}: 'fix' moet tekst zijn")
        out.append(Example("flag", sentence, span, fix))
    flags = [e for e in out if e.kind == "flag"]
    if not flags:
        raise fail("er ontbreekt een flag-voorbeeld (een zin die gemarkeerd moet worden)")
    if not any(e.kind == "pass" for e in out):
        raise fail("er ontbreekt een pass-voorbeeld (een bijna-treffer die niet gemarkeerd wordt)")
    if etype in ("replace", "explain", "stigma") and flags[0].fix is None:
        raise fail("'fix' ontbreekt bij flag-voorbeeld 1")
    return tuple(out)
