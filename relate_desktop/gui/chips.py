"""The little things as chips: glanceable, each saying who recorded it and when."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from relate_desktop.domain.records import LittleThing
from relate_desktop.gui import colours, labels
from relate_desktop.gui.flow_layout import FlowLayout


class Chip(QFrame):
    remove_requested = Signal(int)

    def __init__(self, thing: LittleThing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("littleThingChip")
        self.thing = thing
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(4)
        who = self.tr("%1 · %2").replace("%1", thing.recorded_by).replace("%2", labels.when(thing.recorded_at))
        lock = "🔒 " if thing.sensitive else ""
        text = QLabel(f"<b>{lock}{escape(thing.text)}</b> <span style='color:{colours.current().quiet_text}'>{escape(who)}</span>")
        text.setAccessibleName(self.tr("%1 (sensitive)").replace("%1", thing.text) if thing.sensitive
                               else thing.text)
        text.setAccessibleDescription(who)
        layout.addWidget(text)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove “%1” (it can be undone)").replace("%1", thing.text))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", thing.text))
        remove.setAccessibleDescription(self.tr("Removes this little thing from the card; Undo in the "
                                                "message line brings it back."))
        remove.clicked.connect(lambda: self.remove_requested.emit(thing.id))
        layout.addWidget(remove)
        tip = self.tr("Recorded by %1 on %2").replace("%1", thing.recorded_by).replace(
            "%2", labels.date_time(thing.recorded_at))
        if thing.sensitive:
            tip += "\n" + self.tr("Sensitive: masked in lists and left out of exports.")
        self.setToolTip(tip)


class LittleThingsPanel:
    """Fills the form's ``littleThings`` widget with chips and an "add" field."""

    def __init__(self, host: QWidget) -> None:
        self._layout = FlowLayout(host)
        self.add_field = QLineEdit()
        self.add_field.setObjectName("addLittleThing")
        # The nudge: "no interest-bearing offers", not the religion behind it.
        self.add_field.setPlaceholderText(
            QCoreApplication.translate("LittleThingsPanel", "+ little thing: the what, not the why"))
        self.add_field.setAccessibleName(QCoreApplication.translate("LittleThingsPanel", "Add a little thing"))
        self.add_field.setAccessibleDescription(QCoreApplication.translate(
            "LittleThingsPanel",
            "Type what the customer prefers, e.g. “Receipt: always”, and press Enter to add it"))
        self.add_field.setToolTip(
            QCoreApplication.translate("LittleThingsPanel", "Add a little thing to the card (Enter)"))
        self.add_field.setMinimumWidth(280)
        self.sensitive = QCheckBox(QCoreApplication.translate("LittleThingsPanel", "sensitive"))
        self.sensitive.setObjectName("sensitiveThing")
        self.sensitive.setToolTip(QCoreApplication.translate(
            "LittleThingsPanel", "Shown on the card only: masked in lists, left out of exports"))
        self.sensitive.setAccessibleName(
            QCoreApplication.translate("LittleThingsPanel", "Sensitive little thing"))
        self.sensitive.setAccessibleDescription(QCoreApplication.translate(
            "LittleThingsPanel", "Check before adding: the little thing is shown on the card only, "
            "masked in lists and left out of exports"))
        self._layout.addWidget(self.add_field)
        self._layout.addWidget(self.sensitive)
        self._chips: list[Chip] = []

    def show_things(self, things: tuple[LittleThing, ...], on_remove: object) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self._layout.removeWidget(self.add_field)
        self._layout.removeWidget(self.sensitive)
        for thing in things:
            chip = Chip(thing)
            chip.remove_requested.connect(on_remove)
            self._layout.addWidget(chip)
            self._chips.append(chip)
        self._layout.addWidget(self.add_field)
        self._layout.addWidget(self.sensitive)

    def remove_buttons(self) -> list[QToolButton]:
        """Each chip's × in the order shown (the card puts them in its Tab order)."""
        return [button for chip in self._chips for button in chip.findChildren(QToolButton)]

    @property
    def texts(self) -> list[str]:
        return [chip.thing.text for chip in self._chips]
