"""Remarks being typed, kept on disk so a closed window or a crash never loses them."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from relate_desktop.config import write_json_atomically

#: Wait this long after the last keystroke before writing, so typing never waits on disk.
_WRITE_DELAY_MS = 400


def draft_key(staff_id: int, customer_id: int | None) -> str:
    """Drafts belong to who typed them: after a lock they come back to that person only."""
    return f"staff:{staff_id}/" + (f"customer:{customer_id}" if customer_id is not None else "walk-in")


class DraftStore(QObject):
    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            self._drafts: dict[str, str] = {
                k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)
            } if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self._drafts = {}
        self._timer = QTimer(self, singleShot=True, interval=_WRITE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def get(self, key: str) -> str:
        return self._drafts.get(key, "")

    def put(self, key: str, text: str) -> None:
        if text:
            self._drafts[key] = text
        else:
            self._drafts.pop(key, None)
        self._timer.start()

    def forget_customer(self, customer_id: int) -> None:
        """Drop every draft about a customer (after their erasure), for all staff."""
        suffix = f"/customer:{customer_id}"
        for key in [k for k in self._drafts if k.endswith(suffix)]:
            del self._drafts[key]
        self.flush()

    def flush(self) -> None:
        self._timer.stop()
        # A full disk must not take the typed text with it: it stays in memory and in the
        # editor, and the next keystroke tries again.
        with contextlib.suppress(OSError):
            write_json_atomically(self._path, self._drafts)
