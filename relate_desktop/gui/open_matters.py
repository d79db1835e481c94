"""The card's still-open matters: promises, escalations with the manager, outcomes to pass on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relate_desktop.domain.records import CustomerCard, Escalation, Promise
from relate_desktop.domain.reminders import DateReminder
from relate_desktop.domain.vocabulary import FollowUpResult, PromiseKind
from relate_desktop.gui import colours, labels

_TAG_STYLE = "font-weight:bold; color:{color}; letter-spacing:1px"


class OpenMatters(QObject):
    keep_promise = Signal(int)
    cancel_promise = Signal(int)
    told = Signal(int)  # escalation id
    follow_up_result = Signal(int, object)  # promise id, FollowUpResult

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        layout = host.layout()
        assert isinstance(layout, QVBoxLayout)
        self._layout = layout
        self._rows: list[QWidget] = []
        self._date_rows: list[QWidget] = []

    def show_card(self, card: CustomerCard) -> None:
        self._clear(self._rows)
        self._clear(self._date_rows)
        today = date.today()
        for promise in card.open_promises:
            buttons: list[tuple[str, Callable[[], None], str]]
            cancel: tuple[str, Callable[[], None], str] = (self.tr("Cancel"), partial(self.cancel_promise.emit, promise.id),
                      self.tr("Cancel “%1” (it can be undone)").replace("%1", promise.what))
            if promise.kind is PromiseKind.FOLLOW_UP:
                # Keeping a follow-up means asking the customer: what they said is the point.
                buttons = [
                    (self.tr("Satisfied"),
                     partial(self.follow_up_result.emit, promise.id, FollowUpResult.SATISFIED),
                     self.tr("They are happy with how it was put right")),
                    (self.tr("Not satisfied"),
                     partial(self.follow_up_result.emit, promise.id, FollowUpResult.NOT_SATISFIED),
                     self.tr("They are still not happy")),
                    cancel,
                ]
            else:
                buttons = [(self.tr("Kept"), partial(self.keep_promise.emit, promise.id),
                            self.tr("Mark “%1” as kept").replace("%1", promise.what)), cancel]
            self._add(self._promise_text(promise, today), buttons, late=promise.is_overdue(today))
        for escalation in card.open_escalations:
            self._add(self._escalation_text(escalation))
        for escalation in card.tell_them:
            self._add(self._tell_text(escalation), [
                (self.tr("Told"), partial(self.told.emit, escalation.id),
                 self.tr("The customer has been told"))])

    def row_texts(self) -> list[str]:
        texts = []
        for row in self._rows + self._date_rows:
            label = row.findChild(QLabel)
            texts.append(label.text() if label else "")
        return texts

    def show_dates(self, dates: list[DateReminder], today: date | None = None) -> None:
        """Important dates coming up (the customer said yes to being reached), after the rest."""
        self._clear(self._date_rows)
        today = today or date.today()
        for reminder in dates:
            self._add(self._date_text(reminder, today), rows=self._date_rows)

    def _clear(self, rows: list[QWidget]) -> None:
        for row in rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        rows.clear()

    def _add(self, html: str, buttons: list[tuple[str, Callable[[], None], str]] | None = None,
             late: bool = False, rows: list[QWidget] | None = None) -> None:
        row = QWidget()
        if late:
            row.setObjectName("lateMatter")
            row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            row.setStyleSheet(f"#lateMatter {{ background:{colours.LATE_BACKGROUND}; border-radius:4px; }}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4 if late else 0, 0, 0, 0)
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
        (self._rows if rows is None else rows).append(row)

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
        color = colours.LATE_TEXT if promise.is_overdue(today) else "#1a5fb4"
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


    def _date_text(self, reminder: DateReminder, today: date) -> str:
        days = reminder.days_until(today)
        when = (self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1
                else self.tr("in %1 days (%2)").replace("%1", str(days)).replace(
                    "%2", labels.day(reminder.on, today)))
        years = (self.tr(" — %1 years").replace("%1", str(reminder.years))
                 if reminder.years else "")
        note = f" ({reminder.note})" if reminder.note else ""
        return (f"<span style='{_TAG_STYLE.format(color=colours.GOOD_TEXT)}'>{self.tr('DATE')}</span> "
                f"{escape(labels.important_date(reminder.kind))} {escape(when)}{escape(years)}"
                f"{escape(note)} <span style='color:{colours.QUIET_TEXT}'>— "
                f"{escape(labels.prefers(reminder.channel))}</span>")


def _short(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
