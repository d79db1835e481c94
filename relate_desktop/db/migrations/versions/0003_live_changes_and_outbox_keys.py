"""live changes across workstations (PostgreSQL NOTIFY) and outbox delivery keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 22:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import relate_desktop.db.models

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: What the workstations show; a change to any of them is announced on "relate_changes".
WATCHED = (
    "shop_setting", "staff_member", "customer", "customer_phone", "customer_email",
    "loyalty_card", "little_thing", "consent_event", "remark", "remark_tag", "escalation",
    "escalation_note", "promise",
)


def upgrade() -> None:
    op.create_table(
        "delivered_entry",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("delivered_at", relate_desktop.db.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # One NOTIFY per table per transaction (PostgreSQL folds equal ones), sent at commit:
        # every workstation's listener hears any writer, the command line included.
        op.execute(
            "CREATE FUNCTION relate_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN PERFORM pg_notify('relate_changes', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in WATCHED:
            op.execute(
                f"CREATE TRIGGER relate_notify_{table} AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION relate_notify_change()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS relate_notify_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS relate_notify_change()")
    op.drop_table("delivered_entry")
