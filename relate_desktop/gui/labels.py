"""The words staff read for the shop's vocabulary, translatable, in one place.

Every word is written out as ``QCoreApplication.translate("labels", "...")`` with a literal,
never through a helper taking a variable, so that lupdate finds it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from relate_desktop.domain.errors import CONTEXT as ERRORS_CONTEXT
from relate_desktop.domain.errors import RelateError, Words
from relate_desktop.domain.records import TimelineEntry
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
    Role,
)


def remark_kind(kind: RemarkKind) -> str:
    return {
        RemarkKind.COMPLAINT: QCoreApplication.translate("labels", "Complaint"),
        RemarkKind.COMPLIMENT: QCoreApplication.translate("labels", "Compliment"),
        RemarkKind.REQUEST: QCoreApplication.translate("labels", "Request"),
        RemarkKind.QUESTION: QCoreApplication.translate("labels", "Question"),
        RemarkKind.IDEA: QCoreApplication.translate("labels", "Idea"),
        RemarkKind.NOTE: QCoreApplication.translate("labels", "Note"),
    }[kind]


def channel(value: Channel) -> str:
    return {
        Channel.COUNTER: QCoreApplication.translate("labels", "Counter"),
        Channel.PHONE: QCoreApplication.translate("labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("labels", "Email"),
        Channel.ONLINE_REVIEW: QCoreApplication.translate("labels", "Online review"),
        Channel.IN_PERSON: QCoreApplication.translate("labels", "In person"),
    }[value]


def contact_channel(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: QCoreApplication.translate("labels", "Email"),
        ContactChannel.SMS: QCoreApplication.translate("labels", "SMS"),
        ContactChannel.PHONE: QCoreApplication.translate("labels", "Phone calls"),
        ContactChannel.POST: QCoreApplication.translate("labels", "Post"),
    }[value]


def prefers(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: QCoreApplication.translate("labels", "prefers email"),
        ContactChannel.SMS: QCoreApplication.translate("labels", "prefers SMS"),
        ContactChannel.PHONE: QCoreApplication.translate("labels", "prefers phone calls"),
        ContactChannel.POST: QCoreApplication.translate("labels", "prefers post"),
    }[value]


def refuses(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: QCoreApplication.translate("labels", "no email"),
        ContactChannel.SMS: QCoreApplication.translate("labels", "no SMS"),
        ContactChannel.PHONE: QCoreApplication.translate("labels", "no phone calls"),
        ContactChannel.POST: QCoreApplication.translate("labels", "no post"),
    }[value]


def consent_state(value: ConsentState) -> str:
    return {
        ConsentState.GRANTED: QCoreApplication.translate("labels", "yes"),
        ConsentState.DENIED: QCoreApplication.translate("labels", "no"),
        ConsentState.UNKNOWN: QCoreApplication.translate("labels", "not asked"),
    }[value]


def priority(value: Priority) -> str:
    return {Priority.URGENT: QCoreApplication.translate("labels", "Urgent"), Priority.NORMAL: QCoreApplication.translate("labels", "Normal")}[value]


def status(value: EscalationStatus) -> str:
    return {
        EscalationStatus.OPEN: QCoreApplication.translate("labels", "New"),
        EscalationStatus.ACKNOWLEDGED: QCoreApplication.translate("labels", "Being handled"),
        EscalationStatus.RESOLVED: QCoreApplication.translate("labels", "Resolved"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.REFUND: QCoreApplication.translate("labels", "Refund"),
        Outcome.CREDIT: QCoreApplication.translate("labels", "Credit"),
        Outcome.REPLACEMENT: QCoreApplication.translate("labels", "Replacement"),
        Outcome.APOLOGY: QCoreApplication.translate("labels", "Apology"),
        Outcome.EXPLANATION: QCoreApplication.translate("labels", "Explanation"),
        Outcome.NO_ACTION: QCoreApplication.translate("labels", "No action"),
        Outcome.OTHER: QCoreApplication.translate("labels", "Other"),
    }[value]


def promise_kind(value: PromiseKind) -> str:
    return {
        PromiseKind.CREDIT: QCoreApplication.translate("labels", "Credit"),
        PromiseKind.CALLBACK: QCoreApplication.translate("labels", "Call back"),
        PromiseKind.SET_ASIDE: QCoreApplication.translate("labels", "Set aside"),
        PromiseKind.FOLLOW_UP: QCoreApplication.translate("labels", "Follow up"),
    }[value]


def follow_up_result(value: FollowUpResult) -> str:
    return {
        FollowUpResult.SATISFIED: QCoreApplication.translate("labels", "satisfied"),
        FollowUpResult.NOT_SATISFIED: QCoreApplication.translate("labels", "not satisfied"),
    }[value]


def important_date(kind: str) -> str:
    """The kinds the shop knows by name; any other (from an import) as it came."""
    known = {"birthday": QCoreApplication.translate("labels", "Birthday"), "anniversary": QCoreApplication.translate("labels", "Anniversary"),
             "joined": QCoreApplication.translate("labels", "Customer since")}
    return known.get(kind, kind.replace("_", " ").capitalize())


def clock(moment: datetime) -> str:
    """The time of day in the locale's own way: "14:02", "2:02 PM"."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def when(moment: datetime, now: datetime | None = None) -> str:
    """"14:02" today, "yesterday 14:02", "Tue 14:02" this week, "3 May" this year, "3 May 2024"
    before, each in the chosen locale's words, digits and order."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    if local.date() == today:
        return clock(local)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("labels", "yesterday %1", "%1 is the time of day").replace(
            "%1", clock(local))
    if timedelta(0) < today - local.date() < timedelta(days=7):
        weekday = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("labels", "%1 %2", "weekday, then the time of day").replace(
            "%1", weekday).replace("%2", clock(local))
    return day(local.date(), today)


def day(value: date, today: date | None = None) -> str:
    """"3 May" this year, "3 May 2024" another year, in the locale's order ("May 3" in the US)."""
    today = today or date.today()
    pattern = _date_pattern(QLocale().dateFormat(QLocale.FormatType.LongFormat), value.year != today.year)
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def calendar_day(month_: int, day_: int, year: int | None = None) -> str:
    """A date that may have no year (a birthday from an address book): "3 May" or "3 May 1990"."""
    pattern = _date_pattern(QLocale().dateFormat(QLocale.FormatType.LongFormat), year is not None)
    return QLocale().toString(QDate(year or 2000, month_, day_), pattern)  # 2000: 29 February exists


