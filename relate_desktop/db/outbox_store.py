"""The outbox file on this PC: work waiting for the shop server, kept in order across restarts."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
)
"""


@dataclass(frozen=True)
class StoredEntry:
    seq: int
    key: str
    kind: str
    payload: dict[str, Any]
    attempts: int
    last_error: str


class OutboxStore:
    """A small SQLite file of its own (not the shop's database, which is out of reach when this
    is needed). A connection per call: the worker thread and the window may both ask."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.execute(_SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            # FULL: what staff were told is kept must survive a power cut the next instant.
            connection.execute("PRAGMA synchronous = FULL")
            with connection:
                yield connection
        finally:
            connection.close()

    def put(self, key: str, kind: str, payload: dict[str, Any]) -> None:
        with self._connect() as connection:
            connection.execute("INSERT OR IGNORE INTO entry (key, kind, payload) VALUES (?, ?, ?)",
                               (key, kind, json.dumps(payload, ensure_ascii=False)))

    def entries(self) -> list[StoredEntry]:
        """Everything waiting, oldest first."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT seq, key, kind, payload, attempts, last_error FROM entry ORDER BY seq"
            ).fetchall()
        return [StoredEntry(seq, key, kind, json.loads(payload), attempts, error)
                for seq, key, kind, payload, attempts, error in rows]

    def count(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT count(*) FROM entry").fetchone()[0])

    def remove(self, key: str) -> bool:
        with self._connect() as connection:
            return connection.execute("DELETE FROM entry WHERE key = ?", (key,)).rowcount == 1

    def note_failure(self, key: str, error: str) -> None:
        with self._connect() as connection:
            connection.execute(
                "UPDATE entry SET attempts = attempts + 1, last_error = ? WHERE key = ?", (error, key))
