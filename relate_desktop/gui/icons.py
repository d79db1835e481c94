"""Relate's action icons: single-colour SVGs drawn in the theme's text colour, sharp at any scale.

The files in resources/icons draw with ``currentColor``; each time an icon is painted it takes
the colour of the palette in use, so a change of theme recolours every icon. An icon never
carries meaning alone: its button or menu entry keeps its words (and tooltip, accessible name).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from relate_desktop.gui import resources_rc  # noqa: F401 - registers :/icons

_sources: dict[str, str] = {}


def svg_source(name: str) -> str:
    if name not in _sources:
        file = QFile(f":/icons/{name}.svg")
        if not file.open(QFile.OpenModeFlag.ReadOnly):
            raise KeyError(f"no icon :/icons/{name}.svg")
        _sources[name] = bytes(file.readAll().data()).decode("utf-8")
        file.close()
    return _sources[name]


class TintedSvgEngine(QIconEngine):
    """Renders one SVG at the size asked for (device pixels included) in a palette colour,
    or in a fixed ``colour`` (a button with its own background)."""

    def __init__(self, name: str, colour: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour

    def colour(self, mode: QIcon.Mode) -> QColor:
        if self._colour is not None:
            return QColor(self._colour)
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.ButtonText
        return palette.color(group, role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        svg = svg_source(self._name).replace("currentColor", self.colour(mode).name())
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        side = min(rect.width(), rect.height())
        square = QRect(QPoint(0, 0), QSize(side, side))
        square.moveCenter(rect.center())
        renderer.render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Drawn from the SVG at the screen's own pixels (twice as many at 200%), never scaled up.
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._name, self._colour)

    def key(self) -> str:
        return "relate-tinted-svg"

    def iconName(self) -> str:
        return self._name


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (resources/icons/<name>.svg) in the theme's text colour, or in ``colour``."""
    svg_source(name)  # a missing file fails here, not silently at paint time
    return QIcon(TintedSvgEngine(name, colour))
