"""Importing a shop's customer list: a batch at a time, each batch one transaction, with a report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path

import phonenumbers
from sqlalchemy.orm import Session

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from relate_desktop.domain.records import Actor
from relate_desktop.integrations.importing import (
    EmptyRow,
    ImportedCustomer,
    ImportSource,
    ParsedRow,
    RowProblem,
)
from relate_desktop.services.base import Service, require_manager, utcnow
from relate_desktop.services.import_batch import BatchContext, BatchOutcome, BatchStore, Key

#: Rows per transaction: an interrupted import keeps every whole batch, and the next run
#: finds them again (matched, so nothing is doubled). A batch takes a fraction of a second,
#: so the window's Cancel answers quickly and other work on the database worker gets a turn.
BATCH_SIZE = 1000


@dataclass
class ImportReport:
    """What an import did, row by row where something needs a person's eye."""

    source: str  # "Shopify export customers.csv"
    how: str  # the source with the day, as consents record it
    dry_run: bool = False
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    empty: int = 0
    rejected: int = 0  # rows not imported
    flagged: int = 0  # rows imported with something left out
    lines: list[str] = field(default_factory=list)  # "row N: reason"
    unused_columns: list[str] = field(default_factory=list)
    cancelled: bool = False
    finished: bool = False
    last_stored: str = ""  # the last row of the last batch stored ("row 1001")

    @property
    def exit_code(self) -> int:
        """0: every row imported as it was; 1: some rows were reported."""
        return 1 if self.lines else 0

    def summary(self) -> str:
        would = "would be " if self.dry_run else ""
        parts = [f"{_count(self.rows, 'row')} read: {_count(self.created, 'customer')} {would}created, "
                 f"{self.updated} {would}updated, {self.unchanged} already up to date"]
        if self.rejected:
            parts.append(f"{_count(self.rejected, 'row')} not imported")
        if self.flagged:
            parts.append(f"{self.flagged} imported with something left out")
        if self.empty:
            parts.append(f"{_count(self.empty, 'empty row')} skipped")
        text = "; ".join(parts) + "."
        if self.dry_run:
            text += " Dry run: nothing was saved."
        if self.cancelled:
            text += (f" Cancelled: everything up to {self.last_stored or 'the start'} is saved; "
                     "run the same import again to finish it (nothing is doubled).")
        return text

    def save(self, folder: Path, stem: str) -> Path | None:
        """Write the report as ``folder/STEM-YYYYmmdd-HHMMSS.txt``; None when that fails."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stem}-{stamp}{'-dry-run' if self.dry_run else ''}.txt"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(self.text(), encoding="utf-8")
        except OSError:
            return None
        return target

    def text(self) -> str:
        """The report file: what was read, the summary, then one line per reported row."""
        out = [f"Import of {self.source}", f"Recorded as: {self.how}", "", self.summary()]
        if self.unused_columns:
            out += ["", "Columns not imported (Relate has no place for them): "
                    + ", ".join(self.unused_columns)]
        if self.lines:
            out += ["", "Rows that need a look:", *self.lines]
        return "\n".join(out) + "\n"


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


def shop_region(region: str) -> str:
    region = region.strip().upper()
    if region and region not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "'%1' is not a country code for phone numbers (try GB, US, FR)."), region)
    return region


class ImportRun:
    """One import, stepped a batch at a time: the command line loops, the window runs each
    step on its database worker and stays responsive; ``cancel()`` stops after the current
    batch, whose transaction either commits whole or not at all."""

    def __init__(self, service: ImportService, actor: Actor, source: ImportSource, *,
                 region: str, currency: str, dry_run: bool, batch_size: int, today: date) -> None:
        self._service = service
        self._actor = actor
        self._source = source
        self._rows: Iterator[ParsedRow] = source.records()
        self._region = region
        self._currency = currency
        self._batch_size = batch_size
        self._created_keys: set[Key] = set()
        self._cancelled = False
        self.report = ImportReport(
            source=source.description, how=f"{source.description}, {today.isoformat()}",
            dry_run=dry_run, unused_columns=source.unused_columns)

    @property
    def progress(self) -> float:
        return 1.0 if self.report.finished else self._source.progress

    @property
    def done(self) -> bool:
        return self.report.finished or self.report.cancelled

    def cancel(self) -> None:
        self._cancelled = True

    def step(self) -> bool:
        """Read and store the next batch; False once the file is done (or cancelled)."""
        if self.done:
            return False
        if self._cancelled:
            self.report.cancelled = True
            return False
        batch = list(islice(self._rows, self._batch_size))
        if not batch:
            self.report.finished = True
            return False
        customers = [r for r in batch if isinstance(r, ImportedCustomer)]
        outcome = self._service.store_batch(self._actor, customers, self._context(),
                                            self.report.dry_run, self._created_keys)
        self._count(batch, outcome)
        return True

    def run(self, on_progress: Callable[[ImportRun], None] | None = None) -> ImportReport:
        while self.step():
            if on_progress is not None:
                on_progress(self)
        return self.report

    def _context(self) -> BatchContext:
        return BatchContext(actor=self._actor, how=self.report.how, region=self._region,
                            currency=self._currency, now=utcnow())

    def _count(self, batch: list[ParsedRow], outcome: BatchOutcome) -> None:
        report = self.report
        report.rows += len(batch)
        for parsed in batch:
            if isinstance(parsed, EmptyRow):
                report.empty += 1
            elif isinstance(parsed, RowProblem):
                report.rejected += 1
                report.lines.append(f"{parsed.where}: not imported — {parsed.reason}")
        for row in outcome.rows:
            setattr(report, row.result, getattr(report, row.result) + 1)
            if row.flags:
                report.flagged += 1
                report.lines.extend(f"{row.where}: {flag}" for flag in row.flags)
        if report.dry_run:
            self._created_keys |= outcome.created_keys
        report.last_stored = batch[-1].where
        # Reported in file order, whichever kind of problem came first.
        report.lines.sort(key=_line_order)


def _line_order(line: str) -> tuple[int, int]:
    where = line.split(":", 1)[0].split()
    number = int(where[1]) if len(where) > 1 and where[1].isdigit() else 0
    return (number, 0)


class _DryRun(Exception):
    """Raised inside a dry run's transaction so nothing of it is committed."""

    def __init__(self, outcome: BatchOutcome) -> None:
        super().__init__("dry run")
        self.outcome = outcome


