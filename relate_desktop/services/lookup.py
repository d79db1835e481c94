"""Finding a customer while they talk: phone, last digits, any word of the name, email, card.

Every branch is an index lookup or an index range scan with a limit, so it stays instant
at a million customers (see benchmarks/).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, Integer, ScalarSelect, Select, any_, bindparam, exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from relate_desktop.db.models import (
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    LoyaltyCardRow,
    NameTokenRow,
    ShopSettingRow,
)
from relate_desktop.domain import lookup_query, phones
from relate_desktop.domain.lookup_query import MIN_TAIL_DIGITS, LookupQuery
from relate_desktop.domain.records import CustomerMatch
from relate_desktop.domain.text import fold_all, prefix_upper_bound
from relate_desktop.services.base import Service

#: How many candidate rows a name word may pull before the rest are cut off.
_CANDIDATES = 200

# The statements are built once, with bound parameters, and run on the session's connection:
# building and ORM-executing them per keystroke cost more than the index lookups themselves
# (see benchmarks/: "service over bare SQL").
_REGION = select(ShopSettingRow.value).where(ShopSettingRow.key == "region")
_CARD = select(LoyaltyCardRow.customer_id).where(LoyaltyCardRow.number == bindparam("number"))
_EMAIL = (
    select(CustomerEmailRow.customer_id, CustomerEmailRow.email_lower)
    .where(CustomerEmailRow.email_lower >= bindparam("low"))
    .where(CustomerEmailRow.email_lower < bindparam("high"))
    .order_by(CustomerEmailRow.email_lower)
    .limit(bindparam("limit"))
)
_PHONE = select(CustomerPhoneRow.customer_id).where(CustomerPhoneRow.e164 == bindparam("e164"))
_PHONES = (
    select(CustomerPhoneRow.customer_id)
    .where(CustomerPhoneRow.e164.in_(bindparam("e164s", expanding=True)))
    .limit(bindparam("limit"))
)
_PHONE_TAIL = (
    select(CustomerPhoneRow.customer_id)
    .where(CustomerPhoneRow.digits_reversed >= bindparam("low"))
    .where(CustomerPhoneRow.digits_reversed < bindparam("high"))
    .limit(bindparam("limit"))
)
_PHONE_ENDINGS = (
    select(CustomerPhoneRow.customer_id)
    .where(CustomerPhoneRow.digits_reversed.in_(bindparam("endings", expanding=True)))
    .limit(bindparam("limit"))
)
_PHONE_DIGITS = (
    select(CustomerPhoneRow.customer_id)
    .where(CustomerPhoneRow.digits_reversed == bindparam("digits")).limit(bindparam("limit"))
)


def _first_of(column: InstrumentedAttribute[Any], model: type[CustomerPhoneRow] | type[LoyaltyCardRow]
              ) -> ScalarSelect[Any]:
    return (select(column).where(model.customer_id == CustomerRow.id)
            .order_by(model.id).limit(1).scalar_subquery())


def _among_ids(stmt: Select[*tuple[Any, ...]]) -> dict[str, Select[*tuple[Any, ...]]]:
    """``stmt`` for the customers whose ids are the "ids" parameter, given as one value (a JSON
    list on SQLite, an array on PostgreSQL): an IN list of 200 placeholders cost more to
    render and send than finding the rows."""
    return {
        "sqlite": stmt.where(CustomerRow.id.in_(
            select(func.json_each(bindparam("ids")).table_valued("value").c.value))),
        "postgresql": stmt.where(CustomerRow.id == any_(bindparam("ids", type_=ARRAY(Integer)))),
    }


#: Each match's name, first phone and first card in one statement.
_DESCRIBE = _among_ids(select(
    CustomerRow.id,
    CustomerRow.display_name,
    _first_of(CustomerPhoneRow.e164, CustomerPhoneRow),
    _first_of(CustomerPhoneRow.raw, CustomerPhoneRow),
    _first_of(LoyaltyCardRow.number, LoyaltyCardRow),
))
#: Only the names, to put many matches in order before the first few are described.
_NAMES_OF = _among_ids(select(CustomerRow.id, CustomerRow.display_name))


def _name_statement(words: int) -> Select[Any]:
    """Candidates for ``words`` name-word prefixes: driven from the first (the caller puts the
    most selective first), each further word an index-only probe for the same customer."""
    stmt = (
        select(NameTokenRow.customer_id)
        .where(NameTokenRow.token >= bindparam("low0"))
        .where(NameTokenRow.token < bindparam("high0"))
    )
    for n in range(1, words):
        other = aliased(NameTokenRow)
        stmt = stmt.where(
            exists()
            .where(other.customer_id == NameTokenRow.customer_id)
            .where(other.token >= bindparam(f"low{n}"))
            .where(other.token < bindparam(f"high{n}"))
        )
    return stmt.order_by(NameTokenRow.token).limit(_CANDIDATES)


_NAMES = {n: _name_statement(n) for n in (1, 2, 3)}


class LookupService(Service):
    def lookup_customers(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        def work(session: Session) -> list[CustomerMatch]:
            db = session.connection()
            region = db.scalar(_REGION) or ""
            query = lookup_query.parse(text, region)
            if query.is_empty:
                return []
            found: dict[int, tuple[str, bool]] = {}  # customer id -> (matched on, exact)
            for customer_id, matched_on, exact in self._candidates(db, query, limit):
                if customer_id not in found or (exact and not found[customer_id][1]):
                    found[customer_id] = (matched_on, exact)
            return self._describe(db, found, region, limit)

        return self._transaction(work)

    def find_caller(self, number: str, limit: int = 20) -> list[CustomerMatch]:
        """Who may be calling from ``number`` as an exchange or softphone presents it: every
        customer it may be (a family landline is several), never one guessed among them."""

        def work(session: Session) -> list[CustomerMatch]:
            db = session.connection()
            region = db.scalar(_REGION) or ""
            caller = phones.for_caller(number, region)
            if not caller.digits:
                return []
            ids: list[int] = []
            if caller.e164s:
                ids = list(db.scalars(_PHONES, {"e164s": list(caller.e164s), "limit": limit}))
            exact = bool(ids)
            if not ids and caller.tail:
                # No full number matched: a number stored unparsed, or an exchange's prefix.
                prefix = caller.tail[::-1]
                ids = list(db.scalars(_PHONE_TAIL, {"low": prefix, "high": prefix_upper_bound(prefix),
                                                    "limit": limit}))
                if not ids and caller.local_endings:  # kept without its area code
                    ids = list(db.scalars(_PHONE_ENDINGS, {
                        "endings": [ending[::-1] for ending in caller.local_endings], "limit": limit}))
            elif not ids:  # an extension: only a number stored as exactly these digits
                exact = True
                ids = list(db.scalars(_PHONE_DIGITS, {"digits": caller.digits[::-1], "limit": limit}))
            found = {cid: ("phone", exact) for cid in ids}
            return self._describe(db, found, region, limit)

        return self._transaction(work)

    def _candidates(self, db: Connection, query: LookupQuery, limit: int) -> list[tuple[int, str, bool]]:
        hits: list[tuple[int, str, bool]] = []
        if query.card:
            card_owner = db.scalar(_CARD, {"number": query.card})
            if card_owner is not None:
                hits.append((card_owner, "card", True))
        if query.email:
            rows = db.execute(_EMAIL, {"low": query.email, "high": prefix_upper_bound(query.email),
                                       "limit": limit})
            hits.extend((cid, "email", email == query.email) for cid, email in rows)
        if query.digits:
            hits.extend(self._phone_candidates(db, query, limit))
        if query.words:
            hits.extend((cid, "name", False) for cid in self._name_candidates(db, query.words))
        return hits

    @staticmethod
    def _phone_candidates(db: Connection, query: LookupQuery, limit: int) -> list[tuple[int, str, bool]]:
        hits: list[tuple[int, str, bool]] = []
        if query.e164:
            hits.extend((cid, "phone", True) for cid in db.scalars(_PHONE, {"e164": query.e164}))
        # Last digits as typed; and without a national trunk "0", so "0628…" also ends "+33628…".
        tails = {query.digits, query.digits.lstrip("0")}
        for tail in sorted(t for t in tails if len(t) >= MIN_TAIL_DIGITS):
            prefix = tail[::-1]
            rows = db.scalars(_PHONE_TAIL, {"low": prefix, "high": prefix_upper_bound(prefix),
                                            "limit": limit})
            hits.extend((cid, "phone", False) for cid in rows)
        return hits

    @staticmethod
    def _name_candidates(db: Connection, words: tuple[str, ...]) -> list[int]:
        # Drive the search from the longest word (the most selective), filter by the others.
        ordered = sorted(words, key=len, reverse=True)
        stmt = _NAMES[len(ordered)] if len(ordered) in _NAMES else _name_statement(len(ordered))
        if len(ordered) > 1 and db.dialect.name == "postgresql":
            # PostgreSQL plans a two-word search over a million names in parallel; starting
            # the workers takes longer than the search itself (34 ms against 14 ms, measured).
            db.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
        bounds: dict[str, str] = {}
        for n, word in enumerate(ordered):
            bounds[f"low{n}"] = word
            bounds[f"high{n}"] = prefix_upper_bound(word)
        return list(dict.fromkeys(db.scalars(stmt, bounds).all()))

    @staticmethod
    def _describe(db: Connection, found: dict[int, tuple[str, bool]], region: str,
                  limit: int) -> list[CustomerMatch]:
        """The first ``limit`` of ``found`` as staff read them down: exact hits first, then by
        name. A name word may bring 200: those are put in order by name alone, and only the
        ones shown get their first phone and card looked up and the phone formatted."""
        if not found:
            return []
        order = {cid: n for n, cid in enumerate(found)}
        engine = db.dialect.name

        def ids(chosen: list[int]) -> Any:
            return json.dumps(chosen) if engine == "sqlite" else chosen

        def in_order(rows: Sequence[Any]) -> list[Any]:
            names = fold_all([row[1] for row in rows])
            places = sorted((not found[row[0]][1], name, order[row[0]], n)
                            for n, (row, name) in enumerate(zip(rows, names, strict=True)))
            return [rows[place[-1]] for place in places]

        if len(found) > limit:
            named = in_order(db.execute(_NAMES_OF[engine], {"ids": ids(list(found))}).all())
            shown = {cid: n for n, (cid, _name) in enumerate(named[:limit])}
            rows = sorted(db.execute(_DESCRIBE[engine], {"ids": ids(list(shown))}).all(),
                          key=lambda row: shown[row[0]])
        else:
            rows = in_order(db.execute(_DESCRIBE[engine], {"ids": ids(list(found))}).all())
        return [
            CustomerMatch(
                id=cid, display_name=name,
                phone=phones.display(e164, raw, region) if raw is not None else "",
                card=card or "", matched_on=found[cid][0], exact=found[cid][1],
            )
            for cid, name, e164, raw, card in rows[:limit]
        ]
