"""Settings → the shop server (with "Test connection") and where this PC keeps backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from relate_desktop.config import (
    BACKUP_FOLDER_KEY,
    BACKUPS_KEPT_KEY,
    DB_URL_KEY,
    DEFAULT_BACKUPS_KEPT,
    LocalSettings,
)
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services.connection import ConnectionReport, server_url, test_connection


class SettingsDialog(QDialog):
    """Changes take effect when Relate next starts; the password is never shown again."""

    def __init__(self, settings: LocalSettings, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings, self._worker = settings, worker
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>Shop server</b> (several PCs sharing one database). Leave the "
                                   "server empty to keep this PC's own database.")))
        self.host, self.database, self.user = QLineEdit(), QLineEdit("relate"), QLineEdit("relate")
        self.host.setPlaceholderText(self.tr("e.g. backoffice or 192.168.1.10"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for label, widget in ((self.tr("Server"), self.host), (self.tr("Port"), self.port),
                              (self.tr("Database"), self.database), (self.tr("User"), self.user),
                              (self.tr("Password"), self.password)):
            form.addRow(label, widget)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.answer = QLabel(wordWrap=True)
        self.answer.setObjectName("connectionResult")
        form.addRow(self.test_button, self.answer)
        form.addRow(QLabel(self.tr("<b>Backups</b> of this PC's own database")))
        self.folder = QLineEdit(str(settings.get(BACKUP_FOLDER_KEY, "") or ""))
        self.folder.setPlaceholderText(self.tr("the data folder's backups/"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(self.tr("Backup folder"), row)
        self.kept = QSpinBox(minimum=1, maximum=365, value=int(settings.get(BACKUPS_KEPT_KEY,
                                                                           DEFAULT_BACKUPS_KEPT)))
        form.addRow(self.tr("Keep the last"), self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def url(self) -> str:
        if not self.host.text().strip():
            return ""
        return server_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip(), self.password.text())

    def test(self) -> None:
        url = self.url()
        if not url:
            self.answer.setText(self.tr("Type the server's name or address first."))
            return
        self.answer.setText(self.tr("Testing…"))
        self._worker.submit(lambda: test_connection(url), self._tested, lambda e: self.answer.setText(str(e)))

    def _tested(self, report: ConnectionReport) -> None:
        self.answer.setText(report.message)
        self.answer.setStyleSheet("" if report.ok else "color:#b3261e; font-weight:bold")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        if self.host.text().strip():  # empty fields never drop a server chosen before
            self._settings.set(DB_URL_KEY, self.url())
        self._settings.set(BACKUP_FOLDER_KEY, self.folder.text().strip())
        self._settings.set(BACKUPS_KEPT_KEY, self.kept.value())
        self.accept()
