"""The welcome page's "Today": what this person has due, dates to remember, and kind words."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QFrame, QListWidgetItem, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.reminders import DateReminder, DueItem, TodayPanel
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_today_panel import Ui_TodayPanel


class TodayView(QFrame):
    open_customer = Signal(int)

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPanel()
        self.ui.setupUi(self)
        self.setObjectName("todayPanel")
        self._context = context
        self.panel: TodayPanel | None = None
        self.ui.todayList.itemActivated.connect(self._open)
        self.ui.todayList.itemClicked.connect(self._open)  # one click, as a link would
        self.ui.kindWords.itemActivated.connect(self._open)
        self.ui.kindWords.hide()
        self.ui.kindWordsHeading.hide()

    def reload(self) -> None:
        today, actor = self._context.services.today, self._context.actor
        self._context.worker.submit(lambda: today.for_staff(actor), self.show_panel, self._failed)

    def show_panel(self, panel: TodayPanel) -> None:
        self.panel = panel
        items = self.ui.todayList
        items.clear()
        for title, due in ((self.tr("Callbacks due"), panel.callbacks),
                           (self.tr("Follow-ups due"), panel.follow_ups),
                           (self.tr("Promises due"), panel.promises)):
            if due:
                self._heading(title, len(due))
                for line in due:
                    self._due(line, panel.day)
        if panel.dates:
            self._heading(self.tr("Dates to remember"), len(panel.dates))
            for reminder in panel.dates:
                self._date(reminder, panel.day)
        if panel.is_empty:
            quiet = QListWidgetItem(self.tr("Nothing due today."))
            quiet.setFlags(Qt.ItemFlag.NoItemFlags)
            items.addItem(quiet)
        self.ui.todayHeading.setText(self.tr("<b>&Today</b>, %1").replace("%1", labels.day(panel.day)))
        self.ui.kindWords.clear()
        for words in panel.kind_words:
            who = words.customer_name or self.tr("a customer")
            item = QListWidgetItem(self.tr("“%1” — %2, %3 (heard by %4)").replace("%1", words.text).replace(
                "%2", who).replace("%3", labels.when(words.said_at)).replace("%4", words.heard_by))
            item.setForeground(QBrush(QColor(colours.current().good_text)))
            item.setData(Qt.ItemDataRole.UserRole, words.customer_id)
            self.ui.kindWords.addItem(item)
        self.ui.kindWords.setVisible(bool(panel.kind_words))
        self.ui.kindWordsHeading.setVisible(bool(panel.kind_words))
        self.ui.kindWordsHeading.setText(self.tr("<b>&Kind words about you</b> (%1 in the last 30 days)")
                                         .replace("%1", str(len(panel.kind_words))))

    def line_texts(self) -> list[str]:
        return [self.ui.todayList.item(n).text() for n in range(self.ui.todayList.count())]

    def _heading(self, title: str, count: int) -> None:
        item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", title).replace("%2", QLocale().toString(count)))
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, opens nothing
        self.ui.todayList.addItem(item)

    def _due(self, line: DueItem, today: date) -> None:
        promise = line.promise
        assert promise.due_on is not None
        when = (self.tr("LATE — was due %1").replace("%1", labels.day(promise.due_on, today))
                if promise.is_overdue(today) else self.tr("today"))
        by = "" if line.mine else self.tr(" (promised by %1)").replace("%1", promise.promised_by)
        item = QListWidgetItem(self.tr("%1 — %2, %3%4").replace("%1", line.customer_name).replace(
            "%2", promise.what).replace("%3", when).replace("%4", by))
        item.setData(Qt.ItemDataRole.UserRole, promise.customer_id)
        if promise.is_overdue(today):
            item.setForeground(QBrush(QColor(colours.current().late_text)))
            item.setBackground(QBrush(QColor(colours.current().late_background)))
        self.ui.todayList.addItem(item)

    def _date(self, reminder: DateReminder, today: date) -> None:
        years = self.tr(" (%n years)", "", reminder.years) if reminder.years else ""
        item = QListWidgetItem(self.tr("%1 — %2%3 · %4").replace("%1", reminder.customer_name).replace(
            "%2", labels.important_date(reminder.kind)).replace("%3", years).replace(
            "%4", labels.prefers(reminder.channel)))
        item.setData(Qt.ItemDataRole.UserRole, reminder.customer_id)
        self.ui.todayList.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is not None:
            self.open_customer.emit(int(customer_id))

    def _failed(self, error: RelateError) -> None:
        self.ui.todayHeading.setText(escape(labels.error_text(error)))
