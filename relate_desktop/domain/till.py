"""What the shop's till or web shop knew of a customer's buying, kept as it was imported."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

#: How each system counts: a web shop has orders, a till has visits.
COUNT_WORDS = {"shopify": "orders"}
_PAIR = re.compile(r"(\w+)=(\S+)")


@dataclass(frozen=True)
class TillHistory:
    system: str = ""
    visits: int | None = None
    spent_cents: int | None = None
    currency: str = ""
    first_visit: date | None = None
    last_visit: date | None = None
    source: str = ""

    @property
    def count_word(self) -> str:
        return COUNT_WORDS.get(self.system, "visits")


def combined(histories: Sequence[TillHistory]) -> TillHistory | None:
    """One figure for the card from several systems: counts and money added up (money only
    in one currency), the earliest first visit and the latest last visit."""
    if not histories:
        return None
    currencies = {h.currency for h in histories if h.spent_cents is not None}
    visits = [h.visits for h in histories if h.visits is not None]
    spent = [h.spent_cents for h in histories if h.spent_cents is not None]
    firsts = [h.first_visit for h in histories if h.first_visit]
    lasts = [h.last_visit for h in histories if h.last_visit]
    words = {h.count_word for h in histories if h.visits is not None}
    return TillHistory(
        system=histories[0].system if len(words) <= 1 else "",
        visits=sum(visits) if visits else None,
        spent_cents=sum(spent) if spent and len(currencies) == 1 else None,
        currency=next(iter(currencies)) if len(currencies) == 1 else "",
        first_visit=min(firsts) if firsts else None,
        last_visit=max(lasts) if lasts else None,
    )


def _amount(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def to_cell(history: TillHistory) -> str:
    """``square visits=31 spent=2300.00 currency=GBP first=2025-03-01 last=2026-11-01``."""
    parts = [history.system or "till"]
    if history.visits is not None:
        parts.append(f"visits={history.visits}")
    if history.spent_cents is not None:
        parts.append(f"spent={_amount(history.spent_cents)}")
    if history.currency:
        parts.append(f"currency={history.currency}")
    if history.first_visit:
        parts.append(f"first={history.first_visit.isoformat()}")
    if history.last_visit:
        parts.append(f"last={history.last_visit.isoformat()}")
    return " ".join(parts)


def from_cell(text: str) -> TillHistory:
    """What ``to_cell`` wrote; ValueError for anything else."""
    system, _, rest = text.strip().partition(" ")
    if not system or not re.fullmatch(r"[\w-]+", system):
        raise ValueError(f"'{text}' is not a till history")
    values = dict(_PAIR.findall(rest))
    if _PAIR.sub("", rest).strip():
        raise ValueError(f"'{text}' is not a till history")
    try:
        spent = values.get("spent")
        cents = None
        if spent is not None:
            whole, _, fraction = spent.lstrip("-").partition(".")
            cents = (int(whole) * 100 + int((fraction + "00")[:2])) * (-1 if spent.startswith("-") else 1)
        return TillHistory(
            system=system,
            visits=int(values["visits"]) if "visits" in values else None,
            spent_cents=cents,
            currency=values.get("currency", "")[:3],
            first_visit=date.fromisoformat(values["first"]) if "first" in values else None,
            last_visit=date.fromisoformat(values["last"]) if "last" in values else None,
        )
    except ValueError:
        raise ValueError(f"'{text}' is not a till history") from None
