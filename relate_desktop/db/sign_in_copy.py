"""This PC's copy of who may sign in (names, roles, PIN hashes) and the shop's settings, kept so
the window can open while the shop server is away. Lives in the outbox file beside it."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS staff_copy (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        pin_hash TEXT,
        failed_pins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
    )""",
    "CREATE TABLE IF NOT EXISTS shop_copy (id INTEGER PRIMARY KEY CHECK (id = 1), payload TEXT NOT NULL)",
)


@dataclass(frozen=True)
class CopiedMember:
    id: int
    name: str
    role: str
    pin_hash: str | None
    failed_pins: int = 0
    locked_until: datetime | None = None


class SignInCopyStore:
    """A connection per call, like the outbox beside it: the worker and the window both ask."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            for statement in _SCHEMA:
                connection.execute(statement)

    @staticmethod
    def has_copy(path: Path) -> bool:
        """Whether the file at ``path`` holds someone who could sign in (without creating it)."""
        if not path.exists():
            return False
        try:
            with contextlib.closing(sqlite3.connect(path, timeout=10)) as connection:
                row = connection.execute("SELECT count(*) FROM staff_copy").fetchone()
        except sqlite3.Error:  # no copy taken yet (an outbox from before copies existed)
            return False
        return bool(row[0])

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            with connection:
                yield connection
        finally:
            connection.close()

    def replace(self, shop: dict[str, Any], members: list[CopiedMember]) -> None:
        """The server's current list: whoever left is gone from the copy too. Wrong-PIN counts
        taken while offline stay with the people still there."""
        with self._connect() as connection:
            kept = {row[0]: (row[1], row[2]) for row in connection.execute(
                "SELECT id, failed_pins, locked_until FROM staff_copy")}
            connection.execute("DELETE FROM staff_copy")
            connection.executemany(
                "INSERT INTO staff_copy (id, name, role, pin_hash, failed_pins, locked_until) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(m.id, m.name, m.role, m.pin_hash, *kept.get(m.id, (0, None))) for m in members])
            connection.execute("INSERT OR REPLACE INTO shop_copy (id, payload) VALUES (1, ?)",
                               (json.dumps(shop, ensure_ascii=False),))

    def members(self) -> list[CopiedMember]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id, name, role, pin_hash, failed_pins, locked_until FROM staff_copy "
                "ORDER BY name").fetchall()
        return [CopiedMember(i, name, role, pin_hash, failed,
                             datetime.fromisoformat(until) if until else None)
                for i, name, role, pin_hash, failed, until in rows]

    def shop(self) -> dict[str, Any] | None:
        with self._connect() as connection:
            row = connection.execute("SELECT payload FROM shop_copy WHERE id = 1").fetchone()
        return json.loads(row[0]) if row else None

    def note_attempt(self, staff_id: int, failed_pins: int, locked_until: datetime | None) -> None:
        with self._connect() as connection:
            connection.execute(
                "UPDATE staff_copy SET failed_pins = ?, locked_until = ? WHERE id = ?",
                (failed_pins, locked_until.isoformat() if locked_until else None, staff_id))
