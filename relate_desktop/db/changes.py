"""Hearing that another workstation changed something: LISTEN on PostgreSQL, PRAGMA
data_version on SQLite. A thread of its own calls back; it never reads the changed rows."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from relate_desktop.db.engine import CONNECT_TIMEOUT_S, sqlite_file

log = logging.getLogger(__name__)

#: The channel migration 0003's triggers announce every change on.
CHANNEL = "relate_changes"
#: How often SQLite's change counter is read: a read of shared memory, no disk, no lock.
SQLITE_INTERVAL_S = 0.5
#: Waits before reconnecting to a server that went away (the last one repeats).
RECONNECT_DELAYS_S = (1.0, 2.0, 5.0)


class ChangeListener:
    """Calls ``on_change()`` from its own thread soon after anything in the database changed
    (on any workstation, this one included), and ``on_connection(online)`` when the link to a
    server is lost or back. After a reconnection it also calls ``on_change()``: what was said
    while it was away was not heard."""

    def __init__(self, engine: Engine, on_change: Callable[[], None],
                 on_connection: Callable[[bool], None] | None = None) -> None:
        self._engine = engine
        self._on_change = on_change
        self._on_connection = on_connection or (lambda _online: None)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: Any = None

    def start(self) -> ChangeListener:
        target = self._watch_sqlite if self._engine.url.get_backend_name() == "sqlite" else self._listen
        self._thread = threading.Thread(target=target, name="relate-changes", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # -- SQLite ------------------------------------------------------------------------------

    def _watch_sqlite(self) -> None:
        path = sqlite_file(self._engine)
        if path is None:  # an in-memory database has nobody else to hear from
            return
        seen: int | None = None
        connection: sqlite3.Connection | None = None
        try:
            while not self._stopping.wait(SQLITE_INTERVAL_S):
                try:
                    if connection is None:
                        connection = sqlite3.connect(path, timeout=1, check_same_thread=False)
                    # Changes when any *other* connection commits: this one never writes.
                    version = connection.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error as error:
                    log.warning("cannot read the change counter of %s: %s", path, error)
                    if connection is not None:
                        connection.close()
                    connection = None
                    continue
                if seen is not None and version != seen:
                    self._on_change()
                seen = version
        finally:
            if connection is not None:
                connection.close()

    # -- PostgreSQL ---------------------------------------------------------------------------

    def _listen(self) -> None:
        import psycopg  # only a server needs it

        url = self._engine.url
        params: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
        params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
        params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        online: bool | None = None
        failures = 0
        while not self._stopping.is_set():
            try:
                with psycopg.connect(autocommit=True, application_name="Relate listener",
                                     **params) as connection:
                    self._connection = connection
                    connection.execute(f"LISTEN {CHANNEL}")
                    if online is False:
                        self._on_change()  # back: catch up on what was missed
                    if online is not True:
                        self._on_connection(True)
                    online, failures = True, 0
                    while not self._stopping.is_set():
                        # Wakes at least every second, so stop() is never kept waiting long.
                        heard = False
                        for _note in connection.notifies(timeout=1.0, stop_after=100):
                            heard = True
                        if heard:
                            self._on_change()
            except psycopg.Error as error:
                if self._stopping.is_set():
                    break
                log.info("listening for changes failed: %s", error)
                if online is not False:
                    self._on_connection(False)
                online = False
                delay = RECONNECT_DELAYS_S[min(failures, len(RECONNECT_DELAYS_S) - 1)]
                failures += 1
                self._stopping.wait(delay)
            finally:
                self._connection = None

    def __enter__(self) -> ChangeListener:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        with contextlib.suppress(Exception):
            self.stop()
