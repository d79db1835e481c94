"""Exporting remarks, customers and escalations as CSV or JSON, streamed a batch at a time."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from relate_desktop.db.models import (
    AuditRow,
    ConsentEventRow,
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    CustomerSourceRow,
    EscalationRow,
    ImportantDateRow,
    LittleThingRow,
    LoyaltyCardRow,
    RemarkRow,
    TillHistoryRow,
)
from relate_desktop.domain import cells, important_dates, till
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, RelateError
from relate_desktop.domain.records import Actor, Escalation
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.services.base import Service, require_manager
from relate_desktop.services.readers import escalation_records, remark_records

#: Rows per batch: small enough that memory stays flat at a million customers, and that
#: every "IN (...)" the readers build stays under old SQLite's 999-parameter limit.
BATCH_SIZE = 500

ExportValue = str | int | bool | None
ExportRow = dict[str, ExportValue]

REMARK_COLUMNS: tuple[str, ...] = (
    "remark_id", "created_at", "customer_id", "customer_name", "kind", "channel", "text",
    "tags", "staff", "workstation", "withdrawn", "escalation_status", "priority", "owner",
    "outcome", "resolution_note", "resolved_at",
    # Later additions go last, so older readers of the file find their columns where they were.
    "language",
)
CUSTOMER_COLUMNS: tuple[str, ...] = (
    "customer_id", "display_name", "pronunciation", "phones", "emails", "cards",
    "preferred_language", "preferred_channel", "do_not_contact", "little_things",
    "consent_email", "consent_sms", "consent_phone", "consent_post", "created_at",
    # Later additions, so a full export (with --include-sensitive) comes back without loss.
    "do_not_contact_until", "sensitive_little_things", "important_dates", "till_history",
    "source_ids",
)
ESCALATION_COLUMNS: tuple[str, ...] = (
    "escalation_id", "remark_id", "raised_at", "customer_id", "customer_name", "priority",
    "status", "kind", "summary", "raised_by", "owner", "outcome", "resolution_note",
    "resolved_at", "resolved_by", "told_at",
)
AUDIT_COLUMNS: tuple[str, ...] = (
    "audit_id", "at", "staff", "workstation", "action", "target_type", "target_id",
    "customer_id", "summary",
)
#: What can be exported, and the columns of each, in order.
TABLES: dict[str, tuple[str, ...]] = {
    "remarks": REMARK_COLUMNS,
    "customers": CUSTOMER_COLUMNS,
    "escalations": ESCALATION_COLUMNS,
    "audit": AUDIT_COLUMNS,
}
#: Several values in one cell (tags, phones, little things) are joined with this; a value
#: holding it is escaped (see domain/cells.py), so reading the cell back gives each value.
LIST_SEPARATOR = cells.LIST_SEPARATOR
#: What an export can be written as: the Excel-friendly CSV is UTF-8 with a BOM (Excel then
#: reads accents right) and keeps "+44…" or "=…" as text.
FORMATS = ("csv", "excel-csv", "json")


class CannotSave(RelateError):
    """The export file could not be written (a full disk, a folder without permission)."""


def iso_utc(moment: datetime | None) -> str | None:
    """2026-11-22T14:02:00Z: what spreadsheets and other systems read without guessing."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _joined(values: Iterable[str]) -> str:
    return cells.join_cell(values)


