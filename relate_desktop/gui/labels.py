"""The words staff read for the shop's vocabulary, translatable, in one place."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def remark_kind(kind: RemarkKind) -> str:
    return {
        RemarkKind.COMPLAINT: _t("Complaint"),
        RemarkKind.COMPLIMENT: _t("Compliment"),
        RemarkKind.REQUEST: _t("Request"),
        RemarkKind.QUESTION: _t("Question"),
        RemarkKind.IDEA: _t("Idea"),
        RemarkKind.NOTE: _t("Note"),
    }[kind]


def channel(value: Channel) -> str:
    return {
        Channel.COUNTER: _t("Counter"),
        Channel.PHONE: _t("Phone"),
        Channel.EMAIL: _t("Email"),
        Channel.ONLINE_REVIEW: _t("Online review"),
        Channel.IN_PERSON: _t("In person"),
    }[value]


def contact_channel(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: _t("Email"),
        ContactChannel.SMS: _t("SMS"),
        ContactChannel.PHONE: _t("Phone calls"),
        ContactChannel.POST: _t("Post"),
    }[value]


def prefers(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: _t("prefers email"),
        ContactChannel.SMS: _t("prefers SMS"),
        ContactChannel.PHONE: _t("prefers phone calls"),
        ContactChannel.POST: _t("prefers post"),
    }[value]


def refuses(value: ContactChannel) -> str:
    return {
        ContactChannel.EMAIL: _t("no email"),
        ContactChannel.SMS: _t("no SMS"),
        ContactChannel.PHONE: _t("no phone calls"),
        ContactChannel.POST: _t("no post"),
    }[value]


def consent_state(value: ConsentState) -> str:
    return {
        ConsentState.GRANTED: _t("yes"),
        ConsentState.DENIED: _t("no"),
        ConsentState.UNKNOWN: _t("not asked"),
    }[value]


def priority(value: Priority) -> str:
    return {Priority.URGENT: _t("Urgent"), Priority.NORMAL: _t("Normal")}[value]


def status(value: EscalationStatus) -> str:
    return {
        EscalationStatus.OPEN: _t("New"),
        EscalationStatus.ACKNOWLEDGED: _t("Being handled"),
        EscalationStatus.RESOLVED: _t("Resolved"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.REFUND: _t("Refund"),
        Outcome.CREDIT: _t("Credit"),
        Outcome.REPLACEMENT: _t("Replacement"),
        Outcome.APOLOGY: _t("Apology"),
        Outcome.EXPLANATION: _t("Explanation"),
        Outcome.NO_ACTION: _t("No action"),
        Outcome.OTHER: _t("Other"),
    }[value]


def promise_kind(value: PromiseKind) -> str:
    return {
        PromiseKind.CREDIT: _t("Credit"),
        PromiseKind.CALLBACK: _t("Call back"),
        PromiseKind.SET_ASIDE: _t("Set aside"),
        PromiseKind.FOLLOW_UP: _t("Follow up"),
    }[value]


def follow_up_result(value: FollowUpResult) -> str:
    return {
        FollowUpResult.SATISFIED: _t("satisfied"),
        FollowUpResult.NOT_SATISFIED: _t("not satisfied"),
    }[value]


def important_date(kind: str) -> str:
    """The kinds the shop knows by name; any other (from an import) as it came."""
    known = {"birthday": _t("Birthday"), "anniversary": _t("Anniversary"),
             "joined": _t("Customer since")}
    return known.get(kind, kind.replace("_", " ").capitalize())


def when(moment: datetime, now: datetime | None = None) -> str:
    """"14:02" today, "Tue 14:02" this week, "3 May" this year, "3 May 2024" before."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    locale = QLocale()
    if local.date() == today:
        return local.strftime("%H:%M")
    if today - local.date() < timedelta(days=7):
        return f"{locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {local:%H:%M}"
    return day(local.date(), today)


def day(value: date, today: date | None = None) -> str:
    today = today or date.today()
    month = QLocale().monthName(value.month, QLocale.FormatType.ShortFormat)
    if value.year == today.year:
        return f"{value.day} {month}"
    return f"{value.day} {month} {value.year}"


def age(minutes: float) -> str:
    """An escalation's age in words: "4 min", "3 h 10 min", "2 days"."""
    whole = int(minutes)
    if whole < 1:
        return _t("just now")
    if whole < 60:
        return _t("%n min").replace("%n", str(whole))
    hours, rest = divmod(whole, 60)
    if hours < 24:
        return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest)) if rest else _t(
            "%n h").replace("%n", str(hours))
    days = hours // 24
    return _t("%n days").replace("%n", str(days)) if days > 1 else _t("1 day")


_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "JPY": "¥",
            "INR": "₹", "PLN": "zł", "CHF": "CHF ", "SEK": "kr ", "NOK": "kr ", "DKK": "kr "}


def money(cents: int, currency: str) -> str:
    symbol = _SYMBOLS.get(currency, f"{currency} " if currency else "")
    return f"{symbol}{QLocale().toString(cents / 100, 'f', 2)}"
