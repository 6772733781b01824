"""The schema-1 wire format (JSON), the text line format of `rewriter check`, and the
spreadsheet cells of the CSV reports (batch library report, panel results)."""

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


# A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """Text made inert for Excel/LibreOffice: a leading quote before a formula character,
    so `=HYPERLINK(...)` in a file name or a typed answer shows as text and never runs."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def dutch_number(value: float, digits: int = 1) -> str:
    """A number as Dutch Excel reads it: rounded, decimal comma ('46,6'; '4' for 4.0)."""
    text = f"{round(float(value), digits):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")
