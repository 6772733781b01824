"""Sense: how many domain traps offer a sense outside its domain (target 0).

    python -m bench.sense [YAML ...] [--verbose]

A trap is a sentence (or a short letter) in which a glossary term has another sense than
one of its entries, with what must not be offered there, written by a person. The frozen
evaluation set (bench/eval/domain_traps.yaml) has:

    - sentence: "..."
      domain: jeugd          # the domain of the letter the sentence comes from
      term: "spoedplaatsing"
      wrong: "..."           # the explanation or replacement that would be wrong here

Our own traps (tests/test_sense.py) name the entry id that must not be offered. A trap is
violated when a finding's entry id is listed, or a finding's replacement contains the wrong
text (case-insensitive, brackets ignored), or the wrong text contains a replacement's
explanation. A sentence on its own rarely shows its letter's domain, so each trap is run
twice: with the domain estimated from the sentence alone, and with the letter's domain
given (as settings.domain does for a municipality that knows its letters' domain).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from rewriter.engine import Engine
from rewriter.pipeline import check
from rewriter.sense import estimate_domain

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "bench" / "eval" / "domain_traps.yaml"


def _first(raw: dict[str, Any], *keys: str) -> Any:
    return next((raw[k] for k in keys if k in raw and raw[k] is not None), None)


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def load_traps(path: Path) -> list[dict[str, Any]]:
    """Read a trap set into dicts with text, domain, not_offered and offered."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = _first(data, "traps", "items", "cases") or []
    traps = []
    for raw in data:
        traps.append(
            {
                "id": str(_first(raw, "id", "name") or len(traps) + 1),
                "text": str(_first(raw, "text", "letter", "sentence", "zin")),
                "term": _first(raw, "term"),
                "domain": _first(raw, "domain", "domein"),
                "not_offered": _list(
                    _first(raw, "not_offered", "must_not", "wrong", "forbidden", "entry", "entries")
                ),
                "offered": _list(_first(raw, "offered", "must", "expected")),
            }
        )
    return traps


def _own_traps() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_sense

    return [
        {"id": name, "text": text, "domain": None, "not_offered": [eid], "offered": []}
        for name, text, eid in test_sense.TRAPS
    ]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("(", " ").replace(")", " ").split())


def _content(text: str) -> set[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return {w for w in re.findall(r"\w+", text.lower()) if len(w) >= 4 and w not in STOP_WORDS}


def _offers(f: Any, banned: str) -> bool:
    """Does a finding offer the wrong sense described by `banned`?

    `banned` is a wrong text, or a description of one with the wrong words in quotes
    ("vervangen door 'besluit' ..."). It counts when a quoted part, or the whole text,
    occurs in a replacement, or when at least half of the content words of a replacement's
    explanation (and at least three) occur in the description.
    """
    wrong = _norm(banned)
    quoted = [_norm(q) for q in re.findall(r"['‘’\"]([^'‘’\"]{3,})['‘’\"]", banned)]
    for r in f.replacements:
        # the term itself ('voorlopige voorziening (...)') is not what is offered
        rep = _norm(r.replace(f.text, " ", 1))
        if wrong in rep or any(q and q in rep for q in quoted):
            return True
        explanation = _content(r[r.find("(") + 1 : r.rfind(")")] if "(" in r else r)
        shared = explanation & _content(banned)
        if len(shared) >= 3 and len(shared) >= 0.5 * len(explanation):
            return True
    return False


def measure(
    traps: list[dict[str, Any]], engine: Engine, given_domain: bool = False
) -> dict[str, Any]:
    """Return the number of traps that offer a wrong sense, with details."""
    wrong: list[str] = []
    missed: list[str] = []
    domain_right = domain_total = 0
    engines: dict[str | None, Engine] = {}
    for trap in traps:
        domain = trap["domain"] if given_domain else None
        if domain not in engines:
            settings = replace(engine.settings, domain=domain)
            engines[domain] = Engine(engine.resources, engine.glossary, engine.compiled, settings)
        findings = check(trap["text"], engines[domain]).findings
        if trap.get("term"):  # only what is offered for the trap's term
            at = trap["text"].find(trap["term"])
            if at >= 0:
                end = at + len(trap["term"])
                findings = tuple(f for f in findings if f.start < end and at < f.end)
        trap.setdefault("shown", {})[given_domain] = [
            (f.text, f.replacements[:1]) for f in findings if f.replacements
        ]
        for banned in trap["not_offered"]:
            is_id = banned in engine.glossary.by_id  # an entry id, else a wrong text
            for f in findings:
                if f.entry_id == banned if is_id else _offers(f, banned):
                    wrong.append(f"{trap['id']}: {banned!r} offered for {f.text!r}")
                    break
        for wanted in trap["offered"]:
            if not any(f.entry_id == wanted or any(wanted in r for r in f.replacements)
                       for f in findings):  # fmt: skip
                missed.append(f"{trap['id']}: {wanted} not offered")
        if trap["domain"]:
            domain_total += 1
            domain_right += estimate_domain(trap["text"]).domain == trap["domain"]
    return {
        "n": len(traps),
        "wrong": wrong,
        "missed": missed,
        "domain": (domain_right, domain_total),
    }


def bench_sense(engine: Engine, paths: list[Path] | None = None, verbose: bool = False) -> None:
    """The `make bench` section: wrong senses offered on the trap sets."""
    print("## sense: domain traps (target: 0 senses offered outside their domain)")
    sets = [(p.name, load_traps(p)) for p in (paths or [FROZEN]) if p.exists()]
    if not paths:
        sets.append(("tests/test_sense.py TRAPS (ours)", _own_traps()))
    for name, traps in sets:
        modes = [False, True] if any(t["domain"] for t in traps) else [False]
        for given in modes:
            r = measure(traps, engine, given)
            right, total = r["domain"]
            how = "letter's domain given" if given else "domain estimated from the text"
            extra = f"; domain estimated right {right}/{total}" if total and not given else ""
            print(
                f"{name} ({how}): {r['n']} traps; wrong sense offered in {len(r['wrong'])}; "
                f"right sense missing {len(r['missed'])}{extra}"
            )
            if verbose:
                for line in r["wrong"] + r["missed"]:
                    print(f"  {line}")
        if verbose:  # what the tool offers for each term, for a person to judge
            for trap in traps:
                print(f"  [{trap['id']}] {trap['domain']}: {trap['shown'].get(True, [])}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sense")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    bench_sense(Engine.create(), args.paths or None, args.verbose)


if __name__ == "__main__":
    main()
