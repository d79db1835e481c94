"""Printing the digest to PDF with Qt's own text engine: real text, searchable and readable aloud.

Only QtGui: the command line uses it under an offscreen QGuiApplication, without widgets.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: Small enough for every figure to fit one A4 page, large enough to read across a table.
POINT_SIZE = 10


def write_pdf(html: str, path: Path, title: str) -> None:
    """Print ``html`` to ``path`` through a temporary file beside it, so a failure half-way
    never leaves half a PDF where a good one was. Needs a QGuiApplication."""
    path = path.expanduser()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        document = QTextDocument()
        font = QFont(document.defaultFont())
        font.setPointSize(POINT_SIZE)
        document.setDefaultFont(font)
        document.setHtml(html)
        writer = QPdfWriter(temporary)
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(title)
        writer.setCreator("Relate")
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if os.path.getsize(temporary) == 0:
            raise OSError(QCoreApplication.translate("digest", "nothing could be written to %1").replace(
                "%1", str(path)))
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
