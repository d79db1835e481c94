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
from relate_desktop.gui.context import WorkContext

#: (format, how the person sees it, file filter)
FORMAT_CHOICES = (
    ("excel-csv", "Excel-friendly CSV (UTF-8 with BOM)", "CSV (*.csv)"),
    ("csv", "CSV (UTF-8)", "CSV (*.csv)"),
    ("json", "JSON", "JSON (*.json)"),
)
TABLE_CHOICES = (("customers", "Customers"), ("remarks", "Remarks"),
                 ("escalations", "Escalations"), ("audit", "Audit trail"))


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
        for table, label in TABLE_CHOICES:
            self.table_box.addItem(self.tr(label), table)
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for fmt, label, _filter in FORMAT_CHOICES:
            self.format_box.addItem(self.tr(label), fmt)
        self.sensitive = QCheckBox(self.tr("Include little things marked sensitive (a full export, "
                                           "which Relate can import again without loss)"))
        self.sensitive.setObjectName("exportSensitive")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("What"), self.table_box)
        form.addRow(self.tr("As"), self.format_box)
        form.addRow(self.sensitive)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self, path: Path | None = None) -> None:
        """Ask where (unless ``path`` is given), then write the export there."""
        table, fmt = str(self.table_box.currentData()), str(self.format_box.currentData())
        if path is None:
            file_filter = next(f for name, _label, f in FORMAT_CHOICES if name == fmt)
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
            self.exported.emit(self.tr("Exported %1 rows to %2").replace("%1", str(count))
                               .replace("%2", str(target)))
            self.accept()

        self._context.worker.submit(lambda: export.save(actor, table, fmt, target, sensitive), done,
                                    self._failed)

    def _failed(self, error: RelateError) -> None:
        self.message.setText(str(error))
