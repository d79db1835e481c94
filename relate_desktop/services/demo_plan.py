"""The sample shop decided in advance from one seed: who the customers are, what they said, when."""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from relate_desktop.domain.records import NewCustomer
from relate_desktop.domain.text import fold
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    Outcome,
    Priority,
    PromiseKind,
    RemarkKind,
    Role,
)
from relate_desktop.services import demo_content as words
from relate_desktop.services.promises import PromiseTerms

CUSTOMERS = 300
REMARKS = 600
ANONYMOUS_REMARKS = 18
HISTORY_DAYS = 120
#: Customers whose wish not to be contacted at all the sample shows.
DO_NOT_CONTACT = (41, 163)
_MIN, _HOUR, _DAY = 1, 60, 24 * 60


@dataclass
class CustomerPlan:
    new: NewCustomer
    created_at: datetime
    consents: list[tuple[ContactChannel, ConsentState, str]] = field(default_factory=list)
    do_not_contact: bool = False
    id: int = 0  # once created


@dataclass
class EscalationPlan:
    priority: Priority
    status: EscalationStatus
    owner: str = ""
    notes: list[tuple[datetime, str]] = field(default_factory=list)
    outcome: Outcome | None = None
    resolution_note: str = ""
    resolved_at: datetime | None = None
    promise: PromiseTerms | None = None
    promise_kept_at: datetime | None = None
    told_at: datetime | None = None
    id: int = 0


@dataclass
class RemarkPlan:
    at: datetime
    customer: CustomerPlan | None
    kind: RemarkKind
    text: str
    channel: Channel
    tags: tuple[str, ...]
    staff: str
    escalation: EscalationPlan | None = None
    id: int = 0


@dataclass
class PromisePlan:
    customer: CustomerPlan
    terms: PromiseTerms
    promised_by: str
    promised_at: datetime
    kept_at: datetime | None = None
    id: int = 0


@dataclass
class SamplePlan:
    now: datetime
    customers: list[CustomerPlan]
    remarks: list[RemarkPlan]  # oldest first, so ids grow with time as in a real shop
    promises: list[PromisePlan]


class _Fate(NamedTuple):
    """What becomes of one escalated complaint."""

    priority: Priority
    status: EscalationStatus
    age: int | None = None  # minutes since it was raised; None: any time in the history
    outcome: Outcome | None = None
    promise: PromiseKind | None = None
    told: bool = True
    kept: bool = False
    notes: int = 0
    who: int | None = -1  # index into FEATURED; -1 any customer; None an anonymous walk-in
    text: str = ""