def month(value: date) -> str:
    """The month's short name on its own ("May"), as a chart's axis shows a whole month."""
    return QLocale().standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)


_DATE_FIELD = re.compile(r"'[^']*'|d+|M+|y+|[^'dMy]+")
_TRAILING_FILL = re.compile(r"(?:\s|[,،，、]|'[^']*')+$")


@lru_cache(maxsize=16)
def _date_pattern(long_format: str, with_year: bool) -> str:
    """A day-and-short-month date pattern taken from the locale's long date format: its weekday
    dropped ("dddd, d MMMM yyyy" → "d MMM yyyy"), and its year too when ``with_year`` is False.
    Each field carries the literal that follows it ("yyyy年", "d 'de' "), so both go together."""
    fields: list[list[str]] = [["", ""]]  # [field, the literal after it]; the first: a prefix
    for token in _DATE_FIELD.findall(long_format):
        if token[0] in "dMy" and not token.startswith("'"):
            fields.append([token, ""])
        else:
            fields[-1][1] += token
    kept, dropped = [fields[0]], False
    for field, literal in fields[1:]:
        dropped = field.startswith("ddd") or (field.startswith("y") and not with_year)
        if not dropped:
            kept.append(["MMM" if field == "MMMM" else field, literal])
    if dropped and len(kept) > 1:  # the last field went: so does what led up to it
        kept[-1][1] = _TRAILING_FILL.sub("", kept[-1][1])  # "MMM d, " → "MMM d"
    pattern = "".join(field + literal for field, literal in kept).strip()
    return pattern if "d" in pattern and "M" in pattern else "d MMM yyyy" if with_year else "d MMM"


