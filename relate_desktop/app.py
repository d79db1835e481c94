"""Composition root: settings, database, services, worker and windows, wired together once."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relate_desktop import __version__
from relate_desktop.config import (
    THEME_KEY,
    LocalSettings,
    Locations,
    backup_folder,
    workstation_name,
)
from relate_desktop.db.engine import make_engine, new_sqlite_file, open_database, session_factory
from relate_desktop.domain.errors import DatabaseUnavailable, RelateError
from relate_desktop.domain.records import Actor, ShopSettings
from relate_desktop.gui import labels, resources_rc, theme  # noqa: F401 - registers :/icons/relate.svg
from relate_desktop.gui.caller_pop import CallRouter
from relate_desktop.gui.collector import GuiThreadCollector
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.crash import CrashHandler
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.first_run import FirstRunDialog
from relate_desktop.gui.language import install_chosen as install_chosen_language
from relate_desktop.gui.shift import Shift, preload_window
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.integrations.caller_sources import CallerIdSources
from relate_desktop.integrations.hand_over import server_name
from relate_desktop.integrations.single_instance import InstanceServer
from relate_desktop.services import Services
from relate_desktop.upkeep import BackupRoutine, open_for_work, outbox_for, sign_in_for

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


def _log_file(handler: logging.Handler) -> Path | None:
    return Path(handler.baseFilename) if isinstance(handler, RotatingFileHandler) else None


def _keep_drafts(shift: Shift, drafts: DraftStore) -> None:
    """After an unexpected error: what is being typed goes to disk before anything else."""
    if shift.window is not None:
        shift.window.keep_drafts()
    else:
        drafts.flush()


def first_manager(services: Services, worker: DatabaseWorker,
                  create: Callable[[], object] | None = None) -> Actor | None:
    """First start with nobody on the staff: create the shop and its manager. ``create`` (the
    very first start on this PC) makes the database on the worker while the dialog is already
    up; if it fails, the dialog closes and its error is raised here."""
    first = FirstRunDialog(services, worker)
    failures: list[RelateError] = []
    if create is not None:
        def failed(error: RelateError) -> None:
            failures.append(error)
            first.reject()

        worker.submit(create, None, failed)  # before anything the dialog hands the worker
    preload_window()
    accepted = first.exec() == QDialog.DialogCode.Accepted
    if failures:
        raise failures[0]
    if not accepted or first.manager is None:
        return None
    return Actor(first.manager, workstation_name())


def _create_database(locations: Locations, routine: BackupRoutine) -> None:
    """The very first start's database (all migrations, ~0.3 s), and its first daily backup."""
    open_database(locations.db_url, backup_folder(locations)).dispose()
    routine.daily()


#: The Windows taskbar groups windows and pins shortcuts by this; the installer's Start menu
#: shortcut carries the same (packaging/windows/relate.iss).
WINDOWS_APP_ID = "io.relate.Desktop"


def _taskbar_identity() -> None:
    """On Windows, Relate's own taskbar button and icon (from source it would be Python's)."""
    if sys.platform == "win32":
        import ctypes

        try:
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
        except (AttributeError, OSError):  # an old or trimmed-down Windows: Python's button then
            log.warning("could not set the taskbar identity")


def _no_screen() -> bool:
    """On Linux without X11 or Wayland Qt would abort with a cryptic message; say it plainly."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(locations: Locations, arguments: Sequence[str] = ()) -> int:
    """The window; ``arguments`` are the command line's words (a ``relate://pop`` link)."""
    if _no_screen():
        print("relate-desktop: no screen to show the window on (DISPLAY is not set). Run it from "
              "the desktop, or use the command line: relate-desktop --help", file=sys.stderr)
        return 1
    handler = _start_logging(locations)
    previous_hooks = sys.excepthook, threading.excepthook
    try:
        return _run(locations, _log_file(handler), arguments)
    except Exception as error:  # on the way to the window: the same friendly window, no traceback
        sys.excepthook(type(error), error, error.__traceback__)
        return 1
    finally:
        sys.excepthook, threading.excepthook = previous_hooks
        logging.getLogger().removeHandler(handler)
        handler.close()


