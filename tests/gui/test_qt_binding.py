"""Guards the Qt binding version: PySide6 6.12.0 over-releases what Python slots return."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot


def test_slots_called_from_qt_do_not_leak_references(qtbot: QtBot) -> None:
    # A window polls every two seconds all day: each tick calls Python slots like this one.
    box = QCheckBox()
    qtbot.addWidget(box)
    seen: list[bool] = []
    box.toggled.connect(lambda checked: seen.append(checked))
    before = sys.getrefcount(None)
    for n in range(2000):
        box.setChecked(n % 2 == 0)
    assert len(seen) == 2000
    assert sys.getrefcount(None) >= before - 50, "the Qt binding drops references to None"
