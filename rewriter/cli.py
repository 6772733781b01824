"""Command line: `rewriter check`, `rewriter rewrite`, `rewriter render`, `rewriter verify`.

Exit codes of `check`: 0 no findings, 1 findings (or a letter that could not
be read), 2 usage error, 3 interrupted, 4 internal error. `rewrite` exits 0
when every letter was rewritten, 1 when a letter could not be read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from rewriter.errors import InputError, RewriterError, SettingsError

if TYPE_CHECKING:
    from rewriter.settings import Settings


class ExitStatus(IntEnum):
    """Process exit codes of the CLI."""

    SUCCESS = 0
    FINDINGS = 1
    USAGE = 2
    INTERRUPTED = 3
    ERROR = 4


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"rewriter: fout in de opdracht: {message}\n")
        raise SystemExit(ExitStatus.USAGE)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with all subcommands."""
    parser = _Parser(
        prog="rewriter", description="Keukentafeltaal: maak brieven van de gemeente begrijpelijk."
    )
    parser.add_argument("--debug", action="store_true", help="toon de volledige foutmelding")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="controleer brieven: leesbaarheid en moeilijke woorden")
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="brief (.txt .md .docx .odt .html .pdf) of - voor stdin",
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    _engine_options(check)
    rewrite = sub.add_parser("rewrite", help="herschrijf brieven met de gekozen voorstellen")
    rewrite.add_argument("files", nargs="+", metavar="FILE", help="brief of - voor stdin")
    rewrite.add_argument(
        "--accept",
        default="safe",
        metavar="safe|all|none|RULE_ID,...",
        help="welke voorstellen: safe (standaard), all, none of een lijst met regel-id's",
    )
    rewrite.add_argument("--format", choices=("text", "json"), default="text")
    rewrite.add_argument(
        "--out",
        metavar="PATH",
        help="schrijf het eigen Word-bestand terug met de voorstellen als wijzigingen (.docx)",
    )
    rewrite.add_argument(
        "--comments-for-hints",
        action="store_true",
        help="met --out: ook opmerkingen bij punten zonder voorstel (lange zin, tip)",
    )
    rewrite.add_argument(
        "--fixed-date",
        nargs="?",
        const="2026-01-01T00:00:00Z",
        metavar="DATUM",
        help="met --out: vaste datum bij de wijzigingen, voor een bestand dat elke keer gelijk is",
    )
    _engine_options(rewrite)
    render = sub.add_parser("render", help="maak de brief van één pagina (pdf, docx of html)")
    render.add_argument("file", metavar="FILE", help="brief of - voor stdin")
    render.add_argument("--format", choices=("pdf", "docx", "html"), required=True)
    render.add_argument("--out", required=True, metavar="PATH", help="waar de brief komt")
    render.add_argument("--accept", default="safe", metavar="safe|all|none|RULE_ID,...")
    render.add_argument("--contact-name", default="", metavar="N")
    render.add_argument("--contact-phone", default="", metavar="P")
    render.add_argument("--contact-email", default="", metavar="E")
    render.add_argument("--contact-hours", default="", metavar="H")
    render.add_argument("--style", metavar="CONFIG", help="huisstijl van de gemeente (TOML)")
    _engine_options(render)
    batch = sub.add_parser("batch", help="zet een hele map of zip met brieven om, met een rapport")
    batch.add_argument("input", metavar="INPUT", help="map (met submappen) of .zip")
    batch.add_argument("--out", required=True, metavar="OUTDIR")
    batch.add_argument("--accept", default="safe", metavar="safe|all|none")
    batch.add_argument(
        "--formats",
        default="docx",
        metavar="docx,pdf,html,txt",
        help="welke bestanden per brief (standaard: docx; met pdf erbij duurt het ongeveer "
        "een kwart langer)",
    )
    batch.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N")
    batch.add_argument("--force", action="store_true", help="alles opnieuw doen")
    _engine_options(batch)
    anonymise = sub.add_parser(
        "anonymise", help="vervang persoonsgegevens door [naam], [adres] enz. (voor ouderpanels)"
    )
    anonymise.add_argument("file", metavar="FILE", help="brief of - voor stdin")
    anonymise.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: de brief zonder persoonsgegevens (standaard); json: tekst en vervangingen",
    )
    verify = sub.add_parser(
        "verify", help="controleer een herschreven brief tegen het origineel: geen feit kwijt"
    )
    verify.add_argument("original", metavar="ORIGINAL", help="de oorspronkelijke brief of -")
    verify.add_argument("rewritten", metavar="REWRITTEN", help="de herschreven brief of -")
    verify.add_argument("--format", choices=("text", "json"), default="text")
    _engine_options(verify)
    serve = sub.add_parser("serve", help="start de webapp (alleen op deze computer)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7860)
    panel = sub.add_parser("panel", help="ouderpanel: website voor panelleden en medewerkers")
    panel_sub = panel.add_subparsers(dest="panel_command", required=True, parser_class=_Parser)
    panel_serve = panel_sub.add_parser("serve", help="start de website van het ouderpanel")
    panel_serve.add_argument("--config", required=True, metavar="PATH", help="panel.toml")
    panel_serve.add_argument("--host", default="127.0.0.1")
    panel_serve.add_argument("--port", type=int, default=7861)
    panel_sub.add_parser(
        "hash-password", help="maak de hash van een wachtwoord voor panel.toml (leest stdin)"
    )
    return parser


def _engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glossary", metavar="PATH", help="extra woordenlijst van de gemeente (overlay)"
    )
    parser.add_argument("--config", metavar="PATH", help="instellingen (rewriter.toml)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rewrite":
            return _rewrite(args)
        if args.command == "render":
            return _render(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "anonymise":
            return _anonymise(args)
        if args.command == "panel":
            return _panel(args)
        if args.command == "verify":
            return _verify(args)
    except BrokenPipeError:
        return ExitStatus.SUCCESS
    except KeyboardInterrupt:
        sys.stderr.write("rewriter: onderbroken.\n")
        return ExitStatus.INTERRUPTED
    except RewriterError as exc:
        sys.stderr.write(f"rewriter: {exc.message}\n")
        return ExitStatus.USAGE if not isinstance(exc, InputError) else ExitStatus.FINDINGS
    except Exception as exc:
        if args.debug:
            raise
        sys.stderr.write(
            f"rewriter: interne fout ({type(exc).__name__}). Gebruik --debug voor details.\n"
        )
        return ExitStatus.ERROR
    return ExitStatus.USAGE


def _engine(args: argparse.Namespace):
    from rewriter.engine import Engine
    from rewriter.settings import Settings

    settings = Settings.from_toml(args.config) if args.config else Settings()
    return Engine.create(settings, overlay=args.glossary)


def _read(path: str, settings: Settings) -> str:
    from rewriter.readers import read_bytes, read_text

    limits = {"max_bytes": settings.max_letter_bytes, "max_chars": settings.max_letter_chars}
    if path == "-":
        data = sys.stdin.buffer.read(settings.max_letter_bytes + 1)
        return read_bytes(data, ".txt", name="invoer", **limits)
    return read_text(Path(path), **limits)


def _check(args: argparse.Namespace) -> int:
    from rewriter.pipeline import check
    from rewriter.report_format import document, result_dict, text_lines

    engine = _engine(args)
    results = []
    any_findings = False
    any_error = False
    for path in args.files:
        try:
            report = check(_read(path, engine.settings), engine)
        except InputError as exc:
            any_error = True
            results.append(result_dict(path, None, exc))
            if args.format == "text":
                sys.stderr.write(f"{path}: {exc.message}\n")
            continue
        any_findings = any_findings or bool(report.findings)
        results.append(result_dict(path, report))
        if args.format == "text":
            for line in text_lines(path, report):
                print(line)
    if args.format == "json":
        json.dump(document(results), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return ExitStatus.FINDINGS if any_findings or any_error else ExitStatus.SUCCESS


def _accept(value: str) -> str | list[str]:
    if value in ("safe", "all", "none"):
        return value
    return [part.strip() for part in value.split(",") if part.strip()]


def _rewrite(args: argparse.Namespace) -> int:
    from rewriter.report_format import document
    from rewriter.rewrite import rewrite

    engine = _engine(args)
    accept = _accept(args.accept)
    if args.out:
        return _rewrite_docx(args, engine, accept)
    results = []
    any_error = False
    for path in args.files:
        try:
            result = rewrite(_read(path, engine.settings), engine, accept)
        except InputError as exc:
            any_error = True
            results.append({"path": path, "error": {"code": exc.code, "message": exc.message}})
            if args.format == "text":
                sys.stderr.write(f"{path}: {exc.message}\n")
            continue
        results.append({"path": path, "error": None, **result.to_dict()})
        if args.format == "text":
            sys.stdout.write(result.text)
            if not result.text.endswith("\n"):
                sys.stdout.write("\n")
            before, after = result.report.scores, result.scores_after
            summary = (
                f"-- {path}: {len(result.applied)} wijziging(en) toegepast, "
                f"{len(result.refused)} geweigerd; taalniveau {before.cefr} -> {after.cefr}; "
                f"feiten: {len(set(f.text for f in result.facts))} gevonden, "
                f"{len(result.missing)} kwijt"
            )
            sys.stderr.write(summary + "\n")
            for refusal in result.refused:
                sys.stderr.write(f"   geweigerd {refusal.proposal.rule_id}: {refusal.reason}\n")
    if args.format == "json":
        json.dump(document(results), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return ExitStatus.FINDINGS if any_error else ExitStatus.SUCCESS


def _rewrite_docx(args: argparse.Namespace, engine, accept) -> int:  # noqa: ANN001
    """`rewrite brief.docx --out voorstel.docx`: the original document with tracked changes."""
    from rewriter.rewrite import rewrite
    from rewriter.wordml import write_tracked

    if len(args.files) != 1 or not args.files[0].lower().endswith(".docx"):
        suffix = Path(args.files[0]).suffix.lower() if len(args.files) == 1 else ""
        raise SettingsError(
            "Wijzigingen in ODT-bestanden (.odt) worden nog niet ondersteund."
            if suffix == ".odt"
            else "--out werkt met precies één Word-bestand (.docx)."
        )
    path = args.files[0]
    result = rewrite(_read(path, engine.settings), engine, accept)
    tracked = write_tracked(
        Path(path).read_bytes(), result, date=args.fixed_date, hints=args.comments_for_hints
    )
    out = Path(args.out)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(tracked.data)
    tmp.replace(out)
    summary = {
        "path": path,
        "out": str(out),
        "changes": tracked.changes,
        "comments": tracked.comments,
        "refused": [
            {"rule_id": r.rule_id, "before": r.before, "reason": r.reason} for r in tracked.refused
        ],
    }
    if args.format == "json":
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stderr.write(
            f"-- {path}: {tracked.changes} voorstel(len) als wijziging in {out.name}, "
            f"{tracked.comments} opmerking(en), {len(tracked.refused)} niet als wijziging\n"
        )
        for refusal in tracked.refused:
            sys.stderr.write(f"   niet geschreven '{refusal.before}': {refusal.reason}\n")
    return ExitStatus.SUCCESS


def _render(args: argparse.Namespace) -> int:
    from rewriter.compose import compose
    from rewriter.render import ContactChoice, HouseStyle

    engine = _engine(args)
    style = HouseStyle.from_toml(args.style) if args.style else HouseStyle()
    choice = ContactChoice(
        args.contact_name, args.contact_phone, args.contact_email, args.contact_hours
    )
    text = _read(args.file, engine.settings)
    composed = compose(text, engine, _accept(args.accept), (args.format,), style, choice)
    out = Path(args.out)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(composed.files[args.format].data)
    tmp.replace(out)
    json.dump(composed.summary(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if not composed.guard.ok:
        sys.stderr.write(f"rewriter: {composed.guard.message()}\n")
        return ExitStatus.FINDINGS
    return ExitStatus.SUCCESS


def _verify(args: argparse.Namespace) -> int:
    """`rewriter verify ORIGINAL REWRITTEN`: exit 0 ok, 1 problems, 2 usage, 4 internal."""
    from rewriter.verify import verify

    if args.original == "-" and args.rewritten == "-":
        raise SettingsError("Gebruik - (stdin) voor hooguit één van de twee brieven.")
    engine = _engine(args)
    try:
        original = _read(args.original, engine.settings)
        rewritten = _read(args.rewritten, engine.settings)
    except InputError as exc:
        sys.stderr.write(f"rewriter: {exc.message}\n")
        return ExitStatus.USAGE
    result = verify(original, rewritten, engine)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in result.problems():
            print(line)
        before, after = result.scores_before, result.scores_after
        if before and after:
            print(f"Taalniveau: {before.cefr} -> {after.cefr}")
        print("In orde: geen feit kwijt, veranderd of bedacht." if result.ok else "Niet in orde.")
    return ExitStatus.SUCCESS if result.ok else ExitStatus.FINDINGS


def _panel(args: argparse.Namespace) -> int:
    from rewriter.panel.config import PanelConfig, hash_password

    if args.panel_command == "hash-password":
        if sys.stdin.isatty():
            import getpass

            password = getpass.getpass("Wachtwoord: ")
        else:
            password = sys.stdin.readline().rstrip("\n")
        print(hash_password(password))
        return ExitStatus.SUCCESS
    from rewriter.panel.web import serve

    config = PanelConfig.from_toml(args.config)
    if not config.accounts:
        sys.stderr.write(f"rewriter: {args.config} heeft nog geen accounts.\n")
        return ExitStatus.USAGE
    sys.stderr.write(f"Ouderpanel: http://{args.host}:{args.port}/login\n")
    serve(config, host=args.host, port=args.port)
    return ExitStatus.SUCCESS


def _anonymise(args: argparse.Namespace) -> int:
    from rewriter.anonymise import default_anonymiser
    from rewriter.settings import Settings

    result = default_anonymiser().anonymise(_read(args.file, Settings()))
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
        if not result.text.endswith("\n"):
            sys.stdout.write("\n")
    return ExitStatus.SUCCESS


def _serve(args: argparse.Namespace) -> int:
    import importlib.util

    app_file = Path(__file__).resolve().parent.parent / "app.py"
    spec = importlib.util.spec_from_file_location("keukentafeltaal_app", app_file)
    if spec is None or spec.loader is None:
        raise RewriterError(f"De webapp is niet gevonden ({app_file}).")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.launch(host=args.host, port=args.port)
    return ExitStatus.SUCCESS


def _batch(args: argparse.Namespace) -> int:
    import time

    from tqdm import tqdm

    from rewriter.batch import FORMATS, Options, run_batch

    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise SettingsError(
            f"Onbekend formaat: {', '.join(bad) or '(leeg)'}. Kies uit: {', '.join(FORMATS)}."
        )
    if args.accept not in ("safe", "all", "none"):
        raise SettingsError("Kies bij --accept: safe, all of none.")
    if args.config:
        from rewriter.settings import Settings

        Settings.from_toml(args.config)  # a broken settings file stops the run before it starts
    options = Options(args.accept, formats, args.glossary, args.config)

    def progress(iterable, total):  # noqa: ANN001
        return tqdm(iterable, total=total, unit="brief", desc="brieven omzetten", file=sys.stderr,
                    disable=None, bar_format="{desc}: {n}/{total} [{elapsed}<{remaining}] {bar}")  # fmt: skip

    start = time.perf_counter()
    result = run_batch(
        Path(args.input), Path(args.out), options, max(1, args.jobs), args.force, progress
    )
    seconds = time.perf_counter() - start
    ok = len(result.summaries) - len(result.failed)
    sys.stderr.write(
        f"Klaar in {seconds:.1f} s: {ok} {'brief' if ok == 1 else 'brieven'} omgezet "
        f"({result.converted} nieuw, {result.skipped} al klaar), "
        f"{len(result.failed)} niet gelukt. Rapport: {Path(args.out) / 'report.html'}\n"
    )
    return ExitStatus.FINDINGS if result.failed else ExitStatus.SUCCESS
