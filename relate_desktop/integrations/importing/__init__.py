"""Reading the customer lists shops already have (POS and web-shop CSV, vCard) into plain records.

Pure Python: no Qt, no database. ``open_file`` recognises the format from the header (or
the first line of a vCard), and ``ImportSource.records()`` yields one ``ImportedCustomer``,
``RowProblem`` or ``EmptyRow`` per row, in file order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from relate_desktop.integrations.importing.profiles import (
    FORMAT_NAMES,
    GENERIC,
    PROFILES,
    RELATE,
    VCARD,
    Field,
    Profile,
    column_fields,
    detect,
    parse_mapping,
)
from relate_desktop.integrations.importing.records import (
    EmptyRow,
    ImportedCustomer,
    ImportedDate,
    ImportedPhone,
    ParsedRow,
    RowProblem,
    UnreadableFile,
)
from relate_desktop.integrations.importing.relate_format import RelateRows
from relate_desktop.integrations.importing.tabular import TabularRows
from relate_desktop.integrations.importing.text_file import (
    CsvReader,
    decode,
    physical_lines,
    read_text,
    sniff_delimiter,
)
from relate_desktop.integrations.importing.vcard import VCardReader

__all__ = [
    "FORMAT_NAMES", "EmptyRow", "Field", "ImportSource", "ImportedCustomer", "ImportedDate",
    "ImportedPhone", "ParsedRow", "RowProblem", "UnreadableFile", "open_bytes", "open_file",
    "parse_mapping",
]

#: Without one of these mapped, a row cannot say who the customer is.
IDENTIFYING = {Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL, Field.PHONE, Field.CARD}


@dataclass
class ImportSource:
    """One opened file: its format, header and column mapping, and its rows on demand."""

    name: str  # the file's name, for the report and each consent's "how"
    profile: Profile
    encoding: str
    delimiter: str  # "" for vCard
    header: list[str]
    fields: list[Field]
    lines: list[str] = field(repr=False)
    consumed: int = 0

    @property
    def is_vcard(self) -> bool:
        return self.profile is VCARD

    @property
    def description(self) -> str:
        """"Shopify export customers.csv": where the data came from, in words."""
        if self.is_vcard:
            return f"vCard file {self.name}"
        if self.profile is GENERIC:
            return f"CSV file {self.name}"
        return f"{self.profile.label} export {self.name}"

    @property
    def mapping(self) -> dict[str, Field]:
        return dict(zip(self.header, self.fields, strict=True))

    @property
    def unused_columns(self) -> list[str]:
        """Columns nothing is read from (addresses, tax status…): the report names them."""
        if self.is_vcard or self.profile is RELATE:
            return []
        return [h for h, f in zip(self.header, self.fields, strict=True) if f is Field.IGNORE and h.strip()]

    @property
    def progress(self) -> float:
        """How much of the file has been read, 0 to 1."""
        return min(1.0, self.consumed / len(self.lines)) if self.lines else 1.0

    def with_mapping(self, overrides: Mapping[str, Field]) -> ImportSource:
        """The same file read with some columns' fields changed (the person's corrections)."""
        if self.is_vcard or self.profile is RELATE:
            return self
        unknown = [c for c in overrides if c.strip().lower() not in {h.strip().lower() for h in self.header}]
        if unknown:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "no column named '%1' in %2 (its columns: %3)"),
                               unknown[0], self.name, ", ".join(self.header))
        return replace(self, fields=column_fields(self.profile, self.header, {
            **dict(zip(self.header, self.fields, strict=True)), **overrides}), consumed=0)

    def check(self) -> None:
        """InvalidInput when no column says who the customer is (a generic file needs a mapping)."""
        if self.is_vcard or self.profile is RELATE:
            return
        if not IDENTIFYING & set(self.fields):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "cannot tell which column of %1 holds the name, email or phone; say so "
                "with --map COLUMN=FIELD (its columns: %2)"), self.name, ", ".join(self.header))

    def records(self) -> Iterator[ParsedRow]:
        if self.is_vcard:
            reader = VCardReader(self.lines)
            for parsed in reader.records():
                self.consumed = reader.consumed
                yield parsed
            self.consumed = len(self.lines)
            return
        csv_reader = CsvReader(self.lines, self.delimiter)
        convert = (RelateRows(self.header).convert if self.profile is RELATE
                   else TabularRows(self.profile, self.header, self.fields).convert)
        for record in islice(csv_reader.records(len(self.header)), 1, None):
            self.consumed = csv_reader.consumed
            yield convert(record)
        self.consumed = len(self.lines)

    def preview(self, count: int = 10) -> list[ParsedRow]:
        """The first ``count`` rows as they will be stored (reading them again later is free)."""
        return list(islice(replace(self).records(), count))


def open_file(path: Path, fmt: str = "auto", mapping: Mapping[str, Field] | None = None) -> ImportSource:
    """Open ``path`` as ``fmt`` ("auto": recognised from its header). UnreadableFile when
    nothing can be read from it; InvalidInput for a format or mapping that does not fit."""
    decoded = read_text(path)
    return _open(decoded.text, decoded.encoding, path.name, fmt, mapping)


def open_bytes(data: bytes, name: str, fmt: str = "auto",
               mapping: Mapping[str, Field] | None = None) -> ImportSource:
    """As ``open_file``, for bytes already in memory (tests, fuzzing)."""
    decoded = decode(data, name)
    return _open(decoded.text, decoded.encoding, name, fmt, mapping)


def _open(text: str, encoding: str, name: str, fmt: str,
          mapping: Mapping[str, Field] | None) -> ImportSource:
    if fmt not in FORMAT_NAMES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "'%1' is not a format Relate reads (%2)"),
                           fmt, ", ".join(FORMAT_NAMES))
    lines = physical_lines(text)
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "%1 is empty."), name)
    looks_vcard = first.strip().upper().startswith("BEGIN:VCARD")
    if fmt == "vcard" or (fmt == "auto" and looks_vcard):
        if not looks_vcard:
            raise UnreadableFile(QT_TRANSLATE_NOOP(
                "errors", "%1 is not a vCard file (it does not start with BEGIN:VCARD)."), name)
        return ImportSource(name, VCARD, encoding, "", [], [], lines)
    if looks_vcard:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "%1 is a vCard file; import it as vcard (or auto)"),
                           name)
    delimiter = sniff_delimiter(lines[0])
    first_record = next(CsvReader(lines, delimiter).records(), None)
    if first_record is None or first_record.cells is None or not any(c.strip() for c in first_record.cells):
        raise UnreadableFile(QT_TRANSLATE_NOOP("errors", "%1 has no header row Relate can read."), name)
    header = [c.strip().lstrip("\ufeff") for c in first_record.cells]
    profile = detect(header) if fmt == "auto" else PROFILES[fmt]
    source = ImportSource(name, profile, encoding, delimiter, header,
                          column_fields(profile, header), lines)
    return source.with_mapping(mapping) if mapping else source
