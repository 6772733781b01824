"""Web app for communications staff (Gradio 6 Blocks): a thin shell over `rewriter`.

Start: `python app.py`, `make run` or `rewriter serve`. Listens on 127.0.0.1,
analytics off, no outbound traffic. Each browser session keeps its own
analysis in gr.State; only the municipality's glossary overlay is shared,
and it is written atomically.
"""

from __future__ import annotations

import atexit
import datetime
import functools
import inspect
import json
import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

# Uploaded letters and generated letters (names, BSN) live in one private folder per run,
# named keukentafeltaal-<pid>-...: 0700, removed at exit, and at start-up the folders of
# earlier runs whose process is gone are removed too.
_PREFIX = "keukentafeltaal-"


def _remove_stale_temp(
    root: Path, prefix: str = _PREFIX, min_age_s: float = 12 * 3600
) -> list[Path]:
    """Remove temp folders of earlier runs: those whose process has ended, and old ones
    without a process id (made before this naming). Return what was removed."""
    removed = []
    for folder in root.glob(prefix + "*"):
        if not folder.is_dir() or folder.is_symlink():
            continue
        pid = folder.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit():
            try:
                os.kill(int(pid), 0)
                continue  # that app is still running
            except ProcessLookupError:
                pass
            except PermissionError:
                continue  # someone else's running process
        elif time.time() - folder.stat().st_mtime < min_age_s:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


_remove_stale_temp(Path(tempfile.gettempdir()))
_TMP = Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-"))
_TMP.chmod(0o700)
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)
os.environ.setdefault("GRADIO_TEMP_DIR", str(_TMP))

import gradio as gr  # noqa: E402
from gradio.exceptions import InvalidPathError  # noqa: E402
from gradio.utils import get_upload_folder  # noqa: E402

from rewriter import glossary_form as gf  # noqa: E402
from rewriter import workbench as wb  # noqa: E402
from rewriter import worksheet as ws  # noqa: E402
from rewriter.errors import InputError, RewriterError  # noqa: E402
from rewriter.inputgate import NOT_UPLOADED, check_reference, check_text, normalise_newlines  # noqa: E402
from rewriter.lanes import AnalysisLanes, trim_heap, tune_malloc  # noqa: E402
from rewriter.library import convert_library, progress_text  # noqa: E402
from rewriter.neural.backends import backend_status  # noqa: E402
from rewriter.neural.propose import ai_proposals, load_backend  # noqa: E402
from rewriter.overlay_admin import OverlayAdmin, sign_in  # noqa: E402
from rewriter.readers import read_text  # noqa: E402
from rewriter.render import ContactChoice  # noqa: E402
from rewriter.settings import Settings  # noqa: E402
from rewriter.verify import side_by_side, verify  # noqa: E402

DEFAULT_OVERLAY = Path(os.environ.get("KEUKENTAFELTAAL_OVERLAY", "data/woordenlijst-gemeente.yaml"))
V_COLOURS = {"ontbreekt": "red", "veranderd": "orange", "toegevoegd": "red",
             "juridisch woord": "purple", "stigma": "purple"}  # fmt: skip
# The panel's account file (panel.toml): its staff accounts may change the overlay.
DEFAULT_ACCOUNTS = os.environ.get("KEUKENTAFELTAAL_ACCOUNTS")
# A session's analysis (the letter, with names) is dropped CLOSED_GRACE_S seconds after
# the browser tab (or API client) closes, and after STATE_TTL_S seconds without a change.
STATE_TTL_S = int(os.environ.get("KEUKENTAFELTAAL_STATE_TTL", "900"))
CLOSED_GRACE_S = float(os.environ.get("KEUKENTAFELTAAL_CLOSED_GRACE", "30"))
CSS = (
    "#niveau {min-height: 3em} .gradio-container {max-width: 1400px !important}"
    " body.kt-bezig #melding::before {content: 'Bezig met controleren…'; font-weight: bold}"
)
# A toast's title is Gradio's English type name ("Error", "Warning"), whatever title the
# server sends: the Dutch word is drawn in its place.
for kind, word in (("error", "Fout"), ("warning", "Let op"), ("info", "Informatie"),
                   ("success", "Gelukt")):  # fmt: skip
    CSS += f" .toast-title.{kind} {{font-size: 0}} .toast-title.{kind}::before {{content: '{word}';"
    CSS += " font-size: var(--text-lg)} .toast-title .toast-count {font-size: var(--text-md)}"
