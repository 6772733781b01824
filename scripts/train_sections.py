"""Train the section model that ships in rewriter/models/sections/.

Reproducible, offline, one process (CPU), under a minute. Run from the repository root:

    .venv/bin/python scripts/train_sections.py            # report and train
    .venv/bin/python scripts/train_sections.py --report   # leave-one-set-out report only
    .venv/bin/python scripts/train_sections.py --report --without-train-only  # the same, without
                                                          # the training-only sets (to compare)

Data: the annotated evaluation letters of bench/eval .. bench/eval16 (our own letters,
written for the benchmarks; every paragraph has a gold section). Each letter is composed
with the cues alone (KEUKENTAFELTAAL_SECTIONS=off); every placed paragraph, list or table
is matched to its gold paragraph by its opening words, as bench/onepage.py does, and its
`section_features` line becomes one example. Sets named in HELD_OUT (bench/eval17, written
in the sixteenth session to be measured) are never read here.
(bench/eval7 measured the first model, untuned, and was added to the training data after
that: 82.1 % of its paragraphs placed right; bench/eval8 measured the second, untuned:
93.0 %, and joined in the eighth session; bench/eval9 measured the third, untuned: 89.3 %,
and joined in the ninth; bench/eval10 and bench/eval11 measured the fourth, untuned: 95.1 %
and 84.9 % of the page's paragraphs, and joined in the eleventh, when bench/eval12 was
written to measure the fifth: 87.4 % at its first run, 90.8 % at the end of that session;
it joined in the twelfth, when bench/eval13 measured the fifth model untuned: 81.8 % at
its first run, 83.5 % at the end of that session; it joined in the thirteenth, when
bench/eval14 was written to measure the sixth: 87.1 % at its first run; it joined in the
fourteenth, when bench/eval15 measured the seventh: 89.2 % at its first run, 90.2 % at
the end of that session; it joined in the fifteenth, when bench/eval16 was written to
measure the eighth: 81.7 % at its first run, 83.5 % at the end of that session, 94.5 % with
the rules its reading led to; it joined in the sixteenth, when bench/eval17 was written to
measure the ninth: 85.3 % at its first run.
With them the leave-one-set-out figure, as used, went from 95.5 % of 980 paragraphs to
95.8 % of 1,173 (eleventh session), 96.0 % of 1,272 (twelfth) and 95.8 % of 1,468
(fourteenth).)

Training-only data: the sets named in TRAIN_ONLY (bench/train1, written in the fifteenth
session for training: more and more varied paragraphs of the kinds the model misplaced) are
always trained on and never scored: the report leaves out each evaluation set in turn and
trains on the other evaluation sets plus the training-only sets, so its figure stays one
on the same paragraphs of bench/eval .. bench/eval15 and is comparable with the
figures before them (`--without-train-only` gives that earlier figure). A training-only set
is never a measurement. With bench/train1 (60 letters, 395 examples) the figure, as used,
went from 95.8 % to 96.4 % of the 1,468 paragraphs (the model alone 95.1 to 96.0 %; seeds
1 and 2: 95.6 to 96.5 %, 95.4 to 96.3 %); its paragraph kinds were chosen from the errors
on these sets, so the gain is somewhat optimistic for letters nobody has read.

The report trains on all sets but one and scores the one left out, for every set: that
is the honest figure for letters the model has not seen. The cues themselves were tuned
on several of these sets, so the cues' own figure on a set is only honest for a set that
was held out while they were written (the report says which).

Model: spaCy's `textcat` with the bag-of-words architecture (words and word pairs,
exclusive classes), 12 epochs, seed 0, a 2**16 hash table (about 1.6 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
import yaml  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.training import Example  # noqa: E402

from rewriter.compose import compose  # noqa: E402
from rewriter.engine import Engine  # noqa: E402
from rewriter.readers import read_text  # noqa: E402
from rewriter.sections_model import LABELS, MODEL_DIR  # noqa: E402
from rewriter.structure import MODEL_DECIDES  # noqa: E402

SETS = (
    "eval",
    "eval2",
    "eval3",
    "eval4",
    "eval5",
    "eval6",
    "eval7",
    "eval8",
    "eval9",
    "eval10",
    "eval11",
    "eval12",
    "eval13",
    "eval14",
    "eval15",
    "eval16",
)
TRAIN_ONLY = ("train1",)  # always trained on, never scored as a left-out set
HELD_OUT = ("eval17",)  # never read: it measures this model
CUES_HELD_OUT: tuple[str, ...] = ("eval12",)  # sets the cues were not tuned on: eval12's
# section problems were never read (only its figures and four fact/instruction lines)
EPOCHS = 12
SEED = 0
LENGTH = 2**16
_LEAD = re.compile(r"^\s*(?:[-*•–▪◦]|\d{1,2}[.)]|[a-z][.)])\s+|^[^:\n]{1,30}:\s+")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def _cells(text: str) -> str:
    return re.sub(r"[:·\t]", "", text)


def examples(engine: Engine, name: str) -> list[dict]:
    """One example per gold paragraph that the page placed: features, gold, alt, cues."""
    folder = ROOT / "bench" / name
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    out = []
    for g in gold:
        text = read_text(folder / "letters" / g["file"])
        placements = compose(text, engine, "none", ()).structure.placements
        for p in g.get("paragraphs") or []:
            if p["section"] not in LABELS:
                continue  # 'contact': not a section of the body
            start = p["start"]
            needle = _squash(_LEAD.sub("", start))[:40] or _squash(start)[:40]
            cells = [_cells(needle)]
            if "\t" in start:
                cells.append(_cells(_squash(start.split("\t", 1)[1]))[:40])
            hit = next(
                (
                    pl
                    for pl in placements
                    if needle in _squash(pl.text)
                    or any(n and n in _cells(_squash(pl.text)) for n in cells)
                ),
                None,
            )
            if hit is not None:
                out.append(
                    {
                        "features": hit.features,
                        "gold": p["section"],
                        "alt": p.get("alt"),
                        "cues": hit.cue_section,
                        "cue": hit.cue,
                    }
                )
    return out


def train(rows: list[dict], seed: int = SEED) -> Language:
    """A blank Dutch pipeline with one trained `textcat`."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("nl")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": LENGTH,
            }
        },
    )
    for label in LABELS:
        textcat.add_label(label)
    data = [
        Example.from_dict(
            nlp.make_doc(r["features"]), {"cats": {k: float(k == r["gold"]) for k in LABELS}}
        )
        for r in rows
    ]
    optimizer = nlp.initialize(lambda: data)
    shuffle = random.Random(seed)
    for _ in range(EPOCHS):
        shuffle.shuffle(data)
        for i in range(0, len(data), 16):
            nlp.update(data[i : i + 16], sgd=optimizer, drop=0.0)
    return nlp