class Counts(QObject):
    """Words with a number that change with it ("1 day", "2 days"; Polish has three forms).
    Plurals live here because pyside6-lupdate reads a plural only from a QObject's tr():
    ``QCoreApplication.translate(..., n)`` reaches the catalogs as a plain message."""

    def minutes(self, n: int) -> str:
        return self.tr("%Ln min", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%Ln h", "", n)

    def days(self, n: int) -> str:
        return self.tr("%Ln days", "", n)

    def entries(self, n: int) -> str:
        return self.tr("%n entries", "", n)

    def open_promises(self, n: int) -> str:
        return self.tr("%n open promises", "", n)

    def open_escalations(self, n: int) -> str:
        return self.tr("%n open escalations", "", n)


@lru_cache(maxsize=1)
def counts() -> Counts:
    return Counts()


def age(minutes: float) -> str:
    """An escalation's age in words: "4 min", "3 h 10 min", "2 days"; locale digits."""
    whole = int(minutes)
    if whole < 1:
        return QCoreApplication.translate("labels", "just now")
    if whole < 60:
        return counts().minutes(whole)
    hours, rest = divmod(whole, 60)
    if hours < 24:
        if not rest:
            return counts().hours(hours)
        return QCoreApplication.translate("labels", "%1 h %2 min", "hours and minutes").replace(
            "%1", QLocale().toString(hours)).replace("%2", QLocale().toString(rest))
    days = hours // 24
    if days == 1:
        return QCoreApplication.translate("labels", "1 day")
    return counts().days(days)


_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "JPY": "¥",
            "INR": "₹", "PLN": "zł", "CHF": "CHF ", "SEK": "kr ", "NOK": "kr ", "DKK": "kr "}


def currency_symbol(currency: str) -> str:
    """What goes before an amount: "£", "CHF ", or the code itself for a currency Relate does
    not know a symbol for; "" when the shop has no currency."""
    return _SYMBOLS.get(currency, f"{currency} " if currency else "")


def money(cents: int, currency: str) -> str:
    """"£12.50": the shop's currency symbol before the amount (as a till receipt prints it),
    the digits, decimal and group separators of the chosen locale ("£1.234,50" in German)."""
    return currency_symbol(currency) + QLocale().toString(cents / 100, "f", 2)


def role(value: Role) -> str:
    """A member of staff's role, as it reads after a name: "Rita Till (manager)"."""
    return {
        Role.STAFF: QCoreApplication.translate("labels", "staff"),
        Role.MANAGER: QCoreApplication.translate("labels", "manager"),
    }[value]


def audit_family(family: str) -> str:
    """A family of audit actions ("customer", "little_thing", ...) as the audit filter shows it."""
    known = {
        "customer": QCoreApplication.translate("labels", "Customers"),
        "little_thing": QCoreApplication.translate("labels", "Little things"),
        "consent": QCoreApplication.translate("labels", "Consent"),
        "remark": QCoreApplication.translate("labels", "Remarks"),
        "escalation": QCoreApplication.translate("labels", "Escalations"),
        "promise": QCoreApplication.translate("labels", "Promises"),
        "staff": QCoreApplication.translate("labels", "Staff"),
        "shop": QCoreApplication.translate("labels", "The shop"),
    }
    return known.get(family, family.replace("_", " "))


def audit_target(target_type: str) -> str:
    """What an audit entry is about ("customer", "little_thing", ...); an unknown one as it is."""
    known = {
        "customer": QCoreApplication.translate("labels", "customer"),
        "little_thing": QCoreApplication.translate("labels", "little thing"),
        "consent": QCoreApplication.translate("labels", "consent"),
        "remark": QCoreApplication.translate("labels", "remark"),
        "escalation": QCoreApplication.translate("labels", "escalation"),
        "promise": QCoreApplication.translate("labels", "promise"),
        "staff": QCoreApplication.translate("labels", "staff member"),
        "shop": QCoreApplication.translate("labels", "shop"),
    }
    return known.get(target_type, target_type.replace("_", " "))


