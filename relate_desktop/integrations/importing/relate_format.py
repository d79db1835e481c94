"""Relate's own customers export read back: the round trip from one shop's Relate to another."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from relate_desktop.domain import important_dates, till
from relate_desktop.domain.cells import parse_source_id_cell, split_cell
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.integrations.importing import values
from relate_desktop.integrations.importing.records import (
    EmptyRow,
    ImportedCustomer,
    ImportedDate,
    ImportedPhone,
    ParsedRow,
    RowProblem,
)
from relate_desktop.integrations.importing.tabular import MAX_NAME, phone_flag
from relate_desktop.integrations.importing.text_file import CsvRecord


class RelateRows:
    """Rows of ``relate-desktop export customers`` (any column order; older exports lack the
    later columns)."""

    def __init__(self, header: Sequence[str]) -> None:
        self.header = [h.strip().lower() for h in header]

    def convert(self, record: CsvRecord) -> ParsedRow:
        where = f"row {record.row}"
        if record.cells is None:
            return RowProblem(where, record.reason)
        # The Excel-friendly export puts an apostrophe before =, +, - and @.
        cells = [values.strip_apostrophe(c) for c in record.cells]
        if not any(c.strip() for c in cells):
            return EmptyRow(where)
        row = dict(zip(self.header, cells, strict=False))
        try:
            return self._customer(where, row)
        except ValueError as error:
            return RowProblem(where, str(error))

    def _customer(self, where: str, row: dict[str, str]) -> ImportedCustomer:
        flags: list[str] = []
        name = " ".join(row.get("display_name", "").split())
        if not name:
            raise ValueError("no display_name")
        if len(name) > MAX_NAME:
            raise ValueError(f"display_name longer than {MAX_NAME} characters")
        phones = []
        for raw in split_cell(row.get("phones", "")):
            flag = phone_flag(raw)
            if flag:
                flags.append(flag)
            else:
                phones.append(ImportedPhone(raw))
        emails = []
        for email in split_cell(row.get("emails", "")):
            if values.email_ok(email):
                emails.append(email)
            else:
                flags.append(f"email '{email}' is not an email address; left out")
        consents = []
        for channel in ContactChannel:
            text = row.get(f"consent_{channel.value}", "").strip().lower() or "unknown"
            try:
                state = ConsentState(text)
            except ValueError:
                raise ValueError(f"consent_{channel.value} '{text}' is not granted, denied or unknown") from None
            if state is not ConsentState.UNKNOWN:
                consents.append((channel, state))
        preferred = row.get("preferred_channel", "").strip().lower()
        try:
            channel_preferred = ContactChannel(preferred) if preferred else None
        except ValueError:
            raise ValueError(f"preferred_channel '{preferred}' is not a channel") from None
        dates = []
        for cell in split_cell(row.get("important_dates", "")):
            kind, when, note = important_dates.from_cell(cell)
            dates.append(ImportedDate(kind, when, note))
        histories = [till.from_cell(c) for c in split_cell(row.get("till_history", ""))]
        things = split_cell(row.get("little_things", ""))
        sensitive = [t for t in split_cell(row.get("sensitive_little_things", "")) if t]
        return ImportedCustomer(
            where=where, system="relate", display_name=name,
            source_ids=tuple(parse_source_id_cell(c) for c in split_cell(row.get("source_ids", ""))),
            phones=tuple(phones), emails=tuple(emails),
            cards=tuple(split_cell(row.get("cards", ""))), consents=tuple(consents),
            dates=tuple(dates), till=tuple(histories),
            # A sensitive little thing is listed in both columns (with --include-sensitive).
            little_things=tuple(t for t in things if t and t not in sensitive),
            sensitive_little_things=tuple(sensitive),
            pronunciation=row.get("pronunciation", "").strip(),
            language=row.get("preferred_language", "").strip(),
            preferred_channel=channel_preferred,
            do_not_contact=_flag(row.get("do_not_contact", "")),
            do_not_contact_until=_day(row.get("do_not_contact_until", "")),
            created_at=_moment(row.get("created_at", "")), flags=tuple(flags),
        )


def _flag(text: str) -> bool | None:
    word = text.strip().lower()
    if not word:
        return None
    if word in ("true", "false"):
        return word == "true"
    raise ValueError(f"'{text}' is not true or false")


def _day(text: str) -> date | None:
    return date.fromisoformat(text.strip()) if text.strip() else None


def _moment(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
