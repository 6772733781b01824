"""Accuracy of the shipped parser on the held-back treebank (UD Dutch Alpino test).

The model (rewriter/models/nl_ud_small) was trained on Alpino dev and LassySmall dev+test
by scripts/train_parser.py; Alpino test never went into the weights.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = "UD_Dutch-Alpino__nl_alpino-ud-test.conllu"


def ud_dir() -> Path:
    for parent in ROOT.parents:
        candidate = parent / "shared" / "data" / "ud-dutch"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "data" / "ud-dutch"


def evaluate(nlp, conllu: Path) -> dict[str, float]:
    """Return POS, TAG, MORPH, UAS, LAS, lemma accuracy (percent) and words/s on a CoNLL-U file."""
    from spacy.tokens import DocBin
    from spacy.training import Example
    from spacy.training.converters import conllu_to_docs

    docs = conllu_to_docs(conllu.read_text(encoding="utf-8"), n_sents=10, no_print=True)
    gold = list(DocBin(docs=docs).get_docs(nlp.vocab))  # strings in the model's vocab
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples)
    seconds = time.perf_counter() - t0
    words = sum(len(d) for d in gold)
    out = {
        "POS": 100 * scores["pos_acc"],
        "TAG": 100 * scores["tag_acc"],
        "MORPH": 100 * scores["morph_acc"],
        "UAS": 100 * scores["dep_uas"],
        "LAS": 100 * scores["dep_las"],
        "LEMMA": 100 * scores["lemma_acc"],
        "words": words,
        "words_per_s": words / seconds if seconds else 0.0,
    }
    return out


def bench_parser() -> None:
    from rewriter.parser import MODEL_DIR, load_parser

    print("## trained parser (rewriter/models/nl_ud_small) on held-back UD Alpino test")
    t0 = time.perf_counter()
    nlp = load_parser()
    load_s = time.perf_counter() - t0
    if nlp is None:
        print(f"model not found at {MODEL_DIR}: the engine runs on the lexical rules only")
        print()
        return
    path = ud_dir() / HELDOUT
    if not path.exists():
        print(f"held-back treebank not found at {path}; skipped")
        print()
        return
    s = evaluate(nlp, path)
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file()) / 1e6
    print(
        f"POS {s['POS']:.1f}  TAG {s['TAG']:.1f}  MORPH {s['MORPH']:.1f}  "
        f"UAS {s['UAS']:.1f}  LAS {s['LAS']:.1f}  LEMMA {s['LEMMA']:.1f}   "
        f"({s['words']} words; nl_core_news_sm on full train data: POS 95.7 UAS 85.4 LAS 80.2)"
    )
    print(
        f"model {size:.1f} MB, load {load_s:.2f} s, {s['words_per_s']:.0f} words/s (evaluation run)"
    )
    print()


if __name__ == "__main__":
    bench_parser()
