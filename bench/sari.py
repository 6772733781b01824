"""SARI (Xu et al., 2016, 'Optimizing Statistical Machine Translation for Text
Simplification'), sentence level, one or more references, n-grams 1-4.

Follows the reference implementation's definitions: keep F1, deletion
precision, addition F1, averaged over n and then over the three operations.
Tokens are lower-cased words and punctuation.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _ngrams(tokens: list[str], n: int) -> Counter[str]:
    return Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _sari_n(
    s: Counter, c: Counter, refs: Sequence[Counter], numref: int
) -> tuple[float, float, float]:
    r_all: Counter[str] = Counter()
    for r in refs:
        r_all.update(r)
    s_rep = Counter({k: v * numref for k, v in s.items()})
    c_rep = Counter({k: v * numref for k, v in c.items()})
    # keep
    keep = s_rep & c_rep
    keep_good = keep & r_all
    keep_all = s_rep & r_all
    p = sum(keep_good[k] / keep[k] for k in keep) / len(keep) if keep else 0.0
    r = sum(keep_good[k] / keep_all[k] for k in keep_all) / len(keep_all) if keep_all else 0.0
    keep_score = _f1(p, r)
    # deletion (precision only)
    dele = s_rep - c_rep
    del_good = dele - r_all
    del_p = sum(del_good[k] / dele[k] for k in dele) / len(dele) if dele else 0.0
    # addition
    add = set(c) - set(s)
    add_good = add & set(r_all)
    add_all = set(r_all) - set(s)
    add_p = len(add_good) / len(add) if add else 0.0
    add_r = len(add_good) / len(add_all) if add_all else 0.0
    return keep_score, del_p, _f1(add_p, add_r)


def tokens(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens."""
    return _TOKEN.findall(text.lower())


def sari(source: str, candidate: str, references: Sequence[str]) -> float:
    """Return SARI (0-100) of `candidate` for `source` against the references."""
    s_tok, c_tok = tokens(source), tokens(candidate)
    r_toks = [tokens(r) for r in references]
    keeps, dels, adds = [], [], []
    for n in range(1, 5):
        k, d, a = _sari_n(
            _ngrams(s_tok, n), _ngrams(c_tok, n), [_ngrams(r, n) for r in r_toks], len(r_toks)
        )
        keeps.append(k)
        dels.append(d)
        adds.append(a)
    return 100 * (sum(keeps) / 4 + sum(dels) / 4 + sum(adds) / 4) / 3


def sari_parts(source: str, candidate: str, references: Sequence[str]) -> tuple[float, ...]:
    """SARI's three operation scores (keep F1, deletion precision, addition F1), each 0-100.

    Their mean is `sari`; a third of each is its contribution to SARI.
    """
    s_tok, c_tok = tokens(source), tokens(candidate)
    r_toks = [tokens(r) for r in references]
    sums = [0.0, 0.0, 0.0]
    for n in range(1, 5):
        scores = _sari_n(
            _ngrams(s_tok, n), _ngrams(c_tok, n), [_ngrams(r, n) for r in r_toks], len(r_toks)
        )
        for i, v in enumerate(scores):
            sums[i] += v
    return tuple(100 * v / 4 for v in sums)


def half(document_id: str) -> str:
    """'tune' or 'check': a stable split of the development pairs by document.

    By document, not by sentence, so that a document's own phrases (its names, its
    formulas, its house style) cannot be studied on the tune half and scored on the check
    half. SHA-1 of the Document ID, even -> tune. Study the references only on the tune
    half; the check half's figure is the honest one.
    """
    digest = hashlib.sha1(document_id.strip().encode("utf-8")).hexdigest()
    return "tune" if int(digest, 16) % 2 == 0 else "check"


def report(pairs: Sequence[tuple[str, str, str]], outputs: dict[str, Sequence[str]]) -> list[str]:
    """Lines: SARI with its keep / delete / add contributions per system, on the whole set,
    the tune half and the check half (see `half`), the identity baseline first.

    `pairs` are (document id, source, reference); `outputs` maps a system name to its
    output for each pair, in the same order. Contributions are a third of each operation
    score, so keep + delete + add = SARI.
    """
    systems = {"identity": [src for _, src, _ in pairs], **outputs}
    lines = []
    for part in ("whole", "tune", "check"):
        idx = [i for i, (doc, _, _) in enumerate(pairs) if part == "whole" or half(doc) == part]
        docs = len({pairs[i][0] for i in idx})
        lines.append(f"{part} set: {len(idx)} sentences from {docs} documents")
        if not idx:
            continue
        for name, outs in systems.items():
            parts = [sari_parts(pairs[i][1], outs[i], [pairs[i][2]]) for i in idx]
            k, d, a = (sum(p[j] for p in parts) / len(parts) / 3 for j in range(3))
            lines.append(
                f"  {name:14s} SARI {k + d + a:6.2f}   = keep {k:5.2f} + delete {d:5.2f} "
                f"+ add {a:5.2f}"
            )
    return lines


