"""Opening the shop's database: SQLite pragmas or a PostgreSQL URL, migrations, backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.domain.errors import DatabaseUnavailable

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


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
            raise DatabaseUnavailable(f"The database {where} is not a file.")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = current_revision(engine)
        if current is not None and current not in _known_revisions():
            raise DatabaseUnavailable(
                f"The database {where} was written by a newer Relate. "
                "Install the newer version on this PC."
            )
        upgrade(engine, backup_dir)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        engine.dispose()
        if path is not None:
            raise DatabaseUnavailable(
                f"The database file {where} cannot be read: it is damaged or not a Relate "
                f"database. Move it aside (or restore a backup from {backup_dir}) and start "
                "Relate again."
            ) from error
        raise DatabaseUnavailable(
            f"The database at {where} cannot be reached: {getattr(error, 'orig', error)}"
        ) from error
    return engine


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://")))
    return {rev.revision for rev in script.walk_revisions()}
