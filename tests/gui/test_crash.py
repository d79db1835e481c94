"""An unexpected error: a friendly window, the details in the log and on the clipboard, drafts kept."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relate_desktop import app as app_module
from relate_desktop.app import run_gui
from relate_desktop.config import locate
from relate_desktop.gui.crash import CrashHandler, CrashWindow

pytestmark = pytest.mark.qt_no_exception_capture  # the hook under test must see the errors


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The "relate" log written to a file, as app.py's rotating log does."""
    path = tmp_path / "relate.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logging.getLogger("relate").addHandler(handler)
    yield path
    logging.getLogger("relate").removeHandler(handler)
    handler.close()


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    hooks = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hooks


def answer_crash_window(seen: dict[str, object], copy: bool = True) -> QTimer:
    """While the crash window is up (it is modal: the test waits inside it), read it like a
    person would, press "Copy details", note the clipboard, and press Close."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashWindow) and w.isVisible()]
        if not shown:
            return
        window = shown[0]
        timer.stop()
        seen.update(title=window.windowTitle(), headline=window.headline.text(),
                    explanation=window.explanation.text(),
                    gui_thread=threading.current_thread() is threading.main_thread())
        if copy:
            window.copy_button.click()
            seen["clipboard"] = QApplication.clipboard().text()
        window.close_button.click()

    timer.timeout.connect(look)
    timer.start()
    return timer


def raise_in_a_slot(message: str) -> Callable[[], None]:
    def boom() -> None:
        raise RuntimeError(message)

    return boom


def test_an_error_in_the_window_shows_the_friendly_window(
    qtbot: QtBot, log_file: Path, restore_hooks: None
) -> None:
    order: list[str] = []
    handler = CrashHandler(log_file, keep_work=lambda: order.append("drafts kept"))
    handler.install()
    QApplication.clipboard().setText("something else")
    seen: dict[str, object] = {}
    answering = answer_crash_window(seen)
    QTimer.singleShot(0, raise_in_a_slot("the printer caught fire (test 4711)"))  # Qt calls the hook
    qtbot.waitUntil(lambda: "clipboard" in seen and handler.window is None, timeout=5000)
    answering.stop()

    assert seen["title"] == "Relate hit a problem"
    assert seen["headline"] == "Relate hit a problem — your work is saved."
    assert str(log_file) in str(seen["explanation"])
    assert "Traceback" not in str(seen["explanation"])  # never a bare traceback in front of staff
    assert order == ["drafts kept"]

    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "RuntimeError: the printer caught fire (test 4711)" in logged
    assert "in boom" in logged  # the whole traceback, down to the failing function

    copied = str(seen["clipboard"])
    assert copied.startswith("Relate ")
    assert "Traceback (most recent call last)" in copied
    assert "RuntimeError: the printer caught fire (test 4711)" in copied and "in boom" in copied


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, log_file: Path, restore_hooks: None
) -> None:
    handler = CrashHandler(log_file)
    handler.install()
    seen: dict[str, object] = {}
    answering = answer_crash_window(seen, copy=False)
    worker = threading.Thread(target=raise_in_a_slot("lost the scanner (test 4712)"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "title" in seen and handler.window is None, timeout=5000)
    answering.stop()
    assert seen["gui_thread"] is True
    assert seen["headline"] == "Relate hit a problem — your work is saved."
    assert "RuntimeError: lost the scanner (test 4712)" in log_file.read_text(encoding="utf-8")


def test_a_repeating_error_shows_one_window_and_logs_each(
    qtbot: QtBot, log_file: Path, restore_hooks: None
) -> None:
    handler = CrashHandler(log_file)
    handler.install()
    windows: list[CrashWindow] = []

    def while_shown() -> None:
        assert handler.window is not None
        windows.append(handler.window)
        try:
            raise ValueError("again (test 4713)")
        except ValueError as error:  # a timer firing again while the window is up
            handler(type(error), error, error.__traceback__)
        handler.window.close_button.click()

    QTimer.singleShot(50, while_shown)
    QTimer.singleShot(0, raise_in_a_slot("first (test 4713)"))
    qtbot.waitUntil(lambda: len(windows) == 1 and handler.window is None, timeout=5000)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashWindow) and w.isVisible()]
    assert shown == []
    logged = log_file.read_text(encoding="utf-8")
    assert "first (test 4713)" in logged and "again (test 4713)" in logged


def test_an_error_on_the_way_to_the_window_is_not_a_bare_traceback(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], restore_hooks: None,
) -> None:
    def broken_shift(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("sign-in screen broke (test 4714)")

    monkeypatch.setattr(app_module, "Shift", broken_shift)
    seen: dict[str, object] = {}
    answering = answer_crash_window(seen)
    assert run_gui(locate()) == 1
    answering.stop()
    assert seen["headline"] == "Relate hit a problem — your work is saved."
    assert "sign-in screen broke (test 4714)" in str(seen["clipboard"])
    log = data_dir / "logs" / "relate.log"
    assert "RuntimeError: sign-in screen broke (test 4714)" in log.read_text(encoding="utf-8")
    assert str(log) in str(seen["explanation"])
    assert "Traceback" not in capsys.readouterr().err
