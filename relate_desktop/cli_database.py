"""The command line's database care: check-connection, backup and restore."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from relate_desktop.config import Locations, backup_folder, backups_kept
from relate_desktop.db import backups
from relate_desktop.db.connection_check import check_connection, shown_url
from relate_desktop.db.engine import backup_sqlite, make_engine, sqlite_file
from relate_desktop.domain.errors import InvalidInput

COMMANDS = ("check-connection", "backup", "restore")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the commands to ``commands`` (the parser's subparsers; their class is cli's)."""
    commands.add_parser(
        "check-connection", parents=[common], allow_abbrev=False,
        help="test the database (e.g. the shop server) and say in plain words what is wrong")
    backup = commands.add_parser(
        "backup", parents=[common], allow_abbrev=False,
        help="back up the database now (safe while Relate runs; pg_dump for a server)")
    backup.add_argument("file", nargs="?", metavar="FILE",
                        help="where to write it (default: the backup folder)")
    restore = commands.add_parser(
        "restore", parents=[common], allow_abbrev=False,
        help="replace the database with a backup (checked first; the current file is kept aside)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")


def run(options: argparse.Namespace, locations: Locations) -> int:
    if options.command == "check-connection":
        report = check_connection(locations.db_url)
        stream = sys.stdout if report.ok else sys.stderr
        print(report.message if report.ok else f"relate-desktop: {report.message}", file=stream)
        return 0 if report.ok else 1
    if options.command == "backup":
        return _backup(locations, options.file)
    return _restore(locations, Path(options.file).expanduser(), options.yes)


def _backup(locations: Locations, file: str | None) -> int:
    engine = make_engine(locations.db_url)
    try:
        database = sqlite_file(engine)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        if database is None:
            target = Path(file).expanduser() if file else backup_folder(locations) / f"relate-{stamp}.dump"
            backups.pg_dump(locations.db_url, target)
            print(f"Backed up {shown_url(locations.db_url)} to {target} "
                  f"(restore on the server with pg_restore, see the README).")
            return 0
        if not database.exists():
            raise InvalidInput(f"There is no database at {database} to back up.")
        if file:
            target = Path(file).expanduser()
            made = backup_sqlite(engine, target.parent, "manual")
            assert made is not None
            made.replace(target)
        else:
            made = backups.back_up(engine, backup_folder(locations), "manual", backups_kept(locations))
            assert made is not None
            target = made
    except OSError as error:
        raise InvalidInput(f"Cannot write the backup: {error.strerror or error}") from error
    finally:
        engine.dispose()
    print(f"Backed up {database} to {target}.")
    return 0


def _restore(locations: Locations, backup: Path, yes: bool) -> int:
    engine = make_engine(locations.db_url)
    database = sqlite_file(engine)
    engine.dispose()
    if database is None:
        raise InvalidInput("A server database is restored on the server with pg_restore "
                           "(see the README), not from a workstation.")
    problem = backups.problem_with(backup)
    if problem is not None:
        raise InvalidInput(f"Not restored: {problem}. The current database was left alone.")
    if not yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise InvalidInput(f"Restoring replaces {database}: add --yes to do it without a "
                               "question (nothing was changed).")
        answer = input(f"Replace {database} with {backup}? Close Relate on this PC first. "
                       "The current file is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    aside = backups.restore(backup, database)
    kept = f" The previous database is kept at {aside}." if aside else ""
    print(f"Restored {backup} into {database}.{kept}")
    return 0
