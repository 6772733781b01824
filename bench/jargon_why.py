"""Why listed jargon is left after `--accept safe`: one bucket per remaining occurrence.

    python -m bench.jargon_why [--sets eval eval2] [--top N]

For every occurrence of a gold `jargon` string (bench/jargon_left.py) that no applied edit
touched, the first bucket that fits, in this order:

- `d-legal`: the string is a legal term (lang/nl/legal_terms.txt) or an explain entry marks
  it: kept by design, at most explained;
- `e-refused`: a safe proposal for it was refused when applied (a fact, an overlap, the letter
  would get longer);
- `e-withheld`: the grammar check withheld the proposal;
- `c-not-safe`: a proposal exists but is not `safe` (offered, not applied by default);
- `b-hint`: flagged, but only as a hint (avoid entries) with no proposal;
- `e-protected`: it lies in a protected span (a fact: amount, date, period ...);
- `e-sense`: an entry for exactly this string exists but its domain or context conditions,
  or the name / address / court rules, do not let it be offered here (rewriter/sense.py);
- `f-form`: nothing flags it here, but an entry has a term with the same lemmas (another
  inflection, a split or reordered form, another tense): the written form is not matched;
- `g-phrase`: nothing flags it, and it is a phrase of three or more words (a formula that
  usually needs its sentence rebuilt);
- `a-unflagged`: nothing in the glossary flags it (a word or a short phrase).

`d-legal` is a legal term kept by design; `d-explain` an explain entry that keeps the word.

The held-out sets (eval13 and later) are refused: their remaining strings must not be read.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from bench.jargon_left import ROOT, load_set
from rewriter.engine import Engine
from rewriter.lang import nl
from rewriter.letter import Letter
from rewriter.rewrite import rewrite_letter
from rewriter.sense import fits, letter_domain

DEVELOPMENT_SETS = (
    "eval",
    *(f"eval{n}" for n in range(2, 13)),
)  # eval13 and later are held out (eval11 and eval12 became development sets in words16)


def _spans(phrase: str, text: str) -> list[tuple[int, int]]:
    words = [re.escape(w) for w in phrase.split()]
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def classify_letter(text: str, jargon: list[str], engine: Engine) -> list[tuple[str, str]]:
    """(bucket, phrase) for every listed occurrence left after `--accept safe`."""
    letter = Letter.from_text(text, engine.resources)
    result = rewrite_letter(letter, engine, "safe")
    glossary = engine.glossary
    legal = {w.lower() for w in nl.words("legal_terms")}
    by_term: dict[str, list] = defaultdict(list)
    for entry in glossary.entries:
        for term in entry.terms:
            by_term[term.text.lower()].append(entry)
    estimate = letter_domain(text, engine.settings.domain)
    lemma_terms = _lemma_terms(engine)
    out = []
    for phrase in jargon:
        for a, b in _spans(phrase, text):
            if any(_overlaps(a, b, e.start, e.end) for e in result.applied):
                continue
            findings = [
                f for f in result.report.findings if f.entry_id and _overlaps(a, b, f.start, f.end)
            ]
            props = [
                p
                for p in result.proposals
                if p.rule_id.startswith("glossary.") and _overlaps(a, b, p.start, p.end)
            ]
            kinds = {glossary.by_id[f.entry_id].type for f in findings if f.entry_id}
            if phrase.lower() in legal:
                bucket = "d-legal"
            elif "explain" in kinds:
                bucket = "d-explain"
            elif any(
                r.proposal.safe and _overlaps(a, b, r.proposal.start, r.proposal.end)
                for r in result.refused
            ):
                bucket = "e-refused"
            elif any(_overlaps(a, b, r.proposal.start, r.proposal.end) for r in result.withheld):
                bucket = "e-withheld"
            elif props:
                bucket = "c-not-safe"
            elif findings:
                bucket = "b-hint"
            elif letter.is_protected(a, b):
                bucket = "e-protected"
            elif _sense_refused(letter, a, b, by_term.get(phrase.lower(), []), estimate):
                bucket = "e-sense"
            elif _other_form(phrase, lemma_terms, engine):
                bucket = "f-form"
            elif len(phrase.split()) >= 3:
                bucket = "g-phrase"
            else:
                bucket = "a-unflagged"
            out.append((bucket, phrase.lower()))
    return out


_SMALL = {"de", "het", "een", "van", "in", "op", "te", "u", "uw", "wij", "is", "zijn", "dat"}


def _lemma_set(phrase: str, engine: Engine) -> frozenset[str]:
    lem = engine.resources.lemmatizer
    out: set[str] = set()
    for word in phrase.lower().replace("...", " ").split():
        if word in _SMALL:
            continue
        lemmas = lem.loose_lemmas(word) or frozenset({word})
        out.add(min(lemmas))
    return frozenset(out)


def _lemma_terms(engine: Engine) -> list[frozenset[str]]:
    cache = getattr(_lemma_terms, "cache", None)
    if cache is None or cache[0] is not engine:
        terms = {t.text for e in engine.glossary.entries for t in e.terms}
        sets = [s for s in (_lemma_set(t, engine) for t in terms) if s]
        _lemma_terms.cache = (engine, sets)  # type: ignore[attr-defined]
    return _lemma_terms.cache[1]  # type: ignore[attr-defined]


def _other_form(phrase: str, lemma_terms: list[frozenset[str]], engine: Engine) -> bool:
    """An entry's term with the same content lemmas as the phrase (or a subset of them)."""
    mine = _lemma_set(phrase, engine)
    return bool(mine) and any(t == mine or (len(t) >= 2 and t <= mine) for t in lemma_terms)


def _sense_refused(letter: Letter, start: int, end: int, entries: list, estimate) -> bool:
    sentence = letter.sentence_at(start)
    if sentence is None or not entries:
        return False
    span = (sentence.start, sentence.end)
    return not any(fits(e, letter.text, start, end, span, estimate) for e in entries)


def bench_jargon_why(engine: Engine, sets: tuple[str, ...] = DEVELOPMENT_SETS, top: int = 12):
    """Print the buckets per development set; return {set: Counter(bucket)}."""
    results = {}
    print("## why listed jargon is left after --accept safe (development sets only)")
    for name in sets:
        if name not in DEVELOPMENT_SETS:
            raise SystemExit(f"{name} is held out: its remaining strings are not read")
        buckets: Counter = Counter()
        phrases: dict[str, Counter] = defaultdict(Counter)
        for _file, text, jargon in load_set(ROOT / "bench" / name):
            for bucket, phrase in classify_letter(text, jargon, engine):
                buckets[bucket] += 1
                phrases[bucket][phrase] += 1
        results[name] = buckets
        total = sum(buckets.values())
        print(f"{name}: {total} occurrences left")
        for bucket, n in sorted(buckets.items()):
            items = ", ".join(f"{p} ({c})" for p, c in phrases[bucket].most_common(top))
            print(f"  {bucket:12s} {n:4d}  {items}")
    print()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.jargon_why")
    parser.add_argument("--sets", nargs="*", default=list(DEVELOPMENT_SETS))
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    bench_jargon_why(Engine.create(), tuple(args.sets), args.top)


if __name__ == "__main__":
    main()
