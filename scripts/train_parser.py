"""Train the small Dutch pipeline that ships in rewriter/models/nl_ud_small/.

Reproducible, offline, one process (CPU). Run from the repository root:

    .venv/bin/python scripts/train_parser.py [--ud ../shared/data/ud-dutch] [--work build/parser]

Data: the Dutch Universal Dependencies treebanks UD_Dutch-Alpino and UD_Dutch-LassySmall
(CC BY-SA 4.0). Only their dev and test splits are available offline, so:

- train on Alpino dev + LassySmall dev + LassySmall test (4,021 sentences, 68.7k tokens);
- hold back Alpino test (596 sentences, 11.0k tokens; news, the genre closest to letters)
  for honest scores. It is also spaCy's dev set during training (used only to pick the best
  epoch), so the held-back scores are very slightly optimistic; nothing is tuned on them.

Components: tok2vec (CNN, width 64), tagger (CGN tags), morphologizer (UPOS + features),
dependency parser and spaCy's trainable_lemmatizer; the config is scripts/parser/config.cfg
(seed 0, 14 epochs). On the 2-core project machine this takes about 15-30 minutes.

The trained artefact is copied to rewriter/models/nl_ud_small/ with its licence and
attribution (the model is a derived work of CC BY-SA 4.0 data and is shared under the same
licence, separately from the code's EUPL).
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD_DEFAULT = next(
    (p / "shared" / "data" / "ud-dutch" for p in ROOT.parents if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "data" / "ud-dutch",
)
CONFIG = ROOT / "scripts" / "parser" / "config.cfg"
TARGET = ROOT / "rewriter" / "models" / "nl_ud_small"

TRAIN_FILES = (
    "UD_Dutch-Alpino__nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall__nl_lassysmall-ud-dev.conllu",
    "UD_Dutch-LassySmall__nl_lassysmall-ud-test.conllu",
)
HELDOUT_FILES = ("UD_Dutch-Alpino__nl_alpino-ud-test.conllu",)

LICENCE = """\
nl_ud_small: a small Dutch spaCy pipeline (tagger, morphologizer, parser, lemmatizer)

Trained by scripts/train_parser.py in the Keukentafeltaal repository on:

- UD_Dutch-Alpino (dev split), Universal Dependencies, CC BY-SA 4.0
  https://github.com/UniversalDependencies/UD_Dutch-Alpino
  Gosse Bouma, Gertjan van Noord: Increasing return on annotation investment: the automatic
  construction of a Universal Dependency treebank for Dutch. UDW 2017.
- UD_Dutch-LassySmall (dev and test splits), Universal Dependencies, CC BY-SA 4.0
  https://github.com/UniversalDependencies/UD_Dutch-LassySmall
  Gertjan van Noord et al.: Large Scale Syntactic Annotation of Written Dutch: Lassy.
  In: Essential Speech and Language Technology for Dutch, Springer 2013.

Held back for evaluation: UD_Dutch-Alpino test.

This model is a derived work of the treebanks above and is licensed under the Creative
Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):
https://creativecommons.org/licenses/by-sa/4.0/
The Keukentafeltaal code itself is EUPL-1.2; this folder is not.
"""


def convert(ud: Path, names: tuple[str, ...], out: Path) -> int:
    """Convert CoNLL-U files to one spaCy DocBin (10 sentences per doc); return the doc count."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    db = DocBin(store_user_data=False)
    n = 0
    for name in names:
        text = (ud / name).read_text(encoding="utf-8")
        for doc in conllu_to_docs(text, n_sents=10, no_print=True):
            db.add(doc)
            n += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=UD_DEFAULT)
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "parser")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--epochs", type=int, default=None, help="override max_epochs")
    args = parser.parse_args()

    from spacy.cli.train import train

    train_path = args.work / "train.spacy"
    dev_path = args.work / "heldout.spacy"
    print(f"train docs: {convert(args.ud, TRAIN_FILES, train_path)}")
    print(f"held-back docs: {convert(args.ud, HELDOUT_FILES, dev_path)}")
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if args.epochs is not None:
        overrides["training.max_epochs"] = args.epochs
    t0 = time.perf_counter()
    train(CONFIG, args.work / "out", overrides=overrides, use_gpu=-1)
    minutes = (time.perf_counter() - t0) / 60
    best = args.work / "out" / "model-best"
    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(best, args.target)
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="ud_small",
        version="0.1.0",
        license="CC BY-SA 4.0",
        description="Small Dutch pipeline trained on UD Alpino (dev) and LassySmall (dev, test); "
        "held back: UD Alpino test. See LICENSE.",
        sources=[
            {"name": "UD_Dutch-Alpino", "license": "CC BY-SA 4.0"},
            {"name": "UD_Dutch-LassySmall", "license": "CC BY-SA 4.0"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # paths in the shipped config point at the build folder; blank them
    cfg = (args.target / "config.cfg").read_text(encoding="utf-8")
    cfg = cfg.replace(f'train = "{train_path}"', "train = null").replace(
        f'dev = "{dev_path}"', "dev = null"
    )
    (args.target / "config.cfg").write_text(cfg, encoding="utf-8")
    (args.target / "LICENSE").write_text(LICENCE, encoding="utf-8")
    print(f"trained in {minutes:.1f} min; copied to {args.target}")


if __name__ == "__main__":
    main()
