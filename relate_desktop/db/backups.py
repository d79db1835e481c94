"""Backups of the shop's database: SQLite copies kept N per kind, checks, restore, pg_dump."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from relate_desktop.db.engine import backup_sqlite, known_revisions, sqlite_file
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, InvalidInput, Words

#: Automatic backups are kept per kind, so many quick exits never push out the daily ones
#: or the copy made before an upgrade.
KINDS = ("daily", "exit", "before-upgrade", "before-restore", "manual")
DAILY = timedelta(days=1)


def _kind(path: Path) -> str:
    for kind in KINDS:
        if f"-{kind}" in path.stem:
            return kind
    return "manual"


def list_backups(folder: Path, stem: str = "relate") -> list[Path]:
    """The backups of database ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def problem_with(path: Path) -> Words | None:
    """None when ``path`` is an intact Relate database this version can open; else why not."""
    if not path.is_file():
        return Words(QT_TRANSLATE_NOOP("errors", "%1 does not exist"), str(path))
    try:
        # Read-only and immutable: checking a backup never changes it, not even its WAL.
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                                uri=True)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
            if not verdict or verdict[0] != "ok":
                return Words(QT_TRANSLATE_NOOP("errors", "%1 is damaged (%2)"), str(path),
                             verdict[0] if verdict else "no answer")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        return Words(QT_TRANSLATE_NOOP("errors", "%1 is not a Relate database or is damaged (%2)"),
                     str(path), str(error))
    if row is None or row[0] not in known_revisions():
        return Words(QT_TRANSLATE_NOOP("errors", "%1 is not a Relate database this version can open"),
                     str(path))
    return None


def newest_good_backup(folder: Path, stem: str = "relate") -> Path | None:
    return next((p for p in list_backups(folder, stem) if problem_with(p) is None), None)


def prune(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind; returns what was deleted."""
    kept: dict[str, int] = {}
    removed = []
    for path in list_backups(folder, stem):
        kind = _kind(path)
        kept[kind] = kept.get(kind, 0) + 1
        if kept[kind] > max(keep, 1):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def back_up(engine: Engine, folder: Path, kind: str, keep: int) -> Path | None:
    """An online backup now (safe while Relate runs), then the oldest of its kind pruned."""
    made = backup_sqlite(engine, folder, kind)
    path = sqlite_file(engine)
    if made is not None and path is not None:
        prune(folder, path.stem, keep)
    return made


def back_up_if_due(engine: Engine, folder: Path, keep: int, now: datetime | None = None) -> Path | None:
    """The daily backup, when the newest one is a day old or there is none."""
    path = sqlite_file(engine)
    if path is None or not path.exists():
        return None
    dailies = [p for p in list_backups(folder, path.stem) if _kind(p) == "daily"]
    moment = (now or datetime.now(UTC)).timestamp()
    if dailies and moment - dailies[0].stat().st_mtime < DAILY.total_seconds():
        return None
    return back_up(engine, folder, "daily", keep)


def restore(backup: Path, database: Path) -> Path | None:
    """Put ``backup`` in place of ``database``, after checking it; the current file (and its
    WAL, which belongs to it alone) is moved aside, never deleted. Returns where it went."""
    problem = problem_with(backup)
    if problem is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "Not restored: %1. The current database was left alone."), problem)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.before-restore-{stamp}")
    moved = None
    database.parent.mkdir(parents=True, exist_ok=True)
    try:
        for suffix in ("", "-wal", "-shm"):
            current = Path(f"{database}{suffix}")
            if current.exists():
                os.replace(current, Path(f"{aside}{suffix}"))
                moved = aside
        with contextlib.closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)) \
                as source, contextlib.closing(sqlite3.connect(database)) as target:
            source.backup(target)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP(
            "errors", "Restoring %1 into %2 failed: %3. The previous file is at %4."),
            str(backup), str(database), str(error), str(moved or database)) from error
    return moved


# --- PostgreSQL ---------------------------------------------------------------------------


def find_pg_dump() -> Path | None:
    on_path = shutil.which("pg_dump")
    if on_path:
        return Path(on_path)
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "pg_dump").is_file():
            return Path(folder) / "pg_dump"
    return None


def pg_dump(url: str, target: Path) -> Path:
    """A dump of the shop's PostgreSQL database in pg_dump's custom format (pg_restore reads
    it). The password goes to pg_dump in its environment, never on its command line."""
    program = find_pg_dump()
    if program is None:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP(
            "errors", "pg_dump is not installed on this PC: back up on the server (see the "
            "README), or install the PostgreSQL client tools."))
    parsed = make_url(url)
    env = {**os.environ, "PGPASSWORD": parsed.password or os.environ.get("PGPASSWORD", "")}
    command = [str(program), "--format=custom", f"--file={target}", "--no-password"]
    for option, value in (("--host", parsed.host), ("--port", parsed.port),
                          ("--username", parsed.username), ("--dbname", parsed.database)):
        if value:
            command.append(f"{option}={value}")
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        with contextlib.suppress(OSError):
            target.unlink()
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("errors", "pg_dump failed: %1"),
                                  " ".join(done.stderr.split()))
    return target
