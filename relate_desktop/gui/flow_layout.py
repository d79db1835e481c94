"""A layout that wraps its items like words in a line: the little-things chips, and rows of
the card that must wrap when a translation or a larger font needs more room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            hint = item.sizeHint()
            # Never wider than the line (the layout's minimum width keeps every item's minimum).
            hint.setWidth(max(min(hint.width(), area.width()), item.minimumSize().width()))
            if lines[-1] and x + hint.width() - 1 > area.right():
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        host = self.parentWidget()
        direction = host.layoutDirection() if host is not None else Qt.LayoutDirection.LeftToRight
        y = area.y()
        for line in filter(None, lines):
            height = max(hint.height() for _item, hint in line)
            if move:
                self._place(line, area, y, height, direction)
            y += height + self._spacing
        if any(lines):
            y -= self._spacing
        return y - rect.y() + margins.bottom()

    def _place(self, line: list[tuple[QLayoutItem, QSize]], area: QRect, y: int, height: int,
               direction: Qt.LayoutDirection) -> None:
        x = area.x()
        for item, hint in line:
            width = hint.width()
            if item is line[-1][0] and item.expandingDirections() & Qt.Orientation.Horizontal:
                width = max(width, area.right() + 1 - x)  # a field ending a line takes the rest
            place = QRect(x, y + (height - hint.height()) // 2, width, hint.height())
            item.setGeometry(QStyle.visualRect(direction, area, place))  # right to left: mirrored
            x += width + self._spacing


def wrap_row(row: QBoxLayout) -> QWidget:
    """Make a row laid out in Qt Designer wrap like words when its line runs out of room (a
    longer translation, a larger font, a narrower window), instead of pushing its last widgets
    past the edge. A label stays on the same line as the field it names (its buddy), and a
    check box with the label and field after it; spacers go. The new widget takes the row's
    place in its parent layout and the row's objectName."""
    parent = row.parent()
    assert isinstance(parent, QBoxLayout), "the row must sit in a box layout"
    holder = QWidget(row.parentWidget())
    holder.setObjectName(row.objectName())
    flow = FlowLayout(holder)
    widgets: list[QWidget] = []
    while row.count():
        item = row.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widgets.append(widget)
    keep_tab_order = _tab_order_keeper(widgets)
    while widgets:
        group: list[QWidget] = [widgets.pop(0)]
        if isinstance(group[0], QCheckBox) and _names_next(widgets[:2]):
            group += [widgets.pop(0)]  # "[x] Do not contact" goes on with "until [date]"
        if _names_next([group[-1], *widgets[:1]]):
            group += [widgets.pop(0)]
        if len(group) == 1:
            flow.addWidget(group[0])
            continue
        together = QWidget(holder)
        together_layout = QHBoxLayout(together)
        together_layout.setContentsMargins(0, 0, 0, 0)
        for widget in group:
            together_layout.addWidget(widget)
        flow.addWidget(together)
    parent.insertWidget(parent.indexOf(row), holder)
    parent.removeItem(row)
    keep_tab_order()
    return holder


def _tab_order_keeper(widgets: list[QWidget]) -> Callable[[], None]:
    """Tab should still go through the row where it did: a widget given a new parent goes to
    the end of the window's Tab order, so put the row's widgets back after what came before."""
    tabbing = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not tabbing:
        return lambda: None
    before: QWidget = tabbing[0].previousInFocusChain() or tabbing[0]
    while before in widgets and before is not tabbing[0]:
        before = before.previousInFocusChain() or tabbing[0]

    def restore() -> None:
        for first, second in zip([before, *tabbing], tabbing, strict=False):
            if first is not second:
                QWidget.setTabOrder(first, second)

    return restore


def _names_next(widgets: list[QWidget]) -> bool:
    """A label followed by the field it names."""
    return len(widgets) == 2 and isinstance(widgets[0], QLabel) and widgets[0].buddy() is widgets[1]

