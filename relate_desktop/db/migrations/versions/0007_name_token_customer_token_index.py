"""name words: one index on (customer, token) instead of (customer), for two-word lookups

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 01:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The new index also serves everything the old one did (it starts with customer_id).
    op.create_index("ix_name_token_customer_token", "name_token", ["customer_id", "token"])
    op.drop_index("ix_name_token_customer_id", table_name="name_token")


def downgrade() -> None:
    op.create_index("ix_name_token_customer_id", "name_token", ["customer_id"])
    op.drop_index("ix_name_token_customer_token", table_name="name_token")
