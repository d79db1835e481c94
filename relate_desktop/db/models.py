"""The tables. Search columns are precomputed so every lookup is an index range scan."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands back aware UTC, so SQLite and PostgreSQL behave alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def SearchKey(length: int) -> String:
    """A string compared byte by byte on every engine, so prefix ranges use the index."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    pass


class ShopSettingRow(Base):
    __tablename__ = "shop_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffRow(Base):
    __tablename__ = "staff_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The "command line" member: acts for administration, never signs in.
    is_system: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A slow salted hash (scrypt), never the PIN; None until one is set.
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CustomerRow(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    pronunciation: Mapped[str] = mapped_column(String(200), default="")
    # A language code ("pl", see domain/languages.py), or as typed when none fits; "" unknown.
    preferred_language: Mapped[str] = mapped_column(String(64), default="")
    preferred_channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_contact_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when the customer's personal data was erased on request; the row stays, anonymous.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Set when merged into another customer (the survivor); the row stays so the merge can be undone.
    merged_into_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)


class CustomerPhoneRow(Base):
    __tablename__ = "customer_phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    raw: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(SearchKey(20), nullable=True, index=True)
    digits_reversed: Mapped[str] = mapped_column(SearchKey(40), index=True)


class CustomerEmailRow(Base):
    __tablename__ = "customer_email"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    email_lower: Mapped[str] = mapped_column(SearchKey(254), index=True)


class LoyaltyCardRow(Base):
    __tablename__ = "loyalty_card"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(SearchKey(64), unique=True)


class NameTokenRow(Base):
    """One row per folded word of a customer's name: "any word of the name" is a range scan."""

    __tablename__ = "name_token"
    __table_args__ = (
        # A second name word is checked per candidate customer: (customer, token) answers it
        # from the index alone (two-word lookups at a million customers, see benchmarks/).
        Index("ix_name_token_customer_token", "customer_id", "token"),
    )
    token: Mapped[str] = mapped_column(SearchKey(100), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )


class LittleThingRow(Base):
    __tablename__ = "little_thing"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    # Shown on the card, masked in lists, left out of exports unless asked for.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True)


class ConsentEventRow(Base):
    """Append-only: the latest event per channel is the customer's current wish."""

    __tablename__ = "consent_event"
    __table_args__ = (Index("ix_consent_event_customer", "customer_id", "channel", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    how: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class RemarkRow(Base):
    __tablename__ = "remark"
    __table_args__ = (Index("ix_remark_customer_created", "customer_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    workstation: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # A compliment about one member of staff reaches them ("kind words" after sign-in).
    about_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id"), nullable=True, index=True
    )
    # The language the conversation was in (a code, "pl", or as typed); None: not noted.
    language: Mapped[str | None] = mapped_column(String(64), nullable=True)


class RemarkTagRow(Base):
    __tablename__ = "remark_tag"
    remark_id: Mapped[int] = mapped_column(ForeignKey("remark.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class RemarkRevisionRow(Base):
    """Each correction of a remark, kept so nothing said is silently rewritten."""

    __tablename__ = "remark_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    remark_id: Mapped[int] = mapped_column(ForeignKey("remark.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    change: Mapped[str] = mapped_column(String(16))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)


class EscalationRow(Base):
    __tablename__ = "escalation"
    __table_args__ = (
        Index("ix_escalation_queue", "status", "priority", "raised_at"),
        Index("ix_escalation_customer", "customer_id", "status"),
        Index("ix_escalation_raiser", "raised_by_id", "raiser_seen_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    remark_id: Mapped[int] = mapped_column(ForeignKey("remark.id", ondelete="CASCADE"), unique=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), nullable=True
    )
    priority: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True)
    # When counter staff passed the outcome on to the customer ("Tell them ... [Told]").
    told_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the person who raised it saw the resolution in the app.
    raiser_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class EscalationNoteRow(Base):
    __tablename__ = "escalation_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(
        ForeignKey("escalation.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)


class PromiseRow(Base):
    __tablename__ = "promise"
    __table_args__ = (
        Index("ix_promise_customer", "customer_id", "status"),
        Index("ix_promise_due", "status", "due_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    what: Mapped[str] = mapped_column(String(300))
    amount_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    promised_by_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    promised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True)
    escalation_id: Mapped[int | None] = mapped_column(
        ForeignKey("escalation.id", ondelete="SET NULL"), nullable=True
    )
    # A follow-up's answer, "satisfied" or "not satisfied", recorded when it is kept.
    follow_up_result: Mapped[str | None] = mapped_column(String(16), nullable=True)


class AuditRow(Base):
    """Append-only: who did what, when, where, to what. Never a PIN; erasure redacts it."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True, index=True)
    staff_name: Mapped[str] = mapped_column(String(120))
    workstation: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The customer the change concerns, so an erasure can find and redact its entries.
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")


class DeliveredEntryRow(Base):
    """Work sent from a workstation's outbox, by its key: a retry never saves it twice."""

    __tablename__ = "delivered_entry"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    workstation: Mapped[str] = mapped_column(String(120))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomerSourceRow(Base):
    """The customer's id in a system the shop imported from: a re-import updates, never duplicates."""

    __tablename__ = "customer_source_id"
    __table_args__ = (Index("ix_customer_source_system_key", "system", "source_key", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    system: Mapped[str] = mapped_column(String(32))
    source_key: Mapped[str] = mapped_column(SearchKey(128))


class ImportantDateRow(Base):
    """A date the customer chose to share (birthday, anniversary): month and day, the year if known."""

    __tablename__ = "important_date"
    # "Whose birthday is today" is one index range.
    __table_args__ = (Index("ix_important_date_day", "month", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    # Where it came from ("Square export customers.csv, 2026-11-22"), or "" when staff typed it.
    source: Mapped[str] = mapped_column(String(200), default="")


class TillHistoryRow(Base):
    """What the shop's till or web shop knew of the customer's buying, one row per system."""

    __tablename__ = "till_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    system: Mapped[str] = mapped_column(String(32))
    visits: Mapped[int | None] = mapped_column(Integer, nullable=True)
    spent_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    first_visit: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_visit: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomerMergeRow(Base):
    """One merge of two customers into one, kept with what it changed so it can be undone."""

    __tablename__ = "customer_merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    merged_by_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    # JSON: the survivor's profile before the merge chose values from the other customer.
    survivor_before: Mapped[str] = mapped_column(Text, default="")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), nullable=True)


class CustomerMergeMoveRow(Base):
    """A row a merge moved to the survivor ("moved") or wrote for it ("added"), for the undo."""

    __tablename__ = "customer_merge_move"
    merge_id: Mapped[int] = mapped_column(
        ForeignKey("customer_merge.id", ondelete="CASCADE"), primary_key=True
    )
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))
