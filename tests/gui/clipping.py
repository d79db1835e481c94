"""Find text a person cannot read in full: labels, buttons, titles and tabs given too little room.

Walk a shown window and compare, for every visible widget that shows text, the room the text
needs (measured with the widget's own font) with the room the layout gave it, and whether an
ancestor cuts the widget off. Item-view cells are not measured (their delegates elide and the
full text is in the row's tooltip or detail pane); header sections are.

Eliding on purpose is allowed, but it must be declared: a label that shortens its text with
``fontMetrics().elidedText`` sets the dynamic property ``elides`` to ``True`` and carries the
full text as its tooltip. Such a label is not measured; one without the tooltip is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

#: Rounding between font metrics and layouts; anything beyond this is text a person misses.
SLACK = 1


@dataclass(frozen=True)
class Clipped:
    """One piece of text that does not fit, with what it needs and what it has."""

    path: str
    class_name: str
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.class_name} {self.path} {self.text!r}: {self.problem}"


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        if current.objectName():
            names.append(current.objectName())
        if current.isWindow():
            break
        current = current.parentWidget()
    return "/".join(reversed(names)) or "(unnamed)"


def _plain(text: str) -> str:
    """What a label or button shows of a text with "&" mnemonics."""
    return re.sub(r"&(.)", r"\1", text)


def _size(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.AutoText:
        return bool(QtGuiNamespace.mightBeRichText(label.text()))  # Qt's own test, in QtGui
    return fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText)


def _document(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    if _is_rich(label):
        document.setHtml(label.text())
    else:
        document.setPlainText(_plain(label.text()) if label.buddy() else label.text())
    return document


def _label_problems(label: QLabel) -> list[str]:
    if label.property("elides"):
        return [] if label.toolTip() else ["elides its text but has no tooltip with the full text"]
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    problems = []
    if label.wordWrap():
        document = _document(label)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel wraps: never inside a word
        document.setDefaultTextOption(option)
        document.setTextWidth(room.width())
        widest = document.idealWidth()  # beyond the width when one word is longer than the line
        if widest > room.width() + SLACK:
            problems.append(f"a word needs {widest:.0f} px, the label is {room.width()} px wide")
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            problems.append(f"needs {needed} px high at width {label.width()}, has {label.height()} "
                            f"(size {_size(label.size())})")
        return problems
    if _is_rich(label):
        document = _document(label)
        width, height = document.idealWidth(), document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        lines = (_plain(label.text()) if label.buddy() else label.text()).split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
    if width > room.width() + SLACK:
        problems.append(f"needs {width:.0f} px wide, has {room.width()} (size {_size(label.size())})")
    if height > room.height() + SLACK:
        problems.append(f"needs {height:.0f} px high, has {room.height()} (size {_size(label.size())})")
    return problems


def _button_problems(button: QAbstractButton) -> list[str]:
    if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
        return []
    hint = button.sizeHint()
    problems = []
    if hint.width() > button.width() + SLACK:
        problems.append(f"needs {hint.width()} px wide, has {button.width()} (size {_size(button.size())})")
    if hint.height() > button.height() + SLACK:
        problems.append(f"needs {hint.height()} px high, has {button.height()} (size {_size(button.size())})")
    return problems


def _group_box_problems(box: QGroupBox) -> list[str]:
    metrics = QFontMetrics(box.font())
    width = metrics.horizontalAdvance(_plain(box.title()) + " ")
    if box.isCheckable():
        style = box.style()
        width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
        width += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box)
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.subControls = QStyle.SubControl.SC_GroupBoxLabel | QStyle.SubControl.SC_GroupBoxFrame
    if box.isCheckable():
        option.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    needed = box.style().sizeFromContents(QStyle.ContentsType.CT_GroupBox, option,
                                          QSize(width, metrics.height()), box).width()
    if needed > box.width() + SLACK:
        return [f"the title needs {needed} px, the box is {box.width()} px wide"]
    return []


def _tab_problems(bar: QTabBar) -> list[str]:
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        needed = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        rect = bar.tabRect(index)
        if needed > rect.width() + SLACK:
            problems.append(f"tab {text!r} needs {needed} px, has {rect.width()}")
        elif not bar.rect().contains(rect):
            problems.append(f"tab {text!r} is outside the tab bar ({bar.width()} px wide)")
    return problems


def _combo_problems(combo: QComboBox) -> list[str]:
    if combo.isEditable() or not combo.currentText():
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    option.editable = False
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() - 2 + SLACK:  # the style draws the text 1 px in from each side
        return [f"current text needs {needed} px, the field is {field.width() - 2} px"]
    return []


def _menu_bar_problems(bar: QMenuBar) -> list[str]:
    problems = []
    for action in bar.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        rect = bar.actionGeometry(action)
        if rect.isEmpty() or not bar.rect().contains(rect):
            problems.append(f"menu {_plain(action.text())!r} does not fit in the menu bar "
                            f"({bar.width()} px wide); it went into the overflow button")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    font = header.font()
    font.setBold(header.highlightSections())  # a table shows the selected row's titles in bold
    metrics = QFontMetrics(font)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        if header.orientation() == Qt.Orientation.Horizontal:
            needed = metrics.horizontalAdvance(str(text)) + margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        else:
            needed = metrics.height()
        if needed > header.sectionSize(section) + SLACK:
            problems.append(f"column {str(text)!r} needs {needed} px, has {header.sectionSize(section)}")
    return problems


def _scrolls(area: QAbstractScrollArea, orientation: Qt.Orientation) -> bool:
    bar = area.horizontalScrollBar() if orientation == Qt.Orientation.Horizontal else area.verticalScrollBar()
    return bar.isVisible() or bar.maximum() > 0


def _cut_off_by(widget: QWidget) -> str | None:
    """The ancestor that hides part of ``widget`` (outside its rectangle, with no scroll bar to
    bring it back), if any."""
    child: QWidget = widget
    parent = widget.parentWidget()
    rect = widget.rect()  # what is left of the widget, in ``child``'s coordinates
    while parent is not None and not child.isWindow():
        area = parent.parentWidget()
        in_viewport = isinstance(area, QAbstractScrollArea) and area.viewport() is parent
        rect = rect.translated(child.pos())
        outside = parent.rect()
        horizontal = rect.left() < outside.left() - SLACK or rect.right() > outside.right() + SLACK
        vertical = rect.top() < outside.top() - SLACK or rect.bottom() > outside.bottom() + SLACK
        if in_viewport:
            assert isinstance(area, QAbstractScrollArea)
            horizontal = horizontal and not _scrolls(area, Qt.Orientation.Horizontal)
            vertical = vertical and not _scrolls(area, Qt.Orientation.Vertical)
        if horizontal or vertical:
            return (f"cut off by {type(parent).__name__} {_path(parent)} "
                    f"({_size(parent.size())}): it sits at {rect.x()},{rect.y()} {_size(rect.size())}")
        rect = rect.intersected(outside)  # scrolled out of sight is not cut off: only the rest counts
        child, parent = parent, parent.parentWidget()
    return None


def _text_of(widget: QWidget) -> str | None:
    """The text ``widget`` shows, or None for widgets the check does not measure."""
    if isinstance(widget, QLabel):
        return widget.text() if widget.text() and widget.pixmap().isNull() else None
    if isinstance(widget, QAbstractButton):
        return widget.text() or None
    if isinstance(widget, QGroupBox):
        return widget.title() or None
    if isinstance(widget, QComboBox):
        return widget.currentText() or None
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(i) for i in range(widget.count())) or None
    if isinstance(widget, QMenuBar):
        return " | ".join(a.text() for a in widget.actions()) or None
    if isinstance(widget, QHeaderView):
        return "(header)" if widget.count() else None
    return None


def _problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_problems(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problems(widget)
    if isinstance(widget, QGroupBox):
        return _group_box_problems(widget)
    if isinstance(widget, QComboBox):
        return _combo_problems(widget)
    if isinstance(widget, QTabBar):
        return _tab_problems(widget)
    if isinstance(widget, QMenuBar):
        return _menu_bar_problems(widget)
    if isinstance(widget, QHeaderView):
        return _header_problems(widget)
    return []


def clipped_text(window: QWidget) -> list[Clipped]:
    """Every piece of text in the shown ``window`` (its own widgets, not other windows) that a
    person cannot read in full."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window.window():
            continue
        text = _text_of(widget)
        if text is None:
            continue
        problems = _problems(widget)
        if (cut := _cut_off_by(widget)) is not None:
            problems.append(cut)
        found += [Clipped(_path(widget), type(widget).__name__, text[:80], p) for p in problems]
    return found


def assert_nothing_clipped(window: QWidget, where: str = "") -> None:
    clipped = clipped_text(window)
    assert not clipped, (f"{len(clipped)} clipped text(s) in {where or window.objectName()}:\n"
                         + "\n".join(f"  {c}" for c in clipped))
