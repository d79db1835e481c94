"""Writing one matched import batch: inserts by executemany, updates by id, audit entries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, update
from sqlalchemy.orm import Session

from relate_desktop.db.models import (
    AuditRow,
    ConsentEventRow,
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    CustomerSourceRow,
    ImportantDateRow,
    LittleThingRow,
    LoyaltyCardRow,
    NameTokenRow,
    RemarkRow,
    RemarkTagRow,
    TillHistoryRow,
)
from relate_desktop.domain.text import name_tokens
from relate_desktop.domain.vocabulary import Channel, RemarkKind
from relate_desktop.services.audit import MAX_SUMMARY

if TYPE_CHECKING:  # the matching side imports this module
    from relate_desktop.services.import_batch import BatchContext, BatchStore, _Target

#: Values per "IN (...)": under old SQLite's 999-parameter limit.
IN_CHUNK = 500


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


def write_batch(store: BatchStore) -> None:
    """Write what ``store`` matched and gathered: new customers first (for their ids), then
    every side table in one executemany each, then the updates and the audit entries."""
    s, ctx = store.session, store.context
    fresh = [t for t in store.new_targets if t.values]
    if fresh:
        # Which new id is whose: each row carries a negative version as a marker, returned
        # with the id, then set to 1. (Asking for the ids in order would make SQLite insert
        # one row at a time.)
        table = table_of(CustomerRow)
        marked = {-(n + 1): t for n, t in enumerate(fresh)}
        returned = s.execute(table.insert().returning(table.c.id, table.c.version),
                             [{**t.values, "version": mark} for mark, t in marked.items()]).all()
        for customer_id, mark in returned:
            marked[mark].customer_id = customer_id
        for chunk in chunks([t.customer_id for t in fresh]):
            s.execute(update(CustomerRow).where(CustomerRow.id.in_(chunk)).values(version=1)
                      .execution_options(synchronize_session=False))
    every = fresh + list(store.targets.values())
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for t in every:
        for model, values in t.pending:
            values["customer_id"] = t.customer_id
            rows[model].append(values)
    for t in fresh + [t for t in store.targets.values() if t.renamed]:
        name = t.values["display_name"] if t.row is None else t.row["display_name"]
        rows[NameTokenRow].extend({"customer_id": t.customer_id, "token": token}
                                  for token in sorted({w[:100] for w in name_tokens(name)}))
    renamed = [t.customer_id for t in store.targets.values() if t.renamed]
    if renamed:
        s.execute(delete(NameTokenRow).where(NameTokenRow.customer_id.in_(renamed)))
    for model in (CustomerPhoneRow, CustomerEmailRow, LoyaltyCardRow, CustomerSourceRow,
                  NameTokenRow, ImportantDateRow):
        if rows.get(model):
            plain_insert(s, model, rows[model])
    for dated in (ConsentEventRow, TillHistoryRow, LittleThingRow):
        if rows.get(dated):
            # Core, not the ORM's bulk insert: a plain executemany, several times faster.
            s.execute(table_of(dated).insert(), rows[dated])
    notes = [(t, n) for t in every for n in t.new_notes]
    if notes:
        remarks = table_of(RemarkRow)
        # A customer gets one note of a given text, so (customer, text) tells whose id is whose.
        returned = s.execute(
            remarks.insert().returning(remarks.c.id, remarks.c.customer_id, remarks.c.text),
            [{"customer_id": t.customer_id, "kind": RemarkKind.NOTE.value,
              "channel": Channel.COUNTER.value, "text": n.text, "staff_id": ctx.actor.staff.id,
              "workstation": ctx.actor.workstation, "created_at": ctx.now} for t, n in notes]).all()
        remark_ids = {(customer_id, text): rid for rid, customer_id, text in returned}
        tags = [{"remark_id": remark_ids[(t.customer_id, n.text)], "tag": tag}
                for t, n in notes for tag in n.tags]
        if tags:
            s.execute(table_of(RemarkTagRow).insert(), tags)
    changed = [t.customer_id for t in store.targets.values() if t.changes]
    for chunk in chunks(changed):
        s.execute(update(CustomerRow).where(CustomerRow.id.in_(chunk)).values(
            updated_at=ctx.now, version=CustomerRow.version + 1)
            .execution_options(synchronize_session=False))
    for t in store.targets.values():
        if t.profile_changes:
            s.execute(update(CustomerRow).where(CustomerRow.id == t.customer_id)
                      .values(**t.profile_changes).execution_options(synchronize_session=False))
    for model, row_id, values in store.updates:
        s.execute(update(model).where(model.id == row_id).values(**values)
                  .execution_options(synchronize_session=False))
    audit = [audit_entry(ctx, t) for t in every if t.changes]
    if audit:
        s.execute(table_of(AuditRow).insert(), audit)
    s.flush()

def audit_entry(ctx: BatchContext, t: _Target) -> dict[str, Any]:
    """One entry per customer created or changed; no personal data, only what changed."""
    created = t.row is None
    what = sorted(set(t.changes) - {"new"})
    summary = (f"{'created' if created else 'updated'} from {ctx.how} ({', '.join(t.wheres)})"
               + (f": {', '.join(what)}" if what and not created else ""))
    if len(summary) > MAX_SUMMARY:
        summary = summary[:MAX_SUMMARY - 1] + "…"
    return {"at": ctx.now, "staff_id": ctx.actor.staff.id, "staff_name": ctx.actor.staff.name,
            "workstation": ctx.actor.workstation,
            "action": "customer.import" if created else "customer.import_update",
            "target_type": "customer", "target_id": t.customer_id, "customer_id": t.customer_id,
            "summary": summary}


def table_of(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def plain_insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows of plain strings and numbers (no dates, no flags) straight through the
    driver's executemany: a shop's whole customer list means hundreds of thousands of these
    rows, and skipping SQLAlchemy's per-value processing halves the time they take."""
    columns = list(rows[0])
    connection = session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    table = table_of(model)
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join([marker] * len(columns))})")
    connection.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])
