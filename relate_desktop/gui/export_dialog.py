"""File → Export…: the same files as ``relate-desktop export``, written on the database worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from relate_desktop.domain.errors import RelateError
from relate_desktop.gui import labels
from relate_desktop.gui.context import WorkContext

#: The formats ``services.export`` writes, in the order offered; the dialog words them.
FORMATS = ("excel-csv", "csv", "json")
#: What can be exported, in the order offered.
TABLES = ("customers", "remarks", "escalations", "audit")


class ExportDialog(QDialog):
    exported = Signal(str)  # what to tell the person: "Exported 120 rows to …"

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._context = context
        form = QFormLayout(self)
        self.table_box = QComboBox()
        self.table_box.setObjectName("exportTable")
        tables = {"customers": self.tr("Customers"), "remarks": self.tr("Remarks"),
                  "escalations": self.tr("Escalations"), "audit": self.tr("Audit trail")}
        for table in TABLES:
            self.table_box.addItem(tables[table], table)
        self.table_box.setAccessibleName(self.tr("What to export"))
        self.table_box.setAccessibleDescription(self.tr(
            "Choose the customers, the remarks, the escalations or the audit trail."))
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        formats = {"excel-csv": self.tr("Excel-friendly CSV (UTF-8 with BOM)"),
                   "csv": self.tr("CSV (UTF-8)"), "json": self.tr("JSON")}
        for fmt in FORMATS:
            self.format_box.addItem(formats[fmt], fmt)
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.setAccessibleDescription(self.tr(
            "Choose the kind of file: CSV for a spreadsheet, JSON for another program."))
        self.sensitive = QCheckBox(self.tr("Include little things marked sensitive (a full export, "
                                           "which Relate can import again without loss)"))
        self.sensitive.setObjectName("exportSensitive")
        self.sensitive.setAccessibleName(self.tr("Include sensitive little things"))
        self.sensitive.setAccessibleDescription(self.tr(
            "When ticked, little things marked sensitive are exported too."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("What"), self.table_box)
        form.addRow(self.tr("As"), self.format_box)
        form.addRow(self.sensitive)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Save the export"))
        save.setAccessibleDescription(self.tr("Asks where to save the file, then writes it (Enter)."))
        save.setToolTip(self.tr("Choose where to save the file (Enter)"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes this window without exporting (Esc)."))
        cancel.setToolTip(self.tr("Close without exporting (Esc)"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self, path: Path | None = None) -> None:
        """Ask where (unless ``path`` is given), then write the export there."""
        table, fmt = str(self.table_box.currentData()), str(self.format_box.currentData())
        if path is None:
            file_filter = self.tr("JSON files (*.json)") if fmt == "json" else self.tr("CSV files (*.csv)")
            suffix = ".json" if fmt == "json" else ".csv"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                    str(Path.home() / f"{table}{suffix}"), file_filter)
            if not chosen:
                return
            path = Path(chosen)
        export, actor, sensitive = self._context.services.export, self._context.actor, self.sensitive.isChecked()
        target = path
        self.message.setText(self.tr("Exporting…"))

        def done(count: int) -> None:
            self.exported.emit(self.tr("Exported %n row(s) to %1", "", count).replace("%1", str(target)))
            self.accept()

        self._context.worker.submit(lambda: export.save(actor, table, fmt, target, sensitive), done,
                                    self._failed)

    def _failed(self, error: RelateError) -> None:
        self.message.setText(labels.error_text(error))
