"""The manager's queue: open escalations on the left, the selected one and its actions right."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from relate_desktop.domain.errors import EditConflict, RelateError
from relate_desktop.domain.records import CustomerCard, Escalation, QueueOutline
from relate_desktop.domain.vocabulary import Outcome, PromiseKind
from relate_desktop.gui import colours, icons, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_manager_queue import Ui_ManagerQueuePanel
from relate_desktop.gui.queue_model import PAGE, QueueModel, after_paint
from relate_desktop.gui.scroll_room import WidthFollowsContents
from relate_desktop.gui.versions import SeenVersions
from relate_desktop.services.promises import PromiseTerms

_TICK_MS = 30_000


class ManagerQueueWindow(QWidget):
    open_card = Signal(int)
    changed = Signal()
    closed = Signal()  # Esc or Ctrl+M: the counter window takes the keyboard back

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ManagerQueuePanel()
        self.ui.setupUi(self)
        self.setObjectName("managerQueue")
        self._context = context
        self.model = QueueModel(context.shop)
        self.model.rows_wanted.connect(self._fetch_rows)
        self.ui.queueTable.setModel(self.model)
        self.ui.queueTable.setObjectName("queueTable")
        header = self.ui.queueTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the rows in view only: measuring the first thousand would read ten pages
        # of a long queue from the database just to size the columns.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The stretching summary column is never narrower than its own title (a long translation),
        # also when the other columns leave no room to stretch into (then it keeps the default).
        title = header.sectionSizeHint(3)
        header.setMinimumSectionSize(max(header.minimumSectionSize(), title))
        header.setDefaultSectionSize(max(header.defaultSectionSize(), title))
        self.ui.queueTable.verticalHeader().hide()
        self.ui.queueTable.selectionModel().selectionChanged.connect(self._selected)
        self.ui.splitter.setSizes([820, 460])
        WidthFollowsContents(self.ui.detailsArea)  # the actions never go past its edge
        self.ui.notesList.setWordWrap(True)
        for outcome in Outcome:
            self.ui.outcomeCombo.addItem(labels.outcome(outcome), outcome)
        for kind in PromiseKind:
            self.ui.promiseKind.addItem(labels.promise_kind(kind), kind)
        self.ui.promiseDue.setDate(QDate.currentDate().addDays(14))
        self.ui.promiseCheck.toggled.connect(self._promise_toggled)
        self._promise_toggled(False)
        # A week on, a call to check the customer is happy with what was done.
        self.ui.followUpDue.setDate(QDate.currentDate().addDays(7))
        self.ui.followUpCheck.toggled.connect(self.ui.followUpDue.setEnabled)
        self.ui.followUpDue.setEnabled(False)
        self.ui.takeButton.clicked.connect(self.take_ownership)
        self.ui.takeButton.setIcon(icons.icon("take"))
        self.ui.noteField.returnPressed.connect(self.add_note)
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.ui.resolveButton.setIcon(icons.icon("resolve"))
        self.ui.resolutionNote.returnPressed.connect(self.resolve)
        self.ui.openCardButton.clicked.connect(self._open_card)
        for keys, action in (("Ctrl+T", self.take_ownership), ("Ctrl+Return", self.resolve),
                             ("Ctrl+Enter", self.resolve), ("Esc", self.close),
                             ("Ctrl+M", self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)
        can_act = context.actor.staff.is_manager
        for widget in (self.ui.takeButton, self.ui.resolveBox):
            widget.setEnabled(can_act)
            if not can_act:
                widget.setToolTip(self.tr("Only a manager can do this."))
        self.current: Escalation | None = None
        self._versions = SeenVersions()
        self._tick = QTimer(self, interval=_TICK_MS)
        self._tick.timeout.connect(self.model.tick)
        self._tick.start()
        self._show_details(None)
        self.reload()

    # -- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        escalations = self._context.services.escalations
        self._context.worker.submit(lambda: escalations.queue_outline(first=PAGE), self._arrived,
                                    self._failed)

    def _fetch_rows(self, ids: list[int]) -> None:
        escalations = self._context.services.escalations
        # Asked for in the middle of a repaint: read once it is done (see after_paint).
        self._context.worker.submit(after_paint(lambda: escalations.queue_rows(ids)), self.model.add_rows,
                                    self._failed)

    def _arrived(self, outline: QueueOutline) -> None:
        keep = self.current.id if self.current else None
        self.model.set_outline(outline.ids, outline.first)
        rows, urgent, late = outline.ids, outline.urgent, outline.late
        self.ui.summaryLine.setText(self.tr("%1 open · %2 urgent · %3 past their target time").replace(
            "%1", str(len(rows))).replace("%2", str(urgent)).replace("%3", str(late)))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            # Loads its details through _selected. Not selectRow(): laid out right to left it
            # looks for the row's first cell one pixel past the view's edge and selects nothing.
            self.ui.queueTable.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_details(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._load(self.model.id_at(indexes[0].row()))

    def _load(self, escalation_id: int) -> None:
        escalations = self._context.services.escalations
        self._context.worker.submit(lambda: escalations.get(escalation_id), self._show_details, self._failed)

    # -- the selected escalation ---------------------------------------------------------

    def _show_details(self, escalation: Escalation | None) -> None:
        self.current = escalation
        if escalation is not None:
            self._versions.saw(escalation.id, escalation.version)
        self.ui.details.setEnabled(escalation is not None)
        self.ui.message.clear()
        conflict = getattr(self, "_conflict", "")  # stays until the manager acts again
        if conflict:
            self.ui.message.setText(conflict)
            self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")
        if escalation is None:
            self.ui.remarkText.setText(self.tr("Nothing waiting. Well done."))
            self.ui.customerShort.clear()
            self.ui.notesList.clear()
            self.ui.openCardButton.hide()
            return
        self.ui.remarkText.setText(
            f"<p><b>{escape(labels.remark_kind(escalation.kind))}</b> · "
            f"{escape(labels.priority(escalation.priority))} · "
            + escape(self.tr("raised by %1, %2").replace("%1", escalation.raised_by).replace(
                "%2", labels.when(escalation.raised_at)))
            + f"</p><p style='font-size:large'>{escape(escalation.summary)}</p>")
        self.ui.notesList.clear()
        for note in escalation.notes:
            self.ui.notesList.addItem(self.tr("%1 %2: %3").replace("%1", labels.when(note.at)).replace(
                "%2", note.staff).replace("%3", note.text))
        self.ui.openCardButton.setVisible(escalation.customer_id is not None)
        self.ui.customerShort.setText(self.tr("A walk-in (no customer on file)")
                                      if escalation.customer_id is None else escalation.customer_name)
        if escalation.customer_id is not None:
            customers, customer_id = self._context.services.customers, escalation.customer_id
            self._context.worker.submit(lambda: customers.card(customer_id), self._show_customer,
                                        lambda _e: None)

    def _show_customer(self, card: CustomerCard) -> None:
        if self.current is None or self.current.customer_id != card.id:
            return
        parts = [f"<b>{escape(card.display_name)}</b>"]
        if card.phones:
            parts.append(escape(card.phones[0].display))
        if card.little_things:
            # Sensitive little things belong on the card itself, not in lists like this one.
            parts.append(escape(" · ".join(
                self.tr("🔒 (sensitive)") if t.sensitive else t.text for t in card.little_things)))
        if card.open_promises:
            parts.append(escape(self.tr("%n open promise(s)", "", len(card.open_promises))))
        others = [e for e in card.open_escalations if e.id != self.current.id]
        if others:
            parts.append(escape(self.tr("%n other open escalation(s)", "", len(others))))
        recent = [t for t in card.timeline if t.what == "remark"][:3]
        for entry in recent:
            parts.append(f"<span style='color:{colours.current().quiet_text}'>{escape(labels.when(entry.at))} "
                         f"{escape(labels.timeline_title(entry))}: {escape(entry.text[:80])}</span>")
        self.ui.customerShort.setText("<br>".join(parts))

    def _promise_toggled(self, on: bool) -> None:
        for widget in (self.ui.promiseKind, self.ui.promiseWhat, self.ui.promiseAmount, self.ui.promiseDue):
            widget.setEnabled(on)

    # -- actions -------------------------------------------------------------------------

    def take_ownership(self) -> None:
        if self.current is None:
            return
        escalations, actor, eid = self._context.services.escalations, self._context.actor, self.current.id
        version, self._conflict, seen = self.current.version, "", self._versions

        def take() -> Escalation:
            taken = escalations.take_ownership(actor, eid, seen.get(eid, version))
            seen.saw(eid, taken.version)
            return taken

        self._context.worker.submit(take, self._acted, self._failed)

    def add_note(self) -> None:
        if self.current is None:
            return
        text = self.ui.noteField.text()
        escalations, actor, eid = self._context.services.escalations, self._context.actor, self.current.id

        def noted(escalation: Escalation) -> None:
            self.ui.noteField.clear()
            self._acted(escalation)

        def note() -> Escalation:
            added = escalations.add_note(actor, eid, text)
            self._versions.saw(eid, added.version)  # a note moves the version on too
            return added

        self._context.worker.submit(note, noted, self._failed)

    def resolve(self) -> None:
        if self.current is None:
            return
        outcome = Outcome(self.ui.outcomeCombo.currentData())
        note = self.ui.resolutionNote.text()
        promise = None
        if self.ui.promiseCheck.isChecked():
            due = self.ui.promiseDue.date()
            amount = self.ui.promiseAmount.value()
            promise = PromiseTerms(
                kind=PromiseKind(self.ui.promiseKind.currentData()), what=self.ui.promiseWhat.text(),
                amount_cents=round(amount * 100) if amount > 0 else None,
                due_on=date(due.year(), due.month(), due.day()))
        follow_up = None
        if self.ui.followUpCheck.isChecked():
            chosen = self.ui.followUpDue.date()
            follow_up = date(chosen.year(), chosen.month(), chosen.day())
        escalations, actor, eid = self._context.services.escalations, self._context.actor, self.current.id
        version, self._conflict, seen = self.current.version, "", self._versions

        def resolved(_escalation: Escalation) -> None:
            self.ui.resolutionNote.clear()
            self.ui.promiseWhat.clear()
            self.ui.promiseAmount.setValue(0)
            self.ui.promiseCheck.setChecked(False)
            self.ui.followUpCheck.setChecked(False)
            # Back to the list for the next one (the details go blank, and the focus with them).
            self.ui.queueTable.setFocus(Qt.FocusReason.OtherFocusReason)
            self.current = None
            self.reload()
            self.changed.emit()

        self._context.worker.submit(
            lambda: escalations.resolve(actor, eid, outcome, note, promise, seen.get(eid, version),
                                        follow_up_on=follow_up),
            resolved, self._failed)

    def _acted(self, escalation: Escalation) -> None:
        self._show_details(escalation)
        self.reload()
        self.changed.emit()

    def _open_card(self) -> None:
        if self.current is not None and self.current.customer_id is not None:
            self.open_card.emit(self.current.customer_id)

    def _failed(self, error: RelateError) -> None:
        self.ui.message.setText(labels.error_text(error))
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")
        if isinstance(error, EditConflict) and self.current is not None:
            # Show what the other manager did, and keep saying why it is shown.
            self._conflict = labels.error_text(error)
            self._load(self.current.id)
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)
        self.closed.emit()

    def showEvent(self, event: object) -> None:
        self._tick.start()
        self.ui.queueTable.setFocus()
        super().showEvent(event)  # type: ignore[arg-type]
