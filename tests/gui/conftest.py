"""GUI fixtures: a signed-in counter window over the test's own database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.config import LocalSettings
from relate_desktop.domain.records import Actor
from relate_desktop.gui import language, theme
from relate_desktop.gui.collector import GuiThreadCollector
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.drafts import DraftStore
from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services import Services


@pytest.fixture(autouse=True)
def _collected_on_the_gui_thread(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """As in the app: Python's cycle collector runs on the GUI thread only (gui/collector.py)."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _themed(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every window looks as in the shop (Fusion, the light theme's palette and style sheet,
    the focus ring), and whatever theme a test applies is gone when the test ends."""
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    theme.apply(qapp, theme.LIGHT)
    yield
    theme.remove(qapp)


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """Every window speaks English as in a shop that chose it: with the English catalog, whose
    plurals say "1 row" and "2 rows" (relate_desktop/gui/language.py); all gone afterwards."""
    language.install(qapp, language.ENGLISH)
    yield
    language.uninstall(qapp)


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    database_worker = DatabaseWorker()
    yield database_worker
    database_worker.stop()


@pytest.fixture
def make_window(
    qtbot: QtBot, services: Services, worker: DatabaseWorker, data_dir: Path
) -> Callable[[Actor], MainWindow]:
    def make(actor: Actor) -> MainWindow:
        context = WorkContext(
            services=services, worker=worker, actor=actor, shop=services.shop.settings(),
            drafts=DraftStore(data_dir / "drafts.json"), settings=LocalSettings(data_dir / "settings.json"),
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: worker.idle)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[Actor], MainWindow], manager: Actor) -> MainWindow:
    return make_window(manager)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest only knows ASCII keys, so other letters are sent
    as key events carrying their text (as an input method does)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))