class ExportService(Service):
    def rows(self, table: str, actor: Actor, include_sensitive: bool = False) -> Iterator[ExportRow]:
        """The rows of ``table`` (see TABLES), oldest first; exporting everything is a
        manager's decision. Sensitive little things are left out unless asked for."""
        readers: dict[str, Callable[[], Iterator[ExportRow]]] = {
            "remarks": lambda: self.remarks(actor),
            "customers": lambda: self.customers(actor, include_sensitive=include_sensitive),
            "escalations": lambda: self.escalations(actor),
            "audit": lambda: self.audit(actor),
        }
        if table not in readers:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' cannot be exported (choose %2)."),
                               table, ", ".join(TABLES))
        return readers[table]()

    def save(self, actor: Actor, table: str, fmt: str, path: Path,
             include_sensitive: bool = False) -> int:
        """Write an export to ``path`` (what the window's File → Export does, with the same
        content as the command line's); through a temporary file, so a failure half-way never
        leaves half a file where the old one was. Returns how many rows were written."""
        rows = self.rows(table, actor, include_sensitive=include_sensitive)
        if fmt not in FORMATS:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' is not an export format (choose %2)."),
                               fmt, ", ".join(FORMATS))
        path = path.expanduser()
        try:
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as error:
            raise CannotSave(QT_TRANSLATE_NOOP("errors", "Cannot write %1: %2"), str(path),
                             error.strerror or str(error)) from error
        try:
            with open(handle, "w", encoding="utf-8", newline="") as out:
                count = write_rows(table, fmt, rows, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
            return count
        except OSError as error:
            raise CannotSave(QT_TRANSLATE_NOOP("errors", "Cannot write %1: %2"), str(path),
                             error.strerror or str(error)) from error
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)

    def remarks(self, actor: Actor, batch_size: int = BATCH_SIZE) -> Iterator[ExportRow]:
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can export the shop's data."))
        return self._keyset(RemarkRow.id, _remark_batch, batch_size)

    def customers(
        self, actor: Actor, batch_size: int = BATCH_SIZE, include_sensitive: bool = False
    ) -> Iterator[ExportRow]:
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can export the shop's data."))
        return self._keyset(CustomerRow.id, partial(_customer_batch, sensitive=include_sensitive),
                            batch_size, CustomerRow.merged_into_id.is_(None))

    def audit(self, actor: Actor, batch_size: int = BATCH_SIZE) -> Iterator[ExportRow]:
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can export the audit trail."))
        return self._keyset(AuditRow.id, _audit_batch, batch_size)

    def escalations(self, actor: Actor, batch_size: int = BATCH_SIZE) -> Iterator[ExportRow]:
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can export the shop's data."))
        return self._keyset(EscalationRow.id, _escalation_batch, batch_size)

    def _keyset(
        self,
        key: InstrumentedAttribute[int],
        describe: Callable[[Session, list[int]], list[ExportRow]],
        batch_size: int,
        *where: ColumnElement[bool],
    ) -> Iterator[ExportRow]:
        """Walk a table by id ranges, each batch in its own short read transaction, so an
        export never holds a lock (or a whole table in memory) while the file is written."""
        after = 0
        while True:
            def work(session: Session, after: int = after) -> tuple[list[ExportRow], int]:
                ids = list(session.scalars(
                    select(key).where(key > after, *where).order_by(key).limit(batch_size)
                ))
                return (describe(session, ids), ids[-1]) if ids else ([], after)

            batch, after = self._transaction(work)
            if not batch:
                return
            yield from batch


def _remark_batch(session: Session, ids: list[int]) -> list[ExportRow]:
    rows = session.scalars(select(RemarkRow).where(RemarkRow.id.in_(ids)).order_by(RemarkRow.id)).all()
    escalations: dict[int, Escalation] = {
        e.remark_id: e
        for e in escalation_records(
            session, session.scalars(select(EscalationRow).where(EscalationRow.remark_id.in_(ids))).all()
        )
    }
    out: list[ExportRow] = []
    for remark in remark_records(session, rows):
        escalation = escalations.get(remark.id)
        out.append({
            "remark_id": remark.id,
            "created_at": iso_utc(remark.created_at),
            "customer_id": remark.customer_id,
            "customer_name": remark.customer_name,
            "kind": remark.kind.value,
            "channel": remark.channel.value,
            "text": remark.text,
            "tags": _joined(remark.tags),
            "staff": remark.staff,
            "workstation": remark.workstation,
            "withdrawn": remark.withdrawn,
            "escalation_status": escalation.status.value if escalation else "none",
            "priority": escalation.priority.value if escalation else None,
            "owner": (escalation.owner or None) if escalation else None,
            "outcome": escalation.outcome.value if escalation and escalation.outcome else None,
            "resolution_note": escalation.resolution_note if escalation else "",
            "resolved_at": iso_utc(escalation.resolved_at) if escalation else None,
            "language": remark.language,
        })
    return out


