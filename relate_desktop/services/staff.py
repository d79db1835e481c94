"""Who works in the shop, and the "command line" member that administration acts as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.db.models import StaffRow
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.domain.vocabulary import Role
from relate_desktop.services.base import Service, require_manager, staff_record, utcnow

COMMAND_LINE = "command line"


class StaffService(Service):
    def add(self, name: str, role: Role, actor: Actor | None = None) -> StaffMember:
        """Add a member of staff; only a manager may, except for the very first one."""
        name = name.strip()
        if not name:
            raise InvalidInput("A member of staff needs a name.")
        if len(name) > 120:
            raise InvalidInput("That name is too long (120 characters at most).")

        def work(session: Session) -> StaffMember:
            people = session.scalar(
                select(StaffRow.id).where(StaffRow.is_system.is_(False)).limit(1)
            )
            if people is not None:
                if actor is None:
                    raise InvalidInput("Only a manager can add staff.")
                require_manager(actor, "add staff")
            taken = session.scalar(
                select(StaffRow.id).where(
                    StaffRow.name == name, StaffRow.active.is_(True), StaffRow.is_system.is_(False)
                )
            )
            if taken is not None:
                raise InvalidInput(f"There is already someone called {name}.")
            row = StaffRow(name=name, role=role.value, active=True, is_system=False, created_at=utcnow())
            session.add(row)
            session.flush()
            return staff_record(row)

        return self._transaction(work)

    def active_staff(self) -> list[StaffMember]:
        def work(session: Session) -> list[StaffMember]:
            rows = session.scalars(
                select(StaffRow)
                .where(StaffRow.active.is_(True), StaffRow.is_system.is_(False))
                .order_by(StaffRow.name)
            )
            return [staff_record(r) for r in rows]

        return self._transaction(work)

    def get(self, staff_id: int) -> StaffMember:
        return self._transaction(lambda s: staff_record(self._get(s, StaffRow, staff_id, "staff member")))

    def command_line_actor(self, workstation: str) -> Actor:
        """The administration identity: manager rights, recorded as "command line"."""

        def work(session: Session) -> StaffMember:
            row = session.scalar(select(StaffRow).where(StaffRow.is_system.is_(True)))
            if row is None:
                row = StaffRow(
                    name=COMMAND_LINE, role=Role.MANAGER.value, active=True, is_system=True,
                    created_at=utcnow(),
                )
                session.add(row)
                session.flush()
            return staff_record(row)

        return Actor(staff=self._transaction(work), workstation=workstation)
