"""Settings: the language, the shop server (with "Test connection") and where this PC keeps
backups."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
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
    LANGUAGE_KEY,
    THEME_KEY,
    LocalSettings,
)
from relate_desktop.gui import colours, labels, theme
from relate_desktop.gui.language import LANGUAGES, SYSTEM, system_language
from relate_desktop.gui.worker import DatabaseWorker
from relate_desktop.services.connection import (
    ConnectionReport,
    Problem,
    server_url,
    test_connection,
)


class SettingsDialog(QDialog):
    """Changes take effect when Relate next starts (the theme at once); the password is never
    shown again."""

    def __init__(self, settings: LocalSettings, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings, self._worker = settings, worker
        form = QFormLayout(self)
        self._add_language(form)
        self._add_theme(form)
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
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(self.browse)
        form.addRow(self.tr("Backup folder"), row)
        self.kept = QSpinBox(minimum=1, maximum=365, value=int(settings.get(BACKUPS_KEPT_KEY,
                                                                           DEFAULT_BACKUPS_KEPT)))
        form.addRow(self.tr("Keep the last"), self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._describe()

    def _add_language(self, form: QFormLayout) -> None:
        """Each language named in its own language, so anyone finds theirs; used from the
        next start (the windows are built in a language, and rebuilding them all mid-shift
        would lose what is being typed)."""
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("Same as this PC (%1)").replace(
            "%1", LANGUAGES[system_language()]), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = self._settings.get(LANGUAGE_KEY, SYSTEM)
        self.language.setCurrentIndex(max(self.language.findData(saved if saved in LANGUAGES else SYSTEM), 0))
        self._language_saved = str(self.language.currentData())
        self.language_note = QLabel(self.tr("Relate will use the new language after a restart."),
                                    wordWrap=True)
        self.language_note.setObjectName("languageNote")
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.language_note)

    def _language_changed(self) -> None:
        def spoken(choice: str) -> str:
            return system_language() if choice == SYSTEM else choice

        self.language_note.setVisible(spoken(str(self.language.currentData()))
                                      != spoken(self._language_saved))

    def _add_theme(self, form: QFormLayout) -> None:
        """Light, dark or as the desktop is; used as soon as Settings is saved."""
        self.theme_choice = QComboBox()
        self.theme_choice.setObjectName("themeChoice")
        for text, choice in ((self.tr("Follow the system"), theme.SYSTEM), (self.tr("Light"), theme.LIGHT),
                             (self.tr("Dark"), theme.DARK)):
            self.theme_choice.addItem(text, choice)
        saved = self._settings.get(THEME_KEY, theme.SYSTEM)
        self.theme_choice.setCurrentIndex(max(self.theme_choice.findData(saved), 0))
        self.theme_choice.setAccessibleName(self.tr("Theme"))
        self.theme_choice.setAccessibleDescription(self.tr("Light or dark windows, or as this PC's desktop is"))
        form.addRow(self.tr("T&heme"), self.theme_choice)

    def _describe(self) -> None:
        """What a screen reader says for each control."""
        for widget, name, description in (
            (self.language, self.tr("Language"),
             self.tr("The language of Relate's windows on this PC; used after a restart")),
            (self.host, self.tr("Server"),
             self.tr("The shop server's name or address; leave it empty to keep this PC's own database")),
            (self.port, self.tr("Port"), self.tr("The shop server's PostgreSQL port, usually 5432")),
            (self.database, self.tr("Database"), self.tr("The name of Relate's database on the server")),
            (self.user, self.tr("User"), self.tr("The user name Relate signs in to the server with")),
            (self.password, self.tr("Password"),
             self.tr("That user's password; it is stored on this PC and never shown again")),
            (self.test_button, self.tr("Test connection"),
             self.tr("Tries the server with these details and says what is wrong, if anything")),
            (self.answer, self.tr("Connection test result"),
             self.tr("What the last connection test found")),
            (self.folder, self.tr("Backup folder"),
             self.tr("Where this PC writes its backups; empty means the data folder's backups folder")),
            (self.browse, self.tr("Choose the backup folder"),
             self.tr("Opens a folder picker for the backup folder")),
            (self.kept, self.tr("Backups kept"),
             self.tr("How many backups of each kind this PC keeps; older ones are deleted")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

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
        self._worker.submit(lambda: test_connection(url), self._tested,
                            lambda e: self.answer.setText(labels.error_text(e)))

    def _tested(self, report: ConnectionReport) -> None:
        self.answer.setText(self.explained(report))
        # The full technical wording, for whoever set the server up.
        self.answer.setToolTip(labels.words_text(report.words))
        self.answer.setStyleSheet("" if report.ok else f"color:{colours.current().error_text}; font-weight:bold")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def explained(self, report: ConnectionReport) -> str:
        """The connection test's finding in the window's language, in the words of this
        window's fields (the report's own words, translated, are the tooltip)."""
        server = f"{self.host.text().strip()}:{self.port.value()}"
        user, database, where = self.user.text().strip(), self.database.text().strip(), report.where
        texts = {
            Problem.BAD_URL: self.tr("'%1' is not a database address Relate understands."),
            Problem.NO_DRIVER: self.tr("The PostgreSQL driver is not installed on this PC; install "
                                       "Relate with its PostgreSQL extra."),
            Problem.UNREACHABLE: self.tr(
                "The shop server %2 cannot be reached. Is the back-office PC on, is PostgreSQL "
                "running there, and does its firewall let port %5 through?"),
            Problem.REFUSED: self.tr(
                "The server %2 does not let user '%3' in to '%4' from this PC. See the README "
                "(the shop server) for the setting on the server."),
            Problem.WRONG_PASSWORD: self.tr(
                "The server %2 turned down the user name or password for user '%3'. Check both "
                "(the password is case-sensitive)."),
            Problem.NO_PASSWORD: self.tr("The server %2 wants a password for user '%3'."),
            Problem.DATABASE_MISSING: self.tr(
                "The server %2 is there, but has no database called '%4'. Create it on the "
                "server (see the README) or correct the name."),
            Problem.NEWER_SCHEMA: self.tr(
                "Connected to %1, but it was set up by a newer Relate. Install the newer Relate "
                "on this PC."),
            Problem.NOT_RELATE: self.tr("Connected to %1, but it is not a Relate database."),
            Problem.DAMAGED: self.tr("The database %1 cannot be read: it is damaged or not a "
                                     "Relate database."),
        }
        if report.problem is Problem.NONE:
            text = (self.tr("Connected to %1. It is empty: Relate sets it up on its first start.")
                    if report.revision is None else
                    self.tr("Connected to %1. Relate can use this database."))
        elif report.problem in texts:
            text = texts[report.problem]
        else:  # something else the server said, in its own words
            return labels.words_text(report.words)
        # In one pass: an address may itself hold "%2" (%2F is a quoted "/").
        values = {"1": where, "2": server, "3": user, "4": database, "5": str(self.port.value())}
        return re.sub(r"%(\d)", lambda found: values.get(found.group(1), found.group()), text)

    def save(self) -> None:
        if self.host.text().strip():  # empty fields never drop a server chosen before
            self._settings.set(DB_URL_KEY, self.url())
        self._settings.set(BACKUP_FOLDER_KEY, self.folder.text().strip())
        self._settings.set(BACKUPS_KEPT_KEY, self.kept.value())
        if self.language.currentData() != self._language_saved:
            self._settings.set(LANGUAGE_KEY, self.language.currentData())
        self._settings.set(THEME_KEY, self.theme_choice.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.theme_choice.currentData())  # every window, at once
        self.accept()
