"""What customers are saying, in figures: periods of shop-local days and the manager's records."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from relate_desktop.domain.records import Promise
from relate_desktop.domain.vocabulary import Outcome, RemarkKind

#: The kinds in the order every figure lists them (the order staff pick them with Ctrl+1…6).
KINDS: tuple[RemarkKind, ...] = tuple(RemarkKind)
#: A year and a day: enough for an annual digest, small enough to stay a handful of queries.
MAX_PERIOD_DAYS = 366
#: Up to this many days the chart has a point per day; up to WEEKLY_UP_TO one per week.
DAILY_UP_TO = 31
WEEKLY_UP_TO = 26 * 7


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def local_midnight(day: date, zone: tzinfo | None = None) -> datetime:
    """The UTC instant ``day`` starts on the shop PC's clock (``zone``; None: the PC's own
    time zone), daylight saving included: the day's remarks are those from here to the next."""
    if zone is None:
        return datetime(day.year, day.month, day.day).astimezone(UTC)  # naive: the PC's zone
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def local_today(zone: tzinfo | None = None) -> date:
    return datetime.now(zone).date() if zone is not None else date.today()


@dataclass(frozen=True)
class Period:
    """Whole local calendar days, ``first`` to ``last`` inclusive."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
        if self.days > MAX_PERIOD_DAYS:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose a period of %1 days at most."),
                               MAX_PERIOD_DAYS)

    @classmethod
    def week_of(cls, day: date) -> Period:
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def month_of(cls, day: date) -> Period:
        return cls(day.replace(day=1), _month_end(day))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_calendar_month(self) -> bool:
        return self.first.day == 1 and self.last == _month_end(self.first)

    def previous(self) -> Period:
        """What this period is compared with: the month before a calendar month, else as many
        days just before."""
        if self.is_calendar_month:
            return Period.month_of(self.first - timedelta(days=1))
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def bounds(self, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
        """[start, end) in UTC: from the first day's local midnight to the one after the last."""
        return local_midnight(self.first, zone), local_midnight(self.last + timedelta(days=1), zone)

    def buckets(self) -> tuple[Period, ...]:
        """The chart's points: days, ISO weeks or calendar months, clipped to the period."""
        if self.days <= DAILY_UP_TO:
            return tuple(Period(d, d) for d in _days(self.first, self.last))
        parts: list[Period] = []
        start = self.first
        while start <= self.last:
            if self.days <= WEEKLY_UP_TO:
                end = start + timedelta(days=6 - start.weekday())
            else:
                end = _month_end(start)
            end = min(end, self.last)
            parts.append(Period(start, end))
            start = end + timedelta(days=1)
        return tuple(parts)

    def __str__(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def days_of(period: Period) -> list[date]:
    return _days(period.first, period.last)


@dataclass(frozen=True)
class KindCount:
    kind: RemarkKind
    count: int
    previous: int  # in the period before

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True)
class TagCount:
    tag: str
    count: int
    previous: int

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True)
class TimeBucket:
    """One point of the chart: the remarks of each kind (in KINDS order) on these days."""

    first: date
    last: date
    counts: tuple[int, ...]

    def count(self, kind: RemarkKind) -> int:
        return self.counts[KINDS.index(kind)]


@dataclass(frozen=True)
class OutcomeCount:
    outcome: Outcome
    count: int


@dataclass(frozen=True)
class EscalationFigures:
    opened: int  # raised in the period
    resolved: int  # resolved in the period (whenever raised)
    median_minutes_to_resolve: float | None  # of those resolved in the period
    past_target: int  # of those raised in the period: resolved late, or still open and late
    by_outcome: tuple[OutcomeCount, ...]  # of those resolved in the period, every outcome


@dataclass(frozen=True)
class PromiseFigures:
    """Promises due in the period (cancelled ones left out), and whether they were kept in time:
    by the end of the due day, shop time."""

    due: int
    kept_on_time: int
    kept_late: int
    overdue: int  # still open after their due day
    not_yet_due: int

    @property
    def share_on_time(self) -> float | None:
        """Kept on time among those whose time has come; None when none has."""
        decided = self.kept_on_time + self.kept_late + self.overdue
        return self.kept_on_time / decided if decided else None


@dataclass(frozen=True)
class FollowUpFigures:
    """Follow-ups of resolved escalations scheduled in the period, and what the customers said."""

    scheduled: int
    satisfied: int
    not_satisfied: int
    open: int


@dataclass(frozen=True)
class OverduePromise:
    promise: Promise
    customer_name: str


@dataclass(frozen=True)
class ShopInsights:
    period: Period
    previous: Period
    kinds: tuple[KindCount, ...]  # all six, zeros included
    over_time: tuple[TimeBucket, ...]
    tags: tuple[TagCount, ...]  # the most used in either period, with the change
    complaint_tags: tuple[TagCount, ...]
    compliment_tags: tuple[TagCount, ...]
    escalations: EscalationFigures
    promises: PromiseFigures
    follow_ups: FollowUpFigures
    overdue_promises: tuple[OverduePromise, ...]  # all open promises past due, whatever the period

    @property
    def total(self) -> int:
        return sum(k.count for k in self.kinds)

    def count(self, kind: RemarkKind) -> int:
        return next(k.count for k in self.kinds if k.kind is kind)