def missed_edits(
    pairs: Sequence[tuple[str, str, str]], outputs: Sequence[str], top: int = 40
) -> list[tuple[int, int, str, str]]:
    """The reference's most frequent short edits on the TUNE half that `outputs` do not make.

    Each is (times, documents, source words, reference words), from a word alignment of
    source and reference (difflib), counted where the output still holds the source words.
    Only the tune half is read, so the check half stays unseen.
    """
    counts: Counter[tuple[str, str]] = Counter()
    docs: dict[tuple[str, str], set[str]] = {}
    for (doc, src, ref), out in zip(pairs, outputs, strict=True):
        if half(doc) != "tune":
            continue
        a, b, o = tokens(src), tokens(ref), " " + " ".join(tokens(out)) + " "
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal" or i2 - i1 > 4 or j2 - j1 > 4 or i1 == i2:
                continue
            before, after = " ".join(a[i1:i2]), " ".join(b[j1:j2])
            if f" {before} " in o:
                counts[(before, after)] += 1
                docs.setdefault((before, after), set()).add(doc)
    ranked = sorted(counts.items(), key=lambda kv: (-len(docs[kv[0]]), -kv[1], kv[0]))
    return [(n, len(docs[k]), k[0], k[1]) for k, n in ranked[:top]]


def load_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(document id, complex, simple) for every pair with both sentences."""
    with path.open(encoding="utf-8") as fh:
        return [
            (r["Document ID"], r["Complex"].strip(), r["Simple"].strip())
            for r in csv.DictReader(fh)
            if r["Complex"].strip() and r["Simple"].strip()
        ]


_SEPARATOR = "\n\n"


def document_outputs(
    pairs: Sequence[tuple[str, str, str]], rewrite_text: Callable[[str], Any]
) -> list[str]:
    """Each document's sentences rewritten as ONE letter (a paragraph each), cut back into
    the output per sentence.

    The engine's length rule is per letter ('no letter longer than before'): a sentence
    rewrite that adds a word ('wordt uitgenodigd' -> 'nodigen wij ... uit') is paid for by
    the words saved elsewhere in the letter. Scored one sentence at a time, every sentence
    is a letter of its own and such a rewrite is always withdrawn. `rewrite_text` returns a
    RewriteResult; each sentence's output is its source with the applied edits that start
    inside it (an edit reaching past its end is cut at the end).
    """
    by_doc: dict[str, list[int]] = {}
    for i, (doc, _, _) in enumerate(pairs):
        by_doc.setdefault(doc, []).append(i)
    outs = [src for _, src, _ in pairs]
    for idx in by_doc.values():
        spans, text = [], ""
        for i in idx:
            text += _SEPARATOR if text else ""
            spans.append((len(text), len(text) + len(pairs[i][1])))
            text += pairs[i][1]
        applied = sorted(rewrite_text(text).applied, key=lambda a: -a.start)
        for i, (s, e) in zip(idx, spans, strict=True):
            piece = text[s:e]
            for a in applied:
                if s <= a.start <= e:
                    after = a.after.rstrip("\n") if a.end > e else a.after
                    piece = piece[: a.start - s] + after + piece[min(a.end, e) - s :]
            outs[i] = piece.strip()
    return outs


def main() -> None:
    """`python -m bench.sari [--tune-edits]`: SARI after --accept safe and all, on the whole
    set, the tune half and the check half, with each sentence rewritten as a letter of its
    own and with each document rewritten as one letter (`document_outputs`); with
    --tune-edits also the tune half's missed reference edits."""
    from bench.sentences import SARI_GPT35, amsterdam_csv
    from rewriter.engine import Engine
    from rewriter.rewrite import rewrite

    path = amsterdam_csv()
    if path is None:
        print("## SARI: Amsterdam pairs not found; skipped")
        return
    engine = Engine.create()
    pairs = load_pairs(path)
    outputs = {
        f"--accept {mode}": [rewrite(src, engine, mode).text for _, src, _ in pairs]
        for mode in ("safe", "all")
    }
    for mode in ("safe", "all"):
        outputs[f"{mode}, per doc"] = document_outputs(
            pairs, lambda text, mode=mode: rewrite(text, engine, mode)
        )
    print(f"## SARI on the Amsterdam development pairs, by operation (GPT-3.5: {SARI_GPT35})")
    print(
        "--accept MODE: each sentence rewritten as a letter of its own; MODE, per doc: each "
        "document rewritten as one letter (the length rule is per letter)"
    )
    print("\n".join(report(pairs, outputs)))
    if "--tune-edits" in sys.argv[1:]:
        print("## reference edits on the tune half that --accept safe does not make")
        print("times  documents  source -> reference")
        for n, d, before, after in missed_edits(pairs, outputs["--accept safe"]):
            print(f"{n:5d}  {d:9d}  {before!r} -> {after!r}")


if __name__ == "__main__":
    main()
