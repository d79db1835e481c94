"""Finding a customer while they talk: phone, last digits, any word of the name, email, card.

Every branch is an index lookup or an index range scan with a limit, so it stays instant
at a million customers (see benchmarks/).
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from relate_desktop.db.models import (
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    LoyaltyCardRow,
    NameTokenRow,
)
from relate_desktop.domain import lookup_query, phones
from relate_desktop.domain.lookup_query import MIN_TAIL_DIGITS, LookupQuery
from relate_desktop.domain.records import CustomerMatch
from relate_desktop.domain.text import fold, prefix_upper_bound
from relate_desktop.services.base import Service

#: How many candidate rows a name word may pull before the rest are cut off.
_CANDIDATES = 200


class LookupService(Service):
    def lookup_customers(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        def work(session: Session) -> list[CustomerMatch]:
            region = self._settings(session).region
            query = lookup_query.parse(text, region)
            if query.is_empty:
                return []
            found: dict[int, tuple[str, bool]] = {}  # customer id -> (matched on, exact)
            for customer_id, matched_on, exact in self._candidates(session, query, limit):
                if customer_id not in found or (exact and not found[customer_id][1]):
                    found[customer_id] = (matched_on, exact)
            return self._describe(session, found, region)[:limit]

        return self._transaction(work)

    def find_caller(self, number: str, limit: int = 20) -> list[CustomerMatch]:
        """Who may be calling from ``number`` as an exchange or softphone presents it: every
        customer it may be (a family landline is several), never one guessed among them."""

        def work(session: Session) -> list[CustomerMatch]:
            region = self._settings(session).region
            caller = phones.for_caller(number, region)
            if not caller.digits:
                return []
            ids: list[int] = []
            if caller.e164s:
                ids = list(session.scalars(
                    select(CustomerPhoneRow.customer_id)
                    .where(CustomerPhoneRow.e164.in_(caller.e164s)).limit(limit)
                ))
            exact = bool(ids)
            if not ids and caller.tail:
                # No full number matched: a number stored unparsed, or an exchange's prefix.
                prefix = caller.tail[::-1]
                ids = list(session.scalars(
                    select(CustomerPhoneRow.customer_id)
                    .where(CustomerPhoneRow.digits_reversed >= prefix)
                    .where(CustomerPhoneRow.digits_reversed < prefix_upper_bound(prefix))
                    .limit(limit)
                ))
                if not ids and caller.local_endings:  # kept without its area code
                    ids = list(session.scalars(
                        select(CustomerPhoneRow.customer_id)
                        .where(CustomerPhoneRow.digits_reversed.in_(
                            [ending[::-1] for ending in caller.local_endings]))
                        .limit(limit)
                    ))
            elif not ids:  # an extension: only a number stored as exactly these digits
                exact = True
                ids = list(session.scalars(
                    select(CustomerPhoneRow.customer_id)
                    .where(CustomerPhoneRow.digits_reversed == caller.digits[::-1]).limit(limit)
                ))
            found = {cid: ("phone", exact) for cid in ids}
            return self._describe(session, found, region)[:limit]

        return self._transaction(work)

    def _candidates(
        self, session: Session, query: LookupQuery, limit: int
    ) -> list[tuple[int, str, bool]]:
        hits: list[tuple[int, str, bool]] = []
        if query.card:
            card_owner = session.scalar(
                select(LoyaltyCardRow.customer_id).where(LoyaltyCardRow.number == query.card)
            )
            if card_owner is not None:
                hits.append((card_owner, "card", True))
        if query.email:
            upper = prefix_upper_bound(query.email)
            rows = session.execute(
                select(CustomerEmailRow.customer_id, CustomerEmailRow.email_lower)
                .where(CustomerEmailRow.email_lower >= query.email)
                .where(CustomerEmailRow.email_lower < upper)
                .order_by(CustomerEmailRow.email_lower)
                .limit(limit)
            )
            hits.extend((cid, "email", email == query.email) for cid, email in rows)
        if query.digits:
            hits.extend(self._phone_candidates(session, query, limit))
        if query.words:
            hits.extend((cid, "name", False) for cid in self._name_candidates(session, query.words))
        return hits

    @staticmethod
    def _phone_candidates(
        session: Session, query: LookupQuery, limit: int
    ) -> list[tuple[int, str, bool]]:
        hits: list[tuple[int, str, bool]] = []
        if query.e164:
            rows = session.scalars(
                select(CustomerPhoneRow.customer_id).where(CustomerPhoneRow.e164 == query.e164)
            )
            hits.extend((cid, "phone", True) for cid in rows)
        # Last digits as typed; and without a national trunk "0", so "0628…" also ends "+33628…".
        tails = {query.digits, query.digits.lstrip("0")}
        for tail in sorted(t for t in tails if len(t) >= MIN_TAIL_DIGITS):
            prefix = tail[::-1]
            rows = session.scalars(
                select(CustomerPhoneRow.customer_id)
                .where(CustomerPhoneRow.digits_reversed >= prefix)
                .where(CustomerPhoneRow.digits_reversed < prefix_upper_bound(prefix))
                .limit(limit)
            )
            hits.extend((cid, "phone", False) for cid in rows)
        return hits

    @staticmethod
    def _name_candidates(session: Session, words: tuple[str, ...]) -> list[int]:
        # Drive the search from the longest word (the most selective), filter by the others.
        ordered = sorted(words, key=len, reverse=True)
        first = ordered[0]
        stmt = (
            select(NameTokenRow.customer_id)
            .where(NameTokenRow.token >= first)
            .where(NameTokenRow.token < prefix_upper_bound(first))
        )
        for word in ordered[1:]:
            other = aliased(NameTokenRow)
            stmt = stmt.where(
                exists()
                .where(other.customer_id == NameTokenRow.customer_id)
                .where(other.token >= word)
                .where(other.token < prefix_upper_bound(word))
            )
        stmt = stmt.order_by(NameTokenRow.token).limit(_CANDIDATES)
        return list(dict.fromkeys(session.scalars(stmt)))

    @staticmethod
    def _describe(
        session: Session, found: dict[int, tuple[str, bool]], region: str
    ) -> list[CustomerMatch]:
        if not found:
            return []
        ids = list(found)
        names = dict(
            session.execute(
                select(CustomerRow.id, CustomerRow.display_name).where(CustomerRow.id.in_(ids))
            ).all()
        )
        first_phone: dict[int, str] = {}
        for cid, e164, raw in session.execute(
            select(CustomerPhoneRow.customer_id, CustomerPhoneRow.e164, CustomerPhoneRow.raw)
            .where(CustomerPhoneRow.customer_id.in_(ids))
            .order_by(CustomerPhoneRow.id)
        ):
            first_phone.setdefault(cid, phones.display(e164, raw, region))
        first_card: dict[int, str] = {}
        for cid, number in session.execute(
            select(LoyaltyCardRow.customer_id, LoyaltyCardRow.number)
            .where(LoyaltyCardRow.customer_id.in_(ids))
            .order_by(LoyaltyCardRow.id)
        ):
            first_card.setdefault(cid, number)
        matches = [
            CustomerMatch(
                id=cid,
                display_name=names[cid],
                phone=first_phone.get(cid, ""),
                card=first_card.get(cid, ""),
                matched_on=matched_on,
                exact=exact,
            )
            for cid, (matched_on, exact) in found.items()
            if cid in names
        ]
        # Exact hits first, then by name: what staff expect to read down.
        matches.sort(key=lambda m: (not m.exact, fold(m.display_name)))
        return matches
