"""Keukentafeltaal: score Dutch municipal letters and propose plain rewrites.

Public API::

    engine = Engine.create()
    report = check(text, engine)            # Report: findings + scores
    report.findings[0].rule_id              # 'glossary.beschikking'
"""

# first: every import of spaCy below then skips PyTorch (see rewriter/_startup.py)
import rewriter._startup  # noqa: F401
from rewriter.engine import Engine
from rewriter.errors import RewriterError
from rewriter.glossary import Glossary, load_glossary
from rewriter.letter import Letter
from rewriter.model import Finding, Severity
from rewriter.pipeline import Report, check
from rewriter.settings import Settings
from rewriter.suggest import Proposal, apply

__all__ = [
    "Engine",
    "Finding",
    "Glossary",
    "Letter",
    "Proposal",
    "Report",
    "RewriterError",
    "Settings",
    "Severity",
    "apply",
    "check",
    "load_glossary",
]