def _escalation_batch(session: Session, ids: list[int]) -> list[ExportRow]:
    rows = session.scalars(
        select(EscalationRow).where(EscalationRow.id.in_(ids)).order_by(EscalationRow.id)
    ).all()
    return [
        {
            "escalation_id": e.id,
            "remark_id": e.remark_id,
            "raised_at": iso_utc(e.raised_at),
            "customer_id": e.customer_id,
            "customer_name": e.customer_name,
            "priority": e.priority.value,
            "status": e.status.value,
            "kind": e.kind.value,
            "summary": e.summary,
            "raised_by": e.raised_by,
            "owner": e.owner or None,
            "outcome": e.outcome.value if e.outcome else None,
            "resolution_note": e.resolution_note,
            "resolved_at": iso_utc(e.resolved_at),
            "resolved_by": e.resolved_by or None,
            "told_at": iso_utc(e.told_at),
        }
        for e in escalation_records(session, rows)
    ]


def _audit_batch(session: Session, ids: list[int]) -> list[ExportRow]:
    rows = session.scalars(select(AuditRow).where(AuditRow.id.in_(ids)).order_by(AuditRow.id))
    return [
        {"audit_id": r.id, "at": iso_utc(r.at), "staff": r.staff_name, "workstation": r.workstation,
         "action": r.action, "target_type": r.target_type, "target_id": r.target_id,
         "customer_id": r.customer_id, "summary": r.summary}
        for r in rows
    ]