class ImportService(Service):
    def start(self, actor: Actor, source: ImportSource, *, region: str = "", dry_run: bool = False,
              batch_size: int = BATCH_SIZE) -> ImportRun:
        """Begin importing ``source``; nothing is stored until the first ``step()``. Importing
        the shop's customer list is a manager's decision. ``region`` reads numbers with no
        country code and no country column (default: the shop's region)."""
        require_manager(actor, QT_TRANSLATE_NOOP("errors", "Only a manager can import customers."))
        source.check()
        settings = self._transaction(self._settings)
        return ImportRun(self, actor, source, region=shop_region(region) or settings.region,
                         currency=settings.currency, dry_run=dry_run, batch_size=batch_size,
                         today=datetime.now(UTC).astimezone().date())

    def import_file(self, actor: Actor, path: Path, fmt: str = "auto", *, region: str = "",
                    dry_run: bool = False) -> ImportReport:
        """Everything in one call (tests and scripts): open, import, report."""
        from relate_desktop.integrations.importing import open_file

        return self.start(actor, open_file(path, fmt), region=region, dry_run=dry_run).run()

    def store_batch(self, actor: Actor, customers: list[ImportedCustomer], context: BatchContext,
                    dry_run: bool, earlier: set[Key]) -> BatchOutcome:
        def work(session: Session) -> BatchOutcome:
            outcome = BatchStore(session, context).store(customers, earlier if dry_run else None)
            if dry_run:
                raise _DryRun(outcome)
            return outcome

        try:
            return self._transaction(work)
        except _DryRun as rolled_back:
            return rolled_back.outcome