def audit_action(action: str) -> str:
    """What an audit entry's action code ("customer.create") means; an unknown code as it is."""
    known = {
        "customer.create": QCoreApplication.translate("labels", "customer added"),
        "customer.update": QCoreApplication.translate("labels", "customer changed"),
        "customer.add_phone": QCoreApplication.translate("labels", "phone number added"),
        "customer.add_email": QCoreApplication.translate("labels", "email address added"),
        "customer.add_card": QCoreApplication.translate("labels", "loyalty card added"),
        "customer.import": QCoreApplication.translate("labels", "customer imported"),
        "customer.import_update": QCoreApplication.translate(
            "labels", "customer updated by an import"),
        "customer.merge": QCoreApplication.translate("labels", "customers merged"),
        "customer.merge_undo": QCoreApplication.translate("labels", "merge undone"),
        "customer.dossier": QCoreApplication.translate(
            "labels", "everything held on the customer gathered"),
        "customer.erase": QCoreApplication.translate("labels", "customer erased"),
        "little_thing.add": QCoreApplication.translate("labels", "little thing added"),
        "little_thing.remove": QCoreApplication.translate("labels", "little thing removed"),
        "little_thing.restore": QCoreApplication.translate("labels", "little thing restored"),
        "consent.set": QCoreApplication.translate("labels", "consent recorded"),
        "remark.log": QCoreApplication.translate("labels", "remark logged"),
        "remark.undo": QCoreApplication.translate("labels", "remark taken back"),
        "remark.withdraw": QCoreApplication.translate("labels", "remark withdrawn"),
        "remark.correct_text": QCoreApplication.translate("labels", "remark's text corrected"),
        "remark.correct_kind": QCoreApplication.translate("labels", "remark's kind corrected"),
        "remark.correct_customer": QCoreApplication.translate(
            "labels", "remark moved to another customer"),
        "escalation.raise": QCoreApplication.translate("labels", "escalated to a manager"),
        "escalation.take": QCoreApplication.translate("labels", "escalation taken on"),
        "escalation.note": QCoreApplication.translate("labels", "note added to an escalation"),
        "escalation.resolve": QCoreApplication.translate("labels", "escalation resolved"),
        "escalation.seen": QCoreApplication.translate(
            "labels", "resolution seen by whoever raised it"),
        "escalation.told": QCoreApplication.translate("labels", "customer told the outcome"),
        "promise.record": QCoreApplication.translate("labels", "promise recorded"),
        "promise.kept": QCoreApplication.translate("labels", "promise kept"),
        "promise.cancelled": QCoreApplication.translate("labels", "promise cancelled"),
        "promise.reopen": QCoreApplication.translate("labels", "promise reopened"),
        "promise.follow_up_result": QCoreApplication.translate(
            "labels", "follow-up result recorded"),
        "staff.add": QCoreApplication.translate("labels", "staff member added"),
        "staff.set_pin": QCoreApplication.translate("labels", "PIN set"),
        "staff.deactivate": QCoreApplication.translate(
            "labels", "staff member marked as having left"),
        "staff.sign_in": QCoreApplication.translate("labels", "signed in"),
        "staff.sign_in_failed": QCoreApplication.translate("labels", "wrong PIN at sign-in"),
        "shop.create": QCoreApplication.translate("labels", "shop created"),
        "shop.mark_demo": QCoreApplication.translate("labels", "marked as the sample shop"),
        "shop.targets": QCoreApplication.translate("labels", "target times changed"),
    }
    return known.get(action, action)


