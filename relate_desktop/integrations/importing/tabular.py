"""One CSV row of a known or mapped layout -> one imported customer, or the row's problem."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from relate_desktop.domain.important_dates import (
    ANNIVERSARY,
    BIRTHDAY,
    PartialDate,
    parse_partial_date,
)
from relate_desktop.domain.phones import digits_of
from relate_desktop.domain.till import TillHistory
from relate_desktop.domain.vocabulary import ConsentState, ContactChannel
from relate_desktop.integrations.importing import values
from relate_desktop.integrations.importing.profiles import Field, Profile
from relate_desktop.integrations.importing.records import (
    EmptyRow,
    ImportedCustomer,
    ImportedDate,
    ImportedPhone,
    ParsedRow,
    RowProblem,
)
from relate_desktop.integrations.importing.text_file import CsvRecord

MAX_NAME = 200
MAX_CARD = 64
_CONSENT_FIELDS = {
    Field.CONSENT_EMAIL: ContactChannel.EMAIL, Field.CONSENT_SMS: ContactChannel.SMS,
    Field.CONSENT_PHONE: ContactChannel.PHONE, Field.CONSENT_POST: ContactChannel.POST,
}


def phone_flag(raw: str) -> str:
    """Why a phone cell cannot be kept, or "" when it can."""
    if values.mangled_number(raw):
        return (f"phone '{raw}' was turned into a number by a spreadsheet (its last digits are "
                "lost); left out — format the column as text and export again")
    if not digits_of(raw):
        return f"phone '{raw}' has no digits; left out"
    if len(raw) > 64:
        return "phone number too long; left out"
    return ""


class TabularRows:
    """Turns the records of one CSV file into customers, given which column holds what."""

    def __init__(self, profile: Profile, header: Sequence[str], fields: Sequence[Field]) -> None:
        self.profile = profile
        self.header = list(header)
        self.fields = list(fields)
        self._used = [(i, f) for i, f in enumerate(self.fields) if f is not Field.IGNORE]

    def convert(self, record: CsvRecord) -> ParsedRow:
        where = f"row {record.row}"
        if record.cells is None:
            return RowProblem(where, record.reason)
        cells = record.cells
        if not any(c.strip() for c in cells):
            return EmptyRow(where)
        width = len(self.header)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            return RowProblem(where, f"{len(cells)} cells where the header has {width} "
                                     "(a stray separator or quote?)")
        found: dict[Field, list[str]] = {}
        for index, heading_field in self._used:  # the ignored columns are never looked at
            cell = cells[index].strip() if index < len(cells) else ""
            if cell:
                if cell[0] == "'":
                    cell = values.strip_apostrophe(cell)
                found.setdefault(heading_field, []).append(cell)
        try:
            return self._customer(where, found)
        except _BadRow as problem:
            return RowProblem(where, str(problem))

    def _customer(self, where: str, found: dict[Field, list[str]]) -> ImportedCustomer:
        flags: list[str] = []

        def first(key: Field) -> str:
            return found[key][0] if found.get(key) else ""

        country = next((c.upper() for c in found.get(Field.COUNTRY, ())
                        if len(c) == 2 and c.isalpha()), "")
        phones: list[ImportedPhone] = []
        for raw in found.get(Field.PHONE, ()):
            flag = phone_flag(raw)
            if flag:
                flags.append(flag)
            elif raw not in [p.raw for p in phones]:
                phones.append(ImportedPhone(raw, country))
        emails: list[str] = []
        for email in found.get(Field.EMAIL, ()):
            if not values.email_ok(email):
                flags.append(f"email '{email}' is not an email address; left out")
            elif email.lower() not in [e.lower() for e in emails]:
                emails.append(email)
        cards: list[str] = []
        for card in found.get(Field.CARD, ()):
            if len(card) > MAX_CARD:
                flags.append(f"card number longer than {MAX_CARD} characters; left out")
            else:
                cards.append(card)

        consents: dict[ContactChannel, ConsentState] = {}
        for field_, channel in _CONSENT_FIELDS.items():
            for value in found.get(field_, ()):
                self._consent(consents, channel, value, values.consent, flags)
        for value in found.get(Field.EMAIL_OPT_OUT, ()):
            self._consent(consents, ContactChannel.EMAIL, value, values.opt_out, flags)

        dates: list[ImportedDate] = []
        for field_, kind in ((Field.BIRTHDAY, BIRTHDAY), (Field.ANNIVERSARY, ANNIVERSARY)):
            for value in found.get(field_, ()):
                when = self._date(value, kind)
                if when is not None:
                    dates.append(ImportedDate(kind, when))

        till = self._till(found, flags)
        nickname = first(Field.NICKNAME)
        little_things = [t for t in found.get(Field.LITTLE_THING, ())]
        if nickname:
            little_things.append(f"Goes by: {nickname}")
        name = first(Field.NAME) or " ".join(
            part for part in (first(Field.FIRST_NAME), first(Field.LAST_NAME)) if part)
        name = " ".join(name.split())
        named = bool(name)
        if not name:
            name = emails[0] if emails else phones[0].raw if phones else cards[0] if cards else ""
        if not name:
            raise _BadRow("; ".join(["no name and no contact details", *flags]))
        if len(name) > MAX_NAME:
            flags.append(f"name longer than {MAX_NAME} characters; cut short")
            name = name[:MAX_NAME].rstrip()
        note = "\n".join(n.replace("\r\n", "\n").replace("\r", "\n").strip()
                         for n in found.get(Field.NOTE, ())).strip()
        tags = tuple(dict.fromkeys(t for cell in found.get(Field.TAGS, ())
                                   for t in values.split_tags(cell)))
        source_id = first(Field.ID)
        return ImportedCustomer(
            where=where, system=self.profile.system, display_name=name,
            source_ids=((self.profile.system, source_id),) if source_id else (),
            phones=tuple(phones), emails=tuple(emails), cards=tuple(dict.fromkeys(cards)),
            consents=tuple((c, s) for c, s in consents.items() if s is not ConsentState.UNKNOWN),
            note=note, tags=tags, dates=tuple(dates), till=(till,) if till else (),
            little_things=tuple(dict.fromkeys(little_things)),
            pronunciation=first(Field.PRONUNCIATION), language=first(Field.LANGUAGE),
            named=named, flags=tuple(flags),
        )

    @staticmethod
    def _consent(consents: dict[ContactChannel, ConsentState], channel: ContactChannel, value: str,
                 read: Callable[[str], ConsentState], flags: list[str]) -> None:
        try:
            state = read(value)
        except values.BadValue as error:
            flags.append(f"{channel.value} {error}")
            return
        # Two columns for one channel (a consent and an opt-out): a "no" in either wins.
        if state is ConsentState.DENIED or consents.get(channel, ConsentState.UNKNOWN) is ConsentState.UNKNOWN:
            consents[channel] = state

    def _date(self, value: str, kind: str) -> PartialDate | None:
        try:
            when = parse_partial_date(value, day_first=self.profile.day_first)
        except ValueError as error:
            raise _BadRow(f"{kind} {error}") from None
        shared = when.as_date() if when is not None else None
        if kind == BIRTHDAY and shared is not None and shared > date.today():
            raise _BadRow(f"birthday '{value}' is in the future")
        return when

    def _till(self, found: dict[Field, list[str]], flags: list[str]) -> TillHistory | None:
        amounts: dict[str, int | None] = {"spent_cents": None, "visits": None}
        readers = ((Field.SPENT, "spent_cents", values.money_cents),
                   (Field.VISITS, "visits", values.count))
        for field_, name, read in readers:
            if found.get(field_):
                try:
                    amounts[name] = read(found[field_][0])
                except values.BadValue as error:
                    flags.append(f"{error}; left out")
        days: dict[str, date | None] = {"first_visit": None, "last_visit": None}
        for field_, name in ((Field.FIRST_VISIT, "first_visit"), (Field.LAST_VISIT, "last_visit")):
            if found.get(field_):
                text = found[field_][0]
                try:
                    when = parse_partial_date(text.split(" ")[0], day_first=self.profile.day_first)
                except ValueError:
                    when = None
                days[name] = when.as_date() if when is not None else None
                if days[name] is None:
                    flags.append(f"{name.replace('_', ' ')} '{text}' is not a date; left out")
        if all(v is None for v in (*amounts.values(), *days.values())):
            return None
        return TillHistory(system=self.profile.system, visits=amounts["visits"],
                           spent_cents=amounts["spent_cents"],
                           first_visit=days["first_visit"], last_visit=days["last_visit"])


class _BadRow(Exception):
    """The row cannot become a customer; the message is the report's reason."""