def _customer_batch(session: Session, ids: list[int], sensitive: bool = False) -> list[ExportRow]:
    # The ids are consecutive in key order, so every side table is read as one index range.
    low, high = ids[0], ids[-1]

    phones = _grouped(session.execute(
        select(CustomerPhoneRow.customer_id,
               func.coalesce(CustomerPhoneRow.e164, CustomerPhoneRow.raw))
        .where(CustomerPhoneRow.customer_id.between(low, high)).order_by(CustomerPhoneRow.id)
    ))
    emails = _grouped(session.execute(
        select(CustomerEmailRow.customer_id, CustomerEmailRow.email)
        .where(CustomerEmailRow.customer_id.between(low, high)).order_by(CustomerEmailRow.id)
    ))
    cards = _grouped(session.execute(
        select(LoyaltyCardRow.customer_id, LoyaltyCardRow.number)
        .where(LoyaltyCardRow.customer_id.between(low, high)).order_by(LoyaltyCardRow.id)
    ))
    # Removed little things stay in the database for the record, but are no longer true.
    things_query = (
        select(LittleThingRow.customer_id, LittleThingRow.text)
        .where(LittleThingRow.customer_id.between(low, high), LittleThingRow.removed_at.is_(None))
        .order_by(LittleThingRow.id)
    )
    if not sensitive:
        things_query = things_query.where(LittleThingRow.sensitive.is_(False))
    things = _grouped(session.execute(things_query))
    secret = _grouped(session.execute(things_query.where(LittleThingRow.sensitive.is_(True)))
                      ) if sensitive else {}
    dates = _grouped(
        (d.customer_id, important_dates.to_cell(d.kind, important_dates.PartialDate(d.month, d.day, d.year),
                                                d.note))
        for d in session.scalars(select(ImportantDateRow).where(
            ImportantDateRow.customer_id.between(low, high)).order_by(ImportantDateRow.id)))
    tills = _grouped(
        (t.customer_id, till.to_cell(till.TillHistory(t.system, t.visits, t.spent_cents, t.currency,
                                                      t.first_visit, t.last_visit)))
        for t in session.scalars(select(TillHistoryRow).where(
            TillHistoryRow.customer_id.between(low, high)).order_by(TillHistoryRow.id)))
    sources = _grouped(
        (customer_id, cells.source_id_cell(system, key)) for customer_id, system, key in session.execute(
            select(CustomerSourceRow.customer_id, CustomerSourceRow.system, CustomerSourceRow.source_key)
            .where(CustomerSourceRow.customer_id.between(low, high)).order_by(CustomerSourceRow.id)))
    # Consent events are append-only; in id order, the last one per channel is the wish now.
    consent: dict[int, dict[str, str]] = defaultdict(dict)
    for customer_id, channel, state in session.execute(
        select(ConsentEventRow.customer_id, ConsentEventRow.channel, ConsentEventRow.state)
        .where(ConsentEventRow.customer_id.between(low, high))
        .order_by(ConsentEventRow.id)
    ):
        consent[customer_id][channel] = state
    customers = session.scalars(
        select(CustomerRow).where(CustomerRow.id.in_(ids)).order_by(CustomerRow.id)
    ).all()
    out: list[ExportRow] = []
    for c in customers:
        row: ExportRow = {
            "customer_id": c.id,
            "display_name": c.display_name,
            "pronunciation": c.pronunciation,
            "phones": _joined(phones[c.id]),
            "emails": _joined(emails[c.id]),
            "cards": _joined(cards[c.id]),
            "preferred_language": c.preferred_language,
            "preferred_channel": c.preferred_channel,
            "do_not_contact": c.do_not_contact,
            "little_things": _joined(things[c.id]),
        }
        for channel in ContactChannel:
            row[f"consent_{channel.value}"] = consent[c.id].get(channel.value, ConsentState.UNKNOWN.value)
        row["created_at"] = iso_utc(c.created_at)
        row["do_not_contact_until"] = c.do_not_contact_until.isoformat() if c.do_not_contact_until else None
        row["sensitive_little_things"] = _joined(secret.get(c.id, []))
        row["important_dates"] = _joined(dates[c.id])
        row["till_history"] = _joined(tills[c.id])
        row["source_ids"] = _joined(sources[c.id])
        out.append(row)
    return out


def _grouped(pairs: Iterable[Sequence[Any]]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for customer_id, value in pairs:
        found[customer_id].append(value)
    return found


def _cell(value: ExportValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(columns: Sequence[str], rows: Iterable[ExportRow], out: TextIO) -> int:
    """A header row, then one line per row; ``out`` must be opened with ``newline=""`` so
    line breaks inside a remark survive. Returns how many rows were written."""
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
        count += 1
    return count


def _excel_cell(value: ExportValue) -> str:
    text = _cell(value)
    # Excel reads "+447700900123" as a number (4.47701E+11) and "=…" as a formula; an
    # apostrophe in front keeps both as text, and Relate's importer takes it off again.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_excel_csv(columns: Sequence[str], rows: Iterable[ExportRow], out: TextIO) -> int:
    """As ``write_csv``, for Excel: a UTF-8 byte order mark first, and values Excel would
    turn into numbers or formulas kept as text."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_excel_cell(row[c]) for c in columns])
        count += 1
    return count


def write_rows(table: str, fmt: str, rows: Iterable[ExportRow], out: TextIO) -> int:
    """Write ``rows`` of ``table`` in ``fmt`` (one of FORMATS) to ``out`` (opened with
    ``newline=""``); returns how many rows were written."""
    if fmt == "json":
        return write_json(rows, out)
    if fmt == "excel-csv":
        return write_excel_csv(TABLES[table], rows, out)
    if fmt == "csv":
        return write_csv(TABLES[table], rows, out)
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' is not an export format (choose %2)."),
                       fmt, ", ".join(FORMATS))


def write_json(rows: Iterable[ExportRow], out: TextIO) -> int:
    """A JSON array of objects, written object by object so no huge string is built."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
