"""Exporting remarks, customers and escalations: the columns, their values, and CSV/JSON fidelity."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from typing import Any

import pytest

from relate_desktop.domain.errors import InvalidInput, PermissionDenied
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.export import (
    CUSTOMER_COLUMNS,
    ESCALATION_COLUMNS,
    REMARK_COLUMNS,
    TABLES,
    ExportRow,
    write_csv,
    write_json,
)
from relate_desktop.services.promises import PromiseTerms

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
AWKWARD = 'She said "best shop in town", twice;\nthen: שלום 👋🏽 — and left\r\nwith café, naïve\t⟨tab⟩'


def _customer(services: Services, actor: Actor, name: str = "José Álvarez", **kw: Any) -> int:
    return services.customers.create(actor, NewCustomer(display_name=name, **kw))


def _csv_rows(columns: tuple[str, ...], rows: list[ExportRow]) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    write_csv(columns, rows, out)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_each_table_exports_exactly_its_columns_in_order(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Cold pie",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None

    for table, columns in (("remarks", REMARK_COLUMNS), ("customers", CUSTOMER_COLUMNS),
                           ("escalations", ESCALATION_COLUMNS)):
        rows = list(services.export.rows(table, manager))
        assert len(rows) == 1, table
        assert tuple(rows[0]) == columns == TABLES[table]


def test_remark_rows_carry_the_remark_and_what_became_of_its_escalation(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(services, staff)
    plain = services.remarks.log_remark(staff, customer, RemarkKind.COMPLIMENT, "Lovely bread",
                                        Channel.PHONE, tags=("Bakery", "#staff"), language="Spanish")
    walk_in = services.remarks.log_remark(staff, None, RemarkKind.QUESTION, "Open on Sunday?")
    escalated = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Spoiled tart",
                                            escalate=Priority.URGENT)
    assert escalated.escalation_id is not None
    services.escalations.take_ownership(manager, escalated.escalation_id)
    services.escalations.resolve(manager, escalated.escalation_id, Outcome.REFUND, "Refunded £4")
    services.remarks.withdraw_remark(staff, walk_in.id, "typed on the wrong customer")

    rows = {r["remark_id"]: r for r in services.export.remarks(manager)}

    assert rows[plain.id] == {
        "remark_id": plain.id, "created_at": rows[plain.id]["created_at"],
        "customer_id": customer, "customer_name": "José Álvarez", "kind": "compliment",
        "channel": "phone", "text": "Lovely bread", "tags": "bakery;staff",
        "staff": "Sam Counter", "workstation": "counter-pc", "withdrawn": False,
        "escalation_status": "none", "priority": None, "owner": None, "outcome": None,
        "resolution_note": "", "resolved_at": None, "language": "es",
    }
    assert ISO_UTC.match(str(rows[plain.id]["created_at"]))
    assert rows[walk_in.id]["customer_id"] is None
    assert rows[walk_in.id]["customer_name"] == ""
    assert rows[walk_in.id]["withdrawn"] is True
    done = rows[escalated.id]
    assert (done["escalation_status"], done["priority"], done["owner"], done["outcome"],
            done["resolution_note"]) == ("resolved", "urgent", "Maria Manager", "refund", "Refunded £4")
    assert ISO_UTC.match(str(done["resolved_at"]))
    # In CSV the absent values are empty cells and booleans read true/false.
    by_id = {r["remark_id"]: r for r in _csv_rows(REMARK_COLUMNS, list(rows.values()))}
    assert by_id[str(walk_in.id)]["customer_id"] == ""
    assert by_id[str(walk_in.id)]["withdrawn"] == "true"
    assert by_id[str(plain.id)]["withdrawn"] == "false"
    assert by_id[str(plain.id)]["priority"] == ""
    assert (by_id[str(plain.id)]["language"], by_id[str(walk_in.id)]["language"]) == ("es", "")


def test_customer_rows_list_contacts_little_things_and_the_latest_consent_per_channel(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(
        services, staff, phones=("07700 900123", "960 018"), emails=("jose@example.com",),
        cards=("LC-000123", "400012345678"), pronunciation="ho-SAY",
        preferred_language="Spanish", preferred_channel=ContactChannel.SMS,
        little_things=("Receipt: always", "Pays cash"),
    )
    gone = services.customers.add_little_thing(staff, customer, "Prefers oat milk")
    services.customers.remove_little_thing(staff, gone.id)
    services.customers.set_consent(staff, customer, ContactChannel.EMAIL, ConsentState.GRANTED,
                                   "signed form at till")
    services.customers.set_consent(staff, customer, ContactChannel.EMAIL, ConsentState.DENIED,
                                   "unsubscribed by email reply")
    services.customers.set_consent(staff, customer, ContactChannel.SMS, ConsentState.DENIED)
    services.customers.set_consent(staff, customer, ContactChannel.SMS, ConsentState.GRANTED)
    services.customers.update_profile(manager, customer, do_not_contact=True)
    other = _customer(services, staff, "Zoë Brontë")

    rows = list(services.export.customers(manager))

    assert [r["customer_id"] for r in rows] == [customer, other]
    row = rows[0]
    assert row["phones"] == "+447700900123;960 018"  # E.164 where known, else as typed
    assert row["emails"] == "jose@example.com"
    assert row["cards"] == "LC-000123;400012345678"
    assert row["little_things"] == "Receipt: always;Pays cash"  # the removed one is not current
    assert (row["pronunciation"], row["preferred_language"], row["preferred_channel"]) == (
        "ho-SAY", "es", "sms")  # the language as its code: a re-import finds it again
    assert row["do_not_contact"] is True
    assert (row["consent_email"], row["consent_sms"], row["consent_phone"], row["consent_post"]) == (
        "denied", "granted", "unknown", "unknown")
    assert ISO_UTC.match(str(row["created_at"]))
    blank = rows[1]
    assert (blank["phones"], blank["emails"], blank["cards"], blank["little_things"]) == ("", "", "", "")
    assert blank["preferred_channel"] is None and blank["do_not_contact"] is False
    assert {blank[f"consent_{c.value}"] for c in ContactChannel} == {"unknown"}


def test_escalation_rows_follow_the_escalation_to_the_customer_being_told(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(services, staff)
    remark = services.remarks.log_remark(staff, customer, RemarkKind.COMPLAINT, "Charged twice",
                                         escalate=Priority.NORMAL)
    assert remark.escalation_id is not None
    open_one = services.remarks.log_remark(staff, None, RemarkKind.COMPLAINT, "Car park dark",
                                           escalate=Priority.URGENT)
    services.escalations.resolve(manager, remark.escalation_id, Outcome.CREDIT, "£5 on the card",
                                 PromiseTerms(PromiseKind.CREDIT, "£5 credit", 500, date.today()))

    rows = list(services.export.escalations(manager))
    resolved = rows[0]
    assert resolved["told_at"] is None
    services.customers.mark_told(staff, remark.escalation_id)
    resolved, still_open = list(services.export.escalations(manager))

    assert resolved["escalation_id"] == remark.escalation_id
    assert resolved["remark_id"] == remark.id
    assert (resolved["customer_id"], resolved["customer_name"]) == (customer, "José Álvarez")
    assert (resolved["priority"], resolved["status"], resolved["kind"], resolved["summary"]) == (
        "normal", "resolved", "complaint", "Charged twice")
    assert (resolved["raised_by"], resolved["owner"], resolved["resolved_by"]) == (
        "Sam Counter", "Maria Manager", "Maria Manager")
    assert (resolved["outcome"], resolved["resolution_note"]) == ("credit", "£5 on the card")
    for moment in ("raised_at", "resolved_at", "told_at"):
        assert ISO_UTC.match(str(resolved[moment])), moment
    assert str(resolved["raised_at"]) <= str(resolved["resolved_at"]) <= str(resolved["told_at"])
    assert still_open["remark_id"] == open_one.id
    assert (still_open["status"], still_open["priority"], still_open["customer_id"]) == (
        "open", "urgent", None)
    assert still_open["owner"] is None and still_open["resolved_at"] is None


def test_awkward_text_survives_csv_and_json_unchanged(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(services, staff, 'Dana "Dee" O\'Neil, Jr.')
    remark = services.remarks.log_remark(staff, customer, RemarkKind.NOTE, AWKWARD,
                                         tags=("ünïcode",))
    rows = list(services.export.remarks(manager))

    [from_csv] = _csv_rows(REMARK_COLUMNS, rows)
    assert from_csv["text"] == AWKWARD
    assert from_csv["customer_name"] == 'Dana "Dee" O\'Neil, Jr.'
    assert from_csv["tags"] == "ünïcode"
    assert from_csv["remark_id"] == str(remark.id)

    out = io.StringIO()
    assert write_json(rows, out) == 1
    [from_json] = json.loads(out.getvalue())
    assert from_json["text"] == AWKWARD
    assert from_json == rows[0]
    assert "👋🏽" in out.getvalue()  # written as UTF-8 text, not \\u escapes


def test_many_rows_are_read_in_batches_without_losing_or_repeating_any(
    services: Services, manager: Actor, staff: Actor
) -> None:
    ids = [_customer(services, staff, f"Customer {n}") for n in range(7)]
    assert [r["customer_id"] for r in services.export.customers(manager, batch_size=3)] == ids
    for n in range(5):
        services.remarks.log_remark(staff, ids[n], RemarkKind.NOTE, f"note {n}")
    assert [r["text"] for r in services.export.remarks(manager, batch_size=2)] == [
        f"note {n}" for n in range(5)]


def test_an_empty_export_is_a_header_or_an_empty_array(services: Services, manager: Actor) -> None:
    out = io.StringIO(newline="")
    assert write_csv(ESCALATION_COLUMNS, services.export.escalations(manager), out) == 0
    assert out.getvalue() == ",".join(ESCALATION_COLUMNS) + "\r\n"
    out = io.StringIO()
    assert write_json(services.export.escalations(manager), out) == 0
    assert json.loads(out.getvalue()) == []


def test_an_unknown_table_is_refused(services: Services, manager: Actor) -> None:
    with pytest.raises(InvalidInput, match="cannot be exported"):
        services.export.rows("staff", manager)


def test_only_a_manager_exports_and_sensitive_little_things_stay_out_unless_asked(
    services: Services, manager: Actor, staff: Actor
) -> None:
    customer = _customer(services, staff, "Pia")
    services.customers.add_little_thing(staff, customer, "Large print")
    services.customers.add_little_thing(staff, customer, "Hearing aid: speak slowly", sensitive=True)
    for table in ("customers", "remarks", "escalations", "audit"):
        with pytest.raises(PermissionDenied):
            list(services.export.rows(table, staff))
    [row] = services.export.rows("customers", manager)
    assert row["little_things"] == "Large print"
    [row] = services.export.rows("customers", manager, include_sensitive=True)
    assert row["little_things"] == "Large print;Hearing aid: speak slowly"
