"""The card's still-open matters: promises, escalations with the manager, outcomes to pass on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from html import escape

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relate_desktop.domain.records import CustomerCard, Escalation, Promise
from relate_desktop.gui import labels

_TAG_STYLE = "font-weight:bold; color:{color}; letter-spacing:1px"


class OpenMatters(QObject):
    keep_promise = Signal(int)
    cancel_promise = Signal(int)
    told = Signal(int)  # escalation id

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        layout = host.layout()
        assert isinstance(layout, QVBoxLayout)
        self._layout = layout
        self._rows: list[QWidget] = []

    def show_card(self, card: CustomerCard) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        today = date.today()
        for promise in card.open_promises:
            self._add(self._promise_text(promise, today), [
                (self.tr("Kept"), partial(self.keep_promise.emit, promise.id),
                 self.tr("Mark “%1” as kept").replace("%1", promise.what)),
                (self.tr("Cancel"), partial(self.cancel_promise.emit, promise.id),
                 self.tr("Cancel “%1” (it can be undone)").replace("%1", promise.what)),
            ])
        for escalation in card.open_escalations:
            self._add(self._escalation_text(escalation))
        for escalation in card.tell_them:
            self._add(self._tell_text(escalation), [
                (self.tr("Told"), partial(self.told.emit, escalation.id),
                 self.tr("The customer has been told"))])

    def row_texts(self) -> list[str]:
        texts = []
        for row in self._rows:
            label = row.findChild(QLabel)
            texts.append(label.text() if label else "")
        return texts

    def _add(self, html: str, buttons: list[tuple[str, Callable[[], None], str]] | None = None) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(html)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        for text, action, tip in buttons or []:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            # clicked(bool) would fill a lambda's first default argument: call it bare.
            button.clicked.connect(lambda _checked=False, act=action: act())
            layout.addWidget(button)
        self._layout.addWidget(row)
        self._rows.append(row)

    def _promise_text(self, promise: Promise, today: date) -> str:
        amount = f" ({labels.money(promise.amount_cents, promise.currency)})" if promise.amount_cents else ""
        due = ""
        if promise.due_on is not None:
            if promise.is_overdue(today):
                due = self.tr(", LATE — was due %1").replace("%1", labels.day(promise.due_on, today))
            elif promise.due_on == today:
                due = self.tr(", due today")
            else:
                due = self.tr(", due %1").replace("%1", labels.day(promise.due_on, today))
        color = "#b3261e" if promise.is_overdue(today) else "#1a5fb4"
        return (f"<span style='{_TAG_STYLE.format(color=color)}'>{self.tr('PROMISED')}</span> "
                f"{escape(labels.promise_kind(promise.kind))}: {escape(promise.what)}{escape(amount)}"
                f"{escape(due)} <span style='color:#5f6368'>— {escape(promise.promised_by)}</span>")

    def _escalation_text(self, escalation: Escalation) -> str:
        owner = (self.tr("being handled by %1").replace("%1", escalation.owner) if escalation.owner
                 else self.tr("waiting for a manager"))
        urgent = self.tr("URGENT · ") if escalation.priority.value == "urgent" else ""
        return (f"<span style='{_TAG_STYLE.format(color='#8a4b00')}'>{self.tr('WITH MANAGER')}</span> "
                f"{escape(urgent)}{escape(_short(escalation.summary))} — {escape(owner)}")

    def _tell_text(self, escalation: Escalation) -> str:
        assert escalation.outcome is not None and escalation.resolved_at is not None
        note = f": {escalation.resolution_note}" if escalation.resolution_note else ""
        return (f"<span style='{_TAG_STYLE.format(color='#1e6b2f')}'>{self.tr('TELL THEM')}</span> "
                f"{escape(labels.outcome(escalation.outcome))}{escape(note)} "
                f"({escape(self.tr('about “%1”').replace('%1', _short(escalation.summary)))}, "
                f"{escape(labels.when(escalation.resolved_at))} by {escape(escalation.resolved_by)})")


def _short(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
