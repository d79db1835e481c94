"""What a parser hands on: one plain record per customer, or the row's problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.important_dates import PartialDate
from relate_desktop.domain.till import TillHistory
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel


class UnreadableFile(RelateError):
    """The file cannot be read at all (missing, not text, no header): nothing was imported."""


@dataclass(frozen=True)
class ImportedPhone:
    raw: str
    #: The row's own country ("GB"), for a number written without its country code.
    country: str = ""


@dataclass(frozen=True)
class ImportedDate:
    kind: str  # "birthday", "anniversary", ...
    date: PartialDate
    note: str = ""


@dataclass(frozen=True)
class ImportedCustomer:
    """One customer as a file describes them, ready to be stored.

    Consents hold only what the file states explicitly: a blank is "unknown" and is absent.
    ``flags`` are reported with the row, but the customer is stored (e.g. a phone number a
    spreadsheet mangled is left out, the rest comes in).
    """

    where: str  # "row 7", "card 3 (line 41)"
    system: str  # "shopify", "square", "lightspeed", "vcard", "generic", "relate"
    display_name: str
    source_ids: tuple[tuple[str, str], ...] = ()  # (system, id in that system)
    phones: tuple[ImportedPhone, ...] = ()
    emails: tuple[str, ...] = ()
    cards: tuple[str, ...] = ()
    consents: tuple[tuple[ContactChannel, ConsentState], ...] = ()
    note: str = ""
    tags: tuple[str, ...] = ()
    dates: tuple[ImportedDate, ...] = ()
    #: Till figures; a blank system or source is filled in when stored.
    till: tuple[TillHistory, ...] = ()
    little_things: tuple[str, ...] = ()
    sensitive_little_things: tuple[str, ...] = ()
    pronunciation: str = ""
    language: str = ""
    preferred_channel: ContactChannel | None = None
    do_not_contact: bool | None = None
    do_not_contact_until: date | None = None
    #: A Relate export's own "customer since"; with the name it finds the same customer again.
    created_at: datetime | None = None
    #: True when the display name came from the file (not made up from an email or phone).
    named: bool = True
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be imported, and why, as the report shows it."""

    where: str
    reason: str

    def line(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class EmptyRow:
    """A row with nothing in it (spreadsheets leave them at the end): neither stored nor a problem."""

    where: str


ParsedRow = ImportedCustomer | RowProblem | EmptyRow
