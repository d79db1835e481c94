"""What services hand to the GUI and the command line: frozen snapshots, never live rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from relate_desktop.domain.till import TillHistory
from relate_desktop.domain.vocabulary import (
    Channel,
    ConsentState,
    ContactChannel,
    EscalationStatus,
    FollowUpResult,
    Outcome,
    Priority,
    PromiseKind,
    PromiseStatus,
    RemarkKind,
    Role,
)


@dataclass(frozen=True)
class ShopSettings:
    name: str
    region: str  # default phone region, e.g. "GB"
    currency: str
    is_demo: bool = False
    urgent_target_minutes: int = 15
    normal_target_minutes: int = 24 * 60

    def target_minutes(self, priority: Priority) -> int:
        if priority is Priority.URGENT:
            return self.urgent_target_minutes
        return self.normal_target_minutes


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: Role
    active: bool = True

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER


@dataclass(frozen=True)
class Actor:
    """Who is doing something, and at which workstation: every write records both."""

    staff: StaffMember
    workstation: str


@dataclass(frozen=True)
class CustomerMatch:
    """One line in the lookup results."""

    id: int
    display_name: str
    phone: str  # how to show the best phone, may be ""
    card: str
    matched_on: str  # "phone", "card", "email", "name"
    exact: bool  # a full phone number or card number: open straight away


@dataclass(frozen=True)
class Phone:
    display: str
    e164: str | None
    raw: str


@dataclass(frozen=True)
class LittleThing:
    id: int
    text: str
    recorded_by: str
    recorded_at: datetime
    sensitive: bool = False


@dataclass(frozen=True)
class Consent:
    channel: ContactChannel
    state: ConsentState
    how: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class Promise:
    id: int
    customer_id: int
    kind: PromiseKind
    what: str
    amount_cents: int | None
    currency: str
    due_on: date | None
    status: PromiseStatus
    promised_by: str
    promised_at: datetime
    closed_at: datetime | None = None
    escalation_id: int | None = None  # a follow-up (or a remedy) of this escalation
    follow_up_result: FollowUpResult | None = None

    def is_overdue(self, today: date) -> bool:
        return self.status is PromiseStatus.OPEN and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class EscalationNote:
    staff: str
    at: datetime
    text: str


@dataclass(frozen=True)
class Escalation:
    id: int
    remark_id: int
    customer_id: int | None
    customer_name: str
    priority: Priority
    status: EscalationStatus
    kind: RemarkKind
    summary: str  # the remark's text
    raised_by: str
    raised_by_id: int
    raised_at: datetime
    owner: str = ""
    outcome: Outcome | None = None
    resolution_note: str = ""
    resolved_at: datetime | None = None
    resolved_by: str = ""
    told_at: datetime | None = None
    notes: tuple[EscalationNote, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class RemarkRevision:
    at: datetime
    staff: str
    change: str  # "text", "kind", "customer", "withdrawn"
    before: str
    after: str


@dataclass(frozen=True)
class Remark:
    id: int
    customer_id: int | None
    customer_name: str
    kind: RemarkKind
    channel: Channel
    text: str
    tags: tuple[str, ...]
    staff: str
    workstation: str
    created_at: datetime
    withdrawn: bool = False
    escalation_id: int | None = None
    escalation_status: EscalationStatus | None = None
    revisions: tuple[RemarkRevision, ...] = ()
    about_staff_id: int | None = None  # a compliment about this member of staff
    about_staff: str = ""
    #: The language the conversation was in: a code ("pl") or as typed; None if not noted.
    language: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the card's history; ``ref`` is the remark, promise or consent change it is
    about. What happened comes as plain values, never as words: the GUI words them in the
    person's language (``labels.timeline_title``)."""

    at: datetime
    what: str  # "remark", "resolution", "promise", "promise kept", "promise cancelled", "consent"
    text: str
    staff: str
    ref: int
    open: bool = False  # still-open matters are shown first
    language: str | None = None  # a remark's: the language the conversation was in
    kind: RemarkKind | None = None  # a remark: its kind, where it was heard, its escalation
    channel: Channel | None = None
    escalation: EscalationStatus | None = None
    outcome: Outcome | None = None  # a resolution
    promise_kind: PromiseKind | None = None  # a promise, and how it ended
    promise_status: PromiseStatus | None = None
    consent_channel: ContactChannel | None = None  # a consent change
    consent_state: ConsentState | None = None


@dataclass(frozen=True)
class CustomerCard:
    id: int
    display_name: str
    pronunciation: str
    preferred_language: str  # a code ("pl", domain/languages.py), or as typed; "" unknown
    preferred_channel: ContactChannel | None
    do_not_contact: bool
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    cards: tuple[str, ...]
    little_things: tuple[LittleThing, ...]
    consents: tuple[Consent, ...]
    open_promises: tuple[Promise, ...]
    open_escalations: tuple[Escalation, ...]
    tell_them: tuple[Escalation, ...]  # resolved, outcome not yet passed on to the customer
    timeline: tuple[TimelineEntry, ...]
    version: int = 1
    do_not_contact_until: date | None = None
    #: What the shop's till or web shop knew of their buying, one per system imported from.
    till: tuple[TillHistory, ...] = ()

    def consent(self, channel: ContactChannel) -> ConsentState:
        for c in self.consents:
            if c.channel is channel:
                return c.state
        return ConsentState.UNKNOWN


@dataclass(frozen=True)
class NewCustomer:
    """What staff filled in to create a customer."""

    display_name: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    cards: tuple[str, ...] = ()
    pronunciation: str = ""
    preferred_language: str = ""
    preferred_channel: ContactChannel | None = None
    little_things: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class QueueOutline:
    """The open queue in order, as ids only, with its counts; the rows themselves are read a
    page at a time as they scroll into view (ten thousand open must not stall the window)."""

    ids: tuple[int, ...]
    urgent: int
    late: int  # past their target time
    #: The first rows, read with the outline so the window shows them at once.
    first: tuple[Escalation, ...] = ()


@dataclass(frozen=True)
class QueueSignature:
    """A cheap fingerprint of the escalation queue: when it changes, reload."""

    newest_id: int
    last_change: datetime | None
    open_urgent: int
    # An escalation undone (deleted) leaves no newer id or time behind; the count shows it.
    open_total: int = 0


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    staff: str
    workstation: str
    action: str  # "remark.log", "customer.erase", ...
    target_type: str
    target_id: int | None
    customer_id: int | None
    summary: str
