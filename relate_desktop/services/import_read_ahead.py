"""Reading an import's next batch while the current one is being stored."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Generic, TypeVar

from relate_desktop.integrations.importing import ParsedRow

Prepared = TypeVar("Prepared")
Result = TypeVar("Result")


class ReadAhead(Generic[Prepared]):
    """Batches of ``rows``, each with what ``prepare`` makes of it. Storing a batch waits on
    the database (the PostgreSQL server, SQLite writing its file) for a good part of its
    time; reading the file and working out the phone numbers of the next batch on a thread
    meanwhile fills that wait. The thread lives only while one batch is stored
    (``meanwhile()``), so none outlives a cancelled or failed import; an error while
    reading is raised by the ``take()`` that wants that batch."""

    def __init__(self, rows: Iterator[ParsedRow], size: int,
                 prepare: Callable[[list[ParsedRow]], Prepared]) -> None:
        self._rows = rows
        self._size = size
        self._prepare = prepare
        self._next: tuple[list[ParsedRow], Prepared] | Exception | None = None

    def take(self) -> tuple[list[ParsedRow], Prepared]:
        """The next batch (empty at the end of the file) and what was prepared from it."""
        if self._next is None:  # nothing read ahead yet: the first batch
            self._read()
        taken, self._next = self._next, None
        if isinstance(taken, Exception):
            raise taken
        assert taken is not None
        return taken

    def meanwhile(self, work: Callable[[], Result]) -> Result:
        """``work()``, while the batch after the one taken is read on a thread."""
        reader = threading.Thread(target=self._read, name="import read-ahead", daemon=True)
        reader.start()
        try:
            return work()
        finally:
            reader.join()

    def _read(self) -> None:
        try:
            batch = list(islice(self._rows, self._size))
            self._next = (batch, self._prepare(batch))
        except Exception as error:  # raised by take(), on the thread that drives the import
            self._next = error

