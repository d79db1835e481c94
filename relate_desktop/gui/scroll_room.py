"""Scroll areas that scroll up and down only: never narrower than what they hold needs.

Without this a scroll area lets its window shrink below the width of its contents, and a
longer translation or a larger font pushes buttons and labels off its right edge (or, right
to left, its left edge) where no scroll bar brings them back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea


class WidthFollowsContents(QObject):
    """Keeps ``area``'s minimum width at its contents' minimum width (plus frame and vertical
    scroll bar), whenever the contents' layout changes."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        contents = area.widget()
        assert contents is not None, "the scroll area needs its widget first"
        contents.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        contents = self._area.widget()
        if contents is None:
            return
        needed = max(contents.minimumSizeHint().width(), contents.minimumWidth())
        margins = self._area.viewportMargins()
        width = (needed + 2 * self._area.frameWidth() + margins.left() + margins.right()
                 + self._area.verticalScrollBar().sizeHint().width())
        if width != self._area.minimumWidth():
            self._area.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False
