"""The schema-1 wire format (JSON) and the text line format of `rewriter check`."""

from __future__ import annotations

from typing import Any

from rewriter.errors import RewriterError
from rewriter.pipeline import Report

SCHEMA = 1


def result_dict(
    path: str, report: Report | None, error: RewriterError | None = None
) -> dict[str, Any]:
    """Return one entry of `results`: either scores and findings, or an error."""
    if error is not None or report is None:
        err = error or RewriterError("Onbekende fout.")
        return {
            "path": path,
            "error": {"code": err.code, "message": err.message},
            "scores": None,
            "findings": [],
        }
    return {"path": path, "error": None, **report.to_dict()}


def document(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Wrap results in the versioned envelope."""
    return {"schema": SCHEMA, "results": results}


def text_lines(path: str, report: Report) -> list[str]:
    """Return one `path:line:col rule_id message` line per finding."""
    lines = []
    for f in report.findings:
        line, col = report.letter.line_col(f.start)
        lines.append(f"{path}:{line}:{col} {f.rule_id} {f.message}")
    return lines