def _right(section: str, row: dict) -> bool:
    return section == row["gold"] or section == row.get("alt")


def report(data: dict[str, list[dict]]) -> dict[str, dict[str, float]]:
    """Leave one set out: the model trained on the others, the cues, and the two as the
    page uses them (the model only after a general cue), on the set left out. The
    training-only sets (TRAIN_ONLY) are always in the training data and never left out."""
    out = {}
    total = Counter()
    for name in data:
        if name in TRAIN_ONLY:
            continue
        model = train([r for other, rows in data.items() if other != name for r in rows])
        rows = data[name]
        n = len(rows)
        hits = Counter()
        for r in rows:
            cats = model(r["features"]).cats
            guess = max(cats, key=cats.get)
            hits["cues"] += _right(r["cues"], r)
            hits["model"] += _right(guess, r)
            hits["used"] += _right(guess if r["cue"] in MODEL_DECIDES else r["cues"], r)
        out[name] = {"paragraphs": n, **{k: round(100 * v / n, 1) for k, v in hits.items()}}
        total["n"] += n
        total.update(hits)
        honest = "" if name in CUES_HELD_OUT else " (cues tuned on it)"
        print(
            f"{name:6} {n:4} paragraphs  cues {100 * hits['cues'] / n:5.1f} %{honest:19}"
            f"  set left out: model {100 * hits['model'] / n:5.1f} %,"
            f" as used {100 * hits['used'] / n:5.1f} %"
        )
    n = total["n"]
    print(
        f"all    {n:4} paragraphs  each set left out: model {100 * total['model'] / n:5.1f} %,"
        f" as used {100 * total['used'] / n:5.1f} %"
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only the leave-one-set-out report")
    parser.add_argument(
        "--without-train-only",
        action="store_true",
        help="leave out the training-only sets (TRAIN_ONLY), to compare",
    )
    parser.add_argument("--out", default=str(MODEL_DIR))
    args = parser.parse_args()
    os.environ["KEUKENTAFELTAAL_SECTIONS"] = "off"  # the features are the cues' own choice
    engine = Engine.create()
    names = [*SETS, *(() if args.without_train_only else TRAIN_ONLY)]
    data = {name: examples(engine, name) for name in names if name not in HELD_OUT}
    extra = sum(len(data[n]) for n in TRAIN_ONLY if n in data)
    print(f"training-only examples (never scored): {extra}")
    scores = report(data)
    if args.report:
        return
    model = train([r for rows in data.values() for r in rows])
    model.meta.update(
        {
            "name": "sections",
            "version": "1.0.0",
            "description": "Keukentafeltaal: which plain question a paragraph answers.",
            "sources": [{"name": f"bench/{n}", "author": "Keukentafeltaal"} for n in data],
            "license": "EUPL-1.2",
            "leave_one_set_out": scores,
        }
    )
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    model.to_disk(out)
    counts = Counter(r["gold"] for rows in data.values() for r in rows)
    (out / "training.json").write_text(
        json.dumps({"examples": dict(counts), "sets": list(data)}, indent=1) + "\n"
    )
    print(f"saved to {out}")


if __name__ == "__main__":
    main()
