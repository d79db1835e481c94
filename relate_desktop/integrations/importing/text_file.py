"""Reading an export's bytes as text (UTF-8 with or without BOM, UTF-16, else the Windows
code page) and its rows as a spreadsheet numbers them, surviving a broken quote."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP
from relate_desktop.integrations.importing.records import UnreadableFile

#: Bigger than any shop's customer list; a larger file is almost surely the wrong file.
MAX_BYTES = 512 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
#: Excel workbooks (xlsx is a zip, xls an OLE file) and PDFs: not a list Relate can read.
_BINARY_STARTS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"


def read_text(path: Path) -> DecodedText:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(QT_TRANSLATE_NOOP(
                "errors", "%1 is %2 MB: too big to be a customer list."), str(path), size // 1_000_000)
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "%1 is a folder, not a file."), str(path)) from None
    except FileNotFoundError:
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "%1 does not exist."), str(path)) from None
    except OSError as error:
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "cannot read %1: %2"), str(path),
                             error.strerror or str(error)) from None
    return decode(data, str(path))


def decode(data: bytes, name: str = "the file") -> DecodedText:
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: UTF-16 with a BOM, tab-separated.
        return DecodedText(data.decode("utf-16", errors="replace"), "utf-16")
    head = data[:4096]
    if head.startswith(_BINARY_STARTS) or head.count(b"\x00") > len(head) // 10:
        raise UnreadableFile(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a text file (a spreadsheet must be saved as CSV first)."), name)
    data = data.replace(b"\x00", b"")  # a stray NUL in a cell is noise, not content
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        # Older Windows tools write the ANSI code page; cp1252 covers Western European names.
        return DecodedText(data.decode("cp1252", errors="replace"), "cp1252")


def physical_lines(text: str) -> list[str]:
    """Lines with their endings; only \\r and \\n end a line, as in CSV (unlike splitlines)."""
    return _LINE.findall(text)


def sniff_delimiter(header_line: str) -> str:
    """The separator the header uses most often outside quotes; a comma when in doubt."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True)
class CsvRecord:
    row: int  # as a spreadsheet numbers it: the header is row 1
    line: int  # the physical line it starts on
    cells: list[str] | None  # None: the row is broken (see reason)
    reason: str = ""


class CsvReader:
    """The records of a CSV text, numbered as a spreadsheet shows them (a quoted cell may span
    lines and is still one row). A quote opened and never closed, or stray text after a closing
    quote, makes that one row broken; reading goes on with the next line."""

    def __init__(self, lines: list[str], delimiter: str) -> None:
        self._lines = lines
        self._delimiter = delimiter
        self.consumed = 0  # physical lines read so far, for progress

    def _feed(self, start: int) -> Iterator[str]:
        for index in range(start, len(self._lines)):
            self.consumed = index + 1
            yield self._lines[index]

    def records(self, width: int | None = None) -> Iterator[CsvRecord]:
        """``width``: the header's number of cells; a row spanning lines with another count is
        a runaway quote. The first record is the header (row 1)."""
        start, row = 0, 0
        while start < len(self._lines):
            reader = csv.reader(self._feed(start), delimiter=self._delimiter, strict=True)
            begin = start
            try:
                for cells in reader:
                    row += 1
                    first_line = begin
                    begin = self.consumed
                    spans = self.consumed - first_line
                    if width is not None and row > 1 and spans > 1 and len(cells) != width:
                        yield CsvRecord(row, first_line + 1, None,
                                        "a quote is opened and not closed where it should be")
                        start = first_line + 1
                        break
                    yield CsvRecord(row, first_line + 1, cells)
                else:
                    return
            except csv.Error as error:
                row += 1
                what = ("a quote is opened and never closed" if "end of data" in str(error)
                        else 'broken quoting (a " inside a quoted cell must be doubled)')
                yield CsvRecord(row, begin + 1, None, what)
                start = begin + 1
