"""the language a conversation was in (remark.language); customers' languages as codes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from relate_desktop.domain import languages

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_customer = sa.table("customer", sa.column("preferred_language", sa.String(64)))


def _convert(change: dict[str, str]) -> None:
    """Rewrite each distinct value once (a shop has a handful, however many customers)."""
    connection = op.get_bind()
    for old, new in change.items():
        connection.execute(
            _customer.update().where(_customer.c.preferred_language == old)
            .values(preferred_language=new)
        )


def _distinct() -> list[str]:
    column = _customer.c.preferred_language
    return [value for value in op.get_bind().scalars(
        sa.select(column).where(column != "").distinct()) if value]


def upgrade() -> None:
    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=64), nullable=True))

    # "Polish", "polski", "pl-PL" become "pl"; what Relate knows no code for stays as typed.
    _convert({old: new for old in _distinct()
              if (new := languages.normalise(old)[:languages.MAX_LANGUAGE]) != old})


def downgrade() -> None:
    # The older release shows the stored text: give it the English name back.
    _convert({old: new for old in _distinct() if (new := languages.english_name(old)) != old})

    with op.batch_alter_table("remark", schema=None) as batch_op:
        batch_op.drop_column("language")
