"""A deterministic shop of any size, written straight into the tables in large batches.

The search columns are computed with the same domain functions the services use, so a
lookup over generated data behaves exactly like one over data entered at the counter.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, text

from relate_desktop.db import models as m
from relate_desktop.domain import phones
from relate_desktop.domain.text import fold, name_tokens
from relate_desktop.domain.vocabulary import Channel, EscalationStatus, Priority, RemarkKind, Role

#: Bump when the generated data changes, so cached databases are made again.
GENERATOR_VERSION = "1"
REGION = "GB"
#: This customer gets exactly this many timeline events (the "open a busy card" measure).
BUSY_CUSTOMER_ID = 1
BUSY_CUSTOMER_REMARKS = 1000

FIRST = ["José", "Zoë", "Łukasz", "Siobhán", "Mai", "Jørgen", "Hélène", "Ahmed", "Priya", "Tom",
         "Anna", "Mateus", "Chloë", "Yusuf", "Agnieszka", "Dimitris", "Olga", "Nguyễn", "Ana", "Björn",
         "María", "François", "Søren", "Ewa", "Giulia", "Kofi", "Aoife", "Ines", "Rafał", "Ζωή"]
LAST = ["Álvarez", "Brontë", "Wróbel", "Ó Briain", "Nguyen", "Kjærgaard", "Béranger", "Al-Hakim",
        "Shah", "Okafor", "Smith", "Mensah", "Evans", "Muñoz", "Nowak", "Papadopoulos", "Иванова",
        "Lloyd", "García", "Müller", "Dubois", "Jensen", "Kowalski", "Rossi", "Boateng", "Murphy",
        "Costa", "Lewandowski", "Σταύρου", "O'Brien"]
THINGS = ["Receipt: always", "No interest-bearing offers", "Large print", "Pays cash",
          "Brings own bags", "Allergic to nuts", "Prefers oat milk", "Hard of hearing: speak up"]
TEXTS = ["Your produce prices are the best in town", "The tart I bought yesterday was spoiled",
         "Could you stock gluten-free bread?", "Do you deliver on Sundays?", "Open earlier on Saturdays",
         "Asked about the loyalty points", "Queue at the till was long", "Lovely service from Tom"]


@dataclass(frozen=True)
class Dataset:
    customers: int
    remarks: int
    escalations: int

    @property
    def key(self) -> str:
        return f"c{self.customers}-r{self.remarks}-e{self.escalations}-v{GENERATOR_VERSION}"


def phone_for(customer_id: int) -> str:
    """A UK mobile in the 07700 900xxx-like range, typed in one of several shapes."""
    number = f"7{(customer_id * 7919) % 1_000_000_000:09d}"
    shapes = (f"0{number[:4]} {number[4:]}", f"+44 {number[:4]} {number[4:]}", f"0{number}",
              f"(0{number[:4]}) {number[4:7]}-{number[7:]}")
    return shapes[customer_id % len(shapes)]


def name_for(customer_id: int) -> str:
    rng = random.Random(customer_id)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_for(customer_id: int) -> str | None:
    if customer_id % 5 == 0:
        return None
    first, _, last = fold(name_for(customer_id)).partition(" ")
    ascii_name = "".join(c for c in f"{first}.{last}" if c.isascii() and (c.isalnum() or c == "."))
    return f"{ascii_name or 'customer'}{customer_id}@example.com"


def card_for(customer_id: int) -> str | None:
    return f"LC-{customer_id:07d}" if customer_id % 10 < 7 else None


def _chunks(total: int, size: int) -> Iterator[range]:
    for start in range(1, total + 1, size):
        yield range(start, min(start + size, total + 1))


def generate(engine: Engine, data: Dataset, now: datetime | None = None, batch: int = 20_000) -> None:
    """Fill an empty, migrated database; the shop and its staff are made here too."""
    now = now or datetime(2026, 11, 1, 12, tzinfo=UTC)
    rng = random.Random(7)
    with engine.begin() as db:
        db.execute(insert(m.ShopSettingRow), [
            {"key": "name", "value": "Benchmark shop"}, {"key": "region", "value": REGION},
            {"key": "currency", "value": "GBP"}, {"key": "benchmark_dataset", "value": data.key}])
        db.execute(insert(m.StaffRow), [
            {"id": i, "name": n, "role": r.value, "active": True, "is_system": False, "created_at": now,
             "failed_pins": 0}
            for i, (n, r) in enumerate([("Maria Manager", Role.MANAGER), ("Sam Counter", Role.STAFF),
                                        ("Ana Phone", Role.STAFF), ("Kofi Till", Role.STAFF)], start=1)])
    for ids in _chunks(data.customers, batch):
        customers, tokens, phone_rows, emails, cards, things = [], [], [], [], [], []
        for cid in ids:
            name = name_for(cid)
            created = now - timedelta(days=cid % 700)
            customers.append({"id": cid, "display_name": name, "pronunciation": "", "preferred_language": "",
                              "preferred_channel": None, "do_not_contact": False, "created_at": created,
                              "updated_at": created, "version": 1})
            tokens.extend({"customer_id": cid, "token": t[:100]} for t in sorted(name_tokens(name)))
            number = phones.normalise(phone_for(cid), REGION)
            phone_rows.append({"customer_id": cid, "raw": number.raw, "e164": number.e164,
                               "digits_reversed": number.reversed_digits})
            email = email_for(cid)
            if email:
                emails.append({"customer_id": cid, "email": email, "email_lower": email.lower()})
            card = card_for(cid)
            if card:
                cards.append({"customer_id": cid, "number": card})
            if cid % 5 == 1:
                things.append({"customer_id": cid, "text": THINGS[cid % len(THINGS)], "sensitive": False,
                               "recorded_by_id": 2, "recorded_at": created})
        with engine.begin() as db:
            db.execute(insert(m.CustomerRow), customers)
            db.execute(insert(m.NameTokenRow), tokens)
            db.execute(insert(m.CustomerPhoneRow), phone_rows)
            if emails:
                db.execute(insert(m.CustomerEmailRow), emails)
            if cards:
                db.execute(insert(m.LoyaltyCardRow), cards)
            if things:
                db.execute(insert(m.LittleThingRow), things)
    _remarks(engine, data, now, rng, batch * 2)
    _escalations(engine, data, now, rng)
    advance_sequences(engine)


def advance_sequences(engine: Engine) -> None:
    """Rows were inserted with their ids given: on PostgreSQL each id sequence must move past
    them, or the next remark saved would be given id 1 again."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as db:
        for table in m.Base.metadata.sorted_tables:
            if "id" in table.c and table.c.id.autoincrement in (True, "auto") and table.c.id.primary_key:
                db.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _remarks(engine: Engine, data: Dataset, now: datetime, rng: random.Random, batch: int) -> None:
    kinds, channels = list(RemarkKind), list(Channel)
    busy = min(BUSY_CUSTOMER_REMARKS, data.remarks)
    for ids in _chunks(data.remarks, batch):
        rows: list[dict[str, Any]] = []
        for rid in ids:
            # The first remarks all belong to the busy customer; the rest spread evenly.
            customer = BUSY_CUSTOMER_ID if rid <= busy else 1 + (rid * 104_729) % data.customers
            rows.append({"id": rid, "customer_id": customer, "kind": kinds[rid % 6].value,
                         "channel": channels[rid % 5].value, "text": TEXTS[rid % len(TEXTS)],
                         "staff_id": 2 + rid % 3, "workstation": "till-1",
                         "created_at": now - timedelta(minutes=(rid * 37) % (730 * 24 * 60))})
        with engine.begin() as db:
            db.execute(insert(m.RemarkRow), rows)


def _escalations(engine: Engine, data: Dataset, now: datetime, rng: random.Random) -> None:
    count = min(data.escalations, data.remarks)
    with engine.begin() as db:
        remark_rows = db.execute(
            select(m.RemarkRow.id, m.RemarkRow.customer_id).order_by(m.RemarkRow.id.desc()).limit(count)
        ).all()
        db.execute(insert(m.EscalationRow), [
            {"remark_id": rid, "customer_id": cid,
             "priority": (Priority.URGENT if i % 10 == 0 else Priority.NORMAL).value,
             "status": (EscalationStatus.ACKNOWLEDGED if i % 3 == 0 else EscalationStatus.OPEN).value,
             "raised_by_id": 2, "raised_at": now - timedelta(minutes=rng.randrange(1, 60 * 24 * 30)),
             "owner_id": 1 if i % 3 == 0 else None, "resolution_note": "", "updated_at": now, "version": 1}
            for i, (rid, cid) in enumerate(remark_rows)])


def existing_dataset(engine: Engine) -> str | None:
    with engine.connect() as db:
        return db.execute(select(m.ShopSettingRow.value).where(
            m.ShopSettingRow.key == "benchmark_dataset")).scalar_one_or_none()
