"""The fixed words of the shop: kinds of remark, channels, priorities, outcomes, roles."""

from __future__ import annotations

from enum import StrEnum


class RemarkKind(StrEnum):
    COMPLAINT = "complaint"
    COMPLIMENT = "compliment"
    REQUEST = "request"
    QUESTION = "question"
    IDEA = "idea"
    NOTE = "note"


class Channel(StrEnum):
    """Where a remark was heard."""

    COUNTER = "counter"
    PHONE = "phone"
    EMAIL = "email"
    ONLINE_REVIEW = "online review"
    IN_PERSON = "in person"


class ContactChannel(StrEnum):
    """How the shop may reach the customer; consent is kept per channel."""

    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    POST = "post"


class ConsentState(StrEnum):
    GRANTED = "granted"
    DENIED = "denied"
    UNKNOWN = "unknown"


class Priority(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"


class EscalationStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class Outcome(StrEnum):
    REFUND = "refund"
    CREDIT = "credit"
    REPLACEMENT = "replacement"
    APOLOGY = "apology"
    EXPLANATION = "explanation"
    NO_ACTION = "no action"
    OTHER = "other"


class PromiseKind(StrEnum):
    CREDIT = "credit"
    CALLBACK = "callback"
    SET_ASIDE = "set-aside"
    FOLLOW_UP = "follow-up"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    CANCELLED = "cancelled"


class FollowUpResult(StrEnum):
    """What the customer said when the shop followed up a resolved escalation."""

    SATISFIED = "satisfied"
    NOT_SATISFIED = "not satisfied"


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"


#: Default target times for an escalation to be resolved, in minutes.
DEFAULT_TARGET_MINUTES = {Priority.URGENT: 15, Priority.NORMAL: 24 * 60}
