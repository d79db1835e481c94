"""Finding customers who are likely one person: a shared phone, email or card, or a similar
name with a nearly shared contact (the same last digits, the same mailbox spelt otherwise)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from relate_desktop.db.models import (
    CustomerEmailRow,
    CustomerPhoneRow,
    CustomerRow,
    LoyaltyCardRow,
)
from relate_desktop.domain.merging import DuplicatePair
from relate_desktop.domain.text import search_words
from relate_desktop.services.base import Service

#: Names at least this alike (0-100, rapidfuzz's token sort ratio) with a nearly shared contact.
SIMILAR_NAMES = 80
#: A phone or address shared by more customers than this is the shop's own or a family's:
#: pairing them all would bury the real duplicates.
MAX_GROUP = 12
#: The last digits two numbers share when one was typed without its area or country code.
PHONE_TAIL = 7
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def name_similarity(first: str, second: str) -> int:
    """How alike two names are, 0-100, ignoring case, accents, punctuation and word order."""
    return round(fuzz.token_sort_ratio(" ".join(search_words(first)), " ".join(search_words(second))))


def canonical_email(email: str) -> str:
    """The mailbox an address reaches: Gmail ignores dots and anything after a +."""
    local, _, domain = email.lower().partition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


class DuplicateService(Service):
    def find(self, limit: int = 200) -> list[DuplicatePair]:
        """Likely duplicates, the likeliest first."""

        def work(session: Session) -> list[DuplicatePair]:
            reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
            for what, groups in (
                ("same phone", _shared(session, CustomerPhoneRow.e164, CustomerPhoneRow.customer_id)),
                ("same email", _shared(session, CustomerEmailRow.email_lower, CustomerEmailRow.customer_id)),
                ("same card", _cards(session)),
            ):
                for value, ids in groups:
                    for pair in _pairs(ids):
                        reasons[pair].append(f"{what} {value}")
            strong = set(reasons)
            near: dict[tuple[int, int], str] = {}
            for what, groups in (("nearly the same phone", _phone_tails(session)),
                                 ("nearly the same email", _mailboxes(session))):
                for value, ids in groups:
                    for pair in _pairs(ids):
                        if pair not in strong:
                            near.setdefault(pair, f"{what} ({value})")
            wanted = {i for pair in (*strong, *near) for i in pair}
            names = _active_names(session, wanted)
            found: list[DuplicatePair] = []
            for pair, why in [(p, reasons[p]) for p in strong] + [(p, [w]) for p, w in near.items()]:
                if pair[0] not in names or pair[1] not in names:
                    continue  # erased, or merged already
                similarity = name_similarity(names[pair[0]], names[pair[1]])
                if pair not in strong and similarity < SIMILAR_NAMES:
                    continue
                shown = [*why, f"names {similarity}% alike"]
                found.append(DuplicatePair(pair[0], pair[1], names[pair[0]], names[pair[1]],
                                           tuple(shown), similarity,
                                           score=100 * len(why) * (pair in strong) + similarity))
            found.sort(key=lambda d: (-d.score, d.first_id, d.second_id))
            return found[:limit]

        return self._transaction(work)


def _pairs(ids: Iterable[int]) -> list[tuple[int, int]]:
    unique = sorted(set(ids))
    if len(unique) < 2 or len(unique) > MAX_GROUP:
        return []
    return list(combinations(unique, 2))


def _shared(session: Session, value: InstrumentedAttribute[Any],
            customer: InstrumentedAttribute[int]) -> list[tuple[str, list[int]]]:
    """Values held by two or more customers, with who holds them: one grouped index scan."""
    doubled = (select(value).where(value.is_not(None)).group_by(value)
               .having(func.count(func.distinct(customer)) > 1))
    groups: dict[str, list[int]] = defaultdict(list)
    for shared, customer_id in session.execute(select(value, customer).where(value.in_(doubled))):
        groups[shared].append(customer_id)
    return list(groups.items())


def _cards(session: Session) -> list[tuple[str, list[int]]]:
    """Card numbers are unique as typed, so "LC-00123" and "LC 00123" are compared without
    their punctuation."""
    groups: dict[str, list[int]] = defaultdict(list)
    for number, customer_id in session.execute(select(LoyaltyCardRow.number, LoyaltyCardRow.customer_id)):
        groups[_NOT_ALNUM.sub("", number)].append(customer_id)
    return [(number, ids) for number, ids in groups.items() if len(set(ids)) > 1]


def _phone_tails(session: Session) -> list[tuple[str, list[int]]]:
    tail = func.substr(CustomerPhoneRow.digits_reversed, 1, PHONE_TAIL)
    doubled = (select(tail).where(func.length(CustomerPhoneRow.digits_reversed) >= PHONE_TAIL)
               .group_by(tail).having(func.count(func.distinct(CustomerPhoneRow.customer_id)) > 1))
    groups: dict[str, list[int]] = defaultdict(list)
    for reversed_tail, customer_id in session.execute(
            select(tail, CustomerPhoneRow.customer_id).where(tail.in_(doubled))):
        groups["…" + reversed_tail[::-1]].append(customer_id)
    return list(groups.items())


def _mailboxes(session: Session) -> list[tuple[str, list[int]]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for email, customer_id in session.execute(select(CustomerEmailRow.email_lower,
                                                     CustomerEmailRow.customer_id)):
        groups[canonical_email(email)].append(customer_id)
    return [(mailbox, ids) for mailbox, ids in groups.items() if len(set(ids)) > 1]


def _active_names(session: Session, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        names.update(session.execute(
            select(CustomerRow.id, CustomerRow.display_name).where(
                CustomerRow.id.in_(ordered[start:start + 500]), CustomerRow.erased_at.is_(None),
                CustomerRow.merged_into_id.is_(None))).all())
    return names
