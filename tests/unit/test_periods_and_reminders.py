"""Periods of shop-local days, and whether and how a date reminder may suggest contact."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.insights import Period, local_midnight
from relate_desktop.domain.reminders import (
    month_days_ahead,
    next_occurrence,
    no_contact_now,
    reminder_channel,
)
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel

GRANTED, DENIED = ConsentState.GRANTED, ConsentState.DENIED


@pytest.fixture
def pc_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shop PC's own time zone, as the app sees it (no zone passed)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_without_a_zone_the_pcs_own_time_zone_is_used(pc_in_new_york: None) -> None:
    # 8 March 2026: New York moves from EST (UTC-5) to EDT (UTC-4).
    assert local_midnight(date(2026, 3, 8)) == datetime(2026, 3, 8, 5, 0, tzinfo=UTC)
    assert local_midnight(date(2026, 3, 9)) == datetime(2026, 3, 9, 4, 0, tzinfo=UTC)
    start, end = Period(date(2026, 3, 8), date(2026, 3, 8)).bounds()
    assert (end - start).total_seconds() == 23 * 3600  # the short day


def test_this_week_this_month_and_what_they_are_compared_with() -> None:
    week = Period.week_of(date(2026, 11, 22))  # a Sunday
    assert week == Period(date(2026, 11, 16), date(2026, 11, 22))
    assert week.previous() == Period(date(2026, 11, 9), date(2026, 11, 15))
    march = Period.month_of(date(2026, 3, 31))
    assert march == Period(date(2026, 3, 1), date(2026, 3, 31))
    assert march.previous() == Period(date(2026, 2, 1), date(2026, 2, 28))  # the month before
    custom = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert custom.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))  # as many days


def test_the_chart_has_days_then_weeks_then_months() -> None:
    assert len(Period.month_of(date(2026, 1, 1)).buckets()) == 31
    weeks = Period(date(2026, 1, 1), date(2026, 2, 28)).buckets()  # 59 days, Thursday start
    assert weeks[0] == Period(date(2026, 1, 1), date(2026, 1, 4))
    assert weeks[1] == Period(date(2026, 1, 5), date(2026, 1, 11))
    assert weeks[-1].last == date(2026, 2, 28) and len(weeks) == 9
    months = Period(date(2025, 11, 15), date(2026, 11, 14)).buckets()
    assert months[0] == Period(date(2025, 11, 15), date(2025, 11, 30))
    assert months[-1] == Period(date(2026, 11, 1), date(2026, 11, 14)) and len(months) == 13
    for parts in (weeks, months):  # no day lost or counted twice
        assert all((b.first - a.last).days == 1 for a, b in itertools.pairwise(parts))


def test_a_backwards_or_too_long_period_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Period(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(InvalidInput):
        Period(date(2024, 1, 1), date(2025, 1, 1))  # 367 days
    assert Period(date(2024, 1, 1), date(2024, 12, 31)).days == 366


def test_a_29_february_birthday_comes_round_on_the_28th_in_other_years() -> None:
    assert next_occurrence(2, 29, date(2027, 2, 1)) == date(2027, 2, 28)
    assert next_occurrence(2, 29, date(2028, 2, 1)) == date(2028, 2, 29)
    assert next_occurrence(4, 15, date(2026, 4, 16)) == date(2027, 4, 15)  # passed: next year
    assert next_occurrence(4, 15, date(2026, 4, 15)) == date(2026, 4, 15)  # today
    assert (2, 29) in month_days_ahead(date(2027, 2, 25))
    assert (2, 29) not in month_days_ahead(date(2028, 2, 20))  # the 29th is its own day then
    assert month_days_ahead(date(2026, 12, 30), 3) == {(12, 30), (12, 31), (1, 1), (1, 2)}


@pytest.mark.parametrize(("preferred", "consents", "do_not_contact", "expected"), [
    (ContactChannel.SMS, {ContactChannel.SMS: GRANTED, ContactChannel.EMAIL: GRANTED}, False,
     ContactChannel.SMS),
    (None, {ContactChannel.PHONE: GRANTED, ContactChannel.EMAIL: DENIED}, False,
     ContactChannel.PHONE),
    # Prefers SMS but never said yes to it: the first channel they did say yes to.
    (ContactChannel.SMS, {ContactChannel.POST: GRANTED}, False, ContactChannel.POST),
    (ContactChannel.EMAIL, {ContactChannel.EMAIL: DENIED}, False, None),
    (None, {}, False, None),  # never asked: no reminder
    (ContactChannel.SMS, {ContactChannel.SMS: GRANTED}, True, None),
])
def test_a_reminder_only_suggests_a_channel_the_customer_said_yes_to(
    preferred: ContactChannel | None, consents: dict[ContactChannel, ConsentState],
    do_not_contact: bool, expected: ContactChannel | None,
) -> None:
    assert reminder_channel(preferred, consents, do_not_contact) == expected


def test_a_do_not_contact_wish_with_an_end_date_ends() -> None:
    today = date(2026, 5, 10)
    assert no_contact_now(True, None, today)
    assert no_contact_now(True, date(2026, 5, 10), today)
    assert not no_contact_now(True, date(2026, 5, 9), today)
    assert not no_contact_now(False, None, today)
