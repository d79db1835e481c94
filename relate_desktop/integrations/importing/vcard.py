"""vCard 2.1, 3.0 and 4.0: several cards a file, folded lines, quoted-printable, TEL types."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from relate_desktop.domain.important_dates import (
    ANNIVERSARY,
    BIRTHDAY,
    kind_word,
    parse_partial_date,
)
from relate_desktop.integrations.importing import values
from relate_desktop.integrations.importing.records import (
    ImportedCustomer,
    ImportedDate,
    ImportedPhone,
    ParsedRow,
    RowProblem,
)
from relate_desktop.integrations.importing.tabular import MAX_NAME, phone_flag

_ANNIVERSARY_NAMES = {"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY",
                      "X-KADDRESSBOOK-X-ANNIVERSARY"}
#: Apple writes its own labels as _$!<Anniversary>!$_.
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_NOT_PHONES = {"fax", "pager"}


@dataclass
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str
    line: int


@dataclass
class _Card:
    number: int
    line: int
    version: str = "3.0"
    properties: list[_Property] = field(default_factory=list)


def _split_outside_quotes(text: str, separator: str, limit: int = -1) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted and limit != 0:
            parts.append("".join(current))
            current = []
            limit -= 1
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _is_quoted_printable(line: str) -> bool:
    head = _split_outside_quotes(line, ":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _parse_property(text: str, line: int) -> _Property | None:
    pieces = _split_outside_quotes(text, ":", 1)
    if len(pieces) < 2:
        return None
    head, value = pieces
    names = _split_outside_quotes(head, ";")
    group, _, name = names[0].rpartition(".")
    params: dict[str, list[str]] = {}
    for param in names[1:]:
        key, sep, raw = param.partition("=")
        if not sep:  # vCard 2.1 writes bare types: TEL;HOME;VOICE
            key, raw = ("ENCODING" if param.upper() in ("QUOTED-PRINTABLE", "BASE64") else "TYPE"), param
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in _split_outside_quotes(raw, ",") if v.strip().strip('"'))
    return _Property(group.upper(), name.strip().upper(), params, value, line)


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\,;nN:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _split_escaped(text: str, separator: str) -> list[str]:
    return [_unescape(p) for p in re.split(r"(?<!\\)" + re.escape(separator), text)]


class VCardReader:
    """The customers of a .vcf file, one per card; each card is numbered (``card 3 (line 41)``)."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = [line.rstrip("\r\n") for line in lines]
        self.consumed = 0

    @property
    def total(self) -> int:
        return len(self._lines)

    def records(self) -> Iterator[ParsedRow]:
        for card in self._cards():
            yield self._customer(card)

    def _logical_lines(self) -> Iterator[tuple[int, str]]:
        pending: tuple[int, str] | None = None
        for index, line in enumerate(self._lines):
            self.consumed = index + 1
            if pending is not None:
                start, text = pending
                if _is_quoted_printable(text) and text.endswith("="):
                    # A quoted-printable soft line break: the next line goes on as it is.
                    pending = (start, text[:-1] + line)
                    continue
                if line[:1] in (" ", "\t"):  # folding: one space or tab starts a continuation
                    pending = (start, text + line[1:])
                    continue
                yield pending
            pending = (index + 1, line) if line.strip() else None
        if pending is not None:
            yield pending

    def _cards(self) -> Iterator[_Card]:
        card: _Card | None = None
        count = 0
        for line_number, text in self._logical_lines():
            upper = text.strip().upper()
            if upper == "BEGIN:VCARD":
                if card is not None:  # END:VCARD missing: the next card ends this one
                    yield card
                count += 1
                card = _Card(count, line_number)
            elif upper == "END:VCARD":
                if card is not None:
                    yield card
                card = None
            elif card is not None:
                prop = _parse_property(text, line_number)
                if prop is None:
                    continue
                if prop.name == "VERSION":
                    card.version = prop.value.strip()
                else:
                    card.properties.append(prop)
        if card is not None:
            yield card

    def _value(self, card: _Card, prop: _Property) -> str:
        encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
        value = prop.value
        if "QUOTED-PRINTABLE" in encoding:
            raw = quopri.decodestring(value.encode("utf-8"))
            charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
            try:
                value = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                value = raw.decode("cp1252", errors="replace")
            return value.replace("\r\n", "\n")
        if card.version.startswith("2"):
            return value  # 2.1 has no backslash escapes
        return _unescape(value)

    @staticmethod
    def _parts(card: _Card, prop: _Property, value: str, separator: str) -> list[str]:
        """A structured value's parts (N, CATEGORIES): split before unescaping, so an escaped
        separator stays inside its part."""
        if card.version.startswith("2") or "ENCODING" in prop.params:
            return value.split(separator)
        return _split_escaped(prop.value.strip(), separator)

    def _customer(self, card: _Card) -> ParsedRow:
        where = f"card {card.number} (line {card.line})"
        flags: list[str] = []
        full_name = structured = nickname = uid = ""
        phones: list[ImportedPhone] = []
        emails: list[str] = []
        notes: list[str] = []
        tags: list[str] = []
        dates: list[ImportedDate] = []
        spoken: list[tuple[int, str]] = []  # (PREF, language): vCard 4's LANG
        labels = {p.group: self._value(card, p) for p in card.properties
                  if p.name == "X-ABLABEL" and p.group}
        for prop in card.properties:
            if {e.upper() for e in prop.params.get("ENCODING", [])} & {"B", "BASE64"}:
                continue  # a photo or a sound: nothing a shop keeps
            value = self._value(card, prop).strip()
            if not value:
                continue
            if prop.name == "FN":
                full_name = value
            elif prop.name == "N":
                family, given = [*self._parts(card, prop, value, ";"), "", ""][:2]
                structured = " ".join(p.strip() for p in (given, family) if p.strip())
            elif prop.name == "NICKNAME":
                nickname = value
            elif prop.name == "TEL":
                types = {t.lower() for t in prop.params.get("TYPE", [])}
                if types & _NOT_PHONES:
                    continue
                number = value[4:] if value.lower().startswith("tel:") else value
                number = number.split(";")[0].strip()
                flag = phone_flag(number)
                if flag:
                    flags.append(flag)
                elif number not in [p.raw for p in phones]:
                    phones.append(ImportedPhone(number))
            elif prop.name == "EMAIL":
                email = value[7:] if value.lower().startswith("mailto:") else value
                if not values.email_ok(email):
                    flags.append(f"email '{email}' is not an email address; left out")
                elif email.lower() not in [e.lower() for e in emails]:
                    emails.append(email)
            elif prop.name == "NOTE":
                notes.append(value)
            elif prop.name == "CATEGORIES":
                tags.extend(t.strip() for t in self._parts(card, prop, value, ",") if t.strip())
            elif prop.name == "UID":
                uid = value
            elif prop.name == "LANG":
                pref = (prop.params.get("PREF") or [""])[0]
                spoken.append((int(pref) if pref.isdigit() else 100, value))
            elif prop.name in ("BDAY", *_ANNIVERSARY_NAMES) or prop.name == "X-ABDATE":
                if prop.name == "BDAY":
                    kind = BIRTHDAY
                elif prop.name == "X-ABDATE":
                    label = labels.get(prop.group, "")
                    apple = _APPLE_LABEL.match(label)
                    kind = kind_word(apple.group(1) if apple else label) or "date"
                else:
                    kind = ANNIVERSARY
                if [v.lower() for v in prop.params.get("VALUE", [])] == ["text"]:
                    flags.append(f"{kind} '{value}' is words, not a date; left out")
                    continue
                try:
                    when = parse_partial_date(value)
                except ValueError as error:
                    return RowProblem(where, f"{kind} {error}")
                shared = when.as_date() if when else None
                if kind == BIRTHDAY and shared is not None and shared > date.today():
                    return RowProblem(where, f"birthday '{value}' is in the future")
                if when is not None:
                    dates.append(ImportedDate(kind, when))
        name = " ".join((full_name or structured).split())
        named = bool(name)
        if not name:
            name = emails[0] if emails else phones[0].raw if phones else ""
        if not name:
            return RowProblem(where, "; ".join(["no name and no contact details", *flags]))
        if len(name) > MAX_NAME:
            flags.append(f"name longer than {MAX_NAME} characters; cut short")
            name = name[:MAX_NAME].rstrip()
        return ImportedCustomer(
            where=where, system="vcard", display_name=name,
            source_ids=(("vcard", uid),) if uid else (),
            phones=tuple(phones), emails=tuple(emails), note="\n".join(notes).strip(),
            tags=tuple(dict.fromkeys(tags)), dates=tuple(dates),
            little_things=(f"Goes by: {nickname}",) if nickname else (),
            language=min(spoken, key=lambda s: s[0])[1] if spoken else "",
            named=named, flags=tuple(flags),
        )
