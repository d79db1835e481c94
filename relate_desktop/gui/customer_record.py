"""One customer's own data, from the card: everything held (PDF or JSON), and erasure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from relate_desktop.config import write_json_atomically
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.text import fold
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.gui import colours, labels, spoken
from relate_desktop.gui.context import WorkContext
from relate_desktop.gui.forms.ui_erase_customer import Ui_EraseCustomerDialog

#: The lists of the record, in the order the document shows them (titled by ``_section_titles``).
_SECTIONS = ("phones", "emails", "cards", "little_things", "consent_history", "remarks",
             "escalations", "promises")
#: The customer's own facts at the top of the document.
_FACTS = ("how_to_say_it", "preferred_language", "preferred_channel", "do_not_contact",
          "do_not_contact_until", "customer_since")


def _section_titles() -> dict[str, str]:
    return {
        "phones": QCoreApplication.translate("CustomerRecord", "Phones"),
        "emails": QCoreApplication.translate("CustomerRecord", "Emails"),
        "cards": QCoreApplication.translate("CustomerRecord", "Loyalty cards"),
        "little_things": QCoreApplication.translate("CustomerRecord", "Little things"),
        "consent_history": QCoreApplication.translate("CustomerRecord", "Consent, every change"),
        "remarks": QCoreApplication.translate("CustomerRecord", "What they told us"),
        "escalations": QCoreApplication.translate("CustomerRecord", "Escalations and outcomes"),
        "promises": QCoreApplication.translate("CustomerRecord", "Promises"),
    }


def _field_words() -> dict[str, str]:
    """The record's field names as a person reads them; an unknown one shows as it is."""
    return {
        "how_to_say_it": QCoreApplication.translate("CustomerRecord", "How to say the name"),
        "preferred_language": QCoreApplication.translate("CustomerRecord", "Preferred language"),
        "preferred_channel": QCoreApplication.translate("CustomerRecord", "Preferred way to be contacted"),
        "do_not_contact": QCoreApplication.translate("CustomerRecord", "Do not contact"),
        "do_not_contact_until": QCoreApplication.translate("CustomerRecord", "Do not contact until"),
        "customer_since": QCoreApplication.translate("CustomerRecord", "Customer since"),
        "as_given": QCoreApplication.translate("CustomerRecord", "As given"),
        "e164": QCoreApplication.translate("CustomerRecord", "International form"),
        "text": QCoreApplication.translate("CustomerRecord", "Text"),
        "sensitive": QCoreApplication.translate("CustomerRecord", "Sensitive"),
        "recorded_by": QCoreApplication.translate("CustomerRecord", "Recorded by"),
        "recorded_at": QCoreApplication.translate("CustomerRecord", "Recorded"),
        "removed_at": QCoreApplication.translate("CustomerRecord", "Removed"),
        "channel": QCoreApplication.translate("CustomerRecord", "Channel"),
        "state": QCoreApplication.translate("CustomerRecord", "Consent"),
        "how": QCoreApplication.translate("CustomerRecord", "How it was given"),
        "at": QCoreApplication.translate("CustomerRecord", "When"),
        "remark_id": QCoreApplication.translate("CustomerRecord", "Remark"),
        "kind": QCoreApplication.translate("CustomerRecord", "Kind"),
        "tags": QCoreApplication.translate("CustomerRecord", "Tags"),
        "staff": QCoreApplication.translate("CustomerRecord", "Staff"),
        "withdrawn": QCoreApplication.translate("CustomerRecord", "Withdrawn"),
        "language": QCoreApplication.translate("CustomerRecord", "Language"),
        "escalation_id": QCoreApplication.translate("CustomerRecord", "Escalation"),
        "priority": QCoreApplication.translate("CustomerRecord", "Priority"),
        "status": QCoreApplication.translate("CustomerRecord", "Status"),
        "raised_by": QCoreApplication.translate("CustomerRecord", "Raised by"),
        "raised_at": QCoreApplication.translate("CustomerRecord", "Raised"),
        "owner": QCoreApplication.translate("CustomerRecord", "Handled by"),
        "outcome": QCoreApplication.translate("CustomerRecord", "Outcome"),
        "resolution_note": QCoreApplication.translate("CustomerRecord", "Resolution"),
        "resolved_at": QCoreApplication.translate("CustomerRecord", "Resolved"),
        "told_at": QCoreApplication.translate("CustomerRecord", "Customer told"),
        "what": QCoreApplication.translate("CustomerRecord", "What"),
        "amount_cents": QCoreApplication.translate("CustomerRecord", "Amount"),
        "currency": QCoreApplication.translate("CustomerRecord", "Currency"),
        "due_on": QCoreApplication.translate("CustomerRecord", "Due"),
        "promised_by": QCoreApplication.translate("CustomerRecord", "Promised by"),
        "promised_at": QCoreApplication.translate("CustomerRecord", "Promised"),
        "closed_at": QCoreApplication.translate("CustomerRecord", "Closed"),
        "follow_up_result": QCoreApplication.translate("CustomerRecord", "Follow-up"),
        "by": QCoreApplication.translate("CustomerRecord", "By"),
        "change": QCoreApplication.translate("CustomerRecord", "Change"),
        "before": QCoreApplication.translate("CustomerRecord", "Before"),
        "after": QCoreApplication.translate("CustomerRecord", "After"),
        "corrections": QCoreApplication.translate("CustomerRecord", "Correction"),
        "notes": QCoreApplication.translate("CustomerRecord", "Note"),
    }


