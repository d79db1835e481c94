"""``relate-desktop import customers FILE``: a shop's customer list in, bad rows reported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from relate_desktop.config import Locations
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.records import Actor
from relate_desktop.integrations.importing import (
    FORMAT_NAMES,
    Field,
    UnreadableFile,
    open_file,
    parse_mapping,
)
from relate_desktop.services import Services
from relate_desktop.services.importing import ImportRun

COMMANDS = ("import",)
#: Exit codes: every row imported; some rows reported; the file could not be read at all.
ALL_IMPORTED, SOME_REPORTED, UNREADABLE = 0, 1, 2


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``import`` to ``commands`` (the parser's subparsers; their class is cli's)."""
    imports = commands.add_parser(
        "import", parents=[common], allow_abbrev=False,
        help="bring in the shop's customer list (Shopify, Square, Lightspeed, vCard or any CSV)")
    imports.add_argument("what", choices=["customers"])
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--format", choices=FORMAT_NAMES, default="auto",
                         help="the file's layout (default: recognised from its header)")
    imports.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                         help="read COLUMN as FIELD (" + ", ".join(f.value for f in Field) + ")")
    imports.add_argument("--dry-run", action="store_true",
                         help="read and check everything, save nothing")
    imports.add_argument("--region", default="", metavar="CC",
                         help="country for phone numbers written without one (default: the shop's)")


def run(services: Services, actor: Actor, options: argparse.Namespace, locations: Locations) -> int:
    path = Path(options.file).expanduser()
    try:
        mapping = parse_mapping(options.map)
        source = open_file(path, options.format, mapping)
        importing = services.importing.start(actor, source, region=options.region,
                                             dry_run=options.dry_run)
    except UnreadableFile as error:
        return _fail(str(error), UNREADABLE)
    except (InvalidInput, ValueError) as error:
        return _fail(str(error), UNREADABLE)
    interrupted = False
    try:
        importing.run(_progress if sys.stderr.isatty() else None)
    except KeyboardInterrupt:
        # The batch being stored was rolled back whole; every earlier one is saved.
        importing.report.cancelled = interrupted = True
    if sys.stderr.isatty():
        print(file=sys.stderr)
    report = importing.report
    for line in report.lines:
        print(line)
    print(report.summary())
    saved = report.save(locations.data_dir / "imports", path.stem)
    print(f"Report: {saved}" if saved else "The report could not be written.")
    if interrupted:
        return 130
    return SOME_REPORTED if report.lines else ALL_IMPORTED


def _progress(importing: ImportRun) -> None:
    report = importing.report
    print(f"\r{importing.progress:4.0%}  {report.rows} rows, {report.created} new, "
          f"{report.updated} updated", end="", file=sys.stderr, flush=True)


def _fail(message: str, code: int) -> int:
    print(f"relate-desktop: {' '.join(message.split())}", file=sys.stderr)
    return code
