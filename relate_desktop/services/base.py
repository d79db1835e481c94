"""What every service shares: one transaction per call, busy-database retries, permissions."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.db.connection_check import lost_server
from relate_desktop.db.models import ShopSettingRow, StaffRow
from relate_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseUnavailable,
    EditConflict,
    NotAllowedNow,
    NotFound,
    PermissionDenied,
    ServerUnreachable,
    Words,
)
from relate_desktop.domain.records import Actor, ShopSettings, StaffMember
from relate_desktop.domain.vocabulary import Role

T = TypeVar("T")

#: Waits between tries when another PC or process holds the write lock.
_RETRY_DELAYS = (0.2, 0.5, 1.0)


def utcnow() -> datetime:
    return datetime.now(UTC)


def staff_record(row: StaffRow) -> StaffMember:
    return StaffMember(id=row.id, name=row.name, role=Role(row.role), active=row.active)


def require_manager(actor: Actor, message: str) -> None:
    """PermissionDenied with ``message``, a whole sentence marked for translation, unless
    ``actor`` is a manager: require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager
    can merge customers."))."""
    if not actor.staff.is_manager:
        raise PermissionDenied(message)


# Whole sentences per thing rather than "That %1 no longer exists.": "that" and "this" take
# the thing's gender in many languages. Another thing gets the English noun, untranslated.
_GONE = {
    "customer": QT_TRANSLATE_NOOP("errors", "That customer no longer exists."),
    "escalation": QT_TRANSLATE_NOOP("errors", "That escalation no longer exists."),
    "little thing": QT_TRANSLATE_NOOP("errors", "That little thing no longer exists."),
    "merge": QT_TRANSLATE_NOOP("errors", "That merge no longer exists."),
    "promise": QT_TRANSLATE_NOOP("errors", "That promise no longer exists."),
    "remark": QT_TRANSLATE_NOOP("errors", "That remark no longer exists."),
    "staff member": QT_TRANSLATE_NOOP("errors", "That staff member no longer exists."),
}
_CHANGED = {
    "customer": QT_TRANSLATE_NOOP(
        "errors", "Someone else changed this customer a moment ago, perhaps on another PC. It "
        "now shows their change; yours was not saved, so do it again if it is still needed."),
    "escalation": QT_TRANSLATE_NOOP(
        "errors", "Someone else changed this escalation a moment ago, perhaps on another PC. It "
        "now shows their change; yours was not saved, so do it again if it is still needed."),
}


def _about(messages: dict[str, str], what: str, general: str) -> Words:
    return Words(messages[what]) if what in messages else Words(general, what)


def claim_version(session: Session, model: Any, key: int, expected: int, what: str) -> int:
    """Move ``model`` row ``key`` from version ``expected`` to the next in one statement (so of
    two PCs editing from the same version only one can win) and return the new version;
    EditConflict when someone else changed it first. Call it before loading the row."""
    done = session.execute(
        update(model).where(model.id == key, model.version == expected)
        .values(version=model.version + 1).execution_options(synchronize_session=False)
    )
    if getattr(done, "rowcount", 0) != 1:
        Service._get(session, model, key, what)  # gone altogether: NotFound says so
        raise EditConflict(_about(_CHANGED, what, QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this %1 a moment ago, perhaps on another PC. It now "
            "shows their change; yours was not saved, so do it again if it is still needed.")))
    return expected + 1


def _is_busy(error: DBAPIError) -> bool:
    message = str(error.orig).lower()
    # SQLite's write lock; PostgreSQL's deadlock and serialization failures: all pass if retried.
    return any(word in message for word in ("locked", "busy", "deadlock", "could not serialize"))


class Service:
    """Base for services: holds the session factory; each call owns its transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _transaction(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction, retrying while the database is busy."""
        for attempt in range(len(_RETRY_DELAYS) + 1):
            try:
                with self._sessions.begin() as session:
                    return work(session)
            except IntegrityError as error:
                # Two PCs saving the same card or the same change at once: the checks in the
                # services passed on both, the database's constraints caught the second.
                raise NotAllowedNow(QT_TRANSLATE_NOOP(
                    "errors", "That clashes with something saved a moment ago, perhaps on "
                    "another PC. Nothing was lost: look again and retry."
                )) from error
            except DBAPIError as error:
                if lost_server(error):
                    raise ServerUnreachable(QT_TRANSLATE_NOOP(
                        "errors", "The shop server cannot be reached right now (is the "
                        "back-office PC on, and the network up?)."
                    )) from error
                if not isinstance(error, OperationalError):
                    raise
                if not _is_busy(error):
                    raise DatabaseUnavailable(
                        QT_TRANSLATE_NOOP("errors", "The shop database failed: %1"),
                        " ".join(str(error.orig).split()),
                    ) from error
                if attempt == len(_RETRY_DELAYS):
                    raise DatabaseUnavailable(QT_TRANSLATE_NOOP(
                        "errors", "The shop database is busy (another PC is writing). "
                        "Nothing was lost: try again in a moment."
                    )) from error
                time.sleep(_RETRY_DELAYS[attempt])
        raise AssertionError("unreachable")

    @staticmethod
    def _settings(session: Session) -> ShopSettings:
        values = dict(session.execute(select(ShopSettingRow.key, ShopSettingRow.value)).all())
        return ShopSettings(
            name=values.get("name", ""),
            region=values.get("region", ""),
            currency=values.get("currency", ""),
            is_demo=values.get("is_demo") == "1",
            urgent_target_minutes=int(values.get("urgent_target_minutes", 15)),
            normal_target_minutes=int(values.get("normal_target_minutes", 24 * 60)),
        )

    @staticmethod
    def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
        ids.discard(0)
        if not ids:
            return {}
        rows = session.execute(select(StaffRow.id, StaffRow.name).where(StaffRow.id.in_(ids)))
        return dict(rows.all())

    @staticmethod
    def _get(session: Session, model: type[T], key: int, what: str) -> T:
        row = session.get(model, key)
        if row is None:
            raise NotFound(_about(_GONE, what, QT_TRANSLATE_NOOP("errors", "That %1 no longer exists.")))
        return row
