"""kind words (a compliment about a member of staff) and follow-up results

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 22:24:48.098187
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: PostgreSQL's own name for it, given on SQLite too so the downgrade can name what it drops.
ABOUT_STAFF_FK = "remark_about_staff_id_fkey"


def upgrade() -> None:
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_result", sa.String(length=16), nullable=True))

    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.add_column(sa.Column("about_staff_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_remark_about_staff_id"), ["about_staff_id"], unique=False
        )
        batch_op.create_foreign_key(ABOUT_STAFF_FK, "staff_member", ["about_staff_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.drop_constraint(ABOUT_STAFF_FK, type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_remark_about_staff_id"))
        batch_op.drop_column("about_staff_id")

    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_column("follow_up_result")