# the glossary table: dark text (Gradio greys out a read-only table), not monospace
CSS += " #woordenlijst td, #woordenlijst th {color: #1a1a1a; font-family: inherit}"
# on a phone the five columns keep whole words and the table scrolls sideways on its own
CSS += " @media (max-width: 700px) {#woordenlijst .table-wrap {min-width: 960px}"
CSS += " #woordenlijst .table-container {overflow-x: auto}}"
GRADIO_LOCALES = [
    "ar",
    "ca",
    "de",
    "en",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "he",
    "hi",
    "id",
    "ja",
    "ko",
    "lt",
    "nb",
    "nl",
    "pl",
    "pt",
    "pt-BR",
    "ro",
    "ru",
    "sv",
    "ta",
    "th",
    "tr",
    "uk",
    "ur",
    "uz",
    "zh-CN",
    "zh-TW",
]


def dutch_gradio() -> gr.I18n:
    """Gradio's own strings in Dutch under every locale it ships, so a browser set to
    English (or any language) still shows Dutch (rewriter/lang/nl/gradio.yaml)."""
    words = ws.gradio_strings()
    return gr.I18n(**{locale: dict(words) for locale in GRADIO_LOCALES})


# Labels Gradio's frontend hard-codes in English (no i18n key), for screen readers:
# the phone's tab overflow button. Set in Dutch whenever Gradio draws them.
DUTCH_LABELS = {"More tabs": "Meer tabbladen"}
HEAD = (
    "<script>(() => { const labels = "
    + json.dumps(DUTCH_LABELS)
    + "; const fix = () => { for (const [en, nl] of Object.entries(labels)) {"
    ' for (const el of document.querySelectorAll(`[aria-label="${en}"]`)) {'
    " el.setAttribute('aria-label', nl); } } };"
    " new MutationObserver(fix).observe(document.documentElement,"
    " {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});"
    " })();</script>"
)


def launch_options() -> dict:
    """The launch() options every start of the app uses (also the tests)."""
    return {"css": CSS, "i18n": dutch_gradio(), "head": HEAD}


def serve_on_loopback(demo: gr.Blocks, **options) -> str:
    """Start `demo` on a free port of 127.0.0.1 without blocking (tests and benchmarks);
    return its address."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo.launch(
        server_name="127.0.0.1",
        server_port=port,
        prevent_thread_lock=True,
        quiet=True,
        share=False,
        **options,
    )
    return f"http://127.0.0.1:{port}/"


def drop_when_closed(demo: gr.Blocks, session_hash: str, grace_s: float) -> threading.Timer:
    """After a tab closed (its heartbeat ended): drop the session, with the letter in its
    state, `grace_s` seconds later unless it was used again meanwhile (a reconnect after
    a network hiccup). Gradio itself keeps a closed session's state for an hour."""
    holder = demo.state_holder
    closed_at = datetime.datetime.now()

    def drop() -> None:
        last = holder.time_last_used.get(session_hash)
        if last is not None and last > closed_at + datetime.timedelta(seconds=1):
            if session_hash in holder.session_data:
                holder.session_data[session_hash].is_closed = False  # in use: normal TTL
            return
        holder.delete_state(session_hash)
        with holder.lock:
            holder.session_data.pop(session_hash, None)
            holder.time_last_used.pop(session_hash, None)
        trim_heap()  # the memory of that session's letter goes back to the system

    timer = threading.Timer(grace_s, drop)
    timer.daemon = True
    timer.start()
    return timer


# Shown while a letter is read: Gradio's own progress text is English ("processing | 1.5s").
BUSY_ON = "(...args) => { document.body.classList.add('kt-bezig'); return args; }"
BUSY_OFF = "() => { document.body.classList.remove('kt-bezig'); }"
# Set once the page has mounted and its event handlers are wired (Gradio runs `load`
# events after that): the browser tests wait for it before they type or click, because
# a click in the first moments after the page appeared could go unseen.
READY = "() => { document.body.classList.add('kt-klaar'); }"


