"""A clear ring around whichever control has the keyboard focus, in every window and theme.

Fusion's own focus marks are a faint 1px line (and none at all on some controls), too easy to
lose at a busy counter. One ring follows the focus instead of a style-sheet border per kind of
control: buttons, combo boxes and spin boxes keep their normal look.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QMenuBar, QWidget

#: The ring's width: the style's focus-frame margin outside the control plus one pixel over
#: its edge, so it still shows where a layout leaves no room around the control.
RING_WIDTH = 3


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)


def ringed(widget: QWidget | None) -> QWidget | None:
    """The control to ring for the focus being on ``widget`` (a spin box, not its inner text
    box), or None: no ring on windows, menus and popups."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    while (parent := widget.parentWidget()) is not None and not widget.isWindow() \
            and parent.focusProxy() is widget:
        widget = parent
    return None if widget.isWindow() else widget


class FocusRings(QObject):
    """Moves the ring to each newly focused control."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)
        self.follow(None, app.focusWidget())

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = ringed(new)
        if self.ring is None or not shiboken6.isValid(self.ring):  # gone with its last window
            if target is None:
                return
            self.ring = FocusRing()
            self.ring.setObjectName("focusRing")
        self.ring.setWidget(target)  # type: ignore[arg-type]  # None: Qt's nullptr, no ring

    def refresh(self) -> None:
        """Again around the focused control: a change of style hides a focus frame."""
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.setWidget(None)  # type: ignore[arg-type]
        self.follow(None, self._app.focusWidget())

    def remove(self) -> None:
        self._app.focusChanged.disconnect(self.follow)
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.setWidget(None)  # type: ignore[arg-type]
            self.ring.deleteLater()
        self.ring = None
        self.setParent(None)
        self.deleteLater()
