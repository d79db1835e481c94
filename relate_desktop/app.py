"""Composition root: settings, database, services, worker and windows, wired together once."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relate_desktop import __version__
from relate_desktop.config import LocalSettings, Locations, workstation_name
from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.errors import DatabaseUnavailable
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.first_run import FirstRunDialog
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.sign_in import SignInDialog
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services

log = logging.getLogger("relate")


def _start_logging(locations: Locations) -> logging.Handler:
    try:
        locations.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            locations.log_dir / "relate.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return handler


def _friendly_excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    QMessageBox.warning(
        None, QCoreApplication.translate("app", "Relate"),
        QCoreApplication.translate(
            "app", "Relate hit a problem. Your saved work is safe and drafts are kept; the details "
            "are in the log."))


def choose_staff(services: Services, worker: DatabaseWorker, settings: LocalSettings) -> StaffMember | None:
    """First start: create the shop and its manager. Later: who is working on this PC."""
    staff = services.staff.active_staff()
    if not staff:
        first = FirstRunDialog(services, worker)
        if first.exec() != QDialog.DialogCode.Accepted or first.manager is None:
            return None
        return first.manager
    if len(staff) == 1:
        return staff[0]
    sign_in = SignInDialog(staff, settings.get("last_staff_id"))
    if sign_in.exec() != QDialog.DialogCode.Accepted:
        return None
    return sign_in.chosen


def _no_screen() -> bool:
    """On Linux without X11 or Wayland Qt would abort with a cryptic message; say it plainly."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(locations: Locations) -> int:
    if _no_screen():
        print("relate-desktop: no screen to show the window on (DISPLAY is not set). Run it from "
              "the desktop, or use the command line: relate-desktop --help", file=sys.stderr)
        return 1
    handler = _start_logging(locations)
    previous_hook = sys.excepthook
    try:
        return _run(locations)
    finally:
        sys.excepthook = previous_hook
        logging.getLogger().removeHandler(handler)
        handler.close()


def _run(locations: Locations) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Relate")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relate-desktop")
    sys.excepthook = _friendly_excepthook
    try:
        engine = open_database(locations.db_url, locations.backup_dir)
    except DatabaseUnavailable as error:
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, QCoreApplication.translate("app", "Relate cannot open its database"),
                             str(error))
        return 1
    services = Services.over(session_factory(engine))
    worker = DatabaseWorker()
    settings = LocalSettings(locations.settings_file)
    try:
        member = choose_staff(services, worker, settings)
        if member is None:
            return 0
        settings.set("last_staff_id", member.id)
        context = WorkContext(
            services=services, worker=worker, actor=Actor(member, workstation_name()),
            shop=services.shop.settings(), drafts=DraftStore(locations.drafts_file), settings=settings,
        )
        window = MainWindow(context)
        window.show()
        return app.exec()
    except DatabaseUnavailable as error:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Relate"), str(error))
        return 1
    finally:
        worker.stop()
        engine.dispose()
