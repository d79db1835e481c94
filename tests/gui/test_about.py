"""Help → About Relate shows the version and the folders in use; the window's drafts can be kept on demand."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relate_desktop import __version__
from relate_desktop.config import locate
from relate_desktop.gui.about import AboutDialog
from relate_desktop.gui.main_window import MainWindow
from tests.gui.conftest import focused, type_into


def _about_action(window: MainWindow) -> QAction:
    menus = {action.text().replace("&", ""): action.menu() for action in window.menuBar().actions()}
    help_menu = menus["Help"]
    assert help_menu is not None
    actions = {action.text().replace("&", ""): action for action in help_menu.actions()}
    return actions["About Relate"]


def test_about_shows_the_version_and_every_folder(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.context.locations = locate(
        data_dir=str(tmp_path / "shop"), db_url="postgresql://clerk:s3cret@shop-server/relate")
    _about_action(window).trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Relate"
    assert f"Relate {__version__}" in dialog.heading.text()
    shown = dict(dialog.rows)
    shop = tmp_path / "shop"
    assert (shown["Data"], shown["Settings"], shown["Logs"], shown["Backups"]) == (
        str(shop), str(shop), str(shop / "logs"), str(shop / "backups"))
    assert shown["Database"] == "postgresql://clerk:***@shop-server/relate"
    assert "s3cret" not in dialog.text()

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert f"Relate {__version__}" in copied and f"Backups: {shop / 'backups'}" in copied
    assert "s3cret" not in copied
    dialog.close()


def test_about_says_when_the_folders_are_not_known(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context.locations is None  # the test window was made without them
    _about_action(window).trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    assert dict(dialog.rows)["Folders"] == "not known"
    dialog.close()


def test_keep_drafts_writes_what_is_being_typed_at_once(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.focus_remark()  # Ctrl+R: the walk-in editor, as no card is open
    editor = focused()
    assert editor is window.walk_in.ui.remarkEditor
    type_into(qtbot, editor, "the tart was spoilt")
    qtbot.waitUntil(lambda: window.walk_in.text() == "the tart was spoilt")  # keys arrive queued
    window.keep_drafts()  # what the crash window's hook calls, before the 400 ms timer
    drafts = json.loads((data_dir / "drafts.json").read_text(encoding="utf-8"))
    assert "the tart was spoilt" in drafts.values()
