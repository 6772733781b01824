"""Process start-up: spaCy without PyTorch.

spaCy's model library (thinc) imports PyTorch when it is installed, to offer PyTorch
layers; the shipped pipelines (rewriter/models) are thinc's own numpy layers, which never
use it. Importing PyTorch took 2.2 of the 2.8 s that importing `rewriter` took, in every
process (a `check`, each `rewriter batch`). `import_thinc_without_torch` imports thinc
while `torch` is marked absent, so thinc takes it for not installed, and then lifts the
mark; it runs when this module is imported, which `rewriter/__init__.py` does first. The
optional neural back-end (rewriter/neural) still imports PyTorch when it is used.
Nothing a pipeline computes changes (`python -m bench.same_outputs`).
"""

from __future__ import annotations

import importlib.util
import sys


def import_thinc_without_torch() -> None:
    """Import thinc (spaCy's model library) without PyTorch, once per process; a no-op
    when thinc or PyTorch is imported already."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    if importlib.util.find_spec("thinc") is None:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # 'import torch' fails: absent
    try:
        import thinc  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


import_thinc_without_torch()
