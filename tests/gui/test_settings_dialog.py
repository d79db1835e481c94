"""Settings → the shop server: "Test connection" explains what is wrong, never the password."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from relate_desktop.gui.main_window import MainWindow
from relate_desktop.gui.settings_dialog import SettingsDialog


def test_the_settings_dialog_tests_a_server_and_says_what_is_wrong(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    qtbot.keyClicks(dialog.password, "s3cret-word")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.answer.text(), timeout=10_000)
    assert "s3cret-word" not in dialog.answer.text()
