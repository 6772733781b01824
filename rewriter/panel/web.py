"""The panel website: a thin Starlette shell over `rewriter.panel.service`.

Two roles. Panel members (ouders, jongeren) see only the open rounds they were
invited to, anonymised, and only their own verdicts. Staff create rounds, see
results, export CSV and accept glossary candidates. Every request outside the
login page needs a session; every form post needs the session's CSRF token.
Plain HTML forms, no JavaScript: works on a phone and with a keyboard.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from rewriter.engine import file_stamp
from rewriter.errors import RewriterError
from rewriter.panel import service
from rewriter.panel.config import PanelConfig
from rewriter.panel.store import (
    LOCKOUT_MINUTES,
    SESSION_HOURS,
    PanelError,
    Store,
    valid_id,
)

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates" / "panel"
COOKIE = "ktt_sessie"
MAX_UPLOAD = 5 * 1024 * 1024
HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'",
}


@dataclass
class PanelServer:
    """Everything the routes need; built once per process by `create_app`."""

    config: PanelConfig
    store: Store
    make_engine: Callable[[], Any]
    make_anonymiser: Callable[[], Any]
    overlay: Path | None = None
    _engine: Any = None
    _stamp: Any = None
    _anonymiser: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def engine(self) -> Any:
        """The rewrite engine (built on first use, and again when the overlay file changed:
        the web app's Woordenlijst tab writes the same file)."""
        with self._lock:
            stamp = file_stamp(self.overlay)
            if self._engine is None or stamp != self._stamp:
                self._engine = self.make_engine()
                self._stamp = stamp
            return self._engine

    def reload_engine(self) -> None:
        """Forget the engine so the next use reads the changed overlay glossary."""
        with self._lock:
            self._engine = None

    def anonymiser(self) -> Any:
        """The anonymiser (slow to build, so built once)."""
        with self._lock:
            if self._anonymiser is None:
                self._anonymiser = self.make_anonymiser()
            return self._anonymiser


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["komma"] = decimal_comma
    env.globals["nieuw_gemarkeerd"] = marked_after
    return env


def marked_after(before: str, after: str, context: int | None = None) -> Markup:
    """The sentence after a change with its new words in <mark> (escaped).

    A card shows the sentence once this way instead of twice (before and after in full).
    With `context`, only that many words before the first and after the last change are
    kept, cut with '…' (the whole sentences are folded away under the card).
    """
    from markupsafe import escape

    from rewriter.worddiff import diff_pieces

    # (text, is new) runs: removed words left out, added words (and spaces) joined
    runs: list[list] = []
    for text, label in diff_pieces(before, after):
        if label == "-":
            continue
        new = label == "+"
        if runs and (runs[-1][1] == new or (runs[-1][1] and text.isspace() and "\n" not in text)):
            runs[-1][0] += text
        else:
            runs.append([text, new])
    merged: list[list] = []  # a space between two new runs joins them: one mark per phrase
    for run in runs:
        if merged and run[1] and merged[-1][1]:
            merged[-1][0] += run[0]
        else:
            merged.append(run)
    marked = [k for k, (text, new) in enumerate(merged) if new and text.strip()]
    if context is not None and marked:
        first, last = marked[0], marked[-1]
        head = "".join(t for t, _ in merged[:first])
        tail = "".join(t for t, _ in merged[last + 1 :])
        head_words, tail_words = head.split(), tail.split()
        if len(head_words) > context:
            head = "… " + " ".join(head_words[-context:]) + (" " if head[-1:].isspace() else "")
        if len(tail_words) > context:
            tail = (" " if tail[:1].isspace() else "") + " ".join(tail_words[:context]) + " …"
        merged = [[head, False], *merged[first : last + 1], [tail, False]]
    out = []
    for text, new in merged:
        if new and text.strip():
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            out.append(Markup("{}<mark>{}</mark>{}").format(lead, text.strip(), trail))
        else:
            out.append(escape(text))
    return Markup("").join(out)


def decimal_comma(value: Any, digits: int = 1) -> str:
    """A number as Dutch readers write it: 3,5 (a decimal comma), 4 (no ',0')."""
    number = round(float(value), digits)
    text = f"{number:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{number:.0f}"
    return text.replace(".", ",")


def create_app(
    config: PanelConfig,
    make_engine: Callable[[], Any] | None = None,
    make_anonymiser: Callable[[], Any] | None = None,
) -> Starlette:
    """Build the panel website for a configuration."""
    from rewriter.anonymise import default_anonymiser
    from rewriter.engine import Engine

    overlay = Path(config.glossary_overlay)

    def default_engine() -> Any:
        from rewriter.settings import Settings

        settings = Settings.from_toml(config.settings) if config.settings else Settings()
        return Engine.create(settings, overlay=overlay if overlay.exists() else None)

    server = PanelServer(
        config,
        Store.open(config.database),
        make_engine or default_engine,
        make_anonymiser or default_anonymiser,
        overlay=overlay,
    )
    env = _environment()

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        user = request.state.user if hasattr(request.state, "user") else None
        html = env.get_template(name).render(user=user, **ctx)
        return HTMLResponse(html, status_code=status, headers=HEADERS)

    def refuse(request: Request, status: int, message: str) -> HTMLResponse:
        return page(
            request, "melding.html.j2", status=status, title="Geen toegang", message=message
        )

    Handler = Callable[[Request], Awaitable[Response]]

    def guarded(role: str | None) -> Callable[[Handler], Handler]:
        """Require a session (and a role); POSTs also need the CSRF token."""

        def wrap(handler: Handler) -> Handler:
            async def inner(request: Request) -> Response:
                sess = server.store.session(request.cookies.get(COOKIE, ""))
                if sess is None:
                    if request.method == "GET":
                        return RedirectResponse("/login", status_code=303, headers=HEADERS)
                    return refuse(request, 401, "U bent niet ingelogd. Log eerst in.")
                account = config.account(sess["username"])
                if account is None or account.role != sess["role"]:
                    return refuse(request, 401, "Dit account bestaat niet meer.")
                request.state.user = {**sess, "name": account.display_name}
                if role and sess["role"] != role:
                    return refuse(request, 403, "Deze pagina is niet voor uw account.")
                if request.method == "POST":
                    form = await request.form(max_part_size=MAX_UPLOAD)
                    if not hmac.compare_digest(str(form.get("csrf", "")), sess["csrf"]):
                        await form.close()
                        return refuse(
                            request, 403, "Dit formulier is verlopen. Laad de pagina opnieuw."
                        )
                    request.state.form = form
                try:
                    return await handler(request)
                except PanelError as exc:
                    return page(
                        request,
                        "melding.html.j2",
                        status=400,
                        title="Dat lukte niet",
                        message=exc.message,
                    )
                finally:
                    if request.method == "POST":
                        await request.state.form.close()

            return inner

        return wrap

    # --- login ------------------------------------------------------------------------------

    async def login_page(request: Request) -> Response:
        return page(request, "login.html.j2", error="")

    async def login(request: Request) -> Response:
        form = await request.form()
        name = str(form.get("user", "")).strip()
        source = request.client.host if request.client else ""
        if server.store.locked_out(name, source):
            return page(
                request,
                "login.html.j2",
                status=429,
                error=f"Te vaak een verkeerd wachtwoord. Probeer het over {LOCKOUT_MINUTES} "
                "minuten opnieuw.",
            )
        # scrypt takes tens of milliseconds on purpose: in a worker thread, so a flood of
        # logins does not stall every other page
        account = await run_in_threadpool(config.login, name, str(form.get("password", "")))
        if account is None:
            server.store.login_failed(name, source)
            return page(
                request, "login.html.j2", status=401, error="Naam of wachtwoord klopt niet."
            )
        server.store.login_succeeded(account.user, source)
        token, _csrf = server.store.new_session(account.user, account.role)
        target = "/staf" if account.role == "staff" else "/panel"
        response = RedirectResponse(target, status_code=303, headers=HEADERS)
        response.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="strict",
            path="/",
            secure=config.secure_cookie,
            max_age=SESSION_HOURS * 3600,
        )
        return response

    @guarded(None)
    async def logout(request: Request) -> Response:
        server.store.end_session(request.cookies.get(COOKIE, ""))
        response = RedirectResponse("/login", status_code=303, headers=HEADERS)
        response.delete_cookie(COOKIE, path="/")
        return response

    @guarded(None)
    async def home(request: Request) -> Response:
        target = "/staf" if request.state.user["role"] == "staff" else "/panel"
        return RedirectResponse(target, status_code=303, headers=HEADERS)

    # --- panel members ------------------------------------------------------------------------

    def member(request: Request) -> str:
        return request.state.user["username"]

    def visible_round(request: Request) -> dict[str, Any] | None:
        rid = request.path_params["rid"]
        if not server.store.may_see(member(request), rid):
            return None
        return server.store.round(rid)

    @guarded("panel")
    async def panel_home(request: Request) -> Response:
        rounds = server.store.rounds(member=member(request))
        for r in rounds:
            r["letters"] = server.store.letters(r["id"])
        return page(request, "panel_home.html.j2", rounds=rounds)

    @guarded("panel")
    async def panel_letter(request: Request) -> Response:
        rnd = visible_round(request)
        if rnd is None:
            return refuse(request, 403, "U bent niet uitgenodigd voor deze ronde.")
        letters = server.store.letters(rnd["id"])
        index = int(request.path_params.get("n", 1)) - 1
        if not 0 <= index < len(letters):
            return refuse(request, 404, "Deze brief bestaat niet.")
        letter = letters[index]
        who = member(request)
        proposals = server.store.proposals(letter["id"])
        for p in proposals:
            p["new_is_a"] = service.flipped(who, "voorstel", p["id"])
        return page(
            request,
            "panel_letter.html.j2",
            round=rnd,
            letter=letter,
            number=index + 1,
            total=len(letters),
            proposals=proposals,
            votes=server.store.my_votes(who, letter["id"]),
            answer=server.store.my_answer(who, letter["id"]),
            questions=service.questions(rnd["question"]),
            new_is_a=service.flipped(who, "brief", letter["id"]),
            saved=request.query_params.get("bewaard", ""),
        )

    @guarded("panel")
    async def vote(request: Request) -> Response:
        form = request.state.form
        prop = server.store.proposal(_int(form.get("proposal")))
        who = member(request)
        if prop is None or not prop["selected"] or not server.store.may_see(who, prop["round_id"]):
            return refuse(request, 403, "U kunt niet stemmen op dit voorstel.")
        rnd = server.store.round(prop["round_id"])
        choice = str(form.get("verdict", ""))
        if rnd["blind"] and choice in ("A", "B"):
            choice = service.blind_verdict(who, prop["id"], choice)
        server.store.vote(prop["id"], who, choice, str(form.get("alternative", "")))
        return _back(prop["round_id"], form, f"voorstel-{prop['id']}", prop["id"])

    @guarded("panel")
    async def answer(request: Request) -> Response:
        form = request.state.form
        letter = server.store.letter(_int(form.get("letter")))
        who = member(request)
        if letter is None or not server.store.may_see(who, letter["round_id"]):
            return refuse(request, 403, "U kunt deze brief niet beantwoorden.")
        tone = _int(form.get("tone")) if form.get("tone") else None
        asked = service.questions(server.store.round(letter["round_id"])["question"])
        replies = [
            str(form.get("answer" if i == 0 else f"answer_{i + 1}", "")) for i in range(len(asked))
        ]
        server.store.answer(letter["id"], who, replies, tone, str(form.get("comment", "")))
        return _back(letter["round_id"], form, "vraag", "antwoord")

    # --- staff ---------------------------------------------------------------------------------

    @guarded("staff")
    async def staff_home(request: Request) -> Response:
        return page(
            request,
            "staff_home.html.j2",
            rounds=server.store.rounds(),
            open_candidates=len(server.store.candidates("open")),
        )

    @guarded("staff")
    async def new_round_page(request: Request) -> Response:
        return page(
            request,
            "staff_new.html.j2",
            members=config.panel_members(),
            question=service.DEFAULT_QUESTION,
        )

    @guarded("staff")
    async def new_round(request: Request) -> Response:
        form = request.state.form
        from rewriter.readers import read_bytes

        # A file name often holds the family's name or BSN ("Beschikking Mehmet Yilmaz BSN
        # 123456782.txt"): it is neither shown nor stored; the letter's own (anonymised)
        # subject names it. A typed title is anonymised in `service.prepare_letter`.
        inputs = []
        uploads = [u for u in form.getlist("files") if getattr(u, "filename", "")]
        for number, upload in enumerate(uploads, start=1):
            data = await upload.read()
            try:
                limits = server.engine().settings
                text = read_bytes(
                    data,
                    Path(upload.filename).suffix,
                    name=f"bestand {number}",
                    max_bytes=limits.max_letter_bytes,
                    max_chars=limits.max_letter_chars,
                )
            except RewriterError as exc:
                raise PanelError(exc.message) from exc
            inputs.append(service.LetterInput("", text))
        pasted = str(form.get("text", ""))
        if pasted.strip():
            inputs.append(service.LetterInput(str(form.get("letter_title", "")), pasted))
        members = [str(m) for m in form.getlist("members") if config.account(str(m))]

        def create() -> int:
            return service.create_round(
                server.store,
                server.engine(),
                server.anonymiser(),
                title=str(form.get("title", "")),
                letters=inputs,
                members=members,
                created_by=request.state.user["username"],
                question=str(form.get("question", "")),
                blind=form.get("blind") == "ja",
            )

        # Building the anonymiser and analysing take seconds: off the event loop, so
        # panel members' votes keep flowing meanwhile.
        rid = await run_in_threadpool(create)
        return RedirectResponse(f"/staf/ronde/{rid}", status_code=303, headers=HEADERS)

    def with_round(handler: Callable[[Request, dict[str, Any]], Awaitable[Response]]) -> Handler:
        """Load the round of the URL for a staff handler; 404 when it does not exist."""

        async def inner(request: Request) -> Response:
            rnd = server.store.round(request.path_params["rid"])
            if rnd is None:
                return refuse(request, 404, "Deze ronde bestaat niet.")
            return await handler(request, rnd)

        return inner

    @guarded("staff")
    @with_round
    async def staff_round(request: Request, rnd: dict[str, Any]) -> Response:
        letters = server.store.letters(rnd["id"])
        for letter in letters:
            letter["proposals"] = server.store.proposals(letter["id"], selected_only=False)
        return page(
            request,
            "staff_round.html.j2",
            round=rnd,
            letters=letters,
            preselected=service.PRESELECTED,
        )

    @guarded("staff")
    @with_round
    async def open_round(request: Request, rnd: dict[str, Any]) -> Response:
        chosen = [_int(x) for x in request.state.form.getlist("proposal")]
        await run_in_threadpool(
            lambda: service.open_round(server.store, server.engine(), rnd["id"], chosen)
        )
        return RedirectResponse(f"/staf/ronde/{rnd['id']}", status_code=303, headers=HEADERS)

    @guarded("staff")
    @with_round
    async def close_round(request: Request, rnd: dict[str, Any]) -> Response:
        server.store.set_status(rnd["id"], "gesloten")
        return RedirectResponse(f"/staf/ronde/{rnd['id']}", status_code=303, headers=HEADERS)

    @guarded("staff")
    @with_round
    async def staff_results(request: Request, rnd: dict[str, Any]) -> Response:
        data = service.results(server.store, rnd["id"])
        return page(request, "staff_results.html.j2", **data)

    @guarded("staff")
    @with_round
    async def staff_results_csv(request: Request, rnd: dict[str, Any]) -> Response:
        body = service.results_csv(server.store, rnd["id"])
        return Response(
            "\ufeff" + body,  # BOM: Excel opens UTF-8 correctly
            media_type="text/csv; charset=utf-8",
            headers={
                **HEADERS,
                "Content-Disposition": f'attachment; filename="ouderpanel-ronde-{rnd["id"]}.csv"',
            },
        )

    @guarded("staff")
    @with_round
    async def make_candidates(request: Request, rnd: dict[str, Any]) -> Response:
        service.queue_candidates(server.store, rnd["id"])
        return RedirectResponse("/staf/woordenlijst", status_code=303, headers=HEADERS)

    @guarded("staff")
    async def candidates_page(request: Request) -> Response:
        open_candidates = server.store.candidates("open")
        previews = {
            c["id"]: service.candidate_preview(server.engine(), overlay, c) for c in open_candidates
        }
        return page(
            request,
            "staff_candidates.html.j2",
            candidates=open_candidates,
            previews=previews,
            done=server.store.candidates(None),
            message=request.query_params.get("melding", ""),
            error=request.query_params.get("fout", ""),
        )

    @guarded("staff")
    async def decide(request: Request) -> Response:
        cid = int(request.path_params["cid"])
        form = request.state.form
        action = request.path_params["action"]
        if action not in ("aannemen", "afwijzen"):
            return refuse(request, 404, "Deze pagina bestaat niet.")
        from urllib.parse import quote

        if action == "aannemen":
            try:
                summary = service.accept_candidate(
                    server.store,
                    server.engine(),
                    overlay,
                    cid,
                    request.state.user["username"],
                    except_phrase=str(form.get("except", "")) or None,
                    text=str(form.get("text", "")) or None,
                )
            except PanelError as exc:  # back to the list, with the reason next to the cards
                return RedirectResponse(
                    f"/staf/woordenlijst?fout={quote(exc.message)}",
                    status_code=303,
                    headers=HEADERS,
                )
            server.reload_engine()
        else:
            service.reject_candidate(server.store, cid, request.state.user["username"])
            summary = "Afgewezen; de woordenlijst blijft zoals hij was."
        return RedirectResponse(
            f"/staf/woordenlijst?melding={quote(summary)}", status_code=303, headers=HEADERS
        )

    async def not_found(request: Request, _exc: Exception) -> Response:
        return refuse(request, 404, "Deze pagina bestaat niet.")

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 400)
        if status == 404:
            return await not_found(request, exc)
        if status == 405:
            return refuse(request, 405, "Deze pagina kan zo niet worden gebruikt.")
        return refuse(request, status, "Dit verzoek kan niet worden verwerkt.")

    async def server_error(request: Request, _exc: Exception) -> Response:
        # the same security headers as every other page; no details of the error
        return page(
            request,
            "melding.html.j2",
            status=500,
            title="Er ging iets mis",
            message="Er ging iets mis op de server. Probeer het later opnieuw of meld het "
            "bij de beheerder.",
        )

    routes = [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/uitloggen", logout, methods=["POST"]),
        Route("/", home, methods=["GET"]),
        Route("/panel", panel_home, methods=["GET"]),
        Route("/panel/ronde/{rid:id}", panel_letter, methods=["GET"]),
        Route("/panel/ronde/{rid:id}/brief/{n:id}", panel_letter, methods=["GET"]),
        Route("/panel/stem", vote, methods=["POST"]),
        Route("/panel/antwoord", answer, methods=["POST"]),
        Route("/staf", staff_home, methods=["GET"]),
        Route("/staf/nieuw", new_round_page, methods=["GET"]),
        Route("/staf/nieuw", new_round, methods=["POST"]),
        Route("/staf/ronde/{rid:id}", staff_round, methods=["GET"]),
        Route("/staf/ronde/{rid:id}/open", open_round, methods=["POST"]),
        Route("/staf/ronde/{rid:id}/sluit", close_round, methods=["POST"]),
        Route("/staf/ronde/{rid:id}/resultaten", staff_results, methods=["GET"]),
        Route("/staf/ronde/{rid:id}/resultaten.csv", staff_results_csv, methods=["GET"]),
        Route("/staf/ronde/{rid:id}/kandidaten", make_candidates, methods=["POST"]),
        Route("/staf/woordenlijst", candidates_page, methods=["GET"]),
        Route("/staf/kandidaat/{cid:id}/{action:str}", decide, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, HTTPException: http_error, Exception: server_error},
    )
    app.state.server = server
    return app


class _IdConvertor(Convertor[int]):
    """A database id in a URL: at most 18 digits, so 2**70 is no route (404), never an
    OverflowError in the database driver."""

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", _IdConvertor())


def _int(value: Any) -> int:
    """A form value as an id; -1 when it is none or too large for the database."""
    try:
        number = int(str(value)[:30])
    except (TypeError, ValueError):
        return -1
    return number if valid_id(number) else -1


def _back(round_id: int, form: Any, anchor: str, saved: Any) -> Response:
    number = _int(form.get("n")) if form.get("n") else 1
    return RedirectResponse(
        f"/panel/ronde/{round_id}/brief/{max(number, 1)}?bewaard={saved}#{anchor}",
        status_code=303,
        headers=HEADERS,
    )


def serve(config: PanelConfig, host: str = "127.0.0.1", port: int = 7861) -> None:
    """Run the panel website (uvicorn, no access log: URLs are fine, but keep logs lean)."""
    import uvicorn

    uvicorn.run(create_app(config), host=host, port=port, access_log=False, log_level="warning")
