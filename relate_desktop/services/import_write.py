"""Writing one matched import batch: new rows in bulk, updates by id, audit entries."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from relate_desktop.db.bulk import among, insert_rows, insert_with_ids, value_chunks
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


def write_batch(store: BatchStore) -> None:
    """Write what ``store`` matched and gathered: new customers first (for their ids), then
    every side table in one bulk insert each, then the updates and the audit entries."""
    s, ctx = store.session, store.context
    fresh = [t for t in store.new_targets if t.values]
    if fresh:
        _add_customers(s, fresh)
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
    for chunk in value_chunks(s, renamed):
        s.execute(delete(NameTokenRow).where(among(s, NameTokenRow.customer_id, chunk)))
    for model in (CustomerPhoneRow, CustomerEmailRow, LoyaltyCardRow, CustomerSourceRow,
                  NameTokenRow, ImportantDateRow, ConsentEventRow, TillHistoryRow, LittleThingRow):
        insert_rows(s, model, rows.get(model, []))
    notes = [(t, n) for t in every for n in t.new_notes]
    if notes:
        remark_ids = _add_notes(store, notes)
        insert_rows(s, RemarkTagRow, [{"remark_id": remark_id, "tag": tag}
                                      for remark_id, (_t, n) in zip(remark_ids, notes, strict=True)
                                      for tag in n.tags])
    changed = [t.customer_id for t in store.targets.values() if t.changes]
    for chunk in value_chunks(s, changed):
        s.execute(update(CustomerRow).where(among(s, CustomerRow.id, chunk)).values(
            updated_at=ctx.now, version=CustomerRow.version + 1)
            .execution_options(synchronize_session=False))
    for t in store.targets.values():
        if t.profile_changes:
            s.execute(update(CustomerRow).where(CustomerRow.id == t.customer_id)
                      .values(**t.profile_changes).execution_options(synchronize_session=False))
    for model, row_id, values in store.updates:
        s.execute(update(model).where(model.id == row_id).values(**values)
                  .execution_options(synchronize_session=False))
    insert_rows(s, AuditRow, [audit_entry(ctx, t) for t in every if t.changes])
    s.flush()


def _add_customers(s: Session, fresh: list[_Target]) -> None:
    """Insert the new customers and give each target its id."""
    ids = insert_with_ids(s, CustomerRow, [t.values for t in fresh])
    for t, customer_id in zip(fresh, ids, strict=True):
        t.customer_id = customer_id


def _add_notes(store: BatchStore, notes: list[tuple[_Target, Any]]) -> list[int]:
    """Insert the customers' new notes; their ids, in the order of ``notes``."""
    ctx = store.context
    return insert_with_ids(store.session, RemarkRow, [
        {"customer_id": t.customer_id, "kind": RemarkKind.NOTE.value,
         "channel": Channel.COUNTER.value, "text": n.text, "staff_id": ctx.actor.staff.id,
         "workstation": ctx.actor.workstation, "created_at": ctx.now} for t, n in notes])


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
