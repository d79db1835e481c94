"""The audit trail: every write says who, when, where, what and on what; managers read it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import AuditRow
from relate_desktop.domain.errors import QT_TRANSLATE_NOOP
from relate_desktop.domain.records import Actor, AuditEntry
from relate_desktop.services.base import Service, require_manager, utcnow

#: Summaries are short: what changed, not a copy of the record.
MAX_SUMMARY = 300


def record(
    session: Session, actor: Actor | None, action: str, target_type: str, target_id: int | None,
    summary: str = "", customer_id: int | None = None,
) -> None:
    """Append one entry in the caller's transaction, so the change and its record land together.

    ``actor`` is None only before anyone exists to act: the shop's first start.
    """
    line = " ".join(summary.split())
    session.add(AuditRow(
        at=utcnow(), staff_id=actor.staff.id if actor else None,
        staff_name=actor.staff.name if actor else "first start",
        workstation=actor.workstation if actor else "", action=action, target_type=target_type,
        target_id=target_id, customer_id=customer_id,
        summary=line if len(line) <= MAX_SUMMARY else line[: MAX_SUMMARY - 1] + "…",
    ))


def quote(text: str, length: int = 60) -> str:
    """A short quotation of typed text for a summary."""
    line = " ".join(text.split())
    return "“" + (line if len(line) <= length else line[: length - 1] + "…") + "”"


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id, at=row.at, staff=row.staff_name, workstation=row.workstation, action=row.action,
        target_type=row.target_type, target_id=row.target_id, customer_id=row.customer_id,
        summary=row.summary,
    )


class AuditService(Service):
    def entries(
        self, actor: Actor, *, staff: str = "", action: str = "", text: str = "",
        since: datetime | None = None, until: datetime | None = None, limit: int = 500,
    ) -> list[AuditEntry]:
        """The newest entries matching every filter given (a manager's view)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can see the audit trail."))

        def work(session: Session) -> list[AuditEntry]:
            stmt = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
            if staff:
                stmt = stmt.where(AuditRow.staff_name == staff)
            if action:
                stmt = stmt.where(AuditRow.action.startswith(action, autoescape=True))
            if text:
                stmt = stmt.where(AuditRow.summary.contains(text, autoescape=True))
            if since is not None:
                stmt = stmt.where(AuditRow.at >= since)
            if until is not None:
                stmt = stmt.where(AuditRow.at < until)
            return [_entry(r) for r in session.scalars(stmt)]

        return self._transaction(work)

    def export_rows(self, actor: Actor, batch: int = 1000) -> Iterator[dict[str, object]]:
        """Every entry, oldest first, in batches (for ``relate-desktop export audit``)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can export the audit trail."))
        after = 0
        while True:
            def work(session: Session, after: int = after) -> list[AuditEntry]:
                rows = session.scalars(
                    select(AuditRow).where(AuditRow.id > after).order_by(AuditRow.id).limit(batch))
                return [_entry(r) for r in rows]

            entries = self._transaction(work)
            if not entries:
                return
            for e in entries:
                yield {
                    "audit_id": e.id, "at": e.at.strftime("%Y-%m-%dT%H:%M:%SZ"), "staff": e.staff,
                    "workstation": e.workstation, "action": e.action, "target_type": e.target_type,
                    "target_id": e.target_id, "customer_id": e.customer_id, "summary": e.summary,
                }
            after = entries[-1].id
