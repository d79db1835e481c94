"""customer import: source ids, important dates, till history, merges that can be undone

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 22:28:03.775492
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import relate_desktop.db.models

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", relate_desktop.db.models.UTCDateTime(), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), nullable=False),
        sa.Column("survivor_before", sa.Text(), nullable=False),
        sa.Column("undone_at", relate_desktop.db.models.UTCDateTime(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["merged_by_id"], ["staff_member.id"]),
        sa.ForeignKeyConstraint(["merged_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["survivor_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["undone_by_id"], ["staff_member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("customer_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_merge_merged_id"), ["merged_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customer_merge_survivor_id"), ["survivor_id"], unique=False
        )

    op.create_table(
        "customer_source_id",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=32), nullable=False),
        sa.Column(
            "source_key",
            sa.String(length=128).with_variant(sa.String(length=128, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("customer_source_id", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_source_id_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index("ix_customer_source_system_key", ["system", "source_key"], unique=True)

    op.create_table(
        "important_date",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("important_date", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_important_date_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index("ix_important_date_day", ["month", "day"], unique=False)

    op.create_table(
        "till_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=32), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=True),
        sa.Column("spent_cents", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("first_visit", sa.Date(), nullable=True),
        sa.Column("last_visit", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("updated_at", relate_desktop.db.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("till_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_till_history_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "customer_merge_move",
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["merge_id"], ["customer_merge.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("merge_id", "table_name", "row_id"),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_customer_merged_into_id"), ["merged_into_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_merged_into_id"))
        batch_op.drop_column("merged_into_id")

    op.drop_table("customer_merge_move")
    with op.batch_alter_table("till_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_till_history_customer_id"))

    op.drop_table("till_history")
    with op.batch_alter_table("important_date", schema=None) as batch_op:
        batch_op.drop_index("ix_important_date_day")
        batch_op.drop_index(batch_op.f("ix_important_date_customer_id"))

    op.drop_table("important_date")
    with op.batch_alter_table("customer_source_id", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_source_system_key")
        batch_op.drop_index(batch_op.f("ix_customer_source_id_customer_id"))

    op.drop_table("customer_source_id")
    with op.batch_alter_table("customer_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_merge_survivor_id"))
        batch_op.drop_index(batch_op.f("ix_customer_merge_merged_id"))

    op.drop_table("customer_merge")
