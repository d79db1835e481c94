"""Help → About Relate: the version, and the folders this PC keeps the shop's data, settings, logs and backups in."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import __version__
from relate_desktop.config import Locations


class AboutDialog(QDialog):
    def __init__(self, locations: Locations | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Relate"))
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/relate.svg").pixmap(64, 64))
        self.heading = QLabel(self.tr("<h2>Relate %1</h2>").replace("%1", __version__))
        blurb = QLabel(self.tr("The shop's memory of its customers. It runs on this PC and the "
                               "shop's own database; nothing leaves the shop's machines."))
        blurb.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(blurb)
        top.addLayout(words, 1)

        self.rows = self.folder_rows(locations)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, value in self.rows:
            # No word wrap: a path has no spaces to break at, and a cut path is no use on the phone.
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("%1:", "a label before its value").replace("%1", label), shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy the version and folders, e.g. for a support call"))
        self.copy_button.setAccessibleName(self.tr("Copy the version and folders"))
        self.copy_button.setAccessibleDescription(self.tr(
            "Puts the version and every folder on the clipboard, to paste into a message to "
            "whoever looks after Relate."))
        self.copy_button.clicked.connect(self.copy)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes this window (Esc)."))
        close.setToolTip(self.tr("Close this window (Esc)"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def folder_rows(self, locations: Locations | None) -> list[tuple[str, str]]:
        unknown = self.tr("not known")
        rows = [(self.tr("Version"), f"Relate {__version__} · Qt for Python {pyside_version} · "
                                     f"Python {platform.python_version()}")]
        if locations is None:
            return [*rows, (self.tr("Folders"), unknown)]
        rows += [
            (self.tr("Data"), str(locations.data_dir)),
            (self.tr("Settings"), str(locations.config_dir)),
            (self.tr("Logs"), str(locations.log_dir)),
            (self.tr("Backups"), str(locations.backup_dir)),
            # Never a password on screen: a manager may read this out on the phone.
            (self.tr("Database"), locations.shown_db_url),
        ]
        if locations.portable:
            rows.append((self.tr("Mode"), self.tr("portable: everything is kept beside the program")))
        return rows

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))
