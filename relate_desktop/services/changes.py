"""Live updates: hearing about other workstations' changes, and whether the server is there."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from relate_desktop.db.changes import ChangeListener
from relate_desktop.services.base import Service


class ChangeService(Service):
    @property
    def _engine(self) -> Engine:
        bind = self._sessions.kw["bind"]
        assert isinstance(bind, Engine)
        return bind

    @property
    def on_server(self) -> bool:
        """True for a shop server (PostgreSQL), False for this PC's own SQLite file."""
        return self._engine.url.get_backend_name() != "sqlite"

    def listen(self, on_change: Callable[[], None],
               on_connection: Callable[[bool], None] | None = None) -> ChangeListener:
        """Start hearing changes; the callbacks run on the listener's own thread. Stop it with
        ``.stop()`` when the window closes."""
        return ChangeListener(self._engine, on_change, on_connection).start()

    def ping(self) -> None:
        """Raises ServerUnreachable when the server cannot be reached; cheap otherwise."""

        def work(session: Session) -> None:
            session.execute(text("SELECT 1"))

        self._transaction(work)