def dossier_html(dossier: dict[str, Any], shop_name: str) -> str:
    """The record as a plain, printable document: headings and tables of real text, in the
    person's language (the JSON form keeps the stored values)."""
    words = _field_words()
    parts = [f"<h1>{escape(str(dossier['name']))}</h1>",
             "<p>" + escape(QCoreApplication.translate(
                 "CustomerRecord", "What %1 holds about this customer (customer %2).").replace(
                 "%1", shop_name).replace("%2", str(dossier["customer_id"]))) + "</p>",
             "<table border='1' cellspacing='0' cellpadding='3'>"]
    for key in _FACTS:
        parts.append(f"<tr><th align='left'>{escape(words.get(key, key))}</th>"
                     f"<td>{escape(_cell('', key, dossier.get(key), dossier))}</td></tr>")
    parts.append("</table>")
    for key, title in _section_titles().items():
        items = dossier.get(key) or []
        parts.append(f"<h2>{escape(title)} ({len(items)})</h2>")
        if not items:
            parts.append("<p>" + escape(QCoreApplication.translate("CustomerRecord", "None.")) + "</p>")
            continue
        if isinstance(items[0], dict):
            columns = [c for c in items[0] if c not in ("corrections", "notes")]
            parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>"
                         + "".join(f"<th>{escape(words.get(c, c.replace('_', ' ')))}</th>" for c in columns)
                         + "</tr>")
            for item in items:
                parts.append("<tr>" + "".join(f"<td>{escape(_cell(key, c, item.get(c), item))}</td>"
                                              for c in columns) + "</tr>")
                for extra in ("corrections", "notes"):
                    for line in item.get(extra) or []:
                        said = ", ".join(f"{words.get(k, k)}: {_cell(key, k, v, line)}" for k, v in line.items())
                        parts.append(f"<tr><td></td><td colspan='{len(columns) - 1}'>"
                                     f"{escape(words[extra])}: {escape(said)}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<ul>" + "".join(f"<li>{escape(str(i))}</li>" for i in items) + "</ul>")
    return "\n".join(parts)


#: Which words a stored value is worded with, by (section, field).
_VOCABULARY: dict[tuple[str, str], Callable[[str], str]] = {
    ("", "preferred_channel"): lambda v: labels.contact_channel(ContactChannel(v)),
    ("", "preferred_language"): spoken.name,
    ("remarks", "language"): spoken.name,
    ("consent_history", "channel"): lambda v: labels.contact_channel(ContactChannel(v)),
    ("consent_history", "state"): lambda v: labels.consent_state(ConsentState(v)),
    ("remarks", "kind"): lambda v: labels.remark_kind(RemarkKind(v)),
    ("remarks", "channel"): lambda v: labels.channel(Channel(v)),
    ("escalations", "priority"): lambda v: labels.priority(Priority(v)),
    ("escalations", "status"): lambda v: labels.status(EscalationStatus(v)),
    ("escalations", "outcome"): lambda v: labels.outcome(Outcome(v)),
    ("promises", "kind"): lambda v: labels.promise_kind(PromiseKind(v)),
    ("promises", "status"): lambda v: labels.promise_status(PromiseStatus(v)),
    ("promises", "follow_up_result"): lambda v: labels.follow_up_result(FollowUpResult(v)),
}


def _cell(section: str, key: str, value: Any, item: dict[str, Any]) -> str:
    """One stored value as the person reads it: words for the shop's vocabulary, yes or no,
    dates and amounts in the chosen locale; anything else as it is."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("CustomerRecord", "yes") if value
                else QCoreApplication.translate("CustomerRecord", "no"))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if key == "amount_cents" and isinstance(value, int):
        return labels.money(value, str(item.get("currency") or ""))
    wording = _VOCABULARY.get((section, key))
    if wording is not None:
        try:
            return wording(str(value))
        except ValueError:
            return str(value)
    if isinstance(value, str) and (key in ("at", "customer_since") or key.endswith(("_at", "_on", "_until"))):
        return _moment(value)
    return str(value)


def _moment(text: str) -> str:
    """A stored ISO date or time, in the chosen locale, with the year (this is a record)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    shown = labels.calendar_day(moment.month, moment.day, moment.year)
    if "T" in text or " " in text:
        shown += " " + labels.clock(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return shown


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
        self.erase_button.setAccessibleName(self.tr("Erase for ever"))
        self.erase_button.setAccessibleDescription(self.tr(
            "Erases the customer's personal data; it cannot be undone. Enabled once the name is typed."))
        self.ui.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Closes this window and erases nothing (Esc)."))
        cancel.setToolTip(self.tr("Close and erase nothing (Esc)"))
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
        self.ui.message.setText(labels.error_text(error))
        self.ui.message.setStyleSheet(f"color:{colours.current().error_text}; font-weight:bold")
        self._typed(self.ui.confirmName.text())
