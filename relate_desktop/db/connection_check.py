"""Testing a database URL before use, and saying in plain words what is wrong with it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from relate_desktop.db.engine import (
    current_revision,
    head_revision,
    known_revisions,
    make_engine,
    sqlite_file,
)
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, Words


class Problem(Enum):
    NONE = "none"
    BAD_URL = "bad-url"
    NO_DRIVER = "no-driver"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"  # the server answers but does not let this PC in (pg_hba.conf)
    WRONG_PASSWORD = "wrong-password"
    NO_PASSWORD = "no-password"
    DATABASE_MISSING = "database-missing"
    NEWER_SCHEMA = "newer-schema"
    NOT_RELATE = "not-relate"
    DAMAGED = "damaged"
    OTHER = "other"


@dataclass(frozen=True)
class ConnectionReport:
    """What a connection test found; ``words`` are for people (translatable, see
    domain/errors.py) and never hold a password."""

    problem: Problem
    words: Words
    where: str
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is Problem.NONE

    @property
    def message(self) -> str:
        """The finding in English."""
        return str(self.words)


def shown_url(url: str) -> str:
    """``url`` for people to read: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a database URL)"


def check_connection(url: str) -> ConnectionReport:
    """Connect to ``url`` and read its schema version; never changes anything."""
    where = shown_url(url)
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError):
        return ConnectionReport(Problem.BAD_URL, Words(QT_TRANSLATE_NOOP(
            "errors", "'%1' is not a database address Relate understands. Use "
            "postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE or sqlite:///PATH/relate.db."),
            where), where)
    except ImportError as error:
        return ConnectionReport(Problem.NO_DRIVER, Words(QT_TRANSLATE_NOOP(
            "errors", "The database driver for %1 is not installed on this PC (%2); install "
            "Relate with its PostgreSQL extra."), where, error.name or str(error)), where)
    try:
        path = sqlite_file(engine)
        if path is not None:
            where = str(path)
            if not path.exists():
                return ConnectionReport(Problem.DATABASE_MISSING, Words(QT_TRANSLATE_NOOP(
                    "errors", "There is no database at %1 yet; Relate creates it on its first "
                    "start."), str(path)), where)
        return _check_schema(engine, where)
    finally:
        engine.dispose()


def _check_schema(engine: Engine, where: str) -> ConnectionReport:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = current_revision(engine)
    except (DBAPIError, sqlite3.DatabaseError) as error:
        return explain(error, engine, where)
    except SQLAlchemyError as error:
        return ConnectionReport(Problem.OTHER, Words(QT_TRANSLATE_NOOP(
            "errors", "The database at %1 failed: %2"), where, str(error)), where)
    if revision is None:
        return ConnectionReport(Problem.NONE, Words(QT_TRANSLATE_NOOP(
            "errors", "Connected to %1. It is empty: Relate sets it up on its first start."),
            where), where)
    if revision not in known_revisions():
        return ConnectionReport(Problem.NEWER_SCHEMA, Words(QT_TRANSLATE_NOOP(
            "errors", "Connected to %1, but it was set up by a newer Relate (schema %2). "
            "Install the newer Relate on this PC."), where, revision), where, revision)
    if revision != head_revision():
        return ConnectionReport(Problem.NONE, Words(QT_TRANSLATE_NOOP(
            "errors", "Connected to %1. Its schema (%2) will be brought up to date when "
            "Relate next starts."), where, revision), where, revision)
    return ConnectionReport(Problem.NONE, Words(QT_TRANSLATE_NOOP(
        "errors", "Connected to %1. Everything is in order."), where), where, revision)


def explain(error: Exception, engine: Engine, where: str) -> ConnectionReport:
    """Sort a driver's error into what a shop manager can act on."""
    detail = " ".join(str(getattr(error, "orig", None) or error).split())
    said = detail.lower()
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return ConnectionReport(Problem.DAMAGED, Words(QT_TRANSLATE_NOOP(
            "errors", "The database file %1 cannot be read: it is damaged or not a Relate "
            "database. Restore a backup (relate-desktop restore FILE)."), where), where)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    user, database = url.username or "", url.database or ""
    if "password authentication failed" in said:
        return ConnectionReport(Problem.WRONG_PASSWORD, Words(QT_TRANSLATE_NOOP(
            "errors", "The server %1 turned down the user name or password for user '%2'. "
            "Check both (the password is case-sensitive)."), server, user), where)
    if "no password supplied" in said:
        return ConnectionReport(Problem.NO_PASSWORD, Words(QT_TRANSLATE_NOOP(
            "errors", "The server %1 wants a password for user '%2'; put it in the address: "
            "postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE."), server, user), where)
    if "does not exist" in said and "database" in said:
        return ConnectionReport(Problem.DATABASE_MISSING, Words(QT_TRANSLATE_NOOP(
            "errors", "The server %1 is there, but has no database called '%2'. Create it on "
            "the server (see the README) or correct the name."), server, database), where)
    if "permission denied" in said:
        return ConnectionReport(Problem.REFUSED, Words(QT_TRANSLATE_NOOP(
            "errors", "User '%1' may not read Relate's tables in '%2'. On the server: GRANT ALL "
            "ON ALL TABLES IN SCHEMA public TO %1 (or make that user the database's owner "
            "before Relate first sets it up)."), user, database), where)
    if "pg_hba.conf" in said:
        return ConnectionReport(Problem.REFUSED, Words(QT_TRANSLATE_NOOP(
            "errors", "The server %1 does not let this PC in. Add a line for the shop's "
            "network to pg_hba.conf on the server and reload it (see the README)."), server),
            where)
    if _sounds_unreachable(said):
        return ConnectionReport(Problem.UNREACHABLE, Words(QT_TRANSLATE_NOOP(
            "errors", "The shop server %1 cannot be reached. Is the back-office PC on, is "
            "PostgreSQL running there, and does its firewall let port %2 through?"),
            server, str(url.port or 5432)), where)
    return ConnectionReport(Problem.OTHER, Words(QT_TRANSLATE_NOOP(
        "errors", "The database at %1 refused: %2"), where, detail), where)


_UNREACHABLE = (
    "connection refused", "could not connect", "timeout expired", "timed out",
    "could not translate host name", "no route to host", "network is unreachable",
    "name or service not known", "server closed the connection", "connection is closed",
    "connection not open", "consuming input failed", "terminating connection",
    "the database system is starting up", "the database system is shutting down",
    "connection reset", "broken pipe", "ssl syscall error",
)


def _sounds_unreachable(said: str) -> bool:
    return any(words in said for words in _UNREACHABLE)


def lost_server(error: DBAPIError) -> bool:
    """True when ``error`` means the server is out of reach (not a mistake in the request)."""
    if error.connection_invalidated:
        return True
    return _sounds_unreachable(" ".join(str(error.orig).lower().split()))