def duplicate_reason(reason: str) -> str:
    """Why two customers look like one person, from the duplicate finder's English wording
    ("same phone +44…", "nearly the same email (…)", "names 92% alike"); others as they are."""
    for prefix, template in (
        ("nearly the same phone ",
         QCoreApplication.translate("labels", "nearly the same phone %1")),
        ("nearly the same email ",
         QCoreApplication.translate("labels", "nearly the same email %1")),
        ("same phone ", QCoreApplication.translate("labels", "same phone %1")),
        ("same email ", QCoreApplication.translate("labels", "same email %1")),
        ("same card ", QCoreApplication.translate("labels", "same card %1")),
    ):
        if reason.startswith(prefix):
            return template.replace("%1", reason[len(prefix):])
    share = reason.removeprefix("names ").removesuffix("% alike")
    if share != reason and share.isdigit():
        return QCoreApplication.translate("labels", "names %1% alike").replace(
            "%1", QLocale().toString(int(share)))
    return reason


def promise_status(value: PromiseStatus) -> str:
    return {
        PromiseStatus.OPEN: QCoreApplication.translate("labels", "open"),
        PromiseStatus.KEPT: QCoreApplication.translate("labels", "kept"),
        PromiseStatus.CANCELLED: QCoreApplication.translate("labels", "cancelled"),
    }[value]


def timeline_title(entry: TimelineEntry) -> str:
    """A line of the card's history, worded from the entry's plain values: "Complaint (Counter)
    → Being handled", "Resolved: Refund", "Promised: Call back", "Promise kept: Call back",
    "Consent: SMS — no"."""
    if entry.what == "remark" and entry.kind is not None:
        shown = remark_kind(entry.kind)
        if entry.channel is not None:
            shown = QCoreApplication.translate("labels", "%1 (%2)", "kind of remark (where it was heard)").replace(
                "%1", shown).replace("%2", channel(entry.channel))
        if entry.escalation is not None:
            shown = QCoreApplication.translate("labels", "%1 → %2", "remark → its escalation's status").replace(
                "%1", shown).replace("%2", status(entry.escalation))
        return shown
    if entry.what == "resolution" and entry.outcome is not None:
        return QCoreApplication.translate("labels", "Resolved: %1").replace("%1", outcome(entry.outcome))
    if entry.promise_kind is not None:
        kind = promise_kind(entry.promise_kind)
        if entry.promise_status is PromiseStatus.KEPT:
            return QCoreApplication.translate("labels", "Promise kept: %1").replace("%1", kind)
        if entry.promise_status is PromiseStatus.CANCELLED:
            return QCoreApplication.translate("labels", "Promise cancelled: %1").replace("%1", kind)
        return QCoreApplication.translate("labels", "Promised: %1").replace("%1", kind)
    if entry.consent_channel is not None and entry.consent_state is not None:
        return QCoreApplication.translate("labels", "Consent: %1 — %2", "channel — yes, no or not asked").replace(
            "%1", contact_channel(entry.consent_channel)).replace("%2", consent_state(entry.consent_state))
    return entry.what


def remark_change(change: str) -> str:
    """What a correction changed in a remark, as the correction window lists it."""
    known = {
        "text": QCoreApplication.translate("labels", "text corrected"),
        "kind": QCoreApplication.translate("labels", "kind changed"),
        "customer": QCoreApplication.translate("labels", "moved to another customer"),
        "withdrawn": QCoreApplication.translate("labels", "withdrawn"),
    }
    return known.get(change, change)


def date_time(moment: datetime) -> str:
    """A moment in full, date and time, as the locale writes them short ("03/05/2025 14:02"):
    for a tooltip that says exactly when."""
    local = moment.astimezone()
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)), QLocale.FormatType.ShortFormat)


def words_text(words: Words) -> str:
    """A message from below the GUI (domain/errors.py Words) in the window's language: its
    template translated (context "errors", marked with QT_TRANSLATE_NOOP where it is written),
    then filled with its values; values that are Words are translated too, numbers written
    as the locale writes them."""
    locale = QLocale()
    return words.text(lambda template: QCoreApplication.translate(ERRORS_CONTEXT, template),
                      locale.toString)


def error_text(error: BaseException) -> str:
    """What to show staff for ``error``: a RelateError's message translated (words_text),
    anything else as it says itself."""
    if isinstance(error, RelateError):
        return words_text(error.words)
    return str(error)
