"""Panel storage: rounds, letters, proposals, members' verdicts and glossary candidates.

SQLAlchemy Core on SQLite by default (WAL, synchronous=FULL, foreign keys) or
PostgreSQL when a database URL is configured. The schema is versioned: every
entry of MIGRATIONS runs once, in its own transaction, and bumps
`schema_version`. Only anonymised text is ever stored.

Every write is one transaction that is committed before the function returns,
so a page that confirms a vote only does so after the vote is on disk.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from rewriter.errors import RewriterError

VERDICTS = ("beter", "niet_beter", "ander")
SESSION_HOURS = 12


class PanelError(RewriterError):
    """A panel request that cannot be honoured (Dutch message for the page)."""

    code = "panel"


metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

rounds = Table(
    "rounds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("question", Text, nullable=False),  # the questions, one per line
    Column("blind", Boolean, nullable=False, default=False),
    Column("status", String(20), nullable=False, default="concept"),  # concept/open/gesloten
    Column("created_by", String(100), nullable=False),
    Column("created_at", String(40), nullable=False),
)

letters = Table(
    "letters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", String(300), nullable=False),
    Column("original", Text, nullable=False),  # anonymised original
    Column("context", Text, nullable=False),  # JSON: the one-page version (anonymised)
    Column("dropped", Integer, nullable=False, default=0),  # proposals lost to anonymisation
)

proposals = Table(
    "proposals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("letter_id", Integer, ForeignKey("letters.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("rule_id", String(200), nullable=False),
    Column("entry_id", String(200), nullable=False, default=""),
    Column("kind", String(40), nullable=False),
    Column("alternative", Integer, nullable=False, default=0),
    Column("edits", Text, nullable=False),  # JSON [[start, end, text]] in the anonymised text
    Column("term_before", Text, nullable=False),
    Column("term_after", Text, nullable=False),
    Column("sentence_before", Text, nullable=False),
    Column("sentence_after", Text, nullable=False),
    Column("selected", Boolean, nullable=False, default=True),
)

invitations = Table(
    "invitations",
    metadata,
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
    Column("member", String(100), primary_key=True),
)

verdicts = Table(
    "verdicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("proposal_id", Integer, ForeignKey("proposals.id", ondelete="CASCADE"), nullable=False),
    Column("member", String(100), nullable=False),
    Column("verdict", String(20), nullable=False),
    Column("alternative", Text, nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    UniqueConstraint("proposal_id", "member"),
)

answers = Table(
    "answers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("letter_id", Integer, ForeignKey("letters.id", ondelete="CASCADE"), nullable=False),
    Column("member", String(100), nullable=False),
    Column("answer", Text, nullable=False, default=""),  # JSON list, one per question (v3)
    Column("tone", Integer),
    Column("comment", Text, nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    UniqueConstraint("letter_id", "member"),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
    Column("proposal_id", Integer, ForeignKey("proposals.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),  # alternative / promote / pass
    Column("entry_id", String(200), nullable=False),
    Column("payload", Text, nullable=False),  # JSON
    Column("status", String(20), nullable=False, default="open"),  # open/aangenomen/afgewezen
    Column("decided_by", String(100), nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    UniqueConstraint("proposal_id", "kind", "payload"),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("expires_at", String(40), nullable=False),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(
        conn,
        tables=[rounds, letters, proposals, invitations, verdicts, answers, candidates, sessions],
    )


login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, index=True),
    Column("at", String(40), nullable=False, index=True),
    # the client address the attempt came from (version 4)
    Column("source", String(64), nullable=False, server_default=""),
)


def _v2(conn: Connection) -> None:
    """Version 2: failed logins, to slow down password guessing."""
    metadata.create_all(conn, tables=[login_failures])


def _v3(conn: Connection) -> None:
    """Version 3: a round may ask several questions; answers become a JSON list."""
    for row in conn.execute(select(answers.c.id, answers.c.answer)).all():
        conn.execute(
            update(answers)
            .where(answers.c.id == row.id)
            .values(answer=json.dumps([row.answer], ensure_ascii=False))
        )


def _v4(conn: Connection) -> None:
    """Version 4: failed logins per name and source address (lock a name only from the
    address that guessed). Old rows only slow down logins for 15 minutes: dropped."""
    login_failures.drop(conn, checkfirst=True)
    login_failures.create(conn)


# Append new migrations; never change one that has shipped.
MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2, _v3, _v4)
MAX_QUESTIONS = 3
LOCKOUT_FAILURES = 5  # per name and source address
SOURCE_FAILURES = 30  # per source address, any names: a throttle on guessing in bulk
LOCKOUT_MINUTES = 15
MAX_FAILURE_ROWS = 10_000  # the oldest go first; rows older than the lockout go anyway


MAX_ID = 2**63 - 1  # the largest id SQLite and PostgreSQL (bigint) hold


def valid_id(value: Any) -> bool:
    """An id that may be looked up: a positive integer the database can hold (an id of
    2**70 from a URL is no row, not an OverflowError)."""
    return isinstance(value, int) and 0 < value <= MAX_ID


def _minutes_ago(minutes: int) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat(timespec="seconds")


def _login_key(username: str) -> str:
    """Login names compare without regard to case ("Fatima" typed by a phone is fatima)."""
    return username.strip().casefold()[:100]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a commit survives a crash, even of the OS
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def database_url(path_or_url: str) -> str:
    """A SQLAlchemy URL: a plain path becomes a SQLite file."""
    if "://" in path_or_url:
        return path_or_url
    return f"sqlite:///{Path(path_or_url).resolve()}"


@dataclass
class Store:
    """The panel database; one per server process."""

    engine: Engine

    @classmethod
    def open(cls, path_or_url: str) -> Store:
        """Open (and migrate) the database at a path (SQLite) or URL (PostgreSQL)."""
        url = database_url(path_or_url)
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, future=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine)
            store.migrate()
        except (SQLAlchemyError, OSError) as exc:
            raise PanelError(f"De database van het ouderpanel is niet te openen: {exc}") from exc
        return store

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction, committed on success."""
        with self.engine.begin() as conn:
            yield conn

    def version(self) -> int:
        """The schema version on disk (0 for an empty database)."""
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            row = conn.execute(select(schema_version.c.version)).first()
            return row[0] if row else 0

    def migrate(self) -> int:
        """Run the migrations that have not run yet; return the new version."""
        with self.tx() as conn:
            metadata.create_all(conn, tables=[schema_version])
            if conn.execute(select(schema_version.c.version)).first() is None:
                conn.execute(insert(schema_version).values(version=0))
        current = self.version()
        for number, step in enumerate(MIGRATIONS, start=1):
            if number <= current:
                continue
            with self.tx() as conn:
                step(conn)
                conn.execute(update(schema_version).values(version=number))
        return self.version()

    # --- sessions -------------------------------------------------------------------------

    def new_session(self, username: str, role: str) -> tuple[str, str]:
        """Create a session; return (cookie token, csrf token). Only a hash is stored."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = datetime.now(UTC) + timedelta(hours=SESSION_HOURS)
        with self.tx() as conn:
            conn.execute(
                insert(sessions).values(
                    token_hash=_hash(token),
                    username=username,
                    role=role,
                    csrf=csrf,
                    expires_at=expires.isoformat(timespec="seconds"),
                )
            )
        return token, csrf

    def session(self, token: str) -> dict[str, Any] | None:
        """The live session for a cookie token, or None."""
        if not token:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(sessions).where(sessions.c.token_hash == _hash(token))
            ).first()
        if row is None or row.expires_at < _now():
            return None
        return dict(row._mapping)

    def locked_out(self, username: str, source: str = "") -> bool:
        """Too many failed logins for this name from this source address, or for any
        names from this address, in the last minutes. A stranger elsewhere who guesses a
        staff member's name does not lock that staff member out."""
        since = _minutes_ago(LOCKOUT_MINUTES)
        recent = login_failures.c.at >= since
        with self.engine.connect() as conn:
            by_name = conn.execute(
                select(func.count())
                .select_from(login_failures)
                .where(
                    recent,
                    login_failures.c.username == _login_key(username),
                    login_failures.c.source == source[:64],
                )
            ).scalar_one()
            by_source = conn.execute(
                select(func.count())
                .select_from(login_failures)
                .where(recent, login_failures.c.source == source[:64])
            ).scalar_one()
        return by_name >= LOCKOUT_FAILURES or by_source >= SOURCE_FAILURES

    def login_failed(self, username: str, source: str = "") -> None:
        """Remember a failed login (the name as typed, never the password); prune old rows
        so the table stays bounded under a flood of random names."""
        with self.tx() as conn:
            conn.execute(
                insert(login_failures).values(
                    username=_login_key(username), at=_now(), source=source[:64]
                )
            )
            conn.execute(
                login_failures.delete().where(login_failures.c.at < _minutes_ago(LOCKOUT_MINUTES))
            )
            count = conn.execute(select(func.count()).select_from(login_failures)).scalar_one()
            if count > MAX_FAILURE_ROWS:
                oldest = (
                    select(login_failures.c.id)
                    .order_by(login_failures.c.id)
                    .limit(count - MAX_FAILURE_ROWS)
                    .scalar_subquery()
                )
                conn.execute(login_failures.delete().where(login_failures.c.id.in_(oldest)))

    def login_failure_rows(self) -> int:
        """How many failed logins are remembered (for tests and the operator)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(login_failures)).scalar_one()

    def login_succeeded(self, username: str, source: str = "") -> None:
        """Forget the failed logins of a name from this address after a good one."""
        with self.tx() as conn:
            conn.execute(
                login_failures.delete().where(
                    login_failures.c.username == _login_key(username),
                    login_failures.c.source == source[:64],
                )
            )

    def end_session(self, token: str) -> None:
        """Log out."""
        with self.tx() as conn:
            conn.execute(sessions.delete().where(sessions.c.token_hash == _hash(token)))

    # --- rounds ---------------------------------------------------------------------------

    def create_round(
        self,
        title: str,
        question: str,
        blind: bool,
        created_by: str,
        members: Sequence[str],
        items: Sequence[dict[str, Any]],
    ) -> int:
        """Store a round in 'concept' with its letters and proposals; return its id."""
        with self.tx() as conn:
            rid = conn.execute(
                insert(rounds).values(
                    title=title,
                    question=question,
                    blind=blind,
                    status="concept",
                    created_by=created_by,
                    created_at=_now(),
                )
            ).inserted_primary_key[0]
            for member in sorted(set(members)):
                conn.execute(insert(invitations).values(round_id=rid, member=member))
            for pos, item in enumerate(items):
                lid = conn.execute(
                    insert(letters).values(
                        round_id=rid,
                        position=pos,
                        title=item["title"],
                        original=item["original"],
                        context=json.dumps(item["context"], ensure_ascii=False),
                        dropped=item.get("dropped", 0),
                    )
                ).inserted_primary_key[0]
                for ppos, prop in enumerate(item["proposals"]):
                    conn.execute(insert(proposals).values(letter_id=lid, position=ppos, **prop))
        return rid

    def open_round(
        self, round_id: int, selected: Sequence[int], contexts: dict[int, dict[str, Any]]
    ) -> None:
        """Keep the chosen proposals, store each letter's new version, open the round."""
        wanted = set(selected)
        with self.tx() as conn:
            for letter_id, context in contexts.items():
                conn.execute(
                    update(letters)
                    .where(letters.c.id == letter_id, letters.c.round_id == round_id)
                    .values(context=json.dumps(context, ensure_ascii=False))
                )
            ids = conn.execute(
                select(proposals.c.id)
                .join(letters, letters.c.id == proposals.c.letter_id)
                .where(letters.c.round_id == round_id)
            ).scalars()
            for pid in list(ids):
                conn.execute(
                    update(proposals).where(proposals.c.id == pid).values(selected=pid in wanted)
                )
            conn.execute(update(rounds).where(rounds.c.id == round_id).values(status="open"))

    def set_status(self, round_id: int, status: str) -> None:
        """Open or close a round."""
        with self.tx() as conn:
            conn.execute(update(rounds).where(rounds.c.id == round_id).values(status=status))

    def rounds(self, member: str | None = None) -> list[dict[str, Any]]:
        """All rounds (staff), or the open rounds a member was invited to."""
        query = select(rounds).order_by(rounds.c.id.desc())
        if member is not None:
            query = query.join(invitations, invitations.c.round_id == rounds.c.id).where(
                invitations.c.member == member, rounds.c.status == "open"
            )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def round(self, round_id: int) -> dict[str, Any] | None:
        """One round with its invited members."""
        if not valid_id(round_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(rounds).where(rounds.c.id == round_id)).first()
            if row is None:
                return None
            members = conn.execute(
                select(invitations.c.member).where(invitations.c.round_id == round_id)
            ).scalars()
            return {**dict(row._mapping), "members": sorted(members)}

    def may_see(self, member: str, round_id: int) -> bool:
        """A panel member sees a round only when invited and the round is open."""
        if not valid_id(round_id):
            return False
        with self.engine.connect() as conn:
            row = conn.execute(
                select(rounds.c.status)
                .join(invitations, invitations.c.round_id == rounds.c.id)
                .where(rounds.c.id == round_id, invitations.c.member == member)
            ).first()
        return row is not None and row.status == "open"

    def letters(self, round_id: int) -> list[dict[str, Any]]:
        """The letters of a round, in order, with the one-page context decoded."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(letters).where(letters.c.round_id == round_id).order_by(letters.c.position)
            )
            return [{**dict(r._mapping), "context": json.loads(r.context)} for r in rows]

    def letter(self, letter_id: int) -> dict[str, Any] | None:
        """One letter."""
        if not valid_id(letter_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(letters).where(letters.c.id == letter_id)).first()
        return None if row is None else {**dict(row._mapping), "context": json.loads(row.context)}

    def proposals(self, letter_id: int, selected_only: bool = True) -> list[dict[str, Any]]:
        """The proposals of a letter, in order."""
        query = select(proposals).where(proposals.c.letter_id == letter_id)
        if selected_only:
            query = query.where(proposals.c.selected.is_(True))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(proposals.c.position))]

    def proposal(self, proposal_id: int) -> dict[str, Any] | None:
        """One proposal with the round it belongs to."""
        if not valid_id(proposal_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(proposals, letters.c.round_id)
                .join(letters, letters.c.id == proposals.c.letter_id)
                .where(proposals.c.id == proposal_id)
            ).first()
        return None if row is None else dict(row._mapping)

    # --- votes ----------------------------------------------------------------------------

    def vote(self, proposal_id: int, member: str, verdict: str, alternative: str = "") -> None:
        """Record (or change) a member's verdict; committed when this returns."""
        if verdict not in VERDICTS:
            raise PanelError("Kies beter, niet beter of ander woord.")
        alternative = alternative.strip()
        if verdict == "ander" and not alternative:
            raise PanelError("Schrijf het woord op dat u beter vindt.")
        values = {"verdict": verdict, "alternative": alternative[:300], "created_at": _now()}
        self._upsert(
            verdicts,
            (verdicts.c.proposal_id == proposal_id, verdicts.c.member == member),
            {"proposal_id": proposal_id, "member": member, **values},
        )

    def answer(
        self,
        letter_id: int,
        member: str,
        replies: Sequence[str],
        tone: int | None,
        comment: str,
    ) -> None:
        """Record (or change) a member's answers (one per question), tone and comment."""
        if tone is not None and not 1 <= tone <= 5:
            raise PanelError("Kies een cijfer van 1 tot en met 5.")
        values = {
            "answer": json.dumps(
                [r.strip()[:2000] for r in replies[:MAX_QUESTIONS]], ensure_ascii=False
            ),
            "tone": tone,
            "comment": comment.strip()[:2000],
            "created_at": _now(),
        }
        self._upsert(
            answers,
            (answers.c.letter_id == letter_id, answers.c.member == member),
            {"letter_id": letter_id, "member": member, **values},
        )

    def _upsert(self, table: Table, where: tuple[Any, ...], values: dict[str, Any]) -> None:
        """Update the member's row or insert it; one retry when two requests race."""
        for attempt in (1, 2):
            try:
                with self.tx() as conn:
                    if not conn.execute(update(table).where(*where).values(**values)).rowcount:
                        conn.execute(insert(table).values(**values))
                return
            except IntegrityError:
                if attempt == 2:
                    raise

    def my_votes(self, member: str, letter_id: int) -> dict[int, dict[str, Any]]:
        """A member's own verdicts on a letter's proposals, by proposal id."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(verdicts)
                .join(proposals, proposals.c.id == verdicts.c.proposal_id)
                .where(verdicts.c.member == member, proposals.c.letter_id == letter_id)
            )
            return {r.proposal_id: dict(r._mapping) for r in rows}

    def my_answer(self, member: str, letter_id: int) -> dict[str, Any] | None:
        """A member's own answer for a letter."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(answers).where(answers.c.letter_id == letter_id, answers.c.member == member)
            ).first()
        return None if row is None else _decoded(row)

    def verdicts(self, round_id: int) -> list[dict[str, Any]]:
        """Every verdict of a round (staff only)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(verdicts)
                .join(proposals, proposals.c.id == verdicts.c.proposal_id)
                .join(letters, letters.c.id == proposals.c.letter_id)
                .where(letters.c.round_id == round_id)
                .order_by(verdicts.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def answers(self, round_id: int) -> list[dict[str, Any]]:
        """Every answer of a round (staff only)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(answers)
                .join(letters, letters.c.id == answers.c.letter_id)
                .where(letters.c.round_id == round_id)
                .order_by(answers.c.id)
            )
            return [_decoded(r) for r in rows]

    # --- glossary candidates ----------------------------------------------------------------

    def add_candidate(
        self, round_id: int, proposal_id: int, kind: str, entry_id: str, payload: dict[str, Any]
    ) -> bool:
        """Queue a candidate once; return False when it was already queued."""
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        with self.tx() as conn:
            exists = conn.execute(
                select(candidates.c.id).where(
                    candidates.c.proposal_id == proposal_id,
                    candidates.c.kind == kind,
                    candidates.c.payload == data,
                )
            ).first()
            if exists:
                return False
            conn.execute(
                insert(candidates).values(
                    round_id=round_id,
                    proposal_id=proposal_id,
                    kind=kind,
                    entry_id=entry_id,
                    payload=data,
                    status="open",
                    decided_by="",
                    created_at=_now(),
                )
            )
        return True

    def candidates(self, status: str | None = "open") -> list[dict[str, Any]]:
        """Queued glossary candidates."""
        query = select(candidates).order_by(candidates.c.id)
        if status:
            query = query.where(candidates.c.status == status)
        with self.engine.connect() as conn:
            return [
                {**dict(r._mapping), "payload": json.loads(r.payload)} for r in conn.execute(query)
            ]

    def candidate(self, candidate_id: int) -> dict[str, Any] | None:
        """One candidate."""
        if not valid_id(candidate_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(candidates).where(candidates.c.id == candidate_id)).first()
        return None if row is None else {**dict(row._mapping), "payload": json.loads(row.payload)}

    def decide(self, candidate_id: int, status: str, staff: str) -> None:
        """Mark a candidate as accepted or rejected."""
        with self.tx() as conn:
            conn.execute(
                update(candidates)
                .where(candidates.c.id == candidate_id)
                .values(status=status, decided_by=staff)
            )


def _decoded(row: Any) -> dict[str, Any]:
    """An answers row with its JSON list of replies decoded into `replies`."""
    data = dict(row._mapping)
    data["replies"] = json.loads(data["answer"]) if data["answer"] else []
    return data


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
