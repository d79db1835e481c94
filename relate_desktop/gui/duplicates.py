"""Customer → Possible duplicates…: likely pairs on the left, the two side by side on the right,
the values they disagree on chosen by the manager, then Merge (and Undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.till import till_text


def _facts(card: CustomerCard) -> list[tuple[str, str, str]]:
    """(field, label, value) rows to compare; the field names match MergeConflict.field."""
    return [
        ("display_name", "Name", card.display_name),
        ("pronunciation", "How to say it", card.pronunciation),
        ("preferred_language", "Language", card.preferred_language),
        ("preferred_channel", "Preferred channel",
         card.preferred_channel.value if card.preferred_channel else ""),
        ("do_not_contact", "Do not contact", "yes" if card.do_not_contact else "no"),
        ("phones", "Phones", ", ".join(p.display for p in card.phones)),
        ("emails", "Emails", ", ".join(card.emails)),
        ("cards", "Cards", ", ".join(card.cards)),
        ("little_things", "Little things", "; ".join(t.text for t in card.little_things)),
        *[(f"consent_{c.value}", f"Consent ({c.value})", card.consent(c).value)
          for c in sorted({c.channel for c in card.consents}, key=lambda c: c.value)],
        ("history", "History", f"{len(card.timeline)} entries, {len(card.open_promises)} open promises, "
                               f"{len(card.open_escalations)} open escalations"),
        ("till", "Till", till_text(card.till)),
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
        self.pair_list.currentRowChanged.connect(self._pair_chosen)
        splitter.addWidget(self.pair_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.why = QLabel()
        self.why.setWordWrap(True)
        right_layout.addWidget(self.why)
        self.comparison = QTableWidget(0, 3)
        self.comparison.setObjectName("duplicateComparison")
        self.comparison.verticalHeader().hide()
        self.comparison.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        right_layout.addWidget(self.comparison, 1)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(self.tr("Merge into the one on the left"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.merge_button)
        right_layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("duplicatesMessage")
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
            item = QListWidgetItem(f"{pair.first_name}  ↔  {pair.second_name}\n{pair.reasons[0]}")
            item.setToolTip("\n".join(pair.reasons))
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
            self.why.setText(self.tr("Why: %1").replace("%1", "; ".join(pair.reasons)))
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
        labels = {f: label for f, label, _v in _facts(review.other)}
        rows = [(f, label, value, right.get(f, "")) for f, label, value in left]
        rows += [(f, labels[f], "", value) for f, value in right.items() if f not in {r[0] for r in rows}]
        self.comparison.setRowCount(len(rows))
        self.comparison.setHorizontalHeaderLabels([
            "", self.tr("Keeps: %1 (#%2)").replace("%1", review.survivor.display_name).replace(
                "%2", str(review.survivor.id)),
            self.tr("Merged in: %1 (#%2)").replace("%1", review.other.display_name).replace(
                "%2", str(review.other.id))])
        for index, (field_, label, mine, theirs) in enumerate(rows):
            self.comparison.setItem(index, 0, QTableWidgetItem(self.tr(label)))
            if field_ in conflicts:
                group = QButtonGroup(self.comparison)
                for column, (value, side) in enumerate(((mine, SURVIVOR), (theirs, OTHER)), start=1):
                    button = QRadioButton(value)
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
        self.message.setStyleSheet("color:#b3261e")
        self.message.setText(str(error))
