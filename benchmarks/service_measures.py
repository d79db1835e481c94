"""Measures through the service layer, each beside the bare SQL it boils down to."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from benchmarks.generate import (
    BUSY_CUSTOMER_ID,
    REGION,
    Dataset,
    card_for,
    email_for,
    name_for,
    phone_for,
)
from benchmarks.measure import summary, timed
from relate_desktop.domain import phones
from relate_desktop.domain.records import Actor
from relate_desktop.domain.text import fold, prefix_upper_bound, search_words
from relate_desktop.domain.vocabulary import Priority, RemarkKind
from relate_desktop.services import Services

Results = dict[str, Any]

#: The index probe each lookup starts from (kept for reference beside the full floor).
SQL = {
    "exact_phone": "SELECT customer_id FROM customer_phone WHERE e164 = :v",
    "last_digits": "SELECT customer_id FROM customer_phone WHERE digits_reversed >= :v "
                   "AND digits_reversed < :u LIMIT 20",
    "name_prefix": "SELECT customer_id FROM name_token WHERE token >= :v AND token < :u "
                   "ORDER BY token LIMIT 200",
    "email": "SELECT customer_id FROM customer_email WHERE email_lower >= :v AND email_lower < :u "
             "ORDER BY email_lower LIMIT 20",
    "card": "SELECT customer_id FROM loyalty_card WHERE number = :v",
}


def lookup_inputs(data: Dataset, samples: int) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """For each kind of lookup: what staff type, and the bare query's parameters."""
    rng = random.Random(11)
    ids = [rng.randrange(1, data.customers + 1) for _ in range(samples)]
    out: dict[str, list[tuple[str, dict[str, str]]]] = {k: [] for k in (
        "exact_phone", "last_digits", "name_one_word", "name_two_words", "name_accented", "email", "card")}
    for cid in ids:
        typed = phone_for(cid)
        e164 = phones.to_e164(typed, REGION) or ""
        out["exact_phone"].append((typed, {"v": e164}))
        tail = phones.digits_of(typed)[-4:][::-1]
        out["last_digits"].append((phones.digits_of(typed)[-4:], {"v": tail, "u": prefix_upper_bound(tail)}))
        first, last = name_for(cid).split(" ", 1)
        word = search_words(last)[0][:4]
        out["name_one_word"].append((word, {"v": word, "u": prefix_upper_bound(word)}))
        two = f"{search_words(first)[0][:3]} {search_words(last)[0][:3]}"
        longest = max(two.split(), key=len)
        out["name_two_words"].append((two, {"v": longest, "u": prefix_upper_bound(longest)}))
        out["name_accented"].append((first, {"v": fold(first), "u": prefix_upper_bound(fold(first))}))
        email = email_for(cid) or email_for(cid + 1) or "nobody@example.com"
        out["email"].append((email, {"v": email.lower(), "u": prefix_upper_bound(email.lower())}))
        card = card_for(cid) or card_for(cid + 1) or "LC-0000001"
        out["card"].append((card, {"v": card}))
    return out


_SQL_FOR = {"exact_phone": "exact_phone", "last_digits": "last_digits", "name_one_word": "name_prefix",
            "name_two_words": "name_prefix", "name_accented": "name_prefix", "email": "email", "card": "card"}


def measure_lookups(services: Services, engine: Engine, data: Dataset, samples: int) -> Results:
    """Each lookup through the service, and the bare SQL it boils down to: the very statements
    the service sent for that input, recorded once, then replayed on a raw DBAPI connection in
    one transaction. The difference is all the service's own work (parsing what was typed,
    phone formats, building and reading results)."""
    results: Results = {}
    for name, cases in lookup_inputs(data, samples).items():
        statements = [_statements_of(engine, lambda typed=typed: services.lookup.lookup_customers(typed))
                      for typed, _ in cases]
        service = summary(timed(lambda case: services.lookup.lookup_customers(case[0]), cases))
        raw = engine.raw_connection()
        try:
            bare = summary(timed(lambda i, raw=raw, sent=statements: _replay(raw, sent[i]), range(len(cases))))
        finally:
            raw.close()
        results[f"lookup_{name}_service"] = service
        results[f"lookup_{name}_sql"] = bare
        results[f"ratio_lookup_{name}"] = round(service["p95_ms"] / max(bare["p95_ms"], 0.001), 2)
    return results


def _statements_of(engine: Engine, call: Callable[[], object]) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return sent


def _replay(raw: Any, statements: list[tuple[str, Any]]) -> None:
    cursor = raw.cursor()
    for statement, parameters in statements:
        cursor.execute(statement, parameters)
        if cursor.description is not None:  # a SET returns no rows
            cursor.fetchall()
    cursor.close()
    raw.commit()


def measure_writes_and_reads(services: Services, actor: Actor, data: Dataset, samples: int) -> Results:
    rng = random.Random(5)
    customers = [rng.randrange(1, data.customers + 1) for _ in range(samples)]
    results: Results = {
        "open_card_1000_events": summary(timed(
            lambda _n: services.customers.card(BUSY_CUSTOMER_ID), range(max(20, samples // 5)))),
        "save_remark": summary(timed(
            lambda cid: services.remarks.log_remark(actor, cid, RemarkKind.NOTE, "benchmark note"), customers)),
        "save_and_escalate": summary(timed(
            lambda cid: services.remarks.log_remark(actor, cid, RemarkKind.COMPLAINT, "benchmark complaint",
                                                    escalate=Priority.NORMAL), customers[: max(20, samples // 5)])),
        "load_manager_queue": summary(timed(lambda _n: services.escalations.queue(), range(10), warm_up=1)),
    }
    return results


def time_one(call: Callable[[], object]) -> float:
    return timed(lambda _n: call(), [0], warm_up=0)[0]
