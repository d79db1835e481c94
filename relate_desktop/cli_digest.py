"""`relate-desktop export digest`: what customers said over a period, as a one-page PDF or CSV.

Qt is loaded only for the PDF, under an offscreen QGuiApplication: the rest of the command
line never imports it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.insights import Period
from relate_desktop.domain.records import Actor
from relate_desktop.services import Services
from relate_desktop.services.digest import digest_html, write_digest_csv

DIGEST = "digest"
FORMATS = ("csv", "json", "pdf")

#: Writes text to the chosen output (a file written atomically, or standard output).
TextWriter = Callable[[Callable[[TextIO], None]], None]


def day(text: str) -> date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a day as YYYY-MM-DD") from None


def digest_format(options: argparse.Namespace) -> str:
    """pdf or csv: as asked, else by the output file's ending, else pdf."""
    fmt = options.format
    if fmt is None:
        output = str(options.output or "")
        fmt = "csv" if output.lower().endswith(".csv") or not output else "pdf"
    if fmt not in ("pdf", "csv"):
        raise InvalidInput("the digest is written as pdf or csv")
    return str(fmt)


def export_digest(
    services: Services, actor: Actor, options: argparse.Namespace, write_text: TextWriter
) -> None:
    if options.from_day is None or options.to_day is None:
        raise InvalidInput("the digest needs --from YYYY-MM-DD and --to YYYY-MM-DD")
    fmt = digest_format(options)
    if fmt == "pdf" and not options.output:
        raise InvalidInput("a PDF digest needs a file: add -o FILE.pdf")
    insights = services.insights.what_customers_say(actor, Period(options.from_day, options.to_day))
    if fmt == "csv":
        def write(out: TextIO) -> None:
            write_digest_csv(insights, out)

        write_text(write)
        return
    shop = services.shop.settings().name
    application = _offscreen_application()
    from relate_desktop.gui.digest import write_pdf

    try:
        write_pdf(digest_html(insights, shop), Path(options.output),
                  f"What customers are saying — {shop}, {insights.period}")
    except OSError as error:
        raise InvalidInput(f"cannot write {options.output}: {error.strerror or error}") from error
    finally:
        del application


def _offscreen_application() -> object:
    """Qt's text engine needs a QGuiApplication; this one never shows a window, and a terminal
    or a scheduled task has no screen to show one on."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["relate-desktop"])
