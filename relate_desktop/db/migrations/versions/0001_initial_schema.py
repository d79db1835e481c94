"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 21:22:44.101055
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import relate_desktop.db.models

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('pronunciation', sa.String(length=200), nullable=False),
    sa.Column('preferred_language', sa.String(length=64), nullable=False),
    sa.Column('preferred_channel', sa.String(length=16), nullable=True),
    sa.Column('do_not_contact', sa.Boolean(), nullable=False),
    sa.Column('created_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('updated_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('shop_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('staff_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('is_system', sa.Boolean(), nullable=False),
    sa.Column('created_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('consent_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('how', sa.String(length=200), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.create_index('ix_consent_event_customer', ['customer_id', 'channel', 'id'], unique=False)

    op.create_table('customer_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('email_lower', sa.String(length=254).with_variant(sa.String(length=254, collation='C'), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customer_email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_email_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_email_email_lower'), ['email_lower'], unique=False)

    op.create_table('customer_phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('raw', sa.String(length=64), nullable=False),
    sa.Column('e164', sa.String(length=20).with_variant(sa.String(length=20, collation='C'), 'postgresql'), nullable=True),
    sa.Column('digits_reversed', sa.String(length=40).with_variant(sa.String(length=40, collation='C'), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customer_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_phone_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phone_digits_reversed'), ['digits_reversed'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phone_e164'), ['e164'], unique=False)

    op.create_table('little_thing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('removed_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.Column('removed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff_member.id'], ),
    sa.ForeignKeyConstraint(['removed_by_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('little_thing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_little_thing_customer_id'), ['customer_id'], unique=False)

    op.create_table('loyalty_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('loyalty_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loyalty_card_customer_id'), ['customer_id'], unique=False)

    op.create_table('name_token',
    sa.Column('token', sa.String(length=100).with_variant(sa.String(length=100, collation='C'), 'postgresql'), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token', 'customer_id')
    )
    with op.batch_alter_table('name_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_name_token_customer_id'), ['customer_id'], unique=False)

    op.create_table('remark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('workstation', sa.String(length=120), nullable=False),
    sa.Column('created_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('withdrawn_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('remark', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remark_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ix_remark_customer_created', ['customer_id', 'created_at'], unique=False)

    op.create_table('escalation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('remark_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('raised_by_id', sa.Integer(), nullable=False),
    sa.Column('raised_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('resolution_note', sa.Text(), nullable=False),
    sa.Column('resolved_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('told_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.Column('raiser_seen_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.Column('updated_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['staff_member.id'], ),
    sa.ForeignKeyConstraint(['raised_by_id'], ['staff_member.id'], ),
    sa.ForeignKeyConstraint(['remark_id'], ['remark.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('remark_id')
    )
    with op.batch_alter_table('escalation', schema=None) as batch_op:
        batch_op.create_index('ix_escalation_customer', ['customer_id', 'status'], unique=False)
        batch_op.create_index('ix_escalation_queue', ['status', 'priority', 'raised_at'], unique=False)
        batch_op.create_index('ix_escalation_raiser', ['raised_by_id', 'raiser_seen_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_escalation_updated_at'), ['updated_at'], unique=False)

    op.create_table('remark_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('remark_id', sa.Integer(), nullable=False),
    sa.Column('at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('change', sa.String(length=16), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['remark_id'], ['remark.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('remark_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remark_revision_remark_id'), ['remark_id'], unique=False)

    op.create_table('remark_tag',
    sa.Column('remark_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['remark_id'], ['remark.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('remark_id', 'tag')
    )
    with op.batch_alter_table('remark_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remark_tag_tag'), ['tag'], unique=False)

    op.create_table('escalation_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('escalation_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('escalation_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_note_escalation_id'), ['escalation_id'], unique=False)

    op.create_table('promise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('what', sa.String(length=300), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('promised_by_id', sa.Integer(), nullable=False),
    sa.Column('promised_at', relate_desktop.db.models.UTCDateTime(), nullable=False),
    sa.Column('closed_at', relate_desktop.db.models.UTCDateTime(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('escalation_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff_member.id'], ),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalation.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['promised_by_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.create_index('ix_promise_customer', ['customer_id', 'status'], unique=False)
        batch_op.create_index('ix_promise_due', ['status', 'due_on'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_index('ix_promise_due')
        batch_op.drop_index('ix_promise_customer')

    op.drop_table('promise')
    with op.batch_alter_table('escalation_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_note_escalation_id'))

    op.drop_table('escalation_note')
    with op.batch_alter_table('remark_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remark_tag_tag'))

    op.drop_table('remark_tag')
    with op.batch_alter_table('remark_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remark_revision_remark_id'))

    op.drop_table('remark_revision')
    with op.batch_alter_table('escalation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_updated_at'))
        batch_op.drop_index('ix_escalation_raiser')
        batch_op.drop_index('ix_escalation_queue')
        batch_op.drop_index('ix_escalation_customer')

    op.drop_table('escalation')
    with op.batch_alter_table('remark', schema=None) as batch_op:
        batch_op.drop_index('ix_remark_customer_created')
        batch_op.drop_index(batch_op.f('ix_remark_created_at'))

    op.drop_table('remark')
    with op.batch_alter_table('name_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_name_token_customer_id'))

    op.drop_table('name_token')
    with op.batch_alter_table('loyalty_card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loyalty_card_customer_id'))

    op.drop_table('loyalty_card')
    with op.batch_alter_table('little_thing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_little_thing_customer_id'))

    op.drop_table('little_thing')
    with op.batch_alter_table('customer_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_phone_e164'))
        batch_op.drop_index(batch_op.f('ix_customer_phone_digits_reversed'))
        batch_op.drop_index(batch_op.f('ix_customer_phone_customer_id'))

    op.drop_table('customer_phone')
    with op.batch_alter_table('customer_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_email_email_lower'))
        batch_op.drop_index(batch_op.f('ix_customer_email_customer_id'))

    op.drop_table('customer_email')
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.drop_index('ix_consent_event_customer')

    op.drop_table('consent_event')
    op.drop_table('staff_member')
    op.drop_table('shop_setting')
    op.drop_table('customer')

