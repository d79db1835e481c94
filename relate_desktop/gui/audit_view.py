"""The audit trail for a manager: who did what, when and where, filtered by person, action, words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import AuditEntry, StaffMember
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_audit_view import Ui_AuditViewPanel

#: The families of actions, as the filter offers them (an action is "family.verb").
ACTION_FAMILIES = ("customer", "little_thing", "consent", "remark", "escalation", "promise", "staff", "shop")
# The columns, in order (the words shown are in AuditWindow.headers, translatable).
COLUMNS = ("When", "Who", "Workstation", "Action", "On", "Summary")
ACTION_COLUMN = 3


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
            self.ui.actionFilter.addItem(labels.audit_family(family), family + ".")
        self.ui.sinceFilter.setDate(QDate.currentDate().addDays(-30))
        self.ui.entries.setColumnCount(len(COLUMNS))
        self.ui.entries.setHorizontalHeaderLabels(self.headers())
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

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Workstation"), self.tr("Action"), self.tr("On"),
                self.tr("Summary")]

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
            target = labels.audit_target(e.target_type)
            if e.target_id is not None:
                target = self.tr("%1 %2", "what, then its number").replace("%1", target).replace(
                    "%2", str(e.target_id))
            shown = (labels.when(e.at), self._who(e.staff), e.workstation, labels.audit_action(e.action),
                     target, e.summary)
            for column, text in enumerate(shown):
                item = QTableWidgetItem(text)
                if column == ACTION_COLUMN:
                    item.setToolTip(e.action)  # the code, as an export of the trail names it
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self.ui.message.setText(self.tr("%n entries (the newest 500 at most)", "", len(entries)))
        self.ui.message.setStyleSheet("")

    def _who(self, name: str) -> str:
        """People's names as they are; the two names the trail gives to no one in particular, translated."""
        if name == "command line":
            return self.tr("command line")
        if name == "first start":
            return self.tr("first start")
        return name

    def _failed(self, error: RelateError) -> None:
        self.ui.message.setText(labels.error_text(error))
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")
