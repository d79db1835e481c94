"""Dates a customer chose to share: a month and a day, and the year only when it is known."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

#: What an important date can be; another kind is kept as written ("name day").
BIRTHDAY = "birthday"
ANNIVERSARY = "anniversary"

#: Years that mean "no year": Square writes 0000, Apple Contacts 1604.
_NO_YEAR = {0, 1604}
_ISO = re.compile(r"^(\d{4})-?(\d\d)-?(\d\d)(?:[T ][\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?$")
_NO_YEAR_FORMS = re.compile(r"^(?:--)?(\d\d)-?(\d\d)$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$")


@dataclass(frozen=True)
class PartialDate:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("no such month")
        # Without a year, 29 February is a real birthday.
        last = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= last:
            raise ValueError("no such day in that month")

    def iso(self) -> str:
        """1990-04-15, or --04-15 without a year (as vCard writes it)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None


def parse_partial_date(text: str, day_first: bool = True) -> PartialDate | None:
    """Read a date as exports write them: 1990-04-15, 19900415, --0415, --04-15, 04-15 (month
    first, as Square), 0000-04-15, 15/04/1990 (``day_first``) or 4/15/1990; None for a blank.
    ValueError for anything that is not a real date."""
    text = text.strip()
    if not text:
        return None
    try:
        if match := _ISO.match(text):
            full_year, month, day = (int(g) for g in match.groups())
            return PartialDate(month, day, None if full_year in _NO_YEAR else full_year)
        if match := _NO_YEAR_FORMS.match(text):
            return PartialDate(int(match.group(1)), int(match.group(2)))
        if match := _SLASHED.match(text):
            first, second, year_text = match.groups()
            day, month = (int(first), int(second)) if day_first else (int(second), int(first))
            year = None
            if year_text:
                year = int(year_text)
                if len(year_text) == 2:  # a two-digit birth year is last century unless that is the future
                    year += 1900 if year > date.today().year % 100 else 2000
            return PartialDate(month, day, None if year in _NO_YEAR else year)
    except ValueError as error:
        raise ValueError(f"'{text}' is not a date ({error})") from None
    raise ValueError(f"'{text}' is not a date")


@dataclass(frozen=True)
class ImportantDate:
    """A shared date on a customer's record."""

    id: int
    kind: str
    month: int
    day: int
    year: int | None = None
    note: str = ""
    source: str = ""


def to_cell(kind: str, when: PartialDate, note: str = "") -> str:
    """``birthday 1990-04-15`` or ``anniversary --06-01 wedding``: kind, date, then any note."""
    return " ".join(part for part in (kind_word(kind), when.iso(), note.strip()) if part)


def from_cell(text: str) -> tuple[str, PartialDate, str]:
    """What ``to_cell`` wrote: (kind, date, note); ValueError for anything else."""
    parts = text.strip().split(" ", 2)
    if len(parts) < 2:
        raise ValueError(f"'{text}' is not KIND DATE")
    when = parse_partial_date(parts[1])
    if when is None:
        raise ValueError(f"'{text}' is not KIND DATE")
    return parts[0], when, parts[2] if len(parts) > 2 else ""


def kind_word(kind: str) -> str:
    """A kind as one lower-case word ("name day" -> "name-day"), so it fits a cell and a column."""
    return "-".join(kind.strip().lower().split())[:32]
