"""Customer → Possible duplicates…: likely pairs on the left, the two side by side on the right,
the values they disagree on chosen by the manager, then Merge (and Undo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.merging import OTHER, SURVIVOR, DuplicatePair, MergeRecord, MergeReview
from relate_desktop.domain.records import CustomerCard
from relate_desktop.gui import colours, labels, spoken
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.till import till_text


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("DuplicatesWindow", "yes")
    return QCoreApplication.translate("DuplicatesWindow", "no")


def _facts(card: CustomerCard) -> list[tuple[str, str, str]]:
    """(field, label, value) rows to compare, in the person's words; the field names match
    MergeConflict.field."""
    counts = labels.counts()
    history = ", ".join((counts.entries(len(card.timeline)), counts.open_promises(len(card.open_promises)),
                         counts.open_escalations(len(card.open_escalations))))
    consents = sorted({c.channel for c in card.consents}, key=lambda c: c.value)
    return [
        ("display_name", QCoreApplication.translate("DuplicatesWindow", "Name"), card.display_name),
        ("pronunciation", QCoreApplication.translate("DuplicatesWindow", "How to say it"),
         card.pronunciation),
        ("preferred_language", QCoreApplication.translate("DuplicatesWindow", "Language"),
         spoken.name(card.preferred_language)),
        ("preferred_channel", QCoreApplication.translate("DuplicatesWindow", "Preferred channel"),
         labels.contact_channel(card.preferred_channel) if card.preferred_channel else ""),
        ("do_not_contact", QCoreApplication.translate("DuplicatesWindow", "Do not contact"),
         _yes_no(card.do_not_contact)),
        ("phones", QCoreApplication.translate("DuplicatesWindow", "Phones"),
         ", ".join(p.display for p in card.phones)),
        ("emails", QCoreApplication.translate("DuplicatesWindow", "Emails"), ", ".join(card.emails)),
        ("cards", QCoreApplication.translate("DuplicatesWindow", "Cards"), ", ".join(card.cards)),
        ("little_things", QCoreApplication.translate("DuplicatesWindow", "Little things"),
         "; ".join(t.text for t in card.little_things)),
        *[(f"consent_{c.value}", QCoreApplication.translate("DuplicatesWindow", "Consent (%1)").replace(
            "%1", labels.contact_channel(c)), labels.consent_state(card.consent(c))) for c in consents],
        ("history", QCoreApplication.translate("DuplicatesWindow", "History"), history),
        ("till", QCoreApplication.translate("DuplicatesWindow", "Till"), till_text(card.till)),
    ]


class DuplicatesWindow(QWidget):
    merged = Signal(object)  # MergeRecord

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("duplicatesWindow")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1100, 600)
        self._context = context
        self.pairs: list[DuplicatePair] = []
        self.review: MergeReview | None = None
        self.last_merge: MergeRecord | None = None
        self._choices: dict[str, QButtonGroup] = {}

        splitter = QSplitter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.pair_list = QListWidget()
        self.pair_list.setObjectName("duplicatePairs")
        self.pair_list.setAccessibleName(self.tr("Possible duplicates"))
        self.pair_list.setAccessibleDescription(self.tr(
            "Pairs of customers who may be one person, the likeliest first; Up and Down pick a pair "
            "to compare."))
        self.pair_list.currentRowChanged.connect(self._pair_chosen)
        splitter.addWidget(self.pair_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why they look alike"))
        right_layout.addWidget(self.why)
        self.comparison = QTableWidget(0, 3)
        self.comparison.setObjectName("duplicateComparison")
        self.comparison.setAccessibleName(self.tr("The two customers side by side"))
        self.comparison.setAccessibleDescription(self.tr(
            "Where the two differ, pick the value to keep; the customer on the left is kept and the "
            "one on the right merged into it."))
        self.comparison.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.comparison.verticalHeader().hide()
        self.comparison.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        right_layout.addWidget(self.comparison, 1)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.swap_button.setAccessibleName(self.tr("Keep the other one"))
        self.swap_button.setAccessibleDescription(self.tr(
            "Swaps the two, so the customer on the right is the one kept."))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(self.tr("Merge into the one on the left"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.merge_button.setAccessibleDescription(self.tr(
            "Merges the customer on the right into the one on the left, with the values picked; "
            "Undo last merge takes it back."))
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.setAccessibleName(self.tr("Undo last merge"))
        self.undo_button.setAccessibleDescription(self.tr(
            "Splits the two customers of the last merge apart again, each with what was theirs."))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.merge_button)
        right_layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("duplicatesMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        right_layout.addWidget(self.message)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])
        self.reload()

    def reload(self) -> None:
        duplicates = self._context.services.duplicates
        self._context.worker.submit(duplicates.find, self._found, self._failed)

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.pair_list.clear()
        for pair in pairs:
            reasons = [labels.duplicate_reason(r) for r in pair.reasons]
            item = QListWidgetItem(self.tr("%1  ↔  %2\n%3").replace("%1", pair.first_name).replace(
                "%2", pair.second_name).replace("%3", reasons[0]))
            item.setToolTip("\n".join(reasons))
            self.pair_list.addItem(item)
        if not pairs:
            self.review = None
            self.comparison.setRowCount(0)
            self.why.setText(self.tr("No likely duplicates."))
        else:
            self.pair_list.setCurrentRow(0)
        self.merge_button.setEnabled(bool(pairs))

    def _pair_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            pair = self.pairs[row]
            self.why.setText(self.tr("Why: %1").replace(
                "%1", "; ".join(labels.duplicate_reason(r) for r in pair.reasons)))
            self.show_pair(pair.first_id, pair.second_id)

    def show_pair(self, survivor_id: int, other_id: int) -> None:
        merging = self._context.services.merging
        self._context.worker.submit(lambda: merging.review(survivor_id, other_id), self._show_review,
                                    self._failed)

    def _show_review(self, review: MergeReview) -> None:
        self.review = review
        self._choices = {}
        conflicts = {c.field: c for c in review.conflicts}
        left, right = _facts(review.survivor), dict((f, v) for f, _l, v in _facts(review.other))
        names = {f: label for f, label, _v in _facts(review.other)}
        rows = [(f, label, value, right.get(f, "")) for f, label, value in left]
        rows += [(f, names[f], "", value) for f, value in right.items() if f not in {r[0] for r in rows}]
        self.comparison.setRowCount(len(rows))
        self.comparison.setHorizontalHeaderLabels([
            self.tr("Detail"), self.tr("Keeps: %1 (#%2)").replace("%1", review.survivor.display_name).replace(
                "%2", str(review.survivor.id)),
            self.tr("Merged in: %1 (#%2)").replace("%1", review.other.display_name).replace(
                "%2", str(review.other.id))])
        for index, (field_, label, mine, theirs) in enumerate(rows):
            self.comparison.setItem(index, 0, QTableWidgetItem(label))
            if field_ in conflicts:
                group = QButtonGroup(self.comparison)
                for column, (value, side) in enumerate(((mine, SURVIVOR), (theirs, OTHER)), start=1):
                    button = QRadioButton(value or self.tr("(none)"))
                    button.setAccessibleName(self.tr("Keep %1: %2").replace("%1", label).replace(
                        "%2", value or self.tr("(none)")))
                    button.setAccessibleDescription(
                        self.tr("The merged customer keeps the value of the one on the left.")
                        if side == SURVIVOR else
                        self.tr("The merged customer keeps the value of the one on the right."))
                    button.setProperty("side", side)
                    button.setObjectName(f"choose_{field_}_{side}")
                    button.setChecked(side == SURVIVOR)
                    group.addButton(button)
                    self.comparison.setCellWidget(index, column, button)
                self._choices[field_] = group
            else:
                self.comparison.setItem(index, 1, QTableWidgetItem(mine))
                self.comparison.setItem(index, 2, QTableWidgetItem(theirs))
        self.comparison.resizeRowsToContents()
        self.merge_button.setEnabled(True)

    def choose(self, field_: str, side: str) -> None:
        """Keep the ``side`` (SURVIVOR or OTHER) value of a conflicting field."""
        for button in self._choices[field_].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def swap(self) -> None:
        if self.review is not None:
            self.show_pair(self.review.other.id, self.review.survivor.id)

    def merge(self) -> None:
        review = self.review
        if review is None:
            return
        choices = {}
        for field_, group in self._choices.items():
            checked = group.checkedButton()
            choices[field_] = str(checked.property("side")) if checked is not None else SURVIVOR
        merging, actor = self._context.services.merging, self._context.actor
        survivor_id, other_id = review.survivor.id, review.other.id
        self.merge_button.setEnabled(False)
        self._context.worker.submit(lambda: merging.merge(actor, survivor_id, other_id, choices),
                                    self._merged, self._failed)

    def _merged(self, record: MergeRecord) -> None:
        self.last_merge = record
        self.undo_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("%1 merged into %2.").replace("%1", record.merged_name)
                             .replace("%2", record.survivor_name))
        self.merged.emit(record)
        self.reload()

    def undo(self) -> None:
        record = self.last_merge
        if record is None:
            return
        merging, actor = self._context.services.merging, self._context.actor
        self._context.worker.submit(lambda: merging.undo(actor, record.id), self._undone, self._failed)

    def _undone(self, record: MergeRecord) -> None:
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The merge of %1 into %2 was undone.")
                             .replace("%1", record.merged_name).replace("%2", record.survivor_name))
        self.reload()

    def _failed(self, error: RelateError) -> None:
        self.merge_button.setEnabled(self.review is not None)
        self.message.setStyleSheet(f"color:{colours.current().error_text}")
        self.message.setText(labels.error_text(error))
