"""The audit trail for a manager: who did what, when and where, filtered by person, action, words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import AuditEntry, StaffMember
from relate_desktop.gui import labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_audit_view import Ui_AuditViewPanel

#: The families of actions, as the filter offers them (an action is "family.verb").
ACTION_FAMILIES = ("customer", "little_thing", "consent", "remark", "escalation", "promise", "staff", "shop")
COLUMNS = ("When", "Who", "Workstation", "Action", "On", "Summary")


class AuditWindow(QWidget):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_AuditViewPanel()
        self.ui.setupUi(self)
        self.setObjectName("auditTrail")
        self._context = context
        self.ui.staffFilter.addItem(self.tr("anyone"), "")
        self.ui.actionFilter.addItem(self.tr("anything"), "")
        for family in ACTION_FAMILIES:
            self.ui.actionFilter.addItem(family.replace("_", " "), family + ".")
        self.ui.sinceFilter.setDate(QDate.currentDate().addDays(-30))
        self.ui.entries.setColumnCount(len(COLUMNS))
        self.ui.entries.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.ui.entries.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.ui.entries.verticalHeader().hide()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.ui.textFilter.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.ui.staffFilter, self.ui.actionFilter):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.sinceFilter.dateChanged.connect(lambda _d: self.reload())
        staff, actor = context.services.staff, context.actor
        context.worker.submit(lambda: staff.everyone(actor), self._people, self._failed)
        self.reload()

    def _people(self, people: list[StaffMember]) -> None:
        for member in people:
            self.ui.staffFilter.addItem(member.name, member.name)
        self.ui.staffFilter.addItem(self.tr("command line"), "command line")

    def reload(self) -> None:
        since_day = self.ui.sinceFilter.date()
        since = datetime(since_day.year(), since_day.month(), since_day.day()).astimezone(UTC)
        audit, actor = self._context.services.audit, self._context.actor
        who, action = str(self.ui.staffFilter.currentData() or ""), str(self.ui.actionFilter.currentData() or "")
        words = self.ui.textFilter.text().strip()
        self._context.worker.submit(
            lambda: audit.entries(actor, staff=who, action=action, text=words, since=since),
            self._show, self._failed)

    def _show(self, entries: list[AuditEntry]) -> None:
        table = self.ui.entries
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            target = f"{e.target_type} {e.target_id}" if e.target_id is not None else e.target_type
            for column, text in enumerate((labels.when(e.at), e.staff, e.workstation, e.action, target, e.summary)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.ui.message.setText(self.tr("%1 entries (the newest 500 at most)").replace("%1", str(len(entries))))
        self.ui.message.setStyleSheet("")

    def _failed(self, error: RelateError) -> None:
        self.ui.message.setText(str(error))
        self.ui.message.setStyleSheet("color:#b3261e; font-weight:bold")
