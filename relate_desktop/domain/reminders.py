"""Each person's day: what is due, the dates customers shared, and the kind words about them."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from relate_desktop.domain.records import Promise
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel

#: The card shows a date from this many days before it.
DAYS_AHEAD = 7


def occurrence(month: int, day: int, year: int) -> date:
    """The date in ``year``; a 29 February is kept on the 28th in other years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_occurrence(month: int, day: int, today: date) -> date:
    """Today or the next time the date comes round."""
    this_year = occurrence(month, day, today.year)
    return this_year if this_year >= today else occurrence(month, day, today.year + 1)


def month_days_ahead(today: date, days: int = DAYS_AHEAD) -> set[tuple[int, int]]:
    """(month, day) pairs stored dates may have to fall within ``days`` of ``today``,
    29 February included when a non-leap year's 28th is among them."""
    pairs: set[tuple[int, int]] = set()
    for n in range(days + 1):
        d = date.fromordinal(today.toordinal() + n)
        pairs.add((d.month, d.day))
        if d.month == 2 and d.day == 28 and not calendar.isleap(d.year):
            pairs.add((2, 29))
    return pairs


def reminder_channel(
    preferred: ContactChannel | None, consents: Mapping[ContactChannel, ConsentState],
    do_not_contact: bool,
) -> ContactChannel | None:
    """How a reminder suggests reaching the customer: their preferred channel when they said
    yes to it, else the first channel they said yes to; None (no reminder at all) when they
    said yes to none or asked not to be contacted."""
    if do_not_contact:
        return None
    if preferred is not None and consents.get(preferred) is ConsentState.GRANTED:
        return preferred
    for channel in ContactChannel:
        if consents.get(channel) is ConsentState.GRANTED:
            return channel
    return None


def no_contact_now(do_not_contact: bool, until: date | None, today: date) -> bool:
    """A do-not-contact wish with an end date is over the day after it."""
    return do_not_contact and (until is None or today <= until)


@dataclass(frozen=True)
class DateReminder:
    """An important date a customer shared, coming up, and how they are happy to be reached."""

    customer_id: int
    customer_name: str
    kind: str  # "birthday", "anniversary", ...
    on: date  # this year's (or next year's) occurrence
    year: int | None  # when it first happened, if the customer said
    note: str
    channel: ContactChannel

    def days_until(self, today: date) -> int:
        return (self.on - today).days

    @property
    def years(self) -> int | None:
        return self.on.year - self.year if self.year is not None else None


@dataclass(frozen=True)
class DueItem:
    """One promise on someone's today list."""

    promise: Promise
    customer_name: str
    mine: bool  # the signed-in person made it: theirs come first


@dataclass(frozen=True)
class KindWord:
    """A compliment a customer paid a member of staff."""

    remark_id: int
    customer_id: int | None
    customer_name: str
    text: str
    said_at: datetime
    heard_by: str


@dataclass(frozen=True)
class TodayPanel:
    day: date
    callbacks: tuple[DueItem, ...]
    follow_ups: tuple[DueItem, ...]
    promises: tuple[DueItem, ...]
    dates: tuple[DateReminder, ...]
    kind_words: tuple[KindWord, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.callbacks or self.follow_ups or self.promises or self.dates)