_U, _N = Priority.URGENT, Priority.NORMAL
_OPEN, _ACK, _DONE = EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED, EscalationStatus.RESOLVED
_FATES: tuple[_Fate, ...] = (
    # Open, aged both within and past the targets (urgent 15 minutes, normal a day).
    _Fate(_U, _OPEN, 6, who=1, text="Found a piece of glass in a jar of pesto — she kept the jar."),
    _Fate(_U, _OPEN, 12), _Fate(_U, _OPEN, 45), _Fate(_U, _OPEN, 3 * _HOUR + 10),
    _Fate(_N, _OPEN, 95), _Fate(_N, _OPEN, 10 * _HOUR), _Fate(_N, _OPEN, 32 * _HOUR),
    _Fate(_N, _OPEN, 3 * _DAY + 2 * _HOUR, who=None),
    # Acknowledged: a manager owns them and has written notes.
    _Fate(_U, _ACK, 35, notes=1), _Fate(_N, _ACK, 5 * _HOUR, notes=1),
    _Fate(_N, _ACK, 25 * _HOUR, notes=2, who=3,
          text="The large-print price labels have gone from the bakery aisle."),
    _Fate(_N, _ACK, 2 * _DAY, notes=1), _Fate(_N, _ACK, 4 * _DAY, notes=2),
    _Fate(_U, _ACK, 6 * _DAY, notes=2),
    # Resolved lately, the customer not told yet: "Tell them" shows on their card.
    _Fate(_N, _DONE, 3 * _DAY, Outcome.REFUND, told=False, who=0,
          text="The fruit tart I bought yesterday was spoiled — mould under the glaze."),
    _Fate(_N, _DONE, 2 * _DAY, Outcome.CREDIT, PromiseKind.CREDIT, told=False),
    _Fate(_U, _DONE, 26 * _HOUR, Outcome.REPLACEMENT, PromiseKind.SET_ASIDE, told=False),
    _Fate(_N, _DONE, 4 * _DAY, Outcome.APOLOGY, told=False),
    _Fate(_N, _DONE, 5 * _DAY, Outcome.EXPLANATION, told=False),
    _Fate(_N, _DONE, 7 * _DAY, Outcome.CREDIT, PromiseKind.CREDIT, told=False),
    _Fate(_N, _DONE, 9 * _DAY, Outcome.NO_ACTION, told=False, notes=1),
    # Resolved and told, over the last months; some promises kept, some still open.
    _Fate(_N, _DONE, None, Outcome.REFUND), _Fate(_U, _DONE, None, Outcome.REFUND, notes=1),
    _Fate(_N, _DONE, None, Outcome.CREDIT, PromiseKind.CREDIT, kept=True, who=4),
    _Fate(_N, _DONE, None, Outcome.CREDIT, PromiseKind.CREDIT, kept=True),
    _Fate(_N, _DONE, None, Outcome.CREDIT, PromiseKind.CREDIT),
    _Fate(_N, _DONE, None, Outcome.REPLACEMENT, PromiseKind.SET_ASIDE, kept=True),
    _Fate(_U, _DONE, None, Outcome.REPLACEMENT, PromiseKind.SET_ASIDE, kept=True),
    _Fate(_N, _DONE, None, Outcome.APOLOGY, PromiseKind.CALLBACK, kept=True),
    _Fate(_N, _DONE, None, Outcome.APOLOGY, PromiseKind.CALLBACK),
    _Fate(_N, _DONE, None, Outcome.APOLOGY), _Fate(_N, _DONE, None, Outcome.EXPLANATION),
    _Fate(_N, _DONE, None, Outcome.EXPLANATION, notes=1), _Fate(_N, _DONE, None, Outcome.NO_ACTION),
    _Fate(_N, _DONE, None, Outcome.NO_ACTION), _Fate(_U, _DONE, None, Outcome.REFUND),
    _Fate(_N, _DONE, None, Outcome.OTHER, PromiseKind.FOLLOW_UP, notes=1),
    _Fate(_N, _DONE, None, Outcome.APOLOGY, who=None), _Fate(_N, _DONE, None, Outcome.REFUND, who=None),
    _Fate(_N, _DONE, None, Outcome.OTHER),
)

#: (featured customer, kind, text, tags, minutes ago): the stories the walk-through shows.
_FEATURED_REMARKS: tuple[tuple[int, RemarkKind, str, tuple[str, ...], int], ...] = (
    (0, RemarkKind.COMPLIMENT, "Your produce prices are the best in town.", ("pricing",), 26 * _HOUR),
    (1, RemarkKind.REQUEST, "Could you stock oat milk in the big cartons again?", ("range",), 9 * _DAY),
    (2, RemarkKind.REQUEST, "Proszę o więcej polskiego chleba.", ("range", "polish"), 4 * _DAY),
    (3, RemarkKind.COMPLIMENT, "Thank you for reading the labels out to me — very kind.",
     ("staff", "accessibility"), 12 * _DAY),
    (4, RemarkKind.IDEA, "Sell phở kits on Fridays — herbs, noodles and stock together 🍜",
     ("range",), 6 * _DAY),
    (5, RemarkKind.QUESTION, "Will you have the Danish rye (rugbrød) this week?", ("range",), 2 * _DAY),
)
#: (featured customer, kind, what, amount in pence, due in days from today, promised days ago)
_FEATURED_PROMISES: tuple[tuple[int, PromiseKind, str, int | None, int, int], ...] = (
    (0, PromiseKind.CREDIT, "£20 credit on next visit", 2000, 0, 6),
    (2, PromiseKind.CALLBACK, "Text when the rye bread delivery arrives", None, 3, 4),
    (3, PromiseKind.SET_ASIDE, "Large-print copy of the Christmas order form", None, -2, 9),
)
#: Due dates of the other promises, in days from today (None: no date); then kept ones.
_OPEN_DUE: tuple[int | None, ...] = (
    -1, -2, -3, -5, -8, -13, -4, 0, 0, 0, 1, 2, 3, 4, 6, 7, 9, 14, 21, 30, None, None, None,
)
_KEPT_DUE = (-20, -15, -9, -6, -3, -1)
_AFTER_COMPLAINT = {
    PromiseKind.SET_ASIDE: "Replacement {bake} set aside at the till",
    PromiseKind.CALLBACK: "Ring to check the new batch of {fresh} is all right",
    PromiseKind.FOLLOW_UP: "Follow up on head office's answer about the {bake}",
}
_ASKED_FOR = {
    PromiseKind.SET_ASIDE: "Set aside a {bake} for Saturday morning",
    PromiseKind.CALLBACK: "Call when the {stock} is back in",
    PromiseKind.FOLLOW_UP: "Ask the supplier about {stock} and let them know",
}
_PROMISE_DAYS = {PromiseKind.CREDIT: 7, PromiseKind.SET_ASIDE: 2, PromiseKind.CALLBACK: 3,
                 PromiseKind.FOLLOW_UP: 10}


