"""Looking after the shop's database around the window: backups daily and at exit, a restore
offered when the file is damaged, and the outbox when it lives on a server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from relate_desktop.config import Locations, backup_folder, backups_kept
from relate_desktop.db import backups
from relate_desktop.db.engine import make_engine, open_database, sqlite_file
from relate_desktop.db.sign_in_copy import SignInCopyStore
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, ServerUnreachable
from relate_desktop.services import Services
from relate_desktop.services.outbox import Outbox
from relate_desktop.services.sign_in import SignInService

log = logging.getLogger(__name__)

#: Where this PC keeps work for the shop server while it is away (in the data folder).
OUTBOX_FILE = "outbox.db"


def open_or_offer_restore(locations: Locations,
                          ask: Callable[[DatabaseUnavailable, Path], bool]) -> Engine:
    """Open the database; if it is a damaged SQLite file and a good backup exists, ``ask``
    (the error, the backup) whether to restore it, and open the restored one."""
    folder = backup_folder(locations)
    try:
        return open_database(locations.db_url, folder)
    except ServerUnreachable as error:
        waiting = Outbox.waiting_in(locations.data_dir / OUTBOX_FILE)
        if waiting:
            raise ServerUnreachable(QT_TRANSLATE_NOOP(
                "errors", "%1 %2 remark(s) or promise(s) typed on this PC are kept and will be "
                "sent when it is back."), error.words, waiting) from error
        raise
    except DatabaseUnavailable as error:
        probe = make_engine(locations.db_url)
        path = sqlite_file(probe)
        probe.dispose()
        good = backups.newest_good_backup(folder, path.stem) if path is not None and path.exists() else None
        if path is None or good is None or not ask(error, good):
            raise
        aside = backups.restore(good, path)
        log.warning("restored %s into %s; the damaged file is at %s", good, path, aside)
        return open_database(locations.db_url, folder)


def open_for_work(locations: Locations,
                  ask: Callable[[DatabaseUnavailable, Path], bool]) -> tuple[Engine, bool]:
    """The engine, and whether Relate starts offline: a shop server out of reach is no reason
    to keep the counter shut when this PC holds a copy of the staff list (staff sign in, the
    outbox keeps what they type). Without a copy it is the same clear refusal as before."""
    try:
        return open_or_offer_restore(locations, ask), False
    except ServerUnreachable as error:
        if not SignInCopyStore.has_copy(locations.data_dir / OUTBOX_FILE):
            raise
        log.warning("starting offline: %s", error)
        # Connects on first use; the schema is checked and upgraded at the next start online.
        return make_engine(locations.db_url), True


class BackupRoutine:
    """The daily backup (checked at start and every hour) and one at exit, of a SQLite file."""

    def __init__(self, engine: Engine, locations: Locations) -> None:
        self._engine = engine
        self._locations = locations

    def daily(self) -> Path | None:
        try:
            return backups.back_up_if_due(self._engine, backup_folder(self._locations),
                                          backups_kept(self._locations))
        except OSError as error:  # a USB drive taken out: the shop goes on, the log says why
            log.warning("the daily backup failed: %s", error)
            return None

    def at_exit(self) -> Path | None:
        try:
            return backups.back_up(self._engine, backup_folder(self._locations), "exit",
                                   backups_kept(self._locations))
        except OSError as error:
            log.warning("the backup at exit failed: %s", error)
            return None


def outbox_for(services: Services, locations: Locations) -> Outbox | None:
    """An outbox only for a shop server: this PC's own SQLite file is never out of reach."""
    if not services.changes.on_server:
        return None
    return Outbox.at(locations.data_dir / OUTBOX_FILE, services.remarks, services.promises,
                     services.changes)


def sign_in_for(services: Services, locations: Locations) -> SignInService:
    """With a shop server, sign-in keeps this PC's copy of the staff list beside the outbox."""
    copy = locations.data_dir / OUTBOX_FILE if services.changes.on_server else None
    return SignInService(services.staff, services.shop, copy)
