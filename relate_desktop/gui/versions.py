"""The newest version of each customer or escalation a window has seen or written itself."""

from __future__ import annotations


class SeenVersions:
    """A window's own quick second edit must not clash with its first: the first one's new
    version is noted on the worker thread, before the next edit runs there. Versions only
    grow, so the newest of "shown" and "written" is what this window knows."""

    def __init__(self) -> None:
        self._seen: dict[int, int] = {}

    def saw(self, key: int, version: int) -> None:
        self._seen[key] = max(self._seen.get(key, 0), version)

    def get(self, key: int, shown: int) -> int:
        return max(self._seen.get(key, 0), shown)
