"""One customer's own data, from the card: everything held (PDF or JSON), and erasure."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from relate_desktop.config import write_json_atomically
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.text import fold
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_erase_customer import Ui_EraseCustomerDialog

_SECTIONS = (
    ("phones", "Phones"), ("emails", "Emails"), ("cards", "Loyalty cards"),
    ("little_things", "Little things"), ("consent_history", "Consent, every change"),
    ("remarks", "What they told us"), ("escalations", "Escalations and outcomes"),
    ("promises", "Promises"),
)


def dossier_html(dossier: dict[str, Any], shop_name: str) -> str:
    """The record as a plain, printable document: headings and tables of real text."""
    parts = [f"<h1>{escape(str(dossier['name']))}</h1>",
             f"<p>What {escape(shop_name)} holds about this customer (customer {dossier['customer_id']}).</p>",
             "<table border='1' cellspacing='0' cellpadding='3'>"]
    for key in ("how_to_say_it", "preferred_language", "preferred_channel", "do_not_contact",
                "do_not_contact_until", "customer_since"):
        parts.append(f"<tr><th align='left'>{escape(key.replace('_', ' '))}</th>"
                     f"<td>{escape(str(dossier.get(key) or '—'))}</td></tr>")
    parts.append("</table>")
    for key, title in _SECTIONS:
        items = dossier.get(key) or []
        parts.append(f"<h2>{escape(title)} ({len(items)})</h2>")
        if not items:
            parts.append("<p>None.</p>")
            continue
        if isinstance(items[0], dict):
            columns = [c for c in items[0] if c not in ("corrections", "notes")]
            parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>"
                         + "".join(f"<th>{escape(c.replace('_', ' '))}</th>" for c in columns) + "</tr>")
            for item in items:
                parts.append("<tr>" + "".join(f"<td>{escape(_cell(item.get(c)))}</td>" for c in columns)
                             + "</tr>")
                for extra in ("corrections", "notes"):
                    for line in item.get(extra) or []:
                        parts.append(f"<tr><td></td><td colspan='{len(columns) - 1}'>{escape(extra[:-1])}: "
                                     f"{escape(', '.join(f'{k}: {_cell(v)}' for k, v in line.items()))}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<ul>" + "".join(f"<li>{escape(str(i))}</li>" for i in items) + "</ul>")
    return "\n".join(parts)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def write_dossier(dossier: dict[str, Any], path: Path, shop_name: str) -> None:
    """JSON for ``*.json``, a PDF with searchable text for anything else."""
    if path.suffix.lower() == ".json":
        write_json_atomically(path, dossier)
        return
    document = QTextDocument()
    document.setHtml(dossier_html(dossier, shop_name))
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{dossier['name']} — {shop_name}")
    document.print_(writer)


class EraseCustomerDialog(QDialog):
    """The one confirmation in Relate: erasure cannot be undone, so the name is typed out."""

    erased = Signal(int)

    def __init__(self, context: WorkContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EraseCustomerDialog()
        self.ui.setupUi(self)
        self.setObjectName("eraseCustomer")
        self._context = context
        self._customer_id = customer_id
        self._name = name
        self.ui.explanation.setText(self.tr(
            "<p>Erase <b>%1</b> on their request?</p><p>Their name, phones, emails, cards, little "
            "things, consent and everything they told us are removed for good. What stays is "
            "anonymous: that remarks and escalations happened, their kinds, dates and outcomes.</p>"
            "<p>This cannot be undone. Type the customer's name to confirm.</p>").replace("%1", escape(name)))
        self.erase_button = QPushButton(self.tr("Erase for ever"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.ui.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self._erase)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.confirmName.textChanged.connect(self._typed)
        self.ui.confirmName.setFocus()

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(fold(" ".join(text.split())) == fold(" ".join(self._name.split())))

    def _erase(self) -> None:
        data, actor, customer_id = self._context.services.customer_data, self._context.actor, self._customer_id
        typed = self.ui.confirmName.text()
        self.erase_button.setEnabled(False)
        self._context.worker.submit(lambda: data.erase(actor, customer_id, typed), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.erased.emit(self._customer_id)
        self.accept()

    def _failed(self, error: RelateError) -> None:
        self.ui.message.setText(str(error))
        self.ui.message.setStyleSheet("color:#b3261e; font-weight:bold")
        self._typed(self.ui.confirmName.text())