class _Planner:
    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.used: dict[str, int] = {}  # running numbers for phones, cards, e-mails
        self.customers: list[CustomerPlan] = []

    def ago(self, minutes: float) -> datetime:
        return self.now - timedelta(minutes=minutes)

    def between(self, start: datetime, end: datetime) -> datetime:
        return start + (end - start) * self.rng.random()

    def fill(self, template: str) -> str:
        return template.format(**{k: self.rng.choice(v) for k, v in words.SLOTS.items()})

    def next_number(self, series: str, step: int = 1) -> int:
        self.used[series] = self.used.get(series, 0) + step
        return self.used[series]

    def customer_at(self, moment: datetime) -> tuple[CustomerPlan, datetime]:
        """Any customer who already existed at ``moment``, and the moment itself, moved
        after the first customer's sign-up when it falls before it."""
        created = [c.created_at for c in self.customers]
        known = max(1, bisect_left(created, moment))
        customer = self.customers[self.rng.randrange(known)]
        return customer, max(moment, customer.created_at + timedelta(minutes=5))

    def staff_member(self, counter: bool = True) -> str:
        names = [name for name, role, _ in words.STAFF if (role is Role.STAFF) == counter]
        return self.rng.choice(names)

    def phone(self) -> str:
        kind = self.rng.choices(("mobile", "london", "leeds", "manchester", "abroad", "odd"),
                                (61, 18, 8, 8, 4, 1))[0]
        n = self.next_number(kind)
        if kind == "mobile":
            style = self.rng.choice(("07700 900{0:03d}", "07700900{0:03d}", "+44 7700 900{0:03d}",
                                     "+447700900{0:03d}", "07700-900-{0:03d}", "(07700) 900{0:03d}"))
        elif kind == "abroad":
            style = self.rng.choice(("+33 6 12 34 5{0:03d}", "+353 87 123 4{0:03d}",
                                     "+48 512 345 {0:03d}"))
        elif kind == "odd":
            style = "960 {0:03d}"  # half a number jotted down: kept as typed
        else:
            area = {"london": "20 7946", "leeds": "113 496", "manchester": "161 496"}[kind]
            style = self.rng.choice(("0{1} 0{0:03d}", "(0{1}) 0{0:03d}", "+44 {1} 0{0:03d}",
                                     "+44 (0){1} 0{0:03d}"))
            return style.format(n, area)
        return style.format(n)

    def email(self, given: str, family: str) -> str:
        handle = ".".join(re.sub(r"[^a-z]", "", fold(part)) for part in (given, family))
        if handle.startswith(".") or handle.endswith("."):
            return ""  # a script without Latin letters: no made-up address
        count = self.next_number("email:" + handle)
        domain = self.rng.choice(("example.com", "example.org", "example.net"))
        return f"{handle}{count if count > 1 else ''}@{domain}"

    def card(self) -> str:
        if self.rng.random() < 0.8:
            return f"LC-{self.next_number('lc', self.rng.randint(1, 40)):06d}"
        return f"6338{self.next_number('numeric', self.rng.randint(1, 900)):08d}"

    def consents(self, preferred: ContactChannel | None) -> list[tuple[ContactChannel, ConsentState, str]]:
        events: list[tuple[ContactChannel, ConsentState, str]] = []
        if preferred is not None:
            events.append((preferred, ConsentState.GRANTED, self.rng.choice(words.CONSENT_GIVEN)))
        for channel in ContactChannel:
            if channel is not preferred and self.rng.random() < 0.3:
                granted = self.rng.random() < 0.6
                events.append((channel, ConsentState.GRANTED if granted else ConsentState.DENIED,
                               self.rng.choice(words.CONSENT_GIVEN if granted else words.CONSENT_REFUSED)))
        if events and self.rng.random() < 0.1:  # changed their mind later: the latest counts
            channel = events[0][0]
            events.append((channel, ConsentState.DENIED, "unsubscribed by email reply"))
        return events

    def plan_customers(self) -> None:
        ages = sorted((self.rng.uniform(1, HISTORY_DAYS) for _ in range(CUSTOMERS)), reverse=True)
        groups = words.NAME_GROUPS
        for i, age in enumerate(ages):
            if i < len(words.FEATURED):
                name, pronunciation, language, channel, things = words.FEATURED[i]
                given, family = name.split(" ", 1)
            else:
                if self.rng.random() < 0.04:
                    name, language = self.rng.choice(words.WHOLE_NAMES)
                    given, family = [*name.split(" ", 1), ""][:2]
                else:
                    group = self.rng.choices(groups, [g.weight for g in groups])[0]
                    given, family = self.rng.choice(group.given), self.rng.choice(group.family)
                    name = f"{family} {given}" if group.family_first else f"{given} {family}"
                    language = group.language if self.rng.random() < 0.45 else ""
                pronunciation = words.PRONUNCIATIONS.get(given, "") if self.rng.random() < 0.7 else ""
                channel = self.rng.choice(list(ContactChannel)) if self.rng.random() < 0.5 else None
                count = self.rng.choices((0, 1, 2, 3), (35, 40, 18, 7))[0]
                things = tuple(self.rng.sample(words.LITTLE_THINGS, count))
            phone_count = self.rng.choices((0, 1, 2), (12, 75, 13))[0]
            email = self.email(given, family) if self.rng.random() < 0.45 else ""
            plan = CustomerPlan(
                new=NewCustomer(
                    display_name=name,
                    phones=tuple(self.phone() for _ in range(phone_count)),
                    emails=(email,) if email else (),
                    cards=(self.card(),) if self.rng.random() < 0.6 else (),
                    pronunciation=pronunciation, preferred_language=language,
                    preferred_channel=channel, little_things=things,
                ),
                created_at=self.ago(age * _DAY),
                consents=self.consents(channel),
            )
            if i in DO_NOT_CONTACT:
                plan.do_not_contact = True
                plan.consents = [(c, ConsentState.DENIED, "asked not to be contacted at all")
                                 for c in ContactChannel]
            if name.startswith("Łukasz Wróbel"):
                plan.consents.append((ContactChannel.PHONE, ConsentState.DENIED, "told staff at the counter"))
            self.customers.append(plan)

    def remark(self, at: datetime, customer: CustomerPlan | None, kind: RemarkKind,
               text: str = "", tags: tuple[str, ...] = ()) -> RemarkPlan:
        if not text:
            template, tags = self.rng.choice(words.REMARKS[kind])
            text = self.fill(template)
        channels = list(words.CHANNEL_SHARE)
        channel = self.rng.choices(channels, [words.CHANNEL_SHARE[c] for c in channels])[0]
        if channel is Channel.ONLINE_REVIEW and kind not in (RemarkKind.COMPLAINT, RemarkKind.COMPLIMENT):
            channel = Channel.COUNTER
        return RemarkPlan(at=at, customer=customer, kind=kind, text=text, channel=channel,
                          tags=tags, staff=self.staff_member(self.rng.random() < 0.85))

    def escalation(self, fate: _Fate) -> RemarkPlan:
        if fate.age is not None:
            raised = self.ago(fate.age)
        else:
            raised = self.between(self.ago(115 * _DAY), self.ago(10 * _DAY))
        customer: CustomerPlan | None = None
        if fate.who is not None and fate.who >= 0:
            customer = self.customers[fate.who]
        elif fate.who is not None:
            customer, raised = self.customer_at(raised)
        remark = self.remark(raised, customer, RemarkKind.COMPLAINT, fate.text,
                             ("quality",) if fate.text else ())
        plan = EscalationPlan(priority=fate.priority, status=fate.status,
                              owner=self.staff_member(counter=False))
        if fate.status is EscalationStatus.RESOLVED:
            assert fate.outcome is not None
            if fate.age is not None:  # resolved lately: within half the time since raised
                took = self.rng.uniform(0.2, 0.5) * fate.age
            elif fate.priority is Priority.URGENT:
                took = self.rng.uniform(8, 90)
            else:
                took = self.rng.uniform(2 * _HOUR, 3 * _DAY)
            plan.resolved_at = raised + timedelta(minutes=took)
            plan.outcome = fate.outcome
            plan.resolution_note = words.RESOLUTION_NOTES[fate.outcome.value]
            if fate.told and customer is not None:
                plan.told_at = min(self.between(plan.resolved_at, plan.resolved_at + timedelta(days=3)),
                                   self.ago(5))
            if fate.promise is not None and customer is not None:
                plan.promise = self.promise_terms(fate.promise, plan.resolved_at)
                if fate.kept and plan.promise.due_on is not None:
                    plan.promise_kept_at = min(self.between(plan.resolved_at, plan.resolved_at
                                                            + timedelta(days=2)), self.ago(5))
        until = plan.resolved_at or self.now
        plan.notes = [(raised + (until - raised) * (n + 1) / (fate.notes + 2),
                       self.rng.choice(words.HANDLING_NOTES)) for n in range(fate.notes)]
        remark.escalation = plan
        return remark

    def promise_terms(self, kind: PromiseKind, promised_at: datetime,
                      after_complaint: bool = True) -> PromiseTerms:
        due = promised_at.date() + timedelta(days=_PROMISE_DAYS[kind])
        if kind is PromiseKind.CREDIT:
            pounds = self.rng.choice((5, 10, 15, 20))
            why = "on next visit" if after_complaint else "— short-changed at the till"
            return PromiseTerms(kind, f"£{pounds} credit {why}", pounds * 100, due)
        wording = _AFTER_COMPLAINT if after_complaint else _ASKED_FOR
        return PromiseTerms(kind, self.fill(wording[kind]), None, due)

    def plan_promises(self) -> list[PromisePlan]:
        today = self.now.date()
        plans: list[PromisePlan] = []
        for who, kind, what, amount, due_days, days_ago in _FEATURED_PROMISES:
            plans.append(PromisePlan(self.customers[who], PromiseTerms(
                kind, what, amount, today + timedelta(days=due_days)), self.staff_member(),
                self.ago(days_ago * _DAY)))
        due: list[tuple[int | None, bool]] = [(d, False) for d in _OPEN_DUE]
        for due_in, kept in due + [(d, True) for d in _KEPT_DUE]:
            back = self.rng.uniform(1, 8) + max(0, -(due_in or 0))
            customer, promised_at = self.customer_at(self.ago(back * _DAY))
            kind = self.rng.choice(list(PromiseKind))
            terms = self.promise_terms(kind, promised_at, after_complaint=False)
            due_on = today + timedelta(days=due_in) if due_in is not None else None
            plan = PromisePlan(customer,
                               PromiseTerms(terms.kind, terms.what, terms.amount_cents, due_on),
                               self.staff_member(), promised_at)
            if kept:
                plan.kept_at = min(self.between(promised_at, self.now), self.ago(5))
            plans.append(plan)
        return plans


def plan_sample_shop(seed: int, now: datetime) -> SamplePlan:
    """Everything the sample shop will hold; the same seed and ``now`` give the same plan."""
    planner = _Planner(seed, now)
    planner.plan_customers()
    remarks = [planner.escalation(fate) for fate in _FATES]
    for who, kind, text, tags, minutes in _FEATURED_REMARKS:
        remarks.append(planner.remark(planner.ago(minutes), planner.customers[who], kind, text, tags))
    kinds = list(words.KIND_SHARE)
    for n in range(REMARKS - len(remarks)):
        at = planner.between(planner.ago(HISTORY_DAYS * _DAY), planner.ago(30))
        customer = None
        if n >= ANONYMOUS_REMARKS:
            customer, at = planner.customer_at(at)
        kind = planner.rng.choices(kinds, [words.KIND_SHARE[k] for k in kinds])[0]
        remarks.append(planner.remark(at, customer, kind))
    remarks.sort(key=lambda r: r.at)
    return SamplePlan(now=now, customers=planner.customers, remarks=remarks,
                      promises=planner.plan_promises())