def uploads_only(field: gr.File) -> gr.File:
    """Make a file field open only files uploaded to this server.

    Gradio downloads a file reference that is a URL (and resolves its host
    name first); here a URL, or a path outside the upload folder, is refused
    before any name is resolved. (The field's methods are wrapped on the
    instance: a subclass of a Gradio component makes Gradio write a .pyi file.)
    """

    def only_uploads(reference: str | Path | None) -> None:
        if reference is not None:
            try:
                check_reference(reference, field.GRADIO_CACHE)
            except InputError as exc:
                raise gr.Error(exc.message, title="Fout") from exc

    move_async = field.async_move_resource_to_block_cache
    move = field.move_resource_to_block_cache

    async def async_move_resource_to_block_cache(url_or_file_path: str | Path | None) -> str | None:
        only_uploads(url_or_file_path)
        return await move_async(url_or_file_path)

    def move_resource_to_block_cache(url_or_file_path: str | Path | None) -> str | None:
        only_uploads(url_or_file_path)
        return move(url_or_file_path)

    field.async_move_resource_to_block_cache = async_move_resource_to_block_cache
    field.move_resource_to_block_cache = move_resource_to_block_cache
    return field


def dutch_path_refusals(demo: gr.Blocks) -> gr.Blocks:
    """Refuse a file reference outside the upload folder with the Dutch message.

    Gradio itself refuses such a path before the field's own check runs, with an
    English InvalidPathError that reaches the user as an empty error; here that refusal
    becomes the Dutch one (the request is refused either way; wrapped on the instance).
    """
    preprocess = demo.preprocess_data

    async def preprocess_data(*args, **kwargs):
        try:
            return await preprocess(*args, **kwargs)
        except InvalidPathError as exc:
            raise gr.Error(NOT_UPLOADED, title="Fout") from exc

    demo.preprocess_data = preprocess_data
    return demo


# An exception nobody expected (a bug): one plain Dutch message instead of Gradio's
# English "Error"; the log gets its type and place, never its text (it may quote the letter).
UNEXPECTED = (
    "Er ging iets mis in het programma. Uw tekst is niet kwijt: probeer het nog een keer. "
    "Gebeurt het weer? Meld het dan aan de beheerder."
)
_log = logging.getLogger("keukentafeltaal.app")


def log_unexpected(where: str, exc: BaseException) -> None:
    """Log an unexpected exception by type and code position only (no message, no values)."""
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    place = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    _log.error("onverwachte fout in %s: %s bij %s", where, type(exc).__name__, place)


def _dutch_error(where: str, exc: Exception) -> gr.Error:
    log_unexpected(where, exc)
    return gr.Error(UNEXPECTED, title="Fout", print_exception=False)


