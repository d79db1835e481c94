"""Reading an import's next batch while one is stored: order, errors, no threads left behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from relate_desktop.integrations.importing import EmptyRow, ParsedRow
from relate_desktop.services.import_read_ahead import ReadAhead


def _rows(count: int, fail_at: int | None = None) -> Iterator[ParsedRow]:
    for n in range(1, count + 1):
        if n == fail_at:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, f"row {n} is not text")
        yield EmptyRow(f"row {n}")


def _import_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import read-ahead"]


def test_batches_come_in_file_order_each_prepared_while_the_one_before_is_stored() -> None:
    prepared_on: list[str] = []
    read = threading.Event()

    def prepare(batch: list[ParsedRow]) -> list[str]:
        prepared_on.append(threading.current_thread().name)
        read.set()
        return [row.where for row in batch]

    batches = ReadAhead(_rows(7), 3, prepare)
    seen: list[list[str]] = []
    while True:
        batch, wheres = batches.take()
        assert wheres == [row.where for row in batch]
        if not batch:
            break
        seen.append(wheres)
        read.clear()
        assert batches.meanwhile(lambda: read.wait(5))  # the next batch is read during the store
        assert _import_threads() == []  # and the reading ended with it
    assert seen == [["row 1", "row 2", "row 3"], ["row 4", "row 5", "row 6"], ["row 7"]]
    assert prepared_on[0] == threading.current_thread().name  # the first batch: nothing to wait on
    assert set(prepared_on[1:]) == {"import read-ahead"}


def test_a_file_that_fails_halfway_fails_the_step_that_needs_that_batch() -> None:
    batches = ReadAhead(_rows(10, fail_at=5), 3, lambda batch: len(batch))
    first, _ = batches.take()
    stored = batches.meanwhile(lambda: [row.where for row in first])
    assert stored == ["row 1", "row 2", "row 3"]  # the batch before the bad row is stored
    with pytest.raises(UnicodeDecodeError):
        batches.take()
    assert _import_threads() == []


def test_a_failed_store_ends_the_reading_too() -> None:
    batches = ReadAhead(_rows(10), 3, lambda batch: len(batch))
    batches.take()

    def store() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        batches.meanwhile(store)
    assert _import_threads() == []
