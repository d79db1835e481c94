"""Reading the values exports write: consent words, money, counts, phones a spreadsheet mangled."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from relate_desktop.domain.vocabulary import ConsentState

_GRANTED = {"yes", "y", "true", "t", "1", "subscribed", "opted in", "opted_in", "opt-in", "granted",
            "accepted", "confirmed", "confirmed_opt_in", "single_opt_in"}
_DENIED = {"no", "n", "false", "f", "0", "unsubscribed", "opted out", "opted_out", "opt-out",
           "denied", "declined", "refused", "redacted"}
_UNKNOWN = {"", "unknown", "pending", "not_subscribed", "never subscribed", "n/a", "-", "null", "none"}
#: 4.47911E+11: a phone number a spreadsheet turned into a number, its last digits gone.
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_MONEY_JUNK = re.compile(r"[^\d.,-]")
_SPACE = re.compile(r"\s")


class BadValue(ValueError):
    """A value that cannot be read; the message says which and why, for the report."""


def consent(value: str) -> ConsentState:
    """Tri-state: a blank is unknown, never granted."""
    word = " ".join(value.strip().lower().split())
    if word in _GRANTED:
        return ConsentState.GRANTED
    if word in _DENIED:
        return ConsentState.DENIED
    if word in _UNKNOWN:
        return ConsentState.UNKNOWN
    raise BadValue(f"consent '{value.strip()}' is not yes, no or unknown; left unknown")


def opt_out(value: str) -> ConsentState:
    """An inverted column (do_not_email, Email Unsubscribed): true means denied; false only
    means they never opted out, which is not a yes, so it stays unknown."""
    state = consent(value)
    return ConsentState.DENIED if state is ConsentState.GRANTED else ConsentState.UNKNOWN


def strip_apostrophe(value: str) -> str:
    """Shopify (and Relate's Excel-friendly export) write '+4420… and '00123 so a spreadsheet
    keeps them as text; the apostrophe is not part of the value."""
    if len(value) > 1 and value[0] == "'" and value[1] in "0123456789+-=@(":
        return value[1:]
    return value


def mangled_number(value: str) -> bool:
    return bool(_SCIENTIFIC.match(value.strip()))


def money_cents(value: str) -> int | None:
    """£2,300.50, $1,234.56, 1.234,56 €, 2300 -> cents; None for a blank."""
    text = _MONEY_JUNK.sub("", value)
    if not text.strip("-"):
        if value.strip():
            raise BadValue(f"amount '{value.strip()}' is not a number")
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
    elif "," in text:
        decimal_mark = "," if re.search(r",\d{1,2}$", text) else ""
    else:
        decimal_mark = "."
    thousands = {",", "."} - {decimal_mark}
    for mark in thousands:
        text = text.replace(mark, "")
    if decimal_mark == ",":
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise BadValue(f"amount '{value.strip()}' is not a number") from None
    if not amount.is_finite() or abs(amount) > 10**12:
        raise BadValue(f"amount '{value.strip()}' is not a believable amount")
    return int((amount * 100).to_integral_value())


def count(value: str) -> int | None:
    text = value.strip().replace(",", "")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise BadValue(f"count '{value.strip()}' is not a whole number") from None
    if not number.is_finite() or number != number.to_integral_value() or not 0 <= number < 10**9:
        raise BadValue(f"count '{value.strip()}' is not a whole number")
    return int(number)


def split_tags(value: str) -> tuple[str, ...]:
    """Shopify's "vip, wholesale" (one cell, comma and space)."""
    return tuple(t.strip() for t in re.split(r"[,;]", value) if t.strip())


def email_ok(email: str) -> bool:
    local, _, domain = email.partition("@")
    return bool(local and domain and "@" not in domain and len(email) <= 254
                and not _SPACE.search(email))
