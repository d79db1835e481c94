"""The customer's own data: the full record of one customer, and erasure that leaves nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    ContactChannel,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.promises import PromiseTerms

#: Made-up personal data, each string unusual enough to be found only where it was stored.
ZEB = {
    "name": "Zebediah Quorthwick", "phone": "07700 900417", "e164": "+447700900417",
    "email": "zeb.quorthwick@example.org", "card": "LC-QZ-80417", "thing": "Prefers the blue bags",
    "remark": "Quorthwick says the plums bruise", "note": "Rang Mr Quorthwick at home",
    "resolution": "Quorthwick refunded 4 pounds", "promise": "Plums for Quorthwick set aside",
    "pronunciation": "ZEB-e-dye-ah",
}


def _zeb(services: Services, staff: Actor, manager: Actor) -> int:
    z = services.customers.create(staff, NewCustomer(
        ZEB["name"], phones=(ZEB["phone"],), emails=(ZEB["email"],), cards=(ZEB["card"],),
        pronunciation=ZEB["pronunciation"], little_things=(ZEB["thing"],)))
    services.customers.set_consent(staff, z, ContactChannel.EMAIL, ConsentState.DENIED, "asked at the counter")
    services.customers.add_little_thing(staff, z, "Uses a wheelchair", sensitive=True)
    remark = services.remarks.log_remark(staff, z, RemarkKind.COMPLAINT, ZEB["remark"], escalate=Priority.URGENT)
    assert remark.escalation_id is not None
    services.escalations.add_note(manager, remark.escalation_id, ZEB["note"])
    services.escalations.resolve(manager, remark.escalation_id, Outcome.REFUND, ZEB["resolution"],
                                 PromiseTerms(PromiseKind.SET_ASIDE, ZEB["promise"]))
    services.remarks.correct_remark(staff, remark.id, text=ZEB["remark"] + " badly")
    return z


def test_the_record_of_one_customer_holds_everything_about_them_and_nothing_else(
    services: Services, manager: Actor, staff: Actor
) -> None:
    z = _zeb(services, staff, manager)
    other = services.customers.create(staff, NewCustomer("Olga Otherperson", phones=("07700 900999",)))
    services.remarks.log_remark(staff, other, RemarkKind.NOTE, "Otherperson likes figs")
    dossier = services.customer_data.dossier(staff, z)
    text = json.dumps(dossier, ensure_ascii=False)
    for key, value in ZEB.items():
        assert value in text, key
    assert "Uses a wheelchair" in text  # sensitive things are the customer's too
    assert [c["how"] for c in dossier["consent_history"]] == ["asked at the counter"]
    assert dossier["remarks"][0]["corrections"][0]["before"] == ZEB["remark"]
    assert "Otherperson" not in text and "07700 900999" not in text


def test_erasure_leaves_nothing_in_the_search_or_the_exports(
    services: Services, manager: Actor, staff: Actor
) -> None:
    z = _zeb(services, staff, manager)
    with pytest.raises(InvalidInput, match="Type the customer's name"):
        services.customer_data.erase(manager, z, "Zeb")
    services.customer_data.erase(manager, z, "zebediah  QUORTHWICK")

    assert services.lookup.lookup_customers("quorthwick") == []
    assert services.lookup.lookup_customers("0417") == []
    assert services.lookup.lookup_customers(ZEB["email"]) == []
    assert services.lookup.lookup_customers(ZEB["card"]) == []
    card = services.customers.card(z)
    assert (card.display_name, card.phones, card.little_things) == ("Erased customer", (), ())
    exported = json.dumps([list(services.export.rows(t, manager, include_sensitive=True))
                           for t in ("customers", "remarks", "escalations", "audit")], ensure_ascii=False)
    for key, value in ZEB.items():
        assert value not in exported, key
    # What stays is anonymous: the complaint happened and was refunded.
    remark_rows = list(services.export.rows("remarks", manager))
    assert [(r["kind"], r["outcome"], r["text"]) for r in remark_rows] == [("complaint", "refund", "")]
    assert services.audit.entries(manager, action="customer.erase")[0].summary == \
        "personal data erased on request"


@pytest.mark.sqlite_only  # reads the database file's bytes
def test_erasure_leaves_no_personal_datum_in_the_database_file(
    services: Services, manager: Actor, staff: Actor, data_dir: Path
) -> None:
    z = _zeb(services, staff, manager)
    services.customer_data.erase(manager, z, ZEB["name"])
    raw = b"".join(p.read_bytes() for p in data_dir.glob("relate.db*"))
    assert len(raw) > 10_000  # the file really was read
    for key, value in ZEB.items():
        assert value.encode() not in raw, f"{key} still in the database file"
    assert b"quorthwick" not in raw and b"Uses a wheelchair" not in raw
    assert b"7140090077" not in raw  # the reversed digits of the last-digits index
