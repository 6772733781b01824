"""Process start-up (rewriter/_startup.py): spaCy is imported without PyTorch, and
PyTorch can still be imported after it (the optional neural back-end uses it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_rewriter_does_not_import_torch() -> None:
    script = (
        "import sys, importlib.util\n"
        "import rewriter, thinc.compat\n"
        "from rewriter.parser import load_parser\n"
        "nlp = load_parser()\n"
        "doc = nlp('Wij hebben uw aanvraag onderzocht.') if nlp is not None else None\n"
        "print('torch' in sys.modules, thinc.compat.has_torch)\n"
        "if importlib.util.find_spec('torch') is not None:\n"
        "    import torch  # still importable when a caller wants it\n"
        "    print(torch.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines = done.stdout.split("\n")
    assert lines[0] == "False False", done.stdout
    assert lines[1] in ("torch", ""), done.stdout
