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
from relate_desktop.domain.vocabulary import FollowUpResult, Priority, PromiseKind
from relate_desktop.gui import colours, labels

_TAG_STYLE = "font-weight:bold; color:{color}; letter-spacing:1px"
#: A button on a row: its text, what it does, its accessible name, its tooltip/description.
_Button = tuple[str, Callable[[], None], str, str]


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
            buttons: list[_Button]
            cancel: _Button = (
                self.tr("Cancel"), partial(self.cancel_promise.emit, promise.id),
                self.tr("Cancel the promise “%1”").replace("%1", promise.what),
                self.tr("Cancels “%1”; Undo in the message line takes it back.").replace(
                    "%1", promise.what))
            if promise.kind is PromiseKind.FOLLOW_UP:
                # Keeping a follow-up means asking the customer: what they said is the point.
                buttons = [
                    (self.tr("Satisfied"),
                     partial(self.follow_up_result.emit, promise.id, FollowUpResult.SATISFIED),
                     self.tr("Satisfied with “%1”").replace("%1", promise.what),
                     self.tr("They are happy with how it was put right")),
                    (self.tr("Not satisfied"),
                     partial(self.follow_up_result.emit, promise.id, FollowUpResult.NOT_SATISFIED),
                     self.tr("Not satisfied with “%1”").replace("%1", promise.what),
                     self.tr("They are still not happy")),
                    cancel,
                ]
            else:
                buttons = [(self.tr("Kept"), partial(self.keep_promise.emit, promise.id),
                            self.tr("Mark “%1” as kept").replace("%1", promise.what),
                            self.tr("Marks the promise as kept; Undo in the message line "
                                    "takes it back.")), cancel]
            self._add(self._promise_text(promise, today), buttons, late=promise.is_overdue(today))
        for escalation in card.open_escalations:
            self._add(self._escalation_text(escalation))
        for escalation in card.tell_them:
            self._add(self._tell_text(escalation), [
                (self.tr("Told"), partial(self.told.emit, escalation.id),
                 self.tr("Told the customer about “%1”").replace("%1", _short(escalation.summary)),
                 self.tr("The customer has been told the outcome; the line goes away"))])

    def buttons(self) -> list[QPushButton]:
        """The rows' buttons, top to bottom (the card puts them in its Tab order)."""
        return [button for row in self._rows for button in row.findChildren(QPushButton)]

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

    def _add(self, html: str, buttons: list[_Button] | None = None,
             late: bool = False, rows: list[QWidget] | None = None) -> None:
        row = QWidget()
        if late:
            row.setObjectName("lateMatter")
            row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            row.setStyleSheet(f"#lateMatter {{ background:{colours.current().late_background}; border-radius:4px; }}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4 if late else 0, 0, 0, 0)
        label = QLabel(html)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        for text, action, name, tip in buttons or []:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setAccessibleDescription(tip)
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
        color = colours.current().late_text if promise.is_overdue(today) else colours.current().info_text
        tag = self.tr("PROMISED")  # outside the f-string: lupdate reads no tr() inside one
        return (f"<span style='{_TAG_STYLE.format(color=color)}'>{escape(tag)}</span> "
                f"{escape(labels.promise_kind(promise.kind))}: {escape(promise.what)}{escape(amount)}"
                f"{escape(due)} <span style='color:{colours.current().quiet_text}'>— {escape(promise.promised_by)}</span>")

    def _escalation_text(self, escalation: Escalation) -> str:
        owner = (self.tr("being handled by %1").replace("%1", escalation.owner) if escalation.owner
                 else self.tr("waiting for a manager"))
        urgent = self.tr("URGENT · ") if escalation.priority is Priority.URGENT else ""
        tag = self.tr("WITH MANAGER")
        return (f"<span style='{_TAG_STYLE.format(color=colours.current().waiting_text)}'>{escape(tag)}</span> "
                f"{escape(urgent)}{escape(_short(escalation.summary))} — {escape(owner)}")

    def _tell_text(self, escalation: Escalation) -> str:
        assert escalation.outcome is not None and escalation.resolved_at is not None
        note = f": {escalation.resolution_note}" if escalation.resolution_note else ""
        tag = self.tr("TELL THEM")
        about = self.tr("(about “%1”, %2 by %3)").replace("%1", _short(escalation.summary)).replace(
            "%2", labels.when(escalation.resolved_at)).replace("%3", escalation.resolved_by)
        return (f"<span style='{_TAG_STYLE.format(color=colours.current().good_text)}'>{escape(tag)}</span> "
                f"{escape(labels.outcome(escalation.outcome))}{escape(note)} {escape(about)}")


    def _date_text(self, reminder: DateReminder, today: date) -> str:
        days = reminder.days_until(today)
        when = (self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1
                else self.tr("in %Ln days (%1)", "", days).replace("%1", labels.day(reminder.on, today)))
        years = ("" if not reminder.years else self.tr(" — 1 year") if reminder.years == 1
                 else self.tr(" — %Ln years", "", reminder.years))
        note = f" ({reminder.note})" if reminder.note else ""
        tag = self.tr("DATE")
        return (f"<span style='{_TAG_STYLE.format(color=colours.current().good_text)}'>{escape(tag)}</span> "
                f"{escape(labels.important_date(reminder.kind))} {escape(when)}{escape(years)}"
                f"{escape(note)} <span style='color:{colours.current().quiet_text}'>— "
                f"{escape(labels.prefers(reminder.channel))}</span>")


def _short(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
