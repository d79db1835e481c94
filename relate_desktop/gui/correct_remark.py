"""Correcting a remark after the fact: its text, its kind, or the customer it belongs to.

Rare and deliberate, so a small window of its own; every change is kept in the remark's
history by the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import CustomerMatch, Remark, RemarkRevision
from relate_desktop.domain.vocabulary import RemarkKind
from relate_desktop.gui import colours, labels
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_correct_remark import Ui_CorrectRemarkDialog


class CorrectRemarkDialog(QDialog):
    corrected = Signal(object)  # Remark

    def __init__(self, context: WorkContext, remark: Remark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CorrectRemarkDialog()
        self.ui.setupUi(self)
        self.setObjectName("correctRemark")
        self._context = context
        self.remark = remark
        for kind in RemarkKind:
            self.ui.kind.addItem(labels.remark_kind(kind), kind)
        self.ui.kind.setCurrentIndex(list(RemarkKind).index(remark.kind))
        self.ui.text.setPlainText(remark.text)
        for revision in remark.revisions:
            self.ui.history.addItem(self._revision_line(revision))
        if not remark.revisions:
            self.ui.history.addItem(self.tr("No corrections yet"))
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search)
        self.ui.moveLookup.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save correction"))
        save.setToolTip(self.tr("Save the correction; the earlier version is kept"))
        save.setAccessibleName(self.tr("Save correction"))
        save.setAccessibleDescription(self.tr("Saves the changed text, kind or customer; the earlier "
                                              "version is kept"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without changing the remark (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel the correction"))
        cancel.setAccessibleDescription(self.tr("Closes the window without changing the remark (Esc)"))
        self.ui.text.setFocus()

    def _revision_line(self, revision: RemarkRevision) -> str:
        """"3 May Priya: kind changed — was “Complaint”"."""
        line = self.tr("%1 %2: %3", "when, who: what changed").replace(
            "%1", labels.when(revision.at)).replace("%2", revision.staff).replace(
            "%3", labels.remark_change(revision.change))
        before = revision.before
        if revision.change == "kind" and before in {k.value for k in RemarkKind}:
            before = labels.remark_kind(RemarkKind(before))
        if revision.change in ("text", "kind") and before:
            line += " — " + self.tr("was “%1”").replace("%1", before)
        return line

    def _search(self) -> None:
        text = self.ui.moveLookup.text()
        lookup = self._context.services.lookup
        self._context.worker.submit(lambda: lookup.lookup_customers(text, limit=8), self._found,
                                    self._failed)

    def _found(self, matches: list[CustomerMatch]) -> None:
        self.ui.moveResults.clear()
        for match in matches:
            if match.id == self.remark.customer_id:
                continue
            item = QListWidgetItem(f"{match.display_name}  {match.phone}")
            item.setData(Qt.ItemDataRole.UserRole, match.id)
            self.ui.moveResults.addItem(item)
        if self.ui.moveResults.count():
            self.ui.moveResults.setCurrentRow(0)

    def _target_customer(self) -> int | None:
        if not self.ui.moveLookup.text().strip():
            return None
        item = self.ui.moveResults.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _save(self) -> None:
        if self.ui.moveLookup.text().strip() and self._target_customer() is None:
            self._failed(RelateError(self.tr("Pick the customer to move it to, or clear the field.")))
            return
        remarks, actor, remark_id = self._context.services.remarks, self._context.actor, self.remark.id
        text = self.ui.text.toPlainText()
        kind = RemarkKind(self.ui.kind.currentData())
        customer_id = self._target_customer()
        self._context.worker.submit(
            lambda: remarks.correct_remark(actor, remark_id, text=text, kind=kind, customer_id=customer_id),
            self._saved, self._failed)

    def _saved(self, remark: Remark) -> None:
        self.corrected.emit(remark)
        self.accept()

    def _failed(self, error: RelateError) -> None:
        self.ui.message.setText("⚠ " + labels.error_text(error))  # a sign as well as the colour
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")