#: How often a running Relate checks whether the daily backup is due.
BACKUP_CHECK_MS = 60 * 60 * 1000


def _restore_offered(problem: DatabaseUnavailable, backup: Path) -> bool:
    """The database is damaged: offer the newest good backup instead of only a message."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime)),
                              QLocale.FormatType.ShortFormat)
    answer = QMessageBox.question(
        None, QCoreApplication.translate("app", "Relate cannot open its database"),
        QCoreApplication.translate(
            "app", "%1\n\nRestore the newest good backup, from %2?\n%3\n\nThe damaged file is "
            "kept aside, never deleted.").replace("%1", labels.error_text(problem)).replace("%2", when).replace(
            "%3", str(backup)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _cannot_open(error: RelateError) -> int:
    log.error("cannot open the database: %s", error)
    QMessageBox.critical(None, QCoreApplication.translate("app", "Relate cannot open its database"),
                         labels.error_text(error))
    return 1


def _run(locations: Locations, log_file: Path | None = None, arguments: Sequence[str] = ()) -> int:
    _taskbar_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    collector = GuiThreadCollector(app)  # Qt objects are never freed on the database worker
    install_chosen_language(app, LocalSettings(locations.settings_file))  # before any window
    theme.apply(app, LocalSettings(locations.settings_file).get(THEME_KEY))  # light, dark or the system's
    app.setApplicationName("Relate")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relate-desktop")
    app.setWindowIcon(QIcon(":/icons/relate.svg"))  # every window's title bar, the taskbar, Alt+Tab
    crash = CrashHandler(log_file)
    crash.install()
    instance = InstanceServer(server_name(locations.data_dir), app)
    if not instance.claim(arguments):
        return 0  # the Relate already running on this data folder took them, and comes to the front
    # No database file yet: the welcome window comes first, the database is made behind it.
    new = new_sqlite_file(locations.db_url)
    try:
        engine, offline = (make_engine(locations.db_url), False) if new else \
            open_for_work(locations, _restore_offered)
    except DatabaseUnavailable as error:
        return _cannot_open(error)
    services = Services.over(session_factory(engine))
    worker = DatabaseWorker()
    routine = BackupRoutine(engine, locations)
    backup_timer = QTimer(app, interval=BACKUP_CHECK_MS)  # a PC left on for days still gets one
    backup_timer.timeout.connect(lambda: worker.submit(routine.daily))
    backup_timer.start()
    outbox = outbox_for(services, locations)
    settings = LocalSettings(locations.settings_file)
    sources = CallerIdSources(settings, services.lookup.find_caller, app)
    try:
        drafts = DraftStore(locations.drafts_file)

        def make_context(actor: Actor, shop: ShopSettings) -> WorkContext:
            return WorkContext(services=services, worker=worker, actor=actor, shop=shop,
                               drafts=drafts, settings=settings, locations=locations, outbox=outbox)

        shift = Shift(services, worker, settings, drafts, make_context, sign_in_for(services, locations))
        crash.keep_work = lambda: _keep_drafts(shift, drafts)
        shift.ended.connect(app.quit)
        calls = CallRouter(shift)
        calls.listen_to(instance, sources)
        if not new and (offline or services.staff.active_staff()):
            shift.show_sign_in()
            worker.submit(routine.daily)  # after the staff list: the day's backup never delays it
        else:
            if not new:
                worker.submit(routine.daily)
            try:
                manager = first_manager(
                    services, worker, (lambda: _create_database(locations, routine)) if new else None)
            except RelateError as error:  # the new database could not be made
                return _cannot_open(error)
            if manager is None:
                return 0
            shift.start_as(manager)
        calls.take_arguments(list(arguments))
        code = app.exec()
        shift.end()
        return code
    except DatabaseUnavailable as error:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Relate"), labels.error_text(error))
        return 1
    finally:
        sources.stop()
        instance.close()
        backup_timer.stop()
        worker.stop()
        collector.stop()  # no worker left: Python may collect as it likes again
        routine.at_exit()
        engine.dispose()