def dutch_errors(fn):  # noqa: ANN001, ANN201
    """Wrap an event handler: gr.Error passes; any other exception becomes UNEXPECTED.

    The wrapper keeps the handler's signature (Gradio reads it for gr.Progress and
    gr.EventData) and its kind (a generator stays a generator).
    """
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def generator(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except gr.Error:
                raise
            except Exception as exc:
                raise _dutch_error(fn.__name__, exc) from None

        return generator

    @functools.wraps(fn)
    def handler(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as exc:
            raise _dutch_error(fn.__name__, exc) from None

    return handler


def dutch_unexpected_errors(demo: gr.Blocks) -> gr.Blocks:
    """Every Python handler of the app behind `dutch_errors` (wrapped once, after building)."""
    for block_fn in demo.fns.values():
        if block_fn.fn is not None and not getattr(block_fn.fn, "_dutch_errors", False):
            block_fn.fn = dutch_errors(block_fn.fn)
            block_fn.fn._dutch_errors = True
    return demo


def build_demo(
    settings: Settings | None = None,
    overlay: Path | None = None,
    accounts: Path | None = None,
    state_ttl: float | None = None,
    closed_grace: float | None = None,
) -> gr.Blocks:
    """Build the app around one shared engine holder."""
    holder = wb.EngineHolder(settings or Settings(), overlay or DEFAULT_OVERLAY)
    limits = holder.settings
    # long letters cannot stall short ones; they run in a worker process that is killed
    # at the time budget (started when the first long letter comes, stopped at exit)
    lanes = AnalysisLanes.from_settings(limits, holder.overlay)
    atexit.register(lanes.close)
    admin = OverlayAdmin(holder.overlay)
    account_file = accounts or (Path(DEFAULT_ACCOUNTS) if DEFAULT_ACCOUNTS else None)
    ttl = STATE_TTL_S if state_ttl is None else state_ttl
    backend, ai_line = load_backend(holder.settings)  # None unless configured: no call at all

    def _show(session: ws.Session, text: str, misfits, result=None):  # noqa: ANN001
        return ws.view(session, text, holder.get(), misfits, result)

    def _open(text: str, old, shown, source=None):  # noqa: ANN001
        text = check_text(text or "", limits.max_letter_chars)  # also makes CRLF "\n"
        analysis = lanes.analyse(text, holder.get())  # long letters cannot stall short ones
        # AI proposals (kind 'AI-voorstel', never ticked) join the rule-based ones
        ai, ai_note = ai_proposals(analysis.report.letter.text, holder.get(), backend)
        analysis = replace(analysis, proposals=analysis.proposals + ai)
        session, preview_text, misfits = ws.open_session(analysis, old, shown, source)
        badge_html, diff_value, facts_md = _show(session, preview_text, misfits)
        options = wb.contact_options(analysis.report.letter, holder.get())
        return (
            session, text, "", badge_html,
            ws.sentence_chart(analysis.report.letter, holder.settings.long_sentence_words),
            ws.worksheet_html(session), preview_text, diff_value, facts_md,
            gr.update(choices=options, value=options[0] if options else None),
            "\n\n".join(filter(None, [ai_line, ai_note])),
        )  # fmt: skip

    def _refused(message: str, n: int):
        return (gr.skip(), gr.skip(), f"❌ {message}", *[gr.skip()] * (n - 3))

    def analyse(text: str, old=None, shown: str | None = None):  # noqa: ANN001
        # Only the text box counts: a file is read into the text box when it is chosen,
        # so a file chosen earlier never overwrites a letter pasted later.
        try:
            return _open(text, old, shown)
        except RewriterError as exc:
            return _refused(exc.message, 11)
        except Exception as exc:  # a bug: a Dutch line where the result would be
            log_unexpected("analyse", exc)
            return _refused(UNEXPECTED, 11)

    def read_upload(upload: str | None, old=None, shown: str | None = None):  # noqa: ANN001
        if not upload:
            return (*[gr.skip()] * 11, gr.skip())
        name = Path(upload).name
        try:
            path = check_reference(upload, get_upload_folder())
            text = read_text(
                path, max_bytes=limits.max_letter_bytes, max_chars=limits.max_letter_chars
            )
            source = (name, path.read_bytes()) if path.suffix.lower() == ".docx" else None
            out = _open(text, old, shown, source)
        except RewriterError as exc:
            return (*_refused(exc.message, 11), None)
        except Exception as exc:  # a bug: a Dutch line where the result would be
            log_unexpected("read_upload", exc)
            return (*_refused(UNEXPECTED, 11), None)
        note = f"📄 {name} staat nu in het tekstvak hierboven. U kunt de tekst daar aanpassen."
        return (*out[:2], note, *out[3:], None)

    def choose(session, shown: str | None, evt: gr.EventData):  # noqa: ANN001
        raw = (getattr(evt, "_data", None) or {}).get("choices")
        if session is None or raw is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return ws.tick(session, raw, shown, holder.get())

    def edited(session, shown: str | None):  # noqa: ANN001
        if session is None or not shown:
            return gr.skip(), gr.skip(), gr.skip()
        return _show(session, shown, ())

    def make_letter(session, shown, keep, name, phone, email, hours):  # noqa: ANN001
        if session is None:
            return gr.skip(), "<p>❌ Controleer eerst een brief.</p>"
        analysis = session.analysis
        text = shown if (shown or "").strip() else session.generated
        if keep and not phone and any(ch.isdigit() for ch in keep):
            phone = keep
        if keep and not email and "@" in keep:
            email = keep
        folder = Path(tempfile.mkdtemp(dir=_TMP))
        try:
            files, composed = wb.downloads(
                text,
                holder.get(),
                folder,
                ContactChoice(name, phone, email, hours),
                original=analysis.report.letter.text,
            )
        except RewriterError as exc:
            return gr.skip(), f"<p>❌ {exc.message}</p>"
        status = wb.letter_status(composed)
        paths = [str(files[k]) for k in ("pdf", "docx", "html", "txt")]
        if session.source is not None and text == session.generated:
            # the uploaded Word file itself, the chosen proposals as tracked changes
            from rewriter.wordml import write_tracked_edits

            applied = ws.generate(analysis, ws.chosen(session))
            try:
                tracked = write_tracked_edits(
                    session.source[1], analysis.report.letter.text, applied.applied,
                    analysis.proposals, analysis.report.findings,
                )  # fmt: skip
            except RewriterError:
                return paths, status  # the text was edited after the upload: no Word file
            target = folder / "Word-bestand-met-voorgestelde-wijzigingen.docx"
            target.write_bytes(tracked.data)
            paths.append(str(target))
        return paths, status

    def convert(upload: str | None, accept: str):
        # Progress is our own Dutch line in the status box ("brief 12 van 120 · nog
        # ongeveer 2 minuten"): Gradio's progress bar adds "0/3 | 0.7s" in its own words.
        if not upload:
            raise gr.Error("Kies eerst een .zip met brieven.", title="Fout")
        try:
            source = check_reference(upload, get_upload_folder())
        except RewriterError as exc:
            raise gr.Error(exc.message, title="Fout") from exc
        lines: queue.SimpleQueue = queue.SimpleQueue()
        outcome: dict = {}

        def work() -> None:
            try:
                outcome["done"] = convert_library(
                    source, Path(tempfile.mkdtemp(dir=_TMP)), accept, overlay=holder.overlay,
                    on_progress=lambda n, total, left: lines.put(progress_text(n, total, left)),
                )  # fmt: skip
            except Exception as exc:  # handed to the request thread below
                outcome["error"] = exc
            finally:
                lines.put(None)

        worker = threading.Thread(target=work, name="bibliotheek", daemon=True)
        worker.start()
        yield None, "Bezig: de brieven worden gelezen…"
        while True:
            line = lines.get()
            while line is not None and not lines.empty():  # only the newest line counts
                line = lines.get()
            if line is None:
                break
            yield gr.skip(), f"Bezig: {line}"
        worker.join()
        if "error" in outcome:
            error = outcome["error"]
            if isinstance(error, RewriterError):
                raise gr.Error(error.message, title="Fout") from error
            raise error
        archive, summary = outcome["done"]
        yield str(archive), summary

    def search(query: str):
        return gf.search_rows(holder.get(), query)

    def log_rows() -> list[list[str]]:
        return [
            [r["wanneer"].replace("T", " ")[:16], r["wie"], r["actie"], r["id"]]
            for r in admin.history()
        ]

    def staff_sign_in(user: str, password: str):
        try:
            account = sign_in(account_file, user, password)
        except RewriterError as exc:
            return None, f"❌ Niet aangemeld: {exc.message}"
        return account.user, f"✅ Aangemeld als {account.display_name}. U kunt woorden wijzigen."

    def save(staff, etype, terms, plain, reason, flag, fix, near, query):  # noqa: ANN001
        # a field in the closed "Meer invullen" accordion arrives as None
        fields = [v or "" for v in (terms, plain, flag, etype or "replace", reason, fix, near)]
        form = gf.GlossaryForm(*fields)
        try:
            _id, message = gf.save_form(admin, holder, staff or "", form)
        except RewriterError as exc:
            return f"❌ Niet opgeslagen: {exc.message}", gr.update(), gr.update()
        return message, gf.search_rows(holder.get(), query), log_rows()

    def disable(staff, word: str, query: str):  # noqa: ANN001
        if not word.strip():
            return "Vul het woord in dat u wilt uitzetten.", gr.update(), gr.update()
        entry_id = gf.entry_for_word(holder.get(), word)
        if entry_id is None:
            return f"❌ '{word.strip()}' staat niet in de woordenlijst.", gr.update(), gr.update()
        try:
            admin.disable(entry_id, staff or "")
        except RewriterError as exc:
            return f"❌ Niet uitgezet: {exc.message}", gr.update(), gr.update()
        engine = holder.reload()
        return f"✅ '{word.strip()}' staat uit.", gf.search_rows(engine, query), log_rows()

    def undo(staff, query: str):  # noqa: ANN001
        try:
            last = admin.undo(staff or "")
        except RewriterError as exc:
            return f"❌ Niet ongedaan gemaakt: {exc.message}", gr.update(), gr.update()
        engine = holder.reload()
        return (
            f"✅ Ongedaan gemaakt: {last['actie']} '{last['id']}' door {last['wie']}.",
            gf.search_rows(engine, query),
            log_rows(),
        )

    def check_rewrite(original: str, rewritten: str):
        if not (original or "").strip() or not (rewritten or "").strip():
            raise gr.Error(
                "Plak beide brieven: het origineel en de herschreven versie.", title="Fout"
            )
        original, rewritten = normalise_newlines(original), normalise_newlines(rewritten)
        result = verify(original, rewritten, holder.get())
        lines = result.problems()
        head = (
            "✅ In orde: geen feit kwijt, veranderd of bedacht."
            if result.ok
            else "❌ Niet in orde."
        )
        status = "\n".join([f"**{head}**", *[f"- {line}" for line in lines]])
        left, right = side_by_side(original, rewritten, result)
        return status, left, right

    with gr.Blocks(
        title="Keukentafeltaal", analytics_enabled=False, delete_cache=(3600, 3600)
    ) as demo:
        # per browser session; dropped `grace` s after the tab closes, or after `ttl` idle
        state = gr.State(None, time_to_live=ttl)
        staff = gr.State(None, time_to_live=max(ttl, 3600))
        gr.Markdown(
            "# Keukentafeltaal\nPlak een brief of kies een bestand. U ziet wat moeilijk is en hoe het eenvoudiger kan."
        )
        with gr.Tab("Brief verbeteren"):
            with gr.Row():
                with gr.Column(scale=3):
                    letter = gr.Textbox(
                        label="Brief",
                        lines=12,
                        elem_id="brief",
                        placeholder="Plak hier de tekst van de brief.",
                    )
                    # no file_types: Gradio's own check answers in English; read_text
                    # refuses an unsupported file in Dutch
                    upload = uploads_only(
                        gr.File(
                            label="Of kies een bestand (.docx, .odt, .txt, .md, .html, .pdf)",
                            elem_id="upload",
                            type="filepath",
                        )
                    )
                    button = gr.Button(
                        "Controleer de brief", variant="primary", elem_id="analyseer"
                    )
                    notice = gr.Markdown(elem_id="melding")
                with gr.Column(scale=2):
                    badge = gr.HTML(elem_id="niveau")
                    chart = gr.HTML(elem_id="zinslengte")
            ai_status = gr.Markdown(ai_line, elem_id="ai-status")
            sheet = gr.HTML(
                elem_id="werkblad",
                css_template=ws.SHEET_CSS,
                js_on_load=ws.SHEET_JS,
                padding=False,
            )
            facts = gr.Markdown(elem_id="feiten")
            with gr.Row():
                preview = gr.Textbox(
                    label="Zo wordt de brief (u kunt hier zelf nog verbeteren)",
                    lines=14,
                    interactive=True,
                    elem_id="voorbeeld",
                    min_width=320,  # on a phone under each other, not two narrow columns
                )
                diff = gr.HTML(
                    html_template="<h3 style='margin:0 0 4px 0'>Wat verandert</h3>${value}",
                    css_template=ws.DIFF_CSS,
                    elem_id="verschil",
                    min_width=320,
                )
            gr.Markdown(
                "### Eén contactpersoon\nKies wie de lezer kan bellen. Alle andere nummers gaan uit de brief."
            )
            with gr.Row():
                keep = gr.Dropdown(
                    label="Nummer of e-mail uit de brief", choices=[], elem_id="contactkeuze"
                )
                name = gr.Textbox(label="Naam", elem_id="contactnaam")
                phone = gr.Textbox(label="Telefoon", elem_id="contacttelefoon")
                email = gr.Textbox(label="E-mail", elem_id="contactmail")
                hours = gr.Textbox(
                    label="Bereikbaar",
                    elem_id="contacttijden",
                    placeholder="op maandag tot en met donderdag",
                )
            make = gr.Button("Maak de brief van één pagina", elem_id="maak")
            gr.Markdown(
                "Was uw brief een Word-bestand (.docx)? Dan staat bij het downloaden ook "
                "**Download als Word-bestand met voorgestelde wijzigingen**: uw eigen bestand, "
                "met de aangevinkte voorstellen als wijzigingen en uitleg in opmerkingen."
            )
            files = gr.File(label="Downloaden", file_count="multiple", elem_id="downloads")
            letter_check = gr.HTML(elem_id="briefcontrole")
            outputs = [
                state, letter, notice, badge, chart, sheet, preview, diff, facts, keep, ai_status
            ]  # fmt: skip
            quiet = {"show_progress": "hidden"}
            button.click(
                analyse, [letter, state, preview], outputs, api_name="analyse", js=BUSY_ON, **quiet
            ).then(None, js=BUSY_OFF)
            upload.upload(
                read_upload, [upload, state, preview], [*outputs, upload],
                api_visibility="private", js=BUSY_ON, **quiet,
            ).then(None, js=BUSY_OFF)  # fmt: skip
            sheet.input(
                choose,
                [state, preview],
                [state, preview, badge, diff, facts],
                api_visibility="private",
                trigger_mode="always_last",
                **quiet,
            )
            preview.blur(
                edited, [state, preview], [badge, diff, facts], api_visibility="private", **quiet
            )
            make.click(
                make_letter,
                [state, preview, keep, name, phone, email, hours],
                [files, letter_check],
                api_name="maak",
                show_progress="minimal",
            )
        with gr.Tab("Bibliotheek"):
            gr.Markdown(
                "### Een hele map met brieven omzetten\nKies een .zip met brieven (.docx, .odt, .txt, .md, .html, .pdf). "
                "U krijgt een .zip terug. Bovenaan staat het rapport (report.html, met een link naar "
                "elke brief; report.csv opent in Excel). De nieuwe brieven staan per soort "
                "bestand in een map: pdf en docx."
            )
            with gr.Row():
                lib_in = uploads_only(
                    gr.File(
                        label="Zip met brieven",
                        file_types=[".zip"],
                        type="filepath",
                        elem_id="bibliotheek-zip",
                    )
                )
                lib_accept = gr.Radio(
                    [("alleen veilige voorstellen", "safe"), ("alle voorstellen", "all")],
                    value="safe",
                    label="Welke voorstellen?",
                    elem_id="bibliotheek-keuze",
                )
            lib_btn = gr.Button("Zet de brieven om", variant="primary", elem_id="bibliotheek-start")
            lib_status = gr.Markdown(elem_id="bibliotheek-status")
            lib_out = gr.File(label="Downloaden", elem_id="bibliotheek-download")
            lib_btn.click(
                convert, [lib_in, lib_accept], [lib_out, lib_status], api_name="bibliotheek",
                concurrency_limit=1,  # a batch runs its own worker processes
                show_progress="hidden",  # the progress is our own line in lib_status
            )  # fmt: skip
        with gr.Tab("Controleer een herschreven brief"):
            gr.Markdown(
                "Plak de oorspronkelijke brief en de herschreven versie (van een collega, een "
                "chatbot of dit programma). U ziet welke feiten ontbreken, veranderd of "
                "bedacht zijn.\n\n" + backend_status(holder.settings)
            )
            with gr.Row():
                v_orig = gr.Textbox(label="Oorspronkelijke brief", lines=12, elem_id="v-origineel")
                v_new = gr.Textbox(label="Herschreven brief", lines=12, elem_id="v-herschreven")
            v_btn = gr.Button("Controleer", variant="primary", elem_id="controleer")
            v_status = gr.Markdown(elem_id="v-uitkomst")
            with gr.Row():
                v_left = gr.HighlightedText(
                    label="Origineel", elem_id="v-links", color_map=V_COLOURS
                )
                v_right = gr.HighlightedText(
                    label="Herschreven", elem_id="v-rechts", color_map=V_COLOURS
                )
            v_btn.click(
                check_rewrite, [v_orig, v_new], [v_status, v_left, v_right], api_name="controleer"
            )
        with gr.Tab("Woordenlijst"):
            gr.Markdown(
                "### Aanmelden om te wijzigen\nIedereen kan zoeken. Woorden toevoegen, uitzetten "
                "of een wijziging ongedaan maken kan alleen een medewerker (account van het "
                "ouderpanel). Elke wijziging komt met naam en tijd in het wijzigingslog."
            )
            with gr.Row():
                s_user = gr.Textbox(label="Naam", elem_id="staf-naam")
                s_pass = gr.Textbox(
                    label="Wachtwoord",
                    type="password",
                    elem_id="staf-wachtwoord",
                )
                s_btn = gr.Button("Aanmelden", elem_id="aanmelden")
            s_status = gr.Markdown(elem_id="aanmeldstatus")
            s_btn.click(
                staff_sign_in, [s_user, s_pass], [staff, s_status], api_visibility="private"
            )
            query = gr.Textbox(
                label="Zoek een woord (ook een samenstelling, zoals 'jeugdconsulent')",
                elem_id="zoek",
            )
            glossary = gr.Dataframe(
                headers=gf.HEADERS,
                value=lambda: gf.search_rows(holder.get()),
                interactive=False,
                wrap=True,
                column_widths=["16%", "11%", "20%", "33%", "20%"],
                max_height=900,
                elem_id="woordenlijst",
            )
            query.change(search, query, glossary, api_name="zoek")
            gr.Markdown(
                "### Woord toevoegen of aanpassen\nVul het woord, een eenvoudiger woord en een "
                "zin uit een brief in. De rest mag leeg blijven: dan vullen wij het zelf in. "
                "Een woord van de gemeente gaat voor een woord uit de ingebouwde lijst."
            )
            with gr.Row():
                f_terms = gr.Textbox(
                    label=gf.LABELS["terms"], placeholder="de jeugdconsulent", elem_id="nieuw-woord"
                )
                f_plain = gr.Textbox(
                    label=gf.LABELS["plain"],
                    placeholder="de medewerker jeugd",
                    elem_id="nieuw-eenvoudig",
                )
                f_type = gr.Dropdown(
                    label=gf.LABELS["type"],
                    choices=[(v, k) for k, v in gf.TYPE_LABELS.items()],
                    value="replace",
                    elem_id="nieuw-soort",
                )
            f_flag = gr.Textbox(
                label=gf.LABELS["flag"],
                placeholder="Uw jeugdconsulent belt u volgende week.",
                elem_id="nieuw-voorbeeld",
            )
            with gr.Accordion("Meer invullen (mag leeg blijven)", open=False):
                f_reason = gr.Textbox(
                    label=gf.LABELS["reason"] + " (voor de schrijver)", elem_id="nieuw-waarom"
                )
                with gr.Row():
                    f_fix = gr.Textbox(
                        label=gf.LABELS["fix"],
                        placeholder="Leeg: wij maken hem met het eenvoudiger woord.",
                        elem_id="nieuw-verbeterd",
                    )
                    f_near = gr.Textbox(
                        label=gf.LABELS["near"],
                        placeholder="Leeg: de verbeterde zin.",
                        elem_id="nieuw-bijna",
                    )
            save_btn = gr.Button("Opslaan", variant="primary", elem_id="opslaan")
            status = gr.Markdown(elem_id="opslagstatus")
            history = gr.Dataframe(
                headers=["wanneer (UTC)", "wie", "wat", "id"],
                value=log_rows,
                interactive=False,
                label="Laatste wijzigingen",
                elem_id="wijzigingslog",
            )
            save_btn.click(
                save,
                [staff, f_type, f_terms, f_plain, f_reason, f_flag, f_fix, f_near, query],
                [status, glossary, history],
                api_visibility="private",
            )
            with gr.Row():
                off_id = gr.Textbox(label="Woord om uit te zetten", elem_id="uit-id")
                off_btn = gr.Button("Uitzetten", elem_id="uitzetten")
                undo_btn = gr.Button("Laatste wijziging ongedaan maken", elem_id="ongedaan")
            off_btn.click(
                disable,
                [staff, off_id, query],
                [status, glossary, history],
                api_visibility="private",
            )
            undo_btn.click(
                undo, [staff, query], [status, glossary, history], api_visibility="private"
            )
        # a closed tab's letter (names, BSN) goes after a short grace, not Gradio's hour
        grace = CLOSED_GRACE_S if closed_grace is None else closed_grace

        def closed(request: gr.Request) -> None:
            drop_when_closed(demo, request.session_hash, grace)

        demo.unload(closed)
        demo.load(None, js=READY)
    # several analyses at once (threads); long letters are limited by `lanes`
    demo.queue(default_concurrency_limit=limits.web_concurrency)
    return dutch_unexpected_errors(dutch_path_refusals(demo))


def launch(host: str = "127.0.0.1", port: int = 7860) -> None:
    """Start the app on a loopback address with analytics off."""
    import signal
    import sys

    # before the server's threads start: fewer malloc arenas, less memory kept after load
    tune_malloc()
    # SIGTERM (systemd, docker stop) ends like Ctrl-C: the atexit clean-up of _TMP runs
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    build_demo().launch(
        server_name=host,
        server_port=port,
        share=False,
        allowed_paths=[str(_TMP)],
        **launch_options(),
    )


if __name__ == "__main__":
    launch(port=int(os.environ.get("PORT", "7860")))
