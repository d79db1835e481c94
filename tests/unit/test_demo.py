"""The sample shop: realistic amounts, every state the app can show, a believable past, one seed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relate_desktop.db.engine import open_database, session_factory
from relate_desktop.domain.errors import NotAllowedNow
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import (
    ConsentState,
    EscalationStatus,
    Priority,
    PromiseStatus,
    RemarkKind,
)
from relate_desktop.services import Services
from relate_desktop.services.demo import SampleShopSummary, fill_sample_shop
from relate_desktop.services.demo_content import DEMO_SHOP_NAME
from relate_desktop.services.demo_plan import plan_sample_shop
from relate_desktop.services.export import ExportRow
from tests.conftest import BACKENDS, new_database_url

#: One "now" for every fill here, so two fills can be compared row for row.
NOW = datetime.now(UTC).replace(microsecond=0)


class Filled:
    def __init__(self, services: Services, summary: SampleShopSummary) -> None:
        self.services = services
        self.summary = summary
        admin = services.staff.command_line_actor("test")
        self.customers = list(services.export.customers(admin))
        self.remarks = list(services.export.remarks(admin))
        self.escalations = list(services.export.escalations(admin))


@pytest.fixture(scope="module", params=BACKENDS)
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """The sample shop as ``relate-desktop demo`` makes it: an empty database, no shop yet."""
    folder: Path = tmp_path_factory.mktemp("sample-shop")
    url = new_database_url(request, request.param, folder, migrated=False)
    engine = open_database(url, folder / "backups")
    services = Services.over(session_factory(engine))
    actor = services.staff.command_line_actor("test-pc")
    yield Filled(services, fill_sample_shop(services, actor, seed=7, now=NOW))
    engine.dispose()


def _at(row: ExportRow, column: str) -> datetime:
    return datetime.strptime(str(row[column]), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def test_an_empty_database_becomes_a_demo_shop_of_realistic_size(sample: Filled) -> None:
    shop = sample.services.shop.settings()
    assert (shop.name, shop.region, shop.currency, shop.is_demo) == (DEMO_SHOP_NAME, "GB", "GBP", True)
    assert 250 <= len(sample.customers) <= 350
    assert 500 <= len(sample.remarks) <= 700
    assert 30 <= len(sample.escalations) <= 50
    assert (sample.summary.customers, sample.summary.remarks, sample.summary.escalations) == (
        len(sample.customers), len(sample.remarks), len(sample.escalations))
    staff = sample.services.staff.active_staff()
    assert 3 <= len(staff) <= 4
    assert {s.role.value for s in staff} == {"manager", "staff"}


def test_remarks_cover_every_kind_channel_and_walk_ins(sample: Filled) -> None:
    kinds = Counter(r["kind"] for r in sample.remarks)
    assert set(kinds) == {k.value for k in RemarkKind}
    assert min(kinds.values()) >= 20
    assert len({r["channel"] for r in sample.remarks}) >= 4
    walk_ins = [r for r in sample.remarks if r["customer_id"] is None]
    assert 5 <= len(walk_ins) <= 40
    assert sum(1 for r in sample.remarks if r["tags"]) > len(sample.remarks) * 0.9


def test_customers_are_varied_like_a_real_till_list(sample: Filled) -> None:
    names = [str(c["display_name"]) for c in sample.customers]
    for name in ("José Álvarez", "Zoë Brontë", "Łukasz Wróbel", "Siobhán Ó Briain", "Nguyễn Thị Mai"):
        assert name in names
    assert any(any("\u0370" <= ch <= "\u03ff" for ch in n) for n in names)  # Greek
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in n) for n in names)  # Cyrillic
    siobhan = next(c for c in sample.customers if c["display_name"] == "Siobhán Ó Briain")
    assert str(siobhan["pronunciation"]).startswith("SHIV-awn")
    phones = [p for c in sample.customers for p in str(c["phones"]).split(";") if p]
    assert sum(p.startswith("+447") for p in phones) > 100  # mobiles, typed however
    assert any(p.startswith("+4420") for p in phones)  # London landlines
    assert any(not p.startswith("+") for p in phones)  # a half number, kept as typed
    cards = [k for c in sample.customers for k in str(c["cards"]).split(";") if k]
    assert any(k.startswith("LC-") for k in cards) and any(k.isdigit() for k in cards)
    assert len(cards) == len(set(cards))
    assert sum(1 for c in sample.customers if c["emails"]) > 60
    assert sum(1 for c in sample.customers if c["little_things"]) > 100
    assert sum(1 for c in sample.customers if c["do_not_contact"]) == 2
    states = Counter(c[f"consent_{ch}"] for c in sample.customers for ch in ("email", "sms", "phone", "post"))
    assert all(states[s.value] > 10 for s in ConsentState)


def test_escalations_show_every_state_the_manager_and_the_counter_meet(sample: Filled) -> None:
    statuses = Counter(e["status"] for e in sample.escalations)
    assert statuses["open"] >= 4 and statuses["acknowledged"] >= 3 and statuses["resolved"] >= 15
    assert {e["outcome"] for e in sample.escalations if e["outcome"]} >= {"refund", "credit", "apology"}
    acknowledged = [e for e in sample.escalations if e["status"] == "acknowledged"]
    assert all(e["owner"] for e in acknowledged)
    tell_them = [e for e in sample.escalations
                 if e["status"] == "resolved" and e["told_at"] is None and e["customer_id"]]
    assert len(tell_them) >= 3
    card = sample.services.customers.card(int(str(tell_them[0]["customer_id"])))
    assert tell_them[0]["escalation_id"] in {e.id for e in card.tell_them}
    assert any(e["status"] == "resolved" and e["told_at"] for e in sample.escalations)


def test_the_queue_shows_ages_within_and_past_their_targets(sample: Filled) -> None:
    queue = sample.services.escalations.queue()
    shop = sample.services.shop.settings()
    assert queue[0].priority is Priority.URGENT  # urgent first
    for priority in Priority:
        ages = [NOW - e.raised_at for e in queue if e.priority is priority]
        target = timedelta(minutes=shop.target_minutes(priority))
        assert any(age < target for age in ages), priority
        assert any(age > target for age in ages), priority


def test_promises_are_open_overdue_due_today_and_kept(sample: Filled) -> None:
    today = NOW.date()
    promises = [p for c in sample.customers
                for p in sample.services.customers.card(int(str(c["customer_id"]))).open_promises]
    assert 25 <= len(promises) <= 40
    assert sum(p.is_overdue(today) for p in promises) >= 5
    assert any(p.due_on == today for p in promises)
    assert any(p.due_on is not None and p.due_on > today for p in promises)
    assert all(p.status is PromiseStatus.OPEN for p in promises)
    assert sample.summary.promises > len(promises)  # the rest were kept


def test_history_is_spread_over_months_in_a_possible_order(sample: Filled) -> None:
    created = {c["customer_id"]: _at(c, "created_at") for c in sample.customers}
    remark_at = {r["remark_id"]: _at(r, "created_at") for r in sample.remarks}
    assert min(remark_at.values()) < NOW - timedelta(days=90)
    assert max(remark_at.values()) <= NOW
    for r in sample.remarks:
        if r["customer_id"] is not None:
            assert remark_at[r["remark_id"]] >= created[r["customer_id"]]
    for e in sample.escalations:
        raised = _at(e, "raised_at")
        assert remark_at[e["remark_id"]] <= raised <= NOW
        if e["resolved_at"]:
            assert raised <= _at(e, "resolved_at") <= NOW
        if e["told_at"]:
            assert _at(e, "resolved_at") <= _at(e, "told_at") <= NOW
    resolved = [e for e in sample.escalations if e["resolved_at"]]
    assert min(_at(e, "resolved_at") for e in resolved) < NOW - timedelta(days=30)


def test_lookup_finds_accented_sample_customers_typed_without_accents(sample: Filled) -> None:
    for typed, expected in (("jose alvarez", "José Álvarez"), ("lukasz wrobel", "Łukasz Wróbel"),
                            ("siobhan", "Siobhán Ó Briain"), ("zoe bronte", "Zoë Brontë")):
        names = [m.display_name for m in sample.services.lookup.lookup_customers(typed)]
        assert expected in names, typed


def test_the_same_seed_gives_the_same_shop_even_through_the_first_run_window(
    sample: Filled, services: Services, manager: Actor
) -> None:
    # As the first-run window does it: a shop and its first manager exist already.
    summary = fill_sample_shop(services, manager, seed=7, now=NOW)
    again = Filled(services, summary)
    assert services.shop.settings().is_demo
    assert services.shop.settings().name == "Corner Shop"  # kept, only marked as demo
    assert again.customers == sample.customers
    assert again.remarks == sample.remarks
    assert again.escalations == sample.escalations


def test_another_seed_gives_another_shop() -> None:
    seven, eight = plan_sample_shop(7, NOW), plan_sample_shop(8, NOW)
    assert [c.new for c in seven.customers] == [c.new for c in plan_sample_shop(7, NOW).customers]
    assert [c.new.display_name for c in seven.customers] != [c.new.display_name for c in eight.customers]


def test_a_shop_with_customers_is_never_filled(services: Services, manager: Actor) -> None:
    services.customers.create(manager, NewCustomer(display_name="A real customer"))
    with pytest.raises(NotAllowedNow, match="already has customers"):
        fill_sample_shop(services, manager)
    assert len(list(services.export.customers(manager))) == 1
    assert not services.shop.settings().is_demo


def test_resolved_escalations_came_back_to_the_people_who_raised_them(sample: Filled) -> None:
    counter_staff = [s for s in sample.services.staff.active_staff() if s.role.value == "staff"]
    raised = [e for e in sample.escalations if e["status"] == EscalationStatus.RESOLVED.value
              and e["raised_by"] in {s.name for s in counter_staff}]
    unseen = [e for s in counter_staff
              for e in sample.services.escalations.unseen_resolutions(Actor(s, "till-1"))]
    # Old resolutions were seen long ago; only the latest still wait to be shown.
    assert 1 <= len(unseen) < len(raised)
    assert all(NOW - e.resolved_at <= timedelta(days=2) for e in unseen if e.resolved_at)
