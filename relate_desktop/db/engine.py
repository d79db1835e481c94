"""Opening the shop's database: SQLite pragmas or a PostgreSQL URL, migrations, backups."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseUnavailable,
    ServerUnreachable,
    Words,
)

# Alembic (with Mako and Pygments, ~0.15 s) is imported inside the functions that migrate: a
# database already at head is recognised without it (_at_head), so the window opens sooner.
if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: How long a writer waits for another PC's or process's write to finish, in ms.
BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a remark shown as saved survives a power cut the next instant.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted content is overwritten, so an erased customer cannot be read back from the file.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def purge_old_pages(connection: Connection) -> None:
    """After an erasure: copy the WAL into the file and empty it, so no old page survives."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


#: How long to wait for the shop server before calling it unreachable, in seconds.
CONNECT_TIMEOUT_S = 5
#: libpq keepalives: a server gone from the network is noticed in about a minute, so a query
#: never hangs for the two hours of the operating system's default.
_LIBPQ_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                     "keepalives_count": 3}


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        # A plain postgresql:// means the driver Relate ships (psycopg 3), not psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args: dict[str, Any] = {}
    if parsed.get_driver_name() in ("psycopg", "psycopg2"):
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Relate",
                        **_LIBPQ_KEEPALIVES}
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_REVISION_LINE = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*["']([^"'\n]+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.MULTILINE)


def head_from_files() -> str | None:
    """The newest migration's revision, read from the ``revision = "…"`` and ``down_revision =
    …`` lines of the migration files, without importing Alembic. None when the files are not
    one plain line of migrations (a merge, an unusual spelling): then Alembic decides."""
    newer_than: dict[str | None, str] = {}
    try:
        files = [path for path in (MIGRATIONS / "versions").glob("*.py") if path.name != "__init__.py"]
        texts = [path.read_text(encoding="utf-8") for path in files]
    except OSError:
        return None
    for text in texts:
        revisions = _REVISION_LINE.findall(text)
        downs = list(_DOWN_REVISION_LINE.finditer(text))
        if len(revisions) != 1 or len(downs) != 1 or downs[0].group(1) in newer_than:
            return None
        newer_than[downs[0].group(1)] = revisions[0]
    revision = newer_than.get(None)
    for _ in range(len(newer_than) - 1):
        if revision not in newer_than:
            return None
        revision = newer_than[revision]
    return revision if revision is not None and revision not in newer_than else None


def _at_head(engine: Engine) -> bool:
    """True when the database's alembic_version holds exactly the newest revision: the usual
    start, told by one query instead of loading Alembic and its migration scripts."""
    head = head_from_files()
    if head is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return stored == [head]


def new_sqlite_file(url: str) -> bool:
    """Whether ``url`` names a SQLite file that does not exist yet (nothing is opened): the very
    first start on this PC, with nobody on the staff and nothing to restore."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return False
    return not Path(database).exists()


def sqlite_file(engine: Engine) -> Path | None:
    if engine.url.get_backend_name() != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str) -> Path | None:
    """Copy a SQLite database consistently (the online backup API, WAL included)."""
    source_path = sqlite_file(engine)
    if source_path is None or not source_path.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source_path.stem}-{stamp}-{reason}.db"
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, backup_dir: Path | None = None, revision: str = "head") -> None:
    """Bring the schema up to date; an existing SQLite file is backed up first."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return
    if current is not None and backup_dir is not None:
        backup_sqlite(engine, backup_dir, f"before-upgrade-from-{current}")
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def open_database(url: str, backup_dir: Path | None) -> Engine:
    """The engine for ``url``, schema upgraded; any failure is a DatabaseUnavailable
    whose message names the database and says what to do."""
    where = make_url(url).render_as_string(hide_password=True)  # never print a password
    engine = make_engine(url)
    path = sqlite_file(engine)
    if path is not None:
        where = str(path)
        if path.exists() and not path.is_file():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("errors", "The database %1 is not a file."), where)
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if _at_head(engine):
            return engine
        current = current_revision(engine)
        if current is not None and current not in known_revisions():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP(
                "errors", "The database %1 was written by a newer Relate. Install the newer "
                "version on this PC."), where)
        upgrade(engine, backup_dir)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        engine.dispose()
        if path is not None:
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP(
                "errors", "The database file %1 cannot be read: it is damaged or not a Relate "
                "database. %2"), where, _what_to_restore(path, backup_dir)) from error
        from relate_desktop.db.connection_check import Problem, explain  # it imports this module

        report = explain(error, engine, where)
        if report.problem is Problem.UNREACHABLE:
            raise ServerUnreachable(report.words) from error
        raise DatabaseUnavailable(report.words) from error
    return engine


def _what_to_restore(path: Path, backup_dir: Path | None) -> Words:
    from relate_desktop.db.backups import newest_good_backup  # it imports this module

    good = newest_good_backup(backup_dir, path.stem) if backup_dir is not None else None
    if good is None:
        return Words(QT_TRANSLATE_NOOP(
            "errors", "Move it aside and start Relate again (no good backup was found)."))
    return Words(QT_TRANSLATE_NOOP(
        "errors", "Restore the newest good backup: relate-desktop restore %1"), str(good))


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    return {rev.revision for rev in script.walk_revisions()}
